#!/usr/bin/env bash
# CI: fails when the command reference in Docs/cli.md (between the BEGIN/END markers) is not what
# scripts/cli-reference.sh generates from the built tool. `--write` refreshes it instead.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build --product selfhelp >/dev/null
generated=$(mktemp)
updated=$(mktemp)
trap 'rm -f "$generated" "$updated"' EXIT
scripts/cli-reference.sh > "$generated"
begin='<!-- BEGIN command reference -->'
end='<!-- END command reference -->'
grep -qF "$begin" Docs/cli.md && grep -qF "$end" Docs/cli.md || { echo "Docs/cli.md lacks the $begin / $end markers" >&2; exit 1; }
awk -v begin="$begin" -v end="$end" -v file="$generated" '
  $0 == begin { print; while ((getline line < file) > 0) print line; skip = 1; next }
  $0 == end { skip = 0 }
  !skip { print }' Docs/cli.md > "$updated"
if [ "${1:-}" = "--write" ]; then
  cp "$updated" Docs/cli.md
  echo "Docs/cli.md: command reference regenerated"
  exit 0
fi
if ! diff -u Docs/cli.md "$updated"; then
  echo "Docs/cli.md is stale: run 'scripts/check-cli-doc.sh --write'" >&2
  exit 1
fi
echo "Docs/cli.md command reference is up to date"
