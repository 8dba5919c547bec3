#!/usr/bin/env python3
"""Memory bounds of the release `selfhelp` (run by .ci/run; figures in Docs/benchmarks.md).

Peak RSS, from the kernel's accounting of each child process, must stay under each bound. The
bounds leave headroom over what was measured (2 cores, Debian 12):

- a clean build, a one-article rebuild and `validate` of the synthetic knowledge base at 8× the
  corpus's size (15,272 articles, scripts/synthetic-kb.py): measured 102, 122 and 93 MB (0.10.0);
  bound 220 MB (the engine issue's target is 300 MB), and 150 MB for `validate` (0.7.5 took
  136 MB: it held each finding three times and its whole report);
- the same at 24× (45,816 articles): measured 147–150, 221 and 183 MB; bound: growth no worse than
  linear, 2.5 × the 8× figure of this run plus a quarter;
- the clean build's growth: the 24× peak at most 1.65 × the 8× peak of this run (measured 1.42–1.49;
  the engine issue asks for 1.5, and the peak moves with the threads' timing by about ±5 MB);
- a 70 MB article (the paragraph of scripts/hostile.sh repeated): with the default `maxArticleSize`
  it is reported, not parsed (bound 300 MB); parsed anyway (the limit raised with
  `--max-article-size` or a `.selfhelp.json`), `parse`, `validate` and `build` measured 1,258,
  1,352 and 1,418 MB (Docs/benchmarks.md#one-large-article; `build` writes the article's page,
  JSON rendering and chunk lines to disk as it makes them); bound 1.5 GB (1,536 MB) for all three,
  the engine issue's target.

    scripts/memory-bounds.py [--selfhelp PATH] [--skip-24x] [--large-article-only]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def peak_mb(command):
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"memory-bounds: {' '.join(command)} exited with {code}: {process.stderr.read().decode()[-500:]}")
    return usage.ru_maxrss / 1024


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--selfhelp", default=os.path.join(ROOT, ".build/release/selfhelp"))
    parser.add_argument("--skip-24x", action="store_true")
    parser.add_argument("--large-article-only", action="store_true", help="only the checks of the 70 MB article")
    args = parser.parse_args()
    selfhelp = args.selfhelp
    failures = 0

    def check(name, measured, bound):
        nonlocal failures
        ok = measured <= bound
        failures += 0 if ok else 1
        print(f"{'ok  ' if ok else 'FAIL'} {name}: peak RSS {measured:.0f} MB (bound {bound:.0f} MB)", flush=True)

    scratch = tempfile.mkdtemp(prefix="selfhelp-memory.", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    try:
        measured = {}
        for scale in () if args.large_article_only else (8, 24):
            if scale == 24 and args.skip_24x:
                continue
            kb, out = os.path.join(scratch, f"kb{scale}"), os.path.join(scratch, f"out{scale}")
            subprocess.run([sys.executable, os.path.join(ROOT, "scripts/synthetic-kb.py"), kb, "--scale", str(scale)],
                           check=True, stdout=subprocess.DEVNULL)
            build = [selfhelp, "build", kb, "--out", out, "--quiet", "--fail-on", "never"]
            figures = {"build": peak_mb(build)}
            with open(os.path.join(kb, "set00000", "storage", "reset-account-keys.md"), "a") as f:
                f.write("\nOne more line.\n")
            figures["rebuild"] = peak_mb(build)
            figures["validate"] = peak_mb([selfhelp, "validate", kb, "--format", "json"])
            measured[scale] = figures
            for task, value in figures.items():
                bound = (150 if task == "validate" else 220) if scale == 8 else 2.5 * 1.25 * max(measured[8][task], 100)
                check(f"{task} of the synthetic knowledge base at {scale}x", value, bound)
            if scale == 24:
                check("build at 24x against the build at 8x", figures["build"], 1.65 * measured[8]["build"])
            shutil.rmtree(kb)
            shutil.rmtree(out, ignore_errors=True)

        big = os.path.join(scratch, "big", "big.md")
        os.makedirs(os.path.dirname(big))
        paragraph = "Some text with a [link](https://example.com/x), `code`, **bold** and <br> words.\n\n"
        with open(big, "w") as f:
            f.write('<properties articleId="a" selfHelpType="generic" />\n# Big\n\n')
            f.write(paragraph * (70_000_000 // len(paragraph)))
        out = os.path.join(scratch, "bigout")
        check("build of a 70 MB article (reported, not parsed)",
              peak_mb([selfhelp, "build", os.path.dirname(big), "--out", out, "--quiet", "--fail-on", "never"]), 300)
        check("validate of a 70 MB article (reported, not parsed)", peak_mb([selfhelp, "validate", big]), 300)
        shutil.rmtree(out, ignore_errors=True)
        # The same article in a folder whose configuration raises the limit.
        raised = os.path.join(scratch, "raised", "big.md")
        os.makedirs(os.path.dirname(raised))
        os.link(big, raised)
        with open(os.path.join(os.path.dirname(raised), ".selfhelp.json"), "w") as f:
            f.write('{"maxArticleSize": 268435456}\n')
        check("parse of a 70 MB article, limit raised", peak_mb([selfhelp, "parse", "--max-article-size", "100000000", big]), 1536)
        check("validate of a 70 MB article, limit raised", peak_mb([selfhelp, "validate", "--format", "json", raised]), 1536)
        check("build of a 70 MB article, limit raised",
              peak_mb([selfhelp, "build", os.path.dirname(raised), "--out", out, "--quiet", "--fail-on", "never"]), 1536)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
