// libFuzzer target for the draft scanner (clang -fsanitize=fuzzer,address,undefined; preset "fuzz").
// The input is read twice: as UTF-16 code units (lone surrogates, odd characters) and as UTF-8
// (what files and pipes deliver). Checks the scanner's contract on every input: findings in
// bounds, sorted, without overlap, their text equal to the slice; pseudonymise → restore gives the
// draft back; the JSON output is produced.

#include "policy/PolicyLoader.h"
#include "scan/ScanAnalysis.h"
#include "scan/ScanJson.h"
#include "scan/Scanner.h"

#include <QCoreApplication>

#include <cstdint>
#include <cstdlib>
#include <optional>

using namespace kilotse;

namespace {

const Scanner& scanner()
{
    static std::optional<Scanner> s;
    if (!s) {
        static int argc = 1;
        static char name[] = "fuzz-scanner";
        static char* argv[] = {name, nullptr};
        static QCoreApplication app(argc, argv);
        const PolicyLoadResult loaded = loadPolicyPack(bundledPolicyDirectory(), PackOrigin::Bundled);
        if (!loaded.ok() || !loaded.pack->scan)
            std::abort();
        s.emplace(*loaded.pack->scan);
    }
    return *s;
}

void check(const QString& text)
{
    const Scanner& sc = scanner();
    const QList<ScanFinding> findings = sc.scan(text);
    qsizetype previousEnd = 0;
    for (const ScanFinding& f : findings) {
        if (f.start < previousEnd || f.length <= 0 || f.end() > text.size() || f.text != text.mid(f.start, f.length) ||
            f.explanation.isEmpty() || f.confidence <= 0 || f.confidence > 1)
            std::abort();
        previousEnd = f.end();
    }
    const Pseudonymised p = pseudonymise(text, findings, sc.rules());
    if (restorePseudonyms(p.text, p.entries).text != text)
        std::abort();
    const ScanSummary summary = summariseScan(sc.rules(), findings);
    if (scanToJson(sc.rules(), text, findings, summary, {2, QStringLiteral("level_2")}).isEmpty())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size > 64 * 1024)
        return 0;
    check(QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    check(QString(reinterpret_cast<const QChar*>(data), static_cast<qsizetype>(size / 2)));
    return 0;
}
