#!/usr/bin/env bash
# `selfhelp lsp` with a real editor's client: headless Neovim (Debian's `neovim`) opens an article
# whose header has a key in the wrong case, waits for the diagnostic, applies the quick fix and
# checks the buffer (scripts/lsp-neovim.lua).
#   scripts/lsp-neovim.sh [--install]      (SELFHELP: the binary, default a debug build)
# Exit: 0 passed (or "skipped: neovim not installed"), 1 a check failed, 2 setup failure.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if ! command -v nvim >/dev/null 2>&1 && [[ "${1:-}" == "--install" && "$(id -u)" == 0 ]]; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq neovim; } >/dev/null 2>&1 || true
fi
if ! command -v nvim >/dev/null 2>&1; then
  [[ "${1:-}" == "--install" ]] && { echo "error: neovim is missing and apt-get could not install it" >&2; exit 2; }
  echo "skipped: neovim not installed"; exit 0
fi
selfhelp="${SELFHELP:-}"
if [[ -z "$selfhelp" ]]; then
  (cd "$root" && swift build --product selfhelp >/dev/null) || { echo "error: swift build failed" >&2; exit 2; }
  selfhelp="$root/.build/debug/selfhelp"
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$root/Articles/storage" "$root/Articles/identity" "$work/"
article="$work/storage/reset-account-keys.md"
sed -i 's/articleId=/articleid=/' "$article"
grep -q 'articleid=' "$article" || { echo "error: the fixture lost its defect" >&2; exit 2; }
echo "neovim: $(nvim --version | head -1)"
if SELFHELP="$(cd "$(dirname "$selfhelp")" && pwd)/$(basename "$selfhelp")" KB="$work" ARTICLE="$article" \
   timeout 120 nvim --headless --clean -c "luafile $root/scripts/lsp-neovim.lua" 2>&1; then
  grep -q 'articleid=' "$article" && echo "the file on disk is untouched (the fix is in the buffer, unsaved)"
  echo "ok: neovim drove selfhelp lsp"
else
  echo "FAIL: the neovim check failed" >&2
  exit 1
fi
