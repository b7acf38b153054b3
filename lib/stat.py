"""Constants/functions for interpreting results of os.stat() and os.lstat().

Suggested usage: from stat import *
"""
# Krait's own module with the API of CPython's stat/_stat. The functions
# check their argument the way CPython's C accelerator does.

# Indexes into the tuple form of a stat result.
(ST_MODE, ST_INO, ST_DEV, ST_NLINK, ST_UID, ST_GID,
 ST_SIZE, ST_ATIME, ST_MTIME, ST_CTIME) = range(10)

# File types: (constant, type bits, filemode() letter). The type bits occupy
# the 0o170000 field of st_mode; doors, ports and whiteouts do not exist on
# Linux, so their constants are 0.
_file_types = (
    ('S_IFDIR', 0o040000, 'd'),
    ('S_IFCHR', 0o020000, 'c'),
    ('S_IFBLK', 0o060000, 'b'),
    ('S_IFREG', 0o100000, '-'),
    ('S_IFIFO', 0o010000, 'p'),
    ('S_IFLNK', 0o120000, 'l'),
    ('S_IFSOCK', 0o140000, 's'),
    ('S_IFDOOR', 0, None),
    ('S_IFPORT', 0, None),
    ('S_IFWHT', 0, None),
)
_type_mask = 0o170000
_type_letter = {bits: letter for _, bits, letter in _file_types if bits}
globals().update((name, bits) for name, bits, _ in _file_types)

# Permission bits: owner, group and others each get read/write/execute,
# three bits per class, owner highest.
for _shift, _who, _short in ((6, 'USR', 'U'), (3, 'GRP', 'G'), (0, 'OTH', 'O')):
    globals()['S_IRWX' + _short] = 0o7 << _shift
    for _bit, _what in ((4, 'R'), (2, 'W'), (1, 'X')):
        globals()['S_I' + _what + _who] = _bit << _shift
del _shift, _who, _short, _bit, _what

S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID        # mandatory locking, spelled as set-group-id
S_ISVTX = 0o1000         # sticky bit
S_IREAD = S_IRUSR        # old Unix spellings
S_IWRITE = S_IWUSR
S_IEXEC = S_IXUSR

# st_flags bits (BSD and macOS chflags()).
UF_NODUMP = 1 << 0
UF_IMMUTABLE = 1 << 1
UF_APPEND = 1 << 2
UF_OPAQUE = 1 << 3
UF_NOUNLINK = 1 << 4
UF_COMPRESSED = 1 << 5
UF_HIDDEN = 1 << 15
SF_ARCHIVED = 1 << 16
SF_IMMUTABLE = 1 << 17
SF_APPEND = 1 << 18
SF_NOUNLINK = 1 << 20
SF_SNAPSHOT = 1 << 21

# Windows st_file_attributes bits, defined everywhere.
for _bit, _name in enumerate((
        'READONLY', 'HIDDEN', 'SYSTEM', None, 'DIRECTORY', 'ARCHIVE', 'DEVICE',
        'NORMAL', 'TEMPORARY', 'SPARSE_FILE', 'REPARSE_POINT', 'COMPRESSED',
        'OFFLINE', 'NOT_CONTENT_INDEXED', 'ENCRYPTED', 'INTEGRITY_STREAM',
        'VIRTUAL', 'NO_SCRUB_DATA')):
    if _name:
        globals()['FILE_ATTRIBUTE_' + _name] = 1 << _bit
del _bit, _name


def _as_mode(mode):
    """Validate a mode as CPython's C helper does (an unsigned 32-bit int)."""
    if not isinstance(mode, int):
        raise TypeError("an integer is required")
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if mode >> 64:
        raise OverflowError("Python int too large to convert to C unsigned long")
    if mode >> 32:
        raise OverflowError("mode out of range")
    return int(mode)


def S_IMODE(mode):
    """The permission bits of mode (what os.chmod() can set)."""
    return _as_mode(mode) & 0o7777


def S_IFMT(mode):
    """The file type bits of mode."""
    return _as_mode(mode) & _type_mask


def _type_test(suffix, bits):
    if bits:
        def test(mode):
            return _as_mode(mode) & _type_mask == bits
    else:
        def test(mode):
            _as_mode(mode)
            return False
    test.__name__ = test.__qualname__ = 'S_IS' + suffix
    test.__doc__ = f"Whether mode describes a {suffix.lower()} file type."
    return test


S_ISDIR = _type_test('DIR', S_IFDIR)
S_ISCHR = _type_test('CHR', S_IFCHR)
S_ISBLK = _type_test('BLK', S_IFBLK)
S_ISREG = _type_test('REG', S_IFREG)
S_ISFIFO = _type_test('FIFO', S_IFIFO)
S_ISLNK = _type_test('LNK', S_IFLNK)
S_ISSOCK = _type_test('SOCK', S_IFSOCK)
S_ISDOOR = _type_test('DOOR', 0)
S_ISPORT = _type_test('PORT', 0)
S_ISWHT = _type_test('WHT', 0)


def _triad(mode, shift, special, plain_mark, exec_mark):
    """'rwx'-style letters for one class; special bit shows in the x place."""
    r = 'r' if mode & (4 << shift) else '-'
    w = 'w' if mode & (2 << shift) else '-'
    x = bool(mode & (1 << shift))
    if mode & special:
        return r + w + (exec_mark if x else plain_mark)
    return r + w + ('x' if x else '-')


def filemode(mode):
    """Render mode the way 'ls -l' does, e.g. '-rw-r--r--'."""
    mode = _as_mode(mode)
    return (_type_letter.get(mode & _type_mask, '?')
            + _triad(mode, 6, S_ISUID, 'S', 's')
            + _triad(mode, 3, S_ISGID, 'S', 's')
            + _triad(mode, 0, S_ISVTX, 'T', 't'))
