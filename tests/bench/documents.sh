#!/usr/bin/env bash
# Documents as a clerk or admin checks them: `ki-lotse-cli scan --format json FILE > out.json` as a
# whole process on a 100-page text PDF and a 5,000-row XLSX (extraction + scan + output), against
# references in the same run: the same text as a plain text file through the same command (what
# extraction adds) and poppler's own `pdftotext` (extraction alone, no scan). Target: <= 1 s each.
# Usage: tests/bench/documents.sh build/bin/ki-lotse-cli build/bin/ki-lotse-doc-fixture [runs]
set -euo pipefail
cli=$1
fixture=$2
runs=${3:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"
unset KI_LOTSE_POLICY_DIR KI_LOTSE_REGISTRY

"$fixture" pdf-pages 100 "$work/bescheide.pdf"
"$fixture" xlsx-rows 5000 "$work/spender.xlsx"
"$fixture" csv-rows 5000 "$work/spender.csv"
pdftotext -enc UTF-8 "$work/bescheide.pdf" "$work/bescheide.txt"

# Best and median wall time of `runs` runs, in seconds; the command's exit code must be 0 or 3.
time_cmd() {
  local out=$1; shift
  local times=()
  for _ in $(seq "$runs"); do
    local start end rc=0
    start=$(date +%s.%N)
    "$@" > "$out" 2>/dev/null || rc=$?
    end=$(date +%s.%N)
    if [ "$rc" != 0 ] && [ "$rc" != 3 ]; then echo "FAIL: $* ended with $rc" >&2; exit 1; fi
    times+=("$(echo "$end - $start" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {printf "%.3f %.3f\n", a[1], a[int((NR+1)/2)]}'
}

peak_kb() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n1; }

printf '%-46s %8s %8s %9s %8s\n' "whole process, best of $runs" "best s" "median s" "findings" "peak MB"
best=""
row() {
  local label=$1 file=$2 out=$3 median findings kb
  read -r best median < <(time_cmd "$out" "$cli" scan --format json "$file")
  findings=$(jq 'if has("files") then ([.files[].findings | length] | add) else (.findings | length) end' "$out")
  /usr/bin/time -o "$work/peak" -f %M "$cli" scan --format json "$file" > /dev/null 2>&1 || true
  kb=$(tail -n1 "$work/peak")
  printf '%-46s %8s %8s %9s %8.1f\n' "$label" "$best" "$median" "$findings" "$(echo "${kb:-0} / 1024" | bc -l)"
}
ratio() { echo "$1 / $2" | bc -l | xargs printf '%.2f'; }

row "scan bescheide.pdf (100 pages, $(du -k "$work/bescheide.pdf" | cut -f1) KB)" "$work/bescheide.pdf" "$work/pdf.json"
pdf_best=$best
row "  reference: the same text as .txt" "$work/bescheide.txt" "$work/txt.json"
txt_best=$best
read -r p2t_best p2t_median < <(time_cmd "$work/p2t.out" pdftotext -enc UTF-8 "$work/bescheide.pdf" -)
printf '%-46s %8s %8s\n' "  peer: pdftotext (extraction only, no scan)" "$p2t_best" "$p2t_median"
row "scan spender.xlsx (5,000 rows x 6, $(du -k "$work/spender.xlsx" | cut -f1) KB)" "$work/spender.xlsx" "$work/xlsx.json"
xlsx_best=$best
row "  reference: the same rows as .csv" "$work/spender.csv" "$work/csv.json"
csv_best=$best

echo
echo "PDF:  $(ratio "$pdf_best" "$txt_best")x the plain text, $(ratio "$pdf_best" "$p2t_best")x pdftotext's extraction alone"
echo "XLSX: $(ratio "$xlsx_best" "$csv_best")x the plain CSV"
# Every page and every row must have been read: the findings are there.
pages=$(jq '[.files[0].findings[].place.page] | unique | length' "$work/pdf.json")
cells=$(jq '[.files[0].findings[] | select(.category == "IBAN") | .place.cell] | unique | length' "$work/xlsx.json")
echo "findings on $pages of 100 pages; IBANs in $cells of 5000 rows"
fail=0
[ "$pages" = 100 ] || { echo "FAIL: findings expected on every page of the PDF" >&2; fail=1; }
[ "$cells" = 5000 ] || { echo "FAIL: an IBAN expected in every row of the XLSX" >&2; fail=1; }
for pair in "PDF $pdf_best" "XLSX $xlsx_best"; do
  set -- $pair
  if [ "$(echo "$2 > 1.0" | bc -l)" = 1 ]; then echo "FAIL: $1 took $2 s (target <= 1 s)" >&2; fail=1; fi
done
exit $fail
