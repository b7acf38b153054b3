"""_iotext: io's text layer (TextIOWrapper, StringIO, IncrementalNewlineDecoder); mirrors the text half of CPython's Modules/_io.

Split from io.py, which re-exports these classes.
"""

from io import (TextIOBase, UnsupportedOperation, SEEK_SET, SEEK_CUR, SEEK_END,
                _index, _size, _LOCALE_ENCODING, _flush_at_exit_later)

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


_BOM_ENCODINGS = frozenset(['utf-16', 'utf-32', 'utf16', 'utf32', 'utf-8-sig'])


def _bomless_encoding(encoding):
    """The codec that decodes the encoding's data after any byte order mark."""
    name = _normalize_encoding(encoding)
    if name == 'utf-8-sig':
        return 'utf-8'
    if name in ('utf-16', 'utf16'):
        return 'utf-16-le'
    if name in ('utf-32', 'utf32'):
        return 'utf-32-le'
    return encoding


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
        self._decode_encoding = _bomless_encoding(self._encoding)
        self._has_bom = _normalize_encoding(self._encoding) in _BOM_ENCODINGS
        self._telling = True
        self._seennl = 0
        self._has_read1 = hasattr(buffer, 'read1')
        # Whether the buffer is readable/writable, asked on first use.
        self._can_read = None
        self._can_write = None
        # Encoded text not yet handed to the buffer, as CPython's pending_bytes.
        self._pending_writes = []
        self._pending_size = 0
        self._reset_decoder(None)
        self._bom_pending = self._needs_bom()
        try:
            if buffer.writable():
                _flush_at_exit_later(self, True)
        except Exception:
            pass

    def _needs_bom(self):
        name = _normalize_encoding(self._encoding)
        if name in _BOM_ENCODINGS:
            try:
                return self._buffer.seekable() and self._buffer.tell() == 0
            except Exception:
                return True
        return False

    def _reset_decoder(self, position):
        # Text already decoded but not yet returned: _decoded[_decoded_pos:].
        self._decoded = ''
        self._decoded_pos = 0
        # The current chunk's text before newline translation and the byte
        # position it starts at (None when the stream cannot tell).
        self._chunk_raw = ''
        self._chunk_start = position
        # Bytes of an unfinished character, and the byte position of the
        # first byte that no chunk has covered yet.
        self._pending = b''
        self._next_start = position
        # In universal newlines mode a \r ending a chunk is held back until
        # the next chunk shows whether a \n follows, as CPython's
        # IncrementalNewlineDecoder does.
        self._pending_cr = False
        self._eof = False
        self._decoding_started = False
        self._decode_encoding = _bomless_encoding(self._encoding)
        self._has_bom = _normalize_encoding(self._encoding) in _BOM_ENCODINGS

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
        self._decode_encoding = _bomless_encoding(self._encoding)
        self._has_bom = _normalize_encoding(self._encoding) in _BOM_ENCODINGS

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
        buffer = self._buffer
        if buffer is None or buffer.closed:
            self._checkClosed()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        if self._can_write is None:
            self._can_write = buffer.writable()
        if not self._can_write:
            raise UnsupportedOperation('not writable')
        length = len(s)
        haslf = (self._writetranslate or self._line_buffering) and '\n' in s
        if haslf and self._writetranslate and self._writenl != '\n':
            s = s.replace('\n', self._writenl)
        b = s.encode(self._encoding, self._errors)
        if self._bom_pending:
            self._bom_pending = False
        elif self._has_bom:
            b = self._strip_bom(b)
        if self._decoded or self._pending:
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
        if self._next_start is None and not self._decoding_started:
            try:
                self._next_start = self._buffer.tell()
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
        body = data[:cut]
        start = self._next_start
        if start is not None:
            self._next_start = start + cut
        if not self._decoding_started and body and (start == 0 or start is None):
            bom = self._detect_bom(body)
            if bom:
                body = body[bom:]
                if start is not None:
                    start += bom
        raw_text = body.decode(self._decode_encoding, self._errors) if body or final else ''
        if raw_text:
            self._decoding_started = True
        if self._pending_cr:
            raw_text = '\r' + raw_text
            if start is not None:
                start -= self._cr_bytes()
            self._pending_cr = False
        if self._readuniversal and not final and raw_text.endswith('\r'):
            raw_text = raw_text[:-1]
            self._pending_cr = True
        self._chunk_start = start
        self._chunk_raw = raw_text
        text = raw_text
        if self._readuniversal and ('\r' in text or '\n' in text):
            self._seennl |= _scan_newlines(text)
        if self._readtranslate and '\r' in text:
            text = text.replace('\r\n', '\n').replace('\r', '\n')
        self._decoded = text
        self._decoded_pos = 0
        return True

    def _cr_bytes(self):
        return len('\r'.encode(self._decode_encoding))

    def _detect_bom(self, body):
        """Length of the byte order mark at the start of the file, choosing the
        byte order to decode with; 0 when there is none."""
        name = _normalize_encoding(self._encoding)
        if name == 'utf-8-sig':
            return 3 if body.startswith(b'\xef\xbb\xbf') else 0
        if name in ('utf-16', 'utf16'):
            if body.startswith(b'\xfe\xff'):
                self._decode_encoding = 'utf-16-be'
                return 2
            return 2 if body.startswith(b'\xff\xfe') else 0
        if name in ('utf-32', 'utf32'):
            if body.startswith(b'\x00\x00\xfe\xff'):
                self._decode_encoding = 'utf-32-be'
                return 4
            return 4 if body.startswith(b'\xff\xfe\x00\x00') else 0
        return 0

    def _take_decoded(self):
        text = self._decoded[self._decoded_pos:]
        self._decoded = ''
        self._decoded_pos = 0
        return text

    def read(self, size=None):
        self._check_readable()
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

    def _check_readable(self):
        buffer = self._buffer
        if buffer is None or buffer.closed:
            self._checkClosed()
        if self._can_read is None:
            self._can_read = buffer.readable()
        if not self._can_read:
            raise UnsupportedOperation('not readable')

    def readline(self, size=None):
        self._check_readable()
        size = -1 if size is None else _size(size)
        if self._pending_writes:
            self._write_pending()
        newline = self._readnl
        line = ''
        while True:
            text = self._decoded
            pos = self._decoded_pos
            end = _find_line_end(text, pos, newline)
            if end == -2:
                # A \r ending the text is held back unless the file ends there.
                end = len(text)
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
            if newline == '\r\n' and line.endswith('\r') and self._decoded.startswith('\n') \
                    and (size < 0 or len(line) < size):
                # The \r\n ending was split between two chunks.
                line += '\n'
                self._decoded_pos = 1
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
        if self._chunk_start is None:
            return position
        return self._chunk_start + self._consumed_bytes()

    def _consumed_bytes(self):
        """Bytes of the current chunk that the characters read so far came from."""
        raw = self._chunk_raw
        target = self._decoded_pos
        i = 0
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
        return len(raw[:i].encode(self._decode_encoding, self._errors))

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
            if '\r' in s or '\n' in s:
                self._seennl |= _scan_newlines(s)
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
        if not self._newline:
            return _newlines_repr(self._seennl)
        return None

    def detach(self):
        raise UnsupportedOperation('detach')

    def __getstate__(self):
        return (self.getvalue(), self._newline, self._pos, self.__dict__.copy())



for _cls in (StringIO, TextIOWrapper, IncrementalNewlineDecoder):
    _cls.__module__ = '_io'
del _cls
