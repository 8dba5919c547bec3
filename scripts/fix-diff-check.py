#!/usr/bin/env python3
"""Checks for scripts/fix-diff-check.sh (see there and Docs/robustness.md).

  fix-diff-check.py modes FOLDER   give the files of FOLDER varied permissions (same every run)
  fix-diff-check.py check WORK     check WORK/kb (fixed twice) and WORK/once (fixed once)
                                   against WORK/original, with WORK/validate.json's fix ranges

Positions in validate.json are 1-based lines and columns of the text without its leading
byte-order marks: a column counts Unicode scalars (an invalid byte counts as one); LF, CRLF and a
lone CR end a line (SourceText).
"""
import json
import os
import re
import stat
import sys

BOM = b"\xef\xbb\xbf"


def files(folder):
    out = []
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            path = os.path.join(root, name)
            out.append(os.path.relpath(path, folder))
    return out


def set_modes(folder):
    for i, rel in enumerate(files(folder)):
        mode = 0o640 if i % 7 == 0 else 0o755 if i % 11 == 0 else 0o444 if i % 13 == 0 else 0o644
        os.chmod(os.path.join(folder, rel), mode)


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def bom_length(data):
    n = 0
    while data[n:n + 3] == BOM:
        n += 3
    return n


def line_starts(text):
    starts = [0]
    i, n = 0, len(text)
    while i < n:
        b = text[i]
        if b == 0x0A or (b == 0x0D and (i + 1 >= n or text[i + 1] != 0x0A)):
            starts.append(i + 1)
        i += 1
    return starts


def scalar_length(text, i, end):
    """The bytes of the UTF-8 scalar at `i` (1 for an invalid byte, as SourceText counts it)."""
    b = text[i]
    n = 1 if b < 0x80 else 2 if b >> 5 == 0b110 else 3 if b >> 4 == 0b1110 else 4 if b >> 3 == 0b11110 else 1
    if n > 1 and (i + n > end or any(text[j] & 0xC0 != 0x80 for j in range(i + 1, i + n))):
        return 1
    return n


def offset(text, starts, line, column):
    index = min(max(1, line), len(starts)) - 1
    end = starts[index + 1] if index + 1 < len(starts) else len(text)
    i = starts[index]
    for _ in range(max(1, column) - 1):
        if i >= end:
            break
        i += scalar_length(text, i, end)
    return min(i, end)


def fix_ranges(original, diagnostics):
    """Raw-file byte ranges of the fixes, merged where they overlap or touch."""
    boms = bom_length(original)
    text = original[boms:]
    starts = line_starts(text)
    ranges = []
    for d in diagnostics:
        if d["rule"] == "encoding-bom":
            ranges.append((0, boms))
            continue
        fix = d["fix"]
        a = boms + offset(text, starts, fix["start"]["line"], fix["start"]["column"])
        b = boms + offset(text, starts, fix["end"]["line"], fix["end"]["column"])
        ranges.append((a, max(a, b)))
    merged = []
    for a, b in sorted(ranges):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def outside_unchanged(original, fixed, ranges):
    """The texts that replaced `ranges` when `fixed` is `original` with only the bytes inside
    `ranges` replaced, else None: the kept segments between the ranges must appear in `fixed` in
    order (the first as a prefix, the last as a suffix)."""
    kept, last = [], 0
    for a, b in ranges:
        kept.append(original[last:a])
        last = b
    kept.append(original[last:])
    if len(kept) == 1:
        return [] if fixed == original else None
    if not fixed.startswith(kept[0]) or not fixed.endswith(kept[-1]):
        return None
    position, end = len(kept[0]), len(fixed) - len(kept[-1])
    if position > end:
        return None
    gaps = []
    for segment in kept[1:-1]:
        found = fixed.find(segment, position, end)
        if found < 0:
            return None
        gaps.append(fixed[position:found])
        position = found + len(segment)
    gaps.append(fixed[position:end])
    return gaps


def line_breaks(data):
    crlf = data.count(b"\r\n")
    return {"CRLF": crlf, "LF": data.count(b"\n") - crlf, "CR": data.count(b"\r") - crlf}


def check(work):
    original_dir, once_dir, twice_dir = (os.path.join(work, n) for n in ("original", "once", "kb"))
    problems = []
    report = json.load(open(os.path.join(work, "validate.json")))
    prefix = os.path.join(work, "kb") + os.sep
    fixes = {}
    for d in report["diagnostics"]:
        if "fix" in d:
            fixes.setdefault(d["file"][len(prefix):] if d["file"].startswith(prefix) else d["file"], []).append(d)

    names = files(original_dir)
    for folder in (once_dir, twice_dir):
        extra = sorted(set(files(folder)) - set(names))
        missing = sorted(set(names) - set(files(folder)))
        if extra or missing:
            problems.append(f"{os.path.basename(folder)}: files left behind {extra[:5]}, files lost {missing[:5]}")

    fix_out = open(os.path.join(work, "fix1.out"), encoding="utf-8", errors="replace").read().splitlines()
    fix_err = open(os.path.join(work, "fix1.err"), encoding="utf-8", errors="replace").read().splitlines()
    reported = {}
    for line in fix_out:
        m = re.match(r"^(.*):\d+:\d+: fixed: .* \[([a-z0-9-]+)\]$", line)
        if not m:
            problems.append(f"unexpected fix output line: {line[:200]}")
            continue
        rel = m.group(1)[len(prefix):] if m.group(1).startswith(prefix) else m.group(1)
        reported.setdefault(rel, []).append(m.group(2))
    refused = [l for l in fix_err if ": not fixed: " in l]
    summary = next((l for l in fix_err if l.startswith("selfhelp fix: applied")), "")
    m = re.match(r"selfhelp fix: applied (\d+) fix(?:es)? in (\d+) files?", summary)
    applied, fixed_files = (int(m.group(1)), int(m.group(2))) if m else (-1, -1)

    changed, exact, by_rule, crlf_files = [], 0, {}, 0
    for rel in names:
        a = open(os.path.join(original_dir, rel), "rb").read()
        b = open(os.path.join(once_dir, rel), "rb").read()
        if mode(os.path.join(once_dir, rel)) != mode(os.path.join(original_dir, rel)):
            problems.append(f"{rel}: permissions {oct(mode(os.path.join(original_dir, rel)))} became {oct(mode(os.path.join(once_dir, rel)))}")
        before, after = line_breaks(a), line_breaks(b)
        if before["CRLF"] and not before["LF"] and not before["CR"]:
            crlf_files += 1
        for kind in ("CRLF", "LF", "CR"):
            if before[kind] == 0 and after[kind] != 0:
                problems.append(f"{rel}: {after[kind]} {kind} line endings appeared in a file without any")
        if a == b:
            continue
        changed.append(rel)
        if rel not in reported:
            problems.append(f"{rel}: changed, but fix reported no fix for it")
        diagnostics = fixes.get(rel, [])
        if not diagnostics:
            problems.append(f"{rel}: changed, but validate listed no fixable diagnostic")
            continue
        for d in diagnostics:
            by_rule[d["rule"]] = by_rule.get(d["rule"], 0) + 1
        ranges = fix_ranges(a, diagnostics)
        gaps = outside_unchanged(a, b, ranges)
        if gaps is None:
            problems.append(f"{rel}: bytes outside the fixes' ranges changed (ranges {ranges[:6]})")
            continue
        # A span that one fix alone (not the BOM's) falls in must now hold exactly its replacement.
        for r, gap in zip(ranges, gaps):
            inside = [d for d in diagnostics if r[0] <= fix_ranges(a, [d])[0][0] and fix_ranges(a, [d])[0][1] <= r[1]]
            if len(inside) == 1 and inside[0]["rule"] != "encoding-bom":
                if gap == inside[0]["fix"]["replacement"].encode("utf-8"):
                    exact += 1
                else:
                    problems.append(f"{rel}: the span {r} holds {gap[:80]!r}, not the fix's replacement {inside[0]['fix']['replacement'][:80]!r}")
        if before["CRLF"] != after["CRLF"] or before["LF"] != after["LF"]:
            print(f"fix-diff-check: note: {rel}: line breaks {before} became {after} (a fix range spans a line break)")

    for rel in reported:
        if rel not in changed:
            problems.append(f"{rel}: fix reported fixes, but the file did not change")
    if fixed_files != len(changed):
        problems.append(f"fix said '{summary}', but {len(changed)} files changed")
    if applied != len(fix_out):
        problems.append(f"fix said '{summary}', but printed {len(fix_out)} fixes")
    for line in refused:
        rel = line.split(": not fixed: ")[0]
        rel = rel[len(prefix):] if rel.startswith(prefix) else rel
        if rel in changed:
            problems.append(f"{rel}: refused, yet changed")

    # Fixing twice equals fixing once.
    second = open(os.path.join(work, "fix2.err"), encoding="utf-8", errors="replace").read()
    if "applied 0 fixes in 0 files" not in second:
        problems.append(f"the second fix was not a no-op: {second.strip()[:300]}")
    for rel in names:
        once = open(os.path.join(once_dir, rel), "rb").read()
        twice = open(os.path.join(twice_dir, rel), "rb").read()
        if once != twice:
            problems.append(f"{rel}: fixing twice differs from fixing once")
        if mode(os.path.join(once_dir, rel)) != mode(os.path.join(twice_dir, rel)):
            problems.append(f"{rel}: the second fix changed permissions")

    dry = open(os.path.join(work, "dry-run.err"), encoding="utf-8", errors="replace").read()
    m = re.search(r"would apply (\d+) fix(?:es)? in (\d+) files?", dry)
    if not m or (int(m.group(1)), int(m.group(2))) != (applied, fixed_files):
        problems.append(f"--dry-run said '{dry.strip()[:200]}', fix said '{summary}'")

    modes = {}
    for rel in names:
        modes[oct(mode(os.path.join(once_dir, rel)))] = modes.get(oct(mode(os.path.join(once_dir, rel))), 0) + 1
    print(f"fix-diff-check: {len(names)} files ({crlf_files} CRLF-only; modes {dict(sorted(modes.items()))}); "
          f"{summary.replace('selfhelp fix: ', '')}; {len(changed)} changed, each only inside its fixes' ranges; "
          f"{exact} fixed spans hold exactly their fix's replacement; {len(refused)} refused; fixable diagnostics in changed files by rule: {dict(sorted(by_rule.items()))}; "
          f"second fix: no change")
    for line in refused[:10]:
        print(f"fix-diff-check: refused: {line}")
    if problems:
        for p in problems[:50]:
            print(f"fix-diff-check: FAIL: {p}", file=sys.stderr)
        print(f"fix-diff-check: {len(problems)} problems", file=sys.stderr)
        return 1
    print("fix-diff-check: ok")
    return 0


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "modes":
        set_modes(sys.argv[2])
    elif len(sys.argv) == 3 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2]))
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
