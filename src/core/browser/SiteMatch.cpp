#include "browser/SiteMatch.h"

#include <QUrl>

namespace kilotse::browser {

namespace {

struct Key
{
    QString scheme;
    QString host;
    int port = -1;
    QString path; // decoded, normalised, without trailing '/'; "" = the whole site
};

std::optional<Key> keyOf(const QString& text)
{
    const QUrl url = QUrl(text.trimmed(), QUrl::TolerantMode).adjusted(QUrl::NormalizePathSegments);
    if (!url.isValid())
        return std::nullopt;
    Key key;
    key.scheme = url.scheme().toLower();
    if (key.scheme != QLatin1String("https") && key.scheme != QLatin1String("http"))
        return std::nullopt;
    // The ASCII (punycode) form, lower case: one spelling per host.
    key.host = QString::fromLatin1(QUrl::toAce(url.host(QUrl::FullyDecoded))).toLower();
    if (key.host.isEmpty())
        key.host = url.host(QUrl::FullyEncoded).toLower();
    while (key.host.endsWith(u'.'))
        key.host.chop(1);
    if (key.host.isEmpty())
        return std::nullopt;
    key.port = url.port(key.scheme == QLatin1String("https") ? 443 : 80);
    key.path = url.path(QUrl::FullyDecoded);
    while (key.path.endsWith(u'/'))
        key.path.chop(1);
    return key;
}

bool covers(const Key& access, const Key& page)
{
    if (access.scheme != page.scheme || access.host != page.host || access.port != page.port)
        return false;
    if (access.path.isEmpty() || page.path == access.path)
        return true;
    return page.path.startsWith(access.path) && page.path.at(access.path.size()) == u'/';
}

} // namespace

std::optional<SiteMatch> matchSite(const QList<Service>& services, const QString& pageUrl)
{
    const std::optional<Key> page = keyOf(pageUrl);
    if (!page)
        return std::nullopt;
    const Service* best = nullptr;
    qsizetype bestLength = -1;
    auto inUse = [](const Service& s) {
        return s.status == Service::Status::Approved || s.status == Service::Status::Pilot;
    };
    for (const Service& service : services) {
        if (service.accessUrl.isEmpty())
            continue;
        const std::optional<Key> access = keyOf(service.accessUrl);
        if (!access || !covers(*access, *page))
            continue;
        const qsizetype length = access->path.size();
        if (length > bestLength || (length == bestLength && !inUse(*best) && inUse(service))) {
            best = &service;
            bestLength = length;
        }
    }
    if (!best)
        return std::nullopt;
    return SiteMatch{best->id, best->name, best->maxLevel, best->status, best->specialSecrecyPermitted};
}

} // namespace kilotse::browser
