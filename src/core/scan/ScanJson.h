#pragma once

#include "scan/ScanAnalysis.h"

#include <QByteArray>

#include <cstddef>
#include <functional>

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

// How the scan is written: one JSON document, compact (scripts) or indented by two (people), or
// NDJSON (pipelines): one line per finding ({"type":"finding",…}) and a last line with the summary
// ({"type":"summary",…}). The fields are the same in every style.
enum class ScanJsonStyle
{
    Compact,
    Pretty,
    Lines
};

// Receives the output in pieces of at most 64 KiB; returns false to stop (a closed pipe).
using ByteSink = std::function<bool(const char* data, std::size_t size)>;

// Streams the scan as JSON straight from the findings: no document tree, at most a block of
// findings' output in memory. With `threads` > 1 a long result is written by two threads (the
// same bytes). Returns false when the sink refused a piece.
bool writeScanJson(const ByteSink& sink, ScanJsonStyle style, const ScanRules& rules, QStringView text,
                   const QList<ScanFinding>& findings, const ScanSummary& summary, const ScanSuggestion& suggestion,
                   int threads = 1);

// The whole document in memory (pretty by default), for tests and small texts.
QByteArray scanToJson(const ScanRules& rules, QStringView text, const QList<ScanFinding>& findings,
                      const ScanSummary& summary, const ScanSuggestion& suggestion,
                      ScanJsonStyle style = ScanJsonStyle::Pretty);

// The JSON form of a pseudonymisation: the text and the mapping (only written when asked for).
QByteArray pseudonymisedToJson(const Pseudonymised& result, const ScanRules& rules);
// Reads a mapping written by pseudonymisedToJson; returns false and a message on bad input.
bool pseudonymMappingFromJson(const QByteArray& json, QList<PseudonymEntry>* entries, QString* error);

} // namespace kilotse
