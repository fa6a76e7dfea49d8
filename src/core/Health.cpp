#include "Health.h"

#include "core/Version.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace kilotse {

QByteArray healthToJsonLine(const HealthReport& report)
{
    nlohmann::ordered_json j;
    j["status"] = report.ok ? "ok" : "error";
    j["version"] = kVersion;
    if (!report.ok)
        j["problem"] = report.problem.toStdString();
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
