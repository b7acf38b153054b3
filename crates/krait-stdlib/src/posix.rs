//! posix: mirrors `Modules/posixmodule.c` for Linux — the system calls `lib/os.py` and
//! `lib/io.py` build on: paths (str, bytes or os.PathLike) and file descriptors, `stat`
//! results, the environment, processes. Errors are CPython's: the errno's OSError subclass
//! with the filename(s). `scandir` and `DirEntry` live in `posix_scandir.rs`, the
//! file-descriptor functions in `posix_fd.rs`, the environment and process identity in
//! `posix_proc.rs`, process creation and reaping (`fork`, `exec*`, `wait*`) in
//! `posix_fork.rs`.

use std::ffi::{CStr, CString};

use krait_vm::objects::exceptions::{new_exception, os_error_from_errno, oserror_subclass};
use krait_vm::objects::module::{new_module, set_attr};
use krait_vm::{Args, MethodDef, Payload, PyRef, PyResult, Vm};

use crate::args::{bool_arg, c_int, int_arg, parse, Spec};
use crate::structseq::{self, StructSeqDesc};

/// Fill `buf` from the kernel's random source (`getrandom`), retrying on EINTR; the errno on
/// failure.
pub fn fill_random(buf: &mut [u8]) -> Result<(), i32> {
    let mut done = 0;
    while done < buf.len() {
        let rest = &mut buf[done..];
        // SAFETY: getrandom writes at most `rest.len()` bytes into `rest`.
        let n = unsafe { libc::getrandom(rest.as_mut_ptr().cast(), rest.len(), 0) };
        if n < 0 {
            let e = errno();
            if e == libc::EINTR {
                continue;
            }
            return Err(e);
        }
        done += n as usize;
    }
    Ok(())
}

pub fn errno() -> i32 {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EIO)
}

/// OSError for the current errno, without a filename.
pub fn os_error(vm: &Vm) -> PyRef {
    os_error_from_errno(vm, errno(), None)
}

/// OSError for the current errno naming `path`.
pub fn path_error(vm: &Vm, path: &PathArg) -> PyRef {
    os_error_from_errno(vm, errno(), Some(path.obj.clone()))
}

/// OSError naming two paths (`rename`: `'a' -> 'b'`).
pub(crate) fn path_error2(vm: &Vm, a: &PathArg, b: &PathArg) -> PyRef {
    let e = errno();
    let args = vec![
        vm.int(e as i64),
        vm.string(krait_vm::modules::os_error_message(e)),
        a.obj.clone(),
        vm.none(),
        b.obj.clone(),
    ];
    new_exception(vm, &oserror_subclass(vm, e as i64), args)
}

// ----- paths -----

/// A converted path argument (`path_t`): the C string for the system call, the str or bytes
/// object for messages, and whether results should be bytes.
pub struct PathArg {
    pub c: CString,
    pub obj: PyRef,
    pub is_bytes: bool,
}

impl PathArg {
    pub fn bytes(&self) -> &[u8] {
        self.c.as_bytes()
    }
}

/// `os.fspath(o)` for str, bytes and `__fspath__`; None when `o` is none of these.
pub fn fspath_opt(vm: &Vm, o: &PyRef) -> PyResult<Option<PyRef>> {
    if matches!(o.payload, Payload::Str(_) | Payload::Bytes(_)) {
        return Ok(Some(o.clone()));
    }
    let Some(f) = o.type_data().lookup_str("__fspath__") else {
        return Ok(None);
    };
    let r = krait_vm::protocols::call::call_method_obj(vm, &f, o, &[])?;
    if matches!(r.payload, Payload::Str(_) | Payload::Bytes(_)) {
        return Ok(Some(r));
    }
    Err(vm.type_error(format!(
        "expected {}.__fspath__() to return str or bytes, not {}",
        vm.type_name(o),
        vm.type_name(&r)
    )))
}

/// How a function names the kinds of path it accepts in its TypeError.
#[derive(Clone, Copy)]
pub enum Accepts {
    Path,
    PathOrFd,
    PathFdOrNone,
}

/// Convert a path argument (`path_converter`).
pub fn path_arg(vm: &Vm, o: &PyRef, func: &str, arg: &str, accepts: Accepts) -> PyResult<PathArg> {
    let Some(p) = fspath_opt(vm, o)? else {
        let kinds = match accepts {
            Accepts::Path => "string, bytes or os.PathLike",
            Accepts::PathOrFd => "string, bytes, os.PathLike or integer",
            Accepts::PathFdOrNone => "string, bytes, os.PathLike, integer or None",
        };
        return Err(vm.type_error(format!(
            "{func}: {arg} should be {kinds}, not {}",
            vm.type_name(o)
        )));
    };
    let (raw, is_bytes) = match &p.payload {
        Payload::Bytes(b) => (b.to_vec(), true),
        _ => (p.as_str().unwrap_or("").as_bytes().to_vec(), false),
    };
    let c = CString::new(raw).map_err(|_| {
        vm.value_error(if is_bytes {
            format!("{func}: embedded null character in path")
        } else {
            "embedded null byte".to_string()
        })
    })?;
    Ok(PathArg {
        c,
        obj: p,
        is_bytes,
    })
}

/// A file name from the OS as str or bytes, matching the kind of the path argument.
pub fn os_name(vm: &Vm, raw: &[u8], as_bytes: bool) -> PyRef {
    if as_bytes {
        vm.bytes(raw)
    } else {
        vm.string(String::from_utf8_lossy(raw).into_owned())
    }
}

/// A file descriptor argument.
pub(crate) fn fd_arg(vm: &Vm, o: &PyRef) -> PyResult<i32> {
    c_int(vm, o)
}

/// `dir_fd` keyword: None means the current directory.
pub(crate) fn dir_fd(vm: &Vm, o: Option<&PyRef>) -> PyResult<i32> {
    match o {
        Some(o) if !vm.is_none(o) => fd_arg(vm, o),
        _ => Ok(libc::AT_FDCWD),
    }
}

pub(crate) fn check(ret: libc::c_int) -> Result<libc::c_int, ()> {
    if ret < 0 {
        Err(())
    } else {
        Ok(ret)
    }
}

// ----- stat -----

static STAT_RESULT: StructSeqDesc = StructSeqDesc {
    name: "os.stat_result",
    fields: &[
        "st_mode",
        "st_ino",
        "st_dev",
        "st_nlink",
        "st_uid",
        "st_gid",
        "st_size",
        "",
        "",
        "",
        "st_atime",
        "st_mtime",
        "st_ctime",
        "st_atime_ns",
        "st_mtime_ns",
        "st_ctime_ns",
        "st_blksize",
        "st_blocks",
        "st_rdev",
    ],
    n_sequence: 10,
    defaults: &[(10, 7), (11, 8), (12, 9)],
};

pub(crate) static TERMINAL_SIZE: StructSeqDesc = StructSeqDesc {
    name: "os.terminal_size",
    fields: &["columns", "lines"],
    n_sequence: 2,
    defaults: &[],
};

static TYPES: krait_vm::object::GilStatic<std::cell::RefCell<Vec<(&'static str, PyRef)>>> =
    krait_vm::object::GilStatic::new(std::cell::RefCell::new(Vec::new()));

/// The struct sequence type for `desc`, made on first use.
pub(crate) fn seq_type(vm: &Vm, desc: &'static StructSeqDesc) -> PyRef {
    let found = TYPES.with(|t| {
        t.borrow()
            .iter()
            .find(|(n, _)| *n == desc.name)
            .map(|(_, t)| t.clone())
    });
    if let Some(t) = found {
        return t;
    }
    let t = structseq::make_type(vm, desc);
    TYPES.with(|ts| ts.borrow_mut().push((desc.name, t.clone())));
    t
}

/// An `os.stat_result` from a `struct stat`.
pub fn stat_result(vm: &Vm, st: &libc::stat) -> PyRef {
    let u = |v: u64| vm.bigint(v.into());
    let times = [
        (st.st_atime, st.st_atime_nsec),
        (st.st_mtime, st.st_mtime_nsec),
        (st.st_ctime, st.st_ctime_nsec),
    ];
    let mut values = vec![
        vm.int(st.st_mode as i64),
        u(st.st_ino),
        u(st.st_dev),
        u(st.st_nlink),
        vm.int(st.st_uid as i64),
        vm.int(st.st_gid as i64),
        vm.int(st.st_size),
    ];
    values.extend(times.iter().map(|(s, _)| vm.int(*s)));
    values.extend(
        times
            .iter()
            .map(|(s, ns)| vm.float(*s as f64 + *ns as f64 * 1e-9)),
    );
    values.extend(
        times
            .iter()
            .map(|(s, ns)| vm.bigint((*s as i128 * 1_000_000_000 + *ns as i128).into())),
    );
    values.push(vm.int(st.st_blksize));
    values.push(vm.int(st.st_blocks));
    values.push(u(st.st_rdev));
    structseq::new(vm, &seq_type(vm, &STAT_RESULT), values)
}

fn zeroed_stat() -> libc::stat {
    // SAFETY: `stat` is a plain C struct of integers; all-zero is a valid value.
    unsafe { std::mem::zeroed() }
}

/// `fstat(fd)` as a `struct stat`; Err(errno).
pub fn fstat_raw(fd: i32) -> Result<libc::stat, i32> {
    let mut st = zeroed_stat();
    // SAFETY: fstat fills the stat struct it is given.
    if unsafe { libc::fstat(fd, &mut st) } != 0 {
        return Err(errno());
    }
    Ok(st)
}

/// `stat`/`lstat` of a path relative to `dirfd`; Err(errno).
pub fn stat_raw(dirfd: i32, path: &CStr, follow: bool) -> Result<libc::stat, i32> {
    let mut st = zeroed_stat();
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    // SAFETY: fstatat reads the NUL-terminated path and fills the stat struct it is given.
    if unsafe { libc::fstatat(dirfd, path.as_ptr(), &mut st, flags) } != 0 {
        return Err(errno());
    }
    Ok(st)
}

const STAT_SPEC: Spec = Spec {
    fname: "stat",
    names: &["path", "dir_fd", "follow_symlinks"],
    positional: 1,
    required: 1,
};

fn do_stat(vm: &Vm, args: Args, spec: &Spec, follow_default: bool) -> PyResult {
    let a = parse(vm, &args, spec)?;
    let p = a[0].expect("required");
    let follow = bool_arg(vm, a.get(2).copied().flatten(), follow_default)?;
    if let Payload::Int(_) = p.payload {
        let st = fstat_raw(fd_arg(vm, p)?).map_err(|e| os_error_from_errno(vm, e, None))?;
        return Ok(stat_result(vm, &st));
    }
    let path = path_arg(vm, p, spec.fname, "path", Accepts::PathOrFd)?;
    let st = stat_raw(dir_fd(vm, a[1])?, &path.c, follow)
        .map_err(|e| os_error_from_errno(vm, e, Some(path.obj.clone())))?;
    Ok(stat_result(vm, &st))
}

fn p_stat(vm: &Vm, args: Args) -> PyResult {
    do_stat(vm, args, &STAT_SPEC, true)
}

fn p_lstat(vm: &Vm, args: Args) -> PyResult {
    const SPEC: Spec = Spec {
        fname: "lstat",
        names: &["path", "dir_fd"],
        positional: 1,
        required: 1,
    };
    do_stat(vm, args, &SPEC, false)
}

fn p_fstat(vm: &Vm, args: Args) -> PyResult {
    const SPEC: Spec = Spec {
        fname: "fstat",
        names: &["fd"],
        positional: 1,
        required: 1,
    };
    let a = parse(vm, &args, &SPEC)?;
    let st = fstat_raw(fd_arg(vm, a[0].expect("required"))?)
        .map_err(|e| os_error_from_errno(vm, e, None))?;
    Ok(stat_result(vm, &st))
}

// ----- directories and names -----

fn p_getcwd(vm: &Vm, _args: Args) -> PyResult {
    match std::env::current_dir() {
        Ok(p) => Ok(vm.string(p.to_string_lossy().into_owned())),
        Err(e) => Err(os_error_from_errno(vm, e.raw_os_error().unwrap_or(0), None)),
    }
}

fn p_getcwdb(vm: &Vm, _args: Args) -> PyResult {
    use std::os::unix::ffi::OsStrExt;
    match std::env::current_dir() {
        Ok(p) => Ok(vm.bytes(p.as_os_str().as_bytes())),
        Err(e) => Err(os_error_from_errno(vm, e.raw_os_error().unwrap_or(0), None)),
    }
}

/// One-path functions: `f(path, *, dir_fd=None)` calling `op(dir_fd, path)`.
fn simple_path_call(
    vm: &Vm,
    args: Args,
    spec: &Spec,
    op: impl Fn(i32, &CStr) -> libc::c_int,
) -> PyResult {
    let a = parse(vm, &args, spec)?;
    let path = path_arg(
        vm,
        a[0].expect("required"),
        spec.fname,
        "path",
        Accepts::Path,
    )?;
    let fd = dir_fd(vm, a.get(1).copied().flatten())?;
    if op(fd, &path.c) < 0 {
        return Err(path_error(vm, &path));
    }
    Ok(vm.none())
}

fn p_chdir(vm: &Vm, args: Args) -> PyResult {
    const SPEC: Spec = Spec {
        fname: "chdir",
        names: &["path"],
        positional: 1,
        required: 1,
    };
    // SAFETY: chdir reads the NUL-terminated path.
    simple_path_call(vm, args, &SPEC, |_, p| unsafe { libc::chdir(p.as_ptr()) })
}

fn p_mkdir(vm: &Vm, args: Args) -> PyResult {
    const SPEC: Spec = Spec {
        fname: "mkdir",
        names: &["path", "mode", "dir_fd"],
        positional: 2,
        required: 1,
    };
    let a = parse(vm, &args, &SPEC)?;
    let path = path_arg(vm, a[0].expect("required"), "mkdir", "path", Accepts::Path)?;
    let mode = match a[1] {
        Some(m) => c_int(vm, m)? as libc::mode_t,
        None => 0o777,
    };
    // SAFETY: mkdirat reads the NUL-terminated path.
    if unsafe { libc::mkdirat(dir_fd(vm, a[2])?, path.c.as_ptr(), mode) } != 0 {
        return Err(path_error(vm, &path));
    }
    Ok(vm.none())
}

fn p_rmdir(vm: &Vm, args: Args) -> PyResult {
    const SPEC: Spec = Spec {
        fname: "rmdir",
        names: &["path", "dir_fd"],
        positional: 1,
        required: 1,
    };
    // SAFETY: unlinkat reads the NUL-terminated path.
    simple_path_call(vm, args, &SPEC, |fd, p| unsafe {
        libc::unlinkat(fd, p.as_ptr(), libc::AT_REMOVEDIR)
    })
}

fn unlink_named(vm: &Vm, args: Args, fname: &'static str) -> PyResult {
    let spec = Spec {
        fname,
        names: &["path", "dir_fd"],
        positional: 1,
        required: 1,
    };
    // SAFETY: unlinkat reads the NUL-terminated path.
    simple_path_call(vm, args, &spec, |fd, p| unsafe {
        libc::unlinkat(fd, p.as_ptr(), 0)
    })
}

fn p_unlink(vm: &Vm, args: Args) -> PyResult {
    unlink_named(vm, args, "unlink")
}

fn p_remove(vm: &Vm, args: Args) -> PyResult {
    unlink_named(vm, args, "remove")
}

fn rename_named(vm: &Vm, args: Args, fname: &'static str) -> PyResult {
    let spec = Spec {
        fname,
        names: &["src", "dst", "src_dir_fd", "dst_dir_fd"],
        positional: 2,
        required: 2,
    };
    let a = parse(vm, &args, &spec)?;
    let src = path_arg(vm, a[0].expect("required"), fname, "src", Accepts::Path)?;
    let dst = path_arg(vm, a[1].expect("required"), fname, "dst", Accepts::Path)?;
    let (sfd, dfd) = (dir_fd(vm, a[2])?, dir_fd(vm, a[3])?);
    // SAFETY: renameat reads the two NUL-terminated paths.
    if unsafe { libc::renameat(sfd, src.c.as_ptr(), dfd, dst.c.as_ptr()) } != 0 {
        return Err(path_error2(vm, &src, &dst));
    }
    Ok(vm.none())
}

fn p_rename(vm: &Vm, args: Args) -> PyResult {
    rename_named(vm, args, "rename")
}

fn p_replace(vm: &Vm, args: Args) -> PyResult {
    rename_named(vm, args, "replace")
}

fn p_listdir(vm: &Vm, args: Args) -> PyResult {
    use std::os::unix::ffi::OsStrExt;
    const SPEC: Spec = Spec {
        fname: "listdir",
        names: &["path"],
        positional: 1,
        required: 0,
    };
    let a = parse(vm, &args, &SPEC)?;
    let path = match a[0].filter(|p| !vm.is_none(p)) {
        Some(p) => path_arg(vm, p, "listdir", "path", Accepts::PathFdOrNone)?,
        None => path_arg(vm, &vm.str("."), "listdir", "path", Accepts::PathFdOrNone)?,
    };
    let os = std::ffi::OsStr::from_bytes(path.bytes());
    let rd = std::fs::read_dir(os).map_err(|e| {
        os_error_from_errno(vm, e.raw_os_error().unwrap_or(0), Some(path.obj.clone()))
    })?;
    let mut out = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| {
            os_error_from_errno(vm, e.raw_os_error().unwrap_or(0), Some(path.obj.clone()))
        })?;
        out.push(os_name(vm, entry.file_name().as_bytes(), path.is_bytes));
    }
    Ok(vm.list(out))
}

fn p_readlink(vm: &Vm, args: Args) -> PyResult {
    const SPEC: Spec = Spec {
        fname: "readlink",
        names: &["path", "dir_fd"],
        positional: 1,
        required: 1,
    };
    let a = parse(vm, &args, &SPEC)?;
    let path = path_arg(
        vm,
        a[0].expect("required"),
        "readlink",
        "path",
        Accepts::Path,
    )?;
    let fd = dir_fd(vm, a[1])?;
    let mut buf = vec![0u8; libc::PATH_MAX as usize + 1];
    // SAFETY: readlinkat writes at most buf.len() bytes into buf.
    let n = unsafe { libc::readlinkat(fd, path.c.as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
    if n < 0 {
        return Err(path_error(vm, &path));
    }
    Ok(os_name(vm, &buf[..n as usize], path.is_bytes))
}

fn p_symlink(vm: &Vm, args: Args) -> PyResult {
    const SPEC: Spec = Spec {
        fname: "symlink",
        names: &["src", "dst", "target_is_directory", "dir_fd"],
        positional: 3,
        required: 2,
    };
    let a = parse(vm, &args, &SPEC)?;
    let src = path_arg(vm, a[0].expect("required"), "symlink", "src", Accepts::Path)?;
    let dst = path_arg(vm, a[1].expect("required"), "symlink", "dst", Accepts::Path)?;
    let fd = dir_fd(vm, a[3])?;
    // SAFETY: symlinkat reads the two NUL-terminated paths.
    if unsafe { libc::symlinkat(src.c.as_ptr(), fd, dst.c.as_ptr()) } != 0 {
        return Err(path_error2(vm, &src, &dst));
    }
    Ok(vm.none())
}

fn p_chmod(vm: &Vm, args: Args) -> PyResult {
    const SPEC: Spec = Spec {
        fname: "chmod",
        names: &["path", "mode", "dir_fd", "follow_symlinks"],
        positional: 2,
        required: 2,
    };
    let a = parse(vm, &args, &SPEC)?;
    let p = a[0].expect("required");
    let mode = c_int(vm, a[1].expect("required"))? as libc::mode_t;
    if let Payload::Int(_) = p.payload {
        // SAFETY: fchmod only changes the open file's mode.
        if unsafe { libc::fchmod(fd_arg(vm, p)?, mode) } != 0 {
            return Err(os_error(vm));
        }
        return Ok(vm.none());
    }
    let path = path_arg(vm, p, "chmod", "path", Accepts::PathOrFd)?;
    // fchmodat has no working AT_SYMLINK_NOFOLLOW on Linux; the flag is accepted and ignored.
    let _ = bool_arg(vm, a[3], true)?;
    // SAFETY: fchmodat reads the NUL-terminated path.
    if unsafe { libc::fchmodat(dir_fd(vm, a[2])?, path.c.as_ptr(), mode, 0) } != 0 {
        return Err(path_error(vm, &path));
    }
    Ok(vm.none())
}

fn p_fchmod(vm: &Vm, args: Args) -> PyResult {
    let p = crate::math::n_args(vm, &args, "fchmod", 2)?;
    let fd = fd_arg(vm, &p[0])?;
    let mode = c_int(vm, &p[1])? as libc::mode_t;
    // SAFETY: fchmod only changes the open file's mode.
    if unsafe { libc::fchmod(fd, mode) } != 0 {
        return Err(os_error(vm));
    }
    Ok(vm.none())
}

fn p_link(vm: &Vm, args: Args) -> PyResult {
    const SPEC: Spec = Spec {
        fname: "link",
        names: &["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"],
        positional: 2,
        required: 2,
    };
    let a = parse(vm, &args, &SPEC)?;
    let src = path_arg(vm, a[0].expect("required"), "link", "src", Accepts::Path)?;
    let dst = path_arg(vm, a[1].expect("required"), "link", "dst", Accepts::Path)?;
    let flags = if bool_arg(vm, a[4], true)? {
        libc::AT_SYMLINK_FOLLOW
    } else {
        0
    };
    let (sfd, dfd) = (dir_fd(vm, a[2])?, dir_fd(vm, a[3])?);
    // SAFETY: linkat reads the two NUL-terminated paths.
    if unsafe { libc::linkat(sfd, src.c.as_ptr(), dfd, dst.c.as_ptr(), flags) } != 0 {
        return Err(path_error2(vm, &src, &dst));
    }
    Ok(vm.none())
}

fn p_truncate(vm: &Vm, args: Args) -> PyResult {
    const SPEC: Spec = Spec {
        fname: "truncate",
        names: &["path", "length"],
        positional: 2,
        required: 2,
    };
    let a = parse(vm, &args, &SPEC)?;
    let p = a[0].expect("required");
    let len = int_arg(vm, a[1].expect("required"))?;
    if let Payload::Int(_) = p.payload {
        // SAFETY: ftruncate only resizes the open file.
        if unsafe { libc::ftruncate(fd_arg(vm, p)?, len) } != 0 {
            return Err(os_error(vm));
        }
        return Ok(vm.none());
    }
    let path = path_arg(vm, p, "truncate", "path", Accepts::PathOrFd)?;
    // SAFETY: truncate reads the NUL-terminated path.
    if unsafe { libc::truncate(path.c.as_ptr(), len) } != 0 {
        return Err(path_error(vm, &path));
    }
    Ok(vm.none())
}

fn p_access(vm: &Vm, args: Args) -> PyResult {
    const SPEC: Spec = Spec {
        fname: "access",
        names: &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        positional: 2,
        required: 2,
    };
    let a = parse(vm, &args, &SPEC)?;
    let path = path_arg(
        vm,
        a[0].expect("required"),
        "access",
        "path",
        Accepts::PathOrFd,
    )?;
    let mode = c_int(vm, a[1].expect("required"))?;
    let mut flags = 0;
    if bool_arg(vm, a[3], false)? {
        flags |= libc::AT_EACCESS;
    }
    if !bool_arg(vm, a[4], true)? {
        flags |= libc::AT_SYMLINK_NOFOLLOW;
    }
    // SAFETY: faccessat reads the NUL-terminated path.
    let r = unsafe { libc::faccessat(dir_fd(vm, a[2])?, path.c.as_ptr(), mode, flags) };
    Ok(vm.bool(r == 0))
}

/// One `(atime, mtime)` pair of `utime` as timespecs, from floats/ints or nanoseconds.
fn utime_times(
    vm: &Vm,
    times: Option<&PyRef>,
    ns: Option<&PyRef>,
) -> PyResult<Option<[libc::timespec; 2]>> {
    let pair = |o: &PyRef, what: &str| -> PyResult<[PyRef; 2]> {
        match o.as_tuple() {
            Some([a, b]) => Ok([a.clone(), b.clone()]),
            _ => Err(vm.type_error(format!("utime: '{what}' must be a tuple of two ints"))),
        }
    };
    let times = times.filter(|t| !vm.is_none(t));
    if times.is_some() && ns.is_some() {
        return Err(vm.value_error("utime: you may specify either 'times' or 'ns' but not both"));
    }
    if let Some(t) = times {
        let Some([a, b]) = t.as_tuple().and_then(|t| <&[PyRef; 2]>::try_from(t).ok()) else {
            return Err(vm.type_error("utime: 'times' must be either a tuple of two ints or None"));
        };
        let conv = |o: &PyRef| -> PyResult<libc::timespec> {
            let f = crate::math::as_double(vm, o)?;
            let s = f.floor();
            let nsec = ((f - s) * 1e9).round() as i64;
            Ok(libc::timespec {
                tv_sec: s as libc::time_t,
                tv_nsec: nsec.min(999_999_999),
            })
        };
        return Ok(Some([conv(a)?, conv(b)?]));
    }
    if let Some(n) = ns {
        let [a, b] = pair(n, "ns")?;
        let conv = |o: &PyRef| -> PyResult<libc::timespec> {
            let v = krait_vm::protocols::number::index(vm, o)?;
            let v = krait_vm::objects::int::int_val(&v)
                .map(|x| x.to_big())
                .unwrap_or_default();
            let billion = num_bigint::BigInt::from(1_000_000_000);
            let (s, n) = (&v / &billion, &v % &billion);
            let (s, n) = if n < num_bigint::BigInt::from(0) {
                (s - 1, n + &billion)
            } else {
                (s, n)
            };
            use num_traits::ToPrimitive;
            Ok(libc::timespec {
                tv_sec: s.to_i64().unwrap_or(0),
                tv_nsec: n.to_i64().unwrap_or(0),
            })
        };
        return Ok(Some([conv(&a)?, conv(&b)?]));
    }
    Ok(None)
}

fn p_utime(vm: &Vm, args: Args) -> PyResult {
    const SPEC: Spec = Spec {
        fname: "utime",
        names: &["path", "times", "ns", "dir_fd", "follow_symlinks"],
        positional: 2,
        required: 1,
    };
    let a = parse(vm, &args, &SPEC)?;
    let path = path_arg(
        vm,
        a[0].expect("required"),
        "utime",
        "path",
        Accepts::PathOrFd,
    )?;
    let times = utime_times(vm, a[1], a[2])?;
    let flags = if bool_arg(vm, a[4], true)? {
        0
    } else {
        libc::AT_SYMLINK_NOFOLLOW
    };
    let ptr = times.as_ref().map_or(std::ptr::null(), |t| t.as_ptr());
    // SAFETY: utimensat reads the path and, when non-null, two timespecs.
    if unsafe { libc::utimensat(dir_fd(vm, a[3])?, path.c.as_ptr(), ptr, flags) } != 0 {
        return Err(os_error(vm));
    }
    Ok(vm.none())
}

fn p_fspath(vm: &Vm, args: Args) -> PyResult {
    const SPEC: Spec = Spec {
        fname: "fspath",
        names: &["path"],
        positional: 1,
        required: 1,
    };
    let a = parse(vm, &args, &SPEC)?;
    let o = a[0].expect("required");
    fspath_opt(vm, o)?.ok_or_else(|| {
        vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(o)
        ))
    })
}

/// The arguments of a `METH_NOARGS` function: none.
pub(crate) fn no_args(vm: &Vm, args: &Args, fname: &str) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("posix.{fname}() takes no keyword arguments")));
    }
    match args.values.len() {
        0 => Ok(()),
        n => Err(vm.type_error(format!("posix.{fname}() takes no arguments ({n} given)"))),
    }
}

/// The arguments of an Argument Clinic function with exactly `n` positional-only parameters.
pub(crate) fn pos_args<'a>(
    vm: &Vm,
    args: &Args<'a>,
    fname: &str,
    n: usize,
) -> PyResult<&'a [PyRef]> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("posix.{fname}() takes no keyword arguments")));
    }
    let p = args.pos();
    if p.len() != n {
        let plural = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{fname}() takes exactly {n} argument{plural} ({} given)",
            p.len()
        )));
    }
    Ok(p)
}

pub(crate) fn one<'a>(vm: &Vm, args: &Args<'a>, fname: &str) -> PyResult<&'a PyRef> {
    match args.pos() {
        [x] if args.kwnames.is_empty() => Ok(x),
        _ => Err(vm.type_error(format!(
            "{fname}() takes exactly one argument ({} given)",
            args.values.len()
        ))),
    }
}

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("stat", p_stat),
    MethodDef::method("lstat", p_lstat),
    MethodDef::method("fstat", p_fstat),
    MethodDef::method("getcwd", p_getcwd),
    MethodDef::method("getcwdb", p_getcwdb),
    MethodDef::method("chdir", p_chdir),
    MethodDef::method("mkdir", p_mkdir),
    MethodDef::method("rmdir", p_rmdir),
    MethodDef::method("unlink", p_unlink),
    MethodDef::method("remove", p_remove),
    MethodDef::method("rename", p_rename),
    MethodDef::method("replace", p_replace),
    MethodDef::method("listdir", p_listdir),
    MethodDef::method("scandir", crate::posix_scandir::scandir),
    MethodDef::method("readlink", p_readlink),
    MethodDef::method("symlink", p_symlink),
    MethodDef::method("access", p_access),
    MethodDef::method("chmod", p_chmod),
    MethodDef::method("fchmod", p_fchmod),
    MethodDef::method("link", p_link),
    MethodDef::method("truncate", p_truncate),
    MethodDef::method("utime", p_utime),
    MethodDef::method("fspath", p_fspath),
];

const CONSTANTS: &[(&str, i32)] = &[
    ("O_RDONLY", libc::O_RDONLY),
    ("O_WRONLY", libc::O_WRONLY),
    ("O_RDWR", libc::O_RDWR),
    ("O_ACCMODE", libc::O_ACCMODE),
    ("O_CREAT", libc::O_CREAT),
    ("O_EXCL", libc::O_EXCL),
    ("O_TRUNC", libc::O_TRUNC),
    ("O_APPEND", libc::O_APPEND),
    ("O_NONBLOCK", libc::O_NONBLOCK),
    ("O_NDELAY", libc::O_NDELAY),
    ("O_CLOEXEC", libc::O_CLOEXEC),
    ("O_DIRECTORY", libc::O_DIRECTORY),
    ("O_NOFOLLOW", libc::O_NOFOLLOW),
    ("O_NOCTTY", libc::O_NOCTTY),
    ("O_SYNC", libc::O_SYNC),
    ("O_DSYNC", libc::O_DSYNC),
    ("O_TMPFILE", libc::O_TMPFILE),
    ("F_OK", libc::F_OK),
    ("R_OK", libc::R_OK),
    ("W_OK", libc::W_OK),
    ("X_OK", libc::X_OK),
    ("SEEK_SET", libc::SEEK_SET),
    ("SEEK_CUR", libc::SEEK_CUR),
    ("SEEK_END", libc::SEEK_END),
    ("SEEK_DATA", libc::SEEK_DATA),
    ("SEEK_HOLE", libc::SEEK_HOLE),
    ("WNOHANG", libc::WNOHANG),
    ("WUNTRACED", libc::WUNTRACED),
    ("WCONTINUED", libc::WCONTINUED),
    ("EX_OK", 0),
];

pub fn init(vm: &Vm) -> PyResult {
    let m = new_module(vm, "posix");
    crate::add_functions(vm, &m, FUNCTIONS);
    crate::add_functions(vm, &m, crate::posix_fd::FUNCTIONS);
    crate::add_functions(vm, &m, crate::posix_proc::FUNCTIONS);
    crate::add_functions(vm, &m, crate::posix_fork::FUNCTIONS);
    set_attr(vm, &m, "environ", crate::posix_proc::environ_dict(vm)?);
    for (name, v) in CONSTANTS {
        set_attr(vm, &m, name, vm.int(*v as i64));
    }
    set_attr(vm, &m, "error", vm.t.os_error.clone());
    set_attr(vm, &m, "stat_result", seq_type(vm, &STAT_RESULT));
    set_attr(vm, &m, "terminal_size", seq_type(vm, &TERMINAL_SIZE));
    set_attr(
        vm,
        &m,
        "statvfs_result",
        seq_type(vm, &crate::posix_fd::STATVFS_RESULT),
    );
    set_attr(
        vm,
        &m,
        "times_result",
        seq_type(vm, &crate::posix_proc::TIMES_RESULT),
    );
    set_attr(
        vm,
        &m,
        "uname_result",
        seq_type(vm, &crate::posix_proc::UNAME_RESULT),
    );
    set_attr(vm, &m, "DirEntry", crate::posix_scandir::dir_entry_type(vm));
    Ok(m)
}
