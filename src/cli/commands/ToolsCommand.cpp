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

ToolsCommand::ToolsCommand() : Command(QStringLiteral("tools")) {}

static int runTools(Context& ctx)
{
    if (!ctx.expect({QStringLiteral("policy"), QStringLiteral("format"), QStringLiteral("registry"),
                     QStringLiteral("level"), QStringLiteral("use-case"), QStringLiteral("personal-data"),
                     QStringLiteral("all")},
                    0, 0) ||
        !checkFormat(ctx))
        return ExitBadInput;
    if (!ctx.args.options.contains(QStringLiteral("level")))
        return ctx.usage(Tr::tr("tools braucht --level 1 oder --level 2."));
    const auto level = intOption(ctx, QStringLiteral("level"), 1, 2);
    if (!level)
        return ExitBadInput;
    auto pack = loadPackOrReport(ctx);
    if (!pack)
        return ExitBadInput;
    const QString useCase = ctx.args.value(QStringLiteral("use-case"));
    if (!useCase.isEmpty() && !pack->useCase(useCase))
        return ctx.usage(Tr::tr("Unbekannter Anwendungsfall „%1“.").arg(useCase));
    auto registry = openRegistryOrReport(ctx);
    if (!registry)
        return ExitFailure;
    const bool personalData = ctx.args.flags.contains(QStringLiteral("personal-data"));
    const bool all = ctx.args.flags.contains(QStringLiteral("all"));
    const ToolsForCheck tools =
        toolsForCheck(*registry, *pack, *level, useCase, personalData, QDate::currentDate(), all);
    if (ctx.json())
        ctx.out << QString::fromUtf8(toolsToJson(tools, *level, useCase, personalData, *registry, all));
    else
        writeToolsText(ctx.out, tools, all, registry->isDemo());
    return ExitOk;
}

int ToolsCommand::run(Context& ctx) const
{
    return runTools(ctx);
}

} // namespace kilotse::cli
