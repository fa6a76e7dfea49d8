#include "DocumentFixtures.h"

#include <QCryptographicHash>
#include <QMap>

#include <array>
#include <functional>

// A small PDF writer: catalog, page tree, fonts, one content stream per page, cross-reference
// table with the real byte offsets. Text is written as PDF writers do it: with a standard font
// and WinAnsiEncoding, or (unicode) through a Type0 font with Identity-H and a ToUnicode map, so
// that any character survives extraction. Content streams are FlateDecode-compressed (zlib
// through qCompress) unless switched off; encrypted PDFs use the standard security handler,
// revision 3 (RC4, 128 bit), implemented here from the PDF specification (7.6.3).

namespace kilotse::test {

namespace {

// ---- RC4 and the standard security handler ----

QByteArray rc4(const QByteArray& key, const QByteArray& data)
{
    std::array<unsigned char, 256> s{};
    for (int i = 0; i < 256; ++i)
        s[i] = static_cast<unsigned char>(i);
    int j = 0;
    for (int i = 0; i < 256; ++i) {
        j = (j + s[i] + static_cast<unsigned char>(key[i % key.size()])) & 0xFF;
        std::swap(s[i], s[j]);
    }
    QByteArray out(data.size(), Qt::Uninitialized);
    int a = 0;
    int b = 0;
    for (qsizetype k = 0; k < data.size(); ++k) {
        a = (a + 1) & 0xFF;
        b = (b + s[a]) & 0xFF;
        std::swap(s[a], s[b]);
        out[k] = static_cast<char>(static_cast<unsigned char>(data[k]) ^ s[(s[a] + s[b]) & 0xFF]);
    }
    return out;
}

QByteArray md5(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5);
}

const QByteArray kPadding = QByteArray::fromHex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");

QByteArray padded(const QByteArray& password)
{
    return QByteArray(password + kPadding).left(32);
}

QByteArray xorKey(const QByteArray& key, int i)
{
    QByteArray k = key;
    for (char& c : k)
        c = static_cast<char>(c ^ i);
    return k;
}

struct Security
{
    QByteArray key; // 16 bytes, the file key
    QByteArray o;
    QByteArray u;
    qint32 p = -3904;
    QByteArray id;

    // Algorithms 3, 2 and 5 of the PDF specification (revision 3, 128-bit key).
    Security(const QByteArray& userPassword, const QByteArray& ownerPassword, const QByteArray& fileId) : id(fileId)
    {
        QByteArray h = md5(padded(ownerPassword));
        for (int i = 0; i < 50; ++i)
            h = md5(h);
        o = rc4(h, padded(userPassword));
        for (int i = 1; i <= 19; ++i)
            o = rc4(xorKey(h, i), o);

        QByteArray pBytes(4, '\0');
        for (int i = 0; i < 4; ++i)
            pBytes[i] = static_cast<char>((static_cast<quint32>(p) >> (8 * i)) & 0xFF);
        key = md5(padded(userPassword) + o + pBytes + id);
        for (int i = 0; i < 50; ++i)
            key = md5(key);

        u = rc4(key, md5(kPadding + id));
        for (int i = 1; i <= 19; ++i)
            u = rc4(xorKey(key, i), u);
        u += QByteArray(16, '\0');
    }

    QByteArray encrypt(int object, const QByteArray& data) const
    {
        QByteArray k = key;
        k.append(static_cast<char>(object & 0xFF));
        k.append(static_cast<char>((object >> 8) & 0xFF));
        k.append(static_cast<char>((object >> 16) & 0xFF));
        k.append('\0');
        k.append('\0');
        return rc4(md5(k).left(16), data);
    }
};

// ---- text in content streams ----

// WinAnsiEncoding for the characters of German text; others become '?'.
QByteArray winAnsi(const QString& text)
{
    static const QMap<char16_t, char> extra = {
        {u'€', '\x80'}, {u'‚', '\x82'}, {u'„', '\x84'}, {u'…', '\x85'}, {u'‘', '\x91'}, {u'’', '\x92'},
        {u'“', '\x93'}, {u'”', '\x94'}, {u'•', '\x95'}, {u'–', '\x96'}, {u'—', '\x97'},
    };
    QByteArray out;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80 || (u >= 0xA0 && u <= 0xFF))
            out.append(static_cast<char>(u));
        else
            out.append(extra.value(u, '?'));
    }
    return out;
}

QByteArray literalString(const QByteArray& bytes)
{
    QByteArray out = "(";
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '(' || c == ')' || c == '\\') {
            out.append('\\');
            out.append(c);
        } else if (u < 0x20 || u >= 0x7F) {
            out.append(QByteArray("\\") + QByteArray::number(u, 8).rightJustified(3, '0'));
        } else {
            out.append(c);
        }
    }
    return out + ")";
}

QByteArray hex4(uint value)
{
    return QByteArray::number(value, 16).toUpper().rightJustified(4, '0');
}

class Writer
{
public:
    explicit Writer(const Security* security) : m_security(security)
    {
        m_out = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
        m_offsets.append(0);
    }
    int reserve()
    {
        m_offsets.append(-1);
        return int(m_offsets.size() - 1);
    }
    void object(int number, const QByteArray& body)
    {
        m_offsets[number] = m_out.size();
        m_out += QByteArray::number(number) + " 0 obj\n" + body + "\nendobj\n";
    }
    void stream(int number, QByteArray dictionaryEntries, QByteArray data, bool compress)
    {
        if (compress) {
            data = qCompress(data, 9).mid(4); // qCompress: 4-byte length, then the zlib stream
            dictionaryEntries += " /Filter /FlateDecode";
        }
        if (m_security)
            data = m_security->encrypt(number, data);
        object(number, "<< " + dictionaryEntries + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n" +
                           data + "\nendstream");
    }
    QByteArray finish(int root, int info, int encrypt)
    {
        const qsizetype xref = m_out.size();
        m_out += "xref\n0 " + QByteArray::number(m_offsets.size()) + "\n0000000000 65535 f \n";
        for (qsizetype i = 1; i < m_offsets.size(); ++i)
            m_out += QByteArray::number(m_offsets[i]).rightJustified(10, '0') + " 00000 n \n";
        m_out +=
            "trailer\n<< /Size " + QByteArray::number(m_offsets.size()) + " /Root " + QByteArray::number(root) + " 0 R";
        if (info > 0)
            m_out += " /Info " + QByteArray::number(info) + " 0 R";
        if (m_security) {
            m_out += " /Encrypt " + QByteArray::number(encrypt) + " 0 R";
            m_out += " /ID [<" + m_security->id.toHex() + "> <" + m_security->id.toHex() + ">]";
        }
        m_out += " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
        return m_out;
    }

private:
    const Security* m_security;
    QByteArray m_out;
    QList<qsizetype> m_offsets;
};

QByteArray buildPdf(const QStringList& pages, const PdfOptions& options, const Security* security)
{
    Writer w(security);
    const int catalog = w.reserve();
    const int pageTree = w.reserve();
    const int font = w.reserve();

    // Unicode: every character (code point) gets a CID, numbered in order of appearance.
    QMap<char32_t, uint> cids;
    QList<char32_t> order;
    if (options.unicode)
        for (const QString& page : pages)
            for (const char32_t c : page.toUcs4())
                if (c != U'\n' && !cids.contains(c)) {
                    cids.insert(c, uint(order.size() + 1));
                    order.append(c);
                }

    if (options.unicode) {
        const int descendant = w.reserve();
        const int descriptor = w.reserve();
        const int toUnicode = w.reserve();
        w.object(font,
                 "<< /Type /Font /Subtype /Type0 /BaseFont /KILotseSans /Encoding /Identity-H /DescendantFonts [" +
                     QByteArray::number(descendant) + " 0 R] /ToUnicode " + QByteArray::number(toUnicode) + " 0 R >>");
        w.object(descendant, "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /KILotseSans /CIDSystemInfo << /Registry "
                             "(Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor " +
                                 QByteArray::number(descriptor) + " 0 R /DW 500 /CIDToGIDMap /Identity >>");
        w.object(descriptor, "<< /Type /FontDescriptor /FontName /KILotseSans /Flags 32 /FontBBox [0 -200 1000 900] "
                             "/ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>");
        QByteArray cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                          "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                          "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                          "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
        for (qsizetype start = 0; start < order.size(); start += 100) {
            const qsizetype n = std::min<qsizetype>(100, order.size() - start);
            cmap += QByteArray::number(n) + " beginbfchar\n";
            for (qsizetype i = start; i < start + n; ++i) {
                const QString s = QString::fromUcs4(&order[i], 1);
                QByteArray target;
                for (const QChar c : s)
                    target += hex4(c.unicode());
                cmap += "<" + hex4(uint(i + 1)) + "> <" + target + ">\n";
            }
            cmap += "endbfchar\n";
        }
        cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
        w.stream(toUnicode, "", cmap, options.compress);
    } else {
        w.object(font, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
    }

    QList<QByteArray> contents;
    for (const QString& page : pages) {
        QByteArray c = "BT\n/F1 10 Tf\n14 TL\n50 790 Td\n";
        const QStringList lines = page.split(u'\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                c += "T*\n";
            if (options.unicode) {
                QByteArray hex;
                for (const char32_t ch : lines[i].toUcs4())
                    hex += hex4(cids.value(ch));
                c += "<" + hex + "> Tj\n";
            } else {
                c += literalString(winAnsi(lines[i])) + " Tj\n";
            }
        }
        c += "ET\n";
        contents.append(c);
    }
    for (int i = 0; i < options.imageOnlyPages; ++i)
        contents.append(QByteArray("q 120 0 0 120 100 600 cm\nBI /W 4 /H 4 /CS /G /BPC 8 ID ") +
                        QByteArray(16, '\x80') + "\nEI\nQ\n");

    QByteArray kids;
    for (const QByteArray& content : contents) {
        const int page = w.reserve();
        const int stream = w.reserve();
        w.object(page, "<< /Type /Page /Parent " + QByteArray::number(pageTree) +
                           " 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 " + QByteArray::number(font) +
                           " 0 R >> >> /Contents " + QByteArray::number(stream) + " 0 R >>");
        w.stream(stream, "", content, options.compress);
        kids += QByteArray::number(page) + " 0 R ";
    }
    w.object(pageTree,
             "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(contents.size()) + " >>");
    w.object(catalog, "<< /Type /Catalog /Pages " + QByteArray::number(pageTree) + " 0 R >>");

    int info = 0;
    int encrypt = 0;
    if (security) {
        encrypt = w.reserve();
        w.object(encrypt, "<< /Filter /Standard /V 2 /R 3 /Length 128 /P " + QByteArray::number(security->p) + " /O <" +
                              security->o.toHex() + "> /U <" + security->u.toHex() + "> >>");
    } else {
        info = w.reserve();
        w.object(info, "<< /Title (Testdokument) /Author (KI-Lotse Testfixture) /Producer (KI-Lotse PdfFixture) >>");
    }
    return w.finish(catalog, info, encrypt);
}

} // namespace

QByteArray makePdf(const QStringList& pages, const PdfOptions& options)
{
    return buildPdf(pages, options, nullptr);
}

QByteArray makeEncryptedPdf(const QStringList& pages)
{
    const Security security("geheim", "eigentuemer-geheim", md5("KI-Lotse encrypted fixture"));
    PdfOptions options;
    options.compress = true;
    return buildPdf(pages, options, &security);
}

} // namespace kilotse::test
