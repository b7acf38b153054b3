"""linecache: random access to lines of text files, cached; mirrors CPython's Lib/linecache.py."""

import sys
import os

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']


# The cache maps a file name to (size, mtime, lines, fullname), or to
# (get_lines,) for a module whose source is to be fetched lazily.
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache."""
    if filename in cache:
        entry = cache[filename]
        if len(entry) != 1:
            return cache[filename][2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date."""
    if filename is None:
        filenames = list(cache.keys())
    elif filename in cache:
        filenames = [filename]
    else:
        return

    for filename in filenames:
        entry = cache[filename]
        if len(entry) == 1:
            # lazy cache entry, leave it lazy.
            continue
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue   # no-op for files loaded via a __loader__
        try:
            stat = os.stat(fullname)
        except OSError:
            cache.pop(filename, None)
            continue
        if size != stat.st_size or mtime != stat.st_mtime:
            cache.pop(filename, None)


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []

    fullname = filename
    try:
        stat = os.stat(fullname)
    except OSError:
        basename = filename

        # Try a loader's get_source() before searching sys.path.
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                cache[filename] = (
                    len(data),
                    None,
                    [line + '\n' for line in data.splitlines()],
                    fullname
                )
                return cache[filename][2]

        # A relative name may be found relative to a sys.path entry.
        if os.path.isabs(filename):
            return []

        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, basename)
            except (TypeError, AttributeError):
                # Not sufficiently string-like to do anything useful with.
                continue
            try:
                stat = os.stat(fullname)
                break
            except OSError:
                pass
        else:
            return []
    try:
        lines = _read_source_lines(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    size, mtime = stat.st_size, stat.st_mtime
    cache[filename] = size, mtime, lines, fullname
    return lines


_COOKIE_CHARS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.')


def _cookie_encoding(line):
    """The encoding named by a PEP 263 coding cookie in a comment line, or None."""
    try:
        text = line.decode('latin-1')
    except UnicodeDecodeError:
        return None
    stripped = text.lstrip(' \t\f')
    if not stripped.startswith('#'):
        return None
    i = text.find('coding')
    while i >= 0:
        j = i + 6
        if j < len(text) and text[j] in ':=':
            j += 1
            while j < len(text) and text[j] in ' \t':
                j += 1
            k = j
            while k < len(text) and (text[k] in _COOKIE_CHARS):
                k += 1
            if k > j:
                return text[j:k]
        i = text.find('coding', i + 1)
    return None


def _normalize_cookie(name):
    enc = name[:12].lower().replace('_', '-')
    if enc == 'utf-8' or enc.startswith('utf-8-'):
        return 'utf-8'
    if enc in ('latin-1', 'iso-8859-1', 'iso-latin-1') or \
            enc.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return name


def _detect_encoding(data):
    """The source encoding of data (bytes) as tokenize.detect_encoding finds it, and whether it starts with a UTF-8 BOM."""
    bom = data.startswith(b'\xef\xbb\xbf')
    if bom:
        data = data[3:]
    lines = data.split(b'\n', 2)
    for index in range(min(2, len(lines))):
        line = lines[index]
        encoding = _cookie_encoding(line)
        if encoding is not None:
            encoding = _normalize_cookie(encoding)
            ''.encode(encoding)             # LookupError for an unknown encoding
            if bom and encoding != 'utf-8':
                raise SyntaxError('encoding problem: utf-8')
            return encoding, bom
        # Only a blank or comment first line lets the second line name the encoding.
        stripped = line.strip()
        if stripped and not stripped.startswith(b'#'):
            break
    return 'utf-8', bom


def _read_source_lines(fullname):
    with open(fullname, 'rb') as f:
        data = f.read()
    encoding, bom = _detect_encoding(data)
    if bom:
        data = data[3:]
    text = data.decode(encoding)
    if '\r' in text:
        text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.split('\n')
    if lines[-1] == '':
        lines.pop()
        return [line + '\n' for line in lines]
    last = lines.pop()
    return [line + '\n' for line in lines] + [last]


def lazycache(filename, module_globals):
    """Seed the cache for filename with module_globals."""
    if filename in cache:
        if len(cache[filename]) == 1:
            return True
        else:
            return False
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        loader = module_globals.get('__loader__')
        if loader is None:
            spec = module_globals.get('__spec__')
            if spec:
                try:
                    loader = spec.loader
                except AttributeError:
                    pass
        get_source = getattr(loader, 'get_source', None)

        if name and get_source:
            def get_lines(name=name, *args, **kwargs):
                return get_source(name, *args, **kwargs)
            cache[filename] = (get_lines,)
            return True
    return False
