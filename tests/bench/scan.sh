#!/usr/bin/env bash
# Scanner benchmark: KI-Lotse's draft scanner on 1 MB and 10 MB, and npm PII libraries on the same
# corpus in the same run (tests/bench/peers). Installs the peers with `npm ci` when node and the
# npm registry are reachable; without them the scanner is measured alone and the script says so.
#
# Usage: tests/bench/scan.sh PATH/TO/bench-scan [extra bench-scan options]
set -euo pipefail
bench=${1:?path to bench-scan}
shift
here=$(cd "$(dirname "$0")" && pwd)
peers="$here/peers"
if command -v node >/dev/null && command -v npm >/dev/null; then
  if [ ! -d "$peers/node_modules" ] || [ "$peers/package-lock.json" -nt "$peers/node_modules" ]; then
    echo "Installing the peer libraries (npm ci) …"
    if ! timeout 300 npm ci --prefix "$peers" --no-audit --no-fund --loglevel=error >/dev/null 2>&1; then
      echo "npm ci failed (registry unreachable?): measuring the scanner alone." >&2
      rm -rf "$peers/node_modules"
    fi
  fi
else
  echo "node/npm not installed: measuring the scanner alone." >&2
fi
exec "$bench" --peers-dir "$peers" "$@"
