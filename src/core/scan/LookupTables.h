#pragma once

// Internal to the scanner (Scanner.cpp, compiled with -O3): everything here is inline so the hot
// loop keeps it inlined. Not for use outside src/core/scan.
// The lookup structures the compiled scan rules are made of: a compact trie over folded
// characters (cue words and phrases), a word set, a bit table and an open-addressing hash map.

#include "scan/CharClass.h"

#include <QString>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kilotse::scanning {

// ---- a compact trie over folded characters, for cue words and phrases -----------------------------

struct Terminal
{
    enum Kind : unsigned char
    {
        Cue,
        Phrase
    } kind;
    bool prefix; // matches as a word prefix ("Arbeitsunfähigkeit*")
    int index;   // ScanCue or index into ScanRules::phrases
};

class Trie
{
public:
    Trie() { m_terms.emplace_back(); }

    void add(QStringView term, Terminal terminal)
    {
        QStringView t = term.trimmed();
        if (t.endsWith(u'*') && t.size() > 1) {
            terminal.prefix = true;
            t.chop(1);
        }
        const std::u16string key = folded(t);
        if (key.empty())
            return;
        int node = 0;
        for (char16_t c : key) {
            auto it = m_build.find(edgeKey(node, c));
            if (it == m_build.end()) {
                const int next = static_cast<int>(m_terms.size());
                m_terms.emplace_back();
                it = m_build.emplace(edgeKey(node, c), next).first;
            }
            node = it->second;
        }
        m_terms[static_cast<std::size_t>(node)].push_back(terminal);
    }

    // Lays the trie out for lookup. Nodes are renumbered depth-first and each node's edges are
    // stored together, right before its first child's, so a walk reads memory front to back. The
    // root and its children also get direct tables (one array access for the first two steps,
    // where most walks end).
    void finish()
    {
        std::vector<std::vector<std::pair<char16_t, int>>> children(m_terms.size());
        for (const auto& [key, child] : m_build)
            children[static_cast<std::size_t>(key >> 16)].emplace_back(static_cast<char16_t>(key & 0xFFFF), child);
        m_build.clear();
        for (auto& list : children)
            std::sort(list.begin(), list.end());

        std::vector<int> newId(m_terms.size(), -1);
        std::vector<int> order; // old ids in depth-first order
        order.reserve(m_terms.size());
        std::vector<int> stack{0};
        while (!stack.empty()) {
            const int node = stack.back();
            stack.pop_back();
            newId[static_cast<std::size_t>(node)] = static_cast<int>(order.size());
            order.push_back(node);
            const auto& list = children[static_cast<std::size_t>(node)];
            for (auto it = list.rbegin(); it != list.rend(); ++it)
                stack.push_back(it->second);
        }
        m_nodes.assign(order.size(), Node{});
        m_edges.clear();
        std::vector<std::vector<Terminal>> terms(order.size());
        for (std::size_t n = 0; n < order.size(); ++n) {
            const auto old = static_cast<std::size_t>(order[n]);
            m_nodes[n].edgeStart = static_cast<std::uint32_t>(m_edges.size());
            m_nodes[n].edgeCount = static_cast<std::uint16_t>(children[old].size());
            for (const auto& [c, child] : children[old]) {
                const int id = newId[static_cast<std::size_t>(child)];
                m_edges.push_back(Edge{c, (id << 1) | (m_terms[static_cast<std::size_t>(child)].empty() ? 0 : 1)});
            }
            terms[n] = std::move(m_terms[old]);
        }
        m_terms = std::move(terms);

        m_dense.clear();
        auto makeDense = [this](int node) {
            Node& n = m_nodes[static_cast<std::size_t>(node)];
            n.dense = static_cast<std::int16_t>(m_dense.size() / kDense);
            m_dense.resize(m_dense.size() + static_cast<std::size_t>(kDense), -1);
            for (std::uint32_t e = n.edgeStart; e < n.edgeStart + n.edgeCount; ++e)
                if (m_edges[e].c < kDense)
                    m_dense[static_cast<std::size_t>(n.dense) * kDense + m_edges[e].c] = m_edges[e].child;
        };
        makeDense(0);
        const Node root = m_nodes[0];
        for (std::uint32_t e = root.edgeStart; e < root.edgeStart + root.edgeCount && m_dense.size() / kDense < 32000;
             ++e)
            if (m_nodes[static_cast<std::size_t>(m_edges[e].child >> 1)].edgeCount > 4)
                makeDense(m_edges[e].child >> 1);
    }

    // The child of `node` along `c` as a reference (node id << 1 | whether terms end there), or -1.
    // Carrying the flag in the reference saves the walk a dependent load per character.
    int child(int node, char16_t c) const
    {
        const Node& n = m_nodes[static_cast<std::size_t>(node)];
        if (n.dense >= 0 && c < kDense)
            return m_dense[static_cast<std::size_t>(n.dense) * kDense + c];
        const Edge* first = m_edges.data() + n.edgeStart;
        const Edge* last = first + n.edgeCount;
        if (n.edgeCount > 8) {
            const Edge* it = std::lower_bound(first, last, c, [](const Edge& e, char16_t v) { return e.c < v; });
            return (it != last && it->c == c) ? it->child : -1;
        }
        for (const Edge* it = first; it != last; ++it)
            if (it->c == c)
                return it->child;
        return -1;
    }

    const std::vector<Terminal>& terms(int node) const { return m_terms[static_cast<std::size_t>(node)]; }

private:
    static constexpr int kDense = 0x180; // ASCII, Latin-1 and Latin Extended-A
    static std::uint64_t edgeKey(int node, char16_t c) { return (static_cast<std::uint64_t>(node) << 16) | c; }

    struct Node
    {
        std::uint32_t edgeStart = 0;
        std::uint16_t edgeCount = 0;
        std::int16_t dense = -1; // index of its direct table, or -1
    };
    struct Edge
    {
        char16_t c;
        int child;
    };

    std::unordered_map<std::uint64_t, int> m_build; // only while adding
    std::vector<Node> m_nodes;
    std::vector<Edge> m_edges;
    std::vector<int> m_dense; // kDense entries per node that has a direct table
    std::vector<std::vector<Terminal>> m_terms;
};

// A set of words compared case-insensitively (folded) or exactly. Stores 64-bit hashes only:
// lookups need no allocation and touch one small table (a false hit needs a 64-bit collision).
class WordSet
{
public:
    // `bit`: which list the word belongs to (a word can be in several).
    void add(QStringView word, bool fold, std::uint32_t bit = 1)
    {
        m_fold = fold;
        m_pending.emplace_back(fold ? hashFolded(word) : hashExact(word), bit);
    }
    void finish()
    {
        std::size_t size = 16;
        while (size < m_pending.size() * 3)
            size *= 2;
        m_table.assign(size, Slot{});
        m_mask = size - 1;
        for (const auto& [h, bit] : m_pending) {
            std::size_t slot = static_cast<std::size_t>(h) & m_mask;
            while (m_table[slot].hash != 0 && m_table[slot].hash != h)
                slot = (slot + 1) & m_mask;
            m_table[slot].hash = h;
            m_table[slot].bits |= bit;
        }
        m_pending.clear();
    }
    // The lists the word is in (0: none).
    std::uint32_t bits(QStringView word) const
    {
        if (m_table.empty())
            return 0;
        const std::uint64_t h = m_fold ? hashFolded(word) : hashExact(word);
        std::size_t slot = static_cast<std::size_t>(h) & m_mask;
        while (m_table[slot].hash != 0) {
            if (m_table[slot].hash == h)
                return m_table[slot].bits;
            slot = (slot + 1) & m_mask;
        }
        return 0;
    }
    bool contains(QStringView word) const { return bits(word) != 0; }

private:
    struct Slot
    {
        std::uint64_t hash = 0;
        std::uint32_t bits = 0;
    };
    static std::uint64_t mix(std::uint64_t h) { return (h ^ (h >> 29)) * 0xBF58476D1CE4E5B9ull | 1u; }
    static std::uint64_t hashExact(QStringView w)
    {
        std::uint64_t h = 0xCBF29CE484222325ull;
        for (QChar c : w)
            h = (h ^ c.unicode()) * 0x100000001B3ull;
        return mix(h);
    }
    static std::uint64_t hashFolded(QStringView w)
    {
        std::uint64_t h = 0xCBF29CE484222325ull;
        bool space = false;
        bool any = false;
        for (QChar c : w) {
            const char16_t f = fold(c.unicode());
            if (f == u' ') {
                space = any;
                continue;
            }
            if (space)
                h = (h ^ u' ') * 0x100000001B3ull;
            space = false;
            any = true;
            h = (h ^ f) * 0x100000001B3ull;
        }
        return mix(h);
    }

    std::vector<std::pair<std::uint64_t, std::uint32_t>> m_pending;
    std::vector<Slot> m_table;
    std::size_t m_mask = 0;
    bool m_fold = true;
};

// A set of 64-bit hashes as 2^15 bits (4 KB): one load per test. A false "maybe" is possible, a
// false "no" is not, so it serves as a cheap filter in front of exact lookups.
class BitTable
{
public:
    void set(std::uint64_t h) { m_bits[key(h) >> 6] |= std::uint64_t{1} << (key(h) & 63); }
    Q_ALWAYS_INLINE bool test(std::uint64_t h) const { return (m_bits[key(h) >> 6] >> (key(h) & 63)) & 1u; }

private:
    static constexpr int kBits = 15;
    Q_ALWAYS_INLINE static std::size_t key(std::uint64_t h)
    {
        return static_cast<std::size_t>((h * 0x9E3779B97F4A7C15ull) >> (64 - kBits));
    }
    std::vector<std::uint64_t> m_bits = std::vector<std::uint64_t>(std::size_t{1} << (kBits - 6), 0);
};

// A map from 64-bit hashes to non-negative ints (open addressing; -1: absent).
class HashMap
{
public:
    void insert(std::uint64_t key, int value)
    {
        if ((m_count + 1) * 2 > m_slots.size()) {
            std::vector<Slot> old = std::move(m_slots);
            m_slots.assign(std::max<std::size_t>(16, old.size() * 2), Slot{});
            m_mask = m_slots.size() - 1;
            m_count = 0;
            for (const Slot& e : old)
                if (e.value >= 0)
                    insert(e.key, e.value);
        }
        std::size_t k = slot(key);
        while (m_slots[k].value >= 0 && m_slots[k].key != key)
            k = (k + 1) & m_mask;
        m_count += m_slots[k].value < 0 ? 1 : 0;
        m_slots[k] = Slot{key, value};
    }
    int value(std::uint64_t key) const
    {
        if (m_slots.empty())
            return -1;
        for (std::size_t k = slot(key); m_slots[k].value >= 0; k = (k + 1) & m_mask)
            if (m_slots[k].key == key)
                return m_slots[k].value;
        return -1;
    }

private:
    struct Slot
    {
        std::uint64_t key = 0;
        int value = -1;
    };
    std::size_t slot(std::uint64_t key) const
    {
        return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & m_mask;
    }
    std::vector<Slot> m_slots;
    std::size_t m_mask = 0;
    std::size_t m_count = 0;
};

inline constexpr int kMaxHits = 16;

struct CueHit
{
    qsizetype start = -1;
    qsizetype end = -1;
};

} // namespace kilotse::scanning
