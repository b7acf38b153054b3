//! The environment and process functions of `posix` (`Modules/posixmodule.c`): `environ`,
//! `putenv`, process, group and session ids, `kill`/`killpg`, `system`, `times`, `uname`,
//! `cpu_count`, `strerror`, `urandom`. `fork`, `exec*` and `wait*` are in `posix_fork.rs`.

use std::ffi::CString;

use krait_vm::objects::exceptions::os_error_from_errno;
use krait_vm::{Args, MethodDef, PyRef, PyResult, Vm};

use crate::args::{c_int, int_arg, parse, Spec};
use crate::posix::{fill_random, no_args, one, os_error, path_arg, pos_args, seq_type, Accepts};
use crate::structseq::{self, StructSeqDesc};

pub static TIMES_RESULT: StructSeqDesc = StructSeqDesc {
    name: "posix.times_result",
    fields: &[
        "user",
        "system",
        "children_user",
        "children_system",
        "elapsed",
    ],
    n_sequence: 5,
    defaults: &[],
};

pub static UNAME_RESULT: StructSeqDesc = StructSeqDesc {
    name: "posix.uname_result",
    fields: &["sysname", "nodename", "release", "version", "machine"],
    n_sequence: 5,
    defaults: &[],
};

// ----- environment -----

/// The environment as a dict of bytes to bytes (`posix.environ`).
pub fn environ_dict(vm: &Vm) -> PyResult {
    use std::os::unix::ffi::OsStrExt;
    let d = vm.dict();
    let dd = d.as_dict().expect("a new dict");
    for (k, v) in std::env::vars_os() {
        dd.set(vm, vm.bytes(k.as_bytes()), vm.bytes(v.as_bytes()))?;
    }
    Ok(d)
}

/// An environment string argument (str, bytes or path-like), NUL-checked.
fn env_arg(vm: &Vm, o: &PyRef, func: &str) -> PyResult<CString> {
    let p = path_arg(vm, o, func, "name", Accepts::Path)?;
    Ok(p.c)
}

fn p_putenv(vm: &Vm, args: Args) -> PyResult {
    let p = crate::math::n_args(vm, &args, "putenv", 2)?;
    let name = env_arg(vm, &p[0], "putenv")?;
    let value = env_arg(vm, &p[1], "putenv")?;
    if name.as_bytes().iter().skip(1).any(|&b| b == b'=') {
        return Err(vm.value_error("illegal environment variable name"));
    }
    // SAFETY: setenv copies both NUL-terminated strings; the VM holds the GIL, so no other
    // thread reads the environment concurrently.
    if unsafe { libc::setenv(name.as_ptr(), value.as_ptr(), 1) } != 0 {
        return Err(os_error(vm));
    }
    Ok(vm.none())
}

fn p_unsetenv(vm: &Vm, args: Args) -> PyResult {
    let name = env_arg(vm, one(vm, &args, "unsetenv")?, "unsetenv")?;
    // SAFETY: unsetenv reads the NUL-terminated name (see putenv about threads).
    if unsafe { libc::unsetenv(name.as_ptr()) } != 0 {
        return Err(os_error(vm));
    }
    Ok(vm.none())
}

fn p_strerror(vm: &Vm, args: Args) -> PyResult {
    let code = c_int(vm, one(vm, &args, "strerror")?)?;
    Ok(vm.string(krait_vm::modules::os_error_message(code)))
}

fn p_urandom(vm: &Vm, args: Args) -> PyResult {
    let n = int_arg(vm, one(vm, &args, "urandom")?)?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    fill_random(&mut buf).map_err(|e| os_error_from_errno(vm, e, None))?;
    Ok(vm.bytes_vec(buf))
}

// ----- processes -----

macro_rules! id_fns {
    ($($name:ident => $call:ident;)*) => {$(
        fn $name(vm: &Vm, args: Args) -> PyResult {
            no_args(vm, &args, stringify!($call))?;
            // SAFETY: a process-identity query with no arguments and no memory effects.
            Ok(vm.int(unsafe { libc::$call() } as i64))
        }
    )*};
}

id_fns! {
    p_getpid => getpid;
    p_getppid => getppid;
    p_getuid => getuid;
    p_geteuid => geteuid;
    p_getgid => getgid;
    p_getegid => getegid;
    p_getpgrp => getpgrp;
}

fn p_umask(vm: &Vm, args: Args) -> PyResult {
    let mask = c_int(vm, one(vm, &args, "umask")?)?;
    // SAFETY: umask only swaps the process's file creation mask.
    Ok(vm.int(unsafe { libc::umask(mask as libc::mode_t) } as i64))
}

/// `kill(pid, signal, /)` and `killpg(pgid, signal, /)`.
fn send_signal(
    vm: &Vm,
    args: &Args,
    fname: &str,
    send: unsafe extern "C" fn(libc::pid_t, libc::c_int) -> libc::c_int,
) -> PyResult {
    let p = pos_args(vm, args, fname, 2)?;
    let pid = c_int(vm, &p[0])?;
    let sig = c_int(vm, &p[1])?;
    // SAFETY: kill and killpg only send a signal.
    if unsafe { send(pid, sig) } != 0 {
        return Err(os_error(vm));
    }
    Ok(vm.none())
}

fn p_kill(vm: &Vm, args: Args) -> PyResult {
    send_signal(vm, &args, "kill", libc::kill)
}

fn p_killpg(vm: &Vm, args: Args) -> PyResult {
    send_signal(vm, &args, "killpg", libc::killpg)
}

fn p_getpgid(vm: &Vm, args: Args) -> PyResult {
    static SPEC: Spec = Spec {
        fname: "getpgid",
        names: &["pid"],
        positional: 1,
        required: 1,
    };
    let a = parse(vm, &args, &SPEC)?;
    let pid = c_int(vm, a[0].expect("required"))?;
    // SAFETY: getpgid only queries a process group.
    match unsafe { libc::getpgid(pid) } {
        -1 => Err(os_error(vm)),
        pgid => Ok(vm.int(pgid as i64)),
    }
}

fn p_setpgid(vm: &Vm, args: Args) -> PyResult {
    let p = pos_args(vm, &args, "setpgid", 2)?;
    let pid = c_int(vm, &p[0])?;
    let pgrp = c_int(vm, &p[1])?;
    // SAFETY: setpgid only moves a process between groups.
    if unsafe { libc::setpgid(pid, pgrp) } != 0 {
        return Err(os_error(vm));
    }
    Ok(vm.none())
}

fn p_getsid(vm: &Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("posix.getsid() takes no keyword arguments"));
    }
    let pid = c_int(vm, one(vm, &args, "posix.getsid")?)?;
    // SAFETY: getsid only queries a session id.
    match unsafe { libc::getsid(pid) } {
        -1 => Err(os_error(vm)),
        sid => Ok(vm.int(sid as i64)),
    }
}

fn p_setsid(vm: &Vm, args: Args) -> PyResult {
    no_args(vm, &args, "setsid")?;
    // SAFETY: setsid only starts a new session for this process.
    if unsafe { libc::setsid() } == -1 {
        return Err(os_error(vm));
    }
    Ok(vm.none())
}

fn p_system(vm: &Vm, args: Args) -> PyResult {
    let cmd = env_arg(vm, one(vm, &args, "system")?, "system")?;
    krait_vm::modules::stdio::flush_stdout(vm);
    // SAFETY: system runs the NUL-terminated command through /bin/sh and waits for it.
    Ok(vm.int(unsafe { libc::system(cmd.as_ptr()) } as i64))
}

fn p_times(vm: &Vm, _args: Args) -> PyResult {
    // SAFETY: tms is a plain C struct; all-zero is valid.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    // SAFETY: times fills the tms struct it is given.
    let c = unsafe { libc::times(&mut t) };
    if c == (-1i64) as libc::clock_t {
        return Err(os_error(vm));
    }
    // SAFETY: sysconf only queries a configuration value.
    let ticks = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    let values = [t.tms_utime, t.tms_stime, t.tms_cutime, t.tms_cstime, c]
        .iter()
        .map(|v| vm.float(*v as f64 / ticks))
        .collect();
    Ok(structseq::new(vm, &seq_type(vm, &TIMES_RESULT), values))
}

fn p_cpu_count(vm: &Vm, _args: Args) -> PyResult {
    // SAFETY: sysconf only queries a configuration value.
    let n = unsafe { libc::sysconf(libc::_SC_NPROCESSORS_ONLN) };
    Ok(if n < 1 { vm.none() } else { vm.int(n) })
}

fn p_uname(vm: &Vm, _args: Args) -> PyResult {
    // SAFETY: utsname is a plain C struct of char arrays; all-zero is valid.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    // SAFETY: uname fills the struct it is given.
    if unsafe { libc::uname(&mut u) } != 0 {
        return Err(os_error(vm));
    }
    let field = |f: &[libc::c_char]| {
        let bytes: Vec<u8> = f
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        vm.string(String::from_utf8_lossy(&bytes).into_owned())
    };
    let values = vec![
        field(&u.sysname),
        field(&u.nodename),
        field(&u.release),
        field(&u.version),
        field(&u.machine),
    ];
    Ok(structseq::new(vm, &seq_type(vm, &UNAME_RESULT), values))
}

pub const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("putenv", p_putenv),
    MethodDef::method("unsetenv", p_unsetenv),
    MethodDef::method("strerror", p_strerror),
    MethodDef::method("urandom", p_urandom),
    MethodDef::method("getpid", p_getpid),
    MethodDef::method("getppid", p_getppid),
    MethodDef::method("getuid", p_getuid),
    MethodDef::method("geteuid", p_geteuid),
    MethodDef::method("getgid", p_getgid),
    MethodDef::method("getegid", p_getegid),
    MethodDef::method("getpgrp", p_getpgrp),
    MethodDef::method("umask", p_umask),
    MethodDef::method("kill", p_kill),
    MethodDef::method("killpg", p_killpg),
    MethodDef::method("getpgid", p_getpgid),
    MethodDef::method("setpgid", p_setpgid),
    MethodDef::method("getsid", p_getsid),
    MethodDef::method("setsid", p_setsid),
    MethodDef::method("system", p_system),
    MethodDef::method("times", p_times),
    MethodDef::method("cpu_count", p_cpu_count),
    MethodDef::method("uname", p_uname),
];
