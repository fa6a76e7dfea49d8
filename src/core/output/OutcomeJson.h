#pragma once

#include "classify/AnswerSet.h"
#include "classify/Classifier.h"
#include "policy/Diagnostic.h"
#include "policy/PolicyPack.h"
#include "registry/Registry.h"
#include "registry/Tools.h"

#include <QByteArray>

namespace kilotse {

// The stable JSON forms of KI-Lotse's results (documented in docs/cli.md). Indented, UTF-8,
// with a trailing newline.
// `tools`: the registry's decision for this check, or nullptr when no registry is available
// ("permitted_tools": null, "registry_error": the reason). `registry`: where the tools came from
// ("registry_is_demo", and "registry" with location, offline and the snapshot's time).
QByteArray outcomeToJson(const PolicyPack& pack, const AnswerSet& answers, const Outcome& outcome,
                         const ToolsForCheck* tools = nullptr, const QString& registryError = QString(),
                         const Registry* registry = nullptr);
QByteArray toolsToJson(const ToolsForCheck& tools, int level, const QString& useCase, bool personalData,
                       const Registry& registry, bool includeExcluded);
QByteArray auditToJson(const QList<AuditEntry>& entries);
QByteArray reviewsToJson(const QList<Service>& overdue, const QDate& today);
QByteArray diagnosticsToJson(const Diagnostics& diagnostics);
QByteArray policyOverviewToJson(const PolicyPack& pack);
QByteArray guidanceRulesToJson(const PolicyPack& pack, const QList<const GuidanceRule*>& rules);
QByteArray templatesToJson(const PolicyPack& pack, const QList<const PromptTemplate*>& templates);
QByteArray templateToJson(const PolicyPack& pack, const PromptTemplate& promptTemplate);
// The filled prompt, its problems and whether Schutzstufe 2 applies with this content.
QByteArray templateFillToJson(const PromptTemplate& promptTemplate, const QString& text, const Diagnostics& problems,
                              const QStringList& personalDataFields);

} // namespace kilotse
