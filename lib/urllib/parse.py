"""Split URLs into components, join them back, resolve relative URLs, and quote or
parse query strings (RFC 3986 and the WHATWG rules CPython follows).

Krait's own implementation.
"""

from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Schemes for which relative references and network locations make sense.
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']

uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss']

uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtspu', 'sip', 'sips',
               'mms', 'sftp', 'tel']

non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']

uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtspu', 'sip', 'sips']

uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

_C0_AND_SPACE = "".join(map(chr, range(33)))
_REMOVED_CHARS = ("\t", "\r", "\n")


def clear_cache():
    """Kept for compatibility: Krait's parser keeps no cache."""


# ---------------------------------------------------------------- str / bytes

def _identity(obj):
    return obj


def _to_bytes_result(obj, encoding='ascii', errors='strict'):
    return obj.encode(encoding, errors)


def _normalize_args(*args):
    """Return the args as str, plus a function turning a str result back into the
    callers' type; bytes arguments are decoded as ASCII."""
    text_mode = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != text_mode:
            raise TypeError("Cannot mix str and non-str arguments")
    if text_mode:
        return args + (_identity,)
    decoded = tuple(arg.decode('ascii', 'strict') if arg else '' for arg in args)
    return decoded + (_to_bytes_result,)


class _ResultMixinStr:
    """Mixin of the str result tuples."""
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*(part.encode(encoding, errors) for part in self))


class _ResultMixinBytes:
    """Mixin of the bytes result tuples."""
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*(part.decode(encoding, errors) for part in self))


class _NetlocResultMixinBase:
    """username, password, hostname and port, read from the netloc attribute."""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        # An IPv6 zone id ("%eth0") keeps its case.
        mark = '%' if isinstance(host, str) else b'%'
        addr, pct, zone = host.partition(mark)
        return addr.lower() + pct + zone

    @property
    def port(self):
        text = self._hostinfo[1]
        if text is None:
            return None
        if not (text.isdigit() and text.isascii()):
            raise ValueError(f"Port could not be cast to integer value as {text!r}")
        number = int(text)
        if not 0 <= number <= 65535:
            raise ValueError("Port out of range 0-65535")
        return number

    __class_getitem__ = classmethod(type(list[int]))


def _split_userinfo(netloc, at, colon):
    userinfo, found, _ = netloc.rpartition(at)
    if not found:
        return None, None
    user, has_colon, password = userinfo.partition(colon)
    return user, (password if has_colon else None)


def _split_hostinfo(netloc, at, colon, lbr, rbr):
    hostinfo = netloc.rpartition(at)[2]
    _, has_bracket, rest = hostinfo.partition(lbr)
    if has_bracket:
        host, _, after = rest.partition(rbr)
        port = after.partition(colon)[2]
    else:
        host, _, port = hostinfo.partition(colon)
    return host, (port if port else None)


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, '@', ':')

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, '@', ':', '[', ']')


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, b'@', b':')

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, b'@', b':', b'[', b']')


_DefragTuple = namedtuple('DefragResult', 'url fragment')
_SplitTuple = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseTuple = namedtuple('ParseResult', 'scheme netloc path params query fragment')

_DefragTuple.__doc__ = "DefragResult(url, fragment): a URL without its fragment, and the fragment."
_SplitTuple.__doc__ = "SplitResult(scheme, netloc, path, query, fragment): urlsplit()'s result."
_ParseTuple.__doc__ = ("ParseResult(scheme, netloc, path, params, query, fragment): "
                       "urlparse()'s result.")


def _defrag_geturl(self):
    if self.fragment:
        return self.url + ('#' if isinstance(self.url, str) else b'#') + self.fragment
    return self.url


class DefragResult(_DefragTuple, _ResultMixinStr):
    __slots__ = ()
    geturl = _defrag_geturl


class SplitResult(_SplitTuple, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseTuple, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragTuple, _ResultMixinBytes):
    __slots__ = ()
    geturl = _defrag_geturl


class SplitResultBytes(_SplitTuple, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseTuple, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


# Old name of the str netloc mixin, kept for compatibility.
ResultBase = _NetlocResultMixinStr

for _text_cls, _bytes_cls in ((DefragResult, DefragResultBytes),
                              (SplitResult, SplitResultBytes),
                              (ParseResult, ParseResultBytes)):
    _text_cls._encoded_counterpart = _bytes_cls
    _bytes_cls._decoded_counterpart = _text_cls
del _text_cls, _bytes_cls


# ---------------------------------------------------------------- bracketed hosts

def _is_ipv4(text):
    parts = text.split('.')
    if len(parts) != 4:
        return False
    for part in parts:
        if not part or len(part) > 3 or not (part.isascii() and part.isdigit()):
            return False
        if int(part) > 255 or (len(part) > 1 and part[0] == '0'):
            return False
    return True


def _is_ipv6(text):
    addr, pct, zone = text.partition('%')
    if pct and not zone:
        return False
    if not addr:
        return False
    groups_wanted = 8
    last = addr.rpartition(':')[2]
    if '.' in last:
        # A trailing dotted IPv4 part stands for the last two groups.
        head = addr[:len(addr) - len(last)]
        if not head or not _is_ipv4(last):
            return False
        addr = head + '0:0'
    if addr.count('::') > 1:
        return False
    if '::' in addr:
        left, _, right = addr.partition('::')
        pieces = ([p for p in left.split(':')] if left else []) + \
                 ([p for p in right.split(':')] if right else [])
        if len(pieces) > groups_wanted - 1:
            return False
    else:
        pieces = addr.split(':')
        if len(pieces) != groups_wanted:
            return False
    for piece in pieces:
        if not 1 <= len(piece) <= 4:
            return False
        for ch in piece:
            if ch not in '0123456789abcdefABCDEF':
                return False
    return True


def _check_bracketed_host(host):
    if host.startswith('v'):
        digits, dot, rest = host[1:].partition('.')
        if (not digits or not dot or not rest or '\n' in rest
                or any(ch not in '0123456789abcdefABCDEF' for ch in digits)):
            raise ValueError("IPvFuture address is invalid")
        return
    if _is_ipv4(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    if not _is_ipv6(host):
        raise ValueError('%r does not appear to be an IPv4 or IPv6 address' % (host,))


def _check_bracketed_netloc(netloc):
    hostinfo = netloc.rpartition('@')[2]
    before, has_open, after = hostinfo.partition('[')
    if has_open:
        host, _, rest = after.partition(']')
        if before or (rest and not rest.startswith(':')):
            raise ValueError("Invalid IPv6 URL")
    else:
        host = hostinfo.partition(':')[0]
    _check_bracketed_host(host)


def _check_netloc_nfkc(netloc):
    # A non-ASCII netloc must not gain URL delimiters under NFKC normalization.
    if not netloc or netloc.isascii():
        return
    try:
        import unicodedata
    except ImportError:
        return
    stripped = netloc
    for ch in '@:#?':
        stripped = stripped.replace(ch, '')
    normalized = unicodedata.normalize('NFKC', stripped)
    if normalized == stripped:
        return
    for ch in '/?#@:':
        if ch in normalized:
            raise ValueError("netloc '" + netloc + "' contains invalid "
                             "characters under NFKC normalization")


# ---------------------------------------------------------------- split / join

def urlsplit(url, scheme='', allow_fragments=True):
    """Split url into 5 parts: scheme://netloc/path?query#fragment; scheme is the
    default when url has none."""
    url, scheme, back = _normalize_args(url, scheme)
    url = url.lstrip(_C0_AND_SPACE)
    scheme = scheme.strip(_C0_AND_SPACE)
    for ch in _REMOVED_CHARS:
        url = url.replace(ch, "")
        scheme = scheme.replace(ch, "")
    allow_fragments = bool(allow_fragments)
    netloc = query = fragment = ''

    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        candidate = url[:colon]
        if all(ch in scheme_chars for ch in candidate):
            scheme = candidate.lower()
            url = url[colon + 1:]

    if url[:2] == '//':
        end = len(url)
        for delim in '/?#':
            pos = url.find(delim, 2)
            if 0 <= pos < end:
                end = pos
        netloc, url = url[2:end], url[end:]
        has_open, has_close = '[' in netloc, ']' in netloc
        if has_open != has_close:
            raise ValueError("Invalid IPv6 URL")
        if has_open:
            _check_bracketed_netloc(netloc)
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _check_netloc_nfkc(netloc)
    return back(SplitResult(scheme, netloc, url, query, fragment))


def _split_params(path):
    # Parameters follow the first ';' of the last path segment.
    slash = path.rfind('/')
    semi = path.find(';', slash if slash >= 0 else 0)
    if semi < 0:
        return path, ''
    return path[:semi], path[semi + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Split url into 6 parts: scheme://netloc/path;params?query#fragment."""
    url, scheme, back = _normalize_args(url, scheme)
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in path:
        path, params = _split_params(path)
    return back(ParseResult(scheme, netloc, path, params, query, fragment))


def urlunsplit(components):
    """Join a 5-tuple as returned by urlsplit() back into a URL string."""
    scheme, netloc, url, query, fragment, back = _normalize_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return back(url)


def urlunparse(components):
    """Join a 6-tuple as returned by urlparse() back into a URL string."""
    scheme, netloc, url, params, query, fragment, back = _normalize_args(*components)
    if params:
        url = "%s;%s" % (url, params)
    return back(urlunsplit((scheme, netloc, url, query, fragment)))


def _merge_path(base_path, ref_path):
    # RFC 3986 5.2: merge, then remove dot segments.
    if ref_path[:1] == '/':
        segments = ref_path.split('/')
    else:
        base_segments = base_path.split('/')
        if base_segments[-1] != '':
            base_segments.pop()
        segments = base_segments + ref_path.split('/')
        segments[1:-1] = [seg for seg in segments[1:-1] if seg]
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] in ('.', '..'):
        out.append('')
    return '/'.join(out) or '/'


def urljoin(base, url, allow_fragments=True):
    """Resolve url relative to base."""
    if not base:
        return url
    if not url:
        return base
    base, url, back = _normalize_args(base, url)
    b_scheme, b_netloc, b_path, b_params, b_query, _ = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, b_scheme, allow_fragments)

    if scheme != b_scheme or scheme not in uses_relative:
        return back(url)
    if scheme in uses_netloc:
        if netloc:
            return back(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = b_netloc
    if not path and not params:
        if not query:
            query = b_query
        return back(urlunparse((scheme, netloc, b_path, b_params, query, fragment)))
    return back(urlunparse((scheme, netloc, _merge_path(b_path, path),
                            params, query, fragment)))


def urldefrag(url):
    """Return DefragResult(url without fragment, fragment)."""
    url, back = _normalize_args(url)
    if '#' in url:
        scheme, netloc, path, params, query, fragment = urlparse(url)
        bare = urlunparse((scheme, netloc, path, params, query, ''))
    else:
        bare, fragment = url, ''
    return back(DefragResult(bare, fragment))


# ---------------------------------------------------------------- percent-encoding

_HEX_DIGITS = b'0123456789ABCDEFabcdef'
_UNRESERVED = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                        b'abcdefghijklmnopqrstuvwxyz'
                        b'0123456789'
                        b'_.-~')
_UNRESERVED_BYTES = bytes(_UNRESERVED)
_quote_tables = {}


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    if not string:
        string.split
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = string.split(b'%')
    if len(pieces) == 1:
        return string
    out = bytearray(pieces[0])
    for piece in pieces[1:]:
        hash(piece[:2])  # a bytearray input fails here, as in CPython
        if len(piece) >= 2 and piece[0] in _HEX_DIGITS and piece[1] in _HEX_DIGITS:
            out.append(int(piece[:2], 16))
            out += piece[2:]
        else:
            out += b'%'
            out += piece
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by their single-character equivalent; runs of escapes are
    decoded together with encoding and errors."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    # Only runs of ASCII characters can hold escapes; other characters pass through.
    out = []
    start = 0
    n = len(string)
    while start < n:
        end = start
        ascii_run = string[start] < '\x80'
        while end < n and (string[end] < '\x80') == ascii_run:
            end += 1
        chunk = string[start:end]
        if ascii_run and '%' in chunk:
            out.append(unquote_to_bytes(chunk).decode(encoding, errors))
        else:
            out.append(chunk)
        start = end
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), and '+' becomes a space (HTML form values)."""
    return unquote(string.replace('+', ' '), encoding, errors)


def quote_from_bytes(bs, safe='/'):
    """Percent-encode the bytes bs, keeping ASCII letters, digits, '_.-~' and safe."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    if not bs.rstrip(_UNRESERVED_BYTES + safe):
        return bs.decode()
    table = _quote_tables.get(safe)
    if table is None:
        keep = _UNRESERVED.union(safe)
        table = [chr(c) if c in keep else '%%%02X' % c for c in range(256)]
        _quote_tables[safe] = table
    return ''.join([table[c] for c in bs])


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-encode string (str or bytes) for use in a URL; characters in safe,
    ASCII letters, digits and '_.-~' are kept. str is encoded first (UTF-8, strict)."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), and spaces become '+' (HTML form values)."""
    space = ' ' if isinstance(string, str) else b' '
    if isinstance(string, (str, bytes)) and space not in string:
        return quote(string, safe, encoding, errors)
    plus_safe = safe + (' ' if isinstance(safe, str) else b' ')
    return quote(string, plus_safe, encoding, errors).replace(' ', '+')


# ---------------------------------------------------------------- query strings

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a list of (name, value) pairs."""
    qs, back = _normalize_args(qs)
    separator, _ = _normalize_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < fields:
            raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        name, has_eq, value = field.partition('=')
        if not has_eq:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            name = unquote(name.replace('+', ' '), encoding=encoding, errors=errors)
            value = unquote(value.replace('+', ' '), encoding=encoding, errors=errors)
            pairs.append((back(name), back(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query string into a dict mapping each name to its list of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields, separator=separator):
        result.setdefault(name, []).append(value)
    return result


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Encode a mapping or a sequence of pairs as an application/x-www-form-urlencoded
    string; with doseq, sequence values give one pair per element."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err

    def encoded(obj):
        if isinstance(obj, bytes):
            return quote_via(obj, safe)
        return quote_via(str(obj), safe, encoding, errors)

    fields = []
    for key, value in query:
        key = encoded(key)
        if not doseq or isinstance(value, (str, bytes)):
            fields.append(key + '=' + encoded(value))
            continue
        try:
            len(value)
        except TypeError:
            fields.append(key + '=' + encoded(value))
        else:
            for item in value:
                fields.append(key + '=' + encoded(item))
    return '&'.join(fields)


def unwrap(url):
    """Strip '<URL:...>' or '<...>' wrapping and surrounding spaces from url."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


# ---------------------------------------------------------------- deprecated helpers

def _deprecated(name, instead="urlparse"):
    import warnings
    if instead:
        msg = (f"urllib.parse.{name}() is deprecated as of 3.8, "
               f"use urllib.parse.{instead}() instead")
    else:
        msg = f"urllib.parse.{name}() is deprecated as of 3.8"
    warnings.warn(msg, DeprecationWarning, stacklevel=3)


def to_bytes(url):
    _deprecated("to_bytes", None)
    if isinstance(url, str):
        try:
            url.encode("ASCII")
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) +
                               " contains non-ASCII characters") from None
    return url


def splittype(url):
    _deprecated("splittype")
    scheme, colon, rest = url.partition(':')
    if colon and scheme and '/' not in scheme:
        return scheme.lower(), rest
    return None, url


def splithost(url):
    _deprecated("splithost")
    if url[:2] != '//':
        return None, url
    end = len(url)
    for delim in '/#?':
        pos = url.find(delim, 2)
        if 0 <= pos < end:
            end = pos
    host, path = url[2:end], url[end:]
    if path and path[0] != '/':
        path = '/' + path
    return host, path


def splituser(host):
    _deprecated("splituser")
    user, at, rest = host.rpartition('@')
    return (user if at else None), rest


def splitpasswd(user):
    _deprecated("splitpasswd")
    name, colon, passwd = user.partition(':')
    return name, (passwd if colon else None)


def splitport(host):
    _deprecated("splitport")
    name, colon, port = host.rpartition(':')
    if not colon or not all('0' <= ch <= '9' for ch in port):
        return host, None
    return name, (port or None)


def splitnport(host, defport=-1):
    _deprecated("splitnport")
    name, colon, port = host.rpartition(':')
    if not colon:
        return host, defport
    if not port:
        return name, defport
    if port.isdigit() and port.isascii():
        return name, int(port)
    return name, None


def splitquery(url):
    _deprecated("splitquery")
    path, mark, query = url.rpartition('?')
    return (path, query) if mark else (url, None)


def splittag(url):
    _deprecated("splittag")
    path, mark, tag = url.rpartition('#')
    return (path, tag) if mark else (url, None)


def splitattr(url):
    _deprecated("splitattr")
    first, *attrs = url.split(';')
    return first, attrs


def splitvalue(attr):
    _deprecated("splitvalue", "parse_qsl")
    name, eq, value = attr.partition('=')
    return name, (value if eq else None)
