#include "scan/Scanner.h"

#include "scan/CharClass.h"
#include "scan/Checksums.h"
#include "scan/IdentifierFormats.h"
#include "scan/LookupTables.h"
#include "scan/ScanTables.h"

#include <QChar>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

namespace kilotse {

using namespace scanning;

namespace {

// A candidate before overlaps are resolved.
struct Candidate
{
    ScanCategory category;
    qsizetype start;
    qsizetype end;
    double confidence;
    ScanReason reason;
    qsizetype argStart = -1; // text of the reason's %1 (a cue or a name) in the draft
    qsizetype argEnd = -1;
    int phraseGroup = -1;   // for phrase findings: the explanation comes from the group
    bool needsName = false; // kept only with a name near it (an extension number with no office cue)

    // Names the cue that led to this candidate in its explanation (no-op for a cue not found).
    void cite(const CueHit& cue)
    {
        if (cue.end >= 0) {
            argStart = cue.start;
            argEnd = cue.end;
        }
    }
};

struct TrieHit
{
    Terminal terminal;
    qsizetype end;
};

// One pass over one text. Holds the per-text state; the tables are shared and read-only.
class Pass
{
public:
    Pass(const Scanner::Tables& t, QStringView text)
        : m_t(t), m_s(text), m_p(reinterpret_cast<const char16_t*>(text.utf16())), m_n(text.size())
    {
        m_out.reserve(static_cast<std::size_t>(std::min<qsizetype>(m_n / 64, 1 << 20)));
    }

    std::vector<Candidate> run()
    {
        qsizetype i = 0;
        while (i < m_n) {
            const char16_t c = at(i);
            const unsigned char cls = charClass(c);
            if ((cls & (kLetter | kDigit)) != 0) {
                const bool wordStart = i == 0 || !isAlnum(at(i - 1));
                if (!wordStart) {
                    i = tokenEnd(i);
                } else if (cls & kDigit) {
                    const qsizetype next = tokenEnd(i);
                    i = std::max(next, digitToken(i, next));
                } else {
                    const Word w = word(i);
                    i = std::max(w.end, letterToken(i, w));
                }
                continue;
            }
            if ((cls & kTrigger) == 0) {
                ++i;
                continue;
            }
            if (c == u'@')
                email(i);
            else if (c == u'+' || (c == u'(' && at(i + 1) == u'0'))
                phone(i);
            else if (c == u'*')
                starBirth(i);
            ++i;
        }
        return std::move(m_out);
    }

private:
    // The character at k, or 0 outside the text (one unsigned comparison covers both ends).
    Q_ALWAYS_INLINE char16_t at(qsizetype k) const
    {
        return static_cast<std::size_t>(k) < static_cast<std::size_t>(m_n) ? m_p[k] : u'\0';
    }
    QStringView mid(qsizetype a, qsizetype b) const { return m_s.sliced(a, b - a); }

    // A run of letters and digits with its folded hash (RunHash), read in one go.
    struct Word
    {
        qsizetype end;
        std::uint64_t hash;
        std::uint64_t hash4; // of the first four characters (0 for a shorter word)
        bool digits;         // whether it contains a digit
    };
    Q_ALWAYS_INLINE Word word(qsizetype i) const
    {
        // Four UTF-16 units per step while they are ASCII: one 64-bit load tells which of them are
        // letters or digits (SWAR range checks per 16-bit lane), and OR 0x20 folds the letters
        // (digits already have that bit), so a plain word costs one multiply per four characters.
        constexpr std::uint64_t kLanes = 0x0001000100010001ull;
        constexpr std::uint64_t kHigh = 0x0080 * kLanes;
        std::uint64_t h = RunHash::kSeed;
        std::uint64_t h4 = 0;
        std::uint64_t digits = 0;
        qsizetype j = i;
        while (j + 4 <= m_n) {
            std::uint64_t x;
            std::memcpy(&x, m_p + j, sizeof x);
            if (x & (0xFF80 * kLanes))
                break; // a unit beyond ASCII: one at a time below
            const std::uint64_t t = x | (0x0020 * kLanes);
            const std::uint64_t letter = (t + 0x001F * kLanes) & ~(t + 0x0005 * kLanes);
            const std::uint64_t digit = (x + 0x0050 * kLanes) & ~(x + 0x0046 * kLanes);
            const std::uint64_t alnum = (letter | digit) & kHigh;
            if (alnum == kHigh) {
                digits |= digit;
                h = RunHash::mix(h, t);
                if (j == i)
                    h4 = h;
                j += 4;
                continue;
            }
            const int n = std::countr_zero(~alnum & kHigh) / 16; // letters and digits before the end
            if (n > 0) {
                const std::uint64_t lanes = (std::uint64_t{1} << (16 * n)) - 1;
                digits |= digit & lanes;
                h = RunHash::mix(h, t & lanes);
            }
            return {j + n, h, h4, (digits & kHigh) != 0};
        }
        RunHash hash{h, h4, 0, 0};
        bool anyDigit = (digits & kHigh) != 0;
        while (j < m_n) {
            const char16_t f = foldedAlnum(m_p[j]);
            if (!f)
                break;
            anyDigit |= isDigit(f);
            hash.add(f);
            ++j;
        }
        return {j, hash.value(), hash.first, anyDigit};
    }
    // The folded character if c is a letter or digit, else 0.
    Q_ALWAYS_INLINE static char16_t foldedAlnum(char16_t c)
    {
        if (Q_LIKELY(c < 128))
            return kFoldedAlnum[c];
        return isAlnum(c) ? fold(c) : u'\0';
    }
    bool mayStartTerm(qsizetype i, const Word& w) const { return m_t.mayStartTerm(w.hash, w.hash4, w.end - i); }

    qsizetype tokenEnd(qsizetype i) const
    {
        while (i < m_n && isAlnum(m_p[i]))
            ++i;
        return i;
    }
    // The value of the digits in [a, b): a few digits only (day, month, an IPv4 part).
    int number(qsizetype a, qsizetype b) const
    {
        int value = 0;
        for (qsizetype k = a; k < b; ++k)
            value = value * 10 + (at(k) - u'0');
        return value;
    }
    qsizetype digitsEnd(qsizetype i) const
    {
        while (i < m_n && isDigit(m_p[i]))
            ++i;
        return i;
    }
    qsizetype skipInlineSpace(qsizetype i) const
    {
        while (i < m_n && isInlineSpace(m_p[i]))
            ++i;
        return i;
    }
    // A name-like word: letters with inner hyphens or apostrophes ("Müller-Lüdenscheidt", "O'Neill").
    qsizetype nameWordEnd(qsizetype i) const
    {
        qsizetype j = i;
        while (j < m_n) {
            const char16_t c = m_p[j];
            if (isLetter(c))
                ++j;
            else if ((c == u'-' || c == u'\'' || c == u'\u2019') && j > i && isLetter(at(j + 1)))
                ++j;
            else
                break;
        }
        return j;
    }
    bool boundaryAt(qsizetype k) const { return k >= m_n || !isAlnum(at(k)); }

    void add(Candidate c) { m_out.push_back(c); }

    bool cueWithin(ScanCue cue, qsizetype pos, qsizetype window, CueHit* hit = nullptr) const
    {
        const CueHit& h = m_cues[static_cast<std::size_t>(cue)];
        if (h.end < 0 || h.end > pos || pos - h.end > window)
            return false;
        if (hit)
            *hit = h;
        return true;
    }

    // Walks the trie from a word start; returns the hits (longest last).
    int walk(qsizetype i, std::array<TrieHit, kMaxHits>& hits) const { return walk(m_t.trie, i, hits); }

    int walk(const Trie& trie, qsizetype i, std::array<TrieHit, kMaxHits>& hits) const
    {
        return walkOn(trie, 0, i, hits, 0);
    }

    // Continues a walk at node `node` and text position `j`, after `count` hits.
    int walkOn(const Trie& trie, int node, qsizetype j, std::array<TrieHit, kMaxHits>& hits, int count) const
    {
        while (j < m_n) {
            char16_t c = m_p[j];
            if (isSpace(c)) {
                c = u' ';
                while (j < m_n && isSpace(m_p[j]))
                    ++j;
            } else {
                c = fold(c);
                ++j;
            }
            const int ref = trie.child(node, c);
            if (ref < 0)
                break;
            node = ref >> 1;
            if ((ref & 1) == 0)
                continue;
            for (const Terminal& term : trie.terms(node)) {
                if (c == u' ')
                    break;
                if ((term.prefix || boundaryAt(j) || !isAlnum(at(j - 1))) && count < kMaxHits)
                    hits[static_cast<std::size_t>(count++)] = {term, j};
            }
        }
        return count;
    }

    // ---- words ------------------------------------------------------------------------------

    qsizetype letterToken(qsizetype i, const Word& w)
    {
        const qsizetype end = w.end;
        qsizetype consumed = end;
        std::array<TrieHit, kMaxHits> hits;
        int count = 0;
        if (mayStartTerm(i, w)) {
            if (m_t.walkAlways || (w.end - i >= 4 && m_t.mayStartPrefixTerm(w.hash4))) {
                count = walk(i, hits); // a prefix term may end inside the word
            } else if (const int ref = m_t.firstRunRefs.value(w.hash); ref >= 0) {
                // The trie node after the word is known: the walk goes on from there. A term that
                // is the word alone ends at a word boundary, so it counts.
                const int node = ref >> 1;
                if (ref & 1)
                    for (const Terminal& term : m_t.trie.terms(node))
                        if (count < kMaxHits)
                            hits[static_cast<std::size_t>(count++)] = {term, w.end};
                count = walkOn(m_t.trie, node, w.end, hits, count);
            }
        }
        if (count > 0)
            consumed = std::max(consumed, handleHits(i, hits, count));
        // Every shape starts with a capital, apart from IPv6 groups ("fe80::1").
        if (!isUpper(m_p[i]) && at(w.end) != u':' && !(w.digits && isLowerAscii(m_p[i])))
            return consumed;
        return shapes(i, w, consumed);
    }

    qsizetype handleHits(qsizetype i, const std::array<TrieHit, kMaxHits>& hits, int count)
    {
        qsizetype consumed = i;
        // Longest hit per cue; phrases are reported directly.
        std::array<qsizetype, kScanCueCount> cueEnd;
        std::uint32_t seen = 0; // which entries of cueEnd are set
        qsizetype phraseEnd = -1;
        int phraseGroup = -1;
        for (int h = 0; h < count; ++h) {
            const TrieHit& hit = hits[static_cast<std::size_t>(h)];
            qsizetype e = hit.end;
            if (hit.terminal.prefix) // a prefix term covers the whole word it starts
                e = tokenEnd(e);
            if (hit.terminal.kind == Terminal::Phrase) {
                if (e > phraseEnd) {
                    phraseEnd = e;
                    phraseGroup = hit.terminal.index;
                }
            } else {
                const auto cue = static_cast<std::size_t>(hit.terminal.index);
                const std::uint32_t bit = std::uint32_t{1} << cue;
                cueEnd[cue] = (seen & bit) ? std::max(cueEnd[cue], e) : e;
                seen |= bit;
            }
        }
        if (phraseGroup >= 0)
            phrase(i, phraseEnd, phraseGroup);
        for (; seen != 0; seen &= seen - 1) {
            const int cue = std::countr_zero(seen);
            const qsizetype e = cueEnd[static_cast<std::size_t>(cue)];
            m_cues[static_cast<std::size_t>(cue)] = {i, e};
            switch (static_cast<ScanCue>(cue)) {
            case ScanCue::Salutation:
                if (isUpper(at(i)))
                    consumed = std::max(consumed, personAfter(i, e, ScanReason::AfterCue, 0.9, true));
                break;
            case ScanCue::Title:
                if (isUpper(at(i)) && !cueWithin(ScanCue::Salutation, i, 2))
                    personAfterTitle(i);
                break;
            case ScanCue::NameField:
                nameField(i, e);
                break;
            case ScanCue::SignatureClosing:
                signature(i, e);
                break;
            case ScanCue::Birth:
                birthAfter(i, e);
                break;
            case ScanCue::CaseNumber:
                consumed = std::max(consumed, caseNumber(i, e));
                break;
            default:
                break;
            }
        }
        return consumed;
    }

    // Identifiers recognised by their shape: IBAN, KVNR, document numbers, plates, names, IPv6.
    // Half the words of a German text are capitalised, nearly all of them plain nouns, so this part
    // stays inline and cheap: tests on the word's length, digits and neighbours decide which
    // detector (out of line) gets to look at it.
    Q_ALWAYS_INLINE qsizetype shapes(qsizetype i, const Word& w, qsizetype consumed)
    {
        const qsizetype end = w.end;
        const char16_t first = m_p[i];
        if (w.digits && isUpperAscii(first)) // IBAN, KVNR and document numbers all have digits
            if (const qsizetype e = identifierShapes(i, end); e > 0)
                return e;
        if (at(end) == u'<' && isUpperAscii(first)) // "IDD<<T22…", "P<D<<MUSTERMANN<<…"
            if (const qsizetype e = mrzLine(i); e > 0)
                return e;
        // IBANs written "DE 89 3704 …" or in lower case ("de89 3704 …")
        if (end - i == 2 && isAsciiLetter(first) && isAsciiLetter(m_p[i + 1]) && isInlineSpace(at(end)) &&
            isDigit(at(end + 1)) && isDigit(at(end + 2)))
            if (const qsizetype e = iban(i); e > 0)
                return e;
        if (w.digits && isAsciiLetter(first) && isAsciiLetter(at(i + 1)) && !isUpperAscii(at(i + 1)) &&
            isDigit(at(i + 2)) && isDigit(at(i + 3)))
            if (const qsizetype e = iban(i); e > 0) // "De89 …"
                return e;
        if (isUpper(first)) {
            const char16_t next = at(end);
            if (end - i <= 3 && (next == u'-' || isInlineSpace(next)))
                if (qsizetype e = plate(i, end); e > 0)
                    return e;
            const qsizetype we = (next == u'-' || next == u'\'' || next == u'\u2019') ? nameWordEnd(i) : end;
            if (isInlineSpace(at(we)) && isUpper(at(we + 1)) && (i == 0 || m_p[i - 1] != u'-') &&
                m_t.mayBeFirstName(w.hash))
                consumed = std::max(consumed, firstName(i));
        }
        if (at(end) == u':' && end - i <= 4)
            if (qsizetype e = ipv6(i); e > 0)
                return e;
        return consumed;
    }

    // IBAN, KVNR, ID card and passport numbers in a capitalised word with digits: the end of an
    // IBAN, or -1 (the other two only add their finding; the word may still be a plate or name).
    Q_NEVER_INLINE qsizetype identifierShapes(qsizetype i, qsizetype end)
    {
        const qsizetype len = end - i;
        if (isUpperAscii(at(i + 1)) && isDigit(at(i + 2)) && isDigit(at(i + 3)))
            if (qsizetype e = iban(i); e > 0)
                return e;
        if (len == 10 && checksum::healthInsuranceNumberValid(mid(i, end))) {
            add({ScanCategory::HealthInsuranceNumber, i, end, 0.97, ScanReason::ChecksumHealthInsurance});
            return -1; // a KVNR, not also a document number of the same shape
        }
        if (len == 9 || len == 10)
            documentNumber(i);
        return -1;
    }

    void phrase(qsizetype start, qsizetype end, int group)
    {
        const ScanPhraseGroup& g = m_t.rules.phrases.at(group);
        double confidence = 0.8;
        if (g.category == ScanCategory::SecrecyMarking) {
            // "vertraulich behandelt" in a running sentence describes handling, it is no marking.
            const bool lower = !isUpper(at(start));
            const qsizetype after = skipInlineSpace(end);
            if (lower && end - start < 16 && after < m_n && isLetter(at(after)) && !isUpper(at(after)))
                return;
            if (g.onlyAsMarking && !usedAsMarking(start, end))
                return; // "Dokumente mit dem Vermerk VS-NfD dürfen nicht …" talks about a marking
            confidence = 0.95;
        } else if (g.category == ScanCategory::BusinessSecret) {
            confidence = 0.85;
        }
        Candidate c{g.category, start, end, confidence, ScanReason::Count};
        c.phraseGroup = group;
        add(c);
    }

    // Whether a secrecy term marks this text rather than being talked about: it stands at the start
    // of its line or ends a short line (a stamp or heading), follows a label ("Betreff:",
    // "Einstufung:"), or stands next to a classifying word ("ist vertraulich", "als VS-NfD eingestuft").
    bool usedAsMarking(qsizetype start, qsizetype end) const
    {
        // Only the 200 characters around the term are read: a line without breaks (a browser
        // paste) is not read again for every term, and what decides lies next to it.
        qsizetype ls = start;
        while (ls > 0 && start - ls < 200 && at(ls - 1) != u'\n')
            --ls;
        qsizetype le = end;
        while (le < m_n && le - end < 200 && at(le) != u'\n')
            ++le;
        const auto hasWordChar = [this](qsizetype a, qsizetype b) {
            for (qsizetype k = a; k < b; ++k)
                if (isAlnum(at(k)))
                    return true;
            return false;
        };
        if (!hasWordChar(ls, start))
            return true; // a stamp or heading at the start of its line
        // the last word of a short line that is no sentence ("Personalakte Weber – vertraulich")
        if (!hasWordChar(end, le) && le - ls < 60 && at(skipInlineSpace(end)) != u'.')
            return true;
        qsizetype k = start;
        while (k > ls && (isInlineSpace(at(k - 1)) || at(k - 1) == u'-' || at(k - 1) == u'\u2013' ||
                          at(k - 1) == u'(' || at(k - 1) == u'"' || at(k - 1) == u'\u201E'))
            --k;
        if (k > ls && at(k - 1) == u':')
            return true;
        qsizetype ws = k;
        while (ws > ls && isLetter(at(ws - 1)))
            --ws;
        if (ws < k && m_t.cueWord(ScanCue::SecrecyStatement, mid(ws, k)))
            return true;
        const qsizetype a = skipInlineSpace(end);
        qsizetype ae = a;
        while (ae < le && isLetter(at(ae)))
            ++ae;
        if (ae > a && m_t.cueWord(ScanCue::SecrecyStatement, mid(a, ae)))
            return true;
        return false;
    }

    // ---- names ------------------------------------------------------------------------------

    // A role word, title or particle at `j`: returns its end, or -1.
    qsizetype cueAt(qsizetype j, ScanCue cue) const
    {
        if (cue != ScanCue::RoleWord && !mayStartTerm(j, word(j)))
            return -1;
        std::array<TrieHit, kMaxHits> hits;
        const int count = walk(cue == ScanCue::RoleWord ? m_t.roleTrie : m_t.trie, j, hits);
        qsizetype best = -1;
        for (int h = 0; h < count; ++h)
            if (hits[static_cast<std::size_t>(h)].terminal.kind == Terminal::Cue &&
                hits[static_cast<std::size_t>(h)].terminal.index == static_cast<int>(cue))
                best = std::max(best, hits[static_cast<std::size_t>(h)].end);
        return best;
    }

    static bool isParticle(QStringView w)
    {
        static const std::array<std::u16string_view, 14> particles{
            u"von", u"van", u"de", u"zu", u"der", u"den", u"vom", u"zur", u"di", u"da", u"del", u"el", u"al", u"ten"};
        return std::find(particles.begin(), particles.end(), view(w)) != particles.end();
    }

    bool notNameWord(QStringView w) const
    {
        constexpr std::uint32_t notNames =
            (1u << static_cast<int>(ScanCue::RoleWord)) | (1u << static_cast<int>(ScanCue::InstitutionalNameWords)) |
            (1u << static_cast<int>(ScanCue::NotName)) | (1u << static_cast<int>(ScanCue::Salutation)) |
            Scanner::Tables::kAddressCueBit;
        return (m_t.cueWords.bits(w) & notNames) != 0 || endsWithStreetSuffix(w);
    }

    // Reads the words of a name from `j`: [titles] Word [Word…] with particles. The first word
    // decides: a known first name lets one or two more capitalised words follow (given names and
    // family name); any other word is taken as the family name alone. Returns {start, end} or {-1,-1}.
    // `knownFirstAt`: a position whose word the caller already found in the first-name list.
    std::pair<qsizetype, qsizetype> nameAt(qsizetype j, int maxWords, bool allowAnyFirst,
                                           qsizetype knownFirstAt = -1) const
    {
        qsizetype start = -1;
        // Titles ("Dr.", "Prof. Dr.") belong to the name.
        for (int guard = 0; guard < 4; ++guard) {
            const qsizetype t = cueAt(j, ScanCue::Title);
            if (t < 0 || !isUpper(at(j)))
                break;
            if (start < 0)
                start = j;
            j = skipInlineSpace(t);
        }
        const qsizetype w1e = nameWordEnd(j);
        if (w1e == j || !isUpper(at(j)) || !boundaryAt(w1e))
            return {-1, -1};
        const QStringView w1 = mid(j, w1e);
        if (notNameWord(w1) || w1.size() < 2)
            return {-1, -1};
        const bool known = j == knownFirstAt || isFirstName(w1);
        if (!known && !allowAnyFirst && start < 0)
            return {-1, -1};
        if (start < 0)
            start = j;
        qsizetype end = w1e;
        const int more = known ? maxWords - 1 : 0;
        int taken = 0;
        qsizetype k = end;
        while (taken < more) {
            qsizetype s = k;
            if (!isInlineSpace(at(s)))
                break;
            s = skipInlineSpace(s);
            qsizetype we = nameWordEnd(s);
            if (we == s)
                break;
            QStringView w = mid(s, we);
            if (isParticle(w)) { // "von der Heide"
                qsizetype s2 = skipInlineSpace(we);
                qsizetype we2 = nameWordEnd(s2);
                QStringView w2 = mid(s2, we2);
                if (isParticle(w2)) {
                    s2 = skipInlineSpace(we2);
                    we2 = nameWordEnd(s2);
                    w2 = mid(s2, we2);
                }
                if (we2 == s2 || !isUpper(at(s2)) || notNameWord(w2))
                    break;
                end = k = we2;
                ++taken;
                continue;
            }
            if (!isUpper(at(s)) || notNameWord(w) || !boundaryAt(we) || w.size() < 2)
                break;
            // "Anna Schmidt Straße": the word after the name turns it into a place.
            const qsizetype n = skipInlineSpace(we);
            if (n > we && isUpper(at(n)) && m_t.cueWord(ScanCue::InstitutionalNameWords, mid(n, nameWordEnd(n))))
                return {-1, -1};
            end = k = we;
            ++taken;
            if (!isFirstName(w))
                break; // the family name ends the name
        }
        if (known && taken == 0 && !allowAnyFirst)
            return {-1, -1};
        return {start, end};
    }

    bool isFirstName(QStringView w) const
    {
        if (m_t.firstNames.contains(w))
            return true;
        const std::size_t hyphen = view(w).find(u'-');
        return hyphen != std::u16string_view::npos && hyphen > 1 &&
               m_t.firstNames.contains(w.first(static_cast<qsizetype>(hyphen))); // "Hans-Peter"
    }

    // After a salutation ("Frau", "Herrn"): optional line break, role words ("Bürgermeisterin"),
    // then the name. Returns the end of what was consumed.
    qsizetype personAfter(qsizetype cueStart, qsizetype cueEnd, ScanReason reason, double confidence, bool anyFirst)
    {
        qsizetype j = cueEnd;
        if (j < m_n && !isSpace(at(j)))
            return cueEnd;
        int breaks = 0;
        while (j < m_n && isSpace(at(j))) {
            breaks += isLineBreak(at(j)) && at(j) != u'\r' ? 1 : 0;
            ++j;
        }
        if (breaks > 1)
            return cueEnd;
        for (int guard = 0; guard < 3; ++guard) {
            const qsizetype r = cueAt(j, ScanCue::RoleWord);
            if (r < 0 || !boundaryAt(r))
                break;
            j = skipInlineSpace(r);
        }
        const auto [s, e] = nameAt(j, 3, anyFirst);
        if (s < 0)
            return cueEnd;
        Candidate c{ScanCategory::PersonName, s, e, confidence, reason, cueStart, cueEnd};
        add(c);
        return e;
    }

    void personAfterTitle(qsizetype i)
    {
        const auto [s, e] = nameAt(i, 3, true);
        if (s >= 0 && e > s)
            add({ScanCategory::PersonName, s, e, 0.85, ScanReason::AfterCue, i, cueAt(i, ScanCue::Title)});
    }

    // "Name: Anna Schmidt", "Antragstellerin: Frau Dr. Öztürk".
    void nameField(qsizetype cueStart, qsizetype cueEnd)
    {
        qsizetype j = skipInlineSpace(cueEnd);
        if (at(j) != u':')
            return;
        j = skipInlineSpace(j + 1);
        if (const qsizetype sal = cueAt(j, ScanCue::Salutation); sal > 0)
            j = skipInlineSpace(sal);
        // A field holds the whole name, so any capitalised word counts, up to three words.
        qsizetype start = -1;
        qsizetype end = -1;
        for (int words = 0; words < 4; ++words) {
            const auto [s, e] = nameAt(j, 3, true);
            if (s < 0)
                break;
            if (start < 0)
                start = s;
            end = e;
            j = e;
            if (!isInlineSpace(at(j)))
                break;
            j = skipInlineSpace(j);
        }
        if (start >= 0)
            add({ScanCategory::PersonName, start, end, 0.85, ScanReason::AfterCue, cueStart, cueEnd});
    }

    // "Mit freundlichen Grüßen\n\nAnna Schmidt".
    void signature(qsizetype cueStart, qsizetype cueEnd)
    {
        qsizetype j = cueEnd;
        while (j < m_n && (isInlineSpace(at(j)) || at(j) == u',' || at(j) == u'!'))
            ++j;
        int lines = 0;
        while (j < m_n && isSpace(at(j))) {
            if (at(j) == u'\n')
                ++lines;
            ++j;
        }
        if (lines == 0 && j < m_n) {
            // "Viele Grüße, Anna Schmidt" on one line
            if (at(cueEnd) != u',' && !(at(cueEnd) == u' ' && at(cueEnd - 1) == u','))
                return;
        }
        if (lines > 3)
            return;
        // "i. A." / "Im Auftrag" line before the name.
        if (const qsizetype ia = cueAt(j, ScanCue::SignatureClosing); ia > 0) {
            j = ia;
            while (j < m_n && isSpace(at(j)))
                ++j;
        }
        const qsizetype lineStart = j;
        std::pair<qsizetype, qsizetype> name = nameAt(j, 4, false);
        if (name.first < 0) {
            // Family names the first-name list does not know: two or three capitalised words
            // alone on the line ("Nguyen Thi Lan", "Kowalczyk Ewa").
            qsizetype k = j;
            int words = 0;
            qsizetype end = -1;
            while (words < 4) {
                const qsizetype we = nameWordEnd(k);
                if (we == k || !isUpper(at(k)) || notNameWord(mid(k, we)) || we - k < 2)
                    break;
                end = we;
                ++words;
                if (!isInlineSpace(at(we)))
                    break;
                k = skipInlineSpace(we);
            }
            if (words < 2 || (end < m_n && !isSpace(at(end)) && at(end) != u','))
                return;
            name = {lineStart, end};
        }
        add({ScanCategory::PersonName, name.first, name.second, 0.85, ScanReason::Signature, cueStart, cueEnd});
    }

    // A capitalised known first name followed by a capitalised family name.
    Q_NEVER_INLINE qsizetype firstName(qsizetype i)
    {
        const qsizetype we = nameWordEnd(i);
        if (!isFirstName(mid(i, we)))
            return i;
        const auto [s, e] = nameAt(i, 3, false, i);
        if (s < 0)
            return i;
        add({ScanCategory::PersonName, s, e, 0.75, ScanReason::KnownFirstName, i, we});
        return e;
    }

    // ---- numbers ----------------------------------------------------------------------------

    qsizetype digitToken(qsizetype i, qsizetype end)
    {
        qsizetype consumed = end;
        const qsizetype run = digitsEnd(i) - i;
        const char16_t after = at(i + run);
        // Each detector below first checks that its format can start with this run of digits.
        // Pension number: two digits and a blank, or at least eight digits in a row.
        if (run >= 8 || (run == 2 && isInlineSpace(after)))
            if (qsizetype e = pension(i); e > 0)
                return e;
        if (qsizetype e = taxId(i, run); e > 0)
            return e;
        // BSNR and LANR (nine digits) after their cue are a practice's numbers: no phone, no finding.
        if (run == 9 && cueWithin(ScanCue::PracticeNumber, i, 30))
            return i + std::max<qsizetype>(run, ident::practiceNumberAt(m_s, i));
        // Old all-digit ID card numbers after their cue; the second line of a TD1 zone.
        if ((run == 9 || run == 10) && (cueWithin(ScanCue::IdCard, i, 60) || cueWithin(ScanCue::Passport, i, 60)))
            if (qsizetype e = documentNumber(i); e > 0)
                return e;
        if (after == u'<' || (run >= 6 && isUpperAscii(after))) // a zone's line 2: "6408125<…", "1220001297D<<…"
            if (qsizetype e = mrzLine(i); e > 0)
                return e;
        if (at(i) == u'0')
            if (qsizetype e = phone(i); e > 0)
                return e;
        // Tax number: parts separated by '/' (or by blanks after a cue), or ten digits and more.
        if (after == u'/' || (isInlineSpace(after) && isDigit(at(i + run + 1))) || run >= 10)
            if (qsizetype e = taxNumber(i); e > 0)
                return e;
        if (run <= 3 && at(i + run) == u'.')
            if (qsizetype e = ipv4(i); e > 0)
                return e;
        if (run <= 4 && at(i + run) == u':')
            if (qsizetype e = ipv6(i); e > 0)
                return e;
        if (run <= 4 && at(i) != u'0')
            consumed = std::max(consumed, address(i));
        return consumed;
    }

    qsizetype pension(qsizetype i)
    {
        // AA DDMMYY L SS P, spaces allowed between the parts
        char16_t buf[12];
        int n = 0;
        qsizetype j = i;
        auto digits = [&](int count) {
            for (int k = 0; k < count; ++k, ++j) {
                if (!isDigit(at(j)))
                    return false;
                buf[n++] = at(j);
            }
            return true;
        };
        auto optSpace = [&] {
            if (isInlineSpace(at(j)) && isAlnum(at(j + 1)))
                ++j;
        };
        if (!digits(2))
            return -1;
        optSpace();
        if (!digits(6))
            return -1;
        optSpace();
        if (!isUpperAscii(at(j)))
            return -1;
        buf[n++] = at(j++);
        optSpace();
        if (!digits(2))
            return -1;
        optSpace();
        if (!digits(1) || !boundaryAt(j))
            return -1;
        if (!checksum::pensionNumberValid(QStringView(buf, 12)))
            return -1;
        Candidate c{ScanCategory::PensionNumber, i, j, 0.98, ScanReason::ChecksumPension};
        add(c);
        return j;
    }

    // Collects digits in groups separated by single inline spaces; stops once `want` digits are read.
    qsizetype groupedDigits(qsizetype i, int want, char16_t* buf) const
    {
        int n = 0;
        qsizetype j = i;
        while (n < want) {
            if (isDigit(at(j))) {
                buf[n++] = at(j++);
                continue;
            }
            if (j > i && isInlineSpace(at(j)) && isDigit(at(j + 1)))
                ++j;
            else
                return -1;
        }
        return j;
    }

    // `run`: the number of digits from i on.
    qsizetype taxId(qsizetype i, qsizetype run)
    {
        if (at(i) == u'0')
            return -1;
        char16_t buf[11];
        qsizetype j = -1;
        if (run == 11)
            j = i + 11;
        else if (run >= 2 && run <= 3)
            j = groupedDigits(i, 11, buf);
        if (j < 0 || isDigit(at(j)) || isAlnum(at(j)) || (at(j) == u'.' && isDigit(at(j + 1))))
            return -1;
        if (isInlineSpace(at(j)) && isDigit(at(j + 1)) && run != 11)
            return -1; // more digit groups follow: another kind of number
        if (run == 11)
            std::copy_n(reinterpret_cast<const char16_t*>(m_s.utf16()) + i, 11, buf);
        if (!checksum::taxIdValid(QStringView(buf, 11)))
            return -1;
        CueHit cue;
        Candidate c{ScanCategory::TaxId, i, j, 0.9, ScanReason::ChecksumTaxId};
        if (cueWithin(ScanCue::TaxId, i, 40, &cue)) {
            c.confidence = 0.99;
            c.cite(cue);
        }
        add(c);
        return j;
    }

    // German and international phone numbers: "+49 30 1234567", "0221 12345-67", "(0351) 488 22 41".
    qsizetype phone(qsizetype i)
    {
        qsizetype j = i;
        const bool plus = at(j) == u'+';
        if (plus)
            ++j;
        if (at(j) == u'(')
            ++j;
        if (!isDigit(at(j)) || (i > 0 && (isAlnum(at(i - 1)) || at(i - 1) == u'/' || at(i - 1) == u'.' ||
                                          at(i - 1) == u',' || (at(i - 1) == u'-' && isDigit(at(i - 2))))))
            return -1; // inside another number ("978-3-004-01366-5")
        const bool international = plus || (at(j) == u'0' && at(j + 1) == u'0');
        if (!international && (at(j) != u'0' || at(j + 1) == u'0'))
            return -1;
        if (cueWithin(ScanCue::TaxNumber, i, 30))
            return -1;
        int digits = 0;
        int groups = 0;
        int slashesTotal = 0;
        qsizetype lastGroupStart = j;
        qsizetype end = j;
        char16_t number[24];
        while (true) {
            const qsizetype ge = digitsEnd(j);
            if (ge == j)
                break;
            for (qsizetype k = j; k < ge && digits < 24; ++k)
                number[digits++] = at(k);
            ++groups;
            lastGroupStart = j;
            end = ge;
            // separators: one of space, '/', '-', '–', '(', ')' runs of at most 3, no line break
            qsizetype k = ge;
            int seps = 0;
            int slashes = 0;
            while (k < m_n && seps < 3) {
                const char16_t c = at(k);
                if (isInlineSpace(c) || c == u'-' || c == u'\u2013' || c == u'(' || c == u')' || c == u'/') {
                    slashes += c == u'/';
                    ++k;
                    ++seps;
                } else {
                    break;
                }
            }
            slashesTotal += slashes;
            if (seps == 0 || slashes > 1 || slashesTotal > 1 || !isDigit(at(k)))
                break;
            // Two blanks or more end the number ("Tel. 0221 123456  Fax …").
            if (seps >= 2 && isInlineSpace(at(ge)) && isInlineSpace(at(ge + 1)))
                break;
            j = k;
        }
        if (!boundaryAt(end) || (at(end) == u'.' && isDigit(at(end + 1))) || (at(end) == u',' && isDigit(at(end + 1))))
            return -1;
        CueHit cue;
        const bool cued = cueWithin(ScanCue::Phone, i, 30, &cue);
        if (cueWithin(ScanCue::NotCaseNumber, i, 25) || cueWithin(ScanCue::CaseNumber, i, 25))
            return -1;
        const int minDigits = international ? 9 : (cued ? 6 : 9);
        if (digits < minDigits || digits > 15)
            return -1;
        if (!international && !cued && groups == 1 && digits > 12)
            return -1;
        // A switchboard ends in "-0"; 115 and the pack's institutional numbers are no person's.
        if (end - lastGroupStart == 1 && at(lastGroupStart) == u'0' && groups > 1 &&
            (at(lastGroupStart - 1) == u'-' || at(lastGroupStart - 1) == u'\u2013'))
            return end;
        const std::u16string_view digitView(number, static_cast<std::size_t>(std::min(digits, 24)));
        for (const auto& inst : m_t.institutionalPhones)
            if (digitView == inst)
                return end;
        // The administration's own lines, and an office's number after its cue ("Bürgerbüro: …").
        if (ownPhone(number, std::min(digits, 24), plus) || officeContext(i, true))
            return end;
        // An extension ("0341 6952-293") with no one named before it and nothing personal on its
        // line is an office's line; a named clerk's direct line stays personal.
        const qsizetype lastSep = lastGroupStart - 1;
        if (groups > 1 && end - lastGroupStart <= 4 && (at(lastSep) == u'-' || at(lastSep) == u'\u2013')) {
            qsizetype ls = i;
            while (ls > 0 && i - ls < 40 && at(ls - 1) != u'\n')
                --ls;
            if (!personalCueIn(ls, i, nullptr, 0) && !personNamedBefore(i, 300)) {
                // A name may still follow (a signature): decided after the pass.
                Candidate c{ScanCategory::Phone, i, end, cued ? 0.9 : (international ? 0.85 : 0.7),
                            ScanReason::PhoneFormat};
                c.cite(cue);
                c.needsName = true;
                add(c);
                return end;
            }
        }
        Candidate c{ScanCategory::Phone, i, end, cued ? 0.9 : (international ? 0.85 : 0.7), ScanReason::PhoneFormat};
        c.cite(cue);
        add(c);
        return end;
    }

    // Steuernummer in the Länder layouts and the 13-digit ELSTER form (ident::taxNumberAt): without
    // a cue only the slash layouts and the 13-digit form with a fitting check digit; after a cue
    // also the unseparated and blank-separated forms. The printed blank before the check digit
    // ("181/815/0815 5") belongs to the number.
    qsizetype taxNumber(qsizetype i)
    {
        if (cueWithin(ScanCue::CaseNumber, i, 25) || cueWithin(ScanCue::NotCaseNumber, i, 25))
            return -1;
        CueHit cue;
        const bool cued = cueWithin(ScanCue::TaxNumber, i, 30, &cue);
        const ident::TaxNumberMatch m = ident::taxNumberAt(m_s, i, cued);
        if (m.length == 0)
            return -1;
        const qsizetype j = i + m.length;
        Candidate c{ScanCategory::TaxNumber, i, j, cued ? 0.92 : (m.checkDigitVerified ? 0.8 : 0.7),
                    ScanReason::TaxNumberFormat};
        c.cite(cue);
        add(c);
        return j;
    }

    qsizetype ipv4(qsizetype i)
    {
        if (i > 0 && (at(i - 1) == u'.' || isAlnum(at(i - 1))))
            return -1;
        qsizetype j = i;
        int first = -1;
        for (int part = 0; part < 4; ++part) {
            const qsizetype e = digitsEnd(j);
            if (e == j || e - j > 3 || (e - j > 1 && at(j) == u'0'))
                return -1;
            const int value = number(j, e);
            if (value > 255)
                return -1;
            if (part == 0)
                first = value;
            j = e;
            if (part < 3) {
                if (at(j) != u'.')
                    return -1;
                ++j;
            }
        }
        if (isAlnum(at(j)) || (at(j) == u'.' && isDigit(at(j + 1))))
            return -1;
        CueHit cue;
        cueWithin(ScanCue::Ip, i, 60, &cue);
        if (first < 10 && !cueWithin(ScanCue::Ip, i, 20))
            return -1; // "1.2.3.4" numbering of sections or a version, not an address
        Candidate c{ScanCategory::IpAddress, i, j, 0.9, ScanReason::Ipv4};
        c.cite(cue);
        add(c);
        return j;
    }

    Q_NEVER_INLINE qsizetype ipv6(qsizetype i)
    {
        if (i > 0 && (at(i - 1) == u':' || isAlnum(at(i - 1))))
            return -1;
        qsizetype j = i;
        int groups = 0;
        bool doubleColon = false;
        bool letters = false;
        while (j < m_n) {
            qsizetype e = j;
            while (e < m_n && isHex(at(e)) && e - j < 5) {
                letters |= !isDigit(at(e));
                ++e;
            }
            if (e - j > 4)
                return -1;
            if (e > j)
                ++groups;
            j = e;
            if (at(j) == u':' && at(j + 1) == u':') {
                if (doubleColon)
                    return -1;
                doubleColon = true;
                j += 2;
            } else if (at(j) == u':' && isHex(at(j + 1))) {
                ++j;
            } else {
                break;
            }
        }
        if (isAlnum(at(j)) || groups > 8)
            return -1;
        const bool valid = (groups == 8 && !doubleColon) || (doubleColon && groups >= 2 && groups <= 7 && letters);
        if (!valid)
            return -1;
        add({ScanCategory::IpAddress, i, j, 0.9, ScanReason::Ipv6});
        return j;
    }

    // ---- letters and digits -----------------------------------------------------------------

    // An IBAN as written (ident::ibanAt: compact, grouped by blanks, hyphens or dots, a blank after
    // the country code, any case), valid per the SWIFT registry and mod 97. A look-alike is consumed
    // without a finding, so its digit groups do not turn into a phone number. Returns the end or -1.
    qsizetype iban(qsizetype i)
    {
        const ident::IbanMatch m = ident::ibanAt(m_s, i);
        if (m.length == 0)
            return -1;
        const qsizetype end = i + m.length;
        if (!m.valid)
            return end;
        // The administration's own accounts, and an office's account after its cue ("Stadtkasse").
        char16_t buf[34];
        std::size_t n = 0;
        for (qsizetype k = i; k < end && n < 34; ++k)
            if (isAlnum(at(k)))
                buf[n++] = isDigit(at(k)) ? at(k) : QChar::toUpper(at(k));
        const std::u16string_view compact(buf, n);
        for (const auto& own : m_t.ownIbans)
            if (compact == own)
                return end;
        if (officeContext(i))
            return end;
        add({ScanCategory::Iban, i, end, 0.99, ScanReason::ChecksumIban});
        return end;
    }

    // Personalausweis and Reisepass numbers (ident::documentNumberAt): nine characters of the
    // document alphabet with the ICAO check digit, or after a cue without it; old all-digit ID
    // card numbers and "letter + eight digits" only after a cue. Returns the end, or -1.
    qsizetype documentNumber(qsizetype i)
    {
        CueHit idCue;
        CueHit passCue;
        const bool idCued = cueWithin(ScanCue::IdCard, i, 60, &idCue);
        const bool passCued = cueWithin(ScanCue::Passport, i, 60, &passCue);
        const ident::DocumentMatch m = ident::documentNumberAt(m_s, i, idCued || passCued);
        if (m.length == 0)
            return -1;
        const qsizetype end = i + m.length;
        ScanCategory category =
            m.kindHint == ident::DocumentKind::Passport ? ScanCategory::Passport : ScanCategory::IdCard;
        CueHit cue;
        if (passCued && (!idCued || passCue.end > idCue.end)) {
            category = ScanCategory::Passport;
            cue = passCue;
        } else if (idCued) {
            category = ScanCategory::IdCard;
            cue = idCue;
        }
        Candidate c{category, i, end, m.checkDigit ? (cue.end >= 0 ? 0.98 : 0.9) : 0.85,
                    m.checkDigit ? ScanReason::ChecksumDocument : ScanReason::AfterCue};
        c.cite(cue);
        add(c);
        return end;
    }

    // A line of a passport's or ID card's machine-readable zone. Returns its end, or -1.
    Q_NEVER_INLINE qsizetype mrzLine(qsizetype i)
    {
        const qsizetype length = ident::mrzLineAt(m_s, i);
        if (length == 0)
            return -1;
        add({at(i) == u'P' ? ScanCategory::Passport : ScanCategory::IdCard, i, i + length, 0.97,
             ScanReason::ChecksumDocument});
        return i + length;
    }

    // "M-AB 1234", "TÖL-A 77E"; the form with spaces only ("K AB 123") after a cue.
    Q_NEVER_INLINE qsizetype plate(qsizetype i, qsizetype letterEnd)
    {
        const qsizetype district = letterEnd - i;
        if (district < 1 || district > 3)
            return -1;
        for (qsizetype k = i; k < letterEnd; ++k)
            if (!isUpper(at(k)) || isDigit(at(k)))
                return -1;
        const bool hyphen = at(letterEnd) == u'-';
        CueHit cue;
        const bool cued = cueWithin(ScanCue::LicensePlate, i, 40, &cue);
        if (!hyphen && !cued)
            return -1;
        qsizetype j = letterEnd + 1;
        const qsizetype lettersStart = j;
        while (j < m_n && isUpperAscii(at(j)) && j - lettersStart < 3)
            ++j;
        const qsizetype letters = j - lettersStart;
        if (letters < 1 || letters > 2)
            return -1;
        if (isInlineSpace(at(j)) || at(j) == u'-')
            ++j;
        else if (!cued)
            return -1; // "KI-TC6725" is a host name; a plate has a blank before its digits
        const qsizetype digitsStart = j;
        j = digitsEnd(j);
        const qsizetype digits = j - digitsStart;
        if (digits < 1 || digits > 4 || at(digitsStart) == u'0' || district + letters + digits > 8)
            return -1;
        if ((at(j) == u'E' || at(j) == u'H') && boundaryAt(j + 1))
            ++j;
        if (!boundaryAt(j))
            return -1;
        Candidate c{ScanCategory::LicensePlate, i, j, cued ? 0.95 : 0.85, ScanReason::PlateFormat};
        c.cite(cue);
        add(c);
        return j;
    }

    // ---- cue-led findings -------------------------------------------------------------------

    // A date at j: "12.03.1980", "1.3.80", "12. März 1980", "1980-03-12". Returns its end or -1.
    qsizetype dateAt(qsizetype j) const
    {
        const qsizetype d1 = digitsEnd(j);
        if (d1 - j == 4 && at(d1) == u'-') { // ISO
            const qsizetype m = d1 + 1;
            const qsizetype me = digitsEnd(m);
            if (me - m != 2 || at(me) != u'-')
                return -1;
            const qsizetype de = digitsEnd(me + 1);
            return (de - me - 1 == 2 && boundaryAt(de)) ? de : -1;
        }
        if (d1 - j < 1 || d1 - j > 2 || at(d1) != u'.')
            return -1;
        const int day = number(j, d1);
        if (day < 1 || day > 31)
            return -1;
        qsizetype k = skipInlineSpace(d1 + 1);
        const qsizetype m2 = digitsEnd(k);
        if (m2 > k) {
            if (m2 - k > 2)
                return -1;
            const int month = number(k, m2);
            if (month < 1 || month > 12 || at(m2) != u'.')
                return -1;
            const qsizetype y = skipInlineSpace(m2 + 1);
            const qsizetype ye = digitsEnd(y);
            return ((ye - y == 2 || ye - y == 4) && boundaryAt(ye)) ? ye : -1;
        }
        static const std::array<std::u16string_view, 12> months{u"januar",    u"februar", u"märz",     u"april",
                                                                u"mai",       u"juni",    u"juli",     u"august",
                                                                u"september", u"oktober", u"november", u"dezember"};
        const qsizetype we = nameWordEnd(k);
        const std::u16string f = folded(mid(k, we));
        if (std::find(months.begin(), months.end(), std::u16string_view(f)) == months.end())
            return -1;
        const qsizetype y = skipInlineSpace(we);
        const qsizetype ye = digitsEnd(y);
        return (ye - y == 4 && boundaryAt(ye)) ? ye : -1;
    }

    void birthAfter(qsizetype cueStart, qsizetype cueEnd)
    {
        // The date follows within a few words on the same line ("geboren am 3. Mai 1961 in Köln").
        qsizetype j = cueEnd;
        const qsizetype limit = std::min(m_n, cueEnd + 30);
        while (j < limit && !isLineBreak(at(j))) {
            if (isDigit(at(j)) && !isDigit(at(j - 1))) {
                const qsizetype e = dateAt(j);
                if (e > 0) {
                    add({ScanCategory::DateOfBirth, j, e, 0.95, ScanReason::AfterCue, cueStart, cueEnd});
                    return;
                }
                return; // a number that is no date: stop
            }
            ++j;
        }
    }

    void starBirth(qsizetype i)
    {
        if (i > 0 && !isSpace(at(i - 1)) && at(i - 1) != u'(' && at(i - 1) != u',')
            return;
        const qsizetype j = skipInlineSpace(i + 1);
        if (!isDigit(at(j)))
            return;
        const qsizetype e = dateAt(j);
        if (e > 0)
            add({ScanCategory::DateOfBirth, j, e, 0.85, ScanReason::AfterCue, i, i + 1});
    }

    qsizetype caseNumber(qsizetype cueStart, qsizetype cueEnd)
    {
        qsizetype j = cueEnd;
        // ":", ".", "-Nr.", "Nr." between the cue and the number
        for (int guard = 0; guard < 6 && j < m_n; ++guard) {
            const char16_t c = at(j);
            if (isInlineSpace(c) || c == u':' || c == u'.' || c == u'-' || c == u'#') {
                ++j;
                continue;
            }
            if ((c == u'N' || c == u'n') && (at(j + 1) == u'r' || at(j + 1) == u'R') && at(j + 2) == u'.') {
                j += 3;
                continue;
            }
            break;
        }
        if (at(j) == u'(') { // "Kassenzeichen (wird vom Amt vergeben): 6.0123…"
            qsizetype close = j + 1;
            while (close < m_n && close - j < 50 && at(close) != u')' && !isLineBreak(at(close)))
                ++close;
            if (at(close) != u')')
                return cueEnd;
            j = close + 1;
            while (j < m_n && (isInlineSpace(at(j)) || at(j) == u':'))
                ++j;
        } else if (j - cueEnd > 8) {
            return cueEnd;
        }
        if (!isAlnum(at(j)))
            return cueEnd;
        const qsizetype numberStart = j;
        // A register in capitals before the number: "XVII 233/24", "K 12/2024".
        {
            qsizetype r = j;
            while (r < m_n && isUpperAscii(at(r)) && r - j < 6)
                ++r;
            if (r > j && isInlineSpace(at(r)) && isDigit(at(r + 1)))
                j = r + 1;
        }
        auto part = [&](qsizetype k) {
            qsizetype e = k;
            bool digit = false;
            while (e < m_n) {
                const char16_t c = at(e);
                if (isAlnum(c)) {
                    digit |= isDigit(c);
                    ++e;
                } else if ((c == u'.' || c == u'/' || c == u'-' || c == u'_' || c == u'\u2013') && isAlnum(at(e + 1))) {
                    ++e;
                } else {
                    break;
                }
            }
            return std::pair(e, digit);
        };
        auto [end, digit] = part(j);
        if (!digit || end - j < 3)
            return cueEnd;
        // Further groups of digits and separators: "Az. 32 10 01", "61.2 - 0815/2024".
        for (int groups = 0; groups < 3; ++groups) {
            qsizetype k = end;
            int spaces = 0;
            while (k < m_n && (isInlineSpace(at(k)) || at(k) == u'-' || at(k) == u'/') && spaces < 3) {
                ++k;
                ++spaces;
            }
            if (spaces == 0 || !isDigit(at(k)))
                break;
            auto [e2, d2] = part(k);
            bool lettersInside = false;
            for (qsizetype q = k; q < e2; ++q)
                lettersInside |= isLetter(at(q));
            if (!d2 || lettersInside || e2 - k > 10 || dateAt(k) > 0)
                break;
            end = e2;
        }
        add({ScanCategory::CaseNumber, numberStart, end, 0.93, ScanReason::AfterCue, cueStart, cueEnd});
        return end;
    }

    // ---- addresses and e-mail -----------------------------------------------------------------

    // "Hauptstraße", "Lindenweg": the word ends in one of the pack's street suffixes (read backwards
    // through a trie of the reversed suffixes).
    bool endsWithStreetSuffix(QStringView word) const
    {
        if (word.size() < 3)
            return false;
        int node = 0;
        for (qsizetype k = word.size() - 1; k >= 0; --k) {
            const int ref = m_t.streetSuffixTrie.child(node, fold(word[k].unicode()));
            if (ref < 0)
                return false;
            if (ref & 1)
                return true;
            node = ref >> 1;
        }
        return false;
    }

    // House number at i: look back for the street, forward for postcode and town.
    qsizetype address(qsizetype i)
    {
        // house number: 1-4 digits, optional letter, optional range "12-14", "12/1"
        qsizetype j = digitsEnd(i);
        if (j - i > 4)
            return -1;
        if (isLetter(at(j)) && !isLetter(at(j + 1)) && at(j) < 128)
            ++j;
        else if (isInlineSpace(at(j)) && at(j + 1) >= u'a' && at(j + 1) <= u'h' && boundaryAt(j + 2))
            j += 2;
        if ((at(j) == u'-' || at(j) == u'/' || at(j) == u'\u2013') && isDigit(at(j + 1)) &&
            digitsEnd(j + 1) - j - 1 <= 3)
            j = digitsEnd(j + 1);
        if (isAlnum(at(j)))
            return -1;
        // the street before it, on the same line
        qsizetype k = i;
        if (k == 0 || !isInlineSpace(at(k - 1)))
            return -1;
        while (k > 0 && isInlineSpace(at(k - 1)))
            --k;
        const qsizetype wordEnd = k;
        while (k > 0 && (isLetter(at(k - 1)) || at(k - 1) == u'-' || at(k - 1) == u'.'))
            --k;
        qsizetype start = k;
        if (start == wordEnd || !isUpper(at(start)))
            return -1;
        const QStringView word = mid(start, wordEnd);
        if (m_t.cueWord(ScanCue::NotStreet, word))
            return -1;
        bool street = endsWithStreetSuffix(word);
        bool prefixed = false;
        if (street) {
            // "Berliner Straße", "Straße des 17. Juni" is out of reach; a lone suffix word takes
            // the capitalised word before it.
            if (m_t.streetSuffixWords.contains(word)) {
                qsizetype b = start;
                if (b > 0 && isInlineSpace(at(b - 1))) {
                    qsizetype e = b - 1;
                    qsizetype s = e;
                    while (s > 0 && (isLetter(at(s - 1)) || at(s - 1) == u'-'))
                        --s;
                    if (s < e && isUpper(at(s)))
                        start = s;
                    else
                        return -1;
                } else {
                    return -1;
                }
            }
        } else {
            // "Am Markt 5", "An der Kirche 3": one or two words right before the street's name,
            // separated from it by one blank. "Im Jahr 2024" has the same shape, so a prefixed
            // street counts only with postcode and town.
            if (const qsizetype p = streetPrefixBefore(start); p >= 0) {
                start = p;
                street = true;
                prefixed = true;
            }
        }
        if (!street)
            return -1;
        qsizetype end = j;
        bool city = false;
        // ", 12345 Musterstadt" or on the next line
        qsizetype p = j;
        if (at(p) == u',')
            ++p;
        int breaks = 0;
        while (p < m_n && isSpace(at(p)) && breaks < 2) {
            breaks += at(p) == u'\n';
            ++p;
        }
        const qsizetype plzEnd = digitsEnd(p);
        if (plzEnd - p == 5 && isInlineSpace(at(plzEnd))) {
            qsizetype c = skipInlineSpace(plzEnd);
            qsizetype ce = nameWordEnd(c);
            if (ce > c && isUpper(at(c))) {
                // "Frankfurt am Main", "Halle (Saale)", "Neustadt a. d. Weinstraße" (first part)
                qsizetype q = ce;
                if (isInlineSpace(at(q))) {
                    qsizetype r = skipInlineSpace(q);
                    if (at(r) == u'(') {
                        const qsizetype re = nameWordEnd(r + 1);
                        if (re > r + 1 && at(re) == u')')
                            ce = re + 1;
                    } else {
                        const qsizetype re = nameWordEnd(r);
                        const QStringView w = mid(r, re);
                        if ((w == u"am" || w == u"an" || w == u"im" || w == u"in" || w == u"ob") &&
                            isInlineSpace(at(re))) {
                            qsizetype r2 = skipInlineSpace(re);
                            if (mid(r2, nameWordEnd(r2)) == u"der")
                                r2 = skipInlineSpace(nameWordEnd(r2));
                            const qsizetype r2e = nameWordEnd(r2);
                            if (r2e > r2 && isUpper(at(r2)))
                                ce = r2e;
                        }
                    }
                }
                end = ce;
                city = true;
            }
        }
        if (prefixed && !city)
            return -1;
        if (officeContext(start))
            return end;
        if (!m_t.institutionalAddresses.empty()) {
            const std::u16string streetAndNumber = folded(mid(start, j));
            for (const auto& own : m_t.institutionalAddresses)
                if (!own.empty() && streetAndNumber == own)
                    return end;
        }
        add({ScanCategory::PostalAddress, start, end, city ? 0.9 : 0.75,
             city ? ScanReason::StreetNumberCity : ScanReason::StreetNumber});
        return end;
    }

    // Whether the value at `pos` (an address, a phone number, an account) is an office's: an office
    // cue ("Rathaus", "Zentrale", "Stadtkasse", the organisation's name) ends shortly before it on
    // the same or the previous line, no personal cue ("Ihr", "privat") stands between that cue and
    // the value, and no person is named in the paragraph just before it.
    //
    // `clerk`: for phone numbers a name anywhere in the paragraph before makes it that person's
    // direct line; for addresses and accounts only a name on the office cue's line counts
    // ("Maria Prange" signing above "Kita Regenbogen, Robert-Blum-Straße 23" does not live there).
    bool officeContext(qsizetype pos, bool clerk = false) const
    {
        qsizetype from = pos;
        int breaks = 0;
        while (from > 0 && pos - from < 80) {
            if (at(from - 1) == u'\n' && ++breaks > 1)
                break;
            --from;
        }
        // In a footer ("Stadt Ulm · Marktplatz 22 · …" above "… | Bankverbindung: …, IBAN …") the
        // cue may be anywhere in the block since the last blank or rule line.
        if (footerLine(pos))
            from = std::min(from, blockStart(pos, 400));
        // A cue counts where a word starts (it may begin a longer word: "Rathausplatz") and must
        // end before the value; a capitalised word ending like an office ("Fundbüro",
        // "Tiefbauamt") counts too.
        std::array<qsizetype, 8> cueStarts{};
        int cues = 0;
        qsizetype firstCue = -1;
        std::array<TrieHit, kMaxHits> hits;
        for (qsizetype k = from; k < pos; ++k) {
            if (!isUpper(at(k)) || (k > from && isLetter(at(k - 1))))
                continue; // cues are nouns and names: they start a capitalised word
            bool hit = false;
            const int count = walk(m_t.officeCueTrie, k, hits);
            for (int h = 0; h < count && !hit; ++h)
                hit = hits[static_cast<std::size_t>(h)].end <= pos;
            if (!hit) {
                const qsizetype e = nameWordEnd(k);
                hit = e <= pos && e - k >= 4 && hasOfficeSuffix(mid(k, e));
                k = e - 1;
            }
            if (hit) {
                cueStarts[static_cast<std::size_t>(cues % 8)] = k;
                ++cues;
                if (firstCue < 0)
                    firstCue = k;
            }
        }
        if (cues == 0)
            return false;
        if (personalCueIn(from, pos, cueStarts.data(), std::min(cues, 8)))
            return false;
        if (clerk)
            return !personNamedBefore(pos, 200);
        // The line's start, at most 400 characters back: a text without line breaks (a browser
        // paste, a long paragraph) must not make every finding read the whole text again.
        qsizetype lineStart = firstCue;
        while (lineStart > 0 && firstCue - lineStart < 400 && at(lineStart - 1) != u'\n')
            --lineStart;
        return !personNamedIn(lineStart, pos);
    }

    // A line of a letter's footer: parts separated by "|" or "·", or "Bankverbindung" first. A
    // footer line is short: a line reaching further than kMaxFooterSide characters to either side
    // of `pos` is none (and a text without line breaks is not read again for every finding).
    static constexpr qsizetype kMaxFooterSide = 400;
    bool footerLine(qsizetype pos) const
    {
        qsizetype ls = pos;
        while (ls > 0 && at(ls - 1) != u'\n') {
            if (pos - ls >= kMaxFooterSide)
                return false;
            --ls;
        }
        qsizetype le = pos;
        while (le < m_n && at(le) != u'\n') {
            if (le - pos >= kMaxFooterSide)
                return false;
            ++le;
        }
        int separators = 0;
        for (qsizetype k = ls; k < le; ++k)
            separators += at(k) == u'|' || at(k) == u'\u00B7';
        if (separators >= 2)
            return true;
        const QStringView line = mid(ls, le).trimmed();
        return line.startsWith(u"Bankverbindung");
    }

    // The start of the block of lines before `pos`: after a blank line or a rule ("___", "—"), at
    // most `limit` characters back.
    qsizetype blockStart(qsizetype pos, qsizetype limit) const
    {
        qsizetype k = pos;
        while (k > 0 && pos - k < limit) {
            if (at(k - 1) == u'\n') {
                // the line before k-1: blank or a rule?
                qsizetype ls = k - 1;
                while (ls > 0 && k - 1 - ls < limit && at(ls - 1) != u'\n')
                    --ls;
                bool rule = ls == 0 || at(ls - 1) == u'\n'; // a line longer than `limit` is no rule
                for (qsizetype j = ls; j < k - 1 && rule; ++j)
                    rule = !isAlnum(at(j));
                if (rule)
                    return k;
            }
            --k;
        }
        return k;
    }

    bool hasOfficeSuffix(QStringView word) const
    {
        const char16_t last = fold(word.back().unicode());
        if (last >= 256 || !m_t.officeSuffixLast.test(last))
            return false;
        const auto size = static_cast<std::size_t>(word.size());
        for (const auto& suffix : m_t.officeSuffixes) {
            if (size < suffix.size())
                continue;
            const QStringView tail = word.sliced(word.size() - static_cast<qsizetype>(suffix.size()));
            std::size_t k = 0;
            while (k < suffix.size() && fold(tail[static_cast<qsizetype>(k)].unicode()) == suffix[k])
                ++k;
            if (k == suffix.size())
                return true;
        }
        return false;
    }

    // A personal cue ("Ihr", "meine", "privat") in [from, to) — except one right before an office
    // cue ("Ihr Bürgerbüro", "Ihre Stadtverwaltung": a greeting, not an owner).
    bool personalCueIn(qsizetype from, qsizetype to, const qsizetype* cueStarts, int cues) const
    {
        for (qsizetype k = from; k < to;) {
            if (!isLetter(at(k)) || (k > from && isLetter(at(k - 1)))) {
                ++k;
                continue;
            }
            qsizetype e = k;
            while (e < to && isLetter(at(e)))
                ++e;
            if (m_t.personalCues.contains(mid(k, e))) {
                const qsizetype next = skipInlineSpace(e);
                if (std::find(cueStarts, cueStarts + cues, next) == cueStarts + cues)
                    return true;
            }
            k = e;
        }
        return false;
    }

    // Whether a name was found in the paragraph before `pos` (at most `window` characters back).
    bool personNamedBefore(qsizetype pos, qsizetype window) const
    {
        qsizetype from = pos;
        while (from > 0 && pos - from < window && !(at(from - 1) == u'\n' && at(from - 2) == u'\n'))
            --from;
        return personNamedIn(from, pos);
    }

    bool personNamedIn(qsizetype from, qsizetype to) const
    {
        int looked = 0;
        for (auto it = m_out.rbegin(); it != m_out.rend() && looked < 32; ++it, ++looked)
            if (it->category == ScanCategory::PersonName && it->end > from && it->start < to)
                return true;
        return false;
    }

    // A mailbox of an office rather than a person's: its local part names an office, function or
    // service ("kita-anmeldung", "ordnungsamt.verkehr") or it is at one of the administration's own
    // domains — unless a part of it is a known first name or an initial ("m.keller", "jonas.weber").
    bool functionalMailbox(QStringView local, QStringView domain) const
    {
        const std::u16string d = folded(domain);
        const auto domainIn = [&d](const std::vector<std::u16string>& list) {
            for (const auto& own : list)
                if (d == own || (d.size() > own.size() && d.ends_with(own) && d[d.size() - own.size() - 1] == u'.'))
                    return true;
            return false;
        };
        if (domainIn(m_t.freeMailDomains))
            return false; // a private mailbox, whatever it is called ("info@gmx.de" too)
        if (m_t.emailLocalParts.contains(local))
            return true;
        bool functional = false;
        for (qsizetype k = 0; k < local.size();) {
            qsizetype e = k;
            while (e < local.size() && local[e] != u'.' && local[e] != u'-' && local[e] != u'_' && local[e] != u'+')
                ++e;
            const QStringView token = local.sliced(k, e - k);
            k = e + 1;
            if (token.isEmpty())
                continue;
            if (token.size() == 1 && isLetter(token[0].unicode()))
                return false; // an initial
            if (token.size() >= 3 && nameFoundContaining(token))
                return false; // "Frau Weber" … "weber@…"
            if (token.size() <= 24) {
                char16_t name[24];
                for (qsizetype c = 0; c < token.size(); ++c)
                    name[c] = c == 0 ? QChar::toUpper(token[c].unicode()) : QChar::toLower(token[c].unicode());
                if (m_t.firstNames.contains(QStringView(name, token.size())))
                    return false;
            }
            if (m_t.emailLocalParts.contains(token))
                functional = true;
            functional |= hasOfficeSuffix(token);
        }
        if (functional || domainIn(m_t.ownDomains))
            return true;
        // One word without digits at an organisation's domain ("wohngeld@", "regenbogen@") names a
        // service; a person's mailbox there has a name in it ("anna.berg@", "a.berg@").
        for (QChar c : local)
            if (!c.isLetter())
                return false;
        return true;
    }

    // Whether a name found so far contains `token` as a word (case-insensitive).
    bool nameFoundContaining(QStringView token) const
    {
        int looked = 0;
        for (auto it = m_out.rbegin(); it != m_out.rend() && looked < 64; ++it, ++looked) {
            if (it->category != ScanCategory::PersonName)
                continue;
            const QStringView name = mid(it->start, it->end);
            for (qsizetype k = name.indexOf(token, 0, Qt::CaseInsensitive); k >= 0;
                 k = name.indexOf(token, k + 1, Qt::CaseInsensitive))
                if ((k == 0 || !isLetter(name[k - 1].unicode())) &&
                    (k + token.size() == name.size() || !isLetter(name[k + token.size()].unicode())))
                    return true;
        }
        return false;
    }

    // One of the administration's own numbers (settings organisation/phone_prefixes).
    bool ownPhone(const char16_t* digits, int count, bool plus) const
    {
        if (m_t.ownPhonePrefixes.empty())
            return false;
        std::u16string national(digits, static_cast<std::size_t>(count));
        if (plus && national.starts_with(u"49"))
            national.replace(0, 2, u"0");
        else if (national.starts_with(u"0049"))
            national.replace(0, 4, u"0");
        for (const auto& prefix : m_t.ownPhonePrefixes)
            if (national.starts_with(prefix))
                return true;
        return false;
    }

    // The start of a street prefix ("Am", "An der") that ends one blank before `start`, or -1.
    // Two words are tried before one ("Am Alten Markt" before "Alten Markt").
    qsizetype streetPrefixBefore(qsizetype start) const
    {
        if (start < 2 || !isInlineSpace(at(start - 1)))
            return -1;
        const qsizetype e1 = start - 1;
        qsizetype s1 = e1;
        while (s1 > 0 && isLetter(at(s1 - 1)))
            --s1;
        if (s1 == e1)
            return -1;
        if (s1 >= 2 && isSpace(at(s1 - 1))) {
            qsizetype s2 = s1 - 1;
            while (s2 > 0 && isLetter(at(s2 - 1)))
                --s2;
            if (s2 < s1 - 1 && isUpper(at(s2)) && (s2 == 0 || !isAlnum(at(s2 - 1))) &&
                m_t.streetPrefixes.contains(mid(s2, e1)))
                return s2;
        }
        if (isUpper(at(s1)) && (s1 == 0 || !isAlnum(at(s1 - 1))) && m_t.streetPrefixes.contains(mid(s1, e1)))
            return s1;
        return -1;
    }

    void email(qsizetype at_)
    {
        qsizetype s = at_;
        while (s > 0) {
            const char16_t c = at(s - 1);
            if (isAlnum(c) || c == u'.' || c == u'_' || c == u'%' || c == u'+' || c == u'-')
                --s;
            else
                break;
        }
        while (s < at_ && !isAlnum(at(s)))
            ++s;
        if (s == at_)
            return;
        qsizetype e = at_ + 1;
        qsizetype lastDot = -1;
        while (e < m_n) {
            const char16_t c = at(e);
            if (isAlnum(c) || c == u'-') {
                ++e;
            } else if (c == u'.' && isAlnum(at(e + 1))) {
                lastDot = e;
                ++e;
            } else {
                break;
            }
        }
        if (lastDot < 0 || e - lastDot - 1 < 2 || e == at_ + 1)
            return;
        for (qsizetype k = lastDot + 1; k < e; ++k)
            if (!isLetter(at(k)))
                return;
        if (functionalMailbox(mid(s, at_), mid(at_ + 1, e)))
            return; // a function mailbox of an office
        add({ScanCategory::Email, s, e, 0.95, ScanReason::EmailPersonal});
    }

    const Scanner::Tables& m_t;
    QStringView m_s;
    const char16_t* m_p;
    qsizetype m_n;
    std::array<CueHit, kScanCueCount> m_cues{};
    std::vector<Candidate> m_out;
};

// Explanations repeat ("nach „Frau“" hundreds of times in a long text): each wording is built once
// per scan and then shared. Keyed by the reason (or phrase group) and the cited text; lookups
// hash the cited text in place instead of building a key string.
class ExplanationCache
{
public:
    const QString* find(int code, QStringView arg) const
    {
        const std::uint64_t h = hash(code, arg);
        for (std::size_t slot = h & m_mask; m_slots[slot].used; slot = (slot + 1) & m_mask) {
            const Slot& e = m_slots[slot];
            if (e.hash == h && e.code == code && e.arg == arg)
                return &e.explanation;
        }
        return nullptr;
    }
    const QString* insert(int code, QStringView arg, QString explanation)
    {
        if ((m_count + 1) * 2 > m_slots.size())
            grow();
        ++m_count;
        return &place(Slot{true, hash(code, arg), code, arg.toString(), std::move(explanation)}).explanation;
    }

private:
    struct Slot
    {
        bool used = false;
        std::uint64_t hash = 0;
        int code = 0;
        QString arg;
        QString explanation;
    };
    static std::uint64_t hash(int code, QStringView arg)
    {
        RunHash h;
        h.h = RunHash::mix(h.h, static_cast<std::uint64_t>(code));
        for (QChar c : arg)
            h.add(c.unicode());
        return h.value() * 0x9E3779B97F4A7C15ull >> 32;
    }
    Slot& place(Slot slot)
    {
        std::size_t k = slot.hash & m_mask;
        while (m_slots[k].used)
            k = (k + 1) & m_mask;
        m_slots[k] = std::move(slot);
        return m_slots[k];
    }
    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        m_slots = std::vector<Slot>(old.size() * 2);
        m_mask = m_slots.size() - 1;
        for (Slot& e : old)
            if (e.used)
                place(std::move(e));
    }

    std::vector<Slot> m_slots = std::vector<Slot>(64);
    std::size_t m_mask = 63;
    std::size_t m_count = 0;
};

// Special-category words (health, religion …) say something about a person only when one is near:
// a name within 2000 characters, or in the paragraph a word pointing at one ("er", "meine",
// "Patientin"). The others ("Grippeschutzimpfung" in a campaign) are dropped: their end is set to
// their start. An extension number without an office cue stays only with a name in its paragraph or
// the 300 characters after it.
void dropWithoutPerson(std::vector<Candidate>& candidates, QStringView text, const Scanner::Tables& t)
{
    const auto needsPerson = [&t](const Candidate& c) {
        return c.needsName || (c.phraseGroup >= 0 && t.rules.phrases.at(c.phraseGroup).needsPerson);
    };
    if (std::none_of(candidates.begin(), candidates.end(), needsPerson))
        return;
    std::vector<std::pair<qsizetype, qsizetype>> names; // by start (the candidates are sorted)
    for (const Candidate& c : candidates)
        if (c.category == ScanCategory::PersonName)
            names.emplace_back(c.start, c.end);
    const qsizetype n = text.size();
    const char16_t* p = text.utf16();
    const auto blankLineAt = [p, n](qsizetype k) { return k + 1 < n && p[k] == u'\n' && p[k + 1] == u'\n'; };
    for (Candidate& c : candidates) {
        if (!needsPerson(c))
            continue;
        qsizetype from = c.start;
        while (from > 0 && c.start - from < 400 && !(from >= 2 && blankLineAt(from - 2)))
            --from;
        qsizetype to = c.end;
        while (to < n && to - c.end < 300 && !blankLineAt(to))
            ++to;
        bool person = false;
        // A name anywhere near (a letter's salutation, a note's subject) makes it someone's.
        auto it = std::lower_bound(names.begin(), names.end(), c.start - 2000,
                                   [](const auto& name, qsizetype v) { return name.first < v; });
        person = it != names.end() && it->first < c.end + 2000;
        if (c.needsName) {
            // an extension number is a person's line only with a name in the same paragraph
            const auto near = std::lower_bound(names.begin(), names.end(), from,
                                               [](const auto& name, qsizetype v) { return name.first < v; });
            if (near == names.end() || near->first >= c.end + 300)
                c.end = c.start; // no name in its paragraph or just after it (a signature)
            continue;
        }
        for (qsizetype k = from; k < to && !person;) {
            if (!isLetter(p[k])) {
                ++k;
                continue;
            }
            qsizetype e = k;
            while (e < to && isLetter(p[e]))
                ++e;
            person = t.cueWord(ScanCue::PersonReference, text.sliced(k, e - k));
            k = e;
        }
        if (!person)
            c.end = c.start;
    }
}

// Order of certainty when candidates overlap.
bool better(const Candidate& a, const Candidate& b)
{
    if (a.confidence != b.confidence)
        return a.confidence > b.confidence;
    return (a.end - a.start) > (b.end - b.start);
}

} // namespace

Scanner::Scanner(const ScanRules& rules) : m_tables(std::make_shared<const Tables>(rules)) {}

Scanner::~Scanner() = default;

const ScanRules& Scanner::rules() const
{
    return m_tables->rules;
}

QList<ScanFinding> Scanner::scan(QStringView text) const
{
    std::vector<Candidate> candidates = Pass(*m_tables, text).run();
    // The pass reports mostly in text order; a look back (a street before its number) is the
    // exception, so the list is sorted only when needed.
    const auto byStart = [](const Candidate& a, const Candidate& b) { return a.start < b.start; };
    if (!std::is_sorted(candidates.begin(), candidates.end(), byStart))
        std::stable_sort(candidates.begin(), candidates.end(), byStart);
    dropWithoutPerson(candidates, text, *m_tables);
    // Overlaps are resolved in place: the first `kept` entries are the survivors so far (a stack
    // whose top is the last kept candidate), which saves a second list as long as the first.
    std::size_t kept = 0;
    for (std::size_t r = 0; r < candidates.size(); ++r) {
        const Candidate c = candidates[r];
        if (c.end <= c.start)
            continue;
        bool keep = true;
        while (kept > 0 && candidates[kept - 1].end > c.start) {
            if (better(candidates[kept - 1], c)) {
                keep = false;
                break;
            }
            --kept;
        }
        if (keep)
            candidates[kept++] = c;
    }
    candidates.resize(kept);

    const ScanRules& rules = m_tables->rules;
    QList<ScanFinding> findings;
    findings.reserve(static_cast<qsizetype>(candidates.size()));
    ExplanationCache explanations;
    for (const Candidate& c : candidates) {
        ScanFinding& f = findings.emplaceBack();
        f.category = c.category;
        f.start = c.start;
        f.length = c.end - c.start;
        f.text = text.sliced(c.start, f.length).toString();
        f.confidence = c.confidence;
        const QStringView arg = c.argStart >= 0 ? text.sliced(c.argStart, c.argEnd - c.argStart) : QStringView();
        const int code = c.phraseGroup >= 0 ? 0x10000 + c.phraseGroup : static_cast<int>(c.reason);
        const QString* cached = explanations.find(code, arg);
        if (!cached) {
            QStringList parts;
            if (c.phraseGroup >= 0) {
                parts << rules.phrases.at(c.phraseGroup).explanation;
            } else {
                const QString argText = arg.toString().simplified();
                QString reason = rules.explanation(c.reason);
                if (c.reason == ScanReason::AfterCue || c.reason == ScanReason::KnownFirstName ||
                    c.reason == ScanReason::Signature) {
                    parts << reason.replace(QLatin1String("%1"), argText);
                } else {
                    parts << reason;
                    if (!argText.isEmpty())
                        parts << rules.explanation(ScanReason::AfterCue).replace(QLatin1String("%1"), argText);
                }
            }
            parts.removeAll(QString());
            cached = explanations.insert(code, arg, parts.join(QStringLiteral("; ")));
        }
        f.explanation = *cached;
    }
    return findings;
}

QList<ScanFinding> Scanner::scanConcurrently(QStringView text, int threads) const
{
    const qsizetype n = text.size();
    const qsizetype minPiece = 8 * kContextMargin;
    threads = static_cast<int>(std::clamp<qsizetype>(std::min<qsizetype>(threads, n / minPiece), 1, 16));
    if (threads <= 1)
        return scan(text);
    // Cut points: after a blank line near each nominal point, else after a line break, else there.
    std::vector<qsizetype> cuts{0};
    for (int k = 1; k < threads; ++k) {
        const qsizetype nominal = n * k / threads;
        qsizetype cut = text.indexOf(u"\n\n", nominal);
        if (cut < 0 || cut - nominal > kContextMargin)
            cut = text.indexOf(u'\n', nominal);
        cut = (cut < 0 || cut - nominal > kContextMargin) ? nominal : cut + 1;
        if (cut > cuts.back() && cut < n)
            cuts.push_back(cut);
    }
    cuts.push_back(n);
    const std::size_t pieces = cuts.size() - 1;
    std::vector<QList<ScanFinding>> results(pieces);
    const auto work = [&](std::size_t k) {
        const qsizetype from = std::max<qsizetype>(0, cuts[k] - kContextMargin);
        const qsizetype to = std::min(n, cuts[k + 1] + kContextMargin);
        QList<ScanFinding> found = scan(text.sliced(from, to - from));
        QList<ScanFinding>& mine = results[k];
        for (ScanFinding& f : found) {
            f.start += from;
            if (f.start >= cuts[k] && f.start < cuts[k + 1])
                mine.append(std::move(f));
        }
    };
    std::vector<std::thread> pool;
    for (std::size_t k = 1; k < pieces; ++k)
        pool.emplace_back(work, k);
    work(0);
    for (std::thread& t : pool)
        t.join();
    QList<ScanFinding> all = std::move(results[0]);
    for (std::size_t k = 1; k < pieces; ++k) {
        // A finding of the piece before that reaches over the cut wins over one starting under it
        // (both pieces saw the same candidates there, so this only guards the unexpected).
        const qsizetype reach = all.isEmpty() ? 0 : all.last().end();
        for (ScanFinding& f : results[k])
            if (f.start >= reach)
                all.append(std::move(f));
    }
    return all;
}

} // namespace kilotse
