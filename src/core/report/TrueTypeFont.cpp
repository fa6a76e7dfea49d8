#include "report/TrueTypeFont.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cmath>
#include <map>

namespace kilotse::pdf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(PdfWriter)
};

constexpr quint32 tag(const char* t)
{
    return (quint32(quint8(t[0])) << 24) | (quint32(quint8(t[1])) << 16) | (quint32(quint8(t[2])) << 8) |
           quint32(quint8(t[3]));
}

// Bounds-checked big-endian reads from a table. A read past the end sets `bad` and gives 0, so a
// parser can read on and check once.
class Reader
{
public:
    explicit Reader(const QByteArray& data) : m_data(data) {}
    bool bad = false;
    qsizetype size() const { return m_data.size(); }
    quint8 u8(qsizetype at)
    {
        if (at < 0 || at >= m_data.size()) {
            bad = true;
            return 0;
        }
        return static_cast<quint8>(m_data[at]);
    }
    quint16 u16(qsizetype at) { return quint16((u8(at) << 8) | u8(at + 1)); }
    qint16 s16(qsizetype at) { return static_cast<qint16>(u16(at)); }
    quint32 u32(qsizetype at) { return (quint32(u16(at)) << 16) | u16(at + 2); }

private:
    const QByteArray& m_data;
};

void put16(QByteArray& out, quint16 v)
{
    out += static_cast<char>(v >> 8);
    out += static_cast<char>(v & 0xFF);
}

void put32(QByteArray& out, quint32 v)
{
    put16(out, quint16(v >> 16));
    put16(out, quint16(v & 0xFFFF));
}

void set16(QByteArray& out, qsizetype at, quint16 v)
{
    out[at] = static_cast<char>(v >> 8);
    out[at + 1] = static_cast<char>(v & 0xFF);
}

void set32(QByteArray& out, qsizetype at, quint32 v)
{
    set16(out, at, quint16(v >> 16));
    set16(out, at + 2, quint16(v & 0xFFFF));
}

quint32 checksum(const QByteArray& data)
{
    quint32 sum = 0;
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n; i += 4) {
        quint32 word = 0;
        for (int k = 0; k < 4; ++k)
            word = (word << 8) | (i + k < n ? static_cast<quint8>(data[i + k]) : 0u);
        sum += word;
    }
    return sum;
}

// Limit for code points a cmap may map (guards against a damaged format 12 table with huge ranges).
constexpr qsizetype kMaxMappings = 200000;

} // namespace

std::optional<TrueTypeFont> TrueTypeFont::load(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("Die Schrift %1 kann nicht gelesen werden: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > 64 * 1024 * 1024) {
        if (error)
            *error = Tr::tr("Die Schrift %1 ist zu groß (über 64 MiB).").arg(path);
        return std::nullopt;
    }
    return fromData(file.readAll(), path, error);
}

std::optional<TrueTypeFont> TrueTypeFont::fromData(const QByteArray& data, const QString& name, QString* error)
{
    TrueTypeFont font;
    font.m_name = name;
    font.m_data = data;
    if (!font.parse(error))
        return std::nullopt;
    return font;
}

QByteArray TrueTypeFont::table(const char* t) const
{
    return m_tables.value(tag(t));
}

int TrueTypeFont::advance(std::uint16_t glyph) const
{
    return glyph < m_advances.size() ? m_advances.at(glyph) : 0;
}

int TrueTypeFont::advance1000(std::uint16_t glyph) const
{
    return static_cast<int>(std::lround(advance(glyph) * 1000.0 / m_unitsPerEm));
}

bool TrueTypeFont::parse(QString* error)
{
    auto fail = [&](const QString& what) {
        if (error)
            *error = Tr::tr("Die Schrift %1 ist beschädigt oder keine TrueType-Schrift (%2).").arg(m_name, what);
        return false;
    };

    // Table directory.
    Reader file(m_data);
    const quint32 version = file.u32(0);
    if (version == tag("OTTO"))
        return fail(QStringLiteral("CFF outlines are not supported"));
    if (version != 0x00010000 && version != tag("true"))
        return fail(QStringLiteral("sfnt version"));
    const int numTables = file.u16(4);
    for (int i = 0; i < numTables; ++i) {
        const qsizetype rec = 12 + 16 * qsizetype(i);
        const quint32 t = file.u32(rec);
        const quint32 offset = file.u32(rec + 8);
        const quint32 length = file.u32(rec + 12);
        if (file.bad || qsizetype(offset) + qsizetype(length) > m_data.size())
            return fail(QStringLiteral("table directory"));
        m_tables.insert(t, m_data.mid(offset, length));
    }
    for (const char* required : {"head", "hhea", "hmtx", "maxp", "loca", "glyf", "cmap"}) {
        if (!m_tables.contains(tag(required)))
            return fail(QStringLiteral("no table %1").arg(QLatin1String(required)));
    }

    // head, maxp, hhea
    const QByteArray headData = table("head");
    Reader head(headData);
    m_unitsPerEm = head.u16(18);
    m_bbox = {head.s16(36), head.s16(38), head.s16(40), head.s16(42)};
    const int macStyle = head.u16(44);
    const int indexToLocFormat = head.s16(50);
    if (head.bad || m_unitsPerEm < 16 || m_unitsPerEm > 16384 || indexToLocFormat < 0 || indexToLocFormat > 1)
        return fail(QStringLiteral("head"));
    const QByteArray maxpData = table("maxp");
    Reader maxp(maxpData);
    m_numGlyphs = maxp.u16(4);
    if (maxp.bad || m_numGlyphs < 1)
        return fail(QStringLiteral("maxp"));
    const QByteArray hheaData = table("hhea");
    Reader hhea(hheaData);
    m_ascent = hhea.s16(4);
    m_descent = hhea.s16(6);
    const int numberOfHMetrics = hhea.u16(34);
    if (hhea.bad || numberOfHMetrics < 1 || numberOfHMetrics > m_numGlyphs)
        return fail(QStringLiteral("hhea"));

    // hmtx: advances; glyphs after the last long metric repeat its advance.
    const QByteArray hmtxData = table("hmtx");
    Reader hmtx(hmtxData);
    if (hmtx.size() < 4 * qsizetype(numberOfHMetrics))
        return fail(QStringLiteral("hmtx"));
    m_advances.reserve(m_numGlyphs);
    for (int g = 0; g < m_numGlyphs; ++g)
        m_advances << hmtx.u16(4 * qsizetype(std::min(g, numberOfHMetrics - 1)));

    // loca
    const QByteArray locaData = table("loca");
    Reader loca(locaData);
    const qsizetype glyfSize = table("glyf").size();
    m_loca.reserve(m_numGlyphs + 1);
    for (int g = 0; g <= m_numGlyphs; ++g) {
        const quint32 offset =
            indexToLocFormat == 0 ? quint32(loca.u16(2 * qsizetype(g))) * 2 : loca.u32(4 * qsizetype(g));
        if (loca.bad || offset > glyfSize || (!m_loca.isEmpty() && offset < m_loca.last()))
            return fail(QStringLiteral("loca"));
        m_loca << offset;
    }

    // OS/2 (optional): embedding permission, cap height, weight; post (optional): italic angle.
    m_capHeight = int(std::lround(m_ascent * 0.7));
    m_bold = (macStyle & 1) != 0;
    if (const QByteArray os2Data = table("OS/2"); !os2Data.isEmpty()) {
        Reader os2(os2Data);
        const int os2Version = os2.u16(0);
        const int weight = os2.u16(4);
        const int fsType = os2.u16(8);
        if (os2.bad)
            return fail(QStringLiteral("OS/2"));
        // Bit 1 (0x0002): restricted licence embedding — the font may not be embedded.
        if ((fsType & 0x000F) == 0x0002) {
            if (error)
                *error = Tr::tr("Die Schrift %1 erlaubt das Einbetten nicht.").arg(m_name);
            return false;
        }
        if (weight >= 600)
            m_bold = true;
        if (os2Version >= 2 && os2.size() >= 90)
            m_capHeight = os2.s16(88);
    }
    if (const QByteArray postData = table("post"); postData.size() >= 16) {
        Reader post(postData);
        m_italicAngle = static_cast<qint32>(post.u32(4)) / 65536.0;
        m_fixedPitch = post.u32(12) != 0;
    }

    // cmap: the best Unicode subtable (format 12 covers all planes; format 4 the BMP).
    const QByteArray cmapData = table("cmap");
    Reader cmap(cmapData);
    const int subtables = cmap.u16(2);
    qint64 best12 = -1;
    qint64 best4 = -1;
    for (int i = 0; i < subtables; ++i) {
        const qsizetype rec = 4 + 8 * qsizetype(i);
        const int platform = cmap.u16(rec);
        const int encoding = cmap.u16(rec + 2);
        const quint32 offset = cmap.u32(rec + 4);
        if (cmap.bad)
            return fail(QStringLiteral("cmap"));
        const bool unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
        if (!unicode)
            continue;
        const int format = cmap.u16(offset);
        if (format == 12 && best12 < 0)
            best12 = offset;
        else if (format == 4 && best4 < 0)
            best4 = offset;
    }
    if (best12 >= 0) {
        const qsizetype base = best12;
        const quint32 groups = cmap.u32(base + 12);
        if (cmap.bad || qsizetype(groups) * 12 + 16 > cmap.size() - base)
            return fail(QStringLiteral("cmap format 12"));
        for (quint32 i = 0; i < groups; ++i) {
            const qsizetype rec = base + 16 + 12 * qsizetype(i);
            const quint32 start = cmap.u32(rec);
            const quint32 end = cmap.u32(rec + 4);
            const quint32 glyph = cmap.u32(rec + 8);
            if (end < start || end > 0x10FFFF || m_cmap.size() + qsizetype(end - start) > kMaxMappings)
                return fail(QStringLiteral("cmap format 12"));
            for (quint32 c = start; c <= end; ++c) {
                const quint32 g = glyph + (c - start);
                if (g > 0 && g < quint32(m_numGlyphs))
                    m_cmap.insert(char32_t(c), std::uint16_t(g));
            }
        }
    } else if (best4 >= 0) {
        const qsizetype base = best4;
        const int segCount = cmap.u16(base + 6) / 2;
        const qsizetype ends = base + 14;
        const qsizetype starts = ends + 2 * segCount + 2;
        const qsizetype deltas = starts + 2 * segCount;
        const qsizetype rangeOffsets = deltas + 2 * segCount;
        for (int s = 0; s < segCount; ++s) {
            const quint32 end = cmap.u16(ends + 2 * s);
            const quint32 start = cmap.u16(starts + 2 * s);
            const quint16 delta = cmap.u16(deltas + 2 * s);
            const qsizetype rangeAt = rangeOffsets + 2 * s;
            const quint16 rangeOffset = cmap.u16(rangeAt);
            if (cmap.bad)
                return fail(QStringLiteral("cmap format 4"));
            if (start > end)
                continue;
            for (quint32 c = start; c <= end && c != 0xFFFF; ++c) {
                quint16 g = 0;
                if (rangeOffset == 0) {
                    g = quint16(c + delta);
                } else {
                    g = cmap.u16(rangeAt + rangeOffset + 2 * qsizetype(c - start));
                    if (cmap.bad)
                        return fail(QStringLiteral("cmap format 4"));
                    if (g != 0)
                        g = quint16(g + delta);
                }
                if (g > 0 && g < m_numGlyphs)
                    m_cmap.insert(char32_t(c), g);
            }
        }
    } else {
        return fail(QStringLiteral("no Unicode cmap"));
    }
    if (m_cmap.isEmpty())
        return fail(QStringLiteral("empty cmap"));

    // OS/2 before version 2 has no cap height: take the top of "H".
    if (const std::uint16_t h = glyphFor(U'H'); h && (table("OS/2").isEmpty() || Reader(table("OS/2")).u16(0) < 2)) {
        const QByteArray glyf = table("glyf");
        Reader r(glyf);
        const int yMax = r.s16(qsizetype(m_loca.at(h)) + 8);
        if (!r.bad && m_loca.at(h + 1) > m_loca.at(h) && yMax > 0)
            m_capHeight = yMax;
    }
    return true;
}

QByteArray TrueTypeFont::subset(const QSet<std::uint16_t>& glyphs, QHash<std::uint16_t, std::uint16_t>* newIds) const
{
    const QByteArray glyf = table("glyf");

    // The offsets of the component glyph ids in a composite glyph (empty for a simple glyph).
    auto components = [](const QByteArray& data) {
        QList<qsizetype> at;
        Reader r(data);
        if (data.size() < 10 || r.s16(0) >= 0)
            return at;
        qsizetype pos = 10;
        for (int guard = 0; guard < 256; ++guard) {
            const quint16 flags = r.u16(pos);
            r.u16(pos + 2);
            if (r.bad)
                break;
            at << pos + 2;
            pos += 4 + ((flags & 0x0001) ? 4 : 2);
            if (flags & 0x0008)
                pos += 2;
            else if (flags & 0x0040)
                pos += 4;
            else if (flags & 0x0080)
                pos += 8;
            if (!(flags & 0x0020))
                break;
        }
        return at;
    };
    auto glyphData = [&](std::uint16_t g) { return glyf.mid(m_loca.at(g), m_loca.at(g + 1) - m_loca.at(g)); };

    // Close over the components of composite glyphs.
    QSet<std::uint16_t> keep;
    QList<std::uint16_t> work(glyphs.cbegin(), glyphs.cend());
    work << 0;
    while (!work.isEmpty()) {
        const std::uint16_t g = work.takeLast();
        if (g >= m_numGlyphs || keep.contains(g))
            continue;
        keep.insert(g);
        const QByteArray data = glyphData(g);
        for (qsizetype at : components(data))
            work << Reader(data).u16(at);
    }

    // New glyph order: .notdef, then the kept glyphs by their old id.
    QList<std::uint16_t> order(keep.cbegin(), keep.cend());
    std::sort(order.begin(), order.end());
    QHash<std::uint16_t, std::uint16_t> ids;
    for (qsizetype i = 0; i < order.size(); ++i)
        ids.insert(order.at(i), std::uint16_t(i));
    if (newIds)
        *newIds = ids;

    // glyf (component ids renumbered), loca (long offsets), hmtx (one long metric per glyph).
    const QByteArray oldHmtx = table("hmtx");
    Reader hmtxReader(oldHmtx);
    const int numberOfHMetrics = Reader(table("hhea")).u16(34);
    QByteArray newGlyf;
    QByteArray newLoca;
    QByteArray hmtx;
    for (std::uint16_t g : order) {
        put32(newLoca, quint32(newGlyf.size()));
        QByteArray data = glyphData(g);
        for (qsizetype at : components(data))
            set16(data, at, ids.value(Reader(data).u16(at), 0));
        newGlyf += data;
        while (newGlyf.size() % 4)
            newGlyf += '\0';
        const qsizetype lsbAt = g < numberOfHMetrics
                                    ? 4 * qsizetype(g) + 2
                                    : 4 * qsizetype(numberOfHMetrics) + 2 * qsizetype(g - numberOfHMetrics);
        put16(hmtx, quint16(advance(g)));
        put16(hmtx, hmtxReader.u16(lsbAt));
    }
    put32(newLoca, quint32(newGlyf.size()));
    const quint16 count = quint16(order.size());

    QByteArray head = table("head");
    set32(head, 8, 0);  // checkSumAdjustment, set below
    set16(head, 50, 1); // indexToLocFormat: long
    QByteArray hhea = table("hhea");
    set16(hhea, 34, count);
    QByteArray maxp = table("maxp");
    set16(maxp, 4, count);

    // post format 3 (no glyph names), keeping the italic angle and metrics of the original.
    QByteArray post = table("post").left(32);
    if (post.size() < 32)
        post = QByteArray(32, '\0');
    set32(post, 0, 0x00030000);

    std::map<quint32, QByteArray> out{
        {tag("glyf"), newGlyf}, {tag("head"), head}, {tag("hhea"), hhea}, {tag("hmtx"), hmtx},
        {tag("loca"), newLoca}, {tag("maxp"), maxp}, {tag("post"), post},
    };
    for (const char* optional : {"cvt ", "fpgm", "prep", "OS/2"}) {
        if (m_tables.contains(tag(optional)))
            out.emplace(tag(optional), table(optional));
    }

    // Table directory (sorted by tag, as std::map iterates), then the 4-byte aligned tables.
    const int n = static_cast<int>(out.size());
    int entrySelector = 0;
    while ((2 << entrySelector) <= n)
        ++entrySelector;
    const int searchRange = 16 << entrySelector;
    QByteArray font;
    put32(font, 0x00010000);
    put16(font, quint16(n));
    put16(font, quint16(searchRange));
    put16(font, quint16(entrySelector));
    put16(font, quint16(n * 16 - searchRange));
    qsizetype offset = 12 + 16 * qsizetype(n);
    qsizetype headOffset = -1;
    QByteArray body;
    for (const auto& [t, data] : out) {
        put32(font, t);
        put32(font, checksum(data));
        put32(font, quint32(offset));
        put32(font, quint32(data.size()));
        if (t == tag("head"))
            headOffset = offset;
        body += data;
        while (body.size() % 4)
            body += '\0';
        offset = 12 + 16 * qsizetype(n) + body.size();
    }
    font += body;
    if (headOffset >= 0)
        set32(font, headOffset + 8, 0xB1B0AFBAu - checksum(font));
    return font;
}

} // namespace kilotse::pdf
