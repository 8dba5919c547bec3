"""swiftsource.py: what the Swift source checks (function-lengths.py, check-doc-comments.py) share:
the source with comments and string contents blanked, and where each brace closes."""
import re


def strip(source):
    """Returns the source with comments and string contents blanked (newlines kept)."""
    out = []
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        if source.startswith('//', i):
            j = source.find('\n', i)
            j = n if j < 0 else j
            out.append(' ' * (j - i))
            i = j
        elif source.startswith('/*', i):
            depth, j = 1, i + 2
            while j < n and depth:
                if source.startswith('/*', j):
                    depth += 1; j += 2
                elif source.startswith('*/', j):
                    depth -= 1; j += 2
                else:
                    j += 1
            out.append(re.sub(r'[^\n]', ' ', source[i:j]))
            i = j
        elif c == '"' or (c == '#' and re.match(r'#+"', source[i:])):
            hashes = len(re.match(r'#*', source[i:]).group(0))
            start = i + hashes
            multi = source.startswith('"""', start)
            quote = '"""' if multi else '"'
            close = quote + '#' * hashes
            j = start + len(quote)
            depth = 0  # interpolation depth: \( … ) may hold strings
            while j < n:
                if source[j] == '\\' and hashes == 0:
                    if source.startswith('\\(', j):
                        # skip the interpolation, counting parentheses
                        k, level = j + 2, 1
                        while k < n and level:
                            if source[k] == '(':
                                level += 1
                            elif source[k] == ')':
                                level -= 1
                            k += 1
                        j = k
                        continue
                    j += 2
                    continue
                if source.startswith(close, j):
                    j += len(close)
                    break
                if not multi and source[j] == '\n':
                    break
                j += 1
            out.append(re.sub(r'[^\n]', ' ', source[i:j]))
            i = j
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def brace_pairs(text):
    """Maps the offset of every `{` of stripped text to the offset of its `}`."""
    pairs, stack = {}, []
    for i, c in enumerate(text):
        if c == '{':
            stack.append(i)
        elif c == '}' and stack:
            pairs[stack.pop()] = i
    return pairs
