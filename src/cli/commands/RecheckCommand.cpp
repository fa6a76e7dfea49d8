#include "CliSupport.h"
#include "Command.h"
#include "Config.h"
#include "I18n.h"
#include "LocaleFormat.h"
#include "TextOutput.h"
#include "check/Check.h"
#include "classify/AnswersFile.h"
#include "classify/Classifier.h"
#include "content/Demos.h"
#include "content/Guidance.h"
#include "content/Label.h"
#include "content/TemplateFill.h"
#include "output/CliJson.h"
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

RecheckCommand::RecheckCommand() : Command(QStringLiteral("recheck")) {}

static int runRecheck(Context& ctx)
{
    if (!ctx.expect({QStringLiteral("policy"), QStringLiteral("format")}, 1, 1) || !checkFormat(ctx))
        return ExitBadInput;
    auto pack = loadPackOrReport(ctx);
    if (!pack)
        return ExitBadInput;
    int exitCode = ExitOk;
    const auto record = readRecord(ctx, ctx.args.positional[0], &exitCode);
    if (!record)
        return exitCode;
    const RecordComparison c = compareWithPack(*record, *pack);
    if (ctx.json()) {
        ctx.out << QString::fromUtf8(recordComparisonToJson(*record, c, pack->sha256));
    } else {
        ctx.out << Tr::tr("Vermerk vom %1: %2")
                       .arg(displayDateTime(record->created),
                            verdictText(record->verdict, record->level, record->outcomeTitle))
                << Qt::endl;
        ctx.out << (c.samePack ? Tr::tr("Regelwerk unverändert (%1 %2).").arg(record->packId, record->packVersion)
                               : packChangeText(*record, c))
                << Qt::endl;
        for (const QString& p : c.answerProblems)
            ctx.out << QStringLiteral("  • ") << p << Qt::endl;
        if (!c.evaluated)
            ctx.out << Tr::tr("Neu bewerten nicht möglich: Die Antworten passen nicht mehr zum Fragebogen.")
                    << Qt::endl;
        else if (c.outcomeChanged()) {
            ctx.out << Tr::tr("GEÄNDERT – heute: %1").arg(verdictText(c.verdict, c.level, c.outcomeTitle)) << Qt::endl;
            if (!c.addedReasons.isEmpty())
                ctx.out << Tr::tr("  neu greifende Regeln: %1").arg(c.addedReasons.join(QStringLiteral(", ")))
                        << Qt::endl;
            if (!c.removedReasons.isEmpty())
                ctx.out << Tr::tr("  nicht mehr greifende Regeln: %1").arg(c.removedReasons.join(QStringLiteral(", ")))
                        << Qt::endl;
        } else
            ctx.out << Tr::tr("Unverändert – heute dasselbe Ergebnis.") << Qt::endl;
    }
    return (c.outcomeChanged() || !c.evaluated) ? ExitChanged : ExitOk;
}

int RecheckCommand::run(Context& ctx) const
{
    return runRecheck(ctx);
}

} // namespace kilotse::cli
