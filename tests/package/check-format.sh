#!/bin/bash
# Fails when a C++ source or header tracked by git differs from .clang-format (clang-format 14,
# Debian 12). Fix with: git ls-files 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' | xargs clang-format -i
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
cd "$root"
format=$(command -v clang-format-14 || command -v clang-format) || { echo "clang-format is not installed (scripts/deps.sh test)" >&2; exit 1; }
mapfile -t files < <(git ls-files 'src/*.cpp' 'src/*.h' 'tests/*.cpp' 'tests/*.h' | grep -v '/peers/')
if ! "$format" --dry-run --Werror "${files[@]}" 2>"${TMPDIR:-/tmp}/format.$$"; then
  grep -m 20 'error:' "${TMPDIR:-/tmp}/format.$$" >&2 || true
  echo "FAIL: $(grep -c 'error:' "${TMPDIR:-/tmp}/format.$$") places differ from .clang-format" >&2
  rm -f "${TMPDIR:-/tmp}/format.$$"
  exit 1
fi
rm -f "${TMPDIR:-/tmp}/format.$$"
echo "ok: ${#files[@]} files follow .clang-format"
