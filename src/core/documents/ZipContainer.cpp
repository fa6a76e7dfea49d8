#include "documents/ZipContainer.h"

#include <QCoreApplication>
#include <quazip/quazip.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/unzip.h>

#include <algorithm>

namespace kilotse::documents::detail {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::documents)
};

constexpr qint64 kRatioThreshold = 1024 * 1024; // the ratio limit applies to entries larger than this
constexpr qsizetype kChunk = 64 * 1024;
} // namespace

ZipContainer::ZipContainer(const QByteArray& bytes, Builder& builder) : m_bytes(bytes), m_builder(builder)
{
    m_buffer.setData(m_bytes); // implicitly shared: no copy of the file
}

ZipContainer::~ZipContainer()
{
    if (m_zip)
        m_zip->close();
}

bool ZipContainer::open()
{
    m_zip = std::make_unique<QuaZip>(&m_buffer);
    if (!m_zip->open(QuaZip::mdUnzip))
        return m_builder.fail(
            Problem::Corrupt,
            Tr::tr("the ZIP container is damaged or truncated (its table of contents cannot be read)"));
    const Limits& limits = m_builder.limits();
    if (m_zip->getEntriesCount() > limits.maxZipEntries)
        return m_builder.fail(Problem::TooLarge, Tr::tr("the ZIP container has %L1 entries; at most %L2 can be read")
                                                     .arg(m_zip->getEntriesCount())
                                                     .arg(limits.maxZipEntries));
    unzFile uf = m_zip->getUnzFile();
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        if (m_entries.size() >= limits.maxZipEntries)
            return m_builder.fail(Problem::TooLarge, Tr::tr("the ZIP container has more than %L1 entries; at most %L1 "
                                                            "can be read")
                                                         .arg(limits.maxZipEntries));
        if ((m_entries.size() & 255) == 0 && m_builder.cancelled())
            return false;
        QuaZipFileInfo64 info;
        unz64_file_pos pos{};
        if (!m_zip->getCurrentFileInfo(&info) || unzGetFilePos64(uf, &pos) != UNZ_OK)
            return m_builder.fail(Problem::Corrupt, Tr::tr("the ZIP container is damaged: entry %L1 of its table of "
                                                           "contents cannot be read")
                                                        .arg(m_entries.size() + 1));
        Entry e;
        e.name = info.name;
        e.flags = info.flags;
        e.method = info.method;
        e.compressedSize = qint64(info.compressedSize);
        e.uncompressedSize = qint64(info.uncompressedSize);
        e.directoryPos = pos.pos_in_zip_directory;
        e.fileNumber = pos.num_of_file;
        if (!m_index.contains(e.name))
            m_index.insert(e.name, m_entries.size());
        m_entries.append(std::move(e));
    }
    if (m_zip->getZipError() != UNZ_OK)
        return m_builder.fail(Problem::Corrupt, Tr::tr("the ZIP container is damaged: its table of contents ends "
                                                       "after %L1 entries")
                                                    .arg(m_entries.size()));
    return true;
}

QStringList ZipContainer::namesUnder(const QString& prefix) const
{
    QStringList names;
    for (const Entry& e : m_entries)
        if (e.name.startsWith(prefix) && e.name.size() > prefix.size() && !e.name.endsWith(u'/'))
            names.append(e.name);
    return names;
}

std::optional<QByteArray> ZipContainer::read(const QString& name)
{
    const auto it = m_index.constFind(name);
    if (it == m_index.cend()) {
        m_builder.fail(Problem::Corrupt, Tr::tr("the entry %1 is missing from the ZIP container").arg(name));
        return std::nullopt;
    }
    const Entry& e = m_entries[*it];
    const Limits& limits = m_builder.limits();
    if (e.flags & 1) {
        m_builder.fail(Problem::Encrypted, Tr::tr("the entry %1 is encrypted (password-protected); remove the "
                                                  "protection to check the file")
                                               .arg(name));
        return std::nullopt;
    }
    if (e.method != 0 && e.method != Z_DEFLATED) {
        m_builder.fail(Problem::Unsupported,
                       Tr::tr("the entry %1 uses compression method %2, which cannot be read").arg(name).arg(e.method));
        return std::nullopt;
    }
    const qint64 compressed = std::max<qint64>(1, std::min<qint64>(e.compressedSize, m_bytes.size()));
    auto bomb = [&](qint64 size) {
        m_builder.fail(Problem::Bomb, Tr::tr("the entry %1 unpacks to more than %L2 bytes from %L3 compressed bytes – "
                                             "a ZIP bomb is not read")
                                          .arg(name)
                                          .arg(size)
                                          .arg(e.compressedSize));
        return std::nullopt;
    };
    auto tooMuch = [&]() {
        m_builder.fail(Problem::Bomb,
                       Tr::tr("the entries of the ZIP container unpack to more than %L1 MB (at entry %2) "
                              "– a ZIP bomb is not read")
                           .arg(limits.maxUnpackedBytes / (1024 * 1024))
                           .arg(name));
        return std::nullopt;
    };
    // What the archive declares is checked first (cheap), what is really unpacked below.
    if (e.uncompressedSize > kRatioThreshold && e.uncompressedSize / compressed > limits.maxCompressionRatio)
        return bomb(e.uncompressedSize);
    if (e.uncompressedSize > limits.maxUnpackedBytes - m_unpacked)
        return tooMuch();

    unzFile uf = m_zip->getUnzFile();
    unz64_file_pos pos{e.directoryPos, e.fileNumber};
    if (unzGoToFilePos64(uf, &pos) != UNZ_OK || unzOpenCurrentFile(uf) != UNZ_OK) {
        m_builder.fail(Problem::Corrupt, Tr::tr("the entry %1 of the ZIP container is damaged").arg(name));
        return std::nullopt;
    }
    QByteArray out;
    out.reserve(std::min<qint64>(e.uncompressedSize, 16 * 1024 * 1024));
    char chunk[kChunk];
    for (;;) {
        const int n = unzReadCurrentFile(uf, chunk, unsigned(kChunk));
        if (n < 0) {
            unzCloseCurrentFile(uf);
            m_builder.fail(Problem::Corrupt,
                           n == UNZ_CRCERROR
                               ? Tr::tr("checksum error in entry %1 – the file is damaged").arg(name)
                               : Tr::tr("the entry %1 is damaged or truncated (ZIP error %2)").arg(name).arg(n));
            return std::nullopt;
        }
        if (n == 0)
            break;
        out.append(chunk, n);
        m_unpacked += n;
        const qint64 size = out.size();
        if (m_unpacked > limits.maxUnpackedBytes) {
            unzCloseCurrentFile(uf);
            return tooMuch();
        }
        if (size > e.uncompressedSize || (size > kRatioThreshold && size / compressed > limits.maxCompressionRatio)) {
            unzCloseCurrentFile(uf);
            return bomb(size);
        }
        if (m_builder.cancelled()) {
            unzCloseCurrentFile(uf);
            return std::nullopt;
        }
    }
    const int closed = unzCloseCurrentFile(uf);
    if (closed == UNZ_CRCERROR) {
        m_builder.fail(Problem::Corrupt, Tr::tr("checksum error in entry %1 – the file is damaged").arg(name));
        return std::nullopt;
    }
    if (closed != UNZ_OK || out.size() != e.uncompressedSize) {
        m_builder.fail(Problem::Corrupt, Tr::tr("the entry %1 is damaged or truncated").arg(name));
        return std::nullopt;
    }
    return out;
}

QString resolvePartPath(const QString& sourcePart, const QString& target)
{
    QString t = target;
    t.replace(u'\\', u'/');
    QStringList parts;
    if (t.startsWith(u'/')) {
        t.remove(0, 1);
    } else {
        parts = sourcePart.split(u'/');
        parts.removeLast(); // the source part's own name
    }
    for (const QString& p : t.split(u'/')) {
        if (p.isEmpty() || p == QLatin1String("."))
            continue;
        if (p == QLatin1String("..")) {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts.append(p);
    }
    return parts.join(u'/');
}

XmlParser::XmlParser(const QByteArray& data, QString entry, Builder& builder)
    : m_xml(data), m_entry(std::move(entry)), m_builder(builder)
{
    m_xml.setNamespaceProcessing(true);
}

bool XmlParser::fail(Problem problem, const QString& message)
{
    m_failed = true;
    m_done = true;
    m_builder.fail(problem, message);
    return false;
}

bool XmlParser::next()
{
    if (m_done)
        return false;
    const QXmlStreamReader::TokenType token = m_xml.readNext();
    if (++m_tokens >= 8192) {
        m_tokens = 0;
        if (m_builder.cancelled()) {
            m_failed = true;
            m_done = true;
            return false;
        }
    }
    switch (token) {
    case QXmlStreamReader::DTD:
        return fail(Problem::Bomb, Tr::tr("XML with a document type declaration (DTD) in entry %1 – not read "
                                          "(entity expansion)")
                                       .arg(m_entry));
    case QXmlStreamReader::StartElement:
        if (++m_depth > m_builder.limits().maxXmlDepth)
            return fail(Problem::TooDeep, Tr::tr("the XML in entry %1 is nested more than %L2 levels deep (line %L3)")
                                              .arg(m_entry)
                                              .arg(m_builder.limits().maxXmlDepth)
                                              .arg(m_xml.lineNumber()));
        return true;
    case QXmlStreamReader::EndElement:
        --m_depth;
        return true;
    case QXmlStreamReader::EntityReference:
        return fail(Problem::Bomb, Tr::tr("XML with an entity reference in entry %1, line %L2 – not read")
                                       .arg(m_entry)
                                       .arg(m_xml.lineNumber()));
    case QXmlStreamReader::Invalid:
        return fail(Problem::Corrupt, Tr::tr("malformed XML in entry %1, line %L2: %3")
                                          .arg(m_entry)
                                          .arg(m_xml.lineNumber())
                                          .arg(m_xml.errorString()));
    case QXmlStreamReader::EndDocument:
        m_done = true;
        return false;
    default:
        return true;
    }
}

QStringView XmlParser::attr(QStringView qualifiedName) const
{
    const QXmlStreamAttributes& attributes = m_xml.attributes();
    for (const QXmlStreamAttribute& a : attributes)
        if (a.qualifiedName() == qualifiedName)
            return a.value();
    const qsizetype colon = qualifiedName.indexOf(u':');
    const QStringView local = colon >= 0 ? qualifiedName.sliced(colon + 1) : qualifiedName;
    for (const QXmlStreamAttribute& a : attributes)
        if (a.name() == local)
            return a.value();
    return {};
}

QStringView XmlParser::attrNs(QStringView namespaceUri, QStringView localName) const
{
    for (const QXmlStreamAttribute& a : m_xml.attributes())
        if (a.name() == localName && a.namespaceUri() == namespaceUri)
            return a.value();
    return {};
}

bool XmlParser::skipElement()
{
    const int parent = m_depth - 1;
    while (next())
        if (isEnd() && m_depth == parent)
            return true;
    return false;
}

std::optional<QString> XmlParser::elementText()
{
    const int parent = m_depth - 1;
    QString text;
    while (next()) {
        if (isEnd() && m_depth == parent)
            return text;
        if (isText())
            text += m_xml.text();
    }
    if (m_failed)
        return std::nullopt;
    return text;
}

QString cellAddress(qint64 column, qint64 row)
{
    char16_t letters[16];
    int n = 0;
    qint64 c = column + 1;
    while (c > 0 && n < 16) {
        const qint64 rem = (c - 1) % 26;
        letters[n++] = char16_t(u'A' + rem);
        c = (c - 1) / 26;
    }
    QString address;
    address.reserve(n + 8);
    for (int i = n - 1; i >= 0; --i)
        address.append(QChar(letters[i]));
    address.append(QString::number(row));
    return address;
}

bool parseCellAddress(QStringView address, qint64* column, qint64* row)
{
    qsizetype i = 0;
    qint64 col = 0;
    while (i < address.size() && i < 4) {
        const char16_t c = address[i].unicode();
        if (c >= u'A' && c <= u'Z')
            col = col * 26 + (c - u'A' + 1);
        else if (c >= u'a' && c <= u'z')
            col = col * 26 + (c - u'a' + 1);
        else
            break;
        ++i;
    }
    if (i == 0 || i == address.size())
        return false;
    qint64 r = 0;
    for (qsizetype j = i; j < address.size(); ++j) {
        const char16_t c = address[j].unicode();
        if (c < u'0' || c > u'9' || j - i > 9)
            return false;
        r = r * 10 + (c - u'0');
    }
    if (r <= 0)
        return false;
    *column = col - 1;
    *row = r;
    return true;
}

} // namespace kilotse::documents::detail
