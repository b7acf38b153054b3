"""Temporary files and directories (Krait's own implementation of CPython's tempfile API).

Names are made of eight characters drawn at random; a file or directory is created with
O_EXCL (or mkdir), so a name taken by someone else is simply skipped for the next one.
"""

import io as _io
import os as _os
import errno as _errno
from types import GenericAlias as _GenericAlias

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir", "gettempdir",
    "gettempprefixb", "gettempdirb",
]

# How many names are tried before giving up.
TMP_MAX = 10000

# Default prefix of every generated name.
template = "tmp"

# The directory used when none is given; found on first use by gettempdir().
tempdir = None

_CREATE_FLAGS = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL | getattr(_os, "O_NOFOLLOW", 0)
_CREATE_FLAGS |= getattr(_os, "O_CLOEXEC", 0)
_NAME_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_NAME_LEN = 8


class _NameSource:
    """Endless source of random names; reseeds itself in a forked child."""

    def __init__(self):
        self._owner_pid = None
        self._rng = None

    def _generator(self):
        pid = _os.getpid()
        if self._rng is None or pid != self._owner_pid:
            from random import Random
            self._rng = Random()
            self._owner_pid = pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        pick = self._generator().choice
        return "".join([pick(_NAME_CHARS) for _ in range(_NAME_LEN)])


_names = None


def _candidate_names():
    global _names
    if _names is None:
        _names = _NameSource()
    return _names


def _path_kind(*parts):
    """str or bytes, from the parts given (None says nothing); mixing both is an error."""
    kind = None
    for part in parts:
        if part is None:
            continue
        this = bytes if isinstance(part, bytes) else str
        if kind is None:
            kind = this
        elif kind is not this:
            raise TypeError("Can't mix bytes and non-bytes in path components.")
    return kind or str


def _resolve_args(prefix, suffix, dir):
    """Fill in defaults of the right kind for (prefix, suffix, dir); returns them and the kind."""
    kind = _path_kind(prefix, suffix, dir)
    binary = kind is bytes
    if suffix is None:
        suffix = b"" if binary else ""
    if prefix is None:
        prefix = template.encode() if binary else template
    if dir is None:
        dir = gettempdirb() if binary else gettempdir()
    return prefix, suffix, dir, kind


def _usable_dir(path):
    """Whether a file can be created in path: try a few names until one is free."""
    names = _candidate_names()
    for _ in range(100):
        probe = _os.path.join(path, next(names))
        try:
            fd = _os.open(probe, _CREATE_FLAGS, 0o600)
        except FileExistsError:
            continue
        except OSError:
            return False
        try:
            _os.write(fd, b"krait")
        finally:
            _os.close(fd)
            _os.unlink(probe)
        return True
    return False


def _search_dirs():
    found = []
    for var in ("TMPDIR", "TEMP", "TMP"):
        value = _os.getenv(var)
        if value:
            found.append(value)
    found.extend(["/tmp", "/var/tmp", "/usr/tmp"])
    try:
        found.append(_os.getcwd())
    except OSError:
        found.append(_os.curdir)
    return found


def _find_tempdir():
    global tempdir
    if tempdir is None:
        tried = _search_dirs()
        for candidate in tried:
            if candidate != _os.curdir:
                candidate = _os.path.abspath(candidate)
            if _usable_dir(candidate):
                tempdir = candidate
                break
        else:
            raise FileNotFoundError(
                _errno.ENOENT, "No usable temporary directory found in %s" % tried)
    return tempdir


def gettempprefix():
    """The default name prefix, as str."""
    return _os.fsdecode(template)


def gettempprefixb():
    """The default name prefix, as bytes."""
    return _os.fsencode(template)


def gettempdir():
    """The default directory for temporary files, as str."""
    return _os.fsdecode(_find_tempdir())


def gettempdirb():
    """The default directory for temporary files, as bytes."""
    return _os.fsencode(_find_tempdir())


def _each_free_path(prefix, suffix, dir):
    """Yield up to TMP_MAX candidate paths in dir."""
    names = _candidate_names()
    for _ in range(TMP_MAX):
        stem = next(names)
        if isinstance(prefix, bytes):
            stem = _os.fsencode(stem)
        yield _os.path.join(dir, prefix + stem + suffix)


def _exhausted():
    return FileExistsError(_errno.EEXIST, "No usable temporary file name found")


def _create_file(prefix, suffix, dir, flags):
    for path in _each_free_path(prefix, suffix, dir):
        try:
            fd = _os.open(path, flags, 0o600)
        except FileExistsError:
            continue
        return fd, _os.path.abspath(path)
    raise _exhausted()


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Create a new file readable and writable only by its owner; return (fd, absolute path).

    The caller must close and remove it. text is accepted for compatibility (no effect on POSIX).
    """
    prefix, suffix, dir, _ = _resolve_args(prefix, suffix, dir)
    return _create_file(prefix, suffix, dir, _CREATE_FLAGS)


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Create a new directory accessible only by its owner and return its path."""
    prefix, suffix, dir, _ = _resolve_args(prefix, suffix, dir)
    for path in _each_free_path(prefix, suffix, dir):
        try:
            _os.mkdir(path, 0o700)
        except FileExistsError:
            continue
        return path
    raise _exhausted()


def mktemp(suffix="", prefix=template, dir=None):
    """Return a path that did not exist when checked (unsafe: prefer mkstemp)."""
    if dir is None:
        dir = gettempdir()
    for path in _each_free_path(prefix, suffix, dir):
        try:
            _os.lstat(path)
        except OSError:
            return path
    raise _exhausted()


def _open_fd(path, fd, mode, buffering, encoding, newline, errors):
    """Wrap an already open descriptor in a file object named path; closes fd on failure."""
    if "b" not in mode:
        encoding = _io.text_encoding(encoding)
    try:
        return _io.open(path, mode, buffering=buffering, newline=newline,
                        encoding=encoding, errors=errors, opener=lambda _p, _f: fd)
    except BaseException:
        _os.close(fd)
        raise


class _TemporaryFileWrapper:
    """What NamedTemporaryFile returns: the file object, plus removal of the file on close."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._done = False

    def _finish(self):
        if self._done:
            return
        self._done = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __getattr__(self, name):
        target = getattr(self.__dict__["file"], name)
        if not callable(target):
            return target
        keep = self

        def bound(*args, **kwargs):
            return target(*args, **kwargs)

        for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
            try:
                setattr(bound, attr, getattr(target, attr))
            except (AttributeError, TypeError):
                pass
        bound.__wrapped__ = target
        bound._owner = keep
        self.__dict__[name] = bound
        return bound

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        outcome = self.file.__exit__(exc, value, tb)
        self._finish()
        return outcome

    def close(self):
        """Close the file, removing it when delete is true."""
        self._finish()

    def __iter__(self):
        yield from self.file

    def __del__(self):
        if not self.__dict__.get("_done", True):
            self._finish()


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None,
                       newline=None, suffix=None, prefix=None,
                       dir=None, delete=True, *, errors=None):
    """A temporary file with a visible name (.name); removed on close when delete is true."""
    prefix, suffix, dir, _ = _resolve_args(prefix, suffix, dir)
    fd, path = _create_file(prefix, suffix, dir, _CREATE_FLAGS)
    try:
        file = _open_fd(path, fd, mode, buffering, encoding, newline, errors)
    except BaseException:
        _os.unlink(path)
        raise
    return _TemporaryFileWrapper(file, path, delete)


_tmpfile_flag_works = hasattr(_os, "O_TMPFILE")


def TemporaryFile(mode='w+b', buffering=-1, encoding=None,
                  newline=None, suffix=None, prefix=None,
                  dir=None, *, errors=None):
    """A temporary file without a name in the file system; it vanishes when closed."""
    global _tmpfile_flag_works
    prefix, suffix, dir, _ = _resolve_args(prefix, suffix, dir)
    if _tmpfile_flag_works:
        anonymous = _os.O_RDWR | _os.O_EXCL | _os.O_TMPFILE | getattr(_os, "O_CLOEXEC", 0)
        try:
            fd = _os.open(dir, anonymous, 0o600)
        except IsADirectoryError:
            _tmpfile_flag_works = False
        except OSError:
            pass
        else:
            return _open_fd(fd, fd, mode, buffering, encoding, newline, errors)
    fd, path = _create_file(prefix, suffix, dir, _CREATE_FLAGS)
    try:
        _os.unlink(path)
    except BaseException:
        _os.close(fd)
        raise
    return _open_fd(fd, fd, mode, buffering, encoding, newline, errors)


class SpooledTemporaryFile(_io.IOBase):
    """Kept in memory until it grows past max_size or fileno() is asked; then a real file."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1,
                 encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if "b" in mode:
            self._file = _io.BytesIO()
        else:
            encoding = _io.text_encoding(encoding)
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding,
                                           errors=errors, newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {
            "mode": mode, "buffering": buffering, "suffix": suffix, "prefix": prefix,
            "encoding": encoding, "newline": newline, "dir": dir, "errors": errors,
        }

    __class_getitem__ = classmethod(_GenericAlias)

    def _maybe_roll(self):
        limit = self._max_size
        if limit and not self._rolled and self._file.tell() > limit:
            self.rollover()

    def rollover(self):
        """Move the contents to a real temporary file (once)."""
        if self._rolled:
            return
        memory = self._file
        disk = TemporaryFile(**self._TemporaryFileArgs)
        self._file = disk
        del self._TemporaryFileArgs
        position = memory.tell()
        if hasattr(disk, "buffer"):
            disk.buffer.write(memory.detach().getvalue())
        else:
            disk.write(memory.getvalue())
        disk.seek(position, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return iter(self._file)

    def __del__(self):
        if not self.closed:
            import warnings
            warnings.warn("Unclosed file {!r}".format(self), ResourceWarning,
                          stacklevel=2, source=self)
            self.close()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        return self._file.encoding

    @property
    def errors(self):
        return self._file.errors

    @property
    def mode(self):
        if self._rolled:
            return self._file.mode
        return self._TemporaryFileArgs["mode"]

    @property
    def name(self):
        if self._rolled:
            return self._file.name
        return None

    @property
    def newlines(self):
        return self._file.newlines

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    def readable(self):
        return self._file.readable()

    def seekable(self):
        return self._file.seekable()

    def writable(self):
        return self._file.writable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readinto(self, b):
        return self._file.readinto(b)

    def readinto1(self, b):
        return self._file.readinto1(b)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if self._max_size and size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def write(self, s):
        written = self._file.write(s)
        self._maybe_roll()
        return written

    def writelines(self, iterable):
        result = self._file.writelines(iterable)
        self._maybe_roll()
        return result

    def detach(self):
        return self._file.detach()


def _forced_rmtree(path, ignore_errors):
    """shutil.rmtree that makes unreadable/unwritable directories removable before giving up."""
    import shutil

    def on_error(func, failed, exc_info):
        problem = exc_info[1]
        if isinstance(problem, PermissionError):
            try:
                if failed != path:
                    _os.chmod(_os.path.dirname(failed), 0o700)
                _os.chmod(failed, 0o700)
            except OSError:
                pass
            try:
                _os.unlink(failed)
            except IsADirectoryError:
                _forced_rmtree(failed, ignore_errors)
            except PermissionError:
                _forced_rmtree(failed, ignore_errors)
            except FileNotFoundError:
                pass
            except OSError:
                if not ignore_errors:
                    raise
        elif isinstance(problem, FileNotFoundError):
            pass
        elif not ignore_errors:
            raise problem

    shutil.rmtree(path, onerror=on_error)


class TemporaryDirectory:
    """A directory removed with everything in it by cleanup(), at the end of a with block, or
    when the object is collected (with a ResourceWarning)."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        import weakref
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._finalizer = weakref.finalize(
            self, self._implicit_cleanup, self.name,
            "Implicitly cleaning up {!r}".format(self), ignore_cleanup_errors)

    __class_getitem__ = classmethod(_GenericAlias)

    @classmethod
    def _implicit_cleanup(cls, name, message, ignore_errors):
        _forced_rmtree(name, ignore_errors)
        import warnings
        warnings.warn(message, ResourceWarning)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        """Remove the directory tree now (does nothing if it is already gone)."""
        if self._finalizer.detach() or _os.path.exists(self.name):
            _forced_rmtree(self.name, self._ignore_cleanup_errors)
