#include "registry/ServiceIo.h"

#include "policy/JsonText.h"
#include "registry/ServiceFields.h"

#include <QCoreApplication>

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

// A JSON value as the canonical field text, or nullopt if it has the wrong kind.
std::optional<QString> canonical(const Json& v, const QString& field)
{
    if (field == QLatin1String("checklist")) {
        if (!v.is_object())
            return std::nullopt;
        QStringList parts;
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (!it->is_string())
                return std::nullopt;
            parts << json::qs(it.key()) + u'=' + json::qs(it->get<std::string>());
        }
        return parts.join(QStringLiteral(" | "));
    }
    if (v.is_string())
        return json::qs(v.get<std::string>());
    if (v.is_boolean())
        return v.get<bool>() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.is_number_integer())
        return QString::number(v.get<qint64>());
    if (v.is_array()) {
        QStringList items;
        for (const auto& item : v) {
            if (!item.is_string())
                return std::nullopt;
            items << json::qs(item.get<std::string>());
        }
        return items.join(QStringLiteral(" | "));
    }
    return std::nullopt;
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
            const auto text = canonical(value, field);
            if (!text) {
                result.problems.append(
                    doc->at(pointer, Diagnostic::CodeType, Tr::tr("wrong kind of value for \"%1\"").arg(field)));
                return;
            }
            const QString code = f->set(row.service, *text);
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
    if (bytes.contains('\0')) {
        result.problems.append({fileName,
                                0,
                                0,
                                {},
                                QString::fromLatin1(Diagnostic::CodeNulByte),
                                Tr::tr("the file contains NUL bytes: not a CSV text file")});
        return result;
    }
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QString firstLine = text.section(u'\n', 0, 0);
    const QChar sep = firstLine.count(u';') >= firstLine.count(u',') ? u';' : u',';

    // RFC 4180 tokenizer with line tracking.
    QList<QPair<int, QStringList>> records;
    QStringList fields;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    int line = 1;
    int recordLine = 1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text[i + 1] == u'"') {
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
            if (c == u'\r' && i + 1 < text.size() && text[i + 1] == u'\n')
                ++i;
            fields << cell;
            if (!(fields.size() == 1 && fields.first().isEmpty() && !cellWasQuoted))
                records.append({recordLine, fields});
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
        records.append({recordLine, fields});
    }
    if (records.isEmpty()) {
        result.problems.append(
            {fileName, 1, 1, {}, QString::fromLatin1(Diagnostic::CodeSyntax), Tr::tr("the file is empty")});
        return result;
    }
    QStringList header;
    for (const QString& name : records.first().second)
        header << name.trimmed();
    QList<const ServiceField*> columns;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const ServiceField* f = serviceField(header[i]);
        if (f && header.indexOf(header[i]) != i)
            result.problems.append({fileName, 1, static_cast<int>(i + 1), QStringLiteral("column %1").arg(i + 1),
                                    QString::fromLatin1(Diagnostic::CodeDuplicateKey),
                                    Tr::tr("column \"%1\" appears twice").arg(header[i])});
        if (!f)
            result.problems.append(
                {fileName, 1, static_cast<int>(i + 1), QStringLiteral("column %1").arg(i + 1),
                 QString::fromLatin1(Diagnostic::CodeUnknownField),
                 Tr::tr("unknown column \"%1\" (expected the field names of an export)").arg(header[i])});
        columns << f;
    }
    for (const QString& required : requiredFields())
        if (!header.contains(required))
            result.problems.append({fileName,
                                    1,
                                    1,
                                    {},
                                    QString::fromLatin1(Diagnostic::CodeMissingField),
                                    Tr::tr("column \"%1\" is missing").arg(required)});
    if (!result.problems.isEmpty())
        return result;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const auto& [recLine, values] = records[r];
        ImportRow row;
        row.file = fileName;
        row.line = recLine;
        row.pointer = QStringLiteral("row %1").arg(r);
        for (const ServiceField* f : columns)
            row.fields.insert(QLatin1String(f->name));
        if (values.size() != columns.size()) {
            result.problems.append(
                {fileName, recLine, 1, row.pointer, QStringLiteral("wrong-column-count"),
                 Tr::tr("the row has %1 cells, the header %2").arg(values.size()).arg(columns.size())});
            continue;
        }
        for (qsizetype c = 0; c < columns.size(); ++c) {
            QString value = values[c];
            if (value.size() >= 2 && value.startsWith(u'\'') && QStringLiteral("=+-@\t\r").contains(value[1]))
                value.remove(0, 1);
            const QString code = columns[c]->set(row.service, value);
            if (!code.isEmpty())
                result.problems.append({fileName, recLine, static_cast<int>(c + 1),
                                        row.pointer + u'/' + QLatin1String(columns[c]->name),
                                        QString::fromLatin1(Diagnostic::CodeInvalidValue), problemMessage(code)});
        }
        result.rows.append(row);
    }
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
