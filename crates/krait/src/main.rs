//! The `krait` binary: CPython 3.11's command line (`cli.rs`) over the `krait-vm` library.
//! The interpreter runs on a thread with a large stack so deep recursion through dunders
//! reaches RecursionError instead of overflowing.

mod cli;

/// mimalloc: the VM allocates and frees small objects at a high rate; measured faster than
/// glibc malloc on every benchmark (see benches/).
#[global_allocator]
#[cfg(not(feature = "system-alloc"))]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(not(feature = "system-alloc"))]
extern "C" {
    /// mimalloc's `mi_collect`: free what its heaps hold for reuse, and with `force` purge it
    /// back to the OS at once.
    fn mi_collect(force: bool);
    /// mimalloc's `mi_option_set`.
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// `mi_option_purge_delay` in mimalloc.h's `mi_option_t`: how many milliseconds freed pages
/// wait before going back to the OS (default 10).
#[cfg(not(feature = "system-alloc"))]
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

/// The collector freed many objects: let mimalloc give their pages back now rather than
/// keep them for reuse.
#[cfg(not(feature = "system-alloc"))]
fn release_memory() {
    // SAFETY: `mi_collect` takes no pointers and may be called from any thread at any time.
    unsafe { mi_collect(true) };
}

fn main() {
    // Freed pages go back to the OS after 1 ms instead of 10: a growing list reallocates
    // its items (the old buffer is freed at once), and with the default delay the old
    // buffers of a list grown to 500,000 items stayed resident long enough to add 8 MiB to
    // the peak (benches/gc_cycles: 143 -> 136 MiB, sorting 65 -> 57 MiB; about 3% more time).
    #[cfg(not(feature = "system-alloc"))]
    // SAFETY: setting an option takes no pointers; done before any other thread exists.
    unsafe {
        mi_option_set(MI_OPTION_PURGE_DELAY, 1)
    };
    let args: Vec<String> = std::env::args().collect();
    let interpreter = std::thread::Builder::new()
        .name("krait-main".into())
        .stack_size(krait_vm::STACK_SIZE)
        .spawn(move || run(args));
    match interpreter {
        // `run` ends the process; joining only waits for it.
        Ok(h) => {
            krait_vm::modules::_signal::block_in_this_thread();
            let _ = h.join();
        }
        Err(_) => eprintln!("krait: cannot start the interpreter thread"),
    }
    std::process::exit(1);
}

/// Run the program and end the process from the interpreter thread itself: after
/// `os.fork()` the child has only this thread, so there is no main thread to return to.
/// A panic (always a bug) prints Rust's report and exits with status 1, whether the build
/// unwinds (tests) or aborts (release).
fn run(args: Vec<String>) {
    #[cfg(not(feature = "system-alloc"))]
    krait_vm::gc::set_release_memory_hook(release_memory);
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        report(info);
        std::process::exit(1);
    }));
    let code = cli::main(args);
    std::process::exit(code);
}
