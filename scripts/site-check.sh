#!/usr/bin/env bash
# Builds Articles/ and loads the site's index.html and one article page in headless Chromium:
# the pages must load, log no console error, and show the expected headings. Screenshots are
# left in SCREENSHOTS (default: a temp folder, printed) for a person to look at.
#
# Usage: scripts/site-check.sh [--install]   (--install: apt-get install chromium when missing)
# Exit: 0 = pages render as expected (or "skipped: chromium not installed"), 1 = a check failed, 2 = setup failure.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
shots="${SCREENSHOTS:-$(mktemp -d)}"

browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$browser" && "${1:-}" == "--install" && "$(id -u)" == 0 ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1 || true
    browser="$(command -v chromium || true)"
fi
if [[ -z "$browser" ]]; then echo "skipped: chromium not installed"; exit 0; fi

selfhelp="${SELFHELP:-}"
if [[ -z "$selfhelp" ]]; then
    (cd "$root" && swift build --product selfhelp >/dev/null) || { echo "error: swift build failed" >&2; exit 2; }
    selfhelp="$(cd "$root" && swift build --show-bin-path)/selfhelp"
fi
"$selfhelp" build "$root/Articles" --out "$work/site" --fail-on never --quiet

chrome() {
    timeout 60 "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
        --user-data-dir="$work/profile" --enable-logging=stderr --v=0 --virtual-time-budget=2000 "$@"
}

status=0
check() { # PAGE NAME EXPECTED-TEXT…
    local page="$1" name="$2"; shift 2
    local dom
    dom="$(chrome --dump-dom "file://$page" 2>"$work/$name.log" || true)"
    chrome --screenshot="$shots/$name.png" --window-size=1280,1600 "file://$page" 2>/dev/null >/dev/null || true
    if [[ -z "$dom" ]]; then echo "FAIL $name: the page did not load"; status=1; return; fi
    for expected in "$@"; do
        if ! grep -qF -- "$expected" <<<"$dom"; then echo "FAIL $name: missing $expected"; status=1; fi
    done
    if grep -E "CONSOLE|Uncaught|Refused to" "$work/$name.log" | grep -v "DevTools" >"$work/$name.errors"; then
        echo "FAIL $name: console errors:"; cat "$work/$name.errors"; status=1
    fi
    [[ -s "$shots/$name.png" ]] || { echo "FAIL $name: no screenshot"; status=1; }
    [[ $status -ne 0 ]] || echo "ok   $name ($shots/$name.png)"
}

check "$work/site/index.html" index '<h1>Knowledge base</h1>' 'id="by-service"' 'id="by-type"' 'id="by-cloud"' 'Password synchronization is not working'
check "$work/site/articles/identity/password-sync-not-working.html" article '<h1' 'Password synchronization' 'id="recommended-steps"'
exit $status
