#!/usr/bin/env bash
# Installs what SelfHelpKit needs to build on Debian: libcmark-dev, libsqlite3-dev (for GRDB's
# search index), libhunspell-dev and hunspell-en-us (the `spelling` rule's library and US English
# dictionary), libmimalloc-dev (the command-line tools' allocator), pkg-config, and python3 (for
# the docs check of `make test`).
# Called by `make run`, `make test` and `make bench`. Says clearly what went wrong when it cannot.
set -euo pipefail

need_packages=()
command -v pkg-config >/dev/null 2>&1 || need_packages+=(pkg-config)
if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark; then
  need_packages+=(libcmark-dev)
fi
if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists sqlite3; then
  need_packages+=(libsqlite3-dev)
fi
if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists hunspell; then
  need_packages+=(libhunspell-dev)
fi
# The dictionary the `spelling` rule and its tests use (HunspellDictionary.searchFolders).
hunspell_dictionary() {
  for folder in "${SELFHELP_HUNSPELL_DIR:-}" /usr/share/hunspell /usr/share/myspell/dicts /usr/local/share/hunspell /opt/homebrew/share/hunspell; do
    [ -n "$folder" ] && [ -f "$folder/en_US.aff" ] && [ -f "$folder/en_US.dic" ] && return 0
  done
  return 1
}
hunspell_dictionary || need_packages+=(hunspell-en-us)
# The allocator the command-line tools link on Linux (Package.swift's toolAllocator); it has no
# pkg-config file, so the library the linker takes is looked for where Debian puts it.
mimalloc_library() {
  for library in /usr/lib/*/libmimalloc.so /usr/lib/libmimalloc.so /usr/local/lib/libmimalloc.so; do
    [ -e "$library" ] && return 0
  done
  return 1
}
[ "$(uname -s)" != Linux ] || mimalloc_library || need_packages+=(libmimalloc-dev)
# `make test` compiles the Swift examples of Docs/ with a Python helper (scripts/docs-package.py).
command -v python3 >/dev/null 2>&1 || need_packages+=(python3)
# Extra packages a target asks for (e.g. `cmark` for the benchmark's reference binary).
for extra in "$@"; do
  command -v "$extra" >/dev/null 2>&1 || need_packages+=("$extra")
done

if [ ${#need_packages[@]} -gt 0 ]; then
  echo "selfhelp: installing ${need_packages[*]} (apt-get)…" >&2
  if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
  else
    echo "selfhelp: error: ${need_packages[*]} missing and cannot install them: not root and no password-less sudo." >&2
    echo "selfhelp: run as root: apt-get install -y ${need_packages[*]}" >&2
    exit 1
  fi
  if ! { $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need_packages[@]}" >/dev/null; }; then
    echo "selfhelp: error: apt-get could not install ${need_packages[*]} (no network to Debian's mirrors, or not a Debian system?)." >&2
    exit 1
  fi
fi

if ! pkg-config --exists libcmark; then
  echo "selfhelp: error: libcmark is still not found by pkg-config after installing libcmark-dev." >&2
  exit 1
fi
if ! pkg-config --exists sqlite3; then
  echo "selfhelp: error: sqlite3 is still not found by pkg-config after installing libsqlite3-dev." >&2
  exit 1
fi
if ! pkg-config --exists hunspell; then
  echo "selfhelp: error: hunspell is still not found by pkg-config after installing libhunspell-dev." >&2
  exit 1
fi
if ! hunspell_dictionary; then
  echo "selfhelp: error: no en_US Hunspell dictionary (en_US.aff, en_US.dic) after installing hunspell-en-us; looked in \$SELFHELP_HUNSPELL_DIR, /usr/share/hunspell, /usr/share/myspell/dicts, /usr/local/share/hunspell, /opt/homebrew/share/hunspell." >&2
  exit 1
fi
if [ "$(uname -s)" = Linux ] && ! mimalloc_library; then
  echo "selfhelp: error: libmimalloc.so is still not found after installing libmimalloc-dev; looked in /usr/lib/*/, /usr/lib, /usr/local/lib." >&2
  exit 1
fi
if ! command -v swift >/dev/null 2>&1; then
  echo "selfhelp: error: the Swift toolchain (swift) is not on PATH; install Swift 5.10 or later." >&2
  exit 1
fi
