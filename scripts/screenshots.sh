#!/usr/bin/env bash
# Takes the screenshots in docs/images/ under a real X server (Xvfb): every wizard page of one
# check, plus the result pages of the other outcomes. Needs a build (scripts/test.sh or run.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-docs/images}
tour=build/bin/ki-lotse-screenshot-tour
[ -x "$tour" ] || { echo "build first: scripts/test.sh" >&2; exit 1; }
export XDG_STATE_HOME=$(mktemp -d) XDG_DATA_HOME=$(mktemp -d) XDG_CONFIG_HOME=$(mktemp -d) KI_LOTSE_POLICY_DIR= KI_LOTSE_REGISTRY= QT_QPA_PLATFORM=xcb
run() { xvfb-run -a -s "-screen 0 1280x800x24" "$tour" "$out" "$@"; }
# Drafting a letter, personal data "unsure": every page of the wizard, the workshop tab, the record
# export and (on a 1920x1080 screen) the slides of the workshop presentation.
KI_LOTSE_TOUR_PRESENTATION=1920x1080 xvfb-run -a -s "-screen 0 1920x1080x24" "$tour" "$out" 1 2111111111111 check
# Other outcomes: result page only (the tour saves every step; keep the last).
tmp=$(mktemp -d)
# Answer digits in questionnaire order: personal_data, special_categories, special_secrecy,
# criminal_data, official_secrets, trade_secrets, third_party_data, public_output, published,
# decision_about_persons, high_risk_area, citizen_interaction, prohibited_practice.
xvfb-run -a -s "-screen 0 1280x800x24" "$tour" "$tmp" 0 1111111111111 level1 >/dev/null
xvfb-run -a -s "-screen 0 1280x800x24" "$tour" "$tmp" 1 1111111110111 escalate >/dev/null
xvfb-run -a -s "-screen 0 1280x800x24" "$tour" "$tmp" 5 1111111111110 blocked >/dev/null
for kind in level1 escalate blocked; do cp "$(ls "$tmp"/$kind-*-result.png)" "$out/result-$kind.png"; done
# The verdicts of the secrecy, offence, Annex III and "unsure" questions, in German and English:
# the top of the result page and its tool list; the label page for a letter, a publication and a
# deep-fake video.
for lang in de en; do
  shot() { KI_LOTSE_LANG=$lang xvfb-run -a -s "-screen 0 1280x800x24" env "$@" >/dev/null; }
  shot KI_LOTSE_TOUR_RESULT_TOOLS=1 "$tour" "$tmp/$lang" 5 1111111111112 unsure
  shot KI_LOTSE_TOUR_RESULT_TOOLS=1 "$tour" "$tmp/$lang" 2 1101111111111 secrecy
  shot KI_LOTSE_TOUR_RESULT_TOOLS=1 "$tour" "$tmp/$lang" 5 1111111111110 blocked
  shot KI_LOTSE_TOUR_LABEL=prefilled "$tour" "$tmp/$lang" 1 0111111011111 letter
  shot KI_LOTSE_TOUR_LABEL=prefilled "$tour" "$tmp/$lang" 1 1111111001111 published
  shot KI_LOTSE_TOUR_LABEL=public:video:deepfake "$tour" "$tmp/$lang" 1 1111111001111 deepfake
  cp "$(ls "$tmp/$lang"/unsure-*-result.png)" "$out/$lang-result-prohibited-unsure.png"
  cp "$(ls "$tmp/$lang"/secrecy-*-result.png)" "$out/$lang-result-special-secrecy.png"
  cp "$(ls "$tmp/$lang"/secrecy-*-result-middle.png)" "$out/$lang-result-special-secrecy-tools.png"
  cp "$(ls "$tmp/$lang"/blocked-*-result.png)" "$out/$lang-result-blocked.png"
  cp "$(ls "$tmp/$lang"/letter-*-label-prefilled.png)" "$out/$lang-label-individual.png"
  cp "$(ls "$tmp/$lang"/published-*-label-prefilled.png)" "$out/$lang-label-public.png"
  cp "$(ls "$tmp/$lang"/deepfake-*-label-public-video-deepfake.png)" "$out/$lang-label-deepfake-video.png"
done
# A broken configured pack: the banner over the first page.
pack="$tmp/broken-pack"
mkdir -p "$pack"
cp tests/data/packs/minimal/* "$pack/"
cp tests/data/packs/invalid/unknown-question/* "$pack/"
KI_LOTSE_POLICY_DIR="$pack" xvfb-run -a -s "-screen 0 1280x800x24" "$tour" "$tmp" 1 1 banner >/dev/null || true
cp "$(ls "$tmp"/banner-00-*.png)" "$out/fallback-banner.png"
# The same walk in English, in the dark and high-contrast themes and with a 150 % font: a few
# pages each, to show that nothing is cut off (docs/images/en-*, dark-*, contrast-*, font150-*).
for variant in "en:KI_LOTSE_LANG=en" "dark:KI_LOTSE_THEME=dark" "contrast:KI_LOTSE_THEME=high-contrast" \
               "font150:KI_LOTSE_TOUR_FONT_SCALE=1.5"; do
  name=${variant%%:*}
  rm -rf "$tmp/$name"
  env "${variant#*:}" xvfb-run -a -s "-screen 0 1280x800x24" "$tour" "$tmp/$name" 1 2111111111111 check >/dev/null
  for page in usecase personal_data result draft-check label registry workshop help about tour; do
    src=$(ls "$tmp/$name"/check-*-"$page".png 2>/dev/null | head -1 || true)
    if [ -n "$src" ]; then cp "$src" "$out/$name-$page.png"; fi
  done
done
# The first page of a check record as PDF (rendered with pdftoppm from poppler-utils).
cli=build/bin/ki-lotse-cli
cat > "$tmp/answers.json" <<'JSON'
{"use_case": "citizen_communication", "answers": {"personal_data": "yes", "special_categories": "no",
 "official_secrets": "no", "trade_secrets": "no", "public_output": "yes", "decision_about_persons": "no",
 "citizen_interaction": "no", "prohibited_practice": "no", "special_secrecy": "no", "criminal_data": "no",
 "third_party_data": "no", "published": "no", "high_risk_area": "no"}}
JSON
"$cli" report --answers "$tmp/answers.json" --format pdf -o "$tmp/record.pdf" \
  --purpose "Antwort auf eine Bürgeranfrage zur Sperrmüllabholung (Entwurf)" --label-tool "Stadt-KI (Eigenbetrieb)"
pdftoppm -r 100 -f 1 -l 2 -png "$tmp/record.pdf" "$tmp/record"
cp "$tmp/record-1.png" "$out/record-pdf-page1.png"
cp "$tmp/record-2.png" "$out/record-pdf-page2.png"
# Names in Polish, Turkish and Cyrillic (embedded Unicode fonts), in German and in English.
"$cli" report --answers "$tmp/answers.json" --format pdf -o "$tmp/unicode.pdf" \
  --purpose "Antwort an Łukasz Żółć, Şükrü Yılmaz und Пётр Иванов"
"$cli" --lang en report --answers "$tmp/answers.json" --format pdf -o "$tmp/english.pdf" \
  --purpose "Reply to Łukasz Żółć, Şükrü Yılmaz and Пётр Иванов"
pdftoppm -r 100 -f 1 -l 1 -singlefile -png "$tmp/unicode.pdf" "$out/record-pdf-unicode"
pdftoppm -r 100 -f 1 -l 1 -singlefile -png "$tmp/english.pdf" "$out/record-pdf-english"
rm -rf "$tmp"
ls "$out"
