#!/usr/bin/env bash
# `selfhelp serve` in headless Chromium: open an article page, change the article on disk, and see
# the page change by itself (scripts/serve-chromium.py). Screenshots stay in SCREENSHOTS.
#   scripts/serve-chromium.sh [--install]     (SELFHELP: the binary, default a debug build)
# Exit: 0 passed (or "skipped: chromium not installed"), 1 a check failed, 2 setup failure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
browser="$(command -v chromium || command -v chromium-browser || true)"
if [[ -z "$browser" && "${1:-}" == "--install" && "$(id -u)" == 0 ]]; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } >/dev/null 2>&1 || true
  browser="$(command -v chromium || true)"
fi
if [[ -z "$browser" ]]; then
  [[ "${1:-}" == "--install" ]] && { echo "error: chromium is missing and apt-get could not install it" >&2; exit 2; }
  echo "skipped: chromium not installed"; exit 0
fi
if ! python3 -c 'import websocket' 2>/dev/null; then
  pip install -q websocket-client >/dev/null 2>&1 || { echo "error: cannot install websocket-client from PyPI (needed to drive Chromium)" >&2; exit 2; }
fi
selfhelp="${SELFHELP:-}"
if [[ -z "$selfhelp" ]]; then
  (cd "$root" && swift build --product selfhelp >/dev/null) || { echo "error: swift build failed" >&2; exit 2; }
  selfhelp="$root/.build/debug/selfhelp"
fi
shots="${SCREENSHOTS:-$(mktemp -d)}"
mkdir -p "$shots"
timeout 180 python3 "$root/scripts/serve-chromium.py" "$selfhelp" "$browser" "$shots"
