"""A collection of string constants, plus the Template and Formatter classes.

Public constants:

whitespace -- a string containing all ASCII whitespace
ascii_lowercase -- a string containing all ASCII lowercase letters
ascii_uppercase -- a string containing all ASCII uppercase letters
ascii_letters -- a string containing all ASCII letters
digits -- a string containing all ASCII decimal digits
hexdigits -- a string containing all ASCII hexadecimal digits
octdigits -- a string containing all ASCII octal digits
punctuation -- a string containing all ASCII punctuation characters
printable -- a string containing all ASCII characters considered printable
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

import _string

# ---------------------------------------------------------------- constants

ascii_lowercase = ''.join(chr(c) for c in range(ord('a'), ord('z') + 1))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = ''.join(str(d) for d in range(10))
octdigits = digits[:8]
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
whitespace = ' \t\n\r\x0b\x0c'
punctuation = ''.join(chr(c) for c in range(33, 127)
                      if not chr(c).isalnum())
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize every piece, and join them with sep
    (a single space when sep is None or omitted)."""
    join = (sep or ' ').join
    return join([w.capitalize() for w in s.split(sep)])


# ----------------------------------------------------------------- Template

_NO_MAPPING = {}
_WORD_HEAD = frozenset('_' + ascii_letters)
_WORD_TAIL = _WORD_HEAD | frozenset(digits)
_DEFAULT_IDPATTERN = r'(?a:[_a-z][_a-z0-9]*)'


class _LazyFlags:
    """Template.flags, resolved on first read so that importing string does
    not import re."""

    def __get__(self, instance, owner):
        import re
        Template.flags = re.IGNORECASE
        return re.IGNORECASE


class _LazyPattern:
    """A class's compiled `pattern`, built on first read."""

    def __get__(self, instance, owner):
        import re
        compiled = re.compile(
            _syntax_regex(owner.delimiter, owner.idpattern,
                          owner.braceidpattern),
            owner.flags | re.VERBOSE)
        setattr(owner, 'pattern', compiled)
        return compiled


def _syntax_regex(delimiter, idpattern, braceidpattern):
    # The verbose source text is observable through Template.pattern.pattern,
    # so it is laid out (comments included) the way CPython's is.
    import re
    if braceidpattern is None:
        braceidpattern = idpattern
    d = re.escape(delimiter)
    margin = '\n' + ' ' * 12
    rows = [
        d + '(?:',
        '  (?P<escaped>' + d + ')  |   # Escape sequence of two delimiters',
        '  (?P<named>' + idpattern + ')       |   # delimiter and a Python identifier',
        '  {(?P<braced>' + braceidpattern + ')} |   # delimiter and a braced identifier',
        '  (?P<invalid>)             # Other ill-formed delimiter exprs',
        ')',
        '',
    ]
    return margin + margin.join(rows)


def _default_syntax(cls):
    """True when cls's placeholders can be found without the re module."""
    if cls.idpattern != _DEFAULT_IDPATTERN:
        return False
    if cls.braceidpattern not in (None, _DEFAULT_IDPATTERN):
        return False
    if not isinstance(cls.delimiter, str) or not cls.delimiter:
        return False
    for klass in cls.__mro__:
        if 'flags' in klass.__dict__:
            return klass is Template
    return False


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    idpattern = _DEFAULT_IDPATTERN
    braceidpattern = None
    flags = _LazyFlags()
    pattern = _LazyPattern()

    # Classes with the default syntax (any delimiter) are scanned by hand;
    # the others go through their compiled `pattern`.
    _by_hand = True

    def __init_subclass__(cls):
        super().__init_subclass__()
        if 'pattern' not in cls.__dict__ and _default_syntax(cls):
            cls._by_hand = True
            cls.pattern = _LazyPattern()
            return
        import re
        cls._by_hand = False
        if 'pattern' in cls.__dict__:
            source = cls.pattern
        else:
            source = _syntax_regex(cls.delimiter, cls.idpattern,
                                   cls.braceidpattern)
        cls.pattern = re.compile(source, cls.flags | re.VERBOSE)

    def __init__(self, template):
        self.template = template

    # Each placeholder is reported as (kind, start, end, info) with kind one
    # of 'named' (info: the identifier), 'escaped', 'invalid' (info: index
    # after the delimiter) or None when a custom pattern matched no known
    # group.  `order` is the sequence in which a custom pattern's groups are
    # consulted, which decides which missing group is complained about.

    def _placeholders(self, order):
        if type(self)._by_hand:
            return self._walk_default()
        return self._walk_pattern(order)

    def _walk_default(self):
        text = self.template
        delim = type(self).delimiter
        step = len(delim)
        n = len(text)
        pos = text.find(delim)
        while pos >= 0:
            nxt = pos + step
            if text.startswith(delim, nxt):
                yield 'escaped', pos, nxt + step, None
                pos = text.find(delim, nxt + step)
                continue
            braced = text.startswith('{', nxt)
            j = nxt + 1 if braced else nxt
            k = j
            if k < n and text[k] in _WORD_HEAD:
                k += 1
                while k < n and text[k] in _WORD_TAIL:
                    k += 1
            if k > j and (not braced or text.startswith('}', k)):
                end = k + 1 if braced else k
                yield 'named', pos, end, text[j:k]
                pos = text.find(delim, end)
            else:
                yield 'invalid', pos, nxt, nxt
                pos = text.find(delim, nxt)

    def _walk_pattern(self, order):
        for mo in self.pattern.finditer(self.template):
            for kind in order:
                if kind == 'named':
                    ident = mo.group('named') or mo.group('braced')
                    if ident is not None:
                        yield 'named', mo.start(), mo.end(), ident
                        break
                elif mo.group(kind) is not None:
                    info = mo.start('invalid') if kind == 'invalid' else None
                    yield kind, mo.start(), mo.end(), info
                    break
            else:
                yield None, mo.start(), mo.end(), None

    def _bad_placeholder(self, index):
        before = self.template[:index].splitlines(keepends=True)
        if before:
            line = len(before)
            col = index - sum(len(piece) for piece in before[:-1])
        else:
            line = col = 1
        raise ValueError('Invalid placeholder in string: line %d, col %d'
                         % (line, col))

    def _unknown_group(self):
        raise ValueError('Unrecognized named group in pattern', self.pattern)

    def _fill(self, mapping, kws, lenient):
        if mapping is _NO_MAPPING:
            lookup = kws
        elif kws:
            from collections import ChainMap
            lookup = ChainMap(kws, mapping)
        else:
            lookup = mapping
        text = self.template
        out = []
        done = 0
        for kind, start, end, info in self._placeholders(
                ('named', 'escaped', 'invalid')):
            out.append(text[done:start])
            done = end
            if kind == 'named':
                if lenient:
                    try:
                        out.append(str(lookup[info]))
                    except KeyError:
                        out.append(text[start:end])
                else:
                    out.append(str(lookup[info]))
            elif kind == 'escaped':
                out.append(self.delimiter)
            elif kind == 'invalid':
                if lenient:
                    out.append(text[start:end])
                else:
                    self._bad_placeholder(info)
            else:
                self._unknown_group()
        out.append(text[done:])
        return ''.join(out)

    def substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self._fill(mapping, kws, False)

    def safe_substitute(self, mapping=_NO_MAPPING, /, **kws):
        return self._fill(mapping, kws, True)

    def is_valid(self):
        for kind, _start, _end, _info in self._placeholders(
                ('invalid', 'named', 'escaped')):
            if kind == 'invalid':
                return False
            if kind is None:
                self._unknown_group()
        return True

    def get_identifiers(self):
        found = {}
        for kind, _start, _end, info in self._placeholders(
                ('named', 'invalid', 'escaped')):
            if kind == 'named':
                found.setdefault(info, None)
            elif kind is None:
                self._unknown_group()
        return list(found)


# ---------------------------------------------------------------- Formatter

class Formatter:
    """Customizable str.format(): override the hooks to change lookup,
    conversion or formatting of replacement fields."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _next = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used, depth, auto=0):
        # `auto` is the next automatic field number, or False once an
        # explicit number has been seen.
        if depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, name, spec, conv in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if name is None:
                continue
            if name == '':
                if auto is False:
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                name = str(auto)
                auto += 1
            elif name.isdigit():
                if auto:
                    # CPython reports this direction with the same message.
                    raise ValueError('cannot switch from manual field '
                                     'specification to automatic field '
                                     'numbering')
                auto = False
            value, key = self.get_field(name, args, kwargs)
            used.add(key)
            value = self.convert_field(value, conv)
            spec, auto = self._vformat(spec, args, kwargs, used, depth - 1, auto)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), auto

    def get_value(self, key, args, kwargs):
        return args[key] if isinstance(key, int) else kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        convert = {'s': str, 'r': repr, 'a': ascii}.get(conversion)
        if convert is None:
            raise ValueError('Unknown conversion specifier {0!s}'
                             .format(conversion))
        return convert(value)

    def parse(self, format_string):
        """Yield (literal_text, field_name, format_spec, conversion) tuples."""
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """Resolve a field name to (object, first key used)."""
        head, rest = _string.formatter_field_name_split(field_name)
        obj = self.get_value(head, args, kwargs)
        for is_attr, part in rest:
            obj = getattr(obj, part) if is_attr else obj[part]
        return obj, head
