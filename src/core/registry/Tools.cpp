#include "registry/Tools.h"

#include "registry/ServiceIo.h"

#include <QFile>

namespace kilotse {

bool checkInvolvesPersonalData(const PolicyPack& pack, const AnswerSet& answers)
{
    for (const QString& id : {QStringLiteral("personal_data"), QStringLiteral("special_categories")})
        if (const Question* q = pack.question(id); q && q->effectiveAnswer(answers.answers.value(id)) == QLatin1String("yes"))
            return true;
    return false;
}

ToolsForCheck toolsForCheck(const Registry& registry, const PolicyPack& pack, int level, const QString& useCase,
                            bool personalData, const QDate& today)
{
    ToolsForCheck result;
    const RegistryPolicy policy = pack.registry.value_or(RegistryPolicy{});
    for (const Service& s : registry.services()) {
        ToolOffer offer{s, decidePermission(s, std::max(1, level), useCase, personalData, policy, today)};
        (offer.decision.offered ? result.offered : result.excluded).append(offer);
    }
    return result;
}

QList<Service> overdueReviews(const Registry& registry, const QDate& today)
{
    QList<Service> overdue;
    for (const Service& s : registry.services())
        if ((s.status == Service::Status::Approved || s.status == Service::Status::Pilot) &&
            (!s.nextReview.isValid() || s.nextReview < today))
            overdue.append(s);
    return overdue;
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
    if (registry && registry->needsDemoSeed() && !registry->seedDemo(demoServices(), error))
        return nullptr;
    return registry;
}

} // namespace kilotse
