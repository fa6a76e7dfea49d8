#pragma once

#include "policy/PolicyPack.h"

#include <QRegularExpression>
#include <QStringList>

namespace kilotse {

// The grammar of prompt placeholders, "{{name}}": what the loader checks in a pack and what
// filling a template replaces (content/TemplateFill.h).

// Longest value accepted for one placeholder (characters). A whole document pasted into a
// multiline field is fine; a runaway clipboard is not.
inline constexpr qsizetype kMaxPlaceholderValue = 100000;

// Checks one value for a placeholder. Returns an empty string when the value is valid (and sets
// *display to the text to insert: trimmed, dates as TT.MM.JJJJ), else a stable problem code:
// "missing-value", "multiline-in-text", "too-long", "not-a-number", "out-of-range", "not-a-date",
// "not-a-choice". An empty optional value is valid and inserts nothing.
QString checkPlaceholderValue(const Placeholder& placeholder, const QString& value, QString* display = nullptr);

// Anything between {{ and }}, captured, validated separately so malformed names can be reported.
const QRegularExpression& placeholderPattern();
// A valid name: a lower-case letter, then up to 63 lower-case letters, digits or underscores.
const QRegularExpression& placeholderNamePattern();

// Names of the {{name}} placeholders in a prompt, in order of first use. Malformed ones
// ("{{ Name }}", "{{}}", an unclosed "{{") are listed in *malformed.
QStringList placeholderNamesIn(const QString& prompt, QStringList* malformed = nullptr);

} // namespace kilotse
