#include "scan/Checksums.h"

#include <array>

namespace kilotse::checksum {

namespace {

inline bool isDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}
inline bool isUpperAscii(QChar c)
{
    return c.unicode() >= u'A' && c.unicode() <= u'Z';
}
inline int digit(QChar c)
{
    return c.unicode() - u'0';
}
inline int digitSum(int n)
{
    return n / 10 + n % 10;
} // n < 100

struct IbanCountry
{
    char code[3];
    int length;
};

// ISO 13616 registry (SWIFT IBAN registry), the countries that issue IBANs.
constexpr std::array<IbanCountry, 89> kIbanCountries{{
    {"AD", 24}, {"AE", 23}, {"AL", 28}, {"AT", 20}, {"AZ", 28}, {"BA", 20}, {"BE", 16}, {"BG", 22}, {"BH", 22},
    {"BI", 27}, {"BR", 29}, {"BY", 28}, {"CH", 21}, {"CR", 22}, {"CY", 28}, {"CZ", 24}, {"DE", 22}, {"DJ", 27},
    {"DK", 18}, {"DO", 28}, {"EE", 20}, {"EG", 29}, {"ES", 24}, {"FI", 18}, {"FK", 18}, {"FO", 18}, {"FR", 27},
    {"GB", 22}, {"GE", 22}, {"GI", 23}, {"GL", 18}, {"GR", 27}, {"GT", 28}, {"HN", 28}, {"HR", 21}, {"HU", 28},
    {"IE", 22}, {"IL", 23}, {"IQ", 23}, {"IS", 26}, {"IT", 27}, {"JO", 30}, {"KW", 30}, {"KZ", 20}, {"LB", 28},
    {"LC", 32}, {"LI", 21}, {"LT", 20}, {"LU", 20}, {"LV", 21}, {"LY", 25}, {"MC", 27}, {"MD", 24}, {"ME", 22},
    {"MK", 19}, {"MN", 20}, {"MR", 27}, {"MT", 31}, {"MU", 30}, {"NI", 28}, {"NL", 18}, {"NO", 15}, {"OM", 23},
    {"PK", 24}, {"PL", 28}, {"PS", 29}, {"PT", 25}, {"QA", 29}, {"RO", 24}, {"RS", 22}, {"RU", 33}, {"SA", 24},
    {"SC", 31}, {"SD", 18}, {"SE", 24}, {"SI", 19}, {"SK", 24}, {"SM", 27}, {"SO", 23}, {"ST", 25}, {"SV", 28},
    {"TL", 23}, {"TN", 24}, {"TR", 26}, {"UA", 29}, {"VA", 22}, {"VG", 24}, {"XK", 20}, {"YE", 30},
}};

} // namespace

int ibanLength(QChar c1, QChar c2)
{
    for (const auto& country : kIbanCountries)
        if (country.code[0] == c1.unicode() && country.code[1] == c2.unicode())
            return country.length;
    return 0;
}

bool ibanValid(QStringView iban)
{
    const qsizetype n = iban.size();
    if (n < 15 || n > 34 || !isUpperAscii(iban[0]) || !isUpperAscii(iban[1]) || !isDigit(iban[2]) || !isDigit(iban[3]))
        return false;
    const int registered = ibanLength(iban[0], iban[1]);
    if (registered != 0 && registered != n)
        return false;
    // Move the first four characters to the end, letters become 10..35, the number mod 97 is 1.
    int remainder = 0;
    for (qsizetype k = 0; k < n; ++k) {
        const QChar c = iban[(k + 4) % n];
        if (isDigit(c)) {
            remainder = (remainder * 10 + digit(c)) % 97;
        } else if (isUpperAscii(c)) {
            remainder = (remainder * 100 + (c.unicode() - u'A' + 10)) % 97;
        } else {
            return false;
        }
    }
    return remainder == 1;
}

int iso7064Mod1110(QStringView digits)
{
    int product = 10;
    for (QChar c : digits) {
        int sum = (digit(c) + product) % 10;
        if (sum == 0)
            sum = 10;
        product = (sum * 2) % 11;
    }
    const int check = 11 - product;
    return check == 10 ? 0 : check;
}

bool taxIdValid(QStringView digits)
{
    if (digits.size() != 11 || digits[0] == u'0')
        return false;
    std::array<int, 10> counts{};
    for (QChar c : digits) {
        if (!isDigit(c))
            return false;
    }
    for (qsizetype k = 0; k < 10; ++k)
        ++counts[static_cast<std::size_t>(digit(digits[k]))];
    int repeated = 0;
    int repeatedDigit = -1;
    for (int d = 0; d < 10; ++d) {
        const int count = counts[static_cast<std::size_t>(d)];
        if (count > 3)
            return false;
        if (count >= 2) {
            ++repeated;
            repeatedDigit = d;
        }
    }
    if (repeated != 1)
        return false;
    if (counts[static_cast<std::size_t>(repeatedDigit)] == 3) {
        // A digit that appears three times must not appear three times in a row.
        for (qsizetype k = 0; k + 2 < 10; ++k)
            if (digit(digits[k]) == repeatedDigit && digit(digits[k + 1]) == repeatedDigit &&
                digit(digits[k + 2]) == repeatedDigit)
                return false;
    }
    return iso7064Mod1110(digits.first(10)) == digit(digits[10]);
}

bool pensionNumberValid(QStringView number)
{
    if (number.size() != 12 || !isUpperAscii(number[8]))
        return false;
    for (qsizetype k = 0; k < 12; ++k)
        if (k != 8 && !isDigit(number[k]))
            return false;
    // The date as the Gemeinsames Rundschreiben of the social insurance carriers writes it (VKVV
    // § 2 Abs. 3 and 5 leave it to them): an unknown day or month is 00, and when the serial
    // numbers of a birthday are used up the day is raised by 32 and then 64 (the 1st of a month
    // also by 96: 97).
    const int day = digit(number[2]) * 10 + digit(number[3]);
    const int month = digit(number[4]) * 10 + digit(number[5]);
    if ((day > 95 && day != 97) || month > 12)
        return false;
    const int letter = number[8].unicode() - u'A' + 1;
    const std::array<int, 12> values{digit(number[0]), digit(number[1]), digit(number[2]), digit(number[3]),
                                     digit(number[4]), digit(number[5]), digit(number[6]), digit(number[7]),
                                     letter / 10,      letter % 10,      digit(number[9]), digit(number[10])};
    constexpr std::array<int, 12> weights{2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1};
    int sum = 0;
    for (std::size_t k = 0; k < 12; ++k)
        sum += digitSum(values[k] * weights[k]);
    return sum % 10 == digit(number[11]);
}

bool healthInsuranceNumberValid(QStringView number)
{
    if (number.size() != 10 || !isUpperAscii(number[0]))
        return false;
    for (qsizetype k = 1; k < 10; ++k)
        if (!isDigit(number[k]))
            return false;
    const int letter = number[0].unicode() - u'A' + 1;
    std::array<int, 10> values{letter / 10, letter % 10};
    for (std::size_t k = 0; k < 8; ++k)
        values[k + 2] = digit(number[static_cast<qsizetype>(k) + 1]);
    int sum = 0;
    for (std::size_t k = 0; k < 10; ++k)
        sum += digitSum(values[k] * (k % 2 == 0 ? 1 : 2));
    return sum % 10 == digit(number[9]);
}

int icaoCheckDigit(QStringView chars)
{
    constexpr std::array<int, 3> weights{7, 3, 1};
    int sum = 0;
    for (qsizetype k = 0; k < chars.size(); ++k) {
        const QChar c = chars[k];
        int value = 0;
        if (isDigit(c))
            value = digit(c);
        else if (isUpperAscii(c))
            value = c.unicode() - u'A' + 10;
        else if (c != u'<')
            return -1;
        sum += value * weights[static_cast<std::size_t>(k % 3)];
    }
    return sum % 10;
}

} // namespace kilotse::checksum
