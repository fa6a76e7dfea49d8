#include "report/PdfWriter.h"

#include "report/FontMetrics.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace kilotse::pdf {

namespace {

constexpr double kPageWidth = 595.276; // A4 in points
constexpr double kPageHeight = 841.890;
constexpr double kMarginLeft = 64;
constexpr double kMarginRight = 64;
constexpr double kMarginTop = 64;
constexpr double kMarginBottom = 72;
constexpr double kFooterBaseline = 40;
constexpr double kContentWidth = kPageWidth - kMarginLeft - kMarginRight;
constexpr double kFieldLabelWidth = 170;

struct Font
{
    double size;
    double leading;
    bool bold;
    double grey; // 0 = black
    double spaceBefore;
    double spaceAfter;
};

Font fontFor(Document::Style style)
{
    switch (style) {
    case Document::Style::Title:
        return {19, 24, true, 0, 0, 8};
    case Document::Style::Heading:
        return {12.5, 16, true, 0, 12, 4};
    case Document::Style::Small:
        return {8.5, 11, false, 0.35, 0, 3};
    case Document::Style::Highlight:
        return {11, 15, true, 0, 4, 8};
    case Document::Style::Bullet:
    case Document::Style::Body:
        break;
    }
    return {10.5, 14, false, 0, 0, 4};
}

// Windows-1252 positions 0x80–0x9F (the rest of 0xA0–0xFF is Latin-1).
const QHash<char16_t, char>& winAnsiExtras()
{
    static const QHash<char16_t, char> map{
        {0x20AC, '\x80'}, {0x201A, '\x82'}, {0x0192, '\x83'}, {0x201E, '\x84'}, {0x2026, '\x85'}, {0x2020, '\x86'},
        {0x2021, '\x87'}, {0x02C6, '\x88'}, {0x2030, '\x89'}, {0x0160, '\x8A'}, {0x2039, '\x8B'}, {0x0152, '\x8C'},
        {0x017D, '\x8E'}, {0x2018, '\x91'}, {0x2019, '\x92'}, {0x201C, '\x93'}, {0x201D, '\x94'}, {0x2022, '\x95'},
        {0x2013, '\x96'}, {0x2014, '\x97'}, {0x02DC, '\x98'}, {0x2122, '\x99'}, {0x0161, '\x9A'}, {0x203A, '\x9B'},
        {0x0153, '\x9C'}, {0x017E, '\x9E'}, {0x0178, '\x9F'},
    };
    return map;
}

double charWidth(unsigned char c, bool bold)
{
    const auto& table = bold ? kHelveticaBoldWidths : kHelveticaWidths;
    const std::uint16_t w = table[c];
    return w ? w : table[static_cast<unsigned char>('?')];
}

// Splits encoded text into lines no wider than `width`. Explicit line breaks are kept; a word
// wider than the line is broken where it must.
QList<QByteArray> wrap(const QByteArray& text, double width, double size, bool bold)
{
    QList<QByteArray> lines;
    const double spaceWidth = charWidth(' ', bold) * size / 1000.0;
    for (const QByteArray& paragraph : text.split('\n')) {
        QByteArray line;
        double lineWidth = 0;
        for (const QByteArray& word : paragraph.split(' ')) {
            if (word.isEmpty())
                continue;
            double w = Document::textWidth(word, size, bold);
            const double needed = line.isEmpty() ? w : lineWidth + spaceWidth + w;
            if (needed <= width) {
                if (!line.isEmpty()) {
                    line += ' ';
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
            QByteArray rest = word;
            while (Document::textWidth(rest, size, bold) > width) {
                qsizetype n = 1;
                double acc = charWidth(static_cast<unsigned char>(rest[0]), bold) * size / 1000.0;
                while (n < rest.size()) {
                    const double next = charWidth(static_cast<unsigned char>(rest[n]), bold) * size / 1000.0;
                    if (acc + next > width)
                        break;
                    acc += next;
                    ++n;
                }
                lines << rest.left(n);
                rest = rest.mid(n);
            }
            line = rest;
            lineWidth = Document::textWidth(rest, size, bold);
        }
        lines << line;
    }
    return lines;
}

QByteArray escapeString(const QByteArray& s)
{
    QByteArray out;
    out.reserve(s.size() + 8);
    for (char c : s) {
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

QByteArray num(double v)
{
    return QByteArray::number(v, 'f', 2);
}

QByteArray textOp(double x, double y, double size, bool bold, double grey, const QByteArray& encoded)
{
    return "BT /" + QByteArray(bold ? "F2 " : "F1 ") + num(size) + " Tf " + num(grey) + " g " + num(x) + ' ' + num(y) +
           " Td (" + escapeString(encoded) + ") Tj ET\n";
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

QByteArray pdfDate(const QDateTime& t)
{
    const int offset = t.offsetFromUtc() / 60;
    const QByteArray sign = offset < 0 ? "-" : "+";
    return "(D:" + t.toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + sign +
           QByteArray::number(std::abs(offset) / 60).rightJustified(2, '0') + '\'' +
           QByteArray::number(std::abs(offset) % 60).rightJustified(2, '0') + "')";
}

class Layout
{
public:
    QList<QByteArray> pages;

    Layout() { newPage(); }

    void newPage()
    {
        pages << QByteArray();
        m_y = kPageHeight - kMarginTop;
        m_atTop = true;
    }
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
    // Draws lines at x, breaking pages as needed.
    void lines(const QList<QByteArray>& list, double x, const Font& f)
    {
        for (const QByteArray& line : list) {
            ensure(f.leading);
            m_y -= f.leading;
            pages.last() += textOp(x, m_y + (f.leading - f.size) * 0.6, f.size, f.bold, f.grey, line);
            m_atTop = false;
        }
    }
    void raw(const QByteArray& op) { pages.last() += op; }
    double y() const { return m_y; }
    void moveTo(double y)
    {
        m_y = y;
        m_atTop = false;
    }

private:
    double m_y = 0;
    bool m_atTop = true;
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

QByteArray Document::encode(const QString& text)
{
    QByteArray out;
    out.reserve(text.size());
    for (QChar qc : text) {
        const char16_t c = qc.unicode();
        if (c == u'\n') {
            out += '\n';
        } else if (c == u'\t' || c == 0xA0 || c == 0x202F || c == 0x2007 || (c >= 0x2000 && c <= 0x200A)) {
            out += ' ';
        } else if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == 0xAD || (c >= 0x200B && c <= 0x200F) || c == 0xFEFF) {
            continue; // controls, soft hyphens, zero-width characters: nothing to print
        } else if (c < 0x7F || (c >= 0xA0 && c <= 0xFF)) {
            out += static_cast<char>(c);
        } else if (const auto it = winAnsiExtras().constFind(c); it != winAnsiExtras().constEnd()) {
            out += *it;
        } else if (qc.isLowSurrogate()) {
            continue; // the high surrogate already printed "?"
        } else {
            out += '?';
        }
    }
    return out;
}

double Document::textWidth(const QByteArray& encoded, double size, bool bold)
{
    double w = 0;
    for (char c : encoded)
        w += charWidth(static_cast<unsigned char>(c), bold);
    return w * size / 1000.0;
}

QByteArray Document::toPdf() const
{
    Layout layout;
    for (qsizetype b = 0; b < m_blocks.size(); ++b) {
        const Block& block = m_blocks.at(b);
        if (block.space > 0) {
            layout.skip(block.space);
            continue;
        }
        const Font f = fontFor(block.style);
        const QByteArray text = encode(block.text);
        if (!block.label.isNull()) {
            const Font lf{f.size, f.leading, true, 0, 0, 0};
            const QList<QByteArray> labelLines = wrap(encode(block.label), kFieldLabelWidth - 8, lf.size, true);
            const QList<QByteArray> valueLines = wrap(text, kContentWidth - kFieldLabelWidth, f.size, false);
            const double needed = static_cast<double>(std::max(labelLines.size(), valueLines.size())) * f.leading;
            if (needed <= kPageHeight - kMarginTop - kMarginBottom) {
                layout.ensure(needed);
                const double top = layout.y();
                layout.lines(labelLines, kMarginLeft, lf);
                layout.moveTo(top);
                layout.lines(valueLines, kMarginLeft + kFieldLabelWidth, f);
                layout.moveTo(top - needed);
            } else { // longer than a page: the value follows the label
                layout.lines(labelLines, kMarginLeft, lf);
                layout.lines(valueLines, kMarginLeft + kFieldLabelWidth, f);
            }
            layout.skip(2);
            continue;
        }
        switch (block.style) {
        case Style::Heading: {
            layout.skip(f.spaceBefore);
            // Keep a heading with the first lines of what follows it.
            layout.ensure(f.leading + 3 * 14);
            layout.lines(wrap(text, kContentWidth, f.size, true), kMarginLeft, f);
            const double ruleY = layout.y() - 3;
            layout.raw("0.75 G 0.6 w " + num(kMarginLeft) + ' ' + num(ruleY) + " m " +
                       num(kMarginLeft + kContentWidth) + ' ' + num(ruleY) + " l S\n");
            layout.skip(f.spaceAfter + 3);
            break;
        }
        case Style::Bullet: {
            constexpr double indent = 14;
            const QList<QByteArray> lines = wrap(text, kContentWidth - indent, f.size, false);
            layout.ensure(f.leading);
            layout.raw(textOp(kMarginLeft + 3, layout.y() - f.leading + (f.leading - f.size) * 0.6, f.size, false, 0,
                              QByteArray(1, '\x95')));
            layout.lines(lines, kMarginLeft + indent, f);
            layout.skip(f.spaceAfter - 1);
            break;
        }
        case Style::Highlight: {
            constexpr double pad = 7;
            const QList<QByteArray> lines = wrap(text, kContentWidth - 2 * pad - 4, f.size, true);
            const double height = static_cast<double>(lines.size()) * f.leading + 2 * pad;
            layout.skip(f.spaceBefore);
            layout.ensure(std::min(height, kPageHeight - kMarginTop - kMarginBottom));
            const double top = layout.y();
            layout.raw("0.93 g " + num(kMarginLeft) + ' ' + num(top - height) + ' ' + num(kContentWidth) + ' ' +
                       num(height) + " re f 0.16 0.29 0.5 rg " + num(kMarginLeft) + ' ' + num(top - height) + " 4 " +
                       num(height) + " re f\n");
            layout.moveTo(top - pad);
            layout.lines(lines, kMarginLeft + pad + 4, f);
            layout.moveTo(layout.y() - pad);
            layout.skip(f.spaceAfter);
            break;
        }
        case Style::Small: { // sources and notes, set in under the list item they belong to
            constexpr double indent = 14;
            layout.lines(wrap(text, kContentWidth - indent, f.size, false), kMarginLeft + indent, f);
            layout.skip(f.spaceAfter);
            break;
        }
        case Style::Title:
        case Style::Body:
            layout.skip(f.spaceBefore);
            layout.lines(wrap(text, kContentWidth, f.size, f.bold), kMarginLeft, f);
            layout.skip(f.spaceAfter);
            break;
        }
    }

    // Serialise: catalog, page tree, two fonts, info, then page + content per page.
    const qsizetype pageCount = layout.pages.size();
    QList<QByteArray> objects;
    auto fontObject = [](const char* base) -> QByteArray {
        return QByteArray("<< /Type /Font /Subtype /Type1 /BaseFont /") + base + " /Encoding /WinAnsiEncoding >>";
    };
    QByteArray kids;
    for (qsizetype p = 0; p < pageCount; ++p)
        kids += QByteArray::number(6 + 2 * p) + " 0 R ";
    objects << "<< /Type /Catalog /Pages 2 0 R /Lang (de-DE) >>";
    objects << "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(pageCount) + " >>";
    objects << fontObject("Helvetica");
    objects << fontObject("Helvetica-Bold");
    objects << "<< /Title " + infoString(m_title) + " /Producer " + infoString(QStringLiteral("KI-Lotse")) +
                   " /CreationDate " + pdfDate(m_created) + " >>";
    for (qsizetype p = 0; p < pageCount; ++p) {
        QByteArray content = layout.pages.at(p);
        const QByteArray footerLeft = encode(m_footerLeft);
        const QByteArray pageText = encode(QString(m_pageText).arg(p + 1).arg(pageCount));
        content += "0.75 G 0.5 w " + num(kMarginLeft) + ' ' + num(kFooterBaseline + 12) + " m " +
                   num(kMarginLeft + kContentWidth) + ' ' + num(kFooterBaseline + 12) + " l S\n";
        content += textOp(kMarginLeft, kFooterBaseline, 8, false, 0.35, footerLeft);
        content += textOp(kMarginLeft + kContentWidth - textWidth(pageText, 8, false), kFooterBaseline, 8, false, 0.35,
                          pageText);
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + num(kPageWidth) + ' ' + num(kPageHeight) +
                       "] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents " + QByteArray::number(7 + 2 * p) +
                       " 0 R >>";
        objects << "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "endstream";
    }

    QByteArray pdf("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << pdf.size();
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info 5 0 R >>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace kilotse::pdf
