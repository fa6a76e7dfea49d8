#include "documents/Document.h"

#include "documents/Readers.h"
#include "registry/ImportSource.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>

namespace kilotse::documents {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::documents)
};

bool hasSuffix(const QString& fileName, std::initializer_list<const char*> suffixes)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    return std::any_of(suffixes.begin(), suffixes.end(), [&](const char* s) { return suffix == QLatin1String(s); });
}

// An e-mail saved as a file starts with header lines; these are the ones a mail nearly always has.
bool looksLikeMail(const QByteArray& bytes)
{
    const QByteArrayView head = QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 16 * 1024));
    int headers = 0;
    bool from = false;
    qsizetype pos = 0;
    for (int line = 0; line < 200 && pos < head.size(); ++line) {
        qsizetype end = head.indexOf('\n', pos);
        if (end < 0)
            end = head.size();
        QByteArrayView l = head.sliced(pos, end - pos);
        pos = end + 1;
        if (l.endsWith('\r'))
            l.chop(1);
        if (l.isEmpty())
            break; // end of the header block
        if (l.front() == ' ' || l.front() == '\t')
            continue; // folded continuation
        const qsizetype colon = l.indexOf(':');
        if (colon <= 0)
            return false;
        const QByteArray name = l.first(colon).toByteArray().toLower();
        if (!std::all_of(name.cbegin(), name.cend(),
                         [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'; }))
            return false;
        from = from || name == "from";
        if (name == "from" || name == "to" || name == "subject" || name == "date" || name == "mime-version" ||
            name == "received" || name == "message-id" || name == "return-path" || name == "content-type")
            ++headers;
    }
    return from && headers >= 3;
}
} // namespace

QString formatId(Format format)
{
    switch (format) {
    case Format::Text:
        return QStringLiteral("text");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Docx:
        return QStringLiteral("docx");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Odt:
        return QStringLiteral("odt");
    case Format::Ods:
        return QStringLiteral("ods");
    case Format::Eml:
        return QStringLiteral("eml");
    case Format::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Format detectFormat(const QByteArray& bytes, const QString& fileName)
{
    const QByteArrayView head = QByteArrayView(bytes).first(std::min<qsizetype>(bytes.size(), 1024));
    if (head.indexOf("%PDF-") >= 0)
        return Format::Pdf;
    if (bytes.startsWith("PK\x03\x04")) {
        // OpenDocument: the first entry is "mimetype", stored, holding the media type.
        if (bytes.size() > 38 + 39 && QByteArrayView(bytes).sliced(30, 8) == "mimetype") {
            const QByteArrayView type = QByteArrayView(bytes).sliced(38, std::min<qsizetype>(80, bytes.size() - 38));
            if (type.startsWith("application/vnd.oasis.opendocument.text"))
                return Format::Odt;
            if (type.startsWith("application/vnd.oasis.opendocument.spreadsheet"))
                return Format::Ods;
        }
        // Office Open XML: the main part's name is in the central directory.
        if (bytes.contains("word/document.xml"))
            return Format::Docx;
        if (bytes.contains("xl/workbook.xml"))
            return Format::Xlsx;
        return Format::Unknown;
    }
    if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return Format::Unknown; // OLE2: an old .doc/.xls or an encrypted Office file (extractDocument says which)
    const QString encoding = detectImportEncoding(bytes);
    if (encoding == QLatin1String("binary"))
        return Format::Unknown;
    if (hasSuffix(fileName, {"eml"}))
        return Format::Eml;
    if (hasSuffix(fileName, {"txt", "csv", "md", "text", "tsv", "log"}))
        return Format::Text;
    return encoding == QLatin1String("utf-8") && looksLikeMail(bytes) ? Format::Eml : Format::Text;
}

QString placeKindId(Place::Kind kind)
{
    switch (kind) {
    case Place::Kind::Body:
        return QStringLiteral("body");
    case Place::Kind::Page:
        return QStringLiteral("page");
    case Place::Kind::Cell:
        return QStringLiteral("cell");
    case Place::Kind::SheetName:
        return QStringLiteral("sheet-name");
    case Place::Kind::Header:
        return QStringLiteral("header");
    case Place::Kind::Footer:
        return QStringLiteral("footer");
    case Place::Kind::Footnote:
        return QStringLiteral("footnote");
    case Place::Kind::Comment:
        return QStringLiteral("comment");
    case Place::Kind::TrackedChange:
        return QStringLiteral("tracked-change");
    case Place::Kind::Property:
        return QStringLiteral("property");
    case Place::Kind::MailHeader:
        return QStringLiteral("mail-header");
    case Place::Kind::MailBody:
        return QStringLiteral("mail-body");
    case Place::Kind::Attachment:
        return QStringLiteral("attachment");
    }
    return QStringLiteral("body");
}

static QString propertyName(const QString& name)
{
    if (name == QLatin1String("creator") || name == QLatin1String("initial-creator") || name == QLatin1String("author"))
        return Tr::tr("author");
    if (name == QLatin1String("lastModifiedBy"))
        return Tr::tr("last modified by");
    if (name == QLatin1String("title"))
        return Tr::tr("title");
    if (name == QLatin1String("subject"))
        return Tr::tr("subject");
    if (name == QLatin1String("keywords"))
        return Tr::tr("keywords");
    if (name == QLatin1String("description"))
        return Tr::tr("description");
    if (name == QLatin1String("company"))
        return Tr::tr("company");
    if (name == QLatin1String("manager"))
        return Tr::tr("manager");
    if (name == QLatin1String("category"))
        return Tr::tr("category");
    if (name == QLatin1String("printed-by"))
        return Tr::tr("printed by");
    return name;
}

static QString ownPlaceText(const Place& place)
{
    switch (place.kind) {
    case Place::Kind::Body:
        return Tr::tr("text");
    case Place::Kind::Page:
        return Tr::tr("page %1").arg(place.page);
    case Place::Kind::Cell:
        return Tr::tr("sheet “%1”, cell %2").arg(place.sheet, place.cell);
    case Place::Kind::SheetName:
        return Tr::tr("name of sheet “%1”").arg(place.sheet);
    case Place::Kind::Header:
        return Tr::tr("header");
    case Place::Kind::Footer:
        return Tr::tr("footer");
    case Place::Kind::Footnote:
        return Tr::tr("footnote");
    case Place::Kind::Comment:
        if (!place.cell.isEmpty())
            return Tr::tr("comment on sheet “%1”, cell %2").arg(place.sheet, place.cell);
        if (place.page > 0)
            return Tr::tr("comment on page %1").arg(place.page);
        return Tr::tr("comment");
    case Place::Kind::TrackedChange:
        return Tr::tr("tracked change");
    case Place::Kind::Property:
        return Tr::tr("document property “%1”").arg(propertyName(place.name));
    case Place::Kind::MailHeader:
        return Tr::tr("mail header “%1”").arg(place.name);
    case Place::Kind::MailBody:
        return place.part.isEmpty() ? Tr::tr("mail text") : Tr::tr("mail text (part %1)").arg(place.part);
    case Place::Kind::Attachment:
        return Tr::tr("name of attachment “%1”").arg(place.name);
    }
    return {};
}

QString placeText(const Place& place)
{
    QStringList chain;
    for (const QString& c : place.container)
        chain.append(Tr::tr("attachment “%1”").arg(c));
    QString own = ownPlaceText(place);
    chain.append(own);
    QString text = chain.join(QStringLiteral(" › "));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString unreadKindId(Unread::Kind kind)
{
    switch (kind) {
    case Unread::Kind::NoTextLayer:
        return QStringLiteral("no-text-layer");
    case Unread::Kind::Images:
        return QStringLiteral("images");
    case Unread::Kind::Attachment:
        return QStringLiteral("attachment");
    case Unread::Kind::Embedded:
        return QStringLiteral("embedded");
    case Unread::Kind::Skipped:
        return QStringLiteral("skipped");
    }
    return QStringLiteral("skipped");
}

QString unreadText(const Unread& unread)
{
    QString where;
    if (!unread.place.container.isEmpty()) {
        QStringList chain;
        for (const QString& c : unread.place.container)
            chain.append(Tr::tr("attachment “%1”").arg(c));
        where = chain.join(QStringLiteral(" › ")) + QStringLiteral(": ");
    }
    QString text;
    switch (unread.kind) {
    case Unread::Kind::NoTextLayer:
        text = unread.place.page > 0
                   ? Tr::tr("page %1 has no text layer (a scan or picture) – not checked").arg(unread.place.page)
                   : Tr::tr("the document has no text layer (a scan or pictures only) – not checked");
        break;
    case Unread::Kind::Images:
        text = Tr::tr("%n picture(s) – text in pictures is not checked", "", unread.count);
        break;
    case Unread::Kind::Attachment:
        text = Tr::tr("attachment “%1” not checked").arg(unread.place.name);
        if (!unread.reason.isEmpty())
            text += QStringLiteral(": ") + unread.reason;
        break;
    case Unread::Kind::Embedded:
        text = Tr::tr("%n embedded object(s) – not checked", "", unread.count);
        break;
    case Unread::Kind::Skipped:
        text = Tr::tr("“%1” skipped").arg(unread.place.name);
        if (!unread.reason.isEmpty())
            text += QStringLiteral(": ") + unread.reason;
        break;
    }
    return where + text;
}

const Segment* Document::segmentAt(qsizetype offset) const
{
    auto it = std::upper_bound(segments.cbegin(), segments.cend(), offset,
                               [](qsizetype o, const Segment& s) { return o < s.start; });
    if (it == segments.cbegin())
        return nullptr;
    --it;
    return offset < it->start + it->length ? &*it : nullptr;
}

bool Document::noText() const
{
    return segments.isEmpty() && std::any_of(unread.cbegin(), unread.cend(),
                                             [](const Unread& u) { return u.kind == Unread::Kind::NoTextLayer; });
}

QString problemId(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return QStringLiteral("none");
    case Problem::Unsupported:
        return QStringLiteral("unsupported");
    case Problem::NotRegular:
        return QStringLiteral("not-a-file");
    case Problem::Unreadable:
        return QStringLiteral("unreadable");
    case Problem::TooLarge:
        return QStringLiteral("too-large");
    case Problem::Encrypted:
        return QStringLiteral("encrypted");
    case Problem::Corrupt:
        return QStringLiteral("corrupt");
    case Problem::Bomb:
        return QStringLiteral("bomb");
    case Problem::TooDeep:
        return QStringLiteral("too-deep");
    case Problem::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("none");
}

QStringList supportedSuffixes()
{
    return {QStringLiteral("pdf"), QStringLiteral("docx"), QStringLiteral("xlsx"), QStringLiteral("odt"),
            QStringLiteral("ods"), QStringLiteral("eml"),  QStringLiteral("txt"),  QStringLiteral("csv"),
            QStringLiteral("md"),  QStringLiteral("tsv")};
}

namespace detail {

Builder::Builder(Document& document, const ExtractOptions& options, QStringList container, int attachmentDepth)
    : m_document(document), m_options(options), m_container(std::move(container)), m_depth(attachmentDepth),
      m_fileName(document.fileName)
{
}

bool Builder::add(Place place, QStringView text, QChar separator)
{
    if (m_problem != Problem::None)
        return false;
    if (text.isEmpty())
        return true;
    if (cancelled())
        return false;
    QString& all = m_document.text;
    const qsizetype extra = text.size() + (all.isEmpty() ? 0 : 1);
    if (all.size() + extra > m_options.limits.maxTextChars)
        return fail(Problem::TooLarge, Tr::tr("the file holds more than %L1 characters of text; at most %L1 can be "
                                              "checked at once – split the file")
                                           .arg(m_options.limits.maxTextChars));
    if (m_document.segments.size() >= m_options.limits.maxSegments)
        return fail(Problem::TooLarge, Tr::tr("the file has more than %L1 separate pieces of text (cells, paragraphs); "
                                              "split the file")
                                           .arg(m_options.limits.maxSegments));
    if (!all.isEmpty())
        all.append(separator);
    if (!m_container.isEmpty())
        place.container = m_container + place.container;
    m_document.segments.append(Segment{all.size(), text.size(), std::move(place)});
    all.append(text);
    return true;
}

void Builder::addUnread(Unread unread)
{
    if (!m_container.isEmpty())
        unread.place.container = m_container + unread.place.container;
    // The same kind at the same place is counted once (pictures of a document, pages).
    for (Unread& u : m_document.unread)
        if (u.kind == unread.kind && u.kind == Unread::Kind::Images && u.place.container == unread.place.container) {
            u.count += unread.count;
            return;
        }
    m_document.unread.append(std::move(unread));
}

bool Builder::cancelled()
{
    if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
        if (m_problem == Problem::None) {
            m_problem = Problem::Cancelled;
            m_message = Tr::tr("cancelled");
        }
        return true;
    }
    return false;
}

void Builder::progress(qint64 done, qint64 total) const
{
    if (m_options.progress && m_depth == 0)
        m_options.progress(done, total);
}

bool Builder::fail(Problem problem, const QString& message)
{
    if (m_problem == Problem::None) {
        m_problem = problem;
        m_message = message;
    }
    return false;
}

bool Builder::attach(const QByteArray& bytes, const QString& name)
{
    if (m_problem != Problem::None)
        return false;
    if (m_depth >= m_options.limits.maxAttachmentDepth) {
        Unread skipped{Unread::Kind::Skipped,
                       {},
                       1,
                       Tr::tr("attachments nested more than %n level(s) deep are not read", "",
                              m_options.limits.maxAttachmentDepth)};
        skipped.place.name = name;
        addUnread(std::move(skipped));
        return true;
    }
    const Format format = detectFormat(bytes, name);
    Unread unread{Unread::Kind::Attachment, {}, 1, {}};
    unread.place.name = name;
    if (format == Format::Unknown) {
        unread.reason = Tr::tr("not a readable document type");
        addUnread(std::move(unread));
        return true;
    }
    Builder inner(m_document, m_options, m_container + QStringList{name}, m_depth + 1);
    inner.setFileName(name);
    const QString encoding = m_document.encoding;
    const bool ok = extractInto(bytes, format, inner);
    m_document.encoding = encoding; // the outer file's encoding stays
    if (ok)
        return true;
    switch (inner.problem()) {
    case Problem::Unsupported:
    case Problem::Encrypted:
    case Problem::Corrupt:
    case Problem::Unreadable:
        unread.reason = inner.message();
        addUnread(std::move(unread));
        return true;
    default:
        return fail(inner.problem(), Tr::tr("attachment “%1”: %2").arg(name, inner.message()));
    }
}

bool extractInto(const QByteArray& bytes, Format format, Builder& builder)
{
    switch (format) {
    case Format::Text:
        return readText(bytes, builder);
    case Format::Pdf:
        return readPdf(bytes, builder);
    case Format::Docx:
    case Format::Xlsx:
        return readOoxml(bytes, format, builder);
    case Format::Odt:
    case Format::Ods:
        return readOpenDocument(bytes, format, builder);
    case Format::Eml:
        return readMail(bytes, builder);
    case Format::Unknown:
        break;
    }
    return builder.fail(Problem::Unsupported, Tr::tr("not a readable document type"));
}

bool readText(const QByteArray& bytes, Builder& builder)
{
    const QString encoding = detectImportEncoding(bytes);
    Diagnostics problems;
    const std::optional<QByteArray> utf8 = importBytesAsUtf8(bytes, encoding, builder.fileName(), &problems);
    if (!utf8)
        return builder.fail(Problem::Unsupported,
                            Tr::tr("not a text file in a known encoding (UTF-8, UTF-16, Windows-1252)"));
    QString text = QString::fromUtf8(*utf8);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    // Control characters other than tab, line breaks and form feed: this is not text.
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f')
            return builder.fail(Problem::Unsupported,
                                Tr::tr("character %L1: control character 0x%2 – this is not a text file")
                                    .arg(i + 1)
                                    .arg(unsigned(c), 2, 16, QLatin1Char('0')));
    }
    builder.setEncoding(encoding == QLatin1String("utf-8")          ? QStringLiteral("UTF-8")
                        : encoding == QLatin1String("windows-1252") ? QStringLiteral("Windows-1252")
                        : encoding == QLatin1String("utf-16le")     ? QStringLiteral("UTF-16LE")
                                                                    : QStringLiteral("UTF-16BE"));
    return builder.add(Place{}, text);
}

} // namespace detail

ExtractResult extractDocument(const QByteArray& bytes, const QString& fileName, const ExtractOptions& options)
{
    ExtractResult result;
    auto failWith = [&](Problem problem, const QString& message) {
        result.problem = problem;
        result.message = message;
        return result;
    };
    if (bytes.size() > options.limits.maxFileBytes)
        return failWith(Problem::TooLarge, Tr::tr("the file is %L1 MB; at most %L2 MB can be checked")
                                               .arg(double(bytes.size()) / 1e6, 0, 'f', 1)
                                               .arg(double(options.limits.maxFileBytes) / 1e6, 0, 'f', 0));
    const Format format = detectFormat(bytes, fileName);
    if (format == Format::Unknown) {
        if (bytes.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")) {
            // An encrypted DOCX/XLSX is an OLE2 file with a stream "EncryptedPackage" (UTF-16LE name).
            static const QByteArray encrypted = QByteArray("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
            if (bytes.contains(encrypted))
                return failWith(Problem::Encrypted,
                                Tr::tr("the Office file is password-protected; remove the protection to check it"));
            // An Outlook message (.msg) has property streams "__substg1.0_…" (UTF-16LE names).
            static const QByteArray outlook = QByteArray("_\0_\0s\0u\0b\0s\0t\0g\0"
                                                         "1\0.\0"
                                                         "0\0",
                                                         22);
            if (bytes.contains(outlook))
                return failWith(
                    Problem::Unsupported,
                    Tr::tr("an Outlook message (.msg) – save it as an .eml file or print it to PDF to check it"));
            return failWith(Problem::Unsupported, Tr::tr("an old Word or Excel file (.doc, .xls) – save it as DOCX or "
                                                         "XLSX (or ODT, ODS) to check it"));
        }
        if (bytes.startsWith("\x89PNG") || bytes.startsWith("\xFF\xD8\xFF") || bytes.startsWith("GIF8") ||
            bytes.startsWith("II*\0") || bytes.startsWith("MM\0*"))
            return failWith(Problem::Unsupported, Tr::tr("a picture – text in pictures cannot be checked"));
        if (bytes.startsWith("PK\x03\x04"))
            return failWith(Problem::Unsupported,
                            Tr::tr("a ZIP archive that is no DOCX, XLSX, ODT or ODS – unpack it and check the files"));
        return failWith(Problem::Unsupported,
                        Tr::tr("not a readable document type (readable: PDF, DOCX, XLSX, ODT, ODS, EML and text)"));
    }
    Document document;
    document.fileName = fileName;
    document.format = format;
    result.format = format;
    detail::Builder builder(document, options);
    if (!detail::extractInto(bytes, format, builder))
        return failWith(builder.problem() == Problem::None ? Problem::Corrupt : builder.problem(), builder.message());
    result.document = std::move(document);
    return result;
}

ExtractResult extractFile(const QString& path, const ExtractOptions& options)
{
    Diagnostic problem;
    const std::optional<QByteArray> bytes = readImportFile(path, options.limits.maxFileBytes, &problem);
    if (!bytes) {
        ExtractResult result;
        result.problem = problem.code == QLatin1String(kImportCodeNotRegular)      ? Problem::NotRegular
                         : problem.code == QLatin1String(Diagnostic::CodeTooLarge) ? Problem::TooLarge
                                                                                   : Problem::Unreadable;
        result.message = result.problem == Problem::NotRegular
                             ? (QFileInfo(path).isDir() ? Tr::tr("a folder, not a file")
                                                        : Tr::tr("not a regular file but a pipe, device or socket"))
                             : problem.message;
        return result;
    }
    return extractDocument(*bytes, QFileInfo(path).fileName(), options);
}

} // namespace kilotse::documents
