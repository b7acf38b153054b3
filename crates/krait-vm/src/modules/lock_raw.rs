//! The OS lock under `_thread.lock` and `_thread.RLock`: a POSIX semaphore, as CPython uses on
//! Linux (`Python/thread_pthread.h`). A wait returns early with `Interrupted` when a signal
//! handler ran in the waiting thread (the handlers are installed without SA_RESTART), so the
//! main thread can run Python signal handlers in the middle of a blocking acquire.

use std::cell::UnsafeCell;

extern "C" {
    /// glibc 2.30+: `sem_timedwait` against a chosen clock (the `libc` crate lacks it).
    fn sem_clockwait(
        sem: *mut libc::sem_t,
        clock: libc::clockid_t,
        abstime: *const libc::timespec,
    ) -> libc::c_int;
}

/// A binary semaphore, free when made.
pub struct RawLock(Box<UnsafeCell<libc::sem_t>>);

// SAFETY: a POSIX semaphore is made to be waited on and posted from any thread; the box gives
// it a fixed address for its whole life.
unsafe impl Send for RawLock {}
// SAFETY: as above; every operation goes through the sem_* functions.
unsafe impl Sync for RawLock {}

/// How a wait ended.
pub enum Wait {
    Acquired,
    TimedOut,
    /// A signal handler ran in this thread.
    Interrupted,
}

fn errno() -> i32 {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

impl RawLock {
    pub fn new() -> RawLock {
        // SAFETY: a zeroed sem_t is storage for sem_init, which initialises it in place
        // (unshared between processes, value 1 = free).
        let cell = Box::new(UnsafeCell::new(unsafe {
            std::mem::zeroed::<libc::sem_t>()
        }));
        // SAFETY: see above; the pointer is to the boxed, live storage.
        unsafe { libc::sem_init(cell.get(), 0, 1) };
        RawLock(cell)
    }

    /// Take the lock if it is free, without waiting.
    pub fn try_acquire(&self) -> bool {
        loop {
            // SAFETY: an initialised semaphore (see `new`).
            if unsafe { libc::sem_trywait(self.0.get()) } == 0 {
                return true;
            }
            if errno() != libc::EINTR {
                return false;
            }
        }
    }

    /// Wait for the lock until `deadline` (CLOCK_MONOTONIC; None: no limit).
    pub fn wait(&self, deadline: Option<libc::timespec>) -> Wait {
        // SAFETY: an initialised semaphore; the deadline outlives the call.
        let r = unsafe {
            match &deadline {
                None => libc::sem_wait(self.0.get()),
                Some(ts) => sem_clockwait(self.0.get(), libc::CLOCK_MONOTONIC, ts),
            }
        };
        if r == 0 {
            return Wait::Acquired;
        }
        match errno() {
            libc::EINTR => Wait::Interrupted,
            _ => Wait::TimedOut,
        }
    }

    pub fn release(&self) {
        // SAFETY: an initialised semaphore.
        unsafe { libc::sem_post(self.0.get()) };
    }

    /// Make the lock free again whatever its state (`_at_fork_reinit` in a forked child,
    /// where a thread that held it no longer exists).
    pub fn reinit(&self) {
        // SAFETY: no other thread waits on it (the caller's contract: after fork, or a lock
        // nobody else uses); destroying and re-initialising in place is then allowed.
        unsafe {
            libc::sem_destroy(self.0.get());
            libc::sem_init(self.0.get(), 0, 1);
        }
    }
}

impl Default for RawLock {
    fn default() -> RawLock {
        RawLock::new()
    }
}

impl Drop for RawLock {
    fn drop(&mut self) {
        // SAFETY: the lock is being freed with its owner object: no thread waits on it (a
        // waiter holds a reference to the object).
        unsafe { libc::sem_destroy(self.0.get()) };
    }
}

/// The CLOCK_MONOTONIC time `seconds` from now.
pub fn deadline_after(seconds: f64) -> libc::timespec {
    let now = monotonic_now();
    let total_ns = now.tv_nsec as i128 + (seconds.max(0.0) * 1e9) as i128;
    libc::timespec {
        tv_sec: now.tv_sec + (total_ns / 1_000_000_000) as libc::time_t,
        tv_nsec: (total_ns % 1_000_000_000) as libc::c_long,
    }
}

pub fn monotonic_now() -> libc::timespec {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes the struct it is given.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts
}

/// Sleep until `deadline` (CLOCK_MONOTONIC); false when a signal handler interrupted it.
pub fn sleep_until(deadline: &libc::timespec) -> bool {
    // SAFETY: clock_nanosleep reads the deadline it is given; no remaining-time output.
    let r = unsafe {
        libc::clock_nanosleep(
            libc::CLOCK_MONOTONIC,
            libc::TIMER_ABSTIME,
            deadline,
            std::ptr::null_mut(),
        )
    };
    r != libc::EINTR
}
