#include "Commands.h"

#include "TextOutput.h"
#include "check/Check.h"
#include "Config.h"
#include "I18n.h"
#include "classify/AnswersFile.h"
#include "classify/Classifier.h"
#include "output/OutcomeJson.h"
#include "content/Guidance.h"
#include "content/Label.h"
#include "content/TemplateFill.h"
#include "policy/PolicyLocator.h"
#include "registry/ServiceIo.h"
#include "registry/Tools.h"
#include "scan/DraftText.h"
#include "scan/ScanJson.h"
#include "scan/ScanAnalysis.h"
#include "content/Demos.h"
#include "report/CheckRecord.h"
#include "report/RecordRender.h"
#include "policy/PolicyLoader.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QJsonArray>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <spdlog/spdlog.h>

#include <cstdio>

namespace kilotse::cli {

namespace {

// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(kilotse::cli)
};

constexpr qint64 kMaxInputBytes = 8 * 1024 * 1024;

// Reads until end of input or `limit` bytes. A pipe delivers its data in pieces, so a single
// read() is not enough.
QByteArray readUpTo(QFile& file, qint64 limit)
{
    QByteArray data;
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
    PolicyLoadResult loaded = resolvePolicyStrict(ctx.policyDir());
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
    if (!openInput(ctx, path, Tr::tr("Fehler: %1: Die Antwortdatei kann nicht gelesen werden (%2)."), file, &displayName,
                   exitCode))
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

} // namespace

static QString subcommandProblem(const QString& command, const QString& sub, const char* choices)
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
              "  registry import DATEI [--dry-run]    Importieren (alles oder nichts)\n"
              "  registry reviews                     Überfällige Prüfungen (Exit-Code 3, wenn welche fällig)\n"
              "  registry audit [--service NAME] [--limit N]\n"
              "                                       Änderungsprotokoll\n"
              "  scan [--format text|json] DATEI|-    Entwurf lokal auf personenbezogene Daten und\n"
              "                                       Geheimhaltungsvermerke prüfen\n"
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
              "            3 Prüfungen überfällig (registry reviews) oder Ergebnis geändert (recheck).\n"
              "Antwortdatei: {\"use_case\": \"drafting\", \"answers\": {\"personal_data\": \"no\", ...}}\n");
}

int runClassify(Context& ctx)
{
    if (!ctx.expect({QStringLiteral("answers"), QStringLiteral("policy"), QStringLiteral("format"), QStringLiteral("registry")}, 0, 0) ||
        !checkFormat(ctx))
        return ExitBadInput;
    if (!ctx.args.options.contains(QStringLiteral("answers")))
        return ctx.usage(Tr::tr("classify braucht --answers DATEI (oder „-“ für die Standardeingabe)."));
    auto pack = loadPackOrReport(ctx);
    if (!pack)
        return ExitBadInput;
    int exitCode = ExitOk;
    const auto answers = readAnswers(ctx, *pack, ctx.args.value(QStringLiteral("answers")), &exitCode);
    if (!answers)
        return exitCode;

    Check check(*pack);
    check.setAnswers(*answers);
    const Outcome& outcome = check.outcome().value(); // readAnswers() refused anything incomplete
    spdlog::info("classify: policy={} {} outcome={} reasons={}", pack->manifest.id.toStdString(),
                 pack->manifest.version.toStdString(), outcome.verdictId().toStdString(), outcome.reasons.size());
    RegistryError registryError;
    const auto registry = openRegistry(resolveRegistryLocation(ctx.args.value(QStringLiteral("registry"))), &registryError);
    std::optional<ToolsForCheck> tools;
    if (!registry && !ctx.json())
        ctx.err << Tr::tr("Hinweis: Das Verzeichnis der KI-Dienste ist nicht verfügbar (%1); freigegebene Dienste werden nicht "
                      "angezeigt.")
                       .arg(registryError.message)
                << Qt::endl;
    if (registry)
        tools = check.tools(*registry, false);
    if (ctx.json())
        ctx.out << QString::fromUtf8(outcomeToJson(*pack, check.answers(), outcome, tools ? &*tools : nullptr,
                                                   registryError.message, registry && registry->isDemo()));
    else
        writeOutcomeText(ctx.out, *pack, check.answers(), outcome, tools ? &*tools : nullptr,
                         tools ? check.toolNotices(*registry, *tools) : QStringList());
    return ExitOk;
}

int runPolicy(Context& ctx)
{
    const QString sub = ctx.args.positional.value(0);
    if (sub == QStringLiteral("validate")) {
        if (!ctx.expect({QStringLiteral("format")}, 2, 2) || !checkFormat(ctx))
            return ExitBadInput;
        const QString directory = ctx.args.positional[1];
        const PolicyLoadResult loaded = loadPolicyPack(directory, PackOrigin::CommandLine);
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
            const QString language = contentLanguage();
            QStringList languages;
            for (const ContentTranslation& t : p.translations)
                if (!languages.contains(t.language))
                    languages << t.language;
            for (const QString& translationLanguage : std::as_const(languages)) {
                setContentLanguage(translationLanguage);
                const PolicyLoadResult translated = loadPolicyPack(directory, PackOrigin::CommandLine);
                setContentLanguage(language);
                if (!translated.ok())
                    continue;
                for (const ContentTranslation& applied : translated.pack->translations) {
                    if (!applied.applied)
                        continue;
                    ctx.out << Tr::tr("Übersetzung „%1“ (%2): %3 Texte übersetzt, %4 ohne Übersetzung (erscheinen in der "
                                      "Sprache des Regelwerks)")
                                   .arg(applied.language, applied.file)
                                   .arg(applied.translatedTexts)
                                   .arg(applied.untranslatedTexts)
                            << Qt::endl;
                    if (!applied.unused.isEmpty())
                        ctx.err << Tr::tr("Warnung: %1: %n Einträge passen zu keinem Text des Regelwerks, z. B. „%2“", nullptr,
                                          static_cast<int>(applied.unused.size()))
                                       .arg(applied.file, applied.unused.first().left(80))
                                << Qt::endl;
                }
            }
        } else {
            ctx.err << Tr::tr("Regelwerk ungültig: %n Fehler in %1", nullptr, static_cast<int>(loaded.diagnostics.size()))
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

int runRules(Context& ctx)
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
        if (!audience.isEmpty() && !QStringList{QStringLiteral("clerk"), QStringLiteral("admin"), QStringLiteral("trainer")}.contains(audience))
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
            for (const GuidanceRule* r : rulesForCheck(*pack, *answers, outcome, audience.isEmpty() ? QStringLiteral("clerk") : audience))
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

int runTemplates(Context& ctx)
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
        const auto list = filterTemplates(*pack, TemplateFilter{ctx.args.value(QStringLiteral("search")), useCase, *level});
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
            ctx.out << QString::fromUtf8(templateFillToJson(*t, filled.text, filled.problems, filled.personalDataFields));
        } else if (filled.ok()) {
            ctx.out << filled.text << Qt::endl;
        }
        if (!filled.ok()) {
            ctx.err << Tr::tr("Fehler: Die Vorlage „%1“ kann so nicht ausgefüllt werden:").arg(t->id) << Qt::endl;
            for (const Diagnostic& d : filled.problems)
                ctx.err << QStringLiteral("  ") << d.pointer << QStringLiteral(": ") << d.message << QStringLiteral(" [")
                        << d.code << u']' << Qt::endl;
            return ExitBadInput;
        }
        if (filled.needsLevel2())
            ctx.err << Tr::tr("Hinweis: Mit diesem Inhalt gilt Schutzstufe 2 (möglicherweise personenbezogene Daten in: %1).")
                           .arg(filled.personalDataFields.join(QStringLiteral(", ")))
                    << Qt::endl;
        return ExitOk;
    }
    return ctx.usage(subcommandProblem(QStringLiteral("templates"), sub, "list, show, fill"));
}

int runLabel(Context& ctx)
{
    if (!ctx.expect({QStringLiteral("policy"), QStringLiteral("format"), QStringLiteral("tool"), QStringLiteral("model"),
                     QStringLiteral("involvement"), QStringLiteral("reviewer"), QStringLiteral("date"),
                     QStringLiteral("audience"), QStringLiteral("public-interest"), QStringLiteral("language"),
                     QStringLiteral("medium"), QStringLiteral("deepfake"), QStringLiteral("artistic")},
                    0, 0))
        return ExitBadInput;
    const QString formatName = ctx.args.value(QStringLiteral("format")).isEmpty() ? QStringLiteral("text")
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
        return ctx.usage(Tr::tr("--involvement erwartet: %1.").arg(pack->labels->involvements.join(QStringLiteral(", "))));
    if (problems.contains(QStringLiteral("unknown-language")))
        return ctx.usage(Tr::tr("--language erwartet de oder en."));
    ctx.out << renderLabel(*pack, request, *format) << Qt::endl;
    const Art50Assessment art50 = assessArt50(*pack, request);
    ctx.err << (art50.legalDuty ? Tr::tr("Kennzeichnungspflicht nach Art. 50 Abs. 4 KI-VO: ja") : Tr::tr("Kennzeichnungspflicht nach Art. 50 Abs. 4 KI-VO: nein"))
            << QStringLiteral(" – ") << art50.reason << Qt::endl;
    if (!art50.warning.isEmpty())
        ctx.err << art50.warning << Qt::endl;
    return ExitOk;
}

namespace {
std::unique_ptr<Registry> openRegistryOrReport(Context& ctx)
{
    RegistryError error;
    auto registry = openRegistry(resolveRegistryLocation(ctx.args.value(QStringLiteral("registry"))), &error);
    if (!registry)
        ctx.err << Tr::tr("Fehler: Das Verzeichnis der KI-Dienste kann nicht geöffnet werden: %1").arg(error.message) << Qt::endl;
    return registry;
}
} // namespace

int runTools(Context& ctx)
{
    if (!ctx.expect({QStringLiteral("policy"), QStringLiteral("format"), QStringLiteral("registry"), QStringLiteral("level"),
                     QStringLiteral("use-case"), QStringLiteral("personal-data"), QStringLiteral("all")},
                    0, 0) ||
        !checkFormat(ctx))
        return ExitBadInput;
    if (!ctx.args.options.contains(QStringLiteral("level")))
        return ctx.usage(Tr::tr("tools braucht --level 1 oder --level 2."));
    const auto level = intOption(ctx, QStringLiteral("level"), 1, 2);
    if (!level)
        return ExitBadInput;
    auto pack = loadPackOrReport(ctx);
    if (!pack)
        return ExitBadInput;
    const QString useCase = ctx.args.value(QStringLiteral("use-case"));
    if (!useCase.isEmpty() && !pack->useCase(useCase))
        return ctx.usage(Tr::tr("Unbekannter Anwendungsfall „%1“.").arg(useCase));
    auto registry = openRegistryOrReport(ctx);
    if (!registry)
        return ExitFailure;
    const bool personalData = ctx.args.flags.contains(QStringLiteral("personal-data"));
    const bool all = ctx.args.flags.contains(QStringLiteral("all"));
    const ToolsForCheck tools = toolsForCheck(*registry, *pack, *level, useCase, personalData, QDate::currentDate(), all);
    if (ctx.json())
        ctx.out << QString::fromUtf8(toolsToJson(tools, *level, useCase, personalData, *registry, all));
    else
        writeToolsText(ctx.out, tools, all, registry->isDemo());
    return ExitOk;
}

int runRegistry(Context& ctx)
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
        if (!ctx.expect({QStringLiteral("registry"), QStringLiteral("dry-run"), QStringLiteral("policy")}, 2, 2))
            return ExitBadInput;
        const QString path = ctx.args.positional[1];
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            ctx.err << Tr::tr("Fehler: %1 kann nicht gelesen werden (%2).").arg(path, file.errorString()) << Qt::endl;
            return ExitBadInput;
        }
        const QByteArray bytes = readUpTo(file, kMaxImportBytes + 1);
        const bool json = bytes.trimmed().startsWith('{') || path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
        ServiceParseResult parsed = json ? parseServicesJson(bytes, path) : parseServicesCsv(bytes, path);
        auto pack = loadPackOrReport(ctx);
        if (!pack)
            return ExitBadInput;
        auto registry = openRegistryOrReport(ctx);
        if (!registry)
            return ExitFailure;
        QStringList useCases;
        for (const UseCase& u : pack->useCases)
            useCases << u.id;
        const bool dryRun = ctx.args.flags.contains(QStringLiteral("dry-run"));
        ImportReport report;
        if (parsed.problems.isEmpty())
            report = registry->importServices(parsed.rows, dryRun, currentUser(), useCases);
        report.problems = parsed.problems + report.problems;
        if (!report.problems.isEmpty()) {
            ctx.err << Tr::tr("Import abgelehnt, nichts wurde geändert (%n Fehler):", nullptr, static_cast<int>(report.problems.size()))
                    << Qt::endl;
            printDiagnostics(ctx, report.problems);
            // A bad file is bad input; a database or permission failure is a runtime failure.
            const bool runtime = std::any_of(report.problems.cbegin(), report.problems.cend(), [](const Diagnostic& d) {
                return d.code == QLatin1String("database") || d.code == QLatin1String("read-only");
            });
            return runtime ? ExitFailure : ExitBadInput;
        }
        ctx.out << (dryRun ? Tr::tr("Probelauf ohne Fehler: %1 neu, %2 aktualisiert (nichts geändert).")
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
                               .arg(s.name, s.nextReview.isValid() ? s.nextReview.toString(QStringLiteral("dd.MM.yyyy")) : Tr::tr("nicht gesetzt"),
                                    s.ownerDepartment, s.ownerContact)
                        << Qt::endl;
        }
        return overdue.isEmpty() ? ExitOk : ExitReviewsDue;
    }
    if (sub == QStringLiteral("audit")) {
        if (!ctx.expect({QStringLiteral("registry"), QStringLiteral("format"), QStringLiteral("service"), QStringLiteral("limit")}, 1, 1) ||
            !checkFormat(ctx))
            return ExitBadInput;
        const auto limit = ctx.args.options.contains(QStringLiteral("limit")) ? intOption(ctx, QStringLiteral("limit"), 1, 1000000)
                                                                                : std::optional<int>(1000);
        if (!limit)
            return ExitBadInput;
        auto registry = openRegistryOrReport(ctx);
        if (!registry)
            return ExitFailure;
        qint64 serviceId = 0;
        if (ctx.args.options.contains(QStringLiteral("service"))) {
            const auto s = registry->serviceByName(ctx.args.value(QStringLiteral("service")));
            if (!s) {
                ctx.err << Tr::tr("Fehler: Unbekannter Dienst „%1“.").arg(ctx.args.value(QStringLiteral("service"))) << Qt::endl;
                return ExitBadInput;
            }
            serviceId = s->id;
        }
        const QList<AuditEntry> entries = registry->audit(serviceId, *limit);
        if (ctx.json()) {
            ctx.out << QString::fromUtf8(auditToJson(entries));
        } else {
            for (const AuditEntry& e : entries)
                ctx.out << e.at.toLocalTime().toString(QStringLiteral("dd.MM.yyyy HH:mm:ss")) << QStringLiteral("  ") << e.actor
                        << QStringLiteral("  ") << e.action << QStringLiteral("  ") << e.serviceName << QStringLiteral("  ")
                        << e.field << QStringLiteral(": ") << e.oldValue << QStringLiteral(" → ") << e.newValue << Qt::endl;
        }
        return ExitOk;
    }
    return ctx.usage(subcommandProblem(QStringLiteral("registry"), sub, "export, import, reviews, audit"));
}

namespace {

// Reads a draft from a file or stdin ("-"). Reports problems itself; nullopt on failure.
std::optional<QString> readDraft(Context& ctx, const QString& path, int* exitCode)
{
    QFile file;
    QString displayName;
    if (!openInput(ctx, path, Tr::tr("Fehler: %1: Die Datei kann nicht gelesen werden (%2)."), file, &displayName, exitCode))
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

} // namespace

int runScan(Context& ctx)
{
    if (!ctx.expect({QStringLiteral("policy"), QStringLiteral("format")}, 1, 1) || !checkFormat(ctx))
        return ExitBadInput;
    auto pack = loadPackOrReport(ctx);
    if (!pack)
        return ExitBadInput;
    const auto rules = scanRulesOrReport(ctx, *pack);
    if (!rules)
        return ExitBadInput;
    int exitCode = ExitOk;
    const auto text = readDraft(ctx, ctx.args.positional[0], &exitCode);
    if (!text)
        return exitCode;
    const Scanner scanner(*rules);
    const QList<ScanFinding> findings = scanner.scan(*text);
    const ScanSummary summary = summariseScan(*rules, findings);
    // The classifier's verdict on the answers the draft implies (the draft page shows the same).
    const Outcome suggested = draftOutcome(*pack, summary);
    // Counts only: the draft and what was found in it never reach the log.
    spdlog::info("scan: chars={} findings={} suggested_level={}", text->size(), findings.size(), suggested.level);
    if (ctx.json()) {
        ctx.out << QString::fromUtf8(scanToJson(*rules, *text, findings, summary, {suggested.level, suggested.verdictId()}));
        return ExitOk;
    }
    const LevelText* level = pack->level(suggested.level);
    ctx.out << Tr::tr("Funde: %1 – vorgeschlagen: %2")
                   .arg(findings.size())
                   .arg(verdictText(suggested.verdictId(), suggested.level,
                                    suggested.blocked ? pack->blocked.title : level ? level->title : QString()))
            << Qt::endl;
    // line:column (both from 1, columns in characters) for each finding
    qsizetype line = 1;
    qsizetype lineStart = 0;
    qsizetype pos = 0;
    for (const ScanFinding& f : findings) {
        for (; pos < f.start; ++pos)
            if ((*text)[pos] == u'\n') {
                ++line;
                lineStart = pos + 1;
            }
        ctx.out << QStringLiteral("  %1:%2  ").arg(line).arg(f.start - lineStart + 1)
                << rules->info(f.category).label << QStringLiteral("  „") << QString(f.text).replace(u'\n', u' ')
                << QStringLiteral("“  (") << f.explanation << QStringLiteral(")") << Qt::endl;
    }
    if (findings.isEmpty())
        ctx.out << Tr::tr("Keine personenbezogenen Daten oder Vermerke erkannt. Das ersetzt nicht Ihre eigene Prüfung.")
                << Qt::endl;
    return ExitOk;
}

int runPseudonymise(Context& ctx)
{
    if (!ctx.expect({QStringLiteral("policy"), QStringLiteral("format"), QStringLiteral("mapping")}, 1, 1) ||
        !checkFormat(ctx))
        return ExitBadInput;
    auto pack = loadPackOrReport(ctx);
    if (!pack)
        return ExitBadInput;
    const auto rules = scanRulesOrReport(ctx, *pack);
    if (!rules)
        return ExitBadInput;
    int exitCode = ExitOk;
    const auto text = readDraft(ctx, ctx.args.positional[0], &exitCode);
    if (!text)
        return exitCode;
    const Pseudonymised result = pseudonymise(*text, Scanner(*rules).scan(*text), *rules);
    spdlog::info("pseudonymise: chars={} replaced={} values={}", text->size(), result.replaced, result.entries.size());
    if (ctx.args.options.contains(QStringLiteral("mapping"))) {
        // The mapping holds the original values: written only because the user asked for it, and
        // only readable by the user.
        const QString path = ctx.args.value(QStringLiteral("mapping"));
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(pseudonymisedToJson(result, *rules)) < 0 || !file.commit()) {
            ctx.err << Tr::tr("Fehler: %1: Die Zuordnung kann nicht geschrieben werden (%2).").arg(path, file.errorString())
                    << Qt::endl;
            return ExitFailure;
        }
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    if (ctx.json()) {
        Pseudonymised withoutOriginals = result;
        for (PseudonymEntry& e : withoutOriginals.entries)
            e.original.clear();
        ctx.out << QString::fromUtf8(pseudonymisedToJson(withoutOriginals, *rules));
    } else {
        ctx.out << result.text;
        if (!result.text.endsWith(u'\n'))
            ctx.out << Qt::endl;
        ctx.err << Tr::tr("%n Stelle(n) ersetzt.", nullptr, result.replaced) << u' ' << rules->pseudonymisedNote << Qt::endl;
    }
    return ExitOk;
}

int runRestore(Context& ctx)
{
    if (!ctx.expect({QStringLiteral("mapping")}, 1, 1))
        return ExitBadInput;
    if (!ctx.args.options.contains(QStringLiteral("mapping")))
        return ctx.usage(Tr::tr("restore braucht --mapping DATEI (geschrieben von „pseudonymise --mapping“)."));
    const QString path = ctx.args.value(QStringLiteral("mapping"));
    QFile mappingFile(path);
    if (!mappingFile.open(QIODevice::ReadOnly)) {
        ctx.err << Tr::tr("Fehler: %1: Die Zuordnung kann nicht gelesen werden (%2).").arg(path, mappingFile.errorString())
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
        ctx.err << Tr::tr("Hinweis: unbekannte Platzhalter: %1").arg(restored.unknownPlaceholders.join(QStringLiteral(", ")))
                << Qt::endl;
    return ExitOk;
}

namespace {

constexpr qint64 kMaxRecordBytes = 1024 * 1024;

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
        ctx.err << Tr::tr("Fehler: %1: Die Datei kann nicht geschrieben werden (%2).").arg(path, file.errorString()) << Qt::endl;
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
    return parsed.record;
}

// The scenarios to show: the trainer's file (--demos) or the pack's own.
std::optional<QList<DemoScenario>> scenariosOrReport(Context& ctx, const PolicyPack& pack)
{
    const QString file = ctx.args.value(QStringLiteral("demos"));
    if (file.isEmpty()) {
        if (pack.demos.isEmpty())
            ctx.err << Tr::tr("Hinweis: Das Regelwerk „%1“ enthält keine Workshop-Szenarien.").arg(pack.manifest.id) << Qt::endl;
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

} // namespace

int runReport(Context& ctx)
{
    if (!ctx.expect({QStringLiteral("answers"), QStringLiteral("record"), QStringLiteral("format"), QStringLiteral("output"),
                     QStringLiteral("purpose"), QStringLiteral("draft"), QStringLiteral("label-tool"),
                     QStringLiteral("policy"), QStringLiteral("registry"), QStringLiteral("with-user")},
                    0, 0))
        return ExitBadInput;
    const QString format = ctx.args.value(QStringLiteral("format"));
    if (!recordFormatFromName(format))
        return ctx.usage(Tr::tr("report braucht --format pdf, html oder json."));
    const QString output = ctx.args.value(QStringLiteral("output"));
    if (output.isEmpty())
        return ctx.usage(Tr::tr("report braucht -o DATEI (oder „-o -“ für die Standardausgabe)."));
    const bool fromAnswers = ctx.args.options.contains(QStringLiteral("answers"));
    const bool fromRecord = ctx.args.options.contains(QStringLiteral("record"));
    if (fromAnswers == fromRecord)
        return ctx.usage(Tr::tr("report braucht entweder --answers DATEI (neuer Vermerk) oder --record DATEI "
                            "(vorhandenen Vermerk neu ausgeben und mit dem aktuellen Regelwerk abgleichen)."));
    if (fromRecord && (ctx.args.has(QStringLiteral("purpose")) || ctx.args.has(QStringLiteral("draft")) ||
                       ctx.args.has(QStringLiteral("label-tool")) || ctx.args.has(QStringLiteral("with-user"))))
        return ctx.usage(Tr::tr("--purpose, --draft, --label-tool und --with-user gelten nur zusammen mit --answers."));
    auto pack = loadPackOrReport(ctx);
    if (!pack)
        return ExitBadInput;
    int exitCode = ExitOk;

    QByteArray data;
    if (fromRecord) {
        const auto record = readRecord(ctx, ctx.args.value(QStringLiteral("record")), &exitCode);
        if (!record)
            return exitCode;
        const RecordComparison comparison = compareWithPack(*record, *pack);
        // JSON stays the record as it was; HTML and PDF add the comparison with the current pack.
        data = format == QLatin1String("json") ? recordToJson(*record)
                                               : renderRecord(*record, *recordFormatFromName(format), &comparison, &*pack);
        spdlog::info("report: re-rendered a record as {}, outcome changed={}", format.toStdString(), comparison.outcomeChanged());
    } else {
        const auto answers = readAnswers(ctx, *pack, ctx.args.value(QStringLiteral("answers")), &exitCode);
        if (!answers)
            return exitCode;
        RecordContext context;
        context.purpose = ctx.args.value(QStringLiteral("purpose"));
        if (normalisePurpose(context.purpose).size() < context.purpose.trimmed().size())
            ctx.err << Tr::tr("Hinweis: Der Zweck wurde auf eine Zeile mit höchstens %1 Zeichen gekürzt.").arg(kMaxPurposeLength)
                    << Qt::endl;
        if (const QStringList details = identifyingDetailsInPurpose(*pack, context.purpose); !details.isEmpty())
            ctx.err << Tr::tr("Warnung: Der Zweck enthält offenbar Angaben, die Personen erkennbar machen (%1). Der "
                              "Vermerk kommt in die Akte – bitte ohne Namen, Anschriften oder Kennnummern formulieren.")
                           .arg(details.join(QStringLiteral(", ")))
                    << Qt::endl;
        if (ctx.args.has(QStringLiteral("with-user")))
            context.user = currentUserName();
        Check check(*pack);
        check.setAnswers(*answers);
        RegistryError registryError;
        const auto registry =
            openRegistry(resolveRegistryLocation(ctx.args.value(QStringLiteral("registry"))), &registryError);
        if (!registry)
            ctx.err << Tr::tr("Hinweis: Das Verzeichnis der KI-Dienste ist nicht verfügbar (%1); der Vermerk nennt keine Dienste.")
                           .arg(registryError.message)
                    << Qt::endl;
        if (ctx.args.options.contains(QStringLiteral("label-tool"))) {
            LabelRequest request = check.labelRequest();
            request.tool = ctx.args.value(QStringLiteral("label-tool"));
            const QStringList problems = checkLabelRequest(*pack, request);
            if (!problems.isEmpty()) {
                ctx.err << Tr::tr("Fehler: Der Transparenzhinweis kann nicht erstellt werden (%1).").arg(problems.join(QStringLiteral(", ")))
                        << Qt::endl;
                return ExitBadInput;
            }
            context.label = RecordLabel{request.tool, request.involvement, renderLabel(*pack, request, LabelFormat::Short)};
        }
        if (ctx.args.options.contains(QStringLiteral("draft"))) {
            const auto rules = scanRulesOrReport(ctx, *pack);
            if (!rules)
                return ExitBadInput;
            const auto text = readDraft(ctx, ctx.args.value(QStringLiteral("draft")), &exitCode);
            if (!text)
                return exitCode;
            check.setDraft(summariseScan(*rules, Scanner(*rules).scan(*text)));
        }
        // A record never contradicts itself: draft findings the answers deny are refused.
        if (const QString blocker = check.recordBlocker(); !blocker.isEmpty()) {
            ctx.err << Tr::tr("Fehler: %1").arg(blocker) << Qt::endl;
            return ExitBadInput;
        }
        const CheckRecord record = check.record(registry.get(), registryError.message, context);
        data = renderRecord(record, *recordFormatFromName(format), nullptr, &*pack);
        spdlog::info("report: {} record, outcome={} tools={} rules={}", format.toStdString(),
                     record.verdict.toStdString(), record.tools.size(), record.rules.size());
    }
    if (!writeOutput(ctx, output, data))
        return ExitFailure;
    if (output != QStringLiteral("-"))
        ctx.err << Tr::tr("Prüfvermerk geschrieben: %1").arg(output) << Qt::endl;
    return ExitOk;
}

int runRecheck(Context& ctx)
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
        QJsonObject o;
        o.insert(QStringLiteral("same_pack"), c.samePack);
        o.insert(QStringLiteral("record_pack"), QJsonObject{{QStringLiteral("id"), record->packId},
                                                            {QStringLiteral("version"), record->packVersion},
                                                            {QStringLiteral("sha256"), record->packSha256}});
        o.insert(QStringLiteral("current_pack"), QJsonObject{{QStringLiteral("id"), c.currentPackId},
                                                             {QStringLiteral("version"), c.currentPackVersion},
                                                             {QStringLiteral("sha256"), QString::fromLatin1(pack->sha256)}});
        o.insert(QStringLiteral("answer_problems"), QJsonArray::fromStringList(c.answerProblems));
        o.insert(QStringLiteral("evaluated"), c.evaluated);
        o.insert(QStringLiteral("outcome_changed"), c.outcomeChanged());
        o.insert(QStringLiteral("then"), QJsonObject{{QStringLiteral("verdict"), record->verdict},
                                                     {QStringLiteral("level"), record->level},
                                                     {QStringLiteral("escalate"), record->escalate},
                                                     {QStringLiteral("blocked"), record->blocked}});
        o.insert(QStringLiteral("now"), c.evaluated ? QJsonValue(QJsonObject{{QStringLiteral("verdict"), c.verdict},
                                                                           {QStringLiteral("level"), c.level},
                                                                           {QStringLiteral("escalate"), c.escalate},
                                                                           {QStringLiteral("blocked"), c.blocked}})
                                                    : QJsonValue());
        o.insert(QStringLiteral("added_reasons"), QJsonArray::fromStringList(c.addedReasons));
        o.insert(QStringLiteral("removed_reasons"), QJsonArray::fromStringList(c.removedReasons));
        ctx.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else {
        ctx.out << Tr::tr("Vermerk vom %1: %2").arg(record->created.toString(QStringLiteral("dd.MM.yyyy HH:mm")),
                                               verdictText(record->verdict, record->level, record->outcomeTitle))
                << Qt::endl;
        ctx.out << (c.samePack ? Tr::tr("Regelwerk unverändert (%1 %2).").arg(record->packId, record->packVersion)
                               : Tr::tr("Regelwerk geändert: damals %1 %2, heute %3 %4.")
                                     .arg(record->packId, record->packVersion, c.currentPackId, c.currentPackVersion))
                << Qt::endl;
        for (const QString& p : c.answerProblems)
            ctx.out << QStringLiteral("  • ") << p << Qt::endl;
        if (!c.evaluated)
            ctx.out << Tr::tr("Neu bewerten nicht möglich: Die Antworten passen nicht mehr zum Fragebogen.") << Qt::endl;
        else if (c.outcomeChanged()) {
            ctx.out << Tr::tr("GEÄNDERT – heute: %1").arg(verdictText(c.verdict, c.level, c.outcomeTitle)) << Qt::endl;
            if (!c.addedReasons.isEmpty())
                ctx.out << Tr::tr("  neu greifende Regeln: %1").arg(c.addedReasons.join(QStringLiteral(", "))) << Qt::endl;
            if (!c.removedReasons.isEmpty())
                ctx.out << Tr::tr("  nicht mehr greifende Regeln: %1").arg(c.removedReasons.join(QStringLiteral(", "))) << Qt::endl;
        } else
            ctx.out << Tr::tr("Unverändert – heute dasselbe Ergebnis.") << Qt::endl;
    }
    return (c.outcomeChanged() || !c.evaluated) ? ExitChanged : ExitOk;
}

int runDemo(Context& ctx)
{
    const QString sub = ctx.args.positional.value(0);
    if (sub != QLatin1String("list") && sub != QLatin1String("show") && sub != QLatin1String("check"))
        return ctx.usage(subcommandProblem(QStringLiteral("demo"), sub, "list, show, check"));
    if (!ctx.expect({QStringLiteral("policy"), QStringLiteral("format"), QStringLiteral("demos")}, sub == QLatin1String("show") ? 2 : 1,
                    sub == QLatin1String("show") ? 2 : 1) ||
        !checkFormat(ctx))
        return ExitBadInput;
    auto pack = loadPackOrReport(ctx);
    if (!pack)
        return ExitBadInput;
    const auto scenarios = scenariosOrReport(ctx, *pack);
    if (!scenarios)
        return ExitBadInput;

    auto expectedJson = [](const DemoScenario& s) {
        return QJsonObject{{QStringLiteral("level"), s.expectedLevel},
                           {QStringLiteral("escalate"), s.expectedEscalate},
                           {QStringLiteral("blocked"), s.expectedBlocked}};
    };
    if (sub == QLatin1String("list")) {
        if (ctx.json()) {
            QJsonArray list;
            for (const DemoScenario& s : *scenarios)
                list.append(QJsonObject{{QStringLiteral("id"), s.id},
                                        {QStringLiteral("title"), s.title},
                                        {QStringLiteral("use_case"), s.useCase},
                                        {QStringLiteral("expected"), expectedJson(s)}});
            ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("scenarios"), list}}).toJson());
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
        ctx.err << Tr::tr("Fehler: Unbekanntes Szenario „%1“ (vorhanden: %2).").arg(id, ids.join(QStringLiteral(", "))) << Qt::endl;
        return ExitBadInput;
    }
    const Outcome outcome = demoOutcome(*pack, *scenario);
    const QString mismatch = demoMismatch(*pack, *scenario);
    if (ctx.json()) {
        QJsonObject answers;
        for (auto it = scenario->answers.cbegin(); it != scenario->answers.cend(); ++it)
            answers.insert(it.key(), it.value());
        QJsonArray reasons;
        for (const Reason& r : outcome.reasons)
            reasons.append(r.ruleId);
        ctx.out << QString::fromUtf8(
            QJsonDocument(QJsonObject{{QStringLiteral("id"), scenario->id},
                                      {QStringLiteral("title"), scenario->title},
                                      {QStringLiteral("situation"), scenario->situation},
                                      {QStringLiteral("question"), scenario->question},
                                      {QStringLiteral("use_case"), scenario->useCase},
                                      {QStringLiteral("answers"), answers},
                                      {QStringLiteral("expected"), expectedJson(*scenario)},
                                      {QStringLiteral("outcome"), QJsonObject{{QStringLiteral("verdict"), outcome.verdictId()},
                                                                              {QStringLiteral("level"), outcome.level},
                                                                              {QStringLiteral("escalate"), outcome.escalate},
                                                                              {QStringLiteral("blocked"), outcome.blocked},
                                                                              {QStringLiteral("reasons"), reasons}}},
                                      {QStringLiteral("matches_expectation"), mismatch.isEmpty()},
                                      {QStringLiteral("reveal"), scenario->reveal},
                                      {QStringLiteral("teaching_point"), scenario->teachingPoint},
                                      {QStringLiteral("discussion"), scenario->discussion},
                                      {QStringLiteral("source"), QJsonObject{{QStringLiteral("doc"), scenario->source.docId},
                                                                             {QStringLiteral("section"), scenario->source.section},
                                                                             {QStringLiteral("citation"), pack->citation(scenario->source)}}}})
                .toJson());
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
    ctx.out << Qt::endl << Tr::tr("Auflösung: %1").arg(outcomeLine(outcome.level, outcome.escalate, outcome.blocked)) << Qt::endl;
    ctx.out << scenario->reveal << Qt::endl << Qt::endl;
    ctx.out << Tr::tr("Merksatz: %1").arg(scenario->teachingPoint) << Qt::endl;
    if (!scenario->discussion.isEmpty())
        ctx.out << Tr::tr("Zur Diskussion: %1").arg(scenario->discussion) << Qt::endl;
    ctx.out << Tr::tr("Quelle: %1").arg(pack->citation(scenario->source)) << Qt::endl;
    if (!mismatch.isEmpty())
        ctx.err << Tr::tr("Warnung: %1").arg(mismatch) << Qt::endl;
    return ExitOk;
}

int runConfig(Context& ctx)
{
    const QString sub = ctx.args.positional.value(0);
    if (sub != QLatin1String("show") && sub != QLatin1String("check"))
        return ctx.usage(subcommandProblem(QStringLiteral("config"), sub, "show, check"));
    if (!ctx.expect({QStringLiteral("format"), QStringLiteral("system-file"), QStringLiteral("user-file")}, 1, 1) ||
        !checkFormat(ctx))
        return ExitBadInput;
    const QString systemFile = ctx.args.value(QStringLiteral("system-file"));
    const QString userFile = ctx.args.value(QStringLiteral("user-file"));
    const Config config = systemFile.isEmpty() && userFile.isEmpty()
                              ? Config::load()
                              : Config::loadFrom(systemFile.isEmpty() ? Config::defaultSystemFile() : systemFile,
                                                 userFile.isEmpty() ? Config::defaultUserFile() : userFile);

    if (sub == QLatin1String("check")) {
        for (const ConfigProblem& p : config.problems())
            ctx.err << Tr::tr("Fehler: %1").arg(p.toString()) << Qt::endl;
        if (!config.problems().isEmpty())
            return ExitBadInput;
        ctx.out << Tr::tr("Einstellungen in Ordnung (System: %1, Benutzer: %2).")
                       .arg(config.systemFileExists() ? config.systemFile() : Tr::tr("keine Datei"),
                            QFileInfo::exists(config.userFile()) ? config.userFile() : Tr::tr("keine Datei"))
                << Qt::endl;
        return ExitOk;
    }

    if (ctx.json()) {
        QJsonArray settings;
        for (const SettingInfo& s : Config::knownSettings()) {
            const QString key = QLatin1String(s.key);
            settings.append(QJsonObject{{QStringLiteral("key"), key},
                                        {QStringLiteral("value"), QJsonValue::fromVariant(config.value(key))},
                                        {QStringLiteral("source"), settingSourceName(config.source(key))},
                                        {QStringLiteral("locked"), config.isLocked(key)},
                                        {QStringLiteral("meaning"), QLatin1String(s.meaning)}});
        }
        QJsonArray problems;
        for (const ConfigProblem& p : config.problems())
            problems.append(QJsonObject{{QStringLiteral("file"), p.file},
                                        {QStringLiteral("line"), p.line},
                                        {QStringLiteral("key"), p.key},
                                        {QStringLiteral("message"), p.message}});
        ctx.out << QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("system_file"), config.systemFile()},
                                                               {QStringLiteral("system_file_exists"), config.systemFileExists()},
                                                               {QStringLiteral("user_file"), config.userFile()},
                                                               {QStringLiteral("settings"), settings},
                                                               {QStringLiteral("problems"), problems}})
                                         .toJson(QJsonDocument::Indented));
        return config.problems().isEmpty() ? ExitOk : ExitBadInput;
    }
    ctx.out << Tr::tr("Systemweite Einstellungen: %1%2")
                   .arg(config.systemFile(), config.systemFileExists() ? QString() : Tr::tr(" (nicht vorhanden)"))
            << Qt::endl
            << Tr::tr("Eigene Einstellungen:      %1%2")
                   .arg(config.userFile(), QFileInfo::exists(config.userFile()) ? QString() : Tr::tr(" (nicht vorhanden)"))
            << Qt::endl
            << Qt::endl;
    for (const SettingInfo& s : Config::knownSettings()) {
        const QString key = QLatin1String(s.key);
        const QVariant v = config.value(key);
        QString shown = v.typeId() == QMetaType::Bool ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                                      : v.toString();
        if (shown.isEmpty())
            shown = QStringLiteral("–");
        QString origin;
        switch (config.source(key)) {
        case SettingSource::Default: origin = Tr::tr("Standard"); break;
        case SettingSource::System: origin = Tr::tr("System"); break;
        case SettingSource::User: origin = Tr::tr("Benutzer"); break;
        }
        if (config.isLocked(key))
            origin += Tr::tr(", gesperrt");
        ctx.out << QStringLiteral("%1 = %2   (%3)").arg(key.leftJustified(18), shown, origin) << Qt::endl;
    }
    for (const ConfigProblem& p : config.problems())
        ctx.err << Tr::tr("Fehler: %1").arg(p.toString()) << Qt::endl;
    return config.problems().isEmpty() ? ExitOk : ExitBadInput;
}

} // namespace kilotse::cli
