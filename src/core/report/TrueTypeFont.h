#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <array>
#include <cstdint>
#include <optional>

namespace kilotse::pdf {

// A minimal reader of TrueType (glyf-outline) font files, enough to embed a font in a PDF: the
// table directory, the Unicode `cmap` (formats 4 and 12), advance widths (`hhea`/`hmtx`), the
// metrics a PDF font descriptor needs (`head`, `hhea`, `OS/2`, `post`) and a subset writer
// (`loca`/`glyf`). Every read is bounds-checked: a damaged file gives an error naming the file and
// the table, never a crash. OpenType fonts with CFF outlines are refused.
class TrueTypeFont
{
public:
    // Reads and parses the font file at `path`. nullopt with `error` set (naming the file) if it
    // cannot be read, is not a TrueType font, is damaged or forbids embedding (OS/2 fsType).
    static std::optional<TrueTypeFont> load(const QString& path, QString* error);
    // The same from bytes; `name` is used in error messages.
    static std::optional<TrueTypeFont> fromData(const QByteArray& data, const QString& name, QString* error);

    // The glyph for a Unicode code point; 0 (.notdef) if the font has none.
    std::uint16_t glyphFor(char32_t codePoint) const { return m_cmap.value(codePoint, 0); }
    // Advance width of a glyph in font units (see unitsPerEm()).
    int advance(std::uint16_t glyph) const;
    // Advance width in 1/1000 of the font size, rounded as written into a PDF /W array.
    int advance1000(std::uint16_t glyph) const;

    int glyphCount() const { return m_numGlyphs; }
    int unitsPerEm() const { return m_unitsPerEm; }
    // Font bounding box (xMin, yMin, xMax, yMax) in font units.
    const std::array<int, 4>& boundingBox() const { return m_bbox; }
    int ascent() const { return m_ascent; }   // font units, positive
    int descent() const { return m_descent; } // font units, negative
    int capHeight() const { return m_capHeight; }
    double italicAngle() const { return m_italicAngle; }
    bool isFixedPitch() const { return m_fixedPitch; }
    bool isBold() const { return m_bold; }
    // Number of Unicode code points the cmap maps.
    qsizetype mappedCodePoints() const { return m_cmap.size(); }

    // A compact, valid TrueType font program with only the glyphs in `glyphs`, .notdef and the
    // components of composite glyphs, renumbered: .notdef is 0, then the kept glyphs in the order
    // of their old ids. `newIds` (optional) receives old id → new id (for a PDF CIDToGIDMap).
    // Tables: cvt, fpgm, glyf, head, hhea, hmtx, loca, maxp, OS/2, post (format 3), prep — no cmap
    // or name: a PDF CIDFontType2 addresses glyphs by id.
    QByteArray subset(const QSet<std::uint16_t>& glyphs, QHash<std::uint16_t, std::uint16_t>* newIds = nullptr) const;

    // Raw bytes of a table ("head", "glyf", …), empty if absent (exposed for tests).
    QByteArray table(const char* tag) const;

private:
    TrueTypeFont() = default;
    bool parse(QString* error);

    QString m_name;
    QByteArray m_data;
    QHash<quint32, QByteArray> m_tables;
    QHash<char32_t, std::uint16_t> m_cmap;
    QList<std::uint16_t> m_advances; // per glyph
    QList<quint32> m_loca;           // numGlyphs + 1 offsets into glyf
    int m_numGlyphs = 0;
    int m_unitsPerEm = 1000;
    std::array<int, 4> m_bbox{0, 0, 0, 0};
    int m_ascent = 0;
    int m_descent = 0;
    int m_capHeight = 0;
    double m_italicAngle = 0;
    bool m_fixedPitch = false;
    bool m_bold = false;
};

} // namespace kilotse::pdf
