"""Codec registry, base classes for codecs and the stream and incremental codec helpers.

Written for Krait: the registry and the codec functions themselves live in the native
_codecs module; this module adds CodecInfo, the incremental and stream base classes,
codecs.open and the get*/iter* conveniences.
"""

import builtins
import sys

from _codecs import *

__all__ = [
    # the registry
    "register", "lookup", "register_error", "lookup_error", "encode", "decode",
    # lookup conveniences
    "getencoder", "getdecoder", "getincrementalencoder", "getincrementaldecoder",
    "getreader", "getwriter", "iterencode", "iterdecode",
    # classes
    "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder", "StreamReader",
    "StreamWriter", "StreamReaderWriter", "StreamRecoder",
    # files
    "open", "EncodedFile",
    # byte order marks
    "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8",
    "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
    # error handlers
    "strict_errors", "ignore_errors", "replace_errors", "xmlcharrefreplace_errors",
    "backslashreplace_errors", "namereplace_errors",
]

# Byte order marks.
BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE, BOM_UTF16_BE = b'\xff\xfe', b'\xfe\xff'
BOM_UTF32_LE, BOM_UTF32_BE = BOM_UTF16_LE + b'\0\0', b'\0\0' + BOM_UTF16_BE
BOM_LE, BOM_BE = BOM_UTF16_LE, BOM_UTF16_BE
_little = sys.byteorder == 'little'
BOM_UTF16 = BOM_UTF16_LE if _little else BOM_UTF16_BE
BOM_UTF32 = BOM_UTF32_LE if _little else BOM_UTF32_BE
del _little
BOM = BOM_UTF16
# Old names.
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    # Codecs that are not text encodings (bytes-to-bytes ones) set this to False, so that
    # str.encode and bytes.decode refuse them.
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        info = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        info.name = name
        info.encode, info.decode = encode, decode
        info.incrementalencoder = incrementalencoder
        info.incrementaldecoder = incrementaldecoder
        info.streamwriter, info.streamreader = streamwriter, streamreader
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        cls = type(self)
        return "<%s.%s object for encoding %s at %#x>" % (
            cls.__module__, cls.__qualname__, self.name, id(self))


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        """Encodes the object input and returns a tuple (output object, length consumed)."""
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        """Decodes the object input and returns a tuple (output object, length consumed)."""
        raise NotImplementedError


class IncrementalEncoder(object):
    """Encodes an input in multiple steps, keeping state between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        """Encodes input and returns the resulting object."""
        raise NotImplementedError

    def reset(self):
        """Resets the encoder to the initial state."""

    def getstate(self):
        """Return the current state of the encoder."""
        return 0

    def setstate(self, state):
        """Set the current state of the encoder."""


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An IncrementalEncoder keeping the input it could not encode yet in a buffer."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        pending = self.buffer + input
        result, used = self._buffer_encode(pending, self.errors, final)
        self.buffer = pending[used:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder(object):
    """Decodes an input in multiple steps, keeping state between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        """Decode input and returns the resulting object."""
        raise NotImplementedError

    def reset(self):
        """Reset the decoder to the initial state."""

    def getstate(self):
        """Return the current state of the decoder: (buffered bytes, flag)."""
        return (b"", 0)

    def setstate(self, state):
        """Set the current state of the decoder."""


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder keeping the bytes that do not form a whole character yet."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        pending = self.buffer + input
        result, used = self._buffer_decode(pending, self.errors, final)
        self.buffer = pending[used:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    """Writes encoded data to a stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        """Writes the object's contents encoded to self.stream."""
        self.stream.write(self.encode(object, self.errors)[0])

    def writelines(self, list):
        """Writes the concatenated list of strings to the stream."""
        self.write(''.join(list))

    def reset(self):
        """Resets the codec buffers used for keeping internal state."""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if offset == 0 and whence == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        """Inherit all other methods from the underlying stream."""
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReader(Codec):
    """Reads and decodes data from a stream."""

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def _more(self, size, firstline=False):
        """Read up to size bytes (all with a negative size) and decode what forms whole
        characters into the character buffer; False when the stream gave nothing."""
        new = self.stream.read() if size < 0 else self.stream.read(size)
        pending = self.bytebuffer + new
        if not pending:
            return False
        try:
            text, used = self.decode(pending, self.errors)
        except UnicodeDecodeError as exc:
            # For readline, the lines before the bad bytes may still be returned.
            if not firstline:
                raise
            text, used = self.decode(pending[:exc.start], self.errors)
            if len(text.splitlines(keepends=True)) <= 1:
                raise
        self.bytebuffer = pending[used:]
        self.charbuffer += text
        return bool(new)

    def read(self, size=-1, chars=-1, firstline=False):
        """Decodes data from the stream and returns the resulting object: chars characters
        if chars is not negative, else what size bytes (all with a negative size) decode to."""
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        want = size if chars < 0 else chars
        while want < 0 or len(self.charbuffer) < want:
            if not self._more(size, firstline):
                break
        if want < 0:
            result, self.charbuffer = self.charbuffer, self._empty_charbuffer
        else:
            result = self.charbuffer[:want]
            self.charbuffer = self.charbuffer[want:]
        return result

    def readline(self, size=None, keepends=True):
        """Read one line from the input stream and return the decoded data. With a size,
        read about that many characters once (more when a line ending is split)."""
        def strip(line):
            return line.splitlines()[0] if line and not keepends else line

        if self.linebuffer:
            # Lines split off by an earlier call.
            line = self.linebuffer.pop(0)
            if len(self.linebuffer) == 1:
                self.charbuffer, self.linebuffer = self.linebuffer[0], None
            return strip(line)
        cr = '\r' if self.charbuffertype is str else b'\r'
        chunk = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(chunk, firstline=True)
            if data.endswith(cr):
                # The '\n' of a '\r\n' may come next.
                data += self.read(size=1, chars=1)
            line += data
            parts = line.splitlines(keepends=True)
            if len(parts) > 1:
                line, rest = parts[0], parts[1:]
                if len(rest) == 1:
                    self.charbuffer = rest[0] + self.charbuffer
                else:
                    rest[-1] += self.charbuffer
                    self.linebuffer, self.charbuffer = rest, None
                return strip(line)
            if parts and parts[0].splitlines()[0] != parts[0]:
                return strip(parts[0])
            if not data or size is not None:
                return strip(line)
            if chunk < 8000:
                chunk *= 2

    def readlines(self, sizehint=None, keepends=True):
        """Read all lines available on the input stream and return them as a list."""
        return self.read().splitlines(keepends)

    def reset(self):
        """Resets the codec buffers used for keeping internal state."""
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamReaderWriter:
    """Wraps a stream for both reading and writing through a codec's reader and writer."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if offset == 0 and whence == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


class StreamRecoder:
    """Translates data between two encodings: the stream holds one, the user sees the other."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode, self.decode = encode, decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.encode(self.reader.read(size), self.errors)[0]

    def readline(self, size=None):
        return self.encode(self.reader.readline(size), self.errors)[0]

    def readlines(self, sizehint=None):
        return self.encode(self.reader.read(), self.errors)[0].splitlines(keepends=True)

    def __next__(self):
        return self.encode(next(self.reader), self.errors)[0]

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(self.decode(data, self.errors)[0])

    def writelines(self, list):
        return self.write(b''.join(list))

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file in binary mode and wrap it in a StreamReaderWriter of the
    encoding; without an encoding, return the file object open() gives."""
    if encoding is not None and 'b' not in mode:
        mode += 'b'
    file = builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """A StreamRecoder: data_encoding outside, file_encoding (default: the same) inside."""
    outer = lookup(data_encoding)
    inner = lookup(data_encoding if file_encoding is None else file_encoding)
    recoder = StreamRecoder(file, outer.encode, outer.decode,
                            inner.streamreader, inner.streamwriter, errors)
    recoder.data_encoding = data_encoding
    recoder.file_encoding = data_encoding if file_encoding is None else file_encoding
    return recoder


def getencoder(encoding):
    """The encoder function of the codec."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """The decoder function of the codec."""
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    """The IncrementalEncoder class of the codec; LookupError if it has none."""
    cls = lookup(encoding).incrementalencoder
    if cls is None:
        raise LookupError(encoding)
    return cls


def getincrementaldecoder(encoding):
    """The IncrementalDecoder class of the codec; LookupError if it has none."""
    cls = lookup(encoding).incrementaldecoder
    if cls is None:
        raise LookupError(encoding)
    return cls


def getreader(encoding):
    """The StreamReader class of the codec."""
    return lookup(encoding).streamreader


def getwriter(encoding):
    """The StreamWriter class of the codec."""
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encode the strs of iterator with an incremental encoder, yielding non-empty bytes."""
    incremental = getincrementalencoder(encoding)(errors, **kwargs)
    for text in iterator:
        out = incremental.encode(text)
        if out:
            yield out
    out = incremental.encode("", True)
    if out:
        yield out


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decode the bytes of iterator with an incremental decoder, yielding non-empty strs."""
    incremental = getincrementaldecoder(encoding)(errors, **kwargs)
    for data in iterator:
        out = incremental.decode(data)
        if out:
            yield out
    out = incremental.decode(b"", True)
    if out:
        yield out


def make_identity_dict(rng):
    """A dict mapping each item of rng to itself."""
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    """Invert a decoding map; targets reached from several keys map to None."""
    inverse = {}
    for key, value in decoding_map.items():
        inverse[value] = None if value in inverse else key
    return inverse


# The built-in error handlers, by the names they are registered under.
for _name in ('strict', 'ignore', 'replace', 'xmlcharrefreplace', 'backslashreplace',
              'namereplace'):
    globals()[_name + '_errors'] = lookup_error(_name)
del _name
