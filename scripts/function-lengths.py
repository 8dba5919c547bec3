#!/usr/bin/env python3
"""function-lengths.py [--max N] [PATH…]: the length in lines of every function body in Swift sources.

A "function" is a `func`, `init`, `deinit` or `subscript` declaration with a body, or a computed
property's accessor block. Its length is counted from the line of the declaration keyword to the
line of the closing brace, both included, so a signature spread over several lines counts. Strings
(including multi-line and raw ones) and comments are skipped when braces are matched; closures
inside a function count towards that function. Prints `path:line: name: N lines` for every function
longer than --max (default 100) and exits 1 if there is one; with --all, prints the longest ten.
"""
import re
import sys
from pathlib import Path

from swiftsource import brace_pairs, strip

KEYWORDS = re.compile(r'\b(func|init|deinit|subscript)\b')


def functions(path):
    text = strip(Path(path).read_text(encoding='utf-8'))
    line_of = lambda offset: text.count('\n', 0, offset) + 1
    pairs = brace_pairs(text)
    for m in KEYWORDS.finditer(text):
        # the body starts at the first `{` after the signature that is not inside (), [] or <>
        j, depth = m.end(), 0
        while j < len(text):
            c = text[j]
            if c in '([':
                depth += 1
            elif c in ')]':
                depth -= 1
            elif c == '{' and depth == 0:
                break
            elif c in ';}' and depth == 0:
                j = -1
                break
            elif depth == 0 and text.startswith(('func ', 'var ', 'let ', 'case '), j) and j > m.end() + 1 and text[j - 1] in ' \n\t':
                j = -1  # a protocol requirement without a body
                break
            j += 1
        if j < 0 or j >= len(text) or j not in pairs:
            continue
        name_match = re.match(r'\s*([^\s(<{:]+)?', text[m.end():])
        name = m.group(1) + (' ' + name_match.group(1) if name_match and name_match.group(1) and m.group(1) == 'func' else '')
        yield name, line_of(m.start()), line_of(pairs[j]) - line_of(m.start()) + 1
    # computed properties: `var name: Type {`
    for m in re.finditer(r'\bvar\s+(\w+)\s*:[^=\n{]+\{', text):
        j = m.end() - 1
        if j in pairs:
            yield 'var ' + m.group(1), line_of(m.start()), line_of(pairs[j]) - line_of(m.start()) + 1


def main(argv):
    limit, show_all, roots = 100, False, []
    args = iter(argv)
    for a in args:
        if a == '--max':
            limit = int(next(args))
        elif a == '--all':
            show_all = True
        else:
            roots.append(a)
    files = []
    for root in roots or ['Sources']:
        p = Path(root)
        files += sorted(p.rglob('*.swift')) if p.is_dir() else [p]
    found = [(length, str(f), line, name) for f in files for name, line, length in functions(f)]
    found.sort(reverse=True)
    too_long = [x for x in found if x[0] > limit]
    for length, f, line, name in (found[:10] if show_all else too_long):
        print(f'{f}:{line}: {name}: {length} lines')
    print(f'{len(found)} functions in {len(files)} files; {len(too_long)} longer than {limit} lines', file=sys.stderr)
    return 1 if too_long else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
