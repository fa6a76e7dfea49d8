#!/bin/bash
# Fails on an include between src/core folders that src/core/layers.txt does not allow, and on
# any Qt GUI/Widgets include in core (core never draws).
set -euo pipefail
root=${1:-$(cd "$(dirname "$0")/../.." && pwd)}
core=$root/src/core
declare -A allowed
while IFS= read -r line; do
  [[ -z $line || $line == \#* ]] && continue
  allowed[${line%%:*}]=" ${line#*:} "
done <"$core/layers.txt"
status=0
while IFS= read -r -d '' file; do
  rel=${file#"$core"/}
  folder=.
  [[ $rel == */* ]] && folder=${rel%%/*}
  if [[ -z ${allowed[$folder]+x} ]]; then
    echo "FAIL: src/core/$rel: folder '$folder' is not in src/core/layers.txt" >&2; status=1; continue
  fi
  lineno=0
  while IFS= read -r text; do
    lineno=$((lineno + 1))
    if [[ $text =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*[\<\"](QtGui|QtWidgets|QWidget|QApplication|QGuiApplication|QPainter|QImage|QPixmap|QFont)[/\>\"] ]]; then
      echo "FAIL: src/core/$rel:$lineno: core includes ${BASH_REMATCH[1]} (core never draws; use a render library)" >&2; status=1
    fi
    [[ $text =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\"([a-z]+)/ ]] || continue
    target=${BASH_REMATCH[1]}
    [[ $target == "$folder" ]] && continue
    if [[ ${allowed[$folder]} != *" $target "* ]]; then
      echo "FAIL: src/core/$rel:$lineno: $folder/ may not include $target/ (src/core/layers.txt allows:${allowed[$folder]})" >&2
      status=1
    fi
  done <"$file"
done < <(find "$core" \( -name '*.cpp' -o -name '*.h' -o -name '*.h.in' \) -print0)
[ $status -eq 0 ] && echo "ok: core includes follow src/core/layers.txt"
exit $status
