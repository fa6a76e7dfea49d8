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

ConfigCommand::ConfigCommand() : Command(QStringLiteral("config")) {}

static int runConfig(Context& ctx)
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
        if (!config.isUsable()) {
            QStringList places;
            for (const ConfigProblem& p : config.fatalProblems())
                places << (p.line > 0 ? QStringLiteral("%1:%2").arg(p.file).arg(p.line) : p.file) +
                              (p.key.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(p.key));
            ctx.err << Tr::tr("Mit diesen Einstellungen starten KI-Lotse und ki-lotse-cli nicht (keine Ersatzwerte, "
                              "kein Demo-Verzeichnis). Den Start verhindert: %1")
                           .arg(places.join(QStringLiteral("; ")))
                    << Qt::endl;
        }
        if (!config.problems().isEmpty())
            return ExitBadInput;
        ctx.out << Tr::tr("Einstellungen in Ordnung (System: %1, Benutzer: %2).")
                       .arg(config.systemFileExists() ? config.systemFile() : Tr::tr("keine Datei"),
                            QFileInfo::exists(config.userFile()) ? config.userFile() : Tr::tr("keine Datei"))
                << Qt::endl;
        return ExitOk;
    }

    if (ctx.json()) {
        ctx.out << QString::fromUtf8(configToJson(config));
        return config.problems().isEmpty() ? ExitOk : ExitBadInput;
    }
    ctx.out << Tr::tr("Systemweite Einstellungen: %1%2")
                   .arg(config.systemFile(), config.systemFileExists() ? QString() : Tr::tr(" (nicht vorhanden)"))
            << Qt::endl
            << Tr::tr("Eigene Einstellungen:      %1%2")
                   .arg(config.userFile(),
                        QFileInfo::exists(config.userFile()) ? QString() : Tr::tr(" (nicht vorhanden)"))
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
        case SettingSource::Default:
            origin = Tr::tr("Standard");
            break;
        case SettingSource::System:
            origin = Tr::tr("System");
            break;
        case SettingSource::User:
            origin = Tr::tr("Benutzer");
            break;
        }
        if (config.isLocked(key))
            origin += Tr::tr(", gesperrt");
        ctx.out << QStringLiteral("%1 = %2   (%3)").arg(key.leftJustified(27), shown, origin) << Qt::endl;
    }
    for (const ConfigProblem& p : config.problems())
        ctx.err << Tr::tr("Fehler: %1").arg(p.toString()) << Qt::endl;
    if (!config.isUsable())
        ctx.err << config.fatalProblem() << Qt::endl;
    return config.problems().isEmpty() ? ExitOk : ExitBadInput;
}

int ConfigCommand::run(Context& ctx) const
{
    return runConfig(ctx);
}

} // namespace kilotse::cli
