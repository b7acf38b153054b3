"""Importing Python modules from ZIP archives; mirrors CPython 3.11's Lib/zipimport.py.

A sys.path entry naming a zip file (or a directory inside one: 'app.zip/lib') gets a
zipimporter as its importer; it finds `name.py` and `name/__init__.py` members. Krait
writes and reads no bytecode, so .pyc members are not used."""

import sys
from _frozen_importlib import ModuleSpec, spec_from_loader

__all__ = ['ZipImportError', 'zipimporter']

path_sep = '/'
alt_path_sep = ''


class ZipImportError(ImportError):
    pass


# Archive path -> its table of contents, shared by the importers of one archive.
_zip_directory_cache = {}

_module_type = type(sys)

END_CENTRAL_DIR_SIZE = 22
STRING_END_ARCHIVE = b'PK\x05\x06'
MAX_COMMENT_LEN = (1 << 16) - 1

# Where to look for module `m` under a prefix, and whether that makes a package.
_zip_searchorder = (
    (path_sep + '__init__.py', True),
    ('.py', False),
)


class zipimporter:
    """Importer (finder and loader) for the modules inside one zip archive, or inside one
    directory of it (`archive/subdir`)."""

    def __init__(self, path):
        if not isinstance(path, str):
            raise TypeError(f"expected str, not {type(path)!r}")
        if not path:
            raise ZipImportError('archive path is empty', path=path)
        if alt_path_sep:
            path = path.replace(alt_path_sep, path_sep)
        # Walk up until a real file: the rest is a directory inside the archive.
        prefix = []
        import os
        while True:
            try:
                st = os.stat(path)
            except (OSError, ValueError):
                dirname, basename = os.path.split(path)
                if dirname == path:
                    raise ZipImportError('not a Zip file', path=path)
                path = dirname
                prefix.append(basename)
            else:
                if (st.st_mode & 0o170000) != 0o100000:
                    raise ZipImportError('not a Zip file', path=path)
                break
        try:
            files = _zip_directory_cache[path]
        except KeyError:
            files = _read_directory(path)
            _zip_directory_cache[path] = files
        self._files = files
        self.archive = path
        self.prefix = path_sep.join(prefix[::-1])
        if self.prefix:
            self.prefix += path_sep

    def find_spec(self, fullname, target=None):
        """A spec for module `fullname` if it is in this archive (directory), else None."""
        is_package = _get_module_info(self, fullname)
        if is_package is not None:
            return spec_from_loader(fullname, self, is_package=is_package)
        modpath = _get_module_path(self, fullname)
        if _is_dir(self, modpath):
            # A directory without __init__.py: a portion of a namespace package.
            path = f'{self.archive}{path_sep}{modpath}'
            spec = ModuleSpec(name=fullname, loader=None, is_package=True)
            spec.submodule_search_locations.append(path)
            return spec
        return None

    def get_code(self, fullname):
        """The code object of module `fullname`; ZipImportError if it is not here."""
        code, ispackage, modpath = _get_module_code(self, fullname)
        return code

    def get_data(self, pathname):
        """The bytes of member `pathname` (a path inside the archive, or one starting with
        the archive's path); OSError if there is none."""
        if alt_path_sep:
            pathname = pathname.replace(alt_path_sep, path_sep)
        key = pathname
        if pathname.startswith(self.archive + path_sep):
            key = pathname[len(self.archive + path_sep):]
        try:
            toc_entry = self._files[key]
        except KeyError:
            raise OSError(0, '', key)
        return _get_data(self.archive, toc_entry)

    def get_filename(self, fullname):
        """The file name module `fullname` would get (its __file__)."""
        code, ispackage, modpath = _get_module_code(self, fullname)
        return modpath

    def get_source(self, fullname):
        """The source of module `fullname`, or None if the archive holds none for it."""
        mi = _get_module_info(self, fullname)
        if mi is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        path = _get_module_path(self, fullname)
        if mi:
            fullpath = path + path_sep + '__init__.py'
        else:
            fullpath = f'{path}.py'
        try:
            toc_entry = self._files[fullpath]
        except KeyError:
            return None
        return _get_data(self.archive, toc_entry).decode()

    def is_package(self, fullname):
        """Whether module `fullname` is a package; ZipImportError if it is not here."""
        mi = _get_module_info(self, fullname)
        if mi is None:
            raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
        return mi

    def load_module(self, fullname):
        """Load module `fullname` (deprecated: the import system uses exec_module())."""
        import warnings
        msg = ("zipimport.zipimporter.load_module() is deprecated and slated for "
               "removal in Python 3.12; use exec_module() instead")
        warnings.warn(msg, DeprecationWarning)
        code, ispackage, modpath = _get_module_code(self, fullname)
        mod = sys.modules.get(fullname)
        if mod is None or not isinstance(mod, _module_type):
            mod = _module_type(fullname)
            sys.modules[fullname] = mod
        mod.__loader__ = self
        try:
            if ispackage:
                path = _get_module_path(self, fullname)
                mod.__path__ = [self.archive + path_sep + path]
            if not hasattr(mod, '__builtins__'):
                mod.__builtins__ = __builtins__
            mod.__file__ = modpath
            mod.__spec__ = spec_from_loader(fullname, self, is_package=ispackage)
            exec(code, mod.__dict__)
        except:
            del sys.modules[fullname]
            raise
        try:
            mod = sys.modules[fullname]
        except KeyError:
            raise ImportError(f'Loaded module {fullname!r} not found in sys.modules')
        return mod

    def get_resource_reader(self, fullname):
        """Resource readers are not supported: None."""
        return None

    def invalidate_caches(self):
        """Read the archive's table of contents again."""
        try:
            self._files = _read_directory(self.archive)
            _zip_directory_cache[self.archive] = self._files
        except ZipImportError:
            _zip_directory_cache.pop(self.archive, None)
            self._files = {}

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        """Run the module's code in its namespace."""
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError('cannot load module {!r} when get_code() '
                              'returns None'.format(module.__name__))
        exec(code, module.__dict__)

    def __repr__(self):
        return f'<zipimporter object "{self.archive}{path_sep}{self.prefix}">'


def _get_module_path(self, fullname):
    return self.prefix + fullname.rpartition('.')[2]


def _is_dir(self, path):
    return path + path_sep in self._files


def _get_module_info(self, fullname):
    """True for a package, False for a module, None when the archive does not hold it."""
    path = _get_module_path(self, fullname)
    for suffix, ispackage in _zip_searchorder:
        if path + suffix in self._files:
            return ispackage
    return None


def _read_directory(archive):
    """The archive's table of contents: member name -> (path, compress, data_size,
    file_size, file_offset, time, date, crc)."""
    try:
        fp = open(archive, 'rb')
    except OSError:
        raise ZipImportError(f"can't open Zip file: {archive!r}", path=archive)
    with fp:
        try:
            fp.seek(-END_CENTRAL_DIR_SIZE, 2)
            header_position = fp.tell()
            buffer = fp.read(END_CENTRAL_DIR_SIZE)
        except OSError:
            raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
        if len(buffer) != END_CENTRAL_DIR_SIZE:
            raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
        if buffer[:4] != STRING_END_ARCHIVE:
            # There may be a comment after the record: search back for it.
            try:
                fp.seek(0, 2)
                file_size = fp.tell()
                max_comment_start = max(file_size - MAX_COMMENT_LEN - END_CENTRAL_DIR_SIZE, 0)
                fp.seek(max_comment_start)
                data = fp.read()
            except OSError:
                raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
            pos = data.rfind(STRING_END_ARCHIVE)
            if pos < 0:
                raise ZipImportError(f'not a Zip file: {archive!r}', path=archive)
            buffer = data[pos:pos + END_CENTRAL_DIR_SIZE]
            if len(buffer) != END_CENTRAL_DIR_SIZE:
                raise ZipImportError(f"corrupt Zip file: {archive!r}", path=archive)
            header_position = file_size - len(data) + pos
        import struct
        header_size, header_offset = struct.unpack('<LL', buffer[12:20])
        if header_position < header_size:
            raise ZipImportError(f'bad central directory size: {archive!r}', path=archive)
        if header_position < header_offset:
            raise ZipImportError(f'bad central directory offset: {archive!r}', path=archive)
        header_position -= header_size
        arc_offset = header_position - header_offset
        if arc_offset < 0:
            raise ZipImportError(f'bad central directory size or offset: {archive!r}',
                                 path=archive)
        files = {}
        try:
            fp.seek(header_position)
        except OSError:
            raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
        while True:
            buffer = fp.read(46)
            if len(buffer) < 4:
                raise EOFError('EOF read where not expected')
            if buffer[:4] != b'PK\x01\x02':
                break
            if len(buffer) != 46:
                raise EOFError('EOF read where not expected')
            (flags, compress, time, date, crc, data_size, file_size, name_size,
             extra_size, comment_size) = struct.unpack('<HHHHLLLHHH', buffer[8:34])
            file_offset, = struct.unpack('<L', buffer[42:46])
            header_size = name_size + extra_size + comment_size
            if file_offset > header_offset:
                raise ZipImportError(f'bad local header offset: {archive!r}', path=archive)
            file_offset += arc_offset
            try:
                name = fp.read(name_size)
            except OSError:
                raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
            if len(name) != name_size:
                raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
            try:
                rest = fp.read(header_size - name_size)
                if len(rest) != header_size - name_size:
                    raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
            except OSError:
                raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
            if flags & 0x800:
                name = name.decode()
            else:
                try:
                    name = name.decode('cp437')
                except (LookupError, UnicodeDecodeError):
                    name = name.decode('latin1').translate(_cp437_table())
            name = name.replace('/', path_sep)
            path = archive + path_sep + name
            files[name] = (path, compress, data_size, file_size, file_offset, time, date,
                           crc)
    return files


def _cp437_table():
    from zipfile import _CP437_HIGH
    return {128 + i: c for i, c in enumerate(_CP437_HIGH)}


def _get_data(archive, toc_entry):
    """The uncompressed bytes of one member."""
    import struct
    datapath, compress, data_size, file_size, file_offset, time, date, crc = toc_entry
    if data_size < 0:
        raise ZipImportError('negative data size')
    with open(archive, 'rb') as fp:
        try:
            fp.seek(file_offset)
        except OSError:
            raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
        buffer = fp.read(30)
        if len(buffer) != 30:
            raise EOFError('EOF read where not expected')
        if buffer[:4] != b'PK\x03\x04':
            raise ZipImportError(f'bad local file header: {archive!r}', path=archive)
        name_size, extra_size = struct.unpack('<HH', buffer[26:30])
        header_size = 30 + name_size + extra_size
        file_offset += header_size
        try:
            fp.seek(file_offset)
        except OSError:
            raise ZipImportError(f"can't read Zip file: {archive!r}", path=archive)
        raw_data = fp.read(data_size)
        if len(raw_data) != data_size:
            raise OSError("zipimport: can't read data")
    if compress == 0:
        return raw_data
    try:
        import zlib
    except ImportError:
        raise ZipImportError("can't decompress data; zlib not available")
    return zlib.decompress(raw_data, -15)


def _normalize_line_endings(source):
    source = source.replace(b'\r\n', b'\n')
    source = source.replace(b'\r', b'\n')
    return source


def _compile_source(pathname, source):
    source = _normalize_line_endings(source)
    return compile(source, pathname, 'exec', dont_inherit=True)


def _get_module_code(self, fullname):
    """(code, is_package, path) of module `fullname`; ZipImportError if it is not here."""
    path = _get_module_path(self, fullname)
    for suffix, ispackage in _zip_searchorder:
        fullpath = path + suffix
        try:
            toc_entry = self._files[fullpath]
        except KeyError:
            continue
        modpath = toc_entry[0]
        data = _get_data(self.archive, toc_entry)
        code = _compile_source(modpath, data)
        return code, ispackage, modpath
    raise ZipImportError(f"can't find module {fullname!r}", name=fullname)
