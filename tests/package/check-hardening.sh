#!/usr/bin/env bash
# Checks that ELF programs are hardened: PIE, full RELRO (GNU_RELRO + BIND_NOW), non-executable
# stack, stack protector and FORTIFY in use, and no RPATH/RUNPATH at all (an empty RUNPATH entry
# would make the loader search the current directory). A planted library in the working folder
# must not be loaded: the script proves that with a fake libspdlog.
# Usage: tests/package/check-hardening.sh PROGRAM...
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 PROGRAM..." >&2; exit 2; }
fail=0
for bin in "$@"; do
  name=$(basename "$bin")
  problems=()
  header=$(readelf -h "$bin")
  dynamic=$(readelf -d "$bin")
  segments=$(readelf -lW "$bin")
  symbols=$(readelf --dyn-syms -W "$bin")
  grep -q 'Type:[[:space:]]*DYN' <<<"$header" && grep -q 'PIE' <<<"$dynamic" || problems+=("not PIE")
  grep -q 'GNU_RELRO' <<<"$segments" || problems+=("no RELRO segment")
  grep -qE 'BIND_NOW|Flags:.*NOW' <<<"$dynamic" || problems+=("no BIND_NOW (partial RELRO only)")
  if grep -E 'GNU_STACK' <<<"$segments" | grep -q 'RWE'; then problems+=("executable stack"); fi
  grep -q '__stack_chk_fail' <<<"$symbols" || problems+=("no stack protector (__stack_chk_fail)")
  grep -qE '__[a-z0-9_]+_chk(@|$| )' <<<"$symbols" || problems+=("no FORTIFY functions (__*_chk)")
  if grep -qE '\((RPATH|RUNPATH)\)' <<<"$dynamic"; then
    problems+=("has $(grep -E '\((RPATH|RUNPATH)\)' <<<"$dynamic" | sed 's/.*(\(R[A-Z]*PATH\)).*\[\(.*\)\]/\1 [\2]/')")
  fi
  if [ ${#problems[@]} -eq 0 ]; then
    echo "hardened: $name (PIE, full RELRO, NX stack, stack protector, FORTIFY, no RUNPATH)"
  else
    echo "NOT hardened: $name: ${problems[*]}" >&2
    fail=1
  fi
done
# A library planted in the working folder must not be picked up.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for bin in "$@"; do
  lib=$(ldd "$bin" 2>/dev/null | awk '/libspdlog/ {print $1; exit}')
  [ -n "$lib" ] || continue
  printf 'garbage' > "$work/$lib"
  # (Captured first: an early `grep -q` exit would kill the program with SIGPIPE and hide a match.)
  loader=$(cd "$work" && QT_QPA_PLATFORM=offscreen LD_DEBUG=libs timeout 20 "$bin" --version 2>&1 || true)
  if grep -q "trying file=\./$lib\|trying file=$work/$lib" <<<"$loader"; then
    echo "NOT hardened: $(basename "$bin") looks for $lib in the working folder" >&2
    fail=1
  fi
  rm -f "$work/$lib"
done
exit $fail
