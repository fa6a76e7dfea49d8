#pragma once

#include "policy/Diagnostic.h"
#include "policy/PolicyPack.h"

#include <QMap>

namespace kilotse {

// Longest value accepted for one placeholder (characters). A whole document pasted into a
// multiline field is fine; a runaway clipboard is not.
inline constexpr qsizetype kMaxPlaceholderValue = 100000;

// Checks one value for a placeholder. Returns an empty string when the value is valid (and sets
// *display to the text to insert: trimmed, dates as TT.MM.JJJJ), else a stable problem code:
// "missing-value", "multiline-in-text", "too-long", "not-a-number", "out-of-range", "not-a-date",
// "not-a-choice". An empty optional value is valid and inserts nothing.
QString checkPlaceholderValue(const Placeholder& placeholder, const QString& value, QString* display = nullptr);

// Names of the {{name}} placeholders in a prompt, in order of first use. Malformed ones
// ("{{ Name }}", "{{}}", an unclosed "{{") are listed in *malformed.
QStringList placeholderNamesIn(const QString& prompt, QStringList* malformed = nullptr);

struct TemplateFillResult
{
    QString text;                   // the prompt with every placeholder replaced (valid values only)
    Diagnostics problems;           // pointer "/values/<name>", code as checkPlaceholderValue or "unknown-placeholder"
    QStringList personalDataFields; // filled placeholders that may carry personal data

    bool ok() const { return problems.isEmpty(); }
    // True when the filled prompt may carry personal data: then Schutzstufe 2 applies.
    bool needsLevel2() const { return !personalDataFields.isEmpty(); }
};

// Fills a template in one pass (values are inserted literally; "{{x}}" inside a value is not
// expanded again). Every missing or invalid value is reported, not just the first.
TemplateFillResult fillTemplate(const PromptTemplate& promptTemplate, const QMap<QString, QString>& values);

} // namespace kilotse
