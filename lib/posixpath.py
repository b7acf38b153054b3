"""posixpath: os.path for POSIX systems (Krait's own; API of CPython's Lib/posixpath.py).

Every function accepts str, bytes or an os.PathLike and answers in the same
type; str and bytes are never mixed.
"""

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'

import os
import sys
import stat
import genericpath
from genericpath import *

__all__ = ['normcase', 'isabs', 'join', 'splitdrive', 'split', 'splitext',
           'basename', 'dirname', 'commonprefix', 'getsize', 'getmtime',
           'getatime', 'getctime', 'islink', 'exists', 'lexists', 'isdir', 'isfile',
           'ismount', 'expanduser', 'expandvars', 'normpath', 'abspath',
           'samefile', 'sameopenfile', 'samestat',
           'curdir', 'pardir', 'sep', 'pathsep', 'defpath', 'altsep', 'extsep',
           'devnull', 'realpath', 'supports_unicode_filenames', 'relpath',
           'commonpath']

supports_unicode_filenames = sys.platform == 'darwin'


class _Tokens:
    """The separator and special names, spelled as str or as bytes."""

    def __init__(self, sep, cur, par, dot, tilde):
        self.sep = sep
        self.cur = cur
        self.par = par
        self.dot = dot
        self.tilde = tilde


_STR_TOKENS = _Tokens('/', '.', '..', '.', '~')
_BYTES_TOKENS = _Tokens(b'/', b'.', b'..', b'.', b'~')


def _tokens(path):
    return _BYTES_TOKENS if isinstance(path, bytes) else _STR_TOKENS


def _strip_trailing_seps(head, sep):
    # A head made only of separators ('/', '//') is kept whole.
    if head.strip(sep):
        return head.rstrip(sep)
    return head


def normcase(s):
    """Normalise case; POSIX file names are case-sensitive, so s comes back as is."""
    return os.fspath(s)


def isabs(s):
    """Whether s is an absolute path."""
    s = os.fspath(s)
    return s.startswith(_tokens(s).sep)


def join(a, *p):
    """Join path pieces with '/'; a piece that is absolute discards what came before."""
    a = os.fspath(a)
    slash = _tokens(a).sep
    result = a
    try:
        if not p:
            # Still reject a bytes/str mismatch of a lone argument's separator.
            result[:0] + slash
        for piece in p:
            piece = os.fspath(piece)
            if piece.startswith(slash):
                result = piece
            elif result and not result.endswith(slash):
                result = result + slash + piece
            else:
                result = result + piece
    except (TypeError, AttributeError, BytesWarning):
        genericpath._check_arg_types('join', a, *p)
        raise
    return result


def split(p):
    """Split p into (head, tail) around its last '/'."""
    p = os.fspath(p)
    slash = _tokens(p).sep
    cut = p.rfind(slash) + 1
    return _strip_trailing_seps(p[:cut], slash), p[cut:]


def splitext(p):
    """Split p into (root, ext) where ext is empty or starts with the last dot."""
    p = os.fspath(p)
    tok = _tokens(p)
    return genericpath._splitext(p, tok.sep, None, tok.dot)


splitext.__doc__ = genericpath._splitext.__doc__


def splitdrive(p):
    """Split off a drive letter; POSIX paths have none, so the drive is empty."""
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    """The final component of p (empty when p ends with '/')."""
    p = os.fspath(p)
    return p[p.rfind(_tokens(p).sep) + 1:]


def dirname(p):
    """Everything of p before its final component."""
    p = os.fspath(p)
    slash = _tokens(p).sep
    return _strip_trailing_seps(p[:p.rfind(slash) + 1], slash)


def islink(path):
    """Whether path is a symbolic link (broken or not)."""
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISLNK(st.st_mode)


def lexists(path):
    """Whether path exists, counting broken symbolic links."""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def ismount(path):
    """Whether path is a mount point: its parent lies on another device or is itself."""
    try:
        here = os.lstat(path)
    except (OSError, ValueError):
        return False
    if stat.S_ISLNK(here.st_mode):
        return False
    path = os.fspath(path)
    parent = realpath(join(path, _tokens(path).par))
    try:
        above = os.lstat(parent)
    except (OSError, ValueError):
        return False
    return here.st_dev != above.st_dev or here.st_ino == above.st_ino


def _home_of(user):
    """Home directory of user (None: the current user), or None when unknown."""
    if user is None and 'HOME' in os.environ:
        return os.environ['HOME']
    try:
        import pwd
    except ImportError:
        return None
    try:
        if user is None:
            return pwd.getpwuid(os.getuid()).pw_dir
        return pwd.getpwnam(user).pw_dir
    except KeyError:
        return None


def expanduser(path):
    """Replace a leading '~' or '~user' with that user's home directory."""
    path = os.fspath(path)
    tok = _tokens(path)
    if not path.startswith(tok.tilde):
        return path
    end = path.find(tok.sep, 1)
    if end < 0:
        end = len(path)
    user = None
    if end > 1:
        user = path[1:end]
        if isinstance(user, bytes):
            user = os.fsdecode(user)
    home = _home_of(user)
    if home is None:
        return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
    home = home.rstrip(tok.sep)
    return home + path[end:] or tok.sep


# Characters of a bare $name: ASCII letters, digits and underscore.
_NAME_TEXT = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
_NAME_CHARS = frozenset(_NAME_TEXT)
_NAME_BYTES = frozenset(_NAME_TEXT.encode('ascii'))


def _var_at(path, k, is_bytes):
    """Find a variable reference whose '$' is at index k.

    Returns (name, end) where end is just past the reference, or None when
    '$' starts no reference ('$' alone, '${' never closed).
    """
    n = len(path)
    if k + 1 >= n:
        return None
    first = path[k + 1]
    if first == (123 if is_bytes else '{'):
        close = path.find(b'}' if is_bytes else '}', k + 2)
        if close < 0:
            return None
        return path[k + 2:close], close + 1
    names = _NAME_BYTES if is_bytes else _NAME_CHARS
    end = k + 1
    while end < n and path[end] in names:
        end += 1
    if end == k + 1:
        return None
    return path[k + 1:end], end


def expandvars(path):
    """Substitute $name and ${name} from the environment; unknown names stay as written."""
    path = os.fspath(path)
    is_bytes = isinstance(path, bytes)
    dollar = b'$' if is_bytes else '$'
    if dollar not in path:
        return path
    if is_bytes:
        env = getattr(os, 'environb', None)
    else:
        env = os.environ
    pos = path.find(dollar)
    while pos >= 0:
        found = _var_at(path, pos, is_bytes)
        if found is None:
            pos = path.find(dollar, pos + 1)
            continue
        name, end = found
        try:
            if env is None:
                value = os.fsencode(os.environ[os.fsdecode(name)])
            else:
                value = env[name]
        except KeyError:
            pos = path.find(dollar, end)
            continue
        path = path[:pos] + value + path[end:]
        pos = path.find(dollar, pos + len(value))
    return path


def normpath(path):
    """Collapse redundant separators and '.'/'..' components, purely textually."""
    path = os.fspath(path)
    tok = _tokens(path)
    if not path:
        return tok.cur
    slash = tok.sep
    # POSIX gives exactly two leading slashes an implementation-defined
    # meaning, so they are preserved; one or three-plus collapse to one.
    lead = 0
    if path.startswith(slash):
        lead = 1
        if path.startswith(slash * 2) and not path.startswith(slash * 3):
            lead = 2
    kept = []
    for part in path.split(slash):
        if not part or part == tok.cur:
            continue
        if part == tok.par:
            if kept and kept[-1] != tok.par:
                kept.pop()
                continue
            if lead:
                continue
        kept.append(part)
    return slash * lead + slash.join(kept) or tok.cur


def abspath(path):
    """An absolute, normalised version of path."""
    path = os.fspath(path)
    if not isabs(path):
        here = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(here, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path of filename, with every symbolic link resolved.

    With strict=True a missing component or a link loop raises OSError;
    otherwise resolution stops there and the rest is appended unchanged.
    """
    filename = os.fspath(filename)
    resolved, _complete = _resolve(filename[:0], filename, strict, {})
    return abspath(resolved)


def _resolve(base, rest, strict, links):
    """Walk rest component by component on top of the already resolved base.

    links maps each symlink met to its resolution (None while it is being
    resolved, which is how a loop shows). Returns (path, complete).
    """
    tok = _tokens(rest)
    if rest.startswith(tok.sep):
        base = tok.sep
        rest = rest[1:]
    while rest:
        name, _slash, rest = rest.partition(tok.sep)
        if not name or name == tok.cur:
            continue
        if name == tok.par:
            if not base:
                base = tok.par
            else:
                base, last = split(base)
                if last == tok.par:
                    base = join(base, tok.par, tok.par)
            continue
        candidate = join(base, name)
        try:
            mode = os.lstat(candidate).st_mode
        except OSError:
            if strict:
                raise
            mode = 0
        if not stat.S_ISLNK(mode):
            base = candidate
            continue
        if candidate in links:
            target = links[candidate]
            if target is not None:
                base = target
                continue
            if strict:
                os.stat(candidate)
            return join(candidate, rest), False
        links[candidate] = None
        base, complete = _resolve(base, os.readlink(candidate), strict, links)
        if not complete:
            return join(base, rest), False
        links[candidate] = base
    return base, True


def relpath(path, start=None):
    """path expressed relative to start (default: the current directory)."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    tok = _tokens(path)
    start = tok.cur if start is None else os.fspath(start)
    try:
        to_parts = [c for c in abspath(path).split(tok.sep) if c]
        from_parts = [c for c in abspath(start).split(tok.sep) if c]
        shared = 0
        for mine, theirs in zip(to_parts, from_parts):
            if mine != theirs:
                break
            shared += 1
        steps = [tok.par] * (len(from_parts) - shared) + to_parts[shared:]
        if not steps:
            return tok.cur
        return join(*steps)
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        genericpath._check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """The longest sub-path shared by every path in the sequence paths."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    tok = _tokens(paths[0])
    try:
        absolute = {p[:1] == tok.sep for p in paths}
        parts = [[c for c in p.split(tok.sep) if c and c != tok.cur] for p in paths]
        if len(absolute) != 1:
            raise ValueError("Can't mix absolute and relative paths")
        low = min(parts)
        high = max(parts)
        n = 0
        while n < len(low) and n < len(high) and low[n] == high[n]:
            n += 1
        prefix = tok.sep if absolute.pop() else tok.sep[:0]
        return prefix + tok.sep.join(low[:n])
    except (TypeError, AttributeError):
        genericpath._check_arg_types('commonpath', *paths)
        raise
