#!/bin/bash
# End-to-end test of the KI-Lotse browser extension with Debian's Chromium.
#   tests/browser/run-e2e.sh BUILD_DIR
# Needs: chromium (apt-get install chromium), xvfb-run (xvfb), node and npm; the npm
# registry for `npm ci` (puppeteer-core only; it downloads no browser).
# Env: KL_BROWSER=firefox runs the smaller Firefox test (e2e-firefox.mjs, firefox-esr) instead;
#      KL_HEADLESS=new runs --headless=new instead of headful under Xvfb;
#      KL_SCREENSHOT=FILE saves the warning; KL_ALLOW_STAND_IN=1 allows the stand-in host
#      when the build has no `native-host` command (development only; exits 77 otherwise);
#      KI_LOTSE_REQUIRE_BROWSER=1 turns every skip (exit 77: no browser, node, npm, xvfb-run or
#      native host) into a failure (exit 1) – scripts/test.sh sets it, so CI cannot skip silently.
# Exit codes: 0 passed, 1 a check failed, 2 bad call, 77 skipped (ctest: SKIP_RETURN_CODE 77).
set -euo pipefail
BUILD_DIR=$(realpath "${1:?usage: run-e2e.sh BUILD_DIR}")
HERE=$(cd "$(dirname "$0")" && pwd)
CLI="$BUILD_DIR/bin/ki-lotse-cli"
CHROMIUM=${KL_CHROMIUM:-/usr/bin/chromium}

# Something the test needs is missing: skipped (77), or a failure when KI_LOTSE_REQUIRE_BROWSER=1.
skip() {
    if [ "${KI_LOTSE_REQUIRE_BROWSER:-}" = 1 ]; then
        echo "run-e2e: FAIL: $1 – the browser test cannot run, and KI_LOTSE_REQUIRE_BROWSER=1 does not" \
             "allow skipping it (scripts/deps.sh test installs chromium, nodejs, npm, xvfb, xauth)" >&2
        exit 1
    fi
    echo "run-e2e: SKIPPED: $1" >&2
    exit 77
}

[ -x "$CLI" ] || { echo "run-e2e: $CLI not found" >&2; exit 2; }
command -v node >/dev/null && command -v npm >/dev/null || skip "node/npm missing (apt-get install nodejs npm)"
SCRIPT=e2e.mjs
if [ "${KL_BROWSER:-chromium}" = firefox ]; then
    SCRIPT=e2e-firefox.mjs
    [ -x "${KL_FIREFOX:-/usr/bin/firefox-esr}" ] || skip "${KL_FIREFOX:-/usr/bin/firefox-esr} missing (apt-get install firefox-esr)"
else
    [ -x "$CHROMIUM" ] || skip "$CHROMIUM missing (apt-get install chromium)"
fi
if [ "${KL_HEADLESS:-}" != new ]; then
    command -v xvfb-run >/dev/null || skip "xvfb-run missing (apt-get install xvfb xauth)"
fi

WORK=$(mktemp -d /tmp/ki-lotse-browser-e2e.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
# Only the test's own registry and the bundled pack: no settings of the caller or of the system.
unset KI_LOTSE_POLICY_DIR KI_LOTSE_REGISTRY
export XDG_CONFIG_DIRS="$WORK/xdg" XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data" XDG_CACHE_HOME="$WORK/cache" \
       XDG_STATE_HOME="$WORK/state" XDG_RUNTIME_DIR="$WORK/run" HOME="$WORK/home"
mkdir -p "$XDG_CONFIG_DIRS" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_STATE_HOME" "$XDG_RUNTIME_DIR" "$HOME"
chmod 700 "$XDG_RUNTIME_DIR"
export KI_LOTSE_LANG=de

# The host answers an empty stdin with exit code 0; an older build says "unknown command" (2).
if "$CLI" native-host </dev/null >/dev/null 2>&1; then
    HOST_CMD="'$CLI' native-host"
elif [ "${KL_ALLOW_STAND_IN:-}" = 1 ]; then
    echo "run-e2e: WARNING: no 'native-host' in $CLI; using the stand-in host (not a real test)" >&2
    HOST_CMD="node '$HERE/stand-in-host.mjs'"
else
    skip "$CLI has no 'native-host' command"
fi

# npm ci into a copy so the source tree stays clean (and parallel runs do not collide).
mkdir -p "$WORK/e2e" "$WORK/npm-cache"
cp "$HERE/package.json" "$HERE/package-lock.json" "$HERE/$SCRIPT" "$WORK/e2e/"
(cd "$WORK/e2e" && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --no-update-notifier --cache "$WORK/npm-cache" --loglevel=error >/dev/null)

export KL_EXTENSION="$(cd "$HERE/../../browser" && pwd)" KL_CLI="$CLI" KL_HOST_CMD="$HOST_CMD" KL_WORK="$WORK" KL_CHROMIUM="$CHROMIUM"
if [ "${KL_HEADLESS:-}" = new ]; then
    node "$WORK/e2e/$SCRIPT"
else
    xvfb-run -a -s "-screen 0 1280x900x24" node "$WORK/e2e/$SCRIPT"
fi
