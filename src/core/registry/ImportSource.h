#pragma once

// Reading a registry import file safely: only regular files (a FIFO, directory or device is
// refused before it is read, so nothing blocks), a size limit, and the text encoding checked
// before anything is parsed. Also the options of an import and the file import itself.

#include "policy/Diagnostic.h"
#include "policy/PolicyPack.h"
#include "registry/Registry.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <optional>

namespace kilotse {

// Stable problem codes of an import (Diagnostic::code).
inline constexpr const char* kImportCodeEncoding = "encoding"; // not UTF-8; convert after confirmation
inline constexpr const char* kImportCodeEncodingMismatch =
    "encoding-mismatch";                                               // the confirmed encoding is not the file's
inline constexpr const char* kImportCodeNotRegular = "not-a-file";     // FIFO, directory, device, socket
inline constexpr const char* kImportCodeControl = "control-character"; // C0/C1 control or DEL in a field
inline constexpr const char* kImportCodeLookAlike = "look-alike"; // bidi control, invisible or look-alike character
inline constexpr const char* kImportCodeChecklist =
    "checklist-incomplete"; // approved for level 2 without the MUST items

// Reads the file at `path` if it is a regular file of at most `maxBytes` bytes. The type is
// checked before reading, and on POSIX the file is opened non-blocking and checked again on the
// open handle, so a FIFO that appears in between cannot block either. On failure returns
// nullopt and sets *problem (code "io", "not-a-file" or "too-large", file = path).
std::optional<QByteArray> readImportFile(const QString& path, qint64 maxBytes, Diagnostic* problem);

// The encoding of an import file's bytes, as a stable id:
//   "utf-8"        valid UTF-8 (with or without BOM; plain ASCII counts as UTF-8)
//   "utf-16le", "utf-16be"  by BOM, or by the pattern of NUL bytes of mostly-ASCII text
//   "windows-1252" not valid UTF-8, no NUL bytes, every byte defined in Windows-1252 (Excel's "CSV")
//   "binary"       anything else (NUL bytes without a UTF-16 pattern, bytes undefined in Windows-1252)
QString detectImportEncoding(const QByteArray& bytes);
// A name people know ("Windows-1252 (ANSI)", "UTF-16 LE" ...), for messages.
QString importEncodingName(const QString& id);

// The bytes as UTF-8 (a UTF-8 BOM is kept; the parsers skip it). UTF-8 passes unchanged. Any
// other encoding is converted only when `confirmedEncoding` names it ("windows-1252", "utf-16"
// = either byte order, "utf-16le", "utf-16be"); otherwise a problem with code "encoding" that
// names the encoding found and how to save the file as UTF-8. A confirmed encoding that is not
// the one found gives "encoding-mismatch". nullopt on a problem (appended to *problems).
std::optional<QByteArray> importBytesAsUtf8(const QByteArray& bytes, const QString& confirmedEncoding,
                                            const QString& fileName, Diagnostics* problems);

// A service name as it is stored: trimmed, Unicode NFC.
QString normalizedServiceName(const QString& name);
// The key under which names are compared (unique in a file and in the registry): NFC, case-folded.
QString serviceNameKey(const QString& name);

struct ImportOptions
{
    bool dryRun = false;
    // "" = UTF-8 only (anything else is refused with code "encoding"); "windows-1252", "utf-16",
    // "utf-16le" or "utf-16be" confirm the conversion of a file in that encoding.
    QString sourceEncoding;
    // Optional: called now and then while rows are checked and written (done <= total rows x 2:
    // the first half is the check, the second the writing).
    std::function<void(qint64 done, qint64 total)> progress;
    // Importing into the demo registry (the fictional Musterstadt) must say what becomes of its
    // services: "retire" (set them to retired, then import) or "keep" (they stay as they are).
    // Empty: refused with code "demo" (a dry run is always allowed).
    QString leaveDemo;
};

// The import of a registry file, the same for the app's "Importieren …" and `registry import`
// (see also the overload with `bool dryRun` in Tools.h, which is this one with default options):
// encoding checked (and converted when confirmed), JSON when the content is a JSON object or the
// name ends in .json, else CSV; every row checked (fields, control characters, names, the pack's
// use cases, and the pack's MUST checklist items for an approved level-2 service) before
// anything changes; with `options.dryRun` nothing changes, else all rows or none.
ImportReport importServicesFile(Registry& registry, const PolicyPack& pack, const QByteArray& bytes,
                                const QString& fileName, const ImportOptions& options, const QString& actor);

// The MUST items of the pack's checklist for `service.maxLevel` that are not answered "yes" or
// "n/a" in `service.checklist` (ids, in checklist order). Empty below level 2 or when not approved.
// (Local to the import until the shared checklist logic in registry/Checklist.h takes over.)
QStringList openMustItemsForImport(const RegistryPolicy& policy, const Service& service);

} // namespace kilotse
