"""fnmatch: Unix shell-style filename matching; mirrors CPython's Lib/fnmatch.py.

Patterns are matched by a small wildcard matcher, so the re module is not
needed; translate() still produces CPython's regular expression text.
"""

import os
import posixpath

__all__ = ['filter', 'fnmatch', 'fnmatchcase', 'translate']


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


_cache = {}
_CACHE_LIMIT = 32768


def _wrong_subject(name, pattern_is_bytes):
    """Raise the TypeError re gives for a name of the wrong kind."""
    if isinstance(name, str):
        raise TypeError('cannot use a bytes pattern on a string-like object')
    if not pattern_is_bytes and isinstance(name, (bytes, bytearray, memoryview)):
        raise TypeError('cannot use a string pattern on a bytes-like object')
    raise TypeError('expected string or bytes-like object, got %r'
                    % type(name).__name__)


# A pattern used this many times is handed to the re module: its compiled
# matcher is much faster than walking the tokens in Python, and one-off
# matches (most glob calls) do not pay for importing re.
_REGEX_AFTER = 40


def _regex_matcher(pat):
    import re
    if isinstance(pat, bytes):
        source = translate(str(pat, 'ISO-8859-1')).encode('ISO-8859-1')
    else:
        source = translate(pat)
    match = re.compile(source).match

    def matcher(name):
        return match(name) is not None
    return matcher


def _compile_pattern(pat):
    key = (type(pat), pat)
    matcher = _cache.get(key)
    if matcher is None:
        # fast[0]: the re-based matcher once the pattern has been used often;
        # fast[1]: how many names the token walker has matched so far.
        fast = [None, 0]
        if isinstance(pat, bytes):
            tokens = _parse(str(pat, 'ISO-8859-1'))

            def matcher(name):
                if fast[0] is not None:
                    return fast[0](name)
                if isinstance(name, (str, bytes, bytearray, memoryview)):
                    if not isinstance(name, str):
                        fast[1] += 1
                        if fast[1] >= _REGEX_AFTER:
                            fast[0] = _regex_matcher(pat)
                        return _match(tokens, str(name, 'ISO-8859-1'))
                _wrong_subject(name, True)
        else:
            tokens = _parse(pat)
            regex_ok = isinstance(pat, str)

            def matcher(name):
                if fast[0] is not None:
                    return fast[0](name)
                if isinstance(name, str):
                    fast[1] += 1
                    if regex_ok and fast[1] >= _REGEX_AFTER:
                        fast[0] = _regex_matcher(pat)
                    return _match(tokens, name)
                _wrong_subject(name, False)
        if len(_cache) >= _CACHE_LIMIT:
            _cache.clear()
        _cache[key] = matcher
    return matcher


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    result = []
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        for name in names:
            if match(name):
                result.append(name)
    else:
        for name in names:
            if match(os.path.normcase(name)):
                result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    match = _compile_pattern(pat)
    return match(name)


################################################################################
### Parsing a pattern into tokens: '*', '?', a character class or a literal.
################################################################################

_STAR = ('*',)
_ANY = ('?',)


def _bracket_end(pat, i, n):
    """Index of the ']' closing the class that starts at pat[i], or -1."""
    j = i
    if j < n and pat[j] == '!':
        j += 1
    if j < n and pat[j] == ']':
        j += 1
    while j < n and pat[j] != ']':
        j += 1
    return j if j < n else -1


def _class_chunks(pat, i, j):
    """The class body pat[i:j] split at the hyphens that make ranges, with
    reversed (empty) ranges removed, as CPython's translate() does."""
    if '-' not in pat[i:j]:
        return [pat[i:j]]
    chunks = []
    k = i + 2 if pat[i] == '!' else i + 1
    while True:
        k = pat.find('-', k, j)
        if k < 0:
            break
        chunks.append(pat[i:k])
        i = k + 1
        k = k + 3
    chunk = pat[i:j]
    if chunk:
        chunks.append(chunk)
    else:
        chunks[-1] += '-'
    for k in range(len(chunks) - 1, 0, -1):
        if chunks[k - 1][-1] > chunks[k][0]:
            chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
            del chunks[k]
    return chunks


def _class_token(chunks):
    """('class', negated, singles, ranges) for a class, or None for one that
    matches nothing.  Each '-' between chunks makes a range of its neighbours."""
    stuff = '-'.join(chunks)
    if not stuff:
        return None
    negated = stuff[0] == '!'
    if negated:
        chunks = [chunks[0][1:]] + chunks[1:]
        if not chunks[0] and len(chunks) > 1:
            # In '[^-x]' the hyphen right after the caret is a plain member.
            chunks = ['-' + chunks[1]] + chunks[2:]
    singles = set()
    ranges = []
    last = len(chunks) - 1
    for index, chunk in enumerate(chunks):
        if index > 0:
            ranges.append((chunks[index - 1][-1], chunk[0]))
        start = 1 if index > 0 else 0
        end = len(chunk) - 1 if index < last else len(chunk)
        singles.update(chunk[start:end])
    return ('class', negated, frozenset(singles), tuple(ranges))


def _parse(pat):
    tokens = []
    i = 0
    n = len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            if not tokens or tokens[-1] is not _STAR:
                tokens.append(_STAR)
        elif c == '?':
            tokens.append(_ANY)
        elif c == '[':
            j = _bracket_end(pat, i, n)
            if j < 0:
                tokens.append(('lit', '['))
            else:
                tokens.append(_class_token(_class_chunks(pat, i, j)))
                i = j + 1
        else:
            tokens.append(('lit', c))
    return tokens


def _token_matches(token, c):
    if token is None:
        return False
    kind = token[0]
    if kind == 'lit':
        return token[1] == c
    if kind == '?':
        return True
    negated, singles, ranges = token[1], token[2], token[3]
    found = c in singles
    if not found:
        for lo, hi in ranges:
            if lo <= c <= hi:
                found = True
                break
    return found != negated


def _match(tokens, name):
    """Whether the whole of name matches; a '*' backtracks to match more."""
    t = 0
    i = 0
    count = len(tokens)
    length = len(name)
    star = -1
    star_i = 0
    while i < length:
        if t < count and tokens[t] is _STAR:
            star = t
            star_i = i
            t += 1
            continue
        if t < count and _token_matches(tokens[t], name[i]):
            t += 1
            i += 1
            continue
        if star >= 0:
            t = star + 1
            star_i += 1
            i = star_i
            continue
        return False
    while t < count and tokens[t] is _STAR:
        t += 1
    return t == count


################################################################################
### translate(): the equivalent regular expression, as CPython writes it.
################################################################################

_special_chars = frozenset('()[]{}?*+-|^$\\.&~# \t\n\r\v\f')


def _escape(text):
    return ''.join('\\' + c if c in _special_chars else c for c in text)


def translate(pat):
    """Translate a shell PATTERN to a regular expression.

    There is no way to quote meta-characters.
    """
    STAR = object()
    res = []
    add = res.append
    i, n = 0, len(pat)
    if not isinstance(pat, str):
        # Any sequence of one-character strings is read as the string it
        # spells; other items fail where re.escape() would reject them.
        for item in pat:
            if not isinstance(item, str):
                raise TypeError('decoding to str: need a bytes-like object, '
                                '%s found' % type(item).__name__)
        pat = ''.join(pat)
    while i < n:
        c = pat[i]
        i = i + 1
        if c == '*':
            if (not res) or res[-1] is not STAR:
                add(STAR)
        elif c == '?':
            add('.')
        elif c == '[':
            j = _bracket_end(pat, i, n)
            if j < 0:
                add('\\[')
            else:
                chunks = _class_chunks(pat, i, j)
                if len(chunks) == 1 and '-' not in pat[i:j]:
                    stuff = chunks[0].replace('\\', r'\\')
                else:
                    stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-')
                                     for s in chunks)
                stuff = ''.join('\\' + ch if ch in '&~|' else ch for ch in stuff)
                i = j + 1
                if not stuff:
                    add('(?!)')
                elif stuff == '!':
                    add('.')
                else:
                    if stuff[0] == '!':
                        stuff = '^' + stuff[1:]
                    elif stuff[0] in ('^', '['):
                        stuff = '\\' + stuff
                    add(f'[{stuff}]')
        else:
            add(_escape(c))

    # A '*' followed by fixed text becomes an atomic group: the first match
    # of the fixed text is always the one to take.
    inp = res
    res = []
    add = res.append
    i, n = 0, len(inp)
    while i < n and inp[i] is not STAR:
        add(inp[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            add('.*')
            break
        fixed = []
        while i < n and inp[i] is not STAR:
            fixed.append(inp[i])
            i += 1
        fixed = ''.join(fixed)
        if i == n:
            add('.*')
            add(fixed)
        else:
            add(f'(?>.*?{fixed})')
    res = ''.join(res)
    return fr'(?s:{res})\Z'
