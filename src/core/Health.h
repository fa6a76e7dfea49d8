#pragma once

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
};

QByteArray healthToJsonLine(const HealthReport& report);

} // namespace kilotse
