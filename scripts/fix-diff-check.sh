#!/usr/bin/env bash
# Whole-corpus check of `selfhelp fix` (Docs/robustness.md, "Nothing lost"):
#
#   scripts/fix-diff-check.sh [CORPUS]     default ../shared/corpus/articles
#
# Over a copy of CORPUS (the corpus itself is never written): files get varied permissions
# (0644, 0640, 0755, 0444); `validate --format json` lists every fixable diagnostic with its
# range; `fix --dry-run` must write nothing; `fix` runs; then scripts/fix-diff-check.py checks
# that each changed file differs from the original only inside the fixes' ranges, that line
# endings and permissions are kept, that no temporary file is left, and that the report matches
# the changes; a second `fix` must change nothing (fixing twice equals fixing once).
# SELFHELP names the binary (default: .build/release/selfhelp, built when missing).
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${1:-../shared/corpus/articles}
[ -d "$CORPUS" ] || { echo "fix-diff-check: no corpus at $CORPUS" >&2; exit 2; }
SELFHELP=${SELFHELP:-.build/release/selfhelp}
[ -x "$SELFHELP" ] || swift build -c release --product selfhelp
work=$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d)
trap 'rm -rf "$work"' EXIT

# Copies that a normal user may write (the corpus itself may be read-only), then modes.
for copy in original kb; do
  cp -R "$CORPUS" "$work/$copy"
  chmod -R u+rwX "$work/$copy"
  python3 scripts/fix-diff-check.py modes "$work/$copy"
done

set +e
"$SELFHELP" validate "$work/kb" --format json > "$work/validate.json" 2> "$work/validate.err"
status=$?
"$SELFHELP" fix "$work/original" --dry-run > "$work/dry-run.diff" 2> "$work/dry-run.err"
dry_status=$?
"$SELFHELP" fix "$work/kb" > "$work/fix1.out" 2> "$work/fix1.err"
fix_status=$?
set -e
[ "$status" -le 1 ] || { echo "fix-diff-check: validate exited $status" >&2; cat "$work/validate.err" >&2; exit 1; }
[ "$dry_status" -eq 0 ] || { echo "fix-diff-check: fix --dry-run exited $dry_status" >&2; exit 1; }
[ "$fix_status" -eq 0 ] || { echo "fix-diff-check: fix exited $fix_status" >&2; cat "$work/fix1.err" >&2; exit 1; }

# The dry run wrote nothing: the original copy still equals the corpus.
diff -r "$CORPUS" "$work/original" > /dev/null || { echo "fix-diff-check: fix --dry-run changed files" >&2; exit 1; }

cp -a "$work/kb" "$work/once"
set +e
"$SELFHELP" fix "$work/kb" > "$work/fix2.out" 2> "$work/fix2.err"
fix2_status=$?
set -e
[ "$fix2_status" -eq 0 ] || { echo "fix-diff-check: the second fix exited $fix2_status" >&2; exit 1; }

python3 scripts/fix-diff-check.py check "$work"
