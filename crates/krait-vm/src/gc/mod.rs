//! The cycle collector (CPython's `Modules/gcmodule.c`): container objects carry a GC head,
//! are linked into one of three generation lists, and a collection finds the groups of them
//! that only reference each other.

pub mod collect;
pub mod traverse;

/// What the program's allocator does to hand freed memory back to the OS (the binary that
/// picks the allocator sets it); called after a full collection that freed many objects, so
/// a program's memory goes back near where it started once a large cycle is collected, as
/// CPython's does.
static RELEASE_MEMORY: std::sync::OnceLock<fn()> = std::sync::OnceLock::new();

/// Set the hook `release_memory` calls (once; later calls are ignored).
pub fn set_release_memory_hook(f: fn()) {
    let _ = RELEASE_MEMORY.set(f);
}

pub(crate) fn release_memory() {
    if let Some(f) = RELEASE_MEMORY.get() {
        f();
    }
}
