#pragma once

#include "classify/AnswerSet.h"
#include "scan/Scanner.h"

#include <QList>
#include <QMap>
#include <QString>

#include <array>

namespace kilotse {

struct PolicyPack;

// What a scan means for the check: the answers to the questionnaire the findings imply (personal
// data, special categories, official and trade secrets) and the counts per category. The level a
// draft calls for is not kept here: the classifier decides it from these answers (draftOutcome()
// in check/Check.h), so the draft page, `scan` and the check always agree.
struct ScanSummary
{
    QMap<QString, QString> answers; // question id → option id, from the categories found
    std::array<int, kScanCategoryCount> counts{};
    int total = 0;
};

ScanSummary summariseScan(const ScanRules& rules, const QList<ScanFinding>& findings);

// The summary's counts keyed by category id ("EMAIL" → 2), categories without findings left out:
// what a check record may carry of a scan (never the text).
QMap<QString, int> findingCountsById(const ScanSummary& summary);

// An answer the wizard should pre-fill from the draft. `previous` is the clerk's own answer it
// replaces (empty when the question was unanswered).
struct SuggestedAnswer
{
    QString question;
    QString option;
    QString previous;
};

// The scan only ever raises: a question is suggested when it is unanswered or answered with an
// option that evaluates differently from the draft's evidence ("no" while a name was found). An
// answer that already evaluates the same ("unsure" counts as "yes") is left alone, and the scan
// never suggests "no" — finding nothing proves nothing.
QList<SuggestedAnswer> suggestedAnswers(const PolicyPack& pack, const AnswerSet& current, const ScanSummary& summary);

// ---- pseudonymise and restore (in memory only) ---------------------------------------------------

struct PseudonymEntry
{
    QString placeholder; // "[PERSON_1]"
    QString original;    // the text it stands for
    ScanCategory category = ScanCategory::Count;
};

struct Pseudonymised
{
    QString text;
    QList<PseudonymEntry> entries; // one per distinct original value
    int replaced = 0;              // number of places replaced
};

// Identifiers (names, numbers, addresses …) are replaced; cue words of special categories and
// secrecy or business-secret markings stay, because the content they announce is the point of
// the text and replacing the word would not make the rest any less sensitive.
bool isPseudonymisable(ScanCategory category);

// Replaces each finding by a placeholder "[<placeholder>_<n>]" (the same value gets the same
// placeholder, numbers that already occur in the text are skipped). With `earlier` (the mapping
// of texts pseudonymised before in the same session) a value of that mapping keeps its
// placeholder and new values continue its numbering; the result's entries are then `earlier`
// followed by the new ones, one mapping for the whole session.
Pseudonymised pseudonymise(QStringView text, const QList<ScanFinding>& findings, const ScanRules& rules,
                           const QList<PseudonymEntry>& earlier = {});

struct Restored
{
    QString text;
    int replaced = 0;
    QStringList unknownPlaceholders; // "[PERSON_7]" in the answer that the mapping does not know
};

// Puts the original values back into a tool's answer. Placeholders are recognised regardless of
// case and of blanks inside the brackets ("[ person_1 ]"), as language models sometimes rewrite them.
Restored restorePseudonyms(QStringView answer, const QList<PseudonymEntry>& entries);

} // namespace kilotse
