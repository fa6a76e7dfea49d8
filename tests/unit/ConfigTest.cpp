// Central settings with locks (Config), the language choice (I18n) and pack translations.
#include "Config.h"

#include "I18n.h"
#include "TestConfig.h"
#include "TestSupport.h"
#include "policy/PolicyLocator.h"
#include "registry/Registry.h"
#include "report/CheckRecord.h"

#include <QDir>
#include <QFile>
#include <QProcess>
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

// Sets an environment variable for the lifetime of the object and reloads Config::current().
struct EnvOverride
{
    QByteArray name;
    QByteArray old;
    bool had;
    EnvOverride(const char* n, const QByteArray& value) : name(n), old(qgetenv(n)), had(qEnvironmentVariableIsSet(n))
    {
        qputenv(n, value);
        Config::reloadCurrent();
    }
    ~EnvOverride()
    {
        if (had)
            qputenv(name.constData(), old);
        else
            qunsetenv(name.constData());
        Config::reloadCurrent();
    }
};

// Loads the bundled pack with pack texts in `language`.
PolicyPack packIn(const QString& language)
{
    PolicyLoadResult loaded =
        loadPolicyPack(bundledPolicyDirectory(), PackOrigin::Bundled, TranslationLoading::All, language);
    REQUIRE(loaded.ok());
    return std::move(*loaded.pack);
}

} // namespace

TEST_CASE("config_userValueWins_butALockedSystemValueWinsOverTheUser", "[config]")
{
    QTemporaryDir dir;
    const QString system = dir.filePath(QStringLiteral("etc/ki-lotse.conf"));
    const QString user = dir.filePath(QStringLiteral("home/ki-lotse.conf"));
    write(system, "locked=registry/location, history/enabled\n"
                  "[registry]\nlocation=postgresql://ki@db.example/kilotse\n"
                  "[contact]\nname=\"Müller, Anna (KI-Beauftragte)\"\nemail=ki@stadt.example\n"
                  "[history]\nenabled=false\n"
                  "[ui]\ntheme=dark\n");
    write(user, "[registry]\nlocation=/tmp/mine.sqlite\n[history]\nenabled=true\n[ui]\nlanguage=en\ntheme=light\n");
    Config config = Config::loadFrom(system, user);
    CHECK(config.problems().isEmpty());
    CHECK(config.systemFileExists());
    CHECK(config.text(QStringLiteral("registry/location")) == QStringLiteral("postgresql://ki@db.example/kilotse"));
    CHECK(config.source(QStringLiteral("registry/location")) == SettingSource::System);
    CHECK(config.isLocked(QStringLiteral("registry/location")));
    CHECK_FALSE(config.boolean(QStringLiteral("history/enabled")));
    CHECK(config.text(QStringLiteral("ui/language")) == QStringLiteral("en"));
    CHECK(config.source(QStringLiteral("ui/language")) == SettingSource::User);
    CHECK(config.text(QStringLiteral("ui/theme")) == QStringLiteral("light")); // not locked: the user's choice
    CHECK(config.text(QStringLiteral("tour/enabled")) == QStringLiteral("true"));
    CHECK(config.source(QStringLiteral("tour/enabled")) == SettingSource::Default);
    CHECK(config.contactLine() == QStringLiteral("Müller, Anna (KI-Beauftragte) · ki@stadt.example"));

    QString error;
    CHECK_FALSE(config.setUserValue(QStringLiteral("history/enabled"), true, &error));
    CHECK(error.contains(QStringLiteral("history/enabled")));
    CHECK_FALSE(config.setUserValue(QStringLiteral("ui/theme"), QStringLiteral("purple"), &error));
    CHECK_FALSE(config.setUserValue(QStringLiteral("no/such"), QStringLiteral("x"), &error));
    REQUIRE(config.setUserValue(QStringLiteral("ui/theme"), QStringLiteral("high-contrast"), &error));
    CHECK(Config::loadFrom(system, user).text(QStringLiteral("ui/theme")) == QStringLiteral("high-contrast"));
}

TEST_CASE("config_badValuesAndUnknownKeys_areReportedWithFileAndLine_andIgnored", "[config]")
{
    QTemporaryDir dir;
    const QString system = dir.filePath(QStringLiteral("ki-lotse.conf"));
    const QString user = dir.filePath(QStringLiteral("user.conf"));
    write(system, "locked=ui/theme, no/such-key\n[ui]\ntheme=purple\nlanguage=fr\n[policy]\ndir=relative/path\n"
                  "[history]\nenabled=vielleicht\n[typo]\nkey=1\n");
    write(user, "locked=ui/language\n[contact]\nname=<script>alert(1)</script>\n");
    const Config config = Config::loadFrom(system, user);
    QStringList messages;
    for (const ConfigProblem& p : config.problems())
        messages << p.toString();
    INFO(messages.join(u'\n').toStdString());
    CHECK(config.problems().size() == 7);
    CHECK(messages.contains(system +
                            QStringLiteral(":3: ui/theme: \"purple\" is not one of: light, dark, high-contrast")));
    CHECK(std::any_of(messages.cbegin(), messages.cend(),
                      [&](const QString& m) { return m.startsWith(system + QStringLiteral(":1: locked:")); }));
    CHECK(std::any_of(messages.cbegin(), messages.cend(),
                      [&](const QString& m) { return m.startsWith(system + QStringLiteral(":6: policy/dir:")); }));
    CHECK(std::any_of(messages.cbegin(), messages.cend(),
                      [&](const QString& m) { return m.startsWith(system + QStringLiteral(":10: typo/key:")); }));
    CHECK(std::any_of(messages.cbegin(), messages.cend(),
                      [&](const QString& m) { return m.startsWith(user + QStringLiteral(":1: locked:")); }));
    // Ignored values fall back; a lock on a key without a valid system value keeps the default.
    CHECK(config.text(QStringLiteral("ui/theme")) == QStringLiteral("light"));
    CHECK(config.text(QStringLiteral("ui/language")) == QStringLiteral("de"));
    CHECK_FALSE(config.isLocked(QStringLiteral("ui/language"))); // users cannot lock
    CHECK(config.text(QStringLiteral("policy/dir")).isEmpty());
    // Text is kept as text (the GUI shows it as plain text).
    CHECK(config.text(QStringLiteral("contact/name")) == QStringLiteral("<script>alert(1)</script>"));

    // Binary garbage and a folder in place of the file: reported, never fatal.
    write(system, QByteArray("\x00\x01\xff\xfe[ui\n=\n", 10));
    CHECK_NOTHROW(Config::loadFrom(system, dir.path()));
    CHECK(Config::loadFrom(system, dir.path()).text(QStringLiteral("ui/theme")) == QStringLiteral("light"));
}

TEST_CASE("config_lockedPackAndRegistry_winOverCommandLineAndEnvironment", "[config]")
{
    QTemporaryDir dir;
    const QString pack = kilotse::test::packWithOverlay(QString());
    write(dir.filePath(QStringLiteral("xdg/ki-lotse/ki-lotse.conf")),
          "locked=policy/dir, registry/location\n[policy]\ndir=" + pack.toUtf8() +
              "\n[registry]\nlocation=/srv/central.sqlite\n");
    {
        EnvOverride dirs("XDG_CONFIG_DIRS", dir.filePath(QStringLiteral("xdg")).toUtf8());
        EnvOverride env("KI_LOTSE_POLICY_DIR", "/somewhere/else");
        const PackCandidate chosen = choosePolicyCandidate(QStringLiteral("/from/the/command/line"));
        CHECK(chosen.directory == pack);
        CHECK(chosen.origin == PackOrigin::Configured);
        CHECK(resolveRegistryLocation(QStringLiteral("/from/command/line.sqlite")) ==
              QStringLiteral("/srv/central.sqlite"));
    }
    // Not locked: the command line and the environment come first, the setting before the default.
    write(dir.filePath(QStringLiteral("xdg/ki-lotse/ki-lotse.conf")),
          "[policy]\ndir=" + pack.toUtf8() + "\n[registry]\nlocation=/srv/central.sqlite\n");
    {
        EnvOverride dirs("XDG_CONFIG_DIRS", dir.filePath(QStringLiteral("xdg")).toUtf8());
        CHECK(choosePolicyCandidate(QStringLiteral("/cli")).origin == PackOrigin::CommandLine);
        CHECK(choosePolicyCandidate(QString()).origin == PackOrigin::Configured);
        CHECK(resolveRegistryLocation(QStringLiteral("/cli.sqlite")) == QStringLiteral("/cli.sqlite"));
        CHECK(resolveRegistryLocation(QString()) == QStringLiteral("/srv/central.sqlite"));
    }
}

TEST_CASE("i18n_languageFromOptionEnvironmentSetting_lockedSettingWins", "[config][i18n]")
{
    QTemporaryDir dir;
    const QString system = dir.filePath(QStringLiteral("s.conf"));
    const QString user = dir.filePath(QStringLiteral("u.conf"));
    write(user, "[ui]\nlanguage=en\n");
    const Config free = Config::loadFrom(system, user);
    qunsetenv("KI_LOTSE_LANG");
    QString why;
    CHECK(chooseLanguage(QString(), Config::loadFrom(system, dir.filePath(QStringLiteral("none"))), &why) ==
          QStringLiteral("de"));
    CHECK(why == QStringLiteral("default"));
    CHECK(chooseLanguage(QString(), free, &why) == QStringLiteral("en"));
    CHECK(chooseLanguage(QStringLiteral("de"), free) == QStringLiteral("de"));
    CHECK(chooseLanguage(QStringLiteral("klingon"), free) == QStringLiteral("en")); // unknown: next source
    qputenv("KI_LOTSE_LANG", "de_DE.UTF-8");
    CHECK(chooseLanguage(QString(), free) == QStringLiteral("de"));
    write(system, "locked=ui/language\n[ui]\nlanguage=de\n");
    CHECK(chooseLanguage(QStringLiteral("en"), Config::loadFrom(system, user), &why) == QStringLiteral("de"));
    CHECK(why == QStringLiteral("locked setting"));
    qunsetenv("KI_LOTSE_LANG");
}

TEST_CASE("packTranslation_englishTextsFallBackToGerman_sameShaAndCuesUntouched", "[policy][i18n]")
{
    const PolicyPack de = packIn(QStringLiteral("de"));
    const PolicyPack en = packIn(QStringLiteral("en"));
    CHECK(de.sha256 == en.sha256); // the language does not change which pack this is
    REQUIRE(de.questions.size() == en.questions.size());
    CHECK(de.question(QStringLiteral("personal_data"))->title == QStringLiteral("Personenbezogene Daten"));
    CHECK(en.question(QStringLiteral("personal_data"))->title == QStringLiteral("Personal data"));
    CHECK(en.question(QStringLiteral("personal_data"))->option(QStringLiteral("yes"))->label == QStringLiteral("Yes"));
    CHECK(en.manifest.title != de.manifest.title);
    REQUIRE(en.translations.size() == 1);
    CHECK(en.translations.first().applied);
    CHECK(en.translations.first().untranslatedTexts == 0);
    CHECK(en.translations.first().unused.isEmpty());
    CHECK_FALSE(de.translations.first().applied);
    // Ids, conditions and the scanner's German cue words are never translated.
    CHECK(de.rules.size() == en.rules.size());
    REQUIRE((de.scan && en.scan));
    CHECK(de.scan->cues == en.scan->cues);
    CHECK(de.scan->firstNames == en.scan->firstNames);
    for (qsizetype i = 0; i < de.templates.size(); ++i)
        for (qsizetype j = 0; j < de.templates[i].placeholders.size(); ++j)
            CHECK(de.templates[i].placeholders[j].name == en.templates[i].placeholders[j].name);
    // A record made in English still matches the German questions.
    CHECK(de.sameText(de.question(QStringLiteral("personal_data"))->text,
                      en.question(QStringLiteral("personal_data"))->text));
    CHECK_FALSE(de.sameText(QStringLiteral("a"), QStringLiteral("b")));
}

TEST_CASE("packTranslation_brokenOverlay_isReportedWithPointer", "[policy][i18n]")
{
    const QString pack = kilotse::test::packWithOverlay(QString());
    QFile manifest(QDir(pack).filePath(QStringLiteral("manifest.json")));
    REQUIRE(manifest.open(QIODevice::ReadOnly));
    QByteArray m = manifest.readAll();
    manifest.close();
    m.replace("\"files\"", "\"translations\": {\"en\": \"translation-en.json\"}, \"files\"");
    write(QDir(pack).filePath(QStringLiteral("manifest.json")), m);
    write(QDir(pack).filePath(QStringLiteral("translation-en.json")),
          R"({"language": "en", "texts": {"questionnaire": {"Text mit %1": "text without marker", "Gut": ""}}})");
    const PolicyLoadResult loaded = loadPolicyPack(pack);
    REQUIRE_FALSE(loaded.ok());
    QStringList lines;
    for (const Diagnostic& d : loaded.diagnostics)
        lines << d.toString();
    INFO(lines.join(u'\n').toStdString());
    CHECK(loaded.diagnostics.size() == 2);
    CHECK(lines.join(u'\n').contains(QStringLiteral("/texts/questionnaire/Text mit %1")));
    CHECK(lines.join(u'\n').contains(QStringLiteral("/texts/questionnaire/Gut")));
    CHECK(lines.join(u'\n').contains(QStringLiteral("translation-en.json:1:")));

    write(QDir(pack).filePath(QStringLiteral("translation-en.json")),
          R"({"language": "de", "texts": {"nosuchfile": {}}})");
    CHECK_FALSE(loadPolicyPack(pack).ok());
}

TEST_CASE("cli_configShowAndCheck_forAdminsScripts", "[config][cli]")
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.conf"));
    const QString bad = dir.filePath(QStringLiteral("bad.conf"));
    write(good, "locked=registry/location\n[registry]\nlocation=postgresql://db.example/kilotse\n");
    write(bad, "[ui]\ntheme=purple\n");
    auto run = [](const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral(KI_LOTSE_CLI_PATH), args);
        REQUIRE(p.waitForFinished(30000));
        return std::make_tuple(p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError());
    };
    auto [okCode, okOut, okErr] =
        run({QStringLiteral("config"), QStringLiteral("check"), QStringLiteral("--system-file"), good});
    CHECK(okCode == 0);
    auto [badCode, badOut, badErr] =
        run({QStringLiteral("config"), QStringLiteral("check"), QStringLiteral("--system-file"), bad});
    CHECK(badCode == 2);
    CHECK(badErr.contains(QByteArray(bad.toUtf8() + ":2: ui/theme:")));
    auto [showCode, json, showErr] = run({QStringLiteral("config"), QStringLiteral("show"), QStringLiteral("--format"),
                                          QStringLiteral("json"), QStringLiteral("--system-file"), good});
    CHECK(showCode == 0);
    CHECK(json.contains("\"key\": \"registry/location\""));
    CHECK(json.contains("\"locked\": true"));
    if (!QFile::exists(QStringLiteral(":/i18n/ki-lotse_en.qm")))
        return; // the core-only build carries no translations (they are built with the GUI's tools)
    auto [enCode, enOut, enErr] =
        run({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("policy"), QStringLiteral("show")});
    CHECK(enCode == 0);
    CHECK(enOut.contains("Questions:"));
    CHECK(enOut.contains("Personal data"));
    auto [deCode, deOut, deErr] =
        run({QStringLiteral("policy"), QStringLiteral("validate"), QStringLiteral("/no/such/folder")});
    CHECK(deCode == 2);
    CHECK(deErr.contains("existiert nicht")); // the English-source message in German (ki-lotse_de.ts)
}

TEST_CASE("packTranslation_notShownLanguage_isReadOnlyWhenARecordNeedsIt_sameShaSameMatches", "[config][policy]")
{
    const PolicyLoadResult lazy = loadPolicyPack(bundledPolicyDirectory(), PackOrigin::Bundled,
                                                 TranslationLoading::ShownLanguage, QStringLiteral("de"));
    REQUIRE(lazy.ok());
    const PolicyPack full = packIn(QStringLiteral("de"));
    const PolicyPack en = packIn(QStringLiteral("en"));
    CHECK(lazy.pack->sha256 == full.sha256); // the overlay's bytes are still part of the pack's identity
    REQUIRE(lazy.pack->translations.size() == 1);
    CHECK(lazy.pack->translations.first().deferred);
    CHECK(lazy.pack->translations.first().texts.isEmpty()); // not parsed at start-up
    // ... but an English record still matches the German question.
    CHECK(lazy.pack->sameText(full.question(QStringLiteral("published"))->text,
                              en.question(QStringLiteral("published"))->text));
    CHECK_FALSE(lazy.pack->sameText(QStringLiteral("a"), QStringLiteral("b")));
}

TEST_CASE("config_organisationProfile_comesFromTheSystemFileOnly_andReachesTheDraftCheck", "[config][scan]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString system = dir.filePath(QStringLiteral("etc/ki-lotse/ki-lotse.conf"));
    const QString user = dir.filePath(QStringLiteral("home/ki-lotse/ki-lotse.conf"));
    write(system, "[organisation]\n"
                  "name=Stadt Zittau\n"
                  "domains=zittau.de, stadtwerke-zittau.de\n"
                  "addresses=\"Markt 1, 02763 Zittau\", \"Frauenstraße 4, 02763 Zittau\"\n"
                  "phone_prefixes=03583 752\n"
                  "ibans=DE89 3704 0044 0532 0130 00\n"
                  "offices=Amt für Kinder und Familie, Stadtbibliothek Christian Weise\n");
    write(user, "[organisation]\nibans=DE02 1203 0000 0000 2020 51\n");
    const Config c = Config::loadFrom(system, user);
    const OrganisationProfile p = c.organisation();
    CHECK(p.name == QStringLiteral("Stadt Zittau"));
    CHECK(p.domains == QStringList{QStringLiteral("zittau.de"), QStringLiteral("stadtwerke-zittau.de")});
    CHECK(p.addresses ==
          QStringList{QStringLiteral("Markt 1, 02763 Zittau"), QStringLiteral("Frauenstraße 4, 02763 Zittau")});
    CHECK(p.phonePrefixes == QStringList{QStringLiteral("03583 752")});
    CHECK(p.ibans == QStringList{QStringLiteral("DE89 3704 0044 0532 0130 00")}); // the user's entry is ignored …
    REQUIRE(c.problems().size() == 1);                                            // … and reported
    CHECK(c.problems().first().file == user);
    CHECK(c.problems().first().line == 2);
    CHECK(c.problems().first().key == QStringLiteral("organisation/ibans"));
    CHECK(c.isLocked(QStringLiteral("organisation/ibans")));
    Config writable = Config::loadFrom(system, user);
    QString error;
    CHECK_FALSE(writable.setUserValue(QStringLiteral("organisation/domains"), QStringLiteral("example.org"), &error));
    CHECK(error.contains(QStringLiteral("IT")));

    // A broken entry is refused with its place, the whole key is ignored (nothing half-applied).
    write(system, "[organisation]\nibans=DE89 3704 0044 0532 0130 00, DE00 1234\ndomains=zittau..de\n"
                  "phone_prefixes=12\naddresses=Markt 1, 02763 Zittau\n");
    const Config broken = Config::loadFrom(system, QString());
    CHECK(broken.organisation().isEmpty());
    REQUIRE(broken.problems().size() == 4);
    QStringList problems;
    for (const ConfigProblem& problem : broken.problems())
        problems << problem.toString();
    CHECK(problems.filter(QStringLiteral(":2: organisation/ibans: entry \"DE00 1234\": not an IBAN")).size() == 1);
    CHECK(problems.filter(QStringLiteral(":5: organisation/addresses: entry \"02763 Zittau\"")).size() == 1);
    CHECK(problems.filter(QStringLiteral("in quotes")).size() == 1); // the unquoted address says how

    // QSettings reads "@…" as its own syntax: the entry is refused, not silently dropped; an area
    // code alone would cover every private number in that area.
    write(system, "[organisation]\ndomains=@zittau.de, stadtwerke-zittau.de\nphone_prefixes=03583\n");
    const Config odd = Config::loadFrom(system, QString());
    CHECK(odd.organisation().domains.isEmpty());
    CHECK(odd.organisation().phonePrefixes.isEmpty());
    REQUIRE(odd.problems().size() == 2);

    // Through the policy locator the profile reaches every draft check of the program.
    write(system, "[organisation]\nibans=DE89 3704 0044 0532 0130 00\nphone_prefixes=03583 752\n");
    EnvOverride dirs("XDG_CONFIG_DIRS", dir.filePath(QStringLiteral("etc")).toUtf8());
    EnvOverride home("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("none")).toUtf8());
    const ResolvedPolicy policy = resolvePolicyWithFallback(QString());
    REQUIRE(policy.pack.scan);
    CHECK(policy.pack.scan->organisation.ibans == QStringList{QStringLiteral("DE89 3704 0044 0532 0130 00")});
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_DIRS"), dir.filePath(QStringLiteral("etc")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("none")));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(KI_LOTSE_CLI_PATH), {QStringLiteral("scan"), QStringLiteral("-")});
    REQUIRE(cli.waitForStarted());
    cli.write("Ich zahle auf DE89 3704 0044 0532 0130 00, Rückruf 03583 752417.\n");
    cli.closeWriteChannel();
    REQUIRE(cli.waitForFinished(30000));
    CHECK(cli.exitCode() == 0);
    CHECK(cli.readAllStandardOutput().startsWith("Funde: 0"));
}
