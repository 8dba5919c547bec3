#!/usr/bin/env bash
# Fails when a build log holds a compiler warning in our own sources (Sources/, Tests/,
# Benchmarks/, Fuzz/); dependencies' warnings are theirs. Used by `make test` on its build log.
#   scripts/check-warnings.sh BUILD_LOG
set -euo pipefail
log=${1:?usage: scripts/check-warnings.sh BUILD_LOG}
root=$(cd "$(dirname "$0")/.." && pwd)
warnings=$(grep -E "^$root/(Sources|Tests|Benchmarks|Fuzz)/[^:]+:[0-9]+:[0-9]+: warning:" "$log" | sort -u || true)
if [ -n "$warnings" ]; then
  echo "$warnings" >&2
  echo "check-warnings: $(wc -l <<<"$warnings") compiler warning(s) in our sources; fix them (CI treats them as errors)" >&2
  exit 1
fi
echo "check-warnings: no compiler warning in our sources"
