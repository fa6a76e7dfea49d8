#pragma once

#include "policy/Diagnostic.h"
#include "registry/Service.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace kilotse {

struct RegistryError
{
    enum class Kind
    {
        None,
        Conflict,
        ReadOnly,
        Invalid,
        NotFound,
        Duplicate,
        Database,
        Locked,  // another program holds a write lock (SQLite) or a lock wait timed out
        Offline, // the server cannot be reached: the registry answers from the snapshot, read-only
        Foreign, // the file or database is not a KI-Lotse registry (it is never modified)
        Demo     // a change to the demo registry without leaving demo mode first
    };
    Kind kind = Kind::None;
    QString message;              // English, for logs; people see registryErrorText()
    QList<FieldProblem> problems; // Kind::Invalid

    explicit operator bool() const { return kind != Kind::None; }
};

// The columns of a registry listing: enough to show, sort, search and flag a service without
// reading the whole record (the registry page of a large administration lists them all).
struct ServiceSummary
{
    qint64 id = 0;
    int version = 0;
    QString name;
    QString vendor;
    QString product;
    QString ownerDepartment;
    int maxLevel = 0;
    Service::Status status = Service::Status::Pilot;
    QDate nextReview;
};

// A page request of the registry listing: filter and order are applied by the database, so a
// registry of any size opens and filters at the cost of one page.
struct SummaryQuery
{
    enum class Order
    {
        Name,
        Vendor,
        MaxLevel,
        Status,
        NextReview,
        Owner
    };
    QString search; // case-insensitive part of name, vendor, product or owner (A-Z folding on SQLite)
    QString status; // status id; empty = all
    Order order = Order::Name;
    bool descending = false;
};

struct AuditFilter
{
    qint64 serviceId = 0; // 0 = all services
    QString actor;        // exact "who"; empty = everyone
    QDate from;           // first day (UTC), invalid = open
    QDate to;             // last day (UTC), invalid = open
};

struct AuditEntry
{
    qint64 id = 0;
    qint64 serviceId = 0;
    QString serviceName;
    QDateTime at; // UTC
    QString actor;
    QString action; // "add", "update", "status", "import", "seed", "retire-demo"
    QString field;
    QString oldValue;
    QString newValue;
};

// One record read from an import file, with where it stood (for error messages).
struct ImportRow
{
    Service service;
    QString file;
    int line = 0;         // 1-based line of the record (CSV row, or JSON object start)
    QString pointer;      // JSON pointer of the record ("/services/3") or CSV "row 4"
    QSet<QString> fields; // the fields the file gives for this record; an update changes only these
};

struct RegistryPolicy;

struct ImportRules
{
    const RegistryPolicy* policy = nullptr;
    std::function<void(qint64 done, qint64 total)> progress;
};

struct ImportReport
{
    bool applied = false; // false on a dry run or when any row was bad (then nothing changed)
    int added = 0;
    int updated = 0;
    Diagnostics problems; // file/line/pointer of every bad row and field
};

// What one read of the PostgreSQL server gives: everything the snapshot keeps.
struct RegistryServerState
{
    QList<Service> services;
    QString demo; // registry_meta "demo"
    bool readOnly = true;
    QString role; // current_user
    QDateTime at; // UTC
};

// The approved-tool registry over Qt SQL: a SQLite file or a shared PostgreSQL database.
// Every change and its audit entries are written in one transaction; concurrent editors are
// detected by a row version ("UPDATE … WHERE id=? AND row_version=?").
//
// Threading: an instance belongs to the thread that opened it; call it from that thread only.
class Registry
{
public:
    static constexpr int kSchemaVersion = 3;

    // `location`: a file path or a postgresql://user[:password]@[host][:port]/dbname[?host=/socket/dir] URL.
    // Creates and migrates the schema when allowed. nullptr with *error on failure.
    static std::unique_ptr<Registry> open(const QString& location, RegistryError* error);
    ~Registry();
    Registry(const Registry&) = delete;
    Registry& operator=(const Registry&) = delete;

    QString location() const; // as given, without password
    bool isPostgres() const;
    // SQLite file not writable, a PostgreSQL role without INSERT/UPDATE, or offline.
    bool isReadOnly() const;
    bool isDemo() const; // created with the demo data and not yet taken over by an admin

    // PostgreSQL: no connection is held. Reads are answered from a local snapshot of the registry
    // in the user's cache ($XDG_CACHE_HOME/ki-lotse/), taken when the registry opens and on
    // refresh(); each change opens a connection, writes in one transaction, refreshes the
    // snapshot and closes it. When the server cannot be reached the registry answers from the
    // last snapshot, read-only ("offline"). SQLite files are read directly (never offline).
    bool isOffline() const;
    QString offlineReason() const;  // the connection error, English (logs, --verbose)
    QDateTime snapshotTime() const; // UTC; invalid for SQLite
    // Older than registry/snapshot_max_age_hours (offline only; online data is current).
    bool isSnapshotStale(const QDateTime& now = QDateTime::currentDateTimeUtc()) const;
    // Re-reads the registry from the server (PostgreSQL) into the snapshot; leaves offline mode on
    // success, enters it on a connection failure (the snapshot stays). SQLite: nothing to do.
    bool refresh(RegistryError* error = nullptr);
    // A refresh in two halves, so that a GUI never waits for the network: the function from
    // fetcher() may run on any thread (it opens its own connection) and returns what apply()
    // then writes into the snapshot on the registry's thread. apply() of a failed fetch makes
    // the registry offline. refresh() is apply(fetcher()()).
    struct Fetch
    {
        std::optional<RegistryServerState> state; // empty on failure
        RegistryError error;
    };
    std::function<std::shared_ptr<const Fetch>()> fetcher() const;
    bool apply(const std::shared_ptr<const Fetch>& fetch, RegistryError* error = nullptr);
    // The PostgreSQL role of the last server connection (the audit's "who"); empty for SQLite.
    QString databaseRole() const;
    int serviceCount() const;

    QList<Service> services(RegistryError* error = nullptr) const; // ordered by name
    std::optional<Service> service(qint64 id) const;
    QList<ServiceSummary> summaries(const SummaryQuery& query, int offset, int limit) const;
    int summaryCount(const SummaryQuery& query) const;
    int dueForReviewCount(const QDate& today) const;
    std::optional<Service> serviceByName(const QString& name) const;
    // Services in use (approved or pilot) whose next review is before `today` or not set.
    QList<Service> dueForReview(const QDate& today) const;
    // Approved services with max_level >= level: the narrowing before decidePermission().
    QList<Service> candidates(int level) const;

    qint64 add(Service service, const QString& actor, RegistryError* error); // returns the new id, 0 on error
    // `service.version` must be the version the editor started from; a newer stored version is a conflict.
    bool update(const Service& service, const QString& actor, RegistryError* error);
    bool setStatus(qint64 id, Service::Status status, int expectedVersion, const QString& actor, RegistryError* error);
    // Marks the registry as an organisation's own (no longer the demo).
    bool clearDemoMark(RegistryError* error);
    // Leaves demo mode in one step: every service that came with the demo and is not retired yet
    // is set to "retired" (audited as "retire-demo"), then the demo mark goes. Returns how many.
    int retireDemoServices(const QString& actor, RegistryError* error);
    // Newest first. On PostgreSQL read from the server (the snapshot has no audit); empty offline.
    QList<AuditEntry> audit(qint64 serviceId = 0, int limit = 10000) const;
    QList<AuditEntry> audit(const AuditFilter& filter, int limit, RegistryError* error = nullptr) const;
    // The distinct "who" values of the audit log (for a filter list).
    QStringList auditActors(RegistryError* error = nullptr) const;

    // All-or-nothing: every service is checked first (names unique in the file, fields valid);
    // then, unless dryRun, all are added (new name) or updated (existing name) in one transaction.
    // `rules`: the pack's checklist rules for level 2 (nullptr: not checked) and a progress callback
    // (done, total = rows x 2: the check, then the writing), as importServicesFile() passes them.
    ImportReport importServices(const QList<ImportRow>& rows, bool dryRun, const QString& actor,
                                const QStringList& knownUseCases = {}, const ImportRules& rules = {});
    // True for a new, empty, writable SQLite registry that was never seeded.
    bool needsDemoSeed() const;
    // Fills an empty registry with demo data and marks it as demo (once per registry).
    bool seedDemo(const QList<Service>& services, RegistryError* error);

private:
    struct Impl;
    explicit Registry(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> d;
};

// The OS user, for audit entries (on PostgreSQL the database records its role instead).
QString currentUser();
// Offline (PostgreSQL): what people must know, with the snapshot's time ("Server nicht
// erreichbar … Stand: …"), and a warning when the snapshot is older than allowed. Empty online.
QString registryOfflineNotice(const Registry& registry);
// An error as people read it (German source text through tr()): what happened and what to do.
QString registryErrorText(const RegistryError& error);
// $XDG_DATA_HOME/ki-lotse/registry.sqlite (default ~/.local/share/ki-lotse/registry.sqlite).
QString defaultRegistryPath();
// --registry, else $KI_LOTSE_REGISTRY, else the setting registry/location (Config), else
// defaultRegistryPath(). A locked registry/location setting wins over all of them.
QString resolveRegistryLocation(const QString& commandLine);

} // namespace kilotse
