// ki-lotse-cli: the headless face of KI-Lotse for admins' scripts and CI. Links core only.

#include "Commands.h"
#include "Logging.h"
#include "core/Version.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <exception>

using namespace kilotse;
using namespace kilotse::cli;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ki-lotse-cli", text);
}

QString usage()
{
    return tr("Aufruf: ki-lotse-cli <Befehl> [Optionen]\n"
              "\n"
              "Befehle:\n"
              "  classify --answers DATEI|-   Prüfung aus einer Antwortdatei (JSON) auswerten\n"
              "  policy validate ORDNER        Regelwerk vollständig prüfen\n"
              "  policy show                   Aktives Regelwerk anzeigen\n"
              "\n"
              "Optionen:\n"
              "  --policy ORDNER     Regelwerk aus diesem Ordner (sonst $KI_LOTSE_POLICY_DIR,\n"
              "                      Systemordner, mitgeliefertes Regelwerk)\n"
              "  --format text|json  Ausgabeformat (Standard: text)\n"
              "  --version           Version ausgeben\n"
              "  --help              Diese Hilfe\n"
              "\n"
              "Exit-Codes: 0 erfolgreich, 1 Laufzeitfehler, 2 ungültige Eingabe oder Aufruf.\n"
              "Antwortdatei: {\"use_case\": \"drafting\", \"answers\": {\"personal_data\": \"no\", ...}}\n");
}

int usageError(QTextStream& err, const QString& message)
{
    err << tr("Fehler: %1").arg(message) << Qt::endl << Qt::endl << usage();
    err.flush();
    return ExitBadInput;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ki-lotse-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Context ctx{out, err, Format::Text, QString()};

    QStringList positional;
    QString answers;
    bool answersGiven = false;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        auto value = [&](const QString& name) -> std::optional<QString> {
            if (a.startsWith(name + u'='))
                return a.mid(name.size() + 1);
            if (i + 1 < args.size())
                return args[++i];
            return std::nullopt;
        };
        if (a == QStringLiteral("--help") || a == QStringLiteral("-h")) {
            out << usage();
            return ExitOk;
        }
        if (a == QStringLiteral("--version")) {
            out << QStringLiteral("ki-lotse-cli ") << QString::fromLatin1(kVersion) << Qt::endl;
            return ExitOk;
        }
        if (a == QStringLiteral("--format") || a.startsWith(QStringLiteral("--format="))) {
            const auto v = value(QStringLiteral("--format"));
            if (v == QStringLiteral("json"))
                ctx.format = Format::Json;
            else if (v == QStringLiteral("text"))
                ctx.format = Format::Text;
            else
                return usageError(err, tr("--format erwartet „text“ oder „json“."));
        } else if (a == QStringLiteral("--policy") || a.startsWith(QStringLiteral("--policy="))) {
            const auto v = value(QStringLiteral("--policy"));
            if (!v || v->isEmpty())
                return usageError(err, tr("--policy erwartet einen Ordner."));
            ctx.policyDir = *v;
        } else if (a == QStringLiteral("--answers") || a.startsWith(QStringLiteral("--answers="))) {
            const auto v = value(QStringLiteral("--answers"));
            if (!v || v->isEmpty())
                return usageError(err, tr("--answers erwartet eine Datei oder „-“ für die Standardeingabe."));
            answers = *v;
            answersGiven = true;
        } else if (a.startsWith(QStringLiteral("--"))) {
            return usageError(err, tr("Unbekannte Option „%1“.").arg(a));
        } else {
            positional << a;
        }
    }

    if (positional.isEmpty())
        return usageError(err, tr("Kein Befehl angegeben."));

    initLogging(QStringLiteral("cli"));
    try {
        const QString command = positional.takeFirst();
        if (command == QStringLiteral("classify")) {
            if (!positional.isEmpty())
                return usageError(err, tr("Unerwartetes Argument „%1“.").arg(positional.first()));
            if (!answersGiven)
                return usageError(err, tr("classify braucht --answers DATEI (oder „-“ für die Standardeingabe)."));
            return runClassify(ctx, answers);
        }
        if (command == QStringLiteral("policy")) {
            const QString sub = positional.value(0);
            if (sub == QStringLiteral("validate")) {
                if (positional.size() != 2)
                    return usageError(err, tr("policy validate braucht genau einen Ordner."));
                return runPolicyValidate(ctx, positional[1]);
            }
            if (sub == QStringLiteral("show")) {
                if (positional.size() != 1)
                    return usageError(err, tr("Unerwartetes Argument „%1“.").arg(positional[1]));
                return runPolicyShow(ctx);
            }
            return usageError(err, tr("Unbekannter Unterbefehl „policy %1“ (validate oder show).").arg(sub));
        }
        return usageError(err, tr("Unbekannter Befehl „%1“.").arg(command));
    } catch (const std::exception& e) {
        spdlog::error("cli: unexpected failure: {}", e.what());
        err << tr("Fehler: %1").arg(QString::fromUtf8(e.what())) << Qt::endl;
        return ExitFailure;
    }
}
