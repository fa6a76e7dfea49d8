// bench-scan: throughput of the draft scanner on 1 MB and 10 MB of mixed administrative text
// (single thread), and — in the same run, on the same corpus and evaluation set — established
// PII libraries from the npm registry (tests/bench/peers/peers.mjs), with speed ratios and recall.
//
//   bench-scan [--eval EVAL.jsonl] [--sizes 1,10] [--corpora mix,clean] [--peers-dir DIR] [--peer-mb 1]
//              [--runs N] [--min-seconds S] [--cli PATH/ki-lotse-cli] [--process-peer-seconds S]
//
// Then the path an admin takes: `ki-lotse-cli scan --format json FILE > out.json` as a whole process
// (start-up, reading, scanning on every core, writing the JSON) on the same 1 and 10 MB, against
// the in-process figure and the peers run the same way (peer-cli.mjs through peers.mjs --process).
// Prints a table and whether the targets are met (≥ 100 MB/s, faster than every peer measured,
// ≥ 20× the most accurate peer); with KI_LOTSE_BENCH_ENFORCE=1 a miss is exit code 1. Two corpora:
// "eval mix" (all evaluation texts: two thirds full of identifiers, about one finding per 100 bytes)
// and "clean" (the clean texts only: § citations, budget figures, dates, office addresses).
// Without node or installed peers it measures the scanner alone and says so.

#include "EvalSet.h"
#include "TestConfig.h"
#include "policy/PolicyLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace kilotse;

namespace {

// The evaluation texts in a fixed shuffled order, repeated until `bytes` of UTF-8.
QByteArray corpus(const QList<eval::Document>& documents, qsizetype bytes)
{
    std::vector<int> order(static_cast<std::size_t>(documents.size()));
    for (std::size_t k = 0; k < order.size(); ++k)
        order[k] = static_cast<int>(k);
    std::mt19937 rng(20261122);
    QByteArray out;
    out.reserve(bytes + 4096);
    while (out.size() < bytes) {
        std::shuffle(order.begin(), order.end(), rng);
        for (int k : order) {
            out += documents.at(k).text.toUtf8();
            out += "\n\n";
            if (out.size() >= bytes)
                break;
        }
    }
    return out;
}

struct Timing
{
    double best = 0;
    double median = 0;
    qsizetype findings = 0;
    int runs = 0;
};

// At least `runs` scans and at least `minSeconds` of scanning: on a shared machine the speed comes
// and goes in phases of a fraction of a second to a few seconds, and eleven 10-ms runs in a row would
// all land in one of them. Spreading the runs over a longer window lets the median describe the
// machine's usual state rather than one moment (the same reason Google Benchmark has a min_time).
Timing timeScan(const Scanner& scanner, const QString& text, int runs, double minSeconds)
{
    std::vector<double> seconds;
    qsizetype findings = 0;
    QElapsedTimer window;
    window.start();
    for (int r = 0; r < runs || static_cast<double>(window.nsecsElapsed()) / 1e9 < minSeconds; ++r) {
        QElapsedTimer t;
        t.start();
        findings = scanner.scan(text).size();
        seconds.push_back(static_cast<double>(t.nsecsElapsed()) / 1e9);
    }
    std::sort(seconds.begin(), seconds.end());
    return {seconds.front(), seconds[seconds.size() / 2], findings, static_cast<int>(seconds.size())};
}

// Wall time of whole runs of `program args`, stdout into `outFile` (written, as a user's shell would).
struct ProcessTiming
{
    double best = 0;
    double median = 0;
    qint64 outputBytes = 0;
    int runs = 0;
    bool failed = false;
    std::vector<double> samples;
};
ProcessTiming timeProcess(const QString& program, const QStringList& args, const QString& outFile, int runs)
{
    ProcessTiming result;
    std::vector<double> seconds;
    for (int r = 0; r < runs; ++r) {
        QProcess p;
        p.setStandardOutputFile(outFile, QIODevice::Truncate);
        p.setStandardErrorFile(QProcess::nullDevice());
        QElapsedTimer t;
        t.start();
        p.start(program, args);
        // `scan` ends with 3 when it found something (the corpus has findings), 0 when not.
        if (!p.waitForFinished(10 * 60 * 1000) || p.exitStatus() != QProcess::NormalExit ||
            (p.exitCode() != 0 && p.exitCode() != 3)) {
            result.failed = true;
            return result;
        }
        seconds.push_back(static_cast<double>(t.nsecsElapsed()) / 1e9);
    }
    std::sort(seconds.begin(), seconds.end());
    result.best = seconds.front();
    result.median = seconds[seconds.size() / 2];
    result.outputBytes = QFileInfo(outFile).size();
    result.runs = runs;
    return result;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QString evalPath = QStringLiteral(KI_LOTSE_SOURCE_DIR "/tests/data/scan-eval/eval.jsonl");
    QString peersDir = QStringLiteral(KI_LOTSE_SOURCE_DIR "/tests/bench/peers");
    QList<int> sizes{1, 10};
    int peerMb = 1;
    int runs = 11;           // per 1 MB corpus; 10 MB gets half as many (at least 5). The target is on the median.
    double minSeconds = 2.0; // of timed scans per corpus and size (--min-seconds)
    QStringList corpora{QStringLiteral("mix"), QStringLiteral("clean")};
    QString cli = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("ki-lotse-cli"));
    int processPeerSeconds = 30;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i + 1 < args.size(); i += 2) {
        const QString& key = args[i];
        const QString& value = args[i + 1];
        if (key == QStringLiteral("--eval"))
            evalPath = value;
        else if (key == QStringLiteral("--peers-dir"))
            peersDir = value;
        else if (key == QStringLiteral("--peer-mb"))
            peerMb = value.toInt();
        else if (key == QStringLiteral("--runs"))
            runs = std::max(1, value.toInt());
        else if (key == QStringLiteral("--min-seconds"))
            minSeconds = std::max(0.0, value.toDouble());
        else if (key == QStringLiteral("--corpora"))
            corpora = value.split(u',');
        else if (key == QStringLiteral("--cli"))
            cli = value;
        else if (key == QStringLiteral("--process-peer-seconds"))
            processPeerSeconds = std::max(1, value.toInt());
        else if (key == QStringLiteral("--sizes")) {
            sizes.clear();
            for (const QString& s : value.split(u','))
                sizes << s.toInt();
        }
    }

    QList<eval::Document> documents;
    QString error;
    if (!eval::load(evalPath, &documents, &error)) {
        std::fprintf(stderr, "bench-scan: %s\n", qPrintable(error));
        return 2;
    }
    const PolicyLoadResult loaded = loadPolicyPack(bundledPolicyDirectory(), PackOrigin::Bundled);
    if (!loaded.ok() || !loaded.pack->scan) {
        std::fprintf(stderr, "bench-scan: bundled pack without scan rules\n");
        return 2;
    }
    QElapsedTimer build;
    build.start();
    const Scanner scanner(*loaded.pack->scan);
    std::printf("Scanner tables built in %.1f ms (%lld first names, %lld phrase groups)\n",
                static_cast<double>(build.nsecsElapsed()) / 1e6,
                static_cast<long long>(loaded.pack->scan->firstNames.size()),
                static_cast<long long>(loaded.pack->scan->phrases.size()));

    // ---- our throughput --------------------------------------------------------------------
    QList<eval::Document> clean;
    for (const eval::Document& d : std::as_const(documents))
        if (d.expected.isEmpty())
            clean.append(d);
    std::printf("\nKI-Lotse scanner, single thread; corpus = evaluation texts shuffled and repeated to the size\n");
    std::printf("%-30s %8s %10s %12s %10s %12s %10s %6s\n", "corpus", "size", "decode ms", "scan best s", "median s",
                "MB/s (best)", "findings", "runs");
    double ours1mb = 0;
    double oursWorst = 1e18;
    struct Corpus
    {
        const char* name;
        const QList<eval::Document>* docs;
        bool oneLine = false; // line breaks replaced by blanks: a browser paste, a long paragraph
    };
    for (const Corpus& c : {Corpus{"eval mix (all 269 texts)", &documents}, Corpus{"clean texts only", &clean},
                            Corpus{"eval mix, no line breaks", &documents, true}}) {
        if (!corpora.contains(QLatin1String(c.docs == &documents ? "mix" : "clean")))
            continue;
        for (int mb : sizes) {
            QByteArray bytes = corpus(*c.docs, static_cast<qsizetype>(mb) * 1000 * 1000);
            if (c.oneLine)
                bytes.replace('\n', ' ');
            QElapsedTimer decode;
            decode.start();
            const QString text = QString::fromUtf8(bytes);
            const double decodeMs = static_cast<double>(decode.nsecsElapsed()) / 1e6;
            scanner.scan(text.left(100000)); // warm caches
            const Timing t = timeScan(scanner, text, mb >= 10 ? std::max(5, runs / 2) : runs, minSeconds);
            const double mbps = static_cast<double>(bytes.size()) / 1e6 / t.best;
            const double mbpsMedian = static_cast<double>(bytes.size()) / 1e6 / t.median;
            if (mb == peerMb && c.docs == &documents && !c.oneLine)
                ours1mb = mbps;
            oursWorst = std::min(oursWorst, mbpsMedian);
            std::printf("%-30s %5d MB %10.1f %12.4f %10.4f %12.1f %10lld %6d\n", c.name, mb, decodeMs, t.best, t.median,
                        mbps, static_cast<long long>(t.findings), t.runs);
        }
    }

    // ---- our recall, counted the way the peers are counted (any overlapping finding) ----------
    const eval::Scores s = eval::score(documents, scanner);
    const double oursItemRecall = s.all.expected ? double(s.anyOverlapFound) / s.all.expected : 1.0;
    const double oursDocRecall = s.sensitiveDocuments ? double(s.documentsWithItemHit) / s.sensitiveDocuments : 1.0;
    std::printf("\nRecall on the evaluation set (%d items; an item counts as found if any finding overlaps it):\n",
                s.all.expected);
    std::printf("  KI-Lotse: items %.3f, documents (a labelled item hit) %.3f, false alarms on clean documents %.3f, "
                "German checksum identifiers %.3f\n",
                oursItemRecall, oursDocRecall, s.cleanFalseAlarmRate(), s.checksumBacked.recall());

    // ---- peers ------------------------------------------------------------------------------
    bool ok = oursWorst >= 100.0;
    const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
    const bool peersInstalled = QDir(peersDir).exists(QStringLiteral("node_modules"));
    if (node.isEmpty() || !peersInstalled) {
        std::printf("\nPeers: not measured (%s). tests/bench/scan.sh installs them with npm ci.\n",
                    node.isEmpty() ? "node not found" : "tests/bench/peers/node_modules missing");
    } else {
        QTemporaryDir tmp;
        const QString corpusPath = tmp.filePath(QStringLiteral("corpus.txt"));
        QFile f(corpusPath);
        if (!f.open(QIODevice::WriteOnly) ||
            f.write(corpus(documents, static_cast<qsizetype>(peerMb) * 1000 * 1000)) < 0) {
            std::fprintf(stderr, "bench-scan: cannot write %s\n", qPrintable(corpusPath));
            return 2;
        }
        f.close();
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(node, {QDir(peersDir).filePath(QStringLiteral("peers.mjs")), QStringLiteral("--corpus"), corpusPath,
                       QStringLiteral("--eval"), evalPath, QStringLiteral("--runs"), QStringLiteral("3"),
                       QStringLiteral("--max-seconds"), QStringLiteral("60")});
        if (!p.waitForFinished(15 * 60 * 1000) || p.exitCode() != 0) {
            std::printf("\nPeers: peers.mjs failed (exit %d)\n", p.exitCode());
            return 1;
        }
        const QJsonObject result = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        std::printf("\nSide by side on the same %d MB eval-mix corpus (peers best of 3 runs, Node %s):\n", peerMb,
                    qPrintable(result.value(QStringLiteral("node")).toString()));
        std::printf("%-22s %-9s %-6s %10s %14s %8s %8s %8s %8s\n", "tool", "version", "mode", "MB/s", "KI-Lotse is",
                    "items", "docs", "clean FA", "checksum");
        std::printf("%-22s %-9s %-6s %10.1f %14s %8.3f %8.3f %8.3f %8.3f\n", "ki-lotse scanner", "0.1", "whole",
                    ours1mb, "1.0x", oursItemRecall, oursDocRecall, s.cleanFalseAlarmRate(), s.checksumBacked.recall());
        double bestRecall = -1;
        double bestRecallSpeed = 0;
        QString bestRecallName;
        for (const QJsonValue& v : result.value(QStringLiteral("peers")).toArray()) {
            const QJsonObject peer = v.toObject();
            const QString name =
                peer.value(QStringLiteral("id")).toString(peer.value(QStringLiteral("name")).toString());
            if (!peer.value(QStringLiteral("error")).isNull() && !peer.value(QStringLiteral("error")).isUndefined()) {
                std::printf("%-22s error: %s\n", qPrintable(name),
                            qPrintable(peer.value(QStringLiteral("error")).toString()));
                continue;
            }
            const double mbps = peer.value(QStringLiteral("mb_per_s")).toDouble();
            const QJsonObject recall = peer.value(QStringLiteral("recall")).toObject();
            const double items = recall.value(QStringLiteral("items")).toDouble();
            // Recall on the checksum-backed German identifiers, from the per-category numbers.
            int expected = 0;
            int found = 0;
            const QJsonObject byCategory = recall.value(QStringLiteral("by_category")).toObject();
            for (auto it = byCategory.begin(); it != byCategory.end(); ++it) {
                if (!eval::isChecksumBacked(scanCategoryFromId(it.key())))
                    continue;
                expected += it.value().toObject().value(QStringLiteral("expected")).toInt();
                found += it.value().toObject().value(QStringLiteral("found")).toInt();
            }
            const double ratio = mbps > 0 ? ours1mb / mbps : 0;
            std::printf("%-22s %-9s %-6s %10.2f %13.0fx %8.3f %8.3f %8.3f %8.3f%s\n", qPrintable(name),
                        qPrintable(peer.value(QStringLiteral("version")).toString()),
                        qPrintable(peer.value(QStringLiteral("mode")).toString()), mbps, ratio, items,
                        recall.value(QStringLiteral("documents")).toDouble(),
                        recall.value(QStringLiteral("clean_false_alarm_rate")).toDouble(),
                        expected ? double(found) / expected : 0.0,
                        peer.value(QStringLiteral("stopped_early")).toBool() ? "  (stopped early)" : "");
            ok &= ours1mb > mbps;
            if (items > bestRecall) {
                bestRecall = items;
                bestRecallSpeed = mbps;
                bestRecallName = name;
            }
        }
        if (bestRecall >= 0) {
            const double ratio = bestRecallSpeed > 0 ? ours1mb / bestRecallSpeed : 0;
            std::printf("\nMost accurate peer: %s (item recall %.3f); KI-Lotse is %.0fx faster (target >= 20x)\n",
                        qPrintable(bestRecallName), bestRecall, ratio);
            ok &= ratio >= 20.0;
        }
        std::printf(
            "Peer recall counts any detection of any type that overlaps a labelled item — generous to the peers.\n");
    }
    // ---- whole process, as an admin runs it ---------------------------------------------------
    if (!QFileInfo(cli).isExecutable()) {
        std::printf("\nWhole process: not measured (%s is not executable; --cli PATH).\n", qPrintable(cli));
    } else {
        QTemporaryDir tmp;
        std::printf("\nWhole process, as an admin runs it: ki-lotse-cli scan --format json FILE > out.json\n"
                    "(start-up, reading, the scan on every core (%d here), writing the JSON), eval mix corpus;\n"
                    "peers: node peer-cli.mjs --peer ID FILE > out.json (same corpus, best of their runs)\n",
                    QThread::idealThreadCount());
        std::printf("%-26s %6s %9s %9s %9s %14s %10s\n", "tool", "size", "best s", "median s", "MB/s", "vs in-process",
                    "output MB");
        for (int mb : sizes) {
            const QString corpusPath = tmp.filePath(QStringLiteral("corpus-%1mb.txt").arg(mb));
            QFile f(corpusPath);
            if (!f.open(QIODevice::WriteOnly) ||
                f.write(corpus(documents, static_cast<qsizetype>(mb) * 1000 * 1000)) < 0) {
                std::fprintf(stderr, "bench-scan: cannot write %s\n", qPrintable(corpusPath));
                return 2;
            }
            f.close();
            const double megabytes = static_cast<double>(QFileInfo(corpusPath).size()) / 1e6;
            // In-process and whole-process runs alternate, so both see the same phases of this
            // shared machine; the ratio compares the best of each.
            const QString text = QString::fromUtf8(corpus(documents, static_cast<qsizetype>(mb) * 1000 * 1000));
            ProcessTiming t;
            double inProcessBest = 1e18;
            for (int round = 0; round < (mb >= 10 ? 7 : 11) && !t.failed; ++round) {
                QElapsedTimer inProcessTimer;
                inProcessTimer.start();
                scanner.scan(text);
                inProcessBest = std::min(inProcessBest, static_cast<double>(inProcessTimer.nsecsElapsed()) / 1e9);
                const ProcessTiming one = timeProcess(
                    cli, {QStringLiteral("scan"), QStringLiteral("--format"), QStringLiteral("json"), corpusPath},
                    tmp.filePath(QStringLiteral("out.json")), 1);
                t.failed = one.failed;
                if (one.failed)
                    break;
                t.best = round == 0 ? one.best : std::min(t.best, one.best);
                t.samples.push_back(one.best);
                t.outputBytes = one.outputBytes;
                ++t.runs;
            }
            if (!t.samples.empty()) {
                std::sort(t.samples.begin(), t.samples.end());
                t.median = t.samples[t.samples.size() / 2];
            }
            if (t.failed) {
                std::printf("%-26s %3d MB  failed\n", "ki-lotse-cli scan", mb);
                ok = false;
                continue;
            }
            const double mbps = megabytes / t.best;
            const double inProcess = megabytes / inProcessBest;
            const double ratio = inProcess > 0 ? mbps / inProcess : 0;
            std::printf("%-26s %3d MB %9.3f %9s %9.1f %14s %10s\n", "scanner in-process, 1 thr.", mb, inProcessBest, "",
                        inProcess, "1.00x", "");
            std::printf("%-26s %3d MB %9.3f %9.3f %9.1f %13.2fx %10.1f\n", "ki-lotse-cli scan", mb, t.best, t.median,
                        mbps, ratio, static_cast<double>(t.outputBytes) / 1e6);
            if (mb >= 10) {
                std::printf("  target whole-process >= 0.7x in-process at %d MB: %s\n", mb,
                            ratio >= 0.7 ? "met" : "MISSED");
                ok &= ratio >= 0.7;
            }
            if (node.isEmpty() || !peersInstalled)
                continue;
            QProcess p;
            p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p.start(node, {QDir(peersDir).filePath(QStringLiteral("peers.mjs")), QStringLiteral("--corpus"), corpusPath,
                           QStringLiteral("--process"), QStringLiteral("--runs"), QString::number(mb >= 10 ? 2 : 3),
                           QStringLiteral("--max-seconds"), QString::number(processPeerSeconds)});
            if (!p.waitForFinished(30 * 60 * 1000) || p.exitCode() != 0) {
                std::printf("  peers: peers.mjs --process failed (exit %d)\n", p.exitCode());
                continue;
            }
            const QJsonObject result = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
            for (const QJsonValue& v : result.value(QStringLiteral("peers")).toArray()) {
                const QJsonObject peer = v.toObject();
                const QString name =
                    peer.value(QStringLiteral("id")).toString(peer.value(QStringLiteral("name")).toString());
                const QJsonValue best = peer.value(QStringLiteral("process_mb_per_s"));
                const QJsonValue bound = peer.value(QStringLiteral("process_mb_per_s_upper_bound"));
                if (best.isDouble()) {
                    const double peerMbps = best.toDouble();
                    std::printf("%-26s %3d MB %9.3f %9.3f %9.2f %14s %10.1f   KI-Lotse %.0fx faster%s\n",
                                qPrintable(QStringLiteral("peer ") + name), mb,
                                peer.value(QStringLiteral("process_seconds_best")).toDouble(),
                                peer.value(QStringLiteral("process_seconds_median")).toDouble(), peerMbps, "",
                                peer.value(QStringLiteral("output_bytes")).toDouble() / 1e6,
                                peerMbps > 0 ? mbps / peerMbps : 0,
                                peer.value(QStringLiteral("process_stopped_early")).toBool() ? " (stopped early)" : "");
                    ok &= mbps > peerMbps;
                } else if (bound.isDouble()) {
                    std::printf("%-26s %3d MB  no run finished in %d s: at most %.2f MB/s, KI-Lotse >= %.0fx faster\n",
                                qPrintable(QStringLiteral("peer ") + name), mb, processPeerSeconds, bound.toDouble(),
                                bound.toDouble() > 0 ? mbps / bound.toDouble() : 0);
                } else {
                    std::printf("%-26s %3d MB  error: %s\n", qPrintable(QStringLiteral("peer ") + name), mb,
                                qPrintable(peer.value(QStringLiteral("error")).toString()));
                }
            }
        }
        std::printf("At 1 MB the start-up (reading the policy pack, about 40 ms) weighs as much as the scan; the\n"
                    "ratio target applies from 10 MB, where the size of the input decides.\n");
    }

    std::printf("\nTarget >= 100 MB/s (median, every corpus and size): %s (slowest %.1f MB/s)\n",
                oursWorst >= 100.0 ? "met" : "MISSED", oursWorst);
    std::printf("Targets overall: %s\n", ok ? "met" : "MISSED");
    // Like the start-up benchmark: the numbers are always printed; a miss fails the run only when
    // KI_LOTSE_BENCH_ENFORCE=1 (timings on a shared CI machine are not a unit test).
    return ok || qEnvironmentVariableIntValue("KI_LOTSE_BENCH_ENFORCE") != 1 ? 0 : 1;
}
