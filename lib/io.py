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


def _closed_error(message='I/O operation on closed file.'):
    return ValueError(message)


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
        return self._fd < 0 or IOBase.closed.fget(self)

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
        self._checkWritable()
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
        self._check_raw()
        return self._raw.closed

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
        chunks = [buf[pos:]]
        wanted = max(self.buffer_size, size)
        got = avail
        while got < size:
            chunk = self._raw.read(wanted)
            if not chunk:
                if chunk is None and got == 0:
                    self._reset_read_buf()
                    return None
                break
            chunks.append(chunk)
            got += len(chunk)
        out = b''.join(chunks)
        self._read_buf = out[size:]
        self._read_pos = 0
        return out[:size]

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
        if self._read_pos >= len(self._read_buf):
            chunk = self._raw.read(max(size, self.buffer_size))
            self._read_buf = chunk or b''
            self._read_pos = 0
        pos = self._read_pos
        data = self._read_buf[pos:pos + size]
        self._read_pos = pos + len(data)
        return data

    def readline(self, size=-1):
        size = _size(size)
        self._prepare_read()
        chunks = []
        total = 0
        while True:
            buf = self._read_buf
            pos = self._read_pos
            end = buf.find(b'\n', pos)
            stop = len(buf) if end < 0 else end + 1
            if size >= 0 and total + stop - pos > size:
                stop = pos + size - total
            chunks.append(buf[pos:stop])
            total += stop - pos
            self._read_pos = stop
            if end >= 0 and stop == end + 1 or size >= 0 and total >= size:
                break
            chunk = self._raw.read(self.buffer_size)
            if not chunk:
                self._reset_read_buf()
                break
            self._read_buf = chunk
            self._read_pos = 0
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
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
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


################################################################################
### Text
################################################################################

_VALID_NEWLINES = (None, '', '\n', '\r', '\r\n')


def _check_newline(newline, prefix):
    if newline is not None and not isinstance(newline, str):
        raise TypeError('%s must be str or None, not %s' % (prefix, type(newline).__name__))
    if newline not in _VALID_NEWLINES:
        return False
    return True


def _find_line_end(text, start, newline):
    """Index just past the first line ending in text[start:], or -1."""
    if newline is None or newline == '\n':
        i = text.find('\n', start)
        return -1 if i < 0 else i + 1
    if newline == '':
        # Universal: \r\n, \r or \n, whichever comes first.
        n = text.find('\n', start)
        r = text.find('\r', start)
        if r < 0:
            return -1 if n < 0 else n + 1
        if n >= 0 and n < r:
            return n + 1
        if r + 1 < len(text):
            return r + 2 if text[r + 1] == '\n' else r + 1
        return -2           # \r at the end: it may be followed by \n
    i = text.find(newline, start)
    return -1 if i < 0 else i + len(newline)


_NEWLINE_CR, _NEWLINE_LF, _NEWLINE_CRLF = 1, 2, 4


def _newlines_repr(seen):
    kinds = []
    if seen & _NEWLINE_CR:
        kinds.append('\r')
    if seen & _NEWLINE_LF:
        kinds.append('\n')
    if seen & _NEWLINE_CRLF:
        kinds.append('\r\n')
    if not kinds:
        return None
    if len(kinds) == 1:
        return kinds[0]
    return tuple(kinds)


def _scan_newlines(text):
    seen = 0
    crlf = text.count('\r\n')
    if crlf:
        seen |= _NEWLINE_CRLF
    if text.count('\r') > crlf:
        seen |= _NEWLINE_CR
    if text.count('\n') > crlf:
        seen |= _NEWLINE_LF
    return seen


class IncrementalNewlineDecoder:
    """Codec used when reading a file in universal newlines mode."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.seennl = 0
        self.pendingcr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = '\r' + output
            self.pendingcr = False
        if output.endswith('\r') and not final:
            output = output[:-1]
            self.pendingcr = True
        self.seennl |= _scan_newlines(output)
        if self.translate:
            if '\r' in output:
                output = output.replace('\r\n', '\n').replace('\r', '\n')
        return output

    def getstate(self):
        if self.decoder is None:
            buf = b''
            flag = 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return _newlines_repr(self.seennl)


def _normalize_encoding(encoding):
    return encoding.lower().replace('_', '-').replace(' ', '-')


def _complete_prefix_length(data, kind):
    """How many leading bytes of data form whole characters in the encoding kind."""
    n = len(data)
    if kind == 'utf-8':
        # Look back at most 3 bytes for the lead byte of an unfinished sequence.
        i = n - 1
        limit = max(0, n - 4)
        while i >= limit:
            byte = data[i]
            if byte < 0x80:
                return n
            if byte >= 0xC0:
                need = 2 if byte < 0xE0 else 3 if byte < 0xF0 else 4
                return n if n - i >= need else i
            i -= 1
        return n
    if kind == 'utf-16':
        n -= n % 2
        if n >= 2:
            last = data[n - 2:n]
            unit = last[0] | (last[1] << 8)      # little-endian, as written here
            if 0xD800 <= unit < 0xDC00:
                n -= 2
        return n
    if kind == 'utf-32':
        return n - n % 4
    return n


def _encoding_kind(encoding):
    name = _normalize_encoding(encoding)
    if name in ('utf-8', 'utf8', 'u8', 'utf', 'utf-8-sig', 'cp65001'):
        return 'utf-8'
    if name.startswith('utf-16') or name.startswith('utf16'):
        return 'utf-16'
    if name.startswith('utf-32') or name.startswith('utf32'):
        return 'utf-32'
    return 'bytes'


class TextIOWrapper(TextIOBase):

    r"""Character and line based layer over a BufferedIOBase object, buffer."""

    _CHUNK_SIZE = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        if not _check_newline(newline, "TextIOWrapper() argument 'newline'"):
            raise ValueError('illegal newline value: %s' % (newline,))
        if encoding is None or encoding == 'locale':
            encoding = _LOCALE_ENCODING
        if not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        ''.encode(encoding)          # raises LookupError for an unknown encoding
        if errors is None:
            errors = 'strict'
        elif not isinstance(errors, str):
            raise TypeError("TextIOWrapper() argument 'errors' must be str or None, not %s"
                            % type(errors).__name__)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._kind = _encoding_kind(encoding)
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ''
        self._writenl = newline or '\n'
        self._line_buffering = line_buffering
        self._write_through = write_through
        self._telling = True
        self._seennl = 0
        self._has_read1 = hasattr(buffer, 'read1')
        # Encoded text not yet handed to the buffer, as CPython's pending_bytes.
        self._pending_writes = []
        self._pending_size = 0
        self._reset_decoder(None)
        self._bom_pending = self._needs_bom()

    def _needs_bom(self):
        name = _normalize_encoding(self._encoding)
        if name in ('utf-16', 'utf-32', 'utf16', 'utf32'):
            try:
                return self._buffer.seekable() and self._buffer.tell() == 0
            except Exception:
                return True
        return False

    def _reset_decoder(self, position):
        # Text already decoded but not yet returned: _decoded[_decoded_pos:].
        self._decoded = ''
        self._decoded_pos = 0
        # Raw decoded text of the current chunk (before newline translation), the
        # byte position it starts at and whether a leading \n is to be skipped.
        self._chunk_raw = ''
        self._chunk_start = position
        self._chunk_skip_lf = False
        self._pending = b''
        self._next_start = position
        self._skip_lf = False
        self._eof = False
        self._decoding_started = False

    def __repr__(self):
        result = '<{}.{}'.format(self.__class__.__module__, self.__class__.__qualname__)
        try:
            name = self.name
        except AttributeError:
            pass
        except ValueError:
            pass
        else:
            result += ' name={0!r}'.format(name)
        try:
            mode = self.mode
        except AttributeError:
            pass
        else:
            result += ' mode={0!r}'.format(mode)
        return result + ' encoding={0!r}>'.format(self.encoding)

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def buffer(self):
        return self._buffer

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        """Reconfigure the text stream with new parameters."""
        if self._decoded_pos < len(self._decoded) and (
                encoding is not None or errors is not None or newline is not Ellipsis):
            raise UnsupportedOperation('It is not possible to set the encoding or newline '
                                       'of stream after the first read')
        if errors is None:
            if encoding is None:
                errors = self._errors
            else:
                errors = 'strict'
        if encoding is None:
            encoding = self._encoding
        elif encoding == 'locale':
            encoding = _LOCALE_ENCODING
        if newline is Ellipsis:
            newline = self._readnl
        elif not _check_newline(newline, 'reconfigure() argument \'newline\''):
            raise ValueError('illegal newline value: %s' % (newline,))
        if line_buffering is None:
            line_buffering = self.line_buffering
        if write_through is None:
            write_through = self.write_through
        self.flush()
        self._encoding = encoding
        self._errors = errors
        self._kind = _encoding_kind(encoding)
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ''
        self._writenl = newline or '\n'
        self._line_buffering = line_buffering
        self._write_through = write_through

    def seekable(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        return self._buffer.seekable()

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def _write_pending(self):
        if self._pending_writes:
            data = b''.join(self._pending_writes)
            self._pending_writes = []
            self._pending_size = 0
            self._buffer.write(data)

    def flush(self):
        self._checkClosed()
        self._write_pending()
        self._buffer.flush()
        self._telling = True

    def close(self):
        if self._buffer is not None and not self.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    @property
    def closed(self):
        return self._buffer.closed

    @property
    def name(self):
        return self._buffer.name

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()

    def _checkClosed(self, msg=None):
        if self._buffer is None:
            raise ValueError('underlying buffer has been detached')
        if self.closed:
            raise ValueError('I/O operation on closed file.' if msg is None else msg)

    def write(self, s):
        'Write data, where s is a str'
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if not self._buffer.writable():
            raise UnsupportedOperation('not writable')
        length = len(s)
        haslf = (self._writetranslate or self._line_buffering) and '\n' in s
        if haslf and self._writetranslate and self._writenl != '\n':
            s = s.replace('\n', self._writenl)
        if self._bom_pending:
            b = s.encode(self._encoding, self._errors)
            self._bom_pending = False
        else:
            b = s.encode(self._encoding, self._errors)
            b = self._strip_bom(b)
        if self._decoded_pos < len(self._decoded) or self._pending or self._decoded:
            self._reset_decoder(None)
        self._pending_writes.append(b)
        self._pending_size += len(b)
        needflush = self._line_buffering and (haslf or '\r' in s)
        if self._pending_size > self._CHUNK_SIZE or needflush or self._write_through:
            self._write_pending()
        if needflush:
            self._buffer.flush()
        self._telling = True
        return length

    def _strip_bom(self, b):
        name = _normalize_encoding(self._encoding)
        if name in ('utf-16', 'utf16') and b[:2] in (b'\xff\xfe', b'\xfe\xff'):
            return b[2:]
        if name in ('utf-32', 'utf32') and b[:4] in (b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff'):
            return b[4:]
        if name == 'utf-8-sig' and b[:3] == b'\xef\xbb\xbf':
            return b[3:]
        return b

    ### Reading ###

    def _read_chunk(self, size=None):
        """Reads and decodes more bytes; returns False at end of file."""
        if self._eof:
            return False
        if self._next_start is None:
            try:
                self._next_start = self._buffer.tell() - len(self._pending)
            except (OSError, ValueError, AttributeError):
                self._next_start = None
        if size is None:
            size = self._CHUNK_SIZE
        if self._has_read1:
            data = self._buffer.read1(size)
        else:
            data = self._buffer.read(size)
        if data is None:
            data = b''
        final = not data
        data = self._pending + data
        if final:
            cut = len(data)
            self._eof = True
        else:
            cut = _complete_prefix_length(data, self._kind)
        self._pending = data[cut:]
        raw_text = data[:cut].decode(self._encoding, self._errors) if cut or final else ''
        if not self._decoding_started and raw_text:
            self._decoding_started = True
        self._chunk_start = self._next_start
        if self._next_start is not None:
            self._next_start += cut
        self._chunk_raw = raw_text
        self._chunk_skip_lf = self._skip_lf
        text = raw_text
        if self._skip_lf and text:
            # The previous chunk ended with \r, already returned as a line end.
            if text[0] == '\n':
                text = text[1:]
            self._skip_lf = False
        if self._readuniversal or self._readtranslate:
            if '\r' in text or '\n' in text:
                self._seennl |= _scan_newlines(text)
        if self._readtranslate and '\r' in text:
            if text.endswith('\r') and not self._eof:
                self._skip_lf = True
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        self._decoded = text
        self._decoded_pos = 0
        return True

    def _take_decoded(self):
        text = self._decoded[self._decoded_pos:]
        self._decoded = ''
        self._decoded_pos = 0
        return text

    def read(self, size=None):
        self._checkClosed()
        if not self._buffer.readable():
            raise UnsupportedOperation('not readable')
        size = _size(size)
        self._write_pending()
        self._telling = True
        if size < 0:
            chunks = [self._take_decoded()]
            while self._read_chunk(1 << 30):
                chunks.append(self._take_decoded())
            return ''.join(chunks)
        chunks = []
        wanted = size
        while wanted > 0:
            avail = len(self._decoded) - self._decoded_pos
            if avail == 0:
                if not self._read_chunk():
                    break
                continue
            take = min(avail, wanted)
            chunks.append(self._decoded[self._decoded_pos:self._decoded_pos + take])
            self._decoded_pos += take
            wanted -= take
        return ''.join(chunks)

    def readline(self, size=None):
        self._checkClosed()
        if not self._buffer.readable():
            raise UnsupportedOperation('not readable')
        size = _size(size)
        self._write_pending()
        newline = self._readnl
        line = ''
        while True:
            text = self._decoded
            pos = self._decoded_pos
            end = _find_line_end(text, pos, newline)
            if end == -2:
                # A \r at the end: in universal mode, look ahead for \n.
                if self._eof:
                    end = len(text)
                else:
                    line += text[pos:]
                    self._decoded = ''
                    self._decoded_pos = 0
                    if not self._read_chunk():
                        break
                    if self._decoded.startswith('\n'):
                        line += '\n'
                        self._decoded_pos = 1
                    break
            if end >= 0:
                if size >= 0 and len(line) + end - pos > size:
                    end = pos + size - len(line)
                line += text[pos:end]
                self._decoded_pos = end
                break
            if size >= 0 and len(line) + len(text) - pos >= size:
                end = pos + size - len(line)
                line += text[pos:end]
                self._decoded_pos = end
                break
            line += text[pos:]
            self._decoded = ''
            self._decoded_pos = 0
            if not self._read_chunk():
                break
        return line

    def __next__(self):
        self._telling = False
        line = self.readline()
        if not line:
            self._telling = True
            raise StopIteration
        return line

    @property
    def newlines(self):
        if self._readtranslate or self._readuniversal:
            return _newlines_repr(self._seennl)
        return None

    ### Positioning ###

    def tell(self):
        self._checkClosed()
        if not self.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if not self._telling:
            raise OSError('telling position disabled by next() call')
        self.flush()
        position = self._buffer.tell()
        if self._chunk_start is None or (not self._decoded and not self._pending):
            return position
        return self._chunk_start + self._consumed_bytes()

    def _consumed_bytes(self):
        """Bytes of the current chunk that the characters read so far came from."""
        raw = self._chunk_raw
        target = self._decoded_pos
        i = 1 if self._chunk_skip_lf and raw.startswith('\n') else 0
        produced = 0
        if self._readtranslate:
            while produced < target and i < len(raw):
                if raw[i] == '\r' and i + 1 < len(raw) and raw[i + 1] == '\n':
                    i += 2
                else:
                    i += 1
                produced += 1
        else:
            i += target
        return len(raw[:i].encode(self._encoding, self._errors))

    def seek(self, cookie, whence=0):
        self._checkClosed()
        if not self.seekable():
            raise UnsupportedOperation('underlying stream is not seekable')
        if isinstance(cookie, float):
            raise TypeError("'float' object cannot be interpreted as an integer")
        if whence == SEEK_CUR:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = SEEK_SET
        elif whence == SEEK_END:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            position = self._buffer.seek(0, whence)
            self._reset_decoder(position)
            return position
        elif whence != SEEK_SET:
            raise ValueError('invalid whence (%r, should be %d, %d or %d)' %
                             (whence, SEEK_SET, SEEK_CUR, SEEK_END))
        if cookie < 0:
            raise ValueError('negative seek position %r' % (cookie,))
        self.flush()
        self._buffer.seek(cookie)
        self._reset_decoder(cookie)
        self._bom_pending = cookie == 0 and self._needs_bom()
        return cookie

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)

    def detach(self):
        if self._buffer is None:
            raise ValueError('buffer is already detached')
        self.flush()
        buffer = self._buffer
        self._buffer = None
        return buffer


################################################################################
### StringIO
################################################################################

class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer."""

    _closed_message = 'I/O operation on closed file'

    def __init__(self, initial_value='', newline='\n'):
        if not _check_newline(newline, 'newline'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s'
                            % type(initial_value).__name__)
        self._newline = newline
        self._seennl = 0
        # The value is _chunks joined; _value caches the join when _chunks is
        # a single string.  Writes at the end just append a chunk.
        self._chunks = []
        self._length = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self.write(initial_value)
            self._pos = 0

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed file')

    def _value(self):
        chunks = self._chunks
        if len(chunks) != 1:
            value = ''.join(chunks)
            self._chunks = [value] if value else []
            return value
        return chunks[0]

    def getvalue(self):
        """Retrieve the entire contents of the object."""
        self._check()
        return self._value()

    def write(self, s):
        """Write string to file."""
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        newline = self._newline
        if newline is None:
            if '\r' in s or '\n' in s:
                self._seennl |= _scan_newlines(s)
                s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif newline == '':
            pass
        elif newline != '\n' and '\n' in s:
            s = s.replace('\n', newline)
        if not s:
            return n
        pos = self._pos
        if pos == self._length:
            self._chunks.append(s)
        else:
            value = self._value()
            if pos > self._length:
                value += '\0' * (pos - self._length)
            value = value[:pos] + s + value[pos + len(s):]
            self._chunks = [value]
        self._pos = pos + len(s)
        if self._pos > self._length:
            self._length = self._pos
        return n

    def read(self, size=-1):
        """Read at most size characters, returned as a string."""
        self._check()
        size = _size(size)
        value = self._value()
        pos = self._pos
        if size < 0:
            end = self._length
        else:
            end = min(pos + size, self._length)
        if pos >= end:
            return ''
        self._pos = end
        return value[pos:end]

    def readline(self, size=-1):
        """Read until newline or EOF."""
        self._check()
        size = _size(size)
        value = self._value()
        pos = self._pos
        if pos >= self._length:
            return ''
        end = _find_line_end(value, pos, self._newline)
        if end == -2:
            end = self._length
        elif end < 0:
            end = self._length
        if size >= 0:
            end = min(end, pos + size)
        self._pos = end
        return value[pos:end]

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        self._check()
        return self

    def tell(self):
        """Tell the current file position."""
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        """Change stream position."""
        self._check()
        pos = _index(pos)
        if whence not in (0, 1, 2):
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        if pos < 0 and whence == 0:
            raise ValueError('Negative seek position %d' % pos)
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._length
        self._pos = pos
        return pos

    def truncate(self, pos=None):
        """Truncate size to pos."""
        self._check()
        if pos is None:
            pos = self._pos
        else:
            pos = _index(pos)
            if pos < 0:
                raise ValueError('Negative size value %d' % pos)
        if pos < self._length:
            value = self._value()[:pos]
            self._chunks = [value] if value else []
            self._length = pos
        return pos

    def readable(self):
        """Returns True if the IO object can be read."""
        self._check()
        return True

    def writable(self):
        """Returns True if the IO object can be written."""
        self._check()
        return True

    def seekable(self):
        """Returns True if the IO object can be seeked."""
        self._check()
        return True

    def close(self):
        """Close the IO object."""
        self._closed = True
        self._chunks = []

    @property
    def closed(self):
        return self._closed

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        if self._newline is None:
            return _newlines_repr(self._seennl)
        return None

    def detach(self):
        raise UnsupportedOperation('detach')

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, self.__dict__.copy())


for _cls in (FileIO, BytesIO, StringIO, BufferedReader, BufferedWriter,
             BufferedRWPair, BufferedRandom, TextIOWrapper, IncrementalNewlineDecoder):
    _cls.__module__ = '_io'
for _cls in (IOBase, RawIOBase, BufferedIOBase, TextIOBase):
    _cls.__module__ = 'io'
del _cls
