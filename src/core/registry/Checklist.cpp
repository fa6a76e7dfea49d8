#include "registry/Checklist.h"

#include "LocaleFormat.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>

namespace kilotse {

namespace {
// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::Checklist)
};

const QString kYes = QStringLiteral("yes");
const QString kNo = QStringLiteral("no");
const QString kNotApplicable = QStringLiteral("n/a");

bool hasItem(const RegistryPolicy& policy, const QString& id)
{
    for (const ChecklistItem& item : policy.checklist)
        if (item.id == id)
            return true;
    return false;
}
} // namespace

QMap<QString, ChecklistFormAnswer> checklistFormAnswers(const RegistryPolicy& policy, const Service& s)
{
    QMap<QString, ChecklistFormAnswer> out;
    auto give = [&](const char* id, const QString& answer, const QString& reason) {
        const QString key = QLatin1String(id);
        if (hasItem(policy, key))
            out.insert(key, ChecklistFormAnswer{answer, reason});
    };
    if (!s.ownerDepartment.trimmed().isEmpty() && !s.ownerContact.trimmed().isEmpty() && !s.models.isEmpty() &&
        !s.useCases.isEmpty())
        give("gov.inventory", kYes,
             Tr::tr("Im Formular: zuständige Stelle, Kontakt, Modelle und Anwendungsfälle sind eingetragen."));
    const QDate today = QDate::currentDate();
    if (s.nextReview.isValid() && s.nextReview >= today && s.nextReview <= today.addDays(policy.reviewIntervalDays))
        give("gov.review", kYes, Tr::tr("Im Formular: nächste Prüfung am %1.").arg(displayDate(s.nextReview)));
    if (s.dpiaDone)
        give("plan.dpia", kYes, Tr::tr("Im Formular: Datenschutz-Folgenabschätzung durchgeführt."));
    if (s.staffCouncilInvolved)
        give("plan.staff_council", kYes, Tr::tr("Im Formular: Personalrat beteiligt."));
    if (s.avvPresent)
        give("proc.avv", kYes, Tr::tr("Im Formular: Auftragsverarbeitungsvertrag liegt vor."));
    if (s.backflowExcluded)
        give("proc.no_training", kYes, Tr::tr("Im Formular: Eingaben werden nicht zum Training genutzt."));
    switch (s.location) {
    case Service::Location::DE:
        give("proc.eu_location", kYes, Tr::tr("Im Formular: Verarbeitungsort Deutschland."));
        break;
    case Service::Location::EU:
        give("proc.eu_location", kYes, Tr::tr("Im Formular: Verarbeitungsort EU."));
        break;
    case Service::Location::NonEU:
        give("proc.eu_location", kNo, Tr::tr("Im Formular: Verarbeitungsort außerhalb der EU."));
        break;
    }
    if (s.deployment == Service::Deployment::OnPremises)
        give("proc.cloud_standard", kNotApplicable, Tr::tr("Im Formular: eigener Betrieb, keine Cloud."));
    if (!s.specialSecrecyPermitted)
        give("proc.special_secrecy", kNotApplicable,
             Tr::tr("Im Formular: nicht für Daten unter besonderem Geheimnisschutz freigegeben."));
    return out;
}

QMap<QString, QString> prefillChecklist(const RegistryPolicy& policy, const Service& service,
                                        const QMap<QString, QString>& given)
{
    QMap<QString, QString> out = given;
    const QMap<QString, ChecklistFormAnswer> form = checklistFormAnswers(policy, service);
    for (auto it = form.cbegin(); it != form.cend(); ++it)
        out.insert(it.key(), it.value().answer);
    return out;
}

bool checklistItemApplies(const ChecklistItem& item, int level)
{
    return item.levels.contains(level);
}

bool checklistAnswerFulfils(const QString& answer)
{
    return answer == kYes || answer == kNotApplicable;
}

namespace {
void count(ChecklistProgress& p, const ChecklistItem& item, const QMap<QString, QString>& answers)
{
    const QString answer = answers.value(item.id);
    ++p.total;
    if (answer == kYes || answer == kNo || answer == kNotApplicable)
        ++p.answered;
    if (item.must) {
        ++p.must;
        if (!checklistAnswerFulfils(answer))
            ++p.openMust;
    }
}
} // namespace

QList<ChecklistPhase> checklistPhases(const RegistryPolicy& policy, int level, const QMap<QString, QString>& answers)
{
    QList<ChecklistPhase> phases;
    for (const ChecklistItem& item : policy.checklist) {
        if (!checklistItemApplies(item, level))
            continue;
        auto it =
            std::find_if(phases.begin(), phases.end(), [&](const ChecklistPhase& p) { return p.id == item.phase; });
        if (it == phases.end()) {
            phases.append(ChecklistPhase{item.phase, checklistPhaseTitle(item.phase), {}, {}});
            it = phases.end() - 1;
        }
        it->items.append(&item);
        count(it->progress, item, answers);
    }
    return phases;
}

ChecklistProgress checklistProgress(const RegistryPolicy& policy, int level, const QMap<QString, QString>& answers)
{
    ChecklistProgress p;
    for (const ChecklistItem& item : policy.checklist)
        if (checklistItemApplies(item, level))
            count(p, item, answers);
    return p;
}

QString checklistPhaseTitle(const QString& phase)
{
    if (phase == QLatin1String("governance"))
        return Tr::tr("Steuerung und Organisation");
    if (phase == QLatin1String("planning"))
        return Tr::tr("Planung");
    if (phase == QLatin1String("procurement"))
        return Tr::tr("Beschaffung");
    if (phase == QLatin1String("adaptation"))
        return Tr::tr("Anpassung");
    if (phase == QLatin1String("integration"))
        return Tr::tr("Einbindung");
    if (phase == QLatin1String("operation"))
        return Tr::tr("Betrieb");
    if (phase == QLatin1String("termination"))
        return Tr::tr("Beendigung");
    return phase;
}

QStringList openMustItems(const RegistryPolicy& policy, int level, const QMap<QString, QString>& answers)
{
    QStringList open;
    for (const ChecklistItem& item : policy.checklist)
        if (checklistItemApplies(item, level) && item.must && !checklistAnswerFulfils(answers.value(item.id)))
            open << item.title;
    return open;
}

} // namespace kilotse
