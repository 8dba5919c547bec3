#!/usr/bin/env bash
# Runs every fuzz target in Fuzz/ for SECONDS each (default 10), one after another.
# Exits 1 when a target finds a problem; prints "fuzzing skipped: …" and exits 0 when the
# toolchain cannot build fuzzers. See Docs/robustness.md.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_EACH=${1:-10}
if ! scripts/fuzz.sh --probe >/dev/null 2>&1; then
  echo "fuzzing skipped: swiftc -sanitize=fuzzer does not work with this toolchain (see .build-fuzz/probe/log)"
  exit 0
fi
failed=()
for file in Fuzz/*.swift; do
  target=$(basename "$file" .swift)
  scripts/fuzz.sh "$target" "$SECONDS_EACH" || failed+=("$target")
done
if [ ${#failed[@]} -gt 0 ]; then echo "fuzz: problems found by: ${failed[*]}" >&2; exit 1; fi
echo "fuzz: all targets ran ${SECONDS_EACH}s without a finding"
