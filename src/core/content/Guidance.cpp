#include "content/Guidance.h"

#include "classify/ConditionEval.h"

#include <algorithm>

namespace kilotse {

namespace {
bool contains(const QString& haystack, const QString& needle)
{
    return haystack.contains(needle, Qt::CaseInsensitive);
}
} // namespace

QList<const GuidanceRule*> rulesForCheck(const PolicyPack& pack, const AnswerSet& answers, const Outcome& outcome,
                                         const QString& audience)
{
    QList<const GuidanceRule*> result;
    if (outcome.blocked) // nothing to tick: the use is not permitted with any tool
        return result;
    for (const GuidanceRule& rule : pack.guidanceRules) {
        if (!audience.isEmpty() && !rule.audience.contains(audience))
            continue;
        if (!rule.levels.isEmpty() && !rule.levels.contains(outcome.level))
            continue;
        if (rule.when && !evaluateCondition(pack, *rule.when, answers))
            continue;
        result.append(&rule);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const GuidanceRule* a, const GuidanceRule* b) { return a->priority < b->priority; });
    return result;
}

bool ruleMatches(const PolicyPack& pack, const GuidanceRule& rule, const RuleFilter& filter)
{
    if (!filter.area.isEmpty() && rule.area != filter.area)
        return false;
    if (!filter.audience.isEmpty() && !rule.audience.contains(filter.audience))
        return false;
    if (filter.level > 0 && !rule.levels.isEmpty() && !rule.levels.contains(filter.level))
        return false;
    const QString needle = filter.search.trimmed();
    if (needle.isEmpty())
        return true;
    const GuidanceArea* area = pack.guidanceArea(rule.area);
    return contains(rule.title, needle) || contains(rule.doText, needle) || contains(rule.explanation, needle) ||
           contains(rule.id, needle) || (area && contains(area->title, needle));
}

QList<const GuidanceRule*> filterRules(const PolicyPack& pack, const RuleFilter& filter)
{
    QList<const GuidanceRule*> result;
    for (const GuidanceRule& rule : pack.guidanceRules)
        if (ruleMatches(pack, rule, filter))
            result.append(&rule);
    return result;
}

bool templateMatches(const PromptTemplate& t, const TemplateFilter& filter)
{
    if (!filter.useCase.isEmpty() && t.useCase != filter.useCase)
        return false;
    if (filter.level == 1 && t.mayCarryPersonalData())
        return false;
    const QString needle = filter.search.trimmed();
    return needle.isEmpty() || contains(t.title, needle) || contains(t.purpose, needle) || contains(t.prompt, needle) ||
           contains(t.id, needle);
}

QList<const PromptTemplate*> filterTemplates(const PolicyPack& pack, const TemplateFilter& filter)
{
    QList<const PromptTemplate*> result;
    for (const PromptTemplate& t : pack.templates)
        if (templateMatches(t, filter))
            result.append(&t);
    return result;
}

QList<const PromptTemplate*> templatesForCheck(const PolicyPack& pack, const AnswerSet& answers, const Outcome& outcome)
{
    if (outcome.blocked)
        return {};
    // After a level-1 check (no personal data) templates whose fields may carry personal data are
    // not suggested, as `templates list --level 1` and docs/policy-format.md say.
    return filterTemplates(pack, TemplateFilter{QString(), answers.useCase, outcome.level});
}

} // namespace kilotse
