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

TemplatesCommand::TemplatesCommand() : Command(QStringLiteral("templates")) {}

static int runTemplates(Context& ctx)
{
    const QString sub = ctx.args.positional.value(0);
    if (sub == QStringLiteral("list")) {
        if (!ctx.expect({QStringLiteral("policy"), QStringLiteral("format"), QStringLiteral("use-case"),
                         QStringLiteral("level"), QStringLiteral("search")},
                        1, 1) ||
            !checkFormat(ctx))
            return ExitBadInput;
        const auto level = intOption(ctx, QStringLiteral("level"), 1, 9);
        if (!level)
            return ExitBadInput;
        auto pack = loadPackOrReport(ctx);
        if (!pack)
            return ExitBadInput;
        const QString useCase = ctx.args.value(QStringLiteral("use-case"));
        if (!useCase.isEmpty() && !pack->useCase(useCase))
            return ctx.usage(Tr::tr("Unbekannter Anwendungsfall „%1“.").arg(useCase));
        const auto list =
            filterTemplates(*pack, TemplateFilter{ctx.args.value(QStringLiteral("search")), useCase, *level});
        if (ctx.json())
            ctx.out << QString::fromUtf8(templatesToJson(*pack, list));
        else
            writeTemplatesText(ctx.out, *pack, list);
        return ExitOk;
    }
    if (sub == QStringLiteral("show") || sub == QStringLiteral("fill")) {
        const bool fill = sub == QStringLiteral("fill");
        QStringList allowed{QStringLiteral("policy"), QStringLiteral("format")};
        if (fill)
            allowed << QStringLiteral("set");
        if (!ctx.expect(allowed, 2, 2) || !checkFormat(ctx))
            return ExitBadInput;
        auto pack = loadPackOrReport(ctx);
        if (!pack)
            return ExitBadInput;
        const PromptTemplate* t = pack->promptTemplate(ctx.args.positional[1]);
        if (!t) {
            ctx.err << Tr::tr("Fehler: Unbekannte Vorlage „%1“.").arg(ctx.args.positional[1]) << Qt::endl;
            return ExitBadInput;
        }
        if (!fill) {
            if (ctx.json())
                ctx.out << QString::fromUtf8(templateToJson(*pack, *t));
            else
                writeTemplateDetailText(ctx.out, *pack, *t);
            return ExitOk;
        }
        QMap<QString, QString> values;
        const QStringList sets = ctx.args.options.values(QStringLiteral("set"));
        for (auto it = sets.crbegin(); it != sets.crend(); ++it) { // QMultiMap keeps the last-inserted first
            const qsizetype eq = it->indexOf(u'=');
            if (eq <= 0)
                return ctx.usage(Tr::tr("--set erwartet NAME=WERT, nicht „%1“.").arg(*it));
            values.insert(it->left(eq), it->mid(eq + 1));
        }
        const TemplateFillResult filled = fillTemplate(*t, values);
        if (ctx.json()) {
            ctx.out << QString::fromUtf8(
                templateFillToJson(*t, filled.text, filled.problems, filled.personalDataFields));
        } else if (filled.ok()) {
            ctx.out << filled.text << Qt::endl;
        }
        if (!filled.ok()) {
            ctx.err << Tr::tr("Fehler: Die Vorlage „%1“ kann so nicht ausgefüllt werden:").arg(t->id) << Qt::endl;
            for (const Diagnostic& d : filled.problems)
                ctx.err << QStringLiteral("  ") << d.pointer << QStringLiteral(": ") << d.message
                        << QStringLiteral(" [") << d.code << u']' << Qt::endl;
            return ExitBadInput;
        }
        if (filled.needsLevel2())
            ctx.err
                << Tr::tr(
                       "Hinweis: Mit diesem Inhalt gilt Schutzstufe 2 (möglicherweise personenbezogene Daten in: %1).")
                       .arg(filled.personalDataFields.join(QStringLiteral(", ")))
                << Qt::endl;
        return ExitOk;
    }
    return ctx.usage(subcommandProblem(QStringLiteral("templates"), sub, "list, show, fill"));
}

int TemplatesCommand::run(Context& ctx) const
{
    return runTemplates(ctx);
}

} // namespace kilotse::cli
