#!/usr/bin/env bash
# Checks that ELF programs are hardened: PIE, full RELRO (GNU_RELRO + BIND_NOW), non-executable
# stack, stack protector and FORTIFY in use, and no RPATH/RUNPATH at all (an empty RUNPATH entry
# would make the loader search the current directory). A planted library in the working folder
# must not be loaded: the script proves that with a fake libspdlog (or, without spdlog, the first
# library the program needs), starting the program from that folder; a program that cannot be
# started there fails the check (it would prove nothing).
# Usage: tests/package/check-hardening.sh PROGRAM...
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 PROGRAM..." >&2; exit 2; }
# Absolute paths: the planted-library check starts the programs from another folder.
bins=()
for arg in "$@"; do
  path=$(readlink -f -- "$arg") && [ -f "$path" ] && [ -x "$path" ] \
    || { echo "check-hardening: $arg: no such program" >&2; exit 2; }
  bins+=("$path")
done
fail=0
for bin in "${bins[@]}"; do
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
for bin in "${bins[@]}"; do
  name=$(basename "$bin")
  # (awk reads to the end: an early exit would end ldd with SIGPIPE and, with pipefail, the script.)
  lib=$(ldd "$bin" 2>/dev/null | awk '/libspdlog/ && !lib {lib = $1} END {print lib}')
  [ -n "$lib" ] || lib=$(readelf -d "$bin" | awk -F'[][]' '/\(NEEDED\)/ && $2 !~ /^ld-linux/ && !lib {lib = $2} END {print lib}')
  if [ -z "$lib" ]; then
    echo "planted library: $name needs no shared library (nothing to plant)"
    continue
  fi
  printf 'garbage' > "$work/$lib"
  # LD_DEBUG for the program only (through env, not for timeout); captured first: an early
  # `grep -q` exit would kill the program with SIGPIPE and hide a match.
  rc=0
  loader=$(cd "$work" && QT_QPA_PLATFORM=offscreen timeout 20 env LD_DEBUG=libs "$bin" --version 2>&1) || rc=$?
  if grep -qE "trying file=(\./|$work/)$lib" <<<"$loader"; then
    echo "NOT hardened: $name looks for $lib in the working folder" >&2
    fail=1
  elif [ $rc -ne 0 ] || ! grep -q "find library=$lib " <<<"$loader"; then
    # Not started, or the loader never looked for the library: the check would prove nothing.
    echo "NOT checked: $name did not start from $work (exit code $rc) or never looked for $lib:" >&2
    grep -v 'trying file=\|search path=\|search cache=' <<<"$loader" | tail -n 5 >&2 || true
    fail=1
  else
    echo "planted library: $name started from a folder with a fake $lib and did not look there"
  fi
  rm -f "$work/$lib"
done
exit $fail
