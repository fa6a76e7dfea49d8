#include "scan/ScanJson.h"

#include "policy/JsonText.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <thread>

namespace kilotse {

using ojson = nlohmann::ordered_json;

namespace {

std::string u8(const QString& s)
{
    return s.toStdString();
}

// UTF-8 length of text[from, to) — counts surrogate pairs as one 4-byte character.
qsizetype utf8Length(QStringView text, qsizetype from, qsizetype to)
{
    qsizetype bytes = 0;
    const char16_t* p = text.utf16();
    qsizetype k = from;
    while (k < to) {
        // ASCII four code units at a time (the bulk of German text between two findings).
        if (k + 4 <= to) {
            std::uint64_t units;
            std::memcpy(&units, p + k, sizeof units);
            if ((units & 0xFF80FF80FF80FF80ull) == 0) {
                bytes += 4;
                k += 4;
                continue;
            }
        }
        const char16_t c = p[k++];
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(c) && k < to && QChar::isLowSurrogate(p[k])) {
            bytes += 4;
            ++k;
        } else
            bytes += 3;
    }
    return bytes;
}

} // namespace

namespace {

// A byte buffer in front of the sink; JSON pieces are written straight into it and handed on in
// pieces of about 64 KiB, always at the end of a token (never inside a UTF-8 sequence).
class JsonStream
{
public:
    JsonStream(const ByteSink& sink, ScanJsonStyle style) : m_sink(sink), m_style(style), m_buf(kChunk + 1024, '\0') {}

    bool ok() const { return m_ok; }
    bool pretty() const { return m_style == ScanJsonStyle::Pretty; }

    void raw(std::string_view s)
    {
        char* p = room(s.size());
        std::memcpy(p, s.data(), s.size());
        m_len += s.size();
    }
    void ch(char c) { *room(1) = c, ++m_len; }
    void integer(long long v)
    {
        char* p = room(24);
        m_len = static_cast<std::size_t>(std::to_chars(p, p + 24, v).ptr - m_buf.data());
    }
    // 0..1 rounded to hundredths, in the shortest form ("0.9", "0.85", "1.0") — as nlohmann wrote it.
    void confidence(double c)
    {
        const int h = std::clamp(static_cast<int>(std::lround(c * 100)), 0, 100);
        char* p = room(4);
        char* const start = p;
        if (h == 100) {
            *p++ = '1', *p++ = '.', *p++ = '0';
        } else {
            *p++ = '0', *p++ = '.', *p++ = static_cast<char>('0' + h / 10);
            if (h % 10 != 0)
                *p++ = static_cast<char>('0' + h % 10);
        }
        m_len += static_cast<std::size_t>(p - start);
    }
    // A JSON string from UTF-16: UTF-8 out, control characters escaped, lone surrogates as U+FFFD.
    void string(QStringView s)
    {
        const qsizetype n = s.size();
        char* p = room(static_cast<std::size_t>(n) * 6 + 2); // "\u001f" is the longest form of one unit
        char* const start = p;
        *p++ = '"';
        const char16_t* u = s.utf16();
        for (qsizetype k = 0; k < n; ++k) {
            const char32_t c = u[k];
            if (c >= 0x20 && c < 0x80) {
                if (c == u'"' || c == u'\\')
                    *p++ = '\\';
                *p++ = static_cast<char>(c);
            } else if (c < 0x20) {
                p = escapeControl(p, c);
            } else if (c < 0x800) {
                *p++ = static_cast<char>(0xC0 | (c >> 6));
                *p++ = static_cast<char>(0x80 | (c & 0x3F));
            } else if (QChar::isHighSurrogate(c) && k + 1 < n && QChar::isLowSurrogate(u[k + 1])) {
                const char32_t cp = QChar::surrogateToUcs4(static_cast<char16_t>(c), u[k + 1]);
                ++k;
                *p++ = static_cast<char>(0xF0 | (cp >> 18));
                *p++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
                *p++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                *p++ = static_cast<char>(0x80 | (cp & 0x3F));
            } else {
                const char32_t cp = QChar::isSurrogate(c) ? char32_t{0xFFFD} : c;
                *p++ = static_cast<char>(0xE0 | (cp >> 12));
                *p++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                *p++ = static_cast<char>(0x80 | (cp & 0x3F));
            }
        }
        *p++ = '"';
        m_len += static_cast<std::size_t>(p - start);
    }
    void string(const QString& s) { string(QStringView(s)); }

    // Layout: a new line with `depth` levels of two blanks (pretty only).
    void newline(int depth)
    {
        if (!pretty())
            return;
        const auto width = static_cast<std::size_t>(depth) * 2;
        char* p = room(width + 1);
        *p = '\n';
        std::memset(p + 1, ' ', width);
        m_len += width + 1;
    }
    void key(std::string_view name, int depth, bool first)
    {
        if (!first)
            ch(',');
        newline(depth);
        ch('"');
        raw(name);
        raw(pretty() ? "\": " : "\":");
    }

    // Hands a full chunk on; called between findings.
    void flushIfFull()
    {
        if (m_len >= kChunk)
            flush();
    }
    bool finish()
    {
        flush();
        return m_ok;
    }

private:
    static constexpr std::size_t kChunk = 64 * 1024;

    // A pointer to at least `n` free bytes at the end of the buffer, flushing (or growing) first.
    char* room(std::size_t n)
    {
        if (m_len + n > m_buf.size()) {
            flush();
            if (n > m_buf.size())
                m_buf.resize(n);
        }
        return m_buf.data() + m_len;
    }
    static char* escapeControl(char* p, char32_t c)
    {
        static constexpr char kHex[] = "0123456789abcdef";
        *p++ = '\\';
        switch (c) {
        case u'\n':
            *p++ = 'n';
            return p;
        case u'\t':
            *p++ = 't';
            return p;
        case u'\r':
            *p++ = 'r';
            return p;
        case u'\b':
            *p++ = 'b';
            return p;
        case u'\f':
            *p++ = 'f';
            return p;
        default:
            *p++ = 'u', *p++ = '0', *p++ = '0';
            *p++ = kHex[(c >> 4) & 0xF];
            *p++ = kHex[c & 0xF];
            return p;
        }
    }
    void flush()
    {
        if (m_ok && m_len > 0)
            m_ok = m_sink(m_buf.data(), m_len);
        m_len = 0;
    }

    const ByteSink& m_sink;
    ScanJsonStyle m_style;
    std::string m_buf;
    std::size_t m_len = 0;
    bool m_ok = true;
};

void writeFinding(JsonStream& out, const ScanRules& rules, const ScanFinding& f, qsizetype utf8Start, qsizetype utf8Len,
                  int depth, bool typed)
{
    out.ch('{');
    bool first = true;
    if (typed) {
        out.key("type", depth + 1, true);
        out.raw("\"finding\"");
        first = false;
    }
    out.key("category", depth + 1, first);
    out.string(scanCategoryId(f.category));
    out.key("label", depth + 1, false);
    out.string(rules.info(f.category).label);
    out.key("start", depth + 1, false);
    out.integer(f.start);
    out.key("length", depth + 1, false);
    out.integer(f.length);
    out.key("utf8_start", depth + 1, false);
    out.integer(utf8Start);
    out.key("utf8_length", depth + 1, false);
    out.integer(utf8Len);
    out.key("text", depth + 1, false);
    out.string(f.text);
    out.key("confidence", depth + 1, false);
    out.confidence(f.confidence);
    out.key("explanation", depth + 1, false);
    out.string(f.explanation);
    out.newline(depth);
    out.ch('}');
}

} // namespace

namespace {

// Writes findings [from, to); `utf8Pos`/`utf16Pos` are the UTF-8 and UTF-16 offsets of the last
// finding's start written before (0/0 at the beginning) and are advanced.
void writeFindingRange(JsonStream& out, const ScanRules& rules, QStringView text, const QList<ScanFinding>& findings,
                       qsizetype from, qsizetype to, qsizetype& utf8Pos, qsizetype& utf16Pos, bool lines)
{
    const int findingDepth = lines ? 0 : 2;
    for (qsizetype k = from; k < to && out.ok(); ++k) {
        const ScanFinding& f = findings[k];
        utf8Pos += utf8Length(text, utf16Pos, f.start);
        utf16Pos = f.start;
        if (!lines) {
            if (k > 0)
                out.ch(',');
            out.newline(findingDepth);
        }
        writeFinding(out, rules, f, utf8Pos, utf8Length(text, f.start, f.end()), findingDepth, lines);
        if (lines)
            out.ch('\n');
        out.flushIfFull();
    }
}

} // namespace

bool writeScanJson(const ByteSink& sink, ScanJsonStyle style, const ScanRules& rules, QStringView text,
                   const QList<ScanFinding>& findings, const ScanSummary& summary, const ScanSuggestion& suggestion,
                   int threads)
{
    JsonStream out(sink, style);
    const bool lines = style == ScanJsonStyle::Lines;
    if (!lines) {
        out.ch('{');
        out.key("findings", 1, true);
        out.ch('[');
    }
    qsizetype utf8Pos = 0;
    qsizetype utf16Pos = 0;
    const qsizetype n = findings.size();
    constexpr qsizetype kBlock = 16384;
    if (threads < 2 || n < kBlock) {
        writeFindingRange(out, rules, text, findings, 0, n, utf8Pos, utf16Pos, lines);
    } else {
        // Long results: each block of findings is written by two threads into two buffers, which
        // are then handed on in order — the same bytes, a block's worth of memory.
        for (qsizetype blockFrom = 0; blockFrom < n && out.ok(); blockFrom += kBlock) {
            const qsizetype blockTo = std::min(n, blockFrom + kBlock);
            const qsizetype mid = blockFrom + (blockTo - blockFrom) / 2;
            std::string first;
            std::string second;
            qsizetype secondUtf8 = 0;
            qsizetype secondUtf16 = 0;
            const qsizetype base8 = utf8Pos;
            const qsizetype base16 = utf16Pos;
            std::thread helper([&, base8, base16] {
                // The helper starts at `mid` with the offsets of findings[mid] itself.
                secondUtf8 = base8 + utf8Length(text, base16, findings[mid].start);
                secondUtf16 = findings[mid].start;
                const ByteSink toSecond = [&second](const char* data, std::size_t size) {
                    second.append(data, size);
                    return true;
                };
                JsonStream piece(toSecond, style);
                writeFindingRange(piece, rules, text, findings, mid, blockTo, secondUtf8, secondUtf16, lines);
                piece.finish();
            });
            const ByteSink toFirst = [&first](const char* data, std::size_t size) {
                first.append(data, size);
                return true;
            };
            JsonStream piece(toFirst, style);
            writeFindingRange(piece, rules, text, findings, blockFrom, mid, utf8Pos, utf16Pos, lines);
            piece.finish();
            helper.join();
            utf8Pos = secondUtf8;
            utf16Pos = secondUtf16;
            out.raw({first.data(), first.size()});
            out.raw({second.data(), second.size()});
            out.flushIfFull();
        }
    }
    if (!out.ok())
        return false;
    const int depth = 1;
    if (lines) {
        out.ch('{');
        out.key("type", depth, true);
        out.raw("\"summary\"");
    } else {
        if (!findings.isEmpty())
            out.newline(1);
        out.ch(']');
    }
    out.key("suggested_level", depth, false);
    out.integer(suggestion.level);
    out.key("suggested_verdict", depth, false);
    out.string(suggestion.verdictId);
    out.key("suggested_answers", depth, false);
    out.ch('{');
    bool firstKey = true;
    for (auto it = summary.answers.cbegin(); it != summary.answers.cend(); ++it) {
        if (!firstKey)
            out.ch(',');
        firstKey = false;
        out.newline(depth + 1);
        out.string(it.key());
        out.raw(out.pretty() ? ": " : ":");
        out.string(it.value());
    }
    if (!firstKey)
        out.newline(depth);
    out.ch('}');
    out.key("counts", depth, false);
    out.ch('{');
    firstKey = true;
    for (int k = 0; k < kScanCategoryCount; ++k) {
        const int count = summary.counts[static_cast<std::size_t>(k)];
        if (count <= 0)
            continue;
        if (!firstKey)
            out.ch(',');
        firstKey = false;
        out.newline(depth + 1);
        out.string(scanCategoryId(static_cast<ScanCategory>(k)));
        out.raw(out.pretty() ? ": " : ":");
        out.integer(count);
    }
    if (!firstKey)
        out.newline(depth);
    out.ch('}');
    out.key("offsets", depth, false);
    out.raw("\"utf16\"");
    out.key("pseudonymised_is_personal", depth, false);
    out.raw(rules.pseudonymisedIsPersonal ? "true" : "false");
    out.newline(0);
    out.raw("}\n");
    return out.finish();
}

QByteArray scanToJson(const ScanRules& rules, QStringView text, const QList<ScanFinding>& findings,
                      const ScanSummary& summary, const ScanSuggestion& suggestion, ScanJsonStyle style)
{
    QByteArray result;
    writeScanJson(
        [&result](const char* data, std::size_t size) {
            result.append(data, static_cast<qsizetype>(size));
            return true;
        },
        style, rules, text, findings, summary, suggestion);
    return result;
}

QByteArray pseudonymisedToJson(const Pseudonymised& result, const ScanRules& rules)
{
    ojson mapping = ojson::array();
    for (const PseudonymEntry& e : result.entries)
        mapping.push_back(ojson{{"placeholder", u8(e.placeholder)},
                                {"category", u8(scanCategoryId(e.category))},
                                {"original", u8(e.original)}});
    const ojson doc{{"text", u8(result.text)},
                    {"replaced", result.replaced},
                    {"mapping", mapping},
                    {"pseudonymised_is_personal", rules.pseudonymisedIsPersonal},
                    {"note", u8(rules.pseudonymisedNote)}};
    return QByteArray::fromStdString(doc.dump(2) + "\n");
}

bool pseudonymMappingFromJson(const QByteArray& bytes, QList<PseudonymEntry>* entries, QString* error)
{
    Diagnostics problems;
    const auto doc = json::JsonText::parse(bytes, QStringLiteral("mapping"), problems);
    if (!doc) {
        *error = problems.isEmpty() ? QStringLiteral("not JSON") : problems.first().toString();
        return false;
    }
    const auto& root = doc->root();
    const auto mapping = root.is_object() ? root.find("mapping") : root.end();
    if (!root.is_object() || mapping == root.end() || !mapping->is_array()) {
        *error = QStringLiteral("the mapping file needs an array \"mapping\"");
        return false;
    }
    for (std::size_t i = 0; i < mapping->size(); ++i) {
        const auto& e = (*mapping)[i];
        const auto p = e.is_object() ? e.find("placeholder") : e.end();
        const auto o = e.is_object() ? e.find("original") : e.end();
        if (!e.is_object() || p == e.end() || o == e.end() || !p->is_string() || !o->is_string()) {
            *error = QStringLiteral("/mapping/%1: needs \"placeholder\" and \"original\" strings").arg(i);
            return false;
        }
        const auto c = e.find("category");
        entries->append({QString::fromStdString(p->get<std::string>()), QString::fromStdString(o->get<std::string>()),
                         c != e.end() && c->is_string()
                             ? scanCategoryFromId(QString::fromStdString(c->get<std::string>()))
                             : ScanCategory::Count});
    }
    return true;
}

} // namespace kilotse
