#pragma once

// Internal to the policy loader: the workshop scenarios of a pack (demos.json) and of a trainer's
// own file (loadDemoFile(), declared in PolicyLoader.h).

#include "policy/LoaderSupport.h"

namespace kilotse::loader {

QList<DemoScenario> buildDemos(const JsonText& doc, const PolicyPack& pack, bool checkAnswers, bool checkSources,
                               Diagnostics& out);

} // namespace kilotse::loader
