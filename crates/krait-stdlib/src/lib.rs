//! Krait's standard library: the Rust modules by import name and the embedded `lib/` (the
//! Python-written modules, compiled in by `build.rs`). `config()` hands both to the VM.

pub mod atexit;
pub mod math;
pub mod time;

use krait_vm::vm::ModuleInit;

include!(concat!(env!("OUT_DIR"), "/stdlib.rs"));

/// The source of embedded module `name` and whether it is a package.
pub fn lookup(name: &str) -> Option<(&'static str, bool)> {
    STDLIB
        .iter()
        .find(|(n, _, _)| *n == name)
        .map(|(_, src, pkg)| (*src, *pkg))
}

/// The native modules, by import name.
pub fn native_modules() -> Vec<(&'static str, ModuleInit)> {
    vec![
        ("math", math::init as ModuleInit),
        ("time", time::init as ModuleInit),
        ("atexit", atexit::init as ModuleInit),
    ]
}
