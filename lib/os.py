"""os: portable operating system services (Krait's own; API of CPython's Lib/os.py, POSIX part).

The system calls themselves live in the native posix module; this layer adds
os.path, the environ mappings, directory-tree helpers, file system name
encoding, the exec*p family and popen().
"""

import abc
import sys
import stat as st

from _collections_abc import Mapping, MutableMapping, _check_methods

GenericAlias = type(list[int])

name = 'posix'
linesep = '\n'

from posix import *
from posix import _exit

import posix as _posix

_native_names = getattr(_posix, '__all__', None)
if _native_names is None:
    _native_names = [n for n in dir(_posix) if not n.startswith('_')]

__all__ = ['altsep', 'curdir', 'pardir', 'sep', 'pathsep', 'linesep',
           'defpath', 'name', 'path', 'devnull', 'SEEK_SET', 'SEEK_CUR',
           'SEEK_END', 'fsencode', 'fsdecode', 'get_exec_path', 'fdopen',
           'extsep', '_exit']
__all__ += [n for n in _native_names if n not in __all__]
del _native_names

import posixpath as path

sys.modules['os.path'] = path
from os.path import (curdir, pardir, sep, pathsep, defpath, extsep, altsep,
                     devnull)

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

error = OSError

# Krait's native calls take neither dir_fd, an fd in place of a path, nor
# follow_symlinks, so no function is listed as supporting them (and, as in
# CPython on such a platform, fwalk() is not offered).
supports_dir_fd = set()
supports_effective_ids = set()
supports_fd = set()
supports_follow_symlinks = set()


# ---- directory trees ----------------------------------------------------

def _parent_and_leaf(p):
    """path.split() that looks through one trailing slash ('a/b/' -> 'a', 'b')."""
    head, tail = path.split(p)
    if not tail:
        head, tail = path.split(head)
    return head, tail


def makedirs(name, mode=0o777, exist_ok=False):
    """Create directory name along with any missing parents.

    Parents are made with the default mode; mode applies to the leaf only.
    With exist_ok false an existing leaf raises FileExistsError.
    """
    # levels[0] is name itself; each further entry is the parent of the one
    # before, for as long as that parent is missing.
    levels = [name]
    while True:
        head, tail = _parent_and_leaf(levels[-1])
        if not (head and tail) or path.exists(head):
            break
        levels.append(head)
    top = len(levels) - 1
    for depth in range(top, 0, -1):
        # A level spelled '.' names its parent, which the level above made.
        if depth != top and _is_curdir_leaf(levels[depth]):
            continue
        try:
            mkdir(levels[depth])
        except FileExistsError:
            pass
        except OSError:
            if not exist_ok or not path.isdir(levels[depth]):
                raise
    if top and _is_curdir_leaf(name):
        return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def _is_curdir_leaf(p):
    leaf = _parent_and_leaf(p)[1]
    return leaf == (curdir.encode('ascii') if isinstance(leaf, bytes) else curdir)


def removedirs(name):
    """Remove directory name, then each parent that becomes empty.

    Stops silently at the first parent that cannot be removed.
    """
    rmdir(name)
    head, tail = _parent_and_leaf(name)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            return
        head, tail = path.split(head)


def renames(old, new):
    """rename() that creates the directories new needs and prunes those old leaves empty."""
    target_dir, leaf = path.split(new)
    if target_dir and leaf and not path.exists(target_dir):
        makedirs(target_dir)
    rename(old, new)
    source_dir, leaf = path.split(old)
    if source_dir and leaf:
        try:
            removedirs(source_dir)
        except OSError:
            pass


__all__ += ['makedirs', 'removedirs', 'renames']


def _list_dir(top, onerror):
    """Scan one directory: (dirs, nondirs, entries of dirs), or None if unreadable."""
    dirs = []
    nondirs = []
    dir_entries = []
    try:
        entries = scandir(top)
    except OSError as exc:
        if onerror is not None:
            onerror(exc)
        return None
    with entries:
        while True:
            try:
                entry = next(entries, None)
            except OSError as exc:
                if onerror is not None:
                    onerror(exc)
                return None
            if entry is None:
                break
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
                dir_entries.append(entry)
            else:
                nondirs.append(entry.name)
    return dirs, nondirs, dir_entries


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generate (dirpath, dirnames, filenames) for each directory under top.

    Top-down, the caller may prune or reorder dirnames in place to steer the
    descent. Bottom-up, a directory comes after all of its subdirectories.
    Errors listing a directory go to onerror (if given) and skip it.
    Symbolic links to directories are listed but not entered unless
    followlinks is true.
    """
    sys.audit("os.walk", top, topdown, onerror, followlinks)
    # Work items: ('scan', dirpath) lists a directory; ('enter', dirpath)
    # scans it unless it turned into a link; ('emit', triple) yields.
    pending = [('scan', fspath(top))]
    while pending:
        action, item = pending.pop()
        if action == 'emit':
            yield item
            continue
        if action == 'enter' and not followlinks and path.islink(item):
            continue
        listing = _list_dir(item, onerror)
        if listing is None:
            continue
        dirs, nondirs, dir_entries = listing
        if topdown:
            yield item, dirs, nondirs
            for child in reversed(dirs):
                pending.append(('enter', path.join(item, child)))
        else:
            pending.append(('emit', (item, dirs, nondirs)))
            for entry in reversed(dir_entries):
                if followlinks or not _entry_is_link(entry):
                    pending.append(('scan', entry.path))


def _entry_is_link(entry):
    try:
        return entry.is_symlink()
    except OSError:
        return False


__all__.append('walk')


# ---- environment ----------------------------------------------------------

def get_exec_path(env=None):
    """The directories searched for a program, from env (default os.environ)."""
    import warnings
    if env is None:
        env = environ
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", BytesWarning)
        try:
            found = env.get('PATH')
        except TypeError:
            found = None
        try:
            found_bytes = env[b'PATH']
        except (KeyError, TypeError):
            pass
        else:
            if found is not None:
                raise ValueError("env cannot contain 'PATH' and b'PATH' keys")
            found = found_bytes
        if isinstance(found, bytes):
            found = fsdecode(found)
    if found is None:
        found = defpath
    return found.split(pathsep)


class _Environ(MutableMapping):
    """A live view of the process environment.

    _data holds the encoded keys and values (the native posix.environ dict);
    every change is also passed on to putenv()/unsetenv() so that child
    processes see it.
    """

    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self._data = data
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue

    def __getitem__(self, key):
        try:
            raw = self._data[self.encodekey(key)]
        except KeyError:
            raise KeyError(key) from None
        return self.decodevalue(raw)

    def __setitem__(self, key, value):
        raw_key = self.encodekey(key)
        raw_value = self.encodevalue(value)
        putenv(raw_key, raw_value)
        self._data[raw_key] = raw_value

    def __delitem__(self, key):
        raw_key = self.encodekey(key)
        unsetenv(raw_key)
        if raw_key not in self._data:
            raise KeyError(key)
        del self._data[raw_key]

    def __iter__(self):
        # Snapshot the keys so the loop body may modify the environment.
        for raw_key in tuple(self._data):
            yield self.decodekey(raw_key)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        shown = ', '.join(f'{self.decodekey(k)!r}: {self.decodevalue(v)!r}'
                          for k, v in self._data.items())
        return 'environ({' + shown + '})'

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        merged = dict(self)
        merged.update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        merged = dict(other)
        merged.update(self)
        return merged


def _require(kind, kind_name):
    def check(value):
        if not isinstance(value, kind):
            raise TypeError(f"{kind_name} expected, not {type(value).__name__}")
        return value
    return check


_require_str = _require(str, 'str')
_require_bytes = _require(bytes, 'bytes')


def _env_encode(value):
    return _require_str(value).encode('utf-8', 'surrogateescape')


def _env_decode(value):
    return value.decode('utf-8', 'surrogateescape')


environ = _Environ(_posix.environ, _env_encode, _env_decode, _env_encode, _env_decode)
environb = _Environ(environ._data, _require_bytes, bytes, _require_bytes, bytes)


def getenv(key, default=None):
    """The environment variable key as str, or default when it is unset."""
    return environ.get(key, default)


def getenvb(key, default=None):
    """The environment variable key (bytes) as bytes, or default when it is unset."""
    return environb.get(key, default)


supports_bytes_environ = True
__all__ += ['getenv', 'supports_bytes_environ', 'environb', 'getenvb']


# ---- file system names ----------------------------------------------------

def _fscodec():
    # Built in a closure so that the functions' __qualname__ matches CPython's.
    encoding = sys.getfilesystemencoding()
    errors = getattr(sys, 'getfilesystemencodeerrors', lambda: 'surrogateescape')()

    def fsencode(filename):
        """A path (str, bytes or os.PathLike) as bytes, in the file system encoding."""
        filename = fspath(filename)
        if isinstance(filename, bytes):
            return filename
        return filename.encode(encoding, errors)

    def fsdecode(filename):
        """A path (str, bytes or os.PathLike) as str, decoded with the file system encoding."""
        filename = fspath(filename)
        if isinstance(filename, str):
            return filename
        return filename.decode(encoding, errors)

    return fsencode, fsdecode


fsencode, fsdecode = _fscodec()
del _fscodec


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    """Wrap the open file descriptor fd in a file object, as open() would."""
    if not isinstance(fd, int):
        raise TypeError(f"invalid fd type ({type(fd)}, expected integer)")
    import io
    if 'b' not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


class PathLike(abc.ABC):
    """Base for objects that stand for a file system path via __fspath__()."""

    @abc.abstractmethod
    def __fspath__(self):
        """The path as str or bytes."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is not PathLike:
            return NotImplemented
        return _check_methods(subclass, '__fspath__')

    __class_getitem__ = classmethod(GenericAlias)


# ---- running programs -------------------------------------------------------

def execl(file, *args):
    """Replace the process with file, passing args as its argv."""
    execv(file, args)


def execle(file, *args):
    """execl() whose last argument is the environment mapping."""
    execve(file, args[:-1], args[-1])


def execlp(file, *args):
    """execl() that looks file up on PATH."""
    execvp(file, args)


def execlpe(file, *args):
    """execle() that looks file up on the PATH of the given environment."""
    execvpe(file, args[:-1], args[-1])


def execvp(file, args):
    """execv() that looks file up on PATH."""
    _exec_searching(file, args, None)


def execvpe(file, args, env):
    """execve() that looks file up on the PATH of env."""
    _exec_searching(file, args, env)


__all__ += ['execl', 'execle', 'execlp', 'execlpe', 'execvp', 'execvpe']


def _exec_searching(file, args, env):
    if env is None:
        run = lambda program: execv(program, args)
        search_env = environ
    else:
        run = lambda program: execve(program, args, env)
        search_env = env
    if path.dirname(file):
        run(file)
        return
    program = fsencode(file)
    first_real_error = None
    last_error = None
    for folder in get_exec_path(search_env):
        try:
            run(path.join(fsencode(folder), program))
        except (FileNotFoundError, NotADirectoryError) as exc:
            last_error = exc
        except OSError as exc:
            last_error = exc
            if first_real_error is None:
                first_real_error = exc
    # A permission problem somewhere beats "not found" further along PATH.
    raise first_real_error if first_real_error is not None else last_error


def popen(cmd, mode='r', buffering=-1):
    """Run cmd in a shell; a text file connected to its stdout ('r') or stdin ('w').

    close() on the result waits for the command and returns None on success,
    otherwise its wait status.
    """
    if not isinstance(cmd, str):
        raise TypeError(f"invalid cmd type ({type(cmd)}, expected string)")
    if mode not in ('r', 'w'):
        raise ValueError(f"invalid mode {mode!r}")
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == 'r':
        proc = subprocess.Popen(cmd, shell=True, text=True, bufsize=buffering,
                                stdout=subprocess.PIPE)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, bufsize=buffering,
                            stdin=subprocess.PIPE)
    return _wrap_close(proc.stdin, proc)


class _wrap_close:
    """popen()'s file: the pipe's stream, plus close() that reaps the shell."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        status = self._proc.wait()
        if status == 0:
            return None
        return status << 8

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __getattr__(self, attr):
        return getattr(self._stream, attr)

    def __iter__(self):
        return iter(self._stream)


__all__.append('popen')
