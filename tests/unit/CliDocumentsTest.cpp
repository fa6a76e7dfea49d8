// `ki-lotse-cli scan FILE…` and `scan --recursive DIR` on real documents made in the test: per-file
// results with places, the files JSON and NDJSON, the summary line, and the exit codes a script
// branches on (0 nothing found, 3 findings, 2 something could not be checked).

#include "DocumentFixtures.h"
#include "TestConfig.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace kilotse;
using namespace kilotse::test;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run scan(const QStringList& args, const QByteArray& stdinData = {})
{
    QProcess p;
    p.start(QStringLiteral(KI_LOTSE_CLI_PATH), QStringList{QStringLiteral("scan")} + args);
    REQUIRE(p.waitForStarted(10000));
    if (!stdinData.isNull())
        p.write(stdinData);
    p.closeWriteChannel();
    REQUIRE(p.waitForFinished(60000));
    REQUIRE(p.exitStatus() == QProcess::NormalExit);
    return Run{p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

void write(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    REQUIRE(f.write(data) == data.size());
}

const QString kIban = QStringLiteral("DE89 3704 0044 0532 0130 00");

QByteArray letterPdf()
{
    return makePdf({QStringLiteral("Stadt Musterstadt\nBescheid über Ihren Antrag"),
                    QStringLiteral("Sehr geehrter Herr Jonas Weber,\ndie Zahlung geht an IBAN %1.").arg(kIban)});
}

QByteArray sponsorXlsx()
{
    Sheet sheet;
    sheet.name = QStringLiteral("Spender");
    sheet.rows = {{QStringLiteral("Name"), QStringLiteral("IBAN")}};
    for (int r = 0; r < 5; ++r)
        sheet.rows.append({QStringLiteral("Nr. %1").arg(r + 1), QStringLiteral("Sachspende")});
    sheet.rows.append({QStringLiteral("Zahlung"), kIban}); // row 7: B7
    Workbook book;
    book.sheets = {sheet};
    return makeXlsx(book);
}

QJsonObject json(const Run& run)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    INFO(run.out.left(400).toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

} // namespace

TEST_CASE("cli_scanDocuments_pdfAndXlsxFindingsCarryPageAndCell", "[cli][documents]")
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("bescheid.pdf"));
    const QString xlsx = dir.filePath(QStringLiteral("spender.xlsx"));
    write(pdf, letterPdf());
    write(xlsx, sponsorXlsx());

    const Run run = scan({QStringLiteral("--format"), QStringLiteral("json"), pdf, xlsx});
    INFO(run.err.toStdString());
    CHECK(run.exitCode == 3); // findings present
    const QJsonObject doc = json(run);
    const QJsonArray files = doc.value(QStringLiteral("files")).toArray();
    REQUIRE(files.size() == 2);
    const QJsonObject first = files[0].toObject();
    CHECK(first.value(QStringLiteral("file")).toString() == pdf);
    CHECK(first.value(QStringLiteral("format")).toString() == QStringLiteral("pdf"));
    CHECK(first.value(QStringLiteral("pages")).toInt() == 2);
    bool ibanOnPage2 = false;
    for (const QJsonValue f : first.value(QStringLiteral("findings")).toArray()) {
        const QJsonObject place = f.toObject().value(QStringLiteral("place")).toObject();
        if (f.toObject().value(QStringLiteral("category")).toString() == QStringLiteral("IBAN"))
            ibanOnPage2 = place.value(QStringLiteral("kind")).toString() == QStringLiteral("page") &&
                          place.value(QStringLiteral("page")).toInt() == 2;
    }
    CHECK(ibanOnPage2);
    CHECK(first.value(QStringLiteral("suggested_level")).toInt() == 2);
    const QJsonObject second = files[1].toObject();
    const QJsonArray cells = second.value(QStringLiteral("findings")).toArray();
    REQUIRE(cells.size() == 1);
    const QJsonObject cell = cells[0].toObject().value(QStringLiteral("place")).toObject();
    CHECK(cell.value(QStringLiteral("sheet")).toString() == QStringLiteral("Spender"));
    CHECK(cell.value(QStringLiteral("cell")).toString() == QStringLiteral("B7"));
    const QJsonObject summary = doc.value(QStringLiteral("summary")).toObject();
    CHECK(summary.value(QStringLiteral("files")).toInt() == 2);
    CHECK(summary.value(QStringLiteral("with_findings")).toInt() == 2);
    CHECK(summary.value(QStringLiteral("not_checked")).toInt() == 0);
    CHECK(summary.value(QStringLiteral("suggested_level")).toInt() == 2);

    // The text form names the place; the summary line counts files and findings.
    const Run text = scan({pdf, xlsx});
    CHECK(text.exitCode == 3);
    // The place names come from the translations, which the GUI-off build (core-only, ASan) does not carry.
    const bool translated = QFile::exists(QStringLiteral(":/i18n/ki-lotse_de.qm"));
    CHECK(text.out.contains(translated ? "Seite 2" : "Page 2"));
    CHECK(text.out.contains("B7"));
    CHECK(text.out.contains("Zusammen: 2 Dateien geprüft"));

    // NDJSON: findings with their file, a line per file, the summary last.
    const Run lines = scan({QStringLiteral("--format"), QStringLiteral("ndjson"), pdf, xlsx});
    const QList<QByteArray> rows = lines.out.trimmed().split('\n');
    REQUIRE(rows.size() >= 4);
    CHECK(rows.last().startsWith("{\"type\":\"summary\""));
    CHECK(rows.first().contains("\"file\":"));
    CHECK(lines.out.count("{\"type\":\"file\"") == 2);
}

TEST_CASE("cli_scanDocuments_exitCodesForCleanFindingsAndUncheckable", "[cli][documents]")
{
    QTemporaryDir dir;
    const QString clean = dir.filePath(QStringLiteral("clean.pdf"));
    write(clean, makePdf({QStringLiteral("Die Stadtbücherei ist am Montag geschlossen.")}));
    const Run ok = scan({clean});
    CHECK(ok.exitCode == 0);
    CHECK(ok.out.contains("keine Funde"));

    // A scan without text layer is never "clean": exit 2 and it says why.
    const QString scanned = dir.filePath(QStringLiteral("scan.pdf"));
    write(scanned, makePdf({}, PdfOptions{true, false, 2}));
    const Run noText = scan({QStringLiteral("--format"), QStringLiteral("json"), scanned});
    CHECK(noText.exitCode == 2);
    CHECK(noText.err.contains("scan.pdf"));
    CHECK(json(noText)
              .value(QStringLiteral("files"))
              .toArray()[0]
              .toObject()
              .value(QStringLiteral("status"))
              .toString() == QStringLiteral("no-text"));

    const QString locked = dir.filePath(QStringLiteral("geheim.pdf"));
    write(locked, makeEncryptedPdf({QStringLiteral("Herr Jonas Weber")}));
    const Run encrypted = scan({QStringLiteral("--format"), QStringLiteral("json"), clean, locked});
    CHECK(encrypted.exitCode == 2); // 2 wins over everything: a script must look
    const QJsonObject second = json(encrypted).value(QStringLiteral("files")).toArray()[1].toObject();
    CHECK(second.value(QStringLiteral("status")).toString() == QStringLiteral("not-checked"));
    CHECK(second.value(QStringLiteral("problem")).toString() == QStringLiteral("encrypted"));
    CHECK(encrypted.err.contains("geheim.pdf"));

    // A truncated PDF and a picture: named with their reason, nothing crashes.
    const QString broken = dir.filePath(QStringLiteral("kaputt.pdf"));
    write(broken, letterPdf().left(300));
    const QString picture = dir.filePath(QStringLiteral("foto.png"));
    write(picture, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\x0d", 12) + QByteArray(100, 'x'));
    const Run bad = scan({broken, picture});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains("kaputt.pdf"));
    CHECK(bad.err.contains("foto.png"));
}

TEST_CASE("cli_scanDocuments_recursiveFolderAndStandardInput", "[cli][documents]")
{
    QTemporaryDir dir;
    const QString root = dir.filePath(QStringLiteral("wissen"));
    write(root + QStringLiteral("/a/bescheid.pdf"), letterPdf());
    write(root + QStringLiteral("/b/c/spender.xlsx"), sponsorXlsx());
    write(root + QStringLiteral("/notiz.txt"), "Sitzung am Montag.\n");
    write(root + QStringLiteral("/.git/config"), QByteArray("\0\0binary", 8)); // hidden: left out
    Mail mail;
    mail.body = QStringLiteral("Guten Tag, meine IBAN ist %1.").arg(kIban);
    write(root + QStringLiteral("/post/antrag.eml"), makeMail(mail));

    // A folder needs --recursive.
    const Run folder = scan({root});
    CHECK(folder.exitCode == 2);
    CHECK(folder.err.contains("--recursive"));

    const Run all = scan({QStringLiteral("--recursive"), QStringLiteral("--format"), QStringLiteral("json"), root});
    INFO(all.err.toStdString());
    CHECK(all.exitCode == 3);
    const QJsonArray files = json(all).value(QStringLiteral("files")).toArray();
    QStringList names;
    for (const QJsonValue f : files)
        names.append(QFileInfo(f.toObject().value(QStringLiteral("file")).toString()).fileName());
    CHECK(names == QStringList{QStringLiteral("bescheid.pdf"), QStringLiteral("spender.xlsx"),
                               QStringLiteral("notiz.txt"), QStringLiteral("antrag.eml")});
    for (const QJsonValue f : files)
        CHECK(f.toObject().value(QStringLiteral("status")).toString() == QStringLiteral("checked"));

    // An empty folder is an error, not a clean result.
    QDir().mkpath(dir.filePath(QStringLiteral("leer")));
    CHECK(scan({QStringLiteral("--recursive"), dir.filePath(QStringLiteral("leer"))}).exitCode == 2);

    // A PDF through standard input is read as a PDF.
    const Run piped = scan({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-")}, letterPdf());
    CHECK(piped.exitCode == 3);
    CHECK(
        json(piped).value(QStringLiteral("files")).toArray()[0].toObject().value(QStringLiteral("format")).toString() ==
        QStringLiteral("pdf"));
    // "-" twice is a usage error.
    CHECK(scan({QStringLiteral("-"), QStringLiteral("-")}, "x").exitCode == 2);
}
