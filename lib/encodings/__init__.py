"""The standard encodings package, written for Krait.

Codec modules live in this package under their normalized names (encodings.utf_8 ...)
and export getregentry(), which returns their codecs.CodecInfo. The search function
registered here maps a name through encodings.aliases to such a module.
"""

import codecs
import sys
from . import aliases

# Normalized name -> CodecInfo (or None: no such codec).
_found = {}
_aliases = aliases.aliases


class CodecRegistryError(LookupError, SystemError):
    pass


def normalize_encoding(encoding):
    """Normalize an encoding name: runs of characters other than alphanumerics and '.'
    become one '_', leading and trailing ones are dropped, non-ASCII ones vanish."""
    if isinstance(encoding, bytes):
        encoding = encoding.decode("ascii")
    out = []
    gap = False
    for ch in encoding:
        if not (ch.isalnum() or ch == '.'):
            gap = True
            continue
        if gap and out:
            out.append('_')
        gap = False
        if ch.isascii():
            out.append(ch)
    return ''.join(out)


def _codec_module(norm):
    """The encodings submodule for a normalized name (alias first), or None."""
    target = _aliases.get(norm) or _aliases.get(norm.replace('.', '_'))
    for modname in (target, norm):
        if not modname or '.' in modname:
            continue
        try:
            return __import__('encodings.' + modname, fromlist=['*'], level=0)
        except ImportError:
            continue
    return None


def search_function(encoding):
    if encoding in _found:
        return _found[encoding]
    mod = _codec_module(normalize_encoding(encoding))
    getregentry = getattr(mod, 'getregentry', None)
    info = None
    if getregentry is not None:
        info = getregentry()
        if not isinstance(info, codecs.CodecInfo):
            if len(info) not in range(4, 8):
                raise CodecRegistryError('module "%s" (%s) failed to register'
                                         % (mod.__name__, mod.__file__))
            info = codecs.CodecInfo(*info)
        for alias in getattr(mod, 'getaliases', tuple)():
            _aliases.setdefault(alias, mod.__name__.rpartition('.')[2])
    _found[encoding] = info
    return info


codecs.register(search_function)
