#include "scan/IdentifierFormats.h"

#include "scan/Checksums.h"

#include <array>
#include <cstdint>

namespace kilotse::ident {

namespace {

// ---- characters ---------------------------------------------------------------------------------

constexpr bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}
constexpr bool isUpper(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}
constexpr bool isLower(char16_t c)
{
    return c >= u'a' && c <= u'z';
}
constexpr bool isAsciiAlnum(char16_t c)
{
    return isDigit(c) || isUpper(c) || isLower(c);
}
constexpr char16_t toUpper(char16_t c)
{
    return isLower(c) ? static_cast<char16_t>(c - (u'a' - u'A')) : c;
}
constexpr int digitValue(char16_t c)
{
    return c - u'0';
}
// A character that continues a word: a letter or digit of any script (and combining marks).
inline bool isWordChar(char16_t c)
{
    if (c < 128)
        return isAsciiAlnum(c);
    const QChar q(c);
    return q.isLetterOrNumber() || q.isMark();
}
// The blanks a word processor puts between digit groups: space, no-break, narrow no-break,
// figure and thin space.
constexpr bool isBlank(char16_t c)
{
    return c == u' ' || c == 0x00A0 || c == 0x202F || c == 0x2007 || c == 0x2009;
}
constexpr bool isGlue(char16_t c)
{
    return c == u'/' || c == u'-' || c == u'.';
}

// Bounds-checked access: positions outside the text read as NUL, which is no word character.
struct Text
{
    QStringView view;
    char16_t operator()(qsizetype i) const { return i >= 0 && i < view.size() ? view[i].unicode() : u'\0'; }
};

// The characters before `pos` do not continue into the match: no letter or digit, and no digit
// glued to it by a slash, hyphen or dot ("1/181/815/08155" does not start at "181";
// "St.-Nr.181/815/08155" does).
bool startsToken(const Text& at, qsizetype pos)
{
    const char16_t before = at(pos - 1);
    return !isWordChar(before) && !(isGlue(before) && isDigit(at(pos - 2)));
}
// The match ends at `end`: no letter or digit follows, nor a digit glued by a slash, hyphen or dot.
bool endsToken(const Text& at, qsizetype end)
{
    const char16_t after = at(end);
    return !isWordChar(after) && !(isGlue(after) && isDigit(at(end + 1)));
}

// ---- IBAN registry ------------------------------------------------------------------------------

// SWIFT IBAN Registry, Release 100: "IBAN prefix country code", "IBAN length", "BBAN structure".
constexpr std::array<IbanCountry, 89> kIbanCountries{{
    {"AD", 24, "4!n4!n12!c"},
    {"AE", 23, "3!n16!n"},
    {"AL", 28, "8!n16!c"},
    {"AT", 20, "5!n11!n"},
    {"AZ", 28, "4!a20!c"},
    {"BA", 20, "3!n3!n8!n2!n"},
    {"BE", 16, "3!n7!n2!n"},
    {"BG", 22, "4!a4!n2!n8!c"},
    {"BH", 22, "4!a14!c"},
    {"BI", 27, "5!n5!n11!n2!n"},
    {"BR", 29, "8!n5!n10!n1!a1!c"},
    {"BY", 28, "4!c4!n16!c"},
    {"CH", 21, "5!n12!c"},
    {"CR", 22, "4!n14!n"},
    {"CY", 28, "3!n5!n16!c"},
    {"CZ", 24, "4!n6!n10!n"},
    {"DE", 22, "8!n10!n"},
    {"DJ", 27, "5!n5!n11!n2!n"},
    {"DK", 18, "4!n9!n1!n"},
    {"DO", 28, "4!c20!n"},
    {"EE", 20, "2!n14!n"},
    {"EG", 29, "4!n4!n17!n"},
    {"ES", 24, "4!n4!n1!n1!n10!n"},
    {"FI", 18, "3!n11!n"},
    {"FK", 18, "2!a12!n"},
    {"FO", 18, "4!n9!n1!n"},
    {"FR", 27, "5!n5!n11!c2!n"},
    {"GB", 22, "4!a6!n8!n"},
    {"GE", 22, "2!a16!n"},
    {"GI", 23, "4!a15!c"},
    {"GL", 18, "4!n9!n1!n"},
    {"GR", 27, "3!n4!n16!c"},
    {"GT", 28, "4!c20!c"},
    {"HN", 28, "4!a20!n"},
    {"HR", 21, "7!n10!n"},
    {"HU", 28, "3!n4!n1!n15!n1!n"},
    {"IE", 22, "4!a6!n8!n"},
    {"IL", 23, "3!n3!n13!n"},
    {"IQ", 23, "4!a3!n12!n"},
    {"IS", 26, "4!n2!n6!n10!n"},
    {"IT", 27, "1!a5!n5!n12!c"},
    {"JO", 30, "4!a4!n18!c"},
    {"KW", 30, "4!a22!c"},
    {"KZ", 20, "3!n13!c"},
    {"LB", 28, "4!n20!c"},
    {"LC", 32, "4!a24!c"},
    {"LI", 21, "5!n12!c"},
    {"LT", 20, "5!n11!n"},
    {"LU", 20, "3!n13!c"},
    {"LV", 21, "4!a13!c"},
    {"LY", 25, "3!n3!n15!n"},
    {"MC", 27, "5!n5!n11!c2!n"},
    {"MD", 24, "2!c18!c"},
    {"ME", 22, "3!n13!n2!n"},
    {"MK", 19, "3!n10!c2!n"},
    {"MN", 20, "4!n12!n"},
    {"MR", 27, "5!n5!n11!n2!n"},
    {"MT", 31, "4!a5!n18!c"},
    {"MU", 30, "4!a2!n2!n12!n3!n3!a"},
    {"NI", 28, "4!a20!n"},
    {"NL", 18, "4!a10!n"},
    {"NO", 15, "4!n6!n1!n"},
    {"OM", 23, "3!n16!c"},
    {"PK", 24, "4!a16!c"},
    {"PL", 28, "8!n16!n"},
    {"PS", 29, "4!a21!c"},
    {"PT", 25, "4!n4!n11!n2!n"},
    {"QA", 29, "4!a21!c"},
    {"RO", 24, "4!a16!c"},
    {"RS", 22, "3!n13!n2!n"},
    {"RU", 33, "9!n5!n15!c"},
    {"SA", 24, "2!n18!c"},
    {"SC", 31, "4!a2!n2!n16!n3!a"},
    {"SD", 18, "2!n12!n"},
    {"SE", 24, "3!n16!n1!n"},
    {"SI", 19, "5!n8!n2!n"},
    {"SK", 24, "4!n6!n10!n"},
    {"SM", 27, "1!a5!n5!n12!c"},
    {"SO", 23, "4!n3!n12!n"},
    {"ST", 25, "4!n4!n11!n2!n"},
    {"SV", 28, "4!a20!n"},
    {"TL", 23, "3!n14!n2!n"},
    {"TN", 24, "2!n3!n13!n2!n"},
    {"TR", 26, "5!n1!n16!c"},
    {"UA", 29, "6!n19!c"},
    {"VA", 22, "3!n15!n"},
    {"VG", 24, "4!a16!n"},
    {"XK", 20, "4!n10!n2!n"},
    {"YE", 30, "4!a4!n18!c"},
}};

// The BBAN length a registry structure describes (the sum of its counts), -1 when malformed.
constexpr int bbanLength(const char* structure)
{
    int total = 0;
    int count = 0;
    for (const char* p = structure; *p != '\0'; ++p) {
        if (*p >= '0' && *p <= '9') {
            count = count * 10 + (*p - '0');
        } else if (*p == 'n' || *p == 'a' || *p == 'c') {
            total += count;
            count = 0;
        } else if (*p != '!') {
            return -1;
        }
    }
    return count == 0 ? total : -1;
}
constexpr bool registryConsistent()
{
    for (std::size_t k = 0; k < kIbanCountries.size(); ++k) {
        const IbanCountry& country = kIbanCountries[k];
        if (bbanLength(country.bban) + 4 != country.length || country.length > 34)
            return false;
        if (k > 0) { // sorted, no duplicates
            const IbanCountry& before = kIbanCountries[k - 1];
            if (before.code[0] > country.code[0] ||
                (before.code[0] == country.code[0] && before.code[1] >= country.code[1]))
                return false;
        }
    }
    return true;
}
static_assert(registryConsistent(), "every BBAN structure adds up to its IBAN length; codes sorted");

// Country code → 1 + index into kIbanCountries (0: no IBAN), over the 26 × 26 upper-case codes.
constexpr std::array<unsigned char, 26 * 26> kIbanIndex = [] {
    std::array<unsigned char, 26 * 26> index{};
    for (std::size_t k = 0; k < kIbanCountries.size(); ++k) {
        const IbanCountry& country = kIbanCountries[k];
        index[static_cast<std::size_t>((country.code[0] - 'A') * 26 + (country.code[1] - 'A'))] =
            static_cast<unsigned char>(k + 1);
    }
    return index;
}();

enum class Separator
{
    None,
    Blank,
    Hyphen,
    Dot
};
constexpr Separator separatorOf(char16_t c)
{
    if (isBlank(c))
        return Separator::Blank;
    if (c == u'-')
        return Separator::Hyphen;
    if (c == u'.')
        return Separator::Dot;
    return Separator::None;
}

// The shortest IBAN (NO, 15): a shorter shape is not consumed as a look-alike.
constexpr int kShortestIban = 15;
// The longest shape read: longer than any IBAN (34), so an over-long one is seen whole.
constexpr int kLongestShape = 40;

} // namespace

const IbanCountry* ibanCountry(char16_t c1, char16_t c2)
{
    c1 = toUpper(c1);
    c2 = toUpper(c2);
    if (!isUpper(c1) || !isUpper(c2))
        return nullptr;
    const unsigned char entry = kIbanIndex[static_cast<std::size_t>((c1 - u'A') * 26 + (c2 - u'A'))];
    return entry == 0 ? nullptr : &kIbanCountries[entry - 1u];
}

bool ibanValid(QStringView compact)
{
    const qsizetype n = compact.size();
    if (n < 4)
        return false;
    const IbanCountry* country = ibanCountry(compact[0].unicode(), compact[1].unicode());
    if (country == nullptr || country->length != n)
        return false;
    if (!isDigit(compact[2].unicode()) || !isDigit(compact[3].unicode()))
        return false;
    // ISO 7064 MOD 97-10 computes check digits 02..98; 00, 01 and 99 are never issued.
    const int checkDigits = digitValue(compact[2].unicode()) * 10 + digitValue(compact[3].unicode());
    if (checkDigits < 2 || checkDigits > 98)
        return false;
    // The BBAN character by character against the registry structure.
    qsizetype k = 4;
    int count = 0;
    for (const char* p = country->bban; *p != '\0'; ++p) {
        if (*p >= '0' && *p <= '9') {
            count = count * 10 + (*p - '0');
            continue;
        }
        if (*p == '!')
            continue;
        for (int m = 0; m < count; ++m, ++k) {
            const char16_t c = toUpper(compact[k].unicode());
            const bool fits = *p == 'n' ? isDigit(c) : (*p == 'a' ? isUpper(c) : (isDigit(c) || isUpper(c)));
            if (!fits)
                return false;
        }
        count = 0;
    }
    // Move the first four characters to the end, letters become 10..35; the number mod 97 is 1.
    int remainder = 0;
    for (qsizetype m = 0; m < n; ++m) {
        const char16_t c = toUpper(compact[(m + 4) % n].unicode());
        remainder = isDigit(c) ? (remainder * 10 + digitValue(c)) % 97 : (remainder * 100 + (c - u'A' + 10)) % 97;
    }
    return remainder == 1;
}

IbanMatch ibanAt(QStringView text, qsizetype pos)
{
    const Text at{text};
    if (pos < 0 || pos >= text.size() || !startsToken(at, pos))
        return {};
    const IbanCountry* country = ibanCountry(at(pos), at(pos + 1));
    if (country == nullptr)
        return {};
    char16_t buf[kLongestShape];
    int count = 0;
    buf[count++] = toUpper(at(pos));
    buf[count++] = toUpper(at(pos + 1));
    qsizetype j = pos + 2;
    Separator kind = Separator::None;
    if (isBlank(at(j)) && isDigit(at(j + 1))) { // "DE 89 …"
        kind = Separator::Blank;
        ++j;
    }
    if (!isDigit(at(j)) || !isDigit(at(j + 1)))
        return {};
    buf[count++] = at(j);
    buf[count++] = at(j + 1);
    j += 2;
    qsizetype end = j;
    if (isAsciiAlnum(at(j))) {
        // Compact: the BBAN follows the check digits directly, as one run.
        while (isAsciiAlnum(at(j))) {
            if (count == kLongestShape)
                return {}; // a longer run of letters and digits is something else
            buf[count++] = toUpper(at(j++));
        }
        end = j;
    } else {
        // Grouped: groups of four after one kind of separator; a shorter group is the last.
        const Separator first = separatorOf(at(j));
        if (first == Separator::None || !isAsciiAlnum(at(j + 1)))
            return {};
        if (kind != Separator::None && first != kind)
            return {}; // mixed separators
        kind = first;
        for (;;) {
            const qsizetype groupStart = j + 1;
            qsizetype g = groupStart;
            while (isAsciiAlnum(at(g)) && g - groupStart <= 4)
                ++g;
            const qsizetype length = g - groupStart;
            if (length > 4 || count + length > kLongestShape)
                return {}; // not the grouping in fours
            for (qsizetype m = groupStart; m < g; ++m)
                buf[count++] = toUpper(at(m));
            end = g;
            // Stop at the registered length (a following number is not part of the IBAN) and
            // after a short group (the last one).
            if (count >= country->length || length < 4)
                break;
            const Separator next = separatorOf(at(g));
            if (next == Separator::None || !isAsciiAlnum(at(g + 1)))
                break;
            if (next != kind)
                return {}; // mixed separators
            j = g;
        }
    }
    if (!endsToken(at, end))
        return {};
    if (count == country->length)
        return {end - pos, ibanValid(QStringView(buf, count))};
    if (count >= kShortestIban)
        return {end - pos, false}; // IBAN-shaped, but not the registered length
    return {};
}

// ---- Steuernummer -------------------------------------------------------------------------------

namespace {

enum Land : std::uint8_t
{
    BW,
    BY,
    BE,
    BB,
    HB,
    HH,
    HE,
    MV,
    NI,
    NW,
    RP,
    SL,
    SN,
    ST,
    SH,
    TH,
    LandCount
};
using LandSet = std::uint32_t;
constexpr LandSet bit(Land land)
{
    return LandSet{1} << land;
}

// How a Land's regional form becomes the 13-digit ELSTER form (ELSTER chapter 4): the 10-digit
// Länder put their two-digit prefix before FF; the 11-digit Länder put one digit before their
// three (0FF, 1FF, 2FF or FFF); Hessen replaces its leading 0 by 26.
struct LandLayout
{
    const char* elsterPrefix; // "28", "9", …
    int regionalDigits;       // 10 or 11
    char firstDigit;          // required first digit of an 11-digit regional form ('\0': any)
};
constexpr std::array<LandLayout, LandCount> kLands{{
    {"28", 10, '\0'}, // BW
    {"9", 11, '\0'},  // BY FFF (1xx, 2xx: the Finanzamt range decides)
    {"11", 10, '\0'}, // BE
    {"3", 11, '0'},   // BB 0FF → 30FF
    {"24", 10, '\0'}, // HB
    {"22", 10, '\0'}, // HH
    {"26", 11, '0'},  // HE 0FF → 26FF
    {"4", 11, '0'},   // MV 0FF → 40FF
    {"23", 10, '\0'}, // NI
    {"5", 11, '\0'},  // NW FFF
    {"27", 10, '\0'}, // RP
    {"1", 11, '0'},   // SL 0FF → 10FF
    {"3", 11, '2'},   // SN 2FF → 32FF
    {"3", 11, '1'},   // ST 1FF → 31FF
    {"21", 10, '\0'}, // SH
    {"4", 11, '1'},   // TH 1FF → 41FF
}};

constexpr LandSet kTenDigitLands = bit(BW) | bit(BE) | bit(HB) | bit(HH) | bit(NI) | bit(RP) | bit(SH);
constexpr LandSet kElevenDigitLands =
    bit(BY) | bit(BB) | bit(HE) | bit(MV) | bit(NW) | bit(SL) | bit(SN) | bit(ST) | bit(TH);

int number(const char16_t* digits, int from, int count)
{
    int value = 0;
    for (int k = from; k < from + count; ++k)
        value = value * 10 + digitValue(digits[k]);
    return value;
}

// The Land of a 13-digit ELSTER number by its Finanzamt prefix, or LandCount.
Land landOfElster(const char16_t* e)
{
    if (e[0] == u'9')
        return BY;
    if (e[0] == u'5')
        return NW;
    switch (number(e, 0, 2)) {
    case 10:
        return SL;
    case 11:
        return BE;
    case 21:
        return SH;
    case 22:
        return HH;
    case 23:
        return NI;
    case 24:
        return HB;
    case 26:
        return HE;
    case 27:
        return RP;
    case 28:
        return BW;
    case 30:
        return BB;
    case 31:
        return ST;
    case 32:
        return SN;
    case 40:
        return MV;
    case 41:
        return TH;
    default:
        return LandCount;
    }
}

// ELSTER chapter 6: the check digit procedures over the first twelve digits of the ELSTER form.
// Every Land is checked. The ELSTER PDF itself was not at hand: the weights and procedures are
// those of two independent implementations that cite it chapter by chapter (rechtlogisch/
// steuernummer, compared by its author with ERiC; getcouped/validate-steuernummer), and all 16
// examples of de.wikipedia "Steuernummer" verify with them. Where the sources leave a gap the
// check accepts either reading: Berlin offices outside the A/B table and Spandau (1119) districts
// 681-683 take both weightings. An 11er difference of 10 is treated as never issued (the
// implementations agree; ELSTER gives no check digit for it).
using Weights = std::array<int, 12>;
constexpr Weights kElfer{0, 5, 4, 3, 0, 2, 7, 6, 5, 4, 3, 2};      // BY BB MV SL SN ST TH
constexpr Weights kElferHbHh{0, 0, 4, 3, 0, 2, 7, 6, 5, 4, 3, 2};  // HB HH
constexpr Weights kElferNiBeB{0, 0, 2, 9, 0, 8, 7, 6, 5, 4, 3, 2}; // NI, Berlin B
constexpr Weights kElferBeA{0, 0, 0, 0, 0, 7, 6, 5, 8, 4, 3, 2};   // Berlin A
constexpr Weights kElferNw{0, 3, 2, 1, 0, 7, 6, 5, 4, 3, 2, 1};    // NW
constexpr Weights kModifiedRp{0, 0, 1, 2, 0, 1, 2, 1, 2, 1, 2, 1}; // RP
constexpr Weights kZweierSummands{0, 0, 9, 8, 0, 7, 6, 5, 4, 3, 2, 1};
constexpr Weights kZweierFactors{0, 0, 512, 256, 0, 128, 64, 32, 16, 8, 4, 2}; // BW HE SH

int weightedSum(const char16_t* e, const Weights& weights)
{
    int sum = 0;
    for (std::size_t k = 0; k < 12; ++k)
        sum += digitValue(e[k]) * weights[k];
    return sum;
}
// 11er procedure: the check digit is 11 minus the sum mod 11 (0 when the sum divides by 11); a
// difference of 10 is never issued.
bool elferFits(const char16_t* e, const Weights& weights)
{
    const int check = (11 - weightedSum(e, weights) % 11) % 11;
    return check != 10 && check == digitValue(e[12]);
}
// NW: the check digit is the sum mod 11 itself (10 is never issued).
bool elferNwFits(const char16_t* e)
{
    const int check = weightedSum(e, kElferNw) % 11;
    return check != 10 && check == digitValue(e[12]);
}
// RP, modified 11er procedure: a two-digit product counts as its last digit plus one; the check
// digit completes the sum to a multiple of ten.
bool modifiedRpFits(const char16_t* e)
{
    int sum = 0;
    for (std::size_t k = 0; k < 12; ++k) {
        const int product = digitValue(e[k]) * kModifiedRp[k];
        sum += product >= 10 ? product % 10 + 1 : product;
    }
    return (10 - sum % 10) % 10 == digitValue(e[12]);
}
// 2er procedure: (digit + summand) mod 10 times a power of two, reduced to its one-digit cross
// sum; the check digit completes the sum to a multiple of ten.
bool zweierFits(const char16_t* e)
{
    int sum = 0;
    for (std::size_t k = 0; k < 12; ++k) {
        if (kZweierFactors[k] == 0)
            continue;
        const int product = ((digitValue(e[k]) + kZweierSummands[k]) % 10) * kZweierFactors[k];
        sum += product == 0 ? 0 : 1 + (product - 1) % 9;
    }
    return (10 - sum % 10) % 10 == digitValue(e[12]);
}
// Berlin weights A or B depending on the Finanzamt and the district (ELSTER, Berlin sub-chapter).
// Returns bit 1 for A, bit 2 for B; both where the sources differ (1119, 681-683) or are silent.
int berlinWeightings(int finanzamt, int district)
{
    constexpr int a = 1;
    constexpr int b = 2;
    switch (finanzamt) {
    case 1113:
    case 1114:
    case 1117:
    case 1120:
    case 1121:
    case 1123:
    case 1124:
    case 1125:
        return district >= 201 && district <= 693 ? b : a;
    case 1115:
    case 1118:
    case 1131:
    case 1132:
    case 1133:
    case 1134:
    case 1135:
    case 1136:
    case 1137:
        return b;
    case 1116:
        return (district >= 1 && district <= 29) || (district >= 201 && district <= 693) ||
                       (district >= 875 && district <= 899)
                   ? b
                   : a;
    case 1119:
        if (district >= 681 && district <= 683)
            return a | b;
        return (district >= 201 && district <= 639) || district == 680 || district == 684 ? b : a;
    case 1127:
    case 1129:
    case 1130:
        return a;
    default:
        return a | b;
    }
}

enum class Elster
{
    Malformed,
    CheckDigitFails,
    Verified
};
// A 13-digit ELSTER number of a given Land: Finanzamt range, the format key "0", the district,
// then the check digit.
Elster checkElster(const char16_t* e, Land land)
{
    if (e[4] != u'0' || landOfElster(e) != land)
        return Elster::Malformed;
    const int finanzamt = number(e, 0, 4);
    // BY 9101-9299 and NW 5101-5399 hold every Finanzamt of the ELSTER lists (test numbers
    // above); the other Länder number theirs prefix + 01..99.
    const bool officeKnown = land == BY   ? finanzamt >= 9101 && finanzamt <= 9299
                             : land == NW ? finanzamt >= 5101 && finanzamt <= 5399
                                          : finanzamt % 100 != 0;
    if (!officeKnown)
        return Elster::Malformed;
    // Districts 000, 998 and 999 are not issued (NW: 0000, 0998, 0999).
    const int district = land == NW ? number(e, 5, 4) : number(e, 5, 3);
    if (district == 0 || district == 998 || district == 999)
        return Elster::Malformed;
    bool fits = false;
    switch (land) {
    case BW:
    case HE:
    case SH:
        fits = zweierFits(e);
        break;
    case BY:
    case BB:
    case MV:
    case SL:
    case SN:
    case ST:
    case TH:
        fits = elferFits(e, kElfer);
        break;
    case HB:
    case HH:
        fits = elferFits(e, kElferHbHh);
        break;
    case NI:
        fits = elferFits(e, kElferNiBeB);
        break;
    case BE: {
        const int weightings = berlinWeightings(finanzamt, district);
        fits =
            ((weightings & 1) != 0 && elferFits(e, kElferBeA)) || ((weightings & 2) != 0 && elferFits(e, kElferNiBeB));
        break;
    }
    case NW:
        fits = elferNwFits(e);
        break;
    case RP:
        fits = modifiedRpFits(e);
        break;
    case LandCount:
        break;
    }
    return fits ? Elster::Verified : Elster::CheckDigitFails;
}

// The regional form of `land` (10 or 11 digits) as ELSTER number; false when it does not fit.
bool toElster(const char16_t* regional, int digits, Land land, char16_t* e)
{
    const LandLayout& layout = kLands[land];
    if (layout.regionalDigits != digits)
        return false;
    if (layout.firstDigit != '\0' && regional[0] != static_cast<char16_t>(layout.firstDigit))
        return false;
    int n = 0;
    for (const char* p = layout.elsterPrefix; *p != '\0'; ++p)
        e[n++] = static_cast<char16_t>(*p);
    // FF (10 digits) or FFF (11 digits; Hessen drops its leading 0 for the two-digit prefix 26).
    const int officeFrom = land == HE ? 1 : 0;
    const int officeTo = digits == 10 ? 2 : 3;
    for (int k = officeFrom; k < officeTo; ++k)
        e[n++] = regional[k];
    e[n++] = u'0';
    for (int k = officeTo; k < digits; ++k)
        e[n++] = regional[k];
    return n == 13;
}

struct Verdict
{
    bool wellFormed = false;
    bool verified = false;
};
// The written digits as the regional form of any Land in `lands`.
Verdict regionalVerdict(const char16_t* regional, int digits, LandSet lands)
{
    Verdict verdict;
    for (int k = 0; k < LandCount; ++k) {
        const auto land = static_cast<Land>(k);
        char16_t e[13];
        if ((lands & bit(land)) == 0 || !toElster(regional, digits, land, e))
            continue;
        const Elster result = checkElster(e, land);
        if (result == Elster::Malformed)
            continue;
        verdict.wellFormed = true;
        verdict.verified = verdict.verified || result == Elster::Verified;
    }
    return verdict;
}
Verdict elsterVerdict(const char16_t* e)
{
    const Land land = landOfElster(e);
    if (land == LandCount)
        return {};
    const Elster result = checkElster(e, land);
    return {result != Elster::Malformed, result == Elster::Verified};
}

// The 11-digit Länder whose regional form can start with this digit (Hessen writes blanks).
LandSet elevenDigitLandsFor(char16_t first, bool withHessen)
{
    switch (first) {
    case u'0':
        return bit(BB) | bit(MV) | bit(SL) | (withHessen ? bit(HE) : 0);
    case u'1':
        return bit(BY) | bit(ST) | bit(TH);
    case u'2':
        return bit(BY) | bit(SN);
    default:
        return 0;
    }
}

struct Group
{
    qsizetype start = 0;
    int length = 0;
};
constexpr int kMaxGroups = 5;

// The written groups [0, count) as a Steuernummer.
Verdict taxVerdict(const Text& at, const Group* groups, const char16_t* separators, int count, bool cued)
{
    char16_t digits[13];
    int n = 0;
    for (int g = 0; g < count; ++g) {
        if (n + groups[g].length > 13)
            return {};
        for (int k = 0; k < groups[g].length; ++k)
            digits[n++] = at(groups[g].start + k);
    }
    if (count == 1) {
        if (n == 13)
            return elsterVerdict(digits);
        if (cued && n == 10)
            return regionalVerdict(digits, 10, kTenDigitLands);
        if (cued && n == 11)
            return regionalVerdict(digits, 11, kElevenDigitLands);
        return {};
    }
    const int lastLength = groups[count - 1].length;
    const char16_t lastSeparator = separators[count - 2];
    // Slashes (the check digit may stand apart after a blank), or blanks only (after a cue).
    bool slashes = true;
    bool blanks = true;
    for (int g = 0; g + 1 < count; ++g) {
        const bool apart = g + 2 == count && lastLength == 1 && separators[g] == u' ';
        slashes = slashes && (separators[g] == u'/' || apart);
        blanks = blanks && separators[g] == u' ';
    }
    if (!slashes && !(blanks && cued))
        return {};
    if (lastSeparator == u'/' && lastLength == 1) {
        // "FF/BBB/UUUU/P": Rheinland-Pfalz writes its check digit after a slash.
        if (count == 4 && groups[0].length == 2 && groups[1].length == 3 && groups[2].length == 4)
            return regionalVerdict(digits, 10, bit(RP));
        return {};
    }
    int pattern[kMaxGroups];
    int parts = count;
    for (int g = 0; g < count; ++g)
        pattern[g] = groups[g].length;
    if (lastLength == 1) { // "181/815/0815 5" reads as "181/815/08155"
        pattern[count - 2] += 1;
        parts = count - 1;
    }
    if (parts == 2 && pattern[0] == 5 && pattern[1] == 5)
        return regionalVerdict(digits, 10, bit(BW));
    if (parts == 3 && pattern[0] == 2 && pattern[1] == 3 && pattern[2] == 5)
        return regionalVerdict(digits, 10, bit(BE) | bit(HH) | bit(NI) | bit(SH) | bit(RP) | (cued ? bit(HB) : 0));
    if (parts == 3 && pattern[0] == 3 && pattern[1] == 3 && pattern[2] == 5)
        return regionalVerdict(digits, 11, elevenDigitLandsFor(digits[0], cued));
    if (parts == 3 && pattern[0] == 3 && pattern[1] == 4 && pattern[2] == 4)
        return regionalVerdict(digits, 11, bit(NW));
    return {};
}

} // namespace

bool elsterTaxNumberValid(QStringView digits13)
{
    if (digits13.size() != 13)
        return false;
    char16_t e[13];
    for (qsizetype k = 0; k < 13; ++k) {
        e[k] = digits13[k].unicode();
        if (!isDigit(e[k]))
            return false;
    }
    return elsterVerdict(e).verified;
}

TaxNumberMatch taxNumberAt(QStringView text, qsizetype pos, bool cued)
{
    const Text at{text};
    if (pos < 0 || !isDigit(at(pos)) || !startsToken(at, pos))
        return {};
    // The digit groups from pos, separated by one slash or one blank each.
    Group groups[kMaxGroups];
    char16_t separators[kMaxGroups - 1] = {};
    int count = 0;
    qsizetype j = pos;
    for (;;) {
        const qsizetype start = j;
        while (isDigit(at(j)) && j - start <= 13)
            ++j;
        if (j - start > 13) {
            if (count == 0)
                return {}; // a longer run of digits is no Steuernummer
            break;         // nor part of one
        }
        groups[count++] = {start, static_cast<int>(j - start)};
        if (count == kMaxGroups)
            break;
        const char16_t c = at(j);
        const char16_t separator = c == u'/' ? u'/' : (isBlank(c) ? u' ' : u'\0');
        if (separator == u'\0' || !isDigit(at(j + 1)))
            break;
        separators[count - 1] = separator;
        ++j;
    }
    // The longest reading that ends at a token end wins ("181/815/08155 5 Anlagen" stops before 5).
    for (int k = count; k >= 1; --k) {
        const qsizetype end = groups[k - 1].start + groups[k - 1].length;
        if (!endsToken(at, end))
            continue;
        const Verdict verdict = taxVerdict(at, groups, separators, k, cued);
        if (verdict.wellFormed && (cued || verdict.verified))
            return {end - pos, verdict.verified};
    }
    return {};
}

// ---- document numbers ---------------------------------------------------------------------------

namespace {

// The alphabet of German document numbers since 2007/2010: digits and these letters.
constexpr bool isDocumentLetter(char16_t c)
{
    switch (c) {
    case u'C':
    case u'F':
    case u'G':
    case u'H':
    case u'J':
    case u'K':
    case u'L':
    case u'M':
    case u'N':
    case u'P':
    case u'R':
    case u'T':
    case u'V':
    case u'W':
    case u'X':
    case u'Y':
    case u'Z':
        return true;
    default:
        return false;
    }
}
constexpr bool isPassportLetter(char16_t c)
{
    return c == u'C' || c == u'F' || c == u'G' || c == u'H' || c == u'J' || c == u'K';
}
constexpr bool isIdCardLetter(char16_t c)
{
    return c == u'L' || c == u'M' || c == u'N' || c == u'P' || c == u'R' || c == u'T' || c == u'V' || c == u'W' ||
           c == u'X' || c == u'Y';
}
constexpr DocumentKind kindOf(char16_t first)
{
    if (isPassportLetter(first))
        return DocumentKind::Passport;
    if (isIdCardLetter(first))
        return DocumentKind::IdCard;
    return DocumentKind::Unknown;
}

// ICAO 9303 check digit of `count` (≤ 16) characters from `from`, -1 outside the MRZ alphabet.
int icaoCheck(const Text& at, qsizetype from, qsizetype count)
{
    char16_t buf[16];
    for (qsizetype k = 0; k < count; ++k)
        buf[k] = at(from + k);
    return checksum::icaoCheckDigit(QStringView(buf, count));
}

} // namespace

DocumentMatch documentNumberAt(QStringView text, qsizetype pos, bool cued)
{
    const Text at{text};
    if (pos < 0 || pos >= text.size() || !startsToken(at, pos))
        return {};
    // The token: upper-case letters and digits only (a lower-case letter makes it a word).
    qsizetype end = pos;
    int digits = 0;
    while ((isUpper(at(end)) || isDigit(at(end))) && end - pos <= 10) {
        digits += isDigit(at(end)) ? 1 : 0;
        ++end;
    }
    const qsizetype length = end - pos;
    if (length > 10 || isWordChar(at(end)))
        return {};
    const char16_t first = at(pos);

    // Old all-digit numbers: nine digits and the check digit, glued or after a blank (cue only).
    if (digits == length && (length == 10 || length == 9)) {
        if (!cued)
            return {};
        qsizetype checkAt = pos + 9;
        if (length == 9) {
            if (!isBlank(at(end)) || !isDigit(at(end + 1)))
                return {};
            checkAt = end + 1;
        }
        if (!endsToken(at, checkAt + 1) || icaoCheck(at, pos, 9) != digitValue(at(checkAt)))
            return {};
        return {checkAt + 1 - pos, true, DocumentKind::Unknown};
    }
    if (length < 9 || !endsToken(at, end))
        return {};
    // Since 2007/2010: the first letter of a document type, then the alphabet, with a digit among
    // the nine characters (a nine-letter word never matches).
    const bool checkDigitWritten = length == 10 && isDigit(at(pos + 9));
    const int digitsInNine = digits - (checkDigitWritten ? 1 : 0);
    bool alphabet = (isPassportLetter(first) || isIdCardLetter(first)) && digitsInNine > 0;
    for (qsizetype k = pos + 1; k < pos + 9 && alphabet; ++k)
        alphabet = isDigit(at(k)) || isDocumentLetter(at(k));
    // Older numbers: one letter and eight digits (after a cue).
    const bool letterAndDigits = isUpper(first) && digitsInNine == 8;
    if (checkDigitWritten) {
        if (!alphabet && !(cued && letterAndDigits))
            return {};
        if (icaoCheck(at, pos, 9) != digitValue(at(pos + 9)))
            return {}; // a written check digit that is wrong
        return {10, true, kindOf(first)};
    }
    if (length == 9 && cued && (alphabet || letterAndDigits))
        return {9, false, kindOf(first)};
    return {};
}

// ---- machine-readable zone ----------------------------------------------------------------------

namespace {

constexpr bool isMrzChar(char16_t c)
{
    return isDigit(c) || isUpper(c) || c == u'<';
}
// `count` characters from `from` that are all digits, or all fillers.
bool digitsOrFillers(const Text& at, qsizetype from, qsizetype count)
{
    bool allDigits = true;
    bool allFillers = true;
    for (qsizetype k = from; k < from + count; ++k) {
        allDigits = allDigits && isDigit(at(k));
        allFillers = allFillers && at(k) == u'<';
    }
    return allDigits || allFillers;
}
bool lettersOrFillers(const Text& at, qsizetype from, qsizetype count)
{
    for (qsizetype k = from; k < from + count; ++k)
        if (!isUpper(at(k)) && at(k) != u'<')
            return false;
    return true;
}
enum class Check
{
    Malformed,
    Wrong,
    Right
};
// The check digit at `checkAt` for the field of `count` characters from `from`.
Check checkField(const Text& at, qsizetype from, qsizetype count, qsizetype checkAt)
{
    if (!isDigit(at(checkAt)))
        return at(checkAt) == u'<' ? Check::Wrong : Check::Malformed;
    return icaoCheck(at, from, count) == digitValue(at(checkAt)) ? Check::Right : Check::Wrong;
}
// The composite check digit over three pieces [from, to) of a line (ICAO 9303 Parts 4 and 6).
bool compositeFits(const Text& at, const std::array<std::array<qsizetype, 2>, 3>& pieces, qsizetype checkAt)
{
    constexpr std::array<int, 3> weights{7, 3, 1};
    int sum = 0;
    std::size_t position = 0;
    for (const auto& piece : pieces) {
        for (qsizetype k = piece[0]; k < piece[1]; ++k, ++position) {
            const char16_t c = at(k);
            const int value = isDigit(c) ? digitValue(c) : (isUpper(c) ? c - u'A' + 10 : 0);
            sum += value * weights[position % 3];
        }
    }
    return isDigit(at(checkAt)) && sum % 10 == digitValue(at(checkAt));
}
// A date YYMMDD: digits with a month up to 12 and a day up to 31, or fillers.
bool dateField(const Text& at, qsizetype from)
{
    if (!digitsOrFillers(at, from, 6))
        return false;
    if (at(from) == u'<')
        return true;
    const int month = digitValue(at(from + 2)) * 10 + digitValue(at(from + 3));
    const int day = digitValue(at(from + 4)) * 10 + digitValue(at(from + 5));
    return month <= 12 && day <= 31;
}
constexpr bool isSex(char16_t c)
{
    return c == u'M' || c == u'F' || c == u'X' || c == u'<';
}
// A name field: letters and fillers, starting with a letter, with a "<<" separator or filler.
bool nameField(const Text& at, qsizetype from, qsizetype count)
{
    if (!isUpper(at(from)) || !lettersOrFillers(at, from, count))
        return false;
    for (qsizetype k = from; k + 1 < from + count; ++k)
        if (at(k) == u'<' && at(k + 1) == u'<')
            return true;
    return false;
}
// Document code (one of `codes`, then a letter or filler) and issuing state at a line start.
bool documentCode(const Text& at, qsizetype p, const char16_t* codes)
{
    bool known = false;
    for (const char16_t* c = codes; *c != u'\0'; ++c)
        known = known || at(p) == *c;
    return known && (isUpper(at(p + 1)) || at(p + 1) == u'<') && isUpper(at(p + 2)) && lettersOrFillers(at, p + 3, 2);
}
// TD1 line 1: code, state, document number, its check digit, optional data.
bool td1First(const Text& at, qsizetype p)
{
    return documentCode(at, p, u"ACI") && checkField(at, p + 5, 9, p + 14) == Check::Right;
}
// TD1 line 2: birth date, check, sex, expiry, check, nationality, optional data, composite.
bool td1Second(const Text& at, qsizetype p)
{
    if (!dateField(at, p) || !isSex(at(p + 7)) || !dateField(at, p + 8) || !lettersOrFillers(at, p + 15, 3) ||
        !isDigit(at(p + 29)))
        return false;
    const Check birth = checkField(at, p, 6, p + 6);
    const Check expiry = checkField(at, p + 8, 6, p + 14);
    if (birth == Check::Malformed || expiry == Check::Malformed)
        return false;
    return (birth == Check::Right && at(p) != u'<') || (expiry == Check::Right && at(p + 8) != u'<');
}
// TD2 (36) / TD3 (44) line 2: number, check, nationality, birth, check, sex, expiry, check,
// optional data (TD3: personal number and its check), composite.
bool secondLine(const Text& at, qsizetype p, qsizetype width)
{
    if (!lettersOrFillers(at, p + 10, 3) || !dateField(at, p + 13) || !isSex(at(p + 20)) || !dateField(at, p + 21))
        return false;
    const Check number = checkField(at, p, 9, p + 9);
    const Check birth = checkField(at, p + 13, 6, p + 19);
    const Check expiry = checkField(at, p + 21, 6, p + 27);
    if (number == Check::Malformed || birth == Check::Malformed || expiry == Check::Malformed)
        return false;
    const bool composite = compositeFits(at, {{{p, p + 10}, {p + 13, p + 20}, {p + 21, p + width - 1}}}, p + width - 1);
    return number == Check::Right || (birth == Check::Right && at(p + 13) != u'<') ||
           (expiry == Check::Right && at(p + 21) != u'<') || composite;
}

} // namespace

qsizetype mrzLineAt(QStringView text, qsizetype pos)
{
    const Text at{text};
    if (pos < 0 || pos >= text.size() || isMrzChar(at(pos - 1)) || isWordChar(at(pos - 1)))
        return 0;
    qsizetype end = pos;
    while (isMrzChar(at(end)) && end - pos <= 44)
        ++end;
    const qsizetype width = end - pos;
    if (isWordChar(at(end)))
        return 0;
    bool line = false;
    switch (width) {
    case 30: // TD1: ID card since 2010
        line = td1First(at, pos) || td1Second(at, pos) || nameField(at, pos, 30);
        break;
    case 36: // TD2: ID card 1987-2010
        line = secondLine(at, pos, 36) || (documentCode(at, pos, u"ACIPV") && nameField(at, pos + 5, 31));
        break;
    case 44: // TD3: passport
        line = secondLine(at, pos, 44) || (documentCode(at, pos, u"P") && nameField(at, pos + 5, 39));
        break;
    default:
        break;
    }
    return line ? width : 0;
}

// ---- BSNR and LANR ------------------------------------------------------------------------------

namespace {

// KV Landes- and Bezirksstellen keys (KV-Bezirksschlüssel of the GKV Kostenträgerdatei and the
// KBV WOP keys): 01-03, 06-21, 24, 25, 27, 28, 31, 37-73, 78-81, 83, 85-91, 93-96, 98.
constexpr std::array<bool, 100> kKvKeys = [] {
    std::array<bool, 100> keys{};
    constexpr std::array<std::array<int, 2>, 11> ranges{
        {{1, 3}, {6, 21}, {24, 25}, {27, 28}, {31, 31}, {37, 73}, {78, 81}, {83, 83}, {85, 91}, {93, 96}, {98, 98}}};
    for (const auto& range : ranges)
        for (int key = range[0]; key <= range[1]; ++key)
            keys[static_cast<std::size_t>(key)] = true;
    return keys;
}();

bool nineDigits(QStringView digits)
{
    if (digits.size() != 9)
        return false;
    for (QChar c : digits)
        if (!isDigit(c.unicode()))
            return false;
    return true;
}

} // namespace

bool lanrValid(QStringView digits9)
{
    if (!nineDigits(digits9))
        return false;
    int sum = 0;
    bool allZero = true;
    for (qsizetype k = 0; k < 6; ++k) {
        const int d = digitValue(digits9[k].unicode());
        sum += d * (k % 2 == 0 ? 4 : 9);
        allZero = allZero && d == 0;
    }
    return !allZero && (10 - sum % 10) % 10 == digitValue(digits9[6].unicode());
}

bool bsnrWellFormed(QStringView digits9)
{
    if (!nineDigits(digits9))
        return false;
    const int key = digitValue(digits9[0].unicode()) * 10 + digitValue(digits9[1].unicode());
    return kKvKeys[static_cast<std::size_t>(key)];
}

qsizetype practiceNumberAt(QStringView text, qsizetype pos)
{
    const Text at{text};
    if (pos < 0 || pos + 9 > text.size() || !startsToken(at, pos) || !endsToken(at, pos + 9))
        return 0;
    const QStringView digits = text.mid(pos, 9);
    return lanrValid(digits) || bsnrWellFormed(digits) ? 9 : 0;
}

} // namespace kilotse::ident
