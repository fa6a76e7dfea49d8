#pragma once

#include <QDate>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace kilotse {

// One AI service in the approved-tool registry, as IT admins maintain it. Field ideas follow the
// Dutch algorithm register, the UK ATRS and the BSI criteria catalogue.
struct Service
{
    enum class Deployment
    {
        PublicWeb,
        Saas,
        CloudTenant,
        OnPremises
    };
    enum class Location
    {
        DE,
        EU,
        NonEU
    };
    enum class Status
    {
        Pilot,
        Approved,
        Suspended,
        Retired
    };
    enum class AiActRole
    {
        Deployer,
        Provider
    };

    qint64 id = 0; // 0 = not stored yet
    QString name;
    QString vendor; // vendor or operator
    QString product;
    QStringList models;
    Deployment deployment = Deployment::Saas;
    Location location = Location::EU;
    bool backflowExcluded = false; // inputs are not used for training
    QString inputRetention;
    bool avvPresent = false; // processor contract (Auftragsverarbeitungsvertrag)
    QString avvReference;
    QDate avvDate;
    bool dpiaDone = false;
    QString dpiaReference;
    bool staffCouncilInvolved = false;
    int maxLevel = 0; // highest permitted Schutzstufe; 0 = none
    bool personalDataPermitted = false;
    // Cleared for data under a special secrecy law (§ 35 SGB I / § 80 SGB X, § 65 SGB VIII, § 30 AO,
    // Meldegeheimnis, § 203 StGB); default not cleared.
    bool specialSecrecyPermitted = false;
    QStringList useCases;
    QStringList restrictions;
    QString accessUrl;
    QStringList accessRequirements;
    QString ownerDepartment;
    QString ownerContact;
    Status status = Status::Pilot;
    QDate approvedOn;
    QDate nextReview;
    AiActRole aiActRole = AiActRole::Deployer;
    QString notes;
    QMap<QString, QString> checklist; // checklist item id -> "yes" | "no" | "n/a"
    int version = 0;                  // row version for conflict detection; 0 = not stored yet

    bool operator==(const Service&) const = default;
};

// Stable ids used in files, the database, JSON and CSV.
QString deploymentId(Service::Deployment value); // public_web, saas, cloud_tenant, on_premises
QString locationId(Service::Location value);     // DE, EU, NON_EU
QString statusId(Service::Status value);         // pilot, approved, suspended, retired
QString aiActRoleId(Service::AiActRole value);   // deployer, provider
std::optional<Service::Deployment> parseDeployment(const QString& id);
std::optional<Service::Location> parseLocation(const QString& id);
std::optional<Service::Status> parseStatus(const QString& id);
std::optional<Service::AiActRole> parseAiActRole(const QString& id);

// Field-level problems of a record, independent of storage: pointer-like field names
// ("name", "access_url", "use_cases/2") and stable codes. `knownUseCases` empty = not checked.
struct FieldProblem
{
    QString field;
    QString code; // "missing", "too-long", "invalid-url", "invalid-level", "invalid-list-item", "unknown-use-case",
                  // "date-order", "inconsistent"
    QString message;
};
QList<FieldProblem> validateService(const Service& service, const QStringList& knownUseCases = {});

} // namespace kilotse
