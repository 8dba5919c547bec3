#!/usr/bin/env python3
"""Writes a synthetic knowledge base for scale benchmarks (scripts/scale-bench.sh).

    scripts/synthetic-kb.py OUT --scale F   # F × 1,909 articles (the size of ../shared/corpus)
    scripts/synthetic-kb.py OUT --articles N

It copies the bundled Articles/ (our own articles, no corpus prose) over and over, one folder per
copy (set00000/, set00001/, ...), each copy with its own article ids (`-sN` appended), its own
support topic ids (each 8-digit id moved up by 1,000 a copy: as in a real knowledge base, a topic
belongs to one or two articles, not to one article of every copy) and a last line of its own, so
every file has different bytes and the copies' relative links stay inside their folder.
Deterministic: the same arguments write the same files.
"""
import argparse
import os
import re
import sys

CORPUS_ARTICLES = 1909


def sources(root):
    found = []
    for folder, _, names in os.walk(root):
        for name in names:
            if name.endswith(".md"):
                path = os.path.join(folder, name)
                with open(path, "rb") as f:
                    found.append((os.path.relpath(path, root), f.read()))
    return sorted(found)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--scale", type=float, help="size as a multiple of ../shared/corpus (1,909 articles)")
    parser.add_argument("--articles", type=int, help="number of articles")
    parser.add_argument("--source", default=os.path.join(os.path.dirname(__file__), "..", "Articles"))
    args = parser.parse_args()
    if (args.scale is None) == (args.articles is None):
        parser.error("give exactly one of --scale and --articles")
    count = args.articles if args.articles is not None else round(args.scale * CORPUS_ARTICLES)
    articles = sources(args.source)
    if not articles:
        sys.exit(f"synthetic-kb: no articles under {args.source}")
    article_id = re.compile(rb'(articleId\s*=\s*")([^"]*)(")', re.IGNORECASE)
    topic_ids = re.compile(rb'(supportTopicIds\s*=\s*")([^"]*)(")', re.IGNORECASE)
    eight_digits = re.compile(rb'\b\d{8}\b')
    written = total = 0
    copy = 0
    while written < count:
        for relative, data in articles:
            if written == count:
                break
            unique = article_id.sub(lambda m: m.group(1) + m.group(2) + b"-s%d" % copy + m.group(3), data)
            unique = topic_ids.sub(lambda m: m.group(1) + eight_digits.sub(lambda d: b"%d" % (int(d.group(0)) + 1000 * copy), m.group(2))
                                   + m.group(3), unique)
            unique += b"\nSynthetic copy %d of this article.\n" % copy
            target = os.path.join(args.out, "set%05d" % copy, relative)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "wb") as f:
                f.write(unique)
            written += 1
            total += len(unique)
        copy += 1
    print(f"synthetic-kb: {written} articles, {total} bytes in {args.out}")


if __name__ == "__main__":
    main()
