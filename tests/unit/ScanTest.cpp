#include "TestConfig.h"
#include "TestSupport.h"
#include "check/Check.h"
#include "scan/Checksums.h"
#include "scan/DraftText.h"
#include "scan/ScanAnalysis.h"
#include "scan/ScanJson.h"
#include "scan/Scanner.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

using namespace kilotse;
using kilotse::test::defaultPack;

namespace {

const Scanner& scanner()
{
    static const Scanner s(*defaultPack().scan);
    return s;
}

QList<ScanFinding> scan(const QString& text)
{
    return scanner().scan(text);
}

// The findings of one category, as their texts.
QStringList found(const QString& text, ScanCategory category)
{
    QStringList out;
    for (const ScanFinding& f : scan(text))
        if (f.category == category)
            out << f.text;
    return out;
}

QStringList categories(const QString& text)
{
    QStringList out;
    for (const ScanFinding& f : scan(text))
        out << scanCategoryId(f.category) + u':' + f.text;
    return out;
}

const QString nbsp = QString(QChar(0x00A0));

} // namespace

// ---- checksums ---------------------------------------------------------------------------------

TEST_CASE("checksums_acceptValidAndRejectLookAlikes", "[scan][checksum]")
{
    using namespace checksum;
    CHECK(ibanValid(u"DE89370400440532013000"));
    CHECK_FALSE(ibanValid(u"DE89370400440532013001")); // one digit off
    CHECK_FALSE(ibanValid(u"DE8937040044053201300"));  // too short for DE
    CHECK(ibanValid(u"GB82WEST12345698765432"));
    CHECK(ibanValid(u"AT611904300234573201"));
    CHECK(ibanLength(u'D', u'E') == 22);

    CHECK(iso7064Mod1110(u"8609574271") == 9);
    CHECK(taxIdValid(u"86095742719"));
    CHECK_FALSE(taxIdValid(u"86095742718")); // check digit
    CHECK_FALSE(taxIdValid(u"06095742719")); // leading zero
    CHECK_FALSE(taxIdValid(u"12345678903")); // no digit repeated
    CHECK_FALSE(taxIdValid(u"11123456780")); // a digit three times in a row

    CHECK(pensionNumberValid(u"15070649C103"));
    CHECK_FALSE(pensionNumberValid(u"15070649C104"));
    CHECK_FALSE(pensionNumberValid(u"15135049C103")); // month 50

    CHECK(healthInsuranceNumberValid(u"A123456780"));
    CHECK_FALSE(healthInsuranceNumberValid(u"A123456781"));

    CHECK(icaoCheckDigit(u"L01X00T47") == 1);
    CHECK(icaoCheckDigit(u"T2200012") >= 0);
    CHECK(icaoCheckDigit(u"a") == -1);
}

// ---- identifiers with check digits -------------------------------------------------------------

TEST_CASE("scan_iban_spacedCompactAndForeign_butNotWithWrongCheckDigit", "[scan]")
{
    CHECK(found(QStringLiteral("Bitte auf DE89 3704 0044 0532 0130 00 überweisen."), ScanCategory::Iban) ==
          QStringList{QStringLiteral("DE89 3704 0044 0532 0130 00")});
    CHECK(found(QStringLiteral("IBAN:DE89370400440532013000"), ScanCategory::Iban).size() == 1);
    CHECK(found(QStringLiteral("AT61 1904 3002 3457 3201"), ScanCategory::Iban).size() == 1); // start and end of text
    CHECK(found(QStringLiteral("IBAN DE89") + nbsp + QStringLiteral("3704") + nbsp + QStringLiteral("0044") + nbsp +
                    QStringLiteral("0532") + nbsp + QStringLiteral("0130") + nbsp + QStringLiteral("00."),
                ScanCategory::Iban)
              .size() == 1);
    CHECK(scan(QStringLiteral("IBAN DE89 3704 0044 0532 0130 01")).isEmpty()); // wrong check digits
}

TEST_CASE("scan_taxId_validFormats_rejectsChecksumAndRepetitionViolations", "[scan]")
{
    CHECK(found(QStringLiteral("Steuer-ID: 86095742719"), ScanCategory::TaxId) ==
          QStringList{QStringLiteral("86095742719")});
    CHECK(found(QStringLiteral("IdNr. 86 095 742 719, bitte"), ScanCategory::TaxId).size() == 1);
    CHECK(found(QStringLiteral("86095742718"), ScanCategory::TaxId).isEmpty());
    const auto f = scan(QStringLiteral("Steuer-ID 86095742719"));
    REQUIRE(f.size() == 1);
    CHECK(f[0].explanation.contains(QStringLiteral("Steuer-ID")));
    CHECK(f[0].confidence > 0.95);
}

TEST_CASE("scan_pensionHealthIdCardPassport", "[scan]")
{
    CHECK(found(QStringLiteral("RV-Nummer 15 070649 C 103."), ScanCategory::PensionNumber).size() == 1);
    CHECK(found(QStringLiteral("15070649C103"), ScanCategory::PensionNumber).size() == 1);
    CHECK(found(QStringLiteral("15070649C104"), ScanCategory::PensionNumber).isEmpty());
    CHECK(found(QStringLiteral("KVNR A123456780."), ScanCategory::HealthInsuranceNumber).size() == 1);
    CHECK(found(QStringLiteral("KVNR A123456781."), ScanCategory::HealthInsuranceNumber).isEmpty());
    CHECK(found(QStringLiteral("Ausweis L01X00T471 liegt vor"), ScanCategory::IdCard).size() == 1);
    CHECK(found(QStringLiteral("Ausweis L01X00T472 liegt vor"), ScanCategory::IdCard).isEmpty());
    // nine characters without check digit only after a cue
    CHECK(found(QStringLiteral("Personalausweisnummer: L01X00T47"), ScanCategory::IdCard).size() == 1);
    CHECK(found(QStringLiteral("Produkt L01X00T47 bestellt"), ScanCategory::IdCard).isEmpty());
    const QString passport = QStringLiteral("C01X00T47");
    const int check = checksum::icaoCheckDigit(passport);
    CHECK(found(QStringLiteral("Reisepass ") + passport + QString::number(check), ScanCategory::Passport).size() == 1);
}

// ---- formats without check digit ---------------------------------------------------------------

TEST_CASE("scan_phone_germanFormats_notSwitchboardsDatesOrDrucksachen", "[scan]")
{
    // An extension is a person's line only with a name near it (docs/scan.md).
    CHECK(found(QStringLiteral("Herr Jonas Weber, Tel. 0221 12345-67"), ScanCategory::Phone) ==
          QStringList{QStringLiteral("0221 12345-67")});
    CHECK(found(QStringLiteral("Tel. 0221 12345-67"), ScanCategory::Phone).isEmpty());
    CHECK(found(QStringLiteral("erreichbar unter +49 30 9876543."), ScanCategory::Phone).size() == 1);
    CHECK(found(QStringLiteral("Rückruf: (0351) 488 22 41"), ScanCategory::Phone).size() == 1);
    CHECK(found(QStringLiteral("Handy 0171/2345678"), ScanCategory::Phone).size() == 1);
    CHECK(found(QStringLiteral("+49 (0)89 233-12345"), ScanCategory::Phone).size() == 1);
    CHECK(found(QStringLiteral("Fax: 0221 221-0"), ScanCategory::Phone).isEmpty()); // switchboard
    CHECK(found(QStringLiteral("Bürgertelefon 115"), ScanCategory::Phone).isEmpty());
    CHECK(found(QStringLiteral("Sitzung am 01.02.2024 um 09:30"), ScanCategory::Phone).isEmpty());
    CHECK(found(QStringLiteral("Drucksache 0815/2024"), ScanCategory::Phone).isEmpty());
}

TEST_CASE("scan_email_personalButNotFunctionMailboxes", "[scan]")
{
    CHECK(found(QStringLiteral("Mail an m.krause@musterstadt.de."), ScanCategory::Email) ==
          QStringList{QStringLiteral("m.krause@musterstadt.de")});
    CHECK(found(QStringLiteral("poststelle@musterstadt.de"), ScanCategory::Email).isEmpty());
    CHECK(found(QStringLiteral("Info@Musterstadt.de"), ScanCategory::Email).isEmpty());
    CHECK(found(QStringLiteral("jürgen.groß@web.de"), ScanCategory::Email).size() == 1);
    CHECK(found(QStringLiteral("Preis: 5 @ 3 EUR"), ScanCategory::Email).isEmpty());
}

TEST_CASE("scan_taxNumberPlateIp", "[scan]")
{
    CHECK(found(QStringLiteral("St.-Nr. 21/815/08150"), ScanCategory::TaxNumber).size() == 1);
    CHECK(found(QStringLiteral("93815/08152"), ScanCategory::TaxNumber).size() == 1);
    CHECK(found(QStringLiteral("Vorlage 23/0456"), ScanCategory::TaxNumber).isEmpty());
    CHECK(found(QStringLiteral("Das Fahrzeug M-AB 1234 stand"), ScanCategory::LicensePlate).size() == 1);
    CHECK(found(QStringLiteral("TÖL-A 77E,"), ScanCategory::LicensePlate).size() == 1);
    CHECK(found(QStringLiteral("Kennzeichen K AB 123"), ScanCategory::LicensePlate).size() == 1);
    CHECK(found(QStringLiteral("nach SGB II 2024"), ScanCategory::LicensePlate).isEmpty());
    CHECK(found(QStringLiteral("VS-NfD"), ScanCategory::LicensePlate).isEmpty());
    CHECK(found(QStringLiteral("Client 192.168.10.23 meldet"), ScanCategory::IpAddress).size() == 1);
    CHECK(found(QStringLiteral("fe80::1ff:fe23:4567:890a"), ScanCategory::IpAddress).size() == 1);
    CHECK(found(QStringLiteral("Version 6.4.2 und Abschnitt 1.2.3.4"), ScanCategory::IpAddress).isEmpty());
    CHECK(found(QStringLiteral("Volumen 100.000.000.000 EUR"), ScanCategory::IpAddress).isEmpty());
    CHECK(found(QStringLiteral("Treffen um 12:30:45"), ScanCategory::IpAddress).isEmpty());
}

TEST_CASE("scan_dateOfBirth_onlyAfterCue", "[scan]")
{
    CHECK(found(QStringLiteral("Anna Schmidt, geb. 12.03.1980, wohnhaft"), ScanCategory::DateOfBirth) ==
          QStringList{QStringLiteral("12.03.1980")});
    CHECK(found(QStringLiteral("geboren am 3. Mai 1961 in Köln"), ScanCategory::DateOfBirth).size() == 1);
    CHECK(found(QStringLiteral("Geburtsdatum: 1980-03-12"), ScanCategory::DateOfBirth).size() == 1);
    CHECK(found(QStringLiteral("Max (* 1.2.1970)"), ScanCategory::DateOfBirth).size() == 1);
    CHECK(found(QStringLiteral("Die Sitzung am 12.03.2024 beginnt"), ScanCategory::DateOfBirth).isEmpty());
}

TEST_CASE("scan_address_privateButNotTheOfficesOwn", "[scan]")
{
    CHECK(found(QStringLiteral("wohnhaft Lindenweg 7, 53115 Bonn."), ScanCategory::PostalAddress) ==
          QStringList{QStringLiteral("Lindenweg 7, 53115 Bonn")});
    CHECK(found(QStringLiteral("Hauptstraße 12a\n12345 Musterstadt"), ScanCategory::PostalAddress).size() == 1);
    CHECK(found(QStringLiteral("Berliner Straße 5"), ScanCategory::PostalAddress) ==
          QStringList{QStringLiteral("Berliner Straße 5")});
    CHECK(found(QStringLiteral("Rathaus, Marktplatz 1, 12345 Musterstadt"), ScanCategory::PostalAddress).isEmpty());
    CHECK(found(QStringLiteral("Im Jahr 2024 und zum Tagesordnungspunkt 5"), ScanCategory::PostalAddress).isEmpty());
    CHECK(found(QStringLiteral("gemäß § 12 Abs. 3"), ScanCategory::PostalAddress).isEmpty());
}

TEST_CASE("scan_caseNumber_afterCueButNotDrucksache", "[scan]")
{
    CHECK(found(QStringLiteral("Az.: 32.1-0815/2024 vom 3.4."), ScanCategory::CaseNumber) ==
          QStringList{QStringLiteral("32.1-0815/2024")});
    CHECK(found(QStringLiteral("Kassenzeichen 5.2200.301457.3"), ScanCategory::CaseNumber).size() == 1);
    CHECK(found(QStringLiteral("Drucksache 0815/2024"), ScanCategory::CaseNumber).isEmpty());
}

// ---- names -----------------------------------------------------------------------------------

TEST_CASE("scan_names_salutationTitleFieldSignatureAndFirstNames", "[scan]")
{
    CHECK(found(QStringLiteral("Sehr geehrte Frau Öztürk,"), ScanCategory::PersonName) ==
          QStringList{QStringLiteral("Öztürk")});
    CHECK(found(QStringLiteral("Herrn Dr. Paul Weiß"), ScanCategory::PersonName) ==
          QStringList{QStringLiteral("Dr. Paul Weiß")});
    CHECK(found(QStringLiteral("Name: Max Mustermann\n"), ScanCategory::PersonName) ==
          QStringList{QStringLiteral("Max Mustermann")});
    CHECK(found(QStringLiteral("Mit freundlichen Grüßen\n\nAnna Schmidt"), ScanCategory::PersonName) ==
          QStringList{QStringLiteral("Anna Schmidt")});
    CHECK(found(QStringLiteral("Gespräch mit Julia Becker am Montag"), ScanCategory::PersonName) ==
          QStringList{QStringLiteral("Julia Becker")});
    CHECK(found(QStringLiteral("Frau Bürgermeisterin Dr. Petra Lang"), ScanCategory::PersonName) ==
          QStringList{QStringLiteral("Dr. Petra Lang")});
    // not persons
    CHECK(found(QStringLiteral("Frau Bürgermeisterin eröffnet"), ScanCategory::PersonName).isEmpty());
    CHECK(found(QStringLiteral("in der Konrad-Adenauer-Straße"), ScanCategory::PersonName).isEmpty());
    CHECK(found(QStringLiteral("Mit freundlichen Grüßen\nIhr Bürgerbüro"), ScanCategory::PersonName).isEmpty());
    CHECK(found(QStringLiteral("Sehr geehrte Damen und Herren,"), ScanCategory::PersonName).isEmpty());
}

// ---- phrases -----------------------------------------------------------------------------------

TEST_CASE("scan_specialCategoriesSecrecyAndBusinessSecrets", "[scan]")
{
    CHECK(categories(QStringLiteral("VS-NUR FÜR DEN DIENSTGEBRAUCH")).size() == 1);
    CHECK(found(QStringLiteral("Protokoll der nichtöffentlichen Sitzung"), ScanCategory::SecrecyMarking).size() == 1);
    CHECK(found(QStringLiteral("VERTRAULICH"), ScanCategory::SecrecyMarking).size() == 1);
    CHECK(found(QStringLiteral("Ihre Angaben werden vertraulich behandelt."), ScanCategory::SecrecyMarking).isEmpty());
    CHECK(found(QStringLiteral("Die Angebotspreise der Bieter"), ScanCategory::BusinessSecret).size() == 1);
    CHECK(found(QStringLiteral("Die Mitarbeiterin ist schwerbehindert."), ScanCategory::SpecialCategory).size() == 1);
    CHECK(found(QStringLiteral("Das Gesundheitsamt lädt ein."), ScanCategory::SpecialCategory).isEmpty());
}

namespace {

// The texts of the findings of a test phrase group ("Testbegriff") added to the default pack.
class TestTerms
{
public:
    explicit TestTerms(const QStringList& terms) : m_scanner(withTerms(terms)) {}
    QStringList operator()(const QString& text) const
    {
        QStringList out;
        for (const ScanFinding& f : m_scanner.scan(text))
            if (f.explanation == QStringLiteral("Testbegriff"))
                out << f.text;
        return out;
    }

private:
    static ScanRules withTerms(const QStringList& terms)
    {
        ScanRules rules = *defaultPack().scan;
        ScanPhraseGroup group;
        group.category = ScanCategory::SpecialCategory;
        group.group = QStringLiteral("Test");
        group.explanation = QStringLiteral("Testbegriff");
        group.terms = terms;
        rules.phrases.append(group);
        return rules;
    }
    Scanner m_scanner;
};

} // namespace

TEST_CASE("scan_packTerms_everyShapeOfTermIsWalked", "[scan]")
{
    // The scan walks the cue trie only for words whose hash marks them as a possible term start.
    // That filter must never hide a term: whole words, terms with a space or punctuation after the
    // first word, prefix terms of four letters or more, and a prefix term shorter than four letters
    // (which switches the filter off), in a pack of its own.
    const TestTerms texts({QStringLiteral("Kurbad"), QStringLiteral("Xyl-Probe"), QStringLiteral("unter Quarantäne"),
                           QStringLiteral("Zöliakie*"), QStringLiteral("Qi*")});
    CHECK(texts(QStringLiteral("Das Kurbad ist zu.")) == QStringList{QStringLiteral("Kurbad")});
    CHECK(texts(QStringLiteral("Die Kurbadverwaltung")).isEmpty()); // no prefix term: whole words only
    CHECK(texts(QStringLiteral("Eine Xyl-Probe.")) == QStringList{QStringLiteral("Xyl-Probe")});
    CHECK(texts(QStringLiteral("Er steht unter\u00A0 Quarantäne.")) ==
          QStringList{QStringLiteral("unter\u00A0 Quarantäne")});
    CHECK(texts(QStringLiteral("wegen ZÖLIAKIEBEDINGTER Diät")) == QStringList{QStringLiteral("ZÖLIAKIEBEDINGTER")});
    CHECK(texts(QStringLiteral("Qigong am Montag")) == QStringList{QStringLiteral("Qigong")});
    CHECK(texts(QStringLiteral("Kein Treffer: Kurs, Xyl, unterdessen, Zölibat.")).isEmpty());
}

TEST_CASE("scan_wordHash_fourCharactersPerStep_matchesOneAtATime", "[scan]")
{
    // Plain ASCII words are hashed four characters per step, the pack's terms one character at a
    // time, and words with umlauts or at the end of the text one at a time too. Every length around
    // the group size, every case and every kind of neighbour must give the same hash.
    const TestTerms texts({QStringLiteral("Abc"), QStringLiteral("Abcd"), QStringLiteral("Abcde"),
                           QStringLiteral("Abcdefgh"), QStringLiteral("Abcdefghi"), QStringLiteral("X7y9"),
                           QStringLiteral("Grüntal")});
    for (const QString& word :
         {QStringLiteral("Abc"), QStringLiteral("abcd"), QStringLiteral("ABCDE"), QStringLiteral("aBcDeFgH"),
          QStringLiteral("ABCdefGHI"), QStringLiteral("x7Y9"), QStringLiteral("GRÜNTAL")}) {
        INFO(word.toStdString());
        const QStringList one{word};
        CHECK(texts(word) == one);                           // the whole text
        CHECK(texts(QStringLiteral("Wort ") + word) == one); // at the end of the text
        CHECK(texts(QStringLiteral("Wort ") + word + QStringLiteral(".")) == one);
        CHECK(texts(word + QStringLiteral("\u201C und mehr")) == one); // a quote mark beyond ASCII
        CHECK(texts(word + QStringLiteral("\u00A0Text")) == one);      // a non-breaking space
        CHECK(texts(QStringLiteral("(") + word + QStringLiteral(")")) == one);
    }
    CHECK(texts(QStringLiteral("Ab Abcf Abcdf Abcdefgi Abcdefghij X7y8 X7y99 Grüntaler")).isEmpty());
}

// ---- negatives typical for administrative texts -------------------------------------------------

TEST_CASE("scan_cleanAdministrativeText_hasNoFindings", "[scan]")
{
    const QString text = QStringLiteral(
        "Beschlussvorlage Drucksache 0815/2024 für die Sitzung des Haupt- und Finanzausschusses am 12.03.2024 um 17:00 "
        "Uhr.\n"
        "Gemäß § 35 Abs. 2 SGB XII und Art. 6 Abs. 1 lit. e DSGVO werden im Haushaltsjahr 2025 für Produkt 1.11.01 "
        "insgesamt 1.250.000 EUR bereitgestellt (12 % mehr als 2024).\n"
        "Rückfragen an das Bürgerbüro, Rathaus, Marktplatz 1, 12345 Musterstadt, poststelle@musterstadt.de, "
        "Telefon 0221 221-0 oder das Bürgertelefon 115. Im August beginnt die Umsetzung; Version 6.4.2 der Software.");
    CHECK(categories(text) == QStringList());
}

TEST_CASE("scan_hostileInput_binaryHugeAndMarkup_doesNotCrashAndStaysLiteral", "[scan][hostile]")
{
    CHECK(found(QStringLiteral("<script>alert('Anna Schmidt')</script> m.krause@musterstadt.de"),
                ScanCategory::Email) == QStringList{QStringLiteral("m.krause@musterstadt.de")});
    QString garbage;
    for (int k = 0; k < 70000; ++k)
        garbage += QChar(static_cast<char16_t>((k * 7919) % 0xD7FF + 1));
    CHECK_NOTHROW(scan(garbage));
    const QString lone = QString(QChar(0xD800)) + QStringLiteral("Frau ") + QChar(0xDC00);
    CHECK_NOTHROW(scan(lone));
    // many candidates in a row: stays linear and sorted without overlaps
    QString many;
    for (int k = 0; k < 2000; ++k)
        many += QStringLiteral("Frau Müller, Tel. 0221 12345-67, DE89 3704 0044 0532 0130 00; ");
    const auto f = scan(many);
    CHECK(f.size() == 6000);
    for (qsizetype k = 1; k < f.size(); ++k)
        REQUIRE(f[k].start >= f[k - 1].end());
    CHECK(scan(QString()).isEmpty());
    CHECK(scan(QStringLiteral("@")).isEmpty());
    CHECK(scan(QStringLiteral("+")).isEmpty());
}

TEST_CASE("decodeDraftText_utf8Latin1AndBinary", "[scan]")
{
    auto ok = decodeDraftText(QByteArray("\xEF\xBB\xBFStra\xC3\x9F"
                                         "e"));
    CHECK(ok.ok);
    CHECK(ok.text == QStringLiteral("Straße"));
    auto latin = decodeDraftText(QByteArray("Stra\xDF"
                                            "e"));
    CHECK(latin.ok);
    CHECK(latin.encoding == QStringLiteral("ISO-8859-1"));
    CHECK(latin.text == QStringLiteral("Straße"));
    auto binary = decodeDraftText(QByteArray("abc\0def", 7));
    CHECK_FALSE(binary.ok);
    CHECK(binary.errorOffset == 3);
    // Tab, line feed, form feed and carriage return are text; every other control character is not,
    // wherever it stands (the first one is named), and bytes from 0x20 up never count.
    CHECK(decodeDraftText(QByteArray("a\tb\nc\fd\r\ne \x7f\x80\xff")).ok);
    for (char c = 1; c < 0x20; ++c) {
        if (c == '\t' || c == '\n' || c == '\f' || c == '\r')
            continue;
        QByteArray text(100000, 'x');
        text[77777] = c;
        text[88888] = '\x01';
        const auto result = decodeDraftText(text);
        CHECK_FALSE(result.ok);
        CHECK(result.errorOffset == 77777);
    }
}

// ---- what a scan means ------------------------------------------------------------------------

TEST_CASE("summary_suggestsLevelAndAnswers_andNeverLowers", "[scan]")
{
    const PolicyPack& pack = defaultPack();
    const auto findings = scan(QStringLiteral("Frau Öztürk ist schwerbehindert. VS-NfD"));
    const ScanSummary summary = summariseScan(*pack.scan, findings);
    // The level comes from the classifier on the implied answers (no table of its own): health
    // data is level 2 with Rücksprache, as the check itself would say.
    const Outcome suggestedOutcome = draftOutcome(pack, summary);
    CHECK(suggestedOutcome.level == 2);
    CHECK(suggestedOutcome.verdictId() == QStringLiteral("escalate"));
    CHECK(summary.answers.value(QStringLiteral("personal_data")) == QStringLiteral("yes"));
    CHECK(summary.answers.value(QStringLiteral("special_categories")) == QStringLiteral("yes"));
    CHECK(summary.answers.value(QStringLiteral("official_secrets")) == QStringLiteral("yes"));
    CHECK_FALSE(summary.answers.contains(QStringLiteral("trade_secrets")));

    AnswerSet current;
    current.answers.insert(QStringLiteral("personal_data"), QStringLiteral("unsure"));  // counts as yes: kept
    current.answers.insert(QStringLiteral("special_categories"), QStringLiteral("no")); // raised
    const auto suggested = suggestedAnswers(pack, current, summary);
    QStringList questions;
    for (const auto& s : suggested)
        questions << s.question + u'=' + s.option + u'/' + s.previous;
    questions.sort();
    CHECK(questions ==
          QStringList{QStringLiteral("official_secrets=yes/"), QStringLiteral("special_categories=yes/no")});

    const ScanSummary nothing = summariseScan(*pack.scan, {});
    CHECK(draftOutcome(pack, nothing).level == pack.defaultLevel);
    CHECK(draftOutcome(pack, nothing).verdictId() == QStringLiteral("level_1"));
    CHECK(suggestedAnswers(pack, current, nothing).isEmpty());
}

TEST_CASE("pseudonymise_sameValueWithOtherWhitespace_restoresEachExactly", "[scan]")
{
    // Found by fuzzing: the same address once with a line break and once with a non-breaking space
    // must come back exactly as written.
    const QString text =
        QStringLiteral("Anschrift: Kastanienallee 41\n50823 Köln\nZweitwohnsitz: Kastanienallee 41\u00A050823 Köln");
    const auto findings = scan(text);
    REQUIRE(findings.size() == 2);
    const Pseudonymised p = pseudonymise(text, findings, *defaultPack().scan);
    CHECK(p.entries.size() == 2);
    CHECK(restorePseudonyms(p.text, p.entries).text == text);
}

TEST_CASE("pseudonymise_consistentPlaceholders_restoreRoundTrip", "[scan]")
{
    const QString text = QStringLiteral(
        "Frau Öztürk (Tel. 0221 12345-67) schreibt: Bitte an Frau Öztürk zahlen, IBAN DE89 3704 0044 0532 0130 00. "
        "Sie ist schwerbehindert. Bereits vorhanden: [PERSON_1]");
    const auto findings = scan(text);
    const Pseudonymised p = pseudonymise(text, findings, *defaultPack().scan);
    CHECK_FALSE(p.text.contains(QStringLiteral("Öztürk")));
    CHECK_FALSE(p.text.contains(QStringLiteral("DE89")));
    CHECK(p.text.contains(QStringLiteral("schwerbehindert"))); // cue words stay
    CHECK(p.text.count(QStringLiteral("[PERSON_2]")) == 2);    // same value, same placeholder; _1 was taken
    CHECK(p.replaced == 4);
    CHECK(p.entries.size() == 3);
    const Restored r = restorePseudonyms(p.text, p.entries);
    CHECK(r.text == text);
    const Restored fuzzy =
        restorePseudonyms(QStringLiteral("Antwort an [ person_2 ] über [IBAN_1] und [PERSON_9]."), p.entries);
    CHECK(fuzzy.text == QStringLiteral("Antwort an Öztürk über DE89 3704 0044 0532 0130 00 und [PERSON_9]."));
    CHECK(fuzzy.unknownPlaceholders == QStringList{QStringLiteral("[PERSON_9]")});
}

TEST_CASE("pseudonymise_withAnEarlierMapping_keepsItsPlaceholders_andContinuesTheNumbers", "[scan]")
{
    const QString first = QStringLiteral("Frau Öztürk zahlt an IBAN DE89 3704 0044 0532 0130 00.");
    const Pseudonymised a = pseudonymise(first, scan(first), *defaultPack().scan);
    REQUIRE(a.entries.size() == 2);
    const QString second = QStringLiteral("Herr Weber und Frau Öztürk, IBAN DE02 1203 0000 0000 2020 51.");
    const Pseudonymised b = pseudonymise(second, scan(second), *defaultPack().scan, a.entries);
    // Öztürk keeps [PERSON_1]; Weber and the second IBAN get the next numbers.
    CHECK(b.text == QStringLiteral("Herr [PERSON_2] und Frau [PERSON_1], IBAN [IBAN_2]."));
    REQUIRE(b.entries.size() == 4);
    CHECK(b.entries.mid(0, 2).size() == 2);
    CHECK(b.entries.at(0).placeholder == a.entries.at(0).placeholder); // the earlier mapping comes first
    // One mapping restores the answers to both texts.
    CHECK(restorePseudonyms(a.text, b.entries).text == first);
    CHECK(restorePseudonyms(b.text, b.entries).text == second);
    // Without an earlier mapping nothing changes.
    CHECK(pseudonymise(second, scan(second), *defaultPack().scan).text ==
          QStringLiteral("Herr [PERSON_1] und Frau [PERSON_2], IBAN [IBAN_1]."));
}

TEST_CASE("scanJson_hasTheDocumentedShapeAndUtf8Offsets", "[scan]")
{
    const QString text = QStringLiteral("Grüße an m.krause@musterstadt.de");
    const auto findings = scan(text);
    const ScanSummary summary = summariseScan(*defaultPack().scan, findings);
    const QJsonObject doc = QJsonDocument::fromJson(scanToJson(*defaultPack().scan, text, findings, summary,
                                                               {2, QStringLiteral("level_2")}))
                                .object();
    const QJsonArray list = doc.value(QStringLiteral("findings")).toArray();
    REQUIRE(list.size() == 1);
    const QJsonObject f = list[0].toObject();
    CHECK(f.value(QStringLiteral("category")).toString() == QStringLiteral("EMAIL"));
    CHECK(f.value(QStringLiteral("start")).toInt() == 9);
    CHECK(f.value(QStringLiteral("utf8_start")).toInt() == 11); // "ü" and "ß" are two bytes each
    CHECK(f.value(QStringLiteral("length")).toInt() == 23);
    CHECK(f.value(QStringLiteral("text")).toString() == QStringLiteral("m.krause@musterstadt.de"));
    CHECK(f.contains(QStringLiteral("confidence")));
    CHECK_FALSE(f.value(QStringLiteral("explanation")).toString().isEmpty());
    CHECK(doc.value(QStringLiteral("suggested_level")).toInt() == 2);
    CHECK(doc.value(QStringLiteral("suggested_verdict")).toString() == QStringLiteral("level_2"));
}

TEST_CASE("scanJson_stylesCarryTheSameFieldsAndEscapeHostileText", "[scan]")
{
    // Control characters, quotes, a backslash, an emoji (surrogate pair) and a lone surrogate.
    QString text =
        QStringLiteral("Herr Jonas Weber\t\"x\\y\" \U0001F600 schreibt: IBAN DE89 3704 0044 0532 0130 00\x01");
    text.append(QChar(0xD800));
    const ScanRules& rules = *defaultPack().scan;
    QList<ScanFinding> findings = scan(text);
    REQUIRE(findings.size() >= 2);
    findings.first().text = text; // a finding text with every hostile character in it
    const ScanSummary summary = summariseScan(rules, findings);
    const ScanSuggestion suggestion{2, QStringLiteral("level_2")};
    const QByteArray pretty = scanToJson(rules, text, findings, summary, suggestion, ScanJsonStyle::Pretty);
    const QByteArray compact = scanToJson(rules, text, findings, summary, suggestion, ScanJsonStyle::Compact);
    const QByteArray lines = scanToJson(rules, text, findings, summary, suggestion, ScanJsonStyle::Lines);
    QJsonParseError error;
    const QJsonObject a = QJsonDocument::fromJson(pretty, &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject b = QJsonDocument::fromJson(compact, &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    CHECK(a == b);
    CHECK_FALSE(compact.trimmed().contains('\n'));
    CHECK(pretty.contains("\n  \"findings\": [\n    {\n      \"category\": "));
    const QString first =
        a.value(QStringLiteral("findings")).toArray().at(0).toObject().value(QStringLiteral("text")).toString();
    CHECK(first.startsWith(QStringLiteral("Herr Jonas Weber\t\"x\\y\" \U0001F600")));
    CHECK(first.endsWith(QStringLiteral("00\x01\uFFFD")));
    CHECK(compact.contains("\\u0001"));

    // NDJSON: one object per finding, then the summary; the same values as the document.
    const QList<QByteArray> rows = lines.trimmed().split('\n');
    REQUIRE(rows.size() == findings.size() + 1);
    const QJsonArray list = a.value(QStringLiteral("findings")).toArray();
    for (qsizetype k = 0; k < findings.size(); ++k) {
        QJsonObject row = QJsonDocument::fromJson(rows[k], &error).object();
        REQUIRE(error.error == QJsonParseError::NoError);
        CHECK(row.take(QStringLiteral("type")).toString() == QStringLiteral("finding"));
        CHECK(row == list.at(k).toObject());
    }
    QJsonObject last = QJsonDocument::fromJson(rows.last(), &error).object();
    CHECK(last.take(QStringLiteral("type")).toString() == QStringLiteral("summary"));
    QJsonObject rest = a;
    rest.remove(QStringLiteral("findings"));
    CHECK(last == rest);

    // A sink that refuses (a closed pipe) stops the writer and is reported.
    int calls = 0;
    CHECK_FALSE(writeScanJson([&calls](const char*, std::size_t) { return ++calls > 1; }, ScanJsonStyle::Compact, rules,
                              text, findings, summary, suggestion));
}

// ---- privacy invariant: the draft never reaches logs, databases or files ------------------------

TEST_CASE("privacy_canaryFromScannedDraft_appearsInNoFileTheCliWrote", "[scan][privacy]")
{
    QTemporaryDir home;
    REQUIRE(home.isValid());
    const QString canary = QStringLiteral("Quarzkanarienvogel");
    const QString draftPath = home.filePath(QStringLiteral("input/entwurf.txt"));
    QDir().mkpath(home.filePath(QStringLiteral("input")));
    {
        QFile draft(draftPath);
        REQUIRE(draft.open(QIODevice::WriteOnly));
        draft.write(QStringLiteral(
                        "Sehr geehrte Frau %1,\nTel. 0221 12345-67, %1@example.org, IBAN DE89 3704 0044 0532 0130 00\n")
                        .arg(canary)
                        .toUtf8());
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_STATE_HOME"), home.filePath(QStringLiteral("state")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
    env.remove(QStringLiteral("KI_LOTSE_REGISTRY"));
    env.remove(QStringLiteral("KI_LOTSE_POLICY_DIR"));
    auto run = [&](const QStringList& args, QByteArray* out = nullptr) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KI_LOTSE_CLI_PATH), args);
        REQUIRE(p.waitForFinished(60000));
        if (out)
            *out = p.readAllStandardOutput();
        return p.exitCode();
    };
    QByteArray out;
    REQUIRE(run({QStringLiteral("scan"), QStringLiteral("--format"), QStringLiteral("json"), draftPath}, &out) ==
            3);                           // 3: findings present
    CHECK(out.contains(canary.toUtf8())); // the user sees it on stdout …
    REQUIRE(run({QStringLiteral("pseudonymise"), draftPath}, &out) == 0);
    CHECK_FALSE(out.contains(canary.toUtf8()));
    REQUIRE(run({QStringLiteral("tools"), QStringLiteral("--level"), QStringLiteral("2")}) ==
            0); // creates the registry

    // … but no file the program wrote holds it: logs, the registry database, settings.
    int files = 0;
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path.startsWith(home.filePath(QStringLiteral("input"))))
            continue;
        ++files;
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        INFO(path.toStdString());
        CHECK_FALSE(bytes.contains(canary.toUtf8()));
        CHECK_FALSE(bytes.contains(QByteArray(reinterpret_cast<const char*>(canary.utf16()), canary.size() * 2)));
    }
    CHECK(files >= 2); // at least the log and the registry exist, so the check looked at something
}

TEST_CASE("scanConcurrently_findsExactlyWhatTheSinglePassFinds", "[scan]")
{
    // Every labelled text of the three evaluation sets, in a fixed shuffled order, joined by blank
    // lines, line breaks or nothing (so cuts also fall inside paragraphs), about 1.5 MB.
    QStringList texts;
    for (const char* name : {"eval.jsonl", "generated-tune.jsonl", "generated-heldback.jsonl"}) {
        QFile f(QStringLiteral(KI_LOTSE_SOURCE_DIR "/tests/data/scan-eval/") + QLatin1String(name));
        REQUIRE(f.open(QIODevice::ReadOnly));
        for (const QByteArray& line : f.readAll().split('\n'))
            if (!line.trimmed().isEmpty())
                texts << QJsonDocument::fromJson(line).object().value(QStringLiteral("text")).toString();
    }
    REQUIRE(texts.size() > 700);
    QString corpus;
    std::uint32_t seed = 12345;
    const QStringList joins{QStringLiteral("\n\n"), QStringLiteral("\n"), QStringLiteral(" ")};
    while (corpus.size() < 750000) {
        seed = seed * 1664525u + 1013904223u;
        corpus += texts.at(static_cast<qsizetype>(seed % static_cast<std::uint32_t>(texts.size())));
        corpus += joins.at(static_cast<qsizetype>((seed >> 16) % 3));
    }
    const QList<ScanFinding> single = scan(corpus);
    REQUIRE(single.size() > 5000);
    for (int threads : {2, 3, 7}) {
        INFO(threads << " threads");
        const QList<ScanFinding> parallel = scanner().scanConcurrently(corpus, threads);
        REQUIRE(parallel.size() == single.size());
        qsizetype differences = 0;
        for (qsizetype k = 0; k < single.size(); ++k)
            differences += parallel[k].start != single[k].start || parallel[k].length != single[k].length ||
                           parallel[k].category != single[k].category ||
                           parallel[k].explanation != single[k].explanation;
        CHECK(differences == 0);
    }
    CHECK(scanner().scanConcurrently(QStringLiteral("Herr Jonas Weber"), 4).size() == 1); // short: one pass
}

TEST_CASE("writeScanJson_onTwoThreads_writesTheSameBytes", "[scan]")
{
    // A long result with multi-byte characters and surrogate pairs between the findings, so that
    // the second thread's UTF-8 offsets depend on everything before it.
    QString text;
    for (int k = 0; text.size() < 1500000; ++k)
        text += QStringLiteral(
                    "Grüße \U0001F600 an Herrn Jonas Weber, IBAN DE89 3704 0044 0532 0130 00, Tel. 0221 1234567 (%1)\n")
                    .arg(k);
    const ScanRules& rules = *defaultPack().scan;
    const QList<ScanFinding> findings = scan(text);
    REQUIRE(findings.size() > 40000); // several blocks of 16384
    const ScanSummary summary = summariseScan(rules, findings);
    for (const ScanJsonStyle style : {ScanJsonStyle::Compact, ScanJsonStyle::Pretty, ScanJsonStyle::Lines}) {
        QByteArray one;
        QByteArray two;
        REQUIRE(writeScanJson(
            [&one](const char* d, std::size_t n) {
                one.append(d, static_cast<qsizetype>(n));
                return true;
            },
            style, rules, text, findings, summary, {2, QStringLiteral("level_2")}, 1));
        REQUIRE(writeScanJson(
            [&two](const char* d, std::size_t n) {
                two.append(d, static_cast<qsizetype>(n));
                return true;
            },
            style, rules, text, findings, summary, {2, QStringLiteral("level_2")}, 2));
        CHECK(one.size() == two.size());
        CHECK(one == two);
    }
}
