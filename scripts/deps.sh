#!/usr/bin/env bash
# Installs the Debian 12 packages KI-Lotse needs to build, test or run, if they are missing.
# Usage: scripts/deps.sh [build|test|run]   (default: test = everything)
# Uses apt-get directly as root, via sudo otherwise. Nothing is downloaded except Debian packages.
set -euo pipefail
what=${1:-test}

runtime=(libqt6widgets6 libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins qt6-translations-l10n
         libspdlog1.10 fonts-dejavu-core libpoppler-cpp0v5 libquazip1-qt6-1 libgmime-3.0-0)
build=(build-essential cmake ninja-build pkg-config qt6-base-dev qt6-base-dev-tools qt6-tools-dev
       qt6-tools-dev-tools qt6-l10n-tools libgl-dev nlohmann-json3-dev libspdlog-dev libfmt-dev
       libpoppler-cpp-dev libquazip1-qt6-dev libgmime-3.0-dev)
# (chromium, xvfb, xauth, node and npm: the browser extension's end-to-end test, tests/browser.)
test=(catch2 clang-format clang-tidy chromium xvfb xauth x11-utils python3-pyatspi at-spi2-core dbus-x11 time postgresql-15 postgresql-common pgbouncer openssl jq sqlite3 strace clang libclang-rt-14-dev util-linux poppler-utils qpdf desktop-file-utils appstream dpkg-dev bc)

case "$what" in
  run) wanted=("${runtime[@]}" "${build[@]}") ;;   # run.sh builds from source, so it needs both
  build) wanted=("${runtime[@]}" "${build[@]}") ;;
  test) wanted=("${runtime[@]}" "${build[@]}" "${test[@]}") ;;
  *) echo "usage: $0 [build|test|run]" >&2; exit 2 ;;
esac

missing=()
for pkg in "${wanted[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$pkg")
done
# Node and npm by command, not by package: a NodeSource `nodejs` brings npm itself and conflicts
# with Debian's `npm` package, so Debian's nodejs/npm are installed only when a command is missing.
if [ "$what" = test ]; then
  command -v node >/dev/null || missing+=(nodejs)
  command -v npm >/dev/null || missing+=(npm)
fi
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing Debian packages: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Please run as root or install sudo." >&2; exit 1; }
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
