#pragma once

#include "policy/PolicyLocator.h"
#include "registry/Registry.h"
#include "report/CheckRecord.h"

#include <QMainWindow>

class QFrame;
class QLabel;
class QTimer;

#include <memory>

namespace Ui {
class MainWindow;
}

namespace kilotse::gui {

class CheckWizard;
class DraftPage;
class RegistryPage;
class LabelPage;
class RulesPage;
class TemplatesPage;
class WorkshopPage;
class ExportRecordDialog;
class HelpDialog;
class ClipboardGuard;

// The application window. Its first (and for now only) page is the check. When the configured
// policy pack was refused, a banner says so and offers the full list of problems.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `policy` must outlive the window.
    // `registry` may be null (then `registryProblem` says why). Both must outlive the window.
    explicit MainWindow(const ResolvedPolicy& policy, Registry* registry = nullptr,
                        const QString& registryProblem = QString(), QWidget* parent = nullptr);
    ~MainWindow() override;

    CheckWizard* checkWizard() const { return m_wizard; }
    // The other pages are built when first shown (or asked for), which keeps start-up fast.
    DraftPage* draftPage();
    RulesPage* rulesPage();
    TemplatesPage* templatesPage();
    LabelPage* labelPage();
    RegistryPage* registryPage();
    WorkshopPage* workshopPage();
    // The check as a record (no purpose etc. yet); precondition: the wizard shows an outcome.
    CheckRecord currentRecord() const;
    // The export dialog for the current outcome (nullptr without one); the caller owns it.
    ExportRecordDialog* createExportDialog();
    // Opens a record JSON and shows it with the comparison against the current pack.
    bool openRecordFile(const QString& path);
    void showPage(QWidget* page);
    bool isFallbackBannerShown() const;
    // The registry's state line above the pages: offline with the snapshot's time (empty online).
    QString registryBannerText() const;
    // Re-reads the registry from the server off the UI thread (PostgreSQL); the banner and the
    // pages follow when it is done. Also runs on a timer (registry/refresh_minutes; offline every minute).
    void refreshRegistry();
    // F1: the help of the current page ("overview", "check", … see helpTopicIds()), or of `topic`.
    void showHelp(const QString& topic = QString());
    QString currentHelpTopic() const;
    HelpDialog* helpDialog() const { return m_help; }
    // The clipboard guard: File → Zwischenablage prüfen, the tray icon (setting clipboard/guard)
    // and `ki-lotse --check-clipboard`.
    ClipboardGuard* clipboardGuard() const { return m_clipboardGuard; }
    // Shows or hides the guard's tray icon; the window then stays in the tray when closed.
    // False when the desktop has no tray.
    bool setClipboardTray(bool enabled);

    // Tab order; the first tab is the check itself.
    enum Tab
    {
        CheckTab = 0,
        DraftTab,
        RulesTab,
        TemplatesTab,
        LabelTab,
        RegistryTab,
        WorkshopTab
    };

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    QWidget* tabHolder(int index) const;
    void ensurePage(int index);
    void showFallbackDetails();
    void showPolicyInfo();
    void showAbout();
    void setUpHelpAndViewMenus();
    void showIntroTour();
    void exportRecord();
    void rememberInHistory();
    void setUpRegistryRefresh();
    void updateRegistryBanner();
    void updateOverdueStatus();

    std::unique_ptr<Ui::MainWindow> m_ui;
    const ResolvedPolicy& m_policy;
    CheckWizard* m_wizard = nullptr;
    DraftPage* m_draftPage = nullptr;
    RulesPage* m_rulesPage = nullptr;
    TemplatesPage* m_templatesPage = nullptr;
    LabelPage* m_labelPage = nullptr;
    RegistryPage* m_registryPage = nullptr;
    WorkshopPage* m_workshopPage = nullptr;
    QString m_lastHistoryId; // history entry of the outcome on screen (history switched on)
    Registry* m_registry = nullptr;
    QString m_registryProblem;
    HelpDialog* m_help = nullptr;
    QFrame* m_registryBanner = nullptr;
    QLabel* m_registryBannerLabel = nullptr;
    QTimer* m_refreshTimer = nullptr;
    bool m_refreshing = false;
    ClipboardGuard* m_clipboardGuard = nullptr;
    bool m_toldAboutTray = false;
};

} // namespace kilotse::gui
