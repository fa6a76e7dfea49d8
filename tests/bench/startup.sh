#!/usr/bin/env bash
# Start-up benchmark: wall time and peak memory (max RSS) of `ki-lotse --self-test` against a
# minimal Qt Widgets window built alongside, median of N runs each, interleaved so both see the
# same machine load. Prints the numbers and the ratios; exits 1 if a ratio misses its target
# (time ≤ 3×, memory ≤ 2×) and KI_LOTSE_BENCH_ENFORCE=1.
#
# Usage: tests/bench/startup.sh PATH/TO/ki-lotse PATH/TO/bench-minimal-window [RUNS]
set -euo pipefail
app=${1:?path to ki-lotse}
ref=${2:?path to bench-minimal-window}
runs=${3:-7}
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
measure() { # prints "seconds kilobytes" of one run: wall time from bash's clock, max RSS from GNU time
  [ -x /usr/bin/time ] || { echo "GNU time (Debian package 'time') is required" >&2; exit 1; }
  local start end
  start=$EPOCHREALTIME
  /usr/bin/time -o "$tmp" -f '%M' "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
  end=$EPOCHREALTIME
  awk -v s="$start" -v e="$end" -v m="$(tail -n1 "$tmp")" 'BEGIN { printf "%.4f %d\n", e - s, m }'
}

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

app_t=(); app_m=(); ref_t=(); ref_m=()
"$app" --self-test >/dev/null 2>&1 || { echo "ki-lotse --self-test failed" >&2; exit 1; }
# Warm the file cache for both; the reference's own exit code is checked in every measured run.
"$ref" >/dev/null 2>&1 || echo "note: the warm-up start of $(basename "$ref") ended with $?" >&2
for ((i = 0; i < runs; i++)); do
  read -r t m < <(measure "$ref");               ref_t+=("$t"); ref_m+=("$m")
  read -r t m < <(measure "$app" --self-test);   app_t+=("$t"); app_m+=("$m")
done
at=$(printf '%s\n' "${app_t[@]}" | median); am=$(printf '%s\n' "${app_m[@]}" | median)
rt=$(printf '%s\n' "${ref_t[@]}" | median); rm=$(printf '%s\n' "${ref_m[@]}" | median)
tr_=$(awk -v a="$at" -v r="$rt" 'BEGIN { printf "%.2f", a / r }')
mr=$(awk -v a="$am" -v r="$rm" 'BEGIN { printf "%.2f", a / r }')
echo "start-up benchmark (median of $runs runs, platform $QT_QPA_PLATFORM)"
printf '  %-28s %8s s %10s KiB\n' "minimal Qt Widgets window" "$rt" "$rm"
printf '  %-28s %8s s %10s KiB\n' "ki-lotse --self-test" "$at" "$am"
echo "  ratio time:   ${tr_}x (target <= 3.00x)"
echo "  ratio memory: ${mr}x (target <= 2.00x)"
ok=$(awk -v t="$tr_" -v m="$mr" 'BEGIN { print (t > 0 && m > 0 && t <= 3.0 && m <= 2.0) ? "yes" : "no" }')
echo "  within target: $ok"
if [ "$ok" != yes ] && [ "${KI_LOTSE_BENCH_ENFORCE:-0}" = 1 ]; then exit 1; fi
