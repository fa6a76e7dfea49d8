#include "policy/JsonText.h"

#include "TestSupport.h"

using kilotse::Diagnostics;
using kilotse::json::JsonText;

namespace {
Diagnostics parseProblems(const QByteArray& bytes)
{
    Diagnostics out;
    const auto text = JsonText::parse(bytes, QStringLiteral("input.json"), out);
    if (text)
        REQUIRE(out.isEmpty());
    return out;
}
} // namespace

TEST_CASE("jsonText_positions_pointToTheValue", "[json]")
{
    Diagnostics out;
    const auto text =
        JsonText::parse("{\n  \"a\": [1,\n    {\"b\": \"ü\", \"c\": true}]\n}", QStringLiteral("x.json"), out);
    REQUIRE(text);
    const auto d = text->at(QStringLiteral("/a/1/c"), "invalid-value", QStringLiteral("m"));
    CHECK(d.line == 3);
    CHECK(d.column == 21); // columns count characters: "ü" is one
    const auto k = text->atKey(QStringLiteral("/a/1/c"), "unknown-field", QStringLiteral("m"));
    CHECK(k.column == 16);
    // A pointer that does not exist is placed at its nearest existing parent.
    CHECK(text->at(QStringLiteral("/a/1/zzz"), "missing-field", QStringLiteral("m")).line == 3);
}

TEST_CASE("jsonText_hostileInput_isRejectedWithAPositionedError", "[json][hostile]")
{
    CHECK(parseProblems(QByteArray("123\0 456", 8)).value(0).code == QStringLiteral("nul-byte"));
    CHECK(parseProblems(QByteArray(5000, '[') + QByteArray(5000, ']')).value(0).code == QStringLiteral("too-deep"));
    CHECK(parseProblems(QByteArray(64, '[') + QByteArray(64, ']')).isEmpty());
    const auto big = parseProblems(QByteArray(kilotse::json::kMaxFileBytes + 1, ' '));
    CHECK(big.value(0).code == QStringLiteral("too-large"));
    CHECK(parseProblems("{\"a\": \"\xff\xfe\"}").value(0).code == QStringLiteral("syntax"));
    CHECK(parseProblems("\x89PNG\r\n\x1a\n").value(0).code == QStringLiteral("syntax"));
    CHECK(parseProblems("{} {}").value(0).code == QStringLiteral("syntax"));
    CHECK(parseProblems("").value(0).code == QStringLiteral("syntax"));
    const auto dup = parseProblems("{\"a\": 1,\n \"a\": 2}");
    REQUIRE(dup.size() == 1);
    CHECK(dup[0].code == QStringLiteral("duplicate-key"));
    CHECK(dup[0].line == 2);
    // Brackets inside strings do not count as nesting.
    CHECK(parseProblems("{\"s\": \"" + QByteArray(500, '[') + "\"}").isEmpty());
    // Markup is just text.
    CHECK(parseProblems("{\"s\": \"<script>alert(1)</script>\"}").isEmpty());
    // A byte order mark is accepted and positions still count from the first character.
    Diagnostics out;
    CHECK(JsonText::parse("\xEF\xBB\xBF{\"a\": 1}", QStringLiteral("bom.json"), out));
}

TEST_CASE("jsonText_syntaxError_reportsLineAndColumn", "[json]")
{
    const auto problems = parseProblems("{\n  \"a\": 1,\n  \"b\" 2\n}");
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].line == 3);
    CHECK(problems[0].column == 7);
    CHECK(problems[0].file == QStringLiteral("input.json"));
}
