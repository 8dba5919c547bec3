#!/usr/bin/env bash
# Builds one libFuzzer target from Fuzz/TARGET.swift with the SelfHelpKit sources and runs it.
#
#   scripts/fuzz.sh TARGET [SECONDS]      e.g. scripts/fuzz.sh header 600
#   scripts/fuzz.sh --probe               exit 0 when this toolchain can build fuzzers
#
# The fuzz build lives in .build-fuzz/ (never touches .build/): the binary in .build-fuzz/bin/,
# the corpus in .build-fuzz/corpus/TARGET (seeded from our fixtures and Articles/), crashes in
# .build-fuzz/crashes/TARGET/. Extra arguments after SECONDS go to libFuzzer.
# Environment: FUZZ_SEEDS (extra seed folder, default ../shared/corpus/articles when present),
# FUZZ_OPT (optimisation flag, default -O), FUZZ_EXCLUDE (regex of core sources left out, default
# none). See Docs/robustness.md.
set -euo pipefail
cd "$(dirname "$0")/.."

OUT=.build-fuzz
# A failed property aborts; Swift's backtracer would then attach to the process and linger for
# minutes holding our pipes (libFuzzer and ASan print the stack already).
export SWIFT_BACKTRACE=${SWIFT_BACKTRACE:-enable=no}
SWIFTC=${SWIFTC:-swiftc}
OPT=${FUZZ_OPT:--O}

probe() {
  mkdir -p "$OUT/probe"
  printf '@_cdecl("LLVMFuzzerTestOneInput") public func fuzz(_ d: UnsafePointer<UInt8>, _ n: Int) -> CInt { 0 }\n' > "$OUT/probe/probe.swift"
  "$SWIFTC" -sanitize=fuzzer,address -parse-as-library "$OUT/probe/probe.swift" -o "$OUT/probe/probe" >"$OUT/probe/log" 2>&1 \
    && "$OUT/probe/probe" -runs=1 >>"$OUT/probe/log" 2>&1
}

if [ "${1:-}" = "--probe" ]; then
  if probe; then echo "fuzz: swiftc -sanitize=fuzzer works"; exit 0; fi
  echo "fuzz: swiftc -sanitize=fuzzer does not work here (see $OUT/probe/log)" >&2
  exit 1
fi

TARGET=${1:?usage: scripts/fuzz.sh TARGET [SECONDS] [libFuzzer options…]}
SECONDS_TO_RUN=${2:-60}
shift; [ $# -gt 0 ] && shift
FILE=Fuzz/$TARGET.swift
if [ ! -f "$FILE" ]; then
  echo "fuzz: no target '$TARGET' (expected $FILE); targets: $(cd Fuzz && ls *.swift | sed 's/\.swift$//' | tr '\n' ' ')" >&2
  exit 2
fi

# Build (again only when a source is newer than the binary).
BIN=$OUT/bin/fuzz-$TARGET
mkdir -p "$OUT/bin" "$OUT/corpus/$TARGET" "$OUT/crashes/$TARGET"
# The fuzz targets exercise the core module only (Sources/SelfHelpKit depends on libcmark alone;
# the GRDB-backed search index and the build live in other modules).
EXCLUDE=${FUZZ_EXCLUDE:-'^$'}
# The content property is shared with the unit tests (its `@testable import` is ignored here).
SHARED=Tests/SelfHelpKitTests/Rendering/ContentProperty.swift
mapfile -t SOURCES < <(find Sources/SelfHelpKit Fuzz/Support -name '*.swift' | grep -vE "$EXCLUDE" | sort; echo "$SHARED")
if [ ! -x "$BIN" ] || [ -n "$(find Sources/SelfHelpKit Fuzz "$SHARED" -newer "$BIN" -name '*.swift' | head -1)" ]; then
  echo "fuzz: building $TARGET ($OPT, -sanitize=fuzzer,address)…"
  "$SWIFTC" $OPT -wmo -sanitize=fuzzer,address -parse-as-library -module-name SelfHelpKit -package-name selfhelpkit \
    -I Sources/Ccmark -lcmark -I Sources/Chunspell $(pkg-config --cflags hunspell | sed 's/-I/-Xcc -I/g') $(pkg-config --libs hunspell) \
    "${SOURCES[@]}" "$FILE" -o "$BIN" 2> "$OUT/bin/build-$TARGET.log" \
    || { grep -v 'Cannot export local symbol' "$OUT/bin/build-$TARGET.log" >&2; exit 2; }
fi

# Seed the corpus once (libFuzzer adds to it as it finds new coverage).
CORPUS=$OUT/corpus/$TARGET
if [ -z "$(ls -A "$CORPUS")" ]; then
  SEEDS=${FUZZ_SEEDS:-../shared/corpus/articles}
  n=0
  while IFS= read -r -d '' f; do cp "$f" "$CORPUS/seed-$n.md"; n=$((n + 1)); done \
    < <(find Tests/SelfHelpKitTests/Fixtures Articles Fuzz/Seeds $( [ -d "$SEEDS" ] && echo "$SEEDS" ) -type f -name '*.md' -size -64k -print0 2>/dev/null)
  echo "fuzz: seeded $CORPUS with $n files"
fi

DICT=()
[ -f "Fuzz/Dictionaries/$TARGET.dict" ] && DICT=(-dict="Fuzz/Dictionaries/$TARGET.dict")
[ -f "Fuzz/Dictionaries/$TARGET.dict" ] || { [ -f Fuzz/Dictionaries/article.dict ] && DICT=(-dict=Fuzz/Dictionaries/article.dict); }

LOG=$OUT/fuzz-$TARGET.log
echo "fuzz: running $TARGET for ${SECONDS_TO_RUN}s (log: $LOG)"
set +e
"$BIN" "$CORPUS" "${DICT[@]}" -max_total_time="$SECONDS_TO_RUN" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -print_final_stats=1 -artifact_prefix="$OUT/crashes/$TARGET/" "$@" > "$LOG" 2>&1
status=$?
set -e
# libFuzzer's final lines: the last coverage line and the executed-units count.
last=$(grep -E '^#[0-9]+' "$LOG" | tail -1 || true)
runs=$(grep -E '^stat::number_of_executed_units' "$LOG" | awk '{print $2}' || true)
# With -fork=N there are no final stats: the last status line counts the executions.
[ -n "$runs" ] || runs=$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$last")
echo "fuzz: $TARGET: ${runs:-?} executions; last status: ${last:-none}"
if [ $status -ne 0 ]; then
  echo "fuzz: $TARGET FOUND A PROBLEM (exit $status); input saved under $OUT/crashes/$TARGET/:" >&2
  grep -E 'ERROR|fuzz property failed|Fatal error|deadly signal|Test unit written' "$LOG" | head -5 >&2
  exit 1
fi
