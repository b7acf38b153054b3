"""Cache lines from Python source files.

This is intended to read lines from modules imported -- hence if a filename
is not found, it will look down the module search path for a file by
that name.
"""

import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname) once read, where mtime is None
# for text that came from a loader; or (get_lines,) while the entry is lazy.
cache = {}


def _is_lazy(entry):
    return len(entry) == 1


def _is_pseudo(filename):
    # '<stdin>', '<string>' and friends never name a file.
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Return line lineno of filename (with its newline), or '' when there
    is no such line."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Return the lines of filename, reading and caching them when they
    are not cached yet."""
    entry = cache.get(filename)
    if entry is not None and not _is_lazy(entry):
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop cache entries whose file changed on disk (or vanished).

    Only done when asked: reading a line never checks."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or _is_lazy(entry):
            continue
        size, mtime, _lines, fullname = entry
        if mtime is None:
            continue
        try:
            info = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if (size, mtime) != (info.st_size, info.st_mtime):
            cache.pop(name, None)


def _locate(filename, module_globals):
    """Find filename on disk: (stat, fullname), or lines obtained from a
    loader, or None."""
    try:
        return os.stat(filename), filename
    except OSError:
        pass
    if lazycache(filename, module_globals):
        try:
            text = cache[filename][0]()
        except (ImportError, OSError):
            pass
        else:
            if text is None:
                return []
            lines = [line + '\n' for line in text.splitlines()]
            cache[filename] = (len(text), None, lines, filename)
            return lines
    # A relative name may be found along the module search path.
    if os.path.isabs(filename):
        return None
    for folder in sys.path:
        try:
            candidate = os.path.join(folder, filename)
        except (TypeError, AttributeError):
            continue
        try:
            return os.stat(candidate), candidate
        except OSError:
            continue
    return None


def updatecache(filename, module_globals=None):
    """(Re)read filename into the cache and return its lines; [] when it
    cannot be found or decoded."""
    entry = cache.get(filename)
    if entry is not None and not _is_lazy(entry):
        del cache[filename]
    if _is_pseudo(filename):
        return []
    found = _locate(filename, module_globals)
    if found is None:
        return []
    if isinstance(found, list):
        return found
    info, fullname = found
    try:
        lines = _read_source(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (info.st_size, info.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Remember how to fetch the source of a module that is not a plain
    file (one with a __loader__ offering get_source), without reading it.

    Returns True when filename now has a lazy entry, False otherwise
    (including when its lines are already cached)."""
    entry = cache.get(filename)
    if entry is not None:
        return _is_lazy(entry)
    if _is_pseudo(filename) or not module_globals:
        return False
    if '__name__' not in module_globals:
        return False
    name = module_globals['__name__']
    loader = module_globals.get('__loader__')
    if loader is None:
        spec = module_globals.get('__spec__')
        if spec:
            loader = getattr(spec, 'loader', None)
    get_source = getattr(loader, 'get_source', None)
    if not (name and get_source):
        return False
    import functools
    cache[filename] = (functools.partial(get_source, name),)
    return True


# ---------------------------------------------------------------------------
# Reading a source file the way tokenize.open() does: a UTF-8 BOM or a
# PEP 263 coding cookie on one of the first two lines picks the encoding,
# and newlines are universal.

def _cookie(line):
    """The encoding named by a coding cookie in this (bytes) line, or None."""
    try:
        text = line.decode('utf-8')
    except UnicodeDecodeError:
        raise SyntaxError("invalid or missing encoding declaration") from None
    text = text.lstrip(' \t\f')
    if not text.startswith('#'):
        return None
    start = 0
    while True:
        at = text.find('coding', start)
        if at < 0:
            return None
        pos = at + 6
        start = at + 1
        if pos >= len(text) or text[pos] not in ':=':
            continue
        pos += 1
        while pos < len(text) and text[pos] in ' \t':
            pos += 1
        end = pos
        while end < len(text) and (text[end].isalnum() or text[end] in '-_.'):
            end += 1
        if end > pos:
            return text[pos:end]


def _canonical(name):
    short = name[:12].lower().replace('_', '-')
    if short == 'utf-8' or short.startswith('utf-8-'):
        return 'utf-8'
    for latin in ('latin-1', 'iso-8859-1', 'iso-latin-1'):
        if short == latin or short.startswith(latin + '-'):
            return 'iso-8859-1'
    return name


def _blank_or_comment(line):
    stripped = line.lstrip(b' \t\f')
    return not stripped or stripped[:1] in (b'#', b'\r', b'\n')


def _encoding_of(data):
    bom = data.startswith(b'\xef\xbb\xbf')
    if bom:
        data = data[3:]
    head = data.split(b'\n', 2)
    candidates = [head[0] + b'\n' if len(head) > 1 else head[0]]
    if len(head) > 1 and _blank_or_comment(candidates[0]):
        candidates.append(head[1])
    for line in candidates:
        name = _cookie(line)
        if name is None:
            continue
        name = _canonical(name)
        try:
            b''.decode(name)
        except LookupError:
            raise SyntaxError(f"unknown encoding: {name}") from None
        if bom:
            if name != 'utf-8':
                raise SyntaxError('encoding problem: utf-8')
            return 'utf-8-sig'
        return name
    return 'utf-8-sig' if bom else 'utf-8'


def _read_source(fullname):
    with open(fullname, 'rb') as stream:
        data = stream.read()
    text = data.decode(_encoding_of(data))
    pieces = text.replace('\r\n', '\n').replace('\r', '\n').split('\n')
    lines = [piece + '\n' for piece in pieces[:-1]]
    if pieces[-1]:
        lines.append(pieces[-1])
    return lines
