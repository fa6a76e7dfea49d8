#!/usr/bin/env bash
# The scanner never touches the network: the CLI does not link Qt Network, a scan and a
# pseudonymisation work inside an empty network namespace, and strace sees no IPv4/IPv6 socket.
# Usage: tests/privacy/no-network.sh PATH/TO/ki-lotse-cli
set -euo pipefail
cli=${1:?path to ki-lotse-cli}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" XDG_STATE_HOME="$work/state" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"
unset KI_LOTSE_REGISTRY KI_LOTSE_POLICY_DIR
printf 'Sehr geehrte Frau Öztürk,\nIBAN DE89 3704 0044 0532 0130 00, Tel. 0221 12345-67\n' > "$work/draft.txt"

# (ldd into a variable first: under pipefail an early "grep -q" exit could kill ldd and hide a match.)
libs=$(ldd "$cli")
if grep -q 'libQt6Network' <<<"$libs"; then
  echo "FAIL: ki-lotse-cli links libQt6Network" >&2; exit 1
fi
echo "ok: no Qt Network library"

ns=""
if unshare -rn true 2>/dev/null; then ns="unshare -rn"; elif unshare -n true 2>/dev/null; then ns="unshare -n"; fi
if [ -n "$ns" ]; then
  rc=0; $ns "$cli" scan --format json "$work/draft.txt" > "$work/scan.json" || rc=$?
  [ "$rc" = 3 ] && grep -Eq '"suggested_level": ?2' "$work/scan.json" || { echo "FAIL: scan without network" >&2; exit 1; }
  pseudonymised=$($ns "$cli" pseudonymise "$work/draft.txt" 2>/dev/null) || true
  grep -q '\[IBAN_1\]' <<<"$pseudonymised" || { echo "FAIL: pseudonymise without network" >&2; exit 1; }
  echo "ok: scan and pseudonymise work in an empty network namespace ($ns)"
else
  echo "note: no network namespace available here; skipped that part"
fi

if command -v strace >/dev/null; then
  # Exit code 3: the draft has findings (that is the point of it).
  rc=0; strace -f -qq -e trace=socket,connect -o "$work/trace" "$cli" scan "$work/draft.txt" >/dev/null || rc=$?
  [ "$rc" = 3 ] || { echo "FAIL: scan ended with $rc, expected 3 (findings)" >&2; exit 1; }
  if grep -E 'AF_INET6?|AF_PACKET' "$work/trace"; then
    echo "FAIL: the scan opened a network socket (see above)" >&2; exit 1
  fi
  echo "ok: strace shows no AF_INET/AF_INET6 socket ($(grep -c . "$work/trace" || true) socket/connect calls in total)"
else
  echo "FAIL: strace is not installed (scripts/deps.sh installs it)" >&2; exit 1
fi
