"""JSON decoding: the JSONDecoder class and the JSONDecodeError exception."""

import re

from json import scanner

try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

FLAGS = re.VERBOSE | re.MULTILINE | re.DOTALL
WHITESPACE = re.compile(r'[ \t\n\r]*', FLAGS)
WHITESPACE_STR = ' \t\n\r'
STRINGCHUNK = re.compile(r'(.*?)(["\\\x00-\x1f])', FLAGS)
BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}


class JSONDecodeError(ValueError):
    """ValueError subclass raised for malformed JSON.

    msg: the bare message; doc: the text being parsed; pos: index in doc where it failed;
    lineno, colno: the line and column of pos, counted from 1.
    """

    def __init__(self, msg, doc, pos):
        line = doc.count('\n', 0, pos) + 1
        col = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, line, col, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = line
        self.colno = col

    def __reduce__(self):
        return type(self), (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}

def _decode_uXXXX(s, pos):
    """The code unit written as four hex digits after the 'u' at s[pos]."""
    digits = s[pos + 1:pos + 5]
    if len(digits) == 4 and digits[1] not in 'xX':
        try:
            return int(digits, 16)
        except ValueError:
            pass
    raise JSONDecodeError('Invalid \\uXXXX escape', s, pos)


def _find_special(s, i, n):
    # Index of the first quote, backslash or control character at or after i, else n.
    while i < n:
        ch = s[i]
        if ch == '"' or ch == '\\' or ch < ' ':
            return i
        i += 1
    return n


def py_scanstring(s, end, strict=True):
    """Decode the JSON string whose body starts at s[end] (just past the opening quote).

    Returns (text, index past the closing quote).  With strict false, control characters
    may appear unescaped.
    """
    n = len(s)
    start = end - 1
    pieces = []
    while True:
        j = _find_special(s, end, n)
        if j >= n:
            raise JSONDecodeError('Unterminated string starting at', s, start)
        if j > end:
            pieces.append(s[end:j])
        ch = s[j]
        end = j + 1
        if ch == '"':
            return ''.join(pieces), end
        if ch != '\\':
            if strict:
                raise JSONDecodeError(f'Invalid control character {ch!r} at', s, end)
            pieces.append(ch)
            continue
        if end >= n:
            raise JSONDecodeError('Unterminated string starting at', s, start)
        kind = s[end]
        if kind != 'u':
            if kind not in BACKSLASH:
                raise JSONDecodeError(f'Invalid \\escape: {kind!r}', s, end)
            pieces.append(BACKSLASH[kind])
            end += 1
            continue
        unit = _decode_uXXXX(s, end)
        end += 5
        if 0xd800 <= unit <= 0xdbff and s[end:end + 2] == '\\u':
            low = _decode_uXXXX(s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                unit = 0x10000 + ((unit - 0xd800) << 10) + (low - 0xdc00)
                end += 6
        pieces.append(chr(unit))


scanstring = c_scanstring or py_scanstring


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in WHITESPACE_STR:
        i += 1
    return i


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook,
               memo=None, _w=None, _ws=WHITESPACE_STR):
    """Decode the members of a JSON object whose '{' precedes s_and_end[1]."""
    s, i = s_and_end
    if memo is None:
        memo = {}
    pairs = []
    i = _skip_ws(s, i)
    if s[i:i + 1] == '}':
        i += 1
    else:
        while True:
            if s[i:i + 1] != '"':
                raise JSONDecodeError(
                    'Expecting property name enclosed in double quotes', s, i)
            key, i = scanstring(s, i + 1, strict)
            key = memo.setdefault(key, key)
            i = _skip_ws(s, i)
            if s[i:i + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip_ws(s, i + 1)
            try:
                value, i = scan_once(s, i)
            except StopIteration as stop:
                raise JSONDecodeError('Expecting value', s, stop.value) from None
            pairs.append((key, value))
            i = _skip_ws(s, i)
            sep = s[i:i + 1]
            i += 1
            if sep == '}':
                break
            if sep != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i - 1)
            i = _skip_ws(s, i)
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), i
    obj = dict(pairs)
    if object_hook is not None:
        obj = object_hook(obj)
    return obj, i


def JSONArray(s_and_end, scan_once, _w=None, _ws=WHITESPACE_STR):
    """Decode the items of a JSON array whose '[' precedes s_and_end[1]."""
    s, i = s_and_end
    items = []
    i = _skip_ws(s, i)
    if s[i:i + 1] == ']':
        return items, i + 1
    while True:
        try:
            value, i = scan_once(s, i)
        except StopIteration as stop:
            raise JSONDecodeError('Expecting value', s, stop.value) from None
        items.append(value)
        i = _skip_ws(s, i)
        sep = s[i:i + 1]
        i += 1
        if sep == ']':
            return items, i
        if sep != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, i - 1)
        i = _skip_ws(s, i)


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder.

    JSON objects become dicts, arrays lists, strings str, numbers int or float, true/false
    True/False and null None; NaN, Infinity and -Infinity are accepted as floats.

    object_hook is called with each decoded dict and its result used instead;
    object_pairs_hook (taking precedence) is called with the list of (key, value) pairs.
    parse_float, parse_int and parse_constant receive the text of floats, ints and the
    three special constants.  With strict false, control characters may occur in strings.
    """

    def __init__(self, *, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=None):
        """The Python value of the JSON document *s* (a str)."""
        if not isinstance(s, str):
            if isinstance(s, (bytes, bytearray, memoryview)):
                raise TypeError('cannot use a string pattern on a bytes-like object')
            raise TypeError(f"expected string or bytes-like object, got '{type(s).__name__}'")
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value at s[idx:]; return (value, index where it ended).

        Text may follow the value.
        """
        try:
            return self.scan_once(s, idx)
        except StopIteration as stop:
            raise JSONDecodeError('Expecting value', s, stop.value) from None
