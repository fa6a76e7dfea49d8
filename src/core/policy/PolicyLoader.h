#pragma once

#include "policy/Diagnostic.h"
#include "policy/PolicyPack.h"

#include <optional>

namespace kilotse {

// Result of loading a pack: either a complete, valid pack or the full list of problems —
// never a half-loaded pack.
struct PolicyLoadResult
{
    std::optional<PolicyPack> pack;
    Diagnostics diagnostics; // empty when pack is set

    bool ok() const { return pack.has_value(); }
};

// Loads and validates every file of the pack in `directory` (a folder or a ":/" resource path).
// Thread-safe; touches only the files of that folder.
PolicyLoadResult loadPolicyPack(const QString& directory, PackOrigin origin = PackOrigin::CommandLine);

// Resource path of the pack compiled into the program.
QString bundledPolicyDirectory();

} // namespace kilotse
