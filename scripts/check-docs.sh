#!/usr/bin/env bash
# Compiles every ```swift block of Docs/*.md in a client package that depends on SelfHelpKit by
# path (as a new user's package would), runs each page's program, and compares what it prints
# with the page's ```output blocks (conventions: scripts/docs-package.py and Docs/library.md).
# Also shows that a client of SelfHelpKit alone does not build GRDB, and that every manifest
# fragment (a block starting with `// Package.swift`) is a valid Package.swift.
# Run by `make test`; the client package lives in .build-docs/ (never committed).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
pkg=.build-docs/client
rm -rf "$pkg/Sources" "$pkg/expected" "$pkg/manifests"
mkdir -p "$pkg"
mapfile -t targets < <(python3 scripts/docs-package.py "$root" "$pkg")

fail() { echo "check-docs: $*" >&2; exit 1; }
# Each program runs in a fresh folder holding a link to the sample knowledge base, so examples
# may read Articles/ and write files without touching the repository.
run_target() {
  local target=$1 build=${2:-$pkg/.build} work
  work=$(mktemp -d)
  ln -s "$root/Articles" "$work/Articles"
  (cd "$work" && "$root/$build/debug/$target") > "$pkg/actual-$target.txt" 2> "$pkg/stderr-$target.txt" \
    || { cat "$pkg/stderr-$target.txt" >&2; rm -rf "$work"; fail "$target (from Docs/) exited with an error"; }
  rm -rf "$work"
  if [ -f "$pkg/expected/$target.txt" ]; then
    diff -u "$pkg/expected/$target.txt" "$pkg/actual-$target.txt" \
      || fail "$target prints something else than its \`\`\`output blocks in Docs/ (expected first, actual second)"
  fi
}

echo "check-docs: the first example of Docs/library.md, with SelfHelpKit alone"
# Its own build folder, where nothing else is ever built: whatever is compiled there, it needed.
first=$pkg/.build-first
swift build --package-path "$pkg" --scratch-path "$first" --product FirstExample > "$pkg/build.log" 2>&1 \
  || { grep -E "error|warning" "$pkg/build.log" >&2; fail "the first example of Docs/library.md does not build"; }
# SwiftPM plans a folder for every target of the graph; what counts is what it compiled and linked.
if find -L "$first/debug" \( -path '*GRDB.build/*.o' -o -name 'GRDB.swiftmodule' \) -print -quit | grep -q .; then
  fail "building a client of SelfHelpKit alone compiled GRDB"
fi
if ldd "$first/debug/FirstExample" | grep -q sqlite; then
  fail "a client of SelfHelpKit alone links SQLite"
fi
echo "check-docs: GRDB was not compiled for a client of SelfHelpKit alone"
run_target FirstExample "$first"

echo "check-docs: every Swift block of Docs/*.md (${targets[*]:1})"
swift build --package-path "$pkg" >> "$pkg/build.log" 2>&1 \
  || { grep -E "error:" -A3 "$pkg/build.log" | sed "s|$root/$pkg/Sources/||" >&2; fail "a Swift block in Docs/ does not compile (see $pkg/Sources/<target>/main.swift)"; }
for target in "${targets[@]:1}"; do run_target "$target"; done

for manifest in "$pkg"/manifests/*/Package.swift; do
  [ -e "$manifest" ] || continue
  swift package --package-path "$(dirname "$manifest")" dump-package > /dev/null 2> "$pkg/manifest.log" \
    || { cat "$pkg/manifest.log" >&2; fail "a Package.swift fragment in Docs/ is not valid: $manifest"; }
done
echo "check-docs: ${#targets[@]} programs and $(ls "$pkg"/manifests 2>/dev/null | wc -l) manifest fragments from Docs/ are fine"
