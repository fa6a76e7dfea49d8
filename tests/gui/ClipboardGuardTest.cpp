// The clipboard guard (issue 21, scope 3): File → Zwischenablage prüfen, the tray menu's actions,
// the pseudonymised copy and its restore, the setting clipboard/guard and the local socket of
// `ki-lotse --check-clipboard`.
#include "ClipboardGuard.h"

#include "Config.h"
#include "DraftPage.h"
#include "I18n.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TestSupport.h"
#include "registry/Registry.h"
#include "registry/Tools.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocalSocket>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>
#include <spdlog/sinks/ringbuffer_sink.h>
#include <spdlog/spdlog.h>

#include <atomic>
#include <cstring>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace kilotse;
using namespace kilotse::gui;

namespace {

const QString kIbanText =
    QStringLiteral("Bitte überweisen Sie den Betrag an Frau Erika Mustermann, IBAN DE89 3704 0044 "
                   "0532 0130 00. Vielen Dank.");

struct Setup
{
    QTemporaryDir dir;
    std::unique_ptr<Registry> registry;
    ResolvedPolicy policy = resolvePolicyWithFallback(QString());
    std::unique_ptr<MainWindow> window;
    explicit Setup(bool withRegistry = true, const QByteArray& systemFile = QByteArray())
    {
        kilotse::test::isolateUserFolders();
        if (!systemFile.isEmpty()) {
            const QString folder = QString::fromLocal8Bit(qgetenv("XDG_CONFIG_DIRS")) + QStringLiteral("/ki-lotse");
            REQUIRE(QDir().mkpath(folder));
            QFile conf(folder + QStringLiteral("/ki-lotse.conf"));
            REQUIRE(conf.open(QIODevice::WriteOnly));
            conf.write(systemFile);
        }
        Config::reloadCurrent();
        if (withRegistry) {
            RegistryError error;
            registry = Registry::open(dir.filePath(QStringLiteral("r.sqlite")), &error);
            REQUIRE(registry);
            REQUIRE(registry->seedDemo(demoServices(), &error));
        }
        window = std::make_unique<MainWindow>(policy, registry.get());
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        MessageBox::resetSeam();
        QApplication::clipboard()->clear();
    }
    ~Setup()
    {
        if (window && guard()->lastDialog())
            guard()->lastDialog()->close();
        QApplication::clipboard()->clear();
    }
    ClipboardGuard* guard() const { return window->clipboardGuard(); }
    ClipboardCheckDialog* checkClipboard(const QString& text) const
    {
        QApplication::clipboard()->setText(text);
        guard()->checkClipboard();
        ClipboardCheckDialog* d = guard()->lastDialog();
        REQUIRE(d);
        REQUIRE(d->isVisible());
        return d;
    }
};

// Sets an environment variable for a scope (also when a REQUIRE ends the test early).
struct EnvGuard
{
    QByteArray name;
    QByteArray old;
    bool had;
    EnvGuard(const char* n, const QByteArray& value) : name(n), old(qgetenv(n)), had(qEnvironmentVariableIsSet(n))
    {
        qputenv(n, value);
    }
    ~EnvGuard()
    {
        if (had)
            qputenv(name.constData(), old);
        else
            qunsetenv(name.constData());
    }
};

// A private runtime folder (XDG_RUNTIME_DIR) for the socket.
struct PrivateRuntime
{
    QTemporaryDir dir;
    std::unique_ptr<EnvGuard> env;
    PrivateRuntime()
    {
        QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        env = std::make_unique<EnvGuard>("XDG_RUNTIME_DIR", dir.path().toUtf8());
    }
};

QString placeholderFor(const PolicyPack& pack, ScanCategory category)
{
    return QStringLiteral("[%1_1]").arg(pack.scan->info(category).placeholder);
}

} // namespace

TEST_CASE("clipboardGuard_fileMenuAction_checksTheClipboard_levelFindingsAndOnlyServicesOfThatLevel",
          "[gui][clipboard]")
{
    Setup s;
    auto* action = s.window->findChild<QAction*>(QStringLiteral("checkClipboardAction"));
    REQUIRE(action);
    CHECK(action->shortcut() == QKeySequence(QStringLiteral("Ctrl+Shift+K")));
    QApplication::clipboard()->setText(kIbanText);
    action->trigger();
    ClipboardCheckDialog* d = s.guard()->lastDialog();
    REQUIRE(d);
    CHECK(d->headline().contains(QStringLiteral("Schutzstufe 2")));
    INFO(d->headline().toStdString());
    CHECK(d->headline().contains(QStringLiteral("2 Fund"))); // the plural form comes from a translation
    CHECK(d->details().contains(QStringLiteral("IBAN")));
    CHECK(d->details().contains(QStringLiteral("Personenname")));
    // Level 2: the services approved for level 2, never one approved for level 1 only, a pilot or
    // a retired one.
    CHECK(d->details().contains(QStringLiteral("Stadt-KI (Eigenbetrieb)")));
    CHECK_FALSE(d->details().contains(QStringLiteral("Freier Web-Chatbot")));
    CHECK_FALSE(d->details().contains(QStringLiteral("Schreibfix")));
    // The text itself is not shown.
    CHECK_FALSE(d->details().contains(QStringLiteral("Mustermann")));
    CHECK_FALSE(d->details().contains(QStringLiteral("3704")));
    CHECK(d->pseudonymiseButton()->isEnabled());
    CHECK(d->pseudonymiseButton()->isDefault());
}

TEST_CASE("clipboardGuard_cleanText_saysNothingFound_level1Services_andOffersNoPseudonymisation", "[gui][clipboard]")
{
    Setup s;
    ClipboardCheckDialog* d = s.checkClipboard(
        QStringLiteral("Fasse die Vorteile von Bürgerhaushalten in fünf Punkten zusammen, in einfacher Sprache."));
    CHECK(d->headline().startsWith(QStringLiteral("✓ Nichts erkannt")));
    CHECK(d->headline().contains(QStringLiteral("Schutzstufe 1")));
    CHECK(d->details().contains(QStringLiteral("Freier Web-Chatbot")));
    CHECK_FALSE(d->pseudonymiseButton()->isEnabled());
}

TEST_CASE("clipboardGuard_emptyClipboard_orNoRegistry_sayWhy", "[gui][clipboard]")
{
    SECTION("empty")
    {
        Setup s;
        QApplication::clipboard()->clear();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        s.guard()->checkClipboard();
        CHECK_FALSE(s.guard()->lastDialog());
        const auto shown = MessageBox::takeShown();
        REQUIRE(shown.size() == 1);
        CHECK(shown[0].text.contains(QStringLiteral("kein Text")));
    }
    SECTION("only blanks")
    {
        Setup s;
        QApplication::clipboard()->setText(QStringLiteral(" \n\t "));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        s.guard()->checkClipboard();
        CHECK_FALSE(s.guard()->lastDialog());
        CHECK(s.guard()->lastMessage().contains(QStringLiteral("kein Text")));
    }
    SECTION("registry unavailable")
    {
        Setup s(false);
        ClipboardCheckDialog* d = s.checkClipboard(kIbanText);
        CHECK(d->headline().contains(QStringLiteral("Schutzstufe 2")));
        CHECK(d->details().contains(QStringLiteral("nicht verfügbar")));
    }
}

TEST_CASE("clipboardGuard_pseudonymisedCopy_replacesTheClipboard_andRestorePutsTheValuesBack", "[gui][clipboard]")
{
    Setup s;
    const PolicyPack& pack = s.policy.pack;
    CHECK_FALSE(s.guard()->restoreAction()->isEnabled());
    ClipboardCheckDialog* d = s.checkClipboard(kIbanText);
    d->pseudonymiseButton()->click();
    const QString copied = QApplication::clipboard()->text();
    CHECK_FALSE(copied.contains(QStringLiteral("Mustermann")));
    CHECK_FALSE(copied.contains(QStringLiteral("3704")));
    CHECK(copied.contains(placeholderFor(pack, ScanCategory::Iban)));
    CHECK(copied.contains(placeholderFor(pack, ScanCategory::PersonName)));
    CHECK(d->status().contains(QStringLiteral("2 Stelle")));
    CHECK_FALSE(d->pseudonymiseButton()->isEnabled());
    CHECK(s.guard()->restoreAction()->isEnabled());
    // The dialog grew with the status: no label is cut or overlaps another.
    QApplication::processEvents();
    for (const char* name : {"clipboardHeadline", "clipboardDetails", "clipboardStatus"}) {
        auto* label = d->findChild<QLabel*>(QLatin1String(name));
        REQUIRE(label);
        INFO(name);
        CHECK(label->height() >= label->heightForWidth(label->width()));
    }
    CHECK(d->findChild<QLabel*>(QStringLiteral("clipboardStatus"))->geometry().top() >=
          d->findChild<QLabel*>(QStringLiteral("clipboardDetails"))->geometry().bottom());

    // The AI's answer, copied from the browser: the placeholders come back (also when rewritten).
    QApplication::clipboard()->setText(QStringLiteral("Sehr geehrte %1, wir haben den Betrag auf [ iban_1 ] "
                                                      "überwiesen. [PERSON_9]")
                                           .arg(placeholderFor(pack, ScanCategory::PersonName)));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    s.guard()->restoreAction()->trigger();
    const QString restored = QApplication::clipboard()->text();
    CHECK(restored.contains(QStringLiteral("Erika Mustermann")));
    CHECK(restored.contains(QStringLiteral("DE89 3704 0044 0532 0130 00")));
    CHECK(s.guard()->lastMessage().contains(QStringLiteral("2 Platzhalter")));
    CHECK(s.guard()->lastMessage().contains(QStringLiteral("[PERSON_9]")));

    // Nothing to restore: said, and the clipboard is left as it is.
    QApplication::clipboard()->setText(QStringLiteral("Eine Antwort ohne Platzhalter."));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK(s.guard()->restoreClipboard() == 0);
    CHECK(QApplication::clipboard()->text() == QStringLiteral("Eine Antwort ohne Platzhalter."));
    CHECK(s.guard()->lastMessage().contains(QStringLiteral("kein Platzhalter")));
}

TEST_CASE("clipboardGuard_secondText_continuesTheMapping_andTheFileMenuRestoresWithoutATray", "[gui][clipboard]")
{
    Setup s;
    const PolicyPack& pack = s.policy.pack;
    const QString person1 = placeholderFor(pack, ScanCategory::PersonName);
    const QString person2 = QString(person1).replace(QStringLiteral("_1]"), QStringLiteral("_2]"));
    s.checkClipboard(kIbanText)->pseudonymiseButton()->click();
    ClipboardCheckDialog* d =
        s.checkClipboard(QStringLiteral("Herr Max Müller und Frau Erika Mustermann kommen am Montag."));
    d->pseudonymiseButton()->click();
    const QString second = QApplication::clipboard()->text();
    CHECK(second.contains(person1)); // Erika Mustermann keeps her placeholder
    CHECK(second.contains(person2)); // Max Müller continues the numbering
    CHECK_FALSE(second.contains(QStringLiteral("Müller")));

    // The answer to the FIRST text, restored after the second: still the first text's values.
    QApplication::clipboard()->setText(
        QStringLiteral("Antwort an %1 zu %2.").arg(person1, placeholderFor(pack, ScanCategory::Iban)));
    auto* fileMenuRestore = s.window->findChild<QMenu*>(QStringLiteral("fileMenu"));
    REQUIRE(fileMenuRestore);
    CHECK(fileMenuRestore->actions().contains(s.guard()->restoreAction()));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    s.guard()->restoreAction()->trigger();
    CHECK(QApplication::clipboard()->text() ==
          QStringLiteral("Antwort an Erika Mustermann zu DE89 3704 0044 0532 0130 00."));
}

TEST_CASE("clipboardGuard_pseudonymise_afterTheClipboardChanged_writesNothing", "[gui][clipboard]")
{
    Setup s;
    ClipboardCheckDialog* d = s.checkClipboard(kIbanText);
    QApplication::clipboard()->setText(QStringLiteral("Etwas anderes, inzwischen kopiert."));
    d->pseudonymiseButton()->click();
    CHECK(QApplication::clipboard()->text() == QStringLiteral("Etwas anderes, inzwischen kopiert."));
    CHECK(d->status().contains(QStringLiteral("geändert")));
    CHECK_FALSE(s.guard()->restoreAction()->isEnabled());
}

TEST_CASE("clipboardGuard_restoreWithoutMapping_saysSo", "[gui][clipboard]")
{
    Setup s;
    QApplication::clipboard()->setText(QStringLiteral("[PERSON_1] schreibt."));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    CHECK(s.guard()->restoreClipboard() == 0);
    CHECK(QApplication::clipboard()->text() == QStringLiteral("[PERSON_1] schreibt."));
    CHECK(s.guard()->lastMessage().contains(QStringLiteral("keine Zuordnung")));
}

TEST_CASE("clipboardGuard_openInDraft_showsTheDraftPageWithTheText", "[gui][clipboard]")
{
    Setup s;
    ClipboardCheckDialog* d = s.checkClipboard(kIbanText);
    d->draftButton()->click();
    QApplication::processEvents();
    auto* tabs = s.window->findChild<QTabWidget*>(QStringLiteral("pageTabWidget"));
    REQUIRE(tabs);
    CHECK(tabs->currentIndex() == MainWindow::DraftTab);
    CHECK(s.window->draftPage()->findChild<QPlainTextEdit*>(QStringLiteral("draftEditor"))->toPlainText() == kIbanText);
}

TEST_CASE("clipboardGuard_neverLogsTheText", "[gui][clipboard][privacy]")
{
    Setup s;
    auto sink = std::make_shared<spdlog::sinks::ringbuffer_sink_mt>(256);
    spdlog::default_logger()->sinks().push_back(sink);
    const auto level = spdlog::get_level();
    spdlog::set_level(spdlog::level::trace);
    const QString canary = QStringLiteral("Kanarienvogel Zwitscherich, IBAN DE89 3704 0044 0532 0130 00");
    ClipboardCheckDialog* d = s.checkClipboard(canary);
    d->pseudonymiseButton()->click();
    MessageBox::setNextAnswer(QMessageBox::Ok);
    s.guard()->restoreClipboard();
    spdlog::set_level(level);
    spdlog::default_logger()->sinks().pop_back();
    const std::vector<std::string> lines = sink->last_formatted();
    bool sawCheck = false;
    for (const std::string& line : lines) {
        CHECK(line.find("Zwitscherich") == std::string::npos);
        CHECK(line.find("3704") == std::string::npos);
        sawCheck |= line.find("clipboard check: chars=") != std::string::npos;
    }
    CHECK(sawCheck); // the log was captured (else the checks above prove nothing)
}

TEST_CASE("clipboardGuard_setting_offByDefault_switchable_andLockedByIt", "[gui][clipboard]")
{
    SECTION("off by default; the View menu switches it on and stores it")
    {
        Setup s;
        CHECK_FALSE(ClipboardGuard::enabledBySettings());
        auto* action = s.window->findChild<QAction*>(QStringLiteral("clipboardGuardAction"));
        REQUIRE(action);
        CHECK(action->isCheckable());
        CHECK_FALSE(action->isChecked());
        CHECK(action->isEnabled());
        if (!ClipboardGuard::trayAvailable())
            MessageBox::setNextAnswer(QMessageBox::Ok);
        PrivateRuntime runtime;
        action->trigger();
        CHECK(ClipboardGuard::enabledBySettings());
        // At once, without a restart: `ki-lotse --check-clipboard` reaches this instance.
        CHECK(s.guard()->isListening());
        QApplication::clipboard()->setText(kIbanText);
        std::atomic<int> answered{-1};
        std::thread client([&answered] { answered = ClipboardGuard::askRunningInstance(3000) ? 1 : 0; });
        QTRY_VERIFY_WITH_TIMEOUT(answered != -1, 5000);
        client.join();
        CHECK(answered == 1);
        QTRY_VERIFY(s.guard()->lastDialog() != nullptr);
        s.guard()->lastDialog()->close();
        // The offscreen test platform has no tray: the clerk is told where the check is instead.
        if (!ClipboardGuard::trayAvailable()) {
            const auto shown = MessageBox::takeShown();
            REQUIRE(shown.size() == 1);
            CHECK(shown[0].text.contains(QStringLiteral("--check-clipboard")));
            CHECK_FALSE(s.guard()->isTrayShown());
        }
        action->trigger();
        CHECK_FALSE(ClipboardGuard::enabledBySettings());
        CHECK_FALSE(s.guard()->isListening());
        CHECK_FALSE(ClipboardGuard::askRunningInstance(200));
    }
    SECTION("locked off by the system file")
    {
        {
            Setup s(true, "[General]\nlocked=clipboard/guard\n[clipboard]\nguard=false\n");
            REQUIRE(Config::current().isLocked(QStringLiteral("clipboard/guard")));
            auto* action = s.window->findChild<QAction*>(QStringLiteral("clipboardGuardAction"));
            REQUIRE(action);
            CHECK_FALSE(action->isEnabled());
            CHECK_FALSE(action->isChecked());
            QString error;
            CHECK_FALSE(Config::current().setUserValue(QStringLiteral("clipboard/guard"), true, &error));
            CHECK_FALSE(ClipboardGuard::enabledBySettings());
        }
        Config::reloadCurrent();
    }
    SECTION("locked on by the system file")
    {
        {
            Setup s(true, "[General]\nlocked=clipboard/guard\n[clipboard]\nguard=true\n");
            auto* action = s.window->findChild<QAction*>(QStringLiteral("clipboardGuardAction"));
            REQUIRE(action);
            CHECK_FALSE(action->isEnabled());
            CHECK(action->isChecked());
            CHECK(ClipboardGuard::enabledBySettings());
        }
        Config::reloadCurrent();
    }
}

TEST_CASE("clipboardGuard_trayMenu_hasCheckRestoreOpenQuit_withMnemonics", "[gui][clipboard]")
{
    Setup s;
    QMenu* menu = s.guard()->trayMenu();
    REQUIRE(menu);
    QStringList texts;
    for (QAction* a : menu->actions())
        if (!a->isSeparator())
            texts << a->text();
    CHECK(texts == QStringList{QStringLiteral("Zwischenablage &prüfen"),
                               QStringLiteral("Platzhalter in der Zwischenablage zurück&setzen"),
                               QStringLiteral("KI-Lotse ö&ffnen"), QStringLiteral("&Beenden")});
    bool shown = false;
    QObject::connect(s.guard(), &ClipboardGuard::showWindowRequested, [&shown] { shown = true; });
    s.window->hide();
    menu->actions().at(3)->trigger(); // after the separator: "KI-Lotse öffnen"
    CHECK(shown);
    CHECK(s.window->isVisible());
}

TEST_CASE("clipboardGuard_socket_checkClipboardFromASecondProcess_onlyTheOwnerAndOnlyTheCommand", "[gui][clipboard]")
{
    Setup s;
    PrivateRuntime private_;
    QTemporaryDir& runtime = private_.dir;
    CHECK(ClipboardGuard::socketPath() == runtime.filePath(QStringLiteral("ki-lotse/clipboard.socket")));
    CHECK_FALSE(ClipboardGuard::askRunningInstance(200)); // nobody listens yet
    QString error;
    REQUIRE(s.guard()->listen(&error));
    struct stat st
    {
    };
    REQUIRE(::stat(QFile::encodeName(ClipboardGuard::socketPath()).constData(), &st) == 0);
    CHECK((st.st_mode & 077) == 0); // neither group nor others may connect
    REQUIRE(::stat(QFile::encodeName(runtime.filePath(QStringLiteral("ki-lotse"))).constData(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0700);

    // A second live instance does not take the socket over.
    ClipboardGuard second(s.policy.pack, nullptr, nullptr);
    CHECK_FALSE(second.listen(&error));
    CHECK(error.contains(QStringLiteral("another instance")));

    // What `ki-lotse --check-clipboard` does, from another thread (it blocks on the socket).
    QApplication::clipboard()->setText(kIbanText);
    std::atomic<int> answered{-1};
    std::thread client([&answered] { answered = ClipboardGuard::askRunningInstance(3000) ? 1 : 0; });
    QTRY_VERIFY_WITH_TIMEOUT(answered != -1, 5000);
    client.join();
    CHECK(answered == 1);
    QTRY_VERIFY(s.guard()->lastDialog() != nullptr);
    CHECK(s.guard()->lastDialog()->headline().contains(QStringLiteral("Schutzstufe 2")));
    s.guard()->lastDialog()->close();
    QApplication::processEvents();

    // Anything else than the command: no check, the connection is closed.
    {
        QLocalSocket socket;
        socket.connectToServer(ClipboardGuard::socketPath());
        REQUIRE(socket.waitForConnected(1000));
        socket.write("show-me-the-clipboard\n");
        socket.flush();
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QLocalSocket::UnconnectedState, 3000);
        CHECK(socket.readAll().isEmpty());
    }
    QApplication::processEvents();
    CHECK(s.guard()->lastDialog() == nullptr);

    // A socket left by an instance that died (a socket file nobody listens on) is replaced.
    s.window.reset(); // the listening guard goes away with its window and removes its socket
    QApplication::processEvents();
    CHECK_FALSE(QFileInfo::exists(ClipboardGuard::socketPath()));
    {
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        REQUIRE(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray path = QFile::encodeName(ClipboardGuard::socketPath());
        std::memcpy(address.sun_path, path.constData(), size_t(path.size()));
        REQUIRE(::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0);
        ::close(fd); // dies without unlinking
    }
    REQUIRE(QFileInfo::exists(ClipboardGuard::socketPath()));
    ClipboardGuard third(s.policy.pack, nullptr, nullptr);
    CHECK(third.listen(&error));
}

TEST_CASE("clipboardGuard_socketFolder_mustBePrivate_notALinkNotShared", "[gui][clipboard]")
{
    QTemporaryDir base;
    const QString own = base.filePath(QStringLiteral("own"));
    REQUIRE(QDir().mkpath(own));
    QFile::setPermissions(own, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QString error;
    CHECK(ClipboardGuard::isPrivateFolder(own, &error));
    QFile::setPermissions(own, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                   QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    CHECK_FALSE(ClipboardGuard::isPrivateFolder(own, &error)); // 750: others of the group could connect
    QFile::setPermissions(own, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString link = base.filePath(QStringLiteral("link"));
    REQUIRE(QFile::link(own, link));
    CHECK_FALSE(ClipboardGuard::isPrivateFolder(link, &error)); // a planted link is not followed
    CHECK(error.contains(QStringLiteral("not a link")));
    CHECK_FALSE(ClipboardGuard::isPrivateFolder(base.filePath(QStringLiteral("missing")), &error));

    // The socket's folder planted as a link: listen() refuses, the client does not connect.
    PrivateRuntime runtime;
    REQUIRE(QFile::link(own, runtime.dir.filePath(QStringLiteral("ki-lotse"))));
    ClipboardGuard guard(kilotse::test::defaultPack(), nullptr, nullptr);
    CHECK_FALSE(guard.listen(&error));
    CHECK_FALSE(ClipboardGuard::askRunningInstance(200));
    CHECK_FALSE(QFileInfo::exists(own + QStringLiteral("/clipboard.socket")));
}

// Not a test: saves the result dialog for the docs (KL_SHOT_DIR=… ki-lotse-gui-tests "[.shot]").
TEST_CASE("clipboardGuard_screenshot", "[.shot]")
{
    installTranslations(*qApp, qEnvironmentVariable("KI_LOTSE_LANG", QStringLiteral("de")), true);
    Setup s;
    ClipboardCheckDialog* d = s.checkClipboard(kIbanText);
    QTest::qWait(200);
    const QString dir = qEnvironmentVariable("KL_SHOT_DIR", QDir::tempPath());
    CHECK(d->grab().save(dir + QStringLiteral("/clipboard-check.png")));
    d->pseudonymiseButton()->click();
    QTest::qWait(200);
    CHECK(d->grab().save(dir + QStringLiteral("/clipboard-check-pseudonymised.png")));
}
