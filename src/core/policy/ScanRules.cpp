#include "policy/ScanRules.h"

#include <array>

namespace kilotse {

namespace {

constexpr std::array<const char*, kScanCategoryCount> kCategoryIds{
    "PERSON_NAME",     "EMAIL",          "PHONE",          "IBAN",
    "TAX_ID",          "TAX_NUMBER",     "PENSION_NUMBER", "HEALTH_INSURANCE_NUMBER",
    "ID_CARD",         "PASSPORT",       "LICENSE_PLATE",  "DATE_OF_BIRTH",
    "POSTAL_ADDRESS",  "CASE_NUMBER",    "IP_ADDRESS",     "SPECIAL_CATEGORY",
    "SECRECY_MARKING", "BUSINESS_SECRET"};

constexpr std::array<const char*, kScanCueCount> kCueIds{"salutation",
                                                         "title",
                                                         "role_word",
                                                         "name_field",
                                                         "signature_closing",
                                                         "birth",
                                                         "case_number",
                                                         "not_case_number",
                                                         "phone",
                                                         "tax_id",
                                                         "tax_number",
                                                         "pension_number",
                                                         "health_insurance_number",
                                                         "id_card",
                                                         "passport",
                                                         "license_plate",
                                                         "ip",
                                                         "street_suffix",
                                                         "street_prefix",
                                                         "not_street",
                                                         "institutional_name_words",
                                                         "not_name",
                                                         "person_reference",
                                                         "secrecy_statement",
                                                         "practice_number"};

constexpr std::array<const char*, kScanReasonCount> kReasonIds{"checksum_iban",
                                                               "checksum_tax_id",
                                                               "checksum_pension",
                                                               "checksum_health_insurance",
                                                               "checksum_document",
                                                               "after_cue",
                                                               "phone_format",
                                                               "tax_number_format",
                                                               "plate_format",
                                                               "street_number",
                                                               "street_number_city",
                                                               "ipv4",
                                                               "ipv6",
                                                               "email_personal",
                                                               "known_first_name",
                                                               "signature"};

} // namespace

QString scanCategoryId(ScanCategory category)
{
    const int k = static_cast<int>(category);
    return (k >= 0 && k < kScanCategoryCount) ? QString::fromLatin1(kCategoryIds[static_cast<std::size_t>(k)])
                                              : QString();
}

ScanCategory scanCategoryFromId(QStringView id)
{
    for (int k = 0; k < kScanCategoryCount; ++k)
        if (id == QLatin1String(kCategoryIds[static_cast<std::size_t>(k)]))
            return static_cast<ScanCategory>(k);
    return ScanCategory::Count;
}

QString scanCueId(ScanCue cue)
{
    const int k = static_cast<int>(cue);
    return (k >= 0 && k < kScanCueCount) ? QString::fromLatin1(kCueIds[static_cast<std::size_t>(k)]) : QString();
}

QString scanReasonId(ScanReason reason)
{
    const int k = static_cast<int>(reason);
    return (k >= 0 && k < kScanReasonCount) ? QString::fromLatin1(kReasonIds[static_cast<std::size_t>(k)]) : QString();
}

} // namespace kilotse
