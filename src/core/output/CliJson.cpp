#include "output/CliJson.h"

#include <QVariant>

#include <nlohmann/json.hpp>

namespace kilotse {

namespace {

using ojson = nlohmann::ordered_json;

std::string u8(const QString& s)
{
    return s.toStdString();
}

ojson strings(const QStringList& list)
{
    ojson a = ojson::array();
    for (const QString& s : list)
        a.push_back(u8(s));
    return a;
}

QByteArray dump(const ojson& doc)
{
    return QByteArray::fromStdString(doc.dump(2) + "\n");
}

ojson expected(const DemoScenario& s)
{
    return ojson{{"level", s.expectedLevel}, {"escalate", s.expectedEscalate}, {"blocked", s.expectedBlocked}};
}

// A setting's value with its JSON type: booleans and numbers as such, everything else as text.
ojson settingValue(const QVariant& v)
{
    switch (v.typeId()) {
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
        return v.toLongLong();
    case QMetaType::Double:
        return v.toDouble();
    default:
        return v.isValid() && !v.isNull() ? ojson(u8(v.toString())) : ojson(nullptr);
    }
}

} // namespace

QByteArray recordComparisonToJson(const CheckRecord& record, const RecordComparison& c,
                                  const QByteArray& currentPackSha256)
{
    ojson now = nullptr;
    if (c.evaluated)
        now = ojson{{"verdict", u8(c.verdict)}, {"level", c.level}, {"escalate", c.escalate}, {"blocked", c.blocked}};
    return dump(
        ojson{{"same_pack", c.samePack},
              {"record_pack",
               {{"id", u8(record.packId)}, {"version", u8(record.packVersion)}, {"sha256", u8(record.packSha256)}}},
              {"current_pack",
               {{"id", u8(c.currentPackId)},
                {"version", u8(c.currentPackVersion)},
                {"sha256", currentPackSha256.toStdString()}}},
              {"answer_problems", strings(c.answerProblems)},
              {"evaluated", c.evaluated},
              {"outcome_changed", c.outcomeChanged()},
              {"then",
               {{"verdict", u8(record.verdict)},
                {"level", record.level},
                {"escalate", record.escalate},
                {"blocked", record.blocked}}},
              {"now", now},
              {"added_reasons", strings(c.addedReasons)},
              {"removed_reasons", strings(c.removedReasons)}});
}

QByteArray scenarioListToJson(const QList<DemoScenario>& scenarios)
{
    ojson list = ojson::array();
    for (const DemoScenario& s : scenarios)
        list.push_back(
            ojson{{"id", u8(s.id)}, {"title", u8(s.title)}, {"use_case", u8(s.useCase)}, {"expected", expected(s)}});
    return dump(ojson{{"scenarios", list}});
}

QByteArray scenarioToJson(const PolicyPack& pack, const DemoScenario& s, const Outcome& outcome,
                          bool matchesExpectation)
{
    ojson answers = ojson::object();
    for (auto it = s.answers.cbegin(); it != s.answers.cend(); ++it)
        answers[u8(it.key())] = u8(it.value());
    ojson reasons = ojson::array();
    for (const Reason& r : outcome.reasons)
        reasons.push_back(u8(r.ruleId));
    return dump(ojson{
        {"id", u8(s.id)},
        {"title", u8(s.title)},
        {"situation", u8(s.situation)},
        {"question", u8(s.question)},
        {"use_case", u8(s.useCase)},
        {"answers", answers},
        {"expected", expected(s)},
        {"outcome",
         {{"verdict", u8(outcome.verdictId())},
          {"level", outcome.level},
          {"escalate", outcome.escalate},
          {"blocked", outcome.blocked},
          {"reasons", reasons}}},
        {"matches_expectation", matchesExpectation},
        {"reveal", u8(s.reveal)},
        {"teaching_point", u8(s.teachingPoint)},
        {"discussion", u8(s.discussion)},
        {"source",
         {{"doc", u8(s.source.docId)}, {"section", u8(s.source.section)}, {"citation", u8(pack.citation(s.source))}}}});
}

QByteArray configToJson(const Config& config)
{
    ojson settings = ojson::array();
    for (const SettingInfo& s : Config::knownSettings()) {
        const QString key = QLatin1String(s.key);
        settings.push_back(ojson{{"key", u8(key)},
                                 {"value", settingValue(config.value(key))},
                                 {"source", u8(settingSourceName(config.source(key)))},
                                 {"locked", config.isLocked(key)},
                                 {"meaning", std::string(s.meaning)}});
    }
    ojson problems = ojson::array();
    for (const ConfigProblem& p : config.problems())
        problems.push_back(ojson{{"file", u8(p.file)},
                                 {"line", p.line},
                                 {"key", u8(p.key)},
                                 {"message", u8(p.message)},
                                 {"fatal", p.fatal}});
    return dump(ojson{{"system_file", u8(config.systemFile())},
                      {"system_file_exists", config.systemFileExists()},
                      {"usable", config.isUsable()},
                      {"user_file", u8(config.userFile())},
                      {"settings", settings},
                      {"problems", problems}});
}

} // namespace kilotse
