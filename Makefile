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

test: deps
	swift build
	swift test

bench: deps
	@scripts/ensure-deps.sh cmark
	swift build -c release --product selfhelp-bench
	.build/release/selfhelp-bench $(if $(BENCH_PATH),$(BENCH_PATH),$(CORPUS))

clean:
	rm -rf .build $(OUT)
