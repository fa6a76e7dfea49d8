// The scanner's conventions (docs/scan.md, "Was nicht gemeldet wird"): institutional contact
// details against personal ones, secrecy terms talked about against markings, special categories
// without a person, the organisation profile, and every identifier form of
// tests/data/identifiers/vectors.json — found whole and pseudonymised without a visible remainder.

#include "TestConfig.h"
#include "TestSupport.h"
#include "scan/ScanAnalysis.h"
#include "scan/Scanner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace kilotse;
using kilotse::test::defaultPack;

namespace {

const Scanner& scanner()
{
    static const Scanner s(*defaultPack().scan);
    return s;
}

QStringList found(const Scanner& s, const QString& text, ScanCategory category)
{
    QStringList out;
    for (const ScanFinding& f : s.scan(text))
        if (f.category == category)
            out << f.text;
    return out;
}

QStringList found(const QString& text, ScanCategory category)
{
    return found(scanner(), text, category);
}

QStringList all(const QString& text)
{
    QStringList out;
    for (const ScanFinding& f : scanner().scan(text))
        out << scanCategoryId(f.category) + u':' + f.text;
    return out;
}

QJsonObject vectors()
{
    QFile f(QStringLiteral(KI_LOTSE_SOURCE_DIR "/tests/data/identifiers/vectors.json"));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(f.readAll()).object();
}

// The value in a sentence: found as exactly one finding of `category` covering it whole, and
// pseudonymised to the sentence with one placeholder and nothing of the value left.
void foundWholeAndPseudonymised(const QString& before, const QString& value, ScanCategory category)
{
    const QString after = QStringLiteral(" – bitte prüfen.");
    const QString text = before + value + after;
    INFO(text.toStdString());
    const QList<ScanFinding> findings = scanner().scan(text);
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].category == category);
    CHECK(findings[0].start == before.size());
    CHECK(findings[0].text == value);
    const Pseudonymised p = pseudonymise(text, findings, *defaultPack().scan);
    const QString placeholder =
        QLatin1Char('[') + defaultPack().scan->info(category).placeholder + QStringLiteral("_1]");
    CHECK(p.text == before + placeholder + after);
}

} // namespace

// ---- institutional contact details --------------------------------------------------------------

TEST_CASE("conventions_functionalMailboxes_areNotReported_personalOnesAre", "[scan][conventions]")
{
    for (const char* mail : {"kita-anmeldung@zittau.de", "ordnungsamt.verkehr@stadt-musterstadt.de",
                             "wohngeld@bochum.de", "buergerbuero@zittau.de", "poststelle@landkreis-goerlitz.de"}) {
        INFO(mail);
        CHECK(found(QStringLiteral("Fragen an %1 richten.").arg(QLatin1String(mail)), ScanCategory::Email).isEmpty());
    }
    for (const char* mail : {"m.keller@zittau.de", "jonas.weber@zittau.de", "weber@gmx.de", "anna_berg@web.de",
                             "kita-anmeldung@gmx.de", "info@gmx.de"}) {
        INFO(mail);
        CHECK(found(QStringLiteral("Fragen an %1 richten.").arg(QLatin1String(mail)), ScanCategory::Email).size() == 1);
    }
    // A surname as the local part, named in the same text: a person's mailbox.
    CHECK(found(QStringLiteral("Sehr geehrte Frau Quarzkanarienvogel,\nbitte an quarzkanarienvogel@example.org."),
                ScanCategory::Email)
              .size() == 1);
}

TEST_CASE("conventions_officeAddresses_areNotReported_homeAddressesAre", "[scan][conventions]")
{
    CHECK(found(QStringLiteral("Rathaus, Theodor-Heuss-Platz 3, 02763 Zittau"), ScanCategory::PostalAddress).isEmpty());
    CHECK(found(QStringLiteral("Kita Sonnenschein, Lindenweg 4, 02763 Zittau"), ScanCategory::PostalAddress).isEmpty());
    CHECK(found(QStringLiteral("Bitte wenden Sie sich an das Wahlamt, Am Markt 1, 95444 Bayreuth."),
                ScanCategory::PostalAddress)
              .isEmpty());
    CHECK(found(QStringLiteral("Stadt Hamm\nTiefbauamt\nHauptstraße 3\n59065 Hamm"), ScanCategory::PostalAddress)
              .isEmpty());
    // A letter's signature above the Kita's address does not make it the signer's home.
    CHECK(found(QStringLiteral("Herzliche Grüße\nMaria Prange\nKita Regenbogen, Robert-Blum-Straße 23, 29221 Celle"),
                ScanCategory::PostalAddress)
              .isEmpty());
    CHECK(found(QStringLiteral("Herr Jonas Weber, Lindenweg 4, 02763 Zittau"), ScanCategory::PostalAddress).size() ==
          1);
    CHECK(found(QStringLiteral("Meine Anschrift: Lindenweg 4, 02763 Zittau"), ScanCategory::PostalAddress).size() == 1);
    // A person named on the office cue's line: the address is theirs.
    CHECK(found(QStringLiteral("Familie Weber wohnt neben dem Rathaus, Lindenweg 4, 02763 Zittau."),
                ScanCategory::PostalAddress)
              .size() == 1);
}

TEST_CASE("conventions_officeNumbers_areNotReported_personalOnesAre", "[scan][conventions]")
{
    CHECK(found(QStringLiteral("Telefon 03583 752-0"), ScanCategory::Phone).isEmpty()); // switchboard
    CHECK(found(QStringLiteral("Bürgerbüro: 03583 752-100"), ScanCategory::Phone).isEmpty());
    CHECK(found(QStringLiteral("Zentrale 0351 4880"), ScanCategory::Phone).isEmpty());
    CHECK(
        found(QStringLiteral("Fragen beantwortet das Personalamt unter 0511 75-2051."), ScanCategory::Phone).isEmpty());
    // An extension with no one named near it is an office's line …
    CHECK(found(QStringLiteral("Rückfragen bis Freitag unter 0341/6952-293."), ScanCategory::Phone).isEmpty());
    // … a named clerk's direct line is personal, before or after the name.
    CHECK(found(QStringLiteral("Sachbearbeiterin Maria Keller, Tel. 03583 752-417"), ScanCategory::Phone).size() == 1);
    CHECK(found(QStringLiteral("Rückfragen unter 03583 752-417.\n\nViele Grüße\nJonas Weber"), ScanCategory::Phone)
              .size() == 1);
    CHECK(found(QStringLiteral("Mein Handy: 0151 2345678"), ScanCategory::Phone).size() == 1);
    CHECK(found(QStringLiteral("Rückruf bitte unter 0221 1234567."), ScanCategory::Phone).size() == 1);
}

TEST_CASE("conventions_accountsOfTheAdministration_areNotReported_personalOnesAre", "[scan][conventions]")
{
    const QString iban = QStringLiteral("DE89 3704 0044 0532 0130 00");
    CHECK(found(QStringLiteral("Bitte überweisen Sie die Gebühr an die Stadtkasse, IBAN %1.").arg(iban),
                ScanCategory::Iban)
              .isEmpty());
    CHECK(found(QStringLiteral("Mit freundlichen Grüßen\n\n—\nStadt Ulm · Marktplatz 22 · 89073 Ulm\nSprechzeiten: Di "
                               "9–12 Uhr | Bankverbindung: Kreissparkasse, IBAN %1, BIC HELADEF1CWU | E-Mail: "
                               "bauverwaltung@ulm.de")
                    .arg(iban),
                ScanCategory::Iban)
              .isEmpty());
    CHECK(found(QStringLiteral("Bitte erstatten Sie den Betrag auf mein Konto %1.").arg(iban), ScanCategory::Iban)
              .size() == 1);
    CHECK(found(QStringLiteral("Die Stadtkasse überweist an Herrn Jonas Weber, IBAN %1.").arg(iban), ScanCategory::Iban)
              .size() == 1);
    CHECK(found(QStringLiteral("Bankverbindung: %1").arg(iban), ScanCategory::Iban).size() == 1);
}

// ---- secrecy terms and special categories -------------------------------------------------------

TEST_CASE("conventions_secrecyTalkedAbout_isNoMarking", "[scan][conventions]")
{
    CHECK(found(QStringLiteral("Ihre Angaben werden selbstverständlich vertraulich behandelt."),
                ScanCategory::SecrecyMarking)
              .isEmpty());
    CHECK(found(QStringLiteral("Die Beratung ist anonym und vertraulich."), ScanCategory::SecrecyMarking).isEmpty());
    CHECK(found(QStringLiteral("– Dokumente mit dem Vermerk „VS-NUR FÜR DEN DIENSTGEBRAUCH“ dürfen nicht in externe "
                               "KI-Dienste."),
                ScanCategory::SecrecyMarking)
              .isEmpty());
    CHECK(found(QStringLiteral("VS – NUR FÜR DEN DIENSTGEBRAUCH\nVermerk über die Besprechung"),
                ScanCategory::SecrecyMarking)
              .size() == 1);
    CHECK(found(QStringLiteral("Betreff: Vertraulich – Personalangelegenheit"), ScanCategory::SecrecyMarking).size() ==
          1);
    CHECK(found(QStringLiteral("Dieser Bericht ist vertraulich."), ScanCategory::SecrecyMarking).size() == 1);
    CHECK(found(QStringLiteral("Der Entwurf wurde als VS-NfD eingestuft."), ScanCategory::SecrecyMarking).size() == 1);
    CHECK(found(QStringLiteral("Personalakte Weber – vertraulich"), ScanCategory::SecrecyMarking).size() == 1);
}

TEST_CASE("conventions_healthWordsNeedAPerson", "[scan][conventions]")
{
    CHECK(found(QStringLiteral("Das Gesundheitsamt informiert: Diabetes und Bluthochdruck lassen sich früh erkennen."),
                ScanCategory::SpecialCategory)
              .isEmpty());
    CHECK(found(QStringLiteral("Der Pflegestützpunkt berät zu Pflegegrad, Rollator und Hausnotruf."),
                ScanCategory::SpecialCategory)
              .isEmpty());
    CHECK(found(QStringLiteral("Herr Weber hat Diabetes."), ScanCategory::SpecialCategory).size() == 1);
    CHECK(found(QStringLiteral("Meine Mutter braucht seit der Hüftoperation einen Rollator."),
                ScanCategory::SpecialCategory)
              .size() == 2);
    // The name in the salutation, the health detail two paragraphs further down.
    CHECK(found(QStringLiteral("Sehr geehrte Frau Merseburg,\n\nbei Ihnen wurde Pflegegrad 2 festgestellt."),
                ScanCategory::SpecialCategory)
              .size() == 1);
}

TEST_CASE("conventions_practiceNumbers_areNoPhones", "[scan][conventions]")
{
    CHECK(all(QStringLiteral("Praxis Dr. Sommer, BSNR 021234500")).filter(QStringLiteral("PHONE")).isEmpty());
    CHECK(all(QStringLiteral("Betriebsstättennummer: 381234567")).isEmpty());
    CHECK(all(QStringLiteral("LANR 123456601")).isEmpty());
}

// ---- organisation profile -----------------------------------------------------------------------

TEST_CASE("conventions_organisationProfile_isNeverReported", "[scan][conventions]")
{
    ScanRules rules = *defaultPack().scan;
    rules.organisation.name = QStringLiteral("Stadt Zittau");
    rules.organisation.domains = {QStringLiteral("zittau.de")};
    rules.organisation.addresses = {QStringLiteral("Frauenstraße 4, 02763 Zittau")};
    rules.organisation.phonePrefixes = {QStringLiteral("03583 752")};
    rules.organisation.ibans = {QStringLiteral("DE89 3704 0044 0532 0130 00")};
    const Scanner own(rules);
    const QString text = QStringLiteral(
        "Ich bin unter Frauenstraße 4, 02763 Zittau zu erreichen, Tel. 03583 752417 oder +49 3583 752 418, "
        "presse@zittau.de, weber@zittau.de. Meine Überweisung ging an DE89370400440532013000.");
    CHECK(found(own, text, ScanCategory::PostalAddress).isEmpty());
    CHECK(found(own, text, ScanCategory::Phone).isEmpty());
    CHECK(found(own, text, ScanCategory::Email).isEmpty());
    CHECK(found(own, text, ScanCategory::Iban).isEmpty());
    // Without the profile the same text has all of them; a person at the own domain stays personal.
    CHECK(found(text, ScanCategory::PostalAddress).size() == 1);
    CHECK(found(text, ScanCategory::Phone).size() == 2);
    CHECK(found(text, ScanCategory::Iban).size() == 1);
    CHECK(found(own, QStringLiteral("Mail an anna.berg@zittau.de"), ScanCategory::Email).size() == 1);
    // The organisation's name is an office cue like "Rathaus".
    rules.organisation.name = QStringLiteral("Zweckverband Oberland");
    const Scanner named(rules);
    const QString letterhead = QStringLiteral("Zweckverband Oberland, Lindenweg 9, 02763 Zittau");
    CHECK(found(letterhead, ScanCategory::PostalAddress).size() == 1);
    CHECK(found(named, letterhead, ScanCategory::PostalAddress).isEmpty());
}

// ---- identifier forms from the specifications ---------------------------------------------------

TEST_CASE("identifiers_everyValidForm_isFoundWholeAndPseudonymisedWithoutRemainder", "[scan][identifiers]")
{
    const QJsonObject v = vectors();
    int checked = 0;
    for (const QJsonValue e : v.value(QStringLiteral("iban")).toObject().value(QStringLiteral("valid")).toArray()) {
        foundWholeAndPseudonymised(QStringLiteral("Konto des Antragstellers: "),
                                   e.toObject().value(QStringLiteral("text")).toString(), ScanCategory::Iban);
        ++checked;
    }
    for (const QJsonValue e :
         v.value(QStringLiteral("taxNumber")).toObject().value(QStringLiteral("valid")).toArray()) {
        const QJsonObject o = e.toObject();
        foundWholeAndPseudonymised(QStringLiteral("Steuernummer: "), o.value(QStringLiteral("text")).toString(),
                                   ScanCategory::TaxNumber);
        ++checked;
    }
    for (const QJsonValue e : v.value(QStringLiteral("document")).toObject().value(QStringLiteral("valid")).toArray()) {
        const QJsonObject o = e.toObject();
        const bool passport = o.value(QStringLiteral("kind")).toString() == QLatin1String("Passport");
        foundWholeAndPseudonymised(passport ? QStringLiteral("Reisepassnummer: ") : QStringLiteral("Ausweisnummer: "),
                                   o.value(QStringLiteral("text")).toString(),
                                   passport ? ScanCategory::Passport : ScanCategory::IdCard);
        ++checked;
    }
    const struct
    {
        const char* key;
        const char* cue;
        ScanCategory category;
    } simple[] = {{"kvnr", "Versichertennummer: ", ScanCategory::HealthInsuranceNumber},
                  {"rvnr", "Rentenversicherungsnummer: ", ScanCategory::PensionNumber},
                  {"idnr", "Steuer-ID: ", ScanCategory::TaxId}};
    for (const auto& s : simple)
        for (const QJsonValue e : v.value(QLatin1String(s.key)).toObject().value(QStringLiteral("valid")).toArray()) {
            foundWholeAndPseudonymised(QLatin1String(s.cue), e.toObject().value(QStringLiteral("text")).toString(),
                                       s.category);
            ++checked;
        }
    CHECK(checked > 450);
}

TEST_CASE("identifiers_lookAlikes_areNotReported", "[scan][identifiers]")
{
    const QJsonObject v = vectors();
    for (const QJsonValue e : v.value(QStringLiteral("iban")).toObject().value(QStringLiteral("invalid")).toArray()) {
        const QJsonObject o = e.toObject();
        const QString text =
            QStringLiteral("Konto: %1%2 – bitte prüfen.")
                .arg(o.value(QStringLiteral("before")).toString(), o.value(QStringLiteral("text")).toString());
        INFO(text.toStdString() << " (" << o.value(QStringLiteral("why")).toString().toStdString() << ")");
        // A valid IBAN followed by something else: the IBAN alone is found.
        const QString prefix = o.value(QStringLiteral("validPrefix")).toString();
        CHECK(found(text, ScanCategory::Iban) == (prefix.isEmpty() ? QStringList{} : QStringList{prefix}));
        if (o.value(QStringLiteral("consumed")).toBool())
            CHECK(all(text).isEmpty()); // its digit groups are no phone number either
    }
    for (const QJsonValue e :
         v.value(QStringLiteral("taxNumber")).toObject().value(QStringLiteral("invalid")).toArray()) {
        const QJsonObject o = e.toObject();
        const QString value = o.value(QStringLiteral("text")).toString();
        const QString text = o.value(QStringLiteral("cued")).toBool()
                                 ? QStringLiteral("Steuernummer: %1.").arg(value)
                                 : QStringLiteral("Vorgang %1 erledigt.").arg(value);
        INFO(text.toStdString() << " (" << o.value(QStringLiteral("why")).toString().toStdString() << ")");
        CHECK_FALSE(found(text, ScanCategory::TaxNumber).contains(value));
    }
    for (const QJsonValue e :
         v.value(QStringLiteral("document")).toObject().value(QStringLiteral("invalid")).toArray()) {
        const QJsonObject o = e.toObject();
        const QString value = o.value(QStringLiteral("text")).toString();
        const QString text = o.value(QStringLiteral("cued")).toBool()
                                 ? QStringLiteral("Ausweisnummer: %1.").arg(value)
                                 : QStringLiteral("Vorgang %1 erledigt.").arg(value);
        INFO(text.toStdString() << " (" << o.value(QStringLiteral("why")).toString().toStdString() << ")");
        CHECK(found(text, ScanCategory::IdCard).isEmpty());
        CHECK(found(text, ScanCategory::Passport).isEmpty());
    }
}

TEST_CASE("identifiers_mrzLines_areFoundWhole", "[scan][identifiers]")
{
    const QJsonObject v = vectors();
    for (const QJsonValue e : v.value(QStringLiteral("mrz")).toObject().value(QStringLiteral("valid")).toArray()) {
        const QString line = e.toObject().value(QStringLiteral("text")).toString();
        const QString text = QStringLiteral("Ausweis eingelesen:\n%1\nEnde").arg(line);
        INFO(text.toStdString());
        const QList<ScanFinding> findings = scanner().scan(text);
        REQUIRE(findings.size() == 1);
        CHECK(findings[0].text == line);
        CHECK((findings[0].category == ScanCategory::IdCard || findings[0].category == ScanCategory::Passport));
    }
}
