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

PseudonymiseCommand::PseudonymiseCommand() : Command(QStringLiteral("pseudonymise"), {QStringLiteral("pseudonymize")})
{
}

static int runPseudonymise(Context& ctx)
{
    if (!ctx.expect({QStringLiteral("policy"), QStringLiteral("format"), QStringLiteral("mapping")}, 1, 1) ||
        !checkFormat(ctx))
        return ExitBadInput;
    auto pack = loadPackOrReport(ctx);
    if (!pack)
        return ExitBadInput;
    const auto rules = scanRulesOrReport(ctx, *pack);
    if (!rules)
        return ExitBadInput;
    int exitCode = ExitOk;
    const auto text = readDraft(ctx, ctx.args.positional[0], &exitCode);
    if (!text)
        return exitCode;
    const Pseudonymised result = pseudonymise(*text, Scanner(*rules).scan(*text), *rules);
    spdlog::info("pseudonymise: chars={} replaced={} values={}", text->size(), result.replaced, result.entries.size());
    if (ctx.args.options.contains(QStringLiteral("mapping"))) {
        // The mapping holds the original values: written only because the user asked for it, and
        // only readable by the user.
        const QString path = ctx.args.value(QStringLiteral("mapping"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pseudonymisedToJson(result, *rules)) < 0 || !file.commit()) {
            ctx.err
                << Tr::tr("Fehler: %1: Die Zuordnung kann nicht geschrieben werden (%2).").arg(path, file.errorString())
                << Qt::endl;
            return ExitFailure;
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (ctx.json()) {
        Pseudonymised withoutOriginals = result;
        for (PseudonymEntry& e : withoutOriginals.entries)
            e.original.clear();
        ctx.out << QString::fromUtf8(pseudonymisedToJson(withoutOriginals, *rules));
    } else {
        ctx.out << result.text;
        if (!result.text.endsWith(u'\n'))
            ctx.out << Qt::endl;
        ctx.err << Tr::tr("%n Stelle(n) ersetzt.", nullptr, result.replaced) << u' ' << rules->pseudonymisedNote
                << Qt::endl;
    }
    return ExitOk;
}

int PseudonymiseCommand::run(Context& ctx) const
{
    return runPseudonymise(ctx);
}

} // namespace kilotse::cli
