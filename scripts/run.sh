#!/usr/bin/env bash
# Builds KI-Lotse (if needed) and starts the GUI with the bundled policy pack.
# Extra arguments go to ki-lotse, e.g. scripts/run.sh --policy /pfad/zum/regelwerk
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh run
if [ ! -f build/CMakeCache.txt ]; then
  cmake --preset dev -DKI_LOTSE_BUILD_TESTS=OFF
fi
cmake --build build --target ki-lotse ki-lotse-cli
exec build/bin/ki-lotse "$@"
