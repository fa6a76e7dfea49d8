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

ClassifyCommand::ClassifyCommand() : Command(QStringLiteral("classify")) {}

static int runClassify(Context& ctx)
{
    if (!ctx.expect(
            {QStringLiteral("answers"), QStringLiteral("policy"), QStringLiteral("format"), QStringLiteral("registry")},
            0, 0) ||
        !checkFormat(ctx))
        return ExitBadInput;
    if (!ctx.args.options.contains(QStringLiteral("answers")))
        return ctx.usage(Tr::tr("classify braucht --answers DATEI (oder „-“ für die Standardeingabe)."));
    auto pack = loadPackOrReport(ctx);
    if (!pack)
        return ExitBadInput;
    int exitCode = ExitOk;
    const auto answers = readAnswers(ctx, *pack, ctx.args.value(QStringLiteral("answers")), &exitCode);
    if (!answers)
        return exitCode;

    Check check(*pack);
    check.setAnswers(*answers);
    const Outcome& outcome = check.outcome().value(); // readAnswers() refused anything incomplete
    spdlog::info("classify: policy={} {} outcome={} reasons={}", pack->manifest.id.toStdString(),
                 pack->manifest.version.toStdString(), outcome.verdictId().toStdString(), outcome.reasons.size());
    RegistryError registryError;
    const auto registry =
        openRegistry(resolveRegistryLocation(ctx.args.value(QStringLiteral("registry"))), &registryError);
    std::optional<ToolsForCheck> tools;
    if (!registry && !ctx.json())
        ctx.err << Tr::tr("Hinweis: Das Verzeichnis der KI-Dienste ist nicht verfügbar (%1); freigegebene Dienste "
                          "werden nicht "
                          "angezeigt.")
                       .arg(registryError.message)
                << Qt::endl;
    if (registry)
        tools = check.tools(*registry, false);
    if (ctx.json())
        ctx.out << QString::fromUtf8(outcomeToJson(*pack, check.answers(), outcome, tools ? &*tools : nullptr,
                                                   registryError.message, registry.get()));
    else
        writeOutcomeText(ctx.out, *pack, check.answers(), outcome, tools ? &*tools : nullptr,
                         tools ? check.toolNotices(*registry, *tools) : QStringList());
    return ExitOk;
}

int ClassifyCommand::run(Context& ctx) const
{
    return runClassify(ctx);
}

} // namespace kilotse::cli
