"""io: the core tools for working with streams, written in Python; mirrors CPython's Lib/io.py and Modules/_io.

The concrete classes report `_io` as their module, as CPython's C classes do.
"""

__all__ = ['BlockingIOError', 'open', 'open_code', 'IOBase', 'RawIOBase',
           'FileIO', 'BytesIO', 'StringIO', 'BufferedIOBase',
           'BufferedReader', 'BufferedWriter', 'BufferedRWPair',
           'BufferedRandom', 'TextIOBase', 'TextIOWrapper',
           'UnsupportedOperation', 'SEEK_SET', 'SEEK_CUR', 'SEEK_END',
           'DEFAULT_BUFFER_SIZE', 'text_encoding', 'IncrementalNewlineDecoder']

import sys
import posix
import errno as _errno

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

DEFAULT_BUFFER_SIZE = 8 * 1024

# The encoding used for text files when none is given ("locale" in CPython).
_LOCALE_ENCODING = 'UTF-8'


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = 'io'


def _index(value):
    if isinstance(value, int):
        return value
    try:
        return type(value).__index__(value)
    except AttributeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__) from None


def _size(size):
    """Normalizes a read size argument: None or negative means 'all'."""
    if size is None:
        return -1
    return _index(size)


def text_encoding(encoding, stacklevel=2):
    """A helper function to choose the text encoding."""
    if encoding is None:
        flags = getattr(sys, 'flags', None)
        if getattr(flags, 'utf8_mode', 0):
            return 'utf-8'
        return 'locale'
    return encoding


def open(file, mode='r', buffering=-1, encoding=None, errors=None,
         newline=None, closefd=True, opener=None):
    r"""Open file and return a stream.  Raise OSError upon failure."""
    if not isinstance(file, int):
        file = posix.fspath(file)
    if not isinstance(file, (str, bytes, int)):
        raise TypeError('invalid file: %r' % file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    buffering = _index(buffering)
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError("open() argument 'encoding' must be str or None, not %s"
                        % type(encoding).__name__)
    if errors is not None and not isinstance(errors, str):
        raise TypeError("open() argument 'errors' must be str or None, not %s"
                        % type(errors).__name__)
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError('invalid mode: %r' % mode)
    creating = 'x' in modes
    reading = 'r' in modes
    writing = 'w' in modes
    appending = 'a' in modes
    updating = '+' in modes
    text = 't' in modes
    binary = 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if not (creating or reading or writing or appending):
        raise ValueError('Must have exactly one of create/read/write/append mode '
                         'and at most one plus')
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary "
                      'mode, the default buffer size will be used',
                      RuntimeWarning, 2)
    raw = FileIO(file,
                 (creating and 'x' or '') +
                 (reading and 'r' or '') +
                 (writing and 'w' or '') +
                 (appending and 'a' or '') +
                 (updating and '+' or ''),
                 closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or buffering < 0 and raw.isatty():
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = raw._blksize
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        else:
            buffer = BufferedReader(raw, buffering)
        result = buffer
        if binary:
            return result
        encoding = text_encoding(encoding)
        text = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result = text
        text.mode = mode
        return result
    except:
        result.close()
        raise


def open_code(path):
    """Opens the provided file with the intent to import the contents."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s"
                        % type(path).__name__)
    return open(path, 'rb')


# Streams with data buffered for writing are flushed at exit, as CPython's
# finalization of the open file objects does: text wrappers first, then the
# binary buffers under them.  Weak references keep the streams collectable.
_exit_registry = None


def _flush_at_exit_later(stream, text):
    global _exit_registry
    try:
        import _weakref
        import atexit
    except ImportError:
        return
    if _exit_registry is None:
        _exit_registry = ({}, {})
        atexit.register(_flush_at_exit)
    table = _exit_registry[0 if text else 1]
    key = id(stream)

    def forget(ref, key=key, table=table):
        table.pop(key, None)
    table[key] = _weakref.ref(stream, forget)


def _flush_at_exit():
    for table in _exit_registry:
        for ref in list(table.values()):
            stream = ref()
            if stream is None:
                continue
            try:
                if not stream.closed:
                    stream.flush()
            except Exception:
                pass


class IOBase:

    """The abstract base class for all I/O classes."""

    _closed_message = 'I/O operation on closed file.'

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        """Change the stream position to the given byte offset."""
        self._unsupported('seek')

    def tell(self):
        """Return current stream position."""
        return self.seek(0, 1)

    def truncate(self, pos=None):
        """Truncate file to size bytes."""
        self._unsupported('truncate')

    def flush(self):
        """Flush write buffers, if applicable."""
        self._checkClosed()

    __closed = False

    def close(self):
        """Flush and close the IO object."""
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    def __del__(self):
        """Destructor.  Calls close()."""
        try:
            closed = self.closed
        except AttributeError:
            return
        if closed:
            return
        try:
            self.close()
        except Exception:
            pass

    def seekable(self):
        """Return whether object supports random access."""
        return False

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation('File or stream is not seekable.'
                                       if msg is None else msg)

    def readable(self):
        """Return whether object was opened for reading."""
        return False

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation('File or stream is not readable.'
                                       if msg is None else msg)

    def writable(self):
        """Return whether object was opened for writing."""
        return False

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation('File or stream is not writable.'
                                       if msg is None else msg)

    @property
    def closed(self):
        """closed: bool.  True iff the file has been closed."""
        return self.__closed

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError(self._closed_message if msg is None else msg)

    def __enter__(self):
        """Context management protocol.  Returns self (an instance of IOBase)."""
        self._checkClosed()
        return self

    def __exit__(self, *args):
        """Context management protocol.  Calls close()"""
        self.close()

    def fileno(self):
        """Returns underlying file descriptor (an int) if one exists."""
        self._unsupported('fileno')

    def isatty(self):
        """Return whether this is an 'interactive' stream."""
        self._checkClosed()
        return False

    def readline(self, size=-1):
        r"""Read and return a line of bytes from the stream."""
        size = _size(size)
        peek = getattr(self, 'peek', None)
        res = bytearray()
        while size < 0 or len(res) < size:
            if peek is not None:
                readahead = peek(1)
                if not readahead:
                    nreadahead = 1
                else:
                    n = readahead.find(b'\n') + 1 or len(readahead)
                    if size >= 0:
                        n = min(n, size - len(res))
                    nreadahead = n
            else:
                nreadahead = 1
            b = self.read(nreadahead)
            if not b:
                break
            res += b
            if res.endswith(b'\n'):
                break
        return bytes(res)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        """Return a list of lines from the stream."""
        if hint is None or hint <= 0:
            return list(self)
        n = 0
        lines = []
        for line in self:
            lines.append(line)
            n += len(line)
            if n >= hint:
                break
        return lines

    def writelines(self, lines):
        """Write a list of lines to the stream."""
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):

    """Base class for raw binary I/O."""

    def read(self, size=-1):
        """Read and return up to size bytes, where size is an int."""
        size = _size(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        """Read until EOF, using multiple read() call."""
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        if res:
            return bytes(res)
        else:
            return data

    def readinto(self, b):
        """Read bytes into a pre-allocated bytes-like object b."""
        self._unsupported('readinto')

    def write(self, b):
        """Write the given buffer to the IO stream."""
        self._unsupported('write')


class BufferedIOBase(IOBase):

    """Base class for buffered IO objects."""

    def read(self, size=-1):
        """Read and return up to size bytes."""
        self._unsupported('read')

    def read1(self, size=-1):
        """Read up to size bytes with at most one read() system call."""
        self._unsupported('read1')

    def readinto(self, b):
        """Read bytes into a pre-allocated bytes-like object b."""
        return self._readinto(b, read1=False)

    def readinto1(self, b):
        """Read bytes into buffer *b*, using at most one system call."""
        return self._readinto(b, read1=True)

    def _readinto(self, b, read1):
        if not isinstance(b, memoryview):
            b = memoryview(b)
        b = b.cast('B')
        if read1:
            data = self.read1(len(b))
        else:
            data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        """Write the given bytes buffer to the IO stream."""
        self._unsupported('write')

    def detach(self):
        """Separate the underlying raw stream from the buffer and return it."""
        self._unsupported('detach')


class TextIOBase(IOBase):

    """Base class for text I/O."""

    def read(self, size=-1):
        """Read at most size characters from stream, where size is an int."""
        self._unsupported('read')

    def write(self, s):
        """Write string s to stream and returning an int."""
        self._unsupported('write')

    def truncate(self, pos=None):
        """Truncate size to pos, where pos is an int."""
        self._unsupported('truncate')

    def readline(self):
        """Read until newline or EOF."""
        self._unsupported('readline')

    def detach(self):
        """Separate the underlying buffer from the TextIOBase and return it."""
        self._unsupported('detach')

    @property
    def encoding(self):
        """Subclasses should override."""
        return None

    @property
    def newlines(self):
        """Line endings translated so far."""
        return None

    @property
    def errors(self):
        """Error setting of the decoder or encoder."""
        return None


################################################################################
### FileIO
################################################################################

_O_CLOEXEC = getattr(posix, 'O_CLOEXEC', 0)


class FileIO(RawIOBase):
    """Open a file."""

    _fd = -1
    _created = False
    _readable = False
    _writable = False
    _appending = False
    _seekable = None
    _closefd = True
    _closed_message = 'I/O operation on closed file'

    def __init__(self, file, mode='r', closefd=True, opener=None):
        if self._fd >= 0:
            # Have to close the existing file first.
            try:
                if self._closefd:
                    posix.close(self._fd)
            finally:
                self._fd = -1
        if isinstance(file, float):
            raise TypeError('integer argument expected, got float')
        if isinstance(file, int):
            fd = file
            if fd < 0:
                raise ValueError('negative file descriptor')
        else:
            fd = -1
        if not isinstance(mode, str):
            raise TypeError('invalid mode: %s' % (mode,))
        if not set(mode) <= set('xrwab+'):
            raise ValueError('invalid mode: %s' % (mode,))
        if sum(c in 'rwax' for c in mode) != 1 or mode.count('+') > 1:
            raise ValueError('Must have exactly one of create/read/write/append '
                             'mode and at most one plus')
        if 'x' in mode:
            self._created = True
            self._writable = True
            flags = posix.O_EXCL | posix.O_CREAT
        elif 'r' in mode:
            self._readable = True
            flags = 0
        elif 'w' in mode:
            self._writable = True
            flags = posix.O_CREAT | posix.O_TRUNC
        elif 'a' in mode:
            self._writable = True
            self._appending = True
            flags = posix.O_APPEND | posix.O_CREAT
        if '+' in mode:
            self._readable = True
            self._writable = True
        if self._readable and self._writable:
            flags |= posix.O_RDWR
        elif self._readable:
            flags |= posix.O_RDONLY
        else:
            flags |= posix.O_WRONLY
        flags |= _O_CLOEXEC
        owned_fd = fd < 0
        try:
            if fd < 0:
                if not closefd:
                    raise ValueError('Cannot use closefd=False with file name')
                if opener is None:
                    try:
                        fd = posix.open(file, flags, 0o666)
                    except OSError as exc:
                        if exc.filename is None and exc.errno is not None:
                            raise OSError(exc.errno, exc.strerror, file) from None
                        raise
                else:
                    fd = opener(file, flags)
                    if not isinstance(fd, int):
                        raise TypeError('expected integer from opener')
                    if fd < 0:
                        raise ValueError('opener returned %d' % fd)
            self._fd = fd
            self._closefd = closefd
            try:
                fdfstat = posix.fstat(fd)
            except OSError as exc:
                if exc.errno != _errno.EBADF:
                    raise
                raise
            else:
                if (fdfstat.st_mode & 0o170000) == 0o040000:
                    raise OSError(_errno.EISDIR, posix.strerror(_errno.EISDIR), file)
                blksize = getattr(fdfstat, 'st_blksize', 0)
                self._blksize = blksize if blksize and blksize > 1 else DEFAULT_BUFFER_SIZE
            self.name = file
            if self._appending:
                try:
                    posix.lseek(fd, 0, SEEK_END)
                except OSError as exc:
                    if exc.errno != _errno.ESPIPE:
                        raise
        except:
            if owned_fd and fd >= 0:
                self._fd = -1
                posix.close(fd)
            raise
        self._fd = fd

    def __getstate__(self):
        raise TypeError(f'cannot pickle {self.__class__.__name__!r} object')

    def __repr__(self):
        class_name = '%s.%s' % (self.__class__.__module__, self.__class__.__qualname__)
        if self.closed:
            return '<%s [closed]>' % class_name
        try:
            name = self.name
        except AttributeError:
            return ('<%s fd=%d mode=%r closefd=%r>' %
                    (class_name, self._fd, self.mode, self._closefd))
        else:
            return ('<%s name=%r mode=%r closefd=%r>' %
                    (class_name, name, self.mode, self._closefd))

    def _checkReadable(self):
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')

    def _checkWritable(self, msg=None):
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')

    def read(self, size=None):
        """Read at most size bytes, returned as bytes."""
        self._checkClosed()
        self._checkReadable()
        size = _size(size)
        if size < 0:
            return self.readall()
        try:
            return posix.read(self._fd, size)
        except BlockingIOError:
            return None

    def readall(self):
        """Read all data from the file, returned as bytes."""
        self._checkClosed()
        self._checkReadable()
        chunks = []
        while True:
            try:
                chunk = posix.read(self._fd, max(self._blksize, 65536))
            except BlockingIOError:
                if chunks:
                    break
                return None
            if not chunk:
                break
            chunks.append(chunk)
        return b''.join(chunks)

    def readinto(self, b):
        """Same as RawIOBase.readinto()."""
        m = memoryview(b).cast('B')
        data = self.read(len(m))
        n = len(data)
        m[:n] = data
        return n

    def write(self, b):
        """Write bytes b to file, return number written."""
        self._checkClosed()
        self._checkWritable()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        try:
            return posix.write(self._fd, b)
        except BlockingIOError:
            return None

    def seek(self, pos, whence=SEEK_SET):
        """Move to new file position."""
        if isinstance(pos, float):
            raise TypeError('an integer is required')
        self._checkClosed()
        return posix.lseek(self._fd, pos, whence)

    def tell(self):
        """tell() -> int.  Current file position."""
        self._checkClosed()
        return posix.lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        """Truncate the file to at most size bytes."""
        self._checkClosed()
        self._checkWritable()
        if size is None:
            size = self.tell()
        posix.ftruncate(self._fd, size)
        return size

    def seekable(self):
        """True if file supports random-access."""
        self._checkClosed()
        if self._seekable is None:
            try:
                self.tell()
            except OSError:
                self._seekable = False
            else:
                self._seekable = True
        return self._seekable

    def readable(self):
        """True if file was opened in a read mode."""
        self._checkClosed()
        return self._readable

    def writable(self):
        """True if file was opened in a write mode."""
        self._checkClosed()
        return self._writable

    def fileno(self):
        """Return the underlying file descriptor (an integer)."""
        self._checkClosed()
        return self._fd

    def isatty(self):
        """True if the file is connected to a TTY device."""
        self._checkClosed()
        return posix.isatty(self._fd)

    @property
    def closefd(self):
        """True if the file descriptor will be closed by close()."""
        return self._closefd

    @property
    def closed(self):
        return self._fd < 0

    def _mark_closed(self):
        self._fd = -1

    @property
    def mode(self):
        """String giving the file mode"""
        if self._created:
            if self._readable:
                return 'xb+'
            else:
                return 'xb'
        elif self._appending:
            if self._readable:
                return 'ab+'
            else:
                return 'ab'
        elif self._readable:
            if self._writable:
                return 'rb+'
            else:
                return 'rb'
        else:
            return 'wb'


# FileIO.close must leave closed true even for a descriptor it did not own.
def _fileio_close(self):
    if not self.closed:
        try:
            if self._closefd:
                posix.close(self._fd)
        finally:
            try:
                IOBase.close(self)
            finally:
                self._fd = -1


FileIO.close = _fileio_close
FileIO.close.__doc__ = 'Close the file.'
FileIO.close.__name__ = 'close'
FileIO.close.__qualname__ = 'FileIO.close'


################################################################################
### Buffered streams
################################################################################

class _BufferedIOMixin(BufferedIOBase):

    """The buffered classes share this: a raw stream, a read buffer (_read_buf from _read_pos on) and a write buffer (_write_buf)."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        buffer_size = _index(buffer_size)
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self._raw = raw
        self.buffer_size = buffer_size
        self._read_buf = b''
        self._read_pos = 0
        self._write_buf = bytearray()
        self._detached = False

    @property
    def raw(self):
        return self._raw

    def _check_raw(self):
        if self._raw is None:
            raise ValueError('raw stream has been detached')

    def _checkClosed(self, msg=None):
        self._check_raw()
        if self._raw.closed:
            raise ValueError(msg or 'I/O operation on closed file.')

    ### Positioning ###

    def seek(self, pos, whence=0):
        pos = _index(pos)
        if whence not in (0, 1, 2):
            raise ValueError('whence value %d unsupported' % whence)
        self._checkClosed()
        avail = len(self._read_buf) - self._read_pos
        if whence != 2 and avail > 0 and not self._write_buf:
            # A target inside the read buffer only moves the read position.
            current = self._raw.tell()
            logical = current - avail
            offset = pos - logical if whence == 0 else pos
            if -self._read_pos <= offset <= avail:
                self._read_pos += offset
                return logical + offset
        self._flush_unlocked()
        if whence == 1:
            pos -= len(self._read_buf) - self._read_pos
        self._reset_read_buf()
        pos = self._raw.seek(pos, whence)
        if pos < 0:
            raise OSError('seek() returned an invalid position')
        return pos

    def tell(self):
        self._checkClosed()
        pos = self._raw.tell()
        if pos < 0:
            raise OSError('tell() returned an invalid position')
        pos = pos - (len(self._read_buf) - self._read_pos) + len(self._write_buf)
        return max(pos, 0)

    def truncate(self, pos=None):
        self._checkClosed()
        if not self.writable():
            raise UnsupportedOperation('truncate')
        self.flush()
        if pos is None:
            pos = self.tell()
        self._reset_read_buf()
        return self._raw.truncate(pos)

    ### Flush and close ###

    def flush(self):
        if self.closed:
            raise ValueError('flush of closed file')
        self._flush_unlocked()

    def _flush_unlocked(self):
        if not self._write_buf:
            return
        if self._read_pos < len(self._read_buf):
            # Rewind the raw stream to where the reader is before writing.
            self._raw.seek(self._read_pos - len(self._read_buf), 1)
            self._reset_read_buf()
        while self._write_buf:
            try:
                n = self._raw.write(self._write_buf)
            except BlockingIOError:
                raise RuntimeError('self.raw should implement RawIOBase: it '
                                   'should not raise BlockingIOError')
            if n is None:
                raise BlockingIOError(_errno.EAGAIN,
                                      'write could not complete without blocking', 0)
            if n > len(self._write_buf) or n < 0:
                raise OSError('write() returned incorrect number of bytes')
            del self._write_buf[:n]

    def close(self):
        if self._raw is not None and not self.closed:
            try:
                self.flush()
            finally:
                self._raw.close()

    def detach(self):
        self._check_raw()
        self.flush()
        raw = self._raw
        self._raw = None
        return raw

    ### Inquiries ###

    def seekable(self):
        self._check_raw()
        return self._raw.seekable()

    @property
    def closed(self):
        raw = self._raw
        if raw is None:
            raise ValueError('raw stream has been detached')
        return raw.closed

    @property
    def name(self):
        self._check_raw()
        return self._raw.name

    @property
    def mode(self):
        self._check_raw()
        return self._raw.mode

    def __getstate__(self):
        raise TypeError(f'cannot pickle {self.__class__.__name__!r} object')

    def __repr__(self):
        modname = self.__class__.__module__
        clsname = self.__class__.__qualname__
        try:
            name = self.name
        except AttributeError:
            return '<{}.{}>'.format(modname, clsname)
        except ValueError:
            if self._raw is None:
                raise
            return '<{}.{}>'.format(modname, clsname)
        else:
            return '<{}.{} name={!r}>'.format(modname, clsname, name)

    ### Lower-level APIs ###

    def fileno(self):
        self._check_raw()
        return self._raw.fileno()

    def isatty(self):
        self._check_raw()
        return self._raw.isatty()

    ### Reading ###

    def _reset_read_buf(self):
        self._read_buf = b''
        self._read_pos = 0

    def _prepare_read(self):
        self._checkClosed('read of closed file')
        self._checkReadable()
        if self._write_buf:
            self._flush_unlocked()

    def read(self, size=None):
        """Read and return up to size bytes; all of them until EOF if size is None or negative."""
        size = _size(size)
        if size < -1:
            raise ValueError('read length must be non-negative or -1')
        self._prepare_read()
        buf = self._read_buf
        pos = self._read_pos
        if size < 0:
            chunks = [buf[pos:]]
            self._reset_read_buf()
            readall = getattr(self._raw, 'readall', None)
            if readall is not None:
                rest = readall()
                if rest is None:
                    return chunks[0] or None
                chunks.append(rest)
            else:
                while True:
                    chunk = self._raw.read()
                    if not chunk:
                        if chunk is None and not chunks[0]:
                            return None
                        break
                    chunks.append(chunk)
            return b''.join(chunks)
        avail = len(buf) - pos
        if size <= avail:
            self._read_pos += size
            return buf[pos:pos + size]
        # As CPython: whole blocks go straight from the raw stream, then the
        # buffer is filled for the rest.
        out = [buf[pos:]]
        remaining = size - avail
        self._reset_read_buf()
        block = self.buffer_size
        while remaining > 0:
            direct = remaining - remaining % block
            if direct == 0:
                break
            chunk = self._raw.read(direct)
            if not chunk:
                if chunk is None and len(out) == 1 and not out[0]:
                    return None
                return b''.join(out)
            out.append(chunk)
            remaining -= len(chunk)
        buf = b''
        pos = 0
        while remaining > 0 and len(buf) < block:
            chunk = self._raw.read(block - len(buf))
            if not chunk:
                break
            buf += chunk
            take = min(remaining, len(buf) - pos)
            out.append(buf[pos:pos + take])
            pos += take
            remaining -= take
        self._read_buf = buf
        self._read_pos = pos
        return b''.join(out)

    def peek(self, size=0):
        """Returns buffered bytes without advancing the position."""
        self._prepare_read()
        if self._read_pos >= len(self._read_buf):
            chunk = self._raw.read(self.buffer_size)
            self._read_buf = chunk or b''
            self._read_pos = 0
        return self._read_buf[self._read_pos:]

    def read1(self, size=-1):
        """Reads up to size bytes, with at most one read() system call."""
        size = _size(size)
        self._prepare_read()
        if size < 0:
            size = self.buffer_size
        if size == 0:
            return b''
        pos = self._read_pos
        if pos < len(self._read_buf):
            data = self._read_buf[pos:pos + size]
            self._read_pos = pos + len(data)
            return data
        # Nothing buffered: one raw read, straight to the caller.
        self._reset_read_buf()
        return self._raw.read(size) or b''

    def readline(self, size=-1):
        limit = _size(size)
        self._prepare_read()
        buf = self._read_buf
        pos = self._read_pos
        n = len(buf) - pos
        if limit >= 0 and n > limit:
            n = limit
        end = buf.find(b'\n', pos, pos + n)
        if end >= 0:
            self._read_pos = end + 1
            return buf[pos:end + 1]
        if n == limit:
            self._read_pos = pos + n
            return buf[pos:pos + n]
        chunks = []
        if n > 0:
            chunks.append(buf[pos:pos + n])
            self._read_pos = pos + n
            if limit >= 0:
                limit -= n
        # Refill the whole buffer each time, as CPython does.
        while True:
            self._reset_read_buf()
            chunk = self._raw.read(self.buffer_size)
            if not chunk:
                break
            self._read_buf = chunk
            n = len(chunk)
            if limit >= 0 and n > limit:
                n = limit
            end = chunk.find(b'\n', 0, n)
            if end >= 0:
                chunks.append(chunk[:end + 1])
                self._read_pos = end + 1
                break
            chunks.append(chunk[:n])
            if n == limit:
                self._read_pos = n
                break
            if limit >= 0:
                limit -= n
        return b''.join(chunks)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    ### Writing ###

    def write(self, b):
        if self.closed:
            raise ValueError('write to closed file')
        self._checkWritable()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if self._read_pos < len(self._read_buf):
            # Undo read-ahead so that the write lands at the logical position.
            self._raw.seek(self._read_pos - len(self._read_buf), 1)
        self._reset_read_buf()
        n = len(b) if isinstance(b, (bytes, bytearray)) else memoryview(b).nbytes
        self._write_buf += b
        if len(self._write_buf) > self.buffer_size:
            self._flush_unlocked()
        return n


class BufferedReader(_BufferedIOMixin):
    """Create a new buffered reader using the given readable raw IO object."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.readable():
            raise OSError('"raw" argument must be readable.')
        super().__init__(raw, buffer_size)

    def readable(self):
        self._check_raw()
        return self._raw.readable()

    def writable(self):
        return False

    def _checkWritable(self, msg=None):
        raise UnsupportedOperation('write')


class BufferedWriter(_BufferedIOMixin):
    """A buffer for a writeable sequential RawIO object."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.writable():
            raise OSError('"raw" argument must be writable.')
        super().__init__(raw, buffer_size)
        _flush_at_exit_later(self, False)

    def writable(self):
        self._check_raw()
        return self._raw.writable()

    def readable(self):
        return False

    def _checkReadable(self, msg=None):
        raise UnsupportedOperation('read')


class BufferedRandom(_BufferedIOMixin):
    """A buffered interface to random access streams."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        raw._checkSeekable()
        super().__init__(raw, buffer_size)
        if raw.writable():
            _flush_at_exit_later(self, False)

    def readable(self):
        self._check_raw()
        return self._raw.readable()

    def writable(self):
        self._check_raw()
        return self._raw.writable()

    def _checkReadable(self, msg=None):
        if not self._raw.readable():
            raise UnsupportedOperation('read')

    def _checkWritable(self, msg=None):
        if not self._raw.writable():
            raise UnsupportedOperation('write')


class BufferedRWPair(BufferedIOBase):

    """A buffered reader object and buffered writer object put together."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise UnsupportedOperation('"writer" argument must be writable.')
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readinto1(self, b):
        return self.reader.readinto1(b)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed


################################################################################
### BytesIO
################################################################################

class BytesIO(BufferedIOBase):

    """Buffered I/O implementation using an in-memory bytes buffer."""

    def __init__(self, initial_bytes=None):
        buf = bytearray()
        if initial_bytes is not None:
            buf += initial_bytes
        self._buffer = buf
        self._pos = 0

    def __getstate__(self):
        if self.closed:
            raise ValueError('__getstate__ on closed file')
        return self.__dict__.copy()

    def getvalue(self):
        """Retrieve the entire contents of the BytesIO object."""
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        return bytes(self._buffer)

    def getbuffer(self):
        """Get a read-write view over the contents of the BytesIO object."""
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        return memoryview(self._buffer)

    def close(self):
        if self._buffer is not None:
            self._buffer.clear()
        super().close()

    def read(self, size=-1):
        self._checkClosed()
        size = _size(size)
        if size < 0:
            size = len(self._buffer)
        if len(self._buffer) <= self._pos:
            return b''
        newpos = min(len(self._buffer), self._pos + size)
        b = self._buffer[self._pos:newpos]
        self._pos = newpos
        return bytes(b)

    def read1(self, size=-1):
        """This is the same as read."""
        return self.read(size)

    def readline(self, size=-1):
        self._checkClosed()
        size = _size(size)
        buf = self._buffer
        pos = self._pos
        end = buf.find(b'\n', pos)
        end = len(buf) if end < 0 else end + 1
        if size >= 0:
            end = min(end, pos + size)
        if end <= pos:
            return b''
        self._pos = end
        return bytes(buf[pos:end])

    def readlines(self, hint=None):
        self._checkClosed()
        return IOBase.readlines(self, hint)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readinto(self, b):
        self._checkClosed()
        m = memoryview(b).cast('B')
        data = self.read(len(m))
        n = len(data)
        m[:n] = data
        return n

    def write(self, b):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if isinstance(b, (bytes, bytearray)):
            data = b
            n = len(b)
        elif isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        else:
            with memoryview(b) as view:
                n = view.nbytes
                data = view.tobytes()
        if n == 0:
            return 0
        pos = self._pos
        if pos > len(self._buffer):
            self._buffer += b'\x00' * (pos - len(self._buffer))
        self._buffer[pos:pos + n] = data
        self._pos += n
        return n

    def seek(self, pos, whence=0):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        pos = _index(pos)
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %r' % (pos,))
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError('invalid whence (%r, should be 0, 1 or 2)' % (whence,))
        return self._pos

    def tell(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        return self._pos

    def truncate(self, pos=None):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if pos is None:
            pos = self._pos
        else:
            pos = _index(pos)
            if pos < 0:
                raise ValueError('negative size value %r' % (pos,))
        del self._buffer[pos:]
        return pos

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True


# The text layer lives in _iotext, which imports the base classes above.
from _iotext import TextIOWrapper, StringIO, IncrementalNewlineDecoder

for _cls in (FileIO, BytesIO, BufferedReader, BufferedWriter,
             BufferedRWPair, BufferedRandom):
    _cls.__module__ = '_io'
for _cls in (IOBase, RawIOBase, BufferedIOBase, TextIOBase):
    _cls.__module__ = 'io'
del _cls
