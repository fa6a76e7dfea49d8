#include "policy/JsonText.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>
#include <unordered_set>
#include <vector>

namespace kilotse::json {

namespace {

// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::json)
};

// Line and column (1-based, column in code points) of a byte offset.
std::pair<int, int> lineColumnIn(const QByteArray& bytes, qsizetype offset)
{
    int line = 1;
    int column = 1;
    const qsizetype end = std::min(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(bytes[i]);
        if (c == '\n') {
            ++line;
            column = 1;
        } else if ((c & 0xC0) != 0x80) { // count lead bytes only
            ++column;
        }
    }
    return {line, column};
}

// Cheap pre-pass before the real parser: NUL bytes (which would silently end nlohmann's input)
// and nesting depth (deep documents crash nlohmann's recursive dump/copy).
std::optional<Diagnostic> prescan(const QByteArray& bytes, const QString& fileName)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '\0') {
            auto [line, column] = lineColumnIn(bytes, i);
            return Diagnostic{fileName,
                              line,
                              column,
                              {},
                              QString::fromLatin1(Diagnostic::CodeNulByte),
                              Tr::tr("the file contains a NUL byte (binary data, not a JSON text file)")};
        }
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > kMaxDepth) {
                auto [line, column] = lineColumnIn(bytes, i);
                return Diagnostic{fileName,
                                  line,
                                  column,
                                  {},
                                  QString::fromLatin1(Diagnostic::CodeTooDeep),
                                  Tr::tr("nesting deeper than %1 levels is not allowed").arg(kMaxDepth)};
            }
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::nullopt;
}

// Walks a JSON text that nlohmann already accepted and records where every value starts.
class PositionIndexer
{
public:
    PositionIndexer(const QByteArray& bytes, QHash<QString, std::pair<qsizetype, qsizetype>>& out)
        : m_b(bytes), m_out(out)
    {
    }
    void run()
    {
        skipWs();
        value(QString(), -1);
    }

private:
    void skipWs()
    {
        while (m_i < m_b.size() && (m_b[m_i] == ' ' || m_b[m_i] == '\t' || m_b[m_i] == '\n' || m_b[m_i] == '\r'))
            ++m_i;
    }
    std::string string()
    {
        // m_b[m_i] == '"'; returns the raw (unescaped only for \" \\ \/ and ~) member name.
        std::string s;
        ++m_i;
        while (m_i < m_b.size() && m_b[m_i] != '"') {
            if (m_b[m_i] == '\\' && m_i + 1 < m_b.size()) {
                const char e = m_b[m_i + 1];
                if (e == 'u') {
                    // Member names with \u escapes are rare in packs; decode the BMP code point.
                    bool ok = false;
                    const uint cp = QByteArray(m_b.constData() + m_i + 2, 4).toUInt(&ok, 16);
                    s += QString(QChar(static_cast<char16_t>(cp))).toStdString();
                    m_i += 6;
                    continue;
                }
                switch (e) {
                case 'n':
                    s += '\n';
                    break;
                case 't':
                    s += '\t';
                    break;
                case 'r':
                    s += '\r';
                    break;
                case 'b':
                    s += '\b';
                    break;
                case 'f':
                    s += '\f';
                    break;
                default:
                    s += e;
                    break;
                }
                m_i += 2;
                continue;
            }
            s += m_b[m_i++];
        }
        ++m_i; // closing quote
        return s;
    }

public:
    QList<QString> duplicates; // pointers whose member name occurred twice

private:
    void value(const QString& pointer, qsizetype keyOffset)
    {
        if (m_out.contains(pointer))
            duplicates.append(pointer);
        m_out.insert(pointer, {m_i, keyOffset});
        if (m_i >= m_b.size())
            return;
        const char c = m_b[m_i];
        if (c == '{') {
            ++m_i;
            skipWs();
            if (m_i < m_b.size() && m_b[m_i] == '}') {
                ++m_i;
                return;
            }
            while (m_i < m_b.size()) {
                skipWs();
                const qsizetype keyAt = m_i;
                const std::string key = string();
                skipWs();
                ++m_i; // ':'
                skipWs();
                value(childPointer(pointer, key), keyAt);
                skipWs();
                if (m_i < m_b.size() && m_b[m_i] == ',') {
                    ++m_i;
                    continue;
                }
                ++m_i; // '}'
                return;
            }
        } else if (c == '[') {
            ++m_i;
            skipWs();
            if (m_i < m_b.size() && m_b[m_i] == ']') {
                ++m_i;
                return;
            }
            std::size_t index = 0;
            while (m_i < m_b.size()) {
                skipWs();
                value(childPointer(pointer, index++), -1);
                skipWs();
                if (m_i < m_b.size() && m_b[m_i] == ',') {
                    ++m_i;
                    continue;
                }
                ++m_i; // ']'
                return;
            }
        } else if (c == '"') {
            string();
        } else {
            while (m_i < m_b.size() && m_b[m_i] != ',' && m_b[m_i] != '}' && m_b[m_i] != ']' && m_b[m_i] != ' ' &&
                   m_b[m_i] != '\n' && m_b[m_i] != '\r' && m_b[m_i] != '\t')
                ++m_i;
        }
    }

    const QByteArray& m_b;
    QHash<QString, std::pair<qsizetype, qsizetype>>& m_out;
    qsizetype m_i = 0;
};

} // namespace

QString childPointer(const QString& parent, const std::string& key)
{
    QString k = qs(key);
    k.replace(u'~', QStringLiteral("~0"));
    k.replace(u'/', QStringLiteral("~1"));
    return parent + u'/' + k;
}

QString childPointer(const QString& parent, std::size_t index)
{
    return parent + u'/' + QString::number(index);
}

std::optional<JsonText> JsonText::parse(const QByteArray& bytes, const QString& fileName, Diagnostics& out)
{
    if (bytes.size() > kMaxFileBytes) {
        out.append(
            {fileName,
             0,
             0,
             {},
             QString::fromLatin1(Diagnostic::CodeTooLarge),
             Tr::tr("the file is %1 bytes; at most %2 bytes are accepted").arg(bytes.size()).arg(kMaxFileBytes)});
        return std::nullopt;
    }
    if (auto problem = prescan(bytes, fileName)) {
        out.append(*problem);
        return std::nullopt;
    }
    JsonText text;
    text.m_bytes = bytes;
    text.m_fileName = fileName;
    // Skip a UTF-8 byte order mark, which some Windows editors write.
    const qsizetype start = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    // Duplicate member names are detected while parsing; positions are only indexed when a
    // diagnostic needs them (most files are valid, and indexing every value costs start-up time).
    std::vector<std::unordered_set<std::string>> keys; // hashed: the translation overlay has long keys
    bool duplicate = false;
    const auto callback = [&](int, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
        using E = nlohmann::json::parse_event_t;
        if (event == E::object_start)
            keys.emplace_back();
        else if (event == E::object_end && !keys.empty())
            keys.pop_back();
        else if (event == E::key && !keys.empty() && !keys.back().insert(parsed.get<std::string>()).second)
            duplicate = true;
        return true;
    };
    try {
        text.m_root = nlohmann::json::parse(bytes.constData() + start, bytes.constData() + bytes.size(), callback);
    } catch (const nlohmann::json::parse_error& e) {
        // e.byte is 1-based and points just past the offending character.
        const qsizetype offset = std::max<qsizetype>(0, static_cast<qsizetype>(e.byte) - 1 + start);
        auto [line, column] = lineColumnIn(bytes, offset);
        QString what = QString::fromUtf8(e.what());
        // Keep only nlohmann's explanation, drop its "[json.exception.parse_error.101] parse error at..." prefix.
        const qsizetype cut = what.lastIndexOf(QStringLiteral(": "));
        if (cut >= 0)
            what = what.mid(cut + 2);
        out.append({fileName,
                    line,
                    column,
                    {},
                    QString::fromLatin1(Diagnostic::CodeSyntax),
                    Tr::tr("invalid JSON: %1").arg(what)});
        return std::nullopt;
    } catch (const nlohmann::json::out_of_range&) {
        // e.g. a number too large for a double ("1e999"); nlohmann reports no position for it.
        out.append({fileName,
                    1,
                    1,
                    {},
                    QString::fromLatin1(Diagnostic::CodeInvalidValue),
                    Tr::tr("a value cannot be represented (for example a number that is too large)")});
        return std::nullopt;
    } catch (const nlohmann::json::exception&) {
        out.append({fileName, 1, 1, {}, QString::fromLatin1(Diagnostic::CodeSyntax), Tr::tr("invalid JSON")});
        return std::nullopt;
    }
    if (duplicate) {
        for (const QString& pointer : text.indexPositions())
            out.append(text.atKey(pointer, Diagnostic::CodeDuplicateKey,
                                  Tr::tr("the member name appears twice in the same object")));
        return std::nullopt;
    }
    return text;
}

QList<QString> JsonText::indexPositions() const
{
    m_positions.clear();
    m_indexed = true;
    QHash<QString, std::pair<qsizetype, qsizetype>> raw;
    const QByteArray body = m_bytes.startsWith("\xEF\xBB\xBF") ? m_bytes.mid(3) : m_bytes;
    PositionIndexer indexer(body, raw);
    indexer.run();
    const qsizetype shift = m_bytes.size() - body.size();
    for (auto it = raw.cbegin(); it != raw.cend(); ++it)
        m_positions.insert(it.key(),
                           Position{it.value().first + shift, it.value().second < 0 ? -1 : it.value().second + shift});
    return indexer.duplicates;
}

std::pair<int, int> JsonText::lineColumn(qsizetype byteOffset) const
{
    // Line starts are computed once, so many diagnostics cost O(log n) each, not O(n).
    if (m_lineStarts.empty()) {
        m_lineStarts.push_back(m_bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0); // a BOM is not a column
        for (qsizetype i = 0; i < m_bytes.size(); ++i)
            if (m_bytes[i] == '\n')
                m_lineStarts.push_back(i + 1);
    }
    const qsizetype offset = std::clamp<qsizetype>(byteOffset, 0, m_bytes.size());
    const auto it = std::upper_bound(m_lineStarts.cbegin(), m_lineStarts.cend(), offset);
    const qsizetype line = std::max<qsizetype>(1, it - m_lineStarts.cbegin());
    int column = 1;
    for (qsizetype i = m_lineStarts[line - 1]; i < offset; ++i)
        if ((static_cast<unsigned char>(m_bytes[i]) & 0xC0) != 0x80) // count lead bytes only
            ++column;
    return {static_cast<int>(line), column};
}

Diagnostic JsonText::at(const QString& pointer, const char* code, const QString& message) const
{
    if (!m_indexed)
        indexPositions();
    QString p = pointer;
    while (!m_positions.contains(p) && !p.isEmpty())
        p.truncate(p.lastIndexOf(u'/'));
    const auto pos = m_positions.value(p);
    auto [line, column] = pos.value >= 0 ? lineColumn(pos.value) : std::pair{1, 1};
    return Diagnostic{m_fileName, line, column, pointer, QString::fromLatin1(code), message};
}

Diagnostic JsonText::atKey(const QString& pointer, const char* code, const QString& message) const
{
    if (!m_indexed)
        indexPositions();
    const auto pos = m_positions.value(pointer);
    if (pos.key < 0)
        return at(pointer, code, message);
    auto [line, column] = lineColumn(pos.key);
    return Diagnostic{m_fileName, line, column, pointer, QString::fromLatin1(code), message};
}

} // namespace kilotse::json
