#pragma once

#include "policy/PolicyPack.h"
#include "registry/Service.h"
#include "scan/Scanner.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace kilotse {
class Registry;
}

namespace kilotse::browser {

// What the host knows of the registry for a session: the services (read once when the host
// starts; a session lasts as long as the browser's port is open) and where they come from.
struct RegistryView
{
    bool available = false; // false: the registry could not be opened (problem says why)
    QList<Service> services;
    bool offline = false; // PostgreSQL unreachable: the services come from the local snapshot
    bool demo = false;
    QDateTime snapshot; // UTC, invalid for SQLite
    bool snapshotStale = false;
    QString problem; // English, for logs
};
RegistryView registryView(const Registry& registry);
RegistryView unavailableRegistry(const QString& problem);

// Answers the browser extension's requests: {"text": "…", "url": "https://…", "language": "de"}.
// The answer (compact JSON, documented in docs/cli.md "native-host"):
//   findings          [{category, label, start, length, explanation, placeholder, pseudonymisable}] —
//                     placeholder: the pack's name for "[PERSON_1]"; pseudonymisable: false for cue
//                     words of special categories and secrecy markings (replacing them hides
//                     nothing); positions in UTF-16 code
//                     units of the text (JavaScript string indices); the matched text is never sent
//                     back (the extension has it).
//   truncated         true when the findings were cut to keep the answer below 1 MiB
//   finding_count     all findings, also those cut
//   suggested_level, suggested_verdict  the draft's outcome as the check computes it
//   site              {service, approved_level, status}: the registry's service of the page; service
//                     null for an unknown site, status "unknown" or "registry-unavailable" then
//   verdict           {warn, text}: whether the extension should warn, and why in words
//   registry          {available, offline, snapshot, snapshot_stale, demo}
// A request that is not such an object gets {"error": …, "code": …}. Thread-compatible; the pack
// must outlive the handler.
class HostRequestHandler
{
public:
    HostRequestHandler(const PolicyPack& pack, RegistryView registry);

    QByteArray handle(const QByteArray& request) const;
    // The answer size limit (tests lower it to see the cut without megabytes of text).
    void setAnswerLimit(qsizetype bytes) { m_answerLimit = bytes; }

private:
    const PolicyPack& m_pack;
    std::optional<Scanner> m_scanner;
    RegistryView m_registry;
    qsizetype m_answerLimit;
};

} // namespace kilotse::browser
