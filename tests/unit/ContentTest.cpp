#include "TestConfig.h"
#include "TestSupport.h"
#include "classify/Classifier.h"
#include "content/Guidance.h"
#include "content/Label.h"
#include "content/TemplateFill.h"
#include "policy/PolicyLoader.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace kilotse;
using kilotse::test::answers;
using kilotse::test::defaultPack;

namespace {

const PolicyPack& minimalPack()
{
    static const PolicyPack pack = [] {
        PolicyLoadResult r = loadPolicyPack(kilotse::test::packWithOverlay(QString()));
        if (!r.ok())
            throw std::runtime_error("minimal pack invalid");
        return *r.pack;
    }();
    return pack;
}

QStringList ids(const QList<const GuidanceRule*>& rules)
{
    QStringList list;
    for (const GuidanceRule* r : rules)
        list << r->id;
    return list;
}

AnswerSet minimalAnswers(const char* useCase, const char* a, const char* b)
{
    AnswerSet set;
    set.useCase = QString::fromLatin1(useCase);
    set.answers = {{QStringLiteral("q_a"), QString::fromLatin1(a)}, {QStringLiteral("q_b"), QString::fromLatin1(b)}};
    return set;
}

LabelRequest request(const QString& tool, const QString& involvement = QStringLiteral("assisted"))
{
    LabelRequest r;
    r.tool = tool;
    r.involvement = involvement;
    r.date = QDate(2026, 3, 1);
    return r;
}

} // namespace

TEST_CASE("rulesForCheck_selectsByLevelConditionAndAudience_mostImportantFirst", "[guidance]")
{
    const PolicyPack& pack = minimalPack();
    const Classifier classifier(pack);
    struct Row
    {
        AnswerSet answers;
        QStringList expected;
    };
    const std::vector<Row> table{
        {minimalAnswers("ideas", "no", "no"), {QStringLiteral("always-check")}},
        {minimalAnswers("ideas", "yes", "no"),
         {QStringLiteral("level2-approved-only"), QStringLiteral("always-check")}},
        {minimalAnswers("data_analysis", "no", "yes"), {QStringLiteral("always-check"), QStringLiteral("analysis-b")}},
        {minimalAnswers("data_analysis", "unsure", "unsure"),
         {QStringLiteral("level2-approved-only"), QStringLiteral("always-check"), QStringLiteral("analysis-b")}},
        {minimalAnswers("ideas", "no", "yes"), {QStringLiteral("always-check")}},
    };
    for (const Row& row : table) {
        const Outcome outcome = classifier.classify(row.answers);
        INFO(row.answers.useCase.toStdString() << " level " << outcome.level);
        CHECK(ids(rulesForCheck(pack, row.answers, outcome)) == row.expected);
    }
    // Admin rules never reach a clerk's result page, but the admin's view has them.
    const AnswerSet a = minimalAnswers("ideas", "no", "no");
    CHECK(ids(rulesForCheck(pack, a, classifier.classify(a), QStringLiteral("admin"))) ==
          QStringList{QStringLiteral("admin-contract")});
}

TEST_CASE("rulesForCheck_defaultPack_givesAShortChecklistForTypicalChecks", "[guidance]")
{
    const Classifier classifier(defaultPack());
    for (const AnswerSet& a :
         {answers(QStringLiteral("ideas")), answers(QStringLiteral("drafting"), {{"personal_data", "yes"}}),
          answers(QStringLiteral("drafting"), {{"public_output", "yes"}}),
          answers(QStringLiteral("data_analysis"), {{"personal_data", "yes"}})}) {
        const auto rules = rulesForCheck(defaultPack(), a, classifier.classify(a));
        INFO(a.useCase.toStdString());
        CHECK(rules.size() >= 5);
        CHECK(rules.size() <= 16);
        for (qsizetype i = 1; i < rules.size(); ++i)
            CHECK(rules[i - 1]->priority <= rules[i]->priority);
    }
}

TEST_CASE("filterRules_searchAreaAudienceLevel", "[guidance]")
{
    const PolicyPack& pack = minimalPack();
    CHECK(filterRules(pack, {}).size() == 4);
    CHECK(ids(filterRules(pack, RuleFilter{QStringLiteral("PROCESSOR"), {}, {}, 0})) ==
          QStringList{QStringLiteral("admin-contract")});
    CHECK(filterRules(pack, RuleFilter{{}, QStringLiteral("privacy"), {}, 0}).size() == 3);
    CHECK(filterRules(pack, RuleFilter{{}, {}, QStringLiteral("admin"), 0}).size() == 1);
    CHECK(filterRules(pack, RuleFilter{{}, {}, {}, 1}).size() == 3); // the level-2-only rule drops out
    CHECK(filterRules(pack, RuleFilter{QStringLiteral("Privacy"), {}, {}, 0}).size() == 3); // area title matches
}

TEST_CASE("templates_suggestionsFitUseCase_noneWhenBlocked", "[templates]")
{
    const Classifier classifier(defaultPack());
    for (const UseCase& u : defaultPack().useCases) {
        const AnswerSet level1 = answers(u.id);
        const AnswerSet level2 = answers(u.id, {{"personal_data", "yes"}});
        const auto at1 = templatesForCheck(defaultPack(), level1, classifier.classify(level1));
        const auto at2 = templatesForCheck(defaultPack(), level2, classifier.classify(level2));
        INFO(u.id.toStdString());
        CHECK(!at2.isEmpty()); // every use case has at least one template
        for (const PromptTemplate* t : at1)
            CHECK(t->useCase == u.id);
        // After a level-1 check templates whose fields may carry personal data are not suggested
        // (as `templates list --level 1` and docs/policy-format.md say); at level 2 all are.
        CHECK(at2.size() >= at1.size());
        for (const PromptTemplate* t : at1)
            CHECK_FALSE(t->mayCarryPersonalData());
    }
    const AnswerSet blocked = answers(QStringLiteral("drafting"), {{"prohibited_practice", "yes"}});
    CHECK(templatesForCheck(defaultPack(), blocked, classifier.classify(blocked)).isEmpty());
}

TEST_CASE("fillTemplate_allTypes_andEveryProblemNamed", "[templates]")
{
    const PromptTemplate& t = *minimalPack().promptTemplate(QStringLiteral("letter"));
    TemplateFillResult r = fillTemplate(t, {{QStringLiteral("kind"), QStringLiteral("formal")},
                                            {QStringLiteral("recipient"), QStringLiteral("Frau Ünal-Groß")},
                                            {QStringLiteral("topic"), QStringLiteral("Öffnungszeiten\nam Samstag")},
                                            {QStringLiteral("deadline"), QStringLiteral("2026-03-01")},
                                            {QStringLiteral("words"), QStringLiteral("250")}});
    REQUIRE(r.ok());
    CHECK(r.text ==
          QStringLiteral(
              "Write a formal letter to Frau Ünal-Groß about Öffnungszeiten\nam Samstag by 01.03.2026 in 250 words."));
    CHECK(r.personalDataFields == QStringList{QStringLiteral("recipient")});
    CHECK(r.needsLevel2());

    // Optional values may stay empty; German dates and decimal commas are accepted.
    r = fillTemplate(t, {{QStringLiteral("kind"), QStringLiteral("friendly")},
                         {QStringLiteral("topic"), QStringLiteral("x")},
                         {QStringLiteral("deadline"), QStringLiteral("1.3.2026")},
                         {QStringLiteral("words"), QStringLiteral("99,5")}});
    REQUIRE(r.ok());
    CHECK(r.text == QStringLiteral("Write a friendly letter to  about x by 01.03.2026 in 99,5 words."));
    CHECK_FALSE(r.needsLevel2());

    r = fillTemplate(t, {{QStringLiteral("kind"), QStringLiteral("rude")},
                         {QStringLiteral("recipient"), QStringLiteral("two\nlines")},
                         {QStringLiteral("deadline"), QStringLiteral("31.02.2026")},
                         {QStringLiteral("words"), QStringLiteral("5000")},
                         {QStringLiteral("colour"), QStringLiteral("blue")}});
    QStringList codes;
    for (const Diagnostic& d : r.problems)
        codes << d.pointer + u' ' + d.code;
    codes.sort();
    CHECK(codes ==
          QStringList{QStringLiteral("/values/colour unknown-placeholder"),
                      QStringLiteral("/values/deadline not-a-date"), QStringLiteral("/values/kind not-a-choice"),
                      QStringLiteral("/values/recipient multiline-in-text"),
                      QStringLiteral("/values/topic missing-value"), QStringLiteral("/values/words out-of-range")});
    CHECK(r.text.contains(QStringLiteral("{{topic}}"))); // invalid or missing values stay visible in the preview
    CHECK(fillTemplate(t, {{QStringLiteral("words"), QStringLiteral("zwölf")}}).problems.size() == 3);
}

TEST_CASE("fillTemplate_valuesAreInsertedLiterally_andHugeInputIsBounded", "[templates][hostile]")
{
    const PromptTemplate& t = *minimalPack().promptTemplate(QStringLiteral("letter"));
    QMap<QString, QString> values{{QStringLiteral("kind"), QStringLiteral("formal")},
                                  {QStringLiteral("topic"), QStringLiteral("{{words}} <script>alert(1)</script>")},
                                  {QStringLiteral("words"), QStringLiteral("100")}};
    TemplateFillResult r = fillTemplate(t, values);
    REQUIRE(r.ok());
    CHECK(r.text.contains(QStringLiteral("about {{words}} <script>alert(1)</script> by")));
    values[QStringLiteral("topic")] = QString(kMaxPlaceholderValue, u'ä');
    CHECK(fillTemplate(t, values).ok());
    values[QStringLiteral("topic")] = QString(kMaxPlaceholderValue + 1, u'ä');
    r = fillTemplate(t, values);
    REQUIRE(r.problems.size() == 1);
    CHECK(r.problems[0].code == QStringLiteral("too-long"));
}

TEST_CASE("defaultPack_everyTemplateFillsWithItsOwnExamples", "[templates]")
{
    for (const PromptTemplate& t : defaultPack().templates) {
        QMap<QString, QString> values;
        for (const Placeholder& p : t.placeholders)
            values.insert(p.name, p.example);
        const TemplateFillResult r = fillTemplate(t, values);
        INFO(t.id.toStdString());
        CHECK(r.ok());
        CHECK_FALSE(r.text.contains(QStringLiteral("{{")));
    }
    CHECK(defaultPack().templates.size() >= 15);
}

TEST_CASE("label_everyFormat_rendersFromPackWording", "[labels]")
{
    const PolicyPack& pack = minimalPack();
    LabelRequest r = request(QStringLiteral("Musterstadt-KI"));
    r.model = QStringLiteral("GPT-X");
    r.reviewer = QStringLiteral("Amt 10");
    REQUIRE(checkLabelRequest(pack, r).isEmpty());
    CHECK(renderLabel(pack, r, LabelFormat::Short) ==
          QStringLiteral("Hinweis: Text mit KI entworfen (Musterstadt-KI, Modell GPT-X)."));
    CHECK(
        renderLabel(pack, r, LabelFormat::Long) ==
        QStringLiteral("Am 01.03.2026 mit KI entworfen mit Musterstadt-KI, Modell GPT-X, intern. Geprüft von Amt 10."));
    CHECK(renderLabel(pack, r, LabelFormat::Email) ==
          QStringLiteral("mit KI entworfen (Musterstadt-KI). Geprüft von Amt 10."));
    CHECK(renderLabel(pack, r, LabelFormat::Markdown)
              .startsWith(QStringLiteral("> Hinweis: Text mit KI entworfen \\(Musterstadt\\-KI")));
    CHECK(renderLabel(pack, r, LabelFormat::Html)
              .contains(QStringLiteral("<aside class=\"ki-transparenzhinweis\" lang=\"de\">")));
    r.model.clear();
    r.reviewer.clear();
    r.language = QStringLiteral("en");
    CHECK(renderLabel(pack, r, LabelFormat::Short) == QStringLiteral("Note: Text drafted with AI (Musterstadt-KI)."));
    CHECK(renderLabel(pack, r, LabelFormat::Long).endsWith(QStringLiteral("Not reviewed.")));

    CHECK(checkLabelRequest(pack, request(QStringLiteral("  "))) == QStringList{QStringLiteral("missing-tool")});
    CHECK(checkLabelRequest(pack, request(QStringLiteral("x"), QStringLiteral("magic"))) ==
          QStringList{QStringLiteral("unknown-involvement")});
}

TEST_CASE("label_jsonLd_isValidSchemaOrg_withIptcSourceType", "[labels]")
{
    const PolicyPack& pack = minimalPack();
    for (const auto& [involvement, type] :
         {std::pair{QStringLiteral("generated"), QStringLiteral("trainedAlgorithmicMedia")},
          std::pair{QStringLiteral("assisted"), QStringLiteral("compositeWithTrainedAlgorithmicMedia")}}) {
        LabelRequest r = request(QStringLiteral("Tool"), involvement);
        r.audience = LabelRequest::Audience::Public;
        QJsonParseError error;
        const QJsonObject o =
            QJsonDocument::fromJson(renderLabel(pack, r, LabelFormat::JsonLd).toUtf8(), &error).object();
        REQUIRE(error.error == QJsonParseError::NoError);
        CHECK(o.value(QStringLiteral("@context")).toString() == QStringLiteral("https://schema.org"));
        CHECK(o.value(QStringLiteral("@type")).toString() == QStringLiteral("CreativeWork"));
        CHECK(o.value(QStringLiteral("digitalSourceType")).toString() ==
              QStringLiteral("http://cv.iptc.org/newscodes/digitalsourcetype/") + type);
        CHECK(o.value(QStringLiteral("dateCreated")).toString() == QStringLiteral("2026-03-01"));
        CHECK(o.value(QStringLiteral("audience")).toObject().value(QStringLiteral("audienceType")).toString() ==
              QStringLiteral("public"));
    }
}

TEST_CASE("label_hostileToolNames_giveValidHarmlessOutput", "[labels][hostile]")
{
    const PolicyPack& pack = minimalPack();
    for (const QString& tool :
         {QStringLiteral("<script>alert(1)</script>"), QStringLiteral("\"}"),
          QStringLiteral("a & b </aside><img src=x onerror=alert(1)>"), QStringLiteral("*_[x](javascript:y)_*")}) {
        INFO(tool.toStdString());
        LabelRequest r = request(tool);
        r.reviewer = tool;
        const QString html = renderLabel(pack, r, LabelFormat::Html);
        CHECK_FALSE(html.contains(QStringLiteral("<script")));
        CHECK_FALSE(html.contains(QStringLiteral("<img")));
        CHECK(html.count(QStringLiteral("<aside")) == 1);
        CHECK(html.count(QStringLiteral("</aside>")) == 1);
        const QString jsonLd = renderLabel(pack, r, LabelFormat::JsonLd);
        CHECK_FALSE(jsonLd.contains(u'<'));
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(jsonLd.toUtf8(), &error).object();
        REQUIRE(error.error == QJsonParseError::NoError);
        CHECK(o.value(QStringLiteral("contributor")).toObject().value(QStringLiteral("name")).toString() == tool);
        const QString md = renderLabel(pack, r, LabelFormat::Markdown);
        CHECK_FALSE(md.contains(QStringLiteral("](")));
    }
}

TEST_CASE("art50_decidedFromAudienceInterestAndReview", "[labels]")
{
    const PolicyPack& pack = minimalPack();
    LabelRequest r = request(QStringLiteral("Tool"));
    CHECK(assessArt50(pack, r).basis == Art50Assessment::Basis::InternalOnly);
    CHECK(assessArt50(pack, r).warning.isEmpty());
    r.audience = LabelRequest::Audience::Individual; // a letter to one citizen is not a publication
    CHECK(assessArt50(pack, r).basis == Art50Assessment::Basis::IndividualRecipients);
    CHECK(assessArt50(pack, r).reason == QStringLiteral("Individual recipients."));
    CHECK(assessArt50(pack, r).warning.isEmpty());
    r.audience = LabelRequest::Audience::Public;
    CHECK(assessArt50(pack, r).basis == Art50Assessment::Basis::NotPublicInterest);
    CHECK(assessArt50(pack, r).reason == QStringLiteral("Not public interest."));
    CHECK(assessArt50(pack, r).warning == QStringLiteral("Review before publishing.")); // public, nobody reviewed it
    r.publicInterest = true;
    const Art50Assessment duty = assessArt50(pack, r);
    CHECK(duty.legalDuty);
    CHECK(duty.reason == QStringLiteral("Duty applies."));
    CHECK_FALSE(duty.warning.isEmpty());
    r.reviewer = QStringLiteral("Pressestelle");
    CHECK(assessArt50(pack, r).basis == Art50Assessment::Basis::ReviewedByHuman);
    CHECK_FALSE(assessArt50(pack, r).legalDuty);
    CHECK(assessArt50(pack, r).warning.isEmpty());
}

TEST_CASE("art50_deepFakes_areDisclosedEvenAfterReview_andInternally", "[labels]")
{
    const PolicyPack& pack = minimalPack();
    for (auto medium : {LabelRequest::Medium::Image, LabelRequest::Medium::Audio, LabelRequest::Medium::Video}) {
        INFO(labelMediumId(medium).toStdString());
        LabelRequest r = request(QStringLiteral("Tool"));
        r.medium = medium;
        CHECK(assessArt50(pack, r).basis == Art50Assessment::Basis::MediaNotDeepFake);
        CHECK_FALSE(assessArt50(pack, r).legalDuty);
        r.deepFake = true;
        r.reviewer = QStringLiteral("Pressestelle"); // no human-review exception for deep fakes
        for (auto audience : {LabelRequest::Audience::Internal, LabelRequest::Audience::Public}) {
            r.audience = audience;
            CHECK(assessArt50(pack, r).basis == Art50Assessment::Basis::DeepFake);
            CHECK(assessArt50(pack, r).legalDuty);
        }
        r.artistic = true;
        CHECK(assessArt50(pack, r).basis == Art50Assessment::Basis::DeepFakeArtistic);
        CHECK(assessArt50(pack, r).legalDuty);
        CHECK(assessArt50(pack, r).reason == QStringLiteral("Deep fake in an artistic work."));
    }
}

TEST_CASE("label_mediaAndAudience_reachTheWordingAndJsonLd", "[labels]")
{
    const PolicyPack& pack = defaultPack();
    LabelRequest r = request(QStringLiteral("Bildgenerator"), QStringLiteral("generated"));
    r.medium = LabelRequest::Medium::Image;
    CHECK(renderLabel(pack, r, LabelFormat::Short).startsWith(QStringLiteral("Transparenzhinweis: Dieses Bild wurde")));
    QJsonObject o = QJsonDocument::fromJson(renderLabel(pack, r, LabelFormat::JsonLd).toUtf8()).object();
    CHECK(o.value(QStringLiteral("@type")).toString() == QStringLiteral("ImageObject"));
    CHECK(o.value(QStringLiteral("digitalSourceType")).toString().endsWith(QStringLiteral("/trainedAlgorithmicMedia")));
    r.involvement = QStringLiteral("manipulated");
    o = QJsonDocument::fromJson(renderLabel(pack, r, LabelFormat::JsonLd).toUtf8()).object();
    CHECK(o.value(QStringLiteral("digitalSourceType"))
              .toString()
              .endsWith(QStringLiteral("/compositeWithTrainedAlgorithmicMedia")));
    r.medium = LabelRequest::Medium::Video;
    CHECK(QJsonDocument::fromJson(renderLabel(pack, r, LabelFormat::JsonLd).toUtf8())
              .object()
              .value(QStringLiteral("@type"))
              .toString() == QStringLiteral("VideoObject"));
    // Translations and summaries are the model's output: trained algorithmic media, not a composite.
    for (const char* involvement : {"translated", "summarised"})
        CHECK(pack.labels->digitalSourceType.value(QLatin1String(involvement)) ==
              QStringLiteral("trainedAlgorithmicMedia"));
    // A letter to one citizen never says it is meant for publication.
    LabelRequest letter = request(QStringLiteral("Stadt-KI"));
    letter.audience = LabelRequest::Audience::Individual;
    const QString text = renderLabel(pack, letter, LabelFormat::Long);
    CHECK_FALSE(text.contains(QStringLiteral("Zur Veröffentlichung")));
    CHECK(text.contains(QStringLiteral("nicht zur Veröffentlichung")));
    letter.audience = LabelRequest::Audience::Public;
    CHECK(renderLabel(pack, letter, LabelFormat::Long).contains(QStringLiteral("Zur Veröffentlichung bestimmt.")));
}

TEST_CASE("labelRequestForCheck_prefillsAudienceInterestAndInvolvement", "[labels]")
{
    // Goes out to individual recipients only: never "public".
    LabelRequest r =
        labelRequestForCheck(defaultPack(), answers(QStringLiteral("translating"), {{"public_output", "unsure"}}));
    CHECK(r.audience == LabelRequest::Audience::Individual);
    CHECK_FALSE(r.publicInterest);
    CHECK(r.involvement == QStringLiteral("translated"));
    // Published: public audience with "public interest" preselected.
    r = labelRequestForCheck(defaultPack(),
                             answers(QStringLiteral("drafting"), {{"public_output", "yes"}, {"published", "unsure"}}));
    CHECK(r.audience == LabelRequest::Audience::Public);
    CHECK(r.publicInterest);
    r = labelRequestForCheck(defaultPack(), answers(QStringLiteral("drafting")));
    CHECK(r.audience == LabelRequest::Audience::Internal);
    CHECK(r.involvement == QStringLiteral("assisted"));
}

TEST_CASE("municipalPack_extendsBundled_overridesAndAddsRulesWithTheirOrigin", "[policy][guidance]")
{
    QTemporaryDir dir;
    auto write = [&](const char* name, const QByteArray& content) {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(content);
    };
    const GuidanceRule& base = defaultPack().guidanceRules.first();
    write("manifest.json", R"({"format": 1, "id": "de.musterstadt", "version": "2026.1", "title": "Musterstadt",
        "issuer": "Stadt Musterstadt", "language": "de", "valid_from": "2026-01-01",
        "extends": "de.ki-lotse.standard", "files": {"guidance": "guidance.json"}})");
    write("guidance.json", QByteArray(R"({"areas": [], "rules": [
        {"id": ")") + base.id.toUtf8() +
                               R"(", "area": ")" + base.area.toUtf8() + R"(", "title": "Musterstadt-Regel",
         "do": "In Musterstadt gilt: nur das Intranet-KI-Portal.", "explanation": "Beschluss des Verwaltungsvorstands.",
         "audience": ["clerk"], "priority": 1, "source": {"doc": "vitako-folien-2025", "section": "Das Stufenmodell"}},
        {"id": "musterstadt.extra", "area": ")" +
                               base.area.toUtf8() + R"(", "title": "Zusatz",
         "do": "Melden Sie jede Nutzung im Formular K-1.", "explanation": "Interne Statistik.",
         "audience": ["clerk"], "priority": 3, "source": {"doc": "vitako-folien-2025", "section": "Das Stufenmodell"}}]})");
    const PolicyLoadResult r = loadPolicyPack(dir.path());
    INFO(r.diagnostics.value(0).toString().toStdString());
    REQUIRE(r.ok());
    const PolicyPack& pack = *r.pack;
    CHECK(pack.manifest.id == QStringLiteral("de.musterstadt"));
    CHECK(pack.questions.size() == defaultPack().questions.size()); // taken from the base
    CHECK(pack.templates.size() == defaultPack().templates.size());
    CHECK(pack.guidanceRules.size() == defaultPack().guidanceRules.size() + 1);
    const GuidanceRule* overridden = pack.guidanceRule(base.id);
    REQUIRE(overridden);
    CHECK(overridden->title == QStringLiteral("Musterstadt-Regel"));
    CHECK(overridden->packId == QStringLiteral("de.musterstadt"));
    CHECK(pack.guidanceRule(QStringLiteral("musterstadt.extra"))->packId == QStringLiteral("de.musterstadt"));
    CHECK(pack.guidanceRules.last().packId == QStringLiteral("de.musterstadt"));
    CHECK(pack.guidanceRules[1].packId == QStringLiteral("de.ki-lotse.standard"));

    write("manifest.json", R"({"format": 1, "id": "de.musterstadt", "version": "2026.1", "title": "Musterstadt",
        "issuer": "Stadt Musterstadt", "language": "de", "valid_from": "2026-01-01",
        "extends": "de.elsewhere", "files": {"guidance": "guidance.json"}})");
    write("guidance.json",
          R"({"areas": [], "rules": [{"id": "x", "area": "purpose", "title": "t", "do": "d", "explanation": "e",
        "audience": ["clerk"], "priority": 1, "source": {"doc": "vitako-folien-2025", "section": "s"}}]})");
    const PolicyLoadResult bad = loadPolicyPack(dir.path());
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.diagnostics[0].pointer == QStringLiteral("/extends"));

    // Replacing the use cases must not leave base rules or templates pointing at removed ones.
    write("manifest.json", R"({"format": 1, "id": "de.musterstadt", "version": "2026.1", "title": "Musterstadt",
        "issuer": "Stadt Musterstadt", "language": "de", "valid_from": "2026-01-01",
        "extends": "de.ki-lotse.standard", "files": {"use_cases": "use_cases.json"}})");
    write("use_cases.json",
          R"({"use_cases": [{"id": "drafting", "title": "Texte", "description": "Texte entwerfen."}]})");
    const PolicyLoadResult replaced = loadPolicyPack(dir.path());
    REQUIRE_FALSE(replaced.ok());
    CHECK(replaced.diagnostics[0].pointer == QStringLiteral("/files"));
    CHECK(std::any_of(replaced.diagnostics.cbegin(), replaced.diagnostics.cend(), [](const Diagnostic& d) {
        return d.message.contains(QStringLiteral("unknown use case \"data_analysis\""));
    }));

    write("manifest.json", R"({"format": 1, "id": "de.musterstadt", "version": "2026.1", "title": "Musterstadt",
        "issuer": "Stadt Musterstadt", "language": "de", "valid_from": "2026-01-01", "files": {"guidance": "guidance.json"}})");
    const PolicyLoadResult alone = loadPolicyPack(dir.path());
    REQUIRE_FALSE(alone.ok());
    CHECK(std::any_of(alone.diagnostics.cbegin(), alone.diagnostics.cend(), [](const Diagnostic& d) {
        return d.code == QStringLiteral("missing-field") && d.pointer == QStringLiteral("/files") &&
               d.message.contains(QStringLiteral("\"sources\""));
    }));
}
