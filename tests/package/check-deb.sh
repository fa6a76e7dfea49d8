#!/usr/bin/env bash
# Builds the .deb from a configured build folder, checks its metadata and dependencies, installs
# it into an empty folder and runs the installed programs from there, validates the desktop
# file and the AppStream metainfo it installs, and checks the browser extension's native messaging
# host: the manifests in the browsers' system folders and the wrapper they name.
# Usage: tests/package/check-deb.sh BUILD_DIR
set -euo pipefail
build=$(cd "${1:?build folder}" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$build" && cpack -G DEB -B "$work/out" >/dev/null)
deb=$(ls "$work"/out/ki-lotse_*.deb)
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"
info=$(dpkg-deb --info "$deb")
version=$(dpkg-deb --field "$deb" Version)
expected=$("$build/bin/ki-lotse-cli" --version | awk '{print $2}')
[ "$version" = "$expected" ] || { echo "package version $version != program version $expected" >&2; exit 1; }
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
# The document readers: poppler-cpp (PDF), QuaZip (DOCX, XLSX, ODT, ODS), GMime (e-mail).
for dep in libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite qt6-qpa-plugins libspdlog \
           libpoppler-cpp0v5 libquazip1-qt6-1 libgmime-3.0-0; do
  grep -q "$dep" <<<"$depends" || { echo "missing dependency $dep" >&2; exit 1; }
done
# Every dependency can be satisfied on this system (a dry run, nothing is installed).
apt-get install --simulate "$deb" >/dev/null

root="$work/root"
dpkg-deb --extract "$deb" "$root"
for f in usr/bin/ki-lotse usr/bin/ki-lotse-cli usr/share/applications/de.kilotse.KiLotse.desktop \
         usr/share/metainfo/de.kilotse.KiLotse.metainfo.xml usr/share/icons/hicolor/scalable/apps/de.kilotse.KiLotse.svg \
         usr/share/icons/hicolor/48x48/apps/de.kilotse.KiLotse.png usr/share/ki-lotse/policy-default/manifest.json \
         usr/share/ki-lotse/policy-default/translation-en.json usr/share/ki-lotse/translations/ki-lotse_en.qm \
         usr/share/ki-lotse/translations/ki-lotse_de.qm usr/share/doc/ki-lotse/LICENSE \
         usr/share/doc/ki-lotse/docs/admin.md usr/lib/ki-lotse/native-host; do
  [ -e "$root/$f" ] || { echo "missing in package: /$f" >&2; exit 1; }
done
# The native messaging host (docs/admin.md "Native-Messaging-Host"): one manifest per browser folder,
# each naming the wrapper /usr/lib/ki-lotse/native-host and admitting only the KI-Lotse extension
# (Chromium/Chrome/Edge: its id from browser/EXTENSION_ID; Firefox: its gecko id).
[ -x "$root/usr/lib/ki-lotse/native-host" ] || { echo "/usr/lib/ki-lotse/native-host is not executable" >&2; exit 1; }
extension_id=$(tr -d '[:space:]' < "$(dirname "$0")/../../browser/EXTENSION_ID")
python3 - "$root" "$extension_id" <<'PY'
import json, sys
root, ext_id = sys.argv[1], sys.argv[2]
wrapper = "/usr/lib/ki-lotse/native-host"
chromium = {"allowed_origins": [f"chrome-extension://{ext_id}/"]}
firefox = {"allowed_extensions": ["ki-lotse@ki-lotse.de"]}
manifests = {
    "etc/chromium/native-messaging-hosts/de.ki_lotse.host.json": chromium,
    "etc/opt/chrome/native-messaging-hosts/de.ki_lotse.host.json": chromium,
    "etc/opt/edge/native-messaging-hosts/de.ki_lotse.host.json": chromium,
    "usr/lib/mozilla/native-messaging-hosts/de.ki_lotse.host.json": firefox,
}
bad = 0
for rel, allowed in manifests.items():
    where = "/" + rel
    try:
        with open(f"{root}/{rel}", encoding="utf-8") as f:
            m = json.load(f)
    except FileNotFoundError:
        print(f"missing in package: {where}", file=sys.stderr); bad += 1; continue
    except ValueError as e:
        print(f"{where}: not valid JSON: {e}", file=sys.stderr); bad += 1; continue
    expected = {"name": "de.ki_lotse.host", "path": wrapper, "type": "stdio", **allowed}
    before = bad
    for key, value in expected.items():
        if m.get(key) != value:
            print(f'{where}: "{key}" is {json.dumps(m.get(key))}, expected {json.dumps(value)}', file=sys.stderr)
            bad += 1
    other = ({"allowed_origins", "allowed_extensions"} - allowed.keys()) & m.keys()
    if other:
        print(f"{where}: has {', '.join(sorted(other))}, which belongs to another browser's manifest", file=sys.stderr)
        bad += 1
    if bad == before:
        print(f"native messaging manifest: {where} -> {wrapper} ({', '.join(allowed[next(iter(allowed))])})")
sys.exit(1 if bad else 0)
PY
# The installed programs are hardened (PIE, full RELRO, stack protector, FORTIFY, no RUNPATH).
"$(dirname "$0")/check-hardening.sh" "$root/usr/bin/ki-lotse" "$root/usr/bin/ki-lotse-cli"
desktop-file-validate "$root/usr/share/applications/de.kilotse.KiLotse.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/de.kilotse.KiLotse.metainfo.xml"

# The installed programs run from the installed location, with a throw-away home.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/config" XDG_DATA_HOME="$work/home/data" \
       XDG_STATE_HOME="$work/home/state" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
"$root/usr/bin/ki-lotse-cli" --version
"$root/usr/bin/ki-lotse-cli" policy validate "$root/usr/share/ki-lotse/policy-default"
"$root/usr/bin/ki-lotse" --self-test
"$root/usr/bin/ki-lotse" --self-test --lang en --theme dark
# A central settings file with a lock (as IT would distribute it) is honoured by the installed CLI.
mkdir -p "$work/xdg/ki-lotse"
printf 'locked=ui/language\n[ui]\nlanguage=en\n' > "$work/xdg/ki-lotse/ki-lotse.conf"
XDG_CONFIG_DIRS="$work/xdg" "$root/usr/bin/ki-lotse-cli" config check
# (Captured first: `| grep -q` would end the pipe early and the CLI's next write would die of SIGPIPE.)
shown=$(XDG_CONFIG_DIRS="$work/xdg" "$root/usr/bin/ki-lotse-cli" --lang de policy show)
grep -q "^Questions:" <<<"$shown" || { echo "the locked language setting was not applied" >&2; exit 1; }
# The installed wrapper starts the installed host (…/lib/ki-lotse/native-host → …/bin/ki-lotse-cli):
# an empty stdin (the browser closed at once) ends the session with exit code 0, and a framed request
# (32-bit native length + JSON, as a browser sends it) gets a framed answer with the IBAN finding.
"$root/usr/lib/ki-lotse/native-host" "chrome-extension://$extension_id/" </dev/null \
  || { echo "the installed native host wrapper fails on an empty stdin (exit code $?)" >&2; exit 1; }
python3 - "$root/usr/lib/ki-lotse/native-host" "chrome-extension://$extension_id/" <<'PY'
import json, struct, subprocess, sys
request = json.dumps({"text": "Bitte überweisen Sie auf DE89 3704 0044 0532 0130 00.",
                      "url": "https://unknown.example/chat"}).encode()
run = subprocess.run(sys.argv[1:], input=struct.pack("=I", len(request)) + request,
                     capture_output=True, timeout=60)
out = run.stdout
if run.returncode != 0 or len(out) < 4 or struct.unpack("=I", out[:4])[0] != len(out) - 4:
    sys.exit(f"the installed native host gave no framed answer (exit code {run.returncode}, "
             f"{len(out)} bytes; stderr: {run.stderr.decode(errors='replace')[-300:]})")
answer = json.loads(out[4:])
categories = [f.get("category") for f in answer.get("findings", [])]
if "iban" not in [str(c).lower() for c in categories]:
    sys.exit(f"the installed native host found no IBAN: {json.dumps(answer)[:500]}")
print(f"installed native host: framed answer, findings {categories}, suggested level {answer.get('suggested_level')}")
PY
echo "package check: ok"
