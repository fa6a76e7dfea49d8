#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace kilotse {

struct SourceRef;

// The categories the draft scanner reports. Their ids ("PERSON_NAME", …) are the public contract
// of the CLI's JSON output and of the pack's scan.json; the order is the display order.
enum class ScanCategory : int
{
    PersonName,
    Email,
    Phone,
    Iban,
    TaxId,
    TaxNumber,
    PensionNumber,
    HealthInsuranceNumber,
    IdCard,
    Passport,
    LicensePlate,
    DateOfBirth,
    PostalAddress,
    CaseNumber,
    IpAddress,
    SpecialCategory,
    SecrecyMarking,
    BusinessSecret,
    Count
};
constexpr int kScanCategoryCount = static_cast<int>(ScanCategory::Count);

// "PERSON_NAME" for ScanCategory::PersonName; empty for Count.
QString scanCategoryId(ScanCategory category);
// The category with that id, or ScanCategory::Count when there is none.
ScanCategory scanCategoryFromId(QStringView id);

// The cue lists the scanner reads from the pack. The names are the keys of "cues" in scan.json.
enum class ScanCue : int
{
    Salutation,
    Title,
    RoleWord,
    NameField,
    SignatureClosing,
    Birth,
    CaseNumber,
    NotCaseNumber,
    Phone,
    TaxId,
    TaxNumber,
    PensionNumber,
    HealthInsuranceNumber,
    IdCard,
    Passport,
    LicensePlate,
    Ip,
    StreetSuffix,
    StreetPrefix,
    NotStreet,
    InstitutionalNameWords,
    NotName,
    PersonReference,  // words that point at one person ("er", "meine", "Patientin"): health words need one
    SecrecyStatement, // words that make "vertraulich" in a sentence a classification ("ist", "eingestuft")
    PracticeNumber,   // "BSNR", "LANR", "Betriebsstättennummer": the number after it is no phone
    Count
};
constexpr int kScanCueCount = static_cast<int>(ScanCue::Count);
QString scanCueId(ScanCue cue); // "salutation", …

// Why the scanner reports something. The wording of each reason comes from the pack
// ("explanations" in scan.json) so that it can be translated and adapted like every policy text.
enum class ScanReason : int
{
    ChecksumIban,
    ChecksumTaxId,
    ChecksumPension,
    ChecksumHealthInsurance,
    ChecksumDocument,
    AfterCue, // %1 = the cue as written in the text
    PhoneFormat,
    TaxNumberFormat,
    PlateFormat,
    StreetNumber,
    StreetNumberCity,
    Ipv4,
    Ipv6,
    EmailPersonal,
    KnownFirstName, // %1 = the first name
    Signature,      // %1 = the closing phrase
    Count
};
constexpr int kScanReasonCount = static_cast<int>(ScanReason::Count);
QString scanReasonId(ScanReason reason); // "checksum_iban", …

struct ScanAnswer
{
    QString question;
    QString option;
};

struct ScanCategoryInfo
{
    ScanCategory category = ScanCategory::Count;
    QString label;       // "Personenname"
    QString placeholder; // "PERSON" → [PERSON_1]
    QList<ScanAnswer> answers;
    QString description;
    QString sourceDoc;
    QString sourceSection;
};

// Terms of SPECIAL_CATEGORY, SECRECY_MARKING or BUSINESS_SECRET, grouped with one explanation.
struct ScanPhraseGroup
{
    ScanCategory category = ScanCategory::Count;
    QString group;
    QString explanation;
    QStringList terms;          // case-insensitive whole words; a trailing '*' matches as a prefix
    bool needsPerson = false;   // reported only with a person in the same paragraph (a name or a
                                // "person_reference" word): "Grippeschutzimpfung" in a campaign is no one's
    bool onlyAsMarking = false; // reported only where used as a marking (line start, after a label,
                                // "ist …", capitals), not when a sentence talks about it
};

// The administration's own contact details, set centrally by IT (settings organisation/*, see
// docs/admin.md). Nothing listed here is reported as personal data. Filled in by the policy
// locator from Config when the pack is loaded for use; empty in a pack read for validation.
struct OrganisationProfile
{
    QString name;              // "Stadt Zittau": an office cue like "Rathaus"
    QStringList domains;       // "zittau.de": mailboxes there are functional unless they name a person
    QStringList addresses;     // "Markt 1, 02763 Zittau": street and number are compared
    QStringList phonePrefixes; // "03583 752": every number starting so is an office line
    QStringList ibans;         // the administration's accounts
    QStringList offices;       // "Amt für Kinder, Jugend und Familie": office cues

    bool isEmpty() const
    {
        return name.isEmpty() && domains.isEmpty() && addresses.isEmpty() && phonePrefixes.isEmpty() &&
               ibans.isEmpty() && offices.isEmpty();
    }
};

// The scan.json part of a policy pack: everything the scanner knows that is not an algorithm
// (checksums and formats are code; words, names, wording and mappings are data).
struct ScanRules
{
    bool pseudonymisedIsPersonal = true;
    QString pseudonymisedNote;
    QString sourceDoc;
    QString sourceSection;
    QList<ScanCategoryInfo> categories; // one per ScanCategory, in enum order
    QList<QStringList> cues;            // indexed by ScanCue
    QList<ScanPhraseGroup> phrases;
    QStringList firstNames;
    QStringList institutionalEmailLocalParts;
    QStringList institutionalPhoneNumbers;
    QStringList institutionalAddressCues;
    QStringList institutionalAddresses;
    QStringList officeWordSuffixes; // "amt", "stelle": a noun or mailbox word ending so names an office
    QStringList officeCues;         // "Zentrale", "Stadtkasse": a number or account after it is an office's
    QStringList personalCues;       // "Ihr", "mein", "privat": between cue and value they make it personal
    QStringList freeMailDomains;    // "gmx.de": a mailbox there is a person's, whatever its name
    OrganisationProfile organisation;
    QStringList explanations; // indexed by ScanReason

    const ScanCategoryInfo& info(ScanCategory category) const { return categories.at(static_cast<int>(category)); }
    const QStringList& cue(ScanCue c) const { return cues.at(static_cast<int>(c)); }
    QString explanation(ScanReason reason) const { return explanations.value(static_cast<int>(reason)); }
};

} // namespace kilotse
