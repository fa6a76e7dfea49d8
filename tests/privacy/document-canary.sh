#!/usr/bin/env bash
# Privacy invariant for documents: the text inside a file that is checked is never written anywhere
# — no temporary file, no log, no cache, no socket. Every format is made with a canary word in
# every kind of text part (body, header, footer, footnote, comment, tracked change, property,
# sheet name, cell, mail header and body, attachment); `ki-lotse-cli scan` reads each file under
# strace, and the canary must not appear in any write except to standard output (the result the
# user asked for), while TMPDIR and the user's folders stay free of it.
# Usage: tests/privacy/document-canary.sh build/bin/ki-lotse-cli build/bin/ki-lotse-doc-fixture
set -euo pipefail
cli=$1
fixture=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
word=Zaunkoenig4711Kanarienvogel
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"
export TMPDIR="$work/tmp"
mkdir -p "$TMPDIR"
unset KI_LOTSE_POLICY_DIR KI_LOTSE_REGISTRY
"$fixture" canary "$work/files" "$word"
command -v strace >/dev/null || { echo "FAIL: strace is not installed (scripts/deps.sh installs it)" >&2; exit 1; }

fail=0
for f in "$work"/files/*; do
  name=$(basename "$f")
  rc=0
  strace -f -qq -s 1000000 -e trace=write,writev,pwrite64,pwritev,pwritev2,sendto,sendmsg,sendmmsg \
         -o "$work/trace" "$cli" scan --format json "$f" > "$work/out.json" 2> "$work/err.txt" || rc=$?
  if [ "$rc" != 0 ] && [ "$rc" != 3 ]; then
    echo "FAIL: $name: scan ended with $rc: $(cat "$work/err.txt")" >&2; fail=1; continue
  fi
  # The file was really read: the extracted text reached the scanner (the count of characters
  # shows it), so a missing canary below is not just an unread file.
  chars=$(jq 'if has("files") then .files[0].characters else 1 end' "$work/out.json")
  [ "$chars" -gt 0 ] || { echo "FAIL: $name: no text extracted" >&2; fail=1; }
  # Writes to standard output (fd 1) are the result the user asked for; everything else must be free of it.
  # (Filtered into a file first: an early `grep -q` exit would fail the pipe under pipefail.)
  grep -v -E '^[0-9]+ +(write|writev)\(1,' "$work/trace" > "$work/trace-other" || true
  if grep -q "$word" "$work/trace-other"; then
    echo "FAIL: $name: the canary was written outside standard output:" >&2
    grep -v -E '^[0-9]+ +(write|writev)\(1,' "$work/trace" | grep "$word" | cut -c1-200 >&2
    fail=1
  fi
  echo "ok: $name ($chars characters read; $(grep -c . "$work/trace" || true) writes traced, canary only in the result)"
done
if [ -n "$(ls -A "$TMPDIR")" ]; then echo "FAIL: files left in TMPDIR: $(ls -A "$TMPDIR")" >&2; fail=1; fi
if grep -rl "$word" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_STATE_HOME" "$XDG_CACHE_HOME" 2>/dev/null; then
  echo "FAIL: the canary is in a file of the user's folders (above)" >&2; fail=1
fi
[ "$fail" = 0 ] && echo "ok: no canary in any write but the result, TMPDIR empty, user folders free of it"
exit $fail
