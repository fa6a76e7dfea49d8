#pragma once

// Real files of every document format, built in the test itself (no binary fixtures): the
// readers are tested on what Word, Excel, LibreOffice, PDF writers and mail programs produce,
// in the parts that matter for them. Shared by the unit tests, the GUI tests, the screenshot tour
// and the benchmark's file maker (tests/bench/DocFixture.cpp).

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace kilotse::test {

// ---- PDF (tests/unit/PdfFixture.cpp) ----
struct PdfOptions
{
    bool compress = true;   // content streams FlateDecode-compressed (raw bytes never hold the text)
    bool unicode = false;   // text through a Type0/Identity-H font with a ToUnicode map (any character)
    int imageOnlyPages = 0; // extra pages at the end that are only an image (a scan)
};
// One page per entry; lines of a page separated by '\n'.
QByteArray makePdf(const QStringList& pages, const PdfOptions& options = {});
// A password-protected PDF (standard security handler); the user password is "geheim".
QByteArray makeEncryptedPdf(const QStringList& pages);

// ---- e-mail (tests/unit/MailFixture.cpp) ----
struct MailAttachment
{
    QString fileName;
    QString contentType; // "application/pdf", "text/plain; charset=utf-8" …
    QByteArray data;
    QString transferEncoding = QStringLiteral("base64"); // "base64", "quoted-printable", "8bit"
};
struct Mail
{
    QString from = QStringLiteral("Erika Mustermann <erika.mustermann@example.org>");
    QString to = QStringLiteral("Bürgerbüro <buergerbuero@musterstadt.example>");
    QString subject = QStringLiteral("Antrag");
    QString body;                                    // text/plain
    QString bodyEncoding = QStringLiteral("base64"); // "base64", "quoted-printable", "8bit"
    QString htmlBody;                                // optional text/html alternative
    QList<MailAttachment> attachments;
};
QByteArray makeMail(const Mail& mail);

// ---- ZIP-based formats (tests/unit/ZipFixtures.cpp) ----
struct ZipEntry
{
    QString name;
    QByteArray data;
    bool stored = false; // no compression (ODF's "mimetype" entry)
};
QByteArray makeZip(const QList<ZipEntry>& entries);

struct WordDocument
{
    QStringList paragraphs;
    QString header;
    QString footer;
    QString footnote;
    QString comment;      // a comment on the first paragraph
    QString insertedText; // tracked insertion
    QString deletedText;  // tracked deletion
    QString author;       // document property creator / initial-creator
    QString title;
    int images = 0; // pictures in the body
};
QByteArray makeDocx(const WordDocument& document);
QByteArray makeOdt(const WordDocument& document);

struct Sheet
{
    QString name;
    QList<QStringList> rows;                 // from A1; a cell that parses as a number is written as a number
    QList<QPair<QString, QString>> comments; // cell ("B2") → comment text
};
struct Workbook
{
    QList<Sheet> sheets;
    bool inlineStrings = false; // XLSX: strings inline instead of in sharedStrings.xml
    QString author;
};
QByteArray makeXlsx(const Workbook& workbook);
QByteArray makeOds(const Workbook& workbook);

} // namespace kilotse::test
