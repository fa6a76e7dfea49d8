#include "DocumentFixtures.h"

#include <QCryptographicHash>

// E-mail as mail programs write it (RFC 5322 with MIME): encoded words for non-ASCII headers,
// base64 / quoted-printable / 8bit bodies, multipart/alternative for an HTML version,
// multipart/mixed for attachments (RFC 2231 file names when they are not ASCII).

namespace kilotse::test {

namespace {

bool isAscii(const QString& text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

// RFC 2047 encoded word(s), base64, at most 45 bytes of UTF-8 per word (whole characters).
QByteArray encodedWords(const QString& text)
{
    QByteArrayList words;
    QByteArray chunk;
    for (const char32_t c : text.toUcs4()) {
        const QByteArray bytes = QString::fromUcs4(&c, 1).toUtf8();
        if (chunk.size() + bytes.size() > 45) {
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
    return words.join("\r\n ");
}

QByteArray headerText(const QString& text)
{
    return isAscii(text) ? text.toLatin1() : encodedWords(text);
}

// "Name <address>": the display name encoded when it is not ASCII.
QByteArray addressHeader(const QString& address)
{
    const qsizetype lt = address.lastIndexOf(u'<');
    if (lt <= 0 || isAscii(address))
        return address.toUtf8();
    const QString name = address.left(lt).trimmed();
    return encodedWords(name) + " " + address.mid(lt).toLatin1();
}

QByteArray base64Lines(const QByteArray& data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

QByteArray quotedPrintable(const QByteArray& data)
{
    QByteArray out;
    int lineLength = 0;
    auto put = [&](const QByteArray& piece) {
        if (lineLength + piece.size() > 75) {
            out += "=\r\n";
            lineLength = 0;
        }
        out += piece;
        lineLength += int(piece.size());
    };
    for (qsizetype i = 0; i < data.size(); ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c == '\n') {
            out += "\r\n";
            lineLength = 0;
        } else if (c == '\r') {
            continue;
        } else if ((c == ' ' || c == '\t') && (i + 1 == data.size() || data[i + 1] == '\n' || data[i + 1] == '\r')) {
            put("=" + QByteArray::number(c, 16).toUpper().rightJustified(2, '0'));
        } else if (c >= 0x21 && c <= 0x7E && c != '=') {
            put(QByteArray(1, char(c)));
        } else if (c == ' ' || c == '\t') {
            put(QByteArray(1, char(c)));
        } else {
            put("=" + QByteArray::number(c, 16).toUpper().rightJustified(2, '0'));
        }
    }
    return out.endsWith("\r\n") ? out : out + "\r\n";
}

QByteArray crlf(const QByteArray& text)
{
    QByteArray out = text;
    out.replace("\r\n", "\n");
    out.replace("\n", "\r\n");
    return out.endsWith("\r\n") ? out : out + "\r\n";
}

QByteArray encodeBody(const QByteArray& data, const QString& encoding)
{
    if (encoding == QLatin1String("base64"))
        return base64Lines(data);
    if (encoding == QLatin1String("quoted-printable"))
        return quotedPrintable(data);
    return crlf(data);
}

// Unique per mail (a mail attached to a mail must not share its boundaries).
QByteArray boundary(const char* kind, const QByteArray& id)
{
    return QByteArray("=_KI-Lotse-") + kind + "-" + id + "_=";
}

// A leaf part: its headers (Content-*) and its encoded content.
QByteArray textPart(const char* subtype, const QString& text, const QString& encoding)
{
    return "Content-Type: text/" + QByteArray(subtype) +
           "; charset=utf-8\r\nContent-Transfer-Encoding: " + encoding.toLatin1() + "\r\n\r\n" +
           encodeBody(text.toUtf8(), encoding);
}

QByteArray multipart(const char* subtype, const QByteArray& boundaryText, const QByteArrayList& parts)
{
    QByteArray out = "Content-Type: multipart/" + QByteArray(subtype) + "; boundary=\"" + boundaryText +
                     "\"\r\n\r\nThis is a multi-part message in MIME format.\r\n";
    for (const QByteArray& part : parts)
        out += "\r\n--" + boundaryText + "\r\n" + part;
    return out + "\r\n--" + boundaryText + "--\r\n";
}

QByteArray attachmentPart(const MailAttachment& a)
{
    QByteArray disposition;
    if (isAscii(a.fileName))
        disposition = "attachment; filename=\"" + a.fileName.toLatin1() + "\"";
    else
        disposition = "attachment; filename*=UTF-8''" + a.fileName.toUtf8().toPercentEncoding();
    QByteArray type = a.contentType.toLatin1();
    if (isAscii(a.fileName) && !type.startsWith("message/"))
        type += "; name=\"" + a.fileName.toLatin1() + "\"";
    return "Content-Type: " + type + "\r\nContent-Disposition: " + disposition +
           "\r\nContent-Transfer-Encoding: " + a.transferEncoding.toLatin1() + "\r\n\r\n" +
           encodeBody(a.data, a.transferEncoding);
}

} // namespace

QByteArray makeMail(const Mail& mail)
{
    QByteArray seed = (mail.from + mail.to + mail.subject + mail.body + mail.htmlBody).toUtf8();
    for (const MailAttachment& a : mail.attachments)
        seed += a.fileName.toUtf8() + a.data;
    const QByteArray id = QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex().left(16);
    QByteArray out = "Return-Path: <" + mail.from.section(u'<', 1).section(u'>', 0, 0).toLatin1() + ">\r\n";
    out += "From: " + addressHeader(mail.from) + "\r\n";
    out += "To: " + addressHeader(mail.to) + "\r\n";
    out += "Subject: " + headerText(mail.subject) + "\r\n";
    out += "Date: Mon, 02 Dec 2024 09:15:00 +0100\r\n";
    out += "Message-ID: <" + id + "@musterstadt.example>\r\n";
    out += "MIME-Version: 1.0\r\n";

    // The body: text, HTML, or both as alternatives.
    QByteArray body;
    if (!mail.htmlBody.isEmpty() && !mail.body.isEmpty())
        body = multipart(
            "alternative", boundary("alt", id),
            {textPart("plain", mail.body, mail.bodyEncoding), textPart("html", mail.htmlBody, mail.bodyEncoding)});
    else if (!mail.htmlBody.isEmpty())
        body = textPart("html", mail.htmlBody, mail.bodyEncoding);
    else
        body = textPart("plain", mail.body, mail.bodyEncoding);

    if (mail.attachments.isEmpty())
        return out + body;
    QByteArrayList parts{body};
    for (const MailAttachment& a : mail.attachments)
        parts.append(attachmentPart(a));
    return out + multipart("mixed", boundary("mixed", id), parts);
}

} // namespace kilotse::test
