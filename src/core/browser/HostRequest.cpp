#include "browser/HostRequest.h"

#include "browser/NativeMessaging.h"
#include "browser/SiteMatch.h"
#include "check/Check.h"
#include "registry/Registry.h"
#include "scan/ScanAnalysis.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace kilotse::browser {

RegistryView registryView(const Registry& registry)
{
    RegistryView view;
    RegistryError error;
    view.services = registry.services(&error);
    view.available = !error;
    view.problem = error.message;
    view.offline = registry.isOffline();
    view.demo = registry.isDemo();
    view.snapshot = registry.snapshotTime();
    view.snapshotStale = registry.isSnapshotStale();
    return view;
}

RegistryView unavailableRegistry(const QString& problem)
{
    RegistryView view;
    view.problem = problem;
    return view;
}

HostRequestHandler::HostRequestHandler(const PolicyPack& pack, RegistryView registry)
    : m_pack(pack), m_registry(std::move(registry)), m_answerLimit(kMaxAnswerBytes)
{
    if (pack.scan)
        m_scanner.emplace(*pack.scan);
}

namespace {

// The verdict's words are chosen per request ("language"), not by the host's UI language: the
// browser's language is the clerk's. Two languages, side by side.
struct Words
{
    bool english = false;
    QString pick(const char* de, const char* en) const { return QString::fromUtf8(english ? en : de); }
};

QString verdictText(const Words& w, const std::optional<SiteMatch>& site, const RegistryView& registry,
                    const Outcome& outcome, const QString& contains, bool warn)
{
    if (!warn) {
        if (site && site->approved())
            return w
                .pick("Der Dienst „%1“ ist für Schutzstufe %2 freigegeben; der Text braucht Schutzstufe %3.",
                      "The service “%1” is approved up to protection level %2; the text needs protection level %3.")
                .arg(site->service)
                .arg(site->maxLevel)
                .arg(outcome.level);
        return w.pick("Der Text braucht Schutzstufe %1.", "The text needs protection level %1.").arg(outcome.level);
    }
    if (outcome.blocked)
        return w
            .pick("Für diesen Text darf keine KI genutzt werden; er enthält: %1.",
                  "AI must not be used for this text; it contains: %1.")
            .arg(contains);
    if (outcome.escalate)
        return w
            .pick("Vor der Nutzung einer KI mit diesem Text müssen die KI- oder Datenschutzbeauftragten "
                  "einbezogen werden; er enthält: %1.",
                  "Before this text goes to an AI, the AI or data protection officer must be consulted; it "
                  "contains: %1.")
            .arg(contains);
    if (!registry.available)
        return w
            .pick("Das Verzeichnis der KI-Dienste ist nicht verfügbar, die Freigabe dieser Seite kann nicht "
                  "geprüft werden; der Text enthält: %1 und braucht Schutzstufe %2.",
                  "The registry of AI services is not available, so this site's approval cannot be checked; "
                  "the text contains: %1 and needs protection level %2.")
            .arg(contains)
            .arg(outcome.level);
    if (!site)
        return w
            .pick("Diese Seite ist kein freigegebener KI-Dienst; der Text enthält: %1 und braucht Schutzstufe %2.",
                  "This site is not an approved AI service; the text contains: %1 and needs protection level %2.")
            .arg(contains)
            .arg(outcome.level);
    if (!site->approved())
        return w
            .pick("Der Dienst „%1“ ist nicht freigegeben (Status: %2); der Text enthält: %3.",
                  "The service “%1” is not approved (status: %2); the text contains: %3.")
            .arg(site->service, statusId(site->status), contains);
    if (outcome.specialSecrecy && !site->specialSecrecyPermitted && outcome.level <= site->maxLevel)
        return w
            .pick("Der Dienst „%1“ ist nicht für Daten unter einem besonderen Amtsgeheimnis freigegeben; der "
                  "Text enthält: %2.",
                  "The service “%1” is not approved for data under a special secrecy law; the text contains: %2.")
            .arg(site->service, contains);
    if (site->maxLevel <= 0)
        return w
            .pick("Der Dienst „%1“ ist für keine Schutzstufe freigegeben; der Text enthält: %2.",
                  "The service “%1” is not approved for any protection level; the text contains: %2.")
            .arg(site->service, contains);
    return w
        .pick("Dieser Dienst („%1“) ist nur für Schutzstufe %2 freigegeben; der Text enthält: %3.",
              "This service (“%1”) is approved only up to protection level %2; the text contains: %3.")
        .arg(site->service)
        .arg(site->maxLevel)
        .arg(contains);
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray HostRequestHandler::handle(const QByteArray& request) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return errorAnswer(QStringLiteral("bad-json"), QStringLiteral("the message is not valid JSON: %1 at byte %2")
                                                           .arg(parseError.errorString())
                                                           .arg(parseError.offset));
    if (!doc.isObject())
        return errorAnswer(QStringLiteral("bad-request"), QStringLiteral("the message must be a JSON object"));
    const QJsonObject object = doc.object();
    const QJsonValue text = object.value(QStringLiteral("text"));
    const QJsonValue url = object.value(QStringLiteral("url"));
    const QJsonValue language = object.value(QStringLiteral("language"));
    if (!text.isString())
        return errorAnswer(QStringLiteral("bad-request"), QStringLiteral("\"text\" must be a string"));
    if (!url.isUndefined() && !url.isNull() && !url.isString())
        return errorAnswer(QStringLiteral("bad-request"), QStringLiteral("\"url\" must be a string"));
    if (!language.isUndefined() && language.toString() != QLatin1String("de") &&
        language.toString() != QLatin1String("en"))
        return errorAnswer(QStringLiteral("bad-request"), QStringLiteral("\"language\" must be \"de\" or \"en\""));
    if (!m_scanner)
        return errorAnswer(QStringLiteral("no-scan-rules"),
                           QStringLiteral("the policy pack %1 has no scan rules").arg(m_pack.manifest.id));
    const Words words{language.toString() == QLatin1String("en")};

    const QString draft = text.toString();
    const ScanRules& rules = m_scanner->rules();
    const TextCheck check = checkText(m_pack, *m_scanner, draft);
    const QList<ScanFinding>& findings = check.findings;
    const ScanSummary& summary = check.summary;
    const Outcome& outcome = check.outcome;

    const std::optional<SiteMatch> site =
        m_registry.available ? matchSite(m_registry.services, url.toString()) : std::optional<SiteMatch>();
    const bool needsMore = outcome.blocked || outcome.escalate;
    bool warn = false;
    if (summary.total > 0 || needsMore) {
        if (site && site->approved())
            warn = needsMore || outcome.level > site->maxLevel ||
                   (outcome.specialSecrecy && !site->specialSecrecyPermitted);
        else
            warn = needsMore || outcome.level >= 2;
    }
    const QString& contains = check.contains;

    QJsonObject siteJson;
    if (site) {
        siteJson = {{QStringLiteral("service"), site->service},
                    {QStringLiteral("approved_level"), site->maxLevel > 0 ? QJsonValue(site->maxLevel) : QJsonValue()},
                    {QStringLiteral("status"), statusId(site->status)},
                    {QStringLiteral("approved"), site->approved()}};
    } else {
        siteJson = {{QStringLiteral("service"), QJsonValue()},
                    {QStringLiteral("approved_level"), QJsonValue()},
                    {QStringLiteral("status"),
                     m_registry.available ? QStringLiteral("unknown") : QStringLiteral("registry-unavailable")},
                    {QStringLiteral("approved"), false}};
    }
    const QJsonObject registryJson{
        {QStringLiteral("available"), m_registry.available},
        {QStringLiteral("offline"), m_registry.offline},
        {QStringLiteral("snapshot"),
         m_registry.snapshot.isValid() ? QJsonValue(m_registry.snapshot.toString(Qt::ISODate)) : QJsonValue()},
        {QStringLiteral("snapshot_stale"), m_registry.snapshotStale},
        {QStringLiteral("demo"), m_registry.demo}};

    QJsonObject answer{
        {QStringLiteral("suggested_level"), outcome.level},
        {QStringLiteral("suggested_verdict"), outcome.verdictId()},
        {QStringLiteral("finding_count"), int(findings.size())},
        {QStringLiteral("site"), siteJson},
        {QStringLiteral("verdict"),
         QJsonObject{{QStringLiteral("warn"), warn},
                     {QStringLiteral("text"), verdictText(words, site, m_registry, outcome, contains, warn)}}},
        {QStringLiteral("registry"), registryJson},
        {QStringLiteral("truncated"), false},
        {QStringLiteral("findings"), QJsonArray()}};

    // The findings go in as long as the answer stays below the limit: the size without them plus
    // each finding's compact size and its comma (a margin covers "truncated": true).
    qsizetype size = compact(answer).size() + 16;
    QJsonArray list;
    bool truncated = false;
    for (const ScanFinding& f : findings) {
        const QJsonObject item{{QStringLiteral("category"), scanCategoryId(f.category)},
                               {QStringLiteral("label"), rules.info(f.category).label},
                               {QStringLiteral("start"), qint64(f.start)},
                               {QStringLiteral("length"), qint64(f.length)},
                               {QStringLiteral("explanation"), f.explanation},
                               {QStringLiteral("placeholder"), rules.info(f.category).placeholder},
                               {QStringLiteral("pseudonymisable"), isPseudonymisable(f.category)}};
        const qsizetype itemSize = compact(item).size() + 1;
        if (size + itemSize > m_answerLimit) {
            truncated = true;
            break;
        }
        size += itemSize;
        list.append(item);
    }
    answer.insert(QStringLiteral("findings"), list);
    answer.insert(QStringLiteral("truncated"), truncated);
    return compact(answer);
}

} // namespace kilotse::browser
