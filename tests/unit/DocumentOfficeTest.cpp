// The ZIP-based readers (DOCX, XLSX, ODT, ODS) through extractDocument, on files built in the test
// (ZipFixtures.cpp) and on hostile archives built byte by byte here (bombs that lie in their
// headers, encrypted entries, CRC errors, DTDs, deep nesting, repeats of a million rows).

#include "DocumentFixtures.h"
#include "documents/Document.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <catch2/catch.hpp>

#include <atomic>
#include <zlib.h>

using namespace kilotse;
using namespace kilotse::documents;
using kilotse::test::makeDocx;
using kilotse::test::makeOds;
using kilotse::test::makeOdt;
using kilotse::test::makeXlsx;
using kilotse::test::makeZip;
using kilotse::test::Sheet;
using kilotse::test::WordDocument;
using kilotse::test::Workbook;
using kilotse::test::ZipEntry;

namespace {

QList<Segment> segmentsWith(const Document& document, const QString& needle)
{
    QList<Segment> out;
    for (const Segment& s : document.segments)
        if (document.text.mid(s.start, s.length).contains(needle))
            out.append(s);
    return out;
}

// The place of the one segment holding `needle`.
Place placeOf(const Document& document, const QString& needle)
{
    const QList<Segment> found = segmentsWith(document, needle);
    INFO("looking for " << needle.toStdString() << " in: " << document.text.toStdString());
    REQUIRE(found.size() == 1);
    return found.first().place;
}

// The places of all segments holding `needle`.
QList<Place> placesOf(const Document& document, const QString& needle)
{
    QList<Place> places;
    for (const Segment& s : segmentsWith(document, needle))
        places.append(s.place);
    return places;
}

bool hasPlace(const QList<Place>& places, Place::Kind kind, const QString& name = QString())
{
    return std::any_of(places.cbegin(), places.cend(),
                       [&](const Place& p) { return p.kind == kind && (name.isEmpty() || p.name == name); });
}

const Unread* unreadOf(const Document& document, Unread::Kind kind)
{
    for (const Unread& u : document.unread)
        if (u.kind == kind)
            return &u;
    return nullptr;
}

Document extracted(const QByteArray& bytes, const QString& name, const ExtractOptions& options = {})
{
    const ExtractResult r = extractDocument(bytes, name, options);
    INFO(problemId(r.problem).toStdString() << ": " << r.message.toStdString());
    REQUIRE(r.problem == Problem::None);
    REQUIRE(r.document);
    return *r.document;
}

// ---- ZIP archives byte by byte: sizes, CRCs and flags exactly as given (lies included) ----

struct RawEntry
{
    QByteArray name;
    QByteArray data; // as it is in the archive (deflated for method 8)
    quint16 method = 8;
    quint32 crc = 0;
    quint32 compressedSize = 0;
    quint32 uncompressedSize = 0;
    quint16 flags = 0;
};

void put16(QByteArray& out, quint32 v)
{
    out.append(char(v & 0xff));
    out.append(char((v >> 8) & 0xff));
}

void put32(QByteArray& out, quint32 v)
{
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

QByteArray rawZip(const QList<RawEntry>& entries)
{
    QByteArray out;
    QByteArray central;
    for (const RawEntry& e : entries) {
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, e.flags);
        put16(out, e.method);
        put16(out, 0);      // time
        put16(out, 0x58a1); // date 2024-05-01
        put32(out, e.crc);
        put32(out, e.compressedSize);
        put32(out, e.uncompressedSize);
        put16(out, quint32(e.name.size()));
        put16(out, 0);
        out += e.name;
        out += e.data;

        put32(central, 0x02014b50);
        put16(central, 20);
        put16(central, 20);
        put16(central, e.flags);
        put16(central, e.method);
        put16(central, 0);
        put16(central, 0x58a1);
        put32(central, e.crc);
        put32(central, e.compressedSize);
        put32(central, e.uncompressedSize);
        put16(central, quint32(e.name.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, 0); // external attributes
        put32(central, offset);
        central += e.name;
    }
    const quint32 centralOffset = quint32(out.size());
    out += central;
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(entries.size()));
    put16(out, quint32(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

QByteArray rawDeflate(const QByteArray& data, int flush = Z_FINISH)
{
    z_stream z{};
    REQUIRE(deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY) == Z_OK);
    QByteArray out(int(deflateBound(&z, uLong(data.size())) + 64), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, flush);
    REQUIRE((rc == Z_STREAM_END || rc == Z_OK));
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

RawEntry deflated(const QByteArray& name, const QByteArray& data)
{
    RawEntry e;
    e.name = name;
    e.data = rawDeflate(data);
    e.crc = quint32(crc32(0, reinterpret_cast<const Bytef*>(data.constData()), uInt(data.size())));
    e.compressedSize = quint32(e.data.size());
    e.uncompressedSize = quint32(data.size());
    return e;
}

// `megabytes` MiB of zeros as one deflate stream (about 1 KB per MiB), made without deflating
// them all: a 1 MiB block that references nothing before it, repeated, then an empty final block.
RawEntry zeroBomb(const QByteArray& name, int megabytes)
{
    const QByteArray mib(1024 * 1024, '\0');
    const QByteArray block = rawDeflate(mib, Z_FULL_FLUSH);
    RawEntry e;
    e.name = name;
    e.data.reserve(block.size() * megabytes + 2);
    for (int i = 0; i < megabytes; ++i)
        e.data += block;
    e.data += QByteArray("\x03\x00", 2); // final empty block (fixed Huffman)
    const uLong crcMib = crc32(0, reinterpret_cast<const Bytef*>(mib.constData()), uInt(mib.size()));
    uLong crc = 0;
    for (int i = 0; i < megabytes; ++i)
        crc = crc32_combine(crc, crcMib, z_off_t(mib.size()));
    e.crc = quint32(crc);
    e.compressedSize = quint32(e.data.size());
    e.uncompressedSize = quint32(qint64(megabytes) * mib.size());
    return e;
}

const QByteArray kWordTypes =
    "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
    "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
const QByteArray kWordRels =
    "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
    "officeDocument\" Target=\"word/document.xml\"/></Relationships>";

QByteArray wordXml(const QByteArray& body)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document "
           "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
           body + "</w:body></w:document>";
}

// A DOCX whose word/document.xml is `document` (any bytes).
QByteArray docxWith(const QByteArray& document)
{
    return makeZip({{QStringLiteral("[Content_Types].xml"), kWordTypes},
                    {QStringLiteral("_rels/.rels"), kWordRels},
                    {QStringLiteral("word/document.xml"), document}});
}

QByteArray odsWith(const QByteArray& tables)
{
    const QByteArray content =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
        "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
        "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
        "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" office:version=\"1.2\"><office:body><office:spreadsheet>" +
        tables + "</office:spreadsheet></office:body></office:document-content>";
    return makeZip({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.spreadsheet", true},
                    {QStringLiteral("content.xml"), content}});
}

const QString kCanary = QStringLiteral("Kanarienvogel-7Q4Z");

} // namespace

TEST_CASE("office_docxTextOfEveryKindIsFoundWithItsPlace", "[documents][office]")
{
    WordDocument d;
    d.paragraphs = {QStringLiteral("Antrag auf Wohngeld von ") + kCanary, QStringLiteral("Spalte\tZwei\nZeile zwei"),
                    QStringLiteral("Letzter Absatz")};
    d.header = QStringLiteral("Kopf Bürgerbüro Musterstadt");
    d.footer = QStringLiteral("Fuß Seite eins");
    d.footnote = QStringLiteral("Fußnote mit Aktenzeichen 4711");
    d.comment = QStringLiteral("Kommentar: Anruf bei Frau Beispiel");
    d.insertedText = QStringLiteral("eingefügt DE89370400440532013000");
    d.deletedText = QStringLiteral("gelöscht Max Mustermann");
    d.author = QStringLiteral("Erika Mustermann");
    d.title = QStringLiteral("Titel Wohngeldantrag");
    const QByteArray bytes = makeDocx(d);
    REQUIRE(detectFormat(bytes, QStringLiteral("a.docx")) == Format::Docx);
    // Compressed: the raw bytes never hold the text.
    CHECK_FALSE(bytes.contains(kCanary.toUtf8()));
    CHECK_FALSE(bytes.contains("Aktenzeichen"));

    const Document doc = extracted(bytes, QStringLiteral("antrag.docx"));
    CHECK(doc.format == Format::Docx);
    CHECK(placeOf(doc, kCanary).kind == Place::Kind::Body);
    CHECK(placeOf(doc, QStringLiteral("Letzter Absatz")).kind == Place::Kind::Body);
    CHECK(doc.text.contains(QStringLiteral("Spalte\tZwei\nZeile zwei")));
    const Place header = placeOf(doc, QStringLiteral("Kopf Bürgerbüro"));
    CHECK(header.kind == Place::Kind::Header);
    CHECK(header.name == QStringLiteral("header1.xml"));
    CHECK(placeOf(doc, QStringLiteral("Fuß Seite")).kind == Place::Kind::Footer);
    CHECK(placeOf(doc, QStringLiteral("Aktenzeichen 4711")).kind == Place::Kind::Footnote);
    CHECK(placeOf(doc, QStringLiteral("Anruf bei Frau Beispiel")).kind == Place::Kind::Comment);
    CHECK(placeOf(doc, QStringLiteral("DE89370400440532013000")).kind == Place::Kind::TrackedChange);
    CHECK(placeOf(doc, QStringLiteral("Max Mustermann")).kind == Place::Kind::TrackedChange);
    CHECK(placeText(placeOf(doc, QStringLiteral("Max Mustermann"))).size() > 0);
    const QList<Place> author = placesOf(doc, QStringLiteral("Erika Mustermann"));
    CHECK(hasPlace(author, Place::Kind::Property, QStringLiteral("creator")));
    CHECK(hasPlace(author, Place::Kind::Property, QStringLiteral("lastModifiedBy")));
    CHECK(placeOf(doc, QStringLiteral("Titel Wohngeldantrag")).name == QStringLiteral("title"));
    // The reviewer's name (comment and tracked change author) is text too.
    const QList<Place> reviewer = placesOf(doc, QStringLiteral("Sachbearbeitung"));
    CHECK(hasPlace(reviewer, Place::Kind::Comment));
    CHECK(hasPlace(reviewer, Place::Kind::TrackedChange));
    // The footnote separators hold no text; nothing but what was written comes out.
    CHECK(segmentsWith(doc, QStringLiteral("Fußnote")).size() == 1);
    CHECK(doc.unread.isEmpty());
    // Segments are sorted and inside the text.
    for (qsizetype i = 0; i < doc.segments.size(); ++i) {
        CHECK(doc.segments[i].start + doc.segments[i].length <= doc.text.size());
        if (i > 0)
            CHECK(doc.segments[i].start >= doc.segments[i - 1].start + doc.segments[i - 1].length);
    }
}

TEST_CASE("office_docxPicturesAndEmbeddedObjectsAreListedAsUnread", "[documents][office]")
{
    WordDocument d;
    d.paragraphs = {QStringLiteral("Mit Bildern")};
    d.images = 2;
    const Document doc = extracted(makeDocx(d), QStringLiteral("bilder.docx"));
    const Unread* images = unreadOf(doc, Unread::Kind::Images);
    REQUIRE(images);
    CHECK(images->count == 2);
    CHECK(unreadOf(doc, Unread::Kind::Embedded) == nullptr);

    // An embedded object (an OLE part) is listed too.
    const QByteArray withObject =
        makeZip({{QStringLiteral("[Content_Types].xml"), kWordTypes},
                 {QStringLiteral("_rels/.rels"), kWordRels},
                 {QStringLiteral("word/document.xml"), wordXml("<w:p><w:r><w:t>Text</w:t></w:r></w:p>")},
                 {QStringLiteral("word/embeddings/oleObject1.bin"), "OLE"}});
    const Document object = extracted(withObject, QStringLiteral("ole.docx"));
    REQUIRE(unreadOf(object, Unread::Kind::Embedded));
    CHECK(unreadOf(object, Unread::Kind::Embedded)->count == 1);
    CHECK(unreadOf(object, Unread::Kind::Images) == nullptr);
}

TEST_CASE("office_docxTabStopsTextBoxFallbacksAndFieldCodesAreNotText", "[documents][office]")
{
    // Tab stop definitions in w:pPr are no tabs; mc:Fallback repeats mc:Choice; field codes are
    // instructions, not text.
    const QByteArray document = wordXml(
        "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr><w:r><w:t>Eins</w:t></w:r></w:p>"
        "<w:p xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:r><mc:AlternateContent>"
        "<mc:Choice Requires=\"wps\"><w:drawing><w:txbxContent><w:p><w:r><w:t>Textfeld</w:t></w:r></w:p>"
        "</w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Textfeld</w:t>"
        "</w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
        "<w:p><w:r><w:instrText> HYPERLINK \"geheim\" </w:instrText></w:r><w:r><w:t>Verweis</w:t></w:r></w:p>");
    const Document doc = extracted(docxWith(document), QStringLiteral("x.docx"));
    CHECK(placeOf(doc, QStringLiteral("Eins")).kind == Place::Kind::Body);
    CHECK(doc.text.startsWith(QStringLiteral("Eins\n")));
    CHECK(segmentsWith(doc, QStringLiteral("Textfeld")).size() == 1);
    CHECK_FALSE(doc.text.contains(QStringLiteral("geheim")));
    CHECK(doc.text.contains(QStringLiteral("Verweis")));
}

TEST_CASE("office_docxWithoutItsMainPartIsCorrupt", "[documents][office]")
{
    // The package relationships point to word/document.xml (stored, so the format is detected),
    // but the part is missing.
    const QByteArray bytes = makeZip({{QStringLiteral("[Content_Types].xml"), kWordTypes},
                                      {QStringLiteral("_rels/.rels"), kWordRels, true},
                                      {QStringLiteral("word/styles.xml"), "<w:styles/>"}});
    REQUIRE(detectFormat(bytes, QStringLiteral("x.docx")) == Format::Docx);
    const ExtractResult r = extractDocument(bytes, QStringLiteral("x.docx"));
    CHECK(r.problem == Problem::Corrupt);
    CHECK(r.message.contains(QStringLiteral("word/document.xml")));
    CHECK_FALSE(r.document);
}

TEST_CASE("office_xlsxCellsSheetNamesCommentsAndProperties", "[documents][office]")
{
    Workbook w;
    w.author = QStringLiteral("Erika Mustermann");
    Sheet donors;
    donors.name = QStringLiteral("Spender 2024");
    donors.rows = {{QStringLiteral("Name"), QStringLiteral("Betrag")},
                   {QStringLiteral("Max Mustermann"), QStringLiteral("250.50")},
                   {},
                   {QStringLiteral("Anna Beispiel"), QStringLiteral("100")}};
    for (int i = 0; i < 2; ++i)
        donors.rows.append(QStringList());
    donors.rows.append({QString(), kCanary}); // B7
    donors.comments = {{QStringLiteral("A2"), QStringLiteral("Spendenquittung an Max Mustermann geschickt")}};
    Sheet second;
    second.name = QStringLiteral("Notizen");
    second.rows = {{QStringLiteral("Max Mustermann")}}; // the same string again: one shared string
    w.sheets = {donors, second};

    for (const bool inlineStrings : {false, true}) {
        DYNAMIC_SECTION((inlineStrings ? "inline strings" : "shared strings"))
        {
            w.inlineStrings = inlineStrings;
            const QByteArray bytes = makeXlsx(w);
            REQUIRE(detectFormat(bytes, QStringLiteral("a.xlsx")) == Format::Xlsx);
            CHECK_FALSE(bytes.contains(kCanary.toUtf8()));
            const Document doc = extracted(bytes, QStringLiteral("spender.xlsx"));
            CHECK(doc.format == Format::Xlsx);
            CHECK(doc.sheets == 2);
            const Place canary = placeOf(doc, kCanary);
            CHECK(canary.kind == Place::Kind::Cell);
            CHECK(canary.sheet == QStringLiteral("Spender 2024"));
            CHECK(canary.cell == QStringLiteral("B7"));
            const Place number = placeOf(doc, QStringLiteral("250.50"));
            CHECK(number.kind == Place::Kind::Cell);
            CHECK(number.cell == QStringLiteral("B2"));
            const QList<Place> max = placesOf(doc, QStringLiteral("Max Mustermann"));
            REQUIRE(max.size() == 3);
            CHECK(max[0].kind == Place::Kind::Cell);
            CHECK(max[0].cell == QStringLiteral("A2"));
            CHECK(max[1].kind == Place::Kind::Comment);
            CHECK(max[1].sheet == QStringLiteral("Spender 2024"));
            CHECK(max[1].cell == QStringLiteral("A2"));
            CHECK(max[2].kind == Place::Kind::Cell);
            CHECK(max[2].sheet == QStringLiteral("Notizen"));
            CHECK(max[2].cell == QStringLiteral("A1"));
            const Place sheetName = placeOf(doc, QStringLiteral("Spender 2024"));
            CHECK(sheetName.kind == Place::Kind::SheetName);
            CHECK(placeOf(doc, QStringLiteral("Notizen")).kind == Place::Kind::SheetName);
            CHECK(hasPlace(placesOf(doc, QStringLiteral("Erika Mustermann")), Place::Kind::Property,
                           QStringLiteral("creator")));
            // Cells of a row by tabs, rows by line breaks.
            CHECK(doc.text.contains(QStringLiteral("Name\tBetrag\nMax Mustermann\t250.50")));
        }
    }
}

TEST_CASE("office_xlsxCellTypesAndAddressesWithoutReferences", "[documents][office]")
{
    const QByteArray workbook =
        "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        "<sheet name=\"Daten\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const QByteArray rels =
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "worksheet\" Target=\"/xl/worksheets/daten.xml\"/></Relationships>";
    const QByteArray sheet =
        "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData><row r=\"3\"><c t=\"b\"><v>1</v></c><c t=\"inlineStr\"><is><r><t>Rich</t></r><r><t>Text</t></r>"
        "<rPh><t>PHONETISCH</t></rPh></is></c><c t=\"str\"><f>A1&amp;\"x\"</f><v>Formelwert</v></c>"
        "<c r=\"F3\" t=\"e\"><v>#DIV/0!</v></c><c><v>3.14</v></c></row></sheetData></worksheet>";
    const QByteArray bytes = makeZip({{QStringLiteral("xl/workbook.xml"), workbook},
                                      {QStringLiteral("xl/_rels/workbook.xml.rels"), rels},
                                      {QStringLiteral("xl/worksheets/daten.xml"), sheet}});
    const Document doc = extracted(bytes, QStringLiteral("x.xlsx"));
    CHECK(placeOf(doc, QStringLiteral("TRUE")).cell == QStringLiteral("A3"));
    CHECK(placeOf(doc, QStringLiteral("RichText")).cell == QStringLiteral("B3"));
    CHECK_FALSE(doc.text.contains(QStringLiteral("PHONETISCH")));
    CHECK_FALSE(doc.text.contains(QStringLiteral("A1&")));
    CHECK(placeOf(doc, QStringLiteral("Formelwert")).cell == QStringLiteral("C3"));
    CHECK(placeOf(doc, QStringLiteral("#DIV/0!")).cell == QStringLiteral("F3"));
    CHECK(placeOf(doc, QStringLiteral("3.14")).cell == QStringLiteral("G3"));
}

TEST_CASE("office_xlsxOf5000RowsIsExtractedWhole", "[documents][office]")
{
    Sheet sheet;
    sheet.name = QStringLiteral("Spender");
    sheet.rows.append({QStringLiteral("Nr"), QStringLiteral("Name"), QStringLiteral("Straße"), QStringLiteral("Ort"),
                       QStringLiteral("IBAN"), QStringLiteral("Betrag")});
    for (int i = 1; i < 5000; ++i)
        sheet.rows.append({QString::number(i), QStringLiteral("Person %1 Beispiel").arg(i),
                           QStringLiteral("Musterweg %1").arg(i % 200), QStringLiteral("Musterstadt"),
                           QStringLiteral("DE89 3704 0044 0532 %1 00").arg(i, 4, 10, QLatin1Char('0')),
                           QStringLiteral("%1.50").arg(i % 500)});
    Workbook w;
    w.sheets = {sheet};
    const QByteArray bytes = makeXlsx(w);
    // The time is measured by tests/bench/documents.sh (whole process, <= 1 s), not here: a timed
    // unit test fails on a loaded machine and under sanitizers.
    const Document doc = extracted(bytes, QStringLiteral("spender.xlsx"));
    CHECK(doc.segments.size() == 1 + 5000 * 6);
    CHECK(placeOf(doc, QStringLiteral("Person 4999 Beispiel")).cell == QStringLiteral("B5000"));
}

TEST_CASE("office_odtTextOfEveryKindIsFoundWithItsPlace", "[documents][office]")
{
    WordDocument d;
    d.paragraphs = {QStringLiteral("Antrag von ") + kCanary, QStringLiteral("Zwei  Leerzeichen\tTab"),
                    QStringLiteral("Letzter Absatz")};
    d.header = QStringLiteral("Kopf Bürgerbüro Musterstadt");
    d.footer = QStringLiteral("Fuß Seite eins");
    d.footnote = QStringLiteral("Fußnote mit Aktenzeichen 4711");
    d.comment = QStringLiteral("Kommentar: Anruf bei Frau Beispiel");
    d.insertedText = QStringLiteral("eingefügt DE89370400440532013000");
    d.deletedText = QStringLiteral("gelöscht Max Mustermann");
    d.author = QStringLiteral("Erika Mustermann");
    d.title = QStringLiteral("Titel Wohngeldantrag");
    d.images = 1;
    const QByteArray bytes = makeOdt(d);
    REQUIRE(detectFormat(bytes, QStringLiteral("a.odt")) == Format::Odt);
    CHECK_FALSE(bytes.contains(kCanary.toUtf8()));

    const Document doc = extracted(bytes, QStringLiteral("antrag.odt"));
    CHECK(doc.format == Format::Odt);
    CHECK(placeOf(doc, kCanary).kind == Place::Kind::Body);
    CHECK(doc.text.contains(QStringLiteral("Zwei  Leerzeichen\tTab")));
    CHECK(placeOf(doc, QStringLiteral("Kopf Bürgerbüro")).kind == Place::Kind::Header);
    CHECK(placeOf(doc, QStringLiteral("Fuß Seite")).kind == Place::Kind::Footer);
    CHECK(placeOf(doc, QStringLiteral("Aktenzeichen 4711")).kind == Place::Kind::Footnote);
    CHECK(placeOf(doc, QStringLiteral("Anruf bei Frau Beispiel")).kind == Place::Kind::Comment);
    CHECK(placeOf(doc, QStringLiteral("DE89370400440532013000")).kind == Place::Kind::TrackedChange);
    CHECK(placeOf(doc, QStringLiteral("Max Mustermann")).kind == Place::Kind::TrackedChange);
    const QList<Place> author = placesOf(doc, QStringLiteral("Erika Mustermann"));
    CHECK(hasPlace(author, Place::Kind::Property, QStringLiteral("initial-creator")));
    CHECK(hasPlace(author, Place::Kind::Property, QStringLiteral("creator")));
    CHECK(placeOf(doc, QStringLiteral("Titel Wohngeldantrag")).name == QStringLiteral("title"));
    const QList<Place> reviewer = placesOf(doc, QStringLiteral("Sachbearbeitung"));
    CHECK(hasPlace(reviewer, Place::Kind::Comment));
    CHECK(hasPlace(reviewer, Place::Kind::TrackedChange));
    // The footnote's citation number is no text; the note is not part of the paragraph.
    CHECK_FALSE(placeOf(doc, kCanary).kind == Place::Kind::Footnote);
    const Unread* images = unreadOf(doc, Unread::Kind::Images);
    REQUIRE(images);
    CHECK(images->count == 1);
}

TEST_CASE("office_odsCellsSheetNamesAndComments", "[documents][office]")
{
    Workbook w;
    w.author = QStringLiteral("Erika Mustermann");
    Sheet sheet;
    sheet.name = QStringLiteral("Spender 2024");
    sheet.rows = {{QStringLiteral("Name"), QStringLiteral("Betrag")},
                  {QStringLiteral("Max Mustermann"), QStringLiteral("250.5")}};
    for (int i = 0; i < 4; ++i)
        sheet.rows.append(QStringList());
    sheet.rows.append({QString(), kCanary});
    sheet.comments = {{QStringLiteral("C3"), QStringLiteral("Quittung an Anna Beispiel")}};
    w.sheets = {sheet, Sheet{QStringLiteral("Leer"), {}, {}}};
    const QByteArray bytes = makeOds(w);
    REQUIRE(detectFormat(bytes, QStringLiteral("a.ods")) == Format::Ods);
    CHECK_FALSE(bytes.contains(kCanary.toUtf8()));
    const Document doc = extracted(bytes, QStringLiteral("spender.ods"));
    CHECK(doc.format == Format::Ods);
    CHECK(doc.sheets == 2);
    const Place canary = placeOf(doc, kCanary);
    CHECK(canary.kind == Place::Kind::Cell);
    CHECK(canary.sheet == QStringLiteral("Spender 2024"));
    CHECK(canary.cell == QStringLiteral("B7"));
    CHECK(placeOf(doc, QStringLiteral("250.5")).cell == QStringLiteral("B2"));
    const Place comment = placeOf(doc, QStringLiteral("Anna Beispiel"));
    CHECK(comment.kind == Place::Kind::Comment);
    CHECK(comment.sheet == QStringLiteral("Spender 2024"));
    CHECK(comment.cell == QStringLiteral("C3"));
    CHECK(placeOf(doc, QStringLiteral("Spender 2024")).kind == Place::Kind::SheetName);
    CHECK(placeOf(doc, QStringLiteral("Leer")).kind == Place::Kind::SheetName);
    CHECK(hasPlace(placesOf(doc, QStringLiteral("Erika Mustermann")), Place::Kind::Property));
    CHECK(doc.text.contains(QStringLiteral("Name\tBetrag\nMax Mustermann\t250.5")));
}

TEST_CASE("office_odsRepeatedRowsAndColumnsKeepAddressesAndCostNothingWhenEmpty", "[documents][office]")
{
    const QByteArray tables =
        "<table:table table:name=\"Riesig\"><table:table-column table:number-columns-repeated=\"16384\"/>"
        "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>Kopf</text:p></table:table-cell>"
        "<table:table-cell table:number-columns-repeated=\"3\"/>"
        "<table:table-cell office:value-type=\"string\"><text:p>Nach Lücke</text:p></table:table-cell>"
        "<table:table-cell table:number-columns-repeated=\"16379\"/></table:table-row>"
        "<table:table-row table:number-rows-repeated=\"1000000\"><table:table-cell "
        "table:number-columns-repeated=\"16384\"/></table:table-row>"
        "<table:table-row table:number-rows-repeated=\"2\"><table:table-cell table:number-columns-repeated=\"2\" "
        "office:value-type=\"string\"><text:p>Wiederholt</text:p><office:annotation><dc:creator>Prüferin</dc:creator>"
        "<text:p>Notiz</text:p></office:annotation></table:table-cell></table:table-row>"
        "<table:table-row table:number-rows-repeated=\"1048571\"><table:table-cell/></table:table-row>"
        "</table:table>";
    const QByteArray bytes = odsWith(tables);
    QElapsedTimer timer;
    timer.start();
    const Document doc = extracted(bytes, QStringLiteral("riesig.ods"));
    CHECK(timer.elapsed() < 1000);
    CHECK(placeOf(doc, QStringLiteral("Kopf")).cell == QStringLiteral("A1"));
    CHECK(placeOf(doc, QStringLiteral("Nach Lücke")).cell == QStringLiteral("E1"));
    // Rows after a million repeated empty rows: 1 + 1,000,000 + 1.
    const QList<Place> repeated = placesOf(doc, QStringLiteral("Wiederholt"));
    REQUIRE(repeated.size() == 4);
    CHECK(repeated[0].cell == QStringLiteral("A1000002"));
    CHECK(repeated[1].cell == QStringLiteral("B1000002"));
    CHECK(repeated[2].cell == QStringLiteral("A1000003"));
    CHECK(repeated[3].cell == QStringLiteral("B1000003"));
    const QList<Place> notes = placesOf(doc, QStringLiteral("Notiz"));
    REQUIRE(notes.size() == 2);
    CHECK(notes[0].kind == Place::Kind::Comment);
    CHECK(notes[0].cell == QStringLiteral("A1000002"));
    CHECK(hasPlace(placesOf(doc, QStringLiteral("Prüferin")), Place::Kind::Comment));
    CHECK(doc.segments.size() < 20);
}

TEST_CASE("office_odsRepeatedNonEmptyCellsAreBounded", "[documents][office]")
{
    // A few bytes that repeat a filled cell 16384 × 1,000,000 times must not fill the memory.
    const QByteArray tables =
        "<table:table table:name=\"Bombe\"><table:table-row table:number-rows-repeated=\"1000000\">"
        "<table:table-cell table:number-columns-repeated=\"16384\" office:value-type=\"string\"><text:p>x</text:p>"
        "</table:table-cell></table:table-row></table:table>";
    QElapsedTimer timer;
    timer.start();
    const ExtractResult r = extractDocument(odsWith(tables), QStringLiteral("bombe.ods"));
    CHECK(timer.elapsed() < 3000);
    REQUIRE(r.document);
    CHECK(r.document->segments.size() <= 200001);
    CHECK(unreadOf(*r.document, Unread::Kind::Skipped) != nullptr);
}

TEST_CASE("office_zipBombsAreRefusedQuickly", "[documents][office]")
{
    QElapsedTimer timer;
    SECTION("200 MB of zeros, sizes declared honestly")
    {
        const QByteArray bytes = rawZip({deflated("[Content_Types].xml", kWordTypes),
                                         deflated("_rels/.rels", kWordRels), zeroBomb("word/document.xml", 200)});
        CHECK(bytes.size() < 1024 * 1024);
        timer.start();
        const ExtractResult r = extractDocument(bytes, QStringLiteral("bombe.docx"));
        CHECK(r.problem == Problem::Bomb);
        CHECK(r.message.contains(QStringLiteral("word/document.xml")));
        CHECK(timer.elapsed() < 2000);
    }
    SECTION("200 MB of zeros that claim to be 1 MiB")
    {
        RawEntry bomb = zeroBomb("word/document.xml", 200);
        bomb.uncompressedSize = 1024 * 1024;
        const QByteArray bytes =
            rawZip({deflated("[Content_Types].xml", kWordTypes), deflated("_rels/.rels", kWordRels), bomb});
        timer.start();
        const ExtractResult r = extractDocument(bytes, QStringLiteral("bombe.docx"));
        // Never more than declared is unpacked: the entry ends early and fails its checksum.
        CHECK((r.problem == Problem::Bomb || r.problem == Problem::Corrupt));
        CHECK(r.message.contains(QStringLiteral("word/document.xml")));
        CHECK(timer.elapsed() < 2000);
    }
    SECTION("a bomb padded so that its ratio looks harmless is stopped by the total limit")
    {
        RawEntry bomb = zeroBomb("word/document.xml", 100);
        bomb.data += QByteArray(600 * 1024, '\0'); // after the final block: ignored by inflate
        bomb.compressedSize = quint32(bomb.data.size());
        ExtractOptions options;
        options.limits.maxUnpackedBytes = 64 * 1024 * 1024;
        timer.start();
        const ExtractResult r = extractDocument(
            rawZip({deflated("[Content_Types].xml", kWordTypes), deflated("_rels/.rels", kWordRels), bomb}),
            QStringLiteral("bombe.docx"), options);
        CHECK(r.problem == Problem::Bomb);
        CHECK(timer.elapsed() < 2000);
    }
    SECTION("the sum of all entries beyond the limit")
    {
        QByteArray paragraphs;
        for (int i = 0; i < 2000; ++i)
            paragraphs += "<w:p><w:r><w:t>Absatz " + QByteArray::number(i) + "</w:t></w:r></w:p>";
        ExtractOptions options;
        options.limits.maxUnpackedBytes = 32 * 1024;
        const ExtractResult r = extractDocument(docxWith(wordXml(paragraphs)), QStringLiteral("x.docx"), options);
        CHECK(r.problem == Problem::Bomb);
        CHECK(r.message.contains(QStringLiteral("word/document.xml")));
        // Under the default limits the same file is fine.
        CHECK(extractDocument(docxWith(wordXml(paragraphs)), QStringLiteral("x.docx")).problem == Problem::None);
    }
}

TEST_CASE("office_tooManyEntriesAreRefused", "[documents][office]")
{
    QList<ZipEntry> entries{{QStringLiteral("[Content_Types].xml"), kWordTypes},
                            {QStringLiteral("_rels/.rels"), kWordRels},
                            {QStringLiteral("word/document.xml"), wordXml("<w:p><w:r><w:t>Hallo</w:t></w:r></w:p>")}};
    for (int i = 0; i < 150; ++i)
        entries.append({QStringLiteral("word/media/image%1.png").arg(i), QByteArray("x")});
    const QByteArray bytes = makeZip(entries);
    ExtractOptions options;
    options.limits.maxZipEntries = 100;
    const ExtractResult r = extractDocument(bytes, QStringLiteral("viele.docx"), options);
    CHECK(r.problem == Problem::TooLarge);
    CHECK(r.message.contains(QStringLiteral("100")));
    options.limits.maxZipEntries = 200;
    CHECK(extractDocument(bytes, QStringLiteral("viele.docx"), options).problem == Problem::None);
}

TEST_CASE("office_xmlWithDtdDeepNestingOrErrorsIsRefused", "[documents][office]")
{
    SECTION("billion laughs")
    {
        QByteArray dtd = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY lol \"lol\">";
        for (int i = 1; i < 10; ++i)
            dtd += "<!ENTITY lol" + QByteArray::number(i) + " \"" + QByteArray("&lol") +
                   (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";" + QByteArray("&lol") +
                   (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";\">";
        dtd += "]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>"
               "<w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>";
        const ExtractResult r = extractDocument(docxWith(dtd), QStringLiteral("lol.docx"));
        CHECK(r.problem == Problem::Bomb);
        CHECK(r.message.contains(QStringLiteral("DTD")));
        CHECK(r.message.contains(QStringLiteral("word/document.xml")));
    }
    SECTION("nested deeper than the limit")
    {
        QByteArray deep;
        for (int i = 0; i < 600; ++i)
            deep += "<w:sdt><w:sdtContent>";
        deep += "<w:p><w:r><w:t>tief</w:t></w:r></w:p>";
        for (int i = 0; i < 600; ++i)
            deep += "</w:sdtContent></w:sdt>";
        const ExtractResult r = extractDocument(docxWith(wordXml(deep)), QStringLiteral("tief.docx"));
        CHECK(r.problem == Problem::TooDeep);
        ExtractOptions options;
        options.limits.maxXmlDepth = 2000;
        const ExtractResult allowed = extractDocument(docxWith(wordXml(deep)), QStringLiteral("tief.docx"), options);
        REQUIRE(allowed.problem == Problem::None);
        CHECK(allowed.document->text == QStringLiteral("tief"));
    }
    SECTION("malformed XML names the entry and the line")
    {
        const ExtractResult r =
            extractDocument(docxWith("<?xml version=\"1.0\"?>\n<w:document xmlns:w=\"x\">\n<w:body>\n</w:document>"),
                            QStringLiteral("kaputt.docx"));
        CHECK(r.problem == Problem::Corrupt);
        CHECK(r.message.contains(QStringLiteral("word/document.xml")));
        CHECK(r.message.contains(QStringLiteral("line 4")));
    }
}

TEST_CASE("office_damagedArchivesAreCorrupt", "[documents][office]")
{
    WordDocument d;
    d.paragraphs = {QStringLiteral("Ein Absatz, der lang genug ist, um die Datei etwas größer zu machen.")};
    d.header = QStringLiteral("Kopf");
    const QByteArray docx = makeDocx(d);
    SECTION("truncated")
    {
        const QByteArray truncated = docx.left(docx.size() * 2 / 3);
        REQUIRE(detectFormat(truncated, QStringLiteral("x.docx")) == Format::Docx);
        const ExtractResult r = extractDocument(truncated, QStringLiteral("x.docx"));
        CHECK(r.problem == Problem::Corrupt);
        CHECK_FALSE(r.message.isEmpty());
    }
    SECTION("checksum error in an entry")
    {
        RawEntry document = deflated("word/document.xml", wordXml("<w:p><w:r><w:t>Hallo</w:t></w:r></w:p>"));
        document.crc ^= 0x1234;
        const ExtractResult r = extractDocument(
            rawZip({deflated("[Content_Types].xml", kWordTypes), deflated("_rels/.rels", kWordRels), document}),
            QStringLiteral("x.docx"));
        CHECK(r.problem == Problem::Corrupt);
        CHECK(r.message.contains(QStringLiteral("word/document.xml")));
    }
    SECTION("an entry cut short")
    {
        RawEntry document = deflated("word/document.xml", wordXml("<w:p><w:r><w:t>Hallo</w:t></w:r></w:p>"));
        document.uncompressedSize += 100; // claims more than the stream holds
        const ExtractResult r = extractDocument(
            rawZip({deflated("[Content_Types].xml", kWordTypes), deflated("_rels/.rels", kWordRels), document}),
            QStringLiteral("x.docx"));
        CHECK(r.problem == Problem::Corrupt);
        CHECK(r.message.contains(QStringLiteral("word/document.xml")));
    }
}

TEST_CASE("office_encryptedFilesAreRefused", "[documents][office]")
{
    SECTION("ODF with encryption data in the manifest")
    {
        const QByteArray manifest =
            "<?xml version=\"1.0\"?><manifest:manifest "
            "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
            "<manifest:file-entry manifest:full-path=\"/\" "
            "manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
            "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\" "
            "manifest:size=\"1234\"><manifest:encryption-data manifest:checksum-type=\"SHA1/1K\" "
            "manifest:checksum=\"abc=\"><manifest:algorithm manifest:algorithm-name=\"Blowfish CFB\" "
            "manifest:initialisation-vector=\"abc=\"/></manifest:encryption-data></manifest:file-entry>"
            "</manifest:manifest>";
        const QByteArray bytes =
            makeZip({{QStringLiteral("mimetype"), "application/vnd.oasis.opendocument.text", true},
                     {QStringLiteral("META-INF/manifest.xml"), manifest},
                     {QStringLiteral("content.xml"), QByteArray("\x8f\x12\x99 binary garbage", 19)}});
        REQUIRE(detectFormat(bytes, QStringLiteral("x.odt")) == Format::Odt);
        const ExtractResult r = extractDocument(bytes, QStringLiteral("geheim.odt"));
        CHECK(r.problem == Problem::Encrypted);
        CHECK(r.message.contains(QStringLiteral("password")));
    }
    SECTION("a ZIP entry with the encryption flag")
    {
        RawEntry document = deflated("word/document.xml", wordXml("<w:p><w:r><w:t>Hallo</w:t></w:r></w:p>"));
        document.flags = 1;
        const ExtractResult r = extractDocument(
            rawZip({deflated("[Content_Types].xml", kWordTypes), deflated("_rels/.rels", kWordRels), document}),
            QStringLiteral("x.docx"));
        CHECK(r.problem == Problem::Encrypted);
        CHECK(r.message.contains(QStringLiteral("word/document.xml")));
    }
}

TEST_CASE("office_extractionCanBeCancelled", "[documents][office]")
{
    Workbook w;
    for (int s = 0; s < 3; ++s) {
        Sheet sheet;
        sheet.name = QStringLiteral("Blatt %1").arg(s + 1);
        for (int r = 0; r < 50; ++r)
            sheet.rows.append({QStringLiteral("Zeile %1").arg(r)});
        w.sheets.append(sheet);
    }
    const QByteArray bytes = makeXlsx(w);
    std::atomic<bool> cancel{false};
    QList<qint64> progress;
    ExtractOptions options;
    options.cancel = &cancel;
    options.progress = [&](qint64 done, qint64 total) {
        progress.append(done);
        CHECK(total == 3);
        if (done >= 1)
            cancel = true; // after the first sheet
    };
    const ExtractResult r = extractDocument(bytes, QStringLiteral("x.xlsx"), options);
    CHECK(r.problem == Problem::Cancelled);
    CHECK_FALSE(r.document);
    CHECK(progress.first() == 0);

    // Without cancelling, every sheet is read and progress reaches the end.
    cancel = false;
    progress.clear();
    options.progress = [&](qint64 done, qint64 total) { progress.append(done * 100 + total); };
    const ExtractResult full = extractDocument(bytes, QStringLiteral("x.xlsx"), options);
    CHECK(full.problem == Problem::None);
    CHECK(progress.last() == 303);

    // ODT and ODS stop too.
    cancel = true;
    WordDocument d;
    d.paragraphs = {QStringLiteral("Text")};
    CHECK(extractDocument(makeOdt(d), QStringLiteral("x.odt"), options).problem == Problem::Cancelled);
    CHECK(extractDocument(makeOds(w), QStringLiteral("x.ods"), options).problem == Problem::Cancelled);
    CHECK(extractDocument(makeDocx(d), QStringLiteral("x.docx"), options).problem == Problem::Cancelled);
}

// Writes the fuzzers' seeds (run by hand: ki-lotse-unit-tests "[.seeds]" from the source tree).
TEST_CASE("office_writeFuzzSeeds", "[.seeds]")
{
    const QString root = qEnvironmentVariable("KI_LOTSE_SEED_DIR", QStringLiteral("tests/fuzz/documents"));
    WordDocument d;
    d.paragraphs = {QStringLiteral("Antrag von Max Mustermann"), QStringLiteral("IBAN DE89\t3704 0044 0532 0130 00")};
    d.header = QStringLiteral("Kopf");
    d.footer = QStringLiteral("Fuß");
    d.footnote = QStringLiteral("Fußnote");
    d.comment = QStringLiteral("Kommentar");
    d.insertedText = QStringLiteral("neu");
    d.deletedText = QStringLiteral("alt");
    d.author = QStringLiteral("Erika Mustermann");
    d.title = QStringLiteral("Titel");
    Workbook w;
    Sheet sheet;
    sheet.name = QStringLiteral("Spender");
    sheet.rows = {{QStringLiteral("Name"), QStringLiteral("Betrag")},
                  {QStringLiteral("Max Mustermann"), QStringLiteral("12.5")}};
    sheet.comments = {{QStringLiteral("A2"), QStringLiteral("Notiz")}};
    w.sheets = {sheet};
    w.author = QStringLiteral("Erika Mustermann");
    const QList<QPair<QString, QByteArray>> seeds{{QStringLiteral("docx/seed.docx"), makeDocx(d)},
                                                  {QStringLiteral("odt/seed.odt"), makeOdt(d)},
                                                  {QStringLiteral("xlsx/seed.xlsx"), makeXlsx(w)},
                                                  {QStringLiteral("ods/seed.ods"), makeOds(w)}};
    for (const auto& [name, bytes] : seeds) {
        REQUIRE(bytes.size() < 20 * 1024);
        QFile file(QDir(root).filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
}

// Random damage to the XML of each format (run by hand, like a short fuzzer without sanitizers):
// nothing may crash or hang, every result is a document or a problem with a message.
TEST_CASE("office_randomlyDamagedXmlNeverCrashes", "[.office-mutate]")
{
    const QByteArray sheet =
        "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<sheetData><row r=\"3\"><c t=\"b\"><v>1</v></c><c t=\"inlineStr\"><is><r><t>Rich</t></r></is></c>"
        "<c r=\"F3\" t=\"s\"><v>0</v></c><c><v>3.14</v></c></row></sheetData></worksheet>";
    const QByteArray workbook =
        "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
        "<sheet name=\"Daten\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
    const QByteArray rels =
        "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
        "worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";
    const QByteArray shared = "<?xml version=\"1.0\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/"
                              "2006/main\"><si><t>Eins</t><rPh><t>x</t></rPh></si><si><r><t>Zwei</t></r></si></sst>";
    const QByteArray word =
        wordXml("<w:p><w:r><w:t>Eins</w:t></w:r><w:ins w:author=\"A\"><w:r><w:t>neu</w:t></w:r></w:ins><w:del "
                "w:author=\"B\"><w:r><w:delText>alt</w:delText></w:r></w:del><w:r><w:tab/><w:br/></w:r></w:p>");
    const QByteArray ods =
        "<table:table table:name=\"T\"><table:table-row table:number-rows-repeated=\"3\"><table:table-cell "
        "table:number-columns-repeated=\"2\" office:value-type=\"string\"><text:p>W<text:s text:c=\"3\"/>x</text:p>"
        "<office:annotation><dc:creator>P</dc:creator><text:p>N</text:p></office:annotation></table:table-cell>"
        "</table:table-row></table:table>";
    quint32 seed = 12345;
    auto rnd = [&]() {
        seed = seed * 1664525u + 1013904223u;
        return seed >> 8;
    };
    auto mutate = [&](QByteArray data) {
        const int n = 1 + int(rnd() % 4);
        for (int i = 0; i < n && !data.isEmpty(); ++i) {
            const qsizetype pos = qsizetype(rnd() % quint32(data.size()));
            switch (rnd() % 5) {
            case 0:
                data[pos] = char(rnd());
                break;
            case 1:
                data.remove(pos, 1 + rnd() % 8);
                break;
            case 2:
                data.insert(pos, data.mid(qsizetype(rnd() % quint32(data.size())), 1 + rnd() % 16));
                break;
            case 3:
                data.truncate(pos);
                break;
            case 4:
                data.insert(pos, "<w:p><w:ins>");
                break;
            }
        }
        return data;
    };
    int documents = 0;
    for (int i = 0; i < 3000; ++i) {
        const QList<QPair<QString, QByteArray>> files{
            {QStringLiteral("x.docx"), docxWith(mutate(word))},
            {QStringLiteral("x.xlsx"), makeZip({{QStringLiteral("xl/workbook.xml"), mutate(workbook)},
                                                {QStringLiteral("xl/_rels/workbook.xml.rels"), mutate(rels)},
                                                {QStringLiteral("xl/sharedStrings.xml"), mutate(shared)},
                                                {QStringLiteral("xl/worksheets/sheet1.xml"), mutate(sheet)}})},
            {QStringLiteral("x.ods"), odsWith(mutate(ods))},
        };
        for (const auto& [name, bytes] : files) {
            QByteArray damaged = bytes;
            if (rnd() % 8 == 0)
                damaged = mutate(bytes); // the archive itself
            const ExtractResult r = extractDocument(damaged, name);
            if (r.document) {
                ++documents;
                for (const Segment& s : r.document->segments)
                    REQUIRE(s.start + s.length <= r.document->text.size());
            } else {
                REQUIRE_FALSE(r.message.isEmpty());
            }
        }
    }
    WARN(documents << " of 9000 damaged files still gave a document");
}
