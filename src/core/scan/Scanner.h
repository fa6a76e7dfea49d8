#pragma once

#include "policy/ScanRules.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

namespace kilotse {

// One piece of sensitive content in a draft. Offsets are in UTF-16 code units of the scanned
// QString (the same units as QString::mid, JavaScript string indices and QTextCursor positions).
struct ScanFinding
{
    ScanCategory category = ScanCategory::Count;
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;          // the matched text, exactly as in the draft
    double confidence = 0; // 0..1
    QString explanation;   // German, from the pack: "gültige Prüfziffer; nach „Steuer-ID“"

    qsizetype end() const { return start + length; }
};

// The local, offline pre-check of a draft prompt. Built once from the pack's scan rules (this
// compiles the cue words into lookup tables); scan() is const and thread-safe, so one Scanner can
// serve a worker thread while the GUI keeps its own copy. Copies share the compiled tables.
//
// The scanner reads the text once, left to right, and only looks closer where a word, a digit or
// an '@' can start something: checksum-backed identifiers (IBAN, tax ID, pension and health
// insurance numbers, ID card and passport numbers) must pass their check digit; formats without a
// check digit (phone, tax number, licence plate, address, case number) need their shape and, where
// the shape alone is ambiguous, a cue word before them. Overlapping candidates are resolved in
// favour of the more certain one. The text is never copied anywhere but into the findings.
class Scanner
{
public:
    explicit Scanner(const ScanRules& rules);
    Scanner(const Scanner&) = default;
    Scanner& operator=(const Scanner&) = default;
    ~Scanner();

    // Findings sorted by start, without overlaps.
    QList<ScanFinding> scan(QStringView text) const;
    // The same findings as scan(), from up to `threads` threads for a long text (a folder's worth
    // through the CLI): the text is cut at paragraph breaks and each piece is scanned with
    // kContextMargin characters of the neighbouring text on both sides, so every look back or ahead
    // sees what the single pass would; each piece keeps only the findings that start in it.
    QList<ScanFinding> scanConcurrently(QStringView text, int threads) const;
    static constexpr qsizetype kContextMargin = 4096;
    const ScanRules& rules() const;

    struct Tables;

private:
    std::shared_ptr<const Tables> m_tables;
};

} // namespace kilotse
