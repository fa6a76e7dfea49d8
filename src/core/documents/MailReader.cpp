// E-mail (EML) through GMime 3: the address and subject headers (RFC 2047 decoded), every text part
// (transfer encoding and charset decoded; HTML as text, unless a plain-text alternative says the
// same), attachments by name and, through Builder::attach, by content (PDF, DOCX … and attached
// mails, recursively with the attachment depth limit). Everything stays in memory: the mail is
// parsed from a memory stream, parts are decoded into memory streams.

#include "documents/Readers.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>

#include <gmime/gmime.h>
#include <memory>
#include <mutex>

namespace kilotse::documents::detail {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::documents)
};

struct GObjectUnref
{
    void operator()(gpointer object) const
    {
        if (object)
            g_object_unref(object);
    }
};
template <typename T> using GPtr = std::unique_ptr<T, GObjectUnref>;

void initGMime()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

// The headers read as text, with the spelling used for the place.
const char* const kHeaders[] = {"From", "Sender", "Reply-To", "To", "Cc", "Bcc", "Subject"};

bool isType(GMimeObject* object, const char* type, const char* subtype)
{
    GMimeContentType* contentType = g_mime_object_get_content_type(object);
    return contentType && g_mime_content_type_is_type(contentType, type, subtype);
}

// A header's value, unfolded and RFC 2047 decoded. GMime (3.2) loses the rest of a header after a
// base64 encoded word that ends in padding ("…0Jg=?= =?UTF-8?B?0LLQ…?=" decodes to the first word
// only), as mail programs write long subjects and names; so runs of base64 words in the same
// charset are joined into one word before GMime decodes the value.
QString decodeHeaderValue(const char* raw)
{
    QByteArray value(raw);
    value.replace("\r\n", "");
    value.replace('\n', "");
    static const QRegularExpression word(QStringLiteral(R"(=\?([^?\s]+)\?([bB])\?([A-Za-z0-9+/=]*)\?=)"));
    const QString text = QString::fromLatin1(value);
    QString joined;
    qsizetype last = 0; // end of the text copied so far
    QString runCharset;
    QByteArray runBytes;
    auto flush = [&] {
        if (!runCharset.isEmpty())
            joined += QStringLiteral("=?") + runCharset + QStringLiteral("?B?") +
                      QString::fromLatin1(runBytes.toBase64()) + QStringLiteral("?=");
        runCharset.clear();
        runBytes.clear();
    };
    for (QRegularExpressionMatchIterator it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QStringView gap = QStringView(text).sliced(last, m.capturedStart() - last);
        const bool continues = !runCharset.isEmpty() && gap.trimmed().isEmpty() &&
                               m.captured(1).compare(runCharset, Qt::CaseInsensitive) == 0;
        if (!continues) {
            flush();
            joined += gap;
            runCharset = m.captured(1);
        }
        runBytes += QByteArray::fromBase64(m.captured(3).toLatin1());
        last = m.capturedEnd();
    }
    flush();
    joined += QStringView(text).sliced(last);
    char* decoded = g_mime_utils_header_decode_text(nullptr, joined.toLatin1().constData());
    if (!decoded)
        return QString::fromUtf8(value).simplified();
    QString result = QString::fromUtf8(decoded).simplified();
    g_free(decoded);
    return result;
}

// A stream's bytes (GMimeStreamMem).
QByteArray memBytes(GMimeStream* stream)
{
    GByteArray* array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
    return array ? QByteArray(reinterpret_cast<const char*>(array->data), qsizetype(array->len)) : QByteArray();
}

// A leaf part's content with its transfer encoding (base64, quoted-printable …) undone.
std::optional<QByteArray> decodedContent(GMimePart* part)
{
    GMimeDataWrapper* content = g_mime_part_get_content(part);
    if (!content)
        return QByteArray();
    const GPtr<GMimeStream> out(g_mime_stream_mem_new());
    if (!out || g_mime_data_wrapper_write_to_stream(content, out.get()) < 0)
        return std::nullopt;
    return memBytes(out.get());
}

std::optional<QString> convertWithIconv(const QByteArray& bytes, const char* charset)
{
    iconv_t cd = g_mime_iconv_open("UTF-8", charset);
    if (cd == reinterpret_cast<iconv_t>(-1))
        return std::nullopt;
    char* converted = g_mime_iconv_strndup(cd, bytes.constData(), size_t(bytes.size()));
    g_mime_iconv_close(cd);
    if (!converted)
        return std::nullopt;
    QString text = QString::fromUtf8(converted);
    g_free(converted);
    return text;
}

// Text in the part's charset → Unicode. Without a (known) charset: UTF-8 when it is valid UTF-8,
// else Windows-1252, as mail programs guess.
QString decodeCharset(const QByteArray& bytes, const QByteArray& charset)
{
    const QByteArray name = charset.trimmed().toLower();
    if (name == "utf-8" || name == "utf8" || name == "us-ascii" || name == "ascii")
        return QString::fromUtf8(bytes);
    if (!name.isEmpty())
        if (const std::optional<QString> text = convertWithIconv(bytes, name.constData()))
            return *text;
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    if (const std::optional<QString> cp1252 = convertWithIconv(bytes, "windows-1252"))
        return *cp1252;
    return QString::fromLatin1(bytes);
}

// HTML → its text: tags dropped (script and style with their content), line breaks for block
// elements, character references decoded, white space collapsed as a browser does.
QString htmlToText(const QString& html)
{
    static const QHash<QString, QString> entities = {
        {QStringLiteral("amp"), QStringLiteral("&")},
        {QStringLiteral("lt"), QStringLiteral("<")},
        {QStringLiteral("gt"), QStringLiteral(">")},
        {QStringLiteral("quot"), QStringLiteral("\"")},
        {QStringLiteral("apos"), QStringLiteral("'")},
        {QStringLiteral("nbsp"), QStringLiteral(" ")},
        {QStringLiteral("auml"), QStringLiteral("ä")},
        {QStringLiteral("ouml"), QStringLiteral("ö")},
        {QStringLiteral("uuml"), QStringLiteral("ü")},
        {QStringLiteral("Auml"), QStringLiteral("Ä")},
        {QStringLiteral("Ouml"), QStringLiteral("Ö")},
        {QStringLiteral("Uuml"), QStringLiteral("Ü")},
        {QStringLiteral("szlig"), QStringLiteral("ß")},
        {QStringLiteral("euro"), QStringLiteral("€")},
        {QStringLiteral("ndash"), QStringLiteral("–")},
        {QStringLiteral("mdash"), QStringLiteral("—")},
        {QStringLiteral("bdquo"), QStringLiteral("„")},
        {QStringLiteral("ldquo"), QStringLiteral("“")},
        {QStringLiteral("rdquo"), QStringLiteral("”")},
        {QStringLiteral("sbquo"), QStringLiteral("‚")},
        {QStringLiteral("lsquo"), QStringLiteral("‘")},
        {QStringLiteral("rsquo"), QStringLiteral("’")},
        {QStringLiteral("hellip"), QStringLiteral("…")},
        {QStringLiteral("sect"), QStringLiteral("§")},
        {QStringLiteral("eacute"), QStringLiteral("é")},
        {QStringLiteral("egrave"), QStringLiteral("è")},
        {QStringLiteral("aacute"), QStringLiteral("á")},
        {QStringLiteral("agrave"), QStringLiteral("à")},
        {QStringLiteral("ccedil"), QStringLiteral("ç")},
        {QStringLiteral("copy"), QStringLiteral("©")},
        {QStringLiteral("reg"), QStringLiteral("®")},
        {QStringLiteral("deg"), QStringLiteral("°")},
        {QStringLiteral("shy"), QString()},
        {QStringLiteral("zwnj"), QString()},
    };
    static const QStringList blocks = {
        QStringLiteral("br"), QStringLiteral("p"),     QStringLiteral("div"),        QStringLiteral("tr"),
        QStringLiteral("li"), QStringLiteral("h1"),    QStringLiteral("h2"),         QStringLiteral("h3"),
        QStringLiteral("h4"), QStringLiteral("h5"),    QStringLiteral("h6"),         QStringLiteral("table"),
        QStringLiteral("ul"), QStringLiteral("ol"),    QStringLiteral("blockquote"), QStringLiteral("pre"),
        QStringLiteral("hr"), QStringLiteral("title"), QStringLiteral("dt"),         QStringLiteral("dd"),
    };
    QString out;
    out.reserve(html.size());
    bool space = false; // white space pending
    auto put = [&](QStringView text) {
        if (space && !out.isEmpty() && !out.endsWith(u'\n') && !out.endsWith(u'\t'))
            out.append(u' ');
        space = false;
        out.append(text);
    };
    const qsizetype n = html.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = html[i];
        if (c == u'<') {
            if (html.mid(i, 4) == QLatin1String("<!--")) {
                const qsizetype end = html.indexOf(QLatin1String("-->"), i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            const qsizetype end = html.indexOf(u'>', i + 1);
            if (end < 0) {
                put(QStringView(html).mid(i)); // not a tag: a lone '<' in the text
                break;
            }
            QStringView tag = QStringView(html).sliced(i + 1, end - i - 1).trimmed();
            const bool closing = tag.startsWith(u'/');
            if (closing)
                tag = tag.sliced(1);
            qsizetype nameEnd = 0;
            while (nameEnd < tag.size() && (tag[nameEnd].isLetterOrNumber()))
                ++nameEnd;
            const QString name = tag.first(nameEnd).toString().toLower();
            i = end + 1;
            if (!closing && (name == QLatin1String("script") || name == QLatin1String("style"))) {
                const qsizetype close = html.indexOf(QLatin1String("</") + name, i, Qt::CaseInsensitive);
                i = close < 0 ? n : close;
                continue;
            }
            if (blocks.contains(name)) {
                space = false;
                if (!out.isEmpty() && !out.endsWith(u'\n'))
                    out.append(u'\n');
            } else if (name == QLatin1String("td") || name == QLatin1String("th")) {
                if (!closing) {
                    space = false;
                    if (!out.isEmpty() && !out.endsWith(u'\n') && !out.endsWith(u'\t'))
                        out.append(u'\t');
                }
            }
            continue;
        }
        if (c == u'&') {
            // A character reference is short: look for its ';' nearby only (linear on "&&&&…").
            const qsizetype semi = QStringView(html).sliced(i + 1, std::min<qsizetype>(12, n - i - 1)).indexOf(u';');
            if (semi > 0) {
                const qsizetype refEnd = i + 1 + semi;
                const QString ref = html.mid(i + 1, refEnd - i - 1);
                QString decoded;
                bool known = false;
                if (ref.startsWith(u'#')) {
                    bool ok = false;
                    const uint code = ref.startsWith(QLatin1String("#x"), Qt::CaseInsensitive)
                                          ? ref.mid(2).toUInt(&ok, 16)
                                          : ref.mid(1).toUInt(&ok);
                    if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
                        const char32_t u = code == 0xA0 ? U' ' : char32_t(code);
                        decoded = QString::fromUcs4(&u, 1);
                        known = true;
                    }
                } else if (const auto it = entities.constFind(ref); it != entities.cend()) {
                    decoded = *it;
                    known = true;
                }
                if (known) {
                    if (decoded == QLatin1String(" "))
                        space = true;
                    else if (!decoded.isEmpty())
                        put(decoded);
                    i = refEnd + 1;
                    continue;
                }
            }
            put(QStringView(&c, 1));
            ++i;
            continue;
        }
        if (c.isSpace()) {
            space = true;
            ++i;
            continue;
        }
        qsizetype run = i + 1;
        while (run < n && html[run] != u'<' && html[run] != u'&' && !html[run].isSpace())
            ++run;
        put(QStringView(html).sliced(i, run - i));
        i = run;
    }
    // No blank lines at the ends, no trailing blanks.
    QStringList lines = out.split(u'\n');
    QStringList kept;
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            kept.append(trimmed);
    }
    return kept.join(u'\n');
}

// The file name of a part (Content-Disposition filename, Content-Type name), RFC 2231/2047 decoded.
QString fileNameOf(GMimeObject* object)
{
    const char* name = nullptr;
    if (GMIME_IS_PART(object))
        name = g_mime_part_get_filename(GMIME_PART(object));
    if (!name)
        if (GMimeContentDisposition* disposition = g_mime_object_get_content_disposition(object))
            name = g_mime_content_disposition_get_parameter(disposition, "filename");
    if (!name)
        name = g_mime_object_get_content_type_parameter(object, "name");
    return name ? QString::fromUtf8(name).trimmed() : QString();
}

bool isAttachmentDisposition(GMimeObject* object)
{
    const char* disposition = g_mime_object_get_disposition(object);
    return disposition && g_ascii_strcasecmp(disposition, "attachment") == 0;
}

class MailWalker
{
public:
    explicit MailWalker(Builder& builder) : m_b(builder) {}

    // Counts the parts and checks nesting before anything is read.
    bool check(GMimeObject* object, const QString& number, int depth)
    {
        if (++m_total > m_b.limits().maxMimeParts)
            return m_b.fail(Problem::TooLarge,
                            Tr::tr("the e-mail has more than %L1 MIME parts").arg(m_b.limits().maxMimeParts));
        if (!GMIME_IS_MULTIPART(object))
            return true;
        if (depth + 1 > m_b.limits().maxMimeDepth)
            return m_b.fail(Problem::TooDeep, Tr::tr("MIME part %1: multipart parts nested more than %L2 levels deep")
                                                  .arg(number.isEmpty() ? QStringLiteral("1") : number)
                                                  .arg(m_b.limits().maxMimeDepth));
        GMimeMultipart* multipart = GMIME_MULTIPART(object);
        const int count = g_mime_multipart_get_count(multipart);
        for (int i = 0; i < count; ++i)
            if (GMimeObject* child = g_mime_multipart_get_part(multipart, i))
                if (!check(child, childNumber(number, i), depth + 1))
                    return false;
        return true;
    }

    bool walk(GMimeObject* object, const QString& number, bool skipHtml)
    {
        if (m_b.cancelled())
            return false;
        m_b.progress(++m_done, m_total);
        if (GMIME_IS_MULTIPART_ENCRYPTED(object)) {
            Unread unread{Unread::Kind::Attachment, {}, 1, Tr::tr("the content is encrypted (OpenPGP or S/MIME)")};
            unread.place.name = Tr::tr("MIME part %1").arg(number.isEmpty() ? QStringLiteral("1") : number);
            m_b.addUnread(std::move(unread));
            return true;
        }
        if (GMIME_IS_MULTIPART(object)) {
            GMimeMultipart* multipart = GMIME_MULTIPART(object);
            const int count = g_mime_multipart_get_count(multipart);
            // Alternatives say the same: with a plain-text version, the HTML version is not read again.
            bool plainAlternative = false;
            if (isType(object, "multipart", "alternative"))
                for (int i = 0; i < count; ++i)
                    if (GMimeObject* child = g_mime_multipart_get_part(multipart, i))
                        plainAlternative =
                            plainAlternative || (isType(child, "text", "plain") && !isAttachmentDisposition(child));
            for (int i = 0; i < count; ++i)
                if (GMimeObject* child = g_mime_multipart_get_part(multipart, i))
                    if (!walk(child, childNumber(number, i), skipHtml || plainAlternative))
                        return false;
            return true;
        }
        const QString partNumber = number.isEmpty() ? QStringLiteral("1") : number;
        if (GMIME_IS_MESSAGE_PART(object)) {
            GMimeMessage* message = g_mime_message_part_get_message(GMIME_MESSAGE_PART(object));
            if (!message)
                return true;
            const GPtr<GMimeStream> out(g_mime_stream_mem_new());
            if (!out || g_mime_object_write_to_stream(GMIME_OBJECT(message), nullptr, out.get()) < 0)
                return unreadPart(fileNameOf(object), partNumber, Tr::tr("the attached e-mail cannot be decoded"));
            return attachment(fileNameOf(object), QStringLiteral("message.eml"), memBytes(out.get()));
        }
        if (!GMIME_IS_PART(object))
            return true;
        GMimePart* part = GMIME_PART(object);
        const QString fileName = fileNameOf(object);
        const bool plain = isType(object, "text", "plain");
        const bool html = isType(object, "text", "html");
        if ((plain || html) && !isAttachmentDisposition(object)) {
            if (html && skipHtml)
                return true;
            const std::optional<QByteArray> bytes = decodedContent(part);
            if (!bytes)
                return unreadPart(fileName, partNumber, Tr::tr("MIME part %1 cannot be decoded").arg(partNumber));
            const QString text = decodeCharset(*bytes, g_mime_object_get_content_type_parameter(object, "charset"));
            Place place;
            place.kind = Place::Kind::MailBody;
            place.part = partNumber;
            return m_b.add(std::move(place), html ? htmlToText(text) : text.trimmed());
        }
        // Signatures carry no text.
        if (isType(object, "application", "pgp-signature") || isType(object, "application", "pkcs7-signature") ||
            isType(object, "application", "x-pkcs7-signature"))
            return true;
        // Pictures in the text (a logo, a signature image) without a name of their own.
        if (fileName.isEmpty() && isType(object, "image", "*")) {
            m_b.addUnread(Unread{Unread::Kind::Images, {}, 1, {}});
            return true;
        }
        const std::optional<QByteArray> bytes = decodedContent(part);
        if (!bytes)
            return unreadPart(fileName, partNumber, Tr::tr("MIME part %1 cannot be decoded").arg(partNumber));
        return attachment(fileName,
                          isType(object, "message", "rfc822") ? QStringLiteral("message.eml")
                                                              : Tr::tr("MIME part %1").arg(partNumber),
                          *bytes);
    }

private:
    static QString childNumber(const QString& number, int index)
    {
        return number.isEmpty() ? QString::number(index + 1) : number + u'.' + QString::number(index + 1);
    }

    // An attachment: its name is text, its content is read as a document of its own.
    bool attachment(const QString& fileName, const QString& fallbackName, const QByteArray& bytes)
    {
        if (!fileName.isEmpty()) {
            Place place;
            place.kind = Place::Kind::Attachment;
            place.name = fileName;
            if (!m_b.add(std::move(place), fileName))
                return false;
        }
        return m_b.attach(bytes, fileName.isEmpty() ? fallbackName : fileName);
    }

    bool unreadPart(const QString& fileName, const QString& number, const QString& reason)
    {
        Unread unread{Unread::Kind::Attachment, {}, 1, reason};
        unread.place.name = fileName.isEmpty() ? Tr::tr("MIME part %1").arg(number) : fileName;
        m_b.addUnread(std::move(unread));
        return true;
    }

    Builder& m_b;
    qint64 m_total = 0;
    qint64 m_done = 0;
};
} // namespace

bool readMail(const QByteArray& bytes, Builder& builder)
{
    initGMime();
    const GPtr<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    if (!stream)
        return builder.fail(Problem::Unreadable, Tr::tr("the e-mail cannot be read into memory"));
    const GPtr<GMimeParser> parser(g_mime_parser_new_with_stream(stream.get()));
    if (!parser)
        return builder.fail(Problem::Unreadable, Tr::tr("the e-mail cannot be read into memory"));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    const GPtr<GMimeMessage> message(g_mime_parser_construct_message(parser.get(), nullptr));
    GMimeHeaderList* headers = message ? g_mime_object_get_header_list(GMIME_OBJECT(message.get())) : nullptr;
    if (!headers || g_mime_header_list_get_count(headers) <= 0)
        return builder.fail(Problem::Corrupt, Tr::tr("not an e-mail: it does not start with header lines "
                                                     "(From:, To:, Subject: …)"));

    // The headers in the order of the list above; each occurrence of a header on its own.
    for (const char* wanted : kHeaders) {
        const int count = g_mime_header_list_get_count(headers);
        for (int i = 0; i < count; ++i) {
            GMimeHeader* header = g_mime_header_list_get_header_at(headers, i);
            const char* name = header ? g_mime_header_get_name(header) : nullptr;
            if (!name || g_ascii_strcasecmp(name, wanted) != 0)
                continue;
            const char* raw = g_mime_header_get_raw_value(header);
            const QString text = raw ? decodeHeaderValue(raw) : QString();
            Place place;
            place.kind = Place::Kind::MailHeader;
            place.name = QLatin1String(wanted);
            if (!builder.add(std::move(place), text))
                return false;
        }
    }

    GMimeObject* body = g_mime_message_get_mime_part(message.get());
    if (!body)
        return true; // headers only
    MailWalker walker(builder);
    if (!walker.check(body, QString(), 0))
        return false;
    return walker.walk(body, QString(), false);
}

} // namespace kilotse::documents::detail
