#!/usr/bin/env bash
# Builds the .deb from a configured build folder, checks its metadata and dependencies, installs
# it into an empty folder and runs the installed programs from there, and validates the desktop
# file and the AppStream metainfo it installs.
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
         usr/share/doc/ki-lotse/docs/admin.md; do
  [ -e "$root/$f" ] || { echo "missing in package: /$f" >&2; exit 1; }
done
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
echo "package check: ok"
