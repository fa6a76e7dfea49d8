#include "Logging.h"

#include "AppPaths.h"

#include <QDir>

#include <spdlog/sinks/null_sink.h>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

namespace kilotse {

QString initLogging(const QString& component)
{
    const QString dir = stateDirectory();
    const QString path = QDir(dir).filePath(QStringLiteral("ki-lotse.log"));
    try {
        if (!QDir().mkpath(dir))
            throw spdlog::spdlog_ex("cannot create log folder");
        auto sink = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(path.toStdString(), 1024 * 1024, 3);
        auto logger = std::make_shared<spdlog::logger>(component.toStdString(), sink);
        logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%n] %l: %v");
        logger->set_level(spdlog::level::info);
        logger->flush_on(spdlog::level::info);
        spdlog::set_default_logger(logger);
        return path;
    } catch (const spdlog::spdlog_ex&) {
        spdlog::set_default_logger(
            std::make_shared<spdlog::logger>(component.toStdString(), std::make_shared<spdlog::sinks::null_sink_mt>()));
        return {};
    }
}

} // namespace kilotse
