#!/bin/bash
# The AT-SPI test (tests/a11y/atspi-check.py) in a private X server and D-Bus session, in German
# and English. Needs python3-pyatspi, at-spi2-core, dbus-x11, xvfb (scripts/deps.sh test).
# The X server is started first, so the accessibility bus daemons that D-Bus starts on demand see
# $DISPLAY (key presses go through XTest like a real keyboard's).
set -euo pipefail
app=${1:?usage: run-atspi.sh PATH/TO/ki-lotse}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
export XDG_RUNTIME_DIR=$work/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"
status=0
for lang in de en; do
  # -displayfd: the server picks a free display and tells us which (no lock-file races).
  Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
  xvfb=$!
  for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
  export DISPLAY=:$(head -n1 "$work/display")
  dbus-run-session -- /usr/bin/python3 "$here/atspi-check.py" "$app" "$lang" \
    2> >(grep -v -e 'fd limit' -e 'Activating service' -e 'Successfully activated' -e 'SpiRegistry daemon' >&2) || status=1
  kill "$xvfb" 2>/dev/null || true
  wait "$xvfb" 2>/dev/null || true
  : >"$work/display"
done
rm -rf "$work"
exit $status
