// libFuzzer target for the draft scanner (clang -fsanitize=fuzzer,address,undefined; preset "fuzz").
// The input is read twice: as UTF-16 code units (lone surrogates, odd characters) and as UTF-8
// (what files and pipes deliver). Checks the scanner's contract on every input: findings in
// bounds, sorted, without overlap, their text equal to the slice; pseudonymise → restore gives the
// draft back; the JSON output (document, compact and NDJSON) is well-formed JSON; a scanner with an
// organisation profile keeps the same contract; the identifier matchers never reach outside the
// text; a long text scanned concurrently gives the single pass's findings.

#include "policy/PolicyLoader.h"
#include "scan/IdentifierFormats.h"
#include "scan/ScanAnalysis.h"
#include "scan/ScanJson.h"
#include "scan/Scanner.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>
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

// The same rules with an organisation profile (settings organisation/*).
const Scanner& ownScanner()
{
    static std::optional<Scanner> s;
    if (!s) {
        ScanRules rules = scanner().rules();
        rules.organisation.name = QStringLiteral("Stadt Zittau");
        rules.organisation.domains = {QStringLiteral("zittau.de")};
        rules.organisation.addresses = {QStringLiteral("Markt 1, 02763 Zittau")};
        rules.organisation.phonePrefixes = {QStringLiteral("03583 752"), QStringLiteral("+49 3583 752")};
        rules.organisation.ibans = {QStringLiteral("DE89 3704 0044 0532 0130 00")};
        rules.organisation.offices = {QStringLiteral("Amt für Kinder")};
        s.emplace(rules);
    }
    return *s;
}

bool sameFindings(const QList<ScanFinding>& a, const QList<ScanFinding>& b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype k = 0; k < a.size(); ++k)
        if (a[k].start != b[k].start || a[k].length != b[k].length || a[k].category != b[k].category)
            return false;
    return true;
}

void checkContract(const Scanner& sc, const QString& text, const QList<ScanFinding>& findings)
{
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
}

void check(const QString& text)
{
    const Scanner& sc = scanner();
    const QList<ScanFinding> findings = sc.scan(text);
    checkContract(sc, text, findings);
    checkContract(ownScanner(), text, ownScanner().scan(text));

    // Every JSON form parses, and the NDJSON has one line per finding plus the summary.
    const ScanSummary summary = summariseScan(sc.rules(), findings);
    for (const ScanJsonStyle style : {ScanJsonStyle::Pretty, ScanJsonStyle::Compact}) {
        const QByteArray json = scanToJson(sc.rules(), text, findings, summary, {2, QStringLiteral("level_2")}, style);
        if (!nlohmann::json::accept(json.constBegin(), json.constEnd()))
            std::abort();
    }
    const QByteArray lines =
        scanToJson(sc.rules(), text, findings, summary, {2, QStringLiteral("level_2")}, ScanJsonStyle::Lines);
    const QList<QByteArray> rows = lines.split('\n');
    if (rows.size() != findings.size() + 2 || !rows.last().isEmpty())
        std::abort();
    for (qsizetype k = 0; k + 1 < rows.size(); ++k)
        if (!nlohmann::json::accept(rows[k].constBegin(), rows[k].constEnd()))
            std::abort();

    // The identifier matchers at the first 256 word starts: never past the end of the text.
    int starts = 0;
    for (qsizetype pos = 0; pos < text.size() && starts < 256; ++pos) {
        if (!text[pos].isLetterOrNumber() || (pos > 0 && text[pos - 1].isLetterOrNumber()))
            continue;
        ++starts;
        const qsizetype rest = text.size() - pos;
        if (ident::ibanAt(text, pos).length > rest || ident::taxNumberAt(text, pos, true).length > rest ||
            ident::taxNumberAt(text, pos, false).length > rest ||
            ident::documentNumberAt(text, pos, true).length > rest || ident::mrzLineAt(text, pos) > rest ||
            ident::practiceNumberAt(text, pos) > rest)
            std::abort();
    }

    // Now and then: the input repeated to a long text, scanned on two threads, gives the same.
    if (!text.isEmpty() && text.size() < 4096 && qHash(text) % 128 == 0) {
        QString longText;
        while (longText.size() < 2 * 8 * Scanner::kContextMargin)
            longText += text;
        if (!sameFindings(sc.scanConcurrently(longText, 2), sc.scan(longText)))
            std::abort();
    }
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
