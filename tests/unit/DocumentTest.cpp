// The document layer itself (src/core/documents): format detection by content, the text reader's
// encodings, places and their words, limits and refusals that do not depend on one reader.

#include "documents/Document.h"

#include "TestSupport.h"
#include "documents/DocumentScan.h"
#include "documents/Readers.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTranslator>

#include <atomic>
#include <sys/stat.h>

using namespace kilotse;
using namespace kilotse::documents;

namespace {

QByteArray utf16(const QString& text, bool littleEndian)
{
    QByteArray out = littleEndian ? QByteArray("\xFF\xFE") : QByteArray("\xFE\xFF");
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char lo = char(u & 0xFF);
        const char hi = char(u >> 8);
        out += littleEndian ? QByteArray{&lo, 1} + QByteArray{&hi, 1} : QByteArray{&hi, 1} + QByteArray{&lo, 1};
    }
    return out;
}

} // namespace

TEST_CASE("documents_detectsTheFormatByContentNotByName", "[documents]")
{
    CHECK(detectFormat("%PDF-1.7\n...", QStringLiteral("brief.txt")) == Format::Pdf);
    CHECK(detectFormat("Hallo Welt\n", QStringLiteral("brief.pdf")) == Format::Text);
    CHECK(detectFormat(QByteArray("\x89PNG\r\n\x1a\n\0\0", 10), QStringLiteral("scan.txt")) == Format::Unknown);
    const QByteArray mail = "From: Erika <erika@example.org>\r\nTo: amt@example.org\r\nSubject: Antrag\r\n"
                            "Date: Mon, 7 Dec 2026 10:00:00 +0100\r\n\r\nText\r\n";
    CHECK(detectFormat(mail, QStringLiteral("nachricht")) == Format::Eml);
    CHECK(detectFormat(mail, QStringLiteral("nachricht.eml")) == Format::Eml);
    // A text file that only starts like a mail stays text when its name says so.
    CHECK(detectFormat(mail, QStringLiteral("notiz.txt")) == Format::Text);
    CHECK(detectFormat("Von: Erika\nBetreff: x\n\nText", QStringLiteral("notiz")) == Format::Text);
    CHECK(formatId(Format::Xlsx) == QStringLiteral("xlsx"));
}

TEST_CASE("documents_textReaderDecodesUtf8Utf16AndWindows1252", "[documents]")
{
    const QString text = QStringLiteral("Grüße an Frau Łukasz – „Antrag“ 12 €");
    for (const bool le : {true, false}) {
        const ExtractResult r = extractDocument(utf16(text, le), QStringLiteral("a.txt"));
        REQUIRE(r.document);
        CHECK(r.document->text == text);
        CHECK(r.document->encoding == (le ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE")));
    }
    // Windows-1252: „ (0x84), “ (0x93), – (0x96), € (0x80), ü (0xFC), ß (0xDF).
    const ExtractResult cp = extractDocument("Gr\xFC\xDF"
                                             "e \x84"
                                             "Antrag\x93 \x96 12 \x80",
                                             QStringLiteral("a.csv"));
    REQUIRE(cp.document);
    CHECK(cp.document->text == QStringLiteral("Grüße „Antrag“ – 12 €"));
    CHECK(cp.document->encoding == QStringLiteral("Windows-1252"));
    const ExtractResult u8 = extractDocument("\xEF\xBB\xBFHallo", QStringLiteral("a.md"));
    REQUIRE(u8.document);
    CHECK(u8.document->text == QStringLiteral("Hallo")); // the BOM is not text
    CHECK(u8.document->encoding == QStringLiteral("UTF-8"));
}

TEST_CASE("documents_refusesWhatIsNotADocumentWithTheReason", "[documents]")
{
    const ExtractResult binary = extractDocument(QByteArray("ab\0\x01\x02"
                                                            "cd",
                                                            7),
                                                 QStringLiteral("x.bin"));
    CHECK(binary.problem == Problem::Unsupported);
    CHECK_FALSE(binary.document);
    const ExtractResult control = extractDocument("Text\x03"
                                                  "mehr",
                                                  QStringLiteral("x.txt"));
    CHECK(control.problem == Problem::Unsupported);
    CHECK(control.message.contains(QStringLiteral("0x03")));
    const ExtractResult png = extractDocument(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\r"
                                                         "IHDR",
                                                         16),
                                              QStringLiteral("a.png"));
    CHECK(png.problem == Problem::Unsupported);
    CHECK(png.message.contains(QStringLiteral("picture")));
    // An old .doc and an encrypted DOCX are both OLE2 files; the encrypted one has an "EncryptedPackage" stream.
    const QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    CHECK(extractDocument(ole + QByteArray(512, '\0'), QStringLiteral("alt.doc")).problem == Problem::Unsupported);
    const QByteArray encryptedName("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0", 32);
    const ExtractResult encrypted =
        extractDocument(ole + QByteArray(64, '\0') + encryptedName, QStringLiteral("g.docx"));
    CHECK(encrypted.problem == Problem::Encrypted);
    CHECK(encrypted.message.contains(QStringLiteral("password")));
    CHECK(extractDocument("PK\x03\x04garbage", QStringLiteral("a.zip")).problem == Problem::Unsupported);
    // An Outlook message is an OLE2 file too, with "__substg1.0_" property streams: named as such.
    const QByteArray msgStream("_\0_\0s\0u\0b\0s\0t\0g\0"
                               "1\0.\0"
                               "0\0_\0",
                               24);
    const ExtractResult msg = extractDocument(ole + QByteArray(64, '\0') + msgStream, QStringLiteral("post.msg"));
    CHECK(msg.problem == Problem::Unsupported);
    CHECK(msg.message.contains(QStringLiteral(".msg")));
}

TEST_CASE("documents_limitsOfFileAndTextSize", "[documents]")
{
    ExtractOptions small;
    small.limits.maxFileBytes = 100;
    const ExtractResult big = extractDocument(QByteArray(101, 'a'), QStringLiteral("a.txt"), small);
    CHECK(big.problem == Problem::TooLarge);
    ExtractOptions fewChars;
    fewChars.limits.maxTextChars = 10;
    CHECK(extractDocument(QByteArray(11, 'a'), QStringLiteral("a.txt"), fewChars).problem == Problem::TooLarge);
    CHECK(extractDocument(QByteArray(10, 'a'), QStringLiteral("a.txt"), fewChars).document);
    // The number of pieces is limited too (millions of one-character cells cost memory per piece).
    Document doc;
    ExtractOptions fewPieces;
    fewPieces.limits.maxSegments = 3;
    detail::Builder b(doc, fewPieces);
    CHECK(b.add(Place{}, u"a"));
    CHECK(b.add(Place{}, u"b"));
    CHECK(b.add(Place{}, u"c"));
    CHECK_FALSE(b.add(Place{}, u"d"));
    CHECK(b.problem() == Problem::TooLarge);
    std::atomic<bool> cancel{true};
    ExtractOptions cancelled;
    cancelled.cancel = &cancel;
    CHECK(extractDocument("Hallo", QStringLiteral("a.txt"), cancelled).problem == Problem::Cancelled);
}

TEST_CASE("documents_extractFileRefusesFifosFoldersAndMissingFilesBeforeReading", "[documents]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString fifo = dir.filePath(QStringLiteral("pipe"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const ExtractResult r = extractFile(fifo); // would block forever if it were opened for reading
    CHECK(r.problem == Problem::NotRegular);
    CHECK(r.message.contains(QStringLiteral("pipe")));
    CHECK(extractFile(dir.path()).problem == Problem::NotRegular);
    CHECK(extractFile(dir.filePath(QStringLiteral("fehlt.pdf"))).problem == Problem::Unreadable);
    const QString text = dir.filePath(QStringLiteral("a.txt"));
    QFile f(text);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("Hallo");
    f.close();
    const ExtractResult ok = extractFile(text);
    REQUIRE(ok.document);
    CHECK(ok.document->fileName == QStringLiteral("a.txt"));
}

TEST_CASE("documents_placesInWordsAndSegmentLookup", "[documents]")
{
    Place cell;
    cell.kind = Place::Kind::Cell;
    cell.sheet = QStringLiteral("Spender");
    cell.cell = QStringLiteral("B7");
    CHECK(placeText(cell).contains(QStringLiteral("B7")));
    CHECK(placeText(cell).contains(QStringLiteral("Spender")));
    Place page;
    page.kind = Place::Kind::Page;
    page.page = 3;
    page.container = {QStringLiteral("antrag.pdf")};
    const QString chain = placeText(page);
    CHECK(chain.contains(QStringLiteral("antrag.pdf")));
    CHECK(chain.indexOf(QStringLiteral("antrag.pdf")) < chain.indexOf(QStringLiteral("3")));
    CHECK(placeKindId(Place::Kind::TrackedChange) == QStringLiteral("tracked-change"));

    Document doc;
    ExtractOptions options;
    detail::Builder b(doc, options);
    Place p1;
    p1.kind = Place::Kind::Page;
    p1.page = 1;
    Place p2 = p1;
    p2.page = 2;
    REQUIRE(b.add(p1, u"Seite eins"));
    REQUIRE(b.add(p2, u"Herr Jonas Weber"));
    REQUIRE(b.add(p2, u"")); // empty pieces add nothing
    REQUIRE(doc.segments.size() == 2);
    CHECK(doc.text == QStringLiteral("Seite eins\nHerr Jonas Weber"));
    REQUIRE(doc.segmentAt(0));
    CHECK(doc.segmentAt(0)->place.page == 1);
    CHECK(doc.segmentAt(10) == nullptr); // the separator
    REQUIRE(doc.segmentAt(16));
    CHECK(doc.segmentAt(16)->place.page == 2);
    CHECK(doc.segmentAt(doc.text.size()) == nullptr);
    ScanFinding f;
    f.start = doc.text.indexOf(QStringLiteral("Weber"));
    f.length = 5;
    const QList<FindingPlace> places = findingPlaces(doc, {f});
    REQUIRE(places.size() == 1);
    CHECK(places[0].place.page == 2);
    CHECK(places[0].offset == QStringLiteral("Herr Jonas ").size());
    CHECK(places[0].line == 0); // lines only for text files
}

TEST_CASE("documents_textFindingsHaveLineAndColumn", "[documents]")
{
    const ScanRules& rules = *test::defaultPack().scan;
    const Scanner scanner(rules);
    const FileScan file =
        scanDocumentBytes("Zeile eins\nIBAN DE89 3704 0044 0532 0130 00\n", QStringLiteral("a.txt"), scanner);
    REQUIRE(file.checked());
    REQUIRE(file.findings.size() == 1);
    CHECK(file.places[0].line == 2);
    CHECK(file.places[0].column == 6);
    CHECK(file.summary.total == 1);
    const FileScan refused = scanDocumentBytes(QByteArray("\0\0\0", 3), QStringLiteral("x"), scanner);
    CHECK(refused.status == FileScan::Status::NotChecked);
    CHECK(refused.findings.isEmpty());
}

TEST_CASE("documents_attachmentsBeyondTheDepthLimitAreListedNotRead", "[documents]")
{
    Document doc;
    ExtractOptions options;
    options.limits.maxAttachmentDepth = 1;
    detail::Builder outer(doc, options);
    REQUIRE(outer.attach("Inhalt eins", QStringLiteral("a.txt")));
    REQUIRE(doc.segments.size() == 1);
    CHECK(doc.segments[0].place.container == QStringList{QStringLiteral("a.txt")});
    detail::Builder inner(doc, options, {QStringLiteral("a.eml")}, 1);
    REQUIRE(inner.attach("Inhalt zwei", QStringLiteral("b.txt")));
    CHECK(doc.segments.size() == 1); // not read
    REQUIRE(doc.unread.size() == 1);
    CHECK(doc.unread[0].kind == Unread::Kind::Skipped);
    CHECK(doc.unread[0].place.container == QStringList{QStringLiteral("a.eml")});
    // An attachment of an unknown type is listed with its reason; reading goes on.
    REQUIRE(outer.attach(QByteArray("\x89PNG\r\n\x1a\n\0\0", 10), QStringLiteral("foto.png")));
    CHECK(doc.unread.last().kind == Unread::Kind::Attachment);
    CHECK(unreadText(doc.unread.last()).contains(QStringLiteral("foto.png")));
}

TEST_CASE("i18n_germanPluralFormsOfGermanSourceTexts", "[documents][i18n]")
{
    // German is the source language; "%n Fund(e)" needs German plural forms (translations/ki-lotse_de_plurals.ts),
    // or a German screen shows "1 Fund(e)" and "4 Datei(en)".
    if (!QFile::exists(QStringLiteral(":/i18n/ki-lotse_de_plurals.qm")))
        return; // the core-only build carries no translations (they are built with the GUI's tools)
    QTranslator plurals;
    REQUIRE(plurals.load(QStringLiteral(":/i18n/ki-lotse_de_plurals.qm")));
    CHECK(plurals.translate("kilotse::gui::DraftFilesPanel", "%n Datei(en)", nullptr, 1) == QStringLiteral("%n Datei"));
    CHECK(plurals.translate("kilotse::gui::DraftFilesPanel", "%n Datei(en)", nullptr, 4) ==
          QStringLiteral("%n Dateien"));
    CHECK(plurals.translate("kilotse::gui::DraftFilesPanel", "%n Fund(e) – %1", nullptr, 1) ==
          QStringLiteral("%n Fund – %1"));
    CHECK(plurals.translate("kilotse::gui::DraftFilesPanel", "%n Fund(e) – %1", nullptr, 2) ==
          QStringLiteral("%n Funde – %1"));
}
