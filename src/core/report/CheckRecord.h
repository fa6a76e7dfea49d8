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

// A member of a record that this version of KI-Lotse does not know (only in records of a newer
// minor format version). Kept so that the record can be shown and written back without losing it.
struct RecordExtension
{
    QString pointer; // JSON pointer, e.g. "/answers/0/comment"
    QByteArray json; // the member's value, compact JSON
};

// Whether a read record still has the content the program wrote (see docs/record.md, "Prüfsumme").
// Not a signature: anyone can recompute it. It detects accidental edits, not deliberate ones.
enum class RecordChecksum
{
    Valid,    // content_sha256 matches (and every newly made record)
    Missing,  // a record of format version 1 (1.0), made before records had a checksum
    Mismatch, // content_sha256 is wrong, or missing in a record whose version has one: edited
};

// The biggest record file KI-Lotse reads.
inline constexpr qsizetype kMaxRecordBytes = 1024 * 1024;

struct CheckRecord
{
    // format_version "MAJOR.MINOR": a reader reads every minor version of its major version. A
    // newer minor version only adds members; they are kept and reported. Version 1 (the integer)
    // is 1.0, the form before records had a checksum.
    static constexpr int kFormatMajor = 1;
    static constexpr int kFormatMinor = 1;
    static QString currentFormatVersion() { return QStringLiteral("%1.%2").arg(kFormatMajor).arg(kFormatMinor); }

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

    // The format as read ("1" for the integer 1, else "MAJOR.MINOR"); a new record has the
    // current version. recordToJson() writes a record back in the version it was read in.
    QString formatVersion = currentFormatVersion();
    bool fromNewerVersion = false;        // a newer minor version: shown as far as understood
    QList<RecordExtension> unknownFields; // members of that newer version, kept as they were
    RecordChecksum checksum = RecordChecksum::Valid;
    QString storedChecksum; // content_sha256 as read (written back unchanged after a mismatch)

    AnswerSet answerSet() const;
};

// What a person should know about a record that was read: made by a newer version, made before
// records had a checksum, or changed since it was made. German source texts (tr()).
struct RecordNote
{
    bool warning = false; // true: changed since it was made
    QString text;
};
QList<RecordNote> recordNotes(const CheckRecord& record);

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

// The stable JSON form (schema: policies/schema/record.schema.json, documented in docs/record.md),
// with its content checksum (content_sha256) as the last member.
QByteArray recordToJson(const CheckRecord& record);

// The content checksum of a record's JSON text: SHA-256 (lower-case hex) of its canonical form — the
// JSON value without the top-level member "content_sha256", written compactly (no white space)
// with the members of every object sorted by name (UTF-8 byte order), strings in UTF-8 with only
// the escapes JSON requires. Independent of indentation and member order in the file.
// Empty when `json` is not a JSON object.
QString recordContentChecksum(const QByteArray& json);

struct RecordParseResult
{
    std::optional<CheckRecord> record;
    Diagnostics diagnostics; // file, line:column and JSON pointer of every problem
};
// Reads a record JSON written by recordToJson. Refuses (with diagnostics that never quote the
// file's content): more than kMaxRecordBytes, invalid JSON, a member name twice in one object, a
// question answered twice, a newer major format version, and unknown members in a record of this
// or an older format version (fail closed). Unknown members of a newer minor version are kept.
RecordParseResult recordFromJson(const QByteArray& bytes, const QString& fileName);

// A record checked against the pack in use now.
struct RecordComparison
{
    bool samePack = true;            // same id, version and SHA-256
    bool packContentChanged = false; // same id and version, but another SHA-256: the pack was edited
    QString currentPackId;
    QString currentPackVersion;
    QString currentPackSha256;
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

// How the pack changed since the record, one sentence (German source text), for the CLI and the
// rendered record: "Das Regelwerk de.x 1.0.0 wurde seit dem Vermerk verändert (Prüfsumme damals
// 5a3c41f6eede…, heute 70576c8c4349…)." or "… damals de.x 1.0.0, heute de.x 2.0.0." Empty when
// the pack is the same.
QString packChangeText(const CheckRecord& record, const RecordComparison& comparison);

// "Schutzstufe 2 – Rücksprache erforderlich" for a record or comparison (German, from the pack's
// titles where the record has them).
QString verdictText(const QString& verdict, int level, const QString& title);

} // namespace kilotse
