#include "registry/Permission.h"

#include <QCoreApplication>

namespace kilotse {

namespace {
// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::Permission)
};
} // namespace

QString permissionNoteText(PermissionNote::Code code)
{
    using C = PermissionNote::Code;
    switch (code) {
    case C::NotApproved:
        return Tr::tr("nicht freigegeben (Pilot, ausgesetzt oder außer Betrieb)");
    case C::LevelTooLow:
        return Tr::tr("nicht für diese Schutzstufe freigegeben");
    case C::UseCaseMissing:
        return Tr::tr("nicht für diesen Anwendungsfall freigegeben");
    case C::ReviewOverdue:
        return Tr::tr("Prüfung überfällig");
    case C::PersonalData:
        return Tr::tr("nicht für personenbezogene Daten freigegeben");
    case C::Backflow:
        return Tr::tr("Datenrückfluss an den Anbieter nicht ausgeschlossen");
    case C::Location:
        return Tr::tr("Verarbeitungsort nicht zulässig");
    case C::ProcessorContract:
        return Tr::tr("kein Auftragsverarbeitungsvertrag");
    case C::Dpia:
        return Tr::tr("keine Datenschutz-Folgenabschätzung");
    case C::StaffCouncil:
        return Tr::tr("Personalrat nicht beteiligt");
    case C::SpecialSecrecy:
        return Tr::tr("nicht für Daten unter besonderem Berufs- oder Amtsgeheimnis freigegeben "
                      "(Sozial-, Steuer-, Meldegeheimnis, § 203 StGB)");
    }
    return {};
}

QString permissionNoteId(PermissionNote::Code code)
{
    switch (code) {
    case PermissionNote::Code::NotApproved:
        return QStringLiteral("not-approved");
    case PermissionNote::Code::LevelTooLow:
        return QStringLiteral("level-too-low");
    case PermissionNote::Code::UseCaseMissing:
        return QStringLiteral("use-case-missing");
    case PermissionNote::Code::ReviewOverdue:
        return QStringLiteral("review-overdue");
    case PermissionNote::Code::PersonalData:
        return QStringLiteral("personal-data");
    case PermissionNote::Code::Backflow:
        return QStringLiteral("backflow");
    case PermissionNote::Code::Location:
        return QStringLiteral("location");
    case PermissionNote::Code::ProcessorContract:
        return QStringLiteral("processor-contract");
    case PermissionNote::Code::Dpia:
        return QStringLiteral("dpia");
    case PermissionNote::Code::StaffCouncil:
        return QStringLiteral("staff-council");
    case PermissionNote::Code::SpecialSecrecy:
        return QStringLiteral("special-secrecy");
    }
    return {};
}

PermissionDecision decidePermission(const Service& s, int level, const QString& useCase, bool personalData,
                                    const RegistryPolicy& policy, const QDate& today, bool specialSecrecy)
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
    if (specialSecrecy && !s.specialSecrecyPermitted)
        exclude(C::SpecialSecrecy);
    if (level >= 2) {
        if (policy.level2BackflowExcluded && !s.backflowExcluded)
            exclude(C::Backflow);
        if (!policy.level2Locations.contains(locationId(s.location)))
            exclude(C::Location);
        // A system the administration runs itself needs no processor contract: the checklist answer
        // "n/a" for proc.avv counts, but only for own operation (a municipal IT service provider
        // running it on its premises is a processor and needs one).
        const bool avvNotApplicable = s.deployment == Service::Deployment::OnPremises &&
                                      s.checklist.value(QStringLiteral("proc.avv")) == QLatin1String("n/a");
        if (policy.level2ProcessorContract && !s.avvPresent && !avvNotApplicable)
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
