// Configuration fails closed (issue 18): an unreadable or broken system settings file, a locked key
// without a value or an invalid locked registry/policy location stop the programs instead of
// silently running on defaults (the demo registry, the bundled pack). Also the Integer settings.
#include "Config.h"
#include "TestConfig.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kilotse;

namespace {

void write(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

} // namespace

TEST_CASE("integer settings: registry refresh and snapshot age with defaults, bounds and locks", "[config-fail-closed]")
{
    QTemporaryDir dir;
    const QString system = dir.filePath(QStringLiteral("system.conf"));
    const QString user = dir.filePath(QStringLiteral("user.conf"));

    const Config defaults = Config::loadFrom(system, user);
    CHECK(defaults.integer(QStringLiteral("registry/refresh_minutes")) == 10);
    CHECK(defaults.integer(QStringLiteral("registry/snapshot_max_age_hours")) == 72);
    CHECK(defaults.problems().isEmpty());

    write(system, "[registry]\nrefresh_minutes=5\nsnapshot_max_age_hours=24\n");
    write(user, "[registry]\nrefresh_minutes=2\nsnapshot_max_age_hours=0\n");
    const Config layered = Config::loadFrom(system, user);
    CHECK(layered.integer(QStringLiteral("registry/refresh_minutes")) == 2); // the user's value
    CHECK(layered.source(QStringLiteral("registry/refresh_minutes")) == SettingSource::User);
    CHECK(layered.integer(QStringLiteral("registry/snapshot_max_age_hours")) == 24); // 0 refused
    REQUIRE(layered.problems().size() == 1);
    CHECK(layered.problems().first().line == 3);
    CHECK(layered.problems().first().message.contains(QStringLiteral("1 to 8760")));

    write(system, "locked=registry/refresh_minutes\n[registry]\nrefresh_minutes=30\n");
    const Config locked = Config::loadFrom(system, user);
    CHECK(locked.integer(QStringLiteral("registry/refresh_minutes")) == 30);

    for (const QByteArray bad : {"-5", "ten", "10 min", "1441", "99999999999", "1.5"}) {
        write(user, "[registry]\nrefresh_minutes=" + bad + "\n");
        const Config c = Config::loadFrom(dir.filePath(QStringLiteral("none.conf")), user);
        INFO(bad.constData());
        CHECK(c.integer(QStringLiteral("registry/refresh_minutes")) == 10);
        CHECK(c.problems().size() == 1);
    }

    Config writable = Config::loadFrom(dir.filePath(QStringLiteral("none.conf")), user);
    QString error;
    CHECK_FALSE(writable.setUserValue(QStringLiteral("registry/refresh_minutes"), QStringLiteral("0"), &error));
    CHECK(error.contains(QStringLiteral("outside")));
    CHECK(writable.setUserValue(QStringLiteral("registry/refresh_minutes"), 15, &error));
    CHECK(Config::loadFrom(dir.filePath(QStringLiteral("none.conf")), user)
              .integer(QStringLiteral("registry/refresh_minutes")) == 15);
}
