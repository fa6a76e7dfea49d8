#include "registry/Tools.h"

#include "registry/ServiceIo.h"

#include <QFile>

namespace kilotse {

bool checkInvolvesPersonalData(const PolicyPack& pack, const AnswerSet& answers)
{
    for (const QString& id : {QStringLiteral("personal_data"), QStringLiteral("special_categories"),
                              QStringLiteral("special_secrecy"), QStringLiteral("criminal_data"),
                              QStringLiteral("third_party_data")})
        if (const Question* q = pack.question(id); q && q->effectiveAnswer(answers.answers.value(id)) == QLatin1String("yes"))
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
        ToolOffer offer{s, decidePermission(s, level, query.useCase, query.personalData, policy, today,
                                            query.specialSecrecy)};
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
