#pragma once

#include "policy/PolicyPack.h"
#include "scan/ScanAnalysis.h"
#include "scan/Scanner.h"

#include <QPlainTextEdit>
#include <QSet>
#include <QUrl>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;
class QTreeWidget;

class QThread;

namespace kilotse::gui {

class DraftFilesPanel;

// The draft editor: plain text only, and a text file can be dropped onto it (read locally, never
// kept anywhere but in the editor). Documents (PDF, Word, Excel …) and several files at once go to
// the page's file list instead (filesDropped).
class DraftEditor : public QPlainTextEdit
{
    Q_OBJECT
public:
    using QPlainTextEdit::QPlainTextEdit;
    // What a drop or paste does: a single local text file is read and inserted, documents and
    // several files go to the file list, other text is inserted as plain text.
    void insertMimeData(const QMimeData* source) { insertFromMimeData(source); }

Q_SIGNALS:
    // A dropped file could not be used: the file name and what is wrong with it.
    void dropRejected(const QString& fileName, const QString& problem);
    // Documents or several files were dropped: they belong in the file list.
    void filesDropped(const QList<QUrl>& urls);

protected:
    bool canInsertFromMimeData(const QMimeData* source) const override;
    void insertFromMimeData(const QMimeData* source) override;
};

// "Entwurf prüfen": the clerk pastes the draft prompt and sees, while typing, what in it is personal
// data or marked secret — highlighted in the text and listed with an explanation — and the
// Schutzstufe that follows. Findings can be ignored for this text, the answers can be handed to the
// check, and the draft can be pseudonymised and a tool's answer restored. Everything stays in
// memory: nothing of the text is logged or stored, and the mapping is gone when the page closes.
class DraftPage : public QWidget
{
    Q_OBJECT
public:
    DraftPage(const PolicyPack& pack, QWidget* parent = nullptr);
    ~DraftPage() override;

    // For tests and the screenshot tour.
    DraftEditor* editor() const { return m_editor; }
    void setDraftText(const QString& text);
    void scanNow(); // skips the debounce and waits for the result
    // The thread that ran the last applied scan (the UI thread for short texts, a pool thread for
    // long ones): tests prove with it that a large draft never blocks the window.
    const QThread* lastScanThread() const;
    const QList<ScanFinding>& findings() const { return m_findings; }
    // The typed text's findings (without ignored ones) and every checked file's findings together:
    // what the check and the record get.
    ScanSummary summary() const;
    void ignoreFinding(int row, bool ignored);
    void pseudonymiseDraft();
    QString pseudonymisedText() const;
    QString restore(const QString& answer); // fills the restore tab, returns the restored text
    void showTab(int index);                // 0 draft, 1 pseudonymised, 2 restore
    void showFiles();                       // the "Dateien" tab
    void focusFirstInput();
    // Files: read and scanned off the UI thread; their findings count in summary() like typed text.
    DraftFilesPanel* filesPanel() const { return m_files; }
    void addFiles(const QStringList& paths); // shows the files tab
    void chooseFiles();                      // the file dialog, then the files tab
    // Number of findings per category id (findings set aside with "Ignorieren" not counted), or
    // nullopt while nothing has been scanned. Counts only: a record may carry them, never the text.
    std::optional<QMap<QString, int>> findingCounts() const;

Q_SIGNALS:
    // The clerk wants the draft's evidence in the check.
    void answersSuggested(const kilotse::ScanSummary& summary, const QStringList& categoryLabels);
    // After every scan, ignore or edit: the draft's findings changed (nullopt: the draft is empty).
    void summaryChanged(const std::optional<kilotse::ScanSummary>& summary);

private:
    void scheduleScan();
    void applyResult(const QList<ScanFinding>& findings, qint64 nanoseconds);
    void refreshList();
    void refreshHighlights();
    void refreshSummary();
    void refreshFilesTab();
    bool hasContent() const; // typed text or a file with a result
    void copyToClipboard(const QString& text);
    QString findingKey(const ScanFinding& f) const;

    const PolicyPack& m_pack;
    std::optional<Scanner> m_scanner;
    DraftEditor* m_editor = nullptr;
    QTreeWidget* m_list = nullptr;
    QLabel* m_levelLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_detailLabel = nullptr;
    QPushButton* m_ignoreButton = nullptr;
    QPushButton* m_applyButton = nullptr;
    QPushButton* m_pseudonymiseButton = nullptr;
    QTabWidget* m_tabs = nullptr;
    DraftFilesPanel* m_files = nullptr; // null without scan rules
    QPlainTextEdit* m_pseudonymisedView = nullptr;
    QLabel* m_pseudonymNote = nullptr;
    QPlainTextEdit* m_answerInput = nullptr;
    QPlainTextEdit* m_restoredView = nullptr;
    QLabel* m_restoreStatus = nullptr;
    class DraftScanController* m_scan = nullptr; // when and where scans run; null without scan rules

    QList<ScanFinding> m_findings;
    QSet<QString> m_ignored;       // category + text of findings the clerk set aside for this text
    Pseudonymised m_pseudonymised; // the mapping lives here, in memory only
};

} // namespace kilotse::gui
