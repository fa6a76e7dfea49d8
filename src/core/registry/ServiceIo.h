#pragma once

#include "registry/Registry.h"

#include <QByteArray>

namespace kilotse {

// Largest import file accepted (bytes).
inline constexpr qsizetype kMaxImportBytes = 8 * 1024 * 1024; // the same limit as every JSON reader

struct ServiceParseResult
{
    QList<ImportRow> rows;
    Diagnostics problems; // syntax, unknown or missing fields, values of the wrong kind — with line and pointer
};

// JSON: {"format": "ki-lotse-registry", "version": 1, "services": [ {...}, ... ]} (docs/registry.md).
ServiceParseResult parseServicesJson(const QByteArray& bytes, const QString& fileName);
// CSV: header row with the field names of ServiceFields, ';' or ',' separated, UTF-8 (BOM allowed),
// RFC 4180 quoting. A leading "'" that protected a formula-like cell on export is removed.
ServiceParseResult parseServicesCsv(const QByteArray& bytes, const QString& fileName);

// Exports round-trip exactly through the parsers above (ids and row versions are not exported).
QByteArray servicesToJson(const QList<Service>& services);
// ';'-separated, UTF-8 with BOM, CRLF; cells starting with = + - @ TAB CR get a leading "'".
QByteArray servicesToCsv(const QList<Service>& services);

} // namespace kilotse
