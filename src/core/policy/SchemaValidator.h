#pragma once

// Internal to src/core. Checks a JSON document against one of the bundled JSON Schemas
// (policies/schema/*.schema.json) so that the schema files editors use and the checks the app
// runs are one and the same. Supports the subset those schemas use: type, required, properties,
// additionalProperties (false or a schema), propertyNames, enum, const, items, minItems, maxItems,
// minLength, maxLength, pattern, minimum, maximum, minProperties, maxProperties and local
// "$ref": "#/$defs/NAME". Fails closed: a schema with any other keyword is refused when the
// validator is built (std::invalid_argument), so no schema can be checked only in part.

#include "policy/JsonText.h"

#include <QHash>
#include <QRegularExpression>

namespace kilotse::json {

class SchemaValidator
{
public:
    // Throws std::invalid_argument naming the keyword and its place when the schema uses a keyword
    // this validator does not implement, or a "$ref" it cannot resolve.
    explicit SchemaValidator(nlohmann::json schema);

    // Loads a bundled schema by file name (e.g. "manifest.schema.json"). Throws std::runtime_error
    // if the bundled schema is broken — that is a build defect, not a user error.
    static const SchemaValidator& bundled(const QString& schemaFileName);

    // Appends one diagnostic per violation; returns true when the document conforms.
    bool validate(const JsonText& document, Diagnostics& out) const;

private:
    void check(const nlohmann::json& schema, const nlohmann::json& value, const QString& pointer,
               const JsonText& document, Diagnostics& out) const;
    const nlohmann::json& resolve(const nlohmann::json& schema) const;
    const QRegularExpression& regex(const std::string& pattern) const;
    void checkSupported(const nlohmann::json& schema, const std::string& where) const;

    nlohmann::json m_schema;
    mutable QHash<QString, QRegularExpression> m_regexCache;
};

} // namespace kilotse::json
