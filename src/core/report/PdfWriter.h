#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kilotse::pdf {

// A small, dependency-free writer for print-ready text documents (A4, PDF 1.4). It uses the
// standard fonts Helvetica and Helvetica-Bold, which every PDF reader has, with Windows-1252
// encoding: German text, typographic quotes, dashes, € and § come out right; characters outside
// that set are printed as "?" (the HTML and JSON exports keep them). Text is laid out with the
// fonts' real widths, wrapped at word boundaries and broken across pages; every page gets a footer
// with "page X of Y".
//
// Core may not use QtGui (QPdfWriter), and the CLI must produce the same PDF as the GUI: hence
// this writer.
class Document
{
public:
    enum class Style
    {
        Title,     // large, bold
        Heading,   // section heading, kept with the next block
        Body,      // running text
        Small,     // sources and notes, grey
        Bullet,    // a list item with a bullet
        Highlight, // a framed, shaded paragraph (the outcome; what would change)
    };

    explicit Document(const QString& title);

    void add(Style style, const QString& text);
    // A labelled value in two columns ("Datum:  22.11.2026"); the value wraps in its column.
    void field(const QString& label, const QString& value);
    void space(double points);

    // Footer: `left` on every page, `pageText` with %1 (page) and %2 (pages) on the right.
    void setFooter(const QString& left, const QString& pageText);
    void setCreated(const QDateTime& created) { m_created = created; }

    // Lays out and serialises the document.
    QByteArray toPdf() const;

    // The text as Windows-1252 bytes, as written into the PDF (exposed for tests).
    static QByteArray encode(const QString& text);
    // Width of `text` in points at `size` (bold or regular Helvetica).
    static double textWidth(const QByteArray& encoded, double size, bool bold);

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
};

} // namespace kilotse::pdf
