# The two commands of the README: `make run` (the main job on Articles/) and `make test`.
SHELL := /bin/bash
OUT ?= out
CORPUS ?= ../shared/corpus/articles

.PHONY: run test deps release bench clean

deps:
	@scripts/ensure-deps.sh

release: deps
	swift build -c release --product selfhelp

run: release
	@mkdir -p $(OUT)
	@.build/release/selfhelp parse Articles > $(OUT)/articles.jsonl
	@echo "selfhelp: parsed $$(wc -l < $(OUT)/articles.jsonl) articles into $(OUT)/articles.jsonl"

test: deps
	swift build
	swift test

bench: deps
	@scripts/ensure-deps.sh cmark
	swift build -c release --product selfhelp-bench
	.build/release/selfhelp-bench $(if $(BENCH_PATH),$(BENCH_PATH),$(CORPUS))

clean:
	rm -rf .build $(OUT)
