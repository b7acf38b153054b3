"""genericpath: path helpers shared by every os.path flavour (Krait's own; API of CPython's Lib/genericpath.py)."""

import os
import stat

__all__ = ['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime',
           'getsize', 'isdir', 'isfile', 'samefile', 'sameopenfile',
           'samestat']


def _stat_or_none(path):
    # A path that cannot be stat'ed (missing, unreadable, embedded NUL) is
    # simply "not there" for the predicates below.
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None


def exists(path):
    """Whether path names an existing file; a broken symlink does not count."""
    return _stat_or_none(path) is not None


def isfile(path):
    """Whether path names a regular file (following symlinks)."""
    st = _stat_or_none(path)
    return st is not None and stat.S_ISREG(st.st_mode)


def isdir(s):
    """Whether s names a directory (following symlinks)."""
    st = _stat_or_none(s)
    return st is not None and stat.S_ISDIR(st.st_mode)


def getsize(filename):
    """Size of the file in bytes, as reported by os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """Time of last modification, seconds since the epoch."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """Time of last access, seconds since the epoch."""
    return os.stat(filename).st_atime


def getctime(filename):
    """Metadata change time, seconds since the epoch."""
    return os.stat(filename).st_ctime


def commonprefix(m):
    """The longest leading run shared by every item of m, compared element-wise."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = [os.fspath(item) for item in m]
    # The lexicographically smallest and largest items bound all the others,
    # so their shared prefix is everyone's.
    low = min(m)
    high = max(m)
    n = 0
    limit = min(len(low), len(high))
    while n < limit and low[n] == high[n]:
        n += 1
    return low[:n]


def samestat(s1, s2):
    """Whether two stat results describe the same file."""
    return (s1.st_ino, s1.st_dev) == (s2.st_ino, s2.st_dev)


def samefile(f1, f2):
    """Whether two paths refer to the same file."""
    first = os.stat(f1)
    second = os.stat(f2)
    return samestat(first, second)


def sameopenfile(fp1, fp2):
    """Whether two file descriptors refer to the same file."""
    first = os.fstat(fp1)
    second = os.fstat(fp2)
    return samestat(first, second)


def _splitext(p, sep, altsep, extsep):
    """Split p into (root, ext) at the last extsep of its final component.

    Leading dots of the final component never start an extension, so
    '.profile' and '..' have none.
    """
    name_start = p.rfind(sep) + 1
    if altsep:
        name_start = max(name_start, p.rfind(altsep) + 1)
    dot = p.rfind(extsep)
    if dot >= name_start:
        for k in range(name_start, dot):
            if p[k:k + 1] != extsep:
                return p[:dot], p[dot:]
    return p, p[:0]


def _check_arg_types(funcname, *args):
    """Raise the TypeError a path function reports for bad or mixed argument types."""
    kinds = set()
    for arg in args:
        if isinstance(arg, str):
            kinds.add(str)
        elif isinstance(arg, bytes):
            kinds.add(bytes)
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {type(arg).__name__!r}') from None
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None
