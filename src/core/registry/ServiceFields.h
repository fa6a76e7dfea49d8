#pragma once

#include "registry/Service.h"

#include <QList>

namespace kilotse {

// The canonical text form of every registry field: one place that maps a Service to named
// strings and back. Used for the database columns, CSV columns and audit entries, so the three
// can never disagree. Lists are joined with " | ", booleans are "true"/"false", dates ISO
// (YYYY-MM-DD or empty), enums their stable ids.
struct ServiceField
{
    const char* name;
    QString (*get)(const Service&);
    // Parses `text` into the service; returns an empty string or a problem code
    // ("invalid-bool", "invalid-date", "invalid-enum", "invalid-number", "invalid-checklist").
    QString (*set)(Service&, const QString&);
};

const QList<ServiceField>& serviceFields();
const ServiceField* serviceField(const QString& name);

} // namespace kilotse
