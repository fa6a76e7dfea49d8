#pragma once

#include "Config.h"
#include "policy/PolicyPack.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace kilotse {

// The one-line installation health summary printed by `ki-lotse --self-test`.
struct HealthReport
{
    bool ok = false;
    QString problem;                         // empty when ok
    const PolicyPack* pack = nullptr;        // the pack in use, if any
    QList<QPair<QString, double>> timingsMs; // ordered, e.g. {"policy_load", 12.3}

    // The settings (written as "settings" when settingsKnown): the system file, whether it is
    // there, whether it can be used (Config::isUsable()) and how many problems all files have.
    bool settingsKnown = false;
    QString settingsSystemFile;
    bool settingsSystemFileExists = false;
    bool settingsUsable = true;
    int settingsProblems = 0;
};

// Fills the settings part of `report` from `config`. Unusable settings make the report fail
// (ok = false, problem = Config::fatalProblem()).
void addSettingsToHealth(HealthReport& report, const Config& config);

// {"status":"ok"|"error","version":…,"problem":…,"settings":{…},"policy":{…},"timings_ms":{…}}
QByteArray healthToJsonLine(const HealthReport& report);

} // namespace kilotse
