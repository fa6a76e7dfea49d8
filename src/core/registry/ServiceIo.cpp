#include "registry/ServiceIo.h"

#include "policy/JsonText.h"
#include "registry/ImportSource.h"
#include "registry/ServiceFields.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace kilotse {

namespace {

// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::ServiceIo)
};

using Json = nlohmann::json;
using OJson = nlohmann::ordered_json;

// JSON member -> canonical field, for the nested objects of the JSON form.
struct Nested
{
    const char* object;
    const char* member;
    const char* field;
};
constexpr Nested kNested[] = {
    {"avv", "present", "avv_present"},
    {"avv", "reference", "avv_reference"},
    {"avv", "date", "avv_date"},
    {"dpia", "done", "dpia_done"},
    {"dpia", "reference", "dpia_reference"},
    {"owner", "department", "owner_department"},
    {"owner", "contact", "owner_contact"},
};

bool isNestedField(const QString& field)
{
    for (const Nested& n : kNested)
        if (field == QLatin1String(n.field))
            return true;
    return false;
}

// The JSON kind each field must have (exact: "2" is not a number, "true" not a boolean).
enum class Kind
{
    Text,     // string
    List,     // array of strings
    Bool,     // true / false
    Date,     // "YYYY-MM-DD" or "" (not set)
    Enum,     // string id
    Level,    // integer 0, 1 or 2
    Checklist // object: item id -> "yes" | "no" | "n/a"
};

Kind fieldKind(const QString& field)
{
    static const QHash<QString, Kind> kinds{
        {QStringLiteral("models"), Kind::List},
        {QStringLiteral("use_cases"), Kind::List},
        {QStringLiteral("restrictions"), Kind::List},
        {QStringLiteral("access_requirements"), Kind::List},
        {QStringLiteral("backflow_excluded"), Kind::Bool},
        {QStringLiteral("avv_present"), Kind::Bool},
        {QStringLiteral("dpia_done"), Kind::Bool},
        {QStringLiteral("staff_council_involved"), Kind::Bool},
        {QStringLiteral("personal_data_permitted"), Kind::Bool},
        {QStringLiteral("special_secrecy_permitted"), Kind::Bool},
        {QStringLiteral("avv_date"), Kind::Date},
        {QStringLiteral("approved_on"), Kind::Date},
        {QStringLiteral("next_review"), Kind::Date},
        {QStringLiteral("deployment"), Kind::Enum},
        {QStringLiteral("location"), Kind::Enum},
        {QStringLiteral("status"), Kind::Enum},
        {QStringLiteral("ai_act_role"), Kind::Enum},
        {QStringLiteral("max_level"), Kind::Level},
        {QStringLiteral("checklist"), Kind::Checklist},
    };
    return kinds.value(field, Kind::Text);
}

QString kindText(Kind kind)
{
    switch (kind) {
    case Kind::Text:
    case Kind::Enum:
        return Tr::tr("a string");
    case Kind::List:
        return Tr::tr("an array of strings");
    case Kind::Bool:
        return Tr::tr("true or false (without quotes)");
    case Kind::Date:
        return Tr::tr("a date \"YYYY-MM-DD\" (or \"\" for none)");
    case Kind::Level:
        return Tr::tr("the number 0, 1 or 2 (without quotes)");
    case Kind::Checklist:
        return Tr::tr("an object of item ids with \"yes\", \"no\" or \"n/a\"");
    }
    return {};
}

// A JSON value as the canonical field text, or an error message when its kind is not exactly
// the field's kind.
struct Canonical
{
    QString text;
    QString error;
};

Canonical canonical(const Json& v, const QString& field)
{
    const Kind kind = fieldKind(field);
    auto wrong = [&]() { return Canonical{{}, Tr::tr("\"%1\" must be %2").arg(field, kindText(kind))}; };
    switch (kind) {
    case Kind::Checklist: {
        if (!v.is_object())
            return wrong();
        QStringList parts;
        for (auto it = v.begin(); it != v.end(); ++it) {
            const QString key = json::qs(it.key());
            if (!it->is_string() || key.trimmed().isEmpty() || key.contains(u'|') || key.contains(u'='))
                return wrong();
            parts << key + u'=' + json::qs(it->get<std::string>());
        }
        return {parts.join(QStringLiteral(" | ")), {}};
    }
    case Kind::List: {
        if (!v.is_array())
            return wrong();
        QStringList items;
        for (const auto& item : v) {
            if (!item.is_string())
                return wrong();
            const QString text = json::qs(item.get<std::string>());
            // The canonical text form joins with " | ": an entry with "|" would silently become two.
            if (text.trimmed().isEmpty() || text.contains(u'|'))
                return Canonical{{}, Tr::tr("list entries must be non-empty and without \"|\"")};
            items << text;
        }
        return {items.join(QStringLiteral(" | ")), {}};
    }
    case Kind::Bool:
        if (!v.is_boolean())
            return wrong();
        return {v.get<bool>() ? QStringLiteral("true") : QStringLiteral("false"), {}};
    case Kind::Level:
        if (!v.is_number_integer())
            return wrong();
        return {QString::number(v.get<qint64>()), {}};
    case Kind::Date: {
        if (!v.is_string())
            return wrong();
        const QString text = json::qs(v.get<std::string>());
        static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
        if (!text.isEmpty() && !iso.match(text).hasMatch())
            return wrong();
        return {text, {}};
    }
    case Kind::Text:
    case Kind::Enum:
        if (!v.is_string())
            return wrong();
        return {json::qs(v.get<std::string>()), {}};
    }
    return wrong();
}

QString problemMessage(const QString& code)
{
    if (code == QLatin1String("invalid-bool"))
        return Tr::tr("expected true or false");
    if (code == QLatin1String("invalid-date"))
        return Tr::tr("expected a date YYYY-MM-DD");
    if (code == QLatin1String("invalid-enum"))
        return Tr::tr("value not allowed");
    if (code == QLatin1String("invalid-number"))
        return Tr::tr("expected 0, 1 or 2");
    if (code == QLatin1String("invalid-checklist"))
        return Tr::tr("expected entries id=yes|no|n/a");
    return code;
}

const QStringList& requiredFields()
{
    static const QStringList fields{QStringLiteral("name"),     QStringLiteral("vendor"),
                                    QStringLiteral("product"),  QStringLiteral("deployment"),
                                    QStringLiteral("location"), QStringLiteral("max_level"),
                                    QStringLiteral("status")};
    return fields;
}

} // namespace

ServiceParseResult parseServicesJson(const QByteArray& bytes, const QString& fileName)
{
    ServiceParseResult result;
    if (bytes.size() > kMaxImportBytes) {
        result.problems.append({fileName,
                                0,
                                0,
                                {},
                                QStringLiteral("too-large"),
                                Tr::tr("the file is larger than %1 bytes").arg(kMaxImportBytes)});
        return result;
    }
    auto doc = json::JsonText::parse(bytes, fileName, result.problems);
    if (!doc)
        return result;
    const Json& root = doc->root();
    const auto format = root.is_object() ? root.find("format") : root.end();
    if (!root.is_object() || format == root.end() || !format->is_string() || *format != "ki-lotse-registry" ||
        !root.contains("services") || !root.at("services").is_array()) {
        result.problems.append(
            doc->at(QString(), Diagnostic::CodeInvalidValue,
                    Tr::tr("expected {\"format\": \"ki-lotse-registry\", \"version\": 1, \"services\": [...]}")));
        return result;
    }
    for (auto it = root.begin(); it != root.end(); ++it)
        if (it.key() != "format" && it.key() != "version" && it.key() != "services")
            result.problems.append(doc->atKey(
                json::childPointer(QString(), it.key()), Diagnostic::CodeUnknownField,
                Tr::tr("unknown field \"%1\" (expected format, version and services)").arg(json::qs(it.key()))));
    const auto version = root.find("version");
    if (version == root.end() || !version->is_number_integer() || *version != 1)
        result.problems.append(
            doc->at(QStringLiteral("/version"), Diagnostic::CodeInvalidValue, Tr::tr("only version 1 is supported")));
    const Json& list = root.at("services");
    for (std::size_t i = 0; i < list.size(); ++i) {
        const QString p = json::childPointer(QStringLiteral("/services"), i);
        const Json& item = list[i];
        ImportRow row;
        row.file = fileName;
        row.pointer = p;
        row.line = doc->at(p, "", QString()).line;
        if (!item.is_object()) {
            result.problems.append(doc->at(p, Diagnostic::CodeType, Tr::tr("expected an object")));
            continue;
        }
        QSet<QString> seen;
        auto apply = [&](const QString& field, const Json& value, const QString& pointer) {
            const ServiceField* f = serviceField(field);
            const Canonical text = canonical(value, field);
            seen.insert(field); // present, even if of the wrong kind: not also "missing"
            if (!text.error.isEmpty()) {
                result.problems.append(doc->at(pointer, Diagnostic::CodeType, text.error));
                return;
            }
            const QString code = f->set(row.service, text.text);
            if (!code.isEmpty())
                result.problems.append(doc->at(pointer, Diagnostic::CodeInvalidValue, problemMessage(code)));
            seen.insert(field);
            row.fields.insert(field);
        };
        for (auto it = item.begin(); it != item.end(); ++it) {
            const QString key = json::qs(it.key());
            const QString kp = json::childPointer(p, it.key());
            bool nestedObject = false;
            for (const Nested& n : kNested)
                nestedObject = nestedObject || key == QLatin1String(n.object);
            if (nestedObject) {
                if (!it->is_object()) {
                    result.problems.append(doc->at(kp, Diagnostic::CodeType, Tr::tr("expected an object")));
                    continue;
                }
                for (auto m = it->begin(); m != it->end(); ++m) {
                    const char* field = nullptr;
                    for (const Nested& n : kNested)
                        if (key == QLatin1String(n.object) && m.key() == n.member)
                            field = n.field;
                    if (!field)
                        result.problems.append(doc->atKey(json::childPointer(kp, m.key()), Diagnostic::CodeUnknownField,
                                                          Tr::tr("unknown field \"%1\"").arg(json::qs(m.key()))));
                    else
                        apply(QLatin1String(field), m.value(), json::childPointer(kp, m.key()));
                }
            } else if (serviceField(key) && !isNestedField(key)) {
                apply(key, it.value(), kp);
            } else {
                result.problems.append(
                    doc->atKey(kp, Diagnostic::CodeUnknownField, Tr::tr("unknown field \"%1\"").arg(key)));
            }
        }
        for (const QString& field : requiredFields())
            if (!seen.contains(field))
                result.problems.append(
                    doc->at(p, Diagnostic::CodeMissingField, Tr::tr("required field \"%1\" is missing").arg(field)));
        result.rows.append(row);
    }
    return result;
}

ServiceParseResult parseServicesCsv(const QByteArray& bytes, const QString& fileName)
{
    ServiceParseResult result;
    if (bytes.size() > kMaxImportBytes) {
        result.problems.append({fileName,
                                0,
                                0,
                                {},
                                QStringLiteral("too-large"),
                                Tr::tr("the file is larger than %1 bytes").arg(kMaxImportBytes)});
        return result;
    }
    // Only UTF-8 is read here: another encoding would turn umlauts into U+FFFD without a word.
    // importServicesFile() converts a confirmed encoding first (registry/ImportSource.h).
    const QString encoding = detectImportEncoding(bytes);
    if (encoding == QLatin1String("binary") && bytes.contains('\0')) {
        result.problems.append({fileName,
                                0,
                                0,
                                {},
                                QString::fromLatin1(Diagnostic::CodeNulByte),
                                Tr::tr("the file contains NUL bytes: not a CSV text file")});
        return result;
    }
    if (encoding != QLatin1String("utf-8")) {
        importBytesAsUtf8(bytes, QString(), fileName, &result.problems);
        return result;
    }
    QString text = QString::fromUtf8(bytes);
    qsizetype start = text.startsWith(QChar(0xFEFF)) ? 1 : 0;
    const qsizetype firstEnd = text.indexOf(u'\n', start);
    const QStringView firstLine = QStringView(text).sliced(start, (firstEnd < 0 ? text.size() : firstEnd) - start);
    const QChar sep = firstLine.count(u';') >= firstLine.count(u',') ? u';' : u',';

    // One row per line at most: reserving spares the copies of a growing list (large imports).
    result.rows.reserve(std::min<qsizetype>(text.count(u'\n') + 1, 1'000'000));
    // The header: names and the field each column sets.
    QStringList header;
    QList<const ServiceField*> columns;
    QSet<QString> givenFields;
    bool headerDone = false;
    bool headerBad = false;
    qsizetype rowNumber = 0;
    QStringList lastValues;
    // Each record becomes a row as soon as it is complete: no second copy of the whole table.
    auto handleRecord = [&](int recLine, QStringList& values) {
        if (!headerDone) {
            headerDone = true;
            for (const QString& name : values)
                header << name.trimmed();
            for (qsizetype i = 0; i < header.size(); ++i) {
                const ServiceField* f = serviceField(header[i]);
                if (f && header.indexOf(header[i]) != i)
                    result.problems.append({fileName, recLine, static_cast<int>(i + 1),
                                            QStringLiteral("column %1").arg(i + 1),
                                            QString::fromLatin1(Diagnostic::CodeDuplicateKey),
                                            Tr::tr("column \"%1\" appears twice").arg(header[i])});
                if (!f)
                    result.problems.append(
                        {fileName, recLine, static_cast<int>(i + 1), QStringLiteral("column %1").arg(i + 1),
                         QString::fromLatin1(Diagnostic::CodeUnknownField),
                         Tr::tr("unknown column \"%1\" (expected the field names of an export)").arg(header[i])});
                else
                    givenFields.insert(QLatin1String(f->name));
                columns << f;
            }
            for (const QString& required : requiredFields())
                if (!header.contains(required))
                    result.problems.append({fileName,
                                            recLine,
                                            1,
                                            {},
                                            QString::fromLatin1(Diagnostic::CodeMissingField),
                                            Tr::tr("column \"%1\" is missing").arg(required)});
            headerBad = !result.problems.isEmpty();
            return;
        }
        if (headerBad)
            return;
        ++rowNumber;
        ImportRow row;
        row.file = fileName;
        row.line = recLine;
        row.pointer = QStringLiteral("row %1").arg(rowNumber);
        row.fields = givenFields; // implicitly shared by every row
        if (values.size() != columns.size()) {
            result.problems.append(
                {fileName, recLine, 1, row.pointer, QStringLiteral("wrong-column-count"),
                 Tr::tr("the row has %1 cells, the header %2").arg(values.size()).arg(columns.size())});
            return;
        }
        lastValues.resize(columns.size());
        for (qsizetype c = 0; c < columns.size(); ++c) {
            QString& value = values[c];
            // A value equal to the one above shares its text (a vendor repeated in every row of a
            // large file is then stored once).
            if (value == lastValues[c])
                value = lastValues[c];
            else
                lastValues[c] = value;
            if (value.size() >= 2 && value.startsWith(u'\'') && QStringLiteral("=+-@\t\r").contains(value[1]))
                value.remove(0, 1);
            const QString code = columns[c]->set(row.service, value);
            if (!code.isEmpty())
                result.problems.append({fileName, recLine, static_cast<int>(c + 1),
                                        row.pointer + u'/' + QLatin1String(columns[c]->name),
                                        QString::fromLatin1(Diagnostic::CodeInvalidValue), problemMessage(code)});
        }
        result.rows.append(std::move(row));
    };

    // RFC 4180 tokenizer with line tracking.
    QStringList fields;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    bool anyRecord = false;
    int line = 1;
    int recordLine = 1;
    const QChar* data = text.constData();
    const qsizetype size = text.size();
    for (qsizetype i = start; i < size; ++i) {
        const QChar c = data[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < size && data[i + 1] == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == u'"' && cell.isEmpty()) {
            quoted = cellWasQuoted = true;
        } else if (c == sep) {
            fields << cell;
            cell.clear();
            cellWasQuoted = false;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < size && data[i + 1] == u'\n')
                ++i;
            fields << cell;
            if (!(fields.size() == 1 && fields.first().isEmpty() && !cellWasQuoted)) {
                anyRecord = true;
                handleRecord(recordLine, fields);
            }
            fields.clear();
            cell.clear();
            cellWasQuoted = false;
            ++line;
            recordLine = line;
        } else {
            cell += c;
        }
    }
    if (quoted)
        result.problems.append({fileName,
                                recordLine,
                                1,
                                {},
                                QString::fromLatin1(Diagnostic::CodeSyntax),
                                Tr::tr("a quoted cell is not closed")});
    if (!cell.isEmpty() || !fields.isEmpty()) {
        fields << cell;
        anyRecord = true;
        handleRecord(recordLine, fields);
    }
    if (!anyRecord) {
        result.problems.append(
            {fileName, 1, 1, {}, QString::fromLatin1(Diagnostic::CodeSyntax), Tr::tr("the file is empty")});
        return result;
    }
    if (headerBad)
        result.rows.clear();
    return result;
}

QByteArray servicesToJson(const QList<Service>& services)
{
    OJson list = OJson::array();
    for (const Service& s : services) {
        OJson o;
        OJson avv, dpia, owner;
        auto strings = [](const QStringList& l) {
            OJson a = OJson::array();
            for (const QString& v : l)
                a.push_back(v.toStdString());
            return a;
        };
        auto date = [](const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string(); };
        o["name"] = s.name.toStdString();
        o["vendor"] = s.vendor.toStdString();
        o["product"] = s.product.toStdString();
        o["models"] = strings(s.models);
        o["deployment"] = deploymentId(s.deployment).toStdString();
        o["location"] = locationId(s.location).toStdString();
        o["backflow_excluded"] = s.backflowExcluded;
        o["input_retention"] = s.inputRetention.toStdString();
        o["avv"] =
            OJson{{"present", s.avvPresent}, {"reference", s.avvReference.toStdString()}, {"date", date(s.avvDate)}};
        o["dpia"] = OJson{{"done", s.dpiaDone}, {"reference", s.dpiaReference.toStdString()}};
        o["staff_council_involved"] = s.staffCouncilInvolved;
        o["max_level"] = s.maxLevel;
        o["personal_data_permitted"] = s.personalDataPermitted;
        o["special_secrecy_permitted"] = s.specialSecrecyPermitted;
        o["use_cases"] = strings(s.useCases);
        o["restrictions"] = strings(s.restrictions);
        o["access_url"] = s.accessUrl.toStdString();
        o["access_requirements"] = strings(s.accessRequirements);
        o["owner"] = OJson{{"department", s.ownerDepartment.toStdString()}, {"contact", s.ownerContact.toStdString()}};
        o["status"] = statusId(s.status).toStdString();
        o["approved_on"] = date(s.approvedOn);
        o["next_review"] = date(s.nextReview);
        o["ai_act_role"] = aiActRoleId(s.aiActRole).toStdString();
        o["notes"] = s.notes.toStdString();
        OJson checklist = OJson::object();
        for (auto it = s.checklist.cbegin(); it != s.checklist.cend(); ++it)
            checklist[it.key().toStdString()] = it.value().toStdString();
        o["checklist"] = checklist;
        list.push_back(o);
    }
    const OJson root{{"format", "ki-lotse-registry"}, {"version", 1}, {"services", list}};
    return QByteArray::fromStdString(root.dump(2, ' ', false, OJson::error_handler_t::replace) + "\n");
}

QByteArray servicesToCsv(const QList<Service>& services)
{
    auto cell = [](QString v) {
        if (!v.isEmpty() && QStringLiteral("=+-@\t\r").contains(v[0]))
            v.prepend(u'\'');
        if (v.contains(u';') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r') || v.contains(u','))
            v = u'"' + QString(v).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
        return v;
    };
    QStringList lines;
    QStringList header;
    for (const ServiceField& f : serviceFields())
        header << QLatin1String(f.name);
    lines << header.join(u';');
    for (const Service& s : services) {
        QStringList row;
        for (const ServiceField& f : serviceFields())
            row << cell(f.get(s));
        lines << row.join(u';');
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace kilotse
