#include "report/PdfWriter.h"

#include "report/TrueTypeFont.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <utility>

namespace kilotse::pdf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PdfWriter)
};

constexpr double kPageWidth = 595.276; // A4 in points
constexpr double kPageHeight = 841.890;
constexpr double kMarginLeft = 64;
constexpr double kMarginRight = 64;
constexpr double kMarginTop = 64;
constexpr double kMarginBottom = 72;
constexpr double kFooterBaseline = 40;
constexpr double kContentWidth = kPageWidth - kMarginLeft - kMarginRight;
constexpr double kFieldLabelWidth = 170;
constexpr char32_t kBullet = 0x2022;
constexpr char32_t kReplacement = 0xFFFD;

struct Font
{
    double size;
    double leading;
    bool bold;
    double grey; // 0 = black
    double spaceBefore;
    double spaceAfter;
};

// DejaVu Sans runs about 8 % wider than Helvetica; the sizes are set so a record keeps its length.
Font fontFor(Document::Style style)
{
    switch (style) {
    case Document::Style::Title:
        return {18, 23, true, 0, 0, 8};
    case Document::Style::Heading:
        return {12, 16, true, 0, 12, 4};
    case Document::Style::Small:
        return {8, 11, false, 0.35, 0, 3};
    case Document::Style::Highlight:
        return {10.5, 15, true, 0, 4, 8};
    case Document::Style::Bullet:
    case Document::Style::Body:
        break;
    }
    return {10, 14, false, 0, 0, 4};
}

QByteArray num(double v)
{
    QByteArray s = QByteArray::number(v, 'f', 2);
    if (s == "-0.00")
        s = "0.00";
    return s;
}

QByteArray ref(int object)
{
    return QByteArray::number(object) + " 0 R";
}

QByteArray hex4(unsigned v)
{
    return QByteArray::number(v, 16).toUpper().rightJustified(4, '0');
}

// Raw zlib (RFC 1950) data as /FlateDecode expects: qCompress prefixes a 4-byte length.
QByteArray flate(const QByteArray& data)
{
    return qCompress(data, 9).mid(4);
}

// One embedded font: TrueType glyphs addressed by CIDs that are handed out per distinct
// character (CID 1, 2, …), so the ToUnicode map is exact even where the font draws two characters
// with the same glyph (Latin "a" and Cyrillic "а").
class Face
{
public:
    Face(const TrueTypeFont& font, QByteArray resource, QByteArray baseName, QString* unsupported)
        : m_font(font), m_resource(std::move(resource)), m_baseName(std::move(baseName)), m_unsupported(unsupported)
    {
        m_fallback = m_font.glyphFor(kReplacement) ? kReplacement : char32_t('?');
    }
    bool hasFallback() const { return m_font.glyphFor(m_fallback) != 0; }
    const QByteArray& resource() const { return m_resource; }
    bool used() const { return !m_chars.isEmpty(); }

    // The character actually drawn for `c` (the fallback if the font has no glyph).
    char32_t drawn(char32_t c) const { return m_font.glyphFor(c) ? c : m_fallback; }
    double width(char32_t c, double size) const
    {
        return m_font.advance1000(m_font.glyphFor(drawn(c))) * size / 1000.0;
    }
    double width(const QString& text, double size) const
    {
        double w = 0;
        for (char32_t c : text.toUcs4())
            w += width(c, size);
        return w;
    }
    // The text as a hex string of CIDs (for Tj).
    QByteArray show(const QString& text)
    {
        QByteArray out("<");
        for (char32_t c : text.toUcs4())
            out += hex4(cid(c));
        return out + '>';
    }

    // The objects of this font, numbered from `first` (6 objects); the Type0 font is `first`.
    QList<QByteArray> objects(int first) const;

private:
    int cid(char32_t c)
    {
        if (!m_font.glyphFor(c) && m_unsupported) {
            const QString character = QString::fromUcs4(&c, 1);
            if (!m_unsupported->contains(character))
                *m_unsupported += character;
        }
        const char32_t d = drawn(c);
        if (const auto it = m_cids.constFind(d); it != m_cids.constEnd())
            return *it;
        m_chars << d;
        const int id = static_cast<int>(m_chars.size());
        m_cids.insert(d, id);
        return id;
    }

    const TrueTypeFont& m_font;
    QByteArray m_resource;
    QByteArray m_baseName;
    QString* m_unsupported;
    char32_t m_fallback;
    QHash<char32_t, int> m_cids;
    QList<char32_t> m_chars; // CID - 1 → character
};

QList<QByteArray> Face::objects(int first) const
{
    QSet<std::uint16_t> glyphs;
    QByteArray cidToGid(2, '\0'); // CID 0 → glyph 0
    QByteArray widths;
    QByteArray cmap;
    QList<QByteArray> bfchar;
    QByteArray glyphList;
    for (qsizetype i = 0; i < m_chars.size(); ++i) {
        const char32_t c = m_chars.at(i);
        const std::uint16_t g = m_font.glyphFor(c);
        glyphs.insert(g);
        glyphList += hex4(g);
        widths += QByteArray::number(m_font.advance1000(g)) + ' ';
        QByteArray unicode;
        for (QChar u : QString::fromUcs4(&c, 1))
            unicode += hex4(u.unicode());
        bfchar << '<' + hex4(static_cast<unsigned>(i + 1)) + "> <" + unicode + ">\n";
    }
    // Subset tag: six capital letters from a hash of the glyphs (ISO 32000-1, 9.6.4).
    const QByteArray hash = QCryptographicHash::hash(QByteArray(m_baseName + glyphList), QCryptographicHash::Sha256);
    QByteArray tag;
    for (int i = 0; i < 6; ++i)
        tag += static_cast<char>('A' + static_cast<quint8>(hash[i]) % 26);
    const QByteArray name = tag + '+' + m_baseName;

    // The font program keeps only these glyphs, renumbered; CIDToGIDMap says where each went.
    QHash<std::uint16_t, std::uint16_t> newIds;
    const QByteArray program = m_font.subset(glyphs, &newIds);
    for (char32_t c : m_chars) {
        const std::uint16_t g = newIds.value(m_font.glyphFor(c), 0);
        cidToGid += static_cast<char>(g >> 8);
        cidToGid += static_cast<char>(g & 0xFF);
    }
    const QByteArray programZ = flate(program);
    const double scale = 1000.0 / m_font.unitsPerEm();
    const auto& bbox = m_font.boundingBox();
    int flags = 32; // nonsymbolic
    if (m_font.isFixedPitch())
        flags |= 1;
    if (m_font.italicAngle() != 0)
        flags |= 64;

    cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
           "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
           "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
           "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    for (qsizetype i = 0; i < bfchar.size(); i += 100) {
        const qsizetype n = std::min<qsizetype>(100, bfchar.size() - i);
        cmap += QByteArray::number(n) + " beginbfchar\n";
        for (qsizetype k = i; k < i + n; ++k)
            cmap += bfchar.at(k);
        cmap += "endbfchar\n";
    }
    cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n";
    const QByteArray cmapZ = flate(cmap);
    const QByteArray cidToGidZ = flate(cidToGid);

    auto stream = [](const QByteArray& dict, const QByteArray& data) -> QByteArray {
        return "<< " + dict + " /Length " + QByteArray::number(data.size()) + " >>\nstream\n" + data + "\nendstream";
    };
    QList<QByteArray> objects;
    objects << "<< /Type /Font /Subtype /Type0 /BaseFont /" + name + " /Encoding /Identity-H /DescendantFonts [" +
                   ref(first + 1) + "] /ToUnicode " + ref(first + 4) + " >>";
    objects << "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /" + name +
                   " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor " +
                   ref(first + 2) + " /DW 1000 /W [1 [" + widths.trimmed() + "]] /CIDToGIDMap " + ref(first + 5) +
                   " >>";
    objects << "<< /Type /FontDescriptor /FontName /" + name + " /Flags " + QByteArray::number(flags) + " /FontBBox [" +
                   QByteArray::number(std::lround(bbox[0] * scale)) + ' ' +
                   QByteArray::number(std::lround(bbox[1] * scale)) + ' ' +
                   QByteArray::number(std::lround(bbox[2] * scale)) + ' ' +
                   QByteArray::number(std::lround(bbox[3] * scale)) + "] /ItalicAngle " + num(m_font.italicAngle()) +
                   " /Ascent " + QByteArray::number(std::lround(m_font.ascent() * scale)) + " /Descent " +
                   QByteArray::number(std::lround(m_font.descent() * scale)) + " /CapHeight " +
                   QByteArray::number(std::lround(m_font.capHeight() * scale)) + " /StemV " +
                   QByteArray(m_font.isBold() ? "140" : "80") + " /FontFile2 " + ref(first + 3) + " >>";
    objects << stream("/Length1 " + QByteArray::number(program.size()) + " /Filter /FlateDecode", programZ);
    objects << stream("/Filter /FlateDecode", cmapZ);
    objects << stream("/Filter /FlateDecode", cidToGidZ);
    return objects;
}

// Splits text into lines no wider than `width`. Explicit line breaks are kept; a word wider than
// the line is broken where it must.
QStringList wrap(const QString& text, double width, double size, const Face& face)
{
    QStringList lines;
    const double spaceWidth = face.width(U' ', size);
    for (const QString& paragraph : text.split(u'\n')) {
        QString line;
        double lineWidth = 0;
        for (const QString& word : paragraph.split(u' ', Qt::SkipEmptyParts)) {
            const double w = face.width(word, size);
            const double needed = line.isEmpty() ? w : lineWidth + spaceWidth + w;
            if (needed <= width) {
                if (!line.isEmpty()) {
                    line += u' ';
                    lineWidth += spaceWidth;
                }
                line += word;
                lineWidth += w;
                continue;
            }
            if (!line.isEmpty()) {
                lines << line;
                line.clear();
                lineWidth = 0;
            }
            // A word longer than a line (a URL, a hash): break it by characters.
            const QList<uint> ucs4 = word.toUcs4();
            QList<char32_t> rest(ucs4.cbegin(), ucs4.cend());
            double restWidth = w;
            while (restWidth > width && rest.size() > 1) {
                qsizetype n = 1;
                double acc = face.width(rest[0], size);
                while (n < rest.size()) {
                    const double next = face.width(rest[n], size);
                    if (acc + next > width)
                        break;
                    acc += next;
                    ++n;
                }
                lines << QString::fromUcs4(rest.constData(), n);
                rest = rest.mid(n);
                restWidth -= acc;
            }
            line = QString::fromUcs4(rest.constData(), rest.size());
            lineWidth = face.width(line, size);
        }
        lines << line;
    }
    return lines;
}

// UTF-16BE with byte-order mark, as a hex string: for the document information (any script).
QByteArray infoString(const QString& s)
{
    QByteArray bytes("\xFE\xFF", 2);
    for (QChar c : s) {
        bytes += static_cast<char>(c.unicode() >> 8);
        bytes += static_cast<char>(c.unicode() & 0xFF);
    }
    return '<' + bytes.toHex().toUpper() + '>';
}

// The same instant for the Info dictionary and for XMP (PDF/A requires them to match).
QByteArray pdfDate(const QDateTime& t)
{
    const int offset = t.offsetFromUtc() / 60;
    const QByteArray sign = offset < 0 ? "-" : "+";
    return "(D:" + t.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + sign +
           QByteArray::number(std::abs(offset) / 60).rightJustified(2, '0') + '\'' +
           QByteArray::number(std::abs(offset) % 60).rightJustified(2, '0') + "')";
}

QByteArray xmpDate(const QDateTime& t)
{
    const int offset = t.offsetFromUtc() / 60;
    const QByteArray sign = offset < 0 ? "-" : "+";
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")).toLatin1() + sign +
           QByteArray::number(std::abs(offset) / 60).rightJustified(2, '0') + ':' +
           QByteArray::number(std::abs(offset) % 60).rightJustified(2, '0');
}

QByteArray xmlEscape(const QString& s)
{
    QString out;
    for (QChar c : s) {
        if (c == u'&')
            out += QLatin1String("&amp;");
        else if (c == u'<')
            out += QLatin1String("&lt;");
        else if (c == u'>')
            out += QLatin1String("&gt;");
        else
            out += c;
    }
    return out.toUtf8();
}

QByteArray xmpPacket(const QString& title, const QString& language, const QString& producer, const QDateTime& created)
{
    QByteArray x = "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                   "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                   "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                   "<rdf:Description rdf:about=\"\"\n"
                   "  xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n"
                   "  xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                   "  xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
                   "  xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                   "<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>B</pdfaid:conformance>\n"
                   "<dc:format>application/pdf</dc:format>\n";
    if (!title.isEmpty())
        x += "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlEscape(title) +
             "</rdf:li></rdf:Alt></dc:title>\n";
    x += "<dc:language><rdf:Bag><rdf:li>" + xmlEscape(language) + "</rdf:li></rdf:Bag></dc:language>\n";
    x += "<xmp:CreateDate>" + xmpDate(created) + "</xmp:CreateDate>\n<xmp:ModifyDate>" + xmpDate(created) +
         "</xmp:ModifyDate>\n";
    x += "<pdf:Producer>" + xmlEscape(producer) + "</pdf:Producer>\n";
    x += "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n";
    // Padding lets an editor update the packet in place (XMP specification, part 1, 7.3.2).
    for (int i = 0; i < 10; ++i)
        x += QByteArray(99, ' ') + '\n';
    x += "<?xpacket end=\"w\"?>";
    return x;
}

// An sRGB ICC profile (version 2.1, display class, RGB → XYZ matrix/TRC), built from the
// parameters of IEC 61966-2-1: the primaries and white point adapted to D50 (as the ICC
// connection space requires, Bradford transform, the values of the ICC's own sRGB profiles) and
// the sRGB tone curve sampled at 1024 points. It is generated rather than read from a package so
// the output intent cannot go missing at run time; 2.6 KB, 1.5 KB compressed.
QByteArray srgbIccProfile()
{
    auto be16 = [](QByteArray& b, quint16 v) {
        b += static_cast<char>(v >> 8);
        b += static_cast<char>(v & 0xFF);
    };
    auto be32 = [&](QByteArray& b, quint32 v) {
        be16(b, quint16(v >> 16));
        be16(b, quint16(v & 0xFFFF));
    };
    auto s15 = [&](QByteArray& b, double v) {
        be32(b, static_cast<quint32>(static_cast<qint32>(std::lround(v * 65536))));
    };
    auto xyz = [&](double x, double y, double z) {
        QByteArray b("XYZ \0\0\0\0", 8);
        s15(b, x);
        s15(b, y);
        s15(b, z);
        return b;
    };
    auto text = [&](const QByteArray& s) -> QByteArray {
        QByteArray b("text\0\0\0\0", 8);
        return b + s + '\0';
    };
    auto desc = [&](const QByteArray& s) {
        QByteArray b("desc\0\0\0\0", 8);
        be32(b, quint32(s.size() + 1));
        b += s + '\0';
        be32(b, 0);                // Unicode language code
        be32(b, 0);                // Unicode count
        be16(b, 0);                // ScriptCode code
        b += '\0';                 // ScriptCode count
        b += QByteArray(67, '\0'); // Macintosh description
        return b;
    };
    QByteArray curve("curv\0\0\0\0", 8);
    constexpr int kPoints = 1024;
    be32(curve, kPoints);
    for (int i = 0; i < kPoints; ++i) {
        const double v = i / double(kPoints - 1);
        const double linear = v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        be16(curve, static_cast<quint16>(std::lround(linear * 65535)));
    }

    struct Tag
    {
        const char* sig;
        QByteArray data;
    };
    const QList<Tag> tags{
        {"desc", desc("sRGB IEC61966-2.1")},
        {"cprt", text("No copyright, use freely")},
        {"wtpt", xyz(0.9642, 1.0, 0.8249)},
        {"rXYZ", xyz(0.4361, 0.2225, 0.0139)},
        {"gXYZ", xyz(0.3851, 0.7169, 0.0971)},
        {"bXYZ", xyz(0.1431, 0.0606, 0.7141)},
        {"rTRC", curve},
        {"gTRC", curve}, // shares the data of rTRC
        {"bTRC", curve},
    };
    const qsizetype tableSize = 4 + 12 * tags.size();
    QByteArray table;
    be32(table, quint32(tags.size()));
    QByteArray data;
    qsizetype curveOffset = -1;
    for (const Tag& t : tags) {
        const bool isCurve = t.data.startsWith("curv");
        qsizetype offset = 128 + tableSize + data.size();
        if (isCurve && curveOffset >= 0) {
            offset = curveOffset;
        } else {
            if (isCurve)
                curveOffset = offset;
            data += t.data;
            while (data.size() % 4)
                data += '\0';
        }
        table += QByteArray(t.sig, 4);
        be32(table, quint32(offset));
        be32(table, quint32(t.data.size()));
    }
    QByteArray header;
    be32(header, quint32(128 + tableSize + data.size()));
    header += QByteArray(4, '\0'); // preferred CMM
    be32(header, 0x02100000);      // version 2.1
    header += "mntrRGB XYZ ";      // class, colour space, connection space
    for (quint16 v : {2024, 1, 1, 0, 0, 0})
        be16(header, v); // date and time
    header += "acsp";
    header += QByteArray(24, '\0'); // platform, flags, manufacturer, model, attributes
    be32(header, 0);                // rendering intent: perceptual
    s15(header, 0.9642);            // illuminant D50
    s15(header, 1.0);
    s15(header, 0.8249);
    header += QByteArray(128 - header.size(), '\0');
    return header + table + data;
}

// Page content and the structure tree, built together so every piece of text is marked with
// the structure element it belongs to.
class Layout
{
public:
    struct Kid
    {
        int element = -1; // a child element, or
        int page = -1;    // marked content on a page
        int mcid = -1;
    };
    struct Element
    {
        QByteArray type;
        int parent = -1;
        QByteArray attributes;
        QList<Kid> kids;
    };

    QList<QByteArray> pages;
    QList<QList<int>> pageMcids; // per page: element of each MCID
    QList<Element> elements;

    Layout()
    {
        elements << Element{"Document", -1, {}, {}};
        newPage();
    }

    int element(const QByteArray& type, int parent, const QByteArray& attributes = {})
    {
        elements << Element{type, parent, attributes, {}};
        const int id = static_cast<int>(elements.size() - 1);
        elements[parent].kids << Kid{id, -1, -1};
        return id;
    }

    void newPage()
    {
        const int open = m_open;
        if (open >= 0)
            end();
        pages << QByteArray();
        pageMcids << QList<int>();
        m_y = kPageHeight - kMarginTop;
        m_atTop = true;
        if (open >= 0)
            begin(open);
    }
    // Marked content for `element` on the current page (continued on the next after a break).
    void begin(int element)
    {
        const int page = static_cast<int>(pages.size() - 1);
        const int mcid = static_cast<int>(pageMcids[page].size());
        pageMcids[page] << element;
        elements[element].kids << Kid{-1, page, mcid};
        pages.last() += '/' + elements.at(element).type + " <</MCID " + QByteArray::number(mcid) + ">> BDC\n";
        m_open = element;
    }
    void end()
    {
        if (m_open >= 0)
            pages.last() += "EMC\n";
        m_open = -1;
    }
    // Decoration (rules, boxes): not part of the content.
    void artifact(const QByteArray& ops) { pages.last() += "/Artifact BMC\n" + ops + "EMC\n"; }
    void raw(const QByteArray& ops) { pages.last() += ops; }

    double room() const { return m_y - kMarginBottom; }
    void ensure(double height)
    {
        if (height > room() && !m_atTop)
            newPage();
    }
    void skip(double h)
    {
        if (!m_atTop)
            m_y -= h;
    }
    // Draws lines at x as (part of) `element`, breaking pages as needed.
    void lines(const QStringList& list, double x, const Font& f, Face& face, int element)
    {
        begin(element);
        for (const QString& line : list) {
            ensure(f.leading);
            m_y -= f.leading;
            if (!line.isEmpty())
                pages.last() += textOp(x, m_y + (f.leading - f.size) * 0.6, f.size, face, f.grey, line);
            m_atTop = false;
        }
        end();
    }
    static QByteArray textOp(double x, double y, double size, Face& face, double grey, const QString& text)
    {
        return "BT /" + face.resource() + ' ' + num(size) + " Tf " + num(grey) + " g " + num(x) + ' ' + num(y) +
               " Td " + face.show(text) + " Tj ET\n";
    }
    double y() const { return m_y; }
    void moveTo(double y)
    {
        m_y = y;
        m_atTop = false;
    }

private:
    double m_y = 0;
    bool m_atTop = true;
    int m_open = -1;
};

} // namespace

Document::Document(const QString& title) : m_title(title) {}

void Document::add(Style style, const QString& text)
{
    m_blocks.append(Block{style, text, {}, 0});
}

void Document::field(const QString& label, const QString& value)
{
    m_blocks.append(Block{Style::Body, value, label, 0});
}

void Document::space(double points)
{
    m_blocks.append(Block{Style::Body, {}, {}, points});
}

void Document::setFooter(const QString& left, const QString& pageText)
{
    m_footerLeft = left;
    m_pageText = pageText;
}

void Document::setLanguage(const QString& bcp47)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"));
    if (valid.match(bcp47).hasMatch())
        m_language = bcp47;
}

void Document::setFontFiles(const QString& regular, const QString& bold)
{
    m_regularFont = regular;
    m_boldFont = bold;
}

QString Document::defaultFontFile(bool bold)
{
    return bold ? QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
                : QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
}

QString Document::normalise(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar qc = text.at(i);
        const char16_t c = qc.unicode();
        if (qc.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += qc;
            out += text.at(++i);
        } else if (qc.isSurrogate()) {
            continue; // a lone surrogate is no character
        } else if (c == u'\n') {
            out += u'\n';
        } else if (c == u'\t' || c == 0xA0 || c == 0x202F || c == 0x2007 || (c >= 0x2000 && c <= 0x200A)) {
            out += u' ';
        } else if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD || (c >= 0x200B && c <= 0x200F) || c == 0x2028 ||
                   c == 0x2029 || c == 0xFEFF) {
            continue; // controls, soft hyphens, zero-width characters: nothing to print
        } else {
            out += qc;
        }
    }
    return out;
}

QByteArray Document::toPdf() const
{
    QString error;
    return toPdf(&error).value_or(QByteArray());
}

std::optional<QByteArray> Document::toPdf(QString* error, QString* unsupported) const
{
    QString fontError;
    const std::optional<TrueTypeFont> regularFont = TrueTypeFont::load(m_regularFont, &fontError);
    const std::optional<TrueTypeFont> boldFont =
        regularFont ? TrueTypeFont::load(m_boldFont, &fontError) : std::optional<TrueTypeFont>();
    if (!regularFont || !boldFont) {
        if (error)
            *error = Tr::tr("Das PDF kann nicht erstellt werden: %1 (Paket fonts-dejavu-core)").arg(fontError);
        return std::nullopt;
    }
    auto baseName = [](const QString& path) {
        QByteArray name;
        for (QChar c : QFileInfo(path).completeBaseName()) {
            if (c.unicode() < 128 && (c.isLetterOrNumber() || c == u'-' || c == u'_'))
                name += static_cast<char>(c.unicode());
        }
        return name.isEmpty() ? QByteArray("Font") : name;
    };
    QString missing;
    Face regular(*regularFont, "F1", baseName(m_regularFont), &missing);
    Face bold(*boldFont, "F2", baseName(m_boldFont), &missing);
    if (!regular.hasFallback() || !bold.hasFallback()) {
        if (error)
            *error = Tr::tr("Das PDF kann nicht erstellt werden: die Schrift hat weder „�“ noch „?“.");
        return std::nullopt;
    }

    Layout layout;
    constexpr int kDocument = 0;
    int list = -1;         // the open L element (consecutive bullets)
    int lastListBody = -1; // LBody of the last bullet (a Small block after it belongs there)
    int table = -1;        // the open Table element (consecutive fields)
    for (const Block& block : m_blocks) {
        if (block.space > 0) {
            layout.skip(block.space);
            continue;
        }
        const bool isField = !block.label.isNull();
        if (!isField)
            table = -1;
        if (block.style != Style::Bullet && block.style != Style::Small) {
            list = -1;
            lastListBody = -1;
        }
        const Font f = fontFor(block.style);
        Face& face = f.bold ? bold : regular;
        const QString text = normalise(block.text);
        if (isField) {
            list = -1;
            lastListBody = -1;
            if (table < 0)
                table = layout.element("Table", kDocument);
            const int row = layout.element("TR", table);
            const int th = layout.element("TH", row, "/A << /O /Table /Scope /Row >>");
            const int td = layout.element("TD", row);
            const Font lf{f.size, f.leading, true, 0, 0, 0};
            const QStringList labelLines = wrap(normalise(block.label), kFieldLabelWidth - 8, lf.size, bold);
            const QStringList valueLines = wrap(text, kContentWidth - kFieldLabelWidth, f.size, regular);
            const double needed = static_cast<double>(std::max(labelLines.size(), valueLines.size())) * f.leading;
            if (needed <= kPageHeight - kMarginTop - kMarginBottom) {
                layout.ensure(needed);
                const double top = layout.y();
                layout.lines(labelLines, kMarginLeft, lf, bold, th);
                layout.moveTo(top);
                layout.lines(valueLines, kMarginLeft + kFieldLabelWidth, f, regular, td);
                layout.moveTo(top - needed);
            } else { // longer than a page: the value follows the label
                layout.lines(labelLines, kMarginLeft, lf, bold, th);
                layout.lines(valueLines, kMarginLeft + kFieldLabelWidth, f, regular, td);
            }
            layout.skip(2);
            continue;
        }
        switch (block.style) {
        case Style::Heading: {
            const int h = layout.element("H2", kDocument);
            layout.skip(f.spaceBefore);
            // Keep a heading with the first lines of what follows it.
            layout.ensure(f.leading + 3 * 14);
            layout.lines(wrap(text, kContentWidth, f.size, face), kMarginLeft, f, face, h);
            const double ruleY = layout.y() - 3;
            layout.artifact("0.75 G 0.6 w " + num(kMarginLeft) + ' ' + num(ruleY) + " m " +
                            num(kMarginLeft + kContentWidth) + ' ' + num(ruleY) + " l S\n");
            layout.skip(f.spaceAfter + 3);
            break;
        }
        case Style::Bullet: {
            constexpr double indent = 14;
            if (list < 0)
                list = layout.element("L", kDocument, "/A << /O /List /ListNumbering /Disc >>");
            const int item = layout.element("LI", list);
            const int label = layout.element("Lbl", item);
            lastListBody = layout.element("LBody", item);
            const QStringList lines = wrap(text, kContentWidth - indent, f.size, face);
            layout.ensure(f.leading);
            layout.begin(label);
            layout.raw(Layout::textOp(kMarginLeft + 3, layout.y() - f.leading + (f.leading - f.size) * 0.6, f.size,
                                      face, 0, QString::fromUcs4(&kBullet, 1)));
            layout.end();
            layout.lines(lines, kMarginLeft + indent, f, face, lastListBody);
            layout.skip(f.spaceAfter - 1);
            break;
        }
        case Style::Highlight: {
            const int p = layout.element("P", kDocument);
            constexpr double pad = 7;
            const QStringList lines = wrap(text, kContentWidth - 2 * pad - 4, f.size, face);
            const double height = static_cast<double>(lines.size()) * f.leading + 2 * pad;
            layout.skip(f.spaceBefore);
            layout.ensure(std::min(height, kPageHeight - kMarginTop - kMarginBottom));
            const double top = layout.y();
            layout.artifact("0.93 g " + num(kMarginLeft) + ' ' + num(top - height) + ' ' + num(kContentWidth) + ' ' +
                            num(height) + " re f 0.16 0.29 0.5 rg " + num(kMarginLeft) + ' ' + num(top - height) +
                            " 4 " + num(height) + " re f\n");
            layout.moveTo(top - pad);
            layout.lines(lines, kMarginLeft + pad + 4, f, face, p);
            layout.moveTo(layout.y() - pad);
            layout.skip(f.spaceAfter);
            break;
        }
        case Style::Small: { // sources and notes, set in under the list item they belong to
            constexpr double indent = 14;
            const int p = layout.element("P", lastListBody >= 0 ? lastListBody : kDocument);
            layout.lines(wrap(text, kContentWidth - indent, f.size, face), kMarginLeft + indent, f, face, p);
            layout.skip(f.spaceAfter);
            break;
        }
        case Style::Title:
        case Style::Body: {
            const int p = layout.element(block.style == Style::Title ? "H1" : "P", kDocument);
            layout.skip(f.spaceBefore);
            layout.lines(wrap(text, kContentWidth, f.size, face), kMarginLeft, f, face, p);
            layout.skip(f.spaceAfter);
            break;
        }
        }
    }

    // Footers (artifacts, pagination).
    const qsizetype pageCount = layout.pages.size();
    QList<QByteArray> contents;
    for (qsizetype p = 0; p < pageCount; ++p) {
        QByteArray content = layout.pages.at(p);
        const QString footerLeft = normalise(m_footerLeft);
        const QString pageText = normalise(QString(m_pageText).arg(p + 1).arg(pageCount));
        content += "/Artifact <</Type /Pagination /Subtype /Footer>> BDC\n";
        content += "0.75 G 0.5 w " + num(kMarginLeft) + ' ' + num(kFooterBaseline + 12) + " m " +
                   num(kMarginLeft + kContentWidth) + ' ' + num(kFooterBaseline + 12) + " l S\n";
        if (!footerLeft.isEmpty())
            content += Layout::textOp(kMarginLeft, kFooterBaseline, 7.5, regular, 0.35, footerLeft);
        if (!pageText.isEmpty())
            content += Layout::textOp(kMarginLeft + kContentWidth - regular.width(pageText, 7.5), kFooterBaseline, 7.5,
                                      regular, 0.35, pageText);
        content += "EMC\n";
        contents << content;
    }

    // Object numbers: fixed ones first, then pages, structure elements and fonts.
    enum : int
    {
        kCatalog = 1,
        kPages,
        kStructRoot,
        kParentTree,
        kMetadata,
        kOutputIntent,
        kIcc,
        kInfo,
        kFirstPage
    };
    auto pageObject = [&](qsizetype p) { return static_cast<int>(kFirstPage + 2 * p); };
    const int firstElement = pageObject(pageCount);
    auto elementObject = [&](int e) { return firstElement + e; };
    int next = elementObject(static_cast<int>(layout.elements.size()));
    QByteArray fontResources;
    QList<std::pair<int, Face*>> faces;
    for (Face* face : {&regular, &bold}) {
        if (!face->used())
            continue;
        faces << std::pair<int, Face*>{next, face};
        fontResources += '/' + face->resource() + ' ' + ref(next) + ' ';
        next += 6;
    }
    QList<QByteArray> objects(next - 1);
    auto set = [&](int object, const QByteArray& body) { objects[object - 1] = body; };
    auto stream = [](const QByteArray& dict, const QByteArray& data) -> QByteArray {
        return "<< " + dict + (dict.isEmpty() ? "" : " ") + "/Length " + QByteArray::number(data.size()) +
               " >>\nstream\n" + data + "\nendstream";
    };

    QByteArray kids;
    for (qsizetype p = 0; p < pageCount; ++p)
        kids += ref(pageObject(p)) + ' ';
    set(kCatalog, "<< /Type /Catalog /Pages " + ref(kPages) + " /Lang (" + m_language.toLatin1() + ") /Metadata " +
                      ref(kMetadata) + " /MarkInfo << /Marked true >> /StructTreeRoot " + ref(kStructRoot) +
                      " /ViewerPreferences << /DisplayDocTitle true >> /OutputIntents [" + ref(kOutputIntent) + "] >>");
    set(kPages, "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(pageCount) + " >>");
    set(kStructRoot, "<< /Type /StructTreeRoot /K [" + ref(elementObject(0)) + "] /ParentTree " + ref(kParentTree) +
                         " /ParentTreeNextKey " + QByteArray::number(pageCount) + " >>");
    QByteArray nums;
    for (qsizetype p = 0; p < pageCount; ++p) {
        nums += QByteArray::number(p) + " [";
        for (int e : layout.pageMcids.at(p))
            nums += ref(elementObject(e)) + ' ';
        nums = nums.trimmed() + "] ";
    }
    set(kParentTree, "<< /Nums [" + nums.trimmed() + "] >>");
    set(kMetadata, stream("/Type /Metadata /Subtype /XML", xmpPacket(m_title, m_language, m_producer, m_created)));
    set(kOutputIntent, "<< /Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) "
                       "/RegistryName (http://www.color.org) /Info (sRGB IEC61966-2.1) /DestOutputProfile " +
                           ref(kIcc) + " >>");
    set(kIcc, stream("/N 3 /Filter /FlateDecode", flate(srgbIccProfile())));
    QByteArray info = "<< ";
    if (!m_title.isEmpty())
        info += "/Title " + infoString(m_title) + ' ';
    info += "/Producer " + infoString(m_producer) + " /CreationDate " + pdfDate(m_created) + " /ModDate " +
            pdfDate(m_created) + " >>";
    set(kInfo, info);
    for (qsizetype p = 0; p < pageCount; ++p) {
        set(pageObject(p), "<< /Type /Page /Parent " + ref(kPages) + " /MediaBox [0 0 " + num(kPageWidth) + ' ' +
                               num(kPageHeight) + "] /Resources << /Font << " + fontResources + ">> >> /Contents " +
                               ref(pageObject(p) + 1) + " /StructParents " + QByteArray::number(p) + " /Tabs /S >>");
        set(pageObject(p) + 1, stream("/Filter /FlateDecode", flate(contents.at(p))));
    }
    for (int e = 0; e < layout.elements.size(); ++e) {
        const Layout::Element& element = layout.elements.at(e);
        QByteArray k;
        for (const Layout::Kid& kid : element.kids) {
            if (kid.element >= 0)
                k += ref(elementObject(kid.element)) + ' ';
            else
                k += "<< /Type /MCR /Pg " + ref(pageObject(kid.page)) + " /MCID " + QByteArray::number(kid.mcid) +
                     " >> ";
        }
        const QByteArray parent = element.parent < 0 ? ref(kStructRoot) : ref(elementObject(element.parent));
        set(elementObject(e), "<< /Type /StructElem /S /" + element.type + " /P " + parent +
                                  (element.attributes.isEmpty() ? QByteArray() : ' ' + element.attributes) + " /K [" +
                                  k.trimmed() + "] >>");
    }
    for (const auto& [first, face] : faces) {
        const QList<QByteArray> fontObjects = face->objects(first);
        for (qsizetype i = 0; i < fontObjects.size(); ++i)
            set(first + static_cast<int>(i), fontObjects.at(i));
    }

    // Serialise. Objects that are not streams (the structure tree is most of them) are packed
    // into one compressed object stream, indexed by a cross-reference stream (PDF 1.5; allowed by
    // PDF/A-2): a record shrinks by a third.
    const int count = static_cast<int>(objects.size());
    const int objectStream = count + 1;
    const int xrefStream = count + 2;
    struct Entry
    {
        int type = 0;
        qint64 field2 = 0;
        int field3 = 0;
    };
    QList<Entry> entries(xrefStream + 1);
    entries[0] = {0, 0, 0xFFFF};
    QByteArray pdf("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n");
    QByteArray packedHeader;
    QByteArray packedBody;
    int packed = 0;
    for (int i = 1; i <= count; ++i) {
        const QByteArray& body = objects.at(i - 1);
        if (body.endsWith("\nendstream")) {
            entries[i] = {1, pdf.size(), 0};
            pdf += QByteArray::number(i) + " 0 obj\n" + body + "\nendobj\n";
        } else {
            entries[i] = {2, objectStream, packed++};
            packedHeader += QByteArray::number(i) + ' ' + QByteArray::number(packedBody.size()) + ' ';
            packedBody += body + '\n';
        }
    }
    entries[objectStream] = {1, pdf.size(), 0};
    pdf += QByteArray::number(objectStream) + " 0 obj\n" +
           stream("/Type /ObjStm /N " + QByteArray::number(packed) + " /First " +
                      QByteArray::number(packedHeader.size()) + " /Filter /FlateDecode",
                  flate(packedHeader + packedBody)) +
           "\nendobj\n";
    const QByteArray id = QCryptographicHash::hash(pdf, QCryptographicHash::Md5).toHex().toUpper();
    entries[xrefStream] = {1, pdf.size(), 0};
    QByteArray xref;
    for (const Entry& e : entries) {
        xref += static_cast<char>(e.type);
        for (int shift = 24; shift >= 0; shift -= 8)
            xref += static_cast<char>((e.field2 >> shift) & 0xFF);
        xref += static_cast<char>((e.field3 >> 8) & 0xFF);
        xref += static_cast<char>(e.field3 & 0xFF);
    }
    pdf += QByteArray::number(xrefStream) + " 0 obj\n" +
           stream("/Type /XRef /Size " + QByteArray::number(xrefStream + 1) + " /W [1 4 2] /Root " + ref(kCatalog) +
                      " /Info " + ref(kInfo) + " /ID [<" + id + "> <" + id + ">] /Filter /FlateDecode",
                  flate(xref)) +
           "\nendobj\nstartxref\n" + QByteArray::number(entries[xrefStream].field2) + "\n%%EOF\n";
    if (unsupported)
        *unsupported = missing;
    return pdf;
}

} // namespace kilotse::pdf
