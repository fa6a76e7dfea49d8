#include "registry/Service.h"

#include <QCoreApplication>
#include <QUrl>

namespace kilotse {

namespace {
// lupdate reads the context from this declaration (translations/ki-lotse_en.ts).
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(kilotse::Service)
};

template <typename Enum> struct Names
{
    QList<QPair<Enum, QString>> pairs;
    QString id(Enum value) const
    {
        for (const auto& [v, name] : pairs)
            if (v == value)
                return name;
        return {};
    }
    std::optional<Enum> parse(const QString& name) const
    {
        for (const auto& [v, n] : pairs)
            if (n == name)
                return v;
        return std::nullopt;
    }
};

const Names<Service::Deployment> kDeployments{{{Service::Deployment::PublicWeb, QStringLiteral("public_web")},
                                               {Service::Deployment::Saas, QStringLiteral("saas")},
                                               {Service::Deployment::CloudTenant, QStringLiteral("cloud_tenant")},
                                               {Service::Deployment::OnPremises, QStringLiteral("on_premises")}}};
const Names<Service::Location> kLocations{{{Service::Location::DE, QStringLiteral("DE")},
                                           {Service::Location::EU, QStringLiteral("EU")},
                                           {Service::Location::NonEU, QStringLiteral("NON_EU")}}};
const Names<Service::Status> kStatuses{{{Service::Status::Pilot, QStringLiteral("pilot")},
                                        {Service::Status::Approved, QStringLiteral("approved")},
                                        {Service::Status::Suspended, QStringLiteral("suspended")},
                                        {Service::Status::Retired, QStringLiteral("retired")}}};
const Names<Service::AiActRole> kRoles{{{Service::AiActRole::Deployer, QStringLiteral("deployer")},
                                        {Service::AiActRole::Provider, QStringLiteral("provider")}}};
} // namespace

QString deploymentId(Service::Deployment v)
{
    return kDeployments.id(v);
}
QString locationId(Service::Location v)
{
    return kLocations.id(v);
}
QString statusId(Service::Status v)
{
    return kStatuses.id(v);
}
QString aiActRoleId(Service::AiActRole v)
{
    return kRoles.id(v);
}
std::optional<Service::Deployment> parseDeployment(const QString& id)
{
    return kDeployments.parse(id);
}
std::optional<Service::Location> parseLocation(const QString& id)
{
    return kLocations.parse(id);
}
std::optional<Service::Status> parseStatus(const QString& id)
{
    return kStatuses.parse(id);
}
std::optional<Service::AiActRole> parseAiActRole(const QString& id)
{
    return kRoles.parse(id);
}

namespace {

// Characters that are never part of registry text. Every field: the C0 controls (U+0000-U+001F),
// DEL and the C1 controls (U+007F-U+009F) — a terminal runs ESC sequences, a NUL ends a C string —
// and the bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which make text
// display in an order other than it is stored ("Trojan Source"). Only `notes` may hold several
// lines: line feed and tab are allowed there (carriage returns are turned into line feeds on input).
bool isControl(char16_t c, bool multiLine)
{
    if (multiLine && (c == u'\n' || c == u'\t'))
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

// Names identify a service for people and must not look like another name. Refused in names,
// besides the controls above:
// * every invisible format character (Unicode category Cf: soft hyphen U+00AD, zero-width space
//   and joiners U+200B-U+200D, the marks U+200E/U+200F/U+061C, word joiner U+2060, BOM U+FEFF, ...);
// * every space other than U+0020 (no-break space U+00A0, U+2000-U+200A, U+202F, U+205F, U+3000, ...);
// * characters that look like the hyphen-minus "-": U+2010 hyphen, U+2011 non-breaking hyphen,
//   U+2012 figure dash, U+2015 horizontal bar, U+2212 minus sign, U+FE58, U+FE63, U+FF0D.
//   The en and em dashes (U+2013, U+2014) stay allowed: German typography uses them and they are
//   visibly longer. Letters of other scripts that look like Latin ones are not checked.
// Names are also compared after NFC normalisation and case folding (serviceNameKey()).
bool isLookAlikeInName(char32_t c)
{
    switch (c) {
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D:
        return true;
    default:
        break;
    }
    const QChar::Category category = QChar::category(c);
    return category == QChar::Other_Format || (category == QChar::Separator_Space && c != 0x20) ||
           category == QChar::Separator_Line || category == QChar::Separator_Paragraph;
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+") + QString::number(static_cast<uint>(c), 16).toUpper().rightJustified(4, u'0');
}

// The first forbidden character of `text` and its 1-based position; position 0 = none.
std::pair<char32_t, qsizetype> firstControl(const QString& text, bool multiLine)
{
    for (qsizetype i = 0; i < text.size(); ++i)
        if (isControl(text[i].unicode(), multiLine))
            return {text[i].unicode(), i + 1};
    return {0, 0};
}

// Accepted access addresses: https:// with a host and without user info ("user@" before the host
// hides the real host: https://intranet.example@evil.example/ goes to evil.example). Documented
// exception: http:// to this computer (localhost, 127.0.0.1, [::1]) for a model served on the
// workstation itself, whose traffic never leaves it. Intranet hosts need https as well.
QString accessUrlProblem(const QString& text)
{
    if (text.size() > 500)
        return Tr::tr("the address is longer than 500 characters");
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty() || text.contains(u' '))
        return Tr::tr("the address must be a complete URL such as https://ki.example.org");
    if (!url.userInfo().isEmpty() || text.section(QStringLiteral("://"), 1).section(u'/', 0, 0).contains(u'@'))
        return Tr::tr("the address contains a user name before \"@\", which hides the real server %1: give the "
                      "address without it")
            .arg(url.host());
    const QString host = url.host().toLower();
    const bool local =
        host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
    if (url.scheme() == QLatin1String("https") || (url.scheme() == QLatin1String("http") && local))
        return {};
    if (url.scheme() == QLatin1String("http"))
        return Tr::tr("the address must use https:// (an encrypted connection), also in the intranet; "
                      "http:// is accepted only for this computer (localhost)");
    return Tr::tr("the address must be an https:// URL such as https://ki.example.org");
}

} // namespace

QList<FieldProblem> validateService(const Service& s, const QStringList& knownUseCases)
{
    QList<FieldProblem> problems;
    // Control characters first: a field with one gets no further messages that would print it.
    auto control = [&](const QString& field, const QString& value, bool multiLine = false) {
        const auto [c, at] = firstControl(value, multiLine);
        if (at == 0)
            return false;
        problems.append(
            {field, QStringLiteral("control-character"),
             Tr::tr("control character %1 at character %2: not allowed in registry text").arg(codePoint(c)).arg(at)});
        return true;
    };
    control(QStringLiteral("name"), s.name);
    control(QStringLiteral("vendor"), s.vendor);
    control(QStringLiteral("product"), s.product);
    control(QStringLiteral("input_retention"), s.inputRetention);
    control(QStringLiteral("avv_reference"), s.avvReference);
    control(QStringLiteral("dpia_reference"), s.dpiaReference);
    control(QStringLiteral("access_url"), s.accessUrl);
    control(QStringLiteral("owner_department"), s.ownerDepartment);
    control(QStringLiteral("owner_contact"), s.ownerContact);
    control(QStringLiteral("notes"), s.notes, true);
    const std::pair<const char*, const QStringList*> lists[] = {{"models", &s.models},
                                                                {"use_cases", &s.useCases},
                                                                {"restrictions", &s.restrictions},
                                                                {"access_requirements", &s.accessRequirements}};
    for (const auto& [field, items] : lists)
        for (qsizetype i = 0; i < items->size(); ++i)
            control(QLatin1String(field) + u'/' + QString::number(i), items->at(i));
    for (auto it = s.checklist.cbegin(); it != s.checklist.cend(); ++it)
        if (!control(QStringLiteral("checklist"), it.key()))
            control(QStringLiteral("checklist"), it.value());
    {
        const auto codePoints = s.name.toUcs4();
        for (qsizetype i = 0; i < codePoints.size(); ++i)
            if (!isControl(static_cast<char16_t>(std::min<char32_t>(codePoints[i], 0xFFFF)), false) &&
                isLookAlikeInName(codePoints[i])) {
                problems.append(
                    {QStringLiteral("name"), QStringLiteral("look-alike"),
                     Tr::tr("the name contains the invisible or look-alike character %1 at character %2: use "
                            "ordinary letters, spaces and the hyphen \"-\"")
                         .arg(codePoint(codePoints[i]))
                         .arg(i + 1)});
                break;
            }
    }
    auto required = [&](const char* field, const QString& value, int maxLength) {
        if (value.trimmed().isEmpty())
            problems.append({QLatin1String(field), QStringLiteral("missing"), Tr::tr("the field is required")});
        else if (value.size() > maxLength)
            problems.append(
                {QLatin1String(field), QStringLiteral("too-long"), Tr::tr("at most %1 characters").arg(maxLength)});
    };
    auto optional = [&](const char* field, const QString& value, int maxLength) {
        if (value.size() > maxLength)
            problems.append(
                {QLatin1String(field), QStringLiteral("too-long"), Tr::tr("at most %1 characters").arg(maxLength)});
    };
    auto list = [&](const char* field, const QStringList& items) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString& item = items[i];
            if (item.trimmed().isEmpty() || item.contains(u'|') || item.contains(u'\n') || item.size() > 200)
                problems.append(
                    {QLatin1String(field) + u'/' + QString::number(i), QStringLiteral("invalid-list-item"),
                     Tr::tr("list entries must be non-empty single lines of at most 200 characters without \"|\"")});
        }
    };
    required("name", s.name, 120);
    required("vendor", s.vendor, 120);
    required("product", s.product, 120);
    optional("input_retention", s.inputRetention, 200);
    optional("avv_reference", s.avvReference, 120);
    optional("dpia_reference", s.dpiaReference, 120);
    optional("owner_department", s.ownerDepartment, 120);
    optional("owner_contact", s.ownerContact, 200);
    optional("notes", s.notes, 4000);
    list("models", s.models);
    list("use_cases", s.useCases);
    list("restrictions", s.restrictions);
    list("access_requirements", s.accessRequirements);
    if (s.maxLevel < 0 || s.maxLevel > 2)
        problems.append(
            {QStringLiteral("max_level"), QStringLiteral("invalid-level"), Tr::tr("the highest level is 0, 1 or 2")});
    if (!s.accessUrl.isEmpty() && firstControl(s.accessUrl, false).second == 0)
        if (const QString problem = accessUrlProblem(s.accessUrl); !problem.isEmpty())
            problems.append({QStringLiteral("access_url"), QStringLiteral("invalid-url"), problem});
    if (!knownUseCases.isEmpty())
        for (qsizetype i = 0; i < s.useCases.size(); ++i)
            if (!knownUseCases.contains(s.useCases[i]))
                problems.append({QStringLiteral("use_cases/") + QString::number(i), QStringLiteral("unknown-use-case"),
                                 Tr::tr("unknown use case \"%1\"").arg(s.useCases[i])});
    if (s.specialSecrecyPermitted && (!s.personalDataPermitted || s.maxLevel < 2))
        problems.append({QStringLiteral("special_secrecy_permitted"), QStringLiteral("inconsistent"),
                         Tr::tr("a service cleared for data under a special secrecy law must also be cleared for "
                                "personal data and for level 2")});
    if (s.status == Service::Status::Approved && !s.nextReview.isValid())
        problems.append({QStringLiteral("next_review"), QStringLiteral("missing"),
                         Tr::tr("an approved service needs the date of its next review")});
    if (s.approvedOn.isValid() && s.nextReview.isValid() && s.nextReview < s.approvedOn)
        problems.append({QStringLiteral("next_review"), QStringLiteral("date-order"),
                         Tr::tr("the next review cannot be before the approval date")});
    return problems;
}

} // namespace kilotse
