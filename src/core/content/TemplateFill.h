#pragma once

#include "policy/Diagnostic.h"
#include "policy/PlaceholderGrammar.h"
#include "policy/PolicyPack.h"

#include <QMap>

namespace kilotse {

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
