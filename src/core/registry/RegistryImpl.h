#pragma once

// The private state and database helpers of Registry, shared by Registry.cpp and RegistryImport.cpp.

#include "registry/ImportSource.h"
#include "registry/Registry.h"
#include "registry/ServiceFields.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <spdlog/spdlog.h>

#include <functional>
#include <optional>

namespace kilotse {

namespace registry_detail {

inline RegistryError makeError(RegistryError::Kind kind, const QString& message)
{
    return RegistryError{kind, message, {}};
}

inline void setError(RegistryError* out, RegistryError::Kind kind, const QString& message)
{
    if (out)
        *out = makeError(kind, message);
}

inline QString columnList()
{
    QStringList names;
    for (const ServiceField& f : serviceFields())
        names << QLatin1String(f.name);
    return names.join(QStringLiteral(", "));
}

inline QString withoutPassword(const QString& location)
{
    QUrl url(location);
    if (location.contains(QStringLiteral("://")) && url.isValid() && !url.password().isEmpty()) {
        url.setPassword(QString());
        return url.toString();
    }
    return location;
}

} // namespace registry_detail

using namespace registry_detail;

using ServerState = RegistryServerState;

struct Registry::Impl
{
    // The steps of Registry::open(), in order.
    bool connectPostgres(const QString& connection, RegistryError* error) const;
    bool connectSqlite(const QString& path, RegistryError* error);
    bool prepareSchema(RegistryError* error);
    // PostgreSQL: opens (or creates) the local snapshot in the user's cache.
    bool openSnapshot(RegistryError* error);
    // PostgreSQL: reads what the snapshot keeps from the current server connection (in a transaction).
    std::optional<ServerState> readServer(RegistryError* error) const;
    // PostgreSQL: replaces the snapshot's content with `state` (one SQLite transaction).
    bool writeSnapshot(const ServerState& state, RegistryError* error);
    void enterOffline(const QString& reason);
    // Opens serverConnection for one operation; on failure the registry goes offline (when the
    // server cannot be reached) and the connection is gone again.
    bool openServer(RegistryError* error);
    void closeServer();

    QString location;         // as given, without password
    QString serverUrl;        // PostgreSQL: the full URL (with password; never logged or shown)
    QString readConnection;   // the SQLite registry file, or on PostgreSQL the local snapshot
    QString serverConnection; // PostgreSQL: the name used while a server operation runs
    int serverDepth = 0;      // > 0 while a server operation runs: db() is the server
    mutable int txDepth = 0;  // nested begin()/commit() inside one server transaction
    bool postgres = false;
    bool readOnly = false; // SQLite: the file is read-only; PostgreSQL: the role may not write
    bool offline = false;  // PostgreSQL: answering from the snapshot, the server was not reached
    QString offlineReason; // the connection error (English)
    QString snapshotPath;
    QDateTime snapshotTime; // UTC; when the snapshot was last read from the server
    QString dbRole;         // PostgreSQL: current_user of the last server connection
    // PostgreSQL: the snapshot's services in memory (the registry is small); the tool query of a
    // check filters this list instead of asking SQLite, so thousands of checks cost microseconds.
    QList<Service> cached;
    bool fromCache() const { return postgres && serverDepth == 0; }

    bool onServer() const { return postgres && serverDepth > 0; }
    QSqlDatabase db() const
    {
        return QSqlDatabase::database(serverDepth > 0 ? serverConnection : readConnection, false);
    }
    // Offline (Kind::Offline) or read-only (Kind::ReadOnly): the reason a change is refused, else false.
    bool refuseChange(RegistryError* error) const;

    // Runs `op` against the place where changes are written: the SQLite file, or on PostgreSQL a
    // connection opened for this operation and closed afterwards. On PostgreSQL the whole `op`
    // is one transaction (begin()/commit() inside it nest), so a PgBouncer in transaction mode
    // keeps it on one server connection; afterwards the snapshot is refreshed from the same
    // connection. A server that cannot be reached makes the registry offline (Kind::Offline).
    bool withWriter(RegistryError* error, const std::function<bool()>& op);
    // Runs a read `op` on the server in one transaction (PostgreSQL; the audit log) or on the file (SQLite).
    bool withServerRead(RegistryError* error, const std::function<bool()>& op);

    ~Impl();

    // The kind of a database error: lock, duplicate name, missing privilege or other.
    static RegistryError classify(const QSqlError& e);

    bool exec(QSqlQuery& q, RegistryError* error) const
    {
        if (q.exec())
            return true;
        if (error)
            *error = classify(q.lastError());
        spdlog::error("registry: {}", q.lastError().text().toStdString());
        return false;
    }

    // Runs a statement without parameters unprepared (PostgreSQL cannot PREPARE "BEGIN").
    bool run(const QString& sql, RegistryError* error) const
    {
        QSqlQuery q(db());
        if (q.exec(sql))
            return true;
        if (error)
            *error = classify(q.lastError());
        spdlog::error("registry: {}", q.lastError().text().toStdString());
        return false;
    }

    // Inside a server operation the transaction is withWriter()'s: begin/commit only count.
    bool begin(RegistryError* error) const
    {
        if (txDepth > 0) {
            ++txDepth;
            return true;
        }
        // QSQLITE's transaction() is a deferred BEGIN, which turns a later write into SQLITE_BUSY.
        return run(onServer() ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"), error);
    }
    bool commit(RegistryError* error) const
    {
        if (txDepth > 1) {
            --txDepth;
            return true;
        }
        return txDepth == 1 || run(QStringLiteral("COMMIT"), error);
    }
    void rollback() const
    {
        if (txDepth > 0) {
            txDepth = 1; // the operation failed: withWriter() rolls back when it ends
            return;
        }
        run(QStringLiteral("ROLLBACK"), nullptr);
    }

    QString meta(const QString& key) const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT value FROM registry_meta WHERE key = :key"));
        q.bindValue(QStringLiteral(":key"), key);
        if (q.exec() && q.next())
            return q.value(0).toString();
        return {};
    }

    bool setMeta(const QString& key, const QString& value, RegistryError* error) const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO registry_meta (key, value) VALUES (:key, :value) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
        q.bindValue(QStringLiteral(":key"), key);
        q.bindValue(QStringLiteral(":value"), value.isNull() ? QStringLiteral("") : value); // null would bind SQL NULL
        return exec(q, error);
    }

    bool tableExists(const QString& table) const { return db().tables().contains(table); }

    bool createSchema(RegistryError* error) const
    {
        const QString idColumn = onServer() ? QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY")
                                            : QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT");
        QStringList columns{QStringLiteral("id ") + idColumn};
        for (const ServiceField& f : serviceFields()) {
            const QString name = QLatin1String(f.name);
            if (name == QLatin1String("name"))
                columns << QStringLiteral("name TEXT NOT NULL UNIQUE");
            else if (name == QLatin1String("max_level"))
                columns << QStringLiteral("max_level INTEGER NOT NULL CHECK (max_level BETWEEN 0 AND 2)");
            else if (name == QLatin1String("status"))
                columns << QStringLiteral(
                    "status TEXT NOT NULL CHECK (status IN ('pilot', 'approved', 'suspended', 'retired'))");
            else
                columns << name + QStringLiteral(" TEXT NOT NULL DEFAULT ''");
        }
        columns << QStringLiteral("row_version INTEGER NOT NULL DEFAULT 1");
        const QStringList statements{
            QStringLiteral("CREATE TABLE registry_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE services (%1)").arg(columns.join(QStringLiteral(", "))),
            QStringLiteral("CREATE TABLE audit_log (id %1, service_id BIGINT REFERENCES services(id), "
                           "service_name TEXT NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, "
                           "field TEXT NOT NULL DEFAULT '', old_value TEXT NOT NULL DEFAULT '', "
                           "new_value TEXT NOT NULL DEFAULT '')")
                .arg(idColumn),
            QStringLiteral("CREATE INDEX audit_log_service ON audit_log (service_id)"),
            QStringLiteral("CREATE INDEX services_status_level ON services (status, max_level)"),
        };
        if (!begin(error))
            return false;
        if (tableExists(QStringLiteral("services"))) { // another process created it meanwhile
            rollback();
            return true;
        }
        for (const QString& sql : statements)
            if (!run(sql, error)) {
                rollback();
                return false;
            }
        // Version 2 is the base table layout; migrate() adds what came later.
        if (!setMeta(QStringLiteral("schema_version"), QStringLiteral("2"), error) ||
            !setMeta(QStringLiteral("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate), error) ||
            !commit(error)) {
            rollback();
            return false;
        }
        return true;
    }

    // The statements that bring the schema from `version` to `version + 1`.
    QStringList migrationStatements(int version) const
    {
        if (version == 1) // 1 -> 2: clearance for data under a special secrecy law (default: not cleared)
            return {
                QStringLiteral("ALTER TABLE services ADD COLUMN special_secrecy_permitted TEXT NOT NULL DEFAULT ''")};
        if (version != 2)
            return {};
        // 2 -> 3: the audit log is append-only for everyone but the owner of the tables (who could
        // drop the trigger: the admin role must not own them, docs/registry.md), and on PostgreSQL
        // the database records who wrote an entry (its role) and when, whatever the client says.
        if (!onServer())
            return {QStringLiteral("CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log "
                                   "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"),
                    QStringLiteral("CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log "
                                   "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")};
        return {
            QStringLiteral("CREATE OR REPLACE FUNCTION ki_lotse_audit_append_only() RETURNS trigger LANGUAGE plpgsql "
                           "AS $f$ BEGIN RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = '42501'; "
                           "END $f$"),
            QStringLiteral(
                "CREATE OR REPLACE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW "
                "EXECUTE FUNCTION ki_lotse_audit_append_only()"),
            QStringLiteral(
                "CREATE OR REPLACE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT "
                "EXECUTE FUNCTION ki_lotse_audit_append_only()"),
            QStringLiteral("CREATE OR REPLACE FUNCTION ki_lotse_audit_stamp() RETURNS trigger LANGUAGE plpgsql "
                           "AS $f$ BEGIN NEW.actor := current_user; "
                           "NEW.at := to_char(clock_timestamp() AT TIME ZONE 'UTC', "
                           "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'); RETURN NEW; END $f$"),
            QStringLiteral("CREATE OR REPLACE TRIGGER audit_log_stamp BEFORE INSERT ON audit_log FOR EACH ROW "
                           "EXECUTE FUNCTION ki_lotse_audit_stamp()"),
        };
    }

    // Brings an older schema up to date, one version per transaction.
    bool migrate(int from, RegistryError* error) const
    {
        if (from == kSchemaVersion)
            return true;
        if (from > kSchemaVersion) {
            setError(error, RegistryError::Kind::Database,
                     QStringLiteral("the registry was written by a newer KI-Lotse (schema %1, this version knows %2)")
                         .arg(from)
                         .arg(kSchemaVersion));
            return false;
        }
        // One step per version, each in its own transaction: begin, alter, set schema_version, commit.
        if (from < 1) {
            setError(error, RegistryError::Kind::Database,
                     QStringLiteral("unknown registry schema version %1").arg(from));
            return false;
        }
        for (int version = from; version < kSchemaVersion; ++version) {
            const QStringList statements = migrationStatements(version);
            if (!begin(error))
                return false;
            if (meta(QStringLiteral("schema_version")).toInt() != version) { // another process migrated meanwhile
                rollback();
                continue;
            }
            for (const QString& sql : statements)
                if (!run(sql, error)) {
                    rollback();
                    if (error)
                        error->message =
                            QStringLiteral("the registry must be updated from schema %1 to %2 by an account "
                                           "with write access (open it once as administrator): %3")
                                .arg(version)
                                .arg(kSchemaVersion)
                                .arg(error->message);
                    return false;
                }
            if (!setMeta(QStringLiteral("schema_version"), QString::number(version + 1), error) || !commit(error)) {
                rollback();
                return false;
            }
        }
        return true;
    }

    // Rows come from "SELECT id, row_version, <serviceFields in order>": columns by position.
    Service rowToService(const QSqlQuery& q) const
    {
        Service s;
        s.id = q.value(0).toLongLong();
        s.version = q.value(1).toInt();
        int column = 2;
        for (const ServiceField& f : serviceFields())
            f.set(s, q.value(column++).toString());
        return s;
    }

    QList<Service> select(const QString& where, const QList<QPair<QString, QVariant>>& binds,
                          RegistryError* error) const
    {
        QList<Service> result;
        QSqlQuery q(db());
        q.setForwardOnly(true);
        const QString sql =
            QStringLiteral("SELECT id, row_version, %1 FROM services %2 ORDER BY name").arg(columnList(), where);
        // Without parameters the statement goes unprepared: one round trip instead of three on PostgreSQL.
        if (binds.isEmpty()) {
            if (!q.exec(sql)) {
                if (error)
                    *error = classify(q.lastError());
                spdlog::error("registry: {}", q.lastError().text().toStdString());
                return result;
            }
        } else {
            q.prepare(sql);
            for (const auto& [name, value] : binds)
                q.bindValue(name, value);
            if (!exec(q, error))
                return result;
        }
        while (q.next())
            result.append(rowToService(q));
        return result; // the query ends here: no read lock is kept (pitfall: unfinished SELECTs)
    }

    void bindService(QSqlQuery& q, const Service& s) const
    {
        for (const ServiceField& f : serviceFields()) {
            const QString name = QLatin1String(f.name);
            if (name == QLatin1String("max_level"))
                q.bindValue(QStringLiteral(":max_level"), s.maxLevel);
            else
                q.bindValue(u':' + name, f.get(s).isNull() ? QStringLiteral("") : f.get(s)); // null would bind SQL NULL
        }
    }

    bool writeAudit(qint64 id, const QString& serviceName, const QString& actor, const QString& action,
                    const QString& field, const QString& oldValue, const QString& newValue, RegistryError* error) const
    {
        QSqlQuery q(db());
        q.prepare(QStringLiteral(
            "INSERT INTO audit_log (service_id, service_name, at, actor, action, field, old_value, new_value) "
            "VALUES (:id, :name, :at, :actor, :action, :field, :old, :new)"));
        q.bindValue(QStringLiteral(":id"), id);
        q.bindValue(QStringLiteral(":name"), serviceName);
        q.bindValue(QStringLiteral(":at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        q.bindValue(QStringLiteral(":actor"), actor);
        q.bindValue(QStringLiteral(":action"), action);
        q.bindValue(QStringLiteral(":field"), field.isNull() ? QStringLiteral("") : field);
        q.bindValue(QStringLiteral(":old"), oldValue.isNull() ? QStringLiteral("") : oldValue);
        q.bindValue(QStringLiteral(":new"), newValue.isNull() ? QStringLiteral("") : newValue);
        return exec(q, error);
    }

    // Inserts within an open transaction; returns the id.
    qint64 insert(const Service& s, const QString& actor, const QString& action, RegistryError* error) const
    {
        QStringList placeholders;
        for (const ServiceField& f : serviceFields())
            placeholders << u':' + QLatin1String(f.name);
        QSqlQuery q(db());
        q.prepare(QStringLiteral("INSERT INTO services (%1) VALUES (%2) RETURNING id")
                      .arg(columnList(), placeholders.join(QStringLiteral(", "))));
        bindService(q, s);
        if (!exec(q, error) || !q.next())
            return 0;
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        for (const ServiceField& f : serviceFields()) {
            const QString value = f.get(s);
            if (!value.isEmpty() &&
                !writeAudit(id, s.name, actor, action, QLatin1String(f.name), QString(), value, error))
                return 0;
        }
        return id;
    }

    // Updates within an open transaction with the row-version check. Returns false on conflict/error.
    bool updateRow(const Service& before, const Service& after, const QString& actor, const QString& action,
                   RegistryError* error) const
    {
        QStringList assignments;
        for (const ServiceField& f : serviceFields())
            assignments << QLatin1String(f.name) + QStringLiteral(" = :") + QLatin1String(f.name);
        QSqlQuery q(db());
        q.prepare(QStringLiteral(
                      "UPDATE services SET %1, row_version = row_version + 1 WHERE id = :id AND row_version = :version")
                      .arg(assignments.join(QStringLiteral(", "))));
        bindService(q, after);
        q.bindValue(QStringLiteral(":id"), before.id);
        q.bindValue(QStringLiteral(":version"), after.version);
        if (!exec(q, error))
            return false;
        if (q.numRowsAffected() != 1) {
            setError(
                error, RegistryError::Kind::Conflict,
                QStringLiteral("\"%1\" was changed by someone else in the meantime (version %2 is no longer current)")
                    .arg(before.name)
                    .arg(after.version));
            return false;
        }
        for (const ServiceField& f : serviceFields()) {
            const QString oldValue = f.get(before);
            const QString newValue = f.get(after);
            if (oldValue != newValue &&
                !writeAudit(before.id, after.name, actor, action, QLatin1String(f.name), oldValue, newValue, error))
                return false;
        }
        return true;
    }

    // An organisation's own change turns the demo registry into theirs (inside the open transaction).
    bool takeOver(RegistryError* error) const
    {
        return meta(QStringLiteral("demo")) != QLatin1String("1") ||
               setMeta(QStringLiteral("demo"), QStringLiteral("0"), error);
    }

    // Names are one name whatever their case and Unicode form (NFC, case-folded: serviceNameKey());
    // SQL's lower() folds only A-Z, so the comparison is done here.
    bool nameTaken(const QString& name, qint64 exceptId) const
    {
        const QString key = serviceNameKey(name);
        QSqlQuery q(db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT name FROM services WHERE id <> :id"));
        q.bindValue(QStringLiteral(":id"), exceptId);
        if (!q.exec())
            return false;
        while (q.next())
            if (serviceNameKey(q.value(0).toString()) == key)
                return true;
        return false;
    }
};

} // namespace kilotse
