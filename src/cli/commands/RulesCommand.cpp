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

RulesCommand::RulesCommand() : Command(QStringLiteral("rules")) {}

static int runRules(Context& ctx)
{
    const QString sub = ctx.args.positional.value(0);
    if (sub == QStringLiteral("list")) {
        if (!ctx.expect({QStringLiteral("policy"), QStringLiteral("format"), QStringLiteral("level"),
                         QStringLiteral("audience"), QStringLiteral("area"), QStringLiteral("search"),
                         QStringLiteral("answers")},
                        1, 1) ||
            !checkFormat(ctx))
            return ExitBadInput;
        const auto level = intOption(ctx, QStringLiteral("level"), 1, 9);
        if (!level)
            return ExitBadInput;
        const QString audience = ctx.args.value(QStringLiteral("audience"));
        if (!audience.isEmpty() &&
            !QStringList{QStringLiteral("clerk"), QStringLiteral("admin"), QStringLiteral("trainer")}.contains(
                audience))
            return ctx.usage(Tr::tr("--audience erwartet clerk, admin oder trainer."));
        auto pack = loadPackOrReport(ctx);
        if (!pack)
            return ExitBadInput;
        const QString area = ctx.args.value(QStringLiteral("area"));
        if (!area.isEmpty() && !pack->guidanceArea(area))
            return ctx.usage(Tr::tr("Unbekannter Bereich „%1“.").arg(area));

        QList<const GuidanceRule*> rules;
        if (ctx.args.options.contains(QStringLiteral("answers"))) {
            int exitCode = ExitOk;
            const auto answers = readAnswers(ctx, *pack, ctx.args.value(QStringLiteral("answers")), &exitCode);
            if (!answers)
                return exitCode;
            const Outcome outcome = Classifier(*pack).classify(*answers);
            const RuleFilter filter{ctx.args.value(QStringLiteral("search")), area, QString(), 0};
            for (const GuidanceRule* r :
                 rulesForCheck(*pack, *answers, outcome, audience.isEmpty() ? QStringLiteral("clerk") : audience))
                if (ruleMatches(*pack, *r, filter))
                    rules.append(r);
        } else {
            rules = filterRules(*pack, RuleFilter{ctx.args.value(QStringLiteral("search")), area, audience, *level});
        }
        if (ctx.json())
            ctx.out << QString::fromUtf8(guidanceRulesToJson(*pack, rules));
        else
            writeRulesText(ctx.out, *pack, rules);
        return ExitOk;
    }
    if (sub == QStringLiteral("show")) {
        if (!ctx.expect({QStringLiteral("policy"), QStringLiteral("format")}, 2, 2) || !checkFormat(ctx))
            return ExitBadInput;
        auto pack = loadPackOrReport(ctx);
        if (!pack)
            return ExitBadInput;
        const GuidanceRule* rule = pack->guidanceRule(ctx.args.positional[1]);
        if (!rule) {
            ctx.err << Tr::tr("Fehler: Unbekannte Regel „%1“.").arg(ctx.args.positional[1]) << Qt::endl;
            return ExitBadInput;
        }
        if (ctx.json())
            ctx.out << QString::fromUtf8(guidanceRulesToJson(*pack, {rule}));
        else
            writeRuleDetailText(ctx.out, *pack, *rule);
        return ExitOk;
    }
    return ctx.usage(subcommandProblem(QStringLiteral("rules"), sub, "list, show"));
}

int RulesCommand::run(Context& ctx) const
{
    return runRules(ctx);
}

} // namespace kilotse::cli
