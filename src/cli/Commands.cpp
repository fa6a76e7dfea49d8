#include "Commands.h"

#include "TextOutput.h"
#include "classify/AnswersFile.h"
#include "classify/Classifier.h"
#include "classify/OutcomeJson.h"
#include "policy/PolicyLocator.h"

#include <QCoreApplication>
#include <QFile>

#include <spdlog/spdlog.h>

#include <cstdio>

namespace kilotse::cli {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ki-lotse-cli", text, disambiguation, n);
}

constexpr qint64 kMaxInputBytes = 8 * 1024 * 1024;

void printDiagnostics(Context& ctx, const Diagnostics& diagnostics)
{
    for (const Diagnostic& d : diagnostics)
        ctx.err << d.toString() << Qt::endl;
}

// Loads the pack that applies (no fallback: scripts must notice a broken pack).
std::optional<PolicyPack> loadPackOrReport(Context& ctx)
{
    PolicyLoadResult loaded = resolvePolicyStrict(ctx.policyDir);
    if (!loaded.ok()) {
        ctx.err << tr("Fehler: Das Regelwerk ist ungültig (%n Fehler):", nullptr,
                      static_cast<int>(loaded.diagnostics.size()))
                << Qt::endl;
        printDiagnostics(ctx, loaded.diagnostics);
        return std::nullopt;
    }
    return std::move(loaded.pack);
}

} // namespace

int runClassify(Context& ctx, const QString& answersPath)
{
    auto pack = loadPackOrReport(ctx);
    if (!pack)
        return ExitBadInput;

    QFile file;
    QString displayName = answersPath;
    if (answersPath == QStringLiteral("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            ctx.err << tr("Fehler: Die Standardeingabe kann nicht gelesen werden.") << Qt::endl;
            return ExitFailure;
        }
        displayName = QStringLiteral("<stdin>");
    } else {
        file.setFileName(answersPath);
        if (!file.open(QIODevice::ReadOnly)) {
            ctx.err << tr("Fehler: %1: Die Antwortdatei kann nicht gelesen werden (%2).")
                           .arg(answersPath, file.errorString())
                    << Qt::endl;
            return ExitBadInput;
        }
    }
    const QByteArray bytes = file.read(kMaxInputBytes + 1);
    AnswersParseResult parsed = parseAnswers(bytes, displayName, *pack);
    if (!parsed.answers) {
        ctx.err << tr("Fehler: Die Antworten sind unvollständig oder ungültig:") << Qt::endl;
        printDiagnostics(ctx, parsed.diagnostics);
        return ExitBadInput;
    }

    const Outcome outcome = Classifier(*pack).classify(*parsed.answers);
    spdlog::info("classify: policy={} {} outcome={} reasons={}", pack->manifest.id.toStdString(),
                 pack->manifest.version.toStdString(), outcome.verdictId().toStdString(), outcome.reasons.size());
    if (ctx.format == Format::Json)
        ctx.out << QString::fromUtf8(outcomeToJson(*pack, *parsed.answers, outcome));
    else
        writeOutcomeText(ctx.out, *pack, *parsed.answers, outcome);
    return ExitOk;
}

int runPolicyValidate(Context& ctx, const QString& directory)
{
    const PolicyLoadResult loaded = loadPolicyPack(directory, PackOrigin::CommandLine);
    if (ctx.format == Format::Json) {
        ctx.out << QString::fromUtf8(diagnosticsToJson(loaded.diagnostics));
    } else if (loaded.ok()) {
        ctx.out << tr("Regelwerk gültig: %1 %2 (%3 Fragen, %4 Anwendungsfälle, %5 Regeln)")
                       .arg(loaded.pack->manifest.id, loaded.pack->manifest.version)
                       .arg(loaded.pack->questions.size())
                       .arg(loaded.pack->useCases.size())
                       .arg(loaded.pack->rules.size())
                << Qt::endl;
    } else {
        ctx.err << tr("Regelwerk ungültig: %n Fehler in %1", nullptr, static_cast<int>(loaded.diagnostics.size()))
                       .arg(directory)
                << Qt::endl;
        printDiagnostics(ctx, loaded.diagnostics);
    }
    return loaded.ok() ? ExitOk : ExitBadInput;
}

int runPolicyShow(Context& ctx)
{
    auto pack = loadPackOrReport(ctx);
    if (!pack)
        return ExitBadInput;
    if (ctx.format == Format::Json)
        ctx.out << QString::fromUtf8(policyOverviewToJson(*pack));
    else
        writePolicyText(ctx.out, *pack);
    return ExitOk;
}

} // namespace kilotse::cli
