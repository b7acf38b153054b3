"""JSON encoding: the JSONEncoder class and the string escaping helpers."""

try:
    from _json import encode_basestring_ascii as c_encode_basestring_ascii
except ImportError:
    c_encode_basestring_ascii = None
try:
    from _json import encode_basestring as c_encode_basestring
except ImportError:
    c_encode_basestring = None
try:
    from _json import make_encoder as c_make_encoder
except ImportError:
    c_make_encoder = None

import re

ESCAPE = re.compile(r'[\x00-\x1f\\"\b\f\n\r\t]')
ESCAPE_ASCII = re.compile(r'([\\"]|[^\ -~])')
HAS_UTF8 = re.compile(b'[\x80-\xff]')
INFINITY = float('inf')


def _build_escape_table():
    # The short escapes first, then every other control character (CPython's order).
    table = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f',
             '\n': '\\n', '\r': '\\r', '\t': '\\t'}
    for code in range(0x20):
        table.setdefault(chr(code), '\\u%04x' % code)
    return table


ESCAPE_DCT = _build_escape_table()


def _require_str(s):
    # The pure-Python escapers accept exactly what a str regex substitution accepts.
    if isinstance(s, str):
        return
    if isinstance(s, (bytes, bytearray, memoryview)):
        raise TypeError('cannot use a string pattern on a bytes-like object')
    raise TypeError(f"expected string or bytes-like object, got '{type(s).__name__}'")


def py_encode_basestring(s):
    """The JSON string literal for *s*, non-ASCII characters kept as they are."""
    _require_str(s)
    table = ESCAPE_DCT
    out = []
    for ch in s:
        out.append(table.get(ch, ch))
    return '"' + ''.join(out) + '"'


def _ascii_escape(ch, table=ESCAPE_DCT):
    if ch in table:
        return table[ch]
    code = ord(ch)
    if code < 0x10000:
        return '\\u%04x' % code
    code -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff))


def py_encode_basestring_ascii(s):
    """The JSON string literal for *s* using only printable ASCII characters."""
    _require_str(s)
    out = []
    for ch in s:
        if ' ' <= ch <= '~' and ch != '"' and ch != '\\':
            out.append(ch)
        else:
            out.append(_ascii_escape(ch))
    return '"' + ''.join(out) + '"'


encode_basestring = c_encode_basestring or py_encode_basestring
encode_basestring_ascii = c_encode_basestring_ascii or py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder.

    dicts become objects, lists and tuples arrays, str strings, int and float numbers
    (including int- and float-derived enums), True/False true/false and None null.
    Override default() (or pass default=) to serialize other types.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        """Set up an encoder; see json.dumps for what each option does."""
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable stand-in for *o*, or raise TypeError (this version)."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of *o* as one str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        pieces = self.iterencode(o, _one_shot=True)
        if not isinstance(pieces, (list, tuple)):
            pieces = list(pieces)
        return ''.join(pieces)

    def iterencode(self, o, _one_shot=False):
        """Yield the JSON text of *o* piece by piece."""
        markers = {} if self.check_circular else None
        quote = encode_basestring_ascii if self.ensure_ascii else encode_basestring

        def floatstr(o, allow_nan=self.allow_nan):
            if o != o:
                text = 'NaN'
            elif o == INFINITY:
                text = 'Infinity'
            elif o == -INFINITY:
                text = '-Infinity'
            else:
                return float.__repr__(o)
            if not allow_nan:
                raise ValueError('Out of range float values are not JSON compliant: '
                                 + repr(o))
            return text

        if _one_shot and c_make_encoder is not None:
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = ' ' * indent
            native = c_make_encoder(
                markers, self.default, quote, indent, self.key_separator,
                self.item_separator, self.sort_keys, self.skipkeys, self.allow_nan)
            return native(o, 0)
        walk = _make_iterencode(
            markers, self.default, quote, self.indent, floatstr, self.key_separator,
            self.item_separator, self.sort_keys, self.skipkeys, _one_shot)
        return walk(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr,
        _key_separator, _item_separator, _sort_keys, _skipkeys, _one_shot):
    """A generator function producing the pieces of an encoding (the pure-Python path)."""
    if _indent is not None and not isinstance(_indent, str):
        _indent = ' ' * _indent

    def enter(o):
        if markers is None:
            return None
        key = id(o)
        if key in markers:
            raise ValueError('Circular reference detected')
        markers[key] = o
        return key

    def leave(key):
        if key is not None:
            del markers[key]

    def scalar(o):
        # The text of a leaf value, or None when *o* is a container or unknown.
        if isinstance(o, str):
            return _encoder(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return _floatstr(o)
        return None

    def key_text(k):
        if isinstance(k, str):
            return k
        if isinstance(k, float):
            return _floatstr(k)
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, int):
            return int.__repr__(k)
        if _skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {k.__class__.__name__}')

    def encode_list(seq, depth):
        if not seq:
            yield '[]'
            return
        token = enter(seq)
        head = '['
        if _indent is not None:
            depth += 1
            newline = '\n' + _indent * depth
            between = _item_separator + newline
            head += newline
        else:
            newline = None
            between = _item_separator
        for item in seq:
            text = scalar(item)
            if text is not None:
                yield head + text
            else:
                yield head
                yield from nested(item, depth)
            head = between
        if newline is not None:
            yield '\n' + _indent * (depth - 1)
        yield ']'
        leave(token)

    def encode_dict(mapping, depth):
        if not mapping:
            yield '{}'
            return
        token = enter(mapping)
        yield '{'
        if _indent is not None:
            depth += 1
            newline = '\n' + _indent * depth
            between = _item_separator + newline
            yield newline
        else:
            newline = None
            between = _item_separator
        items = sorted(mapping.items()) if _sort_keys else mapping.items()
        started = False
        for k, v in items:
            k = key_text(k)
            if k is None:
                continue
            if started:
                yield between
            started = True
            yield _encoder(k)
            yield _key_separator
            text = scalar(v)
            if text is not None:
                yield text
            else:
                yield from nested(v, depth)
        if newline is not None:
            yield '\n' + _indent * (depth - 1)
        yield '}'
        leave(token)

    def nested(o, depth):
        if isinstance(o, (list, tuple)):
            return encode_list(o, depth)
        if isinstance(o, dict):
            return encode_dict(o, depth)
        return encode_other(o, depth)

    def encode_other(o, depth):
        token = enter(o)
        yield from _iterencode(_default(o), depth)
        leave(token)

    def _iterencode(o, _current_indent_level):
        text = scalar(o)
        if text is not None:
            yield text
        else:
            yield from nested(o, _current_indent_level)

    return _iterencode
