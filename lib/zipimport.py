"""Importing Python modules from ZIP archives (the zipimport documentation).

A sys.path entry naming a zip file, or a directory inside one ('app.zip/lib'), gets a
zipimporter; it finds `name.py` and `name/__init__.py` members. Krait reads and writes no
bytecode, so a `.pyc` member only counts as a module without source.

The archive's directory is read here with a small reader of its own (as CPython's frozen
module does) so importing from a zip file does not pull in zipfile."""

import sys
from _frozen_importlib import ModuleSpec, spec_from_loader

__all__ = ['ZipImportError', 'zipimporter']

path_sep = '/'
alt_path_sep = ''


class ZipImportError(ImportError):
    """Raised when an archive cannot be read or a module is not in it."""


# archive path -> {member name: _Entry}, shared by every importer of the archive.
_zip_directory_cache = {}

_module_type = type(sys)

# (suffix, is a package); the first member present decides.
_CANDIDATES = (('/__init__.py', True), ('/__init__.pyc', True), ('.py', False), ('.pyc', False))

_END_SIZE = 22
_END_SIG = b'PK\x05\x06'
_CENTRAL_SIG = b'PK\x01\x02'
_LOCAL_SIG = b'PK\x03\x04'


def _u16(data, at):
    return data[at] | data[at + 1] << 8


def _u32(data, at):
    return _u16(data, at) | _u16(data, at + 2) << 16


class _Entry:
    """Where one member's data is and how it is stored."""

    __slots__ = ('path', 'method', 'stored_size', 'size', 'offset')

    def __init__(self, path, method, stored_size, size, offset):
        self.path = path
        self.method = method
        self.stored_size = stored_size
        self.size = size
        self.offset = offset


def _split(path):
    cut = path.rfind(path_sep)
    if cut < 0:
        return '', path
    return path[:cut], path[cut + 1:]


def _fail(what, archive):
    return ZipImportError(f'{what}: {archive!r}', path=archive)


def _end_record(fp, archive):
    """(offset of the end record, its 22 bytes) of the archive open in `fp`."""
    try:
        fp.seek(0, 2)
        size = fp.tell()
        if size < _END_SIZE:
            raise _fail("can't read Zip file", archive)
        fp.seek(size - _END_SIZE)
        record = fp.read(_END_SIZE)
        if record[:4] == _END_SIG:
            return size - _END_SIZE, record
        # An archive comment follows the record: look for the signature further back.
        start = max(0, size - 0xFFFF - _END_SIZE)
        fp.seek(start)
        tail = fp.read()
    except OSError:
        raise _fail("can't read Zip file", archive)
    found = tail.rfind(_END_SIG)
    if found < 0:
        raise _fail('not a Zip file', archive)
    record = tail[found:found + _END_SIZE]
    if len(record) != _END_SIZE:
        raise _fail('corrupt Zip file', archive)
    return start + found, record


def _read_directory(archive):
    """The members of `archive` as {name: _Entry}."""
    try:
        fp = open(archive, 'rb')
    except OSError:
        raise _fail("can't open Zip file", archive)
    with fp:
        at, record = _end_record(fp, archive)
        cd_size = _u32(record, 12)
        cd_offset = _u32(record, 16)
        if at < cd_size:
            raise _fail('bad central directory size', archive)
        if at < cd_offset:
            raise _fail('bad central directory offset', archive)
        cd_start = at - cd_size
        # Data in front of the archive moves every recorded offset by the same amount.
        shift = cd_start - cd_offset
        if shift < 0:
            raise _fail('bad central directory size or offset', archive)
        try:
            fp.seek(cd_start)
            table = fp.read(cd_size)
        except OSError:
            raise _fail("can't read Zip file", archive)
    if len(table) != cd_size:
        raise _fail("can't read Zip file", archive)
    members = {}
    pos = 0
    while table[pos:pos + 4] == _CENTRAL_SIG:
        if len(table) - pos < 46:
            raise EOFError('EOF read where not expected')
        flags = _u16(table, pos + 8)
        method = _u16(table, pos + 10)
        stored_size = _u32(table, pos + 20)
        size = _u32(table, pos + 24)
        name_len = _u16(table, pos + 28)
        skip = _u16(table, pos + 30) + _u16(table, pos + 32)
        offset = _u32(table, pos + 42)
        if offset > cd_offset:
            raise _fail('bad local header offset', archive)
        raw = table[pos + 46:pos + 46 + name_len]
        if len(raw) != name_len:
            raise _fail("can't read Zip file", archive)
        pos += 46 + name_len + skip
        if flags & 0x800:
            name = raw.decode()
        else:
            try:
                name = raw.decode('ascii')
            except UnicodeDecodeError:
                import zipfile
                name = zipfile._name_from_bytes(raw, 0, None)
        members[name] = _Entry(archive + path_sep + name, method, stored_size, size,
                               offset + shift)
    return members


def _get_data(archive, entry):
    """The uncompressed bytes of one member."""
    try:
        fp = open(archive, 'rb')
    except OSError:
        raise _fail("can't open Zip file", archive)
    with fp:
        try:
            fp.seek(entry.offset)
            head = fp.read(30)
        except OSError:
            raise _fail("can't read Zip file", archive)
        if len(head) != 30:
            raise EOFError('EOF read where not expected')
        if head[:4] != _LOCAL_SIG:
            raise _fail('bad local file header', archive)
        try:
            fp.seek(entry.offset + 30 + _u16(head, 26) + _u16(head, 28))
            raw = fp.read(entry.stored_size)
        except OSError:
            raise _fail("can't read Zip file", archive)
    if len(raw) != entry.stored_size:
        raise OSError("zipimport: can't read data")
    if entry.method == 0:
        return raw
    try:
        import zlib
    except ImportError:
        raise ZipImportError("can't decompress data; zlib not available")
    return zlib.decompress(raw, -15)


class zipimporter:
    """Finds and loads modules inside one ZIP archive, optionally below a directory in it.

    zipimporter('app.zip') serves the archive's top level, zipimporter('app.zip/lib') its
    'lib/' directory; `archive` and `prefix` hold the two halves."""

    def __init__(self, path):
        if not isinstance(path, str):
            raise TypeError(f"expected str, not {type(path)!r}")
        if not path:
            raise ZipImportError('archive path is empty', path=path)
        import os
        inner = []
        while True:
            try:
                st = os.stat(path)
            except (OSError, ValueError):
                head, tail = _split(path)
                if head == path:
                    raise ZipImportError('not a Zip file', path=path)
                path = head
                inner.append(tail)
                continue
            if st.st_mode & 0o170000 != 0o100000:
                raise ZipImportError('not a Zip file', path=path)
            break
        members = _zip_directory_cache.get(path)
        if members is None:
            members = _read_directory(path)
            _zip_directory_cache[path] = members
        self._files = members
        self.archive = path
        self.prefix = path_sep.join(part for part in reversed(inner) if part)
        if self.prefix:
            self.prefix += path_sep

    def __repr__(self):
        return f'<zipimporter object "{self.archive}{path_sep}{self.prefix}">'

    def _stem(self, fullname):
        return self.prefix + fullname.rpartition('.')[2]

    def _lookup(self, fullname):
        """(member name, is a package) for the module, or None when the archive lacks it."""
        stem = self._stem(fullname)
        for suffix, package in _CANDIDATES:
            if stem + suffix in self._files:
                return stem + suffix, package
        return None

    def _require(self, fullname):
        found = self._lookup(fullname)
        if found is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        return found

    def _source_member(self, fullname):
        member, package = self._require(fullname)
        if member.endswith('.pyc'):
            member = member[:-1]
        return member, package

    def find_spec(self, fullname, target=None):
        """A spec for module `fullname`, a namespace portion for a bare directory, or None."""
        found = self._lookup(fullname)
        if found is not None:
            return spec_from_loader(fullname, self, is_package=found[1])
        folder = self._stem(fullname)
        if folder + path_sep in self._files:
            spec = ModuleSpec(fullname, None, is_package=True)
            spec.submodule_search_locations.append(self.archive + path_sep + folder)
            return spec
        return None

    def find_module(self, fullname, path=None):
        import warnings
        warnings.warn("zipimporter.find_module() is deprecated and slated for removal in "
                      "Python 3.12; use find_spec() instead", DeprecationWarning)
        return self if self._lookup(fullname) is not None else None

    def get_code(self, fullname):
        """The compiled code of module `fullname`."""
        member, _ = self._source_member(fullname)
        entry = self._files.get(member)
        if entry is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        source = _get_data(self.archive, entry)
        source = source.replace(b'\r\n', b'\n').replace(b'\r', b'\n')
        return compile(source, entry.path, 'exec', dont_inherit=True)

    def get_data(self, pathname):
        """The bytes of a member, named inside the archive or by a path through it."""
        if alt_path_sep:
            pathname = pathname.replace(alt_path_sep, path_sep)
        key = pathname
        lead = self.archive + path_sep
        if pathname.startswith(lead):
            key = pathname[len(lead):]
        entry = self._files.get(key)
        if entry is None:
            raise OSError(0, '', key)
        return _get_data(self.archive, entry)

    def get_filename(self, fullname):
        """The path a module from the archive gets as its __file__."""
        member, _ = self._source_member(fullname)
        return self.archive + path_sep + member

    def get_source(self, fullname):
        """The module's source text, or None when the archive holds only bytecode."""
        member, _ = self._source_member(fullname)
        entry = self._files.get(member)
        if entry is None:
            return None
        return _get_data(self.archive, entry).decode()

    def is_package(self, fullname):
        return self._require(fullname)[1]

    def load_module(self, fullname):
        """Import `fullname` the pre-3.4 way: into sys.modules, then run it."""
        import warnings
        warnings.warn("zipimport.zipimporter.load_module() is deprecated and slated for "
                      "removal in Python 3.12; use exec_module() instead",
                      DeprecationWarning)
        code = self.get_code(fullname)
        package = self.is_package(fullname)
        module = sys.modules.get(fullname)
        if not isinstance(module, _module_type):
            module = _module_type(fullname)
            sys.modules[fullname] = module
        module.__loader__ = self
        try:
            if package:
                module.__path__ = [self.archive + path_sep + self._stem(fullname)]
            module.__file__ = self.get_filename(fullname)
            module.__spec__ = spec_from_loader(fullname, self, is_package=package)
            exec(code, module.__dict__)
        except BaseException:
            del sys.modules[fullname]
            raise
        try:
            return sys.modules[fullname]
        except KeyError:
            raise ImportError(f'Loaded module {fullname!r} not found in sys.modules')

    def get_resource_reader(self, fullname):
        return None

    def invalidate_caches(self):
        """Read the archive's directory again."""
        try:
            self._files = _read_directory(self.archive)
        except ZipImportError:
            _zip_directory_cache.pop(self.archive, None)
            self._files = {}
        else:
            _zip_directory_cache[self.archive] = self._files

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        exec(self.get_code(module.__spec__.name), module.__dict__)
