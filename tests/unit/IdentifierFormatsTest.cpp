#include "scan/IdentifierFormats.h"

#include "TestConfig.h"
#include "scan/Checksums.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace kilotse;
using ident::DocumentKind;

// The vectors in tests/data/identifiers/vectors.json name their sources (SWIFT IBAN registry,
// ISO 13616 / 7064, ICAO 9303, PAuswG/PassG specimens, VKVV, the KVNR Richtlinie, the ELSTER
// Steuernummer procedures, the KBV Arztnummern-Richtlinie). Each test reads its section and adds a
// few cases inline.

namespace {

const QJsonObject& vectors()
{
    static const QJsonObject root = [] {
        QFile file(QStringLiteral(KI_LOTSE_TEST_DATA_DIR "/identifiers/vectors.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return root;
}

QJsonArray list(const char* section, const char* which)
{
    const QJsonArray entries = vectors().value(QLatin1String(section)).toObject().value(QLatin1String(which)).toArray();
    REQUIRE(!entries.isEmpty());
    return entries;
}

// An entry as it stands in a text: "before" + "text" + "after", the match expected at "before".
struct Written
{
    QString full;
    qsizetype pos = 0;
    qsizetype length = 0;
    bool cued = false;
    std::string label;
};
Written written(const QJsonValue& value)
{
    const QJsonObject entry = value.toObject();
    const QString before = entry.value(QLatin1String("before")).toString();
    const QString text = entry.value(QLatin1String("text")).toString();
    Written w;
    w.full = before + text + entry.value(QLatin1String("after")).toString();
    w.pos = before.size();
    w.length = text.size();
    w.cued = entry.value(QLatin1String("cued")).toBool();
    w.label = '"' + w.full.toStdString() + '"' + (w.cued ? " (cued)" : "") + " — " +
              entry.value(QLatin1String("why")).toString().toStdString() + ' ' +
              entry.value(QLatin1String("note")).toString().toStdString() +
              entry.value(QLatin1String("source")).toString().toStdString();
    return w;
}

// Every match function at every position of `text`, over a buffer of exactly its size (the
// sanitizer build sees a read past the end), and at positions outside the text.
void neverReadsOutside(const QString& text)
{
    const std::vector<char16_t> buffer(text.utf16(), text.utf16() + text.size());
    const QStringView view(buffer.data(), static_cast<qsizetype>(buffer.size()));
    for (qsizetype pos = -2; pos <= view.size() + 1; ++pos) {
        const qsizetype room = pos < 0 || pos > view.size() ? 0 : view.size() - pos;
        for (const bool cued : {false, true}) {
            CHECK(ident::ibanAt(view, pos).length <= room);
            CHECK(ident::taxNumberAt(view, pos, cued).length <= room);
            CHECK(ident::documentNumberAt(view, pos, cued).length <= room);
        }
        CHECK(ident::mrzLineAt(view, pos) <= room);
        CHECK(ident::practiceNumberAt(view, pos) <= room);
    }
}

QString compact(const QString& written)
{
    QString out;
    for (QChar c : written)
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

} // namespace

// ---- IBAN ---------------------------------------------------------------------------------------

TEST_CASE("ident_ibanRegistry_everyCountryWithItsLengthAndExample", "[scan][ident]")
{
    // Every registry example (compact form) names a country with that length and is valid; the
    // lengths agree with the table the scanner used so far (checksum::ibanLength).
    int countries = 0;
    for (const QJsonValue& value : list("iban", "valid")) {
        const QJsonObject entry = value.toObject();
        if (entry.value(QLatin1String("form")).toString() != QLatin1String("compact"))
            continue;
        const QString iban = entry.value(QLatin1String("text")).toString();
        INFO(iban.toStdString());
        const ident::IbanCountry* country = ident::ibanCountry(iban[0].unicode(), iban[1].unicode());
        REQUIRE(country != nullptr);
        CHECK(country->length == iban.size());
        CHECK(checksum::ibanLength(iban[0], iban[1]) == country->length);
        CHECK(ident::ibanValid(iban));
        CHECK(ident::ibanValid(iban.toLower()));
        ++countries;
    }
    CHECK(countries == 89);

    REQUIRE(ident::ibanCountry(u'd', u'E') != nullptr);
    CHECK(QLatin1String(ident::ibanCountry(u'd', u'E')->bban) == QLatin1String("8!n10!n"));
    CHECK(QLatin1String(ident::ibanCountry(u'N', u'L')->bban) == QLatin1String("4!a10!n"));
    CHECK(QLatin1String(ident::ibanCountry(u'I', u'T')->bban) == QLatin1String("1!a5!n5!n12!c"));
    CHECK(ident::ibanCountry(u'N', u'O')->length == 15);
    CHECK(ident::ibanCountry(u'R', u'U')->length == 33);
    CHECK(ident::ibanCountry(u'X', u'Y') == nullptr);
    CHECK(ident::ibanCountry(u'U', u'S') == nullptr);
    CHECK(ident::ibanCountry(u'G', u'F') == nullptr); // French Guiana writes FR
    CHECK(ident::ibanCountry(u'1', u'2') == nullptr);
    CHECK(ident::ibanCountry(u'\u00c4', u'T') == nullptr);
}

TEST_CASE("ident_ibanAt_writtenForms_stopAtTheRegisteredLength_andConsumeLookAlikes", "[scan][ident]")
{
    for (const QJsonValue& value : list("iban", "valid")) {
        const Written w = written(value);
        INFO(w.label);
        const ident::IbanMatch match = ident::ibanAt(w.full, w.pos);
        CHECK(match.length == w.length);
        CHECK(match.valid);
        CHECK(ident::ibanValid(compact(w.full.mid(w.pos, w.length))));
    }
    for (const QJsonValue& value : list("iban", "invalid")) {
        const Written w = written(value);
        INFO(w.label);
        const QJsonObject entry = value.toObject();
        const ident::IbanMatch match = ident::ibanAt(w.full, w.pos);
        if (entry.contains(QLatin1String("validPrefix"))) {
            CHECK(match.length == entry.value(QLatin1String("validPrefix")).toString().size());
            CHECK(match.valid);
        } else if (entry.value(QLatin1String("consumed")).toBool()) {
            CHECK(match.length == w.length);
            CHECK_FALSE(match.valid);
            CHECK_FALSE(ident::ibanValid(compact(w.full.mid(w.pos, w.length))));
        } else {
            CHECK(match.length == 0);
        }
    }

    // Inline: a sentence, the match from the country code to the last group.
    const QString sentence =
        QStringLiteral("Bitte überweisen Sie 30 € auf DE89 3704 0044 0532 0130 00 bis zum 3. Mai.");
    const qsizetype at = sentence.indexOf(QLatin1String("DE89"));
    CHECK(ident::ibanAt(sentence, at).length == 27);
    CHECK(ident::ibanAt(sentence, at).valid);
    CHECK(ident::ibanAt(sentence, at + 1).length == 0); // not at a word start
    CHECK(ident::ibanAt(sentence, 0).length == 0);
    CHECK(ident::ibanAt(u"DE89 3704 0044 0532 0130 01", 0).length == 27); // look-alike, consumed
    CHECK_FALSE(ident::ibanAt(u"DE89 3704 0044 0532 0130 01", 0).valid);
    CHECK(ident::ibanAt(u"DE89 3704", 0).length == 0); // too short to be consumed
    CHECK(ident::ibanValid(u"GB82WEST12345698765432"));
    CHECK_FALSE(ident::ibanValid(u"GB82WEST1234569876543"));
    CHECK_FALSE(ident::ibanValid(u"DE89 3704 0044 0532 0130 00")); // compact only
}

// ---- Steuernummer --------------------------------------------------------------------------------

TEST_CASE("ident_taxNumberAt_everyLand_layoutsCuesAndCheckDigits", "[scan][ident]")
{
    for (const QJsonValue& value : list("taxNumber", "valid")) {
        const Written w = written(value);
        INFO(w.label);
        const ident::TaxNumberMatch match = ident::taxNumberAt(w.full, w.pos, w.cued);
        CHECK(match.length == w.length);
        CHECK(match.checkDigitVerified == value.toObject().value(QLatin1String("checkDigitVerified")).toBool());
        if (!w.cued) { // what matches without a cue matches with one
            CHECK(ident::taxNumberAt(w.full, w.pos, true).length == w.length);
        }
        const QString text = value.toObject().value(QLatin1String("text")).toString();
        if (compact(text) == text && text.size() == 13)
            CHECK(ident::elsterTaxNumberValid(text) == match.checkDigitVerified);
    }
    for (const QJsonValue& value : list("taxNumber", "invalid")) {
        const Written w = written(value);
        INFO(w.label);
        CHECK(ident::taxNumberAt(w.full, w.pos, w.cued).length == 0);
        if (w.cued) { // what fails with a cue fails without one
            CHECK(ident::taxNumberAt(w.full, w.pos, false).length == 0);
        }
    }

    // Inline: the Bavarian example in a letter, in all its forms.
    const QString letter = QStringLiteral("Ihre Steuernummer 181/815/08155 (ELSTER: 9181081508155).");
    const ident::TaxNumberMatch regional = ident::taxNumberAt(letter, letter.indexOf(u'1'), true);
    CHECK(regional.length == 13);
    CHECK(regional.checkDigitVerified);
    CHECK(ident::taxNumberAt(letter, letter.indexOf(QLatin1String("918")), false).length == 13);
    CHECK(ident::taxNumberAt(letter, letter.indexOf(QLatin1String("815")), true).length == 0); // mid-number
    CHECK(ident::taxNumberAt(u"181/815/0815 5", 0, false).length == 14);
    CHECK(ident::taxNumberAt(u"181/815/08155 5 Anlagen", 0, false).length == 13); // the 5 is not ours
    CHECK(ident::taxNumberAt(u"12345/678/90", 0, true).length == 0);
    CHECK(ident::elsterTaxNumberValid(u"2893081508152"));
    CHECK_FALSE(ident::elsterTaxNumberValid(u"2893081508153"));
    CHECK_FALSE(ident::elsterTaxNumberValid(u"289308150815"));
}

// ---- ID card and passport numbers ----------------------------------------------------------------

namespace {
DocumentKind kindNamed(const QString& name)
{
    if (name == QLatin1String("IdCard"))
        return DocumentKind::IdCard;
    if (name == QLatin1String("Passport"))
        return DocumentKind::Passport;
    return DocumentKind::Unknown;
}
} // namespace

TEST_CASE("ident_documentNumberAt_specimensCheckDigitsAndAlphabet", "[scan][ident]")
{
    for (const QJsonValue& value : list("document", "valid")) {
        const Written w = written(value);
        INFO(w.label);
        const QJsonObject entry = value.toObject();
        const ident::DocumentMatch match = ident::documentNumberAt(w.full, w.pos, w.cued);
        CHECK(match.length == w.length);
        CHECK(match.checkDigit == entry.value(QLatin1String("checkDigit")).toBool());
        CHECK(match.kindHint == kindNamed(entry.value(QLatin1String("kind")).toString()));
    }
    for (const QJsonValue& value : list("document", "invalid")) {
        const Written w = written(value);
        INFO(w.label);
        CHECK(ident::documentNumberAt(w.full, w.pos, w.cued).length == 0);
        if (w.cued) {
            CHECK(ident::documentNumberAt(w.full, w.pos, false).length == 0);
        }
    }

    // Inline: the ID card specimen after a cue in a sentence, and German words of nine letters.
    const QString sentence = QStringLiteral("Ausweisnummer: T22000129, gültig bis 2030.");
    const ident::DocumentMatch cued = ident::documentNumberAt(sentence, 15, true);
    CHECK(cued.length == 9);
    CHECK_FALSE(cued.checkDigit);
    CHECK(cued.kindHint == DocumentKind::IdCard);
    CHECK(ident::documentNumberAt(u"Reisepass C01X00T478 liegt vor", 10, false).length == 10);
    CHECK(ident::documentNumberAt(u"Reisepass C01X00T478 liegt vor", 10, false).kindHint == DocumentKind::Passport);
    for (const char16_t* word : {u"Wohnungen", u"GEMEINDEN", u"KLMNPRTVW", u"Verwaltung", u"ABTEILUNG"})
        CHECK(ident::documentNumberAt(QStringView(word), 0, true).length == 0);
}

TEST_CASE("ident_mrzLineAt_td1Td2Td3Lines", "[scan][ident]")
{
    for (const QJsonValue& value : list("mrz", "valid")) {
        const Written w = written(value);
        INFO(w.label);
        CHECK(ident::mrzLineAt(w.full, w.pos) == w.length);
    }
    for (const QJsonValue& value : list("mrz", "invalid")) {
        const Written w = written(value);
        INFO(w.label);
        CHECK(ident::mrzLineAt(w.full, w.pos) == 0);
    }

    // Inline: the three lines of the 2010 ID card specimen as one block of text.
    const QString block = QStringLiteral("IDD<<T220001293<<<<<<<<<<<<<<<\n6408125<2010315D<<<<<<<<<<<<<4\n"
                                         "MUSTERMANN<<ERIKA<<<<<<<<<<<<<\n");
    CHECK(ident::mrzLineAt(block, 0) == 30);
    CHECK(ident::mrzLineAt(block, 31) == 30);
    CHECK(ident::mrzLineAt(block, 62) == 30);
    CHECK(ident::mrzLineAt(block, 1) == 0); // inside a line
}

// ---- BSNR and LANR ------------------------------------------------------------------------------

TEST_CASE("ident_practiceNumberAt_lanrCheckDigitAndBsnrKvKey", "[scan][ident]")
{
    for (const QJsonValue& value : list("practice", "valid")) {
        const Written w = written(value);
        INFO(w.label);
        CHECK(ident::practiceNumberAt(w.full, w.pos) == 9);
        const QString text = value.toObject().value(QLatin1String("text")).toString();
        if (value.toObject().value(QLatin1String("kind")).toString() == QLatin1String("LANR"))
            CHECK(ident::lanrValid(text));
        else
            CHECK(ident::bsnrWellFormed(text));
    }
    for (const QJsonValue& value : list("practice", "invalid")) {
        const Written w = written(value);
        INFO(w.label);
        CHECK(ident::practiceNumberAt(w.full, w.pos) == 0);
    }

    // Inline: after the cue in a sentence; glued to other digits it is no practice number.
    const QString sentence = QStringLiteral("LANR 123456601, BSNR 721234500.");
    CHECK(ident::practiceNumberAt(sentence, 5) == 9);
    CHECK(ident::practiceNumberAt(sentence, 21) == 9);
    CHECK(ident::practiceNumberAt(u"1234566011", 0) == 0);
    CHECK(ident::lanrValid(u"999999900")); // the KBV pseudo number
    CHECK_FALSE(ident::lanrValid(u"123456501"));
    CHECK_FALSE(ident::bsnrWellFormed(u"001234500"));
}

// ---- KVNR, RVNR, IdNr (scan/Checksums) ----------------------------------------------------------

TEST_CASE("checksums_kvnrRvnrIdnr_vectors", "[scan][checksum]")
{
    const auto run = [](const char* section, bool (*valid)(QStringView)) {
        for (const QJsonValue& value : list(section, "valid")) {
            INFO(section << ": " << written(value).label);
            CHECK(valid(value.toObject().value(QLatin1String("text")).toString()));
        }
        for (const QJsonValue& value : list(section, "invalid")) {
            INFO(section << ": " << written(value).label);
            CHECK_FALSE(valid(value.toObject().value(QLatin1String("text")).toString()));
        }
    };
    run("kvnr", checksum::healthInsuranceNumberValid);
    run("rvnr", checksum::pensionNumberValid);
    run("idnr", checksum::taxIdValid);

    // Inline. RVNR dates as the Gemeinsames Rundschreiben writes them (VKVV § 2 Abs. 3 and 5):
    // these failed before, when the date was checked as a calendar date.
    CHECK(checksum::pensionNumberValid(u"13390649C108"));       // day 7 + 32
    CHECK(checksum::pensionNumberValid(u"12170088M505"));       // month 00
    CHECK(checksum::pensionNumberValid(u"12001286A007"));       // day 00
    CHECK_FALSE(checksum::pensionNumberValid(u"12981286A007")); // day 98
    CHECK(checksum::healthInsuranceNumberValid(u"A123456780"));
    CHECK_FALSE(checksum::healthInsuranceNumberValid(u"a123456780"));
    CHECK(checksum::icaoCheckDigit(u"T22000129") == 3);
    CHECK(checksum::icaoCheckDigit(u"C01X00T47") == 8);
    CHECK(checksum::icaoCheckDigit(u"L898902C3") == 6);
    CHECK(checksum::icaoCheckDigit(u"ZE184226B<<<<<") == 1);
}

// ---- bounds --------------------------------------------------------------------------------------

TEST_CASE("ident_matchFunctions_neverReadOutsideTheText", "[scan][ident]")
{
    for (const char* section : {"iban", "taxNumber", "document", "mrz", "practice"}) {
        for (const char* which : {"valid", "invalid"}) {
            for (const QJsonValue& value : list(section, which)) {
                const QString text = value.toObject().value(QLatin1String("text")).toString();
                // the whole form and every prefix of it: a cut-off identifier at the text's end
                for (qsizetype cut = text.size(); cut >= 0; cut -= (cut > 12 ? 7 : 1))
                    neverReadsOutside(text.left(cut));
            }
        }
    }
    neverReadsOutside(QString());
    neverReadsOutside(QStringLiteral("D"));
    neverReadsOutside(QStringLiteral("DE8"));
}
