"""os: operating system interfaces over the native posix module; mirrors CPython's Lib/os.py (POSIX part)."""

import abc
import sys

from _collections_abc import _check_methods

GenericAlias = type(list[int])

__all__ = ['altsep', 'curdir', 'pardir', 'sep', 'pathsep', 'linesep',
           'defpath', 'name', 'path', 'devnull', 'SEEK_SET', 'SEEK_CUR',
           'SEEK_END', 'fsencode', 'fsdecode', 'get_exec_path', 'fdopen',
           'extsep']


def _exists(name):
    return name in globals()


def _get_exports_list(module):
    try:
        return list(module.__all__)
    except AttributeError:
        return [n for n in dir(module) if n[0] != '_']


name = 'posix'
linesep = '\n'
from posix import *
try:
    from posix import _exit
    __all__.append('_exit')
except ImportError:
    pass

import posix
__all__.extend(_get_exports_list(posix))
del posix

import posixpath as path
sys.modules['os.path'] = path
from os.path import (curdir, pardir, sep, pathsep, defpath, extsep, altsep,
                     devnull)

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

error = OSError

# The native posix functions take no dir_fd, fd-as-path or follow_symlinks
# arguments, so these capability sets are empty.
supports_dir_fd = set()
supports_effective_ids = set()
supports_fd = set()
supports_follow_symlinks = set()


def makedirs(name, mode=0o777, exist_ok=False):
    """Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # Another process may have created it meanwhile.
            pass
        cdir = curdir
        if isinstance(tail, bytes):
            cdir = bytes(curdir, 'ASCII')
        if tail == cdir:           # xxx/newdir/. exists if xxx/newdir exists
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """Super-rmdir; remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Super-rename; create directories as necessary and delete any left empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


__all__.extend(['makedirs', 'removedirs', 'renames'])


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator."""
    return _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    dirs = []
    nondirs = []
    walk_dirs = []
    try:
        scandir_it = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    try:
        while True:
            try:
                entry = next(scandir_it)
            except StopIteration:
                break
            except OSError as error:
                if onerror is not None:
                    onerror(error)
                return
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                dirs.append(entry.name)
            else:
                nondirs.append(entry.name)
            if not topdown and is_dir:
                # Bottom-up walks decide now whether to descend, before the
                # caller can change the directory list.
                if followlinks:
                    walk_into = True
                else:
                    try:
                        is_symlink = entry.is_symlink()
                    except OSError:
                        is_symlink = False
                    walk_into = not is_symlink
                if walk_into:
                    walk_dirs.append(entry.path)
    finally:
        close = getattr(scandir_it, 'close', None)
        if close is not None:
            close()

    if topdown:
        yield top, dirs, nondirs
        islink, join = path.islink, path.join
        for dirname in dirs:
            new_path = join(top, dirname)
            if followlinks or not islink(new_path):
                yield from _walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_dirs:
            yield from _walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


__all__.append('walk')


def get_exec_path(env=None):
    """Returns the sequence of directories that will be searched for the named executable (similar to a shell) when launching a process."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = env.get(b'PATH') if hasattr(env, 'get') and supports_bytes_environ else None
        if path_list is not None and isinstance(path_list, bytes):
            path_list = fsdecode(path_list)
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


from _collections_abc import MutableMapping, Mapping


class _Environ(MutableMapping):
    def __init__(self, data, encodekey, decodekey, encodevalue, decodevalue):
        self.encodekey = encodekey
        self.decodekey = decodekey
        self.encodevalue = encodevalue
        self.decodevalue = decodevalue
        self._data = data

    def __getitem__(self, key):
        try:
            value = self._data[self.encodekey(key)]
        except KeyError:
            # raise KeyError with the original key value
            raise KeyError(key) from None
        return self.decodevalue(value)

    def __setitem__(self, key, value):
        key = self.encodekey(key)
        value = self.encodevalue(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        encodedkey = self.encodekey(key)
        unsetenv(encodedkey)
        try:
            del self._data[encodedkey]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        # Iterate over a snapshot so that changes during iteration are allowed.
        keys = list(self._data)
        for key in keys:
            yield self.decodekey(key)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        formatted_items = ', '.join(
            f'{self.decodekey(key)!r}: {self.decodevalue(value)!r}'
            for key, value in self._data.items()
        )
        return f'environ({{{formatted_items}}})'

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
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, Mapping):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


def _create_environ_mapping():
    encoding = 'utf-8'

    def encode(value):
        if not isinstance(value, str):
            raise TypeError('str expected, not %s' % type(value).__name__)
        return value.encode(encoding, 'surrogateescape')

    def decode(value):
        return value.decode(encoding, 'surrogateescape')

    import posix
    data = posix.environ
    return _Environ(data, encode, decode, encode, decode)


environ = _create_environ_mapping()
del _create_environ_mapping


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environ.get(key, default)


supports_bytes_environ = True
__all__.extend(('getenv', 'supports_bytes_environ'))


def _check_bytes(value):
    if not isinstance(value, bytes):
        raise TypeError('bytes expected, not %s' % type(value).__name__)
    return value


environb = _Environ(environ._data, _check_bytes, bytes, _check_bytes, bytes)
del _check_bytes


def getenvb(key, default=None):
    """Get an environment variable, return None if it doesn't exist."""
    return environb.get(key, default)


__all__.extend(('environb', 'getenvb'))


def _fscodec():
    encoding = 'utf-8'
    errors = 'surrogateescape'

    def fsencode(filename):
        """Encode filename (an os.PathLike, bytes, or str) to the filesystem encoding with 'surrogateescape' error handler, return bytes unchanged."""
        filename = fspath(filename)
        if isinstance(filename, str):
            return filename.encode(encoding, errors)
        else:
            return filename

    def fsdecode(filename):
        """Decode filename (an os.PathLike, bytes, or str) from the filesystem encoding with 'surrogateescape' error handler, return str unchanged."""
        filename = fspath(filename)
        if isinstance(filename, bytes):
            return filename.decode(encoding, errors)
        else:
            return filename

    return fsencode, fsdecode


fsencode, fsdecode = _fscodec()
del _fscodec


def fdopen(fd, mode='r', buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError('invalid fd type (%s, expected integer)' % type(fd))
    import io
    if 'b' not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def _fspath(path):
    """Return the path representation of a path-like object."""
    if isinstance(path, (str, bytes)):
        return path

    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, '__fspath__'):
            raise
        else:
            raise TypeError('expected str, bytes or os.PathLike object, '
                            'not ' + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    else:
        raise TypeError('expected {}.__fspath__() to return str or bytes, '
                        'not {}'.format(path_type.__name__,
                                        type(path_repr).__name__))


if not _exists('fspath'):
    fspath = _fspath
    fspath.__name__ = 'fspath'


class PathLike(abc.ABC):

    """Abstract base class for implementing the file system path protocol."""

    @abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return _check_methods(subclass, '__fspath__')
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)



# Processes: the exec* family over posix.execv/execve, and popen() over subprocess.

def execl(file, *args):
    """Execute the executable file with argument list args, replacing the current process."""
    execv(file, args)


def execle(file, *args):
    """Execute the executable file with argument list args and environment env, replacing the current process."""
    env = args[-1]
    execve(file, args[:-1], env)


def execlp(file, *args):
    """Execute the executable file (which is searched for along $PATH) with argument list args, replacing the current process."""
    execvp(file, args)


def execlpe(file, *args):
    """Execute the executable file (which is searched for along $PATH) with argument list args and environment env, replacing the current process."""
    env = args[-1]
    execvpe(file, args[:-1], env)


def execvp(file, args):
    """Execute the executable file (which is searched for along $PATH) with argument list args, replacing the current process."""
    _execvpe(file, args)


def execvpe(file, args, env):
    """Execute the executable file (which is searched for along $PATH) with argument list args and environment env, replacing the current process."""
    _execvpe(file, args, env)


__all__.extend(['execl', 'execle', 'execlp', 'execlpe', 'execvp', 'execvpe'])


def _execvpe(file, args, env=None):
    if env is not None:
        exec_func = execve
        argrest = (args, env)
    else:
        exec_func = execv
        argrest = (args,)
        env = environ

    if path.dirname(file):
        exec_func(file, *argrest)
        return
    saved_exc = None
    path_list = get_exec_path(env)
    if name != 'nt':
        file = fsencode(file)
        path_list = map(fsencode, path_list)
    for dir in path_list:
        fullname = path.join(dir, file)
        try:
            exec_func(fullname, *argrest)
        except (FileNotFoundError, NotADirectoryError) as e:
            last_exc = e
        except OSError as e:
            last_exc = e
            if saved_exc is None:
                saved_exc = e
    if saved_exc is not None:
        raise saved_exc
    raise last_exc


def popen(cmd, mode='r', buffering=-1):
    """Open a pipe to or from command cmd, as the shell runs it."""
    if not isinstance(cmd, str):
        raise TypeError('invalid cmd type (%s, expected string)' % type(cmd))
    if mode not in ('r', 'w'):
        raise ValueError('invalid mode %r' % mode)
    if buffering == 0 or buffering is None:
        raise ValueError('popen() does not support unbuffered streams')
    import subprocess
    if mode == 'r':
        proc = subprocess.Popen(cmd, shell=True, text=True,
                                stdout=subprocess.PIPE, bufsize=buffering)
        return _wrap_close(proc.stdout, proc)
    else:
        proc = subprocess.Popen(cmd, shell=True, text=True,
                                stdin=subprocess.PIPE, bufsize=buffering)
        return _wrap_close(proc.stdin, proc)


class _wrap_close:
    """A pipe from popen(): close() waits for the command and returns None for success or its wait status."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        returncode = self._proc.wait()
        if returncode == 0:
            return None
        if name == 'nt':
            return returncode
        else:
            return returncode << 8      # as a wait status: exit code in the high byte

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


__all__.append('popen')
