// Configuration fails closed (issue 18): an unreadable or broken system settings file, a locked key
// without a value or an invalid registry/policy location stop the programs instead of silently
// running on defaults (the demo registry, the bundled pack). Also the Integer settings.
//
// Unreadable files when the tests run as root: root reads a file with mode 000 anyway
// (CAP_DAC_OVERRIDE). So the in-process tests use what is unreadable for root too (a folder, a
// FIFO or a dangling symbolic link in the file's place), and the mode-000 cases run the programs
// under `setpriv --bounding-set=-dac_override,-dac_read_search`, which takes those capabilities
// away from root for that one process. As a normal user the programs run directly.
#include "Config.h"
#include "Health.h"
#include "TestConfig.h"
#include "TestSupport.h"
#include "policy/PolicyLocator.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <sys/types.h>
#include <tuple>
#include <unistd.h>

using namespace kilotse;

namespace {

void write(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

QStringList messagesOf(const Config& c)
{
    QStringList messages;
    for (const ConfigProblem& p : c.problems())
        messages << (p.fatal ? QStringLiteral("FATAL ") : QString()) + p.toString();
    return messages;
}

// A fresh folder with etc/ki-lotse/ki-lotse.conf (the system file), a user folder and the other
// XDG folders, for the programs run as separate processes.
struct Sandbox
{
    QTemporaryDir dir;
    QString systemFile() const { return dir.filePath(QStringLiteral("etc/ki-lotse/ki-lotse.conf")); }
    QString userFile() const { return dir.filePath(QStringLiteral("home/ki-lotse/ki-lotse.conf")); }
    QString logFile() const { return dir.filePath(QStringLiteral("state/ki-lotse/ki-lotse.log")); }
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("homedir")));
        env.insert(QStringLiteral("XDG_CONFIG_DIRS"), dir.filePath(QStringLiteral("etc")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("home")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_STATE_HOME"), dir.filePath(QStringLiteral("state")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("KI_LOTSE_POLICY_DIR"));
        env.remove(QStringLiteral("KI_LOTSE_REGISTRY"));
        env.remove(QStringLiteral("KI_LOTSE_LANG"));
        return env;
    }
};

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

// Runs `program` with the sandbox's environment; `withoutDacOverride` runs it through setpriv so
// that root, too, cannot read files without read permission.
Run run(const Sandbox& box, const QString& program, const QStringList& args, bool withoutDacOverride = false)
{
    QProcess p;
    p.setProcessEnvironment(box.environment());
    if (withoutDacOverride)
        p.start(QStringLiteral("setpriv"), QStringList{QStringLiteral("--bounding-set=-dac_override,-dac_read_search"),
                                                       QStringLiteral("--"), program} +
                                               args);
    else
        p.start(program, args);
    REQUIRE(p.waitForFinished(60000));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QString cliPath()
{
    return QStringLiteral(KI_LOTSE_CLI_PATH);
}

// The GUI app is built next to the CLI (build/bin); TestConfig.h has no path of its own for it.
QString appPath()
{
    return QFileInfo(cliPath()).dir().filePath(QStringLiteral("ki-lotse"));
}

// Whether mode-000 files are unreadable for the programs started by run(…, withoutDacOverride):
// always for a normal user; for root only when setpriv can drop the capabilities.
bool canMakeFilesUnreadable(const Sandbox& box)
{
    const QString probe = box.dir.filePath(QStringLiteral("probe"));
    write(probe, "x");
    QFile::setPermissions(probe, {});
    if (::geteuid() != 0)
        return true;
    if (QStandardPaths::findExecutable(QStringLiteral("setpriv")).isEmpty())
        return false;
    return run(box, QStringLiteral("cat"), {probe}, true).code != 0;
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
    CHECK(defaults.integer(QStringLiteral("registry/connect_timeout_seconds")) == 5);
    CHECK(defaults.problems().isEmpty());
    CHECK(defaults.isUsable());

    write(system, "[registry]\nrefresh_minutes=5\nsnapshot_max_age_hours=24\n");
    write(user, "[registry]\nrefresh_minutes=2\nsnapshot_max_age_hours=0\n");
    const Config layered = Config::loadFrom(system, user);
    CHECK(layered.integer(QStringLiteral("registry/refresh_minutes")) == 2); // the user's value
    CHECK(layered.source(QStringLiteral("registry/refresh_minutes")) == SettingSource::User);
    CHECK(layered.integer(QStringLiteral("registry/snapshot_max_age_hours")) == 24); // 0 refused
    REQUIRE(layered.problems().size() == 1);
    CHECK(layered.problems().first().line == 3);
    CHECK(layered.problems().first().message.contains(QStringLiteral("1 to 8760")));
    CHECK(layered.isUsable());

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

TEST_CASE("an existing system file that cannot be read makes the settings unusable", "[config-fail-closed]")
{
    QTemporaryDir dir;
    const QString system = dir.filePath(QStringLiteral("etc/ki-lotse/ki-lotse.conf"));
    const QString user = dir.filePath(QStringLiteral("user.conf"));
    write(user, "[registry]\nlocation=/tmp/mine.sqlite\n");

    SECTION("a folder in the file's place")
    {
        REQUIRE(QDir().mkpath(system));
    }
    SECTION("a FIFO in the file's place (never opened: it would block the start)")
    {
        REQUIRE(QDir().mkpath(QFileInfo(system).absolutePath()));
        REQUIRE(::mkfifo(QFile::encodeName(system).constData(), 0644) == 0);
    }
    SECTION("a symbolic link to nothing")
    {
        REQUIRE(QDir().mkpath(QFileInfo(system).absolutePath()));
        REQUIRE(QFile::link(dir.filePath(QStringLiteral("deployed-elsewhere.conf")), system));
    }
    QElapsedTimer timer;
    timer.start();
    const Config c = Config::loadFrom(system, user);
    CHECK(timer.elapsed() < 5000);
    INFO(messagesOf(c).join(u'\n').toStdString());
    CHECK(c.systemFileExists());
    CHECK_FALSE(c.isUsable());
    REQUIRE(c.fatalProblems().size() == 1);
    CHECK(c.fatalProblems().first().file == system);
    const QString notice = c.fatalProblem();
    CHECK(notice.startsWith(QStringLiteral("Die Einstellungen der IT (") + system));
    CHECK(notice.contains(QStringLiteral("startet nicht mit Ersatzwerten")));
    CHECK(notice.contains(QStringLiteral("IT-Abteilung")));

    // The default system file is found even when only a link to nothing is there.
    qputenv("XDG_CONFIG_DIRS", dir.filePath(QStringLiteral("other")).toUtf8() + ':' + dir.filePath("etc").toUtf8());
    CHECK(Config::defaultSystemFile() == system);
    kilotse::test::isolateUserFolders();
}

TEST_CASE("a broken system file is fatal, a broken user file is not", "[config-fail-closed]")
{
    QTemporaryDir dir;
    const QString system = dir.filePath(QStringLiteral("system.conf"));
    const QString user = dir.filePath(QStringLiteral("user.conf"));
    const QString none = dir.filePath(QStringLiteral("none.conf"));

    struct Case
    {
        const char* name;
        QByteArray text;
        int line; // expected line of the fatal problem (0: the whole file)
        const char* key;
    };
    const QList<Case> fatal{
        {"a line that is neither section nor key=value",
         "[General]\nlocked=registry/location\n# comment in shell style\n[registry]\nlocation=/srv/r.sqlite\n", 3, ""},
        {"an unclosed section", "[registry\nlocation=/srv/r.sqlite\n", 1, ""},
        {"NUL bytes", QByteArray("[ui]\ntheme=dark\0\n", 17), 0, ""},
        {"not UTF-8 (Windows-1252)", "[contact]\nname=Stadt G\xf6rlitz\n", 0, ""},
        {"larger than 1 MB", "[contact]\nname=x\n" + QByteArray(1024 * 1024 + 10, ';'), 0, ""},
        {"a relative registry path", "[registry]\nlocation=registry.sqlite\n", 2, "registry/location"},
        {"a relative policy folder", "[policy]\ndir=regelwerk\n", 2, "policy/dir"},
        {"an empty policy folder", "[policy]\ndir=\n", 2, "policy/dir"},
        {"a registry location with a control character", "[registry]\nlocation=/srv/a\x1b[2Jb.sqlite\n", 2,
         "registry/location"},
    };
    for (const Case& k : fatal) {
        DYNAMIC_SECTION(k.name)
        {
            write(system, k.text);
            const Config c = Config::loadFrom(system, none);
            INFO(messagesOf(c).join(u'\n').toStdString());
            CHECK_FALSE(c.isUsable());
            REQUIRE(c.fatalProblems().size() == 1);
            CHECK(c.fatalProblems().first().file == system);
            CHECK(c.fatalProblems().first().line == k.line);
            CHECK(c.fatalProblems().first().key == QLatin1String(k.key));
            CHECK(c.fatalProblem().contains(system));
            if (k.line > 0)
                CHECK(c.fatalProblem().contains(QStringLiteral("Zeile %1").arg(k.line)));

            // The same text as the user's own file: reported and ignored, the program runs.
            write(user, k.text);
            const Config asUser = Config::loadFrom(none, user);
            CHECK(asUser.isUsable());
        }
    }

    SECTION("unknown keys, unknown lock names and invalid values of other keys stay warnings")
    {
        write(system, "locked=ui/theme, future/setting\n[ui]\ntheme=purple\n[future]\nsetting=1\n[history]\n"
                      "enabled=vielleicht\n[registry]\nlocation=postgresql://ki@db.example/ki_lotse\n");
        const Config c = Config::loadFrom(system, none);
        INFO(messagesOf(c).join(u'\n').toStdString());
        CHECK(c.problems().size() == 4);
        CHECK(c.isUsable());
        CHECK(c.fatalProblem().isEmpty());
        CHECK(c.text(QStringLiteral("ui/theme")) == QStringLiteral("light"));
    }
}

TEST_CASE("a lock without a value: fatal for the registry and the pack, reported for the rest", "[config-fail-closed]")
{
    QTemporaryDir dir;
    const QString system = dir.filePath(QStringLiteral("system.conf"));
    const QString user = dir.filePath(QStringLiteral("user.conf"));
    write(user, "[registry]\nlocation=/tmp/mine.sqlite\n");

    SECTION("registry/location locked, no value: would be the user's or the demo registry")
    {
        write(system, "[General]\nlocked=registry/location, contact/name\n\n[contact]\nname=KI-Team\n");
        const Config c = Config::loadFrom(system, user);
        INFO(messagesOf(c).join(u'\n').toStdString());
        CHECK_FALSE(c.isUsable());
        REQUIRE(c.fatalProblems().size() == 1);
        CHECK(c.fatalProblems().first().key == QStringLiteral("registry/location"));
        CHECK(c.fatalProblems().first().line == 2); // the line of `locked`
        CHECK(c.fatalProblem().contains(system + QStringLiteral(", Zeile 2")));
    }
    SECTION("registry/location locked with an empty value")
    {
        write(system, "locked=registry/location\n[registry]\nlocation=\n");
        const Config c = Config::loadFrom(system, user);
        CHECK_FALSE(c.isUsable());
        REQUIRE(c.fatalProblems().size() == 1);
        CHECK(c.fatalProblems().first().line == 1);
    }
    SECTION("policy/dir locked, no value")
    {
        write(system, "locked=policy/dir\n[registry]\nlocation=/srv/r.sqlite\n");
        const Config c = Config::loadFrom(system, user);
        CHECK_FALSE(c.isUsable());
        REQUIRE(c.fatalProblems().size() == 1);
        CHECK(c.fatalProblems().first().key == QStringLiteral("policy/dir"));
    }
    SECTION("policy/dir locked with an invalid value: one fatal problem where the value stands")
    {
        write(system, "locked=policy/dir\n[policy]\ndir=relative\n");
        const Config c = Config::loadFrom(system, user);
        INFO(messagesOf(c).join(u'\n').toStdString());
        REQUIRE(c.fatalProblems().size() == 1);
        CHECK(c.fatalProblems().first().line == 3);
    }
    SECTION("contact/email locked without a value: reported, not fatal")
    {
        write(system, "locked=contact/email\n");
        const Config c = Config::loadFrom(system, user);
        CHECK(c.isUsable());
        REQUIRE(c.problems().size() == 1);
        CHECK(c.problems().first().key == QStringLiteral("contact/email"));
        CHECK(c.problems().first().line == 1);
        CHECK(c.problems().first().message.contains(QStringLiteral("keinen Wert")));
    }
    SECTION("ui/theme locked without a value locks the default (documented), no problem")
    {
        write(system, "locked=ui/theme, history/enabled\n");
        write(user, "[ui]\ntheme=dark\n");
        const Config c = Config::loadFrom(system, user);
        CHECK(c.problems().isEmpty());
        CHECK(c.text(QStringLiteral("ui/theme")) == QStringLiteral("light"));
    }
    SECTION("locked and set: fine")
    {
        write(system, "locked=registry/location, policy/dir\n[registry]\nlocation=postgresql://k@db/k\n[policy]\n"
                      "dir=/etc/ki-lotse/regelwerk\n");
        const Config c = Config::loadFrom(system, user);
        CHECK(c.problems().isEmpty());
        CHECK(c.isUsable());
    }
}

TEST_CASE("unusable settings: no pack is loaded, not even the bundled one", "[config-fail-closed]")
{
    QTemporaryDir dir;
    write(dir.filePath(QStringLiteral("etc/ki-lotse/ki-lotse.conf")), "locked=policy/dir\n");
    qputenv("XDG_CONFIG_DIRS", dir.filePath(QStringLiteral("etc")).toUtf8());
    Config::reloadCurrent();
    const PolicyLoadResult strict = resolvePolicyStrict(QString());
    CHECK_FALSE(strict.ok());
    REQUIRE(strict.diagnostics.size() == 1);
    CHECK(strict.diagnostics.first().message.contains(QStringLiteral("Ersatzwerten")));
    CHECK_THROWS_WITH(resolvePolicyWithFallback(QString()), Catch::Contains("ki-lotse.conf"));

    HealthReport report;
    report.ok = true;
    addSettingsToHealth(report, Config::current());
    CHECK_FALSE(report.ok);
    const QByteArray json = healthToJsonLine(report);
    CHECK(json.contains("\"status\":\"error\""));
    CHECK(json.contains("\"usable\":false"));
    CHECK(json.contains("ki-lotse.conf"));

    kilotse::test::isolateUserFolders();
    Config::reloadCurrent();
    CHECK(resolvePolicyStrict(QString()).ok());
}

TEST_CASE("config check reports a locked key without a value and what stops the start", "[config-fail-closed]")
{
    Sandbox box;
    write(box.systemFile(), "[General]\nlocked=registry/location, contact/name\n");
    const Run bad = run(box, cliPath(), {QStringLiteral("config"), QStringLiteral("check")});
    INFO(bad.err.toStdString());
    CHECK(bad.code == 2);
    CHECK_FALSE(bad.out.contains(QStringLiteral("in Ordnung")));
    CHECK(bad.err.contains(box.systemFile() + QStringLiteral(":2: registry/location: gesperrt")));
    CHECK(bad.err.contains(box.systemFile() + QStringLiteral(":2: contact/name: gesperrt")));
    CHECK(bad.err.contains(QStringLiteral("starten KI-Lotse und ki-lotse-cli nicht")));

    write(box.systemFile(), "[General]\nlocked=registry/location\n[registry]\nlocation=/srv/ki/registry.sqlite\n");
    const Run good = run(box, cliPath(), {QStringLiteral("config"), QStringLiteral("check")});
    CHECK(good.code == 0);
    CHECK(good.out.contains(QStringLiteral("Einstellungen in Ordnung")));
}

TEST_CASE("ki-lotse-cli refuses to run on defaults when the system file cannot be read", "[config-fail-closed]")
{
    Sandbox box;
    write(box.systemFile(), "[General]\nlocked=registry/location\n[registry]\nlocation=/srv/ki/registry.sqlite\n");
    QFile::setPermissions(box.systemFile(), {});
    if (!canMakeFilesUnreadable(box)) {
        WARN("running as root without a working setpriv: mode 000 cannot be tested here; a folder in the "
             "file's place stands in for it");
        QFile::remove(box.systemFile());
        REQUIRE(QDir().mkpath(box.systemFile()));
    }
    const bool dropCaps = ::geteuid() == 0 && QFileInfo(box.systemFile()).isFile();

    const Run check = run(box, cliPath(), {QStringLiteral("config"), QStringLiteral("check")}, dropCaps);
    INFO(check.err.toStdString());
    CHECK(check.code == 2);
    CHECK(check.err.contains(box.systemFile()));
    if (dropCaps)
        CHECK(check.err.contains(QStringLiteral("keine Leseberechtigung")));

    // A command that needs the settings: no bundled pack, no demo registry.
    const Run policy = run(box, cliPath(), {QStringLiteral("policy"), QStringLiteral("show")}, dropCaps);
    INFO(policy.err.toStdString());
    CHECK(policy.code != 0);
    CHECK(policy.err.contains(QStringLiteral("Die Einstellungen der IT (") + box.systemFile()));
    CHECK_FALSE(policy.out.contains(QStringLiteral("de.ki-lotse.standard")));

    // The file readable, but its folder closed to this account (mode 000): stat() fails with EACCES.
    if (!dropCaps && ::geteuid() == 0)
        return;
    QFile::setPermissions(box.systemFile(), QFileDevice::ReadOwner | QFileDevice::ReadOther);
    const QString folder = QFileInfo(box.systemFile()).absolutePath();
    QFile::setPermissions(folder, {});
    const Run closed = run(box, cliPath(), {QStringLiteral("config"), QStringLiteral("check")}, dropCaps);
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    INFO(closed.err.toStdString());
    CHECK(closed.code == 2);
    CHECK(closed.err.contains(box.systemFile() + QStringLiteral(": die Datei kann nicht gelesen werden: ein Ordner")));
}

// The CLI's dispatcher refuses every command except `config` (src/cli/main.cpp) and the registry
// refuses to open (Registry.cpp).
TEST_CASE("ki-lotse-cli: every command but config exits 1 on unusable settings", "[config-fail-closed]")
{
    Sandbox box;
    write(box.systemFile(), "[General]\nlocked=registry/location\n");
    const QString draft = box.dir.filePath(QStringLiteral("draft.txt"));
    write(draft, "Bitte fasse den Vermerk zusammen.\n");
    for (const QStringList& args :
         {QStringList{QStringLiteral("tools"), QStringLiteral("--level"), QStringLiteral("1"), QStringLiteral("--all")},
          QStringList{QStringLiteral("registry"), QStringLiteral("export")},
          QStringList{QStringLiteral("registry"), QStringLiteral("reviews")},
          QStringList{QStringLiteral("policy"), QStringLiteral("show")},
          QStringList{QStringLiteral("rules"), QStringLiteral("list")}, QStringList{QStringLiteral("scan"), draft}}) {
        const Run r = run(box, cliPath(), args);
        INFO(args.join(u' ').toStdString() + "\n" + r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.err.contains(box.systemFile()));
        CHECK_FALSE(r.out.contains(QStringLiteral("Musterstadt")));
    }
    CHECK_FALSE(QFileInfo::exists(box.dir.filePath(QStringLiteral("data/ki-lotse/registry.sqlite"))));
}

TEST_CASE("ki-lotse --self-test fails on unusable settings and shows the settings state", "[config-fail-closed]")
{
    if (!QFileInfo(appPath()).isExecutable()) {
        WARN("ki-lotse is not built next to ki-lotse-cli (" + appPath().toStdString() + "); test skipped");
        return;
    }
    Sandbox box;
    const QStringList selfTest{QStringLiteral("--self-test")};

    // Usable settings: ok, and the settings part says so (the test can tell the two apart).
    write(box.systemFile(), "[contact]\nname=KI-Team\n");
    const Run ok = run(box, appPath(), selfTest);
    INFO(ok.out.toStdString() + ok.err.toStdString());
    CHECK(ok.code == 0);
    CHECK(ok.out.contains(QStringLiteral("\"status\":\"ok\"")));
    CHECK(ok.out.contains(QStringLiteral("\"usable\":true")));
    // With usable settings the per-user default registry is created; below it must not be.
    const QString defaultRegistry = box.dir.filePath(QStringLiteral("data/ki-lotse/registry.sqlite"));
    CHECK(QFileInfo::exists(defaultRegistry));
    REQUIRE(QDir(box.dir.filePath(QStringLiteral("data"))).removeRecursively());

    SECTION("locked registry without a value")
    {
        write(box.systemFile(), "[General]\nlocked=registry/location\n");
        const Run r = run(box, appPath(), selfTest);
        INFO(r.out.toStdString() + r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.out.contains(QStringLiteral("\"status\":\"error\"")));
        CHECK(r.out.contains(QStringLiteral("\"usable\":false")));
        CHECK(r.out.contains(box.systemFile() + QStringLiteral(", Zeile 2")));
        // Nothing was opened: no demo registry was created.
        CHECK_FALSE(QFileInfo::exists(box.dir.filePath(QStringLiteral("data/ki-lotse/registry.sqlite"))));
    }
    SECTION("a broken INI file")
    {
        write(box.systemFile(), "[registry\nlocation=/srv/r.sqlite\n");
        const Run r = run(box, appPath(), selfTest);
        CHECK(r.code == 1);
        CHECK(r.out.contains(QStringLiteral("keine gültige Einstellungsdatei")));
    }
    SECTION("mode 000 (or a folder in the file's place)")
    {
        const bool unreadable = canMakeFilesUnreadable(box);
        if (unreadable)
            QFile::setPermissions(box.systemFile(), {});
        else {
            QFile::remove(box.systemFile());
            REQUIRE(QDir().mkpath(box.systemFile()));
        }
        const Run r = run(box, appPath(), selfTest, unreadable && ::geteuid() == 0);
        INFO(r.out.toStdString() + r.err.toStdString());
        CHECK(r.code == 1);
        CHECK(r.out.contains(QStringLiteral("\"status\":\"error\"")));
        CHECK(r.out.contains(box.systemFile()));
        if (unreadable)
            CHECK(r.out.contains(QStringLiteral("keine Leseberechtigung")));
        CHECK_FALSE(QFileInfo::exists(box.dir.filePath(QStringLiteral("data/ki-lotse/registry.sqlite"))));
    }
}

TEST_CASE("ki-lotse without --self-test shows a blocking notice and opens nothing", "[config-fail-closed]")
{
    if (!QFileInfo(appPath()).isExecutable()) {
        WARN("ki-lotse is not built next to ki-lotse-cli; test skipped");
        return;
    }
    Sandbox box;
    write(box.systemFile(), "[General]\nlocked=policy/dir\n");
    QProcess app;
    app.setProcessEnvironment(box.environment());
    app.start(appPath(), {});
    REQUIRE(app.waitForStarted());
    QString log;
    for (int i = 0; i < 300 && !log.contains(QStringLiteral("blocking notice shown")); ++i) {
        QThread::msleep(50);
        QFile f(box.logFile());
        if (f.open(QIODevice::ReadOnly))
            log = QString::fromUtf8(f.readAll());
    }
    INFO(log.toStdString());
    CHECK(log.contains(QStringLiteral("start refused: the settings are unusable; blocking notice shown")));
    CHECK(app.state() == QProcess::Running); // the notice is modal: the program waits for the clerk
    CHECK_FALSE(log.contains(QStringLiteral("policy:")));
    CHECK_FALSE(log.contains(QStringLiteral("registry:")));
    app.kill();
    app.waitForFinished(10000);
    const QString err = QString::fromUtf8(app.readAllStandardError());
    CHECK(err.contains(QStringLiteral("Die Einstellungen der IT (") + box.systemFile()));
    CHECK_FALSE(QFileInfo::exists(box.dir.filePath(QStringLiteral("data/ki-lotse/registry.sqlite"))));
}
