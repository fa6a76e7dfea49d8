#pragma once

#include <QString>

namespace kilotse {

// Sets up the process-wide spdlog logger: a rotating file (1 MiB × 3) named ki-lotse.log in
// stateDirectory(). Returns the log file path, or an empty string when the folder is not writable
// (then logging is silently off — a read-only home must not stop the app).
//
// Privacy invariant: log ids, counts, timings and outcomes only — never text a clerk typed or
// scanned, and never answers' free text.
QString initLogging(const QString& component);

} // namespace kilotse
