#!/usr/bin/env bash
# Renders the XSS vectors (Tests/SelfHelpKitTests/Fixtures/xss-vectors.md) to a standalone page with
# `selfhelp render --standalone`, loads it in headless Chromium and fails if any script ran.
#
# Every vector, if it executed, would set document.title to PWNED. The script dumps the DOM after
# load (with a virtual-time budget so timers and handlers get their chance) and fails when the
# title is PWNED. It also loads a control page whose own script sets the title, to prove the
# check would notice a script that runs (a check that cannot fail proves nothing).
#
# Usage: scripts/xss-chromium.sh [--install]
#   --install  apt-get install chromium when it is missing (needs root and a Debian mirror).
# Exit: 0 = no vector ran (or "skipped: chromium not installed"), 1 = a vector ran, 2 = setup failure.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
vectors="$root/Tests/SelfHelpKitTests/Fixtures/xss-vectors.md"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

find_chromium() {
    for candidate in chromium chromium-browser google-chrome google-chrome-stable; do
        if command -v "$candidate" >/dev/null 2>&1; then command -v "$candidate"; return 0; fi
    done
    return 1
}

browser="$(find_chromium || true)"
if [[ -z "$browser" && "${1:-}" == "--install" ]]; then
    if command -v apt-get >/dev/null 2>&1 && [[ "$(id -u)" == 0 ]]; then
        apt-get install -y chromium >/dev/null 2>&1 || { apt-get update >/dev/null 2>&1 && apt-get install -y chromium >/dev/null 2>&1; } || true
    fi
    browser="$(find_chromium || true)"
fi
if [[ -z "$browser" ]]; then
    echo "skipped: chromium not installed (run with --install, or apt-get install chromium)"
    exit 0
fi

selfhelp="${SELFHELP:-}"
if [[ -z "$selfhelp" ]]; then
    (cd "$root" && swift build --product selfhelp >/dev/null) || { echo "error: swift build failed" >&2; exit 2; }
    selfhelp="$(cd "$root" && swift build --show-bin-path)/selfhelp"
fi

page="$work/xss.html"
"$selfhelp" render "$vectors" --to html --standalone --var 'name=<img src=x onerror="document.title='"'"'PWNED'"'"'">' --output "$page"

dump() {
    # --virtual-time-budget lets load handlers, errors of broken images and timers run first.
    timeout 60 "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage \
        --no-first-run --user-data-dir="$work/profile" --virtual-time-budget=3000 --dump-dom "file://$1" 2>"$work/chromium.log"
}

# Control: a page whose own script sets the title must be caught by the same check.
cat > "$work/control.html" <<'HTML'
<!DOCTYPE html><html><head><title>control</title></head><body><img src=x onerror="document.title='PWNED'"><script>document.title='PWNED'</script></body></html>
HTML
control="$(dump "$work/control.html" || true)"
if ! grep -q '<title>PWNED</title>' <<<"$control"; then
    echo "error: the control page's script did not run in $browser; the check cannot be trusted" >&2
    sed -n 1,20p "$work/chromium.log" >&2 || true
    exit 2
fi

# The standalone page has a Content-Security-Policy that would block script on its own; to show
# that the sanitizer alone suffices, the fragment is also loaded in a bare page without any CSP.
fragment="$work/fragment.html"
{
    printf '<!DOCTYPE html><html><head><meta charset="utf-8"><title>XSS vectors</title></head><body>\n'
    "$selfhelp" render "$vectors" --to html --var 'name=<img src=x onerror="document.title='"'"'PWNED'"'"'">'
    printf '</body></html>\n'
} > "$fragment"

for candidate in "$page" "$fragment"; do
    dom="$(dump "$candidate")" || { echo "error: chromium failed to load $candidate" >&2; sed -n 1,20p "$work/chromium.log" >&2; exit 2; }
    if grep -q '<title>PWNED</title>' <<<"$dom"; then
        echo "FAIL: a vector ran script in $browser (document.title is PWNED) in $(basename "$candidate")"
        exit 1
    fi
    if ! grep -q '<title>XSS vectors</title>' <<<"$dom"; then
        echo "error: $(basename "$candidate") did not load as expected" >&2
        exit 2
    fi
done
count="$(grep -c '^## v' "$vectors")"
echo "ok: $count XSS vectors rendered by selfhelp (standalone page with CSP, and bare fragment without), loaded in $("$browser" --version 2>/dev/null | head -1): no script ran"
