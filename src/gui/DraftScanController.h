#pragma once

#include "scan/Scanner.h"

#include <QObject>
#include <QString>

#include <functional>

class QThread;
class QTimer;

namespace kilotse::gui {

// When and where the draft page's text is scanned: after a pause in typing (debounce), short
// texts right away on the UI thread, long ones on a worker thread with the result posted back;
// a result for a text that has changed since is dropped. The page only shows results
// (findingsReady) and says what runs (scanStarted). Owns a copy of the scanner; the text is read
// through `text` when a scan starts, never stored.
class DraftScanController : public QObject
{
    Q_OBJECT
public:
    // `scanner` is copied (its compiled tables are shared, not rebuilt).
    DraftScanController(const Scanner& scanner, std::function<QString()> text, QObject* parent = nullptr);
    ~DraftScanController() override; // waits for a running worker scan

    // The text changed: earlier results are stale; scan after the debounce pause.
    void textChanged();
    // Scan now and wait for the result (tests, and when a result is needed at once).
    void scanNow();
    // The thread that ran the last delivered scan (the UI thread or a worker).
    const QThread* lastScanThread() const { return m_lastThread; }

    static constexpr qsizetype kSyncScanChars = 50000; // up to this many characters: on the UI thread
    static constexpr int kDebounceMs = 250;

Q_SIGNALS:
    // A worker scan of `characters` characters has started (the page shows "Prüfe …").
    void scanStarted(qsizetype characters);
    void findingsReady(const QList<kilotse::ScanFinding>& findings, qint64 nanoseconds);

private:
    void start();
    void deliver(quint64 generation, const QList<ScanFinding>& findings, qint64 nanoseconds, const QThread* thread);

    Scanner m_scanner;
    std::function<QString()> m_text;
    QTimer* m_debounce = nullptr;
    quint64 m_generation = 0; // bumped on every edit
    bool m_running = false;
    const QThread* m_lastThread = nullptr;
};

} // namespace kilotse::gui
