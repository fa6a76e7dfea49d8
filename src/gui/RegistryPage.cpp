#include "RegistryPage.h"

#include "AuditDialog.h"
#include "MessageBox.h"
#include "RegistryModels.h"
#include "ServiceDialog.h"
#include "Theme.h"
#include "registry/AuditText.h"
#include "registry/ImportSource.h"
#include "registry/ServiceFields.h"
#include "registry/ServiceIo.h"
#include "registry/Tools.h"
#include "ui_registrypage.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSaveFile>
#include <QTimer>

namespace kilotse::gui {

namespace {
QString errorText(const RegistryError& e)
{
    switch (e.kind) {
    case RegistryError::Kind::Conflict:
        return RegistryPage::tr("Jemand anderes hat diesen Dienst inzwischen geändert. Ihre Eingaben sind nicht "
                                "verloren: Prüfen Sie den aktuellen Stand und speichern Sie erneut.");
    case RegistryError::Kind::ReadOnly:
        return RegistryPage::tr("Sie haben nur Lesezugriff auf das Verzeichnis.");
    case RegistryError::Kind::Duplicate:
        return RegistryPage::tr("Ein Dienst mit diesem Namen ist bereits verzeichnet.");
    case RegistryError::Kind::NotFound:
        return RegistryPage::tr("Der Dienst ist nicht mehr im Verzeichnis.");
    case RegistryError::Kind::Invalid:
        return RegistryPage::tr("Einige Angaben sind ungültig.");
    default:
        return registryErrorText(e);
    }
}
} // namespace

RegistryPage::RegistryPage(const PolicyPack& pack, Registry* registry, const QString& problem, QWidget* parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::RegistryPage>()), m_pack(pack), m_registry(registry)
{
    m_ui->setupUi(this);
    scaleFont(m_ui->headingLabel, 1.4, true);
    m_ui->statusFilterComboBox->addItem(tr("Alle Status"), QString());
    for (auto s :
         {Service::Status::Approved, Service::Status::Pilot, Service::Status::Suspended, Service::Status::Retired})
        m_ui->statusFilterComboBox->addItem(statusTitle(s), statusId(s));

    m_model = new ServiceTableModel(registry, this);
    m_ui->servicesTableView->setModel(m_model);
    m_ui->servicesTableView->verticalHeader()->hide();
    QHeaderView* header = m_ui->servicesTableView->horizontalHeader();
    header->setSectionResizeMode(ServiceTableModel::NameColumn, QHeaderView::Stretch);
    for (int column :
         {ServiceTableModel::LevelColumn, ServiceTableModel::StatusColumn, ServiceTableModel::ReviewColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->resizeSection(ServiceTableModel::VendorColumn, 190);
    header->resizeSection(ServiceTableModel::OwnerColumn, 190);
    // Sorting is done by the database (the model's sort()); the header shows the order.
    m_ui->servicesTableView->horizontalHeader()->setSortIndicator(ServiceTableModel::NameColumn, Qt::AscendingOrder);

    // Typing is debounced: the database is asked once the user pauses, not per keystroke.
    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(searchDelay, &QTimer::timeout, this, &RegistryPage::applyFilter);
    connect(m_ui->searchLineEdit, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(m_ui->statusFilterComboBox, &QComboBox::currentIndexChanged, this, &RegistryPage::applyFilter);
    connect(m_ui->servicesTableView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RegistryPage::updateButtons);
    connect(m_ui->servicesTableView, &QAbstractItemView::activated, this, [this] {
        if (const auto s = currentService(); s && editingAvailable())
            editService(*s);
    });
    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        Service fresh;
        fresh.status = Service::Status::Pilot;
        editService(fresh);
    });
    connect(m_ui->editButton, &QPushButton::clicked, this, [this] {
        if (const auto s = currentService())
            editService(*s);
    });
    connect(m_ui->suspendButton, &QPushButton::clicked, this, [this] { changeStatus(Service::Status::Suspended); });
    connect(m_ui->retireButton, &QPushButton::clicked, this, [this] { changeStatus(Service::Status::Retired); });
    connect(m_ui->auditButton, &QPushButton::clicked, this, &RegistryPage::showAudit);
    connect(m_ui->importButton, &QPushButton::clicked, this, &RegistryPage::importFile);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &RegistryPage::exportFile);

    if (!m_registry)
        m_ui->noticeLabel->setText(tr("Das Verzeichnis der KI-Dienste ist nicht verfügbar: %1").arg(problem));
    for (QWidget* w : {static_cast<QWidget*>(m_ui->addButton), static_cast<QWidget*>(m_ui->editButton),
                       static_cast<QWidget*>(m_ui->suspendButton), static_cast<QWidget*>(m_ui->retireButton),
                       static_cast<QWidget*>(m_ui->importButton)})
        w->setVisible(editingAvailable());
}

void RegistryPage::showEvent(QShowEvent* event)
{
    if (!m_loaded)
        reload();
    QWidget::showEvent(event);
}

RegistryPage::~RegistryPage() = default;

bool RegistryPage::editingAvailable() const
{
    return m_registry && !m_registry->isReadOnly();
}

void RegistryPage::reload()
{
    m_loaded = true;
    if (!m_registry) {
        updateButtons();
        return;
    }
    QStringList notice;
    if (!m_demoNotice.isEmpty())
        notice << m_demoNotice;
    if (m_registry->isDemo())
        notice << tr("Demo-Verzeichnis der fiktiven Stadt Musterstadt – ersetzen Sie es durch Ihre eigenen Freigaben "
                     "(Importieren) oder richten Sie ein gemeinsames Verzeichnis ein.");
    if (m_registry->isReadOnly())
        notice << tr("Nur Lesezugriff: Änderungen nimmt die IT-Administration vor.");
    if (const int overdue = overdueCount(); overdue > 0)
        notice << tr("⚠ Prüfung überfällig bei %n Dienst(en) im Einsatz.", nullptr, overdue);
    notice << tr("Ort: %1").arg(m_registry->location());
    m_ui->noticeLabel->setText(notice.join(u'\n'));
    for (QWidget* w : {static_cast<QWidget*>(m_ui->addButton), static_cast<QWidget*>(m_ui->editButton),
                       static_cast<QWidget*>(m_ui->suspendButton), static_cast<QWidget*>(m_ui->retireButton),
                       static_cast<QWidget*>(m_ui->importButton)})
        w->setVisible(editingAvailable());
    applyFilter();
}

int RegistryPage::visibleServiceCount() const
{
    const_cast<RegistryPage*>(this)->ensureLoaded();
    return m_model->totalCount();
}

int RegistryPage::overdueCount() const
{
    return m_registry ? m_registry->dueForReviewCount(QDate::currentDate()) : 0;
}

void RegistryPage::ensureLoaded()
{
    if (!m_loaded)
        reload();
}

void RegistryPage::applyFilter()
{
    if (!m_loaded)
        return; // the first showing reads with the current filter
    m_model->setFilter(m_ui->searchLineEdit->text().trimmed(), m_ui->statusFilterComboBox->currentData().toString());
    updateButtons();
}

std::optional<Service> RegistryPage::currentService() const
{
    const ServiceSummary* summary = m_model->service(m_ui->servicesTableView->currentIndex().row());
    if (!summary || !m_registry)
        return std::nullopt;
    return m_registry->service(summary->id);
}

void RegistryPage::updateButtons()
{
    const bool selected = m_model->service(m_ui->servicesTableView->currentIndex().row()) != nullptr;
    m_ui->editButton->setEnabled(selected);
    m_ui->suspendButton->setEnabled(selected);
    m_ui->retireButton->setEnabled(selected);
    m_ui->auditButton->setEnabled(m_registry != nullptr);
    m_ui->exportButton->setEnabled(m_registry != nullptr);
}

RegistryError RegistryPage::save(const Service& service)
{
    RegistryError error;
    if (!m_registry)
        return RegistryError{RegistryError::Kind::Database, tr("kein Verzeichnis"), {}};
    if (service.id == 0)
        m_registry->add(service, currentUser(), &error);
    else
        m_registry->update(service, currentUser(), &error);
    if (!error) {
        reload();
        Q_EMIT registryChanged();
    }
    return error;
}

void RegistryPage::editService(const Service& original)
{
    if (!editingAvailable() || !confirmLeavingDemo())
        return;
    Service start = original;
    if (start.id != 0) { // leaving demo mode may have retired it: edit the stored state
        const auto current = m_registry->service(start.id);
        if (!current)
            return;
        start = *current;
    }
    Service draft = start;
    Service base = start; // the stored state the draft was made from
    QString notice;
    for (;;) {
        ServiceDialog dialog(m_pack, draft, this);
        dialog.setNotice(notice);
        if (dialog.exec() != QDialog::Accepted)
            return;
        draft = dialog.service();
        const RegistryError error = save(draft);
        if (!error)
            return;
        MessageBox::warning(this, tr("Nicht gespeichert"), errorText(error));
        if (error.kind != RegistryError::Kind::Conflict && error.kind != RegistryError::Kind::Duplicate &&
            error.kind != RegistryError::Kind::Invalid)
            return;
        if (error.kind == RegistryError::Kind::Conflict) {
            const auto current = m_registry->service(draft.id);
            if (!current)
                return;
            // Keep the input, but show what the other person changed, so that saving again is a
            // deliberate decision and nothing of theirs is overwritten unseen.
            QStringList changed;
            for (const ServiceField& f : serviceFields())
                if (f.get(base) != f.get(*current))
                    changed << tr("„%1“ ist jetzt: %2")
                                   .arg(auditFieldTitle(QLatin1String(f.name)),
                                        auditValueText(QLatin1String(f.name), f.get(*current), &m_pack).left(120));
            notice = tr("Inzwischen hat jemand anderes diesen Dienst geändert:\n%1\nIhre Eingaben stehen unten; "
                        "prüfen Sie sie und speichern Sie erneut.")
                         .arg(changed.join(u'\n'));
            draft.version = current->version;
            base = *current;
            reload();
        }
    }
}

void RegistryPage::changeStatus(Service::Status status)
{
    // The version the admin saw in the table: a change made meanwhile is a conflict, not overwritten.
    const ServiceSummary* seen = m_model->service(m_ui->servicesTableView->currentIndex().row());
    if (!seen || !editingAvailable())
        return;
    const qint64 id = seen->id;
    int version = seen->version;
    if (m_registry->isDemo()) {
        if (!confirmLeavingDemo())
            return;
        // Retiring the demo services changed their version; this admin decided on the state just shown.
        const auto current = m_registry->service(id);
        if (!current)
            return;
        version = current->version;
        // A demo service retired in that step is out of use already: nothing left to change.
        if (current->status == status || current->status == Service::Status::Retired)
            return;
    }
    RegistryError error;
    if (!m_registry->setStatus(id, status, version, currentUser(), &error))
        MessageBox::warning(this, tr("Nicht geändert"), errorText(error));
    reload();
    Q_EMIT registryChanged();
}

bool RegistryPage::confirmLeavingDemo()
{
    if (!m_registry || !m_registry->isDemo())
        return true;
    QMessageBox box(QMessageBox::Question, tr("Demo-Verzeichnis verlassen?"),
                    tr("Dies ist das Demo-Verzeichnis der fiktiven Musterstadt. Seine Dienste sind Beispiele: "
                       "Niemand hat sie für Ihre Verwaltung freigegeben."),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("demoModeMessageBox"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(
        tr("Mit Ihrer ersten Änderung wird daraus das Verzeichnis Ihrer Verwaltung. Nehmen Sie die Demo-Dienste "
           "außer Betrieb, damit sie Beschäftigten nicht mehr als freigegeben angezeigt werden; die Einträge und "
           "ihr Änderungsprotokoll bleiben erhalten. Diese Frage kommt nur einmal."));
    QPushButton* retire =
        box.addButton(tr("Demo-Dienste &außer Betrieb nehmen und fortfahren"), QMessageBox::AcceptRole);
    retire->setObjectName(QStringLiteral("retireDemoButton"));
    retire->setAccessibleDescription(
        tr("Setzt alle Demo-Dienste auf „außer Betrieb“ und macht das Verzeichnis zu Ihrem eigenen."));
    QPushButton* keep = box.addButton(tr("Demo-Dienste &behalten"), QMessageBox::DestructiveRole);
    keep->setObjectName(QStringLiteral("keepDemoButton"));
    keep->setAccessibleDescription(
        tr("Macht das Verzeichnis zu Ihrem eigenen; die Demo-Dienste bleiben mit ihrem Status stehen."));
    QPushButton* cancel = box.addButton(tr("Abbrechen"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelDemoButton"));
    cancel->setAccessibleDescription(tr("Ändert nichts; das Verzeichnis bleibt im Demo-Modus."));
    box.setDefaultButton(retire);
    box.setEscapeButton(cancel);
    box.exec();
    RegistryError error;
    if (box.clickedButton() == retire) {
        const int retired = m_registry->retireDemoServices(currentUser(), &error);
        if (error) {
            MessageBox::warning(this, tr("Demo-Verzeichnis"), errorText(error));
            return false;
        }
        m_demoNotice = retired == 1 ? tr("1 Demo-Dienst wurde außer Betrieb genommen.")
                                    : tr("%1 Demo-Dienste wurden außer Betrieb genommen.").arg(retired);
    } else if (box.clickedButton() == keep) {
        if (!m_registry->clearDemoMark(&error)) {
            MessageBox::warning(this, tr("Demo-Verzeichnis"), errorText(error));
            return false;
        }
        m_demoNotice = tr("Die Demo-Dienste bleiben im Verzeichnis; prüfen Sie ihren Status.");
    } else {
        return false;
    }
    reload();
    Q_EMIT registryChanged();
    return true;
}

void RegistryPage::showAudit()
{
    if (!m_registry)
        return;
    const auto s = currentService();
    AuditDialog dialog(*m_registry, m_pack, s ? s->id : 0, this);
    dialog.exec();
}

void RegistryPage::importFile()
{
    if (!editingAvailable() || !confirmLeavingDemo())
        return;
    const QString path = FileDialog::getOpenFileName(this, tr("Verzeichnis importieren"), QString(),
                                                     tr("Verzeichnis (*.json *.csv);;Alle Dateien (*)"));
    if (path.isEmpty())
        return;
    // Regular files only, read with a limit: a FIFO or a device never blocks the window.
    Diagnostic readProblem;
    const std::optional<QByteArray> read = readImportFile(path, kMaxImportBytes, &readProblem);
    if (!read) {
        MessageBox::warning(this, tr("Import"), tr("Die Datei kann nicht importiert werden."), readProblem.toString());
        return;
    }
    const QByteArray& bytes = *read;
    ImportOptions options;
    options.dryRun = true;
    // Anything but UTF-8 is converted only when the admin agrees, naming what was found.
    const QString encoding = detectImportEncoding(bytes);
    if (encoding != QLatin1String("utf-8") && encoding != QLatin1String("binary")) {
        if (MessageBox::question(
                this, tr("Import"),
                tr("Die Datei ist nicht als UTF-8 gespeichert, sondern offenbar als %1 (so speichert z. B. Excel "
                   "„CSV (Trennzeichen-getrennt)“). Umlaute kämen sonst falsch an. Soll KI-Lotse die Datei beim "
                   "Import aus %1 umwandeln? Prüfen Sie danach im Probelauf, ob die Namen stimmen. (Besser: in "
                   "Excel „CSV UTF-8“ wählen.)")
                    .arg(importEncodingName(encoding))) != QMessageBox::Yes)
            return;
        options.sourceEncoding = encoding;
    }
    ImportReport report = importServicesFile(*m_registry, m_pack, bytes, path, options, currentUser());
    if (!report.problems.isEmpty()) {
        QStringList lines;
        for (const Diagnostic& d : report.problems)
            lines << d.toString();
        MessageBox::warning(this, tr("Import abgelehnt"),
                            tr("Die Datei enthält %n Fehler. Es wurde nichts geändert.", nullptr,
                               static_cast<int>(report.problems.size())),
                            lines.join(u'\n'));
        return;
    }
    if (MessageBox::question(this, tr("Import"),
                             tr("Probelauf ohne Fehler: %1 neue und %2 geänderte Dienste. Jetzt importieren?")
                                 .arg(report.added)
                                 .arg(report.updated)) != QMessageBox::Yes)
        return;
    // A large file takes seconds: say how far it is (the import is one transaction, so it
    // cannot be stopped halfway; it is all or nothing).
    QProgressDialog progress(tr("Dienste werden importiert …"), QString(), 0, 100, this);
    progress.setWindowTitle(tr("Import"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    progress.setCancelButton(nullptr);
    options.dryRun = false;
    options.progress = [&progress](qint64 done, qint64 total) {
        if (total > 0)
            progress.setValue(static_cast<int>(done * 100 / total));
    };
    report = importServicesFile(*m_registry, m_pack, bytes, path, options, currentUser());
    progress.reset();
    if (!report.applied) {
        QStringList lines;
        for (const Diagnostic& d : report.problems)
            lines << d.toString();
        MessageBox::warning(this, tr("Import"), tr("Der Import ist fehlgeschlagen; es wurde nichts geändert."),
                            lines.join(u'\n'));
    }
    reload();
    Q_EMIT registryChanged();
}

void RegistryPage::exportFile()
{
    if (!m_registry)
        return;
    QString selected;
    const QString path =
        FileDialog::getSaveFileName(this, tr("Verzeichnis exportieren"), QStringLiteral("ki-dienste.csv"),
                                    tr("CSV für Tabellenkalkulation (*.csv);;JSON (*.json)"), &selected);
    if (path.isEmpty())
        return;
    RegistryError error;
    const QList<Service> services = m_registry->services(&error);
    if (error) {
        MessageBox::warning(this, tr("Export"), errorText(error));
        return;
    }
    const QByteArray bytes = path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive) ? servicesToJson(services)
                                                                                         : servicesToCsv(services);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        MessageBox::warning(this, tr("Export"),
                            tr("Die Datei kann nicht geschrieben werden: %1").arg(file.errorString()));
}

} // namespace kilotse::gui
