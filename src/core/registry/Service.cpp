#include "registry/Service.h"

#include <QCoreApplication>
#include <QUrl>

namespace kilotse {

namespace {
// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::Service)
};

template <typename Enum> struct Names
{
    QList<QPair<Enum, QString>> pairs;
    QString id(Enum value) const
    {
        for (const auto& [v, name] : pairs)
            if (v == value)
                return name;
        return {};
    }
    std::optional<Enum> parse(const QString& name) const
    {
        for (const auto& [v, n] : pairs)
            if (n == name)
                return v;
        return std::nullopt;
    }
};

const Names<Service::Deployment> kDeployments{{{Service::Deployment::PublicWeb, QStringLiteral("public_web")},
                                               {Service::Deployment::Saas, QStringLiteral("saas")},
                                               {Service::Deployment::CloudTenant, QStringLiteral("cloud_tenant")},
                                               {Service::Deployment::OnPremises, QStringLiteral("on_premises")}}};
const Names<Service::Location> kLocations{{{Service::Location::DE, QStringLiteral("DE")},
                                           {Service::Location::EU, QStringLiteral("EU")},
                                           {Service::Location::NonEU, QStringLiteral("NON_EU")}}};
const Names<Service::Status> kStatuses{{{Service::Status::Pilot, QStringLiteral("pilot")},
                                        {Service::Status::Approved, QStringLiteral("approved")},
                                        {Service::Status::Suspended, QStringLiteral("suspended")},
                                        {Service::Status::Retired, QStringLiteral("retired")}}};
const Names<Service::AiActRole> kRoles{{{Service::AiActRole::Deployer, QStringLiteral("deployer")},
                                        {Service::AiActRole::Provider, QStringLiteral("provider")}}};
} // namespace

QString deploymentId(Service::Deployment v)
{
    return kDeployments.id(v);
}
QString locationId(Service::Location v)
{
    return kLocations.id(v);
}
QString statusId(Service::Status v)
{
    return kStatuses.id(v);
}
QString aiActRoleId(Service::AiActRole v)
{
    return kRoles.id(v);
}
std::optional<Service::Deployment> parseDeployment(const QString& id)
{
    return kDeployments.parse(id);
}
std::optional<Service::Location> parseLocation(const QString& id)
{
    return kLocations.parse(id);
}
std::optional<Service::Status> parseStatus(const QString& id)
{
    return kStatuses.parse(id);
}
std::optional<Service::AiActRole> parseAiActRole(const QString& id)
{
    return kRoles.parse(id);
}

QList<FieldProblem> validateService(const Service& s, const QStringList& knownUseCases)
{
    QList<FieldProblem> problems;
    auto required = [&](const char* field, const QString& value, int maxLength) {
        if (value.trimmed().isEmpty())
            problems.append({QLatin1String(field), QStringLiteral("missing"), Tr::tr("the field is required")});
        else if (value.size() > maxLength)
            problems.append(
                {QLatin1String(field), QStringLiteral("too-long"), Tr::tr("at most %1 characters").arg(maxLength)});
    };
    auto optional = [&](const char* field, const QString& value, int maxLength) {
        if (value.size() > maxLength)
            problems.append(
                {QLatin1String(field), QStringLiteral("too-long"), Tr::tr("at most %1 characters").arg(maxLength)});
    };
    auto list = [&](const char* field, const QStringList& items) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString& item = items[i];
            if (item.trimmed().isEmpty() || item.contains(u'|') || item.contains(u'\n') || item.size() > 200)
                problems.append(
                    {QLatin1String(field) + u'/' + QString::number(i), QStringLiteral("invalid-list-item"),
                     Tr::tr("list entries must be non-empty single lines of at most 200 characters without \"|\"")});
        }
    };
    required("name", s.name, 120);
    required("vendor", s.vendor, 120);
    required("product", s.product, 120);
    optional("input_retention", s.inputRetention, 200);
    optional("avv_reference", s.avvReference, 120);
    optional("dpia_reference", s.dpiaReference, 120);
    optional("owner_department", s.ownerDepartment, 120);
    optional("owner_contact", s.ownerContact, 200);
    optional("notes", s.notes, 4000);
    list("models", s.models);
    list("use_cases", s.useCases);
    list("restrictions", s.restrictions);
    list("access_requirements", s.accessRequirements);
    if (s.maxLevel < 0 || s.maxLevel > 2)
        problems.append(
            {QStringLiteral("max_level"), QStringLiteral("invalid-level"), Tr::tr("the highest level is 0, 1 or 2")});
    if (!s.accessUrl.isEmpty()) {
        const QUrl url(s.accessUrl, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) ||
            url.host().isEmpty() || s.accessUrl.size() > 500)
            problems.append({QStringLiteral("access_url"), QStringLiteral("invalid-url"),
                             Tr::tr("the address must be an http(s) URL such as https://ki.example.org")});
    }
    if (!knownUseCases.isEmpty())
        for (qsizetype i = 0; i < s.useCases.size(); ++i)
            if (!knownUseCases.contains(s.useCases[i]))
                problems.append({QStringLiteral("use_cases/") + QString::number(i), QStringLiteral("unknown-use-case"),
                                 Tr::tr("unknown use case \"%1\"").arg(s.useCases[i])});
    if (s.specialSecrecyPermitted && (!s.personalDataPermitted || s.maxLevel < 2))
        problems.append({QStringLiteral("special_secrecy_permitted"), QStringLiteral("inconsistent"),
                         Tr::tr("a service cleared for data under a special secrecy law must also be cleared for "
                                "personal data and for level 2")});
    if (s.status == Service::Status::Approved && !s.nextReview.isValid())
        problems.append({QStringLiteral("next_review"), QStringLiteral("missing"),
                         Tr::tr("an approved service needs the date of its next review")});
    if (s.approvedOn.isValid() && s.nextReview.isValid() && s.nextReview < s.approvedOn)
        problems.append({QStringLiteral("next_review"), QStringLiteral("date-order"),
                         Tr::tr("the next review cannot be before the approval date")});
    return problems;
}

} // namespace kilotse
