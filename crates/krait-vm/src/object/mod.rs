//! The object core: the one handle every Python value is reached through (`PyRef`), the
//! object header (reference count, type, instance dict) and deterministic deallocation.
//! Mirrors CPython's `Include/object.h` and `Objects/object.c` (`Py_INCREF`, `Py_DECREF`,
//! `_Py_Dealloc`, the trashcan of `Include/cpython/object.h`).
//!
//! All `unsafe` of the VM's object graph lives in this module. The invariants it relies on:
//! - a `PyObject` is only ever allocated by `PyRef::new` (a block from `free_list`), so `ptr` is valid until the
//!   count drops to zero and `dealloc` frees it;
//! - objects are only touched by the thread holding the GIL, so the non-atomic `Cell` counts
//!   are never raced.

mod attr_cache;
mod free_list;
#[cfg(not(feature = "system-alloc"))]
mod gc_chunks;
pub mod gc_head;
mod global_cache;
mod immortal;
mod slot;
pub mod type_cache;
pub mod weakref;

use std::cell::{Cell, RefCell};
use std::fmt;
use std::ops::Deref;
use std::ptr::NonNull;

pub use attr_cache::{AttrCache, Cached, GENERIC_GET, GENERIC_SET};
pub use global_cache::GlobalCache;
pub use slot::ObjSlot;

use crate::objects::Payload;

/// Header flag: `__del__` already ran (PEP 442: at most once per object).
pub const FLAG_FINALIZED: u32 = 1;
/// Header flag: the object never dies (singletons, small ints, builtin types).
pub const FLAG_IMMORTAL: u32 = 2;
/// Header flag: a container the cycle collector knows, allocated behind a `GcHead`.
pub const FLAG_GC: u32 = 4;
/// Header flag: weak references to the object exist (see `weakref`).
pub const FLAG_WEAKREFS: u32 = 8;
/// Header flag: the collection in progress found the object unreachable and holds a
/// reference to it (see `gc_head::hold`).
pub const FLAG_UNREACHABLE: u32 = 16;
/// Header flag: a bytearray whose buffer memoryviews export, so it must not be resized
/// (`objects/memoryview.rs` counts the exports).
pub const FLAG_EXPORTED: u32 = 32;

/// Immortal objects' count starts this high (and is put back there should it ever reach
/// zero), so their increments and decrements never free them.
const IMMORTAL_BIAS: u32 = 1 << 30;

/// A heap object: header plus payload. Reached only through `PyRef` (owned) or `&PyObject`
/// (borrowed from a live `PyRef`).
///
/// The header is 16 bytes before the two slots: a 32-bit count beside the 32-bit flags keeps
/// `PyObject` at 64 bytes, one allocator size class below the 80 a 64-bit count would cost
/// (every int and float is one). A count cannot overflow: 2^32 references would need 32 GiB
/// of pointers.
pub struct PyObject {
    refcnt: Cell<u32>,
    flags: Cell<u32>,
    ty: ObjSlot,
    dict: ObjSlot,
    pub payload: Payload,
}

const _: () = assert!(std::mem::size_of::<PyObject>() == 64);

/// Whether `o` is the member storage of an instance (a `Slots` payload is never a `__dict__`).
#[inline]
fn is_member_storage(o: &PyObject) -> bool {
    matches!(o.payload, crate::objects::Payload::Slots(_))
}

/// An owned (strong) reference to a Python object. Cloning increments the reference count;
/// dropping decrements it and deallocates the object at zero, at once.
pub struct PyRef {
    ptr: NonNull<PyObject>,
}

/// Objects whose type has a finalizer (`__del__`) reached count zero; the VM runs their
/// finalizers at its next safe point (on whichever thread reaches one) and then frees them
/// (see `take_pending_finalizers`).
static PENDING_FINALIZE: GilStatic<RefCell<Vec<NonNull<PyObject>>>> =
    GilStatic::new(RefCell::new(Vec::new()));

/// A static every thread shares, touched only by the thread holding the GIL: the object
/// core's replacement for `thread_local!` where the state is the interpreter's, not the
/// thread's (pending finalizers, the weak reference table, cached native types).
pub struct GilStatic<T>(T);

// SAFETY: Python objects and the statics that hold or describe them are only touched by the
// thread holding the GIL (`gil.rs`); so at most one thread accesses the value at a time, and
// the lock's acquire/release order those accesses.
unsafe impl<T> Sync for GilStatic<T> {}

impl<T> GilStatic<T> {
    pub const fn new(value: T) -> GilStatic<T> {
        GilStatic(value)
    }

    /// Run `f` on the value (the same shape as `LocalKey::with`).
    #[inline]
    pub fn with<R>(&'static self, f: impl FnOnce(&T) -> R) -> R {
        f(&self.0)
    }
}

thread_local! {
    /// Trashcan: nesting depth of `dealloc` and the objects deferred past the depth limit,
    /// so freeing a million-deep nest of lists does not overflow the Rust stack.
    static DEALLOC_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEALLOC_LATER: RefCell<Vec<NonNull<PyObject>>> = const { RefCell::new(Vec::new()) };
}

/// The eval breaker: bits saying the VM has work at its next instruction boundary. The eval
/// loop polls the whole word at every instruction (one relaxed load) and calls
/// `gil::service` when any bit is set.
pub mod breaker {
    use std::sync::atomic::{AtomicU32, Ordering};

    /// Finalizers, weak reference callbacks or a collection wait (`request_safe_point`).
    pub const PENDING: u32 = 1;
    /// Another thread asks for the GIL.
    pub const GIL_DROP: u32 = 2;
    /// A signal arrived; the main thread runs its Python handler.
    pub const SIGNALS: u32 = 4;

    static BREAKER: AtomicU32 = AtomicU32::new(0);

    #[inline(always)]
    pub fn get() -> u32 {
        BREAKER.load(Ordering::Relaxed)
    }

    #[inline]
    pub fn set(bits: u32) {
        BREAKER.fetch_or(bits, Ordering::Relaxed);
    }

    #[inline]
    pub fn clear(bits: u32) {
        BREAKER.fetch_and(!bits, Ordering::Relaxed);
    }
}

/// Ask the eval loop to call `run_pending` at the start of its next instruction.
#[inline]
pub fn request_safe_point() {
    breaker::set(breaker::PENDING);
}

/// Whether the objects with this type and payload are containers the collector tracks
/// (CPython's `Py_TPFLAGS_HAVE_GC`): every instance of a heap type, the builtin payloads
/// that can own references (`gc::traverse::is_container`), and an empty payload when its
/// builtin type gives instances a `__dict__` (`types.SimpleNamespace`).
#[inline]
fn needs_gc(ty: &PyRef, payload: &Payload) -> bool {
    if ty.flags.get() & FLAG_IMMORTAL == 0 {
        return true;
    }
    match payload {
        Payload::Empty => ty
            .as_type()
            .is_some_and(|t| t.flags.get() & crate::objects::type_::INSTANCE_DICT != 0),
        p => crate::gc::traverse::is_container(p),
    }
}

const TRASHCAN_DEPTH: u32 = 200;

impl PyRef {
    /// Allocate a new object of type `ty` with `payload`; its count starts at one.
    pub fn new(ty: &PyRef, payload: Payload) -> PyRef {
        let gc = needs_gc(ty, &payload);
        // Dicts start untracked and are tracked when they first hold a container
        // (CPython's MAINTAIN_TRACKING); every other container is tracked from birth.
        let track = gc && !matches!(payload, Payload::Dict(_));
        Self::new_inline(ty, gc, track, || payload)
    }

    /// A new `int` (or subclass) object holding the machine word `v`. Separate from `new` so
    /// the payload is written straight into the block: passing a freshly built `Payload` by
    /// pointer makes `new` read back, with wide loads, what its caller just stored in narrow
    /// ones, which stalls store-to-load forwarding on every int and float allocation.
    #[inline(never)]
    pub fn new_int(ty: &PyRef, v: i64) -> PyRef {
        let heap = ty.flags.get() & FLAG_IMMORTAL == 0;
        Self::new_inline(ty, heap, heap, || Payload::Int(v))
    }

    /// A new `float` (or subclass) object (see `new_int`).
    #[inline(never)]
    pub fn new_float(ty: &PyRef, v: f64) -> PyRef {
        let heap = ty.flags.get() & FLAG_IMMORTAL == 0;
        Self::new_inline(ty, heap, heap, || Payload::Float(v))
    }

    #[inline(always)]
    fn new_inline(ty: &PyRef, gc: bool, track: bool, payload: impl FnOnce() -> Payload) -> PyRef {
        let ty = ty.clone();
        // The block first, then the fields written into it one by one (see `new_int`).
        let p = if gc {
            let b = free_list::gc_block();
            // SAFETY: a fresh uninitialised `GcBlock`; the object lives at `OBJ_OFFSET`.
            unsafe {
                gc_head::init_head(b);
                NonNull::new_unchecked(b.as_ptr().cast::<u8>().add(gc_head::GcBlock::OBJ_OFFSET))
                    .cast::<PyObject>()
            }
        } else {
            free_list::block()
        };
        // SAFETY: `block` returns an uninitialised block of `PyObject` layout that nothing
        // else references; each field is written exactly once before the `PyRef` exists.
        unsafe {
            let o = p.as_ptr();
            std::ptr::addr_of_mut!((*o).refcnt).write(Cell::new(1));
            std::ptr::addr_of_mut!((*o).flags).write(Cell::new(if gc { FLAG_GC } else { 0 }));
            std::ptr::addr_of_mut!((*o).ty).write(ObjSlot::new(Some(ty)));
            std::ptr::addr_of_mut!((*o).dict).write(ObjSlot::new(None));
            std::ptr::addr_of_mut!((*o).payload).write(payload());
        }
        let r = PyRef { ptr: p };
        if gc {
            if track {
                gc_head::track(&r);
            } else if let Payload::Dict(d) = &r.payload {
                d.owner.set(&r);
                if d.table.borrow().holds_container() {
                    gc_head::track(&r);
                }
            }
            gc_head::note_alloc();
        }
        r
    }

    /// Allocate an object that is its own type (only `type` itself), immortal.
    pub fn new_self_typed(payload: Payload) -> PyRef {
        let obj = Box::new(PyObject {
            refcnt: Cell::new(1),
            flags: Cell::new(FLAG_IMMORTAL),
            ty: ObjSlot::new(None),
            dict: ObjSlot::new(None),
            payload,
        });
        let r = PyRef {
            ptr: NonNull::from(Box::leak(obj)),
        };
        immortal::register(&r);
        r.ty.set(Some(r.clone()));
        r
    }

    /// Identity: `a is b`.
    #[inline]
    pub fn is(&self, other: &PyRef) -> bool {
        self.ptr == other.ptr
    }

    /// The address, as `id()` reports it.
    #[inline]
    pub fn id(&self) -> usize {
        self.ptr.as_ptr() as usize
    }

    /// Exclusive access to the object when this is its only reference (like `Rc::get_mut`).
    /// Used to recycle objects (frames) whose fields are not behind cells.
    #[inline]
    pub fn get_mut(&mut self) -> Option<&mut PyObject> {
        if self.refcnt.get() == 1 && self.flags.get() & FLAG_IMMORTAL == 0 {
            // SAFETY: the count is one and we hold that reference mutably, so no other
            // `PyRef` exists and no `&PyObject` derived from one can be alive.
            Some(unsafe { self.ptr.as_mut() })
        } else {
            None
        }
    }
}

impl Clone for PyRef {
    #[inline]
    fn clone(&self) -> PyRef {
        let rc = &self.refcnt;
        rc.set(rc.get() + 1);
        PyRef { ptr: self.ptr }
    }
}

impl Drop for PyRef {
    #[inline]
    fn drop(&mut self) {
        let rc = &self.refcnt;
        let n = rc.get() - 1;
        rc.set(n);
        if n == 0 {
            dealloc(self.ptr);
        }
    }
}

impl Deref for PyRef {
    type Target = PyObject;
    #[inline]
    fn deref(&self) -> &PyObject {
        // SAFETY: a PyRef holds a counted reference, so the object is alive (see module docs).
        unsafe { self.ptr.as_ref() }
    }
}

impl fmt::Debug for PyRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<PyRef {:#x}>", self.id())
    }
}

impl PyObject {
    /// A new strong reference to this object.
    #[inline]
    pub fn to_ref(&self) -> PyRef {
        self.refcnt.set(self.refcnt.get() + 1);
        PyRef {
            ptr: NonNull::from(self),
        }
    }

    /// The object's type. Types whose instances change `__class__` are kept alive by the VM
    /// (see `set_class`), so the reference cannot dangle while the object lives.
    #[inline]
    pub fn ty(&self) -> &PyObject {
        self.ty.borrow_ref().expect("every object has a type")
    }

    /// A counted reference to the object's type.
    #[inline]
    pub fn class(&self) -> PyRef {
        self.ty.get().expect("every object has a type")
    }

    /// Whether the object's type is exactly `ty` (pointer identity).
    #[inline]
    pub fn is_type(&self, ty: &PyRef) -> bool {
        std::ptr::eq(self.ty(), &**ty)
    }

    /// Replace the type (`obj.__class__ = C`); returns the old type so the caller can keep it
    /// alive for as long as borrowed `ty()` references may exist.
    pub fn set_class(&self, ty: PyRef) -> Option<PyRef> {
        self.ty.replace(Some(ty))
    }

    /// The instance `__dict__`, if the object has one.
    #[inline]
    pub fn dict(&self) -> Option<PyRef> {
        match self.dict.borrow_ref() {
            Some(h) if is_member_storage(h) => h.dict.get(),
            _ => self.dict.get(),
        }
    }

    /// The header's dict field as stored: the instance dict, or the member storage of an
    /// instance of a builtin-based class with `__slots__` (which keeps the dict in its own
    /// header). For the collector, which must see the storage itself.
    #[inline]
    pub fn dict_field(&self) -> Option<&PyObject> {
        self.dict.borrow_ref()
    }

    /// The `__slots__` values of an instance whose payload belongs to its builtin base
    /// (`class D(dict): __slots__ = ...`): kept by a `member_storage` object in the dict field.
    pub fn member_storage(&self) -> Option<PyRef> {
        match self.dict.borrow_ref() {
            Some(h) if is_member_storage(h) => self.dict.get(),
            _ => None,
        }
    }

    /// Install the member storage of `member_storage`, keeping any instance dict inside it.
    pub fn install_member_storage(&self, storage: PyRef) {
        let old = self.dict.replace(None);
        storage.dict.replace(old);
        self.dict.replace(Some(storage));
    }

    /// Whether the object's type is a heap type (a class statement's or `type(...)`'s), read
    /// from the type object's header: every builtin and native type is immortal and no heap
    /// type ever is, so this is `type_data().is_heap()` without reaching the `TypeData`.
    #[inline]
    pub fn has_heap_type(&self) -> bool {
        let heap = self.ty().flags.get() & FLAG_IMMORTAL == 0;
        debug_assert_eq!(heap, self.type_data().is_heap());
        heap
    }

    /// The instance dict, borrowed: for lookups that run no Python code (nothing can replace
    /// the dict while the borrow lives).
    #[inline]
    pub fn dict_ref(&self) -> Option<&PyObject> {
        match self.dict.borrow_ref() {
            Some(h) if is_member_storage(h) => h.dict.borrow_ref(),
            d => d,
        }
    }

    #[inline]
    pub fn has_dict(&self) -> bool {
        self.dict_ref().is_some()
    }

    /// Install (or remove) the instance dict. A dict replaces inline attribute values, which
    /// are dropped (`instance::materialize` has moved them into the dict first when they are
    /// to be kept).
    pub fn set_dict(&self, d: Option<PyRef>) -> Option<PyRef> {
        if let (Some(a), Some(_)) = (crate::objects::instance::slots(&self.payload), &d) {
            crate::objects::instance::clear(a);
        }
        if let Some(h) = self.dict.borrow_ref().filter(|h| is_member_storage(h)) {
            return h.dict.replace(d);
        }
        self.dict.replace(d)
    }

    /// Empty the header's dict field entirely (member storage included), for `tp_clear`.
    pub fn clear_dict_field(&self) -> Option<PyRef> {
        self.dict.replace(None)
    }

    /// The current reference count (what `sys.getrefcount` reports, minus its own argument).
    pub fn refcount(&self) -> usize {
        self.refcnt.get() as usize
    }

    #[inline]
    pub fn id(&self) -> usize {
        self as *const PyObject as usize
    }

    #[inline]
    pub fn is(&self, other: &PyObject) -> bool {
        std::ptr::eq(self, other)
    }

    pub fn flags(&self) -> u32 {
        self.flags.get()
    }

    pub fn set_flag(&self, flag: u32) {
        self.flags.set(self.flags.get() | flag);
    }

    pub fn clear_flag(&self, flag: u32) {
        self.flags.set(self.flags.get() & !flag);
    }

    /// Make the object immortal: its count is bumped so it never reaches zero, and the
    /// registry (`immortal.rs`) keeps it reachable for the rest of the process. Making an
    /// immortal object immortal again changes nothing.
    pub fn make_immortal(&self) {
        if self.flags.get() & FLAG_IMMORTAL != 0 {
            return;
        }
        immortal::register(self);
        // Immortal objects are never garbage: the collector need not look at them.
        gc_head::untrack(self);
        self.set_flag(FLAG_IMMORTAL);
        self.refcnt.set(self.refcnt.get() + IMMORTAL_BIAS);
    }
}

/// Take the objects whose finalizers must run now. Each returned `PyRef` owns the reference
/// that `dealloc` kept back; dropping it after the finalizer frees the object unless the
/// finalizer resurrected it.
pub fn take_pending_finalizers() -> Vec<PyRef> {
    breaker::clear(breaker::PENDING);
    let ptrs = PENDING_FINALIZE.with(|q| std::mem::take(&mut *q.borrow_mut()));
    ptrs.into_iter()
        .map(|ptr| {
            // SAFETY: `dealloc` left the object allocated with count 0 and queued it; we give
            // it back the one reference the queue stands for.
            let obj = unsafe { ptr.as_ref() };
            obj.set_flag(FLAG_FINALIZED);
            obj.refcnt.set(1);
            // Untracked while queued (the collector must not see a count of zero); tracked
            // again in case the finalizer resurrects it.
            gc_head::track(obj);
            PyRef { ptr }
        })
        .collect()
}

fn wants_finalizer(obj: &PyObject) -> bool {
    // Instances of builtin and native types have no Python `__del__` (of those, only
    // generators finalize), and `has_heap_type` decides that without reaching the `TypeData`.
    if !obj.has_heap_type() && !matches!(obj.payload, Payload::Generator(_)) {
        return false;
    }
    obj.flags.get() & FLAG_FINALIZED == 0 && crate::objects::has_finalizer(obj)
}

/// Lists and tuples release their items last to first, as CPython's `list_dealloc` and
/// `tupledealloc` do (observable through `__del__` order).
fn drop_items_last_first(ptr: NonNull<PyObject>) {
    // SAFETY: called by `dealloc` on an object whose count is zero: nothing else references
    // it, so this is the only access.
    let obj = unsafe { &mut *ptr.as_ptr() };
    match &mut obj.payload {
        Payload::List(l) => {
            let v = std::mem::take(l.get_mut());
            let mut v = v;
            while let Some(x) = v.pop() {
                drop(x);
            }
        }
        Payload::Tuple(t) if t.len() > 1 => {
            let mut v = std::mem::take(t).into_vec();
            while let Some(x) = v.pop() {
                drop(x);
            }
        }
        _ => {}
    }
}

#[cold]
fn dealloc(ptr: NonNull<PyObject>) {
    // SAFETY: the count just reached zero, so no other reference exists; the object is still
    // allocated (only this function frees it).
    let obj = unsafe { ptr.as_ref() };
    if obj.flags.get() & FLAG_IMMORTAL != 0 {
        obj.refcnt.set(IMMORTAL_BIAS);
        return;
    }
    if wants_finalizer(obj) {
        gc_head::untrack(obj);
        PENDING_FINALIZE.with(|q| q.borrow_mut().push(ptr));
        request_safe_point();
        return;
    }
    let flags = obj.flags.get();
    if flags & (FLAG_GC | FLAG_WEAKREFS) != 0 {
        if flags & FLAG_WEAKREFS != 0 {
            weakref::clear_on_dealloc(obj);
        }
        if flags & FLAG_GC != 0 {
            gc_head::note_dealloc(obj);
        }
        if let Payload::WeakRef(w) = &obj.payload {
            weakref::unregister(obj, w);
        }
    }
    // Objects that own no references besides their type cannot start a deep chain of
    // deallocations: free them without the trashcan's bookkeeping.
    if !obj.dict.is_some() && obj.payload.is_leaf() {
        if matches!(
            obj.payload,
            Payload::Int(_) | Payload::Float(_) | Payload::Complex(..) | Payload::Empty
        ) {
            // SAFETY: allocated by `PyRef::new`; the count is zero and nothing references
            // it; no dict, and the payload owns no heap data.
            unsafe { free_list::release_plain(ptr) };
        } else {
            // SAFETY: allocated by `PyRef::new`; the count is zero and nothing references it.
            unsafe { free_list::release(ptr) };
        }
        return;
    }
    let depth = DEALLOC_DEPTH.with(|d| d.get());
    if depth >= TRASHCAN_DEPTH {
        DEALLOC_LATER.with(|l| l.borrow_mut().push(ptr));
        return;
    }
    DEALLOC_DEPTH.with(|d| d.set(depth + 1));
    drop_items_last_first(ptr);
    // SAFETY: allocated by `PyRef::new`; the count is zero and nothing references it.
    unsafe { free_list::release(ptr) };
    DEALLOC_DEPTH.with(|d| d.set(depth));
    if depth == 0 {
        loop {
            let next = DEALLOC_LATER.with(|l| l.borrow_mut().pop());
            match next {
                Some(p) => {
                    DEALLOC_DEPTH.with(|d| d.set(1));
                    drop_items_last_first(p);
                    // SAFETY: deferred above with count zero and no references.
                    unsafe { free_list::release(p) };
                    DEALLOC_DEPTH.with(|d| d.set(0));
                }
                None => break,
            }
        }
    }
}
