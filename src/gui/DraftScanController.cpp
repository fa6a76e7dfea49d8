#include "DraftScanController.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

namespace kilotse::gui {

namespace {

// One worker for all draft pages: scans of one text are never run side by side.
QThreadPool& scanPool()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(1);
    return pool;
}

} // namespace

DraftScanController::DraftScanController(const Scanner& scanner, std::function<QString()> text, QObject* parent)
    : QObject(parent), m_scanner(scanner), m_text(std::move(text)), m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &DraftScanController::start);
}

DraftScanController::~DraftScanController()
{
    // A running scan posts its result to this object: wait for it before it goes away.
    scanPool().waitForDone();
}

void DraftScanController::textChanged()
{
    ++m_generation;
    m_debounce->start();
}

void DraftScanController::scanNow()
{
    m_debounce->stop();
    start();
    scanPool().waitForDone();
    QCoreApplication::sendPostedEvents(this);
}

void DraftScanController::start()
{
    if (m_running) {
        m_debounce->start(); // the next scan starts when this one is done
        return;
    }
    const QString text = m_text();
    const quint64 generation = m_generation;
    if (text.size() <= kSyncScanChars) {
        QElapsedTimer timer;
        timer.start();
        const QList<ScanFinding> findings = m_scanner.scan(text);
        deliver(generation, findings, timer.nsecsElapsed(), QThread::currentThread());
        return;
    }
    m_running = true;
    Q_EMIT scanStarted(text.size());
    const Scanner scanner = m_scanner;
    QPointer<DraftScanController> self(this);
    scanPool().start([self, scanner, text, generation] {
        QElapsedTimer timer;
        timer.start();
        QList<ScanFinding> findings = scanner.scan(text);
        const qint64 ns = timer.nsecsElapsed();
        const QThread* worker = QThread::currentThread();
        if (self)
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, findings = std::move(findings), ns, worker] {
                    if (self)
                        self->deliver(generation, findings, ns, worker);
                },
                Qt::QueuedConnection);
    });
}

void DraftScanController::deliver(quint64 generation, const QList<ScanFinding>& findings, qint64 nanoseconds,
                                  const QThread* thread)
{
    m_running = false;
    if (generation != m_generation)
        return; // the text changed meanwhile; the debounce already scheduled the next scan
    m_lastThread = thread;
    Q_EMIT findingsReady(findings, nanoseconds);
}

} // namespace kilotse::gui
