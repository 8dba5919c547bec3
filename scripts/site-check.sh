#!/usr/bin/env bash
# Builds a knowledge base (default Articles/) and checks the site in headless Chromium, served over
# HTTP from the output folder (scripts/site-check.py): the home page, a service page, an article
# page, a form page and the findings page at 360, 1280 and 1920 pixels (no console error, no
# failed or off-origin request, no sideways scrolling, images load), then searches, one filtered (the
# expected article among the first results, bytes fetched per query within the budget).
# Screenshots are left in SCREENSHOTS (default: a temp folder, printed) for a person to look at.
#
# Usage: scripts/site-check.sh [--install] [--corpus DIR]
#   --install      apt-get install chromium when missing
#   --corpus DIR   check the site of the real corpus (../shared/corpus/articles) instead, with its queries
# Exit: 0 = as expected (or "skipped: chromium not installed"), 1 = a check failed, 2 = setup failure.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
install=0 corpus=""
while [[ $# -gt 0 ]]; do
    case "$1" in
        --install) install=1; shift ;;
        --corpus) corpus="$2"; shift 2 ;;
        *) echo "usage: scripts/site-check.sh [--install] [--corpus DIR]" >&2; exit 2 ;;
    esac
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
shots="${SCREENSHOTS:-$(mktemp -d)}"
mkdir -p "$shots"

browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$browser" && $install == 1 && "$(id -u)" == 0 ]]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null 2>&1 || true
    browser="$(command -v chromium || true)"
fi
if [[ -z "$browser" ]]; then echo "skipped: chromium not installed"; exit 0; fi
if ! python3 -c 'import websocket' 2>/dev/null; then
    pip install -q websocket-client >/dev/null 2>&1 || { echo "error: cannot install websocket-client from PyPI (needed to drive Chromium)" >&2; exit 2; }
fi

selfhelp="${SELFHELP:-}"
if [[ -z "$selfhelp" ]]; then
    (cd "$root" && swift build --product selfhelp >/dev/null) || { echo "error: swift build failed" >&2; exit 2; }
    selfhelp="$(cd "$root" && swift build --show-bin-path)/selfhelp"
fi

if [[ -z "$corpus" ]]; then
    kb="$root/Articles"
    cat > "$work/checks.json" <<'JSON'
{"pages": [
  ["home", "index.html", ["Knowledge base", "Services", "Types", "Clouds", "microsoft.storage"]],
  ["service", "services/microsoft.storage.html", ["Service: microsoft.storage", "Requests to a blob container fail with 403"]],
  ["article", "articles/storage/blob-access-denied.html", ["About this article", "Home", "microsoft.storage", "Related articles", "storage/blob-access-denied.md"]],
  ["form", "articles/identity/scoping-directory-sync.html", ["<select class=\"form-control\"", "disabled", "Shown when"]],
  ["article-findings", "articles/defects/link-defects.html", ["Findings", "link-broken"]]],
 "searches": [
  ["password", "password synchronization", "identity/password-sync-not-working.html", 1],
  ["sas", "sas permissions blob", "storage/blob-access-denied.html", 3],
  ["prefix", "virtual machine rest", "compute/vm-unexpected-restart-rca.html", 3],
  ["filtered", "account keys", "storage/reset-account-keys.html", 2, "service=microsoft.storage"],
  ["hostile", "constructor __proto__ toString (.*", "", 0]],
 "maxQueryBytes": 153600}
JSON
else
    kb="$corpus"
    # Three real queries; the expected articles are found under any copy of the corpus (the 8× knowledge base).
    cat > "$work/checks.json" <<'JSON'
{"pages": [
  ["corpus-home", "index.html", ["Knowledge base", "Services"]],
  ["corpus-form", "articles/problemscopingques.recoveryservices/problemscopingques-mabs-backupfailure.html", ["Shown when", "disabled"]]],
 "searches": [
  ["staging", "password hash sync staging mode", "microsoft.identity-password-sync-tsg/solution-staging-mode.html", 3],
  ["sspr", "user not registered for self-service password reset", "iam-sspr-insight6-user-not-registered-for-password-reset.html", 3],
  ["hana", "sap hana backup fails", "problemscopingques-saphana-backupfailure.html", 3]],
 "maxQueryBytes": 153600}
JSON
fi
start=$(date +%s.%N)
"$selfhelp" build "$kb" --out "$work/site" --fail-on never --quiet
echo "build: $(echo "$(date +%s.%N) - $start" | bc) s; search index: $(du -sb "$work/site/search" | cut -f1) bytes in $(find "$work/site/search" -type f | wc -l) files; home page: $(stat -c %s "$work/site/index.html") bytes"
echo "screenshots: $shots"
timeout 300 python3 "$root/scripts/site-check.py" "$work/site" "$browser" "$shots" "$work/checks.json"
