"""Value scanner for the JSON decoder.

make_scanner(context) returns a function scan_once(string, idx) that decodes the JSON value
starting at idx and returns (value, end), or raises StopIteration(idx) when no value starts
there.  The native version from _json is used when it can be imported.
"""

try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

import re

__all__ = ['make_scanner']

NUMBER_RE = re.compile(
    r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?',
    (re.VERBOSE | re.MULTILINE | re.DOTALL))

_digit_chars = frozenset('0123456789')


def _number_end(s, i, n):
    """Where the number starting at s[i] ends: (end, is_float), or None when none does."""
    j = i
    if j < n and s[j] == '-':
        j += 1
    if j >= n or s[j] not in _digit_chars:
        return None
    if s[j] == '0':
        j += 1
    else:
        while j < n and s[j] in _digit_chars:
            j += 1
    real = False
    if j + 1 < n and s[j] == '.' and s[j + 1] in _digit_chars:
        j += 2
        while j < n and s[j] in _digit_chars:
            j += 1
        real = True
    if j < n and s[j] in 'eE':
        k = j + 1
        if k < n and s[k] in '+-':
            k += 1
        if k < n and s[k] in _digit_chars:
            while k < n and s[k] in _digit_chars:
                k += 1
            j = k
            real = True
    return j, real


def py_make_scanner(context):
    """The pure-Python scan_once for the decoder *context*."""
    object_parser = context.parse_object
    array_parser = context.parse_array
    string_parser = context.parse_string
    strict = context.strict
    to_float = context.parse_float
    to_int = context.parse_int
    to_constant = context.parse_constant
    hook = context.object_hook
    pairs_hook = context.object_pairs_hook
    memo = context.memo

    def value_at(s, i):
        try:
            c = s[i]
        except IndexError:
            raise StopIteration(i) from None
        if c == '"':
            return string_parser(s, i + 1, strict)
        if c == '{':
            return object_parser((s, i + 1), strict, value_at, hook, pairs_hook, memo)
        if c == '[':
            return array_parser((s, i + 1), value_at)
        if c == 'n':
            if s.startswith('null', i):
                return None, i + 4
        elif c == 't':
            if s.startswith('true', i):
                return True, i + 4
        elif c == 'f':
            if s.startswith('false', i):
                return False, i + 5
        elif c == 'N':
            if s.startswith('NaN', i):
                return to_constant('NaN'), i + 3
        elif c == 'I':
            if s.startswith('Infinity', i):
                return to_constant('Infinity'), i + 8
        if not isinstance(s, str):
            # What matching a str regex against the document would raise.
            if isinstance(s, (bytes, bytearray, memoryview)):
                raise TypeError('cannot use a string pattern on a bytes-like object')
            raise TypeError(f"expected string or bytes-like object, got '{type(s).__name__}'")
        found = _number_end(s, i, len(s))
        if found is not None:
            end, real = found
            text = s[i:end]
            return (to_float(text) if real else to_int(text)), end
        if c == '-' and s.startswith('-Infinity', i):
            return to_constant('-Infinity'), i + 9
        raise StopIteration(i)

    def scan_once(string, idx):
        try:
            return value_at(string, idx)
        finally:
            memo.clear()

    return scan_once


make_scanner = c_make_scanner or py_make_scanner
