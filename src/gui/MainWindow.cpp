#include "MainWindow.h"

#include "CheckWizard.h"
#include "ClipboardGuard.h"
#include "Config.h"
#include "DraftPage.h"
#include "HelpDialogs.h"
#include "LabelPage.h"
#include "MessageBox.h"
#include "RecordDialogs.h"
#include "RegistryPage.h"
#include "RulesPage.h"
#include "TemplatesPage.h"
#include "WorkshopPage.h"
#include "content/Label.h"
#include "core/Version.h"
#include "registry/Tools.h"
#include "report/CheckHistory.h"
#include "ui_mainwindow.h"

#include <QActionGroup>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QRandomGenerator>
#include <QShortcut>
#include <QSignalBlocker>
#include <QTabBar>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace kilotse::gui {

namespace {
QString originText(PackOrigin origin)
{
    switch (origin) {
    case PackOrigin::CommandLine:
        return MainWindow::tr("per --policy angegeben");
    case PackOrigin::Environment:
        return MainWindow::tr("per KI_LOTSE_POLICY_DIR angegeben");
    case PackOrigin::Configured:
        return MainWindow::tr("in den Einstellungen festgelegt");
    case PackOrigin::System:
        return MainWindow::tr("systemweit eingerichtet");
    case PackOrigin::Bundled:
        return MainWindow::tr("mitgeliefert");
    }
    return {};
}
} // namespace

MainWindow::MainWindow(const ResolvedPolicy& policy, Registry* registry, const QString& registryProblem,
                       QWidget* parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_policy(policy)
{
    m_ui->setupUi(this);
    m_ui->pageTabWidget->tabBar()->setAccessibleDescription(
        tr("Wechselt zwischen den Bereichen: Prüfung, Entwurf prüfen, Regeln, Vorlagen, Kennzeichnung, Dienste und "
           "Workshop (Strg+1 bis Strg+7)."));
    const QString problem =
        registry || !registryProblem.isEmpty() ? registryProblem : tr("kein Verzeichnis eingerichtet");
    m_registry = registry;
    m_registryProblem = problem;
    m_wizard = new CheckWizard(policy.pack, registry, problem, m_ui->pageTabWidget);
    m_ui->pageTabWidget->addTab(m_wizard, tr("&Prüfung"));
    for (const QString& title : {tr("En&twurf prüfen"), tr("&Regeln"), tr("&Vorlagen"), tr("&Kennzeichnung"),
                                 tr("D&ienste"), tr("W&orkshop")}) {
        auto* holder = new QWidget(m_ui->pageTabWidget);
        // What a screen reader announces when a tab switch lands on the page.
        holder->setAccessibleName(QString(title).remove(u'&'));
        auto* layout = new QVBoxLayout(holder);
        layout->setContentsMargins(0, 0, 0, 0);
        m_ui->pageTabWidget->addTab(holder, title);
    }
    connect(m_ui->pageTabWidget, &QTabWidget::currentChanged, this, &MainWindow::ensurePage);
    updateOverdueStatus();
    for (int i = 0; i < m_ui->pageTabWidget->count(); ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::ControlModifier | static_cast<Qt::Key>(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { m_ui->pageTabWidget->setCurrentIndex(i); });
    }
    connect(m_wizard, &CheckWizard::templateRequested, this, [this](const QString& id) {
        templatesPage()->selectTemplate(id);
        showPage(templatesPage());
    });
    connect(m_wizard, &CheckWizard::draftCheckRequested, this, [this] {
        showPage(draftPage());
        draftPage()->focusFirstInput();
    });
    connect(m_wizard, &CheckWizard::recordRequested, this, [this] { exportRecord(); });
    connect(m_wizard, &CheckWizard::outcomeShown, this, [this] { rememberInHistory(); });
    connect(m_wizard, &CheckWizard::labelRequested, this, [this] {
        labelPage()->prefill(labelRequestForCheck(m_policy.pack, m_wizard->answers()));
        showPage(labelPage());
    });

    const Manifest& m = policy.pack.manifest;
    auto* policyStatus =
        new QLabel(tr("Regelwerk: %1 %2 (%3)").arg(m.title, m.version, originText(policy.pack.origin)), this);
    policyStatus->setObjectName(QStringLiteral("policyStatusLabel"));
    policyStatus->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(policyStatus);

    if (policy.fellBack()) {
        m_ui->fallbackBannerFrame->setStyleSheet(
            QStringLiteral("QFrame#fallbackBannerFrame { background: #fff1db; border: 2px solid #a35200; "
                           "border-radius: 6px; } QFrame#fallbackBannerFrame QLabel { color: #1a1a1a; }"));
        m_ui->fallbackBannerLabel->setText(
            tr("⚠ Das Regelwerk in „%1“ (%2) ist fehlerhaft und wurde nicht geladen (%n Fehler). "
               "KI-Lotse verwendet stattdessen das mitgelieferte Standardregelwerk. Bitte informieren Sie Ihre "
               "IT-Administration.",
               nullptr, static_cast<int>(policy.rejectedDiagnostics.size()))
                .arg(policy.rejected->directory, originText(policy.rejected->origin)));
        m_ui->fallbackBannerLabel->setTextFormat(Qt::PlainText); // the folder name comes from the environment
        m_ui->fallbackBannerFrame->setVisible(true);
        connect(m_ui->fallbackDetailsButton, &QPushButton::clicked, this, &MainWindow::showFallbackDetails);
    }

    setUpRegistryRefresh();

    connect(m_ui->newCheckAction, &QAction::triggered, this, [this] {
        m_wizard->restart();
        showPage(m_wizard);
    });
    auto* openRecord = new QAction(tr("Prüfvermerk ö&ffnen …"), this);
    openRecord->setObjectName(QStringLiteral("openRecordAction"));
    openRecord->setShortcut(QKeySequence(Qt::ControlModifier | Qt::Key_O));
    auto* history = new QAction(tr("&Verlauf der Prüfungen …"), this);
    history->setObjectName(QStringLiteral("historyAction"));
    history->setShortcut(QKeySequence(Qt::ControlModifier | Qt::Key_H));
    auto* checkFiles = new QAction(tr("&Dateien prüfen …"), this);
    checkFiles->setObjectName(QStringLiteral("checkFilesAction"));
    checkFiles->setShortcut(QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_O));
    checkFiles->setStatusTip(
        tr("PDF-, Word-, Excel-, LibreOffice-, E-Mail- oder Textdateien vor dem Hochladen prüfen"));
    connect(checkFiles, &QAction::triggered, this, [this] {
        showPage(draftPage());
        draftPage()->chooseFiles();
    });
    m_clipboardGuard = new ClipboardGuard(policy.pack, registry, this);
    auto* checkClipboard = new QAction(tr("&Zwischenablage prüfen …"), this);
    checkClipboard->setObjectName(QStringLiteral("checkClipboardAction"));
    checkClipboard->setShortcut(QKeySequence(Qt::ControlModifier | Qt::ShiftModifier | Qt::Key_K));
    checkClipboard->setStatusTip(tr("Den Text in der Zwischenablage prüfen, bevor Sie ihn in ein anderes Programm "
                                    "einfügen"));
    connect(checkClipboard, &QAction::triggered, m_clipboardGuard, &ClipboardGuard::checkClipboard);
    connect(m_clipboardGuard, &ClipboardGuard::draftRequested, this, [this](const QString& text) {
        showNormal();
        raise();
        activateWindow();
        showPage(draftPage());
        draftPage()->setDraftText(text);
        draftPage()->focusFirstInput();
    });
    connect(m_clipboardGuard, &ClipboardGuard::showWindowRequested, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    connect(m_clipboardGuard, &ClipboardGuard::quitRequested, qApp, &QCoreApplication::quit);
    // The restore is here too: without a tray (or with the guard off) the File menu is its only place.
    m_ui->fileMenu->insertActions(m_ui->quitAction,
                                  {openRecord, checkFiles, checkClipboard, m_clipboardGuard->restoreAction(), history});
    m_ui->fileMenu->insertSeparator(m_ui->quitAction);
    connect(openRecord, &QAction::triggered, this, [this] {
        const QString path = FileDialog::getOpenFileName(this, tr("Prüfvermerk öffnen"), QString(),
                                                         tr("Prüfvermerk (*.json);;Alle Dateien (*)"));
        if (!path.isEmpty())
            openRecordFile(path);
    });
    connect(history, &QAction::triggered, this, [this] {
        HistoryDialog dialog(m_policy.pack, CheckHistory::defaultDirectory(), this);
        dialog.exec();
    });
    // With the tray icon, closing the window keeps the guard; "Beenden" ends the program.
    connect(m_ui->quitAction, &QAction::triggered, this, [this] {
        if (m_clipboardGuard->isTrayShown())
            QCoreApplication::quit();
        else
            close();
    });
    connect(m_ui->policyInfoAction, &QAction::triggered, this, &MainWindow::showPolicyInfo);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    setUpHelpAndViewMenus();
    setWindowTitle(tr("KI-Lotse – Prüfung vor der KI-Nutzung"));
    if (ClipboardGuard::enabledBySettings())
        setClipboardTray(true);
    m_wizard->focusCurrentStep(); // after all pages are in place: reparenting drops focus
}

MainWindow::~MainWindow() = default;

bool MainWindow::setClipboardTray(bool enabled)
{
    // `ki-lotse --check-clipboard` reaches this instance while the guard is on (also without a tray).
    if (!enabled)
        m_clipboardGuard->stopListening();
    else if (!m_clipboardGuard->isListening() && isVisible()) {
        QString error;
        if (!m_clipboardGuard->listen(&error))
            spdlog::warn("clipboard guard: not listening for --check-clipboard: {}", error.toStdString());
    }
    const bool ok = m_clipboardGuard->setTrayEnabled(enabled);
    QApplication::setQuitOnLastWindowClosed(!m_clipboardGuard->isTrayShown());
    return ok;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QMainWindow::closeEvent(event);
    // Once per session: where the program went when the window closed with the tray icon shown.
    if (event->isAccepted() && m_clipboardGuard->isTrayShown() && !m_toldAboutTray) {
        m_toldAboutTray = true;
        m_clipboardGuard->notify(tr("KI-Lotse läuft weiter"),
                                 tr("Der Wächter für die Zwischenablage bleibt im Infobereich. Zum Beenden: "
                                    "Rechtsklick auf das Symbol, dann „Beenden“."));
    }
}

QWidget* MainWindow::tabHolder(int index) const
{
    return m_ui->pageTabWidget->widget(index);
}

void MainWindow::ensurePage(int index)
{
    QWidget* holder = tabHolder(index);
    if (!holder || index == 0 || holder->layout()->count() > 0)
        return;
    QWidget* page = nullptr;
    switch (index) {
    case DraftTab: {
        m_draftPage = new DraftPage(m_policy.pack, holder);
        connect(
            m_draftPage, &DraftPage::answersSuggested, this,
            [this](const ScanSummary& summary, const QStringList& labels) {
                const int applied = m_wizard->applyDetectedAnswers(summary, labels);
                statusBar()->showMessage(
                    tr("%n Antwort(en) aus dem Entwurf vorbelegt – bitte im Fragebogen bestätigen.", nullptr, applied),
                    8000);
                showPage(m_wizard);
            });
        // Every scan: the check knows the draft as it is, so the result page can say when the
        // answers and the draft disagree (and keep the export closed until they agree).
        connect(m_draftPage, &DraftPage::summaryChanged, m_wizard, &CheckWizard::setDraft);
        page = m_draftPage;
        break;
    }
    case RulesTab:
        page = m_rulesPage = new RulesPage(m_policy.pack, holder);
        break;
    case TemplatesTab:
        page = m_templatesPage = new TemplatesPage(m_policy.pack, m_registry, holder);
        break;
    case LabelTab:
        page = m_labelPage = new LabelPage(m_policy.pack, holder);
        break;
    case RegistryTab: {
        m_registryPage = new RegistryPage(m_policy.pack, m_registry, m_registryProblem, holder);
        connect(m_registryPage, &RegistryPage::registryChanged, this, &MainWindow::updateOverdueStatus);
        page = m_registryPage;
        break;
    }
    case WorkshopTab:
        page = m_workshopPage = new WorkshopPage(m_policy.pack, m_registry, holder);
        break;
    default:
        return;
    }
    holder->layout()->addWidget(page);
}

DraftPage* MainWindow::draftPage()
{
    ensurePage(DraftTab);
    return m_draftPage;
}

RulesPage* MainWindow::rulesPage()
{
    ensurePage(RulesTab);
    return m_rulesPage;
}

TemplatesPage* MainWindow::templatesPage()
{
    ensurePage(TemplatesTab);
    return m_templatesPage;
}

LabelPage* MainWindow::labelPage()
{
    ensurePage(LabelTab);
    return m_labelPage;
}

WorkshopPage* MainWindow::workshopPage()
{
    ensurePage(WorkshopTab);
    return m_workshopPage;
}

void MainWindow::setUpRegistryRefresh()
{
    // A banner like the pack's: amber, plain text, with the one thing a clerk can do.
    m_registryBanner = new QFrame(m_ui->fallbackBannerFrame->parentWidget());
    m_registryBanner->setObjectName(QStringLiteral("registryBannerFrame"));
    m_registryBanner->setAccessibleName(tr("Hinweis zum Dienste-Verzeichnis"));
    m_registryBanner->setFrameShape(QFrame::StyledPanel);
    m_registryBanner->setStyleSheet(
        QStringLiteral("QFrame#registryBannerFrame { background: #fff1db; border: 2px solid #a35200; "
                       "border-radius: 6px; } QFrame#registryBannerFrame QLabel { color: #1a1a1a; }"));
    auto* layout = new QHBoxLayout(m_registryBanner);
    m_registryBannerLabel = new QLabel(m_registryBanner);
    m_registryBannerLabel->setObjectName(QStringLiteral("registryBannerLabel"));
    m_registryBannerLabel->setWordWrap(true);
    m_registryBannerLabel->setTextFormat(Qt::PlainText);
    m_registryBannerLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_registryBannerLabel->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* retry = new QPushButton(tr("Erneut &verbinden"), m_registryBanner);
    retry->setObjectName(QStringLiteral("registryRetryButton"));
    layout->addWidget(m_registryBannerLabel, 1);
    layout->addWidget(retry);
    if (auto* box = qobject_cast<QBoxLayout*>(m_ui->fallbackBannerFrame->parentWidget()->layout()))
        box->insertWidget(box->indexOf(m_ui->fallbackBannerFrame) + 1, m_registryBanner);
    m_registryBanner->setVisible(false);
    connect(retry, &QPushButton::clicked, this, &MainWindow::refreshRegistry);

    auto* refresh = new QAction(tr("Dienste-Verzeichnis &aktualisieren"), this);
    refresh->setObjectName(QStringLiteral("refreshRegistryAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setEnabled(m_registry && m_registry->isPostgres());
    m_ui->fileMenu->insertAction(m_ui->quitAction, refresh);
    m_ui->fileMenu->insertSeparator(m_ui->quitAction);
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshRegistry);

    if (!m_registry || !m_registry->isPostgres())
        return;
    m_refreshTimer = new QTimer(this);
    connect(m_refreshTimer, &QTimer::timeout, this, &MainWindow::refreshRegistry);
    updateRegistryBanner();
}

void MainWindow::updateOverdueStatus()
{
    if (!m_registry || m_registry->isReadOnly())
        return;
    if (const int overdue = m_registry->dueForReviewCount(QDate::currentDate()); overdue > 0)
        statusBar()->showMessage(tr("⚠ %n Dienst(e) mit überfälliger Prüfung", nullptr, overdue));
    else
        statusBar()->clearMessage();
}

QString MainWindow::registryBannerText() const
{
    return m_registry ? registryOfflineNotice(*m_registry) : QString();
}

void MainWindow::updateRegistryBanner()
{
    const QString text = registryBannerText();
    m_registryBannerLabel->setText(u"⚠ " + text);
    m_registryBanner->setVisible(!text.isEmpty());
    if (!m_refreshTimer)
        return;
    // Offline: try again every minute; online: the administration's interval.
    bool ok = false;
    int minutes = Config::current().value(QStringLiteral("registry/refresh_minutes")).toInt(&ok);
    if (!ok || minutes < 1)
        minutes = 10;
    // Up to a fifth more, at random: thousands of windows started at nine o'clock do not all ask at once.
    const int interval = (m_registry->isOffline() ? 1 : minutes) * 60 * 1000;
    m_refreshTimer->start(interval + static_cast<int>(QRandomGenerator::global()->bounded(interval / 5 + 1)));
}

void MainWindow::refreshRegistry()
{
    if (!m_registry || !m_registry->isPostgres() || m_refreshing)
        return;
    m_refreshing = true;
    statusBar()->showMessage(tr("Dienste-Verzeichnis wird aktualisiert …"));
    auto result = std::make_shared<std::shared_ptr<const Registry::Fetch>>();
    QThread* thread = QThread::create([fetch = m_registry->fetcher(), result] { *result = fetch(); });
    connect(thread, &QThread::finished, this, [this, thread, result] {
        thread->deleteLater();
        m_refreshing = false;
        RegistryError error;
        const bool ok = m_registry->apply(*result, &error);
        statusBar()->showMessage(ok ? tr("Dienste-Verzeichnis aktualisiert.") : registryErrorText(error), 6000);
        updateRegistryBanner();
        if (m_registryPage)
            m_registryPage->reload();
        if (ok)
            updateOverdueStatus();
    });
    thread->start();
}

CheckRecord MainWindow::currentRecord() const
{
    // Built by the check from exactly its state (draft counts are chosen in the export dialog).
    return m_wizard->check().record(m_registry, m_registryProblem, RecordContext{}, false);
}

ExportRecordDialog* MainWindow::createExportDialog()
{
    if (!m_wizard->outcome())
        return nullptr;
    // A record that contradicts itself (draft findings the answers deny) cannot be made.
    if (const QString blocker = m_wizard->check().recordBlocker(); !blocker.isEmpty()) {
        statusBar()->showMessage(blocker, 12000);
        return nullptr;
    }
    const CheckRecord base = currentRecord();
    return new ExportRecordDialog(m_policy.pack, base, m_wizard->check().draftCounts(),
                                  base.tools.isEmpty() ? QString() : base.tools.first().name, this);
}

void MainWindow::exportRecord()
{
    std::unique_ptr<ExportRecordDialog> dialog(createExportDialog());
    if (!dialog || dialog->exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Prüfvermerk gespeichert: %1").arg(dialog->savedPath()), 8000);
    if (CheckHistory::isEnabled()) {
        // The history keeps the exported version (with its purpose line) instead of the bare check.
        CheckHistory history;
        if (!m_lastHistoryId.isEmpty())
            history.remove(m_lastHistoryId);
        m_lastHistoryId = history.add(dialog->record()).value_or(QString());
    }
}

void MainWindow::rememberInHistory()
{
    m_lastHistoryId.clear();
    if (!CheckHistory::isEnabled() || !m_wizard->outcome())
        return;
    QString error;
    if (const auto id = CheckHistory().add(currentRecord(), &error))
        m_lastHistoryId = *id;
    else
        statusBar()->showMessage(error, 8000);
}

bool MainWindow::openRecordFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        MessageBox::warning(this, tr("Prüfvermerk öffnen"),
                            tr("%1 kann nicht gelesen werden: %2").arg(path, file.errorString()));
        return false;
    }
    const RecordParseResult parsed = recordFromJson(file.read(1024 * 1024 + 1), path);
    if (!parsed.record) {
        QStringList lines;
        for (const Diagnostic& d : parsed.diagnostics)
            lines << d.toString();
        MessageBox::warning(this, tr("Prüfvermerk öffnen"),
                            tr("%1 ist kein gültiger Prüfvermerk von KI-Lotse (%n Fehler).", nullptr,
                               static_cast<int>(parsed.diagnostics.size()))
                                .arg(path),
                            lines.join(u'\n'));
        return false;
    }
    auto* viewer = new RecordViewerDialog(m_policy.pack, *parsed.record, this);
    viewer->setObjectName(QStringLiteral("recordViewerDialog"));
    viewer->setAttribute(Qt::WA_DeleteOnClose);
    viewer->open();
    return true;
}

RegistryPage* MainWindow::registryPage()
{
    ensurePage(RegistryTab);
    return m_registryPage;
}

void MainWindow::showPage(QWidget* page)
{
    for (int i = 1; i < m_ui->pageTabWidget->count(); ++i)
        if (page && page->parentWidget() == tabHolder(i))
            page = tabHolder(i);
    m_ui->pageTabWidget->setCurrentWidget(page);
    if (page == m_wizard)
        m_wizard->focusCurrentStep();
}

bool MainWindow::isFallbackBannerShown() const
{
    return !m_ui->fallbackBannerFrame->isHidden();
}

void MainWindow::showFallbackDetails()
{
    QStringList lines;
    for (const Diagnostic& d : m_policy.rejectedDiagnostics)
        lines << d.toString();
    MessageBox::warning(this, tr("Fehlerhaftes Regelwerk"),
                        tr("Das Regelwerk in „%1“ wurde wegen der folgenden Probleme nicht geladen. "
                           "Jede Zeile nennt Datei, Zeile:Spalte und die betroffene Stelle (JSON-Pointer).")
                            .arg(m_policy.rejected ? m_policy.rejected->directory : QString()),
                        lines.join(u'\n'));
}

void MainWindow::showPolicyInfo()
{
    const PolicyPack& p = m_policy.pack;
    MessageBox::information(
        this, tr("Regelwerk"), Qt::RichText,
        tr("<p><b>%1</b></p><p>Kennung: %2<br>Version: %3<br>Herausgeber: %4<br>"
           "Gültig ab: %5<br>Rechtsstand: %9<br>Herkunft: %6<br>Ordner: %7<br>SHA-256: %8</p>")
            .arg(p.manifest.title.toHtmlEscaped(), p.manifest.id.toHtmlEscaped(), p.manifest.version.toHtmlEscaped(),
                 p.manifest.issuer.toHtmlEscaped(), p.manifest.validFrom.toHtmlEscaped(), originText(p.origin),
                 p.directory.toHtmlEscaped(), QString::fromLatin1(p.sha256),
                 p.manifest.legalStatusAsOf.isEmpty() ? tr("nicht angegeben")
                                                      : p.manifest.legalStatusAsOf.toHtmlEscaped()));
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_policy.pack, m_registry, m_registryProblem, this);
    dialog.exec();
}

QString MainWindow::currentHelpTopic() const
{
    static const QStringList topics{QStringLiteral("check"),     QStringLiteral("draft"), QStringLiteral("rules"),
                                    QStringLiteral("templates"), QStringLiteral("label"), QStringLiteral("registry"),
                                    QStringLiteral("workshop")};
    return topics.value(m_ui->pageTabWidget->currentIndex(), QStringLiteral("overview"));
}

void MainWindow::showHelp(const QString& topic)
{
    if (!m_help)
        m_help = new HelpDialog(this);
    m_help->showTopic(topic.isEmpty() ? currentHelpTopic() : topic);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::showIntroTour()
{
    auto* tour = new IntroTour(this);
    tour->setAttribute(Qt::WA_DeleteOnClose);
    tour->open();
}

void MainWindow::setUpHelpAndViewMenus()
{
    auto* help = new QAction(tr("&Hilfe zu dieser Seite"), this);
    help->setObjectName(QStringLiteral("helpAction"));
    help->setShortcut(QKeySequence::HelpContents);
    help->setShortcutContext(Qt::ApplicationShortcut);
    connect(help, &QAction::triggered, this, [this] { showHelp(); });
    auto* tour = new QAction(tr("&Einführung …"), this);
    tour->setObjectName(QStringLiteral("introTourAction"));
    connect(tour, &QAction::triggered, this, &MainWindow::showIntroTour);
    QAction* first = m_ui->helpMenu->actions().value(0);
    m_ui->helpMenu->insertActions(first, {help, tour});
    m_ui->helpMenu->insertSeparator(first);
    addAction(help);

    // Language and colours: stored in the user's settings, applied at the next start (the pack's
    // texts are loaded in the chosen language). Settings IT locked cannot be changed here.
    auto* view = new QMenu(tr("&Ansicht"), this);
    view->setObjectName(QStringLiteral("viewMenu"));
    menuBar()->insertMenu(m_ui->helpMenu->menuAction(), view);
    struct Choice
    {
        QString label;
        QString value;
    };
    auto addChoices = [this, view](const QString& title, const QString& key, const QList<Choice>& choices) {
        QMenu* menu = view->addMenu(title);
        auto* group = new QActionGroup(menu);
        const Config& config = Config::current();
        for (const Choice& c : choices) {
            QAction* a = menu->addAction(c.label);
            a->setCheckable(true);
            a->setChecked(config.text(key) == c.value);
            a->setData(c.value);
            a->setEnabled(!config.isLocked(key));
            group->addAction(a);
            connect(a, &QAction::triggered, this, [this, key, value = c.value] {
                QString error;
                if (!Config::current().setUserValue(key, value, &error))
                    MessageBox::warning(this, tr("Einstellung nicht gespeichert"), error);
                else
                    MessageBox::information(this, tr("Einstellung gespeichert"),
                                            tr("Die Änderung wird beim nächsten Start von KI-Lotse wirksam."));
            });
        }
        if (config.isLocked(key))
            menu->setToolTip(tr("Diese Einstellung hat Ihre IT-Abteilung festgelegt."));
        menu->setToolTipsVisible(true);
    };
    addChoices(tr("&Sprache"), QStringLiteral("ui/language"),
               {{QStringLiteral("Deutsch"), QStringLiteral("de")}, {QStringLiteral("English"), QStringLiteral("en")}});
    addChoices(tr("&Farbschema"), QStringLiteral("ui/theme"),
               {{tr("&Hell"), QStringLiteral("light")},
                {tr("&Dunkel"), QStringLiteral("dark")},
                {tr("Hoher &Kontrast"), QStringLiteral("high-contrast")}});

    // The clipboard guard's tray icon: takes effect at once; off by default, IT can lock it.
    view->addSeparator();
    auto* guard = view->addAction(tr("&Zwischenablage-Wächter im Infobereich"));
    guard->setObjectName(QStringLiteral("clipboardGuardAction"));
    guard->setCheckable(true);
    const QString guardKey = QStringLiteral("clipboard/guard");
    guard->setChecked(Config::current().boolean(guardKey));
    guard->setEnabled(!Config::current().isLocked(guardKey));
    guard->setStatusTip(Config::current().isLocked(guardKey)
                            ? tr("Diese Einstellung hat Ihre IT-Abteilung festgelegt.")
                            : tr("Ein Symbol im Infobereich prüft die Zwischenablage auf Klick oder Tastenkürzel."));
    connect(guard, &QAction::toggled, this, [this, guard, guardKey](bool on) {
        QString error;
        if (!Config::current().setUserValue(guardKey, on, &error)) {
            const QSignalBlocker block(guard);
            guard->setChecked(!on);
            MessageBox::warning(this, tr("Einstellung nicht gespeichert"), error);
            return;
        }
        if (!setClipboardTray(on) && on)
            MessageBox::information(
                this, tr("Kein Infobereich"),
                tr("Ihr Desktop zeigt keinen Infobereich für Programmsymbole. Die Zwischenablage prüfen Sie mit "
                   "Datei → Zwischenablage prüfen (Strg+Umschalt+K) oder mit einem Tastenkürzel Ihres Desktops für "
                   "„ki-lotse --check-clipboard“ (siehe Hilfe)."));
    });
}

} // namespace kilotse::gui
