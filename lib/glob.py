"""Shell-style pathname expansion (Krait's own implementation of CPython's glob API).

A pattern is expanded one path component at a time: the directory part first (recursively,
keeping only directories), then the last component is matched with fnmatch inside each
directory found. Names starting with a dot match only a pattern that starts with a dot,
unless include_hidden is true; with recursive=True a `**` component matches any number of
directory levels.
"""

import os
import sys

__all__ = ["glob", "iglob", "escape"]

_MAGIC = "*?["


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """List of the paths matching pathname (in directory order, not sorted)."""
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    """Iterator over the paths matching pathname, without building a list."""
    sys.audit("glob.glob", pathname, recursive)
    sys.audit("glob.glob/2", pathname, recursive, root_dir, dir_fd)
    empty = pathname[:0]
    base = _base_dir(root_dir, dir_fd, empty)
    search = _Search(recursive, include_hidden)
    return _nonempty(search.expand(pathname, base, False))


def _nonempty(paths):
    for path in paths:
        if path:
            yield path


def _base_dir(root_dir, dir_fd, empty):
    """The directory relative patterns are resolved in; empty means the current one."""
    base = empty
    if dir_fd is not None:
        # No *at() calls here: name the descriptor's directory through /proc instead.
        base = os.readlink("/proc/self/fd/%d" % dir_fd)
        if isinstance(empty, bytes):
            base = os.fsencode(base)
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
        base = os.path.join(base, root_dir) if base else root_dir
    return base


def _under(base, path):
    """path resolved against base, where an empty base means the current directory."""
    if base and path:
        return os.path.join(base, path)
    return base or path


def _hidden(name):
    return name[:1] in (".", b".")


class _Search:
    """One expansion: the options that stay fixed while components are matched."""

    def __init__(self, recursive, include_hidden):
        self.recursive = recursive
        self.include_hidden = include_hidden

    def is_double_star(self, component):
        return self.recursive and component in ("**", b"**")

    def expand(self, pattern, base, dirs_only):
        head, tail = os.path.split(pattern)
        if not has_magic(pattern):
            if self.exact(base, head, tail):
                yield pattern
            return
        if not head:
            yield from self.matcher(tail)(base, tail, dirs_only)
            return
        if head != pattern and has_magic(head):
            parents = self.expand(head, base, True)
        else:
            parents = (head,)
        match = self.matcher(tail) if has_magic(tail) else self.literal
        for parent in parents:
            for name in match(_under(base, parent), tail, dirs_only):
                yield os.path.join(parent, name)

    def matcher(self, component):
        return self.descendants if self.is_double_star(component) else self.matching

    def exact(self, base, head, tail):
        if tail:
            return os.path.lexists(_under(base, os.path.join(head, tail)))
        return os.path.isdir(_under(base, head))

    def literal(self, directory, name, dirs_only):
        """[name] when name exists in directory ([''] when name is empty and directory is one)."""
        if name:
            found = os.path.lexists(_under(directory, name))
        else:
            found = os.path.isdir(directory)
        return [name] if found else []

    def matching(self, directory, component, dirs_only):
        import fnmatch
        names = _entries(directory, dirs_only)
        if not (self.include_hidden or _hidden(component)):
            names = [n for n in names if not _hidden(n)]
        return fnmatch.filter(names, component)

    def descendants(self, directory, component, dirs_only):
        """The directory itself (as an empty path), then everything below it, depth first."""
        yield component[:0]
        yield from self.walk(directory, dirs_only)

    def walk(self, directory, dirs_only):
        for name, is_dir in _entries_typed(directory, dirs_only):
            if _hidden(name) and not self.include_hidden:
                continue
            yield name
            if is_dir:
                for below in self.walk(_under(directory, name), dirs_only):
                    yield os.path.join(name, below)


def _entries_typed(directory, dirs_only):
    """(name, is_dir) for each entry of directory; nothing when it cannot be listed."""
    where = directory
    if not where:
        where = os.curdir.encode() if isinstance(directory, bytes) else os.curdir
    found = []
    try:
        with os.scandir(where) as listing:
            for entry in listing:
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir or not dirs_only:
                    found.append((entry.name, is_dir))
    except OSError:
        return []
    return found


def _entries(directory, dirs_only):
    return [name for name, _ in _entries_typed(directory, dirs_only)]


def glob0(dirname, pattern):
    """Legacy helper: [pattern] when the literal name pattern exists in dirname."""
    return _Search(False, False).literal(dirname, pattern, False)


def glob1(dirname, pattern):
    """Legacy helper: the names in dirname matching pattern (hidden names only for '.' patterns)."""
    return _Search(False, False).matching(dirname, pattern, False)


def has_magic(s):
    """Whether s holds a wildcard character (* ? or [)."""
    if isinstance(s, bytes):
        return any(c in s for c in _MAGIC.encode())
    return any(c in s for c in _MAGIC)


def escape(pathname):
    """Quote the wildcard characters of pathname so it matches only itself."""
    drive, rest = os.path.splitdrive(pathname)
    if isinstance(rest, bytes):
        quoted = b"".join(b"[%c]" % c if c in b"*?[" else bytes((c,)) for c in rest)
    else:
        quoted = "".join("[" + c + "]" if c in _MAGIC else c for c in rest)
    return drive + quoted


def __getattr__(name):
    # The regular expressions CPython exposes for finding wildcards, compiled
    # on first use so that importing glob does not import re.
    if name in ('magic_check', 'magic_check_bytes'):
        import re
        source = '([*?[])'
        globals()['magic_check'] = re.compile(source)
        globals()['magic_check_bytes'] = re.compile(source.encode())
        return globals()[name]
    raise AttributeError('module %r has no attribute %r' % (__name__, name))
