#include "AuditDialog.h"

#include "LocaleFormat.h"
#include "MessageBox.h"
#include "registry/AuditText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace kilotse::gui {

namespace {
const QDate kOpenDate(2000, 1, 1); // the minimum of the date fields, shown as "offen"

QDateEdit* dateEdit(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dateInputFormat());
    edit->setMinimumDate(kOpenDate);
    edit->setSpecialValueText(AuditDialog::tr("offen"));
    edit->setDate(kOpenDate);
    edit->setAccessibleName(accessibleName);
    edit->setAccessibleDescription(
        AuditDialog::tr("Datum im Format TT.MM.JJJJ; „offen“ (kleinster Wert, Taste Pos1) schränkt nicht ein."));
    return edit;
}

QStandardItem* cell(const QString& text)
{
    auto* item = new QStandardItem(text);
    item->setEditable(false);
    if (text.size() > 16) // the column may elide it
        item->setToolTip(Qt::convertFromPlainText(text));
    return item;
}
} // namespace

AuditDialog::AuditDialog(Registry& registry, const PolicyPack& pack, qint64 serviceId, QWidget* parent)
    : QDialog(parent), m_registry(registry), m_pack(pack)
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Änderungsprotokoll"));
    resize(1180, 640);
    auto* layout = new QVBoxLayout(this);

    auto* filters = new QGridLayout;
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("serviceFilterComboBox"));
    m_service->setAccessibleName(tr("Nach Dienst filtern"));
    m_service->setAccessibleDescription(tr("Zeigt nur die Einträge des gewählten Dienstes."));
    m_service->addItem(tr("Alle Dienste"), qint64(0));
    RegistryError error;
    for (const Service& s : registry.services(&error))
        m_service->addItem(visibleText(s.name), s.id);
    m_actor = new QComboBox(this);
    m_actor->setObjectName(QStringLiteral("actorFilterComboBox"));
    m_actor->setAccessibleName(tr("Nach Person filtern (Wer)"));
    m_actor->setAccessibleDescription(tr("Zeigt nur die Änderungen dieser Person oder Datenbankrolle."));
    m_actor->addItem(tr("Alle"), QString());
    for (const QString& actor : registry.auditActors(&error))
        m_actor->addItem(visibleText(actor), actor);
    m_from = dateEdit(this, QStringLiteral("fromDateEdit"), tr("Von (erster Tag)"));
    m_to = dateEdit(this, QStringLiteral("toDateEdit"), tr("Bis (letzter Tag)"));
    auto addFilter = [&](int column, const QString& text, QWidget* field) {
        auto* label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label, 0, column);
        filters->addWidget(field, 0, column + 1);
    };
    addFilter(0, tr("&Dienst:"), m_service);
    addFilter(2, tr("&Wer:"), m_actor);
    addFilter(4, tr("&Von:"), m_from);
    addFilter(6, tr("&Bis:"), m_to);
    auto* reset = new QPushButton(tr("Filter &zurücksetzen"), this);
    reset->setObjectName(QStringLiteral("resetFilterButton"));
    reset->setAccessibleDescription(tr("Zeigt wieder alle Einträge."));
    filters->addWidget(reset, 0, 8);
    filters->setColumnStretch(1, 3);
    filters->setColumnStretch(3, 2);
    layout->addLayout(filters);

    m_model = new QStandardItemModel(0, 7, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Zeitpunkt"), tr("Wer"), tr("Aktion"), tr("Dienst"), tr("Feld"), tr("Vorher"), tr("Nachher")});
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditTableView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(5, QHeaderView::Stretch); // before and after share what is left
    header->setSectionResizeMode(6, QHeaderView::Stretch);
    header->resizeSection(1, 110);
    header->resizeSection(2, 160);
    header->resizeSection(3, 180);
    header->resizeSection(4, 170);
    m_view->setAccessibleName(tr("Änderungsprotokoll"));
    m_view->setAccessibleDescription(
        tr("Jede Änderung am Verzeichnis, die neueste zuerst: wann, wer, was, an welchem Dienst und Feld, vorher "
           "und nachher."));
    layout->addWidget(m_view, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Schließen"));
    m_export = buttons->addButton(tr("Als &CSV exportieren …"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportAuditButton"));
    m_export->setAccessibleDescription(
        tr("Speichert die gefilterten Einträge als CSV-Datei für die Tabellenkalkulation."));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &AuditDialog::exportCsv);
    layout->addWidget(buttons);

    connect(m_service, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    connect(m_actor, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditDialog::reload);
    connect(reset, &QPushButton::clicked, this, [this] { setFilter(AuditFilter{}); });

    AuditFilter initial;
    initial.serviceId = serviceId;
    setFilter(initial);
}

AuditFilter AuditDialog::filter() const
{
    AuditFilter f;
    f.serviceId = m_service->currentData().toLongLong();
    f.actor = m_actor->currentData().toString();
    if (m_from->date() > kOpenDate)
        f.from = m_from->date();
    if (m_to->date() > kOpenDate)
        f.to = m_to->date();
    return f;
}

void AuditDialog::setFilter(const AuditFilter& f)
{
    m_loading = true;
    m_service->setCurrentIndex(std::max(0, m_service->findData(f.serviceId)));
    m_actor->setCurrentIndex(std::max(0, m_actor->findData(f.actor)));
    m_from->setDate(f.from.isValid() ? f.from : kOpenDate);
    m_to->setDate(f.to.isValid() ? f.to : kOpenDate);
    m_loading = false;
    reload();
}

void AuditDialog::reload()
{
    if (m_loading)
        return;
    const AuditFilter f = filter();
    const QString service = m_service->currentIndex() > 0 ? m_service->currentText() : QString();
    setWindowTitle(service.isEmpty() ? tr("Änderungsprotokoll") : tr("Änderungsprotokoll: %1").arg(service));
    m_model->removeRows(0, m_model->rowCount());
    if (f.from.isValid() && f.to.isValid() && f.from > f.to) {
        m_status->setText(tr("Der Zeitraum ist leer: „Von“ liegt nach „Bis“."));
        m_export->setEnabled(false);
        return;
    }
    RegistryError error;
    const QList<AuditEntry> entries = m_registry.audit(f, kShownLimit, &error);
    if (error) {
        m_status->setText(tr("Das Änderungsprotokoll kann nicht gelesen werden: %1").arg(registryErrorText(error)));
        m_export->setEnabled(false);
        return;
    }
    for (const AuditEntry& e : entries) {
        QList<QStandardItem*> row{
            cell(displayTimestamp(e.at)),
            cell(visibleText(e.actor)),
            cell(auditActionTitle(e.action)),
            cell(visibleText(e.serviceName)),
            cell(e.field.isEmpty() ? QString() : auditFieldTitle(e.field)),
            cell(auditValueText(e.field, e.oldValue, &m_pack)),
            cell(auditValueText(e.field, e.newValue, &m_pack)),
        };
        row[2]->setData(e.action, Qt::UserRole); // the stable id, for tests and tools
        row[4]->setData(e.field, Qt::UserRole);
        m_model->appendRow(row);
    }
    if (entries.isEmpty())
        m_status->setText(m_registry.isOffline()
                              ? tr("Keine Einträge: Das Änderungsprotokoll liegt auf dem Server, der gerade nicht "
                                   "erreichbar ist.")
                              : tr("Keine Einträge für diesen Filter."));
    else if (entries.size() >= kShownLimit)
        m_status->setText(tr("Die neuesten %1 Einträge werden gezeigt; engen Sie den Filter ein, um ältere zu sehen. "
                             "Der Export enthält alle passenden Einträge.")
                              .arg(kShownLimit));
    else
        m_status->setText(entries.size() == 1 ? tr("1 Eintrag") : tr("%1 Einträge").arg(entries.size()));
    m_export->setEnabled(!entries.isEmpty());
}

int AuditDialog::entryCount() const
{
    return m_model->rowCount();
}

QString AuditDialog::statusText() const
{
    return m_status->text();
}

void AuditDialog::exportCsv()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Änderungsprotokoll exportieren"),
                                                     QStringLiteral("aenderungsprotokoll.csv"),
                                                     tr("CSV für Tabellenkalkulation (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool AuditDialog::exportTo(const QString& path)
{
    RegistryError error;
    const QList<AuditEntry> entries = m_registry.audit(filter(), kExportLimit, &error);
    if (error) {
        MessageBox::warning(this, tr("Export"),
                            tr("Das Änderungsprotokoll kann nicht gelesen werden: %1").arg(registryErrorText(error)));
        return false;
    }
    const QByteArray bytes = auditToCsv(entries, &m_pack);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        MessageBox::warning(this, tr("Export"),
                            tr("Das Änderungsprotokoll wurde nicht gespeichert: %1 kann nicht geschrieben werden (%2). "
                               "Wählen Sie einen anderen Ordner, zum Beispiel „Dokumente“.")
                                .arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace kilotse::gui
