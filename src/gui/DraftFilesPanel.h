#pragma once

#include "documents/DocumentScan.h"
#include "policy/PolicyPack.h"
#include "scan/Scanner.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <QWidget>

#include <atomic>
#include <memory>

class QLabel;
class QMimeData;
class QPushButton;
class QThread;
class QTreeWidget;
class QTreeWidgetItem;

namespace kilotse::gui {

// The files of "Entwurf prüfen": PDF, Word, Excel, LibreOffice, e-mail and text files the clerk
// drops or opens (several at once). Each file is read and scanned on a worker thread (one job per
// file, each with its own cancel flag and progress); the list shows per file what was found and
// where (page, sheet and cell, header, mail part …), the Schutzstufe the file calls for, and
// plainly what could not be read (refused files, scans without text layer, pictures, attachments).
// A file that could not be checked is never shown as clean.
//
// Only the findings, their places and the unread notes are kept; the extracted text is gone once
// the file is scanned, and nothing of it (nor the file name) is logged. The page combines the
// files' findings with the typed text's (DraftPage::summary()).
class DraftFilesPanel : public QWidget
{
    Q_OBJECT
public:
    enum class State
    {
        Reading,    // a job is running (or queued)
        Checked,    // read and scanned; findings may be empty, parts may be unread
        NoText,     // no text layer at all (a scan): not checked
        NotChecked, // refused: unsupported, encrypted, corrupt, too large … (message says why)
        Cancelled,  // the clerk cancelled: not checked
    };

    DraftFilesPanel(const PolicyPack& pack, const Scanner& scanner, QWidget* parent = nullptr);
    ~DraftFilesPanel() override; // cancels every job and waits for them

    // Adds files to the list and starts reading them. A file already in the list is read again.
    void addFiles(const QStringList& paths);
    // The local files of a drop or paste; other URLs are listed as not checked. False when the
    // data holds no URLs at all.
    bool addMimeData(const QMimeData* mime);
    // Opens the file dialog (several files, filter of the readable types) and adds the choice.
    void chooseFiles();
    void removeFile(int index);
    void removeAll();
    void cancelFile(int index);
    void cancelAll();

    int fileCount() const { return static_cast<int>(m_files.size()); }
    State state(int index) const;
    QString fileName(int index) const;
    QString statusText(int index) const;
    // The findings of one file (empty unless checked), with their places, parallel.
    QList<ScanFinding> fileFindings(int index) const;
    QList<documents::FindingPlace> filePlaces(int index) const;

    // Every checked file's findings together (for the page's summary).
    QList<ScanFinding> findings() const;
    int pendingCount() const;    // files still being read
    int incompleteCount() const; // files not checked, or checked with parts left unread
    int checkedCount() const;    // files with a result (checked, even if only in part)

    // Tests: waits until no job runs and every result is shown.
    bool waitForIdle(int timeoutMs = 30000);
    // Tests: the thread that read the last delivered file, and whether its reader stopped early
    // because of the cancel flag (rather than reading to the end).
    const QThread* lastJobThread() const { return m_lastJobThread; }
    bool lastJobStoppedEarly() const { return m_lastJobStoppedEarly; }
    QTreeWidget* tree() const { return m_tree; }

    // A dropped file that belongs in this list rather than in the editor: a document format
    // (by suffix or by its first bytes), not a plain text file.
    static bool isDocumentFile(const QString& path);
    // "PDF, Word, Excel …" for the dialog's filter.
    static QString dialogFilter();

Q_SIGNALS:
    // Files were added, removed, read or cancelled: the page recomputes its summary.
    void changed();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Entry
    {
        quint64 id = 0;
        QString path;
        QString name;
        State state = State::Reading;
        int percent = -1;
        bool cancelRequested = false;
        std::shared_ptr<std::atomic<bool>> cancel;
        documents::FileScan scan; // without text
        QTreeWidgetItem* item = nullptr;
    };

    void start(Entry& entry);
    void onProgress(quint64 id, int percent);
    void deliver(quint64 id, const documents::FileScan& scan, bool jobCancelled, bool stoppedEarly,
                 const QThread* thread);
    Entry* find(quint64 id);
    int indexOf(const QTreeWidgetItem* item) const;
    void renderEntry(Entry& entry);
    void renderStatus(Entry& entry);
    void updateButtons();
    void showDetails(QTreeWidgetItem* item);
    void fitColumns();
    static QString selfCheckHint(State state);

    const PolicyPack& m_pack;
    Scanner m_scanner;
    QThreadPool m_pool;
    QList<Entry> m_files;
    quint64 m_nextId = 1;
    int m_running = 0;
    const QThread* m_lastJobThread = nullptr;
    bool m_lastJobStoppedEarly = false;

    QTreeWidget* m_tree = nullptr;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_detailLabel = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_removeButton = nullptr;
    QPushButton* m_removeAllButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace kilotse::gui
