#pragma once

#include "policy/PolicyLoader.h"

namespace kilotse {

// A folder that may hold a policy pack, and why it is a candidate.
struct PackCandidate
{
    QString directory;
    PackOrigin origin = PackOrigin::Bundled;
};

// The pack that applies, in this order: `commandLineDir` (--policy), $KI_LOTSE_POLICY_DIR, the
// setting policy/dir (Config; when locked it comes first and the two before are ignored), the
// system folder (ki-lotse/policies in $XDG_CONFIG_DIRS, default /etc/xdg), the bundled pack.
// The first candidate that is configured (command line, environment) or exists (system) is the
// one that applies; later candidates are not consulted except as the bundled fallback.
PackCandidate choosePolicyCandidate(const QString& commandLineDir);

// The system-wide folders searched for a pack, most important first.
QStringList systemPolicyDirectories();

// What the GUI gets: always a usable pack. When the chosen pack is invalid, `pack` is the bundled
// one and `rejected`/`rejectedDiagnostics` tell which pack was refused and why.
struct ResolvedPolicy
{
    PolicyPack pack;
    std::optional<PackCandidate> rejected;
    Diagnostics rejectedDiagnostics;

    bool fellBack() const { return rejected.has_value(); }
};

// Loads the chosen pack; falls back to the bundled pack if it is invalid. Throws std::runtime_error
// if the settings are unusable (Config::isUsable(): fail closed, the message is
// Config::fatalProblem()) or the bundled pack itself is broken (a build defect).
ResolvedPolicy resolvePolicyWithFallback(const QString& commandLineDir);

// Loads the chosen pack strictly (for the CLI and scripts): no fallback. Unusable settings
// (Config::isUsable()) give no pack and one diagnostic with Config::fatalProblem().
PolicyLoadResult resolvePolicyStrict(const QString& commandLineDir);

} // namespace kilotse
