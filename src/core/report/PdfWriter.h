#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kilotse::pdf {

// A small writer for print-ready, archivable text documents: A4, PDF 1.7, conforming to
// PDF/A-2b (ISO 19005-2, level B) and tagged (a structure tree for screen readers, BITV 2.0).
//
// * Fonts: subsets of DejaVu Sans and DejaVu Sans Bold (Debian package fonts-dejavu-core, read at
//   run time) are embedded as Type0/CIDFontType2 fonts with a ToUnicode map, so every script the
//   font covers (Latin, Greek, Cyrillic, …) prints and can be searched and copied. A character the
//   font has no glyph for is printed as U+FFFD "�" (PDF/A forbids showing .notdef) and reported
//   through toPdf()'s `unsupported`. Layout uses the fonts' real advance widths.
// * PDF/A-2b: XMP metadata (pdfaid part 2, conformance B, title, language, dates, producer, all
//   mirroring the Info dictionary), an sRGB output intent (the ICC profile is generated in code,
//   see PdfWriter.cpp), trailer /ID, no encryption, no transparency, only DeviceGray/DeviceRGB.
//   Dictionaries are packed into a compressed object stream with a cross-reference stream
//   (PDF 1.5 features that PDF/A-2 allows); a typical record is about 39 KB.
// * Tagged: /MarkInfo, /Lang, /StructTreeRoot with a /ParentTree; Title → H1, Heading → H2,
//   Body/Small/Highlight → P, consecutive bullets → L/LI (Lbl + LBody, a Small block after a bullet
//   becomes a P inside its LBody), consecutive field() rows → Table/TR/TH(Scope Row)/TD. Footers
//   and decorative rules and boxes are artifacts. Reading order (structure order) = visual order;
//   a block broken across pages stays one element with marked content on both pages.
//
// Why our own writer: core may not use QtGui, and the CLI must produce the same PDF as the GUI.
// QPdfWriter (QtGui) embeds fonts and can write PDF/A-1b, but writes no structure tree; no
// library in Debian 12 writes PDF/A with tags (poppler/qpdf/podofo do not lay out tagged text).
// Conformance is checked in tests/unit/RecordPdfTest.cpp with pdffonts, pdfinfo, pdftotext and
// qpdf --check/--json (veraPDF is not packaged in Debian).
class Document
{
public:
    enum class Style
    {
        Title,     // large, bold (H1)
        Heading,   // section heading, kept with the next block (H2)
        Body,      // running text (P)
        Small,     // sources and notes, grey (P)
        Bullet,    // a list item with a bullet (L/LI)
        Highlight, // a framed, shaded paragraph (the outcome; what would change) (P)
    };

    explicit Document(const QString& title);

    void add(Style style, const QString& text);
    // A labelled value in two columns ("Datum:  22.11.2026"); the value wraps in its column.
    // Consecutive fields form one table (row header = label).
    void field(const QString& label, const QString& value);
    void space(double points);

    // Footer: `left` on every page, `pageText` with %1 (page) and %2 (pages) on the right.
    void setFooter(const QString& left, const QString& pageText);
    void setCreated(const QDateTime& created) { m_created = created; }
    // The language of the text as a BCP 47 tag ("de-DE", "en-GB"): catalog /Lang and XMP
    // dc:language. Default "de-DE". A malformed tag is ignored (the previous one stays).
    void setLanguage(const QString& bcp47);
    QString language() const { return m_language; }
    // Producer in the Info dictionary and XMP pdf:Producer (default "KI-Lotse").
    void setProducer(const QString& producer) { m_producer = producer; }
    // Font files (TrueType) for regular and bold text; defaults: defaultFontFile(false/true).
    void setFontFiles(const QString& regular, const QString& bold);
    // /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf (DejaVuSans-Bold.ttf if `bold`).
    static QString defaultFontFile(bool bold);

    // Lays out and serialises the document. nullopt with `error` set (naming the file and the
    // Debian package) if a font file is missing or damaged: no PDF is better than a
    // non-conforming one. `unsupported` (optional) receives the distinct characters the font has
    // no glyph for (printed as "�"), in order of appearance.
    std::optional<QByteArray> toPdf(QString* error, QString* unsupported = nullptr) const;
    // The same; an empty QByteArray on error (prefer the overload above to tell the user why).
    QByteArray toPdf() const;

    // The text as laid out: tabs and special spaces become spaces; control characters, soft
    // hyphens, zero-width characters and lone surrogates are dropped; line breaks stay.
    static QString normalise(const QString& text);

private:
    struct Block
    {
        Style style;
        QString text;
        QString label; // field() only
        double space = 0;
    };
    QString m_title;
    QList<Block> m_blocks;
    QString m_footerLeft;
    QString m_pageText = QStringLiteral("%1 / %2");
    QDateTime m_created = QDateTime::currentDateTime();
    QString m_language = QStringLiteral("de-DE");
    QString m_producer = QStringLiteral("KI-Lotse");
    QString m_regularFont = defaultFontFile(false);
    QString m_boldFont = defaultFontFile(true);
};

} // namespace kilotse::pdf
