#pragma once

#include "policy/PolicyPack.h"
#include "registry/Service.h"

namespace kilotse {

// Why a service is not offered (or offered with a warning) for a check. Stable codes; the GUI
// and CLI word them.
struct PermissionNote
{
    enum class Code
    {
        NotApproved,       // status pilot / suspended / retired
        LevelTooLow,       // highest permitted level below the check's level
        UseCaseMissing,    // the use case is not among the service's use cases
        ReviewOverdue,     // next review date passed (or missing): warning at level 1, exclusion at level 2
        PersonalData,      // the check involves personal data, the service is not cleared for it
        Backflow,          // level 2: inputs may flow back to the vendor
        Location,          // level 2: processing location not allowed by the pack
        ProcessorContract, // level 2: no processor contract (AVV)
        Dpia,              // level 2: the pack demands a DPIA, none recorded
        StaffCouncil,      // level 2: the pack demands staff council involvement
        SpecialSecrecy,    // the check involves data under a special secrecy law, the service is not cleared for it
    };
    Code code;
    bool excludes = true; // false: offered anyway, shown as a warning
};
QString permissionNoteId(PermissionNote::Code code); // "not-approved", "level-too-low", ...
// The note as shown to people (German source text, translated through tr()).
QString permissionNoteText(PermissionNote::Code code);

struct PermissionDecision
{
    bool offered = false;
    QList<PermissionNote> notes; // every reason, not only the first
};

// The one place that decides whether a service may be offered for a check at `level` (1 or 2)
// and `useCase`. The level-2 data-protection conditions come from the pack's registry policy.
// `personalData`: the check involves personal data (answers or draft scan). `specialSecrecy`: the
// check involves data under a special secrecy law (Sozial-, Steuer-, Meldegeheimnis, § 203 StGB);
// only services explicitly cleared for such data are offered.
PermissionDecision decidePermission(const Service& service, int level, const QString& useCase, bool personalData,
                                    const RegistryPolicy& policy, const QDate& today, bool specialSecrecy = false);

} // namespace kilotse
