//! The file-descriptor functions of `posix` (`Modules/posixmodule.c`): `open`, `read`,
//! `write`, `close`, `lseek`, `dup`/`dup2`, `pipe`, `ftruncate`, `fsync`, `isatty`,
//! `get_terminal_size`, `statvfs`/`fstatvfs`, the descriptor flags (`get_inheritable`/
//! `set_inheritable`, `get_blocking`/`set_blocking`) and `pipe2`. System calls interrupted by a signal are retried, as PEP 475 asks.

use krait_vm::objects::exceptions::os_error_from_errno;
use krait_vm::{Args, MethodDef, Payload, PyRef, PyResult, Vm};

use crate::args::{bool_arg, c_int, int_arg, parse, Spec};
use crate::posix::{
    check, dir_fd, errno, fd_arg, os_error, path_arg, path_error, seq_type, Accepts, TERMINAL_SIZE,
};
use crate::structseq::{self, StructSeqDesc};

fn p_open(vm: &Vm, args: Args) -> PyResult {
    const SPEC: Spec = Spec {
        fname: "open",
        names: &["path", "flags", "mode", "dir_fd"],
        positional: 3,
        required: 2,
    };
    let a = parse(vm, &args, &SPEC)?;
    let path = path_arg(vm, a[0].expect("required"), "open", "path", Accepts::Path)?;
    let flags = c_int(vm, a[1].expect("required"))? | libc::O_CLOEXEC;
    let mode = match a[2] {
        Some(m) => c_int(vm, m)?,
        None => 0o777,
    };
    let dfd = dir_fd(vm, a[3])?;
    loop {
        // SAFETY: openat reads the NUL-terminated path.
        let fd = unsafe { libc::openat(dfd, path.c.as_ptr(), flags, mode as libc::c_uint) };
        if fd >= 0 {
            return Ok(vm.int(fd as i64));
        }
        if errno() != libc::EINTR {
            return Err(path_error(vm, &path));
        }
    }
}

fn fd_only(vm: &Vm, args: &Args, fname: &'static str) -> PyResult<i32> {
    let spec = Spec {
        fname,
        names: &["fd"],
        positional: 1,
        required: 1,
    };
    let a = parse(vm, args, &spec)?;
    fd_arg(vm, a[0].expect("required"))
}

fn p_close(vm: &Vm, args: Args) -> PyResult {
    let fd = fd_only(vm, &args, "close")?;
    // SAFETY: closing a descriptor number has no memory effects.
    if unsafe { libc::close(fd) } != 0 {
        return Err(os_error(vm));
    }
    Ok(vm.none())
}

fn p_closerange(vm: &Vm, args: Args) -> PyResult {
    let p = crate::math::n_args(vm, &args, "closerange", 2)?;
    let (lo, hi) = (fd_arg(vm, &p[0])?, fd_arg(vm, &p[1])?);
    for fd in lo.max(0)..hi {
        // SAFETY: closing descriptor numbers has no memory effects; errors are ignored.
        unsafe { libc::close(fd) };
    }
    Ok(vm.none())
}

fn p_read(vm: &Vm, args: Args) -> PyResult {
    let p = crate::math::n_args(vm, &args, "read", 2)?;
    let fd = fd_arg(vm, &p[0])?;
    let n = int_arg(vm, &p[1])?;
    if n < 0 {
        return Err(os_error_from_errno(vm, libc::EINVAL, None));
    }
    // Uninitialised capacity, as CPython's PyBytes_FromStringAndSize(NULL, n): callers ask for
    // far more than arrives (TextIOWrapper reads to the end with 1 GiB requests), and zeroing
    // that much costs up to seconds when the allocator hands back recycled pages.
    let mut buf: Vec<u8> = Vec::new();
    if buf.try_reserve_exact(n as usize).is_err() {
        return Err(vm.memory_error());
    }
    loop {
        // Without the GIL (a pipe read can wait); EINTR runs signal handlers and retries.
        let (got, err) = vm.allow_threads(|| {
            // SAFETY: read writes at most n bytes into the buffer's reserved capacity.
            let got = unsafe { libc::read(fd, buf.as_mut_ptr().cast(), n as usize) };
            (got, errno())
        });
        if got >= 0 {
            // SAFETY: read initialised the first `got` (<= n <= capacity) bytes.
            unsafe { buf.set_len(got as usize) };
            return Ok(vm.bytes_vec(buf));
        }
        if err != libc::EINTR {
            return Err(os_error_from_errno(vm, err, None));
        }
        krait_vm::modules::_signal::check_after_eintr(vm)?;
    }
}

/// The bytes of a bytes-like argument (bytes, bytearray, memoryview).
fn buffer_arg(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    match &o.payload {
        Payload::Bytes(b) => Ok(b.to_vec()),
        Payload::ByteArray(b) => Ok(b.borrow().clone()),
        _ => krait_vm::objects::bytes::bytes_from_object(vm, o),
    }
}

fn p_write(vm: &Vm, args: Args) -> PyResult {
    let p = crate::math::n_args(vm, &args, "write", 2)?;
    let fd = fd_arg(vm, &p[0])?;
    let data = buffer_arg(vm, &p[1])?;
    loop {
        let (n, err) = vm.allow_threads(|| {
            // SAFETY: write reads data.len() bytes from data.
            let n = unsafe { libc::write(fd, data.as_ptr().cast(), data.len()) };
            (n, errno())
        });
        if n >= 0 {
            return Ok(vm.int(n as i64));
        }
        if err != libc::EINTR {
            return Err(os_error_from_errno(vm, err, None));
        }
        krait_vm::modules::_signal::check_after_eintr(vm)?;
    }
}

fn p_lseek(vm: &Vm, args: Args) -> PyResult {
    let p = crate::math::n_args(vm, &args, "lseek", 3)?;
    let fd = fd_arg(vm, &p[0])?;
    let pos = int_arg(vm, &p[1])?;
    let how = c_int(vm, &p[2])?;
    // SAFETY: lseek only moves a descriptor's offset.
    let r = unsafe { libc::lseek(fd, pos, how) };
    if r < 0 {
        return Err(os_error(vm));
    }
    Ok(vm.int(r))
}

fn p_ftruncate(vm: &Vm, args: Args) -> PyResult {
    let p = crate::math::n_args(vm, &args, "ftruncate", 2)?;
    let fd = fd_arg(vm, &p[0])?;
    let len = int_arg(vm, &p[1])?;
    // SAFETY: ftruncate only resizes the open file.
    if unsafe { libc::ftruncate(fd, len) } != 0 {
        return Err(os_error(vm));
    }
    Ok(vm.none())
}

fn p_fsync(vm: &Vm, args: Args) -> PyResult {
    let o = args
        .pos()
        .first()
        .ok_or_else(|| vm.type_error("fsync() missing required argument 'fd' (pos 1)"))?;
    let fd = match krait_vm::protocols::call::call_special(vm, o, &vm.names.fileno, &[]) {
        Ok(Some(f)) if !matches!(o.payload, Payload::Int(_)) => fd_arg(vm, &f)?,
        _ => fd_arg(vm, o)?,
    };
    // SAFETY: fsync only flushes the open file.
    if unsafe { libc::fsync(fd) } != 0 {
        return Err(os_error(vm));
    }
    Ok(vm.none())
}

fn p_isatty(vm: &Vm, args: Args) -> PyResult {
    let fd = fd_only(vm, &args, "isatty")?;
    // SAFETY: isatty only inspects the descriptor.
    Ok(vm.bool(unsafe { libc::isatty(fd) } == 1))
}

fn p_dup(vm: &Vm, args: Args) -> PyResult {
    let fd = fd_only(vm, &args, "dup")?;
    // SAFETY: fcntl(F_DUPFD_CLOEXEC) only duplicates the descriptor.
    let r = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    check(r).map_err(|_| os_error(vm))?;
    Ok(vm.int(r as i64))
}

fn p_dup2(vm: &Vm, args: Args) -> PyResult {
    const SPEC: Spec = Spec {
        fname: "dup2",
        names: &["fd", "fd2", "inheritable"],
        positional: 3,
        required: 2,
    };
    let a = parse(vm, &args, &SPEC)?;
    let fd = fd_arg(vm, a[0].expect("required"))?;
    let fd2 = fd_arg(vm, a[1].expect("required"))?;
    let flags = if bool_arg(vm, a[2], true)? {
        0
    } else {
        libc::O_CLOEXEC
    };
    let r = if fd == fd2 {
        // dup3 rejects equal descriptors; dup2 checks the descriptor is valid.
        // SAFETY: dup2 only manipulates descriptor numbers.
        unsafe { libc::dup2(fd, fd2) }
    } else {
        // SAFETY: dup3 only manipulates descriptor numbers.
        unsafe { libc::dup3(fd, fd2, flags) }
    };
    check(r).map_err(|_| os_error(vm))?;
    Ok(vm.int(r as i64))
}

fn p_pipe(vm: &Vm, _args: Args) -> PyResult {
    let mut fds = [0i32; 2];
    // SAFETY: pipe2 writes two descriptors into the array.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(os_error(vm));
    }
    Ok(vm.tuple(vec![vm.int(fds[0] as i64), vm.int(fds[1] as i64)]))
}

/// The one argument of a one-parameter positional-only function (`posix.NAME() takes exactly
/// one argument (N given)`).
fn one_arg<'a>(vm: &Vm, args: &Args<'a>, fname: &str) -> PyResult<&'a PyRef> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
    }
    match args.pos() {
        [one] => Ok(one),
        p => Err(vm.type_error(format!(
            "posix.{fname}() takes exactly one argument ({} given)",
            p.len()
        ))),
    }
}

/// A descriptor and a flag, both positional (`NAME expected 2 arguments, got N`).
fn fd_and_flag(vm: &Vm, args: &Args, fname: &str) -> PyResult<(i32, bool)> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{fname}() takes no keyword arguments")));
    }
    match args.pos() {
        [fd, flag] => Ok((fd_arg(vm, fd)?, bool_arg(vm, Some(flag), false)?)),
        p => Err(vm.type_error(format!("{fname} expected 2 arguments, got {}", p.len()))),
    }
}

/// One flag bit of a descriptor, with the fcntl commands that read and write its word.
struct DescFlag {
    get: i32,
    set: i32,
    bit: i32,
}

/// `FD_CLOEXEC`: set means not inheritable.
const CLOSE_ON_EXEC: DescFlag = DescFlag {
    get: libc::F_GETFD,
    set: libc::F_SETFD,
    bit: libc::FD_CLOEXEC,
};

/// `O_NONBLOCK`: set means not blocking.
const NON_BLOCKING: DescFlag = DescFlag {
    get: libc::F_GETFL,
    set: libc::F_SETFL,
    bit: libc::O_NONBLOCK,
};

fn flag_is_set(vm: &Vm, fd: i32, flag: &DescFlag) -> PyResult<bool> {
    // SAFETY: F_GETFD/F_GETFL only read the descriptor's flags.
    let word = unsafe { libc::fcntl(fd, flag.get) };
    let word = check(word).map_err(|_| os_error(vm))?;
    Ok(word & flag.bit != 0)
}

/// Set or clear one flag, skipping the write when it already holds (`_Py_set_inheritable`,
/// `_Py_set_blocking`).
fn set_flag(vm: &Vm, fd: i32, flag: &DescFlag, on: bool) -> PyResult {
    // SAFETY: F_GETFD/F_GETFL only read the descriptor's flags.
    let old = check(unsafe { libc::fcntl(fd, flag.get) }).map_err(|_| os_error(vm))?;
    let new = if on { old | flag.bit } else { old & !flag.bit };
    if new != old {
        // SAFETY: F_SETFD/F_SETFL only change the descriptor's flags.
        check(unsafe { libc::fcntl(fd, flag.set, new) }).map_err(|_| os_error(vm))?;
    }
    Ok(vm.none())
}

fn p_get_inheritable(vm: &Vm, args: Args) -> PyResult {
    let fd = fd_arg(vm, one_arg(vm, &args, "get_inheritable")?)?;
    Ok(vm.bool(!flag_is_set(vm, fd, &CLOSE_ON_EXEC)?))
}

fn p_set_inheritable(vm: &Vm, args: Args) -> PyResult {
    let (fd, inheritable) = fd_and_flag(vm, &args, "set_inheritable")?;
    set_flag(vm, fd, &CLOSE_ON_EXEC, !inheritable)
}

fn p_get_blocking(vm: &Vm, args: Args) -> PyResult {
    let fd = fd_arg(vm, one_arg(vm, &args, "get_blocking")?)?;
    Ok(vm.bool(!flag_is_set(vm, fd, &NON_BLOCKING)?))
}

fn p_set_blocking(vm: &Vm, args: Args) -> PyResult {
    let (fd, blocking) = fd_and_flag(vm, &args, "set_blocking")?;
    set_flag(vm, fd, &NON_BLOCKING, !blocking)
}

/// `pipe2(flags)`: a pipe whose ends get `flags` (`O_NONBLOCK`, `O_CLOEXEC`) at creation.
fn p_pipe2(vm: &Vm, args: Args) -> PyResult {
    let flags = c_int(vm, one_arg(vm, &args, "pipe2")?)?;
    let mut fds = [0i32; 2];
    // SAFETY: pipe2 writes two descriptors into the array.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), flags) } != 0 {
        return Err(os_error(vm));
    }
    Ok(vm.tuple(vec![vm.int(fds[0] as i64), vm.int(fds[1] as i64)]))
}

fn p_get_terminal_size(vm: &Vm, args: Args) -> PyResult {
    let fd = match args.pos().first() {
        Some(o) => fd_arg(vm, o)?,
        None => 1,
    };
    // SAFETY: winsize is a plain C struct; all-zero is valid.
    let mut ws: libc::winsize = unsafe { std::mem::zeroed() };
    // SAFETY: TIOCGWINSZ fills the winsize struct it is given.
    if unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut ws) } != 0 {
        return Err(os_error(vm));
    }
    let values = vec![vm.int(ws.ws_col as i64), vm.int(ws.ws_row as i64)];
    Ok(structseq::new(vm, &seq_type(vm, &TERMINAL_SIZE), values))
}

pub(crate) static STATVFS_RESULT: StructSeqDesc = StructSeqDesc {
    name: "os.statvfs_result",
    fields: &[
        "f_bsize",
        "f_frsize",
        "f_blocks",
        "f_bfree",
        "f_bavail",
        "f_files",
        "f_ffree",
        "f_favail",
        "f_flag",
        "f_namemax",
        "f_fsid",
    ],
    n_sequence: 10,
    defaults: &[],
};

fn statvfs_result(vm: &Vm, st: &libc::statvfs) -> PyRef {
    let u = |v: u64| vm.bigint(v.into());
    let values = vec![
        u(st.f_bsize),
        u(st.f_frsize),
        u(st.f_blocks),
        u(st.f_bfree),
        u(st.f_bavail),
        u(st.f_files),
        u(st.f_ffree),
        u(st.f_favail),
        u(st.f_flag),
        u(st.f_namemax),
        u(st.f_fsid),
    ];
    structseq::new(vm, &seq_type(vm, &STATVFS_RESULT), values)
}

/// `statvfs(path)`: a path or an open file descriptor.
fn p_statvfs(vm: &Vm, args: Args) -> PyResult {
    const SPEC: Spec = Spec {
        fname: "statvfs",
        names: &["path"],
        positional: 1,
        required: 1,
    };
    let a = parse(vm, &args, &SPEC)?;
    let p = a[0].expect("required");
    // SAFETY: statvfs is a plain C struct of integers; all-zero is a valid value.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    if let Payload::Int(_) = p.payload {
        let fd = fd_arg(vm, p)?;
        // SAFETY: fstatvfs fills the struct it is given.
        if unsafe { libc::fstatvfs(fd, &mut st) } != 0 {
            return Err(os_error(vm));
        }
        return Ok(statvfs_result(vm, &st));
    }
    let path = path_arg(vm, p, "statvfs", "path", Accepts::PathOrFd)?;
    // SAFETY: statvfs reads the NUL-terminated path and fills the struct it is given.
    if unsafe { libc::statvfs(path.c.as_ptr(), &mut st) } != 0 {
        return Err(path_error(vm, &path));
    }
    Ok(statvfs_result(vm, &st))
}

fn p_fstatvfs(vm: &Vm, args: Args) -> PyResult {
    const SPEC: Spec = Spec {
        fname: "fstatvfs",
        names: &["fd"],
        positional: 1,
        required: 1,
    };
    let a = parse(vm, &args, &SPEC)?;
    let fd = fd_arg(vm, a[0].expect("required"))?;
    // SAFETY: statvfs is a plain C struct of integers; all-zero is a valid value.
    let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
    // SAFETY: fstatvfs fills the struct it is given.
    if unsafe { libc::fstatvfs(fd, &mut st) } != 0 {
        return Err(os_error(vm));
    }
    Ok(statvfs_result(vm, &st))
}

pub const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("statvfs", p_statvfs),
    MethodDef::method("fstatvfs", p_fstatvfs),
    MethodDef::method("open", p_open),
    MethodDef::method("close", p_close),
    MethodDef::method("closerange", p_closerange),
    MethodDef::method("read", p_read),
    MethodDef::method("write", p_write),
    MethodDef::method("lseek", p_lseek),
    MethodDef::method("ftruncate", p_ftruncate),
    MethodDef::method("fsync", p_fsync),
    MethodDef::method("isatty", p_isatty),
    MethodDef::method("dup", p_dup),
    MethodDef::method("dup2", p_dup2),
    MethodDef::method("pipe", p_pipe),
    MethodDef::method("pipe2", p_pipe2),
    MethodDef::method("get_inheritable", p_get_inheritable),
    MethodDef::method("set_inheritable", p_set_inheritable),
    MethodDef::method("get_blocking", p_get_blocking),
    MethodDef::method("set_blocking", p_set_blocking),
    MethodDef::method("get_terminal_size", p_get_terminal_size),
];
