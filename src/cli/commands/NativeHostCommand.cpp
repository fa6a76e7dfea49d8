#include "CliSupport.h"
#include "Command.h"
#include "Config.h"
#include "browser/HostRequest.h"
#include "browser/NativeMessaging.h"
#include "registry/Registry.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <cerrno>
#include <cstdio>

#ifdef Q_OS_WIN
#include <fcntl.h>
#include <io.h>
#else
#include <unistd.h>
#endif

namespace kilotse::cli {

namespace {
// Messages use QCoreApplication::translate("kilotse::cli", …): lupdate loses the context of a
// Q_DECLARE_TR_FUNCTIONS struct in this file (the #ifdef'd system calls confuse its parser).

qint64 readStdin(char* data, qint64 maxSize)
{
    for (;;) {
#ifdef Q_OS_WIN
        const int got = ::_read(0, data, unsigned(qMin<qint64>(maxSize, 1 << 20)));
#else
        const ssize_t got = ::read(STDIN_FILENO, data, size_t(maxSize));
#endif
        if (got < 0 && errno == EINTR)
            continue;
        return qint64(got);
    }
}

bool writeStdout(QByteArrayView bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
#ifdef Q_OS_WIN
        const int wrote = ::_write(1, bytes.data() + done, unsigned(bytes.size() - done));
#else
        const ssize_t wrote = ::write(STDOUT_FILENO, bytes.data() + done, size_t(bytes.size() - done));
#endif
        if (wrote < 0 && errno == EINTR)
            continue;
        if (wrote <= 0)
            return false;
        done += qsizetype(wrote);
    }
    return true;
}

const char* endName(browser::SessionStats::End end)
{
    switch (end) {
    case browser::SessionStats::End::EndOfInput:
        return "end of input";
    case browser::SessionStats::End::TruncatedFrame:
        return "input ended inside a frame";
    case browser::SessionStats::End::AbsurdLength:
        return "frame length above 64 MiB (out of sync)";
    case browser::SessionStats::End::ReadError:
        return "read error";
    case browser::SessionStats::End::WriteError:
        return "write error";
    }
    return "?";
}
} // namespace

NativeHostCommand::NativeHostCommand() : Command(QStringLiteral("native-host")) {}

// The browsers start the host with the caller's origin: Chrome and Edge pass
// "chrome-extension://<id>/" (and on Windows --parent-window=<handle>), Firefox the path of the
// host manifest and the extension's id. They are accepted and only the origin is logged.
// stdout carries the frames only: every message of the CLI goes to stderr (the browser's log).
int NativeHostCommand::run(Context& ctx) const
{
    if (!ctx.expect({QStringLiteral("policy"), QStringLiteral("registry"), QStringLiteral("parent-window")}, 0, 2))
        return ExitBadInput;
#ifdef Q_OS_WIN
    ::_setmode(0, _O_BINARY);
    ::_setmode(1, _O_BINARY);
#endif
    const QString origin = ctx.args.positional.value(ctx.args.positional.size() > 1 ? 1 : 0);
    spdlog::info("native-host: started for {}",
                 origin.isEmpty() ? std::string("an unnamed caller") : origin.left(200).toStdString());

    // Unusable settings of the IT: no pack, no registry (they could be the wrong ones); every
    // request gets the reason as a framed error, so the extension can say so.
    const bool settingsUsable = Config::current().isUsable();
    std::optional<PolicyPack> pack;
    if (settingsUsable)
        pack = loadPackOrReport(ctx);
    else
        ctx.err << QCoreApplication::translate("kilotse::cli", "Fehler: %1").arg(Config::current().fatalProblem())
                << Qt::endl;
    ctx.err.flush();
    std::unique_ptr<browser::HostRequestHandler> handler;
    std::unique_ptr<Registry> registry;
    if (!settingsUsable) {
        spdlog::error("native-host: the settings are unusable; every request gets an error");
    } else if (pack) {
        registry = openRegistryOrReport(ctx);
        ctx.err.flush();
        handler = std::make_unique<browser::HostRequestHandler>(
            *pack, registry ? browser::registryView(*registry)
                            : browser::unavailableRegistry(QStringLiteral("the registry cannot be opened")));
        spdlog::info("native-host: registry {}", !registry               ? "unavailable"
                                                 : registry->isOffline() ? "offline (snapshot)"
                                                                         : "available");
    } else {
        spdlog::error("native-host: the policy pack cannot be loaded; every request gets an error");
    }

    // Only counts are logged: never the text, never the page's address.
    const browser::SessionStats stats =
        browser::runSession(readStdin, writeStdout, [&handler, settingsUsable](const QByteArray& request) {
            if (!settingsUsable) {
                QStringList files;
                for (const ConfigProblem& p : Config::current().fatalProblems())
                    files << p.file;
                files.removeDuplicates();
                return browser::errorAnswer(QStringLiteral("settings-unusable"),
                                            QStringLiteral("the settings of the IT department cannot be used (%1); see "
                                                           "ki-lotse-cli config check")
                                                .arg(files.join(QStringLiteral(", "))));
            }
            if (!handler)
                return browser::errorAnswer(QStringLiteral("policy-unavailable"),
                                            QStringLiteral("the policy pack cannot be loaded (see ki-lotse-cli policy "
                                                           "show)"));
            return handler->handle(request);
        });
    spdlog::info("native-host: session ended ({}): {} messages answered, {} of them errors, {} too large",
                 endName(stats.end), stats.messages, stats.errors, stats.tooLarge);
    switch (stats.end) {
    case browser::SessionStats::End::EndOfInput:
    case browser::SessionStats::End::TruncatedFrame:
        return ExitOk;
    case browser::SessionStats::End::AbsurdLength:
        ctx.err << QCoreApplication::translate(
                       "kilotse::cli",
                       "Fehler: Eine Nachricht gibt eine Länge über 64 MiB an; die Verbindung wird beendet.")
                << Qt::endl;
        return ExitBadInput;
    case browser::SessionStats::End::ReadError:
    case browser::SessionStats::End::WriteError:
        return ExitFailure;
    }
    return ExitFailure;
}

} // namespace kilotse::cli
