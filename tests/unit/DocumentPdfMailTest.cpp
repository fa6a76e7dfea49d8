// The PDF reader (poppler-cpp) and the e-mail reader (GMime), through extractDocument, on files
// built in the test (DocumentFixtures.h): compressed content streams and base64 bodies, so that the
// raw bytes never hold the text that must come out.

#include "DocumentFixtures.h"
#include "TestSupport.h"
#include "documents/Document.h"
#include "documents/DocumentScan.h"
#include "scan/Scanner.h"

#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

#include <atomic>

using namespace kilotse;
using namespace kilotse::documents;
using kilotse::test::Mail;
using kilotse::test::MailAttachment;
using kilotse::test::makeEncryptedPdf;
using kilotse::test::makeMail;
using kilotse::test::makePdf;
using kilotse::test::PdfOptions;

namespace {

const QString kIban = QStringLiteral("DE89 3704 0044 0532 0130 00");

// The segments whose text contains `needle`.
QList<Segment> segmentsWith(const Document& document, const QString& needle)
{
    QList<Segment> out;
    for (const Segment& s : document.segments)
        if (document.text.mid(s.start, s.length).contains(needle))
            out.append(s);
    return out;
}

// The one segment that contains `needle` (fails the test when there is none or more than one).
Segment segmentWith(const Document& document, const QString& needle)
{
    const QList<Segment> found = segmentsWith(document, needle);
    INFO("looking for " << needle.toStdString() << " in: " << document.text.toStdString());
    REQUIRE(found.size() == 1);
    return found.first();
}

QString segmentText(const Document& document, const Segment& segment)
{
    return document.text.mid(segment.start, segment.length);
}

const Unread* unreadOf(const Document& document, Unread::Kind kind)
{
    for (const Unread& u : document.unread)
        if (u.kind == kind)
            return &u;
    return nullptr;
}

ExtractResult extract(const QByteArray& bytes, const QString& name, const ExtractOptions& options = {})
{
    return extractDocument(bytes, name, options);
}

const Document& requireDocument(const ExtractResult& result)
{
    INFO("problem " << problemId(result.problem).toStdString() << ": " << result.message.toStdString());
    REQUIRE(result.problem == Problem::None);
    REQUIRE(result.document.has_value());
    return *result.document;
}

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

} // namespace

// ---------------------------------------------------------------- PDF

TEST_CASE("a compressed multi-page PDF yields each page's text with its page", "[documents][pdf]")
{
    const QString canary = QStringLiteral("Kanarienvogel-PDF-4711");
    const QByteArray pdf = makePdf({QStringLiteral("Antrag auf Wohngeld\nSeite eins"),
                                    QStringLiteral("Bankverbindung\nIBAN: %1\n%2").arg(kIban, canary),
                                    QStringLiteral("Unterschrift\nMusterstadt, den 2. Dezember")});
    // The content streams are compressed: the raw bytes hold none of the text.
    REQUIRE_FALSE(pdf.contains(utf8(canary)));
    REQUIRE_FALSE(pdf.contains("Bankverbindung"));
    REQUIRE(detectFormat(pdf, QStringLiteral("antrag.pdf")) == Format::Pdf);

    const ExtractResult result = extract(pdf, QStringLiteral("antrag.pdf"));
    const Document& document = requireDocument(result);
    CHECK(document.format == Format::Pdf);
    CHECK(document.pages == 3);
    CHECK(document.unread.isEmpty());
    CHECK_FALSE(document.noText());

    const Segment page2 = segmentWith(document, canary);
    CHECK(page2.place.kind == Place::Kind::Page);
    CHECK(page2.place.page == 2);
    CHECK(segmentWith(document, QStringLiteral("Antrag auf Wohngeld")).place.page == 1);
    CHECK(segmentWith(document, QStringLiteral("Unterschrift")).place.page == 3);
    // A label and its value stay on one line; lines stay lines.
    CHECK(segmentText(document, page2).split(u'\n').contains(QStringLiteral("IBAN: ") + kIban));
    CHECK(placeText(page2.place).contains(QLatin1String("2")));

    // A finding in the text gets the page as its place.
    const Scanner scanner(*test::defaultPack().scan);
    const QList<ScanFinding> findings = scanner.scan(document.text);
    const QList<FindingPlace> places = findingPlaces(document, findings);
    bool ibanOnPage2 = false;
    for (qsizetype i = 0; i < findings.size(); ++i)
        if (findings[i].category == ScanCategory::Iban)
            ibanOnPage2 = places[i].place.kind == Place::Kind::Page && places[i].place.page == 2;
    CHECK(ibanOnPage2);
}

TEST_CASE("an uncompressed PDF is read the same way", "[documents][pdf]")
{
    PdfOptions options;
    options.compress = false;
    const QByteArray pdf =
        makePdf({QStringLiteral("Erste Seite"), QStringLiteral("Zweite Seite: Müller, Straße")}, options);
    REQUIRE(pdf.contains("Erste Seite")); // the fixture really wrote it uncompressed
    const Document document = requireDocument(extract(pdf, QStringLiteral("plain.pdf")));
    CHECK(segmentWith(document, QStringLiteral("Müller, Straße")).place.page == 2);
}

TEST_CASE("Polish and Cyrillic names survive a PDF with a Type0 font", "[documents][pdf]")
{
    PdfOptions options;
    options.unicode = true;
    const QString polish = QStringLiteral("Łukasz Żółć");
    const QString russian = QStringLiteral("Пётр Иванов");
    const QByteArray pdf = makePdf(
        {QStringLiteral("Antragsteller: %1").arg(polish), QStringLiteral("Zeuge: %1\nBetrag: 12,50 €").arg(russian)},
        options);
    REQUIRE_FALSE(pdf.contains(utf8(polish)));
    REQUIRE_FALSE(pdf.contains(utf8(russian)));
    const Document document = requireDocument(extract(pdf, QStringLiteral("unicode.pdf")));
    CHECK(segmentWith(document, polish).place.page == 1);
    CHECK(segmentWith(document, russian).place.page == 2);
    CHECK(document.text.contains(QStringLiteral("12,50 €")));
}

TEST_CASE("the PDF's document information is read as properties", "[documents][pdf]")
{
    const QByteArray pdf = makePdf({QStringLiteral("Text")});
    const Document document = requireDocument(extract(pdf, QStringLiteral("info.pdf")));
    const Segment author = segmentWith(document, QStringLiteral("KI-Lotse Testfixture"));
    CHECK(author.place.kind == Place::Kind::Property);
    CHECK(author.place.name == QLatin1String("author"));
    const Segment title = segmentWith(document, QStringLiteral("Testdokument"));
    CHECK(title.place.kind == Place::Kind::Property);
    CHECK(title.place.name == QLatin1String("title"));
    // The producer (a program, not a person) is not text of the document.
    CHECK_FALSE(document.text.contains(QLatin1String("PdfFixture")));
}

TEST_CASE("a PDF of images only is a scan: no text, never clean", "[documents][pdf]")
{
    PdfOptions options;
    options.imageOnlyPages = 2;
    const ExtractResult result = extract(makePdf({}, options), QStringLiteral("scan.pdf"));
    const Document& document = requireDocument(result);
    CHECK(document.pages == 2);
    CHECK(document.noText());
    CHECK(document.segments.isEmpty());
    const Unread* unread = unreadOf(document, Unread::Kind::NoTextLayer);
    REQUIRE(unread != nullptr);
    CHECK(unreadText(*unread).contains(QLatin1String("scan")));
}

TEST_CASE("a PDF with text pages and a scanned page lists the scanned page", "[documents][pdf]")
{
    PdfOptions options;
    options.imageOnlyPages = 1;
    const Document document = requireDocument(extract(
        makePdf({QStringLiteral("Seite eins"), QStringLiteral("Seite zwei")}, options), QStringLiteral("m.pdf")));
    CHECK(document.pages == 3);
    CHECK_FALSE(document.noText());
    CHECK(segmentWith(document, QStringLiteral("Seite zwei")).place.page == 2);
    QList<int> scanned;
    for (const Unread& u : document.unread)
        if (u.kind == Unread::Kind::NoTextLayer)
            scanned.append(u.place.page);
    CHECK(scanned == QList<int>{3});
}

TEST_CASE("a password-protected PDF is refused as encrypted", "[documents][pdf]")
{
    const QString canary = QStringLiteral("Verschlusssache-Kanarie");
    const QByteArray pdf = makeEncryptedPdf({canary});
    REQUIRE(pdf.contains("/Encrypt"));
    REQUIRE_FALSE(pdf.contains(utf8(canary)));
    const ExtractResult result = extract(pdf, QStringLiteral("geheim.pdf"));
    CHECK(result.problem == Problem::Encrypted);
    CHECK_FALSE(result.document.has_value());
    CHECK(result.message.contains(QLatin1String("password")));
}

TEST_CASE("truncated and garbled PDFs are refused with a problem", "[documents][pdf]")
{
    const QByteArray pdf =
        makePdf({QStringLiteral("Seite eins"), QStringLiteral("Seite zwei"), QStringLiteral("drei")});
    SECTION("cut in half")
    {
        const ExtractResult result = extract(pdf.left(pdf.size() / 2), QStringLiteral("half.pdf"));
        CHECK(result.problem == Problem::Corrupt);
        CHECK_FALSE(result.message.isEmpty());
    }
    SECTION("cut before the end, the rest intact")
    {
        const ExtractResult result = extract(pdf.left(pdf.size() - 30), QStringLiteral("cut.pdf"));
        CHECK(result.problem == Problem::Corrupt);
    }
    SECTION("garbage after the header, with an end marker")
    {
        QByteArray garbage = "%PDF-1.7\n";
        for (int i = 0; i < 4000; ++i)
            garbage.append(char((i * 7919) % 251));
        garbage += "\n%%EOF\n";
        const ExtractResult result = extract(garbage, QStringLiteral("garbage.pdf"));
        CHECK(result.problem == Problem::Corrupt);
        CHECK_FALSE(result.document.has_value());
    }
    SECTION("content streams that cannot be decompressed: read as pages without text, never clean")
    {
        QByteArray broken = pdf;
        for (qsizetype at = broken.indexOf("stream\n"); at >= 0; at = broken.indexOf("stream\n", at + 1))
            if (at + 12 < broken.size() && broken.mid(at - 3, 3) != "end")
                broken.replace(at + 7, 4, "XXXX"); // the zlib header and the first bytes
        const ExtractResult result = extract(broken, QStringLiteral("broken.pdf"));
        if (result.problem == Problem::None)
            CHECK(result.document->noText());
        CHECK_FALSE((result.document && result.document->text.contains(QLatin1String("Seite"))));
    }
}

TEST_CASE("a PDF with more pages than the limit is refused", "[documents][pdf]")
{
    ExtractOptions options;
    options.limits.maxPages = 2;
    const QByteArray pdf = makePdf({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")});
    const ExtractResult result = extract(pdf, QStringLiteral("long.pdf"), options);
    CHECK(result.problem == Problem::TooLarge);
    CHECK(result.message.contains(QLatin1String("3")));
    options.limits.maxPages = 3;
    CHECK(extract(pdf, QStringLiteral("long.pdf"), options).problem == Problem::None);
}

TEST_CASE("PDF extraction reports progress per page and can be cancelled", "[documents][pdf]")
{
    const QByteArray pdf =
        makePdf({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")});
    std::atomic<bool> cancel{false};
    ExtractOptions options;
    options.cancel = &cancel;
    QList<QPair<qint64, qint64>> steps;
    SECTION("progress")
    {
        options.progress = [&](qint64 done, qint64 total) { steps.append({done, total}); };
        REQUIRE(extract(pdf, QStringLiteral("p.pdf"), options).problem == Problem::None);
        CHECK(steps == QList<QPair<qint64, qint64>>{{1, 4}, {2, 4}, {3, 4}, {4, 4}});
    }
    SECTION("cancelled before")
    {
        cancel = true;
        CHECK(extract(pdf, QStringLiteral("p.pdf"), options).problem == Problem::Cancelled);
    }
    SECTION("cancelled while reading")
    {
        options.progress = [&](qint64 done, qint64) {
            steps.append({done, 0});
            if (done == 2)
                cancel = true;
        };
        const ExtractResult result = extract(pdf, QStringLiteral("p.pdf"), options);
        CHECK(result.problem == Problem::Cancelled);
        CHECK(steps.size() == 2); // pages 3 and 4 were not read
    }
}

// ---------------------------------------------------------------- e-mail

TEST_CASE("an e-mail's base64 body and attachments are read with their places", "[documents][mail]")
{
    const QString bodyCanary = QStringLiteral("Kanarienvogel-Mailtext-0815");
    const QString pdfCanary = QStringLiteral("Kanarienvogel-Anhang-4242");
    const QString noteCanary = QStringLiteral("Kanarienvogel-Notiz-1337");
    Mail mail;
    mail.subject = QStringLiteral("Antrag auf Wohngeld");
    mail.body = QStringLiteral("Sehr geehrte Damen und Herren,\nanbei mein Antrag. %1\nMit freundlichen Grüßen")
                    .arg(bodyCanary);
    mail.attachments.append(
        MailAttachment{QStringLiteral("antrag.pdf"), QStringLiteral("application/pdf"),
                       makePdf({QStringLiteral("Seite eins"), QStringLiteral("IBAN: %1\n%2").arg(kIban, pdfCanary)})});
    mail.attachments.append(MailAttachment{QStringLiteral("notiz.txt"), QStringLiteral("text/plain; charset=utf-8"),
                                           utf8(QStringLiteral("Rückruf bei %1").arg(noteCanary))});
    const QByteArray eml = makeMail(mail);
    REQUIRE_FALSE(eml.contains(utf8(bodyCanary)));
    REQUIRE_FALSE(eml.contains(utf8(pdfCanary)));
    REQUIRE_FALSE(eml.contains(utf8(noteCanary)));
    REQUIRE(detectFormat(eml, QStringLiteral("antrag.eml")) == Format::Eml);

    const Document document = requireDocument(extract(eml, QStringLiteral("antrag.eml")));
    CHECK(document.format == Format::Eml);

    const Segment body = segmentWith(document, bodyCanary);
    CHECK(body.place.kind == Place::Kind::MailBody);
    CHECK(body.place.part == QLatin1String("1"));
    CHECK(body.place.container.isEmpty());
    CHECK(segmentText(document, body).contains(QStringLiteral("Mit freundlichen Grüßen")));

    const Segment inPdf = segmentWith(document, pdfCanary);
    CHECK(inPdf.place.kind == Place::Kind::Page);
    CHECK(inPdf.place.page == 2);
    CHECK(inPdf.place.container == QStringList{QStringLiteral("antrag.pdf")});
    CHECK(placeText(inPdf.place).contains(QLatin1String("antrag.pdf")));

    const Segment note = segmentWith(document, noteCanary);
    CHECK(note.place.container == QStringList{QStringLiteral("notiz.txt")});
    CHECK(segmentText(document, note).contains(QStringLiteral("Rückruf")));

    // The attachments' names are text too, and the sender.
    QStringList names;
    for (const Segment& s : document.segments)
        if (s.place.kind == Place::Kind::Attachment)
            names.append(s.place.name);
    CHECK(names == QStringList{QStringLiteral("antrag.pdf"), QStringLiteral("notiz.txt")});
    const Segment from = segmentWith(document, QStringLiteral("erika.mustermann@example.org"));
    CHECK(from.place.kind == Place::Kind::MailHeader);
    CHECK(from.place.name == QLatin1String("From"));
    CHECK(segmentText(document, from).contains(QStringLiteral("Erika Mustermann")));
    CHECK(segmentWith(document, QStringLiteral("Antrag auf Wohngeld")).place.name == QLatin1String("Subject"));
    CHECK(document.unread.isEmpty());

    // Findings get the places: the IBAN in the attachment's page 2, the e-mail address in From.
    const Scanner scanner(*test::defaultPack().scan);
    const QList<ScanFinding> findings = scanner.scan(document.text);
    const QList<FindingPlace> places = findingPlaces(document, findings);
    bool iban = false;
    for (qsizetype i = 0; i < findings.size(); ++i)
        if (findings[i].category == ScanCategory::Iban)
            iban = places[i].place.page == 2 && places[i].place.container == QStringList{QStringLiteral("antrag.pdf")};
    CHECK(iban);
}

TEST_CASE("quoted-printable umlauts and 8bit bodies are decoded", "[documents][mail]")
{
    Mail mail;
    mail.body = QStringLiteral("Grüße aus Köln – Straße, Maß und Größe");
    SECTION("quoted-printable")
    {
        mail.bodyEncoding = QStringLiteral("quoted-printable");
        const QByteArray eml = makeMail(mail);
        REQUIRE_FALSE(eml.contains(utf8(QStringLiteral("Grüße"))));
        REQUIRE(eml.contains("Gr=C3=BC=C3=9Fe"));
        const Document document = requireDocument(extract(eml, QStringLiteral("qp.eml")));
        CHECK(segmentWith(document, mail.body).place.kind == Place::Kind::MailBody);
    }
    SECTION("8bit")
    {
        mail.bodyEncoding = QStringLiteral("8bit");
        const Document document = requireDocument(extract(makeMail(mail), QStringLiteral("8bit.eml")));
        CHECK(segmentWith(document, mail.body).place.kind == Place::Kind::MailBody);
    }
    SECTION("ISO-8859-1 in quoted-printable")
    {
        const QByteArray eml = "From: a@example.org\r\nTo: b@example.org\r\nSubject: Test\r\nMIME-Version: 1.0\r\n"
                               "Content-Type: text/plain; charset=iso-8859-1\r\n"
                               "Content-Transfer-Encoding: quoted-printable\r\n\r\nGr=FC=DFe aus K=F6ln\r\n";
        const Document document = requireDocument(extract(eml, QStringLiteral("latin1.eml")));
        CHECK(document.text.contains(QStringLiteral("Grüße aus Köln")));
    }
}

TEST_CASE("RFC 2047 encoded headers are decoded", "[documents][mail]")
{
    Mail mail;
    mail.subject = QStringLiteral("Antrag für Łukasz Żółć und Пётр Иванов");
    mail.from = QStringLiteral("Jürgen Groß <juergen.gross@example.org>");
    mail.body = QStringLiteral("Text");
    const QByteArray eml = makeMail(mail);
    REQUIRE(eml.contains("=?UTF-8?B?"));
    REQUIRE_FALSE(eml.contains(utf8(QStringLiteral("Łukasz"))));
    const Document document = requireDocument(extract(eml, QStringLiteral("subject.eml")));
    const Segment subject = segmentWith(document, QStringLiteral("Łukasz Żółć und Пётр Иванов"));
    CHECK(subject.place.kind == Place::Kind::MailHeader);
    CHECK(subject.place.name == QLatin1String("Subject"));
    CHECK(segmentText(document, subject) == mail.subject);
    CHECK(segmentWith(document, QStringLiteral("Jürgen Groß")).place.name == QLatin1String("From"));
    CHECK(segmentWith(document, QStringLiteral("Bürgerbüro")).place.name == QLatin1String("To"));
}

TEST_CASE("encoded words as mail programs split them are decoded whole", "[documents][mail]")
{
    // Base64 words with padding in the middle of a run (GMime alone keeps only the first word),
    // quoted-printable words in Latin-1, and a word split inside a UTF-8 character.
    const QByteArray eml = "From: =?ISO-8859-1?Q?J=FCrgen_Gro=DF?= <jg@example.org>\r\n"
                           "To: b@example.org\r\n"
                           "Subject: =?UTF-8?B?QUI=?= =?utf-8?B?Q0Q=?=\r\n =?UTF-8?B?w7w=?= und =?UTF-8?B?xQ==?=\r\n"
                           "\t=?UTF-8?B?gQ==?=ukasz\r\n"
                           "MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nText\r\n";
    const Document document = requireDocument(extract(eml, QStringLiteral("words.eml")));
    CHECK(segmentText(document, segmentWith(document, QStringLiteral("ABCD"))) == QStringLiteral("ABCDü und Łukasz"));
    CHECK(segmentText(document, segmentWith(document, QStringLiteral("Jürgen"))) ==
          QStringLiteral("Jürgen Groß <jg@example.org>"));
}

TEST_CASE("an HTML-only e-mail is read as text", "[documents][mail]")
{
    Mail mail;
    mail.htmlBody = QStringLiteral("<html><head><style>p { color: red; }</style><script>var geheim='x';</script></head>"
                                   "<body><p>Sehr geehrte&nbsp;Frau M&uuml;ller,</p><p>IBAN: <b>%1</b><br>"
                                   "Betrag: 12&#44;50 &euro; &amp; mehr &#x263A;</p><!-- Kommentar --></body></html>")
                        .arg(kIban);
    const QByteArray eml = makeMail(mail);
    REQUIRE_FALSE(eml.contains("M&uuml;ller"));
    const Document document = requireDocument(extract(eml, QStringLiteral("html.eml")));
    const Segment body = segmentWith(document, QStringLiteral("Sehr geehrte Frau Müller,"));
    CHECK(body.place.kind == Place::Kind::MailBody);
    const QString text = segmentText(document, body);
    CHECK(text.split(u'\n').contains(QStringLiteral("IBAN: ") + kIban));
    CHECK(text.contains(QStringLiteral("Betrag: 12,50 € & mehr ☺")));
    CHECK_FALSE(text.contains(u'<'));
    CHECK_FALSE(text.contains(QLatin1String("geheim")));
    CHECK_FALSE(text.contains(QLatin1String("color")));
    CHECK_FALSE(text.contains(QLatin1String("Kommentar")));
}

TEST_CASE("the HTML alternative of a plain-text body is not read twice", "[documents][mail]")
{
    Mail mail;
    mail.body = QStringLiteral("Rückfragen an Frau Müller");
    mail.htmlBody = QStringLiteral("<p>Rückfragen an Frau Müller</p>");
    const Document document = requireDocument(extract(makeMail(mail), QStringLiteral("alt.eml")));
    const Segment body = segmentWith(document, QStringLiteral("Frau Müller"));
    CHECK(body.place.part == QLatin1String("1"));
}

TEST_CASE("multipart nesting beyond the limit is refused", "[documents][mail]")
{
    auto nested = [](int levels) {
        QByteArray eml = "From: a@example.org\r\nTo: b@example.org\r\nSubject: tief\r\nMIME-Version: 1.0\r\n";
        for (int i = 0; i < levels; ++i)
            eml += "Content-Type: multipart/mixed; boundary=\"b" + QByteArray::number(i) + "\"\r\n\r\n--b" +
                   QByteArray::number(i) + "\r\n";
        eml += "Content-Type: text/plain\r\n\r\nganz unten\r\n";
        for (int i = levels - 1; i >= 0; --i)
            eml += "--b" + QByteArray::number(i) + "--\r\n";
        return eml;
    };
    ExtractOptions options;
    options.limits.maxMimeDepth = 16;
    const Document ok = requireDocument(extract(nested(16), QStringLiteral("ok.eml"), options));
    const Segment bottom = segmentWith(ok, QStringLiteral("ganz unten"));
    CHECK(bottom.place.part == QStringLiteral("1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1"));
    const ExtractResult deep = extract(nested(17), QStringLiteral("deep.eml"), options);
    CHECK(deep.problem == Problem::TooDeep);
    CHECK(deep.message.contains(QLatin1String("16")));
    CHECK(extract(nested(500), QStringLiteral("deeper.eml"), options).problem == Problem::TooDeep);
}

TEST_CASE("an e-mail with more MIME parts than the limit is refused", "[documents][mail]")
{
    Mail mail;
    mail.body = QStringLiteral("Anlagen");
    for (int i = 0; i < 6; ++i)
        mail.attachments.append(MailAttachment{QStringLiteral("n%1.txt").arg(i), QStringLiteral("text/plain"),
                                               QByteArray("Notiz ") + QByteArray::number(i)});
    ExtractOptions options;
    options.limits.maxMimeParts = 5;
    CHECK(extract(makeMail(mail), QStringLiteral("many.eml"), options).problem == Problem::TooLarge);
    options.limits.maxMimeParts = 8; // the multipart, the body and six attachments
    CHECK(extract(makeMail(mail), QStringLiteral("many.eml"), options).problem == Problem::None);
}

TEST_CASE("an encrypted or unknown attachment is listed as unread, the rest is read", "[documents][mail]")
{
    Mail mail;
    mail.body = QStringLiteral("Bitte prüfen: Kanarie-Text");
    mail.attachments.append(MailAttachment{QStringLiteral("geheim.pdf"), QStringLiteral("application/pdf"),
                                           makeEncryptedPdf({QStringLiteral("Verschlossen")})});
    mail.attachments.append(MailAttachment{QStringLiteral("foto.png"), QStringLiteral("image/png"),
                                           QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)});
    const Document document = requireDocument(extract(makeMail(mail), QStringLiteral("anhang.eml")));
    CHECK(segmentWith(document, QStringLiteral("Kanarie-Text")).place.kind == Place::Kind::MailBody);
    CHECK_FALSE(document.text.contains(QLatin1String("Verschlossen")));
    QStringList unread;
    for (const Unread& u : document.unread) {
        REQUIRE(u.kind == Unread::Kind::Attachment);
        unread.append(u.place.name);
        if (u.place.name == QLatin1String("geheim.pdf"))
            CHECK(u.reason.contains(QLatin1String("password")));
    }
    CHECK(unread == QStringList{QStringLiteral("geheim.pdf"), QStringLiteral("foto.png")});
}

TEST_CASE("mails attached to mails are read down to the attachment depth limit", "[documents][mail]")
{
    // m0 inside m1 inside m2 inside m3 inside m4: with three levels, m0 is skipped.
    QByteArray inner;
    QStringList names;
    for (int level = 0; level <= 4; ++level) {
        Mail mail;
        mail.subject = QStringLiteral("Weiterleitung %1").arg(level);
        mail.body = QStringLiteral("Ebene-%1-Kanarie").arg(level);
        if (level > 0)
            mail.attachments.append(MailAttachment{QStringLiteral("ebene%1.eml").arg(level - 1),
                                                   QStringLiteral("message/rfc822"), inner, QStringLiteral("8bit")});
        inner = makeMail(mail);
    }
    const Document document = requireDocument(extract(inner, QStringLiteral("ebene4.eml")));
    CHECK(segmentWith(document, QStringLiteral("Ebene-4-Kanarie")).place.container.isEmpty());
    CHECK(segmentWith(document, QStringLiteral("Ebene-3-Kanarie")).place.container ==
          QStringList{QStringLiteral("ebene3.eml")});
    const Segment level1 = segmentWith(document, QStringLiteral("Ebene-1-Kanarie"));
    CHECK(level1.place.kind == Place::Kind::MailBody);
    CHECK(level1.place.container ==
          QStringList{QStringLiteral("ebene3.eml"), QStringLiteral("ebene2.eml"), QStringLiteral("ebene1.eml")});
    CHECK(segmentWith(document, QStringLiteral("Weiterleitung 1")).place.kind == Place::Kind::MailHeader);
    CHECK_FALSE(document.text.contains(QLatin1String("Ebene-0-Kanarie")));
    const Unread* skipped = unreadOf(document, Unread::Kind::Skipped);
    REQUIRE(skipped != nullptr);
    CHECK(skipped->place.name == QLatin1String("ebene0.eml"));
    CHECK(skipped->place.container.size() == 3);
}

TEST_CASE("a base64-encoded attached mail is read too", "[documents][mail]")
{
    Mail inner;
    inner.body = QStringLiteral("Innen-Kanarie");
    Mail outer;
    outer.body = QStringLiteral("Außen");
    outer.attachments.append(
        MailAttachment{QStringLiteral("weiter.eml"), QStringLiteral("message/rfc822"), makeMail(inner)});
    const QByteArray eml = makeMail(outer);
    REQUIRE_FALSE(eml.contains("Innen-Kanarie"));
    const Document document = requireDocument(extract(eml, QStringLiteral("outer.eml")));
    CHECK(segmentWith(document, QStringLiteral("Innen-Kanarie")).place.container ==
          QStringList{QStringLiteral("weiter.eml")});
}

TEST_CASE("a file that is no e-mail is refused by the mail reader", "[documents][mail]")
{
    SECTION("text without header lines")
    {
        const ExtractResult result =
            extract("\r\n\r\nnur ein bisschen Text\r\nund noch mehr\r\n", QStringLiteral("x.eml"));
        CHECK(result.problem == Problem::Corrupt);
        CHECK(result.message.contains(QLatin1String("header")));
    }
    SECTION("an attached .eml that is no mail is listed as unread")
    {
        Mail mail;
        mail.body = QStringLiteral("Außen");
        mail.attachments.append(MailAttachment{QStringLiteral("kaputt.eml"), QStringLiteral("message/rfc822"),
                                               QByteArray("\r\n\r\nkein Kopf")});
        const Document document = requireDocument(extract(makeMail(mail), QStringLiteral("o.eml")));
        const Unread* unread = unreadOf(document, Unread::Kind::Attachment);
        REQUIRE(unread != nullptr);
        CHECK(unread->place.name == QLatin1String("kaputt.eml"));
    }
}

TEST_CASE("e-mail extraction can be cancelled", "[documents][mail]")
{
    Mail mail;
    mail.body = QStringLiteral("Text");
    std::atomic<bool> cancel{true};
    ExtractOptions options;
    options.cancel = &cancel;
    CHECK(extract(makeMail(mail), QStringLiteral("c.eml"), options).problem == Problem::Cancelled);
}

// Writes the fuzzers' seeds (tests/fuzz/documents/pdf, …/mail): run with "[.seeds]" from the
// repository's root.
TEST_CASE("write the PDF and e-mail fuzz seeds", "[.seeds]")
{
    auto write = [](const QString& path, const QByteArray& bytes) {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write(bytes) == bytes.size());
    };
    const QString pdfDir = QStringLiteral("tests/fuzz/documents/pdf/");
    const QString mailDir = QStringLiteral("tests/fuzz/documents/mail/");
    REQUIRE(QDir(pdfDir).exists());
    REQUIRE(QDir(mailDir).exists());
    PdfOptions plain;
    plain.compress = false;
    write(pdfDir + QStringLiteral("seed-plain.pdf"),
          makePdf({QStringLiteral("Hallo\nIBAN: %1").arg(kIban), QStringLiteral("Seite zwei")}, plain));
    write(pdfDir + QStringLiteral("seed-compressed.pdf"),
          makePdf({QStringLiteral("Seite eins"), QStringLiteral("zwei")}));
    PdfOptions unicode;
    unicode.unicode = true;
    unicode.imageOnlyPages = 1;
    write(pdfDir + QStringLiteral("seed-unicode-scan.pdf"), makePdf({QStringLiteral("Łukasz Żółć, Пётр")}, unicode));
    write(pdfDir + QStringLiteral("seed-encrypted.pdf"), makeEncryptedPdf({QStringLiteral("geheim")}));

    Mail simple;
    simple.body = QStringLiteral("Grüße aus Köln");
    simple.bodyEncoding = QStringLiteral("quoted-printable");
    write(mailDir + QStringLiteral("seed-qp.eml"), makeMail(simple));
    Mail html;
    html.body = QStringLiteral("Text");
    html.htmlBody = QStringLiteral("<p>Frau M&uuml;ller</p>");
    html.subject = QStringLiteral("Antrag für Łukasz");
    write(mailDir + QStringLiteral("seed-alternative.eml"), makeMail(html));
    Mail attached;
    attached.body = QStringLiteral("Anbei");
    attached.attachments.append(MailAttachment{QStringLiteral("a.pdf"), QStringLiteral("application/pdf"),
                                               makePdf({QStringLiteral("Anlage")})});
    attached.attachments.append(MailAttachment{QStringLiteral("weiter.eml"), QStringLiteral("message/rfc822"),
                                               makeMail(simple), QStringLiteral("8bit")});
    write(mailDir + QStringLiteral("seed-attachments.eml"), makeMail(attached));
}
