//! The type attribute cache: CPython's method cache (`type_cache` in `Objects/typeobject.c`),
//! a direct-mapped table remembering what looking a name up along a type's MRO found.
//!
//! Entries are keyed by the type's `TypeData` address, the address of an interned (immortal,
//! so never reused) name, and the global type epoch (`objects::type_::epoch`), which changes
//! whenever any type's namespace or bases change and whenever a type is freed. The found value
//! is held *without* a reference count, so the cache keeps nothing alive. That is sound for
//! the same reason as `GlobalCache`: while the epoch is unchanged no type namespace has been
//! written and no type freed, so the namespace the value was read from still holds a counted
//! reference to it; and a type allocated later at a freed type's address sees a newer epoch.

use std::cell::Cell;
use std::ptr::NonNull;

use super::{PyObject, PyRef};

/// Entries (a power of two).
const SIZE: usize = 2048;

#[derive(Clone, Copy)]
struct Entry {
    ty: usize,
    name: usize,
    epoch: u64,
    value: Option<NonNull<PyObject>>,
}

const EMPTY: Entry = Entry {
    ty: 0,
    name: 0,
    epoch: 0,
    value: None,
};

thread_local! {
    static CACHE: [Cell<Entry>; SIZE] = const { [const { Cell::new(EMPTY) }; SIZE] };
}

#[inline(always)]
fn slot(ty: usize, name: usize) -> usize {
    let h = (ty ^ (name >> 3)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (h >> (usize::BITS - SIZE.trailing_zeros())) & (SIZE - 1)
}

/// What the lookup of interned `name` on the type whose data lives at `ty` found, or
/// `slow()`'s answer (then remembered) when the cache does not know it at `epoch`.
#[inline]
pub fn lookup(
    ty: usize,
    name: &PyRef,
    epoch: u64,
    slow: impl FnOnce() -> Option<PyRef>,
) -> Option<PyRef> {
    let key = name.id();
    let i = slot(ty, key);
    let hit = CACHE.with(|c| {
        let e = c[i].get();
        (e.ty == ty && e.name == key && e.epoch == epoch).then_some(e.value)
    });
    if let Some(v) = hit {
        // SAFETY: the entry is of this epoch, so (module docs) the namespace the value was
        // read from still holds a counted reference to it: the object is alive.
        return v.map(|p| unsafe { p.as_ref() }.to_ref());
    }
    let found = slow();
    // `slow` runs no Python code (an MRO walk over dicts with str keys), so the epoch read
    // before it still describes the namespaces it read.
    let value = found.as_ref().map(|v| NonNull::from(&**v));
    CACHE.with(|c| {
        c[i].set(Entry {
            ty,
            name: key,
            epoch,
            value,
        })
    });
    found
}
