#include "registry/Tools.h"

#include "registry/ServiceIo.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>

namespace kilotse {

namespace {
// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::Tools)
};
} // namespace

bool checkInvolvesPersonalData(const PolicyPack& pack, const AnswerSet& answers)
{
    for (const QString& id :
         {QStringLiteral("personal_data"), QStringLiteral("special_categories"), QStringLiteral("special_secrecy"),
          QStringLiteral("criminal_data"), QStringLiteral("third_party_data")})
        if (const Question* q = pack.question(id);
            q && q->effectiveAnswer(answers.answers.value(id)) == QLatin1String("yes"))
            return true;
    return false;
}

ToolQuery toolQueryForCheck(const PolicyPack& pack, const AnswerSet& answers, int level, bool specialSecrecy)
{
    return ToolQuery{level, answers.useCase, checkInvolvesPersonalData(pack, answers), specialSecrecy};
}

ToolsForCheck toolsForCheck(const Registry& registry, const PolicyPack& pack, int level, const QString& useCase,
                            bool personalData, const QDate& today, bool includeExcluded)
{
    return toolsForCheck(registry, pack, ToolQuery{level, useCase, personalData, false}, today, includeExcluded);
}

ToolsForCheck toolsForCheck(const Registry& registry, const PolicyPack& pack, const ToolQuery& query,
                            const QDate& today, bool includeExcluded)
{
    ToolsForCheck result;
    const RegistryPolicy policy = pack.registry.value_or(RegistryPolicy{});
    const int level = std::max(1, query.level);
    for (const Service& s : includeExcluded ? registry.services() : registry.candidates(level)) {
        ToolOffer offer{
            s, decidePermission(s, level, query.useCase, query.personalData, policy, today, query.specialSecrecy)};
        if (offer.decision.offered)
            result.offered.append(std::move(offer));
        else if (includeExcluded)
            result.excluded.append(std::move(offer));
    }
    return result;
}

ToolsForCheck toolsForOutcome(const Registry& registry, const PolicyPack& pack, const AnswerSet& answers,
                              const Outcome& outcome, const QDate& today, bool includeExcluded)
{
    if (outcome.blocked)
        return {};
    return toolsForCheck(registry, pack, toolQueryForCheck(pack, answers, outcome.level, outcome.specialSecrecy), today,
                         includeExcluded);
}

QStringList toolNotices(const Registry& registry, const PolicyPack& pack, const AnswerSet& answers,
                        const Outcome& outcome, const ToolsForCheck& tools, const QDate& today)
{
    QStringList notices;
    if (outcome.blocked)
        return notices;
    if (registry.isOffline())
        notices << registryOfflineNotice(registry);
    if (registry.isDemo())
        notices << Tr::tr("Hinweis: Dies ist das Demo-Verzeichnis der fiktiven Stadt Musterstadt, keine Freigabe Ihrer "
                          "Verwaltung.");
    if (outcome.escalate && !tools.offered.isEmpty())
        notices << Tr::tr("Nach Klärung: Die folgenden Dienste kommen erst infrage, wenn die Rücksprache stattgefunden "
                          "hat und der Einsatz freigegeben ist.");
    if (outcome.specialSecrecy)
        notices << Tr::tr(
            "Die Auswahl ist eingeschränkt: Angeboten werden nur Dienste, die Ihre Verwaltung ausdrücklich "
            "für Daten unter Sozial-, Steuer- oder Meldegeheimnis oder unter Berufsgeheimnis (§ 203 StGB) "
            "freigegeben hat.");
    if (!tools.offered.isEmpty())
        return notices;
    const UseCase* useCase = pack.useCase(answers.useCase);
    const QString useCaseTitle = useCase ? useCase->title : answers.useCase;
    if (outcome.level <= 1) {
        notices << Tr::tr(
                       "Für Schutzstufe 1 ist im Verzeichnis kein Dienst für „%1“ eingetragen. Die Wahl des Werkzeugs "
                       "ist frei – im Rahmen der Grundsätze Ihrer Verwaltung: kein privates Konto, keine "
                       "personenbezogenen Daten, Ergebnis prüfen.")
                       .arg(useCaseTitle);
        return notices;
    }
    // Which use cases do have a service for this level (and these data)?
    ToolQuery any = toolQueryForCheck(pack, answers, outcome.level, outcome.specialSecrecy);
    any.useCase.clear();
    QStringList others;
    const ToolsForCheck all = toolsForCheck(registry, pack, any, today, false);
    for (const UseCase& u : pack.useCases)
        if (u.id != answers.useCase && std::any_of(all.offered.cbegin(), all.offered.cend(), [&u](const ToolOffer& o) {
                return o.service.useCases.contains(u.id);
            }))
            others << u.title;
    const LevelText* level = pack.level(outcome.level);
    const QString levelTitle = level ? level->title : Tr::tr("Stufe %1").arg(outcome.level);
    if (!others.isEmpty())
        notices << Tr::tr(
                       "Für „%1“ ist auf %2 kein Dienst freigegeben. Freigegebene Dienste gibt es für: %3. Passt Ihr "
                       "Vorhaben zu keinem davon, geben Sie die Daten in kein KI-Werkzeug ein und fragen Sie Ihre "
                       "IT-Administration.")
                       .arg(useCaseTitle, levelTitle, others.join(QStringLiteral(", ")));
    else
        notices
            << Tr::tr("Auf %1 ist derzeit kein Dienst freigegeben, der zu dieser Prüfung passt. Geben Sie die Daten in "
                      "kein KI-Werkzeug ein und fragen Sie Ihre IT-Administration oder die oder den KI-Beauftragten.")
                   .arg(levelTitle);
    return notices;
}

QList<Service> overdueReviews(const Registry& registry, const QDate& today)
{
    return registry.dueForReview(today);
}

QList<Service> demoServices()
{
    QFile file(QStringLiteral(":/ki-lotse/registry/demo-musterstadt.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const ServiceParseResult parsed = parseServicesJson(file.readAll(), file.fileName());
    QList<Service> services;
    for (const ImportRow& row : parsed.rows)
        services.append(row.service);
    return services;
}

std::unique_ptr<Registry> openRegistry(const QString& location, RegistryError* error)
{
    auto registry = Registry::open(location, error);
    // Only the per-user default file gets the demo; a configured location starts empty.
    if (registry && location == defaultRegistryPath() && registry->needsDemoSeed() &&
        !registry->seedDemo(demoServices(), error))
        return nullptr;
    return registry;
}

} // namespace kilotse
