// Writes test documents made by the fixture functions of tests/unit/DocumentFixtures.h, for the
// document benchmark (tests/bench/documents.sh), the privacy canary test
// (tests/privacy/document-canary.sh) and people who want to try `ki-lotse-cli scan` on real files.
//
//   ki-lotse-doc-fixture pdf-pages N OUT.pdf     N pages of a municipal letter with names, IBANs …
//   ki-lotse-doc-fixture xlsx-rows N OUT.xlsx    a sponsor list with N rows (name, street, IBAN, amount …)
//   ki-lotse-doc-fixture csv-rows N OUT.csv      the same list as CSV text
//   ki-lotse-doc-fixture canary DIR WORD         one file per format, WORD in every kind of text part
//   ki-lotse-doc-fixture samples DIR             a small folder of each format with findings, for trying out

#include "DocumentFixtures.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdio>

using namespace kilotse::test;

namespace {

bool write(const QString& path, const QByteArray& data)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size()) {
        std::fprintf(stderr, "ki-lotse-doc-fixture: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

// A valid German IBAN for a running number (check digits computed, mod 97).
QString iban(int n)
{
    const QString bban = QStringLiteral("37040044%1").arg(n % 10000000000LL, 10, 10, QLatin1Char('0'));
    // ISO 13616: BBAN + "DE00" with letters as numbers (D=13, E=14), mod 97.
    const QString digits = bban + QStringLiteral("131400");
    int rest = 0;
    for (const QChar c : digits)
        rest = (rest * 10 + (c.unicode() - u'0')) % 97;
    return QStringLiteral("DE%1%2").arg(98 - rest, 2, 10, QLatin1Char('0')).arg(bban);
}

const char* const kFirst[] = {"Jonas", "Mia", "Elias", "Emilia", "Noah", "Hanna", "Paul", "Lea", "Leon", "Sophie"};
const char* const kLast[] = {"Weber", "Schneider", "Fischer", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann"};

QStringList letterPages(int pages)
{
    QStringList result;
    for (int p = 0; p < pages; ++p) {
        const QString name = QStringLiteral("%1 %2").arg(QLatin1String(kFirst[p % 10]), QLatin1String(kLast[p % 8]));
        result.append(
            QStringLiteral("Stadt Musterstadt – Amt für Soziales                         Seite %1\n"
                           "Aktenzeichen 50.2-%2/2026\n\n"
                           "Sehr geehrte Frau %3,\n"
                           "wir haben Ihren Antrag auf Leistungen vom 12.03.2026 geprüft. Die Zahlung erfolgt\n"
                           "auf das von Ihnen angegebene Konto IBAN %4. Bitte teilen Sie uns Änderungen Ihrer\n"
                           "Anschrift (derzeit Lindenstraße %5, 12345 Musterstadt) umgehend mit. Rückfragen\n"
                           "beantwortet Herr %6 unter Tel. 0221 98765-%7.\n\n"
                           "Der Bescheid beruht auf § 41 SGB XII. Gegen diesen Bescheid kann innerhalb eines\n"
                           "Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich\n"
                           "oder zur Niederschrift bei der Stadt Musterstadt einzulegen.\n\n"
                           "Mit freundlichen Grüßen\nIm Auftrag\n%8")
                .arg(p + 1)
                .arg(1000 + p)
                .arg(name)
                .arg(iban(p + 1))
                .arg(p % 90 + 1)
                .arg(QLatin1String(kLast[(p + 3) % 8]))
                .arg(100 + p % 900)
                .arg(QLatin1String(kLast[(p + 5) % 8])));
    }
    return result;
}

Workbook sponsorList(int rows)
{
    Sheet sheet;
    sheet.name = QStringLiteral("Spender");
    sheet.rows.append({QStringLiteral("Name"), QStringLiteral("Straße"), QStringLiteral("Ort"), QStringLiteral("IBAN"),
                       QStringLiteral("Betrag"), QStringLiteral("Datum")});
    for (int r = 0; r < rows; ++r)
        sheet.rows.append({QStringLiteral("%1 %2").arg(QLatin1String(kFirst[r % 10]), QLatin1String(kLast[r % 8])),
                           QStringLiteral("Lindenstraße %1").arg(r % 120 + 1), QStringLiteral("12345 Musterstadt"),
                           iban(r + 1), QString::number(10 + (r * 7) % 500),
                           QStringLiteral("2026-03-%1").arg(r % 28 + 1, 2, 10, QLatin1Char('0'))});
    Workbook book;
    book.sheets.append(sheet);
    book.author = QStringLiteral("Kämmerei Musterstadt");
    return book;
}

bool canary(const QString& dir, const QString& word)
{
    QDir().mkpath(dir);
    const QString line = QStringLiteral("Vermerk %1 im Text").arg(word);
    WordDocument doc;
    doc.paragraphs = {line, QStringLiteral("Zweiter Absatz %1").arg(word)};
    doc.header = QStringLiteral("Kopf %1").arg(word);
    doc.footer = QStringLiteral("Fuß %1").arg(word);
    doc.footnote = QStringLiteral("Fußnote %1").arg(word);
    doc.comment = QStringLiteral("Kommentar %1").arg(word);
    doc.insertedText = QStringLiteral("eingefügt %1").arg(word);
    doc.deletedText = QStringLiteral("gelöscht %1").arg(word);
    doc.author = word;
    doc.title = QStringLiteral("Titel %1").arg(word);
    Workbook book;
    book.sheets.append(
        Sheet{word, {{QStringLiteral("Name"), line}, {QStringLiteral("x"), word}}, {{QStringLiteral("B2"), word}}});
    book.author = word;
    Workbook inlineBook = book;
    inlineBook.inlineStrings = true;
    Mail mail;
    mail.subject = QStringLiteral("Betreff %1").arg(word);
    mail.body = line;
    mail.attachments.append({QStringLiteral("anlage-%1.pdf").arg(word), QStringLiteral("application/pdf"),
                             makePdf({line, QStringLiteral("Seite 2 %1").arg(word)}), QStringLiteral("base64")});
    mail.attachments.append({QStringLiteral("notiz.txt"), QStringLiteral("text/plain; charset=utf-8"), line.toUtf8(),
                             QStringLiteral("quoted-printable")});
    return write(dir + QStringLiteral("/canary.pdf"), makePdf({line, QStringLiteral("Seite 2 %1").arg(word)})) &&
           write(dir + QStringLiteral("/canary-unicode.pdf"), makePdf({line}, PdfOptions{true, true, 0})) &&
           write(dir + QStringLiteral("/canary.docx"), makeDocx(doc)) &&
           write(dir + QStringLiteral("/canary.odt"), makeOdt(doc)) &&
           write(dir + QStringLiteral("/canary.xlsx"), makeXlsx(book)) &&
           write(dir + QStringLiteral("/canary-inline.xlsx"), makeXlsx(inlineBook)) &&
           write(dir + QStringLiteral("/canary.ods"), makeOds(book)) &&
           write(dir + QStringLiteral("/canary.eml"), makeMail(mail)) &&
           write(dir + QStringLiteral("/canary.txt"), line.toUtf8());
}

bool samples(const QString& dir)
{
    QDir().mkpath(dir);
    WordDocument doc;
    doc.paragraphs = letterPages(1).first().split(u'\n');
    doc.header = QStringLiteral("Stadt Musterstadt – Amt für Soziales");
    doc.comment = QStringLiteral("Bitte mit Frau Hoffmann abstimmen");
    doc.author = QStringLiteral("Petra Schulz");
    Mail mail;
    mail.body = QStringLiteral("Guten Tag,\nanbei mein Antrag. Meine Steuer-ID ist 86095742719.\nErika Mustermann");
    mail.attachments.append({QStringLiteral("antrag.pdf"), QStringLiteral("application/pdf"), makePdf(letterPages(2))});
    return write(dir + QStringLiteral("/bescheid.pdf"), makePdf(letterPages(3))) &&
           write(dir + QStringLiteral("/spender.xlsx"), makeXlsx(sponsorList(20))) &&
           write(dir + QStringLiteral("/spender.ods"), makeOds(sponsorList(20))) &&
           write(dir + QStringLiteral("/brief.docx"), makeDocx(doc)) &&
           write(dir + QStringLiteral("/brief.odt"), makeOdt(doc)) &&
           write(dir + QStringLiteral("/antrag.eml"), makeMail(mail)) &&
           write(dir + QStringLiteral("/scan.pdf"), makePdf({}, PdfOptions{true, false, 2}));
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    bool ok = false;
    if (args.size() == 3 && args[0] == QLatin1String("pdf-pages"))
        ok = write(args[2], makePdf(letterPages(args[1].toInt())));
    else if (args.size() == 3 && args[0] == QLatin1String("xlsx-rows"))
        ok = write(args[2], makeXlsx(sponsorList(args[1].toInt())));
    else if (args.size() == 3 && args[0] == QLatin1String("csv-rows")) {
        // The same rows as xlsx-rows, as CSV text: the benchmark's reference without extraction.
        QByteArray csv;
        const Workbook book = sponsorList(args[1].toInt());
        for (const QStringList& row : book.sheets.first().rows)
            csv += row.join(u';').toUtf8() + '\n';
        ok = write(args[2], csv);
    } else if (args.size() == 3 && args[0] == QLatin1String("canary"))
        ok = canary(args[1], args[2]);
    else if (args.size() == 2 && args[0] == QLatin1String("samples"))
        ok = samples(args[1]);
    else {
        std::fprintf(stderr, "usage: ki-lotse-doc-fixture pdf-pages N OUT | xlsx-rows N OUT | csv-rows N OUT | canary "
                             "DIR WORD | samples DIR\n");
        return 2;
    }
    return ok ? 0 : 1;
}
