#pragma once

#include "classify/AnswerSet.h"
#include "classify/Classifier.h"
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

// Whether a check involves personal data: an answer to one of the contract questions personal_data,
// special_categories, special_secrecy, criminal_data or third_party_data counts as "yes" ("unsure"
// included). Data under secrecy law, on offences, or received from others are personal data too.
bool checkInvolvesPersonalData(const PolicyPack& pack, const AnswerSet& answers);

// What a check asks of the registry.
struct ToolQuery
{
    int level = 1;
    QString useCase;
    bool personalData = false;
    bool specialSecrecy = false; // only services cleared for data under a special secrecy law
};
// The query for a classified check: level and secrecy from the outcome, personal data from the answers.
ToolQuery toolQueryForCheck(const PolicyPack& pack, const AnswerSet& answers, int level, bool specialSecrecy);
ToolsForCheck toolsForCheck(const Registry& registry, const PolicyPack& pack, const ToolQuery& query,
                            const QDate& today = QDate::currentDate(), bool includeExcluded = true);
// The services for a classified check: the one place that turns an outcome into a registry query.
// A blocked outcome offers nothing (and, with includeExcluded, lists nothing either).
ToolsForCheck toolsForOutcome(const Registry& registry, const PolicyPack& pack, const AnswerSet& answers,
                              const Outcome& outcome, const QDate& today = QDate::currentDate(),
                              bool includeExcluded = true);

// Decides every registry service for a check. Level 0 is treated as 1. The pack must have a
// registry policy (else the pack's defaults in RegistryPolicy apply).
// With includeExcluded == false only approved services of a sufficient level are read (the others
// could never be offered), which keeps large registries fast; `excluded` then stays empty.
ToolsForCheck toolsForCheck(const Registry& registry, const PolicyPack& pack, int level, const QString& useCase,
                            bool personalData, const QDate& today = QDate::currentDate(), bool includeExcluded = true);

// What a person needs to know about the tool list of a classified check, worded once for every
// view (German source text through tr()): services only after the consultation, why a list is
// short, and what to do when no service fits (other use cases that have one at this level; at
// level 1 the free choice within the house rules). Empty for a blocked outcome.
QStringList toolNotices(const Registry& registry, const PolicyPack& pack, const AnswerSet& answers,
                        const Outcome& outcome, const ToolsForCheck& tools, const QDate& today = QDate::currentDate());

// Opens the registry at `location`; the per-user default file (defaultRegistryPath()) is filled
// on first use with the demo registry of the fictional "Musterstadt" and marked as demo.
std::unique_ptr<Registry> openRegistry(const QString& location, RegistryError* error);

// The import of a registry file, the same for the app's "Importieren …" and `registry import`:
// JSON when the content is a JSON object or the name ends in .json, else CSV; every row checked
// (against the registry's rules and the pack's use cases) before anything changes; with
// `dryRun` nothing changes, else all rows or none. `problems` holds the file's and the rows'
// problems with their place. A successful import into the demo registry makes it the
// administration's own (the demo mark goes). `bytes`: at most kMaxImportBytes + 1 read.
ImportReport importServicesFile(Registry& registry, const PolicyPack& pack, const QByteArray& bytes,
                                const QString& fileName, bool dryRun, const QString& actor);

// Services in use (approved or pilot) whose review is due: next review before `today` or missing.
QList<Service> overdueReviews(const Registry& registry, const QDate& today = QDate::currentDate());

// The demo registry shipped with KI-Lotse (resources/registry/demo-musterstadt.json).
QList<Service> demoServices();

} // namespace kilotse
