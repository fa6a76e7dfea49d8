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
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <future>

namespace kilotse::cli {

namespace {
// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::cli)
};
} // namespace

ScanCommand::ScanCommand() : Command(QStringLiteral("scan")) {}

static int runScan(Context& ctx)
{
    if (!ctx.expect({QStringLiteral("policy"), QStringLiteral("format"), QStringLiteral("pretty")}, 1, 1))
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
    // The pack loads on a second thread while the draft is read and decoded: both take tens of
    // milliseconds, and a whole folder's text is what this command is for.
    std::future<PolicyLoadResult> loading =
        std::async(std::launch::async, [dir = ctx.policyDir()] { return resolvePolicyStrict(dir); });
    int exitCode = ExitOk;
    const auto text = readDraft(ctx, ctx.args.positional[0], &exitCode);
    auto pack = reportPack(ctx, loading.get());
    if (!pack)
        return ExitBadInput;
    const auto rules = scanRulesOrReport(ctx, *pack);
    if (!rules)
        return ExitBadInput;
    if (!text)
        return exitCode;
    const Scanner scanner(*rules);
    // A long text (a folder's worth of documents) is scanned on every core; same findings.
    const QList<ScanFinding> findings = scanner.scanConcurrently(*text, QThread::idealThreadCount());
    const ScanSummary summary = summariseScan(*rules, findings);
    // The classifier's verdict on the answers the draft implies (the draft page shows the same).
    const Outcome suggested = draftOutcome(*pack, summary);
    // Counts only: the draft and what was found in it never reach the log.
    spdlog::info("scan: chars={} findings={} suggested_level={}", text->size(), findings.size(), suggested.level);
    if (ctx.json() || lines) {
        // Indented for a person at a terminal or with --pretty, compact for scripts, NDJSON for pipelines.
        const ScanJsonStyle style = lines ? ScanJsonStyle::Lines
                                    : ctx.args.has(QStringLiteral("pretty")) || stdoutIsTerminal(ctx)
                                        ? ScanJsonStyle::Pretty
                                        : ScanJsonStyle::Compact;
        if (!writeScanJson(byteSink(ctx), style, *rules, *text, findings, summary,
                           {suggested.level, suggested.verdictId()}, QThread::idealThreadCount())) {
            ctx.err << Tr::tr("Fehler: Die Ausgabe konnte nicht geschrieben werden.") << Qt::endl;
            return ExitFailure;
        }
        return ExitOk;
    }
    const LevelText* level = pack->level(suggested.level);
    ctx.out << Tr::tr("Funde: %1 – vorgeschlagen: %2")
                   .arg(findings.size())
                   .arg(verdictText(suggested.verdictId(), suggested.level,
                                    suggested.blocked ? pack->blocked.title
                                    : level           ? level->title
                                                      : QString()))
            << Qt::endl;
    // line:column (both from 1, columns in characters) for each finding
    qsizetype line = 1;
    qsizetype lineStart = 0;
    qsizetype pos = 0;
    for (const ScanFinding& f : findings) {
        for (; pos < f.start; ++pos)
            if ((*text)[pos] == u'\n') {
                ++line;
                lineStart = pos + 1;
            }
        ctx.out << QStringLiteral("  %1:%2  ").arg(line).arg(f.start - lineStart + 1) << rules->info(f.category).label
                << QStringLiteral("  „") << QString(f.text).replace(u'\n', u' ') << QStringLiteral("“  (")
                << f.explanation << QStringLiteral(")") << Qt::endl;
    }
    if (findings.isEmpty())
        ctx.out << Tr::tr("Keine personenbezogenen Daten oder Vermerke erkannt. Das ersetzt nicht Ihre eigene Prüfung.")
                << Qt::endl;
    return ExitOk;
}

int ScanCommand::run(Context& ctx) const
{
    return runScan(ctx);
}

} // namespace kilotse::cli
