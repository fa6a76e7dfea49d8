#pragma once

#include "classify/AnswerSet.h"
#include "classify/Classifier.h"
#include "policy/PolicyPack.h"
#include "registry/Tools.h"

#include <QTextStream>

namespace kilotse::cli {

// Human-readable German output of the CLI (the JSON form lives in core/classify/OutcomeJson).
void writeOutcomeText(QTextStream& out, const PolicyPack& pack, const AnswerSet& answers, const Outcome& outcome,
                      const ToolsForCheck* tools = nullptr, const QStringList& toolNotices = {});
// `notices` (from toolNotices()) replace the plain demo / "nothing fits" lines; `onHold`: Rücksprache
// first, services are listed without their address.
void writeToolsText(QTextStream& out, const ToolsForCheck& tools, bool withExcluded, bool demo,
                    const QStringList& notices = {}, bool onHold = false);
void writePolicyText(QTextStream& out, const PolicyPack& pack);
void writeRulesText(QTextStream& out, const PolicyPack& pack, const QList<const GuidanceRule*>& rules);
void writeRuleDetailText(QTextStream& out, const PolicyPack& pack, const GuidanceRule& rule);
void writeTemplatesText(QTextStream& out, const PolicyPack& pack, const QList<const PromptTemplate*>& templates);
void writeTemplateDetailText(QTextStream& out, const PolicyPack& pack, const PromptTemplate& promptTemplate);

} // namespace kilotse::cli
