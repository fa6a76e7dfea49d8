#include "ClipboardGuard.h"

#include "Config.h"
#include "MessageBox.h"
#include "policy/PolicyPack.h"
#include "registry/Registry.h"
#include "registry/Tools.h"
#include "report/CheckRecord.h"
#include "scan/Scanner.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocalServer>
#include <QLocalSocket>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

namespace kilotse::gui {

namespace {
// The one command the socket understands; anything else closes the connection.
constexpr char kCheckCommand[] = "check-clipboard\n";
constexpr char kAnswer[] = "ok\n";
// A clipboard larger than this is not checked here: the draft page checks long texts off the UI
// thread with progress, the guard would freeze the desktop's shortcut.
constexpr qsizetype kMaxCharacters = 2 * 1024 * 1024;
// At most this many approved services are named in the dialog, the rest are counted.
constexpr int kMaxServicesNamed = 6;
} // namespace

// ---- ClipboardCheckDialog ----------------------------------------------------------------------

ClipboardCheckDialog::ClipboardCheckDialog(const QString& headline, VerdictTone tone, const QString& details,
                                           bool canPseudonymise, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("clipboardCheckDialog"));
    setWindowTitle(tr("Zwischenablage geprüft – KI-Lotse"));
    auto* layout = new QVBoxLayout(this);
    m_headline = new QLabel(headline, this);
    m_headline->setObjectName(QStringLiteral("clipboardHeadline"));
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setWordWrap(true);
    m_headline->setMargin(8);
    scaleFont(m_headline, 1.15, true);
    styleVerdictFrame(m_headline, tone);
    layout->addWidget(m_headline);
    m_details = new QLabel(details, this);
    m_details->setObjectName(QStringLiteral("clipboardDetails"));
    m_details->setTextFormat(Qt::PlainText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_details);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("clipboardStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->hide();
    layout->addWidget(m_status);
    layout->addStretch(1);

    auto* buttons = new QDialogButtonBox(this);
    m_pseudonymise = buttons->addButton(tr("&Pseudonymisiert kopieren"), QDialogButtonBox::ActionRole);
    m_pseudonymise->setObjectName(QStringLiteral("clipboardPseudonymiseButton"));
    m_pseudonymise->setEnabled(canPseudonymise);
    m_pseudonymise->setToolTip(tr("Ersetzt Namen, Nummern und Anschriften im Text der Zwischenablage durch "
                                  "Platzhalter wie [PERSON_1]."));
    m_draft = buttons->addButton(tr("Im &Entwurf prüfen"), QDialogButtonBox::ActionRole);
    m_draft->setObjectName(QStringLiteral("clipboardDraftButton"));
    m_draft->setToolTip(tr("Öffnet den Text auf der Seite „Entwurf prüfen“ mit allen Funden und ihren Stellen."));
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("&Schließen"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pseudonymise, &QPushButton::clicked, this, &ClipboardCheckDialog::pseudonymiseRequested);
    connect(m_draft, &QPushButton::clicked, this, &ClipboardCheckDialog::draftRequested);
    layout->addWidget(buttons);
    (canPseudonymise ? m_pseudonymise : close)->setDefault(true);
    (canPseudonymise ? m_pseudonymise : close)->setFocus();
    setMinimumWidth(fontMetrics().averageCharWidth() * 80);
}

QString ClipboardCheckDialog::headline() const
{
    return m_headline->text();
}

QString ClipboardCheckDialog::details() const
{
    return m_details->text();
}

QString ClipboardCheckDialog::status() const
{
    return m_status->text();
}

void ClipboardCheckDialog::setStatus(const QString& text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    // The dialog grows with the new lines (word-wrapped labels would overlap otherwise).
    layout()->activate();
    resize(width(), qMax(height(), heightForWidth(width())));
    adjustSize();
}

// ---- ClipboardGuard ----------------------------------------------------------------------------

ClipboardGuard::ClipboardGuard(const PolicyPack& pack, Registry* registry, QWidget* window)
    : QObject(window), m_pack(pack), m_registry(registry), m_window(window), m_menu(std::make_unique<QMenu>())
{
    if (pack.scan)
        m_scanner = std::make_unique<Scanner>(*pack.scan);
    m_menu->setObjectName(QStringLiteral("clipboardTrayMenu"));
    m_checkAction = m_menu->addAction(tr("Zwischenablage &prüfen"));
    m_checkAction->setObjectName(QStringLiteral("trayCheckClipboardAction"));
    connect(m_checkAction, &QAction::triggered, this, &ClipboardGuard::checkClipboard);
    m_restoreAction = m_menu->addAction(tr("Platzhalter in der Zwischenablage zurück&setzen"));
    m_restoreAction->setObjectName(QStringLiteral("trayRestoreClipboardAction"));
    connect(m_restoreAction, &QAction::triggered, this, &ClipboardGuard::restoreClipboard);
    m_menu->addSeparator();
    QAction* open = m_menu->addAction(tr("KI-Lotse ö&ffnen"));
    open->setObjectName(QStringLiteral("trayOpenAction"));
    connect(open, &QAction::triggered, this, &ClipboardGuard::showWindowRequested);
    QAction* quit = m_menu->addAction(tr("&Beenden"));
    quit->setObjectName(QStringLiteral("trayQuitAction"));
    connect(quit, &QAction::triggered, this, &ClipboardGuard::quitRequested);
    updateActions();
}

ClipboardGuard::~ClipboardGuard()
{
    // The tray refers to the menu (a member destroyed before the children): it goes first.
    delete m_tray;
    m_tray = nullptr;
    if (m_server)
        m_server->close(); // removes the socket file
}

bool ClipboardGuard::trayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

bool ClipboardGuard::enabledBySettings()
{
    return Config::current().boolean(QStringLiteral("clipboard/guard"));
}

bool ClipboardGuard::setTrayEnabled(bool enabled)
{
    if (!enabled) {
        delete m_tray;
        m_tray = nullptr;
        return true;
    }
    if (m_tray)
        return true;
    if (!trayAvailable()) {
        spdlog::info("clipboard guard: the desktop has no system tray; the File menu and --check-clipboard remain");
        return false;
    }
    m_tray = new QSystemTrayIcon(QApplication::windowIcon(), this);
    m_tray->setToolTip(tr("KI-Lotse – Zwischenablage prüfen"));
    m_tray->setContextMenu(m_menu.get());
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger) // a double click starts with a Trigger too
            checkClipboard();
    });
    m_tray->show();
    spdlog::info("clipboard guard: tray icon shown");
    return true;
}

bool ClipboardGuard::isTrayShown() const
{
    return m_tray && m_tray->isVisible();
}

void ClipboardGuard::updateActions()
{
    m_restoreAction->setEnabled(!m_mapping.isEmpty());
}

void ClipboardGuard::notify(const QString& title, const QString& text)
{
    m_lastMessage = text;
    if (m_tray && m_tray->isVisible() && QSystemTrayIcon::supportsMessages())
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 6000);
    else
        MessageBox::information(m_window && m_window->isVisible() ? m_window.data() : nullptr, title, text);
}

void ClipboardGuard::checkClipboard()
{
    const QString title = tr("Zwischenablage prüfen");
    if (!m_scanner) {
        notify(title, tr("Das geladene Regelwerk enthält keine Regeln für die Entwurfsprüfung."));
        return;
    }
    // Wayland gives the clipboard only to the focused window: a check from the tray or the
    // shortcut would read nothing or an older text and could call it clean. Fail closed.
    if (QGuiApplication::platformName().startsWith(QLatin1String("wayland")) &&
        QGuiApplication::applicationState() != Qt::ApplicationActive) {
        spdlog::info("clipboard check: not run, the window has no focus (Wayland)");
        Q_EMIT showWindowRequested();
        notify(title, tr("Unter Wayland sieht KI-Lotse die Zwischenablage nur, wenn sein Fenster im Vordergrund ist. "
                         "Wählen Sie jetzt im Fenster von KI-Lotse Datei → Zwischenablage prüfen (Strg+Umschalt+K)."));
        return;
    }
    const QString text = QApplication::clipboard()->text(QClipboard::Clipboard);
    if (text.size() > kMaxCharacters) {
        spdlog::info("clipboard check: {} characters, too long for the quick check", text.size());
        notify(title, tr("Der Text in der Zwischenablage ist mit %L1 Zeichen zu lang für die schnelle Prüfung. "
                         "Fügen Sie ihn auf der Seite „Entwurf prüfen“ ein.")
                          .arg(text.size()));
        return;
    }
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); })) {
        spdlog::info("clipboard check: no text on the clipboard");
        notify(title, tr("In der Zwischenablage steht kein Text. Kopieren Sie den Text, den Sie einem "
                         "KI-Dienst geben wollen, und prüfen Sie dann erneut."));
        return;
    }

    const TextCheck check = checkText(m_pack, *m_scanner, text);
    spdlog::info("clipboard check: chars={} findings={} level={} verdict={}", text.size(), check.summary.total,
                 check.outcome.level, check.outcome.verdictId().toStdString());
    const Outcome& outcome = check.outcome;
    const LevelText* level = m_pack.level(outcome.level);
    const QString levelTitle = verdictText(outcome.verdictId(), outcome.level,
                                           outcome.blocked ? m_pack.blocked.title
                                           : level         ? level->title
                                                           : QString());
    const QString headline = check.summary.total == 0
                                 ? tr("✓ Nichts erkannt – vorgeschlagen: %1").arg(levelTitle)
                                 : tr("⚠ %n Fund(e) – vorgeschlagen: %1", nullptr, check.summary.total).arg(levelTitle);
    const VerdictTone tone = outcome.blocked      ? VerdictTone::Blocked
                             : outcome.escalate   ? VerdictTone::Escalate
                             : outcome.level >= 2 ? VerdictTone::Level2
                                                  : VerdictTone::Level1;

    QStringList lines;
    if (check.summary.total > 0)
        lines << tr("Enthält: %1.").arg(check.contains);
    else
        lines << tr("Keine Namen, Nummern, Anschriften oder Geheimhaltungshinweise erkannt. Das ersetzt nicht Ihre "
                    "eigene Prüfung: KI-Lotse erkennt nur, was einem bekannten Muster folgt.");
    if (outcome.blocked) {
        lines << tr("Für diesen Text darf keine KI genutzt werden.");
    } else {
        if (outcome.escalate)
            lines << tr("Vor der Nutzung einer KI: Rücksprache mit der oder dem KI- oder "
                        "Datenschutzbeauftragten.");
        if (!m_registry) {
            lines << tr("Das Verzeichnis der KI-Dienste ist nicht verfügbar; welche Dienste freigegeben sind, "
                        "kann KI-Lotse gerade nicht sagen.");
        } else {
            const ToolsForCheck tools =
                toolsForOutcome(*m_registry, m_pack, check.answers, outcome, QDate::currentDate(), false);
            QStringList names;
            for (const ToolOffer& offer : tools.offered)
                names << offer.service.name;
            if (names.isEmpty()) {
                lines << tr("Kein Dienst im Verzeichnis Ihrer Verwaltung ist für Schutzstufe %1 freigegeben.")
                             .arg(outcome.level);
            } else {
                const int more = static_cast<int>(names.size()) - kMaxServicesNamed;
                QString list = names.mid(0, kMaxServicesNamed).join(QStringLiteral(", "));
                if (more > 0)
                    list += u' ' + tr("und %n weitere(r)", nullptr, more);
                lines << tr("Für Schutzstufe %1 freigegeben (welcher Dienst passt, hängt von der Aufgabe ab): %2.")
                             .arg(outcome.level)
                             .arg(list);
            }
        }
    }
    if (check.pseudonymisable > 0)
        lines << tr("„Pseudonymisiert kopieren“ ersetzt %n Stelle(n) in der Zwischenablage durch Platzhalter. Die "
                    "Angaben in der Antwort der KI setzt „Platzhalter in der Zwischenablage zurücksetzen“ wieder ein "
                    "(Menü Datei oder Symbol im Infobereich).",
                    nullptr, check.pseudonymisable);

    if (m_dialog)
        m_dialog->close();
    auto* dialog = new ClipboardCheckDialog(headline, tone, lines.join(u'\n'), check.pseudonymisable > 0,
                                            m_window && m_window->isVisible() ? m_window.data() : nullptr);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    m_checkedText = text;
    m_checkedFindings = check.findings;
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (m_dialog == dialog) {
            // The text is only kept while its dialog can act on it.
            m_checkedText.clear();
            m_checkedFindings.clear();
        }
    });
    connect(dialog, &ClipboardCheckDialog::pseudonymiseRequested, this, &ClipboardGuard::pseudonymiseLast);
    connect(dialog, &ClipboardCheckDialog::draftRequested, this, [this, dialog] {
        const QString draft = m_checkedText;
        dialog->close();
        Q_EMIT draftRequested(draft);
    });
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

void ClipboardGuard::pseudonymiseLast()
{
    if (!m_dialog || m_checkedText.isEmpty() || !m_pack.scan)
        return;
    // What was checked is what gets replaced: a text copied since then is not overwritten unseen.
    if (QApplication::clipboard()->text(QClipboard::Clipboard) != m_checkedText) {
        spdlog::info("clipboard pseudonymise: refused, the clipboard changed since the check");
        m_dialog->setStatus(tr("Die Zwischenablage hat sich seit der Prüfung geändert; es wurde nichts kopiert. "
                               "Prüfen Sie bitte erneut."));
        return;
    }
    const bool cuesRemain = std::any_of(m_checkedFindings.cbegin(), m_checkedFindings.cend(),
                                        [](const ScanFinding& f) { return !isPseudonymisable(f.category); });
    // One mapping per session: earlier values keep their placeholders, new ones continue the numbers.
    const Pseudonymised result = pseudonymise(m_checkedText, m_checkedFindings, *m_pack.scan, m_mapping);
    QApplication::clipboard()->setText(result.text, QClipboard::Clipboard);
    m_mapping = result.entries;
    m_checkedText = result.text; // "Im Entwurf prüfen" now opens what is on the clipboard
    m_checkedFindings.clear();
    updateActions();
    spdlog::info("clipboard pseudonymised: replaced={} values={}", result.replaced, result.entries.size());
    QString status = tr("In die Zwischenablage kopiert: %n Stelle(n) durch Platzhalter ersetzt. Die Zuordnung "
                        "bleibt nur in KI-Lotse, bis Sie es beenden.",
                        nullptr, result.replaced);
    if (cuesRemain)
        status += u'\n' + tr("Hinweise auf besondere Kategorien, Verschlusssachen oder Geschäftsgeheimnisse bleiben "
                             "stehen: Der Inhalt selbst ist schutzbedürftig.");
    m_dialog->setStatus(status);
    m_dialog->pseudonymiseButton()->setEnabled(false);
}

int ClipboardGuard::restoreClipboard()
{
    const QString title = tr("Platzhalter zurücksetzen");
    if (m_mapping.isEmpty()) {
        notify(title, tr("Es gibt keine Zuordnung: Kopieren Sie zuerst einen Text pseudonymisiert."));
        return 0;
    }
    const QString text = QApplication::clipboard()->text(QClipboard::Clipboard);
    const Restored restored = restorePseudonyms(text, m_mapping);
    spdlog::info("clipboard restore: replaced={} unknown={}", restored.replaced, restored.unknownPlaceholders.size());
    if (restored.replaced == 0) {
        notify(title, tr("In der Zwischenablage steht kein Platzhalter der letzten Pseudonymisierung. Kopieren "
                         "Sie die Antwort des KI-Dienstes und wählen Sie dann erneut „Platzhalter "
                         "zurücksetzen“."));
        return 0;
    }
    QApplication::clipboard()->setText(restored.text, QClipboard::Clipboard);
    QString message = tr("%n Platzhalter ersetzt: Die Zwischenablage enthält wieder die ursprünglichen Angaben.",
                         nullptr, restored.replaced);
    if (!restored.unknownPlaceholders.isEmpty())
        message += u' ' + tr("Unbekannt geblieben: %1").arg(restored.unknownPlaceholders.join(QStringLiteral(", ")));
    notify(title, message);
    return restored.replaced;
}

// ---- the running instance for --check-clipboard -------------------------------------------------

QString ClipboardGuard::socketPath()
{
    // No shared fallback (/tmp): another account could plant a socket there. Qt's runtime folder is
    // the user's own (it refuses one owned by someone else).
    const QString base = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return base.isEmpty() ? QString() : base + QStringLiteral("/ki-lotse/clipboard.socket");
}

bool ClipboardGuard::listen(QString* error)
{
    const QString path = socketPath();
    if (path.isEmpty()) {
        if (error)
            *error = QStringLiteral("no private runtime folder (XDG_RUNTIME_DIR)");
        return false;
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (::mkdir(QFile::encodeName(folder).constData(), 0700) != 0 && errno != EEXIST) {
        if (error)
            *error = QStringLiteral("cannot create %1").arg(folder);
        return false;
    }
    if (!isPrivateFolder(folder, error))
        return false;
    // A live instance keeps its socket (QLocalServer with socket options would rename a new one over
    // it); a socket file nobody answers on is what an instance left that ended without removing it.
    {
        QLocalSocket probe;
        probe.connectToServer(path);
        if (probe.waitForConnected(300)) {
            if (error)
                *error = QStringLiteral("another instance listens on %1").arg(path);
            return false;
        }
    }
    QLocalServer::removeServer(path);
    delete m_server;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(path)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, m_server->errorString());
        delete m_server;
        m_server = nullptr;
        return false;
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* next = m_server->nextPendingConnection()) {
            const QPointer<QLocalSocket> socket(next);
            connect(next, &QLocalSocket::disconnected, next, &QObject::deleteLater);
            connect(next, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket)
                    return;
                if (!socket->canReadLine()) {
                    if (socket->bytesAvailable() > 64)
                        socket->disconnectFromServer();
                    return;
                }
                const bool check = socket->readLine(64) == kCheckCommand;
                if (check) {
                    socket->write(kAnswer);
                    socket->flush();
                }
                socket->disconnectFromServer();
                // Queued: the check may open a message box with its own event loop, in which this
                // socket would be deleted under the handler.
                if (check) {
                    spdlog::info("clipboard guard: check asked by --check-clipboard");
                    QMetaObject::invokeMethod(this, &ClipboardGuard::checkClipboard, Qt::QueuedConnection);
                }
            });
        }
    });
    spdlog::info("clipboard guard: listening for --check-clipboard");
    return true;
}

bool ClipboardGuard::askRunningInstance(int timeoutMs)
{
    const QString path = socketPath();
    if (path.isEmpty() || !isPrivateFolder(QFileInfo(path).absolutePath(), nullptr))
        return false;
    QLocalSocket socket;
    socket.connectToServer(path);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    socket.write(kCheckCommand);
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // The instance has the command: a busy one answers late but still checks, so a missing answer
    // must not start a second instance (two windows, two mappings).
    while (!socket.canReadLine()) {
        if (!socket.waitForReadyRead(timeoutMs)) {
            spdlog::warn("clipboard guard: the running instance took the command but did not answer in time");
            return true;
        }
    }
    return socket.readLine(16) == kAnswer;
}

void ClipboardGuard::stopListening()
{
    delete m_server; // closes and removes the socket file
    m_server = nullptr;
}

bool ClipboardGuard::isListening() const
{
    return m_server && m_server->isListening();
}

bool ClipboardGuard::isPrivateFolder(const QString& folder, QString* error)
{
    struct stat st
    {
    };
    if (::lstat(QFile::encodeName(folder).constData(), &st) != 0 || !S_ISDIR(st.st_mode) || st.st_uid != ::geteuid() ||
        (st.st_mode & 077) != 0) {
        if (error)
            *error =
                QStringLiteral("%1 is not a private folder of this user (a folder, not a link, mode 700)").arg(folder);
        return false;
    }
    return true;
}

} // namespace kilotse::gui
