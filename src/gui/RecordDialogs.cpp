#include "RecordDialogs.h"

#include "LocaleFormat.h"
#include "MessageBox.h"
#include "Theme.h"
#include "check/Check.h"
#include "content/Label.h"
#include "report/CheckHistory.h"

#include <QAccessible>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kilotse::gui {

// ---- export ----------------------------------------------------------------------------------------

ExportRecordDialog::ExportRecordDialog(const PolicyPack& pack, const CheckRecord& base,
                                       const std::optional<QMap<QString, int>>& scanCounts, const QString& labelTool,
                                       QWidget* parent)
    : QDialog(parent), m_pack(pack), m_base(base), m_scanCounts(scanCounts)
{
    setWindowTitle(tr("Prüfvermerk exportieren"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Der Vermerk hält fest, wann und wie Sie diese KI-Nutzung geprüft haben: Antworten, "
                                "Ergebnis mit Begründung, freigegebene Dienste, Regeln und das verwendete Regelwerk. "
                                "<b>Der Text Ihres Entwurfs wird nie übernommen.</b>"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_purpose = new QLineEdit(this);
    m_purpose->setObjectName(QStringLiteral("purposeEdit"));
    m_purpose->setMaxLength(static_cast<int>(kMaxPurposeLength));
    m_purpose->setPlaceholderText(tr("z. B. Entwurf einer Antwort zur Sperrmüllabholung"));
    m_purpose->setAccessibleName(tr("Zweck"));
    m_purpose->setAccessibleDescription(
        tr("Eine Zeile, höchstens %1 Zeichen; bitte ohne Namen oder Aktenzeichen.").arg(kMaxPurposeLength));
    form->addRow(tr("&Zweck (eine Zeile):"), m_purpose);
    // The purpose goes into the e-file: warn while typing when it names or locates someone.
    m_purposeWarning = new QLabel(this);
    m_purposeWarning->setObjectName(QStringLiteral("purposeWarningLabel"));
    m_purposeWarning->setWordWrap(true);
    m_purposeWarning->setTextFormat(Qt::PlainText);
    m_purposeWarning->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // no empty band
    m_purposeWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #fff1db; border: 2px solid #a35200; padding: 4px; "
                       "color: #1a1a1a; }"));
    m_purposeWarning->hide();
    form->addRow(QString(), m_purposeWarning);
    if (pack.scan)
        m_purposeScanner = std::make_unique<Scanner>(*pack.scan);
    connect(m_purpose, &QLineEdit::textChanged, this, [this](const QString& text) {
        const QStringList details =
            m_purposeScanner ? identifyingDetailsInPurpose(*m_purposeScanner, text) : QStringList();
        const QString warning =
            details.isEmpty()
                ? QString()
                : tr("Der Zweck enthält offenbar Angaben, die Personen erkennbar machen (%1). Der Vermerk "
                     "kommt in die Akte – bitte ohne Namen, Anschriften oder Kennnummern formulieren.")
                      .arg(details.join(QStringLiteral(", ")));
        if (warning == m_purposeWarning->text())
            return;
        m_purposeWarning->setText(warning);
        m_purposeWarning->setVisible(!warning.isEmpty());
        // Grow (or shrink back) so the wrapped warning is shown whole, keeping the width.
        QLayout* dialogLayout = this->layout();
        dialogLayout->activate();
        const int needed = dialogLayout->hasHeightForWidth() ? dialogLayout->totalHeightForWidth(width())
                                                             : dialogLayout->totalSizeHint().height();
        if (needed > height() || warning.isEmpty())
            resize(width(), needed);
        m_purpose->setAccessibleDescription(
            (warning.isEmpty() ? QString() : warning + u' ') +
            tr("Eine Zeile, höchstens %1 Zeichen; bitte ohne Namen oder Aktenzeichen.").arg(kMaxPurposeLength));
        if (!warning.isEmpty()) {
            QAccessibleEvent alert(m_purposeWarning, QAccessible::Alert);
            QAccessible::updateAccessibility(&alert);
        }
    });
    const QString user = currentUserName();
    m_user = new QCheckBox(user.isEmpty() ? tr("Benutzernamen aufnehmen (unbekannt)")
                                          : tr("Meinen Benutzernamen aufnehmen („%1“)").arg(user),
                           this);
    m_user->setEnabled(!user.isEmpty());
    m_user->setAccessibleDescription(
        tr("Schreibt Ihren Anmeldenamen in den Vermerk; ohne Häkchen bleibt er ohne Namen."));
    form->addRow(QString(), m_user);
    m_label = new QCheckBox(tr("&Transparenzhinweis aufnehmen"), this);
    m_label->setAccessibleDescription(
        tr("Fügt dem Vermerk einen Hinweis auf die KI-Nutzung mit dem darunter genannten Werkzeug hinzu."));
    m_labelTool = new QLineEdit(labelTool, this);
    m_labelTool->setObjectName(QStringLiteral("labelToolEdit"));
    m_labelTool->setAccessibleName(tr("Werkzeug für den Transparenzhinweis"));
    m_labelTool->setAccessibleDescription(tr("Name des KI-Werkzeugs, das im Hinweis genannt wird."));
    m_labelTool->setEnabled(false);
    m_labelTool->setCursorPosition(0);
    connect(m_label, &QCheckBox::toggled, m_labelTool, &QWidget::setEnabled);
    form->addRow(QString(), m_label);
    form->addRow(tr("&Werkzeug im Hinweis:"), m_labelTool);
    m_counts = new QCheckBox(tr("&Fundzahlen der Entwurfsprüfung aufnehmen (nur Anzahl je Art)"), this);
    m_counts->setEnabled(m_scanCounts.has_value());
    m_counts->setChecked(m_scanCounts.has_value());
    m_counts->setAccessibleDescription(
        tr("Übernimmt nur, wie viele Funde es je Art gab – nie den Text oder die gefundenen Angaben."));
    if (!m_scanCounts)
        m_counts->setToolTip(tr("Es wurde noch kein Entwurf geprüft."));
    form->addRow(QString(), m_counts);
    layout->addLayout(form);

    auto* formatBox = new QGroupBox(tr("Format"), this);
    auto* formatLayout = new QHBoxLayout(formatBox);
    m_formats = new QButtonGroup(this);
    struct FormatChoice
    {
        RecordFormat format;
        QString text;
        QString description;
    };
    const std::array<FormatChoice, 3> formats{
        {{RecordFormat::Pdf, tr("&PDF (zum Ablegen und Drucken)"),
          tr("Ergibt eine Datei mit festem Layout, wie ein Schriftstück für die Akte.")},
         {RecordFormat::Html, tr("&HTML"), tr("Ergibt eine Webseite, die jeder Browser anzeigt.")},
         {RecordFormat::Json, tr("&JSON (wieder einlesbar)"),
          tr("Ergibt eine maschinenlesbare Datei, die KI-Lotse später öffnen und mit dem Regelwerk abgleichen "
             "kann.")}}};
    for (const auto& [f, text, description] : formats) {
        auto* radio = new QRadioButton(text, formatBox);
        radio->setAccessibleDescription(description);
        m_formats->addButton(radio, static_cast<int>(f));
        formatLayout->addWidget(radio);
    }
    m_formats->button(static_cast<int>(RecordFormat::Pdf))->setChecked(true);
    layout->addWidget(formatBox);

    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: %1;").arg(problemTextColor().name()));
    m_problem->setVisible(false);
    layout->addWidget(m_problem);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Speichern …"));
    buttons->button(QDialogButtonBox::Save)
        ->setAccessibleDescription(tr("Fragt nach dem Speicherort und speichert den Vermerk im gewählten Format."));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Abbrechen"));
    buttons->button(QDialogButtonBox::Cancel)
        ->setAccessibleDescription(tr("Schließt den Dialog, ohne einen Vermerk zu speichern."));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportRecordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_purpose->setFocus();
    resize(760, sizeHint().height());
}

CheckRecord ExportRecordDialog::record() const
{
    CheckRecord r = m_base;
    r.purpose = normalisePurpose(m_purpose->text());
    r.user = m_user->isChecked() ? currentUserName() : QString();
    if (m_label->isChecked() && !m_labelTool->text().trimmed().isEmpty()) {
        LabelRequest request = labelRequestForCheck(m_pack, r.answerSet());
        request.tool = m_labelTool->text().trimmed();
        if (checkLabelRequest(m_pack, request).isEmpty())
            r.label = RecordLabel{request.tool, request.involvement, renderLabel(m_pack, request, LabelFormat::Short)};
    }
    if (m_counts->isChecked() && m_scanCounts)
        r.scanCounts = m_scanCounts;
    return r;
}

RecordFormat ExportRecordDialog::format() const
{
    return static_cast<RecordFormat>(m_formats->checkedId());
}

void ExportRecordDialog::setPurpose(const QString& purpose)
{
    m_purpose->setText(purpose);
}

void ExportRecordDialog::setFormat(RecordFormat f)
{
    m_formats->button(static_cast<int>(f))->setChecked(true);
}

bool ExportRecordDialog::saveTo(const QString& path)
{
    QString error;
    if (!saveRecord(record(), format(), path, &m_pack, &error)) {
        m_problem->setText(error);
        m_problem->setVisible(true);
        return false;
    }
    m_savedPath = path;
    return true;
}

void ExportRecordDialog::save()
{
    const QString extension = recordFormatExtension(format());
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(recordFileName(record(), extension));
    QString path = FileDialog::getSaveFileName(this, tr("Prüfvermerk speichern"), suggested,
                                               tr("Prüfvermerk (*.%1)").arg(extension));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u'.' + extension, Qt::CaseInsensitive))
        path += u'.' + extension;
    if (saveTo(path))
        accept();
}

// ---- viewer ----------------------------------------------------------------------------------------

RecordViewerDialog::RecordViewerDialog(const PolicyPack& pack, const CheckRecord& record, QWidget* parent)
    : QDialog(parent), m_pack(pack), m_record(record), m_comparison(compareWithPack(record, pack))
{
    setWindowTitle(tr("Prüfvermerk vom %1").arg(displayDateTime(record.created)));
    auto* layout = new QVBoxLayout(this);
    // Made by a newer version, without checksum, or changed since it was made: said above all else.
    const QList<RecordNote> notes = recordNotes(record);
    if (!notes.isEmpty()) {
        QStringList lines;
        bool warning = false;
        for (const RecordNote& note : notes) {
            lines << (note.warning ? QStringLiteral("⚠ ") : QStringLiteral("ℹ ")) + note.text;
            warning = warning || note.warning;
        }
        m_notes = new QLabel(lines.join(u'\n'), this);
        m_notes->setObjectName(QStringLiteral("recordNotesLabel"));
        m_notes->setTextFormat(Qt::PlainText);
        m_notes->setWordWrap(true);
        m_notes->setStyleSheet(
            warning ? QStringLiteral("QLabel { background: #fff1db; color: #1a1a1a; border: 2px solid #a35200; "
                                     "border-radius: 6px; padding: 8px; font-weight: bold; }")
                    : QStringLiteral("QLabel { background: #eef1f6; color: #1a1a1a; border: 1px solid #2a4a80; "
                                     "border-radius: 6px; padding: 8px; }"));
        layout->addWidget(m_notes);
    }
    m_banner = new QLabel(bannerText(), this);
    m_banner->setObjectName(QStringLiteral("recordBanner"));
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setWordWrap(true);
    const bool changed = m_comparison.outcomeChanged() || !m_comparison.evaluated;
    m_banner->setStyleSheet(
        changed ? QStringLiteral("QLabel { background: #fff1db; color: #1a1a1a; border: 2px solid #a35200; "
                                 "border-radius: 6px; padding: 8px; font-weight: bold; }")
                : QStringLiteral("QLabel { background: #e6f4ea; color: #1a1a1a; border: 2px solid #1e6b34; "
                                 "border-radius: 6px; padding: 8px; }"));
    layout->addWidget(m_banner);
    auto* view = new QTextBrowser(this);
    view->setObjectName(QStringLiteral("recordView"));
    view->setAccessibleName(tr("Inhalt des Prüfvermerks"));
    view->setOpenLinks(false);
    view->setHtml(recordToHtml(record, &m_comparison, &pack));
    layout->addWidget(view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Schließen"));
    auto* pdf = buttons->addButton(tr("Mit Abgleich als &PDF speichern …"), QDialogButtonBox::ActionRole);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::getSaveFileName(
            this, tr("Prüfvermerk speichern"), recordFileName(m_record, QStringLiteral("pdf")), tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        QString error;
        if (!saveRecord(m_record, RecordFormat::Pdf, path, &m_pack, &error, &m_comparison))
            MessageBox::warning(this, windowTitle(), error);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 720);
}

QString RecordViewerDialog::notesText() const
{
    return m_notes ? m_notes->text() : QString();
}

QString RecordViewerDialog::bannerText() const
{
    const RecordComparison& c = m_comparison;
    if (!c.evaluated)
        return tr("⚠ Die Antworten dieses Vermerks passen nicht mehr zum aktuellen Fragebogen – bitte führen Sie die "
                  "Prüfung neu durch.");
    const QString now = verdictText(c.verdict, c.level, c.outcomeTitle);
    if (c.outcomeChanged())
        return tr("⚠ Mit dem aktuellen Regelwerk ergäbe sich ein anderes Ergebnis: %1 (damals: %2). Einzelheiten "
                  "unten unter „Abgleich mit dem aktuellen Regelwerk“.")
            .arg(now, verdictText(m_record.verdict, m_record.level, m_record.outcomeTitle));
    if (!c.samePack)
        return tr("✔ Das Regelwerk hat sich seitdem geändert, das Ergebnis bleibt gleich: %1.").arg(now);
    return tr("✔ Mit dem aktuellen Regelwerk ergibt sich dasselbe Ergebnis: %1.").arg(now);
}

// ---- history ---------------------------------------------------------------------------------------

HistoryDialog::HistoryDialog(const PolicyPack& pack, const QString& directory, QWidget* parent)
    : QDialog(parent), m_pack(pack), m_directory(directory)
{
    setWindowTitle(tr("Verlauf der Prüfungen"));
    auto* layout = new QVBoxLayout(this);
    m_enabled = new QCheckBox(tr("Abgeschlossene Prüfungen auf diesem Rechner im &Verlauf speichern"), this);
    m_enabled->setObjectName(QStringLiteral("historyEnabledCheckBox"));
    m_enabled->setChecked(CheckHistory::isEnabled());
    if (CheckHistory::isLocked()) {
        m_enabled->setEnabled(false);
        m_enabled->setToolTip(tr("Diese Einstellung hat Ihre IT-Abteilung festgelegt."));
    }
    m_enabled->setAccessibleDescription(tr("Gespeichert werden Antworten, Ergebnis und Zweck – kein Entwurfstext, "
                                           "kein Name, kein Transparenzhinweis."));
    connect(m_enabled, &QCheckBox::toggled, this, [](bool on) { CheckHistory::setEnabled(on); });
    layout->addWidget(m_enabled);
    auto* note = new QLabel(tr("Gespeichert werden nur Antworten, Ergebnis, Regelwerk und die Zweckzeile – nie der "
                               "Text eines Entwurfs. Ordner: %1")
                                .arg(directory),
                            this);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setAccessibleName(tr("Gespeicherte Prüfungen"));
    m_list->setAccessibleDescription(
        tr("Frühere Prüfungen mit Datum, Ergebnis und Zweck; die Eingabetaste öffnet den markierten Vermerk."));
    m_list->setHeaderLabels({tr("Datum"), tr("Ergebnis"), tr("Anwendungsfall"), tr("Zweck")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    connect(m_list, &QTreeWidget::itemActivated, this, &HistoryDialog::openSelected);
    layout->addWidget(m_list, 1);
    m_status = new QLabel(this);
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Schließen"));
    auto* open = buttons->addButton(tr("Ö&ffnen"), QDialogButtonBox::ActionRole);
    auto* remove = buttons->addButton(tr("&Löschen"), QDialogButtonBox::ActionRole);
    auto* removeAll = buttons->addButton(tr("&Alle löschen …"), QDialogButtonBox::DestructiveRole);
    buttons->button(QDialogButtonBox::Close)->setAccessibleDescription(tr("Schließt den Verlauf."));
    open->setAccessibleDescription(
        tr("Zeigt den markierten Prüfvermerk und gleicht ihn mit dem aktuellen Regelwerk ab."));
    remove->setAccessibleDescription(tr("Entfernt den markierten Eintrag endgültig aus dem Verlauf."));
    removeAll->setAccessibleDescription(
        tr("Entfernt nach einer Rückfrage alle gespeicherten Prüfungen aus dem Verlauf."));
    connect(open, &QPushButton::clicked, this, &HistoryDialog::openSelected);
    connect(remove, &QPushButton::clicked, this, &HistoryDialog::deleteSelected);
    connect(removeAll, &QPushButton::clicked, this, [this] { deleteAll(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    reload();
    resize(860, 480);
}

void HistoryDialog::reload()
{
    m_list->clear();
    QStringList problems;
    const CheckHistory history(m_directory);
    for (const HistoryEntry& e : history.entries(&problems)) {
        auto* item = new QTreeWidgetItem(m_list, {displayDateTime(e.created), e.verdict, e.useCaseTitle,
                                                  e.purpose.isEmpty() ? tr("(ohne Zweckangabe)") : e.purpose});
        item->setData(0, Qt::UserRole, e.id);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_status->setText(problems.isEmpty()
                          ? tr("%n Eintrag/Einträge.", nullptr, m_list->topLevelItemCount())
                          : tr("%n Eintrag/Einträge; %1 Datei(en) nicht lesbar.", nullptr, m_list->topLevelItemCount())
                                .arg(problems.size()));
}

int HistoryDialog::entryCount() const
{
    return m_list->topLevelItemCount();
}

void HistoryDialog::openSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    QString error;
    const auto record = CheckHistory(m_directory).load(item->data(0, Qt::UserRole).toString(), &error);
    if (!record) {
        MessageBox::warning(this, windowTitle(), tr("Der Eintrag kann nicht geöffnet werden: %1").arg(error));
        return;
    }
    RecordViewerDialog(m_pack, *record, this).exec();
}

void HistoryDialog::deleteSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    QString error;
    if (!CheckHistory(m_directory).remove(item->data(0, Qt::UserRole).toString(), &error))
        MessageBox::warning(this, windowTitle(), error);
    reload();
}

bool HistoryDialog::deleteAll(bool confirm)
{
    if (entryCount() == 0)
        return true;
    if (confirm && MessageBox::question(this, windowTitle(),
                                        tr("Alle %n Einträge des Verlaufs endgültig löschen?", nullptr,
                                           entryCount())) != QMessageBox::Yes)
        return false;
    QString error;
    const bool ok = CheckHistory(m_directory).removeAll(&error);
    if (!ok)
        MessageBox::warning(this, windowTitle(), error);
    reload();
    return ok;
}

} // namespace kilotse::gui
