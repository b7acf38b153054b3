//! The global interpreter lock: one lock serialises Python bytecode (and every touch of an
//! object) across OS threads, as CPython's `Python/ceval_gil.c` does.
//!
//! - A thread that wants the lock and does not get it within the switch interval
//!   (`sys.setswitchinterval`, 5 ms) sets the drop request bit of the eval breaker; the holder
//!   sees it at its next instruction and hands the lock over (`yield_now`), waiting until a
//!   waiter has really taken it, so a CPU-bound thread cannot take it straight back.
//! - Blocking calls release it (`Vm::allow_threads`): the closure run without the lock must be
//!   `Send`, and `Vm` and `PyRef` are not, so it cannot touch a Python object.
//! - The VM's per-thread fields (frame stack, handled exception, recursion depth, stack limit)
//!   hold the running thread's values; releasing the lock moves them out into the thread's
//!   `ThreadState`, taking it moves them back (CPython swaps a thread-state pointer instead).
//! - Once the interpreter finalizes, a thread other than the main one that asks for the lock
//!   never gets it (daemon threads are abandoned, as in CPython).
//!
//! The object core stays single-threaded Rust: statics it keeps are `GilStatic`s, sound only
//! because this lock is held whenever they are touched.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::time::Duration;

use std::cell::{LazyCell, RefCell};
use std::collections::HashMap;

use crate::object::{breaker, GilStatic, PyRef};
use crate::vm::{PyResult, Vm};

struct State {
    locked: bool,
    /// Counts acquisitions: a forced hand-off waits for it to change.
    switches: u64,
    /// Threads blocked in `acquire`.
    waiting: usize,
}

struct Gil {
    state: Mutex<State>,
    /// Signalled when the holder releases the lock.
    released: Condvar,
    /// Signalled when a thread takes the lock (ends a forced hand-off).
    taken: Condvar,
}

impl Gil {
    const fn new(locked: bool) -> Gil {
        Gil {
            state: Mutex::new(State {
                locked,
                switches: 0,
                waiting: 0,
            }),
            released: Condvar::new(),
            taken: Condvar::new(),
        }
    }
}

/// The lock, in a cell so the child of a `fork()` can replace it wholesale.
struct GilCell(std::cell::UnsafeCell<Gil>);

// SAFETY: the `Gil` inside is made of thread-safe parts (mutex, condvars); the cell is only
// written by `after_fork_child`, when the process has a single thread.
unsafe impl Sync for GilCell {}

static GIL: GilCell = GilCell(std::cell::UnsafeCell::new(Gil::new(false)));

#[inline]
fn gil() -> &'static Gil {
    // SAFETY: see `GilCell`: no write happens while another thread can hold this borrow.
    unsafe { &*GIL.0.get() }
}

/// The switch interval in microseconds (`sys.getswitchinterval()` = 0.005 s).
static INTERVAL_US: AtomicU64 = AtomicU64::new(5000);
/// Set when the interpreter finalizes: threads other than the main one stop at `acquire`.
static FINALIZING: AtomicBool = AtomicBool::new(false);
/// `pthread_self()` of the main thread (the one that runs `__main__`).
static MAIN_IDENT: AtomicU64 = AtomicU64::new(0);

fn lock_state() -> MutexGuard<'static, State> {
    // A panic while holding this mutex ends the process (panics abort or exit), so a
    // poisoned state is never observed by anyone who could repair it.
    gil().state.lock().unwrap_or_else(|e| e.into_inner())
}

/// `threading.get_ident()` of the calling thread.
#[inline]
pub fn current_ident() -> u64 {
    // SAFETY: pthread_self has no preconditions.
    unsafe { libc::pthread_self() as u64 }
}

/// `threading.get_native_id()`: the kernel's thread id.
pub fn native_id() -> u64 {
    // SAFETY: gettid has no preconditions.
    unsafe { libc::gettid() as u64 }
}

pub fn main_ident() -> u64 {
    MAIN_IDENT.load(Ordering::Relaxed)
}

#[inline]
pub fn is_main_thread() -> bool {
    current_ident() == main_ident()
}

pub fn switch_interval() -> f64 {
    INTERVAL_US.load(Ordering::Relaxed) as f64 / 1e6
}

/// `sys.setswitchinterval(seconds)` (the caller checked it is positive).
pub fn set_switch_interval(seconds: f64) {
    // Kept as given in whole microseconds (0 reads back as 0.0); waits use at least 1 µs.
    INTERVAL_US.store((seconds * 1e6) as u64, Ordering::Relaxed);
}

pub fn is_finalizing() -> bool {
    FINALIZING.load(Ordering::Relaxed)
}

/// Called by the main thread when it starts finalizing: from now on other threads that ask for
/// the lock wait forever, and the process exits under them.
pub fn start_finalizing() {
    FINALIZING.store(true, Ordering::Relaxed);
}

/// Called once by the thread that creates the interpreter; it holds the lock from then on.
pub fn init_main_thread() {
    MAIN_IDENT.store(current_ident(), Ordering::Relaxed);
    acquire();
}

/// In the child after `fork()`: only the forking thread exists, holds the lock, and becomes
/// the main thread; the lock's bookkeeping forgets the threads that did not survive.
pub fn after_fork_child() {
    MAIN_IDENT.store(current_ident(), Ordering::Relaxed);
    // A thread that did not survive the fork may have held the mutex or been counted as a
    // waiter: start from a fresh lock, held by this thread.
    // SAFETY: the child has exactly one thread (this one), and no borrow of the old `Gil`
    // is alive in it: `gil()` borrows end within the lock functions, none of which is running.
    unsafe { std::ptr::write(GIL.0.get(), Gil::new(true)) };
    breaker::clear(breaker::GIL_DROP);
}

/// Block until this thread holds the lock.
fn acquire() {
    let mut s = lock_state();
    if s.locked {
        s.waiting += 1;
        while s.locked {
            let switches = s.switches;
            let interval = Duration::from_micros(INTERVAL_US.load(Ordering::Relaxed).max(1));
            let (g, timeout) = gil()
                .released
                .wait_timeout(s, interval)
                .unwrap_or_else(|e| e.into_inner());
            s = g;
            if timeout.timed_out() && s.locked && s.switches == switches {
                // The holder kept it a whole interval: ask it to let go.
                breaker::set(breaker::GIL_DROP);
            }
        }
        s.waiting -= 1;
    }
    if is_finalizing() && !is_main_thread() {
        // Abandoned daemon thread: never run Python code again.
        gil().taken.notify_all();
        drop(s);
        loop {
            std::thread::park();
        }
    }
    s.locked = true;
    s.switches += 1;
    breaker::clear(breaker::GIL_DROP);
    gil().taken.notify_all();
    drop(s);
    if crate::modules::_signal::pending() && is_main_thread() {
        breaker::set(breaker::SIGNALS);
    }
}

/// Let go of the lock. `forced`: the holder was asked to (drop request), so it waits until a
/// waiter has taken it before returning (CPython's FORCE_SWITCHING).
fn release(forced: bool) {
    let mut s = lock_state();
    s.locked = false;
    gil().released.notify_one();
    if forced {
        let switches = s.switches;
        while s.switches == switches && s.waiting > 0 && !is_finalizing() {
            s = gil().taken.wait(s).unwrap_or_else(|e| e.into_inner());
        }
    }
}

/// What the VM holds for the thread running Python code, kept aside while the thread is
/// without the lock.
pub struct ThreadState {
    frames: Vec<PyRef>,
    handled: Option<PyRef>,
    trace_hooks: [Option<PyRef>; 2],
    depth: u32,
    stack_limit: usize,
}

impl ThreadState {
    /// The state of a thread that is about to start running Python code: no frames, and a
    /// stack limit `stack_size` bytes below the caller's stack pointer (less a margin).
    pub fn new(stack_size: usize) -> ThreadState {
        let marker = 0u8;
        let sp = &marker as *const u8 as usize;
        ThreadState {
            frames: Vec::new(),
            handled: None,
            trace_hooks: [None, None],
            depth: 0,
            stack_limit: sp.saturating_sub(stack_size.saturating_sub(512 * 1024)),
        }
    }
}

/// The states of the threads that hold Python frames but not the lock, by ident (for
/// `sys._current_frames()` and for `f_back` of another thread's frames).
static SAVED: GilStatic<LazyCell<RefCell<HashMap<u64, ThreadState>>>> =
    GilStatic::new(LazyCell::new(|| RefCell::new(HashMap::new())));

/// `sys._current_frames()`'s pairs: each thread's innermost frame (the caller adds its own).
pub fn other_threads_top_frames() -> Vec<(u64, PyRef)> {
    SAVED.with(|s| {
        s.borrow()
            .iter()
            .filter_map(|(id, ts)| ts.frames.last().map(|f| (*id, f.clone())))
            .collect()
    })
}

/// The caller of `frame` when it runs in a thread other than the current one: `Some(None)`
/// for the outermost frame, None when no other thread runs it.
pub fn caller_in_other_thread(frame: &PyRef) -> Option<Option<PyRef>> {
    SAVED.with(|s| {
        s.borrow().values().find_map(|ts| {
            let i = ts.frames.iter().rposition(|x| x.is(frame))?;
            Some(i.checked_sub(1).map(|j| ts.frames[j].clone()))
        })
    })
}

impl Vm {
    /// Move the running thread's per-thread fields out of the VM into `SAVED` (the lock is
    /// still held).
    fn save_thread(&self) {
        let ts = ThreadState {
            frames: std::mem::take(&mut *self.frames.borrow_mut()),
            handled: self.handled.take(),
            trace_hooks: [self.trace_hooks[0].take(), self.trace_hooks[1].take()],
            depth: self.depth.get(),
            stack_limit: self.stack_limit.get(),
        };
        SAVED.with(|s| s.borrow_mut().insert(current_ident(), ts));
    }

    /// Put the thread's per-thread fields back (it holds the lock again).
    fn restore_thread(&self) {
        if let Some(ts) = SAVED.with(|s| s.borrow_mut().remove(&current_ident())) {
            self.install(ts);
        }
    }

    fn install(&self, ts: ThreadState) {
        *self.frames.borrow_mut() = ts.frames;
        self.handled.set(ts.handled);
        let [trace, profile] = ts.trace_hooks;
        self.trace_hooks[0].set(trace);
        self.trace_hooks[1].set(profile);
        self.depth.set(ts.depth);
        self.stack_limit.set(ts.stack_limit);
    }

    /// Run blocking work `f` without the lock so other threads run meanwhile
    /// (`Py_BEGIN_ALLOW_THREADS`). `f` is `Send`, so it can hold no `PyRef` and no `&Vm`.
    pub fn allow_threads<R: Send>(&self, f: impl FnOnce() -> R + Send) -> R {
        self.save_thread();
        release(false);
        let r = f();
        acquire();
        self.restore_thread();
        r
    }

    /// Hand the lock to a waiting thread and wait to get it back (the drop request).
    fn yield_gil(&self) {
        self.save_thread();
        release(true);
        acquire();
        self.restore_thread();
    }

    /// Start running Python code on a new thread: take the lock and install `ts`.
    pub fn enter_thread(&self, ts: ThreadState) {
        acquire();
        self.install(ts);
    }

    /// The thread is done with Python code: drop its state and release the lock for good.
    pub fn exit_thread(&self) {
        let frames = std::mem::take(&mut *self.frames.borrow_mut());
        let handled = self.handled.take();
        let hooks = [self.trace_hooks[0].take(), self.trace_hooks[1].take()];
        drop((frames, handled, hooks));
        release(false);
    }
}

/// Take the lock on a thread that is not yet registered with any VM (a thread started by
/// `_thread.start_new_thread` before it touches its arguments).
pub fn acquire_for_new_thread() {
    acquire();
}

/// Release the lock taken by `acquire_for_new_thread` when the thread could not start.
pub fn release_for_new_thread() {
    release(false);
}

/// The eval breaker's work, at an instruction boundary of the thread holding the lock:
/// finalizers, weak reference callbacks and collections due; the lock hand-off; the Python
/// signal handlers (main thread only), whose exception is the result.
#[cold]
pub fn service(vm: &Vm) -> PyResult<()> {
    let bits = breaker::get();
    if bits & breaker::PENDING != 0 {
        crate::objects::object::run_pending_finalizers(vm);
    }
    if bits & breaker::GIL_DROP != 0 {
        vm.yield_gil();
    }
    if bits & breaker::SIGNALS != 0 {
        if is_main_thread() {
            return crate::modules::_signal::run_handlers(vm);
        }
        // Only the main thread runs signal handlers; it sets the bit again when it next
        // takes the lock. Let it have the lock soon.
        breaker::clear(breaker::SIGNALS);
        vm.yield_gil();
    }
    Ok(())
}
