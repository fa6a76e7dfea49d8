#pragma once

// Internal to src/core/documents: the ZIP container of DOCX, XLSX, ODT and ODS (through QuaZip,
// read from memory) and the XML parsing both readers share (QXmlStreamReader with limits).
//
// Every entry read counts against limits.maxUnpackedBytes; an entry larger than 1 MiB must not
// unpack to more than limits.maxCompressionRatio times its compressed size. Both are checked on
// the bytes actually unpacked, chunk by chunk, not only on the sizes the archive declares (a bomb
// can lie in its headers). XML with a document type declaration is refused (entity expansion
// tricks), and so is XML nested deeper than limits.maxXmlDepth.

#include "documents/Readers.h"

#include <QBuffer>
#include <QHash>
#include <QXmlStreamReader>

#include <memory>
#include <optional>

class QuaZip;

namespace kilotse::documents::detail {

class ZipContainer
{
public:
    struct Entry
    {
        QString name;
        quint16 flags = 0;  // general purpose flags (bit 0: encrypted)
        quint16 method = 0; // 0 stored, 8 deflate
        qint64 compressedSize = 0;
        qint64 uncompressedSize = 0; // as declared, not trusted
        quint64 directoryPos = 0;    // minizip's position of the entry in the central directory
        quint64 fileNumber = 0;
    };

    ZipContainer(const QByteArray& bytes, Builder& builder);
    ~ZipContainer();
    ZipContainer(const ZipContainer&) = delete;
    ZipContainer& operator=(const ZipContainer&) = delete;

    // Opens the archive and lists its entries; false after builder.fail() (Corrupt, TooLarge).
    bool open();
    const QList<Entry>& entries() const { return m_entries; }
    bool contains(const QString& name) const { return m_index.contains(name); }
    // Names of the entries that start with `prefix` (e.g. "word/media/"), in archive order.
    QStringList namesUnder(const QString& prefix) const;
    // The unpacked bytes of `name`; nullopt after builder.fail() (missing entry → Corrupt,
    // encrypted → Encrypted, bombs → Bomb, CRC errors and truncation → Corrupt).
    std::optional<QByteArray> read(const QString& name);
    // Bytes unpacked so far (all reads).
    qint64 unpackedBytes() const { return m_unpacked; }

private:
    QByteArray m_bytes;
    QBuffer m_buffer;
    std::unique_ptr<QuaZip> m_zip;
    Builder& m_builder;
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_index;
    qint64 m_unpacked = 0;
};

// Resolves a relationship target (OOXML) against the folder of the part that refers to it:
// resolvePartPath("word/document.xml", "media/image1.png") → "word/media/image1.png";
// "../comments1.xml" and absolute "/xl/…" targets are handled.
QString resolvePartPath(const QString& sourcePart, const QString& target);

// QXmlStreamReader over one entry, with the limits: a DTD is refused (Bomb), depth beyond
// limits.maxXmlDepth is refused (TooDeep), malformed XML is Corrupt (entry and line named), and
// cancellation is checked now and then. Typical use:
//
//     XmlParser x(bytes, QStringLiteral("word/document.xml"), builder);
//     while (x.next()) { if (x.isStart() && x.name() == u"p") … }
//     if (x.failed()) return false;
class XmlParser
{
public:
    XmlParser(const QByteArray& data, QString entry, Builder& builder);

    // The next token; false at the end of the document or after an error (then failed() is true
    // and builder.fail() was called).
    bool next();
    bool failed() const { return m_failed; }

    bool isStart() const { return m_xml.tokenType() == QXmlStreamReader::StartElement; }
    bool isEnd() const { return m_xml.tokenType() == QXmlStreamReader::EndElement; }
    bool isText() const { return m_xml.tokenType() == QXmlStreamReader::Characters; }
    QStringView name() const { return m_xml.name(); }
    QStringView ns() const { return m_xml.namespaceUri(); }
    QStringView text() const { return m_xml.text(); }
    // Attribute by qualified name as written ("w:type", "r:id", "table:name") – the formats use
    // fixed prefixes in practice; attr() also accepts the local name with any namespace.
    QStringView attr(QStringView qualifiedName) const;
    QStringView attrNs(QStringView namespaceUri, QStringView localName) const;
    QXmlStreamReader& reader() { return m_xml; }
    // Depth of the current element (1 = the root) after a StartElement; after an EndElement, the
    // depth of its parent.
    int depth() const { return m_depth; }
    // Skips the content of the current start element (with all checks); true when its end was reached.
    bool skipElement();
    // The text of the current start element (all character data inside it), up to its end.
    std::optional<QString> elementText();
    const QString& entry() const { return m_entry; }
    qint64 position() const { return m_xml.characterOffset(); }

private:
    bool fail(Problem problem, const QString& message);

    QXmlStreamReader m_xml;
    QString m_entry;
    Builder& m_builder;
    int m_depth = 0;
    int m_tokens = 0;
    bool m_failed = false;
    bool m_done = false;
};

// A cell address from 0-based column and 1-based row: (1, 7) → "B7".
QString cellAddress(qint64 column, qint64 row);
// Parses "B7" → column 1, row 7; false for anything else.
bool parseCellAddress(QStringView address, qint64* column, qint64* row);

} // namespace kilotse::documents::detail
