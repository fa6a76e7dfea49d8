#include "CliSupport.h"
#include "Command.h"
#include "Config.h"
#include "I18n.h"
#include "TextOutput.h"
#include "check/Check.h"
#include "classify/AnswersFile.h"
#include "classify/Classifier.h"
#include "content/Demos.h"
#include "content/Guidance.h"
#include "content/Label.h"
#include "content/TemplateFill.h"
#include "documents/DocumentScan.h"
#include "output/OutcomeJson.h"
#include "policy/PolicyLoader.h"
#include "policy/PolicyLocator.h"
#include "registry/ServiceIo.h"
#include "registry/Tools.h"
#include "report/CheckRecord.h"
#include "report/RecordRender.h"
#include "scan/DraftText.h"
#include "scan/ScanAnalysis.h"
#include "scan/ScanJson.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <future>
#include <limits>
#include <thread>
#include <vector>

namespace kilotse::cli {

namespace {
// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::cli)
};
} // namespace

ScanCommand::ScanCommand() : Command(QStringLiteral("scan")) {}

namespace {

using documents::FileScan;

// The inputs of `scan`: "-" (standard input), files, and with --recursive the files below folders
// (sorted; hidden files and folders left out; symbolic links to folders not followed).
std::optional<QStringList> scanInputs(Context& ctx, bool recursive)
{
    QStringList inputs;
    for (const QString& path : std::as_const(ctx.args.positional)) {
        const QFileInfo info(path);
        if (path == QLatin1String("-") || !info.isDir()) {
            inputs.append(path);
            continue;
        }
        if (!recursive) {
            ctx.err << Tr::tr("Fehler: %1 ist ein Ordner. Mit --recursive werden die Dateien darin geprüft.").arg(path)
                    << Qt::endl;
            return std::nullopt;
        }
        QStringList below;
        QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            below.append(it.next());
        below.sort();
        inputs.append(below);
    }
    return inputs;
}

// Reads and scans every input, several files at once (one per core); results in input order.
QList<FileScan> scanAll(const QStringList& inputs, const QByteArray& standardInput, const Scanner& scanner)
{
    QList<FileScan> results(inputs.size());
    FileScan* out = results.data(); // each thread writes only its own slots
    const int cores = std::max(1, QThread::idealThreadCount());
    // Several files: one file per core, each scanned on its thread (a single input goes through
    // runScan's own path, which scans its text on every core).
    std::atomic<qsizetype> next{0};
    auto work = [&] {
        for (qsizetype i = next++; i < inputs.size(); i = next++)
            out[i] = inputs[i] == QLatin1String("-")
                         ? documents::scanDocumentBytes(standardInput, QStringLiteral("-"), scanner)
                         : documents::scanFile(inputs[i], scanner);
    };
    std::vector<std::thread> helpers;
    for (int t = 1; t < std::min<qsizetype>(cores, inputs.size()); ++t)
        helpers.emplace_back(work);
    work();
    for (std::thread& t : helpers)
        t.join();
    return results;
}

// German counts without "(n)": "1 Fund", "3 Funde", "keine Funde".
QString findingsCount(qsizetype n)
{
    return n == 0 ? Tr::tr("keine Funde") : n == 1 ? Tr::tr("1 Fund") : Tr::tr("%L1 Funde").arg(n);
}

QString filesCount(qsizetype n)
{
    return n == 1 ? Tr::tr("1 Datei") : Tr::tr("%L1 Dateien").arg(n);
}

QString formatLabel(const FileScan& file)
{
    const QString format = documents::formatId(file.format).toUpper();
    if (file.format == documents::Format::Pdf)
        return file.pages == 1 ? Tr::tr("%1, 1 Seite").arg(format)
                               : Tr::tr("%1, %L2 Seiten").arg(format).arg(file.pages);
    if (file.sheets > 0)
        return file.sheets == 1 ? Tr::tr("%1, 1 Tabelle").arg(format)
                                : Tr::tr("%1, %L2 Tabellen").arg(format).arg(file.sheets);
    if (file.format == documents::Format::Text)
        return Tr::tr("Text, %1").arg(file.encoding);
    return format;
}

QString verdictLine(const PolicyPack& pack, const Outcome& outcome)
{
    const LevelText* level = pack.level(outcome.level);
    return verdictText(outcome.verdictId(), outcome.level,
                       outcome.blocked ? pack.blocked.title
                       : level         ? level->title
                                       : QString());
}

QString oneLine(const QString& text)
{
    return QString(text).replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
}

// The single-text form (one text file or standard input): findings with line:column.
void printTextFindings(Context& ctx, const ScanRules& rules, const FileScan& file)
{
    for (qsizetype k = 0; k < file.findings.size(); ++k) {
        const ScanFinding& f = file.findings[k];
        const documents::FindingPlace& place = file.places[k];
        const QString where = place.line > 0 ? QStringLiteral("%1:%2").arg(place.line).arg(place.column)
                                             : documents::placeText(place.place);
        ctx.out << QStringLiteral("  ") << where << QStringLiteral("  ") << rules.info(f.category).label
                << QStringLiteral("  „") << oneLine(f.text) << QStringLiteral("“  (") << f.explanation
                << QStringLiteral(")") << Qt::endl;
    }
}

} // namespace

static int runScan(Context& ctx)
{
    if (!ctx.expect(
            {QStringLiteral("policy"), QStringLiteral("format"), QStringLiteral("pretty"), QStringLiteral("recursive")},
            1, std::numeric_limits<int>::max()))
        return ExitBadInput;
    const QString format = ctx.args.value(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("text") && format != QLatin1String("json") &&
        format != QLatin1String("ndjson")) {
        ctx.usage(Tr::tr("--format erwartet „text“, „json“ oder „ndjson“."));
        return ExitBadInput;
    }
    const bool lines = format == QLatin1String("ndjson");
    if (ctx.args.has(QStringLiteral("pretty")) && format != QLatin1String("json")) {
        ctx.usage(Tr::tr("--pretty gilt nur zusammen mit --format json."));
        return ExitBadInput;
    }
    if (ctx.args.positional.count(QStringLiteral("-")) > 1) {
        ctx.usage(Tr::tr("Die Standardeingabe („-“) kann nur einmal geprüft werden."));
        return ExitBadInput;
    }
    const bool recursive = ctx.args.has(QStringLiteral("recursive"));
    // The pack loads on a second thread while the inputs are listed and standard input is read.
    std::future<PolicyLoadResult> loading =
        std::async(std::launch::async, [dir = ctx.policyDir()] { return resolvePolicyStrict(dir); });
    const std::optional<QStringList> inputs = scanInputs(ctx, recursive);
    QByteArray standardInput;
    if (inputs && inputs->contains(QStringLiteral("-"))) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            ctx.err << Tr::tr("Fehler: Die Standardeingabe kann nicht gelesen werden.") << Qt::endl;
            return ExitFailure;
        }
        standardInput = readUpTo(in, documents::Limits{}.maxFileBytes + 1);
    }
    auto pack = reportPack(ctx, loading.get());
    if (!pack)
        return ExitBadInput;
    const auto rules = scanRulesOrReport(ctx, *pack);
    if (!rules || !inputs)
        return ExitBadInput;
    if (inputs->isEmpty()) {
        ctx.err << Tr::tr("Fehler: Im Ordner liegen keine Dateien.") << Qt::endl;
        return ExitBadInput;
    }
    const Scanner scanner(*rules);
    QList<FileScan> files;
    // One input that is plain text keeps its text for the single-text form (UTF-8 offsets in JSON).
    std::optional<documents::ExtractResult> single;
    if (inputs->size() == 1 && !recursive) {
        const QString& path = inputs->first();
        single = path == QLatin1String("-") ? documents::extractDocument(standardInput, QStringLiteral("-"))
                                            : documents::extractFile(path);
        files.append(documents::scanExtracted(*single, path, scanner, QThread::idealThreadCount()));
        if (!single->document || single->document->format != documents::Format::Text)
            single.reset();
    } else {
        files = scanAll(*inputs, standardInput, scanner);
    }

    // The classifier's verdict per file and for all together (the draft page shows the same).
    QList<Outcome> outcomes;
    QList<ScanSuggestion> suggestions;
    bool unchecked = false;
    qsizetype findings = 0;
    int withFindings = 0;
    for (const FileScan& f : files) {
        outcomes.append(draftOutcome(*pack, f.summary));
        suggestions.append({outcomes.last().level, outcomes.last().verdictId()});
        unchecked = unchecked || !f.checked();
        findings += f.findings.size();
        withFindings += f.findings.isEmpty() ? 0 : 1;
        // Problems go to stderr (the results of the other files still follow on stdout).
        if (f.status == FileScan::Status::NotChecked)
            ctx.err << Tr::tr("Fehler: %1: nicht geprüft – %2").arg(f.path, f.message) << Qt::endl;
        else if (f.status == FileScan::Status::NoText)
            ctx.err << Tr::tr("Fehler: %1: nicht geprüft – keine Textebene (ein Scan oder nur Bilder); Text in Bildern "
                              "kann nicht geprüft werden.")
                           .arg(f.path)
                    << Qt::endl;
    }
    const ScanSummary total = documents::combinedSummary(*rules, files);
    const Outcome suggested = draftOutcome(*pack, total);
    // Counts only: the text and what was found in it never reach the log.
    spdlog::info("scan: files={} unchecked={} findings={} suggested_level={}", files.size(), unchecked, findings,
                 suggested.level);
    // 2: something could not be checked (it wins: a script must look at it); 3: findings; 0: none.
    const int exitCode = unchecked ? ExitBadInput : findings > 0 ? ExitChanged : ExitOk;

    // One plain text (a text file or standard input): the single-text form as before.
    const bool singleText = single.has_value() && files[0].checked();
    if (ctx.json() || lines) {
        // Indented for a person at a terminal or with --pretty, compact for scripts, NDJSON for pipelines.
        const ScanJsonStyle style = lines ? ScanJsonStyle::Lines
                                    : ctx.args.has(QStringLiteral("pretty")) || stdoutIsTerminal(ctx)
                                        ? ScanJsonStyle::Pretty
                                        : ScanJsonStyle::Compact;
        bool written = false;
        if (singleText) {
            written = writeScanJson(byteSink(ctx), style, *rules, single->document->text, files[0].findings, total,
                                    {suggested.level, suggested.verdictId()}, QThread::idealThreadCount());
        } else {
            written = documents::writeFilesJson(byteSink(ctx), style, *rules, files, suggestions, total,
                                                {suggested.level, suggested.verdictId()});
        }
        if (!written) {
            ctx.err << Tr::tr("Fehler: Die Ausgabe konnte nicht geschrieben werden.") << Qt::endl;
            return ExitFailure;
        }
        return exitCode;
    }
    if (singleText) {
        ctx.out << Tr::tr("Funde: %1 – vorgeschlagen: %2").arg(findings).arg(verdictLine(*pack, suggested)) << Qt::endl;
        printTextFindings(ctx, *rules, files[0]);
        if (findings == 0)
            ctx.out << Tr::tr("Keine personenbezogenen Daten oder Vermerke erkannt. Das ersetzt nicht Ihre eigene "
                              "Prüfung.")
                    << Qt::endl;
        return exitCode;
    }
    for (qsizetype i = 0; i < files.size(); ++i) {
        const FileScan& f = files[i];
        if (!f.checked())
            continue; // said on stderr above
        ctx.out << Tr::tr("%1 (%2): %3 – vorgeschlagen: %4")
                       .arg(f.path, formatLabel(f), findingsCount(f.findings.size()), verdictLine(*pack, outcomes[i]))
                << Qt::endl;
        printTextFindings(ctx, *rules, f);
        for (const documents::Unread& u : f.unread)
            ctx.out << QStringLiteral("  ") << Tr::tr("Hinweis: %1").arg(documents::unreadText(u)) << Qt::endl;
    }
    const int checked = int(std::count_if(files.cbegin(), files.cend(), [](const FileScan& f) { return f.checked(); }));
    // The summary line for several files; for one file the line above (or the error) says it all.
    if (files.size() > 1) {
        const QString where = withFindings > 0
                                  ? Tr::tr("%1 in %2").arg(findingsCount(findings), filesCount(withFindings))
                                  : findingsCount(0);
        if (checked == files.size())
            ctx.out << Tr::tr("Zusammen: %1 geprüft; %2 – vorgeschlagen: %3")
                           .arg(filesCount(files.size()), where, verdictLine(*pack, suggested))
                    << Qt::endl;
        else if (checked > 0)
            ctx.out << Tr::tr("Zusammen: %1, davon %2 nicht geprüft; %3 – vorgeschlagen für die geprüften: %4")
                           .arg(filesCount(files.size()))
                           .arg(files.size() - checked)
                           .arg(where, verdictLine(*pack, suggested))
                    << Qt::endl;
        else
            ctx.out << Tr::tr("Zusammen: %1, keine davon geprüft.").arg(filesCount(files.size())) << Qt::endl;
    }
    const bool partly =
        std::any_of(files.cbegin(), files.cend(), [](const FileScan& f) { return !f.unread.isEmpty(); });
    if (findings == 0 && !unchecked)
        ctx.out << (partly
                        ? Tr::tr("Im lesbaren Text nichts erkannt. Was nicht gelesen wurde (siehe „Hinweis“), prüfen "
                                 "Sie bitte selbst.")
                        : Tr::tr("Keine personenbezogenen Daten oder Vermerke erkannt. Das ersetzt nicht Ihre eigene "
                                 "Prüfung."))
                << Qt::endl;
    return exitCode;
}

int ScanCommand::run(Context& ctx) const
{
    return runScan(ctx);
}

} // namespace kilotse::cli
