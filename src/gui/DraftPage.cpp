#include "DraftPage.h"

#include "DraftFilesPanel.h"
#include "DraftScanController.h"
#include "MessageBox.h"
#include "Theme.h"
#include "check/Check.h"
#include "scan/DraftText.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace kilotse::gui {

namespace {

// Texts up to this size are scanned on the UI thread (well under a millisecond); larger ones on a
// worker so typing never waits.
// Highlights beyond this many would only slow painting; the list still shows every finding.
constexpr int kMaxHighlights = 5000;
constexpr qint64 kMaxDropBytes = 16 * 1024 * 1024;
constexpr int RowRole = Qt::UserRole;

QColor highlightColor(ScanCategory c)
{
    switch (c) {
    case ScanCategory::SpecialCategory:
        return QColor(0xf9, 0xc6, 0xd0);
    case ScanCategory::SecrecyMarking:
    case ScanCategory::BusinessSecret:
        return QColor(0xdc, 0xcf, 0xf5);
    case ScanCategory::PersonName:
    case ScanCategory::PostalAddress:
    case ScanCategory::DateOfBirth:
        return QColor(0xff, 0xec, 0x99);
    default:
        return QColor(0xff, 0xd3, 0xa3);
    }
}

} // namespace

// ---- editor ---------------------------------------------------------------------------------------

bool DraftEditor::canInsertFromMimeData(const QMimeData* source) const
{
    return source->hasUrls() || QPlainTextEdit::canInsertFromMimeData(source);
}

void DraftEditor::insertFromMimeData(const QMimeData* source)
{
    if (!source->hasUrls()) {
        // Plain text only: formatting from office programs is dropped.
        if (source->hasText())
            insertPlainText(source->text());
        return;
    }
    // Documents (PDF, Word …) and several files at once belong in the file list; a single text file
    // is read into the editor as before.
    const QList<QUrl> urls = source->urls();
    if (urls.size() > 1 || (urls.size() == 1 && urls.first().isLocalFile() &&
                            DraftFilesPanel::isDocumentFile(urls.first().toLocalFile()))) {
        Q_EMIT filesDropped(urls);
        return;
    }
    for (const QUrl& url : urls) {
        const QString name = url.isLocalFile() ? url.toLocalFile() : url.toDisplayString();
        if (!url.isLocalFile()) {
            Q_EMIT dropRejected(name, tr("Nur Dateien auf diesem Rechner können geprüft werden."));
            continue;
        }
        QFile file(name);
        if (file.size() > kMaxDropBytes) {
            Q_EMIT dropRejected(name, tr("Die Datei ist mit %1 MB zu groß (höchstens %2 MB).")
                                          .arg(file.size() / (1024 * 1024))
                                          .arg(kMaxDropBytes / (1024 * 1024)));
            continue;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            Q_EMIT dropRejected(name, tr("Die Datei kann nicht gelesen werden (%1).").arg(file.errorString()));
            continue;
        }
        const DraftDecodeResult decoded = decodeDraftText(file.readAll());
        if (!decoded.ok) {
            Q_EMIT dropRejected(name, tr("Das ist keine Textdatei (Steuerzeichen bei Byte %1). Speichern Sie das "
                                         "Dokument als .txt und ziehen Sie diese Datei hierher.")
                                          .arg(decoded.errorOffset));
            continue;
        }
        insertPlainText(decoded.text);
    }
}

// ---- page -----------------------------------------------------------------------------------------

DraftPage::DraftPage(const PolicyPack& pack, QWidget* parent) : QWidget(parent), m_pack(pack)
{
    setObjectName(QStringLiteral("draftPage"));
    if (pack.scan) {
        m_scanner.emplace(*pack.scan);
        m_scan = new DraftScanController(
            *m_scanner, [this] { return m_editor->toPlainText(); }, this);
    }

    auto* layout = new QVBoxLayout(this);
    auto* heading = new QLabel(tr("Entwurf prüfen"), this);
    scaleFont(heading, 1.4, true);
    layout->addWidget(heading);
    auto* intro =
        new QLabel(tr("Fügen Sie den Text ein, den Sie einer KI geben möchten, oder ziehen Sie Dateien hierher "
                      "(PDF, Word, Excel, LibreOffice, E-Mail, Text). KI-Lotse prüft sie nur auf diesem Rechner auf "
                      "personenbezogene Daten und Geheimhaltungsvermerke – nichts davon wird gespeichert oder "
                      "übertragen."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    // left: draft / pseudonymised / restore
    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("draftTabs"));
    m_tabs->tabBar()->setAccessibleDescription(
        tr("Wechselt zwischen dem Entwurf, dem pseudonymisierten Text und dem Zurückführen der KI-Antwort."));
    m_editor = new DraftEditor(m_tabs);
    m_editor->setObjectName(QStringLiteral("draftEditor"));
    m_editor->setPlaceholderText(tr("Entwurf hier einfügen oder Dateien hierher ziehen …"));
    m_editor->setAccessibleName(tr("Entwurf"));
    m_editor->setAccessibleDescription(tr("Text für die KI; Funde werden markiert und rechts erklärt"));
    m_editor->setTabChangesFocus(true);
    m_tabs->addTab(m_editor, tr("Entwurf"));

    if (m_scanner) {
        m_files = new DraftFilesPanel(pack, *m_scanner, m_tabs);
        m_tabs->addTab(m_files, tr("Dateien"));
    }

    auto* pseudoPage = new QWidget(m_tabs);
    auto* pseudoLayout = new QVBoxLayout(pseudoPage);
    m_pseudonymNote = new QLabel(pseudoPage);
    m_pseudonymNote->setWordWrap(true);
    m_pseudonymNote->setTextFormat(Qt::PlainText);
    pseudoLayout->addWidget(m_pseudonymNote);
    m_pseudonymisedView = new QPlainTextEdit(pseudoPage);
    m_pseudonymisedView->setObjectName(QStringLiteral("pseudonymisedView"));
    m_pseudonymisedView->setReadOnly(true);
    m_pseudonymisedView->setAccessibleName(tr("Pseudonymisierter Text"));
    m_pseudonymisedView->setTabChangesFocus(true);
    pseudoLayout->addWidget(m_pseudonymisedView, 1);
    auto* copyPseudo = new QPushButton(tr("Text k&opieren"), pseudoPage);
    copyPseudo->setAccessibleDescription(tr("Pseudonymisierten Text in die Zwischenablage kopieren"));
    connect(copyPseudo, &QPushButton::clicked, this, [this] { copyToClipboard(m_pseudonymisedView->toPlainText()); });
    auto* pseudoButtons = new QHBoxLayout;
    pseudoButtons->addWidget(copyPseudo);
    pseudoButtons->addStretch(1);
    pseudoLayout->addLayout(pseudoButtons);
    m_tabs->addTab(pseudoPage, tr("Pseudonymisiert"));

    auto* restorePage = new QWidget(m_tabs);
    auto* restoreLayout = new QVBoxLayout(restorePage);
    auto* restoreIntro =
        new QLabel(tr("Fügen Sie die Antwort des KI-Dienstes ein: KI-Lotse setzt für die Platzhalter "
                      "([PERSON_1] …) wieder die ursprünglichen Angaben ein. Die Zuordnung besteht nur, "
                      "solange KI-Lotse geöffnet ist."),
                   restorePage);
    restoreIntro->setWordWrap(true);
    restoreLayout->addWidget(restoreIntro);
    m_answerInput = new QPlainTextEdit(restorePage);
    m_answerInput->setObjectName(QStringLiteral("answerInput"));
    m_answerInput->setPlaceholderText(tr("Antwort des KI-Dienstes hier einfügen …"));
    m_answerInput->setAccessibleName(tr("Antwort des KI-Dienstes"));
    m_answerInput->setTabChangesFocus(true);
    restoreLayout->addWidget(m_answerInput, 1);
    auto* restoreButtons = new QHBoxLayout;
    auto* restoreButton = new QPushButton(tr("Originalwerte &einsetzen"), restorePage);
    connect(restoreButton, &QPushButton::clicked, this, [this] { restore(m_answerInput->toPlainText()); });
    auto* forgetButton = new QPushButton(tr("Zuordnung ver&werfen"), restorePage);
    forgetButton->setAccessibleDescription(tr("Die Zuordnung von Platzhaltern zu Originalwerten sofort löschen"));
    connect(forgetButton, &QPushButton::clicked, this, [this] {
        m_pseudonymised = Pseudonymised();
        m_pseudonymisedView->clear();
        m_restoredView->clear();
        m_restoreStatus->setText(tr("Die Zuordnung wurde verworfen."));
    });
    restoreButtons->addWidget(restoreButton);
    restoreButtons->addWidget(forgetButton);
    restoreButtons->addStretch(1);
    restoreLayout->addLayout(restoreButtons);
    m_restoreStatus = new QLabel(restorePage);
    m_restoreStatus->setWordWrap(true);
    m_restoreStatus->setTextFormat(Qt::PlainText);
    restoreLayout->addWidget(m_restoreStatus);
    m_restoredView = new QPlainTextEdit(restorePage);
    m_restoredView->setObjectName(QStringLiteral("restoredView"));
    m_restoredView->setReadOnly(true);
    m_restoredView->setAccessibleName(tr("Antwort mit Originalwerten"));
    m_restoredView->setTabChangesFocus(true);
    restoreLayout->addWidget(m_restoredView, 1);
    auto* copyRestored = new QPushButton(tr("Antwort k&opieren"), restorePage);
    connect(copyRestored, &QPushButton::clicked, this, [this] { copyToClipboard(m_restoredView->toPlainText()); });
    auto* copyRow = new QHBoxLayout;
    copyRow->addWidget(copyRestored);
    copyRow->addStretch(1);
    restoreLayout->addLayout(copyRow);
    m_tabs->addTab(restorePage, tr("Antwort zurückführen"));

    // right: verdict and findings
    auto* side = new QWidget(splitter);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    m_levelLabel = new QLabel(side);
    m_levelLabel->setObjectName(QStringLiteral("draftLevelLabel"));
    m_levelLabel->setWordWrap(true);
    m_levelLabel->setTextFormat(Qt::RichText);
    m_levelLabel->setFrameShape(QFrame::StyledPanel);
    m_levelLabel->setMargin(8);
    sideLayout->addWidget(m_levelLabel);
    auto* listLabel = new QLabel(tr("&Funde im Entwurf"), side);
    sideLayout->addWidget(listLabel);
    m_list = new QTreeWidget(side);
    m_list->setObjectName(QStringLiteral("findingsList"));
    m_list->setHeaderLabels({tr("Art"), tr("Fundstelle")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setWordWrap(false);
    m_list->setAccessibleName(tr("Funde im Entwurf"));
    m_list->setAccessibleDescription(tr("Eingabetaste springt zur Stelle im Entwurf; Entf ignoriert den Fund"));
    m_list->header()->setStretchLastSection(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_list->header()->resizeSection(0, 200);
    listLabel->setBuddy(m_list);
    sideLayout->addWidget(m_list, 1);
    m_detailLabel = new QLabel(side);
    m_detailLabel->setObjectName(QStringLiteral("findingDetailLabel"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextFormat(Qt::PlainText);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    sideLayout->addWidget(m_detailLabel);
    auto* sideButtons = new QHBoxLayout;
    m_ignoreButton = new QPushButton(tr("&Ignorieren"), side);
    m_ignoreButton->setObjectName(QStringLiteral("ignoreButton"));
    m_ignoreButton->setAccessibleDescription(
        tr("Diesen Fund für diesen Text nicht berücksichtigen (oder wieder berücksichtigen)"));
    m_ignoreButton->setEnabled(false);
    sideButtons->addWidget(m_ignoreButton);
    auto* ignoreKey = new QShortcut(QKeySequence(Qt::Key_Delete), m_list, nullptr, nullptr, Qt::WidgetShortcut);
    connect(ignoreKey, &QShortcut::activated, m_ignoreButton, [this] {
        if (m_ignoreButton->isEnabled())
            m_ignoreButton->click();
    });
    m_pseudonymiseButton = new QPushButton(tr("P&seudonymisieren"), side);
    m_pseudonymiseButton->setObjectName(QStringLiteral("pseudonymiseButton"));
    m_pseudonymiseButton->setAccessibleDescription(tr("Funde durch Platzhalter wie [PERSON_1] ersetzen"));
    sideButtons->addWidget(m_pseudonymiseButton);
    sideButtons->addStretch(1);
    sideLayout->addLayout(sideButtons);
    m_applyButton = new QPushButton(tr("Antworten in die Prüfung &übernehmen"), side);
    m_applyButton->setObjectName(QStringLiteral("applyAnswersButton"));
    m_applyButton->setAccessibleDescription(tr(
        "Die aus dem Entwurf erkannten Antworten im Fragebogen vorbelegen; Sie bestätigen oder korrigieren sie dort"));
    sideLayout->addWidget(m_applyButton);
    m_statusLabel = new QLabel(side);
    m_statusLabel->setObjectName(QStringLiteral("draftStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    sideLayout->addWidget(m_statusLabel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    if (m_scan) {
        connect(m_scan, &DraftScanController::scanStarted, this, [this](qsizetype characters) {
            m_statusLabel->setText(tr("Prüfe %1 Zeichen …").arg(QLocale().toString(characters)));
        });
        connect(m_scan, &DraftScanController::findingsReady, this, &DraftPage::applyResult);
    }
    connect(m_editor, &QPlainTextEdit::textChanged, this, &DraftPage::scheduleScan);
    if (m_files) {
        connect(m_editor, &DraftEditor::filesDropped, this, [this](const QList<QUrl>& urls) {
            QMimeData mime;
            mime.setUrls(urls);
            m_files->addMimeData(&mime);
            showFiles();
        });
        connect(m_files, &DraftFilesPanel::changed, this, [this] {
            refreshFilesTab();
            refreshSummary();
        });
    }
    connect(m_editor, &DraftEditor::dropRejected, this, [this](const QString& file, const QString& problem) {
        MessageBox::warning(this, tr("Datei nicht übernommen"),
                            tr("„%1“ wurde nicht übernommen: %2").arg(QFileInfo(file).fileName(), problem));
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        m_ignoreButton->setEnabled(item != nullptr);
        if (!item) {
            m_detailLabel->clear();
            return;
        }
        const ScanFinding f = m_findings.value(item->data(0, RowRole).toInt());
        const bool ignored = m_ignored.contains(findingKey(f));
        m_ignoreButton->setText(ignored ? tr("Wieder &berücksichtigen") : tr("&Ignorieren"));
        m_detailLabel->setText(
            tr("%1: „%2“ – %3 (Sicherheit %4 %)")
                .arg(m_pack.scan->info(f.category).label, f.text.simplified().left(200), f.explanation)
                .arg(qRound(f.confidence * 100)));
    });
    connect(m_list, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const ScanFinding f = m_findings.value(item->data(0, RowRole).toInt());
        QTextCursor cursor(m_editor->document());
        cursor.setPosition(static_cast<int>(f.start));
        cursor.setPosition(static_cast<int>(f.end()), QTextCursor::KeepAnchor);
        m_tabs->setCurrentWidget(m_editor);
        m_editor->setTextCursor(cursor);
        m_editor->ensureCursorVisible();
        m_editor->setFocus(Qt::OtherFocusReason);
    });
    connect(m_ignoreButton, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_list->currentItem()) {
            const int row = item->data(0, RowRole).toInt();
            ignoreFinding(row, !m_ignored.contains(findingKey(m_findings.value(row))));
        }
    });
    connect(m_pseudonymiseButton, &QPushButton::clicked, this, [this] {
        pseudonymiseDraft();
        showTab(1);
    });
    connect(m_applyButton, &QPushButton::clicked, this, [this] {
        const ScanSummary s = summary();
        QStringList labels;
        for (int k = 0; k < kScanCategoryCount; ++k)
            if (s.counts[static_cast<std::size_t>(k)] > 0)
                labels << m_pack.scan->info(static_cast<ScanCategory>(k)).label;
        Q_EMIT answersSuggested(s, labels);
    });

    if (!m_scanner) {
        m_editor->setEnabled(false);
        m_levelLabel->setText(tr("Das geladene Regelwerk enthält keine Regeln für die Entwurfsprüfung."));
    }
    refreshSummary();
}

DraftPage::~DraftPage() = default;

QString DraftPage::findingKey(const ScanFinding& f) const
{
    return scanCategoryId(f.category) + u'\x1f' + f.text;
}

void DraftPage::setDraftText(const QString& text)
{
    m_ignored.clear();
    m_editor->setPlainText(text);
}

void DraftPage::focusFirstInput()
{
    m_editor->setFocus(Qt::OtherFocusReason);
}

void DraftPage::showTab(int index)
{
    const QList<QWidget*> pages{m_editor, m_pseudonymisedView->parentWidget(), m_restoredView->parentWidget()};
    if (QWidget* page = pages.value(index))
        m_tabs->setCurrentWidget(page);
}

void DraftPage::showFiles()
{
    if (m_files)
        m_tabs->setCurrentWidget(m_files);
}

void DraftPage::addFiles(const QStringList& paths)
{
    if (!m_files)
        return;
    showFiles();
    m_files->addFiles(paths);
}

void DraftPage::chooseFiles()
{
    if (!m_files)
        return;
    showFiles();
    m_files->chooseFiles();
}

void DraftPage::refreshFilesTab()
{
    if (!m_files)
        return;
    const int index = m_tabs->indexOf(m_files);
    const int count = m_files->fileCount();
    const int incomplete = m_files->incompleteCount();
    m_tabs->setTabText(index, count == 0 ? tr("Dateien") : tr("Dateien (%1)").arg(count));
    m_tabs->setTabIcon(index, incomplete > 0 ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    m_tabs->setTabToolTip(index, incomplete > 0
                                     ? tr("%n Datei(en) nicht oder nicht vollständig geprüft", nullptr, incomplete)
                                     : QString());
}

bool DraftPage::hasContent() const
{
    return !m_editor->document()->isEmpty() || (m_files && m_files->checkedCount() > 0);
}

void DraftPage::scheduleScan()
{
    if (m_editor->document()->isEmpty())
        m_ignored.clear();
    if (m_scan)
        m_scan->textChanged();
}

void DraftPage::scanNow()
{
    if (m_scan)
        m_scan->scanNow();
}

const QThread* DraftPage::lastScanThread() const
{
    return m_scan ? m_scan->lastScanThread() : nullptr;
}

void DraftPage::applyResult(const QList<ScanFinding>& findings, qint64 nanoseconds)
{
    m_findings = findings;
    // Privacy: counts only.
    spdlog::debug("draft scan: chars={} findings={} ms={}", m_editor->document()->characterCount(), findings.size(),
                  nanoseconds / 1000000);
    refreshList();
    refreshHighlights();
    refreshSummary();
    m_statusLabel->setText(
        tr("%n Fund(e), geprüft in %1 ms – nur auf diesem Rechner.", nullptr, static_cast<int>(findings.size()))
            .arg(QLocale().toString(static_cast<double>(nanoseconds) / 1e6, 'f', 1)));
}

ScanSummary DraftPage::summary() const
{
    // The one place that decides what the check gets from this page: the typed text's findings the
    // clerk did not set aside, and every checked file's findings.
    QList<ScanFinding> counted;
    for (const ScanFinding& f : m_findings)
        if (!m_ignored.contains(findingKey(f)))
            counted.append(f);
    if (m_files)
        counted.append(m_files->findings());
    return summariseScan(*m_pack.scan, counted);
}

void DraftPage::ignoreFinding(int row, bool ignored)
{
    if (row < 0 || row >= m_findings.size())
        return;
    const QString key = findingKey(m_findings[row]);
    if (ignored)
        m_ignored.insert(key);
    else
        m_ignored.remove(key);
    const int current = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    refreshList();
    refreshHighlights();
    refreshSummary();
    if (current >= 0 && current < m_list->topLevelItemCount())
        m_list->setCurrentItem(m_list->topLevelItem(current));
}

void DraftPage::refreshList()
{
    m_list->setUpdatesEnabled(false);
    m_list->clear();
    QList<QTreeWidgetItem*> items;
    items.reserve(m_findings.size());
    for (int row = 0; row < m_findings.size(); ++row) {
        const ScanFinding& f = m_findings[row];
        const bool ignored = m_ignored.contains(findingKey(f));
        QString shown = f.text.simplified();
        if (shown.size() > 60)
            shown = shown.left(57) + QStringLiteral("…");
        const QString label = m_pack.scan->info(f.category).label;
        auto* item = new QTreeWidgetItem({ignored ? tr("%1 (ignoriert)").arg(label) : label, shown});
        item->setData(0, RowRole, row);
        item->setToolTip(0, f.explanation);
        item->setToolTip(1, f.explanation);
        if (ignored) {
            QFont font = item->font(0);
            font.setStrikeOut(true);
            for (int c = 0; c < 2; ++c) {
                item->setFont(c, font);
                item->setForeground(c, palette().color(QPalette::PlaceholderText));
            }
        }
        items.append(item);
    }
    m_list->addTopLevelItems(items);
    if (!items.isEmpty())
        m_list->setCurrentItem(items.first());
    m_list->setUpdatesEnabled(true);
}

void DraftPage::refreshHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    QTextDocument* doc = m_editor->document();
    const int chars = doc->characterCount();
    for (const ScanFinding& f : m_findings) {
        if (selections.size() >= kMaxHighlights)
            break;
        if (m_ignored.contains(findingKey(f)) || f.end() >= chars)
            continue;
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(doc);
        sel.cursor.setPosition(static_cast<int>(f.start));
        sel.cursor.setPosition(static_cast<int>(f.end()), QTextCursor::KeepAnchor);
        sel.format.setBackground(highlightColor(f.category));
        sel.format.setForeground(QColor(0x1a, 0x1a, 0x1a)); // readable on the light marker in dark themes too
        sel.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        sel.format.setUnderlineColor(QColor(0x6b, 0x3a, 0x00));
        selections.append(sel);
    }
    m_editor->setExtraSelections(selections);
}

std::optional<QMap<QString, int>> DraftPage::findingCounts() const
{
    if (!m_scanner || !hasContent())
        return std::nullopt;
    return findingCountsById(summary());
}

void DraftPage::refreshSummary()
{
    if (!m_scanner)
        return;
    const ScanSummary s = summary();
    const bool textEmpty = m_editor->document()->isEmpty();
    const bool empty = !hasContent();
    const int pendingFiles = m_files ? m_files->pendingCount() : 0;
    const int incompleteFiles = m_files ? m_files->incompleteCount() : 0;
    const int fileFindings = m_files ? static_cast<int>(m_files->findings().size()) : 0;
    // The suggestion is the classifier's verdict on the answers the draft implies: the same
    // wording as the check's result ("Schutzstufe 2 – Rücksprache erforderlich" for health data).
    const Outcome suggested = draftOutcome(m_pack, s);
    const LevelText* level = m_pack.level(suggested.level);
    const QString levelTitle = verdictText(suggested.verdictId(), suggested.level,
                                           suggested.blocked ? m_pack.blocked.title
                                           : level           ? level->title
                                                             : QString());
    // No accessible name: a screen reader reads the label's own text, the suggestion itself.
    // What the files could not give: said next to the level, so a clean verdict never hides them.
    QString filesNote;
    if (pendingFiles > 0)
        filesNote +=
            QStringLiteral("<br>") +
            tr("⏳ %n Datei(en) werden noch gelesen – der Vorschlag kann sich noch ändern.", nullptr, pendingFiles)
                .toHtmlEscaped();
    if (incompleteFiles > 0)
        filesNote += QStringLiteral("<br><b>") +
                     tr("⚠ %n Datei(en) nicht oder nicht vollständig geprüft (Reiter „Dateien“): Was dort nicht "
                        "gelesen werden konnte, prüfen Sie bitte selbst.",
                        nullptr, incompleteFiles)
                         .toHtmlEscaped() +
                     QStringLiteral("</b>");
    if (empty && filesNote.isEmpty()) {
        m_levelLabel->setText(tr("Noch kein Text – fügen Sie Ihren Entwurf links ein."));
        m_levelLabel->setStyleSheet(QString());
    } else if (empty) {
        m_levelLabel->setText(tr("<b>Noch nichts geprüft.</b>") + filesNote);
        m_levelLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff4c2; color: #1a1a1a; }"));
    } else if (s.total == 0 && (incompleteFiles > 0 || pendingFiles > 0)) {
        // Nothing found in what could be read, but not everything could: no green, no tick.
        m_levelLabel->setText(
            tr("<b>Nichts erkannt im lesbaren Text – vorgeschlagen: %1</b>").arg(levelTitle.toHtmlEscaped()) +
            filesNote);
        m_levelLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff4c2; color: #1a1a1a; }"));
    } else if (s.total == 0) {
        m_levelLabel->setText(tr("<b>✓ Nichts erkannt – vorgeschlagen: %1</b><br>Das ersetzt nicht Ihre eigene "
                                 "Prüfung: Beantworten Sie die Fragen trotzdem sorgfältig.")
                                  .arg(levelTitle.toHtmlEscaped()));
        m_levelLabel->setStyleSheet(QStringLiteral("QLabel { background: #e3f4e6; color: #10381a; }"));
    } else {
        QStringList answers;
        for (auto it = s.answers.cbegin(); it != s.answers.cend(); ++it) {
            const Question* q = m_pack.question(it.key());
            const AnswerOption* o = q ? q->option(it.value()) : nullptr;
            if (q && o)
                answers << tr("%1: %2").arg(q->title, o->label);
        }
        const QString found =
            fileFindings > 0
                ? tr("<b>⚠ Vorgeschlagen: %1</b><br>%n Fund(e), davon %3 in Dateien. Aus Entwurf und Dateien "
                     "erkannt: %2",
                     nullptr, s.total)
                      .arg(levelTitle.toHtmlEscaped(), answers.join(QStringLiteral("; ")).toHtmlEscaped())
                      .arg(fileFindings)
                : tr("<b>⚠ Vorgeschlagen: %1</b><br>%n Fund(e). Aus dem Entwurf erkannt: %2", nullptr, s.total)
                      .arg(levelTitle.toHtmlEscaped(), answers.join(QStringLiteral("; ")).toHtmlEscaped());
        m_levelLabel->setText(found + filesNote);
        m_levelLabel->setStyleSheet(QStringLiteral("QLabel { background: #fff1db; color: #4a2600; }"));
    }
    m_applyButton->setEnabled(!empty && s.total > 0);
    m_pseudonymiseButton->setEnabled(!textEmpty);
    Q_EMIT summaryChanged(empty ? std::nullopt : std::optional<ScanSummary>(s));
}

void DraftPage::pseudonymiseDraft()
{
    if (!m_scanner)
        return;
    QList<ScanFinding> used;
    bool cuesRemain = false;
    for (const ScanFinding& f : m_findings) {
        if (m_ignored.contains(findingKey(f)))
            continue;
        used.append(f);
        cuesRemain |= !isPseudonymisable(f.category);
    }
    const QString text = m_editor->toPlainText();
    m_pseudonymised = pseudonymise(text, used, *m_pack.scan);
    spdlog::info("draft pseudonymised: replaced={} values={}", m_pseudonymised.replaced,
                 m_pseudonymised.entries.size());
    m_pseudonymisedView->setPlainText(m_pseudonymised.text);
    QString note = tr("%n Stelle(n) durch Platzhalter ersetzt. ", nullptr, m_pseudonymised.replaced) +
                   m_pack.scan->pseudonymisedNote;
    if (!m_pack.scan->pseudonymisedIsPersonal)
        note += u'\n' + tr("Ihre Verwaltung erlaubt den pseudonymisierten Text auch in Diensten der Schutzstufe 1, "
                           "sofern keine Hinweise auf besondere Kategorien oder Geheimhaltung stehen bleiben.");
    if (cuesRemain)
        note += u'\n' + tr("Hinweise auf besondere Kategorien, Verschlusssachen oder Geschäftsgeheimnisse bleiben "
                           "stehen: Der Inhalt selbst ist schutzbedürftig.");
    m_pseudonymNote->setText(note);
}

QString DraftPage::pseudonymisedText() const
{
    return m_pseudonymised.text;
}

QString DraftPage::restore(const QString& answer)
{
    m_answerInput->setPlainText(answer);
    if (m_pseudonymised.entries.isEmpty()) {
        m_restoreStatus->setText(tr("Es gibt keine Zuordnung: Pseudonymisieren Sie zuerst den Entwurf."));
        m_restoredView->clear();
        return QString();
    }
    const Restored r = restorePseudonyms(answer, m_pseudonymised.entries);
    m_restoredView->setPlainText(r.text);
    QString status = tr("%n Platzhalter ersetzt.", nullptr, r.replaced);
    if (!r.unknownPlaceholders.isEmpty())
        status += u' ' + tr("Unbekannt geblieben: %1").arg(r.unknownPlaceholders.join(QStringLiteral(", ")));
    m_restoreStatus->setText(status);
    return r.text;
}

void DraftPage::copyToClipboard(const QString& text)
{
    QApplication::clipboard()->setText(text);
    m_statusLabel->setText(tr("In die Zwischenablage kopiert."));
}

} // namespace kilotse::gui
