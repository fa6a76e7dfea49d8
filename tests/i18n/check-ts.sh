#!/usr/bin/env bash
# Fails when a translation is missing or out of date:
#  1. lupdate is run over the sources into copies of translations/*.ts: a string in the code that
#     the committed .ts lacks shows up as a new, unfinished entry;
#  2. no entry of the English .ts (the UI) or the German .ts (English-source messages) is unfinished;
#  3. the .ts files are well-formed and every translation keeps the placeholders of its source.
# Usage: tests/i18n/check-ts.sh [BUILD_DIR]   (after configuring; needs qt6-l10n-tools)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
[ -x "$lupdate" ] || lupdate=$(command -v lupdate)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
build=$(cd "${1:-$root/build}" && pwd)
# The lupdate projects CMake generated (sources and include paths: lupdate needs the Qt headers to
# see Q_DECLARE_TR_FUNCTIONS), pointed at copies of the .ts files.
for project in ki-lotse ki-lotse-cli; do
  json="$build/.lupdate/${project}_project.json"
  if [ ! -f "$json" ] || [ "$build/.lupdate/${project}_project.cmake" -nt "$json" ]; then
    # Configure writes the .cmake form; the JSON is made when the lupdate target runs. A JSON
    # older than the .cmake lists files that may be gone (moved sources): make it again.
    tools=$(sed -n 's/^Qt6LinguistTools_DIR:PATH=//p' "$build/CMakeCache.txt")
    [ -f "$build/.lupdate/${project}_project.cmake" ] && [ -n "$tools" ] \
      || { echo "missing $json: configure the build with the GUI first" >&2; exit 1; }
    cmake -DIN_FILE="$build/.lupdate/${project}_project.cmake" -DOUT_FILE="$json" \
          -P "$tools/GenerateLUpdateProject.cmake"
  fi
  python3 - "$json" "$tmp/$project.json" "$tmp" <<'PY'
import json, os, sys
project = json.load(open(sys.argv[1]))
project["translations"] = [os.path.join(sys.argv[3], os.path.basename(t)) for t in project["translations"]]
json.dump(project, open(sys.argv[2], "w"))
PY
done
cp "$root/translations/ki-lotse_en.ts" "$root/translations/ki-lotse_de.ts" "$root/translations/ki-lotse_de_plurals.ts" "$tmp/"
# A source lupdate cannot open would silently drop its strings: fail instead.
"$lupdate" -silent -no-obsolete -locations none -project "$tmp/ki-lotse.json" 2>&1 | tee "$tmp/lupdate.log"
"$lupdate" -silent -no-obsolete -locations none -source-language en -project "$tmp/ki-lotse-cli.json" 2>&1 | tee -a "$tmp/lupdate.log"
# The German plural forms of German source texts: every "%n" text of the UI needs them.
"$lupdate" -silent -no-obsolete -locations none -pluralonly -target-language de_DE -project "$tmp/ki-lotse.json" \
  -ts "$tmp/ki-lotse_de_plurals.ts" 2>&1 | grep -v "TS files from command line" | tee -a "$tmp/lupdate.log" || true
if grep -q "Cannot open" "$tmp/lupdate.log"; then
  echo "FAIL: lupdate cannot open a source file (stale lupdate project? re-run cmake)" >&2
  exit 1
fi
python3 - "$tmp" <<'PY'
import re, sys, xml.etree.ElementTree as ET
tmp = sys.argv[1]
bad = 0
for name in ("ki-lotse_en.ts", "ki-lotse_de.ts", "ki-lotse_de_plurals.ts"):
    root = ET.parse(f"{tmp}/{name}").getroot()
    total = 0
    for ctx in root.iter("context"):
        cname = ctx.findtext("name")
        for m in ctx.iter("message"):
            total += 1
            src = m.findtext("source") or ""
            tr = m.find("translation")
            kind = tr.get("type") if tr is not None else "missing"
            if kind in ("unfinished", "missing"):
                bad += 1
                print(f"{name}: {cname}: untranslated: {src[:80]!r}")
                continue
            forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
            want = sorted(set(re.findall(r"%[1-9]", src)))
            for form in forms:
                if sorted(set(re.findall(r"%[1-9]", form))) != want:
                    bad += 1
                    print(f"{name}: {cname}: placeholders differ: {src[:60]!r} -> {form[:60]!r}")
    print(f"{name}: {total} messages checked")
if bad:
    print(f"FAIL: {bad} problem(s); run `cmake --build build --target update_translations` and translate")
    sys.exit(1)
print("translations complete")
PY
