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
#include "output/OutcomeJson.h"
#include "policy/PolicyLoader.h"
#include "policy/PolicyLocator.h"
#include "registry/AuditText.h"
#include "registry/ImportSource.h"
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
#include <unistd.h>

namespace kilotse::cli {

namespace {
// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::cli)
};
} // namespace

RegistryCommand::RegistryCommand() : Command(QStringLiteral("registry")) {}

static int runRegistry(Context& ctx)
{
    const QString sub = ctx.args.positional.value(0);
    if (sub == QStringLiteral("export")) {
        if (!ctx.expect({QStringLiteral("registry"), QStringLiteral("format")}, 1, 1))
            return ExitBadInput;
        const QString format = ctx.args.value(QStringLiteral("format"));
        if (!format.isEmpty() && format != QLatin1String("json") && format != QLatin1String("csv"))
            return ctx.usage(Tr::tr("--format erwartet „json“ oder „csv“."));
        auto registry = openRegistryOrReport(ctx);
        if (!registry)
            return ExitFailure;
        RegistryError error;
        const QList<Service> services = registry->services(&error);
        if (error) {
            ctx.err << Tr::tr("Fehler: %1").arg(error.message) << Qt::endl;
            return ExitFailure;
        }
        const QByteArray data = format == QLatin1String("csv") ? servicesToCsv(services) : servicesToJson(services);
        ctx.out.flush();
        std::fwrite(data.constData(), 1, static_cast<std::size_t>(data.size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    if (sub == QStringLiteral("import")) {
        if (!ctx.expect({QStringLiteral("registry"), QStringLiteral("dry-run"), QStringLiteral("policy"),
                         QStringLiteral("encoding"), QStringLiteral("leave-demo")},
                        2, 2))
            return ExitBadInput;
        const QString leaveDemo = ctx.args.value(QStringLiteral("leave-demo"));
        if (ctx.args.options.contains(QStringLiteral("leave-demo")) && leaveDemo != QLatin1String("retire") &&
            leaveDemo != QLatin1String("keep"))
            return ctx.usage(Tr::tr("--leave-demo erwartet „retire“ (Demo-Dienste außer Betrieb nehmen) oder "
                                    "„keep“ (Demo-Dienste behalten)."));
        const QString path = ctx.args.positional[1];
        // Only a regular file is read: a FIFO, folder or device is refused before it could block.
        Diagnostic readProblem;
        const std::optional<QByteArray> bytes = readImportFile(path, kMaxImportBytes, &readProblem);
        if (!bytes) {
            ctx.err << Tr::tr("Import abgelehnt, nichts wurde geändert:") << Qt::endl;
            printDiagnostics(ctx, {readProblem});
            return ExitBadInput;
        }
        ImportOptions options;
        options.dryRun = ctx.args.flags.contains(QStringLiteral("dry-run"));
        options.leaveDemo = leaveDemo;
        // --encoding confirms the conversion of a file that is not UTF-8 (never done silently).
        options.sourceEncoding = ctx.args.value(QStringLiteral("encoding"));
        if (ctx.args.options.contains(QStringLiteral("encoding")) &&
            !QStringList{QStringLiteral("utf-8"), QStringLiteral("windows-1252"), QStringLiteral("utf-16"),
                         QStringLiteral("utf-16le"), QStringLiteral("utf-16be")}
                 .contains(options.sourceEncoding.toLower()))
            return ctx.usage(Tr::tr("--encoding erwartet „utf-8“, „windows-1252“ oder „utf-16“."));
        auto pack = loadPackOrReport(ctx);
        if (!pack)
            return ExitBadInput;
        auto registry = openRegistryOrReport(ctx);
        if (!registry)
            return ExitFailure;
        // Progress of a large import on a terminal (check, then write), in whole percent.
        const auto* errFile = qobject_cast<QFile*>(ctx.err.device());
        const bool terminal = errFile && errFile->handle() >= 0 && ::isatty(errFile->handle()) != 0;
        int shownPercent = -1;
        if (terminal)
            options.progress = [&](qint64 done, qint64 total) {
                const int percent = total > 0 ? static_cast<int>(done * 100 / total) : 100;
                if (total < 20000 || percent == shownPercent)
                    return;
                shownPercent = percent;
                ctx.err << u'\r' << Tr::tr("Import: %1 %").arg(percent)
                        << (done == total ? QStringLiteral("\n") : QString()) << Qt::flush;
            };
        const ImportReport report = importServicesFile(*registry, *pack, *bytes, path, options, currentUser());
        if (shownPercent >= 0 && shownPercent < 100)
            ctx.err << Qt::endl;
        if (!report.problems.isEmpty()) {
            ctx.err << Tr::tr("Import abgelehnt, nichts wurde geändert (%n Fehler):", nullptr,
                              static_cast<int>(report.problems.size()))
                    << Qt::endl;
            printDiagnostics(ctx, report.problems);
            const bool encoding =
                std::any_of(report.problems.cbegin(), report.problems.cend(),
                            [](const Diagnostic& d) { return d.code == QLatin1String(kImportCodeEncoding); });
            if (encoding)
                ctx.err << Tr::tr("Speichern Sie die Datei als UTF-8, oder bestätigen Sie die Umwandlung mit "
                                  "--encoding (z. B. --encoding windows-1252).")
                        << Qt::endl;
            // A bad file is bad input; a database, lock, conflict or permission failure is a runtime failure.
            const bool runtime = std::any_of(report.problems.cbegin(), report.problems.cend(), [](const Diagnostic& d) {
                static const QStringList codes{QStringLiteral("database"), QStringLiteral("read-only"),
                                               QStringLiteral("offline"),  QStringLiteral("locked"),
                                               QStringLiteral("conflict"), QStringLiteral("duplicate")};
                return codes.contains(d.code);
            });
            return runtime ? ExitFailure : ExitBadInput;
        }
        ctx.out << (options.dryRun ? Tr::tr("Probelauf ohne Fehler: %1 neu, %2 aktualisiert (nichts geändert).")
                                   : Tr::tr("Import abgeschlossen: %1 neu, %2 aktualisiert."))
                       .arg(report.added)
                       .arg(report.updated)
                << Qt::endl;
        return ExitOk;
    }
    if (sub == QStringLiteral("reviews")) {
        if (!ctx.expect({QStringLiteral("registry"), QStringLiteral("format")}, 1, 1) || !checkFormat(ctx))
            return ExitBadInput;
        auto registry = openRegistryOrReport(ctx);
        if (!registry)
            return ExitFailure;
        const QDate today = QDate::currentDate();
        const QList<Service> overdue = overdueReviews(*registry, today);
        if (ctx.json()) {
            ctx.out << QString::fromUtf8(reviewsToJson(overdue, today));
        } else if (overdue.isEmpty()) {
            ctx.out << Tr::tr("Keine Prüfung überfällig.") << Qt::endl;
        } else {
            for (const Service& s : overdue)
                ctx.out << Tr::tr("Überfällig: %1 (nächste Prüfung: %2; zuständig: %3 %4)")
                               .arg(s.name,
                                    s.nextReview.isValid() ? displayDate(s.nextReview) : Tr::tr("nicht gesetzt"),
                                    s.ownerDepartment, s.ownerContact)
                        << Qt::endl;
        }
        return overdue.isEmpty() ? ExitOk : ExitReviewsDue;
    }
    if (sub == QStringLiteral("audit")) {
        if (!ctx.expect({QStringLiteral("registry"), QStringLiteral("format"), QStringLiteral("service"),
                         QStringLiteral("actor"), QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("limit"),
                         QStringLiteral("policy")},
                        1, 1))
            return ExitBadInput;
        const QString format = ctx.args.value(QStringLiteral("format"));
        if (!format.isEmpty() && format != QLatin1String("json") && format != QLatin1String("csv") &&
            format != QLatin1String("text"))
            return ctx.usage(Tr::tr("--format erwartet „text“, „json“ oder „csv“."));
        const auto limit = ctx.args.options.contains(QStringLiteral("limit"))
                               ? intOption(ctx, QStringLiteral("limit"), 1, 1000000)
                               : std::optional<int>(1000);
        if (!limit)
            return ExitBadInput;
        AuditFilter filter;
        filter.actor = ctx.args.value(QStringLiteral("actor"));
        for (const auto& [name, date] : {std::pair<QString, QDate*>{QStringLiteral("from"), &filter.from},
                                         std::pair<QString, QDate*>{QStringLiteral("to"), &filter.to}}) {
            if (!ctx.args.options.contains(name))
                continue;
            *date = QDate::fromString(ctx.args.value(name), Qt::ISODate);
            if (!date->isValid())
                return ctx.usage(Tr::tr("--%1 erwartet ein Datum in der Form JJJJ-MM-TT, z. B. 2026-12-01.").arg(name));
        }
        if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
            return ctx.usage(Tr::tr("--to liegt vor --from."));
        auto pack = loadPackOrReport(ctx);
        auto registry = openRegistryOrReport(ctx);
        if (!registry)
            return ExitFailure;
        if (ctx.args.options.contains(QStringLiteral("service"))) {
            const auto s = registry->serviceByName(ctx.args.value(QStringLiteral("service")));
            if (!s) {
                ctx.err << Tr::tr("Fehler: Unbekannter Dienst „%1“.").arg(ctx.args.value(QStringLiteral("service")))
                        << Qt::endl;
                return ExitBadInput;
            }
            filter.serviceId = s->id;
        }
        RegistryError error;
        const QList<AuditEntry> entries = registry->audit(filter, *limit, &error);
        if (error) {
            ctx.err << Tr::tr("Fehler: Das Änderungsprotokoll kann nicht gelesen werden: %1 (%2)")
                           .arg(registryErrorText(error), error.message)
                    << Qt::endl;
            return ExitFailure;
        }
        const PolicyPack* words = pack ? &*pack : nullptr;
        if (format == QLatin1String("csv")) {
            const QByteArray data = auditToCsv(entries, words);
            ctx.out.flush();
            std::fwrite(data.constData(), 1, static_cast<std::size_t>(data.size()), stdout);
            std::fflush(stdout);
        } else if (ctx.json() || format == QLatin1String("json")) {
            ctx.out << QString::fromUtf8(auditToJson(entries));
        } else {
            // Readable and safe for a terminal: German words, control characters shown as symbols.
            for (const AuditEntry& e : entries) {
                ctx.out << displayTimestamp(e.at) << QStringLiteral("  ") << visibleText(e.actor)
                        << QStringLiteral("  ") << auditActionTitle(e.action) << QStringLiteral("  ")
                        << visibleText(e.serviceName);
                if (!e.field.isEmpty())
                    ctx.out << QStringLiteral("  ") << auditFieldTitle(e.field) << QStringLiteral(": ")
                            << auditValueText(e.field, e.oldValue, words) << QStringLiteral(" → ")
                            << auditValueText(e.field, e.newValue, words);
                ctx.out << Qt::endl;
            }
        }
        return ExitOk;
    }
    return ctx.usage(subcommandProblem(QStringLiteral("registry"), sub, "export, import, reviews, audit"));
}

int RegistryCommand::run(Context& ctx) const
{
    return runRegistry(ctx);
}

} // namespace kilotse::cli
