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

// How much of the translation overlays to read. All: every overlay is read and checked (policy
// validate, tests). ShownLanguage: only the overlay of the language the texts are shown in; the
// others are hashed but read only if a record comparison needs them (start-up of the app and the
// CLI: a broken overlay for another language is found by `policy validate` and when that
// language is chosen).
enum class TranslationLoading
{
    All,
    ShownLanguage
};

// Loads and validates every file of the pack in `directory` (a folder or a ":/" resource path).
// `contentLanguage`: the language the pack's texts are shown in ("en" applies the pack's English
// overlay); empty: the pack's own language. The loader reads no global: the caller decides (the
// app and the CLI pass I18n's contentLanguage(), see PolicyLocator). Thread-safe; touches only the
// files of that folder.
PolicyLoadResult loadPolicyPack(const QString& directory, PackOrigin origin = PackOrigin::CommandLine,
                                TranslationLoading translations = TranslationLoading::All,
                                const QString& contentLanguage = QString());

// Result of loading a trainer's own scenario file.
struct DemoLoadResult
{
    std::optional<QList<DemoScenario>> scenarios;
    Diagnostics diagnostics; // empty when scenarios is set
};

// Loads a scenario file (the format of a pack's demos.json) and checks it completely against
// `pack`: the schema, unique ids, known use cases and sources, every question answered with an
// existing option. Whether the expected outcomes hold is not checked here (see demoMismatch()).
DemoLoadResult loadDemoFile(const QString& path, const PolicyPack& pack);

// Resource path of the pack compiled into the program.
QString bundledPolicyDirectory();

} // namespace kilotse
