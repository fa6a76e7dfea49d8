// ki-lotse: the composition root. Parses options, loads the policy pack, builds the window.

#include "ClipboardGuard.h"
#include "Config.h"
#include "Health.h"
#include "HelpDialogs.h"
#include "I18n.h"
#include "Logging.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "Mnemonics.h"
#include "Theme.h"
#include "core/Version.h"
#include "policy/PolicyLocator.h"
#include "registry/Tools.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <cstdio>

using namespace kilotse;

namespace {

struct Options
{
    QString policyDir;
    QString registry;
    QString language;
    QString theme;
    bool selfTest = false;
    bool checkClipboard = false;
};

// Runs before QApplication exists, so --help, --version and bad options work without a display.
Options parseOptions(int argc, char* argv[])
{
    QCoreApplication pre(argc, argv);
    QCoreApplication::setApplicationName(QString::fromLatin1(kApplicationName));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "KI-Lotse – prüft eine geplante KI-Nutzung und ermittelt die Schutzstufe."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption policy(
        QStringLiteral("policy"),
        QCoreApplication::translate("main", "Regelwerk aus ORDNER laden (sonst KI_LOTSE_POLICY_DIR, "
                                            "Systemordner, mitgeliefertes Regelwerk)."),
        QCoreApplication::translate("main", "ORDNER"));
    const QCommandLineOption selfTest(
        QStringLiteral("self-test"),
        QCoreApplication::translate("main", "Vollständig starten, Zustand als eine JSON-Zeile ausgeben und beenden "
                                            "(Exit-Code 0 = in Ordnung)."));
    const QCommandLineOption registry(
        QStringLiteral("registry"),
        QCoreApplication::translate("main", "Verzeichnis der KI-Dienste: SQLite-Datei oder postgresql://-URL "
                                            "(sonst KI_LOTSE_REGISTRY, sonst Datei im Benutzerordner)."),
        QCoreApplication::translate("main", "ORT"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("main",
                                    "Sprache: de oder en (sonst KI_LOTSE_LANG, sonst Einstellung ui/language)."),
        QCoreApplication::translate("main", "SPRACHE"));
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QCoreApplication::translate("main", "Farben: light, dark oder high-contrast (sonst KI_LOTSE_THEME, sonst "
                                            "Einstellung ui/theme)."),
        QCoreApplication::translate("main", "FARBEN"));
    parser.addOption(policy);
    parser.addOption(registry);
    parser.addOption(lang);
    parser.addOption(theme);
    const QCommandLineOption checkClipboard(
        QStringLiteral("check-clipboard"),
        QCoreApplication::translate("main", "Den Text in der Zwischenablage prüfen (für ein Tastenkürzel des Desktops; "
                                            "nutzt ein laufendes KI-Lotse; Einstellung clipboard/guard)."));
    parser.addOption(selfTest);
    parser.addOption(checkClipboard);
    parser.process(pre); // exits on --help, --version and unknown options
    return Options{parser.value(policy), parser.value(registry), parser.value(lang),
                   parser.value(theme),  parser.isSet(selfTest), parser.isSet(checkClipboard)};
}

// --theme, else $KI_LOTSE_THEME, else the setting ui/theme; a locked setting wins.
gui::ThemeKind chooseTheme(const QString& option, const Config& config)
{
    const QString key = QStringLiteral("ui/theme");
    if (config.isLocked(key))
        return gui::themeKindFromName(config.text(key)).value_or(gui::ThemeKind::Light);
    for (const QString& candidate : {option, qEnvironmentVariable("KI_LOTSE_THEME")})
        if (const std::optional<gui::ThemeKind> kind = gui::themeKindFromName(candidate))
            return *kind;
    return gui::themeKindFromName(config.text(key)).value_or(gui::ThemeKind::Light);
}

} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer startup;
    startup.start();
    const Options options = parseOptions(argc, argv);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(kApplicationName));
    QApplication::setApplicationDisplayName(QStringLiteral("KI-Lotse"));
    QApplication::setApplicationVersion(QString::fromLatin1(kVersion));
    QApplication::setOrganizationName(QString::fromLatin1(kOrganizationName));
    QApplication::setDesktopFileName(QStringLiteral("de.kilotse.KiLotse"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/ki-lotse/icons/ki-lotse.svg")));
    initLogging(QStringLiteral("gui"));
    spdlog::info("start: version {}{}", kVersion, options.selfTest ? " (self-test)" : "");
    const Config& config = Config::current();
    for (const ConfigProblem& problem : config.problems()) {
        if (problem.fatal)
            spdlog::error("settings: {}", problem.toString().toStdString());
        else
            spdlog::warn("settings: {}", problem.toString().toStdString());
    }
    QString languageSource;
    const QString language = chooseLanguage(options.language, config, &languageSource);
    if (!installTranslations(app, language, true))
        spdlog::warn("i18n: a translation file for \"{}\" is missing", language.toStdString());
    spdlog::info("i18n: {} ({})", language.toStdString(), languageSource.toStdString());
    gui::applyTheme(app, chooseTheme(options.theme, config));
    gui::MnemonicKeeper::install(app);
    const double appReadyMs = static_cast<double>(startup.nsecsElapsed()) / 1e6;

    // Fail closed: when IT's settings file is there but cannot be used, the program does not run
    // on substitute values (the demo registry, the bundled pack). No main window, exit code 1.
    if (!config.isUsable()) {
        HealthReport report;
        addSettingsToHealth(report, config);
        if (options.selfTest) {
            report.timingsMs = {{QStringLiteral("app_ready"), appReadyMs},
                                {QStringLiteral("total"), static_cast<double>(startup.nsecsElapsed()) / 1e6}};
            std::fputs(healthToJsonLine(report).constData(), stdout);
            std::fflush(stdout);
            spdlog::info("self-test: failed (settings unusable)");
            return 1;
        }
        std::fputs((config.fatalProblem() + u'\n').toUtf8().constData(), stderr);
        QStringList details;
        for (const ConfigProblem& problem : config.fatalProblems())
            details << problem.toString();
        spdlog::error("start refused: the settings are unusable; blocking notice shown");
        gui::MessageBox::warning(nullptr, QCoreApplication::translate("main", "KI-Lotse startet nicht"),
                                 config.fatalProblem(), details.join(u'\n'));
        spdlog::info("start refused: notice closed, exit 1");
        return 1;
    }

    // --check-clipboard (a desktop keyboard shortcut): the running instance checks, so that the
    // mapping of a pseudonymised copy lives in one process; without one, this process starts and checks.
    const bool clipboardGuard = gui::ClipboardGuard::enabledBySettings();
    if (options.checkClipboard && !options.selfTest) {
        if (!clipboardGuard) {
            spdlog::info("clipboard guard: --check-clipboard refused, the setting clipboard/guard is off");
            gui::MessageBox::warning(nullptr, QCoreApplication::translate("main", "Zwischenablage prüfen"),
                                     config.isLocked(QStringLiteral("clipboard/guard"))
                                         ? QCoreApplication::translate(
                                               "main", "Der Zwischenablage-Wächter (Symbol und Tastenkürzel) ist in "
                                                       "Ihrer Verwaltung ausgeschaltet (Einstellung clipboard/guard). "
                                                       "In KI-Lotse prüfen Sie die Zwischenablage mit Datei → "
                                                       "Zwischenablage prüfen.")
                                         : QCoreApplication::translate(
                                               "main", "Der Zwischenablage-Wächter (Symbol und Tastenkürzel) ist "
                                                       "ausgeschaltet. Schalten Sie ihn in KI-Lotse unter Ansicht → "
                                                       "Zwischenablage-Wächter im Infobereich ein, oder prüfen Sie mit "
                                                       "Datei → Zwischenablage prüfen."));
            return 1;
        }
        if (gui::ClipboardGuard::askRunningInstance()) {
            spdlog::info("clipboard guard: the running instance checks the clipboard");
            return 0;
        }
    }

    QElapsedTimer step;
    step.start();
    std::unique_ptr<ResolvedPolicy> policy;
    try {
        policy = std::make_unique<ResolvedPolicy>(resolvePolicyWithFallback(options.policyDir));
    } catch (const std::exception& e) {
        spdlog::critical("policy: {}", e.what());
        HealthReport report;
        report.problem = QString::fromUtf8(e.what());
        addSettingsToHealth(report, config);
        std::fputs(healthToJsonLine(report).constData(), options.selfTest ? stdout : stderr);
        return 1;
    }
    const double policyMs = static_cast<double>(step.nsecsElapsed()) / 1e6;
    spdlog::info("policy: {} {} ({}) loaded in {:.1f} ms", policy->pack.manifest.id.toStdString(),
                 policy->pack.manifest.version.toStdString(), packOriginName(policy->pack.origin).toStdString(),
                 policyMs);
    // A pack the IT chose (policy/dir, or the system folder) that is broken: the rules of the
    // administration are not replaced by the bundled ones behind the clerk's back; the app stops.
    // A pack given for one run (--policy, KI_LOTSE_POLICY_DIR: trainers, tests) falls back with a banner.
    if (policy->fellBack() &&
        (policy->rejected->origin == PackOrigin::Configured || policy->rejected->origin == PackOrigin::System)) {
        const QString text =
            QCoreApplication::translate("main",
                                        "Das Regelwerk Ihrer Verwaltung in „%1“ ist fehlerhaft (%n Fehler). KI-Lotse "
                                        "startet nicht mit dem mitgelieferten Regelwerk an seiner Stelle. Bitte wenden "
                                        "Sie sich an Ihre IT-Abteilung (die Fehler zeigt „ki-lotse-cli policy validate "
                                        "%1“).",
                                        nullptr, static_cast<int>(policy->rejectedDiagnostics.size()))
                .arg(policy->rejected->directory);
        spdlog::error("policy: configured pack in {} refused ({} problems); start refused, no fallback",
                      policy->rejected->directory.toStdString(), policy->rejectedDiagnostics.size());
        HealthReport report;
        report.problem = text;
        addSettingsToHealth(report, config);
        std::fputs(healthToJsonLine(report).constData(), options.selfTest ? stdout : stderr);
        if (!options.selfTest) {
            QStringList details;
            for (const Diagnostic& d : policy->rejectedDiagnostics)
                details << d.toString();
            gui::MessageBox::warning(nullptr, QCoreApplication::translate("main", "KI-Lotse startet nicht"), text,
                                     details.join(u'\n'));
        }
        return 1;
    }
    if (policy->fellBack())
        spdlog::warn("policy: pack in {} refused ({} problems); using the bundled pack",
                     policy->rejected->directory.toStdString(), policy->rejectedDiagnostics.size());

    step.restart();
    RegistryError registryError;
    std::unique_ptr<Registry> registry = openRegistry(resolveRegistryLocation(options.registry), &registryError);
    if (!registry)
        spdlog::warn("registry: not available: {}", registryError.message.toStdString());
    const double registryMs = static_cast<double>(step.nsecsElapsed()) / 1e6;

    step.restart();
    gui::MainWindow window(*policy, registry.get(), registryError.message);
    window.show();
    // Started by the clipboard shortcut: the check comes first, the tour waits for a normal start.
    if (!options.selfTest && !options.checkClipboard && gui::IntroTour::shouldOfferAtStart())
        QTimer::singleShot(0, &window, [&window] {
            auto* tour = new gui::IntroTour(&window);
            tour->setAttribute(Qt::WA_DeleteOnClose);
            tour->open();
        });
    const double windowMs = static_cast<double>(step.nsecsElapsed()) / 1e6;
    if (clipboardGuard && !options.selfTest) {
        QString error;
        if (!window.clipboardGuard()->listen(&error))
            spdlog::warn("clipboard guard: --check-clipboard will start a new instance: {}", error.toStdString());
    }
    if (options.checkClipboard && !options.selfTest)
        QTimer::singleShot(0, window.clipboardGuard(), &gui::ClipboardGuard::checkClipboard);

    if (options.selfTest) {
        // Runs once the event loop has processed everything the start-up queued: the app is idle.
        QTimer::singleShot(0, &app, [&] {
            QCoreApplication::processEvents();
            HealthReport report;
            report.pack = &policy->pack;
            report.ok = window.isVisible() && window.checkWizard() && !policy->fellBack();
            if (policy->fellBack())
                report.problem = QStringLiteral("policy pack in %1 is invalid (%2 problems), first: %3")
                                     .arg(policy->rejected->directory)
                                     .arg(policy->rejectedDiagnostics.size())
                                     .arg(policy->rejectedDiagnostics.value(0).toString());
            else if (!report.ok)
                report.problem = QStringLiteral("main window not shown");
            if (report.ok && !registry) {
                report.ok = false;
                report.problem = QStringLiteral("registry not available: %1").arg(registryError.message);
            }
            addSettingsToHealth(report, config);
            report.timingsMs = {{QStringLiteral("app_ready"), appReadyMs},
                                {QStringLiteral("policy_load"), policyMs},
                                {QStringLiteral("registry_open"), registryMs},
                                {QStringLiteral("window_shown"), windowMs},
                                {QStringLiteral("total"), static_cast<double>(startup.nsecsElapsed()) / 1e6}};
            std::fputs(healthToJsonLine(report).constData(), stdout);
            std::fflush(stdout);
            spdlog::info("self-test: {}", report.ok ? "ok" : "failed");
            QCoreApplication::exit(report.ok ? 0 : 1);
        });
    }
    return QApplication::exec();
}
