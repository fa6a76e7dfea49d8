// Tests against a real PostgreSQL 15 server. scripts/test.sh runs the test suite inside
// pg_virtualenv (Debian's postgresql-common), which provides PGHOST/PGPORT/PGUSER/PGPASSWORD of a
// throw-away superuser cluster. Without those variables the test only passes when
// KI_LOTSE_REQUIRE_PG is not set (developer machines without PostgreSQL).

#include "TestSupport.h"
#include "registry/Registry.h"
#include "registry/ServiceIo.h"
#include "registry/Tools.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

using namespace kilotse;

namespace {

struct PgServer
{
    QString host = qEnvironmentVariable("PGHOST");
    QString port = qEnvironmentVariable("PGPORT", QStringLiteral("5432"));
    QString user = qEnvironmentVariable("PGUSER");
    QString password = qEnvironmentVariable("PGPASSWORD");

    bool available() const { return !host.isEmpty() && !user.isEmpty(); }
    QString url(const QString& role, const QString& pw, const QString& db) const
    {
        return QStringLiteral("postgresql://%1:%2@%3:%4/%5").arg(role, pw, host, port, db);
    }
};

// Runs SQL as the superuser on `database`; fails the test on error.
void superuserSql(const PgServer& pg, const QString& database, const QStringList& statements)
{
    const QString name = QStringLiteral("pg-setup-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(pg.host);
        db.setPort(pg.port.toInt());
        db.setUserName(pg.user);
        db.setPassword(pg.password);
        db.setDatabaseName(database);
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
        for (const QString& sql : statements) {
            QSqlQuery q(db);
            INFO(sql.toStdString());
            const bool ok = q.exec(sql);
            INFO(q.lastError().text().toStdString());
            REQUIRE(ok);
        }
    }
    QSqlDatabase::removeDatabase(name);
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
    s.dpiaDone = true; // the standard pack requires a DPIA and the staff council at level 2
    s.staffCouncilInvolved = true;
    s.personalDataPermitted = true;
    s.maxLevel = 2;
    s.useCases = {QStringLiteral("drafting")};
    s.status = Service::Status::Approved;
    s.nextReview = QDate(2027, 6, 1);
    return s;
}

} // namespace

TEST_CASE("postgres_adminWrites_clerkReadsOnly_andIsRefusedAWrite", "[registry][postgres]")
{
    const PgServer pg;
    if (!pg.available()) {
        CHECK(qEnvironmentVariable("KI_LOTSE_REQUIRE_PG") != QStringLiteral("1"));
        WARN("no PostgreSQL server (PGHOST/PGUSER unset): PostgreSQL tests not run");
        return;
    }
    const QString db = QStringLiteral("ki_lotse_test_") + QString::number(QDateTime::currentMSecsSinceEpoch());
    // The set-up docs/registry.md describes for administrators, step by step.
    superuserSql(
        pg, QStringLiteral("postgres"),
        {QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ki_lotse_admin') THEN "
                        "CREATE ROLE ki_lotse_admin LOGIN PASSWORD 'admin-pw'; END IF; END $$"),
         QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ki_lotse_clerk') THEN "
                        "CREATE ROLE ki_lotse_clerk LOGIN PASSWORD 'clerk-pw'; END IF; END $$"),
         QStringLiteral("CREATE DATABASE %1 OWNER ki_lotse_admin").arg(db)});
    superuserSql(pg, db,
                 {QStringLiteral("REVOKE ALL ON SCHEMA public FROM PUBLIC"),
                  QStringLiteral("GRANT USAGE, CREATE ON SCHEMA public TO ki_lotse_admin"),
                  QStringLiteral("GRANT USAGE ON SCHEMA public TO ki_lotse_clerk"),
                  QStringLiteral("ALTER DEFAULT PRIVILEGES FOR ROLE ki_lotse_admin IN SCHEMA public "
                                 "GRANT SELECT ON TABLES TO ki_lotse_clerk")});

    RegistryError error;
    {
        auto admin = Registry::open(pg.url(QStringLiteral("ki_lotse_admin"), QStringLiteral("admin-pw"), db), &error);
        INFO(error.message.toStdString());
        REQUIRE(admin);
        CHECK(admin->isPostgres());
        CHECK_FALSE(admin->isReadOnly());
        CHECK_FALSE(admin->location().contains(QStringLiteral("admin-pw"))); // no password in messages and logs
        const qint64 id = admin->add(sample(QStringLiteral("Stadt-KI")), QStringLiteral("admin"), &error);
        REQUIRE(id > 0);
        Service s = *admin->service(id);
        s.notes = QStringLiteral("geändert – Ü");
        REQUIRE(admin->update(s, QStringLiteral("admin"), &error));
        CHECK(admin->audit(id).size() >= 2);

        // Conflict detection works the same on PostgreSQL.
        Service stale = s;
        stale.notes = QStringLiteral("veraltet");
        CHECK_FALSE(admin->update(stale, QStringLiteral("admin"), &error));
        CHECK(error.kind == RegistryError::Kind::Conflict);

        // Import round trip.
        const QByteArray exported = servicesToJson(admin->services());
        const ServiceParseResult parsed = parseServicesJson(exported, QStringLiteral("pg.json"));
        REQUIRE(parsed.problems.isEmpty());
        CHECK(admin->importServices(parsed.rows, false, QStringLiteral("admin")).applied);
        CHECK(servicesToJson(admin->services()) == exported);
    }
    {
        auto clerk = Registry::open(pg.url(QStringLiteral("ki_lotse_clerk"), QStringLiteral("clerk-pw"), db), &error);
        INFO(error.message.toStdString());
        REQUIRE(clerk);
        CHECK(clerk->isReadOnly());
        REQUIRE(clerk->services().size() == 1);
        const ToolsForCheck tools = toolsForCheck(*clerk, kilotse::test::defaultPack(), 2, QStringLiteral("drafting"),
                                                  true, QDate(2026, 11, 22));
        CHECK(tools.offered.size() == 1);
        CHECK(clerk->add(sample(QStringLiteral("Fremd")), QStringLiteral("clerk"), &error) == 0);
        CHECK(error.kind == RegistryError::Kind::ReadOnly);
    }
    // The server itself refuses the clerk role a write: SQLSTATE 42501.
    {
        const QString name = QStringLiteral("pg-clerk-raw");
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            raw.setHostName(pg.host);
            raw.setPort(pg.port.toInt());
            raw.setUserName(QStringLiteral("ki_lotse_clerk"));
            raw.setPassword(QStringLiteral("clerk-pw"));
            raw.setDatabaseName(db);
            REQUIRE(raw.open());
            QSqlQuery q(raw);
            CHECK_FALSE(q.exec(QStringLiteral("UPDATE services SET notes = 'x'")));
            CHECK(q.lastError().nativeErrorCode() == QStringLiteral("42501"));
        }
        QSqlDatabase::removeDatabase(name);
    }
    superuserSql(pg, QStringLiteral("postgres"), {QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(db)});
}
