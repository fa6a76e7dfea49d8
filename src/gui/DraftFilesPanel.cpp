#include "DraftFilesPanel.h"

#include "check/Check.h"
#include "report/CheckRecord.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QResizeEvent>
#include <QShortcut>
#include <QStyle>
#include <QThread>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace kilotse::gui {

using documents::FileScan;
using documents::FindingPlace;
using documents::Unread;

namespace {

enum RowKind
{
    FileRow,
    FindingRow,
    NoteRow,
};
constexpr int KindRole = Qt::UserRole;
constexpr int IndexRole = Qt::UserRole + 1;
// More rows would only slow the list; the summary counts every finding.
constexpr int kMaxFindingRows = 1000;

const QStringList& documentSuffixes()
{
    static const QStringList suffixes{QStringLiteral("pdf"), QStringLiteral("docx"), QStringLiteral("xlsx"),
                                      QStringLiteral("odt"), QStringLiteral("ods"),  QStringLiteral("eml"),
                                      QStringLiteral("doc"), QStringLiteral("xls"),  QStringLiteral("msg")};
    return suffixes;
}

// Backgrounds of the verdict colours (Theme.cpp's verdict frames); the text on them stays near-black.
QColor toneBackground(const Outcome& outcome)
{
    if (outcome.blocked)
        return QColor(0xfd, 0xe8, 0xe7);
    if (outcome.escalate)
        return QColor(0xfd, 0xe3, 0xcf);
    if (outcome.level >= 2)
        return QColor(0xff, 0xf1, 0xdb);
    return QColor(0xe6, 0xf4, 0xea);
}
const QColor kWarnBackground(0xff, 0xf4, 0xc2); // not (fully) checked: never the green of "clean"
const QColor kToneText(0x1a, 0x1a, 0x1a);

QString placeOf(const FindingPlace& fp)
{
    if (fp.line > 0)
        return DraftFilesPanel::tr("Zeile %1").arg(fp.line);
    return documents::placeText(fp.place);
}

// The reason in a few words for the file's row; the whole message is in the row below it.
QString problemInShort(documents::Problem problem)
{
    using documents::Problem;
    switch (problem) {
    case Problem::Unsupported:
        return DraftFilesPanel::tr("Dateityp nicht lesbar");
    case Problem::NotRegular:
        return DraftFilesPanel::tr("keine gewöhnliche Datei");
    case Problem::Unreadable:
        return DraftFilesPanel::tr("nicht lesbar");
    case Problem::TooLarge:
        return DraftFilesPanel::tr("zu groß");
    case Problem::Encrypted:
        return DraftFilesPanel::tr("passwortgeschützt");
    case Problem::Corrupt:
        return DraftFilesPanel::tr("beschädigt");
    case Problem::Bomb:
        return DraftFilesPanel::tr("verdächtig stark gepackt");
    case Problem::TooDeep:
        return DraftFilesPanel::tr("zu tief verschachtelt");
    case Problem::Cancelled:
        return DraftFilesPanel::tr("abgebrochen");
    case Problem::None:
        break;
    }
    return DraftFilesPanel::tr("nicht lesbar");
}

QString shortened(const QString& text, int max)
{
    QString s = text.simplified();
    if (s.size() > max)
        s = s.left(max - 1) + QStringLiteral("…");
    return s;
}

} // namespace

DraftFilesPanel::DraftFilesPanel(const PolicyPack& pack, const Scanner& scanner, QWidget* parent)
    : QWidget(parent), m_pack(pack), m_scanner(scanner)
{
    setObjectName(QStringLiteral("draftFilesPanel"));
    setAccessibleName(tr("Dateien"));
    setAcceptDrops(true);
    // Two files side by side (the machine's cores); each job may scan a long text on two threads.
    m_pool.setMaxThreadCount(std::clamp(QThread::idealThreadCount(), 1, 2));

    auto* layout = new QVBoxLayout(this);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("draftFilesSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summaryLabel);

    auto* buttons = new QHBoxLayout;
    m_addButton = new QPushButton(tr("Dateien &hinzufügen …"), this);
    m_addButton->setObjectName(QStringLiteral("addFilesButton"));
    m_addButton->setAccessibleDescription(
        tr("PDF-, Word-, Excel-, LibreOffice-, E-Mail- oder Textdateien zum Prüfen auswählen (Strg+Umschalt+O)"));
    m_removeButton = new QPushButton(tr("&Entfernen"), this);
    m_removeButton->setObjectName(QStringLiteral("removeFileButton"));
    m_removeButton->setAccessibleDescription(tr("Die ausgewählte Datei und ihre Funde aus der Prüfung nehmen (Entf)"));
    m_removeAllButton = new QPushButton(tr("A&lle entfernen"), this);
    m_removeAllButton->setObjectName(QStringLiteral("removeAllFilesButton"));
    m_removeAllButton->setAccessibleDescription(tr("Alle Dateien und ihre Funde aus der Prüfung nehmen"));
    m_cancelButton = new QPushButton(tr("Lesen a&bbrechen"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelFilesButton"));
    m_cancelButton->setAccessibleDescription(
        tr("Das Lesen aller Dateien beenden, die noch gelesen werden; sie bleiben ungeprüft in der Liste"));
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addWidget(m_removeAllButton);
    buttons->addWidget(m_cancelButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("draftFilesTree"));
    m_tree->setHeaderLabels({tr("Datei / Fundstelle"), tr("Ergebnis / Art"), tr("Gefunden")});
    m_tree->setAccessibleName(tr("Geprüfte Dateien und ihre Funde"));
    m_tree->setAccessibleDescription(
        tr("Je Datei das Ergebnis, darunter die Funde mit ihrer Stelle und was nicht gelesen werden konnte; "
           "Eingabetaste zeigt die Einzelheiten, Entf entfernt die Datei"));
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setExpandsOnDoubleClick(false); // itemActivated opens and closes a file, by mouse and by Enter
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->resizeSection(0, 220);
    m_tree->header()->resizeSection(1, 250);
    layout->addWidget(m_tree, 1);

    m_detailLabel = new QLabel(this);
    m_detailLabel->setObjectName(QStringLiteral("draftFileDetailLabel"));
    m_detailLabel->setWordWrap(true);
    m_detailLabel->setTextFormat(Qt::PlainText);
    m_detailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_detailLabel->setFocusPolicy(Qt::StrongFocus);
    m_detailLabel->setAccessibleName(tr("Einzelheiten"));
    m_detailLabel->setAccessibleDescription(tr("Einzelheiten zur ausgewählten Datei oder zum ausgewählten Fund"));
    m_detailLabel->setMinimumHeight(m_detailLabel->fontMetrics().lineSpacing() * 3);
    m_detailLabel->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_detailLabel);

    connect(m_addButton, &QPushButton::clicked, this, &DraftFilesPanel::chooseFiles);
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        QTreeWidgetItem* item = m_tree->currentItem();
        while (item && item->parent())
            item = item->parent();
        if (const int index = indexOf(item); index >= 0)
            removeFile(index);
    });
    connect(m_removeAllButton, &QPushButton::clicked, this, &DraftFilesPanel::removeAll);
    connect(m_cancelButton, &QPushButton::clicked, this, &DraftFilesPanel::cancelAll);
    auto* removeKey = new QShortcut(QKeySequence(Qt::Key_Delete), m_tree, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeKey, &QShortcut::activated, m_removeButton, [this] {
        if (m_removeButton->isEnabled())
            m_removeButton->click();
    });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        showDetails(item);
        updateButtons();
    });
    // Enter: a file opens or closes its findings; a finding or note is read out in the details.
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (!item)
            return;
        if (!item->parent() && item->childCount() > 0) {
            item->setExpanded(!item->isExpanded());
            return;
        }
        showDetails(item);
        m_detailLabel->setFocus(Qt::OtherFocusReason);
    });
    updateButtons();
}

DraftFilesPanel::~DraftFilesPanel()
{
    // Every job posts to this object: stop them and wait before it goes away.
    for (Entry& e : m_files)
        if (e.cancel)
            e.cancel->store(true);
    m_pool.waitForDone();
}

QString DraftFilesPanel::dialogFilter()
{
    QStringList patterns;
    for (const QString& s : documents::supportedSuffixes())
        patterns << QStringLiteral("*.") + s;
    return tr("Dokumente (%1);;PDF (*.pdf);;Word und LibreOffice (*.docx *.odt);;Excel und LibreOffice "
              "(*.xlsx *.ods);;E-Mails (*.eml);;Alle Dateien (*)")
        .arg(patterns.join(u' '));
}

bool DraftFilesPanel::isDocumentFile(const QString& path)
{
    const QFileInfo info(path);
    if (documentSuffixes().contains(info.suffix().toLower()))
        return true;
    if (!info.isFile()) // a FIFO or device is never opened here
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = file.read(8);
    return head.startsWith("%PDF-") || head.startsWith("PK\x03\x04") ||
           head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1");
}

void DraftFilesPanel::chooseFiles()
{
    static QString lastFolder; // in memory only
    const QStringList paths = QFileDialog::getOpenFileNames(this, tr("Dateien prüfen"), lastFolder, dialogFilter());
    if (paths.isEmpty())
        return;
    lastFolder = QFileInfo(paths.first()).absolutePath();
    addFiles(paths);
}

void DraftFilesPanel::addFiles(const QStringList& paths)
{
    for (const QString& path : paths) {
        // The same file again: read it anew (it may have changed).
        for (int i = 0; i < fileCount(); ++i)
            if (m_files[i].path == path) {
                removeFile(i);
                break;
            }
        Entry entry;
        entry.id = m_nextId++;
        entry.path = path;
        entry.name = QFileInfo(path).fileName();
        entry.cancel = std::make_shared<std::atomic<bool>>(false);
        entry.item = new QTreeWidgetItem(m_tree);
        entry.item->setData(0, KindRole, FileRow);
        m_files.append(std::move(entry));
        Entry& added = m_files.last();
        renderEntry(added);
        start(added);
    }
    if (m_tree->currentItem() == nullptr && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    updateButtons();
    Q_EMIT changed();
}

bool DraftFilesPanel::addMimeData(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return false;
    QStringList paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile()) {
            paths << url.toLocalFile();
            continue;
        }
        // Not a file on this machine: listed, not read.
        Entry entry;
        entry.id = m_nextId++;
        entry.path = url.toDisplayString();
        entry.name = url.fileName().isEmpty() ? url.toDisplayString() : url.fileName();
        entry.state = State::NotChecked;
        entry.scan.status = FileScan::Status::NotChecked;
        entry.scan.problem = documents::Problem::Unreadable;
        entry.scan.message = tr("nur Dateien auf diesem Rechner können geprüft werden");
        entry.item = new QTreeWidgetItem(m_tree);
        entry.item->setData(0, KindRole, FileRow);
        m_files.append(std::move(entry));
        renderEntry(m_files.last());
    }
    addFiles(paths); // also when only remote URLs came: the list changed
    return true;
}

void DraftFilesPanel::start(Entry& entry)
{
    ++m_running;
    const quint64 id = entry.id;
    const QString path = entry.path;
    const std::shared_ptr<std::atomic<bool>> cancel = entry.cancel;
    const Scanner scanner = m_scanner;
    // `this` outlives every job: the destructor cancels them and waits for the pool.
    m_pool.start([this, id, path, cancel, scanner] {
        QElapsedTimer timer;
        timer.start();
        int lastPercent = -1;
        documents::ExtractOptions options;
        options.cancel = cancel.get();
        options.progress = [this, id, &lastPercent](qint64 done, qint64 total) {
            if (total <= 0)
                return;
            const int percent = static_cast<int>(std::clamp<qint64>(done * 100 / total, 0, 100));
            if (percent == lastPercent)
                return;
            lastPercent = percent;
            QMetaObject::invokeMethod(
                this, [this, id, percent] { onProgress(id, percent); }, Qt::QueuedConnection);
        };
        FileScan scan = documents::scanFile(path, scanner, options, 2);
        // Cancelled after reading, while scanning: nothing of it counts.
        const bool stoppedEarly = scan.problem == documents::Problem::Cancelled; // the reader saw the flag
        const bool cancelled = stoppedEarly || cancel->load();
        if (cancelled && scan.problem != documents::Problem::Cancelled) {
            scan = FileScan();
            scan.path = path;
            scan.problem = documents::Problem::Cancelled;
        }
        // Privacy: counts only, never the file name or its text.
        spdlog::debug("draft file: format={} status={} findings={} unread={} ms={}",
                      documents::formatId(scan.format).toStdString(),
                      documents::fileStatusId(scan.status).toStdString(), scan.findings.size(), scan.unread.size(),
                      timer.elapsed());
        const QThread* thread = QThread::currentThread();
        QMetaObject::invokeMethod(
            this,
            [this, id, scan = std::move(scan), cancelled, stoppedEarly, thread] {
                deliver(id, scan, cancelled, stoppedEarly, thread);
            },
            Qt::QueuedConnection);
    });
}

DraftFilesPanel::Entry* DraftFilesPanel::find(quint64 id)
{
    for (Entry& e : m_files)
        if (e.id == id)
            return &e;
    return nullptr;
}

int DraftFilesPanel::indexOf(const QTreeWidgetItem* item) const
{
    if (!item)
        return -1;
    for (int i = 0; i < m_files.size(); ++i)
        if (m_files[i].item == item)
            return i;
    return -1;
}

void DraftFilesPanel::onProgress(quint64 id, int percent)
{
    Entry* e = find(id);
    if (!e || e->state != State::Reading)
        return;
    e->percent = percent;
    renderStatus(*e);
}

void DraftFilesPanel::deliver(quint64 id, const FileScan& scan, bool jobCancelled, bool stoppedEarly,
                              const QThread* thread)
{
    --m_running;
    m_lastJobThread = thread;
    m_lastJobStoppedEarly = stoppedEarly;
    Entry* e = find(id);
    if (!e) { // removed meanwhile
        updateButtons();
        return;
    }
    if (e->cancelRequested || jobCancelled) {
        e->state = State::Cancelled;
        e->scan = FileScan();
        e->scan.problem = documents::Problem::Cancelled;
    } else {
        e->scan = scan;
        e->state = scan.status == FileScan::Status::Checked  ? State::Checked
                   : scan.status == FileScan::Status::NoText ? State::NoText
                                                             : State::NotChecked;
    }
    e->scan.path = e->path;
    renderEntry(*e);
    if (m_tree->currentItem() == e->item)
        showDetails(e->item);
    updateButtons();
    Q_EMIT changed();
}

void DraftFilesPanel::removeFile(int index)
{
    if (index < 0 || index >= m_files.size())
        return;
    Entry& e = m_files[index];
    if (e.cancel)
        e.cancel->store(true); // a running job stops soon; its result finds no entry
    delete e.item;
    m_files.removeAt(index);
    updateButtons();
    Q_EMIT changed();
}

void DraftFilesPanel::removeAll()
{
    if (m_files.isEmpty())
        return;
    for (Entry& e : m_files)
        if (e.cancel)
            e.cancel->store(true);
    m_files.clear();
    m_tree->clear();
    m_detailLabel->clear();
    updateButtons();
    Q_EMIT changed();
}

void DraftFilesPanel::cancelFile(int index)
{
    if (index < 0 || index >= m_files.size())
        return;
    Entry& e = m_files[index];
    if (e.state != State::Reading || e.cancelRequested)
        return;
    e.cancelRequested = true;
    e.cancel->store(true);
    renderStatus(e);
    updateButtons();
}

void DraftFilesPanel::cancelAll()
{
    for (int i = 0; i < m_files.size(); ++i)
        cancelFile(i);
}

DraftFilesPanel::State DraftFilesPanel::state(int index) const
{
    return m_files.value(index).state;
}

QString DraftFilesPanel::fileName(int index) const
{
    return m_files.value(index).name;
}

QString DraftFilesPanel::statusText(int index) const
{
    const QTreeWidgetItem* item = m_files.value(index).item;
    return item ? item->text(1) : QString();
}

QList<ScanFinding> DraftFilesPanel::fileFindings(int index) const
{
    return m_files.value(index).scan.findings;
}

QList<FindingPlace> DraftFilesPanel::filePlaces(int index) const
{
    return m_files.value(index).scan.places;
}

QList<ScanFinding> DraftFilesPanel::findings() const
{
    QList<ScanFinding> all;
    for (const Entry& e : m_files)
        if (e.state == State::Checked)
            all.append(e.scan.findings);
    return all;
}

int DraftFilesPanel::pendingCount() const
{
    return static_cast<int>(
        std::count_if(m_files.cbegin(), m_files.cend(), [](const Entry& e) { return e.state == State::Reading; }));
}

int DraftFilesPanel::incompleteCount() const
{
    return static_cast<int>(std::count_if(m_files.cbegin(), m_files.cend(), [](const Entry& e) {
        return e.state == State::NoText || e.state == State::NotChecked || e.state == State::Cancelled ||
               (e.state == State::Checked && !e.scan.unread.isEmpty());
    }));
}

int DraftFilesPanel::checkedCount() const
{
    return static_cast<int>(
        std::count_if(m_files.cbegin(), m_files.cend(), [](const Entry& e) { return e.state == State::Checked; }));
}

bool DraftFilesPanel::waitForIdle(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_running > 0 && !deadline.hasExpired()) {
        m_pool.waitForDone(20);
        QCoreApplication::sendPostedEvents(this);
        QCoreApplication::processEvents();
    }
    QCoreApplication::sendPostedEvents(this);
    return m_running == 0;
}

// ---- rendering ------------------------------------------------------------------------------------

void DraftFilesPanel::renderStatus(Entry& e)
{
    QTreeWidgetItem* item = e.item;
    QString status;
    QColor background;
    bool warn = false;
    switch (e.state) {
    case State::Reading:
        if (e.cancelRequested)
            status = tr("Wird abgebrochen …");
        else if (e.percent >= 0)
            status = tr("Wird gelesen … %1 %").arg(e.percent);
        else
            status = tr("Wird gelesen …");
        break;
    case State::Checked: {
        const Outcome outcome = draftOutcome(m_pack, e.scan.summary);
        const LevelText* level = m_pack.level(outcome.level);
        const QString levelText = verdictText(outcome.verdictId(), outcome.level,
                                              outcome.blocked ? m_pack.blocked.title
                                              : level         ? level->title
                                                              : QString());
        const int total = e.scan.summary.total;
        status =
            total > 0 ? tr("%n Fund(e) – %1", nullptr, total).arg(levelText) : tr("Keine Funde – %1").arg(levelText);
        if (!e.scan.unread.isEmpty()) {
            status += tr("; nicht alles gelesen");
            warn = true;
            background = total > 0 ? toneBackground(outcome) : kWarnBackground;
        } else {
            background = toneBackground(outcome);
        }
        break;
    }
    case State::NoText:
        status = tr("Keine Textebene (Scan) – nicht geprüft");
        background = kWarnBackground;
        warn = true;
        break;
    case State::NotChecked:
        status = tr("Nicht geprüft: %1").arg(problemInShort(e.scan.problem));
        background = kWarnBackground;
        warn = true;
        break;
    case State::Cancelled:
        status = tr("Abgebrochen – nicht geprüft");
        background = kWarnBackground;
        warn = true;
        break;
    }
    item->setText(1, status);
    item->setToolTip(1, status);
    item->setIcon(1, warn ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    if (background.isValid()) {
        item->setBackground(1, background);
        item->setForeground(1, kToneText);
    } else {
        item->setData(1, Qt::BackgroundRole, QVariant());
        item->setData(1, Qt::ForegroundRole, QVariant());
    }
}

void DraftFilesPanel::renderEntry(Entry& e)
{
    QTreeWidgetItem* item = e.item;
    const bool wasExpanded = item->isExpanded();
    qDeleteAll(item->takeChildren());
    item->setText(0, e.name);
    item->setToolTip(0, QDir::toNativeSeparators(e.path));
    item->setIcon(0, style()->standardIcon(QStyle::SP_FileIcon));
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    renderStatus(e);

    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    auto addNote = [&](const QString& text) {
        auto* note = new QTreeWidgetItem(item, {text});
        note->setData(0, KindRole, NoteRow);
        note->setIcon(0, warning);
        note->setToolTip(0, text);
        note->setFirstColumnSpanned(true);
    };
    switch (e.state) {
    case State::NotChecked:
        addNote(e.scan.message);
        break;
    case State::NoText:
        for (const Unread& u : e.scan.unread)
            addNote(documents::unreadText(u));
        if (e.scan.unread.isEmpty())
            addNote(tr("Kein lesbarer Text, nur Bilder – nicht geprüft"));
        break;
    case State::Cancelled:
        addNote(tr("Abgebrochen – erneut hinzufügen, um die Datei zu prüfen"));
        break;
    case State::Checked: {
        const QList<ScanFinding>& findings = e.scan.findings;
        const int shown = std::min<int>(static_cast<int>(findings.size()), kMaxFindingRows);
        for (int i = 0; i < shown; ++i) {
            const ScanFinding& f = findings[i];
            const QString place = placeOf(e.scan.places.value(i));
            auto* row = new QTreeWidgetItem(item, {place, m_pack.scan->info(f.category).label, shortened(f.text, 60)});
            row->setData(0, KindRole, FindingRow);
            row->setData(0, IndexRole, i);
            for (int c = 0; c < 3; ++c)
                row->setToolTip(c, f.explanation);
        }
        if (findings.size() > shown)
            addNote(tr("… und %n weitere(r) Fund(e), in der Zusammenfassung mitgezählt", nullptr,
                       static_cast<int>(findings.size() - shown)));
        for (const Unread& u : e.scan.unread)
            addNote(documents::unreadText(u));
        break;
    }
    case State::Reading:
        break;
    }
    // Problems are open at once: what was not read must be seen without a click.
    const bool open = e.state == State::NotChecked || e.state == State::NoText ||
                      (e.state == State::Checked && !e.scan.unread.isEmpty());
    item->setExpanded(wasExpanded || open);
    fitColumns();
}

void DraftFilesPanel::showDetails(QTreeWidgetItem* item)
{
    if (!item) {
        m_detailLabel->clear();
        return;
    }
    QTreeWidgetItem* top = item;
    while (top->parent())
        top = top->parent();
    const int index = indexOf(top);
    if (index < 0) {
        m_detailLabel->clear();
        return;
    }
    const Entry& e = m_files[index];
    switch (item->data(0, KindRole).toInt()) {
    case FindingRow: {
        const int i = item->data(0, IndexRole).toInt();
        const ScanFinding f = e.scan.findings.value(i);
        m_detailLabel->setText(tr("%1, %2 – %3: „%4“ – %5 (Sicherheit %6 %)")
                                   .arg(e.name, placeOf(e.scan.places.value(i)), m_pack.scan->info(f.category).label,
                                        shortened(f.text, 200), f.explanation)
                                   .arg(qRound(f.confidence * 100)));
        break;
    }
    case NoteRow:
        m_detailLabel->setText(tr("%1: %2").arg(e.name, item->text(0)) + u'\n' + selfCheckHint(e.state));
        break;
    default: {
        QString text = tr("%1: %2").arg(e.name, item->text(1));
        if (e.state == State::NotChecked)
            text = tr("%1: Nicht geprüft – %2").arg(e.name, e.scan.message);
        if (e.state != State::Checked && e.state != State::Reading)
            text += u'\n' + selfCheckHint(e.state);
        if (e.state == State::Checked) {
            QStringList facts;
            if (e.scan.pages > 0)
                facts << tr("%n Seite(n)", nullptr, e.scan.pages);
            if (e.scan.sheets > 0)
                facts << tr("%n Tabelle(n)", nullptr, e.scan.sheets);
            facts << tr("%1 Zeichen gelesen").arg(QLocale().toString(e.scan.characters));
            text += QStringLiteral(" (") + facts.join(QStringLiteral(", ")) + u')';
            QStringList answers;
            for (auto it = e.scan.summary.answers.cbegin(); it != e.scan.summary.answers.cend(); ++it) {
                const Question* q = m_pack.question(it.key());
                const AnswerOption* o = q ? q->option(it.value()) : nullptr;
                if (q && o)
                    answers << tr("%1: %2").arg(q->title, o->label);
            }
            if (!answers.isEmpty())
                text += u'\n' + tr("Daraus erkannt: %1").arg(answers.join(QStringLiteral("; ")));
        }
        m_detailLabel->setText(text);
        break;
    }
    }
}

QString DraftFilesPanel::selfCheckHint(State state)
{
    switch (state) {
    case State::NoText:
        return tr("KI-Lotse kann Text in Bildern und eingescannten Seiten nicht prüfen: Prüfen Sie den Inhalt selbst, "
                  "bevor Sie die Datei weitergeben.");
    case State::NotChecked:
        return tr("Prüfen Sie den Inhalt selbst, bevor Sie die Datei weitergeben.");
    case State::Cancelled:
        return tr("Die Datei ist nicht geprüft. Fügen Sie sie erneut hinzu, um sie zu prüfen.");
    case State::Checked:
        return tr("Was nicht gelesen werden konnte, prüfen Sie bitte selbst.");
    case State::Reading:
        break;
    }
    return QString();
}

void DraftFilesPanel::fitColumns()
{
    // The file names and statuses in full where the list is wide enough; each at most 40 % of it.
    const int cap = std::max(160, m_tree->viewport()->width() * 2 / 5);
    for (int c = 0; c < 2; ++c) {
        m_tree->resizeColumnToContents(c);
        m_tree->header()->resizeSection(c, std::clamp(m_tree->header()->sectionSize(c), 120, cap));
    }
}

void DraftFilesPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    fitColumns();
}

void DraftFilesPanel::updateButtons()
{
    const int pending = pendingCount();
    m_removeButton->setEnabled(m_tree->currentItem() != nullptr);
    m_removeAllButton->setEnabled(!m_files.isEmpty());
    const bool cancellable = std::any_of(m_files.cbegin(), m_files.cend(), [](const Entry& e) {
        return e.state == State::Reading && !e.cancelRequested;
    });
    m_cancelButton->setEnabled(cancellable);
    if (m_files.isEmpty()) {
        m_summaryLabel->setText(
            tr("Ziehen Sie Dateien hierher oder wählen Sie „Dateien hinzufügen …“. Gelesen werden PDF, Word (DOCX), "
               "Excel (XLSX), LibreOffice (ODT, ODS), E-Mails (EML) und Textdateien – nur auf diesem Rechner, "
               "nichts davon wird gespeichert. Text in Bildern und eingescannte Seiten ohne Textebene kann "
               "KI-Lotse nicht prüfen."));
        return;
    }
    QString text = tr("%n Datei(en)", nullptr, fileCount());
    QStringList parts;
    if (const int checked = checkedCount(); checked > 0)
        parts << tr("%n geprüft", nullptr, checked);
    if (pending > 0)
        parts << tr("%n wird/werden gelesen", nullptr, pending);
    if (const int incomplete = incompleteCount(); incomplete > 0)
        parts << tr("%n nicht oder nicht vollständig geprüft", nullptr, incomplete);
    if (!parts.isEmpty())
        text += QStringLiteral(": ") + parts.join(QStringLiteral(", "));
    m_summaryLabel->setText(text + u'.');
}

// ---- drops ----------------------------------------------------------------------------------------

void DraftFilesPanel::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void DraftFilesPanel::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void DraftFilesPanel::dropEvent(QDropEvent* event)
{
    if (addMimeData(event->mimeData()))
        event->acceptProposedAction();
}

} // namespace kilotse::gui
