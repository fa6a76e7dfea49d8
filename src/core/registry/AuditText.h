#pragma once

#include "policy/PolicyPack.h"
#include "registry/Registry.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kilotse {

// The audit log as people read it (German source text through tr()): readable field names,
// worded values and actions. The stored entries keep the stable ids (ServiceFields.h); only their
// display and the CSV export are worded.

// "max_level" → "Höchste Schutzstufe"; every field of serviceFields() has a title. An unknown
// field is returned visible (control characters shown as symbols).
QString auditFieldTitle(const QString& field);

// A stored value in words: status ids ("approved" → "freigegeben"), booleans ("ja"/"nein"), levels
// ("Schutzstufe 2", "keine"), deployments, locations, AI Act roles, dates (TT.MM.JJJJ), checklist
// answers ("Dienst im KI-Register erfasst: ja"). With `pack`, use case ids and checklist ids become
// their titles. Empty stays empty. Control characters are never returned raw (visibleText()).
QString auditValueText(const QString& field, const QString& value, const PolicyPack* pack = nullptr);

// "add" → "angelegt", "update" → "geändert", "status" → "Status geändert", "import" → "importiert",
// "seed" → "Demo angelegt", "retire-demo" → "Demo-Dienst außer Betrieb genommen"; unknown: visible as is.
QString auditActionTitle(const QString& action);

// `text` with every control character (C0, DEL, C1) shown as a visible symbol (U+2400 block, or
// "<U+0085>") and bidi/invisible format characters as "<U+202E>": for tables and exports.
QString visibleText(const QString& text);

// The entries as CSV for a spreadsheet: UTF-8 with BOM, ';' separated, CRLF line ends, German
// headers (Nr.;Zeitpunkt;Wer;Aktion;Dienst-Nr.;Dienst;Feld;Vorher;Nachher), times local ISO 8601
// with offset, values worded. A cell starting with = + - @ is prefixed with ' (no formulas);
// control characters never appear raw, so every entry is exactly one line.
QByteArray auditToCsv(const QList<AuditEntry>& entries, const PolicyPack* pack = nullptr);

} // namespace kilotse
