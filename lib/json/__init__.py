r"""JSON (JavaScript Object Notation) <https://json.org> encoding and decoding.

dumps/dump turn Python values into JSON text; loads/load parse JSON text.  The
JSONEncoder and JSONDecoder classes can be subclassed or configured for other types.

    >>> import json
    >>> json.dumps({"b": [1, 2.5, None]}, sort_keys=True)
    '{"b": [1, 2.5, null]}'
    >>> json.loads('["x", {"y": true}]')
    ['x', {'y': True}]
"""
__version__ = '2.0.9'
__all__ = [
    'dump', 'dumps', 'load', 'loads',
    'JSONDecoder', 'JSONDecodeError', 'JSONEncoder',
]

__author__ = 'Bob Ippolito <bob@redivi.com>'

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

_default_encoder = JSONEncoder()

_default_decoder = JSONDecoder()


def _make_encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan, indent,
                  separators, default, sort_keys, kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys, **kw)


def _is_plain(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
              separators, default, sort_keys, kw):
    return (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True,
         check_circular=True, allow_nan=True, cls=None, indent=None,
         separators=None, default=None, sort_keys=False, **kw):
    """Write the JSON text of *obj* to the file-like *fp* (which needs .write(str)).

    The options are those of dumps().
    """
    if _is_plain(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
                 separators, default, sort_keys, kw):
        encoder = _default_encoder
    else:
        encoder = _make_encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                                indent, separators, default, sort_keys, kw)
    write = fp.write
    for piece in encoder.iterencode(obj):
        write(piece)


def dumps(obj, *, skipkeys=False, ensure_ascii=True,
          check_circular=True, allow_nan=True, cls=None, indent=None,
          separators=None, default=None, sort_keys=False, **kw):
    """Return the JSON text of *obj* as a str.

    skipkeys: drop dict keys that are not str, int, float, bool or None instead of
    raising TypeError.  ensure_ascii: escape every non-ASCII character.  check_circular:
    detect reference cycles (ValueError) instead of recursing forever.  allow_nan: write
    NaN/Infinity/-Infinity rather than raising ValueError.  indent: pretty-print with this
    many spaces (or this string) per level.  separators: an (item, key) separator pair.
    default: called for objects that cannot otherwise be serialized.  sort_keys: emit
    dict members sorted by key.  cls: a JSONEncoder subclass to use.
    """
    if _is_plain(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
                 separators, default, sort_keys, kw):
        return _default_encoder.encode(obj)
    return _make_encoder(cls, skipkeys, ensure_ascii, check_circular, allow_nan,
                         indent, separators, default, sort_keys, kw).encode(obj)


def detect_encoding(b):
    """Guess the Unicode encoding of the JSON bytes *b* (a BOM or the zero-byte pattern)."""
    head = bytes(b[:4])
    if head.startswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if head.startswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if head.startswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-32-be' if not b[1] else 'utf-16-be'
        if not b[1]:
            return 'utf-32-le' if not (b[2] or b[3]) else 'utf-16-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Parse the JSON document read from the file-like *fp*; options as for loads()."""
    text = fp.read()
    return loads(text, cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Parse the JSON document *s* (str, bytes or bytearray) into a Python value.

    Bytes are decoded as UTF-8, UTF-16 or UTF-32 (detected).  object_hook,
    object_pairs_hook, parse_float, parse_int and parse_constant are passed to the
    decoder (see JSONDecoder); cls chooses a JSONDecoder subclass.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s), 'surrogatepass')
    else:
        kind = type(s).__name__
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {kind}')
    if (cls is None and object_hook is None and parse_int is None
            and parse_float is None and parse_constant is None
            and object_pairs_hook is None and not kw):
        decoder = _default_decoder
    else:
        decoder = None
    if decoder is not None:
        return decoder.decode(s)
    factory = JSONDecoder if cls is None else cls
    for name, hook in (('object_hook', object_hook), ('object_pairs_hook', object_pairs_hook),
                       ('parse_float', parse_float), ('parse_int', parse_int),
                       ('parse_constant', parse_constant)):
        if hook is not None:
            kw[name] = hook
    return factory(**kw).decode(s)
