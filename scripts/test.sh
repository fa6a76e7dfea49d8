#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, runs every test (unit, CLI, GUI
# offscreen, self-test smoke test, start-up benchmark) and the GUI-off build's own tests.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test

jobs=$(nproc)
cmake --preset ci
cmake --build build --parallel "$jobs"
# Tests never touch the real user's folders.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export XDG_RUNTIME_DIR="$scratch/run" XDG_STATE_HOME="$scratch/state" XDG_CONFIG_HOME="$scratch/config" \
       XDG_DATA_HOME="$scratch/data"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
unset KI_LOTSE_POLICY_DIR KI_LOTSE_REGISTRY
# The registry's PostgreSQL tests run against a throw-away server (pg_virtualenv, postgresql-common).
KI_LOTSE_REQUIRE_PG=1 pg_virtualenv -v 15 ctest --preset ci --parallel "$jobs"
build/bin/ki-lotse-cli policy validate policies
# Start-up time and memory against a minimal Qt Widgets window (prints numbers and ratios).
QT_QPA_PLATFORM=offscreen tests/bench/startup.sh build/bin/ki-lotse build/bin/bench-minimal-window 9
# The approved-tool registry with 100,000 services against the sqlite3 shell.
QT_QPA_PLATFORM=offscreen build/bin/bench-registry 100000

# The core must build and pass its tests without Qt Widgets (house rule: core knows no screen).
if [ "${KI_LOTSE_SKIP_CORE_ONLY:-0}" != 1 ]; then
  cmake --preset core-only
  cmake --build build-core --parallel "$jobs"
  ctest --preset core-only --parallel "$jobs"
fi
