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

LabelCommand::LabelCommand() : Command(QStringLiteral("label")) {}

static int runLabel(Context& ctx)
{
    if (!ctx.expect({QStringLiteral("policy"), QStringLiteral("format"), QStringLiteral("tool"),
                     QStringLiteral("model"), QStringLiteral("involvement"), QStringLiteral("reviewer"),
                     QStringLiteral("date"), QStringLiteral("audience"), QStringLiteral("public-interest"),
                     QStringLiteral("language"), QStringLiteral("medium"), QStringLiteral("deepfake"),
                     QStringLiteral("artistic")},
                    0, 0))
        return ExitBadInput;
    const QString formatName = ctx.args.value(QStringLiteral("format")).isEmpty()
                                   ? QStringLiteral("text")
                                   : ctx.args.value(QStringLiteral("format"));
    const auto format = labelFormatFromName(formatName);
    if (!format)
        return ctx.usage(Tr::tr("--format erwartet text, long, html, markdown, email oder jsonld."));
    LabelRequest request;
    request.tool = ctx.args.value(QStringLiteral("tool"));
    request.model = ctx.args.value(QStringLiteral("model"));
    request.involvement = ctx.args.value(QStringLiteral("involvement"));
    if (request.involvement.isEmpty())
        request.involvement = QStringLiteral("assisted");
    request.reviewer = ctx.args.value(QStringLiteral("reviewer"));
    const QString audience = ctx.args.value(QStringLiteral("audience"));
    const auto parsedAudience = labelAudienceFromId(audience.isEmpty() ? QStringLiteral("internal") : audience);
    if (!parsedAudience)
        return ctx.usage(Tr::tr("--audience erwartet internal, individual oder public."));
    request.audience = *parsedAudience;
    const QString medium = ctx.args.value(QStringLiteral("medium"));
    const auto parsedMedium = labelMediumFromId(medium.isEmpty() ? QStringLiteral("text") : medium);
    if (!parsedMedium)
        return ctx.usage(Tr::tr("--medium erwartet text, image, audio oder video."));
    request.medium = *parsedMedium;
    request.publicInterest = ctx.args.flags.contains(QStringLiteral("public-interest"));
    if (request.publicInterest && request.audience != LabelRequest::Audience::Public)
        return ctx.usage(Tr::tr("--public-interest setzt --audience public voraus."));
    request.deepFake = ctx.args.flags.contains(QStringLiteral("deepfake"));
    request.artistic = ctx.args.flags.contains(QStringLiteral("artistic"));
    if (request.deepFake && request.medium == LabelRequest::Medium::Text)
        return ctx.usage(Tr::tr("--deepfake gilt nur für --medium image, audio oder video."));
    if (request.artistic && !request.deepFake)
        return ctx.usage(Tr::tr("--artistic setzt --deepfake voraus."));
    if (ctx.args.options.contains(QStringLiteral("language")))
        request.language = ctx.args.value(QStringLiteral("language"));
    if (ctx.args.options.contains(QStringLiteral("date"))) {
        request.date = QDate::fromString(ctx.args.value(QStringLiteral("date")), Qt::ISODate);
        if (!request.date.isValid())
            return ctx.usage(Tr::tr("--date erwartet ein Datum im Format JJJJ-MM-TT."));
    }
    auto pack = loadPackOrReport(ctx);
    if (!pack)
        return ExitBadInput;
    const QStringList problems = checkLabelRequest(*pack, request);
    if (problems.contains(QStringLiteral("labels-missing"))) {
        ctx.err << Tr::tr("Fehler: Das Regelwerk enthält keine Texte für Transparenzhinweise.") << Qt::endl;
        return ExitBadInput;
    }
    if (problems.contains(QStringLiteral("missing-tool")))
        return ctx.usage(Tr::tr("label braucht --tool NAME."));
    if (problems.contains(QStringLiteral("unknown-involvement")))
        return ctx.usage(
            Tr::tr("--involvement erwartet: %1.").arg(pack->labels->involvements.join(QStringLiteral(", "))));
    if (problems.contains(QStringLiteral("unknown-language")))
        return ctx.usage(Tr::tr("--language erwartet de oder en."));
    ctx.out << renderLabel(*pack, request, *format) << Qt::endl;
    const Art50Assessment art50 = assessArt50(*pack, request);
    ctx.err << (art50.legalDuty ? Tr::tr("Kennzeichnungspflicht nach Art. 50 Abs. 4 KI-VO: ja")
                                : Tr::tr("Kennzeichnungspflicht nach Art. 50 Abs. 4 KI-VO: nein"))
            << QStringLiteral(" – ") << art50.reason << Qt::endl;
    if (!art50.warning.isEmpty())
        ctx.err << art50.warning << Qt::endl;
    return ExitOk;
}

int LabelCommand::run(Context& ctx) const
{
    return runLabel(ctx);
}

} // namespace kilotse::cli
