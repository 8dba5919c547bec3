#!/usr/bin/env python3
"""The scale task of `make bench` (Docs/benchmarks.md).

For each scale of --scales (default 1 8 24: multiples of the 1,909 articles of ../shared/corpus)
it writes a synthetic knowledge base (scripts/synthetic-kb.py), then measures the time and peak
RSS of `selfhelp build` (clean), a rebuild after one article was edited, a rebuild with nothing
changed, a rebuild with other settings (every article rendered again over the previous outputs),
and `selfhelp validate` (without a cache, then with `--cache` after one article was edited and
with nothing changed), each as a ratio to libcmark converting the same bodies to HTML in one
process (`selfhelp-bench --reference-only`), measured in the same run; and, when Debian's `cmark`
command is installed, as a ratio to that command converting the same bodies, written one after
another to one file, in one process (the `× cmark cmd` column: it reads a file and builds one
document's tree, about three times the library's time over bodies in memory). Two floors are
printed beside them: copying the clean build's output folder (`cp -r`: the kernel writing the
same files, on one thread, with nothing to compute) and reading every article (`cat`). Medians of --rounds
runs (default 3); knowledge base and outputs on a tmpfs (/dev/shm). Expects the release binaries
in .build/release (`make bench` builds them).
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SELFHELP = os.path.join(ROOT, ".build/release/selfhelp")
BENCH = os.path.join(ROOT, ".build/release/selfhelp-bench")


def run(command):
    """Runs a command; returns (seconds, peak RSS in MB) from the kernel's own accounting."""
    start = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        sys.exit(f"scale-bench: {' '.join(command)} exited with {code}")
    return seconds, usage.ru_maxrss / 1024


def measure(rounds, command, prepare=lambda: None):
    times, peak = [], 0.0
    for _ in range(rounds):
        prepare()
        seconds, rss = run(command)
        times.append(seconds)
        peak = max(peak, rss)
    return statistics.median(times), peak


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scales", nargs="+", type=float, default=[1, 8, 24])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    for tool in (SELFHELP, BENCH):
        if not os.access(tool, os.X_OK):
            sys.exit(f"scale-bench: {tool} is missing; run: swift build -c release --product {os.path.basename(tool)}")
    scratch = tempfile.mkdtemp(prefix="selfhelp-scale.", dir="/dev/shm" if os.path.isdir("/dev/shm") else None)
    try:
        print(f"{'scale':<6} {'task':<28} {'seconds':>9} {'× cmark':>8} {'× cmark cmd':>11} {'peak RSS MB':>12}", flush=True)
        for scale in args.scales:
            kb, out = os.path.join(scratch, "kb"), os.path.join(scratch, "out")
            subprocess.run([sys.executable, os.path.join(ROOT, "scripts/synthetic-kb.py"), kb, "--scale", str(scale)],
                           check=True, stdout=sys.stderr)
            cmark = float(subprocess.run([BENCH, kb, "--reference-only", "--rounds", str(args.rounds)],
                                         check=True, capture_output=True, text=True).stdout.split()[-1])
            command = None
            if shutil.which("cmark"):
                bodies = os.path.join(scratch, "bodies.md")
                subprocess.run([BENCH, kb, "--write-bodies", bodies], check=True)
                command = measure(args.rounds, ["cmark", bodies])[0]  # its HTML goes to /dev/null, as every command's
                os.remove(bodies)
            build = [SELFHELP, "build", kb, "--out", out, "--quiet", "--fail-on", "never"]
            results = [("build (clean)", measure(args.rounds, build, lambda: shutil.rmtree(out, ignore_errors=True)))]
            run(build)
            edited = sorted(os.path.join(d, f) for d, _, fs in os.walk(kb) for f in fs if f.endswith(".md"))[0]
            rounds = iter(range(1, 1000))

            def edit():
                with open(edited, "a") as f:
                    f.write(f"\nEdited by scale-bench, round {next(rounds)}.\n")
            results.append(("rebuild (1 article edited)", measure(args.rounds, build, edit)))
            results.append(("rebuild (nothing changed)", measure(args.rounds, build)))
            # Each round builds with other settings than the last (the chunk size): every article again,
            # over the previous outputs.
            sizes = iter([500, 512] * args.rounds)
            times, peak = [], 0.0
            for _ in range(args.rounds):
                seconds, rss = run(build + ["--chunk-tokens", str(next(sizes))])
                times.append(seconds)
                peak = max(peak, rss)
            results.append(("rebuild (settings changed)", (statistics.median(times), peak)))
            run(build)
            # Floors: the kernel writing the clean build's files (a copy of its output folder, one
            # thread, nothing computed) and reading the articles (what any validate must do).
            copy = os.path.join(scratch, "copy")
            floors = [("copy the outputs (floor)", measure(args.rounds, ["cp", "-r", out, copy], lambda: shutil.rmtree(copy, ignore_errors=True))),
                      ("read the articles (floor)", measure(args.rounds, ["find", kb, "-name", "*.md", "-exec", "cat", "{}", "+"]))]
            shutil.rmtree(copy, ignore_errors=True)
            results.append(("validate", measure(args.rounds, [SELFHELP, "validate", kb, "--format", "json"])))
            cache = os.path.join(scratch, "validation.cache")
            cached = [SELFHELP, "validate", kb, "--format", "json", "--cache", cache]
            run(cached)
            results.append(("validate --cache (1 edited)", measure(args.rounds, cached, edit)))
            results.append(("validate --cache (unchanged)", measure(args.rounds, cached)))
            label = f"{scale:g}x"
            def versus_command(seconds):
                return f"{seconds / command:11.2f}" if command else f"{'-':>11}"
            print(f"{label:<6} {'cmark HTML (reference)':<28} {cmark:9.3f} {1:8.2f} {versus_command(cmark)} {'-':>12}")
            if command:
                print(f"{label:<6} {'cmark command (reference)':<28} {command:9.3f} {command / cmark:8.2f} {1:11.2f} {'-':>12}")
            for name, (seconds, _) in floors:
                print(f"{label:<6} {name:<28} {seconds:9.3f} {seconds / cmark:8.2f} {versus_command(seconds)} {'-':>12}")
            for name, (seconds, rss) in results:
                print(f"{label:<6} {name:<28} {seconds:9.3f} {seconds / cmark:8.2f} {versus_command(seconds)} {rss:12.0f}", flush=True)
            shutil.rmtree(kb)
            shutil.rmtree(out, ignore_errors=True)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
