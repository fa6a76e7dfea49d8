#pragma once

#include "registry/Service.h"

#include <QList>
#include <QString>

#include <optional>

namespace kilotse::browser {

// The registry's service a web page belongs to, matched by the services' access URLs:
// * scheme equal (https is not http),
// * host equal, case-insensitive, internationalised names compared in their ASCII form
//   (ki.münchen.de = ki.xn--mnchen-3ya.de), a trailing dot ignored — never a suffix match, so
//   ki.musterstadt.example.evil.com is not ki.musterstadt.example,
// * port equal (the scheme's default when none is given),
// * the access URL's path a prefix of the page's path at a segment boundary (/chat matches /chat
//   and /chat/7, not /chatbot; a trailing slash of the access URL does not matter; "." and ".."
//   segments are resolved first). Query and fragment are ignored.
// Of several matches the longest path prefix wins; between equally long ones an approved (or
// pilot) service wins over a suspended or retired one, then the first by name.
struct SiteMatch
{
    qint64 serviceId = 0;
    QString service;  // the service's name
    int maxLevel = 0; // the service's highest permitted Schutzstufe (0 = none)
    Service::Status status = Service::Status::Pilot;
    bool specialSecrecyPermitted = false;

    // Only approved and pilot services count as approved; suspended and retired ones are named
    // but not approved.
    bool approved() const { return status == Service::Status::Approved || status == Service::Status::Pilot; }
};

// nullopt: no service's access URL covers the page (or the page URL is not a http(s) URL).
std::optional<SiteMatch> matchSite(const QList<Service>& services, const QString& pageUrl);

} // namespace kilotse::browser
