// The record PDF as PDF/A-2b and tagged PDF (issue 20): embedded DejaVu subsets with ToUnicode
// maps (Polish, Turkish and Cyrillic names print and come back from text extraction), XMP
// metadata, output intent, structure tree in reading order. Checked with the poppler tools and
// qpdf, as an archive or a screen reader would see the file.
#include "TestSupport.h"
#include "classify/Classifier.h"
#include "report/CheckRecord.h"
#include "report/PdfWriter.h"
#include "report/RecordRender.h"
#include "report/TrueTypeFont.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cmath>
#include <iterator>

using namespace kilotse;

namespace {

const QString kPolish = QStringLiteral("Łukasz Żółć");
const QString kTurkish = QStringLiteral("Şükrü Yılmaz");
const QString kRussian = QStringLiteral("Пётр Иванов");
const QString kGerman = QStringLiteral("Grüße – „Zitat“ € §");

struct Tool
{
    bool available = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs a tool of poppler-utils or qpdf (test dependencies, scripts/deps.sh). `available` is false
// only if the program is not installed.
Tool run(const QString& program, const QStringList& args)
{
    Tool t;
    if (QStandardPaths::findExecutable(program).isEmpty())
        return t;
    QProcess p;
    p.start(program, args);
    REQUIRE(p.waitForStarted(10000));
    REQUIRE(p.waitForFinished(60000));
    t.available = true;
    t.exitCode = p.exitCode();
    t.out = p.readAllStandardOutput();
    t.err = p.readAllStandardError();
    return t;
}

#define REQUIRE_TOOL(tool, name)                                                                                       \
    if (!(tool).available) {                                                                                           \
        WARN(name " is not installed: check skipped (scripts/deps.sh installs it)");                                   \
        return;                                                                                                        \
    }

QString write(QTemporaryDir& dir, const QString& name, const QByteArray& data)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(data) == data.size());
    file.close();
    return path;
}

pdf::Document sampleDocument()
{
    pdf::Document doc(QStringLiteral("Prüfvermerk für ") + kPolish);
    doc.setCreated(QDateTime(QDate(2026, 11, 22), QTime(10, 15, 30), QTimeZone(3600)));
    doc.setFooter(QStringLiteral("Prüfvermerk · ") + kRussian, QStringLiteral("Seite %1 von %2"));
    doc.add(pdf::Document::Style::Title, QStringLiteral("Prüfvermerk für ") + kPolish);
    doc.add(pdf::Document::Style::Heading, QStringLiteral("Angaben"));
    doc.add(pdf::Document::Style::Body, QStringLiteral("Antwort an ") + kPolish + QStringLiteral(", ") + kTurkish +
                                            QStringLiteral(" und ") + kRussian + u'.');
    doc.field(QStringLiteral("Zweck"), kGerman);
    doc.field(QStringLiteral("Bearbeitet von"), kTurkish);
    doc.space(6);
    doc.add(pdf::Document::Style::Heading, QStringLiteral("Hinweise"));
    doc.add(pdf::Document::Style::Bullet, QStringLiteral("Erster Punkt für ") + kRussian);
    doc.add(pdf::Document::Style::Small, QStringLiteral("Quelle: Leitfaden, Abschnitt 2"));
    doc.add(pdf::Document::Style::Bullet, QStringLiteral("Zweiter Punkt"));
    doc.add(pdf::Document::Style::Highlight, QStringLiteral("Ergebnis: Schutzstufe 2"));
    return doc;
}

// The structure element types of `pdfinfo -struct` output, in document order.
QStringList structTypes(const QByteArray& out)
{
    QStringList types;
    static const QRegularExpression line(QStringLiteral("^\\s*([A-Za-z][A-Za-z0-9]*)\\b"));
    for (const QString& l : QString::fromUtf8(out).split(u'\n')) {
        const QRegularExpressionMatch m = line.match(l);
        if (m.hasMatch())
            types << m.captured(1);
    }
    return types;
}

// The objects of a PDF as qpdf --json (version 2) shows them: "obj:N 0 R" → value (streams: dict).
QJsonObject qpdfObjects(const QString& path)
{
    const Tool t = run(QStringLiteral("qpdf"), {QStringLiteral("--json=2"), QStringLiteral("--json-key=qpdf"), path});
    REQUIRE(t.available);
    REQUIRE(t.exitCode == 0);
    const QJsonDocument doc = QJsonDocument::fromJson(t.out);
    const QJsonArray qpdf = doc.object().value(QStringLiteral("qpdf")).toArray();
    REQUIRE(qpdf.size() == 2);
    QJsonObject objects;
    const QJsonObject raw = qpdf.at(1).toObject();
    for (auto it = raw.begin(); it != raw.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        objects.insert(it.key().startsWith(QLatin1String("obj:")) ? it.key().mid(4) : it.key(),
                       o.contains(QStringLiteral("stream"))
                           ? o.value(QStringLiteral("stream")).toObject().value(QStringLiteral("dict"))
                           : o.value(QStringLiteral("value")));
    }
    return objects;
}

// Reads a big-endian table directory: tag → (offset, length).
QMap<QByteArray, std::pair<quint32, quint32>> tableDirectory(const QByteArray& font)
{
    auto u16 = [&](qsizetype at) { return quint32(quint8(font[at])) << 8 | quint8(font[at + 1]); };
    auto u32 = [&](qsizetype at) { return u16(at) << 16 | u16(at + 2); };
    QMap<QByteArray, std::pair<quint32, quint32>> tables;
    const int n = static_cast<int>(u16(4));
    for (int i = 0; i < n; ++i)
        tables.insert(font.mid(12 + 16 * i, 4), {u32(12 + 16 * i + 8), u32(12 + 16 * i + 12)});
    return tables;
}

quint32 sfntChecksum(const QByteArray& data)
{
    quint32 sum = 0;
    for (qsizetype i = 0; i < data.size(); i += 4) {
        quint32 word = 0;
        for (int k = 0; k < 4; ++k)
            word = word << 8 | (i + k < data.size() ? quint8(data[i + k]) : 0u);
        sum += word;
    }
    return sum;
}

CheckRecord sampleRecord(const QString& purpose)
{
    const PolicyPack& pack = test::defaultPack();
    const AnswerSet answers =
        test::answers(QStringLiteral("citizen_communication"), {{"personal_data", "yes"}, {"public_output", "yes"}});
    const Outcome outcome = Classifier(pack).classify(answers);
    RecordContext context;
    context.purpose = purpose;
    context.user = QStringLiteral("mmuster");
    context.created = QDateTime(QDate(2026, 11, 22), QTime(10, 15), QTimeZone(3600));
    context.registryProblem = QStringLiteral("kein Verzeichnis im Test");
    context.label =
        RecordLabel{QStringLiteral("KI-Assistent"), QStringLiteral("assisted"), QStringLiteral("Mit KI erstellt.")};
    context.scanCounts = QMap<QString, int>{{QStringLiteral("PERSON_NAME"), 2}, {QStringLiteral("IBAN"), 1}};
    return makeCheckRecord(pack, answers, outcome, context);
}

} // namespace

TEST_CASE("truetype_dejavu_mapsUnicodeToGlyphsAndReadsWidths", "[report][pdfa]")
{
    const QString path = pdf::Document::defaultFontFile(false);
    QString error;
    const auto font = pdf::TrueTypeFont::load(path, &error);
    INFO(error.toStdString());
    REQUIRE(font);
    CHECK(font->unitsPerEm() == 2048);
    CHECK(font->glyphCount() > 3000);
    CHECK(font->mappedCodePoints() > 3000);
    for (char32_t c : {U'A', U'Ł', U'ż', U'Ş', U'ı', U'П', U'ё', U'€', U'„', U'\u2022', U'\uFFFD'}) {
        INFO(int(c));
        CHECK(font->glyphFor(c) != 0);
    }
    CHECK(font->glyphFor(U'Ł') != font->glyphFor(U'L'));
    CHECK(font->glyphFor(U'П') != font->glyphFor(U'Ł'));
    CHECK(font->glyphFor(0x4E2D) == 0); // no CJK in DejaVu Sans
    CHECK(font->glyphFor(0x10FFFF) == 0);

    // The advance of "M" as hmtx says, read here independently of the reader.
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const auto tables = tableDirectory(bytes);
    REQUIRE(tables.contains("hmtx"));
    REQUIRE(tables.contains("hhea"));
    auto u16 = [&](qsizetype at) { return int(quint8(bytes[at])) << 8 | quint8(bytes[at + 1]); };
    const int numberOfHMetrics = u16(tables.value("hhea").first + 34);
    const int m = font->glyphFor(U'M');
    REQUIRE(m > 0);
    const int expected = u16(tables.value("hmtx").first + 4 * std::min(m, numberOfHMetrics - 1));
    CHECK(font->advance(static_cast<std::uint16_t>(m)) == expected);
    CHECK(expected > 1000); // a real width, not a default
    CHECK(font->advance1000(static_cast<std::uint16_t>(m)) == std::lround(expected * 1000.0 / 2048));
    CHECK(font->ascent() > 0);
    CHECK(font->descent() < 0);
    CHECK_FALSE(font->isBold());

    const auto bold = pdf::TrueTypeFont::load(pdf::Document::defaultFontFile(true), &error);
    REQUIRE(bold);
    CHECK(bold->isBold());
    CHECK(bold->advance(bold->glyphFor(U'M')) != expected); // bold is wider
}

TEST_CASE("truetype_subset_isAValidSmallFontWithOnlyTheUsedGlyphs", "[report][pdfa]")
{
    QString error;
    const auto font = pdf::TrueTypeFont::load(pdf::Document::defaultFontFile(false), &error);
    REQUIRE(font);
    QSet<std::uint16_t> glyphs;
    for (char32_t c : QStringLiteral("Łukasz Żółć Şükrü Yılmaz Пётр Иванов").toUcs4())
        glyphs.insert(font->glyphFor(c));
    QHash<std::uint16_t, std::uint16_t> ids;
    const QByteArray subset = font->subset(glyphs, &ids);
    QFile file(pdf::Document::defaultFontFile(false));
    const qint64 original = file.size();
    INFO("subset " << subset.size() << " bytes of " << original);
    CHECK(subset.size() < original / 4);
    CHECK(qCompress(subset, 9).size() < 60 * 1024);

    // A well-formed sfnt: sorted directory, correct checksums, whole-font checksum adjustment.
    const auto tables = tableDirectory(subset);
    for (const char* tag : {"glyf", "head", "hhea", "hmtx", "loca", "maxp"}) {
        INFO(tag);
        CHECK(tables.contains(tag));
    }
    CHECK_FALSE(tables.contains("cmap"));
    CHECK_FALSE(tables.contains("name"));
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        INFO(it.key().toStdString());
        REQUIRE(qint64(it->first) + it->second <= subset.size());
        QByteArray data = subset.mid(it->first, it->second);
        if (it.key() == "head")
            data.replace(8, 4, QByteArray(4, '\0'));
        const int index = static_cast<int>(std::distance(tables.begin(), it));
        auto u32 = [&](qsizetype at) {
            return quint32(quint8(subset[at])) << 24 | quint32(quint8(subset[at + 1])) << 16 |
                   quint32(quint8(subset[at + 2])) << 8 | quint8(subset[at + 3]);
        };
        CHECK(u32(12 + 16 * index + 4) == sfntChecksum(data));
    }
    CHECK(sfntChecksum(subset) == 0xB1B0AFBAu);

    // Renumbered: .notdef first, every used glyph (and the components of composites) kept with
    // its outline and metrics.
    CHECK(ids.value(0, 99) == 0);
    CHECK(ids.size() > glyphs.size());
    CHECK(ids.size() < 80);
    auto be16 = [&](qsizetype at) { return int(quint8(subset[at])) << 8 | quint8(subset[at + 1]); };
    CHECK(be16(tables.value("maxp").first + 4) == ids.size());
    CHECK(be16(tables.value("hhea").first + 34) == ids.size());
    const std::uint16_t l = font->glyphFor(U'Ł');
    REQUIRE(ids.contains(l));
    CHECK(be16(tables.value("hmtx").first + 4 * ids.value(l)) == font->advance(l));
    const QByteArray newGlyf = subset.mid(tables.value("glyf").first, tables.value("glyf").second);
    CHECK(newGlyf.size() < font->table("glyf").size() / 50);
    CHECK(newGlyf.size() > 1000);
    CHECK(subset.size() < 16 * 1024);
}

TEST_CASE("pdf_missingOrBrokenFont_failsWithAClearError", "[report][pdfa]")
{
    QTemporaryDir dir;
    const QString broken =
        write(dir, QStringLiteral("Broken.ttf"), QByteArray("\x00\x01\x00\x00\x00\x09", 6) + QByteArray(40, 'x'));
    const QString missing = dir.filePath(QStringLiteral("Missing.ttf"));
    for (const QString& path : {broken, missing}) {
        pdf::Document doc(QStringLiteral("Test"));
        doc.add(pdf::Document::Style::Body, QStringLiteral("Text"));
        doc.setFontFiles(path, pdf::Document::defaultFontFile(true));
        QString error;
        const std::optional<QByteArray> result = doc.toPdf(&error);
        CHECK_FALSE(result);
        CHECK(error.contains(path));
        CHECK(error.contains(QStringLiteral("fonts-dejavu-core")));
        CHECK(doc.toPdf().isEmpty()); // the old form gives nothing rather than a broken PDF
    }
    // A truncated copy of the real font is refused too (table directory points past the end).
    QFile real(pdf::Document::defaultFontFile(true));
    REQUIRE(real.open(QIODevice::ReadOnly));
    const QString truncated = write(dir, QStringLiteral("Truncated.ttf"), real.read(4000));
    pdf::Document doc(QStringLiteral("Test"));
    doc.setFontFiles(pdf::Document::defaultFontFile(false), truncated);
    QString error;
    CHECK_FALSE(doc.toPdf(&error));
    CHECK(error.contains(truncated));
}

TEST_CASE("pdf_unicodeNames_areEmbeddedExtractableTaggedPdfA2b", "[report][pdfa]")
{
    pdf::Document doc = sampleDocument();
    doc.setLanguage(QStringLiteral("de-DE"));
    QString error;
    QString unsupported;
    const std::optional<QByteArray> result = doc.toPdf(&error, &unsupported);
    INFO(error.toStdString());
    REQUIRE(result);
    const QByteArray& pdfBytes = *result;
    CHECK(unsupported.isEmpty());
    CHECK(pdfBytes.startsWith("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"));
    CHECK(pdfBytes.contains("/Type /Metadata /Subtype /XML"));
    CHECK(pdfBytes.contains("/ID [<"));
    CHECK_FALSE(pdfBytes.contains("/Encrypt"));
    CHECK_FALSE(pdfBytes.contains("/LZWDecode"));
    CHECK_FALSE(pdfBytes.contains("Helvetica"));
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("pdfa.pdf"), pdfBytes);

    // Fonts: every one embedded, subset, with a ToUnicode map, CID TrueType.
    const Tool fonts = run(QStringLiteral("pdffonts"), {path});
    REQUIRE_TOOL(fonts, "pdffonts");
    REQUIRE(fonts.exitCode == 0);
    const QStringList fontLines = QString::fromUtf8(fonts.out).split(u'\n', Qt::SkipEmptyParts).mid(2);
    INFO(fonts.out.toStdString());
    REQUIRE(fontLines.size() == 2);
    static const QRegularExpression fontLine(
        QStringLiteral("^[A-Z]{6}\\+DejaVuSans(-Bold)?\\s+CID TrueType\\s+Identity-H\\s+yes\\s+yes\\s+yes\\s"));
    for (const QString& line : fontLines)
        CHECK(fontLine.match(line).hasMatch());

    // Document information: tagged, PDF 1.7, XMP with the PDF/A identification.
    const Tool info = run(QStringLiteral("pdfinfo"), {path});
    REQUIRE_TOOL(info, "pdfinfo");
    const QString infoText = QString::fromUtf8(info.out);
    INFO(infoText.toStdString());
    CHECK(info.err.isEmpty());
    CHECK(infoText.contains(QRegularExpression(QStringLiteral("Tagged:\\s+yes"))));
    CHECK(infoText.contains(QRegularExpression(QStringLiteral("PDF version:\\s+1.7"))));
    CHECK(infoText.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\n"))));
    CHECK(infoText.contains(QRegularExpression(QStringLiteral("Metadata Stream:\\s+yes"))));
    CHECK(infoText.contains(QString(QStringLiteral("Title:           Prüfvermerk für ") + kPolish)));
    const Tool meta = run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path});
    const QString xmp = QString::fromUtf8(meta.out);
    INFO(xmp.toStdString());
    CHECK(xmp.contains(QStringLiteral("<pdfaid:part>2</pdfaid:part>")));
    CHECK(xmp.contains(QStringLiteral("<pdfaid:conformance>B</pdfaid:conformance>")));
    CHECK(xmp.contains(QString(QStringLiteral("<rdf:li xml:lang=\"x-default\">Prüfvermerk für ") + kPolish)));
    CHECK(xmp.contains(QStringLiteral("<rdf:li>de-DE</rdf:li>")));
    CHECK(xmp.contains(QStringLiteral("<xmp:CreateDate>2026-11-22T10:15:30+01:00</xmp:CreateDate>")));
    CHECK(xmp.contains(QStringLiteral("<pdf:Producer>KI-Lotse</pdf:Producer>")));

    // Text comes back exactly, in reading order.
    const Tool text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE_TOOL(text, "pdftotext");
    const QString t = QString::fromUtf8(text.out);
    INFO(t.toStdString());
    for (const QString& name : {kPolish, kTurkish, kRussian, kGerman})
        CHECK(t.contains(name));
    CHECK(t.contains(QString(QStringLiteral("Antwort an ") + kPolish + QStringLiteral(", ") + kTurkish +
                             QStringLiteral(" und ") + kRussian + u'.')));
    const qsizetype title = t.indexOf(QStringLiteral("Prüfvermerk für"));
    const qsizetype heading = t.indexOf(QStringLiteral("Angaben"));
    const qsizetype body = t.indexOf(QStringLiteral("Antwort an"));
    CHECK(title >= 0);
    CHECK(title < heading);
    CHECK(heading < body);
    CHECK(t.contains(QStringLiteral("Seite 1 von 1")));
    CHECK_FALSE(t.contains(u'?'));

    // Syntax and streams.
    const Tool check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    REQUIRE_TOOL(check, "qpdf");
    INFO(check.out.toStdString() << check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.contains("No syntax or stream encoding errors found"));
    CHECK(check.err.isEmpty());

    // Catalog: language, output intent with an sRGB (N 3) profile, title shown by viewers.
    const QJsonObject objects = qpdfObjects(path);
    const QJsonObject catalog =
        objects.value(objects.value(QStringLiteral("trailer")).toObject().value(QStringLiteral("/Root")).toString())
            .toObject();
    CHECK(catalog.value(QStringLiteral("/Lang")).toString() == QStringLiteral("u:de-DE"));
    CHECK(catalog.value(QStringLiteral("/ViewerPreferences"))
              .toObject()
              .value(QStringLiteral("/DisplayDocTitle"))
              .toBool());
    const QJsonArray intents = catalog.value(QStringLiteral("/OutputIntents")).toArray();
    REQUIRE(intents.size() == 1);
    const QJsonObject intent = objects.value(intents.at(0).toString()).toObject();
    CHECK(intent.value(QStringLiteral("/S")).toString() == QStringLiteral("/GTS_PDFA1"));
    const QJsonObject profile = objects.value(intent.value(QStringLiteral("/DestOutputProfile")).toString()).toObject();
    CHECK(profile.value(QStringLiteral("/N")).toInt() == 3);

    // The structure tree in reading order.
    const Tool tree = run(QStringLiteral("pdfinfo"), {QStringLiteral("-struct"), path});
    INFO(tree.out.toStdString());
    const QStringList types = structTypes(tree.out);
    const QStringList expected{QStringLiteral("Document"), QStringLiteral("H1"),    QStringLiteral("H2"),
                               QStringLiteral("P"),        QStringLiteral("Table"), QStringLiteral("TR"),
                               QStringLiteral("TH"),       QStringLiteral("TD"),    QStringLiteral("TR"),
                               QStringLiteral("TH"),       QStringLiteral("TD"),    QStringLiteral("H2"),
                               QStringLiteral("L"),        QStringLiteral("LI"),    QStringLiteral("Lbl"),
                               QStringLiteral("LBody"),    QStringLiteral("P"),     QStringLiteral("LI"),
                               QStringLiteral("Lbl"),      QStringLiteral("LBody"), QStringLiteral("P")};
    CHECK(types == expected);
    CHECK(tree.out.contains("Scope"));
    const Tool treeText = run(QStringLiteral("pdfinfo"), {QStringLiteral("-struct-text"), path});
    const QString structText = QString::fromUtf8(treeText.out);
    INFO(structText.toStdString());
    CHECK(structText.contains(kTurkish));
    CHECK(structText.indexOf(QStringLiteral("Zweck")) < structText.indexOf(kGerman));

    // Rendering: poppler draws every page without complaint (fonts load, content parses).
    const Tool render =
        run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("40"), QStringLiteral("-png"), path,
                                         dir.filePath(QStringLiteral("p"))});
    if (render.available) {
        INFO(render.err.toStdString());
        CHECK(render.exitCode == 0);
        CHECK(render.err.isEmpty());
    }
}

TEST_CASE("pdf_languageAndUnsupportedCharacters", "[report][pdfa]")
{
    pdf::Document doc(QStringLiteral("Check record"));
    doc.setLanguage(QStringLiteral("en-GB"));
    doc.setLanguage(QStringLiteral("en GB) /Evil (")); // refused: stays en-GB
    CHECK(doc.language() == QStringLiteral("en-GB"));
    doc.add(pdf::Document::Style::Body, QStringLiteral("Chinese 中文 and emoji ") + QString::fromUcs4(U"\U0001F9E0"));
    QString error;
    QString unsupported;
    const auto result = doc.toPdf(&error, &unsupported);
    REQUIRE(result);
    CHECK(unsupported == QString(QStringLiteral("中文") + QString::fromUcs4(U"\U0001F9E0")));
    CHECK(result->contains("<rdf:li>en-GB</rdf:li>"));
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("en.pdf"), *result);
    if (!QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty()) {
        const QJsonObject objects = qpdfObjects(path);
        const QString root =
            objects.value(QStringLiteral("trailer")).toObject().value(QStringLiteral("/Root")).toString();
        CHECK(objects.value(root).toObject().value(QStringLiteral("/Lang")).toString() == QStringLiteral("u:en-GB"));
    }
    const Tool text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE_TOOL(text, "pdftotext");
    // Printed as U+FFFD (PDF/A forbids .notdef), and extracted as such.
    CHECK(QString::fromUtf8(text.out).contains(QStringLiteral("Chinese \uFFFD\uFFFD and emoji \uFFFD")));

    CHECK(pdf::Document::normalise(QStringLiteral("a\tb\u00A0c\u00ADd\u200Be\u0007f\nЖ")) ==
          QStringLiteral("a b cdef\nЖ"));
}

TEST_CASE("pdf_paragraphAcrossPages_isOneElementWithContentOnBothPages", "[report][pdfa]")
{
    pdf::Document doc(QStringLiteral("Lang"));
    doc.setFooter(QStringLiteral("Fuß"), QStringLiteral("Seite %1 von %2"));
    doc.add(pdf::Document::Style::Title, QStringLiteral("Lang"));
    QString words;
    for (int i = 0; i < 900; ++i)
        words += QStringLiteral("Wort%1 ").arg(i);
    doc.add(pdf::Document::Style::Body, words.trimmed());
    doc.add(pdf::Document::Style::Body, QStringLiteral("Schluss"));
    QString error;
    const auto result = doc.toPdf(&error);
    REQUIRE(result);
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("long.pdf"), *result);

    const Tool text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE_TOOL(text, "pdftotext");
    const QString t = QString::fromUtf8(text.out);
    CHECK(t.count(u'\f') >= 2);
    CHECK(t.contains(QStringLiteral("Wort0 ")));
    CHECK(t.contains(QStringLiteral("Wort899")));
    const Tool check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    REQUIRE_TOOL(check, "qpdf");
    CHECK(check.out.contains("No syntax or stream encoding errors found"));

    // Find the long P: its marked content lies on two pages, and each page's parent tree entry
    // points back to it.
    const QJsonObject objects = qpdfObjects(path);
    const QJsonObject catalog =
        objects.value(objects.value(QStringLiteral("trailer")).toObject().value(QStringLiteral("/Root")).toString())
            .toObject();
    CHECK(catalog.value(QStringLiteral("/MarkInfo")).toObject().value(QStringLiteral("/Marked")).toBool());
    const QJsonObject root = objects.value(catalog.value(QStringLiteral("/StructTreeRoot")).toString()).toObject();
    const QJsonArray nums = objects.value(root.value(QStringLiteral("/ParentTree")).toString())
                                .toObject()
                                .value(QStringLiteral("/Nums"))
                                .toArray();
    const QJsonObject document = objects.value(root.value(QStringLiteral("/K")).toArray().at(0).toString()).toObject();
    CHECK(document.value(QStringLiteral("/S")).toString() == QStringLiteral("/Document"));
    const QJsonArray children = document.value(QStringLiteral("/K")).toArray();
    REQUIRE(children.size() == 3);
    const QString longRef = children.at(1).toString();
    const QJsonObject longP = objects.value(longRef).toObject();
    CHECK(longP.value(QStringLiteral("/S")).toString() == QStringLiteral("/P"));
    QSet<QString> pages;
    for (const QJsonValue& kid : longP.value(QStringLiteral("/K")).toArray()) {
        const QJsonObject mcr = kid.toObject();
        const QString page = mcr.value(QStringLiteral("/Pg")).toString();
        pages.insert(page);
        const int structParents = objects.value(page).toObject().value(QStringLiteral("/StructParents")).toInt(-1);
        REQUIRE(structParents >= 0);
        QJsonArray entry;
        for (qsizetype i = 0; i + 1 < nums.size(); i += 2) {
            if (nums.at(i).toInt() == structParents)
                entry = nums.at(i + 1).toArray();
        }
        const int mcid = mcr.value(QStringLiteral("/MCID")).toInt(-1);
        REQUIRE(mcid >= 0);
        REQUIRE(mcid < entry.size());
        CHECK(entry.at(mcid).toString() == longRef);
    }
    CHECK(pages.size() >= 2);
    CHECK(objects.value(*pages.begin()).toObject().value(QStringLiteral("/Tabs")).toString() == QStringLiteral("/S"));
}

TEST_CASE("recordPdf_withUnicodePurpose_isPdfAAndReasonablySmall", "[report][pdfa]")
{
    const CheckRecord r = sampleRecord(QStringLiteral("Antwort an ") + kPolish + QStringLiteral(", ") + kTurkish +
                                       QStringLiteral(" und ") + kRussian);
    const QByteArray bytes = recordToPdf(r, nullptr, &test::defaultPack());
    REQUIRE_FALSE(bytes.isEmpty());
    // Before issue 20 this record was 16 KB with nothing embedded; now about 39 KB: two font
    // subsets (21 KB), the ICC profile (2 KB), XMP (2 KB), the structure tree (compressed).
    INFO("record PDF: " << bytes.size() << " bytes");
    CHECK(bytes.size() < 60 * 1024);
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("record.pdf"), bytes);
    const Tool text = run(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    REQUIRE_TOOL(text, "pdftotext");
    const QString t = QString::fromUtf8(text.out).simplified();
    INFO(t.toStdString());
    CHECK(t.contains(QString(kPolish + QStringLiteral(", ") + kTurkish + QStringLiteral(" und ") + kRussian)));
    const Tool check = run(QStringLiteral("qpdf"), {QStringLiteral("--check"), path});
    REQUIRE_TOOL(check, "qpdf");
    CHECK(check.out.contains("No syntax or stream encoding errors found"));
    const Tool fonts = run(QStringLiteral("pdffonts"), {path});
    CHECK_FALSE(fonts.out.contains(" no "));

    // The embedded font programs are small subsets (the whole DejaVu Sans is 760 KB).
    const QJsonObject objects = qpdfObjects(path);
    int programs = 0;
    for (auto it = objects.begin(); it != objects.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        if (!o.contains(QStringLiteral("/Length1")))
            continue;
        ++programs;
        CHECK(o.value(QStringLiteral("/Length1")).toInt() < 60 * 1024);
        CHECK(o.value(QStringLiteral("/Length")).toInt() < 30 * 1024);
    }
    CHECK(programs == 2);
}
