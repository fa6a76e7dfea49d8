// scan-eval: precision and recall of the draft scanner on the labelled evaluation set, per
// category, with the targets of the acceptance criteria. Exit code 1 when a target is missed.
//
//   scan-eval [EVAL.jsonl] [--verbose]

#include "EvalSet.h"
#include "TestConfig.h"
#include "policy/PolicyLoader.h"

#include <QCoreApplication>

#include <cstdio>

using namespace kilotse;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QString path = QStringLiteral(KI_LOTSE_SOURCE_DIR "/tests/data/scan-eval/eval.jsonl");
    bool verbose = false;
    for (const QString& a : app.arguments().mid(1)) {
        if (a == QStringLiteral("--verbose"))
            verbose = true;
        else
            path = a;
    }
    QList<eval::Document> documents;
    QString error;
    if (!eval::load(path, &documents, &error)) {
        std::fprintf(stderr, "scan-eval: %s\n", qPrintable(error));
        return 2;
    }
    const PolicyLoadResult loaded = loadPolicyPack(bundledPolicyDirectory(), PackOrigin::Bundled);
    if (!loaded.ok() || !loaded.pack->scan) {
        std::fprintf(stderr, "scan-eval: the bundled pack does not load or has no scan rules\n");
        return 2;
    }
    const Scanner scanner(*loaded.pack->scan);
    const eval::Scores s = eval::score(documents, scanner);

    std::printf("Evaluation set: %lld documents (%d with sensitive data, %d clean)\n\n",
                static_cast<long long>(documents.size()), s.sensitiveDocuments, s.cleanDocuments);
    std::printf("%-26s %8s %8s %8s %8s %9s %9s\n", "category", "expected", "found", "findings", "correct", "recall",
                "precision");
    auto row = [](const char* name, const eval::CategoryScore& c) {
        std::printf("%-26s %8d %8d %8d %8d %9.3f %9.3f\n", name, c.expected, c.found, c.predicted, c.correct,
                    c.recall(), c.precision());
    };
    for (int k = 0; k < kScanCategoryCount; ++k)
        row(qPrintable(scanCategoryId(static_cast<ScanCategory>(k))), s.byCategory[static_cast<std::size_t>(k)]);
    std::printf("\n");
    row("checksum-backed (6)", s.checksumBacked);
    row("all categories", s.all);
    std::printf("\nDocument-level recall: %d/%d = %.3f\n", s.flaggedSensitive, s.sensitiveDocuments,
                s.documentRecall());
    std::printf("False alarms on clean documents: %d/%d = %.3f\n", s.flaggedClean, s.cleanDocuments,
                s.cleanFalseAlarmRate());

    if (verbose) {
        std::printf("\nMissed items:\n");
        for (const QString& m : s.misses)
            std::printf("  %s\n", qPrintable(m));
        std::printf("\nFindings without a label:\n");
        for (const QString& f : s.falseAlarms)
            std::printf("  %s\n", qPrintable(f));
    }

    struct Target
    {
        const char* what;
        double value;
        double limit;
        bool atLeast;
    };
    const Target targets[] = {
        {"checksum-backed recall >= 0.95", s.checksumBacked.recall(), 0.95, true},
        {"checksum-backed precision >= 0.90", s.checksumBacked.precision(), 0.90, true},
        {"document-level recall >= 0.95", s.documentRecall(), 0.95, true},
        {"false alarms on clean documents <= 0.10", s.cleanFalseAlarmRate(), 0.10, false},
    };
    bool ok = true;
    std::printf("\nTargets:\n");
    for (const Target& t : targets) {
        const bool met = t.atLeast ? t.value >= t.limit : t.value <= t.limit;
        ok &= met;
        std::printf("  [%s] %s (%.3f)\n", met ? "ok" : "MISSED", t.what, t.value);
    }
    return ok ? 0 : 1;
}
