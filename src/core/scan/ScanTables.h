#pragma once

// Internal to the scanner: the scan rules of a pack compiled into lookup structures once per
// Scanner (Scanner::Tables), shared read-only by every scan. Included by Scanner.cpp only (-O3).

#include "scan/CharClass.h"
#include "scan/Checksums.h"
#include "scan/LookupTables.h"
#include "scan/Scanner.h"

#include <bitset>

namespace kilotse {

using namespace scanning;

// ---- compiled rules ---------------------------------------------------------------------------------

struct Scanner::Tables
{
    ScanRules rules;
    Trie trie;        // cues that start or inform a detector, and the phrase lists
    Trie roleTrie;    // role words ("Erste Beigeordnete"), read only after a salutation
    WordSet cueWords; // single words of every cue list, folded; bit = 1 << ScanCue, kAddressCueBit
    static constexpr std::uint32_t kAddressCueBit = 1u << 30; // an office address cue ("Rathaus")
    static_assert(kScanCueCount < 30, "cue bits and kAddressCueBit share one word");
    WordSet firstNames; // exact case
    WordSet emailLocalParts;
    Trie streetSuffixTrie;     // folded and reversed: read from a word's end backwards
    WordSet streetSuffixWords; // the suffixes as whole words ("Straße" alone)
    WordSet streetPrefixes;    // "Am", "An der": folded, one or two words
    Trie officeCueTrie; // office cues (address and office cues, the organisation's name and offices), word prefixes
    std::vector<std::u16string> institutionalAddresses; // folded street and number
    std::vector<std::u16string> institutionalPhones;    // digits only
    WordSet personalCues;                               // folded: "Ihr", "mein", "privat"
    std::vector<std::u16string> officeSuffixes;         // folded: "amt", "stelle"
    std::bitset<256> officeSuffixLast;                  // their last characters (Latin-1)
    std::vector<std::u16string> ownDomains;             // folded, without a leading '@' or '.'
    std::vector<std::u16string> freeMailDomains;        // folded
    std::vector<std::u16string> ownPhonePrefixes;       // national digits ("03583752")
    std::vector<std::u16string> ownIbans;               // upper case, no blanks

    explicit Tables(const ScanRules& r) : rules(r)
    {
        for (int cue = 0; cue < kScanCueCount && cue < rules.cues.size(); ++cue) {
            const auto kind = static_cast<ScanCue>(cue);
            // Lists only ever asked "is this word in it?" stay out of the trie: every entry there
            // lengthens the walk at every word of the text.
            const bool wordListOnly = kind == ScanCue::NotStreet || kind == ScanCue::InstitutionalNameWords ||
                                      kind == ScanCue::NotName || kind == ScanCue::StreetSuffix ||
                                      kind == ScanCue::StreetPrefix || kind == ScanCue::RoleWord ||
                                      kind == ScanCue::PersonReference || kind == ScanCue::SecrecyStatement;
            for (const QString& term : rules.cues.at(cue)) {
                if (kind == ScanCue::RoleWord)
                    roleTrie.add(term, Terminal{Terminal::Cue, false, cue});
                if (!wordListOnly) {
                    trie.add(term, Terminal{Terminal::Cue, false, cue});
                    noteTermStart(term);
                }
                if (!term.contains(u' ') && !term.endsWith(u'*'))
                    cueWords.add(term, true, 1u << cue);
            }
        }
        roleTrie.finish();
        for (int g = 0; g < rules.phrases.size(); ++g)
            for (const QString& term : rules.phrases.at(g).terms) {
                trie.add(term, Terminal{Terminal::Phrase, false, g});
                noteTermStart(term);
            }
        trie.finish();
        noteFirstRunRefs();
        for (const QString& name : rules.firstNames) {
            firstNames.add(name, false);
            noteFirstName(name);
        }
        firstNames.finish();
        for (const QString& local : rules.institutionalEmailLocalParts)
            emailLocalParts.add(local, true);
        emailLocalParts.finish();
        if (static_cast<int>(ScanCue::StreetSuffix) < rules.cues.size())
            for (const QString& s : rules.cue(ScanCue::StreetSuffix)) {
                std::u16string f = folded(s);
                std::reverse(f.begin(), f.end());
                streetSuffixTrie.add(QStringView(f.data(), static_cast<qsizetype>(f.size())),
                                     Terminal{Terminal::Cue, false, static_cast<int>(ScanCue::StreetSuffix)});
                streetSuffixWords.add(s, true);
            }
        streetSuffixTrie.finish();
        streetSuffixWords.finish();
        if (static_cast<int>(ScanCue::StreetPrefix) < rules.cues.size())
            for (const QString& s : rules.cue(ScanCue::StreetPrefix))
                streetPrefixes.add(s, true);
        streetPrefixes.finish();
        const OrganisationProfile& own = rules.organisation;
        QStringList officeCues = rules.institutionalAddressCues + rules.officeCues + own.offices;
        if (!own.name.isEmpty())
            officeCues << own.name;
        for (const QString& s : std::as_const(officeCues)) {
            officeCueTrie.add(s, Terminal{Terminal::Cue, true, 0});
            cueWords.add(s, true, kAddressCueBit);
        }
        officeCueTrie.finish();
        cueWords.finish();
        for (const QString& s : rules.personalCues)
            personalCues.add(s, true);
        personalCues.finish();
        for (const QString& s : rules.officeWordSuffixes)
            if (std::u16string f = folded(s); !f.empty()) {
                if (f.back() < 256)
                    officeSuffixLast.set(f.back());
                officeSuffixes.push_back(std::move(f));
            }
        for (const QString& s : rules.institutionalAddresses)
            institutionalAddresses.push_back(folded(s));
        // The profile's addresses are compared by street and number ("Markt 1, 02763 Zittau").
        for (const QString& s : own.addresses)
            institutionalAddresses.push_back(folded(s.section(u',', 0, 0).trimmed()));
        for (const QString& s : rules.institutionalPhoneNumbers)
            institutionalPhones.push_back(digitsOf(s));
        for (const QString& s : own.phonePrefixes)
            if (std::u16string d = nationalDigits(s); d.size() >= 3)
                ownPhonePrefixes.push_back(std::move(d));
        for (const QString& s : rules.freeMailDomains)
            freeMailDomains.push_back(folded(s));
        for (QString s : own.domains) {
            s = s.trimmed();
            while (s.startsWith(u'@') || s.startsWith(u'.'))
                s.remove(0, 1);
            if (!s.isEmpty())
                ownDomains.push_back(folded(s));
        }
        for (const QString& s : own.ibans) {
            std::u16string iban;
            for (QChar c : s)
                if (c.isLetterOrNumber())
                    iban.push_back(c.toUpper().unicode());
            ownIbans.push_back(iban);
        }
    }

    static std::u16string digitsOf(QStringView s)
    {
        std::u16string digits;
        for (QChar c : s)
            if (isDigit(c.unicode()))
                digits.push_back(c.unicode());
        return digits;
    }
    // "+49 3583 752", "0049 3583 752" and "03583 752" all become "03583752".
    static std::u16string nationalDigits(QStringView s)
    {
        std::u16string d = digitsOf(s);
        const QStringView t = s.trimmed();
        if (t.startsWith(u'+') && d.starts_with(u"49"))
            d.replace(0, 2, u"0");
        else if (d.starts_with(u"0049"))
            d.replace(0, 4, u"0");
        return d;
    }

    bool cueWord(ScanCue cue, QStringView word) const { return (cueWords.bits(word) >> static_cast<int>(cue)) & 1u; }

    // Which words can begin a term of the main trie. A walk from a word start can only hit a term
    // whose first run of letters and digits equals the word's (what follows that run in the term
    // must match the text too), or, for a prefix term of one run ("Medikament*"), one that begins
    // the word. So the scan hashes each word while it reads it and walks the trie only when the
    // hash is marked here: one bit in a BitTable instead of the walk's scattered reads. A false
    // mark costs a walk that finds nothing; a missing one cannot happen.
    BitTable wholeRunStarts;  // hash of a term's first run (the whole word must be equal)
    BitTable prefixRunStarts; // hash of the first four characters of a one-run prefix term
    bool walkAlways = false;  // a prefix term of fewer than four letters or digits
    void noteTermStart(QStringView term)
    {
        QStringView t = term.trimmed();
        const bool prefix = t.endsWith(u'*') && t.size() > 1;
        if (prefix)
            t.chop(1);
        const std::u16string f = folded(t);
        if (f.empty())
            return;
        RunHash hash;
        std::size_t run = 0;
        while (run < f.size() && isAlnum(f[run]))
            hash.add(f[run++]);
        const std::uint64_t h = hash.value();
        if (prefix && run == f.size()) {
            if (run < 4)
                walkAlways = true;
            else
                prefixRunStarts.set(hash.first);
        } else {
            wholeRunStarts.set(h);
            if (run > 0)
                m_firstRuns.emplace_back(h, f.substr(0, run));
        }
    }
    // The first runs of letters and digits of the first names, folded: a capitalised word whose run
    // is not marked cannot be a first name ("Hans" for "Hans-Peter"), which spares most German
    // nouns the exact lookup.
    BitTable firstNameRuns;
    void noteFirstName(QStringView name)
    {
        RunHash hash;
        for (QChar c : name) {
            if (!isAlnum(c.unicode()))
                break;
            hash.add(fold(c.unicode()));
        }
        firstNameRuns.set(hash.value());
    }
    Q_ALWAYS_INLINE bool mayBeFirstName(std::uint64_t h) const { return firstNameRuns.test(h); }

    Q_ALWAYS_INLINE bool mayStartPrefixTerm(std::uint64_t h4) const { return prefixRunStarts.test(h4); }
    // For each first run of a term (its folded hash): the trie reference of the node after it.
    HashMap firstRunRefs;
    void noteFirstRunRefs()
    {
        for (const auto& [hash, run] : m_firstRuns) {
            int ref = -1;
            for (char16_t c : run) {
                ref = trie.child(ref < 0 ? 0 : ref >> 1, c);
                if (ref < 0)
                    break;
            }
            if (ref >= 0)
                firstRunRefs.insert(hash, ref);
        }
        m_firstRuns.clear();
    }
    std::vector<std::pair<std::uint64_t, std::u16string>> m_firstRuns; // only while building
    // `h`: the word's folded hash, `h4`: that of its first four characters, `length`: its length.
    Q_ALWAYS_INLINE bool mayStartTerm(std::uint64_t h, std::uint64_t h4, qsizetype length) const
    {
        return walkAlways || wholeRunStarts.test(h) || (length >= 4 && prefixRunStarts.test(h4));
    }
};

} // namespace kilotse
