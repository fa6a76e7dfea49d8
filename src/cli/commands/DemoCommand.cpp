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

DemoCommand::DemoCommand() : Command(QStringLiteral("demo")) {}

static int runDemo(Context& ctx)
{
    const QString sub = ctx.args.positional.value(0);
    if (sub != QLatin1String("list") && sub != QLatin1String("show") && sub != QLatin1String("check"))
        return ctx.usage(subcommandProblem(QStringLiteral("demo"), sub, "list, show, check"));
    if (!ctx.expect({QStringLiteral("policy"), QStringLiteral("format"), QStringLiteral("demos")},
                    sub == QLatin1String("show") ? 2 : 1, sub == QLatin1String("show") ? 2 : 1) ||
        !checkFormat(ctx))
        return ExitBadInput;
    auto pack = loadPackOrReport(ctx);
    if (!pack)
        return ExitBadInput;
    const auto scenarios = scenariosOrReport(ctx, *pack);
    if (!scenarios)
        return ExitBadInput;

    if (sub == QLatin1String("list")) {
        if (ctx.json()) {
            ctx.out << QString::fromUtf8(scenarioListToJson(*scenarios));
        } else {
            for (const DemoScenario& s : *scenarios)
                ctx.out << s.id.leftJustified(30) << u' '
                        << outcomeLine(s.expectedLevel, s.expectedEscalate, s.expectedBlocked).leftJustified(26) << u' '
                        << s.title << Qt::endl;
        }
        return ExitOk;
    }
    if (sub == QLatin1String("check")) {
        int bad = 0;
        for (const DemoScenario& s : *scenarios) {
            const QString mismatch = demoMismatch(*pack, s);
            if (!mismatch.isEmpty()) {
                ++bad;
                ctx.err << Tr::tr("%1: %2").arg(s.id, mismatch) << Qt::endl;
            }
        }
        ctx.out << Tr::tr("%1 von %2 Szenarien ergeben mit dem Regelwerk das erwartete Ergebnis.")
                       .arg(scenarios->size() - bad)
                       .arg(scenarios->size())
                << Qt::endl;
        return bad ? ExitBadInput : ExitOk;
    }
    const QString id = ctx.args.positional.value(1);
    const DemoScenario* scenario = nullptr;
    for (const DemoScenario& s : *scenarios)
        if (s.id == id)
            scenario = &s;
    if (!scenario) {
        QStringList ids;
        for (const DemoScenario& s : *scenarios)
            ids << s.id;
        ctx.err << Tr::tr("Fehler: Unbekanntes Szenario „%1“ (vorhanden: %2).").arg(id, ids.join(QStringLiteral(", ")))
                << Qt::endl;
        return ExitBadInput;
    }
    const Outcome outcome = demoOutcome(*pack, *scenario);
    const QString mismatch = demoMismatch(*pack, *scenario);
    if (ctx.json()) {
        ctx.out << QString::fromUtf8(scenarioToJson(*pack, *scenario, outcome, mismatch.isEmpty()));
        return ExitOk;
    }
    ctx.out << scenario->title << Qt::endl << QString(scenario->title.size(), u'=') << Qt::endl << Qt::endl;
    ctx.out << Tr::tr("Situation: %1").arg(scenario->situation) << Qt::endl << Qt::endl;
    ctx.out << Tr::tr("Frage: %1").arg(scenario->question) << Qt::endl << Qt::endl;
    const UseCase* useCase = pack->useCase(scenario->useCase);
    ctx.out << Tr::tr("Anwendungsfall: %1").arg(useCase ? useCase->title : scenario->useCase) << Qt::endl;
    for (const Question& q : pack->questions) {
        const AnswerOption* o = q.option(scenario->answers.value(q.id));
        ctx.out << QStringLiteral("  %1: %2").arg(q.title, o ? o->label : scenario->answers.value(q.id)) << Qt::endl;
    }
    ctx.out << Qt::endl
            << Tr::tr("Auflösung: %1").arg(outcomeLine(outcome.level, outcome.escalate, outcome.blocked)) << Qt::endl;
    ctx.out << scenario->reveal << Qt::endl << Qt::endl;
    ctx.out << Tr::tr("Merksatz: %1").arg(scenario->teachingPoint) << Qt::endl;
    if (!scenario->discussion.isEmpty())
        ctx.out << Tr::tr("Zur Diskussion: %1").arg(scenario->discussion) << Qt::endl;
    ctx.out << Tr::tr("Quelle: %1").arg(pack->citation(scenario->source)) << Qt::endl;
    if (!mismatch.isEmpty())
        ctx.err << Tr::tr("Warnung: %1").arg(mismatch) << Qt::endl;
    return ExitOk;
}

int DemoCommand::run(Context& ctx) const
{
    return runDemo(ctx);
}

} // namespace kilotse::cli
