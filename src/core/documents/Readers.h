#pragma once

// Internal to src/core/documents: what every reader gets (the Builder) and the readers' entry
// points. Each reader appends text pieces with their places to the Builder and reports a problem
// through Builder::fail(); the Builder enforces the text limit and cancellation for all of them.

#include "documents/Document.h"

#include <QStringView>

namespace kilotse::documents::detail {

class Builder
{
public:
    Builder(Document& document, const ExtractOptions& options, QStringList container = {}, int attachmentDepth = 0);

    const Limits& limits() const { return m_options.limits; }
    // The file name of the document being read (for messages).
    const QString& fileName() const { return m_fileName; }
    void setFileName(const QString& name) { m_fileName = name; }
    // The attachment chain this builder prepends to every place (EML attachments).
    const QStringList& container() const { return m_container; }
    int attachmentDepth() const { return m_depth; }

    // Appends `text` as one segment at `place`; `separator` goes before it unless the document's
    // text is still empty ('\n' between paragraphs and pages, '\t' between cells of a row). Empty
    // text adds nothing. Returns false (and records Problem::TooLarge) beyond limits.maxTextChars,
    // or when cancelled.
    bool add(Place place, QStringView text, QChar separator = u'\n');
    void addUnread(Unread unread);
    void setPages(int pages) { m_document.pages = pages; }
    void setSheets(int sheets) { m_document.sheets = sheets; }
    void setEncoding(const QString& encoding) { m_document.encoding = encoding; }

    // True when the user cancelled (records Problem::Cancelled once).
    bool cancelled();
    void progress(qint64 done, qint64 total) const;

    // Records the first problem and returns false, so a reader can `return b.fail(…)`.
    bool fail(Problem problem, const QString& message);
    Problem problem() const { return m_problem; }
    const QString& message() const { return m_message; }

    // An attached file (EML): its text goes into the same document with `name` added to the place
    // chain. Beyond limits.maxAttachmentDepth it is listed as unread (Skipped), not read. A
    // problem that concerns only the attachment (unsupported type, encrypted, corrupt) is listed
    // as unread with its reason and reading goes on (returns true); limits, bombs and cancellation
    // stop everything (returns false, problem recorded here).
    bool attach(const QByteArray& bytes, const QString& name);

private:
    Document& m_document;
    const ExtractOptions& m_options;
    QStringList m_container;
    int m_depth = 0;
    QString m_fileName;
    Problem m_problem = Problem::None;
    QString m_message;
};

// The readers. Each returns false after Builder::fail() (or when add() refused).
bool readText(const QByteArray& bytes, Builder& builder);
bool readPdf(const QByteArray& bytes, Builder& builder);
bool readOoxml(const QByteArray& bytes, Format format, Builder& builder);        // Docx, Xlsx
bool readOpenDocument(const QByteArray& bytes, Format format, Builder& builder); // Odt, Ods
bool readMail(const QByteArray& bytes, Builder& builder);

// Extracts into an existing builder (used by extractDocument and Builder::attach).
bool extractInto(const QByteArray& bytes, Format format, Builder& builder);

} // namespace kilotse::documents::detail
