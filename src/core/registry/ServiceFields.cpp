#include "registry/ServiceFields.h"

namespace kilotse {

namespace {
const QString kSep = QStringLiteral(" | ");

QString fromList(const QStringList& l)
{
    return l.join(kSep);
}
QStringList toList(const QString& s)
{
    QStringList out;
    for (const QString& part : s.split(u'|'))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}
QString fromBool(bool b)
{
    return b ? QStringLiteral("true") : QStringLiteral("false");
}
QString toBool(bool& out, const QString& s)
{
    const QString v = s.trimmed().toLower();
    if (v == QLatin1String("true") || v == QLatin1String("ja") || v == QLatin1String("1")) {
        out = true;
        return {};
    }
    if (v == QLatin1String("false") || v == QLatin1String("nein") || v == QLatin1String("0") || v.isEmpty()) {
        out = false;
        return {};
    }
    return QStringLiteral("invalid-bool");
}
QString fromDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
QString toDate(QDate& out, const QString& s)
{
    const QString v = s.trimmed();
    if (v.isEmpty()) {
        out = QDate();
        return {};
    }
    QDate d = QDate::fromString(v, Qt::ISODate);
    if (!d.isValid())
        d = QDate::fromString(v, QStringLiteral("dd.MM.yyyy"));
    if (!d.isValid())
        return QStringLiteral("invalid-date");
    out = d;
    return {};
}
QString fromChecklist(const QMap<QString, QString>& c)
{
    QStringList parts;
    for (auto it = c.cbegin(); it != c.cend(); ++it)
        parts << it.key() + u'=' + it.value();
    return parts.join(kSep);
}
QString toChecklist(QMap<QString, QString>& out, const QString& s)
{
    QMap<QString, QString> c;
    for (const QString& part : toList(s)) {
        const qsizetype eq = part.indexOf(u'=');
        const QString value = eq > 0 ? part.mid(eq + 1).trimmed() : QString();
        if (eq <= 0 || (value != QLatin1String("yes") && value != QLatin1String("no") && value != QLatin1String("n/a")))
            return QStringLiteral("invalid-checklist");
        c.insert(part.left(eq).trimmed(), value);
    }
    out = c;
    return {};
}

#define TEXT_FIELD(col, member)                                                                                        \
    ServiceField                                                                                                       \
    {                                                                                                                  \
        col, [](const Service& s) { return s.member; }, [](Service& s, const QString& v) {                             \
            s.member = v.trimmed();                                                                                    \
            return QString();                                                                                          \
        }                                                                                                              \
    }
#define LIST_FIELD(col, member)                                                                                        \
    ServiceField                                                                                                       \
    {                                                                                                                  \
        col, [](const Service& s) { return fromList(s.member); }, [](Service& s, const QString& v) {                   \
            s.member = toList(v);                                                                                      \
            return QString();                                                                                          \
        }                                                                                                              \
    }
#define BOOL_FIELD(col, member)                                                                                        \
    ServiceField                                                                                                       \
    {                                                                                                                  \
        col, [](const Service& s) { return fromBool(s.member); },                                                      \
            [](Service& s, const QString& v) { return toBool(s.member, v); }                                           \
    }
#define DATE_FIELD(col, member)                                                                                        \
    ServiceField                                                                                                       \
    {                                                                                                                  \
        col, [](const Service& s) { return fromDate(s.member); },                                                      \
            [](Service& s, const QString& v) { return toDate(s.member, v); }                                           \
    }
#define ENUM_FIELD(col, member, idf, parsef)                                                                           \
    ServiceField                                                                                                       \
    {                                                                                                                  \
        col, [](const Service& s) { return idf(s.member); }, [](Service& s, const QString& v) {                        \
            const auto parsed = parsef(v.trimmed());                                                                   \
            if (!parsed)                                                                                               \
                return QStringLiteral("invalid-enum");                                                                 \
            s.member = *parsed;                                                                                        \
            return QString();                                                                                          \
        }                                                                                                              \
    }
} // namespace

const QList<ServiceField>& serviceFields()
{
    static const QList<ServiceField> fields{
        // Names are stored in Unicode NFC, so "Mu\u0308nchen" (NFD, as macOS writes it) and "München"
        // are the same name (compared after case folding as well, see serviceNameKey()).
        ServiceField{"name", [](const Service& s) { return s.name; },
                     [](Service& s, const QString& v) {
                         s.name = v.trimmed().normalized(QString::NormalizationForm_C);
                         return QString();
                     }},
        TEXT_FIELD("vendor", vendor),
        TEXT_FIELD("product", product),
        LIST_FIELD("models", models),
        ENUM_FIELD("deployment", deployment, deploymentId, parseDeployment),
        ENUM_FIELD("location", location, locationId, parseLocation),
        BOOL_FIELD("backflow_excluded", backflowExcluded),
        TEXT_FIELD("input_retention", inputRetention),
        BOOL_FIELD("avv_present", avvPresent),
        TEXT_FIELD("avv_reference", avvReference),
        DATE_FIELD("avv_date", avvDate),
        BOOL_FIELD("dpia_done", dpiaDone),
        TEXT_FIELD("dpia_reference", dpiaReference),
        BOOL_FIELD("staff_council_involved", staffCouncilInvolved),
        ServiceField{"max_level", [](const Service& s) { return QString::number(s.maxLevel); },
                     [](Service& s, const QString& v) {
                         bool ok = false;
                         const int level = v.trimmed().toInt(&ok);
                         if (!ok || level < 0 || level > 2)
                             return QStringLiteral("invalid-number");
                         s.maxLevel = level;
                         return QString();
                     }},
        BOOL_FIELD("personal_data_permitted", personalDataPermitted),
        BOOL_FIELD("special_secrecy_permitted", specialSecrecyPermitted),
        LIST_FIELD("use_cases", useCases),
        LIST_FIELD("restrictions", restrictions),
        TEXT_FIELD("access_url", accessUrl),
        LIST_FIELD("access_requirements", accessRequirements),
        TEXT_FIELD("owner_department", ownerDepartment),
        TEXT_FIELD("owner_contact", ownerContact),
        ENUM_FIELD("status", status, statusId, parseStatus),
        DATE_FIELD("approved_on", approvedOn),
        DATE_FIELD("next_review", nextReview),
        ENUM_FIELD("ai_act_role", aiActRole, aiActRoleId, parseAiActRole),
        // The one multi-line field: Windows line ends (CR LF) and lone CRs become LF.
        ServiceField{
            "notes", [](const Service& s) { return s.notes; },
            [](Service& s, const QString& v) {
                s.notes =
                    QString(v).replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(u'\r', u'\n').trimmed();
                return QString();
            }},
        ServiceField{"checklist", [](const Service& s) { return fromChecklist(s.checklist); },
                     [](Service& s, const QString& v) { return toChecklist(s.checklist, v); }},
    };
    return fields;
}

const ServiceField* serviceField(const QString& name)
{
    for (const ServiceField& f : serviceFields())
        if (name == QLatin1String(f.name))
            return &f;
    return nullptr;
}

} // namespace kilotse
