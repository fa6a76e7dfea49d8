#pragma once

#include "classify/AnswerSet.h"
#include "classify/Classifier.h"
#include "policy/PolicyPack.h"

namespace kilotse {

// The guidance rules that apply to one check, for one audience ("clerk" on the result page):
// their levels include the outcome's level and their condition holds. Most important first
// (priority, then pack order). None for a blocked outcome (nothing to tick). Pointers into `pack`.
QList<const GuidanceRule*> rulesForCheck(const PolicyPack& pack, const AnswerSet& answers, const Outcome& outcome,
                                         const QString& audience = QStringLiteral("clerk"));

// A filter of the rules browser and `ki-lotse-cli rules list`. Empty fields filter nothing.
struct RuleFilter
{
    QString search;   // case-insensitive, in title, "do", explanation, area title and id
    QString area;     // area id
    QString audience; // "clerk", "admin", "trainer"
    int level = 0;    // rules relevant at this level (rules without levels count for every level)
};
bool ruleMatches(const PolicyPack& pack, const GuidanceRule& rule, const RuleFilter& filter);
QList<const GuidanceRule*> filterRules(const PolicyPack& pack, const RuleFilter& filter);

// A filter of the template library and `ki-lotse-cli templates list`.
struct TemplateFilter
{
    QString search;  // case-insensitive, in title, purpose, prompt and id
    QString useCase; // use-case id
    int level = 0;   // 1: only templates without fields for personal data; 2 (or 0): all
};
bool templateMatches(const PromptTemplate& promptTemplate, const TemplateFilter& filter);
QList<const PromptTemplate*> filterTemplates(const PolicyPack& pack, const TemplateFilter& filter);

// Templates that fit a finished check: same use case, none when blocked. Pack order.
QList<const PromptTemplate*> templatesForCheck(const PolicyPack& pack, const AnswerSet& answers,
                                               const Outcome& outcome);

} // namespace kilotse
