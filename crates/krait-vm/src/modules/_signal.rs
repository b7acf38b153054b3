//! `_signal`: Python-level signal handlers (CPython's `Modules/signalmodule.c`).
//!
//! The C-level handler only records the signal (atomics, async-signal-safe) and sets the eval
//! breaker's signal bit; the main thread runs the Python handler at its next check (a
//! backward jump or a call) or when a blocking wait it is in returns EINTR. SIGINT's default
//! Python handler, installed at start-up, raises KeyboardInterrupt.

use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

use crate::object::{breaker, GilStatic, PyRef};
use crate::objects::module::{new_module, set_attr};
use crate::vm::{Args, MethodDef, PyResult, Vm};

/// Signal numbers are below this (`signal.NSIG`).
pub const NSIG: usize = 65;

const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

static TRIPPED: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];
/// Some entry of `TRIPPED` is set.
static PENDING: AtomicBool = AtomicBool::new(false);
/// `signal.set_wakeup_fd`: the handler writes the signal number's byte here (-1: none).
static WAKEUP_FD: AtomicI32 = AtomicI32::new(-1);

/// The Python handler of each signal: a callable, or the int `SIG_DFL`/`SIG_IGN`; None when
/// a handler not installed from Python is in place.
static HANDLERS: GilStatic<RefCell<Vec<Option<PyRef>>>> = GilStatic::new(RefCell::new(Vec::new()));
/// `_signal.default_int_handler`, once made.
static DEFAULT_INT: GilStatic<RefCell<Option<PyRef>>> = GilStatic::new(RefCell::new(None));

/// Whether a signal waits for its Python handler.
#[inline]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed)
}

/// Record signal `sig` as arrived (the C handler, and `_thread.interrupt_main`).
fn trip(sig: usize) {
    TRIPPED[sig].store(true, Ordering::Relaxed);
    PENDING.store(true, Ordering::Release);
    breaker::set(breaker::SIGNALS);
}

extern "C" fn c_handler(sig: libc::c_int) {
    // Only atomics, pthread_kill and write(2) here: all async-signal-safe.
    let errno_saved = std::io::Error::last_os_error().raw_os_error();
    let main = crate::gil::main_ident();
    // SAFETY: pthread_self has no preconditions.
    let here = unsafe { libc::pthread_self() } as u64;
    if main != 0 && here != main {
        // The kernel may pick any thread for a process-directed signal: pass it on to the
        // main thread, whose own run of this handler records it, and whose blocking wait
        // then returns EINTR so the Python handler runs. (Recording it here too would run
        // the Python handler twice.)
        // SAFETY: `main` is the interpreter's main thread, alive while Python code runs.
        unsafe { libc::pthread_kill(main as libc::pthread_t, sig) };
    } else {
        if (sig as usize) < NSIG {
            trip(sig as usize);
        }
        let fd = WAKEUP_FD.load(Ordering::Relaxed);
        if fd >= 0 {
            let b = sig as u8;
            // SAFETY: writing one byte from a live local to a descriptor the program handed
            // us; a failure (full pipe, closed fd) is ignored as CPython does by default.
            unsafe { libc::write(fd, &b as *const u8 as *const libc::c_void, 1) };
        }
    }
    if let Some(e) = errno_saved {
        // SAFETY: restoring the interrupted code's errno through libc's thread-local slot.
        unsafe { *libc::__errno_location() = e };
    }
}

/// Install the C handler (`Some(true)`), SIG_IGN (`Some(false)`) or SIG_DFL (`None`).
fn install(sig: i32, how: Option<bool>) -> Result<(), i32> {
    // SAFETY: a zeroed sigaction is a valid "no flags, empty mask" value; the handler field is
    // set to a function with the signature the kernel calls, or to SIG_IGN/SIG_DFL.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = match how {
            Some(true) => c_handler as *const () as usize,
            Some(false) => libc::SIG_IGN,
            None => libc::SIG_DFL,
        };
        // No SA_RESTART: a blocking call in the main thread returns EINTR, so the waits
        // (sleep, lock acquire) can run the Python handler.
        sa.sa_flags = libc::SA_ONSTACK;
        libc::sigemptyset(&mut sa.sa_mask);
        if libc::sigaction(sig, &sa, std::ptr::null_mut()) != 0 {
            return Err(std::io::Error::last_os_error().raw_os_error().unwrap_or(0));
        }
    }
    Ok(())
}

/// Start-up: SIGINT raises KeyboardInterrupt; SIGPIPE and SIGXFSZ are ignored (write errors
/// become exceptions), as CPython sets them. `_signal` is made now (in `sys.modules`, as in
/// CPython), since the SIGINT handler is its `default_int_handler`.
pub fn init_signals(vm: &Vm) {
    if let Ok(m) = init(vm) {
        if let Some(d) = vm.sys_modules.as_dict() {
            d.set_str(vm, "_signal", m);
        }
    }
    HANDLERS.with(|h| {
        let mut h = h.borrow_mut();
        h.clear();
        for sig in 0..NSIG {
            // SAFETY: reading the current disposition into a zeroed struct.
            let cur = unsafe {
                let mut sa: libc::sigaction = std::mem::zeroed();
                if sig > 0 && libc::sigaction(sig as i32, std::ptr::null(), &mut sa) == 0 {
                    Some(sa.sa_sigaction)
                } else {
                    None
                }
            };
            h.push(match cur {
                Some(libc::SIG_DFL) => Some(vm.int(SIG_DFL)),
                Some(libc::SIG_IGN) => Some(vm.int(SIG_IGN)),
                _ => None,
            });
        }
    });
    let _ = install(libc::SIGPIPE, Some(false));
    let _ = install(libc::SIGXFSZ, Some(false));
    HANDLERS.with(|h| {
        let mut h = h.borrow_mut();
        h[libc::SIGPIPE as usize] = Some(vm.int(SIG_IGN));
        h[libc::SIGXFSZ as usize] = Some(vm.int(SIG_IGN));
    });
    // SIGINT keeps SIG_IGN when the parent ignored it (nohup, background jobs).
    let ignored = HANDLERS.with(|h| {
        h.borrow()[libc::SIGINT as usize]
            .as_ref()
            .is_some_and(|v| crate::objects::int::to_i64(vm, v).ok() == Some(SIG_IGN))
    });
    let handler = DEFAULT_INT.with(|d| d.borrow().clone());
    if let Some(f) = handler.filter(|_| !ignored) {
        if install(libc::SIGINT, Some(true)).is_ok() {
            HANDLERS.with(|h| h.borrow_mut()[libc::SIGINT as usize] = Some(f));
        }
    }
}

fn default_int_handler_obj(vm: &Vm, module: &PyRef) -> PyRef {
    if let Some(f) = DEFAULT_INT.with(|d| d.borrow().clone()) {
        return f;
    }
    static DEF: MethodDef = MethodDef::method("default_int_handler", default_int_handler);
    let f = crate::objects::builtin_func::new_function(vm, &DEF, Some(module.clone()));
    DEFAULT_INT.with(|d| *d.borrow_mut() = Some(f.clone()));
    f
}

fn default_int_handler(vm: &Vm, _args: Args) -> PyResult {
    Err(vm.new_exc_empty(&vm.t.keyboard_interrupt))
}

/// Run the Python handlers of the signals that arrived (main thread only; the caller checks).
/// The first handler that raises stops the run; signals not yet handled stay pending.
pub fn run_handlers(vm: &Vm) -> PyResult<()> {
    breaker::clear(breaker::SIGNALS);
    if !PENDING.swap(false, Ordering::Acquire) {
        return Ok(());
    }
    for sig in 1..NSIG {
        if !TRIPPED[sig].swap(false, Ordering::Relaxed) {
            continue;
        }
        let handler = HANDLERS.with(|h| h.borrow().get(sig).cloned().flatten());
        let Some(handler) = handler else { continue };
        if !crate::protocols::call::is_callable(vm, &handler) {
            continue;
        }
        let frame = vm.current_frame().unwrap_or_else(|| vm.none());
        if let Err(e) = crate::protocols::call::call(vm, &handler, &[vm.int(sig as i64), frame]) {
            // Later signals wait for the next check.
            if (sig + 1..NSIG).any(|s| TRIPPED[s].load(Ordering::Relaxed)) {
                PENDING.store(true, Ordering::Relaxed);
                breaker::set(breaker::SIGNALS);
            }
            return Err(e);
        }
    }
    Ok(())
}

/// After a blocking call returned EINTR: run the handlers if this is the main thread
/// (`PyErr_CheckSignals`).
pub fn check_after_eintr(vm: &Vm) -> PyResult<()> {
    if crate::gil::is_main_thread() && pending() {
        return run_handlers(vm);
    }
    Ok(())
}

/// `_thread.interrupt_main(signum)`: act as if `signum` arrived, when Python handles it.
pub fn simulate(vm: &Vm, sig: i64) -> PyResult<()> {
    let sig = check_signum(vm, sig)?;
    let handled = HANDLERS.with(|h| {
        h.borrow()
            .get(sig)
            .cloned()
            .flatten()
            .is_some_and(|f| crate::protocols::call::is_callable(vm, &f))
    });
    if handled {
        trip(sig);
    }
    Ok(())
}

fn check_signum(vm: &Vm, sig: i64) -> PyResult<usize> {
    if sig < 1 || sig >= NSIG as i64 {
        return Err(vm.value_error("signal number out of range"));
    }
    Ok(sig as usize)
}

fn int_arg(vm: &Vm, args: &Args, i: usize, fname: &str, n: usize) -> PyResult<i64> {
    let p = args.pos();
    if p.len() != n || !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "{fname} expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            p.len() + args.kwnames.len()
        )));
    }
    crate::objects::int::to_i64(vm, &p[i])
}

fn s_signal(vm: &Vm, args: Args) -> PyResult {
    let sig = int_arg(vm, &args, 0, "signal", 2)?;
    let handler = args.pos()[1].clone();
    if !crate::gil::is_main_thread() {
        return Err(vm.value_error("signal only works in main thread of the main interpreter"));
    }
    let sig = check_signum(vm, sig)?;
    let how =
        if crate::protocols::call::is_callable(vm, &handler) {
            Some(true)
        } else {
            let v = match crate::objects::int::int_val(&handler) {
                Some(crate::objects::int::IntVal::Small(v)) => Some(v),
                _ => None,
            };
            match v {
                Some(SIG_IGN) => Some(false),
                Some(SIG_DFL) => None,
                _ => return Err(vm.type_error(
                    "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
                )),
            }
        };
    if let Err(errno) = install(sig as i32, how) {
        return Err(crate::objects::exceptions::os_error_from_errno(
            vm, errno, None,
        ));
    }
    let old = HANDLERS.with(|h| h.borrow_mut()[sig].replace(handler));
    Ok(old.unwrap_or_else(|| vm.none()))
}

fn s_getsignal(vm: &Vm, args: Args) -> PyResult {
    let sig = int_arg(vm, &args, 0, "getsignal", 1)?;
    let sig = check_signum(vm, sig)?;
    Ok(HANDLERS
        .with(|h| h.borrow().get(sig).cloned().flatten())
        .unwrap_or_else(|| vm.none()))
}

fn s_raise_signal(vm: &Vm, args: Args) -> PyResult {
    let sig = int_arg(vm, &args, 0, "raise_signal", 1)?;
    let sig = check_signum(vm, sig)?;
    // SAFETY: raise(3) with a valid signal number.
    if unsafe { libc::raise(sig as i32) } != 0 {
        return Err(crate::objects::exceptions::os_error_from_errno(
            vm,
            std::io::Error::last_os_error().raw_os_error().unwrap_or(0),
            None,
        ));
    }
    check_after_eintr(vm)?;
    Ok(vm.none())
}

fn s_alarm(vm: &Vm, args: Args) -> PyResult {
    let secs = int_arg(vm, &args, 0, "alarm", 1)?;
    // SAFETY: alarm(2) takes a plain count.
    let prev = unsafe { libc::alarm(secs.clamp(0, u32::MAX as i64) as u32) };
    Ok(vm.int(prev as i64))
}

fn s_pause(vm: &Vm, _args: Args) -> PyResult {
    // SAFETY: pause(2) only waits for a signal.
    vm.allow_threads(|| unsafe { libc::pause() });
    check_after_eintr(vm)?;
    Ok(vm.none())
}

fn s_pthread_kill(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() != 2 {
        return Err(vm.type_error(format!(
            "pthread_kill expected 2 arguments, got {}",
            p.len()
        )));
    }
    let tid = crate::objects::int::to_i64(vm, &p[0])? as u64;
    let sig = crate::objects::int::to_i64(vm, &p[1])?;
    // SAFETY: pthread_kill with an id the program passed; an id that names no live thread
    // is the caller's error (as in CPython, which passes it through unchecked).
    let r = unsafe { libc::pthread_kill(tid as libc::pthread_t, sig as i32) };
    if r != 0 {
        return Err(crate::objects::exceptions::os_error_from_errno(vm, r, None));
    }
    check_after_eintr(vm)?;
    Ok(vm.none())
}

fn s_set_wakeup_fd(vm: &Vm, args: Args) -> PyResult {
    let Some(fd) = args.pos().first() else {
        return Err(vm.type_error("set_wakeup_fd() missing required argument 'fd' (pos 1)"));
    };
    let fd = crate::objects::int::to_i64(vm, fd)?;
    if !crate::gil::is_main_thread() {
        return Err(
            vm.value_error("set_wakeup_fd only works in main thread of the main interpreter")
        );
    }
    if fd != -1 {
        // SAFETY: fstat into a zeroed struct checks the descriptor is open.
        let ok = unsafe {
            let mut st: libc::stat = std::mem::zeroed();
            libc::fstat(fd as i32, &mut st) == 0
        };
        if !ok {
            return Err(crate::objects::exceptions::os_error_from_errno(
                vm,
                libc::EBADF,
                None,
            ));
        }
    }
    let old = WAKEUP_FD.swap(fd as i32, Ordering::Relaxed);
    Ok(vm.int(old as i64))
}

fn s_strsignal(vm: &Vm, args: Args) -> PyResult {
    let sig = int_arg(vm, &args, 0, "strsignal", 1)?;
    let sig = check_signum(vm, sig)?;
    // SAFETY: strsignal returns a NUL-terminated string (static or thread-local), copied at once.
    let p = unsafe { libc::strsignal(sig as i32) };
    if p.is_null() {
        return Ok(vm.none());
    }
    // SAFETY: see above.
    let s = unsafe { std::ffi::CStr::from_ptr(p) }
        .to_string_lossy()
        .into_owned();
    if s.starts_with("Unknown signal") || s.starts_with("Real-time signal") {
        return Ok(vm.none());
    }
    Ok(vm.string(s))
}

fn s_valid_signals(vm: &Vm, _args: Args) -> PyResult {
    let items: Vec<PyRef> = (1..NSIG as i64)
        .filter(|&s| s != 32 && s != 33)
        .map(|s| vm.int(s))
        .collect();
    crate::objects::set::new_set_from(vm, &items)
}

fn s_siginterrupt(vm: &Vm, args: Args) -> PyResult {
    let sig = int_arg(vm, &args, 0, "siginterrupt", 2)?;
    let sig = check_signum(vm, sig)?;
    let flag = crate::protocols::compare::is_true(vm, &args.pos()[1])?;
    // SAFETY: reading and re-installing the current disposition with SA_RESTART toggled.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        libc::sigaction(sig as i32, std::ptr::null(), &mut sa);
        if flag {
            sa.sa_flags &= !libc::SA_RESTART;
        } else {
            sa.sa_flags |= libc::SA_RESTART;
        }
        libc::sigaction(sig as i32, &sa, std::ptr::null_mut());
    }
    Ok(vm.none())
}

fn sigset_from(vm: &Vm, o: &PyRef) -> PyResult<libc::sigset_t> {
    // SAFETY: a zeroed sigset_t is emptied by sigemptyset before use.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: set is a valid sigset_t.
    unsafe { libc::sigemptyset(&mut set) };
    let items = crate::protocols::sequence::collect(vm, o)?;
    for it in items {
        let s = crate::objects::int::to_i64(vm, &it)?;
        if s < 1 || s >= NSIG as i64 {
            return Err(vm.value_error(format!("signal number {s} out of range [1; {}]", NSIG - 1)));
        }
        // SAFETY: valid set and signal number.
        unsafe { libc::sigaddset(&mut set, s as i32) };
    }
    Ok(set)
}

fn sigset_to(vm: &Vm, set: &libc::sigset_t) -> PyResult {
    let items: Vec<PyRef> = (1..NSIG as i32)
        // SAFETY: valid set and signal number.
        .filter(|&s| unsafe { libc::sigismember(set, s) } == 1)
        .map(|s| vm.int(s as i64))
        .collect();
    crate::objects::set::new_set_from(vm, &items)
}

fn s_pthread_sigmask(vm: &Vm, args: Args) -> PyResult {
    let how = int_arg(vm, &args, 0, "pthread_sigmask", 2)?;
    let set = sigset_from(vm, &args.pos()[1])?;
    // SAFETY: zeroed output set, valid input set.
    let mut old: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: see above.
    let r = unsafe { libc::pthread_sigmask(how as i32, &set, &mut old) };
    if r != 0 {
        return Err(crate::objects::exceptions::os_error_from_errno(vm, r, None));
    }
    check_after_eintr(vm)?;
    sigset_to(vm, &old)
}

fn s_sigpending(vm: &Vm, _args: Args) -> PyResult {
    // SAFETY: zeroed output set filled by sigpending.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: see above.
    unsafe { libc::sigpending(&mut set) };
    sigset_to(vm, &set)
}

/// `signal.ItimerError` (an OSError named `signal.itimer_error`), made once.
static ITIMER_ERROR: GilStatic<RefCell<Option<PyRef>>> = GilStatic::new(RefCell::new(None));

fn itimer_error(vm: &Vm) -> PyResult<PyRef> {
    if let Some(t) = ITIMER_ERROR.with(|t| t.borrow().clone()) {
        return Ok(t);
    }
    let ns = vm.dict();
    ns.as_dict()
        .expect("dict")
        .set_str(vm, "__module__", vm.str("signal"));
    let t = crate::protocols::call::call(
        vm,
        &vm.t.type_,
        &[
            vm.str("itimer_error"),
            vm.tuple(vec![vm.t.os_error.clone()]),
            ns,
        ],
    )?;
    ITIMER_ERROR.with(|c| *c.borrow_mut() = Some(t.clone()));
    Ok(t)
}

extern "C" {
    // glibc's interval timers (not declared by the `libc` crate for Linux); `which` is an
    // int-sized enum in C.
    fn setitimer(
        which: libc::c_int,
        new: *const libc::itimerval,
        old: *mut libc::itimerval,
    ) -> libc::c_int;
    fn getitimer(which: libc::c_int, cur: *mut libc::itimerval) -> libc::c_int;
}

fn timeval_of(seconds: f64) -> libc::timeval {
    let whole = seconds.trunc();
    let mut usec = ((seconds - whole) * 1e6).round() as libc::suseconds_t;
    let mut sec = whole as libc::time_t;
    if usec >= 1_000_000 {
        sec += 1;
        usec -= 1_000_000;
    }
    // A positive value below one microsecond still arms the timer, as in CPython.
    if sec == 0 && usec == 0 && seconds > 0.0 {
        usec = 1;
    }
    libc::timeval {
        tv_sec: sec,
        tv_usec: usec,
    }
}

fn itimer_tuple(vm: &Vm, v: &libc::itimerval) -> PyRef {
    let f = |t: &libc::timeval| vm.float(t.tv_sec as f64 + t.tv_usec as f64 / 1e6);
    vm.tuple(vec![f(&v.it_value), f(&v.it_interval)])
}

fn itimer_failure(vm: &Vm) -> PyRef {
    let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
    match itimer_error(vm) {
        Ok(cls) => {
            let msg = crate::modules::os_error_message(errno);
            crate::protocols::call::call(vm, &cls, &[vm.int(errno as i64), vm.string(msg)])
                .unwrap_or_else(|e| e)
        }
        Err(e) => e,
    }
}

fn s_setitimer(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() < 2 || p.len() > 3 {
        return Err(vm.type_error(format!(
            "setitimer expected at {} 2 arguments, got {}",
            if p.len() < 2 { "least" } else { "most" },
            p.len()
        )));
    }
    let which = crate::objects::int::to_i64(vm, &p[0])? as i32;
    let value = crate::objects::float::seconds_arg(vm, &p[1])?;
    let interval = match p.get(2) {
        Some(i) => crate::objects::float::seconds_arg(vm, i)?,
        None => 0.0,
    };
    let new = libc::itimerval {
        it_value: timeval_of(value),
        it_interval: timeval_of(interval),
    };
    // SAFETY: zeroed output struct; setitimer reads `new` and writes `old`.
    let mut old: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: see above.
    if unsafe { setitimer(which, &new, &mut old) } != 0 {
        return Err(itimer_failure(vm));
    }
    Ok(itimer_tuple(vm, &old))
}

fn s_getitimer(vm: &Vm, args: Args) -> PyResult {
    let which = int_arg(vm, &args, 0, "getitimer", 1)? as i32;
    // SAFETY: zeroed output struct filled by getitimer.
    let mut cur: libc::itimerval = unsafe { std::mem::zeroed() };
    // SAFETY: see above.
    if unsafe { getitimer(which, &mut cur) } != 0 {
        return Err(itimer_failure(vm));
    }
    Ok(itimer_tuple(vm, &cur))
}

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("setitimer", s_setitimer),
    MethodDef::method("getitimer", s_getitimer),
    MethodDef::method("signal", s_signal),
    MethodDef::method("getsignal", s_getsignal),
    MethodDef::method("raise_signal", s_raise_signal),
    MethodDef::method("alarm", s_alarm),
    MethodDef::method("pause", s_pause),
    MethodDef::method("pthread_kill", s_pthread_kill),
    MethodDef::method("pthread_sigmask", s_pthread_sigmask),
    MethodDef::method("sigpending", s_sigpending),
    MethodDef::method("set_wakeup_fd", s_set_wakeup_fd),
    MethodDef::method("strsignal", s_strsignal),
    MethodDef::method("valid_signals", s_valid_signals),
    MethodDef::method("siginterrupt", s_siginterrupt),
];

const SIGNAL_NAMES: &[(&str, i32)] = &[
    ("SIGHUP", libc::SIGHUP),
    ("SIGINT", libc::SIGINT),
    ("SIGQUIT", libc::SIGQUIT),
    ("SIGILL", libc::SIGILL),
    ("SIGTRAP", libc::SIGTRAP),
    ("SIGABRT", libc::SIGABRT),
    ("SIGIOT", libc::SIGIOT),
    ("SIGBUS", libc::SIGBUS),
    ("SIGFPE", libc::SIGFPE),
    ("SIGKILL", libc::SIGKILL),
    ("SIGUSR1", libc::SIGUSR1),
    ("SIGSEGV", libc::SIGSEGV),
    ("SIGUSR2", libc::SIGUSR2),
    ("SIGPIPE", libc::SIGPIPE),
    ("SIGALRM", libc::SIGALRM),
    ("SIGTERM", libc::SIGTERM),
    ("SIGSTKFLT", libc::SIGSTKFLT),
    ("SIGCHLD", libc::SIGCHLD),
    ("SIGCLD", libc::SIGCHLD),
    ("SIGCONT", libc::SIGCONT),
    ("SIGSTOP", libc::SIGSTOP),
    ("SIGTSTP", libc::SIGTSTP),
    ("SIGTTIN", libc::SIGTTIN),
    ("SIGTTOU", libc::SIGTTOU),
    ("SIGURG", libc::SIGURG),
    ("SIGXCPU", libc::SIGXCPU),
    ("SIGXFSZ", libc::SIGXFSZ),
    ("SIGVTALRM", libc::SIGVTALRM),
    ("SIGPROF", libc::SIGPROF),
    ("SIGWINCH", libc::SIGWINCH),
    ("SIGIO", libc::SIGIO),
    ("SIGPOLL", libc::SIGPOLL),
    ("SIGPWR", libc::SIGPWR),
    ("SIGSYS", libc::SIGSYS),
    ("SIGRTMIN", 34),
    ("SIGRTMAX", 64),
];

pub fn init(vm: &Vm) -> PyResult {
    let m = new_module(vm, "_signal");
    crate::objects::module::add_functions(vm, &m, FUNCTIONS);
    set_attr(vm, &m, "ItimerError", itimer_error(vm)?);
    let dih = default_int_handler_obj(vm, &m);
    set_attr(vm, &m, "default_int_handler", dih);
    for (name, v) in SIGNAL_NAMES {
        set_attr(vm, &m, name, vm.int(*v as i64));
    }
    for (name, v) in [
        ("SIG_DFL", SIG_DFL),
        ("SIG_IGN", SIG_IGN),
        ("NSIG", NSIG as i64),
        ("SIG_BLOCK", libc::SIG_BLOCK as i64),
        ("SIG_UNBLOCK", libc::SIG_UNBLOCK as i64),
        ("SIG_SETMASK", libc::SIG_SETMASK as i64),
        ("ITIMER_REAL", libc::ITIMER_REAL as i64),
        ("ITIMER_VIRTUAL", libc::ITIMER_VIRTUAL as i64),
        ("ITIMER_PROF", libc::ITIMER_PROF as i64),
    ] {
        set_attr(vm, &m, name, vm.int(v));
    }
    Ok(m)
}

/// Block the asynchronous signals in the calling thread. The `krait` binary's first thread,
/// which only waits for the interpreter thread, calls this: the kernel then delivers a signal
/// sent to the process to a thread that runs Python (as CPython's main thread receives it),
/// and a signal a thread sends to its own process arrives before `kill` returns.
pub fn block_in_this_thread() {
    // SAFETY: building a signal set on the stack and changing only this thread's mask.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut set);
        for s in [
            libc::SIGSEGV,
            libc::SIGBUS,
            libc::SIGFPE,
            libc::SIGILL,
            libc::SIGABRT,
            libc::SIGTRAP,
            libc::SIGSYS,
        ] {
            libc::sigdelset(&mut set, s);
        }
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}
