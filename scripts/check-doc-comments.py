#!/usr/bin/env python3
"""check-doc-comments.py [PATH…]: every public declaration in Sources/ has a `///` doc comment.

A public declaration is:
- a line whose modifiers (after any attributes) include `public` or `open`;
- an enum case written directly in a public enum's body (`case a, b` is one declaration);
- a requirement written directly in a public protocol's body.
It is documented when the line above it (attribute lines skipped) is a `///` line or ends a
`/** … */` block. Protocol witnesses whose meaning the protocol gives (`==`, `<`, `hash(into:)`,
`encode(to:)`, `init(from:)`, `description`, `debugDescription`, `errorDescription`) are exempt,
as DocC shows the protocol's documentation for them. Prints `path:line: …` for each undocumented
declaration and exits 1 if there is one. Run by `make test`.
"""
import re
import sys
from pathlib import Path

from swiftsource import brace_pairs, strip

MODIFIERS = r'(?:(?:public|open|final|static|class|override|mutating|nonmutating|nonisolated|convenience|required|indirect|lazy|weak|dynamic|(?:private|fileprivate|internal|package)\(set\))\s+)*'
ATTRIBUTES = r'(?:@[\w.]+(?:\([^)]*\))?\s+)*'
DECL_KEYWORDS = r'(?:func|var|let|init|deinit|struct|enum|class|actor|protocol|typealias|subscript|associatedtype|case)\b'
PUBLIC_DECL = re.compile(r'^\s*' + ATTRIBUTES + r'(?:(?!public|open)\w+\s+)*(?:public|open)\s+' + MODIFIERS + DECL_KEYWORDS)
EXEMPT = re.compile(r'\bfunc\s+(==|<|hash\(into|encode\(to)|\binit\(from\s+decoder|\bvar\s+(description|debugDescription|errorDescription)\s*:\s*String\??\s*\{')
CONTAINER = re.compile(r'^\s*' + ATTRIBUTES + r'(?:public|open)\s+' + MODIFIERS + r'(enum|protocol)\s+\w+')
REQUIREMENT = re.compile(r'^\s*' + ATTRIBUTES + MODIFIERS + r'(func|var|init|subscript|associatedtype|typealias)\b')
ENUM_CASE = re.compile(r'^\s*' + ATTRIBUTES + r'(indirect\s+)?case\s+\w')


def documented(lines, index):
    j = index - 1
    while j >= 0 and lines[j].strip().startswith('@'):
        j -= 1
    return j >= 0 and (lines[j].strip().startswith('///') or lines[j].strip().endswith('*/'))


def undocumented(path):
    source = Path(path).read_text(encoding='utf-8')
    lines = source.split('\n')
    text = strip(source)
    stripped_lines = text.split('\n')
    pairs = brace_pairs(text)
    line_starts = [0]
    for line in stripped_lines:
        line_starts.append(line_starts[-1] + len(line) + 1)
    # Lines directly inside a public enum's or protocol's body, with the kind of container.
    direct = {}
    for number, line in enumerate(stripped_lines):
        m = CONTAINER.match(line)
        if not m:
            continue
        brace = text.find('{', line_starts[number])
        if brace < 0 or brace not in pairs:
            continue
        inner = [b for b in pairs if brace < b < pairs[brace]]
        nested = [(b, pairs[b]) for b in inner if not any(o < b < pairs[o] for o in inner if o != b)]
        first = text.count('\n', 0, brace) + 1
        last = text.count('\n', 0, pairs[brace])
        for k in range(first, last + 1):
            offset = line_starts[k]
            if not any(a < offset <= b for a, b in nested):
                direct[k] = m.group(1)
    for number, line in enumerate(stripped_lines):
        kind = direct.get(number)
        is_public = PUBLIC_DECL.match(line) is not None
        if not is_public and kind == 'enum' and ENUM_CASE.match(line):
            is_public = True
        if not is_public and kind == 'protocol' and REQUIREMENT.match(line):
            is_public = True
        if is_public and not EXEMPT.search(line) and not documented(lines, number):
            yield number + 1, lines[number].strip()


def main(argv):
    files = []
    for root in argv or ['Sources']:
        p = Path(root)
        files += sorted(p.rglob('*.swift')) if p.is_dir() else [p]
    missing = [(str(f), n, line) for f in files for n, line in undocumented(f)]
    for f, n, line in missing:
        print(f'{f}:{n}: public declaration without a doc comment: {line[:100]}')
    print(f'check-doc-comments: {len(missing)} undocumented public declarations in {len(files)} files', file=sys.stderr)
    return 1 if missing else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
