//! The `krait` binary: CPython 3.11's command line (`cli.rs`) over the `krait-vm` library.
//! The interpreter runs on a thread with a large stack so deep recursion through dunders
//! reaches RecursionError instead of overflowing.

mod cli;

/// mimalloc: the VM allocates and frees small objects at a high rate; measured faster than
/// glibc malloc on every benchmark (see benches/).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let child = std::thread::Builder::new()
        .name("krait-main".into())
        .stack_size(krait_vm::STACK_SIZE)
        .spawn(move || cli::main(args));
    let code = match child {
        Ok(h) => h.join().unwrap_or(1),
        Err(_) => {
            eprintln!("krait: cannot start the interpreter thread");
            1
        }
    };
    std::process::exit(code);
}
