#include "CliSupport.h"

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
#include <unistd.h>

namespace kilotse::cli {

namespace {
// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::cli)
};
} // namespace
// Reads until end of input or `limit` bytes. A pipe delivers its data in pieces, so a single
// read() is not enough.
QByteArray readUpTo(QFile& file, qint64 limit)
{
    QByteArray data;
    // A regular file is read in one piece into a buffer of its size; pipes and FIFOs in chunks.
    if (const qint64 size = file.isSequential() ? 0 : file.size(); size > 0) {
        // One byte more than the file has (or than the limit allows) shows a file that is too large.
        data.resize(std::min(size + 1, limit));
        const qint64 got = file.read(data.data(), data.size());
        data.resize(std::max<qint64>(got, 0));
        return data;
    }
    while (data.size() < limit) {
        const QByteArray chunk = file.read(std::min<qint64>(64 * 1024, limit - data.size()));
        if (chunk.isEmpty() && (file.atEnd() || !file.waitForReadyRead(-1)))
            break;
        data += chunk;
    }
    return data;
}

void printDiagnostics(Context& ctx, const Diagnostics& diagnostics)
{
    for (const Diagnostic& d : diagnostics)
        ctx.err << d.toString() << Qt::endl;
}

// Loads the pack that applies (no fallback: scripts must notice a broken pack).
std::optional<PolicyPack> loadPackOrReport(Context& ctx)
{
    return reportPack(ctx, resolvePolicyStrict(ctx.policyDir()));
}

std::optional<PolicyPack> reportPack(Context& ctx, PolicyLoadResult loaded)
{
    if (!loaded.ok()) {
        ctx.err << Tr::tr("Fehler: Das Regelwerk ist ungültig (%n Fehler):", nullptr,
                          static_cast<int>(loaded.diagnostics.size()))
                << Qt::endl;
        printDiagnostics(ctx, loaded.diagnostics);
        return std::nullopt;
    }
    return std::move(loaded.pack);
}

// Reads and checks an answers file ("-" = standard input). Reports problems itself.
// Opens `path`, or stdin for "-". `cannotRead` is the message for an unreadable file (%1 path,
// %2 reason). Reports the problem itself and sets the exit code; false on failure.
bool openInput(Context& ctx, const QString& path, const QString& cannotRead, QFile& file, QString* displayName,
               int* exitCode)
{
    if (path == QStringLiteral("-")) {
        *displayName = QStringLiteral("<stdin>");
        if (file.open(stdin, QIODevice::ReadOnly))
            return true;
        ctx.err << Tr::tr("Fehler: Die Standardeingabe kann nicht gelesen werden.") << Qt::endl;
        *exitCode = ExitFailure;
        return false;
    }
    *displayName = path;
    file.setFileName(path);
    if (file.open(QIODevice::ReadOnly))
        return true;
    ctx.err << QString(cannotRead).arg(path, file.errorString()) << Qt::endl;
    *exitCode = ExitBadInput;
    return false;
}

std::optional<AnswerSet> readAnswers(Context& ctx, const PolicyPack& pack, const QString& path, int* exitCode)
{
    QFile file;
    QString displayName;
    if (!openInput(ctx, path, Tr::tr("Fehler: %1: Die Antwortdatei kann nicht gelesen werden (%2)."), file,
                   &displayName, exitCode))
        return std::nullopt;
    AnswersParseResult parsed = parseAnswers(readUpTo(file, kMaxInputBytes + 1), displayName, pack);
    if (!parsed.answers) {
        ctx.err << Tr::tr("Fehler: Die Antworten sind unvollständig oder ungültig:") << Qt::endl;
        printDiagnostics(ctx, parsed.diagnostics);
        *exitCode = ExitBadInput;
        return std::nullopt;
    }
    return parsed.answers;
}

bool checkFormat(Context& ctx)
{
    const QString format = ctx.args.value(QStringLiteral("format"));
    if (format.isEmpty() || format == QLatin1String("json") || format == QLatin1String("text"))
        return true;
    ctx.usage(Tr::tr("--format erwartet „text“ oder „json“."));
    return false;
}

ByteSink byteSink(Context& ctx)
{
    ctx.out.flush();
    if (QIODevice* device = ctx.out.device())
        return [device](const char* data, std::size_t size) {
            return device->write(data, static_cast<qint64>(size)) == static_cast<qint64>(size);
        };
    return [&ctx](const char* data, std::size_t size) {
        ctx.out << QString::fromUtf8(data, static_cast<qsizetype>(size));
        return ctx.out.status() == QTextStream::Ok;
    };
}

bool stdoutIsTerminal(Context& ctx)
{
    const auto* file = qobject_cast<QFile*>(ctx.out.device());
    return file && file->handle() >= 0 && ::isatty(file->handle()) != 0;
}

std::optional<int> intOption(Context& ctx, const QString& name, int low, int high)
{
    if (!ctx.args.options.contains(name))
        return 0;
    bool ok = false;
    const int v = ctx.args.value(name).toInt(&ok);
    if (!ok || v < low || v > high) {
        ctx.usage(Tr::tr("--%1 erwartet eine Zahl von %2 bis %3.").arg(name).arg(low).arg(high));
        return std::nullopt;
    }
    return v;
}

QString subcommandProblem(const QString& command, const QString& sub, const char* choices)
{
    return sub.isEmpty() ? Tr::tr("„%1“ braucht einen Unterbefehl (%2).").arg(command, QLatin1String(choices))
                         : Tr::tr("Unbekannter Unterbefehl „%1 %2“ (%3).").arg(command, sub, QLatin1String(choices));
}

bool Context::expect(const QStringList& allowedOptions, qsizetype minWords, qsizetype maxWords)
{
    for (auto it = args.options.cbegin(); it != args.options.cend(); ++it)
        if (!allowedOptions.contains(it.key())) {
            usage(Tr::tr("Die Option „--%1“ passt nicht zu diesem Befehl.").arg(it.key()));
            return false;
        }
    for (const QString& flag : std::as_const(args.flags))
        if (!allowedOptions.contains(flag)) {
            usage(Tr::tr("Die Option „--%1“ passt nicht zu diesem Befehl.").arg(flag));
            return false;
        }
    if (args.positional.size() < minWords || args.positional.size() > maxWords) {
        usage(args.positional.size() < minWords ? Tr::tr("Es fehlt ein Argument.")
                                                : Tr::tr("Unerwartetes Argument „%1“.").arg(args.positional.last()));
        return false;
    }
    return true;
}

int Context::usage(const QString& message)
{
    err << Tr::tr("Fehler: %1").arg(message) << Qt::endl << Qt::endl << usageText();
    err.flush();
    return ExitBadInput;
}

QString usageText()
{
    return Tr::tr("Aufruf: ki-lotse-cli <Befehl> [Optionen]\n"
                  "\n"
                  "Befehle:\n"
                  "  classify --answers DATEI|-          Prüfung aus einer Antwortdatei (JSON) auswerten\n"
                  "  policy validate ORDNER               Regelwerk vollständig prüfen\n"
                  "  policy show                          Aktives Regelwerk anzeigen\n"
                  "  rules list [--level N] [--audience clerk|admin|trainer] [--area ID]\n"
                  "             [--search TEXT] [--answers DATEI|-]\n"
                  "                                       Verhaltensregeln auflisten (mit --answers: die Regeln\n"
                  "                                       dieser Prüfung)\n"
                  "  rules show ID                        Eine Regel mit Erläuterung und Quelle\n"
                  "  templates list [--use-case ID] [--level N] [--search TEXT]\n"
                  "  templates show ID                    Vorlage mit Platzhaltern anzeigen\n"
                  "  templates fill ID --set NAME=WERT …  Vorlage ausfüllen\n"
                  "  label --tool NAME [--model M] [--involvement generated|assisted|translated|\n"
                  "        summarised|ideas|manipulated] [--reviewer R] [--date JJJJ-MM-TT]\n"
                  "        [--audience internal|individual|public] [--public-interest]\n"
                  "        [--medium text|image|audio|video] [--deepfake] [--artistic] [--language de|en]\n"
                  "        [--format text|long|html|markdown|email|jsonld]\n"
                  "                                       Transparenzhinweis erzeugen\n"
                  "  tools --level 1|2 [--use-case ID] [--personal-data] [--all]\n"
                  "                                       Freigegebene KI-Dienste für eine Schutzstufe\n"
                  "  registry export [--format json|csv]  Verzeichnis der KI-Dienste exportieren\n"
                  "  registry import DATEI [--dry-run] [--encoding windows-1252|utf-16]\n"
                  "                  [--leave-demo retire|keep]\n"
                  "                                       Importieren (alles oder nichts; nur UTF-8, andere\n"
                  "                                       Kodierung nur mit --encoding; ins Demo-Verzeichnis\n"
                  "                                       nur mit --leave-demo)\n"
                  "  registry reviews                     Überfällige Prüfungen (Exit-Code 3, wenn welche fällig)\n"
                  "  registry audit [--service NAME] [--actor WER] [--from JJJJ-MM-TT]\n"
                  "                 [--to JJJJ-MM-TT] [--limit N] [--format text|json|csv]\n"
                  "                                       Änderungsprotokoll (deutsch, gefiltert;\n"
                  "                                       csv für die Tabellenkalkulation)\n"
                  "  scan [--format text|json|ndjson] [--pretty] [--recursive] DATEI…|ORDNER…|-\n"
                  "                                       Entwurf oder Dateien (PDF, DOCX, XLSX, ODT, ODS,\n"
                  "                                       EML, Text) lokal auf personenbezogene Daten und\n"
                  "                                       Geheimhaltungsvermerke prüfen (JSON kompakt,\n"
                  "                                       mit --pretty eingerückt; ndjson: ein Fund je Zeile)\n"
                  "  pseudonymise [--mapping AUS.json] DATEI|-\n"
                  "                                       Funde durch Platzhalter ersetzen ([PERSON_1] …);\n"
                  "                                       --mapping schreibt die Zuordnung (enthält die Originale!)\n"
                  "  restore --mapping DATEI.json DATEI|- Platzhalter in einer Antwort zurückersetzen\n"
                  "  report --answers DATEI|- --format pdf|html|json -o AUS [--purpose TEXT]\n"
                  "         [--with-user] [--label-tool NAME] [--draft DATEI]\n"
                  "                                       Prüfvermerk erstellen (der Entwurf selbst kommt nie\n"
                  "                                       hinein, nur die Zahl der Funde je Art)\n"
                  "  report --record VERMERK.json --format pdf|html|json -o AUS\n"
                  "                                       Vermerk neu ausgeben, mit Abgleich zum Regelwerk\n"
                  "  recheck VERMERK.json                 Vermerk gegen das aktuelle Regelwerk prüfen\n"
                  "                                       (Exit-Code 3, wenn sich das Ergebnis ändert oder die\n"
                  "                                       Antworten nicht mehr zum Fragebogen passen)\n"
                  "  demo list|check [--demos DATEI]      Workshop-Szenarien auflisten / Erwartungen prüfen\n"
                  "  demo show ID [--demos DATEI]         Ein Szenario mit Auflösung\n"
                  "  config show|check [--system-file DATEI] [--user-file DATEI]\n"
                  "                                       Einstellungen anzeigen / prüfen (systemweite Datei\n"
                  "                                       der IT und eigene; Exit-Code 2 bei Fehlern)\n"
                  "  native-host [URSPRUNG]               Native-Messaging-Host der Browser-Erweiterung\n"
                  "                                       (startet der Browser über /usr/lib/ki-lotse/native-host;\n"
                  "                                       Nachrichten auf stdin/stdout)\n"
                  "\n"
                  "Optionen:\n"
                  "  --policy ORDNER     Regelwerk aus diesem Ordner (sonst $KI_LOTSE_POLICY_DIR, Einstellung\n"
                  "                      policy/dir, Systemordner, mitgeliefertes Regelwerk)\n"
                  "  --format text|json  Ausgabeformat (Standard: text)\n"
                  "  --registry ORT      Verzeichnis der KI-Dienste: SQLite-Datei oder postgresql://-URL\n"
                  "                      (sonst $KI_LOTSE_REGISTRY, Einstellung registry/location, sonst die\n"
                  "                      Datei im Benutzerordner; gesperrte Einstellungen gehen vor)\n"
                  "  --lang de|en        Sprache der Ausgabe (sonst $KI_LOTSE_LANG, Einstellung ui/language)\n"
                  "  --version           Version ausgeben\n"
                  "  --help              Diese Hilfe\n"
                  "\n"
                  "Exit-Codes: 0 erfolgreich, 1 Laufzeitfehler, 2 ungültige Eingabe oder Aufruf,\n"
                  "            3 Prüfungen überfällig (registry reviews), Ergebnis geändert (recheck)\n"
                  "            oder Funde (scan).\n"
                  "Antwortdatei: {\"use_case\": \"drafting\", \"answers\": {\"personal_data\": \"no\", ...}}\n");
}

std::unique_ptr<Registry> openRegistryOrReport(Context& ctx)
{
    RegistryError error;
    auto registry = openRegistry(resolveRegistryLocation(ctx.args.value(QStringLiteral("registry"))), &error);
    if (!registry)
        ctx.err << Tr::tr("Fehler: Das Verzeichnis der KI-Dienste kann nicht geöffnet werden: %1 (%2)")
                       .arg(registryErrorText(error), error.message)
                << Qt::endl;
    else if (registry->isOffline())
        ctx.err << Tr::tr("Hinweis: %1").arg(registryOfflineNotice(*registry)) << Qt::endl;
    return registry;
}

// Reads a draft from a file or stdin ("-"). Reports problems itself; nullopt on failure.
std::optional<QString> readDraft(Context& ctx, const QString& path, int* exitCode)
{
    QFile file;
    QString displayName;
    if (!openInput(ctx, path, Tr::tr("Fehler: %1: Die Datei kann nicht gelesen werden (%2)."), file, &displayName,
                   exitCode))
        return std::nullopt;
    const DraftDecodeResult decoded = decodeDraftText(readUpTo(file, kMaxDraftBytes + 1));
    if (!decoded.ok) {
        ctx.err << Tr::tr("Fehler: %1: %2").arg(displayName, decoded.error) << Qt::endl;
        *exitCode = ExitBadInput;
        return std::nullopt;
    }
    if (decoded.encoding != QStringLiteral("UTF-8"))
        ctx.err << Tr::tr("Hinweis: %1 ist kein UTF-8; gelesen als %2.").arg(displayName, decoded.encoding) << Qt::endl;
    return decoded.text;
}

std::optional<ScanRules> scanRulesOrReport(Context& ctx, const PolicyPack& pack)
{
    if (pack.scan)
        return pack.scan;
    ctx.err << Tr::tr("Fehler: Das Regelwerk „%1“ enthält keine Prüfregeln für Entwürfe (Datei „scan“ im Manifest).")
                   .arg(pack.manifest.id)
            << Qt::endl;
    return std::nullopt;
}

// Writes `data` to `path` atomically ("-" = standard output). Reports problems itself.
bool writeOutput(Context& ctx, const QString& path, const QByteArray& data)
{
    if (path == QStringLiteral("-")) {
        ctx.out.flush();
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly) || out.write(data) != data.size()) {
            ctx.err << Tr::tr("Fehler: Die Ausgabe kann nicht geschrieben werden.") << Qt::endl;
            return false;
        }
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        ctx.err << Tr::tr("Fehler: %1: Die Datei kann nicht geschrieben werden (%2).").arg(path, file.errorString())
                << Qt::endl;
        return false;
    }
    return true;
}

std::optional<CheckRecord> readRecord(Context& ctx, const QString& path, int* exitCode)
{
    QFile file;
    QString displayName;
    if (!openInput(ctx, path, Tr::tr("Fehler: %1: Der Prüfvermerk kann nicht gelesen werden (%2)."), file, &displayName,
                   exitCode))
        return std::nullopt;
    RecordParseResult parsed = recordFromJson(readUpTo(file, kMaxRecordBytes + 1), displayName);
    if (!parsed.record) {
        ctx.err << Tr::tr("Fehler: Der Prüfvermerk ist ungültig:") << Qt::endl;
        printDiagnostics(ctx, parsed.diagnostics);
        *exitCode = ExitBadInput;
        return std::nullopt;
    }
    // Made by a newer version, without checksum, or changed since: said on stderr, so that the
    // output (a rendered record, recheck's JSON) stays what it is.
    for (const RecordNote& note : recordNotes(*parsed.record))
        ctx.err << (note.warning ? Tr::tr("Warnung: %1") : Tr::tr("Hinweis: %1")).arg(note.text) << Qt::endl;
    return parsed.record;
}

// The scenarios to show: the trainer's file (--demos) or the pack's own.
std::optional<QList<DemoScenario>> scenariosOrReport(Context& ctx, const PolicyPack& pack)
{
    const QString file = ctx.args.value(QStringLiteral("demos"));
    if (file.isEmpty()) {
        if (pack.demos.isEmpty())
            ctx.err << Tr::tr("Hinweis: Das Regelwerk „%1“ enthält keine Workshop-Szenarien.").arg(pack.manifest.id)
                    << Qt::endl;
        return pack.demos;
    }
    DemoLoadResult loaded = loadDemoFile(file, pack);
    if (!loaded.scenarios) {
        ctx.err << Tr::tr("Fehler: Die Szenariodatei ist ungültig (%n Fehler):", nullptr,
                          static_cast<int>(loaded.diagnostics.size()))
                << Qt::endl;
        printDiagnostics(ctx, loaded.diagnostics);
        return std::nullopt;
    }
    return loaded.scenarios;
}

QString outcomeLine(int level, bool escalate, bool blocked)
{
    if (blocked)
        return Tr::tr("nicht zulässig");
    return escalate ? Tr::tr("Schutzstufe %1, Rücksprache").arg(level) : Tr::tr("Schutzstufe %1").arg(level);
}

} // namespace kilotse::cli
