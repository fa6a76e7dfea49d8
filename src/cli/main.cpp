// ki-lotse-cli: the headless face of KI-Lotse for admins' scripts and CI. Links core only.

#include "Command.h"
#include "Commands.h"
#include "Config.h"
#include "I18n.h"
#include "Logging.h"
#include "core/Version.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <exception>
#include <typeinfo>

using namespace kilotse;
using namespace kilotse::cli;

namespace {

// Options that take no value. Every other "--name" takes one.
const QSet<QString>& flagOptions()
{
    static const QSet<QString> flags{
        QStringLiteral("help"),          QStringLiteral("version"),  QStringLiteral("public-interest"),
        QStringLiteral("personal-data"), QStringLiteral("all"),      QStringLiteral("dry-run"),
        QStringLiteral("with-user"),     QStringLiteral("deepfake"), QStringLiteral("artistic"),
        QStringLiteral("pretty"),        QStringLiteral("recursive")};
    return flags;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ki-lotse-cli"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(kVersion));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Context ctx{out, err, {}};

    QStringList words = app.arguments().mid(1);
    // --lang applies to everything, so it is taken out before the commands see their options.
    QString lang;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (words[i].startsWith(QLatin1String("--lang="))) {
            lang = words[i].mid(7);
            words.removeAt(i--);
        } else if (words[i] == QLatin1String("--lang") && i + 1 < words.size()) {
            lang = words[i + 1];
            words.remove(i, 2);
            --i;
        }
    }
    installTranslations(app, chooseLanguage(lang, Config::current()), false);

    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString& word = words[i];
        if (word == QStringLiteral("-h"))
            ctx.args.flags.insert(QStringLiteral("help"));
        else if (word == QStringLiteral("-o")) {
            if (i + 1 >= words.size())
                return ctx.usage(QCoreApplication::translate("kilotse::cli", "-o erwartet einen Dateinamen."));
            ctx.args.options.insert(QStringLiteral("output"), words[++i]);
        } else if (word == QStringLiteral("-") || !word.startsWith(QStringLiteral("--")))
            ctx.args.positional << word;
        else {
            QString name = word.mid(2);
            QString value;
            const qsizetype eq = name.indexOf(u'=');
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name.truncate(eq);
            } else if (!flagOptions().contains(name)) {
                if (i + 1 >= words.size())
                    return ctx.usage(
                        QCoreApplication::translate("kilotse::cli", "--%1 erwartet einen Wert.").arg(name));
                value = words[++i];
            }
            if (flagOptions().contains(name))
                ctx.args.flags.insert(name);
            else
                ctx.args.options.insert(name, value);
        }
    }

    if (ctx.args.flags.contains(QStringLiteral("help"))) {
        out << usageText();
        return ExitOk;
    }
    if (ctx.args.flags.contains(QStringLiteral("version"))) {
        out << QStringLiteral("ki-lotse-cli ") << QString::fromLatin1(kVersion) << Qt::endl;
        return ExitOk;
    }
    if (ctx.args.positional.isEmpty())
        return ctx.usage(QCoreApplication::translate("kilotse::cli", "Kein Befehl angegeben."));

    initLogging(QStringLiteral("cli"));
    try {
        const QString verb = ctx.args.positional.takeFirst();
        if (const Command* command = findCommand(verb)) {
            // Unusable settings of the IT (unreadable, broken, a locked key without value): no command
            // runs on defaults, the demo registry or the bundled pack; `config` shows what is wrong.
            // The browser's native host answers every request with the reason instead (the browser
            // never shows stderr; the extension tells the clerk to contact IT).
            if (verb != QLatin1String("config") && verb != QLatin1String("native-host") &&
                !Config::current().isUsable()) {
                ctx.err
                    << QCoreApplication::translate("kilotse::cli", "Fehler: %1").arg(Config::current().fatalProblem())
                    << Qt::endl;
                spdlog::error("cli: refused: the settings are unusable");
                return ExitFailure;
            }
            return command->run(ctx);
        }
        return ctx.usage(QCoreApplication::translate("kilotse::cli", "Unbekannter Befehl „%1“.").arg(verb));
    } catch (const std::exception& e) {
        spdlog::error("cli: unexpected failure ({})", typeid(e).name()); // e.what() may quote input
        err << QCoreApplication::translate("kilotse::cli", "Fehler: %1").arg(QString::fromUtf8(e.what())) << Qt::endl;
        return ExitFailure;
    }
}
