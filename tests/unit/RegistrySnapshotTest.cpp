// The shared registry at city scale (issue 18): no connection held while idle, reads from the
// local snapshot, offline from the last snapshot (server gone at start and mid-session),
// reconnect without restart, PgBouncer in transaction pooling mode, the append-only audit with
// the database role as "who", TLS parameters in the URL, foreign SQLite files, lock messages.
//
// PostgreSQL cases run inside pg_virtualenv (scripts/test.sh); the [pgbouncer] case needs
// tests/registry/with-pgbouncer.sh around it (KI_LOTSE_PGBOUNCER_PORT).

#include "Config.h"
#include "TestConfig.h"
#include "TestSupport.h"
#include "output/OutcomeJson.h"
#include "registry/Registry.h"
#include "registry/ServiceIo.h"
#include "registry/Tools.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/spdlog.h>

#include <arpa/inet.h>
#include <atomic>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace kilotse;

namespace {

struct PgServer
{
    QString host = qEnvironmentVariable("PGHOST");
    int port = qEnvironmentVariable("PGPORT", QStringLiteral("5432")).toInt();
    QString user = qEnvironmentVariable("PGUSER");
    QString password = qEnvironmentVariable("PGPASSWORD");

    bool available() const { return !host.isEmpty() && !user.isEmpty(); }
};

bool pgAvailable(const PgServer& pg)
{
    if (pg.available())
        return true;
    CHECK(qEnvironmentVariable("KI_LOTSE_REQUIRE_PG") != QStringLiteral("1"));
    WARN("no PostgreSQL server (PGHOST/PGUSER unset): PostgreSQL tests not run");
    return false;
}

// Runs SQL on `database` as `user`; returns the first column of the last statement's rows, or
// the error text prefixed with "ERROR: ".
QStringList sqlAs(const QString& host, int port, const QString& user, const QString& password, const QString& database,
                  const QStringList& statements)
{
    const QString name = QStringLiteral("pg-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(host);
        db.setPort(port);
        db.setUserName(user);
        db.setPassword(password);
        db.setDatabaseName(database);
        if (!db.open())
            return {QStringLiteral("ERROR: ") + db.lastError().text()};
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            rows.clear();
            if (!q.exec(sql)) {
                rows << QStringLiteral("ERROR: ") + q.lastError().text();
                break;
            }
            while (q.isSelect() && q.next())
                rows << q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QStringList superuserSql(const PgServer& pg, const QString& database, const QStringList& statements)
{
    const QStringList rows = sqlAs(pg.host, pg.port, pg.user, pg.password, database, statements);
    INFO(rows.join(u'\n').toStdString());
    REQUIRE((rows.isEmpty() || !rows.first().startsWith(QStringLiteral("ERROR: "))));
    return rows;
}

// A database owned by the admin role, with a clerk role that may read (docs/registry.md).
QString createRegistryDatabase(const PgServer& pg)
{
    const QString db = QStringLiteral("ki_lotse_snap_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    superuserSql(pg, QStringLiteral("postgres"),
                 {QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ki_lotse_admin') "
                                 "THEN CREATE ROLE ki_lotse_admin LOGIN PASSWORD 'admin-pw'; END IF; END $$"),
                  QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ki_lotse_clerk') "
                                 "THEN CREATE ROLE ki_lotse_clerk LOGIN PASSWORD 'clerk-pw'; END IF; END $$"),
                  QStringLiteral("CREATE DATABASE %1 OWNER ki_lotse_admin").arg(db)});
    superuserSql(pg, db,
                 {QStringLiteral("REVOKE ALL ON SCHEMA public FROM PUBLIC"),
                  QStringLiteral("GRANT USAGE, CREATE ON SCHEMA public TO ki_lotse_admin"),
                  QStringLiteral("GRANT USAGE ON SCHEMA public TO ki_lotse_clerk"),
                  QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE ki_lotse_admin IN SCHEMA public "
                                 "GRANT SELECT ON TABLES TO ki_lotse_clerk")});
    return db;
}

QString url(const QString& role, const QString& password, const QString& host, int port, const QString& db)
{
    return QStringLiteral("postgresql://%1:%2@%3:%4/%5").arg(role, password, host).arg(port).arg(db);
}

int connectionsOf(const PgServer& pg, const QString& database)
{
    const QStringList rows = superuserSql(
        pg, QStringLiteral("postgres"),
        {QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = '%1' AND pid <> pg_backend_pid()")
             .arg(database)});
    return rows.value(0).toInt();
}

Service sample(const QString& name)
{
    Service s;
    s.name = name;
    s.vendor = QStringLiteral("Stadt Musterstadt");
    s.product = QStringLiteral("Assistent");
    s.deployment = Service::Deployment::OnPremises;
    s.location = Service::Location::DE;
    s.backflowExcluded = true;
    s.avvPresent = true;
    s.dpiaDone = true;
    s.staffCouncilInvolved = true;
    s.personalDataPermitted = true;
    s.maxLevel = 2;
    s.useCases = {QStringLiteral("drafting")};
    s.status = Service::Status::Approved;
    s.nextReview = QDate(2099, 6, 1);
    return s;
}

// A TCP forwarder on 127.0.0.1 that the test can cut and restore: the "network" between the
// clerk's laptop and the registry server.
class Proxy
{
public:
    Proxy(const QString& targetHost, int targetPort) : m_targetPort(targetPort)
    {
        m_target = targetHost == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : targetHost;
    }
    ~Proxy() { stop(); }

    int port() const { return m_port; }

    bool start()
    {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        const int yes = 1;
        ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = htons(static_cast<uint16_t>(m_port));
        if (::bind(m_listen, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(m_listen, 64) != 0)
            return false;
        socklen_t len = sizeof addr;
        ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&addr), &len);
        m_port = ntohs(addr.sin_port);
        m_running = true;
        m_thread = std::thread([this] { loop(); });
        return true;
    }

    // Closes the listener and every forwarded connection (the port stays known for start()).
    void stop()
    {
        if (!m_running)
            return;
        m_running = false;
        m_thread.join();
        ::close(m_listen);
        for (const auto& [a, b] : m_pairs) {
            ::close(a);
            ::close(b);
        }
        m_pairs.clear();
    }

private:
    void loop()
    {
        while (m_running) {
            std::vector<pollfd> fds{{m_listen, POLLIN, 0}};
            for (const auto& [a, b] : m_pairs) {
                fds.push_back({a, POLLIN, 0});
                fds.push_back({b, POLLIN, 0});
            }
            if (::poll(fds.data(), fds.size(), 50) <= 0)
                continue;
            const std::size_t polled = (fds.size() - 1) / 2; // pairs accepted below wait for the next poll
            std::vector<std::pair<int, int>> accepted;
            if (fds[0].revents & POLLIN) {
                const int client = ::accept(m_listen, nullptr, nullptr);
                const int server = ::socket(AF_INET, SOCK_STREAM, 0);
                sockaddr_in addr{};
                addr.sin_family = AF_INET;
                ::inet_pton(AF_INET, m_target.toLatin1().constData(), &addr.sin_addr);
                addr.sin_port = htons(static_cast<uint16_t>(m_targetPort));
                if (::connect(server, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0) {
                    accepted.emplace_back(client, server);
                } else {
                    ::close(client);
                    ::close(server);
                }
            }
            std::vector<std::pair<int, int>> alive;
            for (std::size_t i = 0; i < polled; ++i) {
                bool open = true;
                for (int side = 0; side < 2 && open; ++side) {
                    const pollfd& p = fds[1 + 2 * i + static_cast<std::size_t>(side)];
                    if (!(p.revents & (POLLIN | POLLHUP | POLLERR)))
                        continue;
                    char buffer[16384];
                    const ssize_t n = ::read(p.fd, buffer, sizeof buffer);
                    const int to = side == 0 ? m_pairs[i].second : m_pairs[i].first;
                    open = n > 0 && ::write(to, buffer, static_cast<std::size_t>(n)) == n;
                }
                if (open) {
                    alive.push_back(m_pairs[i]);
                } else {
                    ::close(m_pairs[i].first);
                    ::close(m_pairs[i].second);
                }
            }
            alive.insert(alive.end(), accepted.begin(), accepted.end());
            m_pairs = alive;
        }
    }

    QString m_target;
    int m_targetPort;
    int m_port = 0;
    int m_listen = -1;
    std::atomic<bool> m_running{false};
    std::thread m_thread;
    std::vector<std::pair<int, int>> m_pairs;
};

// Keeps the tests' snapshots and settings out of the real user's folders.
struct CacheHome
{
    QTemporaryDir dir;
    QByteArray before = qgetenv("XDG_CACHE_HOME");
    CacheHome() { qputenv("XDG_CACHE_HOME", dir.path().toUtf8()); }
    ~CacheHome()
    {
        if (before.isEmpty())
            qunsetenv("XDG_CACHE_HOME");
        else
            qputenv("XDG_CACHE_HOME", before);
    }
};

} // namespace

TEST_CASE("snapshot_idleRegistryHoldsNoServerConnection_andClerksReadTheSnapshot", "[registry][postgres][snapshot]")
{
    const PgServer pg;
    if (!pgAvailable(pg))
        return;
    const CacheHome cache;
    const QString db = createRegistryDatabase(pg);
    RegistryError error;
    auto admin =
        Registry::open(url(QStringLiteral("ki_lotse_admin"), QStringLiteral("admin-pw"), pg.host, pg.port, db), &error);
    INFO(error.message.toStdString());
    REQUIRE(admin);
    REQUIRE(admin->add(sample(QStringLiteral("Stadt-KI")), QStringLiteral("admin"), &error) > 0);
    CHECK(admin->databaseRole() == QStringLiteral("ki_lotse_admin"));
    // Sixty clerks' windows open: none of them holds a server connection while idle.
    std::vector<std::unique_ptr<Registry>> windows;
    for (int i = 0; i < 60; ++i) {
        windows.push_back(Registry::open(
            url(QStringLiteral("ki_lotse_clerk"), QStringLiteral("clerk-pw"), pg.host, pg.port, db), &error));
        REQUIRE(windows.back());
    }
    CHECK(connectionsOf(pg, db) == 0);
    for (const auto& w : windows) {
        CHECK(w->isReadOnly());
        CHECK_FALSE(w->isOffline());
        CHECK(w->services().size() == 1);
        CHECK(w->snapshotTime().isValid());
    }
    CHECK(connectionsOf(pg, db) == 0);
    // A change becomes visible to a clerk on refresh (the GUI refreshes on a timer and on demand).
    REQUIRE(admin->add(sample(QStringLiteral("Zweiter Dienst")), QStringLiteral("admin"), &error) > 0);
    CHECK(windows.front()->services().size() == 1);
    REQUIRE(windows.front()->refresh(&error));
    CHECK(windows.front()->services().size() == 2);
    CHECK(connectionsOf(pg, db) == 0);
    // The snapshot is the user's alone.
    const QFileInfo folder(QDir(cache.dir.path()).filePath(QStringLiteral("ki-lotse")));
    CHECK(folder.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                   QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser));
}

TEST_CASE("snapshot_serverGoneMidSession_readsGoOn_changesRefused_reconnectWithoutRestart",
          "[registry][postgres][snapshot]")
{
    const PgServer pg;
    if (!pgAvailable(pg))
        return;
    const CacheHome cache;
    const QString db = createRegistryDatabase(pg);
    Proxy network(pg.host, pg.port);
    REQUIRE(network.start());
    RegistryError error;
    auto admin = Registry::open(url(QStringLiteral("ki_lotse_admin"), QStringLiteral("admin-pw"),
                                    QStringLiteral("127.0.0.1"), network.port(), db),
                                &error);
    INFO(error.message.toStdString());
    REQUIRE(admin);
    const qint64 id = admin->add(sample(QStringLiteral("Stadt-KI")), QStringLiteral("admin"), &error);
    REQUIRE(id > 0);

    network.stop(); // the laptop leaves the office network
    CHECK_FALSE(admin->refresh(&error));
    CHECK(error.kind == RegistryError::Kind::Offline);
    CHECK(admin->isOffline());
    CHECK(admin->isReadOnly());
    REQUIRE(admin->services().size() == 1); // the tools are still listed
    const ToolsForCheck tools =
        toolsForCheck(*admin, kilotse::test::defaultPack(), 2, QStringLiteral("drafting"), true);
    CHECK(tools.offered.size() == 1);
    const QString notice = registryOfflineNotice(*admin);
    CHECK(notice.contains(QStringLiteral("Server nicht erreichbar")));
    CHECK(notice.contains(QStringLiteral("Stand")));
    CHECK_FALSE(admin->isSnapshotStale());
    CHECK(admin->isSnapshotStale(QDateTime::currentDateTimeUtc().addDays(30))); // default: 72 hours
    // Admin verbs refuse, saying why.
    CHECK(admin->add(sample(QStringLiteral("Offline-Dienst")), QStringLiteral("admin"), &error) == 0);
    CHECK(error.kind == RegistryError::Kind::Offline);
    CHECK(registryErrorText(error).contains(QStringLiteral("nicht erreichbar")));
    Service changed = *admin->service(id);
    changed.notes = QStringLiteral("offline geändert");
    CHECK_FALSE(admin->update(changed, QStringLiteral("admin"), &error));
    CHECK(error.kind == RegistryError::Kind::Offline);
    CHECK(admin->audit(AuditFilter{}, 10, &error).isEmpty());
    CHECK(error.kind == RegistryError::Kind::Offline);

    REQUIRE(network.start()); // back in the office: same address, no restart
    error = {};
    const bool refreshed = admin->refresh(&error);
    INFO(static_cast<int>(error.kind) << " " << error.message.toStdString());
    REQUIRE(refreshed);
    CHECK_FALSE(admin->isOffline());
    CHECK_FALSE(admin->isReadOnly());
    CHECK(registryOfflineNotice(*admin).isEmpty());
    changed = *admin->service(id);
    changed.notes = QStringLiteral("wieder verbunden");
    CHECK(admin->update(changed, QStringLiteral("admin"), &error));
}

TEST_CASE("snapshot_serverDownAtStart_opensTheLastSnapshotReadOnly_orFailsWithoutOne", "[registry][postgres][snapshot]")
{
    const PgServer pg;
    if (!pgAvailable(pg))
        return;
    const CacheHome cache;
    const QString db = createRegistryDatabase(pg);
    Proxy network(pg.host, pg.port);
    REQUIRE(network.start());
    const QString address = url(QStringLiteral("ki_lotse_admin"), QStringLiteral("admin-pw"),
                                QStringLiteral("127.0.0.1"), network.port(), db);
    RegistryError error;
    {
        auto admin = Registry::open(address, &error);
        REQUIRE(admin);
        REQUIRE(admin->add(sample(QStringLiteral("Stadt-KI")), QStringLiteral("admin"), &error) > 0);
    }
    network.stop();
    {
        auto laptop = Registry::open(address, &error);
        INFO(error.message.toStdString());
        REQUIRE(laptop);
        CHECK(laptop->isOffline());
        CHECK(laptop->isReadOnly());
        CHECK(laptop->services().size() == 1);
        CHECK(laptop->snapshotTime().isValid());
        CHECK(laptop->snapshotTime() <= QDateTime::currentDateTimeUtc());
        const QByteArray json =
            toolsToJson(toolsForCheck(*laptop, kilotse::test::defaultPack(), 1, QStringLiteral("drafting"), false), 1,
                        QStringLiteral("drafting"), false, *laptop, false);
        INFO(json.toStdString());
        CHECK(json.contains("\"offline\": true"));
        // classify --format json says it too, with the snapshot's time.
        const ToolsForCheck tools =
            toolsForCheck(*laptop, kilotse::test::defaultPack(), 1, QStringLiteral("drafting"), false);
        const QByteArray outcome =
            outcomeToJson(kilotse::test::defaultPack(), AnswerSet{}, Outcome{}, &tools, QString(), laptop.get());
        INFO(outcome.toStdString());
        CHECK(outcome.contains("\"offline\": true"));
        CHECK(outcome.contains("\"snapshot\": \"20"));
    }
    // Another registry address has no snapshot: no tools rather than somebody else's.
    const QString other = url(QStringLiteral("ki_lotse_admin"), QStringLiteral("admin-pw"), QStringLiteral("127.0.0.1"),
                              network.port(), db + QStringLiteral("x"));
    CHECK_FALSE(Registry::open(other, &error));
    CHECK(error.kind == RegistryError::Kind::Offline);
    // The snapshot file holds the registry only and is the user's alone.
    const QStringList files =
        QDir(QDir(cache.dir.path()).filePath(QStringLiteral("ki-lotse"))).entryList({QStringLiteral("*.sqlite")});
    REQUIRE(files.size() == 1);
    const QFileInfo file(QDir(cache.dir.path()).filePath(QStringLiteral("ki-lotse/") + files.first()));
    CHECK(file.permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
    CHECK_FALSE(files.first().contains(db)); // the name says nothing about the server
}

TEST_CASE("snapshot_auditIsAppendOnly_andWhoIsTheDatabaseRole", "[registry][postgres][audit]")
{
    const PgServer pg;
    if (!pgAvailable(pg))
        return;
    const CacheHome cache;
    const QString db = createRegistryDatabase(pg);
    RegistryError error;
    auto admin =
        Registry::open(url(QStringLiteral("ki_lotse_admin"), QStringLiteral("admin-pw"), pg.host, pg.port, db), &error);
    REQUIRE(admin);
    // The client claims to be somebody else: the database records its role.
    const qint64 id = admin->add(sample(QStringLiteral("Stadt-KI")), QStringLiteral("jemand-anderes"), &error);
    REQUIRE(id > 0);
    const QList<AuditEntry> entries = admin->audit(AuditFilter{}, 100, &error);
    REQUIRE_FALSE(entries.isEmpty());
    for (const AuditEntry& e : entries)
        CHECK(e.actor == QStringLiteral("ki_lotse_admin"));
    CHECK(admin->auditActors(&error) == QStringList{QStringLiteral("ki_lotse_admin")});
    AuditFilter byOther;
    byOther.actor = QStringLiteral("jemand-anderes");
    CHECK(admin->audit(byOther, 100, &error).isEmpty());
    // Even the admin role cannot change or remove what was written.
    for (const QString& sql : {QStringLiteral("UPDATE audit_log SET actor = 'niemand'"),
                               QStringLiteral("DELETE FROM audit_log"), QStringLiteral("TRUNCATE audit_log")}) {
        const QStringList result =
            sqlAs(pg.host, pg.port, QStringLiteral("ki_lotse_admin"), QStringLiteral("admin-pw"), db, {sql});
        INFO(sql.toStdString());
        REQUIRE(result.size() == 1);
        CHECK(result.first().contains(QStringLiteral("append-only")));
    }
    CHECK(admin->audit(AuditFilter{}, 100, &error).size() == entries.size());
}

TEST_CASE("snapshot_registryUrl_passesTlsParameters_andRefusesUnknownOnes", "[registry][postgres]")
{
    const PgServer pg;
    if (!pgAvailable(pg))
        return;
    const CacheHome cache;
    RegistryError error;
    // The TLS parameters reach libpq: this server speaks no TLS, so a URL that demands it fails
    // with libpq's TLS error, while the same address without them connects. (verify-full with
    // sslrootcert against a TLS server: tests/docs/check-admin-recipes.sh pg, through PgBouncer.)
    const QString base =
        url(QStringLiteral("ki_lotse_admin"), QStringLiteral("admin-pw"), pg.host, pg.port, QStringLiteral("postgres"));
    CHECK_FALSE(
        Registry::open(base + QStringLiteral("?sslmode=verify-full&sslrootcert=/nonexistent/root.crt"), &error));
    CHECK(error.message.contains(QStringLiteral("SSL")));
    CHECK_FALSE(Registry::open(
        base + QStringLiteral("?sslmode=require&sslcert=/nonexistent/client.crt&sslkey=/nonexistent/client.key"),
        &error));
    CHECK(error.message.contains(QStringLiteral("SSL")));
    CHECK_FALSE(error.message.contains(QStringLiteral("admin-pw")));
    // A misspelt parameter is refused, not ignored.
    CHECK_FALSE(Registry::open(base + QStringLiteral("?sslmode=verify-full&sslrootcer=/etc/ssl/root.crt"), &error));
    CHECK(error.message.contains(QStringLiteral("sslrootcer")));
}

TEST_CASE("snapshot_pgbouncerTransactionPooling_everyOperationWorks", "[registry][postgres][pgbouncer]")
{
    const PgServer pg;
    if (!pgAvailable(pg))
        return;
    const int bouncer = qEnvironmentVariableIntValue("KI_LOTSE_PGBOUNCER_PORT");
    if (bouncer == 0) {
        CHECK(qEnvironmentVariable("KI_LOTSE_REQUIRE_PG") != QStringLiteral("1"));
        WARN("no PgBouncer (KI_LOTSE_PGBOUNCER_PORT unset): run inside tests/registry/with-pgbouncer.sh");
        return;
    }
    const CacheHome cache;
    const QString db = createRegistryDatabase(pg);
    // Qt reports a statement that the pooler's server connection does not know as a warning
    // ("Unable to free statement: … does not exist"): there must be none.
    static QStringList warnings;
    warnings.clear();
    const QtMessageHandler previous =
        qInstallMessageHandler([](QtMsgType, const QMessageLogContext&, const QString& m) { warnings << m; });
    RegistryError error;
    const QString adminUrl =
        url(QStringLiteral("ki_lotse_admin"), QStringLiteral("admin-pw"), QStringLiteral("127.0.0.1"), bouncer, db);
    const QString clerkUrl =
        url(QStringLiteral("ki_lotse_clerk"), QStringLiteral("clerk-pw"), QStringLiteral("127.0.0.1"), bouncer, db);
    auto admin = Registry::open(adminUrl, &error); // creates the schema through the pooler
    INFO(error.message.toStdString());
    REQUIRE(admin);
    auto second = Registry::open(adminUrl, &error);
    REQUIRE(second);
    // Two admins and many clerks interleave: prepared statements and session settings must not
    // leak between clients that share the pooler's server connections.
    for (int i = 0; i < 25; ++i) {
        Registry& who = i % 2 ? *second : *admin;
        const qint64 id = who.add(sample(QStringLiteral("Dienst %1").arg(i)), QStringLiteral("admin"), &error);
        INFO(error.message.toStdString());
        REQUIRE(id > 0);
        REQUIRE(who.refresh(&error));
        Service s = *who.service(id);
        s.notes = QStringLiteral("Änderung %1 – Umlaute äöü ß €").arg(i);
        REQUIRE(who.update(s, QStringLiteral("admin"), &error));
        REQUIRE(who.setStatus(id, Service::Status::Suspended, s.version + 1, QStringLiteral("admin"), &error));
        auto clerk = Registry::open(clerkUrl, &error);
        REQUIRE(clerk);
        CHECK(clerk->services().size() == i + 1);
    }
    // Errors inside a transaction leave nothing behind for the next client.
    CHECK(admin->add(sample(QStringLiteral("Dienst 1")), QStringLiteral("admin"), &error) == 0);
    CHECK(error.kind == RegistryError::Kind::Duplicate);
    REQUIRE(admin->refresh(&error));
    const QByteArray exported = servicesToJson(admin->services());
    const ServiceParseResult parsed = parseServicesJson(exported, QStringLiteral("bouncer.json"));
    REQUIRE(parsed.problems.isEmpty());
    CHECK(second->importServices(parsed.rows, false, QStringLiteral("admin")).problems.isEmpty());
    CHECK(second->audit(AuditFilter{}, 1000, &error).size() > 25);
    CHECK(second->audit(AuditFilter{}, 1000, &error).first().actor == QStringLiteral("ki_lotse_admin"));
    CHECK(admin->services().size() == 25);
    // The pool never exceeded its size, whatever the number of clients.
    CHECK(connectionsOf(pg, db) <= 5);
    qInstallMessageHandler(previous);
    INFO(warnings.join(u'\n').toStdString());
    CHECK(warnings.filter(QStringLiteral("does not exist")).isEmpty());
}

TEST_CASE("registry_foreignSqliteFile_isRefusedAndNeverChanged", "[registry]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign-setup"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount TEXT)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO invoices (amount) VALUES ('12.50')")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign-setup"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    RegistryError error;
    CHECK_FALSE(openRegistry(path, &error));
    CHECK(error.kind == RegistryError::Kind::Foreign);
    CHECK(registryErrorText(error).contains(QStringLiteral("nicht verändert")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before); // no tables, no WAL mode added
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    // Text that is not SQLite at all.
    const QString text = dir.filePath(QStringLiteral("notes.sqlite"));
    QFile notes(text);
    REQUIRE(notes.open(QIODevice::WriteOnly));
    notes.write("Dies ist keine Datenbank.\n");
    notes.close();
    CHECK_FALSE(openRegistry(text, &error));
    CHECK(error.kind == RegistryError::Kind::Foreign);
}

TEST_CASE("registry_sqliteAudit_isAppendOnly", "[registry][audit]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.sqlite"));
    RegistryError error;
    {
        auto registry = openRegistry(path, &error);
        REQUIRE(registry);
        REQUIRE(registry->add(sample(QStringLiteral("Stadt-KI")), QStringLiteral("admin"), &error) > 0);
    }
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("audit-tamper"));
        raw.setDatabaseName(path);
        REQUIRE(raw.open());
        QSqlQuery q(raw);
        CHECK_FALSE(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'niemand'")));
        CHECK(q.lastError().text().contains(QStringLiteral("append-only")));
        CHECK_FALSE(q.exec(QStringLiteral("DELETE FROM audit_log")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("audit-tamper"));
}

TEST_CASE("registry_heldLock_isReportedInGermanWithWhatToDo", "[registry]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.sqlite"));
    RegistryError error;
    auto registry = openRegistry(path, &error);
    REQUIRE(registry);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("lock-holder"));
        other.setDatabaseName(path);
        other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("BEGIN IMMEDIATE"))); // a backup or another editor writes
        CHECK(registry->add(sample(QStringLiteral("Stadt-KI")), QStringLiteral("admin"), &error) == 0);
        CHECK(error.kind == RegistryError::Kind::Locked);
        const QString text = registryErrorText(error);
        CHECK(text.contains(QStringLiteral("gesperrt")));
        CHECK(text.contains(QStringLiteral("erneut")));
        CHECK_FALSE(text.contains(QStringLiteral("Unable to fetch row")));
        REQUIRE(q.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("lock-holder"));
    CHECK(registry->add(sample(QStringLiteral("Stadt-KI")), QStringLiteral("admin"), &error) > 0);
}

TEST_CASE("registry_failedOpen_isLoggedWithItsReason", "[registry]")
{
    const CacheHome cache;
    auto sink = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(64);
    spdlog::default_logger()->sinks().push_back(sink);
    QTemporaryDir dir;
    RegistryError error;
    CHECK_FALSE(openRegistry(QStringLiteral("mysql://x@y/z"), &error));
    CHECK_FALSE(openRegistry(QStringLiteral("postgresql://clerk:geheim@127.0.0.1:1/registry"), &error));
    spdlog::default_logger()->sinks().pop_back();
    const std::vector<std::string> lines = sink->last_formatted();
    bool unknown = false;
    bool unreachable = false;
    for (const std::string& line : lines) {
        unknown = unknown || (line.find("cannot open mysql://x@y/z") != std::string::npos);
        unreachable =
            unreachable || (line.find("cannot open postgresql://clerk@127.0.0.1:1/registry") != std::string::npos);
        CHECK(line.find("geheim") == std::string::npos); // never the password
    }
    CHECK(unknown);
    CHECK(unreachable);
}

namespace {
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

CliRun cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(KI_LOTSE_CLI_PATH), args);
    REQUIRE(p.waitForStarted(10000));
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(30000));
    return CliRun{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}
} // namespace

TEST_CASE("cli_registryAudit_germanWords_filters_andCsv", "[registry][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.sqlite"));
    {
        RegistryError error;
        auto registry = openRegistry(path, &error);
        REQUIRE(registry);
        REQUIRE(registry->add(sample(QStringLiteral("Stadt-KI")), QStringLiteral("a.admin"), &error) > 0);
        REQUIRE(registry->add(sample(QStringLiteral("Zweiter Dienst")), QStringLiteral("b.admin"), &error) > 0);
    }
    const CliRun text = cli({QStringLiteral("registry"), QStringLiteral("audit"), QStringLiteral("--registry"), path,
                             QStringLiteral("--actor"), QStringLiteral("b.admin")});
    REQUIRE(text.exitCode == 0);
    const QString out = QString::fromUtf8(text.out);
    CHECK(out.contains(QStringLiteral("angelegt")));
    CHECK(out.contains(QStringLiteral("Höchste Schutzstufe")));
    CHECK(out.contains(QStringLiteral("Schutzstufe 2")));
    CHECK_FALSE(out.contains(QStringLiteral("max_level")));
    CHECK_FALSE(out.contains(QStringLiteral("a.admin")));
    CHECK(out.contains(QStringLiteral("Zweiter Dienst")));
    CHECK_FALSE(out.contains(QStringLiteral("Stadt-KI")));

    const CliRun csv = cli({QStringLiteral("registry"), QStringLiteral("audit"), QStringLiteral("--registry"), path,
                            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--service"),
                            QStringLiteral("Stadt-KI")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out.startsWith("\xEF\xBB\xBFNr.;Zeitpunkt;Wer;Aktion"));
    CHECK(csv.out.contains("\r\n"));
    CHECK_FALSE(csv.out.contains("Zweiter Dienst"));

    const QString today = QDate::currentDate().toString(Qt::ISODate);
    CHECK(cli({QStringLiteral("registry"), QStringLiteral("audit"), QStringLiteral("--registry"), path,
               QStringLiteral("--from"), today, QStringLiteral("--to"), today})
              .out.contains("Stadt-KI"));
    CHECK_FALSE(cli({QStringLiteral("registry"), QStringLiteral("audit"), QStringLiteral("--registry"), path,
                     QStringLiteral("--to"), QStringLiteral("2000-01-01")})
                    .out.contains("Stadt-KI"));
    const CliRun bad = cli({QStringLiteral("registry"), QStringLiteral("audit"), QStringLiteral("--registry"), path,
                            QStringLiteral("--from"), QStringLiteral("2026-13-01")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains("JJJJ-MM-TT"));
}

TEST_CASE("cli_foreignSqliteAsRegistry_readOnlyExport_refusedAndUnchanged", "[registry][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign-cli"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery q(other);
        REQUIRE(q.exec(QStringLiteral("CREATE TABLE contacts (name TEXT)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign-cli"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    const CliRun run = cli({QStringLiteral("registry"), QStringLiteral("export"), QStringLiteral("--registry"), path});
    CHECK(run.exitCode == 1);
    CHECK(QString::fromUtf8(run.err).contains(QStringLiteral("kein Dienste-Verzeichnis von KI-Lotse")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == before);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
}

TEST_CASE("registry_formNames_areStoredNfc_andNfdTwinsAreDuplicates", "[registry]")
{
    QTemporaryDir dir;
    RegistryError error;
    auto registry = openRegistry(dir.filePath(QStringLiteral("r.sqlite")), &error);
    REQUIRE(registry);
    const QString nfd = QStringLiteral("Mu\u0308nchen-Assistent"); // u + combining diaeresis
    const qint64 id = registry->add(sample(nfd), QStringLiteral("admin"), &error);
    REQUIRE(id > 0);
    CHECK(registry->service(id)->name == QStringLiteral("München-Assistent")); // stored as NFC
    CHECK(registry->add(sample(QStringLiteral("MÜNCHEN-ASSISTENT")), QStringLiteral("admin"), &error) == 0);
    CHECK(error.kind == RegistryError::Kind::Duplicate);
}

TEST_CASE("cli_importIntoTheDemo_mustSayWhatBecomesOfItsServices", "[registry][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    {
        RegistryError error;
        auto registry = Registry::open(path, &error);
        REQUIRE(registry);
        REQUIRE(registry->seedDemo(demoServices(), &error));
    }
    Service own = sample(QStringLiteral("Eigener Dienst"));
    own.maxLevel = 1;
    own.status = Service::Status::Pilot;
    const QString file = dir.filePath(QStringLiteral("eigen.json"));
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(servicesToJson({own}));
    }
    const QStringList base{QStringLiteral("registry"), QStringLiteral("import"), QStringLiteral("--registry"), path,
                           file};
    // Without a decision: refused, the demo stays as it is.
    const CliRun refused = cli(base);
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains("--leave-demo"));
    // A dry run needs no decision.
    CHECK(cli(base + QStringList{QStringLiteral("--dry-run")}).exitCode == 0);
    {
        RegistryError error;
        auto registry = Registry::open(path, &error);
        REQUIRE(registry);
        CHECK(registry->isDemo());
        CHECK_FALSE(registry->serviceByName(QStringLiteral("Eigener Dienst")));
    }
    // "retire": the fictitious services are no longer offered, the own one is there.
    const CliRun retired = cli(base + QStringList{QStringLiteral("--leave-demo"), QStringLiteral("retire")});
    INFO(retired.err.toStdString());
    REQUIRE(retired.exitCode == 0);
    RegistryError error;
    auto registry = Registry::open(path, &error);
    REQUIRE(registry);
    CHECK_FALSE(registry->isDemo());
    CHECK(registry->candidates(1).isEmpty());
    CHECK(registry->serviceByName(QStringLiteral("Eigener Dienst")));
    for (const Service& s : demoServices())
        CHECK(registry->serviceByName(s.name)->status == Service::Status::Retired);
}
