#pragma once

#include <QList>
#include <QString>

namespace kilotse {

// One problem found in a policy pack or an input file. Positions are 1-based; column counts
// characters (Unicode code points), not bytes. line == 0 means "no position" (e.g. a missing file).
struct Diagnostic
{
    QString file; // file name as the user knows it (relative to the pack folder where possible)
    int line = 0;
    int column = 0;
    QString pointer; // RFC 6901 JSON pointer of the offending value ("" = whole document)
    QString code;    // stable machine-readable kind, see Diagnostic::Code* below
    QString message; // English, one sentence, names the problem

    // Stable codes, used by tests, the CLI's JSON and the documentation.
    static inline const char* CodeIo = "io";
    static inline const char* CodeTooLarge = "too-large";
    static inline const char* CodeNulByte = "nul-byte";
    static inline const char* CodeSyntax = "syntax";
    static inline const char* CodeTooDeep = "too-deep";
    static inline const char* CodeDuplicateKey = "duplicate-key";
    static inline const char* CodeType = "wrong-type";
    static inline const char* CodeMissingField = "missing-field";
    static inline const char* CodeUnknownField = "unknown-field";
    static inline const char* CodeInvalidValue = "invalid-value";
    static inline const char* CodeDuplicateId = "duplicate-id";
    static inline const char* CodeUnknownQuestion = "unknown-question";
    static inline const char* CodeUnknownOption = "unknown-option";
    static inline const char* CodeUnknownUseCase = "unknown-use-case";
    static inline const char* CodeUnknownSource = "unknown-source";
    static inline const char* CodeUnknownLevel = "unknown-level";
    static inline const char* CodeMissingAnswer = "missing-answer";
    static inline const char* CodeUnknownArea = "unknown-area";
    static inline const char* CodeUnknownPlaceholder = "unknown-placeholder";
    static inline const char* CodeUnusedPlaceholder = "unused-placeholder";

    // "file:line:column: /pointer: message [code]" — the compiler-style form editors understand.
    QString toString() const;
};

using Diagnostics = QList<Diagnostic>;

// Sorts by file, then position, and drops exact duplicates. Use before showing a list to a person.
void sortDiagnostics(Diagnostics& diagnostics);

} // namespace kilotse
