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

#include <spdlog/spdlog.h>

#include <cstdio>

namespace kilotse::cli {

namespace {
// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::cli)
};
} // namespace

ReportCommand::ReportCommand() : Command(QStringLiteral("report")) {}

static int runReport(Context& ctx)
{
    if (!ctx.expect({QStringLiteral("answers"), QStringLiteral("record"), QStringLiteral("format"),
                     QStringLiteral("output"), QStringLiteral("purpose"), QStringLiteral("draft"),
                     QStringLiteral("label-tool"), QStringLiteral("policy"), QStringLiteral("registry"),
                     QStringLiteral("with-user")},
                    0, 0))
        return ExitBadInput;
    const QString format = ctx.args.value(QStringLiteral("format"));
    if (!recordFormatFromName(format))
        return ctx.usage(Tr::tr("report braucht --format pdf, html oder json."));
    const QString output = ctx.args.value(QStringLiteral("output"));
    if (output.isEmpty())
        return ctx.usage(Tr::tr("report braucht -o DATEI (oder „-o -“ für die Standardausgabe)."));
    const bool fromAnswers = ctx.args.options.contains(QStringLiteral("answers"));
    const bool fromRecord = ctx.args.options.contains(QStringLiteral("record"));
    if (fromAnswers == fromRecord)
        return ctx.usage(Tr::tr("report braucht entweder --answers DATEI (neuer Vermerk) oder --record DATEI "
                                "(vorhandenen Vermerk neu ausgeben und mit dem aktuellen Regelwerk abgleichen)."));
    if (fromRecord && (ctx.args.has(QStringLiteral("purpose")) || ctx.args.has(QStringLiteral("draft")) ||
                       ctx.args.has(QStringLiteral("label-tool")) || ctx.args.has(QStringLiteral("with-user"))))
        return ctx.usage(Tr::tr("--purpose, --draft, --label-tool und --with-user gelten nur zusammen mit --answers."));
    auto pack = loadPackOrReport(ctx);
    if (!pack)
        return ExitBadInput;
    int exitCode = ExitOk;

    QByteArray data;
    QString renderError;
    if (fromRecord) {
        const auto record = readRecord(ctx, ctx.args.value(QStringLiteral("record")), &exitCode);
        if (!record)
            return exitCode;
        const RecordComparison comparison = compareWithPack(*record, *pack);
        // JSON stays the record as it was; HTML and PDF add the comparison with the current pack.
        data = format == QLatin1String("json")
                   ? recordToJson(*record)
                   : renderRecord(*record, *recordFormatFromName(format), &comparison, &*pack, &renderError);
        spdlog::info("report: re-rendered a record as {}, outcome changed={}", format.toStdString(),
                     comparison.outcomeChanged());
    } else {
        const auto answers = readAnswers(ctx, *pack, ctx.args.value(QStringLiteral("answers")), &exitCode);
        if (!answers)
            return exitCode;
        RecordContext context;
        context.purpose = ctx.args.value(QStringLiteral("purpose"));
        if (normalisePurpose(context.purpose).size() < context.purpose.trimmed().size())
            ctx.err << Tr::tr("Hinweis: Der Zweck wurde auf eine Zeile mit höchstens %1 Zeichen gekürzt.")
                           .arg(kMaxPurposeLength)
                    << Qt::endl;
        if (const QStringList details = identifyingDetailsInPurpose(*pack, context.purpose); !details.isEmpty())
            ctx.err << Tr::tr("Warnung: Der Zweck enthält offenbar Angaben, die Personen erkennbar machen (%1). Der "
                              "Vermerk kommt in die Akte – bitte ohne Namen, Anschriften oder Kennnummern formulieren.")
                           .arg(details.join(QStringLiteral(", ")))
                    << Qt::endl;
        if (ctx.args.has(QStringLiteral("with-user")))
            context.user = currentUserName();
        Check check(*pack);
        check.setAnswers(*answers);
        RegistryError registryError;
        const auto registry =
            openRegistry(resolveRegistryLocation(ctx.args.value(QStringLiteral("registry"))), &registryError);
        if (!registry)
            ctx.err << Tr::tr("Hinweis: Das Verzeichnis der KI-Dienste ist nicht verfügbar (%1); der Vermerk nennt "
                              "keine Dienste.")
                           .arg(registryError.message)
                    << Qt::endl;
        if (ctx.args.options.contains(QStringLiteral("label-tool"))) {
            LabelRequest request = check.labelRequest();
            request.tool = ctx.args.value(QStringLiteral("label-tool"));
            const QStringList problems = checkLabelRequest(*pack, request);
            if (!problems.isEmpty()) {
                ctx.err << Tr::tr("Fehler: Der Transparenzhinweis kann nicht erstellt werden (%1).")
                               .arg(problems.join(QStringLiteral(", ")))
                        << Qt::endl;
                return ExitBadInput;
            }
            context.label =
                RecordLabel{request.tool, request.involvement, renderLabel(*pack, request, LabelFormat::Short)};
        }
        if (ctx.args.options.contains(QStringLiteral("draft"))) {
            const auto rules = scanRulesOrReport(ctx, *pack);
            if (!rules)
                return ExitBadInput;
            const auto text = readDraft(ctx, ctx.args.value(QStringLiteral("draft")), &exitCode);
            if (!text)
                return exitCode;
            check.setDraft(summariseScan(*rules, Scanner(*rules).scan(*text)));
        }
        // A record never contradicts itself: draft findings the answers deny are refused.
        if (const QString blocker = check.recordBlocker(); !blocker.isEmpty()) {
            ctx.err << Tr::tr("Fehler: %1").arg(blocker) << Qt::endl;
            return ExitBadInput;
        }
        const CheckRecord record = check.record(registry.get(), registryError.message, context);
        data = renderRecord(record, *recordFormatFromName(format), nullptr, &*pack, &renderError);
        spdlog::info("report: {} record, outcome={} tools={} rules={}", format.toStdString(),
                     record.verdict.toStdString(), record.tools.size(), record.rules.size());
    }
    if (data.isEmpty()) { // the PDF cannot be made (a font file is missing): no file rather than a broken one
        ctx.err << Tr::tr("Fehler: Der Prüfvermerk kann nicht erstellt werden: %1").arg(renderError) << Qt::endl;
        return ExitFailure;
    }
    if (!writeOutput(ctx, output, data))
        return ExitFailure;
    if (output != QStringLiteral("-"))
        ctx.err << Tr::tr("Prüfvermerk geschrieben: %1").arg(output) << Qt::endl;
    return ExitOk;
}

int ReportCommand::run(Context& ctx) const
{
    return runReport(ctx);
}

} // namespace kilotse::cli
