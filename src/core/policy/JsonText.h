#pragma once

// Internal to src/core: safe JSON parsing with source positions. Never include from gui/ or cli/.

#include "policy/Diagnostic.h"

#include <QByteArray>
#include <QHash>

#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

namespace kilotse::json {

// Limits that protect every JSON reader in KI-Lotse against hostile input.
inline constexpr qsizetype kMaxFileBytes = 8 * 1024 * 1024;
inline constexpr int kMaxDepth = 64;

// A parsed JSON document that still knows where each value stood in its text, so that
// every later check can report file, line, column and JSON pointer.
class JsonText
{
public:
    // Parses `bytes`; on failure returns nullopt and appends one diagnostic (never throws).
    // Rejects: more than kMaxFileBytes, NUL bytes, nesting deeper than kMaxDepth, invalid UTF-8,
    // and anything that is not exactly one JSON value.
    static std::optional<JsonText> parse(const QByteArray& bytes, const QString& fileName, Diagnostics& out);

    const nlohmann::json& root() const { return m_root; }
    // For replacing string values (a translation overlay). Positions stay those of the original
    // text, so diagnostics still point at the right place.
    nlohmann::json& mutableRoot() { return m_root; }
    const QString& fileName() const { return m_fileName; }

    // A diagnostic positioned at the value `pointer` points to (or at its nearest existing parent).
    Diagnostic at(const QString& pointer, const char* code, const QString& message) const;
    // Same, but positioned at the member name of an object member (for "unknown field").
    Diagnostic atKey(const QString& pointer, const char* code, const QString& message) const;

private:
    struct Position
    {
        qsizetype value = -1;
        qsizetype key = -1;
    };
    QList<QString> indexPositions() const; // fills m_positions; returns pointers of duplicated member names
    std::pair<int, int> lineColumn(qsizetype byteOffset) const;

    QByteArray m_bytes;
    QString m_fileName;
    nlohmann::json m_root;
    mutable QHash<QString, Position> m_positions; // built on first use (only diagnostics need it)
    mutable bool m_indexed = false;
    mutable std::vector<qsizetype> m_lineStarts; // byte offset of every line start, built on first use
};

// "/a/b~1c" style pointer building with RFC 6901 escaping.
QString childPointer(const QString& parent, const std::string& key);
QString childPointer(const QString& parent, std::size_t index);

// UTF-8 std::string → QString.
inline QString qs(const std::string& s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

} // namespace kilotse::json
