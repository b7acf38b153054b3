"""High-level file operations: copying, moving and removing trees, archives, which().

Krait's own implementation of CPython's shutil API. Copies go through plain read/write loops;
rmtree walks with os.scandir and never follows a symbolic link into another tree.
"""

import os
import sys
import stat
import collections

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError",
           "ExecError", "make_archive", "get_archive_formats",
           "register_archive_format", "unregister_archive_format",
           "get_unpack_formats", "register_unpack_format",
           "unregister_unpack_format", "unpack_archive",
           "ignore_patterns", "chown", "which", "get_terminal_size",
           "SameFileError", "disk_usage"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """copyfile() was asked to copy a file onto itself."""


class SpecialFileError(OSError):
    """A copy met something that is not a regular file (a named pipe, for one)."""


class ExecError(OSError):
    """An external command could not be run."""


class ReadError(OSError):
    """An archive could not be read."""


class RegistryError(Exception):
    """An archive or unpack format clashes with one already registered."""


def copyfileobj(fsrc, fdst, length=0):
    """Copy everything readable from the file object fsrc to fdst, in chunks of length."""
    chunk = length if length > 0 else COPY_BUFSIZE
    read, write = fsrc.read, fdst.write
    while True:
        data = read(chunk)
        if not data:
            return
        write(data)


def _same_file(src, dst):
    if isinstance(src, os.DirEntry):
        try:
            return os.path.samestat(src.stat(), os.stat(dst))
        except OSError:
            return False
    try:
        if os.path.samefile(src, dst):
            return True
    except OSError:
        pass
    canon = os.path.normcase
    return canon(os.path.abspath(src)) == canon(os.path.abspath(dst))


def _refuse_fifo(path):
    """SpecialFileError when path names a FIFO; a missing path is left to open() to report."""
    try:
        info = path.stat() if isinstance(path, os.DirEntry) else os.stat(path)
    except OSError:
        return
    if stat.S_ISFIFO(info.st_mode):
        shown = path.path if isinstance(path, os.DirEntry) else path
        raise SpecialFileError("`%s` is a named pipe" % shown)


def _is_link(path):
    if isinstance(path, os.DirEntry):
        return path.is_symlink()
    return os.path.islink(path)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copy the contents of file src to the file dst (created or truncated); returns dst."""
    sys.audit("shutil.copyfile", src, dst)
    if _same_file(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    _refuse_fifo(src)
    _refuse_fifo(dst)
    if not follow_symlinks and _is_link(src):
        os.symlink(os.readlink(src), dst)
        return dst
    with open(src, "rb") as reader:
        try:
            writer = open(dst, "wb")
        except IsADirectoryError as failure:
            # "dir/" where dir is missing: the kernel says EISDIR, which misleads.
            if os.path.exists(dst):
                raise
            raise FileNotFoundError(f"Directory does not exist: {dst}") from failure
        with writer:
            copyfileobj(reader, writer)
    return dst


def _mode_of(path, follow):
    if isinstance(path, os.DirEntry):
        return path.stat(follow_symlinks=follow).st_mode
    return (os.stat if follow else os.lstat)(path).st_mode


def copymode(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits of src."""
    sys.audit("shutil.copymode", src, dst)
    both_links = not follow_symlinks and _is_link(src) and os.path.islink(dst)
    if both_links:
        if not hasattr(os, "lchmod"):
            return
        os.lchmod(dst, stat.S_IMODE(_mode_of(src, False)))
        return
    os.chmod(dst, stat.S_IMODE(_mode_of(src, True)))


def copystat(src, dst, *, follow_symlinks=True):
    """Give dst the permission bits, access and modification times of src."""
    sys.audit("shutil.copystat", src, dst)
    on_links = not follow_symlinks and _is_link(src) and os.path.islink(dst)
    if isinstance(src, os.DirEntry):
        info = src.stat(follow_symlinks=not on_links)
    else:
        info = (os.lstat if on_links else os.stat)(src)
    times = (info.st_atime_ns, info.st_mtime_ns)
    if on_links:
        if os.utime in os.supports_follow_symlinks:
            os.utime(dst, ns=times, follow_symlinks=False)
        if hasattr(os, "lchmod"):
            os.lchmod(dst, stat.S_IMODE(info.st_mode))
        return
    os.utime(dst, ns=times)
    os.chmod(dst, stat.S_IMODE(info.st_mode))


def _into_dir(src, dst):
    if os.path.isdir(dst):
        return os.path.join(dst, os.path.basename(src))
    return dst


def copy(src, dst, *, follow_symlinks=True):
    """Copy data and permission bits; dst may be a directory. Returns the file written."""
    dst = _into_dir(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """Like copy(), also copying the times (copystat). Returns the file written."""
    dst = _into_dir(src, dst)
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """An `ignore` callable for copytree that skips names matching any glob pattern."""
    import fnmatch

    def matching(path, names):
        skipped = set()
        for pattern in patterns:
            skipped.update(fnmatch.filter(names, pattern))
        return skipped
    return matching


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copy the directory tree src to dst (which must not exist unless dirs_exist_ok).

    Problems with single entries are collected and raised together as Error at the end.
    """
    sys.audit("shutil.copytree", src, dst)
    with os.scandir(src) as listing:
        entries = list(listing)
    skipped = set()
    if ignore is not None:
        skipped = ignore(os.fspath(src), [entry.name for entry in entries])
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    problems = []
    for entry in entries:
        if entry.name in skipped:
            continue
        source = os.path.join(src, entry.name)
        target = os.path.join(dst, entry.name)
        try:
            _copy_entry(entry, source, target, symlinks, ignore, copy_function,
                        ignore_dangling_symlinks, dirs_exist_ok)
        except Error as failure:
            problems.extend(failure.args[0])
        except OSError as failure:
            problems.append((source, target, str(failure)))
    try:
        copystat(src, dst)
    except OSError as failure:
        problems.append((src, dst, str(failure)))
    if problems:
        raise Error(problems)
    return dst


def _copy_entry(entry, source, target, symlinks, ignore, copy_function,
                ignore_dangling, dirs_exist_ok):
    def subtree():
        copytree(source, target, symlinks, ignore, copy_function,
                 ignore_dangling, dirs_exist_ok)

    if entry.is_symlink():
        pointee = os.readlink(source)
        if symlinks:
            os.symlink(pointee, target)
            copystat(source, target, follow_symlinks=False)
        elif ignore_dangling and not os.path.exists(pointee):
            # CPython tests the link text itself (relative to the cwd), not the link.
            return
        elif os.path.isdir(source):
            subtree()
        else:
            copy_function(source, target)
    elif entry.is_dir():
        subtree()
    else:
        copy_function(source, target)


def _clear_tree(path, report):
    """Remove everything below the directory path, then path itself."""
    try:
        with os.scandir(path) as listing:
            entries = list(listing)
    except OSError as failure:
        report(os.open if isinstance(failure, PermissionError) else os.scandir, path)
        entries = None
    for entry in entries or ():
        inner = entry.path
        try:
            descend = entry.is_dir(follow_symlinks=False)
        except OSError:
            descend = False
        if descend:
            _clear_tree(inner, report)
            continue
        try:
            os.unlink(inner)
        except OSError:
            report(os.unlink, inner)
    try:
        os.rmdir(path)
    except OSError:
        report(os.rmdir, path)


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Delete the directory tree at path.

    Failures go to onerror(function, path, sys.exc_info()) when given, are dropped when
    ignore_errors is true, and are raised otherwise. A symbolic link is refused.
    """
    sys.audit("shutil.rmtree", path, dir_fd)
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")

    def report(func, where):
        if ignore_errors:
            return
        if onerror is None:
            raise
        onerror(func, where, sys.exc_info())

    try:
        info = os.lstat(path)
    except OSError:
        report(os.lstat, path)
        return
    if stat.S_ISLNK(info.st_mode):
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            report(os.path.islink, path)
        return
    _clear_tree(path, report)


rmtree.avoids_symlink_attacks = True


def _last_component(path):
    return os.path.basename(path.rstrip(os.sep + (os.altsep or "")))


def _contains(outer, inner):
    """Whether inner is outer or lies below it."""
    outer = os.path.abspath(outer)
    inner = os.path.abspath(inner)
    if not outer.endswith(os.sep):
        outer += os.sep
    if not inner.endswith(os.sep):
        inner += os.sep
    return inner.startswith(outer)


def move(src, dst, copy_function=copy2):
    """Move a file or directory tree to dst (into it when dst is a directory); returns the
    new path. A rename is tried first; across file systems the data is copied then removed."""
    sys.audit("shutil.move", src, dst)
    final = dst
    if os.path.isdir(dst):
        if _same_file(src, dst):
            os.rename(src, dst)
            return final
        final = os.path.join(dst, _last_component(src))
        if os.path.exists(final):
            raise Error("Destination path '%s' already exists" % final)
    try:
        os.rename(src, final)
        return final
    except OSError:
        pass
    if os.path.islink(src):
        os.symlink(os.readlink(src), final)
        os.unlink(src)
    elif os.path.isdir(src):
        if _contains(src, dst):
            raise Error("Cannot move a directory '%s' into itself '%s'." % (src, dst))
        copytree(src, final, copy_function=copy_function, symlinks=True)
        rmtree(src)
    else:
        copy_function(src, final)
        os.unlink(src)
    return final


_ntuple_diskusage = collections.namedtuple("usage", "total used free", module=__name__)


def disk_usage(path):
    """Total, used and free space in bytes of the file system holding path."""
    vfs = os.statvfs(path)
    block = vfs.f_frsize
    return _ntuple_diskusage(vfs.f_blocks * block,
                             (vfs.f_blocks - vfs.f_bfree) * block,
                             vfs.f_bavail * block)


def chown(path, user=None, group=None):
    """Change the owner and/or group of path; names are looked up in the user databases."""
    sys.audit("shutil.chown", path, user, group)
    if user is None and group is None:
        raise ValueError("user and/or group must be set")
    uid = gid = -1
    if user is not None:
        uid = user
        if not isinstance(user, int):
            import pwd
            try:
                uid = pwd.getpwnam(user).pw_uid
            except KeyError:
                uid = None
            if uid is None:
                raise LookupError("no such user: {!r}".format(user))
    if group is not None:
        gid = group
        if not isinstance(group, int):
            import grp
            try:
                gid = grp.getgrnam(group).gr_gid
            except KeyError:
                gid = None
            if gid is None:
                raise LookupError("no such group: {!r}".format(group))
    os.chown(path, uid, gid)


def _env_size(var):
    try:
        return int(os.environ[var])
    except (KeyError, ValueError):
        return 0


def get_terminal_size(fallback=(80, 24)):
    """Terminal size from $COLUMNS/$LINES, else from stdout's terminal, else fallback."""
    columns = _env_size("COLUMNS")
    lines = _env_size("LINES")
    if columns <= 0 or lines <= 0:
        try:
            measured = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            measured = os.terminal_size(fallback)
        if columns <= 0:
            columns = measured.columns or fallback[0]
        if lines <= 0:
            lines = measured.lines or fallback[1]
    return os.terminal_size((columns, lines))


def _runnable(path, mode):
    return os.path.exists(path) and os.access(path, mode) and not os.path.isdir(path)


def which(cmd, mode=os.F_OK | os.X_OK, path=None):
    """Path of the program cmd as found along path (default $PATH), or None."""
    if os.path.dirname(cmd):
        return cmd if _runnable(cmd, mode) else None
    if path is None:
        path = os.environ.get("PATH")
        if path is None:
            path = os.defpath
    if not path:
        return None
    if isinstance(cmd, bytes):
        path = os.fsencode(path)
        separator = os.fsencode(os.pathsep)
    else:
        path = os.fsdecode(path)
        separator = os.pathsep
    visited = set()
    for folder in path.split(separator):
        key = os.path.normcase(folder)
        if key in visited:
            continue
        visited.add(key)
        candidate = os.path.join(folder, cmd)
        if _runnable(candidate, mode):
            return candidate
    return None


# Archives. Krait ships zipfile but no tarfile, so only the zip format is registered.

def _make_zipfile(base_name, base_dir, verbose=0, dry_run=0, logger=None,
                  owner=None, group=None, root_dir=None):
    import zipfile
    archive = base_name + ".zip"
    folder = os.path.dirname(base_name)
    if folder and not os.path.exists(folder):
        if logger is not None:
            logger.info("creating %s", folder)
        if not dry_run:
            os.makedirs(folder)
    if logger is not None:
        logger.info("creating '%s' and adding '%s' to it", archive, base_dir)
    if dry_run:
        return archive

    def on_disk(relative):
        return os.path.join(root_dir, relative) if root_dir is not None else relative

    def add(zf, relative):
        zf.write(on_disk(relative), relative)
        if logger is not None:
            logger.info("adding '%s'", relative)

    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        start = os.path.normpath(base_dir)
        if start != os.curdir:
            add(zf, start)
        for here, subdirs, files in os.walk(on_disk(base_dir)):
            relative_here = here if root_dir is None else os.path.relpath(here, root_dir)
            subdirs.sort()
            for name in subdirs:
                add(zf, os.path.normpath(os.path.join(relative_here, name)))
            for name in sorted(files):
                member = os.path.normpath(os.path.join(relative_here, name))
                if os.path.isfile(on_disk(member)):
                    add(zf, member)
    return archive


_make_zipfile.supports_root_dir = True

_ARCHIVE_FORMATS = {
    "zip": (_make_zipfile, [], "ZIP file"),
}


def get_archive_formats():
    """Sorted (name, description) pairs of the formats make_archive() knows."""
    return sorted((name, entry[2]) for name, entry in _ARCHIVE_FORMATS.items())


def _check_extra_args(extra_args):
    if not isinstance(extra_args, (tuple, list)):
        raise TypeError("extra_args needs to be a sequence")
    for item in extra_args:
        if not isinstance(item, (tuple, list)) or len(item) != 2:
            raise TypeError("extra_args elements are : (arg_name, value)")


def register_archive_format(name, function, extra_args=None, description=''):
    """Make `function(base_name, base_dir, **kwargs)` available to make_archive() as name."""
    if extra_args is None:
        extra_args = []
    if not callable(function):
        raise TypeError("The %s object is not callable" % function)
    _check_extra_args(extra_args)
    _ARCHIVE_FORMATS[name] = (function, extra_args, description)


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0,
                 dry_run=0, owner=None, group=None, logger=None):
    """Create an archive of base_dir (relative to root_dir) named base_name plus the format's
    extension; returns its name."""
    sys.audit("shutil.make_archive", base_name, format, root_dir, base_dir)
    try:
        maker, extra, _ = _ARCHIVE_FORMATS[format]
    except KeyError:
        raise ValueError("unknown archive format '%s'" % format) from None
    options = dict(extra)
    options.update(dry_run=dry_run, logger=logger)
    if format != "zip":
        options.update(owner=owner, group=group)
    previous_cwd = None
    if root_dir is not None:
        base_name = os.fspath(base_name)
        base_name = os.path.abspath(base_name)
        if getattr(maker, "supports_root_dir", False):
            options["root_dir"] = root_dir
        else:
            previous_cwd = os.getcwd()
            if logger is not None:
                logger.debug("changing into '%s'", root_dir)
            if not dry_run:
                os.chdir(root_dir)
    if base_dir is None:
        base_dir = os.curdir
    try:
        return maker(base_name, base_dir, **options)
    finally:
        if previous_cwd is not None:
            if logger is not None:
                logger.debug("changing back to '%s'", previous_cwd)
            os.chdir(previous_cwd)


def _unpack_zipfile(filename, extract_dir):
    import zipfile
    if not zipfile.is_zipfile(filename):
        raise ReadError("%s is not a zip file" % filename)
    with zipfile.ZipFile(filename) as zf:
        for member in zf.infolist():
            name = member.filename
            if name.startswith("/") or ".." in name:
                continue
            target = os.path.join(extract_dir, *name.split("/"))
            if not target:
                continue
            parent = os.path.dirname(target)
            if parent and not os.path.isdir(parent):
                os.makedirs(parent)
            if name.endswith("/"):
                continue
            with zf.open(name) as source, open(target, "wb") as sink:
                copyfileobj(source, sink)


_UNPACK_FORMATS = {
    "zip": ([".zip"], _unpack_zipfile, [], "ZIP file"),
}


def get_unpack_formats():
    """Sorted (name, extensions, description) triples of the formats unpack_archive() knows."""
    return sorted((name, entry[0], entry[3]) for name, entry in _UNPACK_FORMATS.items())


def register_unpack_format(name, extensions, function, extra_args=None, description=''):
    """Make `function(filename, extract_dir, **kwargs)` unpack archives ending in extensions."""
    if extra_args is None:
        extra_args = []
    owners = {}
    for known, entry in _UNPACK_FORMATS.items():
        for ext in entry[0]:
            owners[ext] = known
    for ext in extensions:
        if ext in owners:
            raise RegistryError('%s is already registered for "%s"' % (ext, owners[ext]))
    if not callable(function):
        raise TypeError("The registered function must be a callable")
    _UNPACK_FORMATS[name] = (extensions, function, extra_args, description)


def unregister_unpack_format(name):
    del _UNPACK_FORMATS[name]


def _format_for(filename):
    for name, entry in _UNPACK_FORMATS.items():
        if any(filename.endswith(ext) for ext in entry[0]):
            return name
    return None


def unpack_archive(filename, extract_dir=None, format=None):
    """Unpack an archive into extract_dir (default: the current directory); the format is
    given or guessed from the file name's extension."""
    sys.audit("shutil.unpack_archive", filename, extract_dir, format)
    extract_dir = os.getcwd() if extract_dir is None else os.fspath(extract_dir)
    filename = os.fspath(filename)
    if format is None:
        format = _format_for(filename)
        if format is None:
            raise ReadError("Unknown archive format '{0}'".format(filename))
    elif format not in _UNPACK_FORMATS:
        raise ValueError("Unknown unpack format '{0}'".format(format))
    _, unpacker, extra, _ = _UNPACK_FORMATS[format]
    unpacker(filename, extract_dir, **dict(extra))
