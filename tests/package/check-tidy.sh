#!/bin/bash
# clang-tidy (Debian 12's clang-tidy 14) with the curated checks of .clang-tidy over every source
# file in src/, two at a time; fails on any finding. Needs the build's compile_commands.json.
# Usage: tests/package/check-tidy.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
tidy=$(command -v clang-tidy-14 || command -v clang-tidy) || { echo "clang-tidy is not installed (scripts/deps.sh test)" >&2; exit 1; }
[ -f "$build/compile_commands.json" ] || { echo "no $build/compile_commands.json: configure first" >&2; exit 1; }
cd "$root"
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
git ls-files 'src/*.cpp' | xargs -P "$(nproc)" -n 4 "$tidy" -p "$build" --quiet >"$log" 2>&1 || status=1
findings=$(grep -cE '^/.*: (warning|error): ' "$log" || true)
if [ "$status" -ne 0 ] || [ "$findings" -ne 0 ]; then
  grep -E -A3 '^/.*: (warning|error): ' "$log" | head -80 >&2
  echo "FAIL: clang-tidy found $findings problem(s) (checks: .clang-tidy)" >&2
  exit 1
fi
echo "ok: clang-tidy clean on $(git ls-files 'src/*.cpp' | wc -l) files (checks: .clang-tidy)"
