#pragma once

// Text out of the files a clerk is about to upload: PDF, Word (DOCX), Excel (XLSX), LibreOffice
// (ODT, ODS), e-mail (EML) and plain text. Each format has its own reader (the library made for
// it); every piece of text keeps its place (page, sheet and cell, header, comment, mail part …) so
// that a finding can be shown where the clerk will find it. Everything happens in memory: no
// reader writes a temporary file, and the text is never logged.
//
// Hostile files are expected: size, page, entry and nesting limits, ZIP bombs (ratio and total),
// XML without entity expansion, encrypted files and corrupt files are refused with a problem that
// names the reason; nothing crashes, nothing hangs (each reader has a fuzz target).

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace kilotse::documents {

enum class Format
{
    Unknown,
    Text, // TXT, CSV, MD …: UTF-8, UTF-16 with BOM, Windows-1252
    Pdf,
    Docx,
    Xlsx,
    Odt,
    Ods,
    Eml,
};

// Stable id for JSON ("text", "pdf", "docx", "xlsx", "odt", "ods", "eml", "unknown").
QString formatId(Format format);
// The format of a file's content, by its bytes (magic numbers, the ZIP's content type or
// mimetype entry), never by its name alone; the name only tells text formats apart from binary
// junk with the same bytes. Unknown for everything else.
Format detectFormat(const QByteArray& bytes, const QString& fileName);

// Where a piece of text was found. Only the fields of its kind are set.
struct Place
{
    enum class Kind
    {
        Body,          // plain text, the body of a DOCX/ODT
        Page,          // PDF page (page)
        Cell,          // spreadsheet cell (sheet, cell "B7")
        SheetName,     // the name of a sheet (sheet)
        Header,        // page header (name: the part, e.g. "header1.xml")
        Footer,        // page footer
        Footnote,      // footnote or endnote
        Comment,       // comment / annotation (sheet+cell for spreadsheets, page for PDF)
        TrackedChange, // inserted or deleted text of tracked changes
        Property,      // document property (name: "creator", "title", "lastModifiedBy" …)
        MailHeader,    // e-mail header (name: "From", "To", "Subject" …)
        MailBody,      // a text part of an e-mail (part: MIME part number "1.2")
        Attachment,    // the file name of an attachment itself (name)
    };
    Kind kind = Kind::Body;
    int page = 0; // 1-based, PDF pages
    QString sheet;
    QString cell; // "B7"
    QString name;
    QString part;
    // Attachments around this place, outermost first: {"antrag.pdf"} for page 2 of an attached PDF.
    QStringList container;
};

// Stable id of a kind for JSON ("page", "cell", "header" …).
QString placeKindId(Place::Kind kind);
// The place in words for people, in the UI language: "Seite 3", "Tabelle „Spender“, Zelle B7",
// "Kopfzeile", "Anhang „antrag.pdf“ › Seite 2".
QString placeText(const Place& place);

// One piece of the extracted text: text.mid(start, length) came from `place`.
struct Segment
{
    qsizetype start = 0;
    qsizetype length = 0;
    Place place;
};

// Something the file contains that was not read, so a clean result must not be taken for "nothing
// in it": images, a PDF page without a text layer, an attachment of an unknown type, embedded objects.
struct Unread
{
    enum class Kind
    {
        NoTextLayer, // a PDF page (or the whole PDF) that is only an image: a scan
        Images,      // pictures in a document (count)
        Attachment,  // an attachment of a type that cannot be read (name)
        Embedded,    // embedded objects (OLE, charts' data)
        Skipped,     // a part left out because of a limit (name says which)
    };
    Kind kind = Kind::Images;
    Place place; // page for NoTextLayer, container/name for Attachment
    int count = 1;
    QString reason; // Attachment/Skipped: why it was not read, in the UI language
};

QString unreadKindId(Unread::Kind kind);
// In words for people, in the UI language: "Seite 4 hat keine Textebene (Scan) – nicht geprüft".
QString unreadText(const Unread& unread);

struct Document
{
    QString fileName; // as given, for display
    Format format = Format::Unknown;
    QString encoding;        // text files: "UTF-8", "UTF-16LE", "UTF-16BE", "Windows-1252"
    QString text;            // everything readable, pieces separated by line breaks (cells of a row by tabs)
    QList<Segment> segments; // sorted by start, not overlapping
    QList<Unread> unread;
    int pages = 0;  // PDF pages
    int sheets = 0; // spreadsheets

    // The segment that contains `offset` of text (nullptr between segments, e.g. on a separator).
    const Segment* segmentAt(qsizetype offset) const;
    // True when the file had no text at all that could be read (a scanned PDF): such a file
    // cannot be checked and must never be reported as clean.
    bool noText() const;
};

struct Limits
{
    qint64 maxFileBytes = 100LL * 1024 * 1024;     // the file itself
    qint64 maxTextChars = 64LL * 1024 * 1024;      // the text extracted from it (UTF-16 units)
    qint64 maxSegments = 4LL * 1024 * 1024;        // pieces with a place (cells …): about 150 bytes each
    int maxPages = 5000;                           // PDF pages
    qint64 maxUnpackedBytes = 512LL * 1024 * 1024; // ZIP: sum of the entries read, uncompressed
    int maxCompressionRatio = 200;                 // ZIP: per entry larger than 1 MiB, uncompressed/compressed
    int maxZipEntries = 10000;
    int maxXmlDepth = 512;
    int maxMimeDepth = 16; // multipart nesting in an e-mail
    int maxMimeParts = 2000;
    int maxAttachmentDepth = 3; // documents inside attachments inside …
};

enum class Problem
{
    None,
    Unsupported, // not a format that can be read (a picture, an executable, an old .doc)
    NotRegular,  // a FIFO, directory, device: refused before reading
    Unreadable,  // cannot be opened or read (permissions, I/O)
    TooLarge,    // file, text, pages or entries beyond the limits
    Encrypted,   // password-protected PDF or Office file
    Corrupt,     // truncated or malformed
    Bomb,        // compression ratio or unpacked size beyond the limits (ZIP bomb), XML entity tricks
    TooDeep,     // nesting beyond the limits (MIME, attachments, XML)
    Cancelled,   // the user cancelled
};

QString problemId(Problem problem); // "unsupported", "not-a-file", "unreadable", "too-large" …

struct ExtractOptions
{
    Limits limits;
    // Called now and then with the work done and the total (pages, sheets, parts); may be empty.
    std::function<void(qint64 done, qint64 total)> progress;
    // When set and true, extraction stops soon with Problem::Cancelled.
    const std::atomic<bool>* cancel = nullptr;
};

struct ExtractResult
{
    std::optional<Document> document; // set unless problem != None
    Problem problem = Problem::None;
    Format format = Format::Unknown; // what the bytes were taken for, also when refused
    // In the UI language, naming the reason and, where known, the place:
    // "the PDF is password-protected; remove the protection or check it unencrypted".
    QString message;
};

// The file's bytes → its text and places. `fileName` is for messages, the place chain and for
// telling text from binary; the format comes from the bytes.
ExtractResult extractDocument(const QByteArray& bytes, const QString& fileName, const ExtractOptions& options = {});
// Reads a file and extracts it: only regular files (a FIFO, directory or device is refused before
// it is read), at most limits.maxFileBytes.
ExtractResult extractFile(const QString& path, const ExtractOptions& options = {});

// File name suffixes (lower case, without dot) the readers handle, for file dialogs and folder scans.
QStringList supportedSuffixes();

} // namespace kilotse::documents
