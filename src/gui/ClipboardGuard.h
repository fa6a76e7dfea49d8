#pragma once

#include "Theme.h"
#include "check/Check.h"
#include "scan/ScanAnalysis.h"

#include <QDialog>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLocalServer;
class QMenu;
class QPushButton;
class QSystemTrayIcon;

namespace kilotse {
struct PolicyPack;
class Registry;
class Scanner;
} // namespace kilotse

namespace kilotse::gui {

// The result of one clipboard check: level, findings in words, the services approved for that
// level, and the actions "Pseudonymisiert kopieren" and "Im Entwurf prüfen". Shows no part of the
// text itself.
class ClipboardCheckDialog : public QDialog
{
    Q_OBJECT
public:
    ClipboardCheckDialog(const QString& headline, VerdictTone tone, const QString& details, bool canPseudonymise,
                         QWidget* parent = nullptr);

    QString headline() const;
    QString details() const;
    QString status() const;
    QPushButton* pseudonymiseButton() const { return m_pseudonymise; }
    QPushButton* draftButton() const { return m_draft; }
    void setStatus(const QString& text);

Q_SIGNALS:
    void pseudonymiseRequested();
    void draftRequested();

private:
    QLabel* m_headline = nullptr;
    QLabel* m_details = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_pseudonymise = nullptr;
    QPushButton* m_draft = nullptr;
};

// The clipboard guard (issue 21): checks the text on the clipboard for programs KI-Lotse does not
// see (a chat window, a mail client, a web form in a browser without the extension).
//  * "Zwischenablage prüfen" in the main window's File menu (always) and, when the setting
//    `clipboard/guard` is on, in a tray icon's menu;
//  * `ki-lotse --check-clipboard` (for a desktop keyboard shortcut) asks the running instance over
//    a local socket that only this user can open; the socket carries one command word, never text;
//  * "Pseudonymisiert kopieren" replaces the clipboard's text by its pseudonymised form; the
//    mapping stays in this process's memory only, and "Platzhalter zurücksetzen" puts the original
//    values into the text then on the clipboard (the AI's answer).
// The clipboard's text is never logged or stored; only counts are.
class ClipboardGuard : public QObject
{
    Q_OBJECT
public:
    // `pack` and `registry` (may be null) must outlive the guard. `window` is the main window the
    // tray's "KI-Lotse öffnen" shows.
    ClipboardGuard(const PolicyPack& pack, Registry* registry, QWidget* window);
    ~ClipboardGuard() override;

    // Whether the desktop has a tray (a StatusNotifier host or an XEmbed tray).
    static bool trayAvailable();
    // The effective setting clipboard/guard.
    static bool enabledBySettings();

    // Shows or hides the tray icon; false when the desktop has no tray (the menu actions and the
    // command-line entry still work).
    bool setTrayEnabled(bool enabled);
    bool isTrayShown() const;
    QMenu* trayMenu() const { return m_menu.get(); }
    QAction* checkAction() const { return m_checkAction; }
    QAction* restoreAction() const { return m_restoreAction; }

    // Checks the clipboard's text now and shows the result (non-modal; the last one is replaced).
    void checkClipboard();
    // Puts the original values back for the placeholders of the last "Pseudonymisiert kopieren" in
    // the clipboard's text. Returns the number of placeholders replaced.
    int restoreClipboard();
    ClipboardCheckDialog* lastDialog() const { return m_dialog; }
    // The last message shown for an empty clipboard or a restore (tests).
    QString lastMessage() const { return m_lastMessage; }
    // A short message: the tray's balloon when the tray is shown, else a message box.
    void notify(const QString& title, const QString& text);

    // The local socket of the running instance for --check-clipboard: "$XDG_RUNTIME_DIR/ki-lotse/
    // clipboard.socket" (Qt's private runtime folder when XDG_RUNTIME_DIR is not set); empty when
    // there is no private runtime folder.
    static QString socketPath();
    // Listens for `ki-lotse --check-clipboard`. False (and `error`) when the socket cannot be made;
    // a socket of a dead instance is replaced, that of a live one is not.
    bool listen(QString* error = nullptr);
    void stopListening();
    bool isListening() const;
    // Asks a running instance to check the clipboard. True when one took the command (also when a
    // busy one does not answer in time: it checks later); false when none listens.
    static bool askRunningInstance(int timeoutMs = 1500);
    // A folder of this user, not a symbolic link, mode 700: where the socket may be.
    static bool isPrivateFolder(const QString& folder, QString* error);

Q_SIGNALS:
    // "Im Entwurf prüfen": the main window shows the draft page with this text.
    void draftRequested(const QString& text);
    // "KI-Lotse öffnen" and "Beenden" of the tray menu.
    void showWindowRequested();
    void quitRequested();

private:
    void pseudonymiseLast();
    void updateActions();

    const PolicyPack& m_pack;
    Registry* m_registry = nullptr;
    QPointer<QWidget> m_window;
    std::unique_ptr<Scanner> m_scanner;
    std::unique_ptr<QMenu> m_menu;
    QAction* m_checkAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QSystemTrayIcon* m_tray = nullptr;
    QLocalServer* m_server = nullptr;
    QPointer<ClipboardCheckDialog> m_dialog;
    // The text of the last check and its findings, while its dialog is open (for its actions).
    QString m_checkedText;
    QList<ScanFinding> m_checkedFindings;
    QList<PseudonymEntry> m_mapping; // of the last pseudonymised copy; memory only
    QString m_lastMessage;
};

} // namespace kilotse::gui
