#include "classify/AnswersFile.h"

#include "TestSupport.h"

using namespace kilotse;
using kilotse::test::defaultPack;

namespace {
const QByteArray kComplete = R"({
  "use_case": "drafting",
  "answers": {
    "personal_data": "unsure", "special_categories": "no", "official_secrets": "no", "trade_secrets": "no",
    "public_output": "yes", "decision_about_persons": "no", "citizen_interaction": "no",
    "prohibited_practice": "no", "special_secrecy": "no", "criminal_data": "no", "third_party_data": "no",
    "published": "no", "high_risk_area": "no"
  }
})";
} // namespace

TEST_CASE("parseAnswers_completeFile_givesTheAnswerSet", "[answers]")
{
    const AnswersParseResult r = parseAnswers(kComplete, QStringLiteral("a.json"), defaultPack());
    REQUIRE(r.answers);
    CHECK(r.answers->useCase == QStringLiteral("drafting"));
    CHECK(r.answers->answers.value(QStringLiteral("personal_data")) == QStringLiteral("unsure"));
    CHECK(r.answers->answers.size() == 13);
}

TEST_CASE("parseAnswers_missingAnswers_areNamedOneByOne", "[answers]")
{
    const QByteArray partial = R"({"use_case": "drafting", "answers": {"personal_data": "no"}})";
    const AnswersParseResult r = parseAnswers(partial, QStringLiteral("a.json"), defaultPack());
    REQUIRE_FALSE(r.answers);
    REQUIRE(r.diagnostics.size() == 12);
    for (const Diagnostic& d : r.diagnostics) {
        CHECK(d.code == QStringLiteral("missing-answer"));
        CHECK(d.file == QStringLiteral("a.json"));
        CHECK(d.pointer == QStringLiteral("/answers"));
        CHECK(d.line == 1);
    }
    CHECK(r.diagnostics[0].message.contains(QStringLiteral("\"special_categories\"")));
}

TEST_CASE("parseAnswers_oldPackAnswersFile_namesEveryNewQuestion", "[answers][compat]")
{
    // An answers file written for pack 1.x (eight questions) is refused, naming each new question.
    const QByteArray old = R"({"use_case": "drafting", "answers": {
      "personal_data": "no", "special_categories": "no", "official_secrets": "no", "trade_secrets": "no",
      "public_output": "no", "decision_about_persons": "no", "citizen_interaction": "no", "prohibited_practice": "no"}})";
    const AnswersParseResult r = parseAnswers(old, QStringLiteral("alt.json"), defaultPack());
    REQUIRE_FALSE(r.answers);
    REQUIRE(r.diagnostics.size() == 5);
    QString all;
    for (const Diagnostic& d : r.diagnostics) {
        CHECK(d.code == QStringLiteral("missing-answer"));
        all += d.message + u'\n';
    }
    for (const char* id : {"special_secrecy", "criminal_data", "third_party_data", "published", "high_risk_area"})
        CHECK(all.contains(u'"' + QLatin1String(id) + u'"'));
}

TEST_CASE("parseAnswers_wrongTypesAndUnknownValues_arePositioned", "[answers]")
{
    QByteArray bad = kComplete;
    bad.replace("\"public_output\": \"yes\"", "\"public_output\": true");
    AnswersParseResult r = parseAnswers(bad, QStringLiteral("a.json"), defaultPack());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].pointer == QStringLiteral("/answers/public_output"));
    CHECK(r.diagnostics[0].code == QStringLiteral("wrong-type"));
    CHECK(r.diagnostics[0].line == 5);

    bad = kComplete;
    bad.replace("\"official_secrets\": \"no\"", "\"official_secrets\": \"vielleicht\"");
    r = parseAnswers(bad, QStringLiteral("a.json"), defaultPack());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == QStringLiteral("unknown-option"));
    CHECK(r.diagnostics[0].pointer == QStringLiteral("/answers/official_secrets"));
    CHECK(r.diagnostics[0].line == 4);

    r = parseAnswers(R"({"use_case": "drafting", "answer": {}})", QStringLiteral("a.json"), defaultPack());
    REQUIRE(r.diagnostics.size() == 2); // unknown "answer" and missing "answers"
    CHECK(r.diagnostics[0].code == QStringLiteral("unknown-field"));

    r = parseAnswers("[1, 2]", QStringLiteral("a.json"), defaultPack());
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].code == QStringLiteral("wrong-type"));
}
