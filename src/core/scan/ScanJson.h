#pragma once

#include "scan/ScanAnalysis.h"

#include <QByteArray>

namespace kilotse {

// The stable JSON form of a scan (docs/cli.md, "scan"). "start"/"length" are UTF-16 code units of
// the text (the JavaScript/Qt string index); "utf8_start"/"utf8_length" are bytes of its UTF-8 form.
// The suggestion is the classifier's outcome for the draft's answers (draftOutcome()), passed in
// so that this module needs no classifier.
struct ScanSuggestion
{
    int level = 1;
    QString verdictId; // "level_2", "escalate", "blocked" (Outcome::verdictId())
};
QByteArray scanToJson(const ScanRules& rules, QStringView text, const QList<ScanFinding>& findings,
                      const ScanSummary& summary, const ScanSuggestion& suggestion);

// The JSON form of a pseudonymisation: the text and the mapping (only written when asked for).
QByteArray pseudonymisedToJson(const Pseudonymised& result, const ScanRules& rules);
// Reads a mapping written by pseudonymisedToJson; returns false and a message on bad input.
bool pseudonymMappingFromJson(const QByteArray& json, QList<PseudonymEntry>* entries, QString* error);

} // namespace kilotse
