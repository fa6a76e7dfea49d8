#pragma once

#include "classify/AnswerSet.h"
#include "policy/PolicyPack.h"
#include "registry/Permission.h"
#include "registry/Registry.h"

namespace kilotse {

// A registry service with the decision for one check.
struct ToolOffer
{
    Service service;
    PermissionDecision decision;
};

struct ToolsForCheck
{
    QList<ToolOffer> offered;  // may be used; ordered by name (warnings, e.g. review overdue, in decision.notes)
    QList<ToolOffer> excluded; // known but not permitted, with every reason
};

// Whether a check involves personal data: the answers to the contract questions personal_data or
// special_categories count as "yes" ("unsure" included).
bool checkInvolvesPersonalData(const PolicyPack& pack, const AnswerSet& answers);

// Decides every registry service for a check. Level 0 is treated as 1. The pack must have a
// registry policy (else the pack's defaults in RegistryPolicy apply).
// With includeExcluded == false only approved services of a sufficient level are read (the others
// could never be offered), which keeps large registries fast; `excluded` then stays empty.
ToolsForCheck toolsForCheck(const Registry& registry, const PolicyPack& pack, int level, const QString& useCase,
                            bool personalData, const QDate& today = QDate::currentDate(), bool includeExcluded = true);

// Opens the registry at `location`; the per-user default file (defaultRegistryPath()) is filled
// on first use with the demo registry of the fictional "Musterstadt" and marked as demo.
std::unique_ptr<Registry> openRegistry(const QString& location, RegistryError* error);

// Services in use (approved or pilot) whose review is due: next review before `today` or missing.
QList<Service> overdueReviews(const Registry& registry, const QDate& today = QDate::currentDate());

// The demo registry shipped with KI-Lotse (resources/registry/demo-musterstadt.json).
QList<Service> demoServices();

} // namespace kilotse
