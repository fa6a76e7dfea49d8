#pragma once

// Scanning an extracted document: the same Scanner as for typed text, over the document's text,
// and each finding's place in the file (page, sheet and cell, header, mail part …).

#include "documents/Document.h"
#include "scan/Scanner.h"

namespace kilotse::documents {

struct FindingPlace
{
    Place place;
    qsizetype offset = 0; // UTF-16 units from the start of the place's piece of text
    // Text files: line and column (from 1, columns in characters) of the finding; 0 elsewhere.
    qsizetype line = 0;
    qsizetype column = 0;
};

// The places of `findings` (sorted by start, as Scanner::scan returns them) in `document`. A
// finding that starts on a separator between pieces gets the place of the piece that follows.
QList<FindingPlace> findingPlaces(const Document& document, const QList<ScanFinding>& findings);

} // namespace kilotse::documents

#include "scan/ScanAnalysis.h"
#include "scan/ScanJson.h"

namespace kilotse::documents {

// One file read and scanned: what `scan FILE…` and the draft page's file list show. The file's
// text is not kept (only the findings, their places and what could not be read).
struct FileScan
{
    enum class Status
    {
        Checked,    // read and scanned (findings may be empty)
        NoText,     // no text layer at all (a scan): cannot be checked, never "clean"
        NotChecked, // refused or unreadable: `problem` and `message` say why
    };
    QString path; // as given (or as found below a folder)
    Status status = Status::NotChecked;
    Problem problem = Problem::None;
    QString message; // in the UI language
    Format format = Format::Unknown;
    QString encoding;
    int pages = 0;
    int sheets = 0;
    qsizetype characters = 0;
    QList<ScanFinding> findings;
    QList<FindingPlace> places; // parallel to findings
    QList<Unread> unread;
    ScanSummary summary;

    bool checked() const { return status == Status::Checked; }
};

QString fileStatusId(FileScan::Status status); // "checked", "no-text", "not-checked"

// Reads `path` (extractFile) and scans its text with `scanner` (on up to `threads` threads for a
// long text). Cancellation and progress come through `options`.
FileScan scanFile(const QString& path, const Scanner& scanner, const ExtractOptions& options = {}, int threads = 1);
// The same for bytes already in memory (a dropped file's content, tests).
FileScan scanDocumentBytes(const QByteArray& bytes, const QString& name, const Scanner& scanner,
                           const ExtractOptions& options = {}, int threads = 1);

// The same for a file already extracted (the caller keeps the document, e.g. for its text).
FileScan scanExtracted(const ExtractResult& extracted, const QString& path, const Scanner& scanner, int threads = 1);

// The files' findings together: the summary the check gets when several files go into one prompt.
ScanSummary combinedSummary(const ScanRules& rules, const QList<FileScan>& files);

// The JSON form of `scan` over files (docs/cli.md): {"files":[…],"summary":{…}}, or NDJSON lines
// {"type":"finding","file":…}, {"type":"file",…} per file and {"type":"summary",…} last.
// `suggestions` is parallel to `files` (the classifier's verdict per file, from the caller).
bool writeFilesJson(const ByteSink& sink, ScanJsonStyle style, const ScanRules& rules, const QList<FileScan>& files,
                    const QList<ScanSuggestion>& suggestions, const ScanSummary& total,
                    const ScanSuggestion& totalSuggestion);

} // namespace kilotse::documents
