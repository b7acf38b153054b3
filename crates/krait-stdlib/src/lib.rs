//! Krait's standard library: the Rust modules by import name and the embedded `lib/` (the
//! Python-written modules, compiled in by `build.rs`). `config()` hands both to the VM.

pub mod _codecs;
pub mod _collections;
pub mod _dis;
pub mod _hashlib;
pub mod _imp;
pub mod _json;
pub mod _random;
pub mod _sre;
pub mod _string;
pub mod _struct;
mod _struct_codes;
pub mod _weakref;
mod args;
pub mod atexit;
pub mod binascii;
pub mod gc;
pub mod math;
mod math_integer;
mod math_special;
pub mod posix;
mod posix_fd;
mod posix_fork;
mod posix_proc;
mod posix_scandir;
pub mod structseq;
pub mod time;
pub mod unicodedata;
pub mod zlib;
mod zlib_inflate;

use krait_vm::vm::ModuleInit;

include!(concat!(env!("OUT_DIR"), "/stdlib.rs"));

/// The source of embedded module `name` and whether it is a package.
pub fn lookup(name: &str) -> Option<(&'static str, bool)> {
    STDLIB
        .iter()
        .find(|(n, ..)| *n == name)
        .map(|(_, src, pkg, _)| (*src, *pkg))
}

/// The build-time compiled code of embedded module `name` (`krait_bytecode::marshal`), if it
/// compiled.
pub fn lookup_code(name: &str) -> Option<&'static [u8]> {
    STDLIB
        .iter()
        .find(|(n, ..)| *n == name)
        .map(|(.., code)| *code)
        .filter(|c| !c.is_empty())
}

/// The native modules, by import name.
pub fn native_modules() -> Vec<(&'static str, ModuleInit)> {
    vec![
        ("math", math::init as ModuleInit),
        ("time", time::init as ModuleInit),
        ("atexit", atexit::init as ModuleInit),
        ("_random", _random::init as ModuleInit),
        ("posix", posix::init as ModuleInit),
        ("gc", gc::init as ModuleInit),
        ("_string", _string::init as ModuleInit),
        ("_json", _json::init as ModuleInit),
        ("_weakref", _weakref::init as ModuleInit),
        ("_imp", _imp::init as ModuleInit),
        ("_struct", _struct::init as ModuleInit),
        ("zlib", zlib::init as ModuleInit),
        ("binascii", binascii::init as ModuleInit),
        ("_dis", _dis::init as ModuleInit),
        ("_deque", _collections::init as ModuleInit),
        ("_hashlib", _hashlib::init as ModuleInit),
        ("_blake2", _hashlib::init_blake2 as ModuleInit),
        ("_sre", _sre::init as ModuleInit),
        ("_codecs", _codecs::init as ModuleInit),
        ("unicodedata", unicodedata::init as ModuleInit),
    ]
}

pub(crate) use krait_vm::objects::module::add_functions;
