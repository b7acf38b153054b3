//! `GlobalCache`: the inline cache of one `LOAD_GLOBAL` name (CPython 3.11's
//! `LOAD_GLOBAL_MODULE`/`LOAD_GLOBAL_BUILTIN` specialisations). It remembers where a name
//! resolved together with the versions of the globals and builtins dicts at that moment.
//!
//! The cached value is held *without* a reference count, so the cache never keeps an object
//! alive (a `del` of the global still destroys it at once). That is sound because a dict's
//! version changes on every mutation and is never reused (`objects::dict::next_version`):
//! while both versions match, neither dict has changed since the value was read out of one
//! of them, so that dict still holds a counted reference to it.

use std::cell::Cell;
use std::ptr::NonNull;

use super::{PyObject, PyRef};
use crate::objects::dict::PyDict;

pub struct GlobalCache {
    versions: Cell<(u64, u64)>,
    value: Cell<Option<NonNull<PyObject>>>,
}

impl Default for GlobalCache {
    fn default() -> GlobalCache {
        GlobalCache {
            versions: Cell::new((0, 0)),
            value: Cell::new(None),
        }
    }
}

impl GlobalCache {
    /// `name` looked up in `globals`, then `builtins` (None when in neither).
    #[inline]
    pub fn lookup(&self, globals: &PyDict, builtins: &PyDict, name: &PyRef) -> Option<PyRef> {
        let key = (globals.version.get(), builtins.version.get());
        if self.versions.get() == key {
            if let Some(p) = self.value.get() {
                // SAFETY: the versions match, so (module docs) the dict this value was read
                // from is unchanged and still holds a reference: the object is alive.
                return Some(unsafe { p.as_ref() }.to_ref());
            }
        }
        let v = globals
            .get_str_obj(name)
            .or_else(|| builtins.get_str_obj(name))?;
        // Read after the lookups: `get_str_obj` runs no Python code, so the dicts are as the
        // versions say.
        self.versions
            .set((globals.version.get(), builtins.version.get()));
        self.value.set(Some(NonNull::from(&*v)));
        Some(v)
    }
}
