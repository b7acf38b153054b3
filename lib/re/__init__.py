"""Support for regular expressions (RE), with the syntax and semantics of CPython 3.11.

Patterns are parsed and compiled to the SRE engine's code by the native `_sre` module; this
module adds the flag enumeration, the compiled-pattern cache and the module-level functions.
"""

import enum
import _sre
from . import _constants
from ._constants import error

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
    "compile", "purge", "template", "escape", "error", "Pattern", "Match",
    "A", "I", "L", "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE",
    "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


@enum.global_enum
class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    NOFLAG = 0
    ASCII = A = _sre.SRE_FLAG_ASCII
    IGNORECASE = I = _sre.SRE_FLAG_IGNORECASE
    LOCALE = L = _sre.SRE_FLAG_LOCALE
    UNICODE = U = _sre.SRE_FLAG_UNICODE
    MULTILINE = M = _sre.SRE_FLAG_MULTILINE
    DOTALL = S = _sre.SRE_FLAG_DOTALL
    VERBOSE = X = _sre.SRE_FLAG_VERBOSE
    TEMPLATE = T = _sre.SRE_FLAG_TEMPLATE
    DEBUG = _sre.SRE_FLAG_DEBUG
    __str__ = object.__str__
    _numeric_repr_ = hex


# ---------------------------------------------------------------------------------------------
# The module-level functions compile (through the cache) and call the Pattern method.

def match(pattern, string, flags=0):
    """Match the pattern at the start of string; a Match object or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Match the pattern against all of string; a Match object or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Find the first place in string where the pattern matches; a Match object or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Replace the leftmost non-overlapping matches by repl (a template or a function)."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """As sub(), returning (new_string, number_of_substitutions)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split string by the matches of the pattern, keeping the text of any groups."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """All non-overlapping matches: strings, or tuples of groups when there are several."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of Match objects over the non-overlapping matches."""
    return _compile(pattern, flags).finditer(string)


def compile(pattern, flags=0):
    """Compile a pattern into a Pattern object."""
    return _compile(pattern, flags)


def purge():
    """Empty the compiled-pattern cache."""
    _cache.clear()


def template(pattern, flags=0):
    """Compile a template pattern (deprecated); returns a Pattern object."""
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return _compile(pattern, flags | _sre.SRE_FLAG_TEMPLATE)


# The characters escape() prefixes with a backslash.
_ESCAPED = {c: "\\" + chr(c) for c in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """Backslash every character of pattern that is special in a regular expression."""
    if isinstance(pattern, str):
        return pattern.translate(_ESCAPED)
    text = str(pattern, "latin1")
    return text.translate(_ESCAPED).encode("latin1")


Pattern = type(_sre.compile("", 0))
Match = type(_sre.compile("", 0).match(""))

# ---------------------------------------------------------------------------------------------
# The cache of compiled patterns

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    compiled = _sre.compile(pattern, flags)
    if not flags & _sre.SRE_FLAG_DEBUG:
        if len(_cache) >= _MAXCACHE:
            # Forget the oldest entry (dicts keep insertion order).
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[key] = compiled
    return compiled


def _compile_repl(repl, pattern):
    # Kept for code that calls it directly: the parsed template of repl.
    return _sre.template_parse(pattern, repl)


def _expand(pattern, match, template):
    return match.expand(template)


def _subx(pattern, template):
    if callable(template):
        return template
    return lambda m: m.expand(template)


# ---------------------------------------------------------------------------------------------
# Pickling compiled patterns re-compiles them.

import copyreg


def _pickle(p):
    return _compile, (p.pattern, p.flags)


copyreg.pickle(Pattern, _pickle, _compile)


# ---------------------------------------------------------------------------------------------
# Scanner: an experimental lexer over a list of (phrase, action) pairs.

class Scanner:
    def __init__(self, lexicon, flags=0):
        if isinstance(flags, RegexFlag):
            flags = flags.value
        self.lexicon = lexicon
        # One alternation, each phrase in its own group; a match's lastindex tells which
        # phrase matched (groups inside a phrase shift the numbering, so keep a map).
        parts = []
        self._which = {}
        number = 1
        if flags & _sre.SRE_FLAG_DEBUG:
            # As in CPython: each phrase's parse tree, and no code listing for the whole.
            for phrase, action in lexicon:
                _sre.debug_tree(phrase, flags)
            flags &= ~_sre.SRE_FLAG_DEBUG
        for phrase, action in lexicon:
            parts.append("(" + (phrase if isinstance(phrase, str) else phrase.pattern) + ")")
            self._which[number] = action
            number += 1 + _sre.compile(phrase, flags).groups
        self.scanner = _sre.compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        append = result.append
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self._which[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                append(action)
            i = j
        return result, string[i:]
