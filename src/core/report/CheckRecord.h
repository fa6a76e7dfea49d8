#pragma once

#include "classify/AnswerSet.h"
#include "classify/Classifier.h"
#include "policy/Diagnostic.h"
#include "policy/PolicyPack.h"
#include "registry/Tools.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>

#include <optional>

namespace kilotse {

// A check record (Prüfvermerk): what a clerk files to show that a planned AI use was checked —
// when, by whom (optional), for which purpose, every answer, the outcome with its reasons and
// sources, the permitted tools as the registry had them, the rules to observe, the label chosen,
// and exactly which policy pack and program version decided. Self-contained: it can be shown
// and re-evaluated later without the pack it was made with.
//
// Privacy invariant: a record never holds the draft prompt. Its only free text is the purpose
// line typed for the record (and the label, which the clerk composed for publication).
struct RecordSource
{
    QString doc;
    QString section;
    QString citation; // "VITAKO-Folien 2025, Das Stufenmodell"
};

struct RecordAnswer
{
    QString questionId;
    QString questionTitle;
    QString questionText;
    QString answerId;
    QString answerLabel;
};

struct RecordReason
{
    QString ruleId;
    QString text;
    QString advice;
    RecordSource source;
};

struct RecordTool
{
    int id = 0;
    QString name;
    QString vendor;
    int maxLevel = 0;
    int rowVersion = 0; // the registry row's version when the record was made
    QString accessUrl;
    QStringList warnings; // e.g. "review-overdue"
};

struct RecordRule
{
    QString id;
    QString title;
    QString doText;
    RecordSource source;
};

struct RecordLabel
{
    QString tool;
    QString involvement;
    QString text; // the short label as rendered
};

struct CheckRecord
{
    static constexpr int kFormatVersion = 1;

    QDateTime created;
    QString user; // OS user name, only when the clerk chose to include it
    QString appVersion;
    QString packId;
    QString packVersion;
    QString packTitle;
    QString packSha256;
    QString packLegalStatus; // the pack's "legal status as of" date (ISO); empty in records of older packs
    QString purpose;         // one line, typed by the clerk for this record
    QString useCaseId;
    QString useCaseTitle;
    QList<RecordAnswer> answers; // in questionnaire order

    QString verdict; // "level_1", "level_2", "escalate", "blocked"
    int level = 1;
    bool escalate = false;
    bool blocked = false;
    QString outcomeTitle;
    QString outcomeSummary;
    QStringList nextSteps;
    QList<RecordReason> reasons;

    bool registryAvailable = false;
    bool registryDemo = false;
    QString registryProblem; // why no tools are listed (registry unavailable)
    QList<RecordTool> tools;

    QList<RecordRule> rules;
    std::optional<RecordLabel> label;
    std::optional<QMap<QString, int>> scanCounts; // category id -> number of findings

    AnswerSet answerSet() const;
};

// What goes into a record besides the check itself.
struct RecordContext
{
    QString purpose;
    QString user;
    QDateTime created = QDateTime::currentDateTime();
    const ToolsForCheck* tools = nullptr; // nullptr: registry unavailable (registryProblem says why)
    bool registryDemo = false;
    QString registryProblem;
    std::optional<RecordLabel> label;
    std::optional<QMap<QString, int>> scanCounts;
};

// The purpose line as stored: one line, no control characters, at most kMaxPurposeLength.
inline constexpr qsizetype kMaxPurposeLength = 300;
QString normalisePurpose(const QString& purpose);

// The login name of the person running the program (empty when unknown).
QString currentUserName();

CheckRecord makeCheckRecord(const PolicyPack& pack, const AnswerSet& answers, const Outcome& outcome,
                            const RecordContext& context);

// The stable JSON form (schema: policies/schema/record.schema.json, documented in docs/record.md).
QByteArray recordToJson(const CheckRecord& record);

struct RecordParseResult
{
    std::optional<CheckRecord> record;
    Diagnostics diagnostics; // file, line:column and JSON pointer of every problem
};
// Reads a record JSON written by recordToJson (any version up to kFormatVersion).
RecordParseResult recordFromJson(const QByteArray& bytes, const QString& fileName);

// A record checked against the pack in use now.
struct RecordComparison
{
    bool samePack = true; // same id, version and SHA-256
    QString currentPackId;
    QString currentPackVersion;
    QStringList answerProblems; // questions that no longer exist, changed or new questions
    bool evaluated = false;     // false when the answers no longer fit the pack
    QString verdict;            // the current outcome (when evaluated)
    int level = 0;
    bool escalate = false;
    bool blocked = false;
    QString outcomeTitle;
    QStringList addedReasons;    // rule ids that apply now but did not then
    QStringList removedReasons;  // rule ids that applied then but do not now
    bool changedVerdict = false; // level, escalation or block differ
    bool outcomeChanged() const;
    bool anythingChanged() const { return !samePack || outcomeChanged() || !answerProblems.isEmpty(); }
};
RecordComparison compareWithPack(const CheckRecord& record, const PolicyPack& pack);

// "Schutzstufe 2 – Rücksprache erforderlich" for a record or comparison (German, from the pack's
// titles where the record has them).
QString verdictText(const QString& verdict, int level, const QString& title);

} // namespace kilotse
