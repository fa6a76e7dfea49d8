#include "registry/Registry.h"

#include "Config.h"
#include "registry/RegistryImpl.h"
#include "registry/ServiceFields.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>

namespace kilotse {

namespace {
std::atomic<int> g_connectionCounter{0};

// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::Registry)
};

QString newConnectionName(const char* purpose)
{
    return QStringLiteral("ki-lotse-registry-%1-%2").arg(QLatin1String(purpose)).arg(++g_connectionCounter);
}

// libpq parameters a registry URL may carry (docs/registry.md); anything else is refused rather
// than silently ignored (a misspelt "sslrootcert" would otherwise connect without the check).
const QStringList& knownUrlParameters()
{
    static const QStringList names{QStringLiteral("host"),
                                   QStringLiteral("sslmode"),
                                   QStringLiteral("sslrootcert"),
                                   QStringLiteral("sslcert"),
                                   QStringLiteral("sslkey"),
                                   QStringLiteral("sslcrl"),
                                   QStringLiteral("connect_timeout"),
                                   QStringLiteral("application_name")};
    return names;
}

// A libpq conninfo value in single quotes (paths may contain blanks).
QString conninfoValue(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + value + u'\'';
}

// The folder of the PostgreSQL snapshots: $XDG_CACHE_HOME/ki-lotse (default ~/.cache/ki-lotse).
QString snapshotFolder()
{
    QString base = qEnvironmentVariable("XDG_CACHE_HOME");
    if (base.isEmpty() || QDir::isRelativePath(base))
        base = QDir::home().filePath(QStringLiteral(".cache"));
    return QDir(base).filePath(QStringLiteral("ki-lotse"));
}

// One snapshot per registry address (without password); the name says nothing about the server.
QString snapshotFile(const QString& location)
{
    const QByteArray key = QCryptographicHash::hash(location.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(snapshotFolder()).filePath(QStringLiteral("registry-%1.sqlite").arg(QString::fromLatin1(key)));
}

int settingInt(const char* key, int fallback, int minimum, int maximum)
{
    bool ok = false;
    const int v = Config::current().value(QLatin1String(key)).toInt(&ok);
    return ok && v >= minimum && v <= maximum ? v : fallback;
}

} // namespace

Registry::Registry(std::unique_ptr<Impl> impl) : d(std::move(impl)) {}
Registry::~Registry() = default;

Registry::Impl::~Impl()
{
    for (const QString& name : {readConnection, serverConnection}) {
        if (name.isEmpty() || !QSqlDatabase::contains(name))
            continue;
        {
            QSqlDatabase database = QSqlDatabase::database(name, false);
            if (database.isOpen())
                database.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

RegistryError Registry::Impl::classify(const QSqlError& e)
{
    const QString code = e.nativeErrorCode();
    const QString text = e.databaseText();
    RegistryError::Kind kind = RegistryError::Kind::Database;
    // SQLite: 5 SQLITE_BUSY, 6 SQLITE_LOCKED, 2067 SQLITE_CONSTRAINT_UNIQUE, 8 SQLITE_READONLY.
    // PostgreSQL: 42501 insufficient privilege, 23505 unique violation, 55P03 lock not available,
    // 57014 statement timeout (a lock wait), 40001/40P01 serialization failure/deadlock.
    if (code == QLatin1String("42501") || code == QLatin1String("8") ||
        text.contains(QLatin1String("readonly"), Qt::CaseInsensitive) ||
        text.contains(QLatin1String("read-only"), Qt::CaseInsensitive))
        kind = RegistryError::Kind::ReadOnly;
    else if (code == QLatin1String("5") || code == QLatin1String("6") || code == QLatin1String("55P03") ||
             code == QLatin1String("57014") || text.contains(QLatin1String("database is locked")))
        kind = RegistryError::Kind::Locked;
    else if (code == QLatin1String("23505") || code == QLatin1String("2067") ||
             text.contains(QLatin1String("UNIQUE constraint failed")))
        kind = RegistryError::Kind::Duplicate;
    else if (code == QLatin1String("40001") || code == QLatin1String("40P01"))
        kind = RegistryError::Kind::Conflict;
    return RegistryError{kind, QStringLiteral("database error: %1").arg(e.text()), {}};
}

// Opens the server connection `connection` from serverUrl
// (postgresql://user:pw@host:port/db?sslmode=…&sslrootcert=…).
bool Registry::Impl::connectPostgres(const QString& connection, RegistryError* error) const
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        setError(error, RegistryError::Kind::Database,
                 QStringLiteral("the PostgreSQL driver (QPSQL, Debian package libqt6sql6-psql) is not installed"));
        return false;
    }
    const QUrl url(serverUrl);
    const QUrlQuery query(url);
    QStringList options;
    bool timeoutGiven = false;
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!knownUrlParameters().contains(key)) {
            setError(error, RegistryError::Kind::Database,
                     QStringLiteral("unknown parameter \"%1\" in the registry address (known: %2)")
                         .arg(key, knownUrlParameters().join(QStringLiteral(", "))));
            return false;
        }
        if (key == QLatin1String("host"))
            continue;
        timeoutGiven = timeoutGiven || key == QLatin1String("connect_timeout");
        options << key + u'=' + conninfoValue(value);
    }
    if (!timeoutGiven) // a laptop outside the network waits at most this long before going offline
        options << QStringLiteral("connect_timeout=%1").arg(settingInt("registry/connect_timeout_seconds", 5, 1, 60));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
    db.setHostName(query.hasQueryItem(QStringLiteral("host"))
                       ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded)
                       : url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setDatabaseName(url.path().mid(1));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setConnectOptions(options.join(u';'));
    // A full server ("too many clients", SQLSTATE 53300) is a moment, not a state: every
    // connection here lasts one operation, so a slot is free again within milliseconds. Retry
    // with a growing, jittered pause for about four seconds before going offline.
    for (int attempt = 0;; ++attempt) {
        if (db.open())
            return true;
        const QString text = db.lastError().text();
        const bool full = text.contains(QLatin1String("too many clients")) ||
                          text.contains(QLatin1String("remaining connection slots are reserved")) ||
                          text.contains(QLatin1String("too many connections"));
        if (!full || attempt >= 14) {
            setError(error, RegistryError::Kind::Offline,
                     QStringLiteral("cannot connect to %1: %2").arg(location, text.trimmed()));
            return false;
        }
        const int pause = std::min(400, 10 << attempt);
        QThread::msleep(static_cast<unsigned long>(pause / 2 + QRandomGenerator::global()->bounded(pause / 2 + 1)));
    }
}

// Opens the SQLite file `path` (read-only when the file is) and checks it is an intact SQLite
// database that is empty or KI-Lotse's; only then WAL and full sync are switched on (a foreign
// file is never modified).
bool Registry::Impl::connectSqlite(const QString& path, RegistryError* error)
{
    const QFileInfo file(path);
    if (file.exists() && !file.isFile()) {
        setError(error, RegistryError::Kind::Database, QStringLiteral("%1 is not a regular file").arg(path));
        return false;
    }
    if (!file.exists() && !QDir().mkpath(file.absolutePath())) {
        setError(error, RegistryError::Kind::Database,
                 QStringLiteral("cannot create the folder %1").arg(file.absolutePath()));
        return false;
    }
    readOnly = file.exists() && !file.isWritable();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), readConnection);
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        setError(error, RegistryError::Kind::Database,
                 QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text()));
        return false;
    }
    QSqlQuery pragma(db);
    if (!pragma.exec(QStringLiteral("PRAGMA quick_check")) || !pragma.next() ||
        pragma.value(0).toString() != QLatin1String("ok")) {
        const RegistryError e = pragma.lastError().isValid() ? classify(pragma.lastError()) : RegistryError{};
        if (e.kind == RegistryError::Kind::Locked && error)
            *error = e;
        else
            setError(error, RegistryError::Kind::Foreign,
                     QStringLiteral("%1 is not a KI-Lotse registry (not an intact SQLite database)").arg(path));
        return false;
    }
    pragma.finish();
    const QStringList tables = db.tables();
    const bool ours = tables.contains(QStringLiteral("services")) && tables.contains(QStringLiteral("registry_meta"));
    if (!tables.isEmpty() && !ours) {
        setError(error, RegistryError::Kind::Foreign,
                 QStringLiteral("%1 is an SQLite database of another program (no KI-Lotse registry tables); "
                                "it was not changed")
                     .arg(path));
        return false;
    }
    // WAL persists in the file; FULL sync because the audit trail must survive a crash.
    if (!readOnly)
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    pragma.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
    pragma.finish();
    return true;
}

// Creates the tables of a new registry, or checks an existing one is KI-Lotse's and migrates it.
// On PostgreSQL this runs on the server connection; its reads run in a transaction of their own.
bool Registry::Impl::prepareSchema(RegistryError* error)
{
    auto read = [this](const std::function<void()>& body) {
        const bool tx = onServer() && run(QStringLiteral("BEGIN"), nullptr);
        body();
        if (tx)
            run(QStringLiteral("COMMIT"), nullptr);
    };
    bool hasServices = false;
    bool hasMeta = false;
    QString version;
    read([&] {
        const QStringList tables = db().tables();
        hasServices = tables.contains(QStringLiteral("services"));
        hasMeta = tables.contains(QStringLiteral("registry_meta"));
        if (hasServices && hasMeta)
            version = meta(QStringLiteral("schema_version"));
    });
    RegistryError local;
    if (!hasServices && !hasMeta) {
        if (readOnly || !createSchema(&local)) {
            if (!local)
                local = makeError(RegistryError::Kind::ReadOnly,
                                  QStringLiteral("the registry has no tables and this connection may not create them"));
            if (error)
                *error = local;
            return false;
        }
        read([&] { version = meta(QStringLiteral("schema_version")); });
    } else if (!hasServices || !hasMeta) {
        setError(error, RegistryError::Kind::Foreign, QStringLiteral("%1 is not a KI-Lotse registry").arg(location));
        return false;
    } else if (version.isEmpty()) {
        setError(error, RegistryError::Kind::ReadOnly,
                 QStringLiteral("the registry tables cannot be read (does this user have SELECT permission?)"));
        return false;
    }
    if (!migrate(version.toInt(), &local)) {
        // Schema 3 only adds triggers: a reader may go on with schema 2 until an admin migrates.
        if (version.toInt() == 2 && (readOnly || local.kind == RegistryError::Kind::ReadOnly)) {
            spdlog::warn("registry: schema 2 kept until an administrator opens the registry ({})",
                         local.message.toStdString());
            return true;
        }
        if (error)
            *error = local;
        return false;
    }
    return true;
}

std::optional<ServerState> Registry::Impl::readServer(RegistryError* error) const
{
    ServerState state;
    if (!run(QStringLiteral("BEGIN"), error))
        return std::nullopt;
    {
        QSqlQuery q(db());
        if (q.exec(QStringLiteral("SELECT current_user, has_table_privilege(current_user, 'services', 'INSERT') AND "
                                  "has_table_privilege(current_user, 'services', 'UPDATE') AND "
                                  "has_table_privilege(current_user, 'audit_log', 'INSERT'), "
                                  "(SELECT value FROM registry_meta WHERE key = 'demo')")) &&
            q.next()) {
            state.role = q.value(0).toString();
            state.readOnly = !q.value(1).toBool();
            state.demo = q.value(2).toString();
        }
    }
    RegistryError local;
    state.services = select(QString(), {}, &local);
    run(QStringLiteral("COMMIT"), nullptr);
    if (local) {
        if (error)
            *error = local;
        return std::nullopt;
    }
    state.at = QDateTime::currentDateTimeUtc();
    return state;
}

bool Registry::Impl::openSnapshot(RegistryError* error)
{
    const QString folder = snapshotFolder();
    if (!QDir().mkpath(folder)) {
        setError(error, RegistryError::Kind::Database, QStringLiteral("cannot create the folder %1").arg(folder));
        return false;
    }
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    snapshotPath = snapshotFile(location);
    auto openFile = [this]() {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), readConnection);
        db.setDatabaseName(snapshotPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return false;
        QSqlQuery pragma(db);
        if (!pragma.exec(QStringLiteral("PRAGMA quick_check")) || !pragma.next() ||
            pragma.value(0).toString() != QLatin1String("ok"))
            return false;
        pragma.finish();
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        pragma.finish();
        const QStringList tables = db.tables();
        if (tables.isEmpty())
            return createSchema(nullptr);
        return tables.contains(QStringLiteral("services")) && tables.contains(QStringLiteral("registry_meta")) &&
               meta(QStringLiteral("snapshot_schema")) == QString::number(kSchemaVersion);
    };
    const int depth = serverDepth;
    serverDepth = 0; // db() is the snapshot while it is prepared
    bool ok = openFile();
    if (!ok) { // a damaged or outdated cache file is rebuilt: it holds nothing the server does not have
        spdlog::warn("registry: rebuilding the snapshot {}", snapshotPath.toStdString());
        {
            QSqlDatabase db = QSqlDatabase::database(readConnection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(readConnection);
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(snapshotPath + suffix);
        ok = openFile();
    }
    if (ok)
        ok = setMeta(QStringLiteral("snapshot_schema"), QString::number(kSchemaVersion), nullptr);
    if (ok) {
        snapshotTime = QDateTime::fromString(meta(QStringLiteral("snapshot_taken")), Qt::ISODateWithMs);
        snapshotTime.setTimeZone(QTimeZone::utc());
        cached = select(QString(), {}, nullptr);
    }
    serverDepth = depth;
    QFile::setPermissions(snapshotPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (!ok) {
        setError(error, RegistryError::Kind::Database,
                 QStringLiteral("cannot open the local snapshot %1").arg(snapshotPath));
        return false;
    }
    return true;
}

bool Registry::Impl::writeSnapshot(const ServerState& state, RegistryError* error)
{
    const int depth = serverDepth;
    serverDepth = 0;
    const int tx = txDepth;
    txDepth = 0;
    auto done = [&](bool ok) {
        serverDepth = depth;
        txDepth = tx;
        return ok;
    };
    if (!begin(error))
        return done(false);
    QStringList columns{QStringLiteral("id"), QStringLiteral("row_version")};
    QStringList placeholders{QStringLiteral(":id"), QStringLiteral(":row_version")};
    for (const ServiceField& f : serviceFields()) {
        columns << QLatin1String(f.name);
        placeholders << u':' + QLatin1String(f.name);
    }
    bool ok = run(QStringLiteral("DELETE FROM services"), error);
    {
        QSqlQuery q(db());
        ok = ok && q.prepare(QStringLiteral("INSERT INTO services (%1) VALUES (%2)")
                                 .arg(columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", "))));
        for (const Service& s : state.services) {
            if (!ok)
                break;
            bindService(q, s);
            q.bindValue(QStringLiteral(":id"), s.id);
            q.bindValue(QStringLiteral(":row_version"), s.version);
            ok = exec(q, error);
        }
    }
    ok = ok && setMeta(QStringLiteral("demo"), state.demo, error) &&
         setMeta(QStringLiteral("snapshot_taken"), state.at.toString(Qt::ISODateWithMs), error) &&
         setMeta(QStringLiteral("snapshot_role"), state.role, error) && commit(error);
    if (!ok) {
        rollback();
        return done(false);
    }
    snapshotTime = state.at;
    cached = state.services;
    dbRole = state.role;
    readOnly = state.readOnly;
    offline = false;
    offlineReason.clear();
    return done(true);
}

void Registry::Impl::enterOffline(const QString& reason)
{
    if (!offline)
        spdlog::warn("registry: {} cannot be reached, answering from the snapshot of {} ({})", location.toStdString(),
                     snapshotTime.toString(Qt::ISODate).toStdString(), reason.toStdString());
    offline = true;
    offlineReason = reason;
}

bool Registry::Impl::refuseChange(RegistryError* error) const
{
    if (offline) {
        setError(error, RegistryError::Kind::Offline,
                 QStringLiteral("the registry server cannot be reached; changes are not possible offline (%1)")
                     .arg(offlineReason));
        return true;
    }
    if (readOnly) {
        setError(error, RegistryError::Kind::ReadOnly, QStringLiteral("the registry is read-only for this user"));
        return true;
    }
    return false;
}

bool Registry::Impl::openServer(RegistryError* error)
{
    serverConnection = newConnectionName("server");
    RegistryError local;
    if (connectPostgres(serverConnection, &local))
        return true;
    if (local.kind == RegistryError::Kind::Offline)
        enterOffline(local.message);
    if (error)
        *error = local;
    closeServer();
    return false;
}

void Registry::Impl::closeServer()
{
    {
        QSqlDatabase db = QSqlDatabase::database(serverConnection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(serverConnection);
}

bool Registry::Impl::withServerRead(RegistryError* error, const std::function<bool()>& op)
{
    if (!postgres)
        return op();
    if (!openServer(error))
        return false;
    ++serverDepth;
    bool ok = run(QStringLiteral("BEGIN"), error);
    ok = ok && op();
    run(ok ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"), nullptr);
    --serverDepth;
    closeServer();
    return ok;
}

bool Registry::Impl::withWriter(RegistryError* error, const std::function<bool()>& op)
{
    if (!postgres)
        return op();
    if (!openServer(error))
        return false;
    offline = false;
    ++serverDepth;
    bool ok = run(QStringLiteral("BEGIN"), error);
    if (ok) {
        txDepth = 1;
        ok = op() && txDepth == 1;
        txDepth = 0;
        ok = run(ok ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"), ok ? error : nullptr) && ok;
    }
    // The change is on the server; the snapshot follows from the same connection.
    if (ok) {
        RegistryError local;
        const auto state = readServer(&local);
        if (!state || !writeSnapshot(*state, &local))
            spdlog::warn("registry: snapshot not refreshed after a change: {}", local.message.toStdString());
    }
    --serverDepth;
    closeServer();
    return ok;
}

std::unique_ptr<Registry> Registry::open(const QString& location, RegistryError* error)
{
    auto impl = std::make_unique<Impl>();
    impl->location = withoutPassword(location);
    impl->readConnection = newConnectionName("read");
    const QUrl url(location);
    impl->postgres = url.scheme() == QLatin1String("postgresql") || url.scheme() == QLatin1String("postgres");
    RegistryError local;
    auto fail = [&](const RegistryError& e) -> std::unique_ptr<Registry> {
        // Every failed open is logged with its reason (never the password): cron runs leave a trace.
        spdlog::error("registry: cannot open {}: {}", impl->location.toStdString(), e.message.toStdString());
        if (error)
            *error = e;
        return nullptr;
    };
    // Settings the IT made but that cannot be used: never the demo or a default location instead.
    if (!Config::current().isUsable())
        return fail(makeError(RegistryError::Kind::Database, Config::current().fatalProblem()));
    if (!impl->postgres && location.contains(QStringLiteral("://")))
        return fail(makeError(
            RegistryError::Kind::Database,
            QStringLiteral("unknown registry address \"%1\": use a file path or postgresql://…").arg(impl->location)));
    if (!impl->postgres) {
        if (!impl->connectSqlite(location, &local) || !impl->prepareSchema(&local))
            return fail(local);
    } else {
        impl->serverUrl = location;
        impl->serverConnection = newConnectionName("server");
        if (!impl->connectPostgres(impl->serverConnection, &local)) {
            impl->closeServer();
            // Offline: the last snapshot answers, read-only, if there is one.
            RegistryError snapshotError;
            if (local.kind != RegistryError::Kind::Offline || !QFile::exists(snapshotFile(impl->location)) ||
                !impl->openSnapshot(&snapshotError) || !impl->snapshotTime.isValid())
                return fail(local);
            impl->readOnly = true;
            impl->dbRole = impl->meta(QStringLiteral("snapshot_role"));
            impl->enterOffline(local.message);
        } else {
            ++impl->serverDepth;
            std::optional<ServerState> state;
            const bool ok = impl->prepareSchema(&local) && impl->openSnapshot(&local) &&
                            (state = impl->readServer(&local)) && impl->writeSnapshot(*state, &local);
            --impl->serverDepth;
            impl->closeServer();
            if (!ok)
                return fail(local);
        }
    }
    spdlog::info("registry: opened {} ({}, {}{})", impl->location.toStdString(),
                 impl->postgres ? "postgresql" : "sqlite", impl->readOnly ? "read-only" : "read-write",
                 impl->offline ? ", offline snapshot" : "");
    return std::unique_ptr<Registry>(new Registry(std::move(impl)));
}

QString Registry::location() const
{
    return d->location;
}
bool Registry::isPostgres() const
{
    return d->postgres;
}
bool Registry::isReadOnly() const
{
    return d->readOnly || d->offline;
}
bool Registry::isDemo() const
{
    return d->meta(QStringLiteral("demo")) == QLatin1String("1");
}
bool Registry::isOffline() const
{
    return d->offline;
}
QString Registry::offlineReason() const
{
    return d->offlineReason;
}
QDateTime Registry::snapshotTime() const
{
    return d->postgres ? d->snapshotTime : QDateTime();
}
bool Registry::isSnapshotStale(const QDateTime& now) const
{
    if (!d->postgres || !d->offline)
        return false;
    const int hours = settingInt("registry/snapshot_max_age_hours", 72, 1, 24 * 365);
    return !d->snapshotTime.isValid() || d->snapshotTime.secsTo(now) > qint64(hours) * 3600;
}
QString Registry::databaseRole() const
{
    return d->dbRole;
}

std::function<std::shared_ptr<const Registry::Fetch>()> Registry::fetcher() const
{
    if (!d->postgres)
        return [] { return std::make_shared<const Fetch>(); };
    return [url = d->serverUrl, location = d->location] {
        auto fetch = std::make_shared<Fetch>();
        Impl impl; // its own connection: this may run on any thread
        impl.postgres = true;
        impl.serverUrl = url;
        impl.location = location;
        impl.serverConnection = newConnectionName("fetch");
        if (impl.connectPostgres(impl.serverConnection, &fetch->error)) {
            ++impl.serverDepth;
            fetch->state = impl.readServer(&fetch->error);
            --impl.serverDepth;
        }
        return std::shared_ptr<const Fetch>(std::move(fetch));
    };
}

bool Registry::apply(const std::shared_ptr<const Fetch>& fetch, RegistryError* error)
{
    if (!d->postgres)
        return true;
    RegistryError local = fetch ? fetch->error : makeError(RegistryError::Kind::Database, QStringLiteral("no fetch"));
    if (!fetch || !fetch->state) {
        if (local.kind == RegistryError::Kind::Offline)
            d->enterOffline(local.message);
        if (error)
            *error = local;
        return false;
    }
    if (!d->writeSnapshot(*fetch->state, &local)) {
        if (error)
            *error = local;
        return false;
    }
    return true;
}

bool Registry::refresh(RegistryError* error)
{
    return apply(fetcher()(), error);
}

int Registry::serviceCount() const
{
    QSqlQuery q(d->db());
    return q.exec(QStringLiteral("SELECT COUNT(*) FROM services")) && q.next() ? q.value(0).toInt() : 0;
}

QList<Service> Registry::services(RegistryError* error) const
{
    if (d->fromCache())
        return d->cached;
    return d->select(QString(), {}, error);
}

namespace {
// WHERE clause and bindings of a summary query (the user's text only ever goes into a bound value).
QString summaryWhere(const SummaryQuery& q, QList<QPair<QString, QVariant>>& binds)
{
    QStringList where;
    if (!q.search.trimmed().isEmpty()) {
        QString pattern = q.search.trimmed().toLower();
        pattern.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        binds.append({QStringLiteral(":search"), QString(u'%' + pattern + u'%')});
        where << QStringLiteral(
            "(lower(name) LIKE :search ESCAPE '\\' OR lower(vendor) LIKE :search ESCAPE '\\' OR "
            "lower(product) LIKE :search ESCAPE '\\' OR lower(owner_department) LIKE :search ESCAPE '\\')");
    }
    if (!q.status.isEmpty()) {
        binds.append({QStringLiteral(":status"), q.status});
        where << QStringLiteral("status = :status");
    }
    return where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
}
} // namespace

QList<ServiceSummary> Registry::summaries(const SummaryQuery& query, int offset, int limit) const
{
    static const QMap<SummaryQuery::Order, QString> columns{
        {SummaryQuery::Order::Name, QStringLiteral("name")},
        {SummaryQuery::Order::Vendor, QStringLiteral("vendor")},
        {SummaryQuery::Order::MaxLevel, QStringLiteral("max_level")},
        {SummaryQuery::Order::Status, QStringLiteral("status")},
        {SummaryQuery::Order::NextReview, QStringLiteral("next_review")},
        {SummaryQuery::Order::Owner, QStringLiteral("owner_department")}};
    QList<QPair<QString, QVariant>> binds;
    const QString where = summaryWhere(query, binds);
    const QString direction = query.descending ? QStringLiteral(" DESC") : QString();
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT id, row_version, name, vendor, product, owner_department, max_level, status, next_review "
                  "FROM services %1 ORDER BY %2%3, name%3, id LIMIT :limit OFFSET :offset")
                  .arg(where, columns.value(query.order), direction));
    for (const auto& [name, value] : binds)
        q.bindValue(name, value);
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    QList<ServiceSummary> result;
    if (!d->exec(q, nullptr))
        return result;
    while (q.next())
        result.append(ServiceSummary{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(),
                                     q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                                     q.value(6).toInt(),
                                     parseStatus(q.value(7).toString()).value_or(Service::Status::Pilot),
                                     QDate::fromString(q.value(8).toString(), Qt::ISODate)});
    return result;
}

int Registry::summaryCount(const SummaryQuery& query) const
{
    QList<QPair<QString, QVariant>> binds;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM services ") + summaryWhere(query, binds));
    for (const auto& [name, value] : binds)
        q.bindValue(name, value);
    return d->exec(q, nullptr) && q.next() ? q.value(0).toInt() : 0;
}

int Registry::dueForReviewCount(const QDate& today) const
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM services WHERE status IN ('approved', 'pilot') AND "
                             "(next_review = '' OR next_review < :today)"));
    q.bindValue(QStringLiteral(":today"), today.toString(Qt::ISODate));
    return d->exec(q, nullptr) && q.next() ? q.value(0).toInt() : 0;
}

std::optional<Service> Registry::service(qint64 id) const
{
    const QList<Service> found = d->select(QStringLiteral("WHERE id = :id"), {{QStringLiteral(":id"), id}}, nullptr);
    return found.isEmpty() ? std::nullopt : std::optional<Service>(found.first());
}

std::optional<Service> Registry::serviceByName(const QString& name) const
{
    // Names are unique ignoring case (SQLite's lower() folds only A-Z).
    const QList<Service> found =
        d->select(QStringLiteral("WHERE lower(name) = lower(:name)"), {{QStringLiteral(":name"), name}}, nullptr);
    return found.isEmpty() ? std::nullopt : std::optional<Service>(found.first());
}

QList<Service> Registry::dueForReview(const QDate& today) const
{
    // ISO dates compare correctly as text; '' = not set.
    return d->select(
        QStringLiteral("WHERE status IN ('approved', 'pilot') AND (next_review = '' OR next_review < :today)"),
        {{QStringLiteral(":today"), today.toString(Qt::ISODate)}}, nullptr);
}

QList<Service> Registry::candidates(int level) const
{
    if (d->fromCache()) {
        QList<Service> result;
        for (const Service& s : d->cached)
            if (s.status == Service::Status::Approved && s.maxLevel >= level)
                result.append(s);
        return result;
    }
    return d->select(QStringLiteral("WHERE status = 'approved' AND max_level >= :level"),
                     {{QStringLiteral(":level"), level}}, nullptr);
}

qint64 Registry::add(Service s, const QString& actor, RegistryError* error)
{
    if (d->refuseChange(error))
        return 0;
    s.name = normalizedServiceName(s.name); // NFC: the form and the import store one spelling
    const QList<FieldProblem> problems = validateService(s);
    if (!problems.isEmpty()) {
        if (error)
            *error =
                RegistryError{RegistryError::Kind::Invalid, QStringLiteral("the record has invalid fields"), problems};
        return 0;
    }
    qint64 id = 0;
    d->withWriter(error, [&] {
        if (!d->begin(error))
            return false;
        if (d->nameTaken(s.name, 0)) {
            d->rollback();
            setError(error, RegistryError::Kind::Duplicate,
                     QStringLiteral("a service named \"%1\" already exists").arg(s.name));
            return false;
        }
        id = d->insert(s, actor, QStringLiteral("add"), error);
        if (id == 0 || !d->takeOver(error) || !d->commit(error)) {
            d->rollback();
            id = 0;
            return false;
        }
        return true;
    });
    return id;
}

bool Registry::update(const Service& given, const QString& actor, RegistryError* error)
{
    if (d->refuseChange(error))
        return false;
    Service s = given;
    s.name = normalizedServiceName(s.name);
    const QList<FieldProblem> problems = validateService(s);
    if (!problems.isEmpty()) {
        if (error)
            *error =
                RegistryError{RegistryError::Kind::Invalid, QStringLiteral("the record has invalid fields"), problems};
        return false;
    }
    return d->withWriter(error, [&] {
        if (!d->begin(error))
            return false;
        const auto before = service(s.id);
        if (!before) {
            d->rollback();
            setError(error, RegistryError::Kind::NotFound, QStringLiteral("the service no longer exists"));
            return false;
        }
        if (d->nameTaken(s.name, s.id)) {
            d->rollback();
            setError(error, RegistryError::Kind::Duplicate,
                     QStringLiteral("a service named \"%1\" already exists").arg(s.name));
            return false;
        }
        if (!d->updateRow(*before, s, actor, QStringLiteral("update"), error) || !d->takeOver(error) ||
            !d->commit(error)) {
            d->rollback();
            return false;
        }
        return true;
    });
}

bool Registry::setStatus(qint64 id, Service::Status status, int expectedVersion, const QString& actor,
                         RegistryError* error)
{
    if (d->refuseChange(error))
        return false;
    return d->withWriter(error, [&] {
        if (!d->begin(error))
            return false;
        const auto current = service(id);
        if (!current) {
            d->rollback();
            setError(error, RegistryError::Kind::NotFound, QStringLiteral("the service no longer exists"));
            return false;
        }
        Service changed = *current;
        changed.status = status;
        changed.version = expectedVersion;
        if (!d->updateRow(*current, changed, actor, QStringLiteral("status"), error) || !d->takeOver(error) ||
            !d->commit(error)) {
            d->rollback();
            return false;
        }
        return true;
    });
}

bool Registry::clearDemoMark(RegistryError* error)
{
    if (d->refuseChange(error))
        return false;
    return d->withWriter(error, [&] { return d->setMeta(QStringLiteral("demo"), QStringLiteral("0"), error); });
}

int Registry::retireDemoServices(const QString& actor, RegistryError* error)
{
    if (d->refuseChange(error))
        return -1;
    int retired = 0;
    const bool ok = d->withWriter(error, [&] {
        retired = 0;
        if (!d->begin(error))
            return false;
        // The demo's services are the ones the seed wrote; an admin's own additions stay as they are.
        QList<qint64> ids;
        {
            QSqlQuery q(d->db());
            q.setForwardOnly(true);
            if (!q.exec(QStringLiteral("SELECT DISTINCT service_id FROM audit_log WHERE action = 'seed'"))) {
                if (error)
                    *error = Impl::classify(q.lastError());
                d->rollback();
                return false;
            }
            while (q.next())
                ids << q.value(0).toLongLong();
        }
        for (const qint64 id : ids) {
            const auto current = service(id);
            if (!current || current->status == Service::Status::Retired)
                continue;
            Service changed = *current;
            changed.status = Service::Status::Retired;
            if (!d->updateRow(*current, changed, actor, QStringLiteral("retire-demo"), error)) {
                d->rollback();
                return false;
            }
            ++retired;
        }
        if (!d->setMeta(QStringLiteral("demo"), QStringLiteral("0"), error) || !d->commit(error)) {
            d->rollback();
            return false;
        }
        return true;
    });
    return ok ? retired : -1;
}

namespace {
AuditEntry auditRow(const QSqlQuery& q)
{
    QDateTime at = QDateTime::fromString(q.value(3).toString(), Qt::ISODateWithMs);
    at.setTimeZone(QTimeZone::utc());
    return AuditEntry{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), at,
                      q.value(4).toString(),   q.value(5).toString(),   q.value(6).toString(), q.value(7).toString(),
                      q.value(8).toString()};
}
} // namespace

QList<AuditEntry> Registry::audit(qint64 serviceId, int limit) const
{
    AuditFilter filter;
    filter.serviceId = serviceId;
    return audit(filter, limit, nullptr);
}

QList<AuditEntry> Registry::audit(const AuditFilter& filter, int limit, RegistryError* error) const
{
    QList<AuditEntry> entries;
    QStringList where;
    QList<QPair<QString, QVariant>> binds;
    if (filter.serviceId > 0) {
        where << QStringLiteral("service_id = :sid");
        binds.append({QStringLiteral(":sid"), filter.serviceId});
    }
    if (!filter.actor.isEmpty()) {
        where << QStringLiteral("actor = :actor");
        binds.append({QStringLiteral(":actor"), filter.actor});
    }
    // `at` is ISO 8601 UTC text: day bounds compare as text.
    if (filter.from.isValid()) {
        where << QStringLiteral("at >= :from");
        binds.append({QStringLiteral(":from"), filter.from.toString(Qt::ISODate)});
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("at < :to");
        binds.append({QStringLiteral(":to"), filter.to.addDays(1).toString(Qt::ISODate)});
    }
    d->withServerRead(error, [&] {
        QSqlQuery q(d->db());
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT id, service_id, service_name, at, actor, action, field, old_value, new_value "
                           "FROM audit_log %1 ORDER BY id DESC LIMIT :limit")
                .arg(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
        for (const auto& [name, value] : binds)
            q.bindValue(name, value);
        q.bindValue(QStringLiteral(":limit"), limit);
        if (!d->exec(q, error))
            return false;
        while (q.next())
            entries.append(auditRow(q));
        return true;
    });
    return entries;
}

QStringList Registry::auditActors(RegistryError* error) const
{
    QStringList actors;
    d->withServerRead(error, [&] {
        QSqlQuery q(d->db());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT DISTINCT actor FROM audit_log ORDER BY actor"))) {
            if (error)
                *error = Impl::classify(q.lastError());
            return false;
        }
        while (q.next())
            actors << q.value(0).toString();
        return true;
    });
    return actors;
}

bool Registry::needsDemoSeed() const
{
    return !d->postgres && !d->readOnly && d->meta(QStringLiteral("seeded")).isEmpty() && serviceCount() == 0;
}

bool Registry::seedDemo(const QList<Service>& services, RegistryError* error)
{
    return d->withWriter(error, [&] {
        if (!d->begin(error))
            return false;
        if (!d->meta(QStringLiteral("seeded")).isEmpty() || serviceCount() > 0) { // another process was first
            d->rollback();
            return true;
        }
        for (const Service& s : services)
            if (d->insert(s, QStringLiteral("ki-lotse"), QStringLiteral("seed"), error) == 0) {
                d->rollback();
                return false;
            }
        if (!d->setMeta(QStringLiteral("demo"), QStringLiteral("1"), error) ||
            !d->setMeta(QStringLiteral("seeded"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate), error) ||
            !d->commit(error)) {
            d->rollback();
            return false;
        }
        return true;
    });
}

QString registryOfflineNotice(const Registry& registry)
{
    if (!registry.isOffline())
        return {};
    const QDateTime at = registry.snapshotTime().toLocalTime();
    QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(QStringLiteral("yyyy")))
        format.replace(QStringLiteral("yy"), QStringLiteral("yyyy")); // "07.12.2026", never "07.12.26"
    QString text = Tr::tr("Server nicht erreichbar – angezeigt wird die lokale Kopie des Verzeichnisses, Stand: %1. "
                          "Änderungen sind nicht möglich; die Verbindung wird automatisch erneut versucht.")
                       .arg(QLocale().toString(at, format));
    if (registry.isSnapshotStale())
        text += u' ' + Tr::tr("Achtung: Diese Kopie ist älter als erlaubt und kann überholte Freigaben enthalten. "
                              "Fragen Sie im Zweifel Ihre IT-Administration.");
    return text;
}

QString registryErrorText(const RegistryError& error)
{
    switch (error.kind) {
    case RegistryError::Kind::None:
        return {};
    case RegistryError::Kind::Conflict:
        return Tr::tr("Der Eintrag wurde inzwischen von jemand anderem geändert. Laden Sie das Verzeichnis neu, "
                      "prüfen Sie die Änderung und tragen Sie Ihre Angaben erneut ein.");
    case RegistryError::Kind::ReadOnly:
        return Tr::tr("Sie dürfen das Verzeichnis nur lesen. Änderungen nimmt die IT-Administration vor.");
    case RegistryError::Kind::Invalid:
        return Tr::tr("Einige Angaben sind ungültig. Korrigieren Sie die markierten Felder.");
    case RegistryError::Kind::NotFound:
        return Tr::tr("Der Dienst ist nicht mehr im Verzeichnis (inzwischen entfernt). Laden Sie das Verzeichnis neu.");
    case RegistryError::Kind::Duplicate:
        return Tr::tr("Ein Dienst mit diesem Namen ist bereits eingetragen (Groß- und Kleinschreibung zählt nicht). "
                      "Wählen Sie einen anderen Namen oder bearbeiten Sie den vorhandenen Eintrag.");
    case RegistryError::Kind::Locked:
        return Tr::tr("Das Verzeichnis ist gerade gesperrt, weil ein anderes Programm darin schreibt oder es "
                      "sichert. Warten Sie einen Moment und versuchen Sie es dann erneut; es wurde nichts geändert.");
    case RegistryError::Kind::Offline:
        return Tr::tr("Der Verzeichnis-Server ist nicht erreichbar. Änderungen sind erst wieder möglich, wenn die "
                      "Verbindung besteht; es wurde nichts geändert.");
    case RegistryError::Kind::Foreign:
        return Tr::tr("Die angegebene Datei ist kein Dienste-Verzeichnis von KI-Lotse (sie gehört zu einem anderen "
                      "Programm oder ist beschädigt). Sie wurde nicht verändert. Prüfen Sie den Pfad.");
    case RegistryError::Kind::Demo:
        return Tr::tr("Dies ist das Demo-Verzeichnis. Verlassen Sie zuerst den Demo-Modus.");
    case RegistryError::Kind::Database:
        break;
    }
    return Tr::tr("Das Verzeichnis meldet einen Fehler. Die Einzelheiten stehen im Protokoll; es wurde nichts "
                  "geändert.");
}

QString currentUser()
{
    for (const char* name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString v = qEnvironmentVariable(name);
        if (!v.isEmpty())
            return v;
    }
    return QStringLiteral("unknown");
}

QString defaultRegistryPath()
{
    QString base = qEnvironmentVariable("XDG_DATA_HOME");
    if (base.isEmpty() || QDir::isRelativePath(base))
        base = QDir::home().filePath(QStringLiteral(".local/share"));
    return QDir(base).filePath(QStringLiteral("ki-lotse/registry.sqlite"));
}

QString resolveRegistryLocation(const QString& commandLine)
{
    const Config& config = Config::current();
    const QString configured = config.text(QStringLiteral("registry/location"));
    if (!configured.isEmpty() && config.isLocked(QStringLiteral("registry/location")))
        return configured; // IT's choice; --registry and KI_LOTSE_REGISTRY are ignored
    if (!commandLine.isEmpty())
        return commandLine;
    const QString env = qEnvironmentVariable("KI_LOTSE_REGISTRY");
    if (!env.isEmpty())
        return env;
    return configured.isEmpty() ? defaultRegistryPath() : configured;
}

} // namespace kilotse
