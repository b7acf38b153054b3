"""ZIP archives: reading and writing stored and deflated members, ZIP64 records, appending,
member streams, zipfile.Path and the `python -m zipfile` command line.

Written for Krait from the PKWARE APPNOTE and the zipfile documentation. Encrypted members
and the bzip2/lzma methods are refused with the errors CPython gives when they are missing."""

import io
import os
import stat
import struct
import sys
import time
import posixpath

try:
    import zlib
    crc32 = zlib.crc32
except ImportError:
    zlib = None
    crc32 = None

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2",
           "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile", "PyZipFile", "LargeZipFile",
           "Path"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a member or archive would need ZIP64 records that are disabled."""


error = BadZipfile = BadZipFile

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

compressor_names = {
    0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce',
    6: 'implode', 7: 'tokenize', 8: 'deflate', 9: 'deflate64', 10: 'implode',
    12: 'bzip2', 14: 'lzma', 18: 'terse', 19: 'lz77', 97: 'wavpack', 98: 'ppmd',
}

# The fixed-size records of the format (APPNOTE 4.3), each with its signature.
_LOCAL = struct.Struct("<4s2B4HL2L2H")
_CENTRAL = struct.Struct("<4s4B4HL2L5H2L")
_END = struct.Struct("<4s4H2LH")
_END64 = struct.Struct("<4sQ2H2L4Q")
_LOCATOR64 = struct.Struct("<4sLQL")
_SIG_LOCAL = b"PK\x03\x04"
_SIG_CENTRAL = b"PK\x01\x02"
_SIG_END = b"PK\x05\x06"
_SIG_END64 = b"PK\x06\x06"
_SIG_LOCATOR64 = b"PK\x06\x07"
_SIG_DESCRIPTOR = 0x08074b50

# Names CPython's module also exports for these records.
stringFileHeader, structFileHeader, sizeFileHeader = _SIG_LOCAL, _LOCAL.format, _LOCAL.size
stringCentralDir, structCentralDir, sizeCentralDir = _SIG_CENTRAL, _CENTRAL.format, _CENTRAL.size
stringEndArchive, structEndArchive, sizeEndCentDir = _SIG_END, _END.format, _END.size
stringEndArchive64, structEndArchive64 = _SIG_END64, _END64.format
sizeEndCentDir64 = _END64.size
stringEndArchive64Locator, structEndArchive64Locator = _SIG_LOCATOR64, _LOCATOR64.format
sizeEndCentDir64Locator = _LOCATOR64.size

# General purpose flag bits (APPNOTE 4.4.4).
_FLAG_ENCRYPTED = 0x1
_FLAG_LZMA_EOS = 0x2
_FLAG_DESCRIPTOR = 0x8
_FLAG_PATCHED = 0x20
_FLAG_STRONG = 0x40
_FLAG_UTF8 = 0x800

_NO_32 = 0xFFFFFFFF

_CP437_HIGH = (
    '\xc7\xfc\xe9\xe2\xe4\xe0\xe5\xe7\xea\xeb\xe8\xef\xee\xec\xc4\xc5\xc9\xe6\xc6\xf4\xf6'
    '\xf2\xfb\xf9\xff\xd6\xdc\xa2\xa3\xa5\u20a7\u0192\xe1\xed\xf3\xfa\xf1\xd1\xaa\xba\xbf'
    '\u2310\xac\xbd\xbc\xa1\xab\xbb\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555'
    '\u2563\u2551\u2557\u255d\u255c\u255b\u2510\u2514\u2534\u252c\u251c\u2500\u253c\u255e'
    '\u255f\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567\u2568\u2564\u2565\u2559\u2558'
    '\u2552\u2553\u256b\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580\u03b1\xdf\u0393'
    '\u03c0\u03a3\u03c3\xb5\u03c4\u03a6\u0398\u03a9\u03b4\u221e\u03c6\u03b5\u2229\u2261'
    '\xb1\u2265\u2264\u2320\u2321\xf7\u2248\xb0\u2219\xb7\u221a\u207f\xb2\u25a0\xa0')


def _name_from_bytes(raw, flags, encoding):
    """A member name: UTF-8 when flagged, else the given encoding or IBM code page 437."""
    if flags & _FLAG_UTF8:
        return raw.decode("utf-8")
    if encoding:
        return raw.decode(encoding)
    return "".join(chr(b) if b < 128 else _CP437_HIGH[b - 128] for b in raw)


def _dos_stamp(date_time):
    year, month, day, hour, minute, second = date_time[:6]
    return ((year - 1980) << 9 | month << 5 | day,
            hour << 11 | minute << 5 | second // 2)


def _without_fields(extra, drop):
    """`extra` with the fields whose header id is in `drop` removed."""
    kept = []
    pos = 0
    while pos + 4 <= len(extra):
        field_id, size = struct.unpack_from("<HH", extra, pos)
        end = pos + 4 + size
        if field_id not in drop:
            kept.append(extra[pos:end])
        pos = end
    kept.append(extra[pos:])
    return b"".join(kept)


# --- locating the central directory -------------------------------------------------------

def _find_end_record(fp):
    """The end-of-central-directory facts of the archive in `fp` as a dict, or None when there
    is no end record. ZIP64 values replace the 16/32-bit ones when a locator is present."""
    fp.seek(0, 2)
    size = fp.tell()
    if size < _END.size:
        return None
    # Most archives have no comment: try the last 22 bytes before scanning.
    fp.seek(size - _END.size)
    tail = fp.read()
    where = 0 if tail[:4] == _SIG_END and tail[-2:] == b"\0\0" else -1
    base = size - _END.size
    if where < 0:
        base = max(size - ZIP_MAX_COMMENT - _END.size, 0)
        fp.seek(base)
        tail = fp.read()
        where = tail.rfind(_SIG_END)
        if where < 0 or len(tail) - where < _END.size:
            return None
    fields = _END.unpack_from(tail, where)
    comment_start = where + _END.size
    rec = {
        "entries": fields[4], "cd_size": fields[5], "cd_offset": fields[6],
        "comment": tail[comment_start:comment_start + fields[7]],
        "at": base + where, "zip64": False,
    }
    _apply_zip64(fp, rec)
    return rec


def _apply_zip64(fp, rec):
    """Read the ZIP64 locator just before the end record and the record it points at."""
    at = rec["at"] - _LOCATOR64.size
    if at < 0:
        return
    fp.seek(at)
    raw = fp.read(_LOCATOR64.size)
    if len(raw) != _LOCATOR64.size:
        return
    sig, disk, _, disks = _LOCATOR64.unpack(raw)
    if sig != _SIG_LOCATOR64:
        return
    if disk != 0 or disks > 1:
        raise BadZipFile("zipfiles that span multiple disks are not supported")
    at -= _END64.size
    if at < 0:
        return
    fp.seek(at)
    raw = fp.read(_END64.size)
    if len(raw) != _END64.size:
        return
    fields = _END64.unpack(raw)
    if fields[0] != _SIG_END64:
        return
    rec.update(entries=fields[7], cd_size=fields[8], cd_offset=fields[9], zip64=True)


def _check_zipfile(fp):
    try:
        return _find_end_record(fp) is not None
    except OSError:
        return False


def is_zipfile(filename):
    """Whether `filename` (a path or a readable binary file) holds a ZIP end record."""
    try:
        if hasattr(filename, "read"):
            return _check_zipfile(filename)
        with open(filename, "rb") as fp:
            return _check_zipfile(fp)
    except OSError:
        return False


# --- members ------------------------------------------------------------------------------

class ZipInfo(object):
    """What the archive records about one member."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', '_compresslevel',
                 'comment', 'extra', 'create_system', 'create_version', 'extract_version',
                 'reserved', 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size', '_raw_time')

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        cut = filename.find("\0")
        if cut >= 0:
            filename = filename[:cut]
        if os.sep != "/":
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.date_time = date_time
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == "win32" else 3
        self.create_version = self.extract_version = DEFAULT_VERSION
        self.reserved = self.flag_bits = self.volume = 0
        self.internal_attr = self.external_attr = 0
        self.compress_size = self.file_size = 0

    def __repr__(self):
        out = ["<%s filename=%r" % (type(self).__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            out.append(" compress_type=%s" % compressor_names.get(self.compress_type,
                                                                   self.compress_type))
        mode, dos = self.external_attr >> 16, self.external_attr & 0xFFFF
        if mode:
            out.append(" filemode=%r" % stat.filemode(mode))
        if dos:
            out.append(" external_attr=%#x" % dos)
        folder = self.is_dir()
        if not folder or self.file_size:
            out.append(" file_size=%r" % self.file_size)
        sizes_differ = self.compress_type != ZIP_STORED or self.file_size != self.compress_size
        if (not folder or self.compress_size) and sizes_differ:
            out.append(" compress_size=%r" % self.compress_size)
        return "".join(out) + ">"

    def _name_and_flags(self):
        try:
            return self.filename.encode("ascii"), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode("utf-8"), self.flag_bits | _FLAG_UTF8

    def _versions(self, zip64):
        need = ZIP64_VERSION if zip64 else 0
        if self.compress_type == ZIP_BZIP2:
            need = max(need, BZIP2_VERSION)
        elif self.compress_type == ZIP_LZMA:
            need = max(need, LZMA_VERSION)
        return max(need, self.extract_version), max(need, self.create_version)

    def FileHeader(self, zip64=None):
        """The local file header that precedes this member's data."""
        if self.flag_bits & _FLAG_DESCRIPTOR:
            crc = csize = usize = 0
        else:
            crc, csize, usize = self.CRC, self.compress_size, self.file_size
        too_big = usize > ZIP64_LIMIT or csize > ZIP64_LIMIT
        if zip64 is None:
            zip64 = too_big
        extra = self.extra
        if zip64:
            # The field is present whenever ZIP64 was asked for; the 32-bit sizes only give
            # way to it (and the version rises) once they overflow.
            extra += struct.pack("<HHQQ", 1, 16, usize, csize)
        if too_big:
            if not zip64:
                raise LargeZipFile("Filesize would require ZIP64 extensions")
            csize = usize = _NO_32
        self.extract_version, self.create_version = self._versions(too_big)
        name, flags = self._name_and_flags()
        date, clock = _dos_stamp(self.date_time)
        head = _LOCAL.pack(_SIG_LOCAL, self.extract_version, self.reserved, flags,
                           self.compress_type, clock, date, crc, csize, usize,
                           len(name), len(extra))
        return head + name + extra

    def _decodeExtra(self):
        """Take 64-bit sizes and offset from a ZIP64 extra field (APPNOTE 4.5.3)."""
        extra = self.extra
        pos = 0
        while len(extra) - pos >= 4:
            field_id, size = struct.unpack_from("<HH", extra, pos)
            if pos + 4 + size > len(extra):
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (field_id, size))
            if field_id == 1:
                values = extra[pos + 4:pos + 4 + size]
                for attr, label in (("file_size", "File size"),
                                    ("compress_size", "Compress size"),
                                    ("header_offset", "Header offset")):
                    if getattr(self, attr) != _NO_32:
                        continue
                    if len(values) < 8:
                        raise BadZipFile("Corrupt zip64 extra field. %s not found." % label)
                    setattr(self, attr, struct.unpack_from("<Q", values)[0])
                    values = values[8:]
            pos += 4 + size

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for the file or directory at `filename`, named `arcname` in the archive."""
        if isinstance(filename, os.PathLike):
            filename = os.fspath(filename)
        st = os.stat(filename)
        folder = stat.S_ISDIR(st.st_mode)
        stamp = time.localtime(st.st_mtime)[:6]
        if not strict_timestamps:
            if stamp[0] < 1980:
                stamp = (1980, 1, 1, 0, 0, 0)
            elif stamp[0] > 2107:
                stamp = (2107, 12, 31, 23, 59, 59)
        name = filename if arcname is None else arcname
        name = os.path.normpath(os.path.splitdrive(name)[1])
        while name[:1] in (os.sep, os.altsep) and name:
            name = name[1:]
        if folder:
            name += "/"
        info = cls(name, stamp)
        info.external_attr = (st.st_mode & 0xFFFF) << 16
        if folder:
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            info.file_size = st.st_size
        return info

    def is_dir(self):
        return self.filename.endswith("/")


def _check_compression(method):
    if method == ZIP_STORED:
        return
    if method == ZIP_DEFLATED:
        if zlib is None:
            raise RuntimeError("Compression requires the (missing) zlib module")
    elif method == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    elif method == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    else:
        raise NotImplementedError("That compression method is not supported")


def _new_compressor(method, level):
    if method == ZIP_DEFLATED:
        if level is None:
            level = zlib.Z_DEFAULT_COMPRESSION
        return zlib.compressobj(level, zlib.DEFLATED, -15)
    return None


def _new_decompressor(method):
    _check_compression(method)
    if method == ZIP_DEFLATED:
        return zlib.decompressobj(-15)
    return None


# --- member streams -----------------------------------------------------------------------

class _Window:
    """A read position of its own in the archive's file, which several streams can share."""

    def __init__(self, owner, pos):
        self._owner = owner
        self._pos = pos
        self._fp = owner.fp

    def seekable(self):
        probe = getattr(self._fp, "seekable", None)
        return bool(probe and probe())

    def read(self, n=-1):
        if self._owner._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before trying to read.")
        self._fp.seek(self._pos)
        data = self._fp.read(n)
        self._pos = self._fp.tell()
        return data

    def tell(self):
        return self._pos

    def seek(self, pos):
        self._pos = pos

    def close(self):
        if self._fp is not None:
            fp, self._fp = self._fp, None
            self._owner._fpclose(fp)


class ZipExtFile(io.BufferedIOBase):
    """A readable, seekable stream over one member's uncompressed bytes."""

    _CHUNK = 1 << 16

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._source = fileobj
        self._close_source = close_fileobj
        self._info = zipinfo
        self._method = zipinfo.compress_type
        self._data_start = fileobj.tell()
        self.mode = mode
        self.name = zipinfo.filename
        self.newlines = None
        self._expected_crc = getattr(zipinfo, "CRC", None)
        try:
            self._seekable = bool(fileobj.seekable())
        except AttributeError:
            self._seekable = False
        self._restart()

    def _restart(self):
        self._unzip = _new_decompressor(self._method)
        self._left = self._info.compress_size
        self._buf = b""
        self._offset = 0
        self._crc = 0
        self._pos = 0
        self._done = False

    def __repr__(self):
        kind = type(self)
        text = "<%s.%s" % (kind.__module__, kind.__qualname__)
        if self.closed:
            return text + " [closed]>"
        text += " name=%r mode=%r" % (self.name, self.mode)
        if self._method != ZIP_STORED:
            text += " compress_type=%s" % compressor_names.get(self._method, self._method)
        return text + ">"

    def _pending(self):
        return len(self._buf) - self._offset

    def _fill(self):
        """Decode more of the member into the buffer; False at its end."""
        while not self._done:
            raw = b""
            if self._left > 0:
                raw = self._source.read(min(self._left, self._CHUNK))
                if not raw:
                    raise EOFError
                self._left -= len(raw)
            if self._unzip is None:
                out = raw
                self._done = self._left <= 0
            else:
                out = self._unzip.decompress(raw)
                self._done = self._unzip.eof or (self._left <= 0 and not raw)
                if self._left <= 0 and not self._done and not out:
                    out = self._unzip.flush()
                    self._done = True
            self._check(out)
            if out:
                self._buf = self._buf[self._offset:] + out
                self._offset = 0
                return True
        return False

    def _check(self, piece):
        if self._expected_crc is None:
            return
        self._crc = crc32(piece, self._crc)
        if self._done and self._crc != self._expected_crc:
            raise BadZipFile("Bad CRC-32 for file %r" % self.name)

    def _take(self, n):
        piece = self._buf[self._offset:self._offset + n]
        self._offset += len(piece)
        self._pos += len(piece)
        return piece

    def readable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return True

    def read(self, n=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            while self._fill():
                pass
            return self._take(self._pending())
        while self._pending() < n and self._fill():
            pass
        return self._take(n)

    def read1(self, n=-1):
        if self.closed:
            raise ValueError("read from closed file.")
        if n is None or n < 0:
            return self.read()
        if not self._pending():
            self._fill()
        return self._take(n)

    def peek(self, n=1):
        if not self._pending():
            self._fill()
        return self._buf[self._offset:self._offset + max(n, 512)]

    def readline(self, limit=-1):
        if self.closed:
            raise ValueError("readline of closed file")
        while True:
            end = self._buf.find(b"\n", self._offset)
            have = self._pending() if end < 0 else end + 1 - self._offset
            if limit is not None and 0 <= limit <= have:
                return self._take(limit)
            if end >= 0 or not self._fill():
                return self._take(have)

    def seekable(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self._seekable

    def tell(self):
        if self.closed:
            raise ValueError("tell on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        return self._pos

    def seek(self, offset, whence=os.SEEK_SET):
        if self.closed:
            raise ValueError("seek on closed file.")
        if not self._seekable:
            raise io.UnsupportedOperation("underlying stream is not seekable")
        if whence == os.SEEK_SET:
            target = offset
        elif whence == os.SEEK_CUR:
            target = self._pos + offset
        elif whence == os.SEEK_END:
            target = self._info.file_size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), os.SEEK_CUR (1), or "
                             "os.SEEK_END (2)")
        target = max(0, min(target, self._info.file_size))
        if target < self._pos:
            self._source.seek(self._data_start)
            self._restart()
        while self._pos < target:
            if not self._pending() and not self._fill():
                break
            self._take(target - self._pos)
        return self._pos

    def close(self):
        try:
            if self._close_source:
                self._source.close()
        finally:
            super().close()


class _ZipWriteFile(io.BufferedIOBase):
    """The stream `ZipFile.open(name, 'w')` returns; closing it finishes the member."""

    def __init__(self, zf, zinfo, zip64):
        self._archive = zf
        self._info = zinfo
        self._zip64 = zip64
        self._packer = _new_compressor(zinfo.compress_type, zinfo._compresslevel)
        self._count = 0
        self._written = 0
        self._crc = 0

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if isinstance(data, (bytes, bytearray)):
            size = len(data)
        else:
            data = memoryview(data)
            size = data.nbytes
        self._count += size
        self._crc = crc32(data, self._crc)
        if self._packer is not None:
            data = self._packer.compress(data)
        self._written += len(data)
        self._archive.fp.write(data)
        return size

    def close(self):
        if self.closed:
            return
        zf = self._archive
        try:
            super().close()
            if self._packer is not None:
                rest = self._packer.flush()
                self._written += len(rest)
                zf.fp.write(rest)
            info = self._info
            info.compress_size = self._written
            info.CRC = self._crc
            info.file_size = self._count
            if not self._zip64:
                if self._count > ZIP64_LIMIT:
                    raise RuntimeError("File size too large, try using force_zip64")
                if self._written > ZIP64_LIMIT:
                    raise RuntimeError("Compressed size too large, try using force_zip64")
            if info.flag_bits & _FLAG_DESCRIPTOR:
                layout = "<LLQQ" if self._zip64 else "<LLLL"
                zf.fp.write(struct.pack(layout, _SIG_DESCRIPTOR, info.CRC,
                                        info.compress_size, info.file_size))
                zf.start_dir = zf.fp.tell()
            else:
                zf.start_dir = zf.fp.tell()
                zf.fp.seek(info.header_offset)
                zf.fp.write(info.FileHeader(self._zip64))
                zf.fp.seek(zf.start_dir)
            zf.filelist.append(info)
            zf.NameToInfo[info.filename] = info
        finally:
            zf._writing = False


class _CountingWriter:
    """Wraps a write-only stream that cannot tell() and counts what goes through it."""

    def __init__(self, fp):
        self.fp = fp
        self._count = 0

    def write(self, data):
        n = self.fp.write(data)
        self._count += len(data)
        return n

    def tell(self):
        return self._count

    def flush(self):
        self.fp.flush()

    def close(self):
        self.fp.close()


# --- the archive --------------------------------------------------------------------------

_OPEN_MODES = {"r": "rb", "w": "w+b", "x": "x+b", "a": "r+b"}
# When the read-write mode fails (write-only files, pipes), try a narrower one.
_NARROWER = {"r+b": "w+b", "w+b": "wb", "x+b": "xb"}

_WRITING_OPEN = ("Can't write to the ZIP file while there is another write handle open on "
                 "it. Close the first handle before opening another.")


class ZipFile:
    """A ZIP archive opened for reading ('r'), writing ('w', 'x') or appending ('a')."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in _OPEN_MODES:
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b""
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        if metadata_encoding and mode != "r":
            raise ValueError("metadata_encoding is only supported for reading files")
        if isinstance(file, os.PathLike):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = 0
            self.filename = file
            self.fp = self._open_path(file, _OPEN_MODES[mode])
        else:
            self._filePassed = 1
            self.fp = file
            self.filename = getattr(file, "name", None)
        self._fileRefCnt = 1
        self._seekable = True
        self._writing = False
        try:
            self._start()
        except BaseException:
            fp, self.fp = self.fp, None
            self._fpclose(fp)
            raise

    @staticmethod
    def _open_path(path, how):
        while True:
            try:
                return io.open(path, how)
            except OSError:
                if how not in _NARROWER:
                    raise
                how = _NARROWER[how]

    def _start(self):
        if self.mode == "r":
            self._load_directory()
        elif self.mode in ("w", "x"):
            self._didModify = True
            try:
                self.start_dir = self.fp.tell()
            except (AttributeError, OSError):
                self.fp = _CountingWriter(self.fp)
                self.start_dir = 0
                self._seekable = False
            else:
                try:
                    self.fp.seek(self.start_dir)
                except (AttributeError, OSError):
                    self._seekable = False
        else:
            try:
                self._load_directory()
                self.fp.seek(self.start_dir)
            except BadZipFile:
                # Not an archive yet: the new one goes after what is there.
                self.fp.seek(0, 2)
                self._didModify = True
                self.start_dir = self.fp.tell()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __repr__(self):
        kind = type(self)
        text = "<%s.%s" % (kind.__module__, kind.__qualname__)
        if self.fp is None:
            return text + " [closed]>"
        if self._filePassed:
            text += " file=%r" % self.fp
        elif self.filename is not None:
            text += " filename=%r" % self.filename
        return text + " mode=%r>" % self.mode

    def _load_directory(self):
        """Read the central directory into filelist and NameToInfo."""
        fp = self.fp
        try:
            end = _find_end_record(fp)
        except OSError:
            raise BadZipFile("File is not a zip file")
        if end is None:
            raise BadZipFile("File is not a zip file")
        self._comment = end["comment"]
        # Bytes in front of the archive (a self-extractor stub) shift every offset.
        shift = end["at"] - end["cd_size"] - end["cd_offset"]
        if end["zip64"]:
            shift -= _END64.size + _LOCATOR64.size
        self.start_dir = end["cd_offset"] + shift
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir)
        table = fp.read(end["cd_size"])
        pos = 0
        while pos < end["cd_size"]:
            if len(table) - pos < _CENTRAL.size:
                raise BadZipFile("Truncated central directory")
            rec = _CENTRAL.unpack_from(table, pos)
            if rec[0] != _SIG_CENTRAL:
                raise BadZipFile("Bad magic number for central directory")
            pos += _CENTRAL.size
            name_len, extra_len, comment_len = rec[12:15]
            raw_name = table[pos:pos + name_len]
            pos += name_len
            info = ZipInfo(_name_from_bytes(raw_name, rec[5], self.metadata_encoding))
            info.extra = table[pos:pos + extra_len]
            pos += extra_len
            info.comment = table[pos:pos + comment_len]
            pos += comment_len
            (info.create_version, info.create_system, info.extract_version, info.reserved,
             info.flag_bits, info.compress_type, clock, date, info.CRC, info.compress_size,
             info.file_size) = rec[1:12]
            if info.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" % (info.extract_version / 10))
            info.volume, info.internal_attr, info.external_attr, info.header_offset = rec[15:]
            info._raw_time = clock
            info.date_time = ((date >> 9) + 1980, (date >> 5) & 0xF, date & 0x1F,
                              clock >> 11, (clock >> 5) & 0x3F, (clock & 0x1F) * 2)
            info._decodeExtra()
            info.header_offset += shift
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info

    def namelist(self):
        return [info.filename for info in self.filelist]

    def infolist(self):
        return self.filelist

    def printdir(self, file=None):
        """Print a table of the members: name, modification time and size."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for info in self.filelist:
            stamp = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
            print("%-46s %s %12d" % (info.filename, stamp, info.file_size), file=file)

    def testzip(self):
        """Read every member; return the name of the first with a bad CRC or header."""
        for info in self.filelist:
            try:
                with self.open(info.filename, "r") as member:
                    while member.read(1 << 20):
                        pass
            except BadZipFile:
                return info.filename
        return None

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % name)
        return info

    def setpassword(self, pwd):
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        """The archive comment (bytes)."""
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn('Archive comment is too long; truncating to %d bytes'
                          % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    def read(self, name, pwd=None):
        """The uncompressed bytes of member `name` (a name or a ZipInfo)."""
        with self.open(name, "r", pwd) as member:
            return member.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A stream over member `name`: its bytes for mode 'r', a new member for 'w'."""
        if mode not in ("r", "w"):
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            info = name
        elif mode == "w":
            info = ZipInfo(name)
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
        else:
            info = self.getinfo(name)
        if mode == "w":
            return self._open_to_write(info, force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before trying to read.")
        self._fileRefCnt += 1
        window = _Window(self, info.header_offset)
        try:
            self._skip_local_header(window, info)
            return ZipExtFile(window, mode, info, self._password_for(info, pwd), True)
        except BaseException:
            window.close()
            raise

    def _skip_local_header(self, window, info):
        raw = window.read(_LOCAL.size)
        if len(raw) != _LOCAL.size:
            raise BadZipFile("Truncated file header")
        head = _LOCAL.unpack(raw)
        if head[0] != _SIG_LOCAL:
            raise BadZipFile("Bad magic number for file header")
        raw_name = window.read(head[10])
        if head[11]:
            window.read(head[11])
        if info.flag_bits & _FLAG_PATCHED:
            raise NotImplementedError("compressed patched data (flag bit 5)")
        if info.flag_bits & _FLAG_STRONG:
            raise NotImplementedError("strong encryption (flag bit 6)")
        if _name_from_bytes(raw_name, head[3], self.metadata_encoding) != info.orig_filename:
            raise BadZipFile('File name in directory %r and header %r differ.'
                             % (info.orig_filename, raw_name))

    def _password_for(self, info, pwd):
        if not info.flag_bits & _FLAG_ENCRYPTED:
            return None
        pwd = pwd or self.pwd
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        if not pwd:
            raise RuntimeError("File %r is encrypted, password required for extraction"
                               % info.filename)
        raise NotImplementedError("That compression method is not supported")

    def _open_to_write(self, info, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when opening "
                             "the ZIP file.")
        if self._writing:
            raise ValueError(_WRITING_OPEN)
        info.compress_size = 0
        info.CRC = 0
        info.flag_bits = 0
        if info.compress_type == ZIP_LZMA:
            info.flag_bits |= _FLAG_LZMA_EOS
        if not self._seekable:
            info.flag_bits |= _FLAG_DESCRIPTOR
        if not info.external_attr:
            info.external_attr = 0o600 << 16
        # A member whose final size is unknown gets ZIP64 fields when it might come near the
        # limit once written (sizes are filled in on close).
        zip64 = self._allowZip64 and (force_zip64 or info.file_size * 1.05 > ZIP64_LIMIT)
        self._place_member(info)
        self.fp.write(info.FileHeader(zip64))
        self._writing = True
        return _ZipWriteFile(self, info, zip64)

    def _place_member(self, info):
        """Position for a new member at the end of the data and check it may be written."""
        if self._seekable:
            self.fp.seek(self.start_dir)
        info.header_offset = self.fp.tell()
        self._writecheck(info)
        self._didModify = True

    def extract(self, member, path=None, pwd=None):
        """Extract one member under `path` (default: the current directory); return its path."""
        base = os.getcwd() if path is None else os.fspath(path)
        return self._extract_member(member, base, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Extract `members` (default: all) under `path` (default: the current directory)."""
        base = os.getcwd() if path is None else os.fspath(path)
        for member in self.namelist() if members is None else members:
            self._extract_member(member, base, pwd)

    def _extract_member(self, member, base, pwd):
        info = member if isinstance(member, ZipInfo) else self.getinfo(member)
        # Absolute names, drive letters, '.' and '..' must not escape `base`.
        parts = []
        name = info.filename.replace("/", os.sep)
        if os.altsep:
            name = name.replace(os.altsep, os.sep)
        for part in os.path.splitdrive(name)[1].split(os.sep):
            if part not in ("", os.curdir, os.pardir):
                parts.append(part)
        target = os.path.normpath(os.path.join(base, os.sep.join(parts)))
        parent = os.path.dirname(target)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if info.is_dir():
            if not os.path.isdir(target):
                os.mkdir(target)
            return target
        import shutil
        with self.open(info, pwd=pwd) as src, open(target, "wb") as dst:
            shutil.copyfileobj(src, dst)
        return target

    def _writecheck(self, info):
        if info.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % info.filename, stacklevel=3)
        if self.mode not in ("w", "x", "a"):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(info.compress_type)
        if self._allowZip64:
            return
        if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
            what = "Files count"
        elif info.file_size > ZIP64_LIMIT:
            what = "Filesize"
        elif info.header_offset > ZIP64_LIMIT:
            what = "Zipfile size"
        else:
            return
        raise LargeZipFile(what + " would require ZIP64 extensions")

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Add the file or directory at `filename` as member `arcname`."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        info = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if info.is_dir():
            info.compress_size = 0
            info.CRC = 0
            self.mkdir(info)
            return
        info.compress_type = self.compression if compress_type is None else compress_type
        info._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        import shutil
        with open(filename, "rb") as src, self.open(info, "w") as dst:
            shutil.copyfileobj(src, dst, 1024 * 8)

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Add a member holding `data` (str is stored as UTF-8)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
        else:
            info = ZipInfo(zinfo_or_arcname, time.localtime(time.time())[:6])
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
            if info.is_dir():
                info.external_attr = (0o40775 << 16) | 0x10
            else:
                info.external_attr = 0o600 << 16
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            info.compress_type = compress_type
        if compresslevel is not None:
            info._compresslevel = compresslevel
        info.file_size = len(data)
        with self.open(info, mode="w") as dst:
            dst.write(data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Add a directory member."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            info = zinfo_or_directory_name
            if not info.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith("/"):
                name += "/"
            info = ZipInfo(name, time.localtime(time.time())[:6])
            info.compress_size = info.CRC = info.file_size = 0
            info.external_attr = (((0o40000 | mode) & 0xFFFF) << 16) | 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        if info.compress_type == ZIP_LZMA:
            info.flag_bits |= _FLAG_LZMA_EOS
        self._place_member(info)
        self.filelist.append(info)
        self.NameToInfo[info.filename] = info
        self.fp.write(info.FileHeader(False))
        self.start_dir = self.fp.tell()

    def __del__(self):
        self.close()

    def close(self):
        """Write the central directory if the archive changed, and release the file."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle "
                             "on it. Close the writing handle before closing the zip.")
        try:
            if self.mode in ("w", "x", "a") and self._didModify:
                if self._seekable:
                    self.fp.seek(self.start_dir)
                self._write_end_record()
        finally:
            fp, self.fp = self.fp, None
            self._fpclose(fp)

    def _central_record(self, info):
        big = []
        usize, csize, offset = info.file_size, info.compress_size, info.header_offset
        if usize > ZIP64_LIMIT or csize > ZIP64_LIMIT:
            big += [usize, csize]
            usize = csize = _NO_32
        if offset > ZIP64_LIMIT:
            big.append(offset)
            offset = _NO_32
        extra = info.extra
        if big:
            extra = (struct.pack("<HH%dQ" % len(big), 1, 8 * len(big), *big)
                     + _without_fields(extra, (1,)))
        extract_version, create_version = info._versions(bool(big))
        name, flags = info._name_and_flags()
        date, clock = _dos_stamp(info.date_time)
        head = _CENTRAL.pack(_SIG_CENTRAL, create_version, info.create_system,
                             extract_version, info.reserved, flags, info.compress_type,
                             clock, date, info.CRC, csize, usize, len(name), len(extra),
                             len(info.comment), 0, info.internal_attr, info.external_attr,
                             offset)
        return head + name + extra + info.comment

    def _write_end_record(self):
        fp = self.fp
        for info in self.filelist:
            fp.write(self._central_record(info))
        end_of_cd = fp.tell()
        count = len(self.filelist)
        cd_size = end_of_cd - self.start_dir
        cd_offset = self.start_dir
        if count > ZIP_FILECOUNT_LIMIT:
            what = "Files count"
        elif cd_offset > ZIP64_LIMIT:
            what = "Central directory offset"
        elif cd_size > ZIP64_LIMIT:
            what = "Central directory size"
        else:
            what = None
        if what:
            if not self._allowZip64:
                raise LargeZipFile(what + " would require ZIP64 extensions")
            fp.write(_END64.pack(_SIG_END64, 44, 45, 45, 0, 0, count, count, cd_size,
                                 cd_offset))
            fp.write(_LOCATOR64.pack(_SIG_LOCATOR64, 0, end_of_cd, 1))
            count = min(count, 0xFFFF)
            cd_size = min(cd_size, _NO_32)
            cd_offset = min(cd_offset, _NO_32)
        fp.write(_END.pack(_SIG_END, 0, 0, count, count, cd_size, cd_offset,
                           len(self._comment)))
        fp.write(self._comment)
        if self.mode == "a":
            fp.truncate()
        fp.flush()

    def _fpclose(self, fp):
        assert self._fileRefCnt > 0
        self._fileRefCnt -= 1
        if not self._fileRefCnt and not self._filePassed:
            fp.close()


class PyZipFile(ZipFile):
    """A ZipFile that can add Python sources with writepy(). Krait writes no bytecode, so
    the .py files themselves are stored."""

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 optimize=-1):
        super().__init__(file, mode=mode, compression=compression, allowZip64=allowZip64)
        self._optimize = optimize

    def writepy(self, pathname, basename="", filterfunc=None):
        """Add a module file, or a package directory and its modules, under `basename`."""
        pathname = os.fspath(pathname)
        if filterfunc and not filterfunc(pathname):
            return
        if not os.path.isdir(pathname):
            if not pathname.endswith(".py"):
                raise RuntimeError('Files added with writepy() must end with ".py"')
            self.write(pathname, posixpath.join(basename, os.path.basename(pathname)))
            return
        if os.path.isfile(os.path.join(pathname, "__init__.py")):
            basename = posixpath.join(basename, os.path.basename(pathname))
        for entry in sorted(os.listdir(pathname)):
            full = os.path.join(pathname, entry)
            if os.path.isdir(full):
                if os.path.isfile(os.path.join(full, "__init__.py")):
                    self.writepy(full, basename, filterfunc)
            elif entry.endswith(".py") and (not filterfunc or filterfunc(full)):
                self.write(full, posixpath.join(basename, entry))


# --- zipfile.Path -------------------------------------------------------------------------

def _with_parent_dirs(names):
    """`names` plus the directories they imply ('a/b/c' implies 'a/' and 'a/b/')."""
    seen = set(names)
    out = list(names)
    for name in names:
        parts = name.rstrip("/").split("/")[:-1]
        for i in range(len(parts), 0, -1):
            folder = "/".join(parts[:i]) + "/"
            if folder in seen:
                continue
            seen.add(folder)
            out.append(folder)
    return out


class Path:
    """A pathlib-style view of a location (`at`) inside an archive (`root`)."""

    def __init__(self, root, at=""):
        self.root = root if isinstance(root, ZipFile) else ZipFile(root)
        self.at = at

    def _names(self):
        return _with_parent_dirs(self.root.namelist())

    def _child(self, at):
        return type(self)(self.root, at)

    def open(self, mode='r', *args, pwd=None, **kwargs):
        if self.is_dir():
            raise IsADirectoryError(self)
        how = mode[0]
        if how == "r" and not self.exists():
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, how, pwd=pwd)
        if "b" in mode:
            if args or kwargs:
                raise ValueError("encoding args invalid for binary operation")
            return stream
        kwargs["encoding"] = io.text_encoding(kwargs.get("encoding"))
        return io.TextIOWrapper(stream, *args, **kwargs)

    @property
    def name(self):
        return posixpath.basename(self.at.rstrip("/")) or posixpath.basename(
            str(self.root.filename))

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        pieces = name.lstrip(".").split(".")[1:]
        return ["." + piece for piece in pieces]

    @property
    def suffix(self):
        found = self.suffixes
        return found[-1] if found else ""

    @property
    def stem(self):
        name = self.name
        return name[:len(name) - len(self.suffix)] if self.suffix else name

    @property
    def filename(self):
        return posixpath.join(self.root.filename, self.at.rstrip("/"))

    def read_text(self, *args, **kwargs):
        with self.open("r", *args, **kwargs) as stream:
            return stream.read()

    def read_bytes(self):
        with self.open("rb") as stream:
            return stream.read()

    def is_dir(self):
        return not self.at or self.at.endswith("/")

    def is_file(self):
        return self.exists() and not self.is_dir()

    def exists(self):
        return self.at in self._names()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        here = self.at.rstrip("/")
        return iter([self._child(name) for name in self._names()
                     if posixpath.dirname(name.rstrip("/")) == here])

    def __str__(self):
        return posixpath.join(self.root.filename, self.at)

    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self.root.filename, self.at)

    def joinpath(self, *other):
        target = posixpath.join(self.at, *other)
        names = self._names()
        if target not in names and target + "/" in names:
            target += "/"
        return self._child(target)

    __truediv__ = joinpath

    @property
    def parent(self):
        if not self.at:
            return posixpath.dirname(str(self.root.filename))
        up = posixpath.dirname(self.at.rstrip("/"))
        return self._child(up + "/" if up else "")


# --- command line -------------------------------------------------------------------------

_OPTIONS = (
    # short, long, metavar text for usage, arguments (count or '+'), help
    ("-l", "--list", "<zipfile>", 1, "Show listing of a zipfile"),
    ("-e", "--extract", "<zipfile> <output_dir>", 2, "Extract zipfile into target dir"),
    ("-c", "--create", "<name> [<file> ...]", "+", "Create zipfile from sources"),
    ("-t", "--test", "<zipfile>", 1, "Test if a zipfile is valid"),
)


def _usage(prog):
    pad = " " * len("usage: %s " % prog)
    group = " | ".join("%s %s" % (o[0], o[2]) for o in _OPTIONS)
    return "usage: %s [-h]\n%s(%s)\n%s[--metadata-encoding <encoding>]\n" % (prog, pad, group,
                                                                            pad)


def _help(prog):
    lines = [_usage(prog), "A simple command-line interface for zipfile module.", "",
             "options:", "  -h, --help            show this help message and exit"]
    for short, long, meta, _, text in _OPTIONS:
        lines.append("  %s %s, %s %s" % (short, meta, long, meta))
        lines.append(" " * 24 + text)
    lines.append("  --metadata-encoding <encoding>")
    lines.append(" " * 24 + "Specify encoding of member names for -l, -e and -t")
    return "\n".join(lines) + "\n"


def _cli_fail(prog, message):
    sys.stderr.write(_usage(prog))
    sys.stderr.write("%s: error: %s\n" % (prog, message))
    sys.exit(2)


def _parse_command(argv, prog):
    """(option long name, its values, metadata encoding) from the arguments, failing as
    argparse does for this parser."""
    by_flag = {}
    for opt in _OPTIONS:
        by_flag[opt[0]] = by_flag[opt[1]] = opt
    chosen = None
    encoding = None
    extra = []
    i = 0
    while i < len(argv):
        arg = argv[i]
        i += 1
        if arg in ("-h", "--help"):
            sys.stdout.write(_help(prog))
            sys.exit(0)
        if arg == "--metadata-encoding":
            if i >= len(argv) or argv[i].startswith("-"):
                _cli_fail(prog, "argument --metadata-encoding: expected one argument")
            encoding = argv[i]
            i += 1
            continue
        opt = by_flag.get(arg)
        if opt is None:
            extra.append(arg)
            continue
        label = "%s/%s" % (opt[0], opt[1])
        values = []
        while i < len(argv) and not argv[i].startswith("-"):
            values.append(argv[i])
            i += 1
        if opt[3] == "+":
            if not values:
                _cli_fail(prog, "argument %s: expected at least one argument" % label)
        elif len(values) < opt[3]:
            need = "one argument" if opt[3] == 1 else "%d arguments" % opt[3]
            _cli_fail(prog, "argument %s: expected %s" % (label, need))
        else:
            extra.extend(values[opt[3]:])
            values = values[:opt[3]]
        if chosen is not None and chosen[0] is not opt:
            first = chosen[0]
            _cli_fail(prog, "argument %s: not allowed with argument %s/%s"
                      % (label, first[0], first[1]))
        chosen = (opt, values)
    if chosen is None:
        _cli_fail(prog, "one of the arguments %s is required"
                  % " ".join("%s/%s" % (o[0], o[1]) for o in _OPTIONS))
    if extra:
        _cli_fail(prog, "unrecognized arguments: %s" % " ".join(extra))
    return chosen[0][1], chosen[1], encoding


def _add_to_archive(zf, path, arcname):
    if os.path.isfile(path):
        zf.write(path, arcname, ZIP_DEFLATED)
    elif os.path.isdir(path):
        if arcname:
            zf.write(path, arcname)
        for entry in sorted(os.listdir(path)):
            _add_to_archive(zf, os.path.join(path, entry), os.path.join(arcname, entry))


def main(args=None):
    """The command line: -l lists, -e extracts, -c creates, -t tests an archive."""
    prog = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] else "zipfile.py"
    if args is None:
        args = sys.argv[1:]
    action, values, encoding = _parse_command(list(args), prog)
    if action == "--test":
        with ZipFile(values[0], "r", metadata_encoding=encoding) as zf:
            bad = zf.testzip()
        if bad:
            print("The following enclosed file is corrupted: {!r}".format(bad))
        print("Done testing")
    elif action == "--list":
        with ZipFile(values[0], "r", metadata_encoding=encoding) as zf:
            zf.printdir()
    elif action == "--extract":
        with ZipFile(values[0], "r", metadata_encoding=encoding) as zf:
            zf.extractall(values[1])
    else:
        if encoding:
            print("Non-conforming encodings not supported with -c.", file=sys.stderr)
            sys.exit(1)
        with ZipFile(values[0], "w") as zf:
            for path in values[1:]:
                arcname = os.path.basename(path) or os.path.basename(os.path.dirname(path))
                if arcname in ("", os.curdir, os.pardir):
                    arcname = ""
                _add_to_archive(zf, path, arcname)


if __name__ == "__main__":
    main()
