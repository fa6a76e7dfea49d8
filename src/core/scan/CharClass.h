#pragma once

// Internal to the scanner (Scanner.cpp, compiled with -O3): everything here is inline so the hot
// loop keeps it inlined. Not for use outside src/core/scan.
// Character classes (ASCII by table, the rest through QChar), case folding and the rolling word
// hash the scanner reads words with.

#include <QChar>
#include <QStringView>

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

namespace kilotse::scanning {

// ---- character classes (hot path: ASCII by table, the rest through QChar) ----------------------

// kTrigger: an ASCII character that can start a finding on its own ('@', '+', '(', '*').
enum : unsigned char
{
    kLetter = 1,
    kDigit = 2,
    kUpper = 4,
    kSpace = 8,
    kTrigger = 16
};

constexpr std::array<unsigned char, 128> makeAsciiTable()
{
    std::array<unsigned char, 128> t{};
    for (int c = 'a'; c <= 'z'; ++c)
        t[static_cast<std::size_t>(c)] = kLetter;
    for (int c = 'A'; c <= 'Z'; ++c)
        t[static_cast<std::size_t>(c)] = kLetter | kUpper;
    for (int c = '0'; c <= '9'; ++c)
        t[static_cast<std::size_t>(c)] = kDigit;
    t[' '] = t['\t'] = t['\n'] = t['\r'] = t['\f'] = t['\v'] = kSpace;
    t['@'] = t['+'] = t['('] = t['*'] = kTrigger;
    return t;
}
inline constexpr std::array<unsigned char, 128> kAscii = makeAsciiTable();

// Characters beyond ASCII: rare in German text apart from umlauts, so out of line.
Q_DECL_COLD_FUNCTION inline unsigned char charClassSlow(char16_t c)
{
    if (c == 0xA0 || c == 0x202F || c == 0x2007 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
        c == 0x3000 || c == 0x85)
        return kSpace;
    const QChar q(c);
    if (q.isLetter())
        return q.isUpper() ? (kLetter | kUpper) : kLetter;
    return 0;
}

Q_ALWAYS_INLINE unsigned char charClass(char16_t c)
{
    if (Q_LIKELY(c < 128))
        return kAscii[c];
    if (c >= 0xC0 && c <= 0x17F && c != 0xD7 && c != 0xF7) // Latin-1 and Latin Extended-A letters
        return (c <= 0xDE || (c >= 0x100 && c % 2 == 0 && c != 0x138)) ? (kLetter | kUpper) : kLetter;
    return charClassSlow(c);
}
Q_ALWAYS_INLINE bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}
Q_ALWAYS_INLINE bool isLetter(char16_t c)
{
    return charClass(c) & kLetter;
}
Q_ALWAYS_INLINE bool isUpper(char16_t c)
{
    return charClass(c) & kUpper;
}
Q_ALWAYS_INLINE bool isSpace(char16_t c)
{
    return charClass(c) & kSpace;
}
Q_ALWAYS_INLINE bool isAlnum(char16_t c)
{
    return charClass(c) & (kLetter | kDigit);
}
Q_ALWAYS_INLINE bool isUpperAscii(char16_t c)
{
    return c >= u'A' && c <= u'Z';
}
Q_ALWAYS_INLINE bool isLowerAscii(char16_t c)
{
    return c >= u'a' && c <= u'z';
}
Q_ALWAYS_INLINE bool isAsciiLetter(char16_t c)
{
    return isUpperAscii(c) || isLowerAscii(c);
}
Q_ALWAYS_INLINE bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029 || c == 0x85;
}
// Space inside a line: blanks and the non-breaking spaces office programs put between number groups.
Q_ALWAYS_INLINE bool isInlineSpace(char16_t c)
{
    return isSpace(c) && !isLineBreak(c);
}
Q_ALWAYS_INLINE bool isHex(char16_t c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// For ASCII: the folded character if it is a letter or digit, else 0 (one load per character in
// the loop that hashes words).
constexpr std::array<char16_t, 128> makeFoldedAlnum()
{
    std::array<char16_t, 128> t{};
    for (int c = '0'; c <= '9'; ++c)
        t[static_cast<std::size_t>(c)] = static_cast<char16_t>(c);
    for (int c = 'a'; c <= 'z'; ++c)
        t[static_cast<std::size_t>(c)] = t[static_cast<std::size_t>(c - 32)] = static_cast<char16_t>(c);
    return t;
}
inline constexpr std::array<char16_t, 128> kFoldedAlnum = makeFoldedAlnum();

// The hash of a folded run of letters and digits, four UTF-16 units at a time: each group of four
// is packed into 64 bits (the first unit lowest, a short last group padded with zeros) and mixed
// in by one multiply. The scan computes the same value for plain ASCII words with four units per
// step (Pass::word); building the tables and non-ASCII words go one unit at a time through add().
struct RunHash
{
    static constexpr std::uint64_t kSeed = 0xCBF29CE484222325ull;
    Q_ALWAYS_INLINE static std::uint64_t mix(std::uint64_t h, std::uint64_t group)
    {
        return (h ^ group) * 0xBF58476D1CE4E5B9ull;
    }

    std::uint64_t h = kSeed;
    std::uint64_t first = 0; // after the first full group of four (0 while the run is shorter)
    std::uint64_t group = 0;
    int fill = 0;

    Q_ALWAYS_INLINE void add(char16_t folded)
    {
        group |= static_cast<std::uint64_t>(folded) << (16 * fill);
        if (++fill == 4) {
            h = mix(h, group);
            if (first == 0)
                first = h;
            group = 0;
            fill = 0;
        }
    }
    Q_ALWAYS_INLINE std::uint64_t value() const { return fill ? mix(h, group) : h; }
};

Q_ALWAYS_INLINE char16_t fold(char16_t c)
{
    if (c < 128)
        return (c >= u'A' && c <= u'Z') ? static_cast<char16_t>(c + 32) : c;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) // Ä, Ö, Ü and the other Latin-1 capitals
        return static_cast<char16_t>(c + 32);
    if (c >= 0xDF && c <= 0xFF) // ß, ä, ö, ü and the other Latin-1 small letters fold to themselves
        return c;
    if (isSpace(c))
        return u' ';
    return QChar(c).toLower().unicode();
}

inline std::u16string folded(QStringView s)
{
    std::u16string out;
    out.reserve(static_cast<std::size_t>(s.size()));
    bool space = false;
    for (QChar c : s) {
        const char16_t f = fold(c.unicode());
        if (f == u' ') {
            space = true;
            continue;
        }
        if (space && !out.empty())
            out.push_back(u' ');
        space = false;
        out.push_back(f);
    }
    return out;
}

inline std::u16string_view view(QStringView s)
{
    return {reinterpret_cast<const char16_t*>(s.utf16()), static_cast<std::size_t>(s.size())};
}

} // namespace kilotse::scanning
