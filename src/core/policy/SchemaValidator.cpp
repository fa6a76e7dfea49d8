#include "policy/SchemaValidator.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QStringList>

#include <map>
#include <memory>
#include <set>
#include <stdexcept>

namespace kilotse::json {

namespace {

// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::SchemaValidator)
};

QString typeName(const nlohmann::json& v)
{
    switch (v.type()) {
    case nlohmann::json::value_t::null:
        return QStringLiteral("null");
    case nlohmann::json::value_t::object:
        return QStringLiteral("an object");
    case nlohmann::json::value_t::array:
        return QStringLiteral("an array");
    case nlohmann::json::value_t::string:
        return QStringLiteral("a string");
    case nlohmann::json::value_t::boolean:
        return QStringLiteral("true/false");
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned:
        return QStringLiteral("an integer");
    case nlohmann::json::value_t::number_float:
        return QStringLiteral("a number with a fraction");
    default:
        return QStringLiteral("an unsupported value");
    }
}

bool hasType(const nlohmann::json& v, const std::string& type)
{
    if (type == "object")
        return v.is_object();
    if (type == "array")
        return v.is_array();
    if (type == "string")
        return v.is_string();
    if (type == "boolean")
        return v.is_boolean();
    if (type == "integer")
        return v.is_number_integer();
    if (type == "number")
        return v.is_number();
    if (type == "null")
        return v.is_null();
    return false;
}

QString article(const std::string& type)
{
    if (type == "object")
        return QStringLiteral("an object");
    if (type == "array")
        return QStringLiteral("an array");
    if (type == "string")
        return QStringLiteral("a string");
    if (type == "boolean")
        return QStringLiteral("true or false");
    if (type == "integer")
        return QStringLiteral("an integer");
    if (type == "number")
        return QStringLiteral("a number");
    return QString::fromStdString(type);
}

QString shortValue(const nlohmann::json& v)
{
    QString text = qs(v.is_string() ? v.get<std::string>() : v.dump());
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    return u'"' + text + u'"';
}

QString joined(const nlohmann::json& array)
{
    QStringList parts;
    for (const auto& item : array)
        parts << (item.is_string() ? qs(item.get<std::string>()) : qs(item.dump()));
    return parts.join(QStringLiteral(", "));
}

} // namespace

SchemaValidator::SchemaValidator(nlohmann::json schema) : m_schema(std::move(schema))
{
    checkSupported(m_schema, "#");
}

void SchemaValidator::checkSupported(const nlohmann::json& schema, const std::string& where) const
{
    if (schema.is_boolean())
        return;
    if (!schema.is_object())
        throw std::invalid_argument("schema at " + where + " is neither an object nor true/false");
    // Annotations (no effect on validity) and the keywords check() implements; nothing else.
    static const std::set<std::string> annotations{"$schema", "$id", "$comment", "title", "description"};
    static const std::set<std::string> keywords{"type",          "enum",     "const",      "minLength",
                                                "maxLength",     "pattern",  "minimum",    "maximum",
                                                "minItems",      "maxItems", "items",      "minProperties",
                                                "maxProperties", "required", "properties", "additionalProperties",
                                                "propertyNames", "$ref",     "$defs"};
    for (auto it = schema.begin(); it != schema.end(); ++it) {
        const std::string& key = it.key();
        const std::string here = where + "/" + key;
        if (annotations.count(key))
            continue;
        if (!keywords.count(key))
            throw std::invalid_argument("schema keyword \"" + key + "\" at " + where +
                                        " is not implemented by the validator (refused rather than ignored)");
        if (key == "properties" || key == "$defs") {
            for (auto p = it->begin(); p != it->end(); ++p)
                checkSupported(p.value(), here + "/" + p.key());
        } else if (key == "items" || key == "additionalProperties" || key == "propertyNames") {
            checkSupported(it.value(), here);
        } else if (key == "$ref") {
            const std::string ref = it->get<std::string>();
            const std::string prefix = "#/$defs/";
            if (ref.rfind(prefix, 0) != 0 || !m_schema.contains("$defs") ||
                !m_schema.at("$defs").contains(ref.substr(prefix.size())))
                throw std::invalid_argument("unresolvable $ref \"" + ref + "\" at " + where);
        } else if (key == "pattern") {
            if (!QRegularExpression(qs(it->get<std::string>())).isValid())
                throw std::invalid_argument("invalid pattern at " + here);
        }
    }
}

const SchemaValidator& SchemaValidator::bundled(const QString& schemaFileName)
{
    static QMutex mutex;
    static std::map<QString, std::unique_ptr<SchemaValidator>> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.find(schemaFileName);
    if (it != cache.end())
        return *it->second;
    QFile file(QStringLiteral(":/ki-lotse/policies/schema/") + schemaFileName);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("bundled schema missing: " + schemaFileName.toStdString());
    const QByteArray bytes = file.readAll();
    auto schema = nlohmann::json::parse(bytes.constData(), bytes.constData() + bytes.size());
    auto [inserted, _] = cache.emplace(schemaFileName, std::make_unique<SchemaValidator>(std::move(schema)));
    return *inserted->second;
}

bool SchemaValidator::validate(const JsonText& document, Diagnostics& out) const
{
    const auto before = out.size();
    check(m_schema, document.root(), QString(), document, out);
    return out.size() == before;
}

const nlohmann::json& SchemaValidator::resolve(const nlohmann::json& schema) const
{
    const nlohmann::json* s = &schema;
    for (int hops = 0; hops < 16 && s->is_object() && s->contains("$ref"); ++hops) {
        const std::string ref = (*s)["$ref"].get<std::string>();
        const std::string prefix = "#/$defs/";
        if (ref.rfind(prefix, 0) != 0)
            throw std::runtime_error("unsupported $ref in bundled schema: " + ref);
        s = &m_schema.at("$defs").at(ref.substr(prefix.size()));
    }
    return *s;
}

const QRegularExpression& SchemaValidator::regex(const std::string& pattern) const
{
    const QString key = qs(pattern);
    auto it = m_regexCache.find(key);
    if (it == m_regexCache.end())
        it = m_regexCache.insert(key, QRegularExpression(key));
    return *it;
}

void SchemaValidator::check(const nlohmann::json& rawSchema, const nlohmann::json& value, const QString& pointer,
                            const JsonText& doc, Diagnostics& out) const
{
    const nlohmann::json& schema = resolve(rawSchema);
    if (!schema.is_object())
        return;

    if (auto t = schema.find("type"); t != schema.end()) {
        bool ok = false;
        QStringList expected;
        if (t->is_string()) {
            ok = hasType(value, t->get<std::string>());
            expected << article(t->get<std::string>());
        } else {
            for (const auto& one : *t) {
                ok = ok || hasType(value, one.get<std::string>());
                expected << article(one.get<std::string>());
            }
        }
        if (!ok) {
            out.append(
                doc.at(pointer, Diagnostic::CodeType,
                       Tr::tr("expected %1, found %2").arg(expected.join(QStringLiteral(" or ")), typeName(value))));
            return; // further checks on a value of the wrong type only add noise
        }
    }

    if (auto e = schema.find("enum"); e != schema.end()) {
        if (std::find(e->begin(), e->end(), value) == e->end())
            out.append(doc.at(pointer, Diagnostic::CodeInvalidValue,
                              Tr::tr("value %1 is not allowed (allowed: %2)").arg(shortValue(value), joined(*e))));
    }
    if (auto c = schema.find("const"); c != schema.end() && *c != value) {
        out.append(doc.at(pointer, Diagnostic::CodeInvalidValue,
                          Tr::tr("value %1 is not allowed (expected %2)").arg(shortValue(value), shortValue(*c))));
    }

    if (value.is_string()) {
        const QString text = qs(value.get<std::string>());
        const auto length = text.toUcs4().size();
        if (auto m = schema.find("minLength"); m != schema.end() && length < m->get<qsizetype>()) {
            out.append(doc.at(pointer, Diagnostic::CodeInvalidValue,
                              m->get<int>() == 1 ? Tr::tr("the text must not be empty")
                                                 : Tr::tr("the text needs at least %1 characters").arg(m->get<int>())));
        }
        if (auto m = schema.find("maxLength"); m != schema.end() && length > m->get<qsizetype>()) {
            out.append(
                doc.at(pointer, Diagnostic::CodeInvalidValue,
                       Tr::tr("the text has %1 characters; at most %2 are allowed").arg(length).arg(m->get<int>())));
        }
        if (auto p = schema.find("pattern");
            p != schema.end() && !regex(p->get<std::string>()).match(text).hasMatch()) {
            out.append(doc.at(pointer, Diagnostic::CodeInvalidValue,
                              Tr::tr("value %1 does not have the required form (pattern %2)")
                                  .arg(shortValue(value), qs(p->get<std::string>()))));
        }
    }

    if (value.is_number()) {
        const double number = value.get<double>();
        const auto minimum = schema.find("minimum");
        const auto maximum = schema.find("maximum");
        if ((minimum != schema.end() && number < minimum->get<double>()) ||
            (maximum != schema.end() && number > maximum->get<double>())) {
            out.append(
                doc.at(pointer, Diagnostic::CodeInvalidValue,
                       Tr::tr("value %1 is out of range (%2 to %3)")
                           .arg(qs(value.dump()), minimum != schema.end() ? qs(minimum->dump()) : QStringLiteral("-"),
                                maximum != schema.end() ? qs(maximum->dump()) : QStringLiteral("-"))));
        }
    }

    if (value.is_array()) {
        const auto count = static_cast<qsizetype>(value.size());
        if (auto m = schema.find("minItems"); m != schema.end() && count < m->get<qsizetype>())
            out.append(doc.at(pointer, Diagnostic::CodeInvalidValue,
                              Tr::tr("the list needs at least %1 entries, it has %2").arg(m->get<int>()).arg(count)));
        if (auto m = schema.find("maxItems"); m != schema.end() && count > m->get<qsizetype>())
            out.append(doc.at(pointer, Diagnostic::CodeInvalidValue,
                              Tr::tr("the list has %1 entries; at most %2 are allowed").arg(count).arg(m->get<int>())));
        if (auto items = schema.find("items"); items != schema.end()) {
            for (std::size_t i = 0; i < value.size(); ++i)
                check(*items, value[i], childPointer(pointer, i), doc, out);
        }
    }

    if (value.is_object()) {
        const auto count = static_cast<qsizetype>(value.size());
        if (auto m = schema.find("minProperties"); m != schema.end() && count < m->get<qsizetype>())
            out.append(doc.at(pointer, Diagnostic::CodeMissingField,
                              Tr::tr("the object needs at least %1 member(s)").arg(m->get<int>())));
        if (auto m = schema.find("maxProperties"); m != schema.end() && count > m->get<qsizetype>())
            out.append(
                doc.at(pointer, Diagnostic::CodeInvalidValue,
                       Tr::tr("the object has %1 members; at most %2 are allowed").arg(count).arg(m->get<int>())));
        if (auto required = schema.find("required"); required != schema.end()) {
            for (const auto& name : *required) {
                if (!value.contains(name.get<std::string>()))
                    out.append(doc.at(pointer, Diagnostic::CodeMissingField,
                                      Tr::tr("required field \"%1\" is missing").arg(qs(name.get<std::string>()))));
            }
        }
        const auto properties = schema.find("properties");
        const auto additional = schema.find("additionalProperties");
        const auto names = schema.find("propertyNames");
        const bool closed = additional != schema.end() && additional->is_boolean() && !additional->get<bool>();
        const bool additionalSchema = additional != schema.end() && additional->is_object();
        for (auto it = value.begin(); it != value.end(); ++it) {
            const QString child = childPointer(pointer, it.key());
            if (names != schema.end()) {
                // The member name is checked as a string; problems point at the name, not its value.
                Diagnostics nameProblems;
                check(*names, nlohmann::json(it.key()), child, doc, nameProblems);
                for (Diagnostic d : nameProblems) {
                    const Diagnostic atKey = doc.atKey(child, Diagnostic::CodeInvalidValue, QString());
                    d.line = atKey.line;
                    d.column = atKey.column;
                    d.message = Tr::tr("member name: %1").arg(d.message);
                    out.append(d);
                }
            }
            if (properties != schema.end() && properties->contains(it.key())) {
                check((*properties)[it.key()], it.value(), child, doc, out);
            } else if (additionalSchema) {
                check(*additional, it.value(), child, doc, out);
            } else if (closed) {
                QStringList allowed;
                if (properties != schema.end())
                    for (auto p = properties->begin(); p != properties->end(); ++p)
                        if (p.key() != "$schema")
                            allowed << qs(p.key());
                out.append(doc.atKey(child, Diagnostic::CodeUnknownField,
                                     Tr::tr("unknown field \"%1\" (allowed: %2)")
                                         .arg(qs(it.key()), allowed.join(QStringLiteral(", ")))));
            }
        }
    }
}

} // namespace kilotse::json
