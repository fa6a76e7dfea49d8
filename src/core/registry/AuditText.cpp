#include "registry/AuditText.h"

#include "LocaleFormat.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>

namespace kilotse {

namespace {
// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::AuditText)
};

const QString kListSeparator = QStringLiteral(" | ");
const QStringList kBoolFields{QStringLiteral("backflow_excluded"),
                              QStringLiteral("avv_present"),
                              QStringLiteral("dpia_done"),
                              QStringLiteral("staff_council_involved"),
                              QStringLiteral("personal_data_permitted"),
                              QStringLiteral("special_secrecy_permitted"),
                              QStringLiteral("demo")};
const QStringList kDateFields{QStringLiteral("avv_date"), QStringLiteral("approved_on"), QStringLiteral("next_review")};

QStringList splitList(const QString& value)
{
    QStringList out;
    for (const QString& part : value.split(u'|'))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

QString answerText(const QString& answer)
{
    if (answer == QLatin1String("yes"))
        return Tr::tr("ja");
    if (answer == QLatin1String("no"))
        return Tr::tr("nein");
    if (answer == QLatin1String("n/a"))
        return Tr::tr("entfällt");
    return visibleText(answer);
}

bool invisibleFormat(char32_t c)
{
    // Bidi embeddings, overrides and isolates, marks, zero-width characters, BOM, soft hyphen.
    return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C ||
           (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
}
} // namespace

QString visibleText(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (c < 0x20)
            out += QChar(static_cast<char16_t>(0x2400 + c)); // ␀ … ␟
        else if (c == 0x7F)
            out += QChar(u'\u2421'); // ␡
        else if ((c >= 0x80 && c <= 0x9F) || invisibleFormat(c))
            out += QStringLiteral("<U+%1>").arg(QString::number(c, 16).toUpper().rightJustified(4, u'0'));
        else
            out += QString::fromUcs4(&c, 1);
    }
    return out;
}

QString auditFieldTitle(const QString& field)
{
    static const QMap<QString, const char*> titles{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("kilotse::AuditText", "Name")},
        {QStringLiteral("vendor"), QT_TRANSLATE_NOOP("kilotse::AuditText", "Anbieter/Betreiber")},
        {QStringLiteral("product"), QT_TRANSLATE_NOOP("kilotse::AuditText", "Produkt")},
        {QStringLiteral("models"), QT_TRANSLATE_NOOP("kilotse::AuditText", "Modelle")},
        {QStringLiteral("deployment"), QT_TRANSLATE_NOOP("kilotse::AuditText", "Bereitstellung")},
        {QStringLiteral("location"), QT_TRANSLATE_NOOP("kilotse::AuditText", "Verarbeitungsort")},
        {QStringLiteral("backflow_excluded"),
         QT_TRANSLATE_NOOP("kilotse::AuditText", "Kein Datenrückfluss (kein Training mit Eingaben)")},
        {QStringLiteral("input_retention"), QT_TRANSLATE_NOOP("kilotse::AuditText", "Speicherung der Eingaben")},
        {QStringLiteral("avv_present"),
         QT_TRANSLATE_NOOP("kilotse::AuditText", "Auftragsverarbeitungsvertrag liegt vor")},
        {QStringLiteral("avv_reference"), QT_TRANSLATE_NOOP("kilotse::AuditText", "AVV-Aktenzeichen")},
        {QStringLiteral("avv_date"), QT_TRANSLATE_NOOP("kilotse::AuditText", "AVV-Datum")},
        {QStringLiteral("dpia_done"),
         QT_TRANSLATE_NOOP("kilotse::AuditText", "Datenschutz-Folgenabschätzung durchgeführt")},
        {QStringLiteral("dpia_reference"), QT_TRANSLATE_NOOP("kilotse::AuditText", "DSFA-Aktenzeichen")},
        {QStringLiteral("staff_council_involved"), QT_TRANSLATE_NOOP("kilotse::AuditText", "Personalrat beteiligt")},
        {QStringLiteral("max_level"), QT_TRANSLATE_NOOP("kilotse::AuditText", "Höchste Schutzstufe")},
        {QStringLiteral("personal_data_permitted"),
         QT_TRANSLATE_NOOP("kilotse::AuditText", "Für personenbezogene Daten freigegeben")},
        {QStringLiteral("special_secrecy_permitted"),
         QT_TRANSLATE_NOOP("kilotse::AuditText", "Für Daten unter besonderem Geheimnisschutz freigegeben")},
        {QStringLiteral("use_cases"), QT_TRANSLATE_NOOP("kilotse::AuditText", "Anwendungsfälle")},
        {QStringLiteral("restrictions"), QT_TRANSLATE_NOOP("kilotse::AuditText", "Einschränkungen")},
        {QStringLiteral("access_url"), QT_TRANSLATE_NOOP("kilotse::AuditText", "Adresse (URL)")},
        {QStringLiteral("access_requirements"), QT_TRANSLATE_NOOP("kilotse::AuditText", "Zugangsvoraussetzungen")},
        {QStringLiteral("owner_department"), QT_TRANSLATE_NOOP("kilotse::AuditText", "Zuständige Stelle")},
        {QStringLiteral("owner_contact"), QT_TRANSLATE_NOOP("kilotse::AuditText", "Kontakt")},
        {QStringLiteral("status"), QT_TRANSLATE_NOOP("kilotse::AuditText", "Status")},
        {QStringLiteral("approved_on"), QT_TRANSLATE_NOOP("kilotse::AuditText", "Freigegeben am")},
        {QStringLiteral("next_review"), QT_TRANSLATE_NOOP("kilotse::AuditText", "Nächste Prüfung")},
        {QStringLiteral("ai_act_role"), QT_TRANSLATE_NOOP("kilotse::AuditText", "Rolle nach KI-VO")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("kilotse::AuditText", "Notizen")},
        {QStringLiteral("checklist"), QT_TRANSLATE_NOOP("kilotse::AuditText", "Freigabe-Checkliste")},
        {QStringLiteral("demo"), QT_TRANSLATE_NOOP("kilotse::AuditText", "Demo-Eintrag")},
    };
    const auto it = titles.constFind(field);
    return it == titles.cend() ? visibleText(field) : Tr::tr(it.value());
}

QString auditValueText(const QString& field, const QString& value, const PolicyPack* pack)
{
    if (value.isEmpty())
        return {};
    const QString v = value.trimmed();
    if (field == QLatin1String("status")) {
        if (const auto s = parseStatus(v)) {
            switch (*s) {
            case Service::Status::Pilot:
                return Tr::tr("Pilot");
            case Service::Status::Approved:
                return Tr::tr("freigegeben");
            case Service::Status::Suspended:
                return Tr::tr("ausgesetzt");
            case Service::Status::Retired:
                return Tr::tr("außer Betrieb");
            }
        }
    } else if (field == QLatin1String("max_level")) {
        bool ok = false;
        const int level = v.toInt(&ok);
        if (ok && level <= 0)
            return Tr::tr("keine");
        if (ok)
            return Tr::tr("Schutzstufe %1").arg(level);
    } else if (field == QLatin1String("deployment")) {
        if (const auto d = parseDeployment(v)) {
            switch (*d) {
            case Service::Deployment::PublicWeb:
                return Tr::tr("öffentlicher Webdienst");
            case Service::Deployment::Saas:
                return Tr::tr("Software-Dienst (SaaS)");
            case Service::Deployment::CloudTenant:
                return Tr::tr("eigener Cloud-Mandant");
            case Service::Deployment::OnPremises:
                return Tr::tr("eigener Betrieb");
            }
        }
    } else if (field == QLatin1String("location")) {
        if (const auto l = parseLocation(v)) {
            switch (*l) {
            case Service::Location::DE:
                return Tr::tr("Deutschland");
            case Service::Location::EU:
                return Tr::tr("EU");
            case Service::Location::NonEU:
                return Tr::tr("außerhalb der EU");
            }
        }
    } else if (field == QLatin1String("ai_act_role")) {
        if (const auto r = parseAiActRole(v))
            return *r == Service::AiActRole::Deployer ? Tr::tr("Betreiber") : Tr::tr("Anbieter");
    } else if (field == QLatin1String("use_cases")) {
        QStringList out;
        for (const QString& id : splitList(v)) {
            QString title;
            if (pack)
                for (const UseCase& u : pack->useCases)
                    if (u.id == id)
                        title = u.title;
            out << visibleText(title.isEmpty() ? id : title);
        }
        return out.join(kListSeparator);
    } else if (field == QLatin1String("checklist")) {
        QStringList out;
        for (const QString& part : splitList(v)) {
            const qsizetype eq = part.indexOf(u'=');
            const QString id = eq > 0 ? part.left(eq).trimmed() : part;
            QString title;
            if (pack && pack->registry)
                for (const ChecklistItem& item : pack->registry->checklist)
                    if (item.id == id)
                        title = item.title;
            out << QStringLiteral("%1: %2").arg(visibleText(title.isEmpty() ? id : title),
                                                answerText(eq > 0 ? part.mid(eq + 1).trimmed() : QString()));
        }
        return out.join(kListSeparator);
    } else if (kBoolFields.contains(field)) {
        if (v == QLatin1String("true"))
            return Tr::tr("ja");
        if (v == QLatin1String("false"))
            return Tr::tr("nein");
    } else if (kDateFields.contains(field)) {
        const QDate d = QDate::fromString(v, Qt::ISODate);
        if (d.isValid())
            return displayDate(d);
    }
    return visibleText(value);
}

QString auditActionTitle(const QString& action)
{
    if (action == QLatin1String("add"))
        return Tr::tr("angelegt");
    if (action == QLatin1String("update"))
        return Tr::tr("geändert");
    if (action == QLatin1String("status"))
        return Tr::tr("Status geändert");
    if (action == QLatin1String("import"))
        return Tr::tr("importiert");
    if (action == QLatin1String("seed"))
        return Tr::tr("Demo angelegt");
    if (action == QLatin1String("retire-demo"))
        return Tr::tr("Demo-Dienst außer Betrieb genommen");
    return visibleText(action);
}

QByteArray auditToCsv(const QList<AuditEntry>& entries, const PolicyPack* pack)
{
    auto cell = [](const QString& text) {
        QString v = visibleText(text);
        if (!v.isEmpty() && QStringLiteral("=+-@").contains(v[0]))
            v.prepend(u'\'');
        if (v.contains(u';') || v.contains(u'"') || v.contains(u','))
            v = u'"' + v.replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
        return v;
    };
    QStringList lines;
    lines << QStringList{Tr::tr("Nr."),    Tr::tr("Zeitpunkt"),  Tr::tr("Wer"),
                         Tr::tr("Aktion"), Tr::tr("Dienst-Nr."), Tr::tr("Dienst"),
                         Tr::tr("Feld"),   Tr::tr("Vorher"),     Tr::tr("Nachher")}
                 .join(u';');
    for (const AuditEntry& e : entries) {
        const QStringList row{cell(QString::number(e.id)),
                              cell(e.at.isValid() ? e.at.toLocalTime().toString(Qt::ISODate) : QString()),
                              cell(e.actor),
                              cell(auditActionTitle(e.action)),
                              cell(e.serviceId > 0 ? QString::number(e.serviceId) : QString()),
                              cell(e.serviceName),
                              cell(e.field.isEmpty() ? QString() : auditFieldTitle(e.field)),
                              cell(auditValueText(e.field, e.oldValue, pack)),
                              cell(auditValueText(e.field, e.newValue, pack))};
        lines << row.join(u';');
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

} // namespace kilotse
