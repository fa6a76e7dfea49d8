#include "Health.h"

#include "core/Version.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace kilotse {

void addSettingsToHealth(HealthReport& report, const Config& config)
{
    report.settingsKnown = true;
    report.settingsSystemFile = config.systemFile();
    report.settingsSystemFileExists = config.systemFileExists();
    report.settingsUsable = config.isUsable();
    report.settingsProblems = static_cast<int>(config.problems().size());
    if (!config.isUsable()) {
        report.ok = false;
        report.problem = config.fatalProblem();
    }
}

QByteArray healthToJsonLine(const HealthReport& report)
{
    nlohmann::ordered_json j;
    j["status"] = report.ok ? "ok" : "error";
    j["version"] = kVersion;
    if (!report.ok)
        j["problem"] = report.problem.toStdString();
    if (report.settingsKnown)
        j["settings"] = {{"system_file", report.settingsSystemFile.toStdString()},
                         {"system_file_exists", report.settingsSystemFileExists},
                         {"usable", report.settingsUsable},
                         {"problems", report.settingsProblems}};
    if (report.pack)
        j["policy"] = {{"id", report.pack->manifest.id.toStdString()},
                       {"version", report.pack->manifest.version.toStdString()},
                       {"origin", packOriginName(report.pack->origin).toStdString()}};
    nlohmann::ordered_json timings = nlohmann::ordered_json::object();
    for (const auto& [name, ms] : report.timingsMs)
        timings[name.toStdString()] = std::round(ms * 10.0) / 10.0;
    j["timings_ms"] = timings;
    return QByteArray::fromStdString(j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n");
}

} // namespace kilotse
