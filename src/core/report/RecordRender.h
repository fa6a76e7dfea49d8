#pragma once

#include "report/CheckRecord.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace kilotse {

// One piece of a rendered record. The HTML and PDF forms are made from the same blocks, so both
// say exactly the same.
struct RecordBlock
{
    enum class Kind
    {
        Title,
        Heading,
        Field,
        Paragraph,
        Bullet,
        Small,
        Highlight
    };
    Kind kind;
    QString text;
    QString label; // Kind::Field
};

// The record as blocks. `comparison`: adds "Abgleich mit dem aktuellen Regelwerk" (what would
// change). `pack`: names of the draft-scan categories (ids otherwise).
QList<RecordBlock> recordBlocks(const CheckRecord& record, const RecordComparison* comparison = nullptr,
                                const PolicyPack* pack = nullptr);

// A standalone HTML document (UTF-8, print styles, no scripts, a Content-Security-Policy that
// forbids loading anything). Every text is escaped.
QString recordToHtml(const CheckRecord& record, const RecordComparison* comparison = nullptr,
                     const PolicyPack* pack = nullptr);

// A print-ready A4 PDF with heading, page numbers "Seite X von Y" and a footer naming the record,
// in the UI language (document language, dates). Empty with `error` set when it cannot be made
// (a font file is missing).
QByteArray recordToPdf(const CheckRecord& record, const RecordComparison* comparison = nullptr,
                       const PolicyPack* pack = nullptr, QString* error = nullptr);

enum class RecordFormat
{
    Pdf,
    Html,
    Json
};
// "pdf", "html", "json" → format; nullopt otherwise.
std::optional<RecordFormat> recordFormatFromName(const QString& name);
QString recordFormatExtension(RecordFormat format);
// Empty with `error` set when the PDF cannot be made.
QByteArray renderRecord(const CheckRecord& record, RecordFormat format, const RecordComparison* comparison = nullptr,
                        const PolicyPack* pack = nullptr, QString* error = nullptr);
// Writes the record atomically (a failed write leaves no half file). False with `error` set.
bool saveRecord(const CheckRecord& record, RecordFormat format, const QString& path, const PolicyPack* pack,
                QString* error, const RecordComparison* comparison = nullptr);

// Suggested file name: "Pruefvermerk-2026-11-22-1015.<extension>".
QString recordFileName(const CheckRecord& record, const QString& extension);

} // namespace kilotse
