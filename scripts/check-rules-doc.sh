#!/usr/bin/env bash
# CI: fails when Docs/rules.md is not what `selfhelp rules --format markdown` generates.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product selfhelp >/dev/null
generated=$(mktemp)
trap 'rm -f "$generated"' EXIT
.build/debug/selfhelp rules --format markdown > "$generated"
if ! diff -u Docs/rules.md "$generated"; then
  echo "Docs/rules.md is stale: run '.build/debug/selfhelp rules --format markdown > Docs/rules.md'" >&2
  exit 1
fi
echo "Docs/rules.md is up to date"
