#include "classify/Classifier.h"

#include "TestSupport.h"
#include "policy/PolicyLoader.h"

#include <QSet>

using namespace kilotse;
using kilotse::test::answers;
using kilotse::test::defaultPack;

namespace {

QStringList ruleIds(const Outcome& outcome)
{
    QStringList ids;
    for (const Reason& r : outcome.reasons)
        ids << r.ruleId;
    return ids;
}

struct Case
{
    const char* name;
    AnswerSet answers;
    int level;
    bool blocked;
    bool escalate;
    QStringList reasons; // rule ids, in the order shown (most severe first)
};

std::vector<Case> defaultPackCases()
{
    using L = QStringList;
    return {
        {"nothing sensitive: level 1, no reasons", answers(QStringLiteral("ideas")), 1, false, false, L{}},
        {"personal data: level 2", answers(QStringLiteral("drafting"), {{"personal_data", "yes"}}), 2, false, false,
         L{QStringLiteral("personal-data")}},
        {"special categories: level 2 and escalate",
         answers(QStringLiteral("drafting"), {{"special_categories", "yes"}}), 2, false, true,
         L{QStringLiteral("special-categories")}},
        {"special secrecy law (a Grundsicherung file): level 2 and escalate, even without the personal-data answer",
         answers(QStringLiteral("summarising"), {{"special_secrecy", "yes"}}), 2, false, true,
         L{QStringLiteral("special-secrecy")}},
        {"criminal or administrative offences: level 2 and escalate",
         answers(QStringLiteral("drafting"), {{"criminal_data", "yes"}}), 2, false, true,
         L{QStringLiteral("criminal-data")}},
        {"official secrets: level 2", answers(QStringLiteral("minutes"), {{"official_secrets", "yes"}}), 2, false,
         false, L{QStringLiteral("official-secrets")}},
        {"trade secrets: level 2", answers(QStringLiteral("summarising"), {{"trade_secrets", "yes"}}), 2, false, false,
         L{QStringLiteral("trade-secrets")}},
        {"data from others (meeting transcription): level 2 although the clerk types none",
         answers(QStringLiteral("minutes"), {{"third_party_data", "yes"}}), 2, false, false,
         L{QStringLiteral("third-party-data")}},
        {"public output: stays level 1 but gives a reason",
         answers(QStringLiteral("drafting"), {{"public_output", "yes"}}), 1, false, false,
         L{QStringLiteral("public-output")}},
        {"published: never lowers, stays level 1 without personal data",
         answers(QStringLiteral("drafting"), {{"public_output", "yes"}, {"published", "yes"}}), 1, false, false,
         L{QStringLiteral("public-output"), QStringLiteral("published")}},
        {"published personal data stay level 2",
         answers(QStringLiteral("drafting"), {{"personal_data", "yes"}, {"published", "yes"}}), 2, false, false,
         L{QStringLiteral("personal-data"), QStringLiteral("published")}},
        {"decision about persons: level 2 and escalate",
         answers(QStringLiteral("drafting"), {{"decision_about_persons", "yes"}}), 2, false, true,
         L{QStringLiteral("decision-about-persons")}},
        {"Annex III area without personal data (traffic control): escalate at level 1",
         answers(QStringLiteral("data_analysis"), {{"high_risk_area", "yes"}}), 1, false, true,
         L{QStringLiteral("high-risk-area")}},
        {"citizen chatbot for general questions: level 2 and escalate",
         answers(QStringLiteral("citizen_communication"), {{"citizen_interaction", "yes"}}), 2, false, true,
         L{QStringLiteral("citizen-interaction")}},
        {"prohibited practice: blocked", answers(QStringLiteral("data_analysis"), {{"prohibited_practice", "yes"}}), 1,
         true, false, L{QStringLiteral("prohibited-practice")}},
        {"unsure about a prohibited practice: consult first, not blocked",
         answers(QStringLiteral("data_analysis"), {{"prohibited_practice", "unsure"}}), 1, false, true,
         L{QStringLiteral("prohibited-practice-unsure")}},
        {"data analysis with personal data: escalate first, then level 2",
         answers(QStringLiteral("data_analysis"), {{"personal_data", "yes"}}), 2, false, true,
         L{QStringLiteral("analysis-with-personal-data"), QStringLiteral("personal-data")}},
        {"data analysis without personal data: level 1", answers(QStringLiteral("data_analysis")), 1, false, false,
         L{}},
        {"personal data outside data analysis does not escalate",
         answers(QStringLiteral("research"), {{"personal_data", "yes"}}), 2, false, false,
         L{QStringLiteral("personal-data")}},
        {"everything yes: blocked wins, all reasons listed, most severe first",
         answers(QStringLiteral("data_analysis"), {{"personal_data", "yes"},
                                                   {"special_categories", "yes"},
                                                   {"special_secrecy", "yes"},
                                                   {"criminal_data", "yes"},
                                                   {"official_secrets", "yes"},
                                                   {"trade_secrets", "yes"},
                                                   {"third_party_data", "yes"},
                                                   {"public_output", "yes"},
                                                   {"published", "yes"},
                                                   {"decision_about_persons", "yes"},
                                                   {"high_risk_area", "yes"},
                                                   {"citizen_interaction", "yes"},
                                                   {"prohibited_practice", "yes"}}),
         2, true, true,
         L{QStringLiteral("prohibited-practice"), QStringLiteral("special-categories"),
           QStringLiteral("special-secrecy"), QStringLiteral("criminal-data"), QStringLiteral("decision-about-persons"),
           QStringLiteral("citizen-interaction"), QStringLiteral("high-risk-area"),
           QStringLiteral("analysis-with-personal-data"), QStringLiteral("personal-data"),
           QStringLiteral("official-secrets"), QStringLiteral("trade-secrets"), QStringLiteral("third-party-data"),
           QStringLiteral("public-output"), QStringLiteral("published")}},
        {"everything unsure: Rücksprache, not 'not permitted'",
         [] {
             AnswerSet a = answers(QStringLiteral("drafting"));
             for (auto it = a.answers.begin(); it != a.answers.end(); ++it)
                 it.value() = QStringLiteral("unsure");
             return a;
         }(),
         2, false, true,
         L{QStringLiteral("special-categories"), QStringLiteral("special-secrecy"), QStringLiteral("criminal-data"),
           QStringLiteral("decision-about-persons"), QStringLiteral("citizen-interaction"),
           QStringLiteral("high-risk-area"), QStringLiteral("prohibited-practice-unsure"),
           QStringLiteral("personal-data"), QStringLiteral("official-secrets"), QStringLiteral("trade-secrets"),
           QStringLiteral("third-party-data"), QStringLiteral("public-output"), QStringLiteral("published")}},
    };
}

} // namespace

TEST_CASE("defaultPack_everyRule_givesExpectedOutcome", "[classify]")
{
    const Classifier classifier(defaultPack());
    for (const Case& c : defaultPackCases()) {
        INFO(c.name);
        REQUIRE(classifier.check(c.answers).isEmpty());
        const Outcome outcome = classifier.classify(c.answers);
        CHECK(outcome.level == c.level);
        CHECK(outcome.blocked == c.blocked);
        CHECK(outcome.escalate == c.escalate);
        CHECK(ruleIds(outcome) == c.reasons);
    }
}

TEST_CASE("defaultPack_everyRuleIsCoveredByTheTable", "[classify]")
{
    QSet<QString> covered;
    for (const Case& c : defaultPackCases())
        for (const QString& id : c.reasons)
            covered.insert(id);
    for (const ClassificationRule& rule : defaultPack().rules) {
        INFO("rule without a test case: " << rule.id.toStdString());
        CHECK(covered.contains(rule.id));
    }
}

TEST_CASE("unsure_countsAsTheStricterAnswer_forEveryQuestion", "[classify]")
{
    // Every question except the prohibited-practice one: there "unsure" means "stop and consult"
    // (prohibited-practice-unsure), never the false statement "not permitted".
    const Classifier classifier(defaultPack());
    for (const UseCase& useCase : defaultPack().useCases) {
        for (const Question& q : defaultPack().questions) {
            INFO(useCase.id.toStdString() << " / " << q.id.toStdString());
            const QByteArray id = q.id.toUtf8();
            const Outcome yes = classifier.classify(answers(useCase.id, {{id.constData(), "yes"}}));
            const Outcome no = classifier.classify(answers(useCase.id, {{id.constData(), "no"}}));
            const Outcome unsure = classifier.classify(answers(useCase.id, {{id.constData(), "unsure"}}));
            CHECK(unsure.level >= no.level);
            if (q.id == QLatin1String("prohibited_practice")) {
                CHECK(yes.blocked);
                CHECK_FALSE(unsure.blocked);
                CHECK(unsure.escalate);
                CHECK(ruleIds(unsure).contains(QStringLiteral("prohibited-practice-unsure")));
                continue;
            }
            CHECK(unsure.level == yes.level);
            CHECK(unsure.blocked == yes.blocked);
            CHECK(unsure.escalate == yes.escalate);
            CHECK(unsure.specialSecrecy == yes.specialSecrecy);
            CHECK(ruleIds(unsure) == ruleIds(yes));
        }
    }
}

TEST_CASE("specialSecrecy_restrictsTheToolsOfTheOutcome", "[classify]")
{
    const Classifier classifier(defaultPack());
    CHECK(classifier.classify(answers(QStringLiteral("summarising"), {{"special_secrecy", "unsure"}})).specialSecrecy);
    CHECK_FALSE(
        classifier.classify(answers(QStringLiteral("summarising"), {{"special_categories", "yes"}})).specialSecrecy);
}

TEST_CASE("chosenCondition_matchesOnlyTheLiterallyChosenOption", "[classify]")
{
    // "is" also matches the option an answer counts as; "chosen" does not.
    PolicyPack pack = defaultPack();
    Condition is{Condition::Kind::Answer, QStringLiteral("personal_data"), {QStringLiteral("yes")}, false, {}};
    Condition chosen = is;
    chosen.exact = true;
    const AnswerSet unsure = answers(QStringLiteral("drafting"), {{"personal_data", "unsure"}});
    const AnswerSet yes = answers(QStringLiteral("drafting"), {{"personal_data", "yes"}});
    CHECK(evaluateCondition(pack, is, unsure));
    CHECK_FALSE(evaluateCondition(pack, chosen, unsure));
    CHECK(evaluateCondition(pack, chosen, yes));
}

TEST_CASE("unsure_triggerNamesTheAnswerAndWhatItCountsAs", "[classify]")
{
    const Outcome outcome =
        Classifier(defaultPack()).classify(answers(QStringLiteral("drafting"), {{"personal_data", "unsure"}}));
    REQUIRE(outcome.reasons.size() == 1);
    REQUIRE(outcome.reasons[0].triggers.size() == 1);
    const Trigger& t = outcome.reasons[0].triggers[0];
    CHECK(t.questionId == QStringLiteral("personal_data"));
    CHECK(t.answer == QStringLiteral("unsure"));
    CHECK(t.countsAs == QStringLiteral("yes"));
    CHECK(outcome.reasons[0].source.docId == QStringLiteral("vitako-folien-2025"));
    CHECK(!outcome.reasons[0].text.isEmpty());
}

TEST_CASE("verdictId_namesTheMostSevereOutcome", "[classify]")
{
    Outcome o;
    o.level = 2;
    CHECK(o.verdictId() == QStringLiteral("level_2"));
    o.escalate = true;
    CHECK(o.verdictId() == QStringLiteral("escalate"));
    o.blocked = true;
    CHECK(o.verdictId() == QStringLiteral("blocked"));
}

TEST_CASE("check_namesEveryMissingAnswerAndUnknownValue", "[classify]")
{
    AnswerSet set = answers(QStringLiteral("drafting"));
    set.answers.remove(QStringLiteral("trade_secrets"));
    set.answers.remove(QStringLiteral("public_output"));
    set.answers.insert(QStringLiteral("personal_data"), QStringLiteral("vielleicht"));
    set.answers.insert(QStringLiteral("favourite_colour"), QStringLiteral("blue"));
    const Diagnostics problems = Classifier(defaultPack()).check(set);
    QStringList messages;
    for (const Diagnostic& d : problems)
        messages << d.code + u' ' + d.pointer + u' ' + d.message;
    INFO(messages.join(u'\n').toStdString());
    REQUIRE(problems.size() == 4);
    CHECK(messages.filter(QStringLiteral("missing-answer /answers missing answer to question \"trade_secrets\""))
              .size() == 1);
    CHECK(messages.filter(QStringLiteral("missing-answer /answers missing answer to question \"public_output\""))
              .size() == 1);
    CHECK(messages.filter(QStringLiteral("unknown-option /answers/personal_data")).size() == 1);
    CHECK(messages.filter(QStringLiteral("unknown-question /answers/favourite_colour")).size() == 1);
}

TEST_CASE("check_rejectsMissingOrUnknownUseCase", "[classify]")
{
    const Classifier classifier(defaultPack());
    AnswerSet set = answers(QString());
    REQUIRE(classifier.check(set).size() == 1);
    CHECK(classifier.check(set)[0].code == QStringLiteral("missing-answer"));
    set.useCase = QStringLiteral("astrology");
    REQUIRE(classifier.check(set).size() == 1);
    CHECK(classifier.check(set)[0].code == QStringLiteral("unknown-use-case"));
}

TEST_CASE("minimalPack_conditionsAllNotAndUseCase_evaluateAsDeclared", "[classify]")
{
    const PolicyLoadResult loaded = loadPolicyPack(kilotse::test::packWithOverlay(QString()));
    REQUIRE(loaded.ok());
    const Classifier classifier(*loaded.pack);
    auto run = [&](const char* useCase, const char* a, const char* b) {
        AnswerSet set;
        set.useCase = QString::fromLatin1(useCase);
        set.answers = {{QStringLiteral("q_a"), QString::fromLatin1(a)},
                       {QStringLiteral("q_b"), QString::fromLatin1(b)}};
        REQUIRE(classifier.check(set).isEmpty());
        return classifier.classify(set);
    };
    CHECK(run("ideas", "no", "yes").escalate == false);        // use case does not match
    CHECK(run("data_analysis", "no", "no").escalate == false); // not(q_b = no) fails
    CHECK(run("data_analysis", "no", "yes").escalate == true);
    CHECK(run("data_analysis", "no", "unsure").escalate == true); // unsure is not "no"
    CHECK(run("ideas", "unsure", "no").level == 2);
    CHECK(run("ideas", "no", "no").level == 1);
}
