#include "output/OutcomeJson.h"

#include "content/Guidance.h"

#include <nlohmann/json.hpp>

namespace kilotse {

using ojson = nlohmann::ordered_json;

namespace {

std::string u8(const QString& s)
{
    return s.toStdString();
}

ojson strings(const QStringList& list)
{
    ojson a = ojson::array();
    for (const auto& s : list)
        a.push_back(u8(s));
    return a;
}

ojson source(const PolicyPack& pack, const SourceRef& ref)
{
    return ojson{{"doc", u8(ref.docId)}, {"section", u8(ref.section)}, {"citation", u8(pack.citation(ref))}};
}

ojson policyInfo(const PolicyPack& pack)
{
    return ojson{{"id", u8(pack.manifest.id)},
                 {"version", u8(pack.manifest.version)},
                 {"title", u8(pack.manifest.title)},
                 {"sha256", pack.sha256.toStdString()},
                 {"legal_status_as_of", u8(pack.manifest.legalStatusAsOf)},
                 {"origin", u8(packOriginName(pack.origin))},
                 {"directory", u8(pack.directory)}};
}

ojson outcomeText(const PolicyPack& pack, const OutcomeText& text)
{
    return ojson{{"title", u8(text.title)},
                 {"summary", u8(text.summary)},
                 {"next_steps", strings(text.nextSteps)},
                 {"source", source(pack, text.source)}};
}

ojson ruleJson(const PolicyPack& pack, const GuidanceRule& r)
{
    const GuidanceArea* area = pack.guidanceArea(r.area);
    ojson levels = ojson::array();
    for (int l : r.levels)
        levels.push_back(l);
    return ojson{{"id", u8(r.id)},
                 {"area", u8(r.area)},
                 {"area_title", area ? u8(area->title) : std::string()},
                 {"title", u8(r.title)},
                 {"do", u8(r.doText)},
                 {"explanation", u8(r.explanation)},
                 {"audience", strings(r.audience)},
                 {"priority", r.priority},
                 {"levels", levels},
                 {"conditional", r.when.has_value()},
                 {"pack", u8(r.packId)},
                 {"source", source(pack, r.source)}};
}

ojson templateSummary(const PolicyPack& pack, const PromptTemplate& t)
{
    const UseCase* u = pack.useCase(t.useCase);
    return ojson{{"id", u8(t.id)},
                 {"title", u8(t.title)},
                 {"use_case", u8(t.useCase)},
                 {"use_case_title", u ? u8(u->title) : std::string()},
                 {"purpose", u8(t.purpose)},
                 {"may_carry_personal_data", t.mayCarryPersonalData()},
                 {"pack", u8(t.packId)}};
}

QByteArray dump(const ojson& j)
{
    return QByteArray::fromStdString(j.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n");
}

} // namespace

ojson toolJson(const ToolOffer& offer, bool withReasons)
{
    const Service& s = offer.service;
    auto strs = [](const QStringList& l) {
        ojson a = ojson::array();
        for (const QString& v : l)
            a.push_back(v.toStdString());
        return a;
    };
    ojson notes = ojson::array();
    for (const PermissionNote& n : offer.decision.notes)
        if (withReasons || !n.excludes)
            notes.push_back(permissionNoteId(n.code).toStdString());
    ojson j{{"id", s.id},
            {"name", u8(s.name)},
            {"vendor", u8(s.vendor)},
            {"product", u8(s.product)},
            {"deployment", u8(deploymentId(s.deployment))},
            {"location", u8(locationId(s.location))},
            {"max_level", s.maxLevel},
            {"status", u8(statusId(s.status))},
            {"restrictions", strs(s.restrictions)},
            {"access_url", u8(s.accessUrl)},
            {"access_requirements", strs(s.accessRequirements)},
            {"next_review", s.nextReview.isValid() ? s.nextReview.toString(Qt::ISODate).toStdString() : std::string()},
            {"version", s.version}};
    j[withReasons ? "reasons" : "warnings"] = notes;
    return j;
}

namespace {
// The registry's state as tool lists report it: a demo, read-only, or an offline snapshot of when.
ojson registryStateJson(const Registry& registry)
{
    return ojson{{"location", u8(registry.location())},
                 {"demo", registry.isDemo()},
                 {"read_only", registry.isReadOnly()},
                 {"offline", registry.isOffline()},
                 {"snapshot", registry.snapshotTime().isValid()
                                  ? ojson(u8(registry.snapshotTime().toString(Qt::ISODate)))
                                  : ojson(nullptr)},
                 {"snapshot_stale", registry.isSnapshotStale()}};
}
} // namespace

QByteArray outcomeToJson(const PolicyPack& pack, const AnswerSet& answers, const Outcome& outcome,
                         const ToolsForCheck* tools, const QString& registryError, const Registry* registry)
{
    const bool registryIsDemo = registry && registry->isDemo();
    ojson reasons = ojson::array();
    for (const Reason& r : outcome.reasons) {
        ojson triggers = ojson::array();
        for (const Trigger& t : r.triggers) {
            ojson trigger{{"question", u8(t.questionId)}, {"answer", u8(t.answer)}};
            trigger["counts_as"] = t.countsAs.isEmpty() ? ojson(nullptr) : ojson(u8(t.countsAs));
            triggers.push_back(trigger);
        }
        ojson effect = ojson::object();
        effect["level"] = r.effect.level == 0 ? ojson(nullptr) : ojson(r.effect.level);
        effect["escalate"] = r.effect.escalate;
        effect["blocked"] = r.effect.blocked;
        ojson reason{{"rule", u8(r.ruleId)}, {"effect", effect}, {"text", u8(r.text)}};
        reason["advice"] = r.advice.isEmpty() ? ojson(nullptr) : ojson(u8(r.advice));
        reason["triggers"] = triggers;
        reason["use_case"] = r.useCase.isEmpty() ? ojson(nullptr) : ojson(u8(r.useCase));
        reason["source"] = source(pack, r.source);
        reasons.push_back(reason);
    }

    ojson answerList = ojson::array();
    for (const Question& q : pack.questions) {
        const QString answer = answers.answers.value(q.id);
        const AnswerOption* option = q.option(answer);
        answerList.push_back(ojson{
            {"question", u8(q.id)}, {"answer", u8(answer)}, {"label", option ? u8(option->label) : std::string()}});
    }

    const UseCase* useCase = pack.useCase(answers.useCase);
    const LevelText* level = pack.level(outcome.level);
    ojson j;
    j["outcome"] = u8(outcome.verdictId());
    j["level"] = outcome.level;
    j["blocked"] = outcome.blocked;
    j["escalate"] = outcome.escalate;
    j["use_case"] = ojson{{"id", u8(answers.useCase)}, {"title", useCase ? u8(useCase->title) : std::string()}};
    j["level_text"] = level ? outcomeText(pack, *level) : ojson(nullptr);
    j["blocked_text"] = outcome.blocked ? outcomeText(pack, pack.blocked) : ojson(nullptr);
    j["escalate_text"] = outcome.escalate ? outcomeText(pack, pack.escalate) : ojson(nullptr);
    j["reasons"] = reasons;
    j["answers"] = answerList;
    ojson guidance = ojson::array();
    for (const GuidanceRule* r : rulesForCheck(pack, answers, outcome))
        guidance.push_back(ojson{{"id", u8(r->id)},
                                 {"title", u8(r->title)},
                                 {"do", u8(r->doText)},
                                 {"priority", r->priority},
                                 {"pack", u8(r->packId)},
                                 {"source", source(pack, r->source)}});
    j["guidance"] = guidance;
    ojson templates = ojson::array();
    for (const PromptTemplate* t : templatesForCheck(pack, answers, outcome))
        templates.push_back(ojson{{"id", u8(t->id)}, {"title", u8(t->title)}});
    j["templates"] = templates;
    if (tools && !outcome.blocked) {
        ojson offered = ojson::array();
        for (const ToolOffer& o : tools->offered)
            offered.push_back(toolJson(o, false));
        j["permitted_tools"] = offered;
        j["registry_is_demo"] = registryIsDemo; // the fictional Musterstadt demo, not an organisation's approval
        if (registry)
            j["registry"] = registryStateJson(*registry);
    } else {
        j["permitted_tools"] = outcome.blocked ? ojson::array() : ojson(nullptr);
        if (!registryError.isEmpty())
            j["registry_error"] = u8(registryError);
    }
    j["policy"] = policyInfo(pack);
    return dump(j);
}

QByteArray toolsToJson(const ToolsForCheck& tools, int level, const QString& useCase, bool personalData,
                       const Registry& registry, bool includeExcluded)
{
    ojson offered = ojson::array();
    for (const ToolOffer& o : tools.offered)
        offered.push_back(toolJson(o, false));
    ojson j{{"level", level}, {"use_case", u8(useCase)}, {"personal_data", personalData}, {"offered", offered}};
    if (includeExcluded) {
        ojson excluded = ojson::array();
        for (const ToolOffer& o : tools.excluded)
            excluded.push_back(toolJson(o, true));
        j["excluded"] = excluded;
    }
    j["registry"] = registryStateJson(registry);
    return dump(j);
}

QByteArray auditToJson(const QList<AuditEntry>& entries)
{
    ojson list = ojson::array();
    for (const AuditEntry& e : entries)
        list.push_back(ojson{{"id", e.id},
                             {"service_id", e.serviceId},
                             {"service", u8(e.serviceName)},
                             {"at", e.at.toString(Qt::ISODateWithMs).toStdString()},
                             {"actor", u8(e.actor)},
                             {"action", u8(e.action)},
                             {"field", u8(e.field)},
                             {"old", u8(e.oldValue)},
                             {"new", u8(e.newValue)}});
    return dump(ojson{{"audit", list}});
}

QByteArray reviewsToJson(const QList<Service>& overdue, const QDate& today)
{
    ojson list = ojson::array();
    for (const Service& s : overdue)
        list.push_back(ojson{
            {"id", s.id},
            {"name", u8(s.name)},
            {"status", u8(statusId(s.status))},
            {"next_review", s.nextReview.isValid() ? s.nextReview.toString(Qt::ISODate).toStdString() : std::string()},
            {"owner", u8(s.ownerDepartment)},
            {"contact", u8(s.ownerContact)}});
    return dump(ojson{{"today", today.toString(Qt::ISODate).toStdString()}, {"overdue", list}});
}

QByteArray diagnosticsToJson(const Diagnostics& diagnostics)
{
    ojson list = ojson::array();
    for (const Diagnostic& d : diagnostics) {
        ojson item{{"file", u8(d.file)}};
        item["line"] = d.line > 0 ? ojson(d.line) : ojson(nullptr);
        item["column"] = d.line > 0 ? ojson(d.column) : ojson(nullptr);
        item["pointer"] = u8(d.pointer);
        item["code"] = u8(d.code);
        item["message"] = u8(d.message);
        list.push_back(item);
    }
    return dump(ojson{{"valid", diagnostics.isEmpty()}, {"diagnostics", list}});
}

QByteArray policyOverviewToJson(const PolicyPack& pack)
{
    ojson j;
    j["policy"] = policyInfo(pack);
    j["issuer"] = u8(pack.manifest.issuer);
    j["language"] = u8(pack.manifest.language);
    j["valid_from"] = u8(pack.manifest.validFrom);
    ojson questions = ojson::array();
    for (const Question& q : pack.questions) {
        ojson options = ojson::array();
        for (const AnswerOption& o : q.options) {
            ojson option{{"id", u8(o.id)}, {"label", u8(o.label)}};
            option["counts_as"] = o.countsAs.isEmpty() ? ojson(nullptr) : ojson(u8(o.countsAs));
            options.push_back(option);
        }
        questions.push_back(
            ojson{{"id", u8(q.id)}, {"title", u8(q.title)}, {"text", u8(q.text)}, {"options", options}});
    }
    j["questions"] = questions;
    ojson useCases = ojson::array();
    for (const UseCase& u : pack.useCases)
        useCases.push_back(ojson{{"id", u8(u.id)}, {"title", u8(u.title)}});
    j["use_cases"] = useCases;
    ojson levels = ojson::array();
    for (const LevelText& l : pack.levels)
        levels.push_back(ojson{{"level", l.level}, {"title", u8(l.title)}});
    j["levels"] = levels;
    ojson rules = ojson::array();
    for (const ClassificationRule& r : pack.rules) {
        ojson effect = ojson::object();
        effect["level"] = r.then.level == 0 ? ojson(nullptr) : ojson(r.then.level);
        effect["escalate"] = r.then.escalate;
        effect["blocked"] = r.then.blocked;
        rules.push_back(ojson{{"id", u8(r.id)}, {"effect", effect}, {"source", source(pack, r.source)}});
    }
    j["rules"] = rules;
    ojson sources = ojson::array();
    for (const SourceDocument& s : pack.sources)
        sources.push_back(
            ojson{{"id", u8(s.id)}, {"title", u8(s.title)}, {"publisher", u8(s.publisher)}, {"date", u8(s.date)}});
    j["sources"] = sources;
    return dump(j);
}

QByteArray guidanceRulesToJson(const PolicyPack& pack, const QList<const GuidanceRule*>& rules)
{
    ojson list = ojson::array();
    for (const GuidanceRule* r : rules)
        list.push_back(ruleJson(pack, *r));
    return dump(ojson{{"rules", list}, {"policy", policyInfo(pack)}});
}

QByteArray templatesToJson(const PolicyPack& pack, const QList<const PromptTemplate*>& templates)
{
    ojson list = ojson::array();
    for (const PromptTemplate* t : templates)
        list.push_back(templateSummary(pack, *t));
    return dump(ojson{{"templates", list}, {"policy", policyInfo(pack)}});
}

QByteArray templateToJson(const PolicyPack& pack, const PromptTemplate& t)
{
    ojson j = templateSummary(pack, t);
    j["prompt"] = u8(t.prompt);
    ojson placeholders = ojson::array();
    for (const Placeholder& p : t.placeholders) {
        ojson ph{{"name", u8(p.name)},
                 {"label", u8(p.label)},
                 {"type", u8(placeholderTypeName(p.type))},
                 {"required", p.required},
                 {"help", u8(p.help)},
                 {"example", u8(p.example)},
                 {"personal_data", p.personalData}};
        if (!p.choices.isEmpty())
            ph["choices"] = strings(p.choices);
        ph["min"] = p.min ? ojson(*p.min) : ojson(nullptr);
        ph["max"] = p.max ? ojson(*p.max) : ojson(nullptr);
        placeholders.push_back(ph);
    }
    j["placeholders"] = placeholders;
    j["follow_ups"] = strings(t.followUps);
    j["quality_checks"] = strings(t.qualityChecks);
    j["source"] = source(pack, t.source);
    return dump(j);
}

QByteArray templateFillToJson(const PromptTemplate& t, const QString& text, const Diagnostics& problems,
                              const QStringList& personalDataFields)
{
    ojson list = ojson::array();
    for (const Diagnostic& d : problems)
        list.push_back(ojson{{"pointer", u8(d.pointer)}, {"code", u8(d.code)}, {"message", u8(d.message)}});
    ojson j{{"template", u8(t.id)}, {"ok", problems.isEmpty()}};
    j["text"] = problems.isEmpty() ? ojson(u8(text)) : ojson(nullptr);
    j["problems"] = list;
    j["personal_data_fields"] = strings(personalDataFields);
    j["needs_level_2"] = !personalDataFields.isEmpty();
    return dump(j);
}

} // namespace kilotse
