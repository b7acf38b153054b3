//! GC heads and the collector's object lists (CPython's `PyGC_Head` and the generation lists
//! of `Modules/gcmodule.c`).
//!
//! A container object (`FLAG_GC` in its header) is allocated as a `GcBlock`: a 16-byte
//! `GcHead` immediately before the `PyObject`, so the `PyRef` still points at the object and
//! the head is found at a fixed negative offset. A tracked object's head links it into one of
//! the circular doubly-linked lists below; an untracked one has a null `next`. During the
//! analysis phase of a collection the candidates are gathered on one list whose `next` links
//! stay while each `prev` holds the candidate's `gc_refs` and marks instead
//! (`begin_analysis`, `is_candidate`, `dec_refs`, `mark_live`), the way CPython reuses
//! `_gc_prev` for `gc_refs`: the analysis needs no memory of its own.
//!
//! The lists are process-wide, like the object graph they index: only the thread running
//! Python code (the GIL holder) touches them.

use std::cell::Cell;
use std::ptr::{self, NonNull};

use super::{PyObject, PyRef, FLAG_GC, FLAG_UNREACHABLE};

/// The link fields in front of every container object.
#[repr(C)]
pub struct GcHead {
    next: Cell<*mut GcHead>,
    prev: Cell<*mut GcHead>,
}

impl GcHead {
    const fn empty() -> GcHead {
        GcHead {
            next: Cell::new(ptr::null_mut()),
            prev: Cell::new(ptr::null_mut()),
        }
    }
}

/// The allocation of a container object: its head, then the object.
#[repr(C)]
pub struct GcBlock {
    head: GcHead,
    obj: PyObject,
}

impl GcBlock {
    /// Where the object starts inside its block.
    pub const OBJ_OFFSET: usize = std::mem::offset_of!(GcBlock, obj);
}

const _: () = assert!(std::mem::size_of::<GcBlock>() == 80);
const _: () = assert!(GcBlock::OBJ_OFFSET == std::mem::size_of::<GcHead>());

/// The young, middle and old generations.
pub const NUM_GENERATIONS: usize = 3;
/// `gc.freeze()` moves everything here; the collector never looks at it.
pub const PERMANENT: usize = 3;
/// The collector's list of the unreachable objects of the collection in progress.
pub const UNREACHABLE: usize = 4;
/// The candidates of the analysis in progress.
const CANDIDATES: usize = 5;
const NLISTS: usize = 6;

/// Marks in a candidate's `prev` (no heap address reaches these bits); the rest of the word
/// is its `gc_refs`. A candidate of the analysis in progress:
const CANDIDATE: usize = 1 << 63;
/// reachable from outside the candidates:
const LIVE: usize = 1 << 62;
/// already reached by the analysis's scan of the candidates:
const PASSED: usize = 1 << 61;
const MARKS: usize = CANDIDATE | LIVE | PASSED;

/// The collector's state besides the lists (CPython's `struct _gc_runtime_state`).
pub struct GcState {
    lists: [GcHead; NLISTS],
    /// Per generation: allocations minus deallocations since the last collection (young),
    /// or collections of the next younger generation since this one was last collected.
    pub counts: [Cell<i64>; NUM_GENERATIONS],
    pub thresholds: [Cell<i64>; NUM_GENERATIONS],
    pub enabled: Cell<bool>,
    /// A collection is running (no nested collections).
    pub collecting: Cell<bool>,
    /// The allocation count passed the threshold: collect at the next safe point.
    pub requested: Cell<bool>,
    pub debug: Cell<i64>,
    /// Objects that survived a middle-generation collection since the last full one, and
    /// the size of the old generation after it (CPython's long-lived heuristic).
    pub long_lived_pending: Cell<i64>,
    pub long_lived_total: Cell<i64>,
}

// SAFETY: the state is only read and written by the thread running Python code (the one
// holding the GIL), which also owns every object the lists link; see the module docs.
unsafe impl Sync for GcState {}

static STATE: GcState = GcState {
    lists: [const { GcHead::empty() }; NLISTS],
    counts: [const { Cell::new(0) }; NUM_GENERATIONS],
    thresholds: [Cell::new(700), Cell::new(10), Cell::new(10)],
    enabled: Cell::new(true),
    collecting: Cell::new(false),
    requested: Cell::new(false),
    debug: Cell::new(0),
    long_lived_pending: Cell::new(0),
    long_lived_total: Cell::new(0),
};

/// The collector's state.
#[inline]
pub fn state() -> &'static GcState {
    &STATE
}

/// The sentinel of list `id`, made circular on first use.
#[inline]
fn sentinel(id: usize) -> *mut GcHead {
    let h = &STATE.lists[id];
    let p = h as *const GcHead as *mut GcHead;
    if h.next.get().is_null() {
        h.next.set(p);
        h.prev.set(p);
    }
    p
}

#[inline]
fn head(obj: &PyObject) -> &GcHead {
    debug_assert!(obj.flags() & FLAG_GC != 0);
    // SAFETY: objects with `FLAG_GC` live at `OBJ_OFFSET` inside a `GcBlock` (see
    // `PyRef::new_inline`), so the head is right before the object and lives as long as it.
    unsafe {
        &*(obj as *const PyObject)
            .cast::<u8>()
            .sub(GcBlock::OBJ_OFFSET)
            .cast::<GcHead>()
    }
}

#[inline]
fn object_of(h: *mut GcHead) -> NonNull<PyObject> {
    // SAFETY: every head on a list other than a sentinel is the head of a `GcBlock`.
    unsafe { NonNull::new_unchecked(h.cast::<u8>().add(GcBlock::OBJ_OFFSET).cast()) }
}

/// Write a fresh head (untracked) in front of a new container object.
///
/// # Safety
/// `block` is an allocated, uninitialised `GcBlock`.
#[inline(always)]
pub(super) unsafe fn init_head(block: NonNull<GcBlock>) {
    // SAFETY: the caller's block; the head is written before anything reads it.
    unsafe { ptr::addr_of_mut!((*block.as_ptr()).head).write(GcHead::empty()) };
}

/// Append `obj` to list `id`.
fn link(obj: &PyObject, id: usize) {
    let h = head(obj);
    let s = sentinel(id);
    // SAFETY: `s` is a sentinel (static) and its `prev` is a live head on the same list:
    // heads leave their list when their object is untracked or freed.
    unsafe {
        let last = (*s).prev.get();
        h.prev.set(last);
        h.next.set(s);
        (*last).next.set(h as *const GcHead as *mut GcHead);
        (*s).prev.set(h as *const GcHead as *mut GcHead);
    }
}

fn unlink(h: &GcHead) {
    // SAFETY: a tracked head's neighbours are live heads or a sentinel of its list.
    unsafe {
        let (n, p) = (h.next.get(), h.prev.get());
        (*p).next.set(n);
        (*n).prev.set(p);
    }
    h.next.set(ptr::null_mut());
    h.prev.set(ptr::null_mut());
}

/// Whether `obj` is a container the collector knows (allocated with a GC head).
#[inline]
pub fn is_gc(obj: &PyObject) -> bool {
    obj.flags() & FLAG_GC != 0
}

/// Whether `obj` is tracked (`gc.is_tracked`).
#[inline]
pub fn is_tracked(obj: &PyObject) -> bool {
    is_gc(obj) && !head(obj).next.get().is_null()
}

/// Start tracking `obj` in the young generation (`PyObject_GC_Track`); no-op for objects
/// without a head and for tracked ones.
#[inline]
pub fn track(obj: &PyObject) {
    if is_gc(obj) && head(obj).next.get().is_null() {
        link(obj, 0);
    }
}

/// Stop tracking `obj` (`PyObject_GC_UnTrack`).
#[inline]
pub fn untrack(obj: &PyObject) {
    if is_gc(obj) {
        let h = head(obj);
        let n = h.next.get();
        if h.prev.get() as usize & CANDIDATE != 0 {
            h.next.set(ptr::null_mut());
            h.prev.set(ptr::null_mut());
        } else if !n.is_null() {
            unlink(h);
        }
    }
}

/// A container was allocated: count it and ask for a collection past the threshold.
#[inline]
pub(super) fn note_alloc() {
    let c = STATE.counts[0].get() + 1;
    STATE.counts[0].set(c);
    let t = STATE.thresholds[0].get();
    if c > t && t != 0 && STATE.enabled.get() && !STATE.collecting.get() {
        STATE.requested.set(true);
        super::request_safe_point();
    }
}

/// A container is being freed: untrack it and uncount it.
#[inline]
pub(super) fn note_dealloc(obj: &PyObject) {
    untrack(obj);
    let c = STATE.counts[0].get();
    if c > 0 {
        STATE.counts[0].set(c - 1);
    }
}

/// The number of objects on list `id`.
pub fn list_len(id: usize) -> usize {
    let s = sentinel(id);
    let mut n = 0;
    // SAFETY: walking a list of live heads (see `link`).
    unsafe {
        let mut h = (*s).next.get();
        while h != s {
            n += 1;
            h = (*h).next.get();
        }
    }
    n
}

/// New references to the objects on list `id` (`gc.get_objects`).
pub fn list_objects(id: usize) -> Vec<PyRef> {
    let s = sentinel(id);
    let mut out = Vec::new();
    // SAFETY: walking a list of live heads; each object is alive while tracked.
    unsafe {
        let mut h = (*s).next.get();
        while h != s {
            out.push(object_of(h).as_ref().to_ref());
            h = (*h).next.get();
        }
    }
    out
}

/// Move every object on list `from` to the end of list `to`.
pub fn merge(from: usize, to: usize) {
    if from == to {
        return;
    }
    let (f, t) = (sentinel(from), sentinel(to));
    // SAFETY: both sentinels are static and their lists hold live heads.
    unsafe {
        if (*f).next.get() == f {
            return;
        }
        let (first, last) = ((*f).next.get(), (*f).prev.get());
        let tail = (*t).prev.get();
        (*tail).next.set(first);
        (*first).prev.set(tail);
        (*last).next.set(t);
        (*t).prev.set(last);
        (*f).next.set(f);
        (*f).prev.set(f);
    }
}

/// Move `obj` (tracked, or a candidate) to the end of list `id`.
pub fn move_to(obj: &PyObject, id: usize) {
    untrack(obj);
    link(obj, id);
}

/// Gather the objects of lists `lists` as the candidates of an analysis: each starts its
/// `gc_refs` at its reference count less `held` (references the collector itself holds:
/// CPython's `update_refs`). Their `prev` links are gone until `relink_candidates`.
pub fn begin_analysis(lists: &[usize], held: usize) {
    for &id in lists {
        merge(id, CANDIDATES);
    }
    for_each_candidate(|o| {
        // SAFETY: a candidate is a live tracked object (no Python code runs in an analysis).
        let n = unsafe { o.as_ref() }.refcount() - held;
        head(obj_ref(o)).prev.set((CANDIDATE | n) as *mut GcHead);
    });
}

#[inline]
fn obj_ref<'a>(o: NonNull<PyObject>) -> &'a PyObject {
    // SAFETY: callers pass candidates, live for the whole analysis.
    unsafe { o.as_ref() }
}

/// Call `f` with each candidate in list order. `f` may relink the candidate it is given
/// (`relink_candidates`), not any other.
pub fn for_each_candidate(mut f: impl FnMut(NonNull<PyObject>)) {
    let s = sentinel(CANDIDATES);
    // SAFETY: the list's heads are live; each `next` is read before `f` may relink its head.
    unsafe {
        let mut h = (*s).next.get();
        while h != s {
            let next = (*h).next.get();
            f(object_of(h));
            h = next;
        }
    }
}

/// End the analysis: `place` says for each candidate, in list order, which list it joins
/// (None: untracked).
pub fn relink_candidates(mut place: impl FnMut(&PyObject, bool) -> Option<usize>) {
    for_each_candidate(|o| {
        let o = obj_ref(o);
        let live = is_live(o);
        let h = head(o);
        h.next.set(ptr::null_mut());
        h.prev.set(ptr::null_mut());
        if let Some(id) = place(o, live) {
            link(o, id);
        }
    });
    let s = sentinel(CANDIDATES);
    // SAFETY: the static sentinel; every head that was on its list has been relinked.
    unsafe {
        (*s).next.set(s);
        (*s).prev.set(s);
    }
}

/// Whether `obj` is a candidate of the analysis in progress.
#[inline]
pub fn is_candidate(obj: &PyObject) -> bool {
    is_gc(obj) && head(obj).prev.get() as usize & CANDIDATE != 0
}

/// A candidate's `gc_refs`: its references not (yet) accounted for by other candidates.
#[inline]
pub fn gc_refs(obj: &PyObject) -> usize {
    head(obj).prev.get() as usize & !MARKS
}

/// One reference to the candidate `obj` comes from another candidate (`subtract_refs`).
#[inline]
pub fn dec_refs(obj: &PyObject) {
    let h = head(obj);
    h.prev.set((h.prev.get() as usize - 1) as *mut GcHead);
}

#[inline]
fn set_mark(obj: &PyObject, mark: usize) -> bool {
    let h = head(obj);
    let p = h.prev.get() as usize;
    h.prev.set((p | mark) as *mut GcHead);
    p & mark == 0
}

/// Mark the candidate `obj` reachable; false when it already was.
#[inline]
pub fn mark_live(obj: &PyObject) -> bool {
    set_mark(obj, LIVE)
}

/// Whether the candidate `obj` was marked reachable.
#[inline]
pub fn is_live(obj: &PyObject) -> bool {
    head(obj).prev.get() as usize & LIVE != 0
}

/// Mark the candidate `obj` as reached by the scan.
#[inline]
pub fn mark_passed(obj: &PyObject) {
    set_mark(obj, PASSED);
}

/// Whether the scan has reached the candidate `obj`.
#[inline]
pub fn is_passed(obj: &PyObject) -> bool {
    head(obj).prev.get() as usize & PASSED != 0
}

/// The collector keeps the unreachable object `obj` (which it links to `UNREACHABLE`) alive
/// until `release_unreachable`: one reference, held in place rather than in a table.
pub fn hold(obj: &PyObject) {
    std::mem::forget(obj.to_ref());
    obj.set_flag(FLAG_UNREACHABLE);
}

/// Give back the reference `hold` took to `obj`, which something else still references.
pub fn unhold(obj: &PyObject) {
    debug_assert!(obj.flags() & FLAG_UNREACHABLE != 0 && obj.refcount() > 1);
    obj.flags.set(obj.flags() & !FLAG_UNREACHABLE);
    // SAFETY: `hold` leaked one counted reference to `obj`; this takes it back.
    drop(PyRef {
        ptr: NonNull::from(obj),
    });
}

/// Call `f` with each object on the `UNREACHABLE` list, in order. `f` may run Python code:
/// the objects stay linked, as the collector holds them (`hold`) and only it moves them.
pub fn for_each_unreachable(mut f: impl FnMut(&PyObject)) {
    let s = sentinel(UNREACHABLE);
    // SAFETY: the list's heads are live (held); the next head is read after `f`, which
    // cannot unlink the current one.
    unsafe {
        let mut h = (*s).next.get();
        while h != s {
            f(object_of(h).as_ref());
            h = (*h).next.get();
        }
    }
}

/// Move the objects on the `UNREACHABLE` list to list `to`, one at a time and in order,
/// giving back the reference `hold` took to each: the ones nothing else keeps alive are
/// freed then (CPython's `delete_garbage`).
pub fn release_unreachable(to: usize) {
    let s = sentinel(UNREACHABLE);
    loop {
        // SAFETY: the static sentinel of a list of live (held) heads.
        let first = unsafe { (*s).next.get() };
        if first == s {
            break;
        }
        let ptr = object_of(first);
        // SAFETY: a held object is alive.
        let obj = unsafe { ptr.as_ref() };
        move_to(obj, to);
        obj.flags.set(obj.flags() & !FLAG_UNREACHABLE);
        // SAFETY: `hold` leaked one counted reference to `obj`; dropping this `PyRef`
        // takes it back (and frees the object if it was the last).
        drop(PyRef { ptr });
    }
}

/// Whether `obj` is or may become a tracked container (CPython's
/// `_PyObject_GC_MAY_BE_TRACKED`): an untracked tuple never will be, as its items are fixed.
#[inline]
pub fn may_be_tracked(obj: &PyObject) -> bool {
    is_gc(obj) && (!matches!(obj.payload, crate::objects::Payload::Tuple(_)) || is_tracked(obj))
}

/// The object a dict table belongs to, so that storing a container into an untracked dict
/// can start tracking the dict (CPython's MAINTAIN_TRACKING). Null for tables embedded in a
/// type, which is tracked itself.
pub struct GcOwner(Cell<*const PyObject>);

impl GcOwner {
    pub const fn none() -> GcOwner {
        GcOwner(Cell::new(ptr::null()))
    }

    /// Called by `PyRef::new` with the object whose payload holds this table.
    pub(super) fn set(&self, owner: &PyObject) {
        self.0.set(owner);
    }

    /// Track the owner (its table was filled in bulk with a container in it).
    pub fn track_owner(&self) {
        if !self.0.get().is_null() {
            // SAFETY: as in `maintain`.
            track(unsafe { &*self.0.get() });
        }
    }

    /// Track the owner if it is untracked and `key` or `value` may be tracked.
    #[inline]
    pub fn maintain(&self, key: &PyObject, value: &PyObject) {
        if (may_be_tracked(value) || may_be_tracked(key)) && !self.0.get().is_null() {
            // SAFETY: the owner's payload holds the table that holds this `GcOwner`, so the
            // owner is alive whenever the table is reachable.
            let o = unsafe { &*self.0.get() };
            track(o);
        }
    }
}
