#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors, runs every test (unit, CLI, GUI
# offscreen, self-test smoke test, privacy, the browser extension in Chromium), the benchmarks,
# 60 s of fuzzing, the core tests under ASan/UBSan and the GUI-off build's own tests.
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
       XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
unset KI_LOTSE_POLICY_DIR KI_LOTSE_REGISTRY
# The registry's PostgreSQL tests run against a throw-away server (pg_virtualenv, postgresql-common),
# with a PgBouncer in transaction pooling mode in front of it for the [pgbouncer] tests.
# The browser extension's end-to-end test (browser-e2e: Chromium under Xvfb) must run here: without
# chromium, node, npm or xvfb-run it fails instead of being skipped.
KI_LOTSE_REQUIRE_PG=1 KI_LOTSE_REQUIRE_BROWSER=1 pg_virtualenv -v 15 tests/registry/with-pgbouncer.sh ctest --preset ci --parallel "$jobs"
build/bin/ki-lotse-cli policy validate policies
# The PostgreSQL and PgBouncer recipes of docs/registry.md as printed (roles, grants, owner role,
# audit rights, PgBouncer with TLS and SCRAM, backup and restore).
pg_virtualenv -v 15 tests/docs/check-admin-recipes.sh build/bin/ki-lotse-cli pg
tests/i18n/check-ts.sh build
# clang-tidy with the curated checks of .clang-tidy over src/ (the format is a ctest: "format: …").
tests/package/check-tidy.sh build
# The .deb: build it, check its dependencies, install it into an empty folder, run the installed
# programs' self-tests, validate the desktop file and the AppStream metainfo.
tests/package/check-deb.sh build
# The build-tree programs too (a planted library in the working folder is never loaded).
tests/package/check-hardening.sh build/bin/ki-lotse build/bin/ki-lotse-cli
# Start-up time and memory against a minimal Qt Widgets window (prints numbers and ratios).
QT_QPA_PLATFORM=offscreen tests/bench/startup.sh build/bin/ki-lotse build/bin/bench-minimal-window 9
# The approved-tool registry with 100,000 services against the sqlite3 shell.
QT_QPA_PLATFORM=offscreen build/bin/bench-registry 100000
# 60 clerk windows and 200 simultaneous requests on a PostgreSQL with max_connections = 20, direct
# and through PgBouncer (idle connections, tool query and refresh latency, the admin's write).
tests/bench/registry-clerks.sh build/bin/bench-registry-clerks 60 200
# The draft scanner: MB/s on 1 and 10 MB, side by side with npm PII libraries (installed with npm ci
# when node is there), and typing in the draft editor with 1 MB of text.
tests/bench/scan.sh build/bin/bench-scan
# Documents: a 100-page PDF and a 5,000-row XLSX through `scan` as a whole process (target <= 1 s).
tests/bench/documents.sh build/bin/ki-lotse-cli build/bin/ki-lotse-doc-fixture
QT_QPA_PLATFORM=offscreen build/bin/bench-draft-editor 1

# The scanner under libFuzzer with ASan and UBSan (clang), 60 seconds from the seed corpus.
cmake --preset fuzz
cmake --build --preset fuzz --parallel "$jobs"
fuzz_corpus="$scratch/fuzz-corpus"
cp -r tests/fuzz/corpus "$fuzz_corpus"
if ! build-fuzz/bin/fuzz-scanner -max_total_time="${KI_LOTSE_FUZZ_SECONDS:-60}" -print_final_stats=1 \
     "$fuzz_corpus" > "$scratch/fuzz.log" 2>&1; then
  tail -n 60 "$scratch/fuzz.log"
  echo "fuzz-scanner found a crash (the input is in the current folder as crash-*)" >&2
  exit 1
fi
grep -E '^Done|stat::number_of_executed_units|stat::peak_rss_mb' "$scratch/fuzz.log" || true
# Each document reader on its own, from its seeds (tests/fuzz/documents/<reader>).
for reader in pdf mail docx xlsx odt ods text; do
  mkdir -p "$scratch/fuzz-$reader"
  cp -r tests/fuzz/documents/$reader/. "$scratch/fuzz-$reader/"
  if ! build-fuzz/bin/fuzz-$reader -max_total_time="${KI_LOTSE_FUZZ_DOCUMENT_SECONDS:-15}" -rss_limit_mb=2048 \
       -timeout=20 -print_final_stats=1 "$scratch/fuzz-$reader" > "$scratch/fuzz-$reader.log" 2>&1; then
    tail -n 60 "$scratch/fuzz-$reader.log"
    echo "fuzz-$reader found a crash, leak or hang (the input is in the current folder as crash-*/leak-*/timeout-*)" >&2
    exit 1
  fi
  echo "fuzz-$reader: $(grep -E 'stat::number_of_executed_units' "$scratch/fuzz-$reader.log" | awk '{print $2}') runs"
done

# Core and CLI tests once more with AddressSanitizer and UBSan (GUI off to keep CI short).
if [ "${KI_LOTSE_SKIP_ASAN:-0}" != 1 ]; then
  cmake --preset asan-ubsan -DKI_LOTSE_BUILD_GUI=OFF
  cmake --build build-asan --parallel "$jobs"
  ctest --preset asan-ubsan --parallel "$jobs" -LE 'privacy|browser'
fi

# The core must build and pass its tests without Qt Widgets (house rule: core knows no screen).
if [ "${KI_LOTSE_SKIP_CORE_ONLY:-0}" != 1 ]; then
  cmake --preset core-only
  cmake --build build-core --parallel "$jobs"
  ctest --preset core-only --parallel "$jobs" -LE browser # (ran once above: the CLI is the same)
fi
