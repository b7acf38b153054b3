//! `ObjSlot`: a `Cell<Option<PyRef>>` that can be read without taking the value out. Used for
//! the header's type and dict pointers and anywhere a single mutable reference is stored.

use std::cell::UnsafeCell;

use super::{PyObject, PyRef};

/// A mutable slot holding an optional strong reference.
#[repr(transparent)]
pub struct ObjSlot(UnsafeCell<Option<PyRef>>);

impl ObjSlot {
    pub const fn new(v: Option<PyRef>) -> ObjSlot {
        ObjSlot(UnsafeCell::new(v))
    }

    /// A new reference to the value.
    #[inline]
    pub fn get(&self) -> Option<PyRef> {
        // SAFETY: single-threaded under the GIL; cloning only bumps a count and runs no Python
        // code, so no `replace` can interleave with this read.
        unsafe { (*self.0.get()).clone() }
    }

    #[inline]
    pub fn is_some(&self) -> bool {
        // SAFETY: as in `get`: a plain read with no interleaving writer.
        unsafe { (*self.0.get()).is_some() }
    }

    /// Borrow the referent. The caller must not keep the borrow across a `replace` of this
    /// slot; the header's type slot guarantees this by keeping replaced types alive.
    #[inline]
    pub fn borrow_ref(&self) -> Option<&PyObject> {
        // SAFETY: as in `get`; the returned borrow is tied to `self`, and the only writer
        // (`replace`) hands the old value back to the caller, who keeps it alive.
        unsafe { (*self.0.get()).as_deref() }
    }

    /// Store `v`, returning the old value. The old value is returned, not dropped here, so no
    /// finalizer can run while the slot is being written.
    #[inline]
    pub fn replace(&self, v: Option<PyRef>) -> Option<PyRef> {
        // SAFETY: single-threaded; no reference into the slot's `Option` outlives `get`/`is_some`.
        unsafe { std::mem::replace(&mut *self.0.get(), v) }
    }

    #[inline]
    pub fn set(&self, v: Option<PyRef>) {
        drop(self.replace(v));
    }

    pub fn take(&self) -> Option<PyRef> {
        self.replace(None)
    }

    /// The value, through exclusive access (no other borrow can exist).
    #[inline]
    pub fn get_mut(&mut self) -> &mut Option<PyRef> {
        self.0.get_mut()
    }

    /// A slice of slots, exclusively borrowed, as the plain options they hold (as
    /// `Cell::from_mut` in reverse): binding arguments into a fresh frame writes them so.
    #[inline]
    pub fn as_options_mut(slots: &mut [ObjSlot]) -> &mut [Option<PyRef>] {
        // SAFETY: `ObjSlot` is `repr(transparent)` over `UnsafeCell<Option<PyRef>>`, itself
        // `repr(transparent)` over `Option<PyRef>`, so the layouts are identical; the
        // exclusive borrow of `slots` rules out any other access for the result's lifetime.
        unsafe { &mut *(slots as *mut [ObjSlot] as *mut [Option<PyRef>]) }
    }
}
