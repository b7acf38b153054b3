//! The registry of immortal objects: the singletons, small ints, builtin types and interned
//! strs made at boot or interned later, which are never freed. CPython 3.11 allocates the
//! equivalent objects statically (`_Py_global_objects` in
//! `Include/internal/pycore_global_objects.h`, the static type objects), so they are reachable
//! from static memory for the whole life of the process.
//!
//! Krait allocates them on the heap like any object and holds them in `Vm` fields; the
//! registry keeps every one reachable from a static after that. Without it, dropping the
//! `Vm` at exit releases the last pointer to each immortal object without freeing it (its
//! count never reaches zero), and a leak checker rightly reports the memory as lost. The
//! other way to keep them reachable, leaking the whole `Vm` at exit instead of dropping it,
//! would also keep everything the `Vm` reaches alive: the objects whose count was raised
//! without a matching decrement would then look reachable too, and `tools/leakcheck` could no
//! longer find them. With the registry, dropping the `Vm` still frees what it alone held.

use std::cell::RefCell;
use std::ptr::NonNull;

use super::PyObject;

struct Registry(RefCell<Vec<NonNull<PyObject>>>);

// SAFETY: the registry is only touched by the thread running Python code (the one holding
// the GIL), like the collector's lists in `gc_head`; it never reads through the pointers.
unsafe impl Sync for Registry {}

static IMMORTALS: Registry = Registry(RefCell::new(Vec::new()));

/// Keep `obj` (just made immortal) reachable for the rest of the process.
pub(super) fn register(obj: &PyObject) {
    IMMORTALS.0.borrow_mut().push(NonNull::from(obj));
}
