# The two commands of the README: `make run` (the main job on Articles/) and `make test`.
SHELL := /bin/bash
OUT ?= out
CORPUS ?= ../shared/corpus/articles

.PHONY: run test deps release bench clean

deps:
	@scripts/ensure-deps.sh

release: deps
	swift build -c release --product selfhelp

# Builds the bundled knowledge base into $(OUT)/ (Articles/defects/ holds deliberate errors, so the
# findings are shown but do not fail the job: --fail-on never).
run: release
	.build/release/selfhelp build Articles --out $(OUT) --fail-on never

# Builds everything (failing on a compiler warning in our sources), runs the tests, compiles and
# runs every Swift example of Docs/ in a client package (scripts/check-docs.sh), and checks the
# code's shape: every public declaration documented, no function over 100 lines (Docs/library.md).
test: deps
	@mkdir -p .build
	set -o pipefail; swift build --build-tests 2>&1 | tee .build/test-build.log
	scripts/check-warnings.sh .build/test-build.log
	swift test
	scripts/check-docs.sh
	python3 scripts/check-doc-comments.py Sources
	python3 scripts/function-lengths.py Sources

# In-process tasks on the corpus (or BENCH_PATH), then the scale task: a synthetic knowledge base
# at SCALES (default 1 8 24) × the corpus's size, timed and measured as `selfhelp` commands.
bench: deps
	@scripts/ensure-deps.sh cmark
	swift build -c release --product selfhelp-bench
	swift build -c release --product selfhelp
	.build/release/selfhelp-bench $(if $(BENCH_PATH),$(BENCH_PATH),$(CORPUS))
	scripts/scale-bench.py --scales $(if $(SCALES),$(SCALES),1 8 24)

clean:
	rm -rf .build $(OUT)
