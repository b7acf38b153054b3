//! Weak references (CPython's `Objects/weakrefobject.c` core): a `WeakRef` payload holds an
//! uncounted pointer to its referent; the referent's weak references are listed in a side
//! table keyed by its address, and `FLAG_WEAKREFS` in its header says it has an entry, so
//! `dealloc` only looks the table up for objects that were weakly referenced.
//!
//! When the referent dies its weak references are cleared at once (calling one returns
//! `None` from then on) and those with a callback are queued; the VM calls the callbacks at
//! its next safe point, like `__del__`, so no Python code runs inside deallocation.

use std::cell::{Cell, LazyCell, RefCell};
use std::collections::HashMap;
use std::ptr::NonNull;

use super::{request_safe_point, GilStatic, ObjSlot, PyObject, PyRef, FLAG_WEAKREFS};

/// The payload of `weakref.ref` (and of its subclasses) and of weak proxies.
pub struct WeakRef {
    /// The referent while it lives; null once cleared.
    referent: Cell<*const PyObject>,
    /// The callback, until the referent dies.
    pub callback: ObjSlot,
    /// `hash(ref)`, computed from the referent on first use and kept after it dies.
    pub hash: Cell<Option<i64>>,
    /// Made by `weakref.proxy`: attribute access and operators go to the referent.
    pub proxy: bool,
}

/// Referent address -> its weak references, oldest first.
static TABLE: GilStatic<LazyCell<RefCell<HashMap<usize, Vec<NonNull<PyObject>>>>>> =
    GilStatic::new(LazyCell::new(|| RefCell::new(HashMap::new())));
/// (weak reference, callback) pairs whose referent died, waiting for the safe point.
static CALLBACKS: GilStatic<RefCell<Vec<(PyRef, PyRef)>>> =
    GilStatic::new(RefCell::new(Vec::new()));

impl WeakRef {
    pub fn new(callback: Option<PyRef>, proxy: bool) -> WeakRef {
        WeakRef {
            referent: Cell::new(std::ptr::null()),
            callback: ObjSlot::new(callback),
            hash: Cell::new(None),
            proxy,
        }
    }

    /// A new strong reference to the referent, or `None` once it died.
    pub fn get(&self) -> Option<PyRef> {
        let p = self.referent.get();
        // SAFETY: a non-null referent is alive: `clear_all` nulls the pointer before the
        // referent is freed.
        (!p.is_null()).then(|| unsafe { (*p).to_ref() })
    }

    pub fn is_dead(&self) -> bool {
        self.referent.get().is_null()
    }
}

/// Register the new weak reference object `wr` (whose payload is `w`) to `referent`.
/// `first` puts it at the head of the list (CPython keeps the callback-less ref and proxy
/// there, and inserts other references right after them).
pub fn register(referent: &PyObject, wr: &PyRef, w: &WeakRef, position: usize) {
    w.referent.set(referent as *const PyObject);
    referent.set_flag(FLAG_WEAKREFS);
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let list = t.entry(referent.id()).or_default();
        let at = position.min(list.len());
        list.insert(at, NonNull::from(&**wr));
    });
}

/// The live weak references to `referent`, in list order.
pub fn refs_to(referent: &PyObject) -> Vec<PyRef> {
    if referent.flags() & FLAG_WEAKREFS == 0 {
        return Vec::new();
    }
    TABLE.with(|t| {
        t.borrow()
            .get(&referent.id())
            .map(|l| {
                l.iter()
                    // SAFETY: listed weak references are alive (`unregister` removes them
                    // before they are freed).
                    .map(|p| unsafe { p.as_ref() }.to_ref())
                    .collect()
            })
            .unwrap_or_default()
    })
}

/// A weak reference object is being freed: take it off its referent's list.
pub(super) fn unregister(wr: &PyObject, w: &WeakRef) {
    let p = w.referent.replace(std::ptr::null());
    if p.is_null() {
        return;
    }
    TABLE.with(|t| {
        let mut t = t.borrow_mut();
        let key = p as usize;
        if let Some(list) = t.get_mut(&key) {
            list.retain(|x| !std::ptr::eq(x.as_ptr(), wr));
            if list.is_empty() {
                t.remove(&key);
                // SAFETY: the referent is alive (its pointer was not cleared).
                let r = unsafe { &*p };
                r.flags.set(r.flags.get() & !FLAG_WEAKREFS);
            }
        }
    });
}

/// Clear every weak reference to `referent` (it is dying or is cyclic garbage) and return
/// the references that have callbacks, with their callbacks, in calling order.
pub fn clear_all(referent: &PyObject) -> Vec<(PyRef, PyRef)> {
    if referent.flags() & FLAG_WEAKREFS == 0 {
        return Vec::new();
    }
    referent.flags.set(referent.flags.get() & !FLAG_WEAKREFS);
    let list = TABLE.with(|t| t.borrow_mut().remove(&referent.id()).unwrap_or_default());
    let mut out = Vec::new();
    for p in list {
        // SAFETY: listed weak references are alive (see `refs_to`).
        let wr = unsafe { p.as_ref() };
        if let crate::objects::Payload::WeakRef(w) = &wr.payload {
            w.referent.set(std::ptr::null());
            if let Some(cb) = w.callback.take() {
                out.push((wr.to_ref(), cb));
            }
        }
    }
    out
}

/// `dealloc` of a weakly referenced object: clear its references and queue the callbacks.
pub(super) fn clear_on_dealloc(referent: &PyObject) {
    let cbs = clear_all(referent);
    if !cbs.is_empty() {
        CALLBACKS.with(|q| q.borrow_mut().extend(cbs));
        request_safe_point();
    }
}

/// The queued callbacks (see `clear_on_dealloc`).
pub fn take_callbacks() -> Vec<(PyRef, PyRef)> {
    CALLBACKS.with(|q| std::mem::take(&mut *q.borrow_mut()))
}
