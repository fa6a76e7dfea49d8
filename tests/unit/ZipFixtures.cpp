// DOCX, XLSX, ODT and ODS made in code with QuaZip: minimal but valid packages (content types,
// relationships, the ODF mimetype stored first), with the parts the readers must find.

#include "DocumentFixtures.h"

#include <QBuffer>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace kilotse::test {

namespace {

const QString kReviewer = QStringLiteral("Sachbearbeitung");

QString esc(const QString& s)
{
    QString out = s.toHtmlEscaped();
    return out;
}

bool isNumber(const QString& s)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    return number.match(s).hasMatch();
}

QString columnName(int column)
{
    QString name;
    int c = column + 1;
    while (c > 0) {
        name.prepend(QChar(u'A' + (c - 1) % 26));
        c = (c - 1) / 26;
    }
    return name;
}

// (column, row) 0-based from "B7".
QPair<int, int> parseRef(const QString& ref)
{
    int column = 0;
    int i = 0;
    while (i < ref.size() && ref[i].isLetter()) {
        column = column * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
        ++i;
    }
    return {column - 1, ref.mid(i).toInt() - 1};
}

// A 1×1 PNG.
QByteArray tinyPng()
{
    return QByteArray::fromBase64(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
}

const char* kXmlDecl = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

QByteArray xml(const QString& body)
{
    return QByteArray(kXmlDecl) + body.toUtf8();
}

// ---- Word ----

const QString kWNs = QStringLiteral("xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                                    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"");

// Runs for a text with tabs and line breaks.
QString wordRuns(const QString& text, const QString& textElement = QStringLiteral("w:t"))
{
    QString runs;
    QString current;
    auto flush = [&]() {
        if (!current.isEmpty())
            runs += QStringLiteral("<w:r><%1 xml:space=\"preserve\">%2</%1></w:r>").arg(textElement, esc(current));
        current.clear();
    };
    for (const QChar c : text) {
        if (c == u'\t') {
            flush();
            runs += QStringLiteral("<w:r><w:tab/></w:r>");
        } else if (c == u'\n') {
            flush();
            runs += QStringLiteral("<w:r><w:br/></w:r>");
        } else {
            current += c;
        }
    }
    flush();
    return runs;
}

QString wordParagraph(const QString& text)
{
    return QStringLiteral("<w:p>%1</w:p>").arg(wordRuns(text));
}

QString rel(const QString& id, const QString& type, const QString& target)
{
    return QStringLiteral("<Relationship Id=\"%1\" Type=\"%2\" Target=\"%3\"/>").arg(id, type, target);
}

const QString kRelOffice = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships/");

QString relationships(const QString& content)
{
    return QStringLiteral("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">%1"
                          "</Relationships>")
        .arg(content);
}

QByteArray packageRels(const QString& mainPart)
{
    return xml(relationships(
        rel(QStringLiteral("rId1"), kRelOffice + QStringLiteral("officeDocument"), mainPart) +
        rel(QStringLiteral("rId2"),
            QStringLiteral("http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
            QStringLiteral("docProps/core.xml")) +
        rel(QStringLiteral("rId3"), kRelOffice + QStringLiteral("extended-properties"),
            QStringLiteral("docProps/app.xml"))));
}

QByteArray coreProperties(const QString& author, const QString& title)
{
    QString props;
    if (!title.isEmpty())
        props += QStringLiteral("<dc:title>%1</dc:title>").arg(esc(title));
    if (!author.isEmpty())
        props +=
            QStringLiteral("<dc:creator>%1</dc:creator><cp:lastModifiedBy>%1</cp:lastModifiedBy>").arg(esc(author));
    return xml(
        QStringLiteral("<cp:coreProperties "
                       "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                       "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
                       "xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" "
                       "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">%1"
                       "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2024-05-01T12:00:00Z</dcterms:created>"
                       "</cp:coreProperties>")
            .arg(props));
}

QByteArray appProperties()
{
    return xml(QStringLiteral("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                              "extended-properties\"><Application>KI-Lotse Testdaten</Application></Properties>"));
}

QString override(const QString& part, const QString& type)
{
    return QStringLiteral("<Override PartName=\"%1\" ContentType=\"%2\"/>").arg(part, type);
}

QByteArray contentTypes(const QString& overrides)
{
    return xml(
        QStringLiteral(
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            "<Default Extension=\"png\" ContentType=\"image/png\"/>%1"
            "<Override PartName=\"/docProps/core.xml\" "
            "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
            "<Override PartName=\"/docProps/app.xml\" "
            "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/></Types>")
            .arg(overrides));
}

QString wordPicture(int n)
{
    return QStringLiteral(
               "<w:p><w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
               "<wp:extent cx=\"952500\" cy=\"952500\"/><wp:docPr id=\"%1\" name=\"Bild %1\"/>"
               "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
               "<pic:pic><pic:nvPicPr><pic:cNvPr id=\"%1\" name=\"image%1.png\"/><pic:cNvPicPr/></pic:nvPicPr>"
               "<pic:blipFill><a:blip r:embed=\"rIdImg%1\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
               "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"952500\" cy=\"952500\"/></a:xfrm>"
               "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
               "</wp:inline></w:drawing></w:r></w:p>")
        .arg(n);
}

// ---- OpenDocument ----

const QString kOdfNs =
    QStringLiteral("xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                   "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
                   "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                   "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                   "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
                   "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
                   "xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                   "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" "
                   "xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" office:version=\"1.2\"");

// Paragraph content: runs of spaces as text:s, tabs and line breaks as elements.
QString odfText(const QString& text)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'\t') {
            out += QStringLiteral("<text:tab/>");
        } else if (c == u'\n') {
            out += QStringLiteral("<text:line-break/>");
        } else if (c == u' ' && (i == 0 || (i + 1 < text.size() && text[i + 1] == u' '))) {
            qsizetype n = 0;
            while (i < text.size() && text[i] == u' ') {
                ++n;
                ++i;
            }
            --i;
            out += n == 1 ? QStringLiteral("<text:s/>") : QStringLiteral("<text:s text:c=\"%1\"/>").arg(n);
        } else {
            out += esc(QString(c));
        }
    }
    return out;
}

QByteArray odfManifest(const QString& mediaType, bool pictures)
{
    QString entries = QStringLiteral("<manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" "
                                     "manifest:media-type=\"%1\"/>")
                          .arg(mediaType);
    for (const char* part : {"content.xml", "styles.xml", "meta.xml"})
        entries += QStringLiteral("<manifest:file-entry manifest:full-path=\"%1\" manifest:media-type=\"text/xml\"/>")
                       .arg(QLatin1String(part));
    if (pictures)
        entries += QStringLiteral("<manifest:file-entry manifest:full-path=\"Pictures/image1.png\" "
                                  "manifest:media-type=\"image/png\"/>");
    return xml(
        QStringLiteral("<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" "
                       "manifest:version=\"1.2\">%1</manifest:manifest>")
            .arg(entries));
}

QByteArray odfMeta(const QString& author, const QString& title)
{
    QString meta = QStringLiteral("<meta:generator>KI-Lotse Testdaten</meta:generator>");
    if (!author.isEmpty())
        meta += QStringLiteral("<meta:initial-creator>%1</meta:initial-creator><dc:creator>%1</dc:creator>")
                    .arg(esc(author));
    if (!title.isEmpty())
        meta += QStringLiteral("<dc:title>%1</dc:title>").arg(esc(title));
    return xml(QStringLiteral("<office:document-meta %1><office:meta>%2</office:meta></office:document-meta>")
                   .arg(kOdfNs, meta));
}

QByteArray odfStyles(const QString& header, const QString& footer)
{
    QString master;
    if (!header.isEmpty())
        master += QStringLiteral("<style:header><text:p>%1</text:p></style:header>").arg(odfText(header));
    if (!footer.isEmpty())
        master += QStringLiteral("<style:footer><text:p>%1</text:p></style:footer>").arg(odfText(footer));
    return xml(QStringLiteral("<office:document-styles %1><office:automatic-styles><style:page-layout "
                              "style:name=\"pm1\"><style:page-layout-properties fo:page-width=\"21cm\" "
                              "fo:page-height=\"29.7cm\"/></style:page-layout></office:automatic-styles>"
                              "<office:master-styles><style:master-page style:name=\"Standard\" "
                              "style:page-layout-name=\"pm1\">%2</style:master-page></office:master-styles>"
                              "</office:document-styles>")
                   .arg(kOdfNs, master));
}

QString odfAnnotation(const QString& text)
{
    return QStringLiteral("<office:annotation><dc:creator>%1</dc:creator><dc:date>2024-05-01T12:00:00</dc:date>"
                          "<text:p>%2</text:p></office:annotation>")
        .arg(esc(kReviewer), odfText(text));
}

} // namespace

QByteArray makeZip(const QList<ZipEntry>& entries)
{
    QByteArray out;
    {
        QBuffer buffer(&out);
        QuaZip zip(&buffer);
        zip.setUtf8Enabled(true);
        if (!zip.open(QuaZip::mdCreate))
            return {};
        for (const ZipEntry& e : entries) {
            QuaZipNewInfo info(e.name);
            info.dateTime = QDateTime(QDate(2024, 5, 1), QTime(12, 0));
            QuaZipFile file(&zip);
            if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, e.stored ? 0 : Z_DEFLATED,
                           e.stored ? 0 : Z_BEST_COMPRESSION))
                return {};
            file.write(e.data);
            file.close();
            if (file.getZipError() != ZIP_OK)
                return {};
        }
        zip.close();
        if (zip.getZipError() != ZIP_OK)
            return {};
    }
    return out;
}

QByteArray makeDocx(const WordDocument& d)
{
    QStringList paragraphs = d.paragraphs;
    if (paragraphs.isEmpty())
        paragraphs.append(QString());
    QString body;
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        QString content = wordRuns(paragraphs[i]);
        if (i == 0 && !d.comment.isEmpty())
            content = QStringLiteral("<w:commentRangeStart w:id=\"0\"/>%1<w:commentRangeEnd w:id=\"0\"/>"
                                     "<w:r><w:commentReference w:id=\"0\"/></w:r>")
                          .arg(content);
        if (i == 0 && !d.footnote.isEmpty())
            content += QStringLiteral("<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr>"
                                      "<w:footnoteReference w:id=\"1\"/></w:r>");
        if (i == paragraphs.size() - 1) {
            if (!d.insertedText.isEmpty())
                content +=
                    QStringLiteral("<w:ins w:id=\"10\" w:author=\"%1\" w:date=\"2024-05-01T12:00:00Z\">%2</w:ins>")
                        .arg(esc(kReviewer), wordRuns(d.insertedText));
            if (!d.deletedText.isEmpty())
                content +=
                    QStringLiteral("<w:del w:id=\"11\" w:author=\"%1\" w:date=\"2024-05-01T12:00:00Z\">%2</w:del>")
                        .arg(esc(kReviewer), wordRuns(d.deletedText, QStringLiteral("w:delText")));
        }
        body += QStringLiteral("<w:p>%1</w:p>").arg(content);
    }
    QString docRels;
    QString overrides = override(QStringLiteral("/word/document.xml"),
                                 QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml."
                                                "document.main+xml"));
    QList<ZipEntry> entries;
    QString sectPr;
    if (!d.header.isEmpty()) {
        docRels += rel(QStringLiteral("rIdH1"), kRelOffice + QStringLiteral("header"), QStringLiteral("header1.xml"));
        overrides +=
            override(QStringLiteral("/word/header1.xml"),
                     QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"));
        sectPr += QStringLiteral("<w:headerReference w:type=\"default\" r:id=\"rIdH1\"/>");
        entries.append({QStringLiteral("word/header1.xml"),
                        xml(QStringLiteral("<w:hdr %1>%2</w:hdr>").arg(kWNs, wordParagraph(d.header)))});
    }
    if (!d.footer.isEmpty()) {
        docRels += rel(QStringLiteral("rIdF1"), kRelOffice + QStringLiteral("footer"), QStringLiteral("footer1.xml"));
        overrides +=
            override(QStringLiteral("/word/footer1.xml"),
                     QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"));
        sectPr += QStringLiteral("<w:footerReference w:type=\"default\" r:id=\"rIdF1\"/>");
        entries.append({QStringLiteral("word/footer1.xml"),
                        xml(QStringLiteral("<w:ftr %1>%2</w:ftr>").arg(kWNs, wordParagraph(d.footer)))});
    }
    if (!d.footnote.isEmpty()) {
        docRels +=
            rel(QStringLiteral("rIdFn"), kRelOffice + QStringLiteral("footnotes"), QStringLiteral("footnotes.xml"));
        overrides += override(QStringLiteral("/word/footnotes.xml"),
                              QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml."
                                             "footnotes+xml"));
        entries.append(
            {QStringLiteral("word/footnotes.xml"),
             xml(QStringLiteral("<w:footnotes %1>"
                                "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p>"
                                "</w:footnote><w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r>"
                                "<w:continuationSeparator/></w:r></w:p></w:footnote>"
                                "<w:footnote w:id=\"1\"><w:p><w:r><w:rPr><w:vertAlign w:val=\"superscript\"/>"
                                "</w:rPr><w:footnoteRef/></w:r>%2</w:p></w:footnote></w:footnotes>")
                     .arg(kWNs, wordRuns(QStringLiteral(" ") + d.footnote)))});
    }
    if (!d.comment.isEmpty()) {
        docRels += rel(QStringLiteral("rIdC"), kRelOffice + QStringLiteral("comments"), QStringLiteral("comments.xml"));
        overrides += override(QStringLiteral("/word/comments.xml"),
                              QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml."
                                             "comments+xml"));
        entries.append({QStringLiteral("word/comments.xml"),
                        xml(QStringLiteral("<w:comments %1><w:comment w:id=\"0\" w:author=\"%2\" "
                                           "w:date=\"2024-05-01T12:00:00Z\" w:initials=\"SB\">%3</w:comment>"
                                           "</w:comments>")
                                .arg(kWNs, esc(kReviewer), wordParagraph(d.comment)))});
    }
    for (int i = 1; i <= d.images; ++i) {
        body += wordPicture(i);
        docRels += rel(QStringLiteral("rIdImg%1").arg(i), kRelOffice + QStringLiteral("image"),
                       QStringLiteral("media/image%1.png").arg(i));
        entries.append({QStringLiteral("word/media/image%1.png").arg(i), tinyPng()});
    }
    sectPr += QStringLiteral("<w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1417\" w:right=\"1417\" "
                             "w:bottom=\"1134\" w:left=\"1417\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/>");
    const QString document =
        QStringLiteral("<w:document %1 "
                       "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" "
                       "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                       "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                       "<w:body>%2<w:sectPr>%3</w:sectPr></w:body></w:document>")
            .arg(kWNs, body, sectPr);

    QList<ZipEntry> all{
        {QStringLiteral("[Content_Types].xml"), contentTypes(overrides)},
        {QStringLiteral("_rels/.rels"), packageRels(QStringLiteral("word/document.xml"))},
        {QStringLiteral("word/document.xml"), xml(document)},
        {QStringLiteral("word/_rels/document.xml.rels"), xml(relationships(docRels))},
    };
    all += entries;
    all.append({QStringLiteral("docProps/core.xml"), coreProperties(d.author, d.title)});
    all.append({QStringLiteral("docProps/app.xml"), appProperties()});
    return makeZip(all);
}

QByteArray makeOdt(const WordDocument& d)
{
    QStringList paragraphs = d.paragraphs;
    if (paragraphs.isEmpty())
        paragraphs.append(QString());
    QString changes;
    const QString changeInfo = QStringLiteral("<office:change-info><dc:creator>%1</dc:creator>"
                                              "<dc:date>2024-05-01T12:00:00</dc:date></office:change-info>")
                                   .arg(esc(kReviewer));
    if (!d.deletedText.isEmpty())
        changes += QStringLiteral("<text:changed-region text:id=\"ct1\"><text:deletion>%1<text:p>%2</text:p>"
                                  "</text:deletion></text:changed-region>")
                       .arg(changeInfo, odfText(d.deletedText));
    if (!d.insertedText.isEmpty())
        changes += QStringLiteral("<text:changed-region text:id=\"ct2\"><text:insertion>%1</text:insertion>"
                                  "</text:changed-region>")
                       .arg(changeInfo);
    QString body;
    if (!changes.isEmpty())
        body += QStringLiteral("<text:tracked-changes>%1</text:tracked-changes>").arg(changes);
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        QString content = odfText(paragraphs[i]);
        if (i == 0 && !d.comment.isEmpty())
            content = odfAnnotation(d.comment) + content;
        if (i == 0 && !d.footnote.isEmpty())
            content += QStringLiteral("<text:note text:id=\"ftn1\" text:note-class=\"footnote\"><text:note-citation>1"
                                      "</text:note-citation><text:note-body><text:p>%1</text:p></text:note-body>"
                                      "</text:note>")
                           .arg(odfText(d.footnote));
        if (i == paragraphs.size() - 1) {
            if (!d.insertedText.isEmpty())
                content += QStringLiteral("<text:change-start text:change-id=\"ct2\"/>%1"
                                          "<text:change-end text:change-id=\"ct2\"/>")
                               .arg(odfText(d.insertedText));
            if (!d.deletedText.isEmpty())
                content += QStringLiteral("<text:change text:change-id=\"ct1\"/>");
        }
        body += QStringLiteral("<text:p>%1</text:p>").arg(content);
    }
    QList<ZipEntry> pictures;
    for (int i = 1; i <= d.images; ++i)
        body += QStringLiteral("<text:p><draw:frame draw:name=\"Bild%1\" text:anchor-type=\"as-char\" "
                               "svg:width=\"2cm\" svg:height=\"2cm\"><draw:image xlink:href=\"Pictures/image1.png\" "
                               "xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/></draw:frame>"
                               "</text:p>")
                    .arg(i);
    if (d.images > 0)
        pictures.append({QStringLiteral("Pictures/image1.png"), tinyPng()});
    const QString mediaType = QStringLiteral("application/vnd.oasis.opendocument.text");
    QList<ZipEntry> all{
        {QStringLiteral("mimetype"), mediaType.toUtf8(), true},
        {QStringLiteral("META-INF/manifest.xml"), odfManifest(mediaType, d.images > 0)},
        {QStringLiteral("content.xml"),
         xml(QStringLiteral("<office:document-content %1><office:body><office:text>%2</office:text></office:body>"
                            "</office:document-content>")
                 .arg(kOdfNs, body))},
        {QStringLiteral("styles.xml"), odfStyles(d.header, d.footer)},
        {QStringLiteral("meta.xml"), odfMeta(d.author, d.title)},
    };
    all += pictures;
    return makeZip(all);
}

QByteArray makeXlsx(const Workbook& w)
{
    const QString mainNs = QStringLiteral("xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                          "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                                          "relationships\"");
    QStringList shared;
    QHash<QString, int> sharedIndex;
    QString sheetsXml;
    QString workbookRels;
    QString overrides = override(QStringLiteral("/xl/workbook.xml"),
                                 QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet."
                                                "main+xml")) +
                        override(QStringLiteral("/xl/styles.xml"),
                                 QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml."
                                                "styles+xml"));
    QList<ZipEntry> parts;
    int commentParts = 0;
    for (qsizetype s = 0; s < w.sheets.size(); ++s) {
        const Sheet& sheet = w.sheets[s];
        const int n = int(s + 1);
        sheetsXml += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"/>").arg(esc(sheet.name)).arg(n);
        workbookRels += rel(QStringLiteral("rId%1").arg(n), kRelOffice + QStringLiteral("worksheet"),
                            QStringLiteral("worksheets/sheet%1.xml").arg(n));
        overrides += override(QStringLiteral("/xl/worksheets/sheet%1.xml").arg(n),
                              QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml."
                                             "worksheet+xml"));
        QString data;
        for (qsizetype r = 0; r < sheet.rows.size(); ++r) {
            QString cells;
            const QStringList& row = sheet.rows[r];
            for (qsizetype c = 0; c < row.size(); ++c) {
                const QString& value = row[c];
                if (value.isEmpty())
                    continue;
                const QString ref = columnName(int(c)) + QString::number(r + 1);
                if (isNumber(value)) {
                    cells += QStringLiteral("<c r=\"%1\"><v>%2</v></c>").arg(ref, value);
                } else if (w.inlineStrings) {
                    cells += QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">%2</t></is></c>")
                                 .arg(ref, esc(value));
                } else {
                    auto it = sharedIndex.find(value);
                    if (it == sharedIndex.end()) {
                        it = sharedIndex.insert(value, int(shared.size()));
                        shared.append(value);
                    }
                    cells += QStringLiteral("<c r=\"%1\" t=\"s\"><v>%2</v></c>").arg(ref).arg(*it);
                }
            }
            data += QStringLiteral("<row r=\"%1\">%2</row>").arg(r + 1).arg(cells);
        }
        parts.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(n),
                      xml(QStringLiteral("<worksheet %1><sheetData>%2</sheetData></worksheet>").arg(mainNs, data))});
        if (!sheet.comments.isEmpty()) {
            const int c = ++commentParts;
            QString list;
            for (const auto& [ref, text] : sheet.comments)
                list += QStringLiteral("<comment ref=\"%1\" authorId=\"0\"><text><r><t xml:space=\"preserve\">%2</t>"
                                       "</r></text></comment>")
                            .arg(ref, esc(text));
            parts.append({QStringLiteral("xl/comments%1.xml").arg(c),
                          xml(QStringLiteral("<comments %1><authors><author>%2</author></authors><commentList>%3"
                                             "</commentList></comments>")
                                  .arg(mainNs, esc(kReviewer), list))});
            parts.append({QStringLiteral("xl/worksheets/_rels/sheet%1.xml.rels").arg(n),
                          xml(relationships(rel(QStringLiteral("rId1"), kRelOffice + QStringLiteral("comments"),
                                                QStringLiteral("../comments%1.xml").arg(c))))});
            overrides += override(QStringLiteral("/xl/comments%1.xml").arg(c),
                                  QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml."
                                                 "comments+xml"));
        }
    }
    workbookRels +=
        rel(QStringLiteral("rIdStyles"), kRelOffice + QStringLiteral("styles"), QStringLiteral("styles.xml"));
    if (!shared.isEmpty()) {
        workbookRels += rel(QStringLiteral("rIdShared"), kRelOffice + QStringLiteral("sharedStrings"),
                            QStringLiteral("sharedStrings.xml"));
        overrides += override(QStringLiteral("/xl/sharedStrings.xml"),
                              QStringLiteral("application/vnd.openxmlformats-officedocument.spreadsheetml."
                                             "sharedStrings+xml"));
        QString si;
        for (const QString& s : shared)
            si += QStringLiteral("<si><t xml:space=\"preserve\">%1</t></si>").arg(esc(s));
        parts.append({QStringLiteral("xl/sharedStrings.xml"),
                      xml(QStringLiteral("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                                         "count=\"%1\" uniqueCount=\"%1\">%2</sst>")
                              .arg(shared.size())
                              .arg(si))});
    }
    const QString styles = QStringLiteral(
        "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><fonts count=\"1\"><font>"
        "<sz val=\"11\"/><name val=\"Calibri\"/></font></fonts><fills count=\"2\"><fill><patternFill "
        "patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills><borders "
        "count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count=\"1\">"
        "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"1\"><xf "
        "numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs></styleSheet>");
    QList<ZipEntry> all{
        {QStringLiteral("[Content_Types].xml"), contentTypes(overrides)},
        {QStringLiteral("_rels/.rels"), packageRels(QStringLiteral("xl/workbook.xml"))},
        {QStringLiteral("xl/workbook.xml"),
         xml(QStringLiteral("<workbook %1><sheets>%2</sheets></workbook>").arg(mainNs, sheetsXml))},
        {QStringLiteral("xl/_rels/workbook.xml.rels"), xml(relationships(workbookRels))},
        {QStringLiteral("xl/styles.xml"), xml(styles)},
    };
    all += parts;
    all.append({QStringLiteral("docProps/core.xml"), coreProperties(w.author, QString())});
    all.append({QStringLiteral("docProps/app.xml"), appProperties()});
    return makeZip(all);
}

QByteArray makeOds(const Workbook& w)
{
    QString tables;
    for (const Sheet& sheet : w.sheets) {
        QHash<QPair<int, int>, QString> comments;
        int rows = int(sheet.rows.size());
        int columns = 1;
        for (const QStringList& row : sheet.rows)
            columns = std::max(columns, int(row.size()));
        for (const auto& [ref, text] : sheet.comments) {
            const QPair<int, int> at = parseRef(ref);
            comments.insert(at, text);
            rows = std::max(rows, at.second + 1);
            columns = std::max(columns, at.first + 1);
        }
        QString rowsXml;
        for (int r = 0; r < rows; ++r) {
            const QStringList row = r < sheet.rows.size() ? sheet.rows[r] : QStringList();
            QString cells;
            for (int c = 0; c < columns; ++c) {
                const QString value = c < row.size() ? row[c] : QString();
                const QString annotation =
                    comments.contains({c, r}) ? odfAnnotation(comments.value({c, r})) : QString();
                if (value.isEmpty() && annotation.isEmpty())
                    cells += QStringLiteral("<table:table-cell/>");
                else if (value.isEmpty())
                    cells += QStringLiteral("<table:table-cell>%1</table:table-cell>").arg(annotation);
                else if (isNumber(value))
                    cells += QStringLiteral("<table:table-cell office:value-type=\"float\" office:value=\"%1\">%2"
                                            "<text:p>%1</text:p></table:table-cell>")
                                 .arg(value, annotation);
                else
                    cells += QStringLiteral("<table:table-cell office:value-type=\"string\">%1<text:p>%2</text:p>"
                                            "</table:table-cell>")
                                 .arg(annotation, odfText(value));
            }
            rowsXml += QStringLiteral("<table:table-row>%1</table:table-row>").arg(cells);
        }
        tables += QStringLiteral("<table:table table:name=\"%1\"><table:table-column "
                                 "table:number-columns-repeated=\"%2\"/>%3</table:table>")
                      .arg(esc(sheet.name))
                      .arg(columns)
                      .arg(rowsXml);
    }
    const QString mediaType = QStringLiteral("application/vnd.oasis.opendocument.spreadsheet");
    return makeZip({
        {QStringLiteral("mimetype"), mediaType.toUtf8(), true},
        {QStringLiteral("META-INF/manifest.xml"), odfManifest(mediaType, false)},
        {QStringLiteral("content.xml"),
         xml(QStringLiteral("<office:document-content %1><office:body><office:spreadsheet>%2</office:spreadsheet>"
                            "</office:body></office:document-content>")
                 .arg(kOdfNs, tables))},
        {QStringLiteral("styles.xml"), odfStyles(QString(), QString())},
        {QStringLiteral("meta.xml"), odfMeta(w.author, QString())},
    });
}

} // namespace kilotse::test
