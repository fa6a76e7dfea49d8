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

PolicyCommand::PolicyCommand() : Command(QStringLiteral("policy")) {}

static int runPolicy(Context& ctx)
{
    const QString sub = ctx.args.positional.value(0);
    if (sub == QStringLiteral("validate")) {
        if (!ctx.expect({QStringLiteral("format")}, 2, 2) || !checkFormat(ctx))
            return ExitBadInput;
        const QString directory = ctx.args.positional[1];
        const PolicyLoadResult loaded =
            loadPolicyPack(directory, PackOrigin::CommandLine, TranslationLoading::All, contentLanguage());
        if (ctx.json()) {
            ctx.out << QString::fromUtf8(diagnosticsToJson(loaded.diagnostics));
        } else if (loaded.ok()) {
            const PolicyPack& p = *loaded.pack;
            ctx.out << Tr::tr("Regelwerk gültig: %1 %2 (%3 Fragen, %4 Anwendungsfälle, %5 Regeln zur Einstufung, "
                              "%6 Verhaltensregeln, %7 Vorlagen)")
                           .arg(p.manifest.id, p.manifest.version)
                           .arg(p.questions.size())
                           .arg(p.useCases.size())
                           .arg(p.rules.size())
                           .arg(p.guidanceRules.size())
                           .arg(p.templates.size())
                    << Qt::endl;
            // Workshop scenarios double as a regression suite: a rule change that contradicts a
            // scenario's expectation is worth knowing before the pack is rolled out.
            for (const DemoScenario& s : p.demos)
                if (const QString mismatch = demoMismatch(p, s); !mismatch.isEmpty())
                    ctx.err << Tr::tr("Warnung: Workshop-Szenario „%1“: %2").arg(s.id, mismatch) << Qt::endl;
            // How complete each translation is: loaded once more in that language.
            QStringList languages;
            for (const ContentTranslation& t : p.translations)
                if (!languages.contains(t.language))
                    languages << t.language;
            for (const QString& translationLanguage : std::as_const(languages)) {
                const PolicyLoadResult translated =
                    loadPolicyPack(directory, PackOrigin::CommandLine, TranslationLoading::All, translationLanguage);
                if (!translated.ok())
                    continue;
                for (const ContentTranslation& applied : translated.pack->translations) {
                    if (!applied.applied)
                        continue;
                    ctx.out << Tr::tr(
                                   "Übersetzung „%1“ (%2): %3 Texte übersetzt, %4 ohne Übersetzung (erscheinen in der "
                                   "Sprache des Regelwerks)")
                                   .arg(applied.language, applied.file)
                                   .arg(applied.translatedTexts)
                                   .arg(applied.untranslatedTexts)
                            << Qt::endl;
                    if (!applied.unused.isEmpty())
                        ctx.err << Tr::tr("Warnung: %1: %n Einträge passen zu keinem Text des Regelwerks, z. B. „%2“",
                                          nullptr, static_cast<int>(applied.unused.size()))
                                       .arg(applied.file, applied.unused.first().left(80))
                                << Qt::endl;
                }
            }
        } else {
            ctx.err << Tr::tr("Regelwerk ungültig: %n Fehler in %1", nullptr,
                              static_cast<int>(loaded.diagnostics.size()))
                           .arg(directory)
                    << Qt::endl;
            printDiagnostics(ctx, loaded.diagnostics);
        }
        return loaded.ok() ? ExitOk : ExitBadInput;
    }
    if (sub == QStringLiteral("show")) {
        if (!ctx.expect({QStringLiteral("policy"), QStringLiteral("format")}, 1, 1) || !checkFormat(ctx))
            return ExitBadInput;
        auto pack = loadPackOrReport(ctx);
        if (!pack)
            return ExitBadInput;
        if (ctx.json())
            ctx.out << QString::fromUtf8(policyOverviewToJson(*pack));
        else
            writePolicyText(ctx.out, *pack);
        return ExitOk;
    }
    return ctx.usage(subcommandProblem(QStringLiteral("policy"), sub, "validate, show"));
}

int PolicyCommand::run(Context& ctx) const
{
    return runPolicy(ctx);
}

} // namespace kilotse::cli
