"""string: common string constants, Template and Formatter; mirrors CPython's Lib/string.py.

The format-string parser (CPython's _string module) is written here in Python.
"""

__all__ = ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'capwords',
           'digits', 'hexdigits', 'octdigits', 'printable', 'punctuation',
           'whitespace', 'Formatter', 'Template']

whitespace = ' \t\n\r\v\f'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split the argument into words using split, capitalize each word using capitalize, and join the capitalized words using join."""
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


####################################################################
_sentinel_dict = {}

_ID_START = frozenset('_' + ascii_letters)
_ID_CHARS = frozenset('_' + ascii_letters + digits)


class _ReAttribute:
    """A class attribute computed with the re module on first use, so that importing string does not import re."""

    def __init__(self, name):
        self.name = name

    def __get__(self, instance, owner):
        import re
        if self.name == 'flags':
            return re.IGNORECASE
        return re.compile(_build_pattern(owner.delimiter, owner.idpattern,
                                         owner.braceidpattern), owner.flags | re.VERBOSE)


def _build_pattern(delimiter, idpattern, braceidpattern):
    import re
    delim = re.escape(delimiter)
    bid = braceidpattern or idpattern
    return fr"""
    {delim}(?:
      (?P<escaped>{delim})  |   # Escape sequence of two delimiters
      (?P<named>{idpattern})       |   # delimiter and a Python identifier
      {{(?P<braced>{bid})}} |   # delimiter and a braced identifier
      (?P<invalid>)             # Other ill-formed delimiter exprs
    )
    """


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'
    # r'[a-z]' matches to non-ASCII letters when used with IGNORECASE, but
    # without the ASCII flag.  We can't add re.ASCII to flags because of
    # backward compatibility.  So we use the ?a local flag and [a-z] pattern.
    # See https://bugs.python.org/issue31672
    idpattern = r'(?a:[_a-z][_a-z0-9]*)'
    braceidpattern = None
    flags = _ReAttribute('flags')
    pattern = _ReAttribute('pattern')

    # The default syntax is parsed by hand; a subclass that changes it is
    # parsed with its compiled pattern, as CPython does for every class.
    _uses_regex = False

    def __init_subclass__(cls):
        super().__init_subclass__()
        custom = ('pattern', 'delimiter', 'idpattern', 'braceidpattern', 'flags')
        if not any(name in cls.__dict__ for name in custom):
            return
        import re
        if 'pattern' in cls.__dict__:
            pattern = cls.pattern
        else:
            pattern = _build_pattern(cls.delimiter, cls.idpattern, cls.braceidpattern)
        cls.pattern = re.compile(pattern, cls.flags | re.VERBOSE)
        cls._uses_regex = True

    def __init__(self, template):
        self.template = template

    # Search for $$, $identifier, ${identifier}, and any bare $'s

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def _scan(self):
        """Yields (start, end, kind, name) for each delimiter in the template, kind being 'escaped', 'named', 'braced' or 'invalid'."""
        text = self.template
        n = len(text)
        i = text.find('$')
        while i >= 0:
            j = i + 1
            if j < n and text[j] == '$':
                yield i, j + 1, 'escaped', None
                i = text.find('$', j + 1)
                continue
            if j < n and text[j] in _ID_START:
                k = j + 1
                while k < n and text[k] in _ID_CHARS:
                    k += 1
                yield i, k, 'named', text[j:k]
                i = text.find('$', k)
                continue
            if j < n and text[j] == '{' and j + 1 < n and text[j + 1] in _ID_START:
                k = j + 2
                while k < n and text[k] in _ID_CHARS:
                    k += 1
                if k < n and text[k] == '}':
                    yield i, k + 1, 'braced', text[j + 1:k]
                    i = text.find('$', k + 1)
                    continue
            yield i + 1, i + 1, 'invalid', None
            i = text.find('$', i + 1)

    def _regex_scan(self):
        for mo in self.pattern.finditer(self.template):
            named = mo.group('named')
            braced = mo.group('braced')
            if named is not None:
                yield mo.start(), mo.end(), 'named', named
            elif braced is not None:
                yield mo.start(), mo.end(), 'braced', braced
            elif mo.group('escaped') is not None:
                yield mo.start(), mo.end(), 'escaped', None
            elif mo.group('invalid') is not None:
                yield mo.start('invalid'), mo.end(), 'invalid', None
            else:
                raise ValueError('Unrecognized named group in pattern',
                                 self.pattern)

    def _substitute(self, mapping, safe):
        out = []
        last = 0
        text = self.template
        scan = self._regex_scan() if self._uses_regex else self._scan()
        for start, end, kind, name in scan:
            if kind == 'invalid':
                if not safe:
                    self._invalid(start)
                continue
            if kind == 'escaped':
                out.append(text[last:start])
                out.append(self.delimiter)
            else:
                if safe:
                    try:
                        value = '%s' % (mapping[name],)
                    except KeyError:
                        continue
                else:
                    value = '%s' % (mapping[name],)
                out.append(text[last:start])
                out.append(value)
            last = end
        out.append(text[last:])
        return ''.join(out)

    def substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        return self._substitute(mapping, False)

    def safe_substitute(self, mapping=_sentinel_dict, /, **kws):
        if mapping is _sentinel_dict:
            mapping = kws
        elif kws:
            from collections import ChainMap
            mapping = ChainMap(kws, mapping)
        return self._substitute(mapping, True)

    def is_valid(self):
        scan = self._regex_scan() if self._uses_regex else self._scan()
        for start, end, kind, name in scan:
            if kind == 'invalid':
                return False
        return True

    def get_identifiers(self):
        ids = []
        scan = self._regex_scan() if self._uses_regex else self._scan()
        for start, end, kind, name in scan:
            if name is not None and name not in ids:
                ids.append(name)
        return ids


########################################################################
# The Formatter class (PEP 3101) and the parser CPython keeps in _string.

def _formatter_parser(format_string):
    """Yields (literal_text, field_name, format_spec, conversion) tuples."""
    s = format_string
    n = len(s)
    pos = 0
    while pos < n:
        i = pos
        while i < n and s[i] != '{' and s[i] != '}':
            i += 1
        if i >= n:
            yield s[pos:], None, None, None
            return
        c = s[i]
        if i + 1 < n and s[i + 1] == c:
            yield s[pos:i + 1], None, None, None
            pos = i + 2
            continue
        if c == '}':
            raise ValueError("Single '}' encountered in format string")
        if i + 1 >= n:
            raise ValueError("Single '{' encountered in format string")
        literal = s[pos:i]
        # The field name runs to '}', ':' or '!' outside square brackets.
        j = i + 1
        in_bracket = False
        while j < n:
            c = s[j]
            if c == '[':
                in_bracket = True
            elif c == ']':
                in_bracket = False
            elif not in_bracket:
                if c == '{':
                    raise ValueError("unexpected '{' in field name")
                if c == '}' or c == ':' or c == '!':
                    break
            j += 1
        else:
            raise ValueError("expected '}' before end of string")
        field_name = s[i + 1:j]
        c = s[j]
        j += 1
        conversion = None
        if c == '!':
            if j >= n:
                raise ValueError('end of string while looking for conversion specifier')
            conversion = s[j]
            j += 1
            if j >= n:
                raise ValueError("unmatched '{' in format spec")
            c = s[j]
            j += 1
            if c != ':' and c != '}':
                raise ValueError("expected ':' after conversion specifier")
        format_spec = ''
        if c == ':':
            depth = 1
            start = j
            while j < n:
                c = s[j]
                j += 1
                if c == '{':
                    depth += 1
                elif c == '}':
                    depth -= 1
                    if depth == 0:
                        break
            else:
                raise ValueError("unmatched '{' in format spec")
            format_spec = s[start:j - 1]
        yield literal, field_name, format_spec, conversion
        pos = j


def _field_name_rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == '.':
            start = i
            while i < n and name[i] != '.' and name[i] != '[':
                i += 1
            if i == start:
                raise ValueError('Empty attribute in format string')
            yield True, name[start:i]
        elif c == '[':
            start = i
            while i < n and name[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = name[start:i]
            if not key:
                raise ValueError('Empty attribute in format string')
            i += 1
            if i < n and name[i] != '.' and name[i] != '[':
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            yield False, int(key) if key.isdecimal() else key
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")


def _formatter_field_name_split(field_name):
    """Splits 'a.b[0]' into ('a', iterator of (is_attribute, key))."""
    i = 0
    n = len(field_name)
    while i < n and field_name[i] != '.' and field_name[i] != '[':
        i += 1
    first = field_name[:i]
    if first and first.isdecimal():
        first = int(first)
    return first, _field_name_rest(field_name, i)


class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used_args = set()
        result, _ = self._vformat(format_string, args, kwargs, used_args, 2)
        self.check_unused_args(used_args, args, kwargs)
        return result

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth,
                 auto_arg_index=0):
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        result = []
        for literal_text, field_name, format_spec, conversion in \
                self.parse(format_string):

            if literal_text:
                result.append(literal_text)

            if field_name is not None:
                # Automatic numbering ('{}') and manual numbering ('{0}') cannot mix.
                if field_name == '':
                    if auto_arg_index is False:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    field_name = str(auto_arg_index)
                    auto_arg_index += 1
                elif field_name.isdigit():
                    if auto_arg_index:
                        raise ValueError('cannot switch from manual field '
                                         'specification to automatic field '
                                         'numbering')
                    auto_arg_index = False

                obj, arg_used = self.get_field(field_name, args, kwargs)
                used_args.add(arg_used)

                obj = self.convert_field(obj, conversion)

                format_spec, auto_arg_index = self._vformat(
                    format_spec, args, kwargs,
                    used_args, recursion_depth - 1,
                    auto_arg_index=auto_arg_index)

                result.append(self.format_field(obj, format_spec))

        return ''.join(result), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        else:
            return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        elif conversion == 's':
            return str(value)
        elif conversion == 'r':
            return repr(value)
        elif conversion == 'a':
            return ascii(value)
        raise ValueError('Unknown conversion specifier {0!s}'.format(conversion))

    def parse(self, format_string):
        """Returns an iterable of (literal_text, field_name, format_spec, conversion) tuples for format_string."""
        return _formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        """Given a field_name, finds the object it references."""
        first, rest = _formatter_field_name_split(field_name)

        obj = self.get_value(first, args, kwargs)

        for is_attr, i in rest:
            if is_attr:
                obj = getattr(obj, i)
            else:
                obj = obj[i]

        return obj, first
