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

RestoreCommand::RestoreCommand() : Command(QStringLiteral("restore")) {}

static int runRestore(Context& ctx)
{
    if (!ctx.expect({QStringLiteral("mapping")}, 1, 1))
        return ExitBadInput;
    if (!ctx.args.options.contains(QStringLiteral("mapping")))
        return ctx.usage(Tr::tr("restore braucht --mapping DATEI (geschrieben von „pseudonymise --mapping“)."));
    const QString path = ctx.args.value(QStringLiteral("mapping"));
    QFile mappingFile(path);
    if (!mappingFile.open(QIODevice::ReadOnly)) {
        ctx.err
            << Tr::tr("Fehler: %1: Die Zuordnung kann nicht gelesen werden (%2).").arg(path, mappingFile.errorString())
            << Qt::endl;
        return ExitBadInput;
    }
    QList<PseudonymEntry> entries;
    QString error;
    if (!pseudonymMappingFromJson(readUpTo(mappingFile, kMaxInputBytes + 1), &entries, &error)) {
        ctx.err << Tr::tr("Fehler: %1: %2").arg(path, error) << Qt::endl;
        return ExitBadInput;
    }
    int exitCode = ExitOk;
    const auto answer = readDraft(ctx, ctx.args.positional[0], &exitCode);
    if (!answer)
        return exitCode;
    const Restored restored = restorePseudonyms(*answer, entries);
    ctx.out << restored.text;
    if (!restored.text.endsWith(u'\n'))
        ctx.out << Qt::endl;
    if (!restored.unknownPlaceholders.isEmpty())
        ctx.err << Tr::tr("Hinweis: unbekannte Platzhalter: %1")
                       .arg(restored.unknownPlaceholders.join(QStringLiteral(", ")))
                << Qt::endl;
    return ExitOk;
}

int RestoreCommand::run(Context& ctx) const
{
    return runRestore(ctx);
}

} // namespace kilotse::cli
