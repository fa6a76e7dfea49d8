#include "registry/Permission.h"

namespace kilotse {

QString permissionNoteId(PermissionNote::Code code)
{
    switch (code) {
    case PermissionNote::Code::NotApproved: return QStringLiteral("not-approved");
    case PermissionNote::Code::LevelTooLow: return QStringLiteral("level-too-low");
    case PermissionNote::Code::UseCaseMissing: return QStringLiteral("use-case-missing");
    case PermissionNote::Code::ReviewOverdue: return QStringLiteral("review-overdue");
    case PermissionNote::Code::PersonalData: return QStringLiteral("personal-data");
    case PermissionNote::Code::Backflow: return QStringLiteral("backflow");
    case PermissionNote::Code::Location: return QStringLiteral("location");
    case PermissionNote::Code::ProcessorContract: return QStringLiteral("processor-contract");
    case PermissionNote::Code::Dpia: return QStringLiteral("dpia");
    case PermissionNote::Code::StaffCouncil: return QStringLiteral("staff-council");
    }
    return {};
}

PermissionDecision decidePermission(const Service& s, int level, const QString& useCase, bool personalData,
                                    const RegistryPolicy& policy, const QDate& today)
{
    PermissionDecision d;
    using C = PermissionNote::Code;
    auto exclude = [&d](C code) { d.notes.append(PermissionNote{code, true}); };
    if (s.status != Service::Status::Approved)
        exclude(C::NotApproved);
    if (s.maxLevel < level)
        exclude(C::LevelTooLow);
    if (!useCase.isEmpty() && !s.useCases.contains(useCase))
        exclude(C::UseCaseMissing);
    if (!s.nextReview.isValid() || s.nextReview < today)
        d.notes.append(PermissionNote{C::ReviewOverdue, level >= 2});
    if (personalData && !s.personalDataPermitted)
        exclude(C::PersonalData);
    if (level >= 2) {
        if (policy.level2BackflowExcluded && !s.backflowExcluded)
            exclude(C::Backflow);
        if (!policy.level2Locations.contains(locationId(s.location)))
            exclude(C::Location);
        if (policy.level2ProcessorContract && !s.avvPresent)
            exclude(C::ProcessorContract);
        if (policy.level2Dpia && !s.dpiaDone)
            exclude(C::Dpia);
        if (policy.level2StaffCouncil && !s.staffCouncilInvolved)
            exclude(C::StaffCouncil);
    }
    d.offered = std::none_of(d.notes.cbegin(), d.notes.cend(), [](const PermissionNote& n) { return n.excludes; });
    return d;
}

} // namespace kilotse
