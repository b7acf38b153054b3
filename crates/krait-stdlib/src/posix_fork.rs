//! Process creation and reaping in `posix` (`Modules/posixmodule.c`): `fork` with its
//! `register_at_fork` callbacks, `execv`/`execve`, `_exit`, the wait family (`wait`,
//! `waitpid`, `wait3`, `wait4`), the wait-status macros and `waitstatus_to_exitcode`.
//!
//! The interpreter runs on a spawned thread (`crates/krait/src/main.rs`); a forked child has
//! only that thread, which is why that thread ends the process itself.

use std::cell::RefCell;
use std::ffi::CString;

use krait_vm::objects::exceptions::os_error_from_errno;
use krait_vm::{Args, MethodDef, Payload, PyRef, PyResult, Vm};

use crate::args::{c_int, int_arg, parse, Spec};
use crate::posix::{
    errno, fspath_opt, no_args, os_error, path_arg, path_error, pos_args, seq_type, Accepts,
};
use crate::structseq::{self, StructSeqDesc};

/// `resource.struct_rusage`, which `wait3` and `wait4` return (CPython imports it from
/// `resource`; Krait has no `resource` module yet, so the type is made here under its name).
pub static STRUCT_RUSAGE: StructSeqDesc = StructSeqDesc {
    name: "resource.struct_rusage",
    fields: &[
        "ru_utime",
        "ru_stime",
        "ru_maxrss",
        "ru_ixrss",
        "ru_idrss",
        "ru_isrss",
        "ru_minflt",
        "ru_majflt",
        "ru_nswap",
        "ru_inblock",
        "ru_oublock",
        "ru_msgsnd",
        "ru_msgrcv",
        "ru_nsignals",
        "ru_nvcsw",
        "ru_nivcsw",
    ],
    n_sequence: 16,
    defaults: &[],
};

// ----- fork -----

/// The callables given to `register_at_fork` (CPython keeps these lists on the interpreter).
struct AtFork {
    before: Vec<PyRef>,
    after_in_child: Vec<PyRef>,
    after_in_parent: Vec<PyRef>,
}

static AT_FORK: krait_vm::object::GilStatic<RefCell<AtFork>> =
    krait_vm::object::GilStatic::new(RefCell::new(AtFork {
        before: Vec::new(),
        after_in_child: Vec::new(),
        after_in_parent: Vec::new(),
    }));

/// Call each callable of one `register_at_fork` list with no arguments, reporting failures as
/// unraisable (`run_at_forkers`). A copy is run, so callbacks may register more.
fn run_at_forkers(vm: &Vm, list: fn(&AtFork) -> &Vec<PyRef>, reverse: bool) {
    let mut funcs = AT_FORK.with(|a| list(&a.borrow()).clone());
    if reverse {
        funcs.reverse();
    }
    for f in &funcs {
        if let Err(e) = krait_vm::protocols::call::call(vm, f, &[]) {
            krait_vm::modules::sys::write_unraisable_in(vm, &e, f);
        }
    }
}

fn p_register_at_fork(vm: &Vm, args: Args) -> PyResult {
    static SPEC: Spec = Spec {
        fname: "register_at_fork",
        names: &["before", "after_in_child", "after_in_parent"],
        positional: 0,
        required: 0,
    };
    if !args.pos().is_empty() {
        return Err(vm.type_error("register_at_fork() takes no positional arguments"));
    }
    let a = parse(vm, &args, &SPEC)?;
    if a.iter().all(Option::is_none) {
        return Err(vm.type_error("At least one argument is required."));
    }
    for (name, f) in SPEC.names.iter().zip(&a) {
        if let Some(f) = f {
            if !krait_vm::protocols::call::is_callable(vm, f) {
                return Err(vm.type_error(format!(
                    "'{name}' must be callable, not {}",
                    vm.type_name(f)
                )));
            }
        }
    }
    AT_FORK.with(|at| {
        let mut at = at.borrow_mut();
        let AtFork {
            before,
            after_in_child,
            after_in_parent,
        } = &mut *at;
        for (list, f) in [before, after_in_child, after_in_parent].into_iter().zip(a) {
            if let Some(f) = f {
                list.push(f.clone());
            }
        }
    });
    Ok(vm.none())
}

fn p_fork(vm: &Vm, args: Args) -> PyResult {
    no_args(vm, &args, "fork")?;
    run_at_forkers(vm, |a| &a.before, true);
    // SAFETY: fork duplicates the process. The child continues on this thread alone, holding
    // the GIL; the GIL and the thread registry are reset for it below (other threads may
    // have been waiting), and this thread ends the child process itself (main.rs).
    let pid = unsafe { libc::fork() };
    let fork_errno = errno();
    if pid == 0 {
        krait_vm::gil::after_fork_child();
        krait_vm::modules::_thread::after_fork_child();
        run_at_forkers(vm, |a| &a.after_in_child, false);
    } else {
        run_at_forkers(vm, |a| &a.after_in_parent, false);
    }
    if pid == -1 {
        return Err(os_error_from_errno(vm, fork_errno, None));
    }
    Ok(vm.int(pid as i64))
}

fn p_exit(vm: &Vm, args: Args) -> PyResult {
    static SPEC: Spec = Spec {
        fname: "_exit",
        names: &["status"],
        positional: 1,
        required: 1,
    };
    let a = parse(vm, &args, &SPEC)?;
    let status = clinic_int(vm, a[0].expect("required"))?;
    // SAFETY: _exit ends the process at once, without flushing, as requested.
    unsafe { libc::_exit(status) }
}

// ----- exec -----

/// A `PyUnicode_FSConverter` argument: str, bytes or os.PathLike, as a C string.
fn fs_converter(vm: &Vm, o: &PyRef) -> PyResult<CString> {
    let Some(p) = fspath_opt(vm, o)? else {
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(o)
        )));
    };
    let raw = match &p.payload {
        Payload::Bytes(b) => b.to_vec(),
        _ => p.as_str().unwrap_or("").as_bytes().to_vec(),
    };
    CString::new(raw).map_err(|_| vm.value_error("embedded null byte"))
}

/// The argument vector of `execv`/`execve`; `what` names it in errors ("execv() arg 2" or
/// "execve: argv").
fn exec_argv(vm: &Vm, o: &PyRef, what: &str) -> PyResult<Vec<CString>> {
    let items: Vec<PyRef> = match &o.payload {
        Payload::Tuple(t) => t.to_vec(),
        Payload::List(l) => l.borrow().clone(),
        _ => return Err(vm.type_error(format!("{what} must be a tuple or list"))),
    };
    if items.is_empty() {
        return Err(vm.value_error(format!("{what} must not be empty")));
    }
    let argv = items
        .iter()
        .map(|a| fs_converter(vm, a))
        .collect::<PyResult<Vec<_>>>()?;
    if argv[0].as_bytes().is_empty() {
        return Err(vm.value_error(format!("{what} first element cannot be empty")));
    }
    Ok(argv)
}

/// NULL-terminated pointer array over `strings`, which must outlive it.
fn c_array(strings: &[CString]) -> Vec<*const libc::c_char> {
    strings
        .iter()
        .map(|s| s.as_ptr())
        .chain(std::iter::once(std::ptr::null()))
        .collect()
}

fn p_execv(vm: &Vm, args: Args) -> PyResult {
    let p = pos_args(vm, &args, "execv", 2)?;
    let path = path_arg(vm, &p[0], "execv", "path", Accepts::Path)?;
    let argv = exec_argv(vm, &p[1], "execv() arg 2")?;
    let argv_ptrs = c_array(&argv);
    // SAFETY: the path and every argument are NUL-terminated strings kept alive by `path` and
    // `argv`; the pointer array ends with NULL. execv returns only on failure.
    unsafe { libc::execv(path.c.as_ptr(), argv_ptrs.as_ptr()) };
    Err(os_error(vm))
}

/// The `KEY=VALUE` strings of an `execve` environment mapping (`parse_envlist`).
fn exec_env(vm: &Vm, env: &PyRef) -> PyResult<Vec<CString>> {
    use krait_vm::protocols::{attr, call, sequence};
    let keys = match attr::getattr_str(vm, env, "keys") {
        Ok(k) if !matches!(env.payload, Payload::List(_) | Payload::Tuple(_)) => k,
        _ => {
            return Err(vm.type_error("execve: environment must be a mapping object"));
        }
    };
    let keys = sequence::collect(vm, &call::call(vm, &keys, &[])?)?;
    let mut out = Vec::with_capacity(keys.len());
    for k in &keys {
        let v = sequence::getitem(vm, env, k)?;
        let key = fs_converter(vm, k)?;
        let key = key.as_bytes();
        if key.is_empty() || key[1..].contains(&b'=') {
            return Err(vm.value_error("illegal environment variable name"));
        }
        let value = fs_converter(vm, &v)?;
        let mut entry = key.to_vec();
        entry.push(b'=');
        entry.extend_from_slice(value.as_bytes());
        // Neither part holds a NUL (both came from CStrings), so this cannot fail.
        out.push(CString::new(entry).expect("no interior NUL"));
    }
    Ok(out)
}

fn p_execve(vm: &Vm, args: Args) -> PyResult {
    static SPEC: Spec = Spec {
        fname: "execve",
        names: &["path", "argv", "env"],
        positional: 3,
        required: 3,
    };
    let a = parse(vm, &args, &SPEC)?;
    let path_obj = a[0].expect("required");
    // A descriptor runs the file it refers to (fexecve); `path` is None then.
    let (path, fd) = match path_obj.payload {
        Payload::Int(_) => (None, c_int(vm, path_obj)?),
        _ => {
            let p = path_arg(vm, path_obj, "execve", "path", Accepts::PathOrFd)?;
            (Some(p), -1)
        }
    };
    let argv = exec_argv(vm, a[1].expect("required"), "execve: argv")?;
    let env = exec_env(vm, a[2].expect("required"))?;
    let argv_ptrs = c_array(&argv);
    let env_ptrs = c_array(&env);
    match &path {
        // SAFETY: the path is a NUL-terminated string owned by `path`; argv and env are
        // NULL-terminated arrays of NUL-terminated strings kept alive by `argv` and `env`.
        // execve returns only on failure.
        Some(p) => unsafe { libc::execve(p.c.as_ptr(), argv_ptrs.as_ptr(), env_ptrs.as_ptr()) },
        // SAFETY: as above, with the program given by an open descriptor.
        None => unsafe { libc::fexecve(fd, argv_ptrs.as_ptr(), env_ptrs.as_ptr()) },
    };
    Err(match &path {
        Some(p) => path_error(vm, p),
        None => os_error(vm),
    })
}

// ----- wait -----

/// Retry a wait call while it fails with EINTR (PEP 475); the OSError for any other failure.
/// Run a wait call without the GIL; EINTR runs signal handlers and retries (PEP 475).
fn retry_wait(vm: &Vm, mut call: impl FnMut() -> libc::pid_t + Send) -> PyResult<libc::pid_t> {
    loop {
        let (r, err) = vm.allow_threads(|| {
            let r = call();
            (r, errno())
        });
        if r >= 0 {
            return Ok(r);
        }
        if err != libc::EINTR {
            return Err(os_error_from_errno(vm, err, None));
        }
        krait_vm::modules::_signal::check_after_eintr(vm)?;
    }
}

fn p_waitpid(vm: &Vm, args: Args) -> PyResult {
    let p = pos_args(vm, &args, "waitpid", 2)?;
    let pid = c_int(vm, &p[0])?;
    let options = c_int(vm, &p[1])?;
    let mut status = 0;
    // SAFETY: waitpid writes the status into the int it is given.
    let r = retry_wait(vm, || unsafe { libc::waitpid(pid, &mut status, options) })?;
    Ok(vm.tuple(vec![vm.int(r as i64), vm.int(status as i64)]))
}

fn p_wait(vm: &Vm, args: Args) -> PyResult {
    no_args(vm, &args, "wait")?;
    let mut status = 0;
    // SAFETY: wait writes the status into the int it is given.
    let r = retry_wait(vm, || unsafe { libc::wait(&mut status) })?;
    Ok(vm.tuple(vec![vm.int(r as i64), vm.int(status as i64)]))
}

/// `(pid, status, rusage)` for `wait3`/`wait4` (`wait_helper`).
fn wait_result(vm: &Vm, pid: libc::pid_t, status: i32, ru: &libc::rusage) -> PyRef {
    let seconds = |t: &libc::timeval| vm.float(t.tv_sec as f64 + t.tv_usec as f64 * 1e-6);
    let mut values = vec![seconds(&ru.ru_utime), seconds(&ru.ru_stime)];
    values.extend(
        [
            ru.ru_maxrss,
            ru.ru_ixrss,
            ru.ru_idrss,
            ru.ru_isrss,
            ru.ru_minflt,
            ru.ru_majflt,
            ru.ru_nswap,
            ru.ru_inblock,
            ru.ru_oublock,
            ru.ru_msgsnd,
            ru.ru_msgrcv,
            ru.ru_nsignals,
            ru.ru_nvcsw,
            ru.ru_nivcsw,
        ]
        .iter()
        .map(|&v| vm.int(v)),
    );
    let usage = structseq::new(vm, &seq_type(vm, &STRUCT_RUSAGE), values);
    vm.tuple(vec![vm.int(pid as i64), vm.int(status as i64), usage])
}

/// Wait with `wait4` and build the `wait3`/`wait4` result.
fn wait4_into(vm: &Vm, pid: libc::pid_t, options: i32) -> PyResult {
    let mut status = 0;
    // SAFETY: rusage is a plain C struct; all-zero is valid (and is what is reported when
    // WNOHANG finds no child ready, as the kernel then leaves it untouched).
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: wait4 writes the status and the resource usage into the values it is given.
    let r = retry_wait(vm, || unsafe {
        libc::wait4(pid, &mut status, options, &mut ru)
    })?;
    Ok(wait_result(vm, r, status, &ru))
}

fn p_wait3(vm: &Vm, args: Args) -> PyResult {
    static SPEC: Spec = Spec {
        fname: "wait3",
        names: &["options"],
        positional: 1,
        required: 1,
    };
    let a = parse(vm, &args, &SPEC)?;
    let options = clinic_int(vm, a[0].expect("required"))?;
    wait4_into(vm, -1, options)
}

fn p_wait4(vm: &Vm, args: Args) -> PyResult {
    static SPEC: Spec = Spec {
        fname: "wait4",
        names: &["pid", "options"],
        positional: 2,
        required: 2,
    };
    let a = parse(vm, &args, &SPEC)?;
    let pid = c_int(vm, a[0].expect("required"))?;
    let options = clinic_int(vm, a[1].expect("required"))?;
    wait4_into(vm, pid, options)
}

/// An Argument Clinic `int` argument (`_PyLong_AsInt`): its OverflowError message differs
/// from the `i` format's one that `c_int` gives.
fn clinic_int(vm: &Vm, o: &PyRef) -> PyResult<i32> {
    let too_large = || vm.overflow_error("Python int too large to convert to C int");
    match int_arg(vm, o) {
        Ok(v) => i32::try_from(v).map_err(|_| too_large()),
        Err(e) if vm.exc_matches(&e, &vm.t.overflow_error) => Err(too_large()),
        Err(e) => Err(e),
    }
}

/// The `status` argument of the wait-status macros and `waitstatus_to_exitcode`.
fn status_arg(vm: &Vm, args: &Args, fname: &'static str) -> PyResult<i32> {
    let spec = Spec {
        fname,
        names: &["status"],
        positional: 1,
        required: 1,
    };
    let a = parse(vm, args, &spec)?;
    clinic_int(vm, a[0].expect("required"))
}

macro_rules! wait_macros {
    ($($name:ident => $f:expr;)*) => {$(
        pub(super) fn $name(vm: &Vm, args: Args) -> PyResult {
            let status = status_arg(vm, &args, stringify!($name))?;
            Ok($f(vm, status))
        }
    )*};
}

#[allow(non_snake_case)]
mod macros {
    use super::*;
    wait_macros! {
        WIFEXITED => |vm: &Vm, s| vm.bool(libc::WIFEXITED(s));
        WEXITSTATUS => |vm: &Vm, s| vm.int(libc::WEXITSTATUS(s) as i64);
        WIFSIGNALED => |vm: &Vm, s| vm.bool(libc::WIFSIGNALED(s));
        WTERMSIG => |vm: &Vm, s| vm.int(libc::WTERMSIG(s) as i64);
        WIFSTOPPED => |vm: &Vm, s| vm.bool(libc::WIFSTOPPED(s));
        WSTOPSIG => |vm: &Vm, s| vm.int(libc::WSTOPSIG(s) as i64);
        WIFCONTINUED => |vm: &Vm, s| vm.bool(libc::WIFCONTINUED(s));
        WCOREDUMP => |vm: &Vm, s| vm.bool(libc::WCOREDUMP(s));
    }
}

/// `os.waitstatus_to_exitcode`: the exit code, or minus the signal that killed the process.
fn p_waitstatus_to_exitcode(vm: &Vm, args: Args) -> PyResult {
    let s = status_arg(vm, &args, "waitstatus_to_exitcode")?;
    if libc::WIFEXITED(s) {
        return Ok(vm.int(libc::WEXITSTATUS(s) as i64));
    }
    if libc::WIFSIGNALED(s) {
        return Ok(vm.int(-(libc::WTERMSIG(s) as i64)));
    }
    if libc::WIFSTOPPED(s) {
        return Err(vm.value_error(format!(
            "process stopped by delivery of signal {}",
            libc::WSTOPSIG(s)
        )));
    }
    Err(vm.value_error(format!("invalid wait status: {s}")))
}

pub const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("fork", p_fork),
    MethodDef::method("register_at_fork", p_register_at_fork),
    MethodDef::method("execv", p_execv),
    MethodDef::method("execve", p_execve),
    MethodDef::method("_exit", p_exit),
    MethodDef::method("wait", p_wait),
    MethodDef::method("waitpid", p_waitpid),
    MethodDef::method("wait3", p_wait3),
    MethodDef::method("wait4", p_wait4),
    MethodDef::method("WIFEXITED", macros::WIFEXITED),
    MethodDef::method("WEXITSTATUS", macros::WEXITSTATUS),
    MethodDef::method("WIFSIGNALED", macros::WIFSIGNALED),
    MethodDef::method("WTERMSIG", macros::WTERMSIG),
    MethodDef::method("WIFSTOPPED", macros::WIFSTOPPED),
    MethodDef::method("WSTOPSIG", macros::WSTOPSIG),
    MethodDef::method("WIFCONTINUED", macros::WIFCONTINUED),
    MethodDef::method("WCOREDUMP", macros::WCOREDUMP),
    MethodDef::method("waitstatus_to_exitcode", p_waitstatus_to_exitcode),
];
