//! The object free lists: freed object blocks are kept (up to `FREE_MAX` per thread and
//! kind) and handed out again last-in first-out. There are two kinds of block: a plain
//! `PyObject`, and a `GcBlock` (a `GcHead` followed by the `PyObject`) for the containers the
//! cycle collector tracks. Every object has the same size (`PyObject` with its
//! `Payload` enum), so one list serves all types, like the per-type free lists CPython keeps
//! for floats, tuples and frames. Reusing the block just freed keeps it in cache: a loop that
//! makes and drops one temporary per iteration touches the same memory every time.
//!
//! `GcBlock`s have their own allocator, `gc_chunks` (one free list per chunk, unbounded),
//! except with the `system-alloc` feature (for valgrind, which must see each object to
//! report one leaked), where every `GcBlock` is its own allocation on a list as above.

use std::alloc::{dealloc, Layout};
use std::cell::Cell;
use std::ptr::NonNull;

use super::gc_head::GcBlock;
use super::{PyObject, FLAG_GC};

/// Blocks kept per thread at most (256 KiB of 64-byte blocks).
const FREE_MAX: usize = 4096;

/// A free block: its first word links to the next one.
struct FreeNode {
    next: Option<NonNull<FreeNode>>,
}

struct FreeList {
    head: Cell<Option<NonNull<FreeNode>>>,
    len: Cell<usize>,
    /// The layout of the blocks on this list.
    layout: Layout,
}

impl Drop for FreeList {
    fn drop(&mut self) {
        let mut cur = self.head.take();
        while let Some(node) = cur {
            // SAFETY: every node is a block of this list's layout that `release` took from a
            // dead object; reading its link and then freeing it with that layout is what
            // dropping a `Box` of that layout would have done.
            unsafe {
                cur = node.as_ref().next;
                dealloc(node.as_ptr().cast(), self.layout);
            }
        }
    }
}

impl FreeList {
    const fn new(layout: Layout) -> FreeList {
        FreeList {
            head: Cell::new(None),
            len: Cell::new(0),
            layout,
        }
    }
}

thread_local! {
    static FREE: FreeList = const { FreeList::new(Layout::new::<PyObject>()) };
}

#[cfg(feature = "system-alloc")]
thread_local! {
    static FREE_GC: FreeList = const { FreeList::new(Layout::new::<GcBlock>()) };
}

/// An uninitialised block of `PyObject` layout: a recycled one when available.
#[inline(always)]
pub(super) fn block() -> NonNull<PyObject> {
    take(&FREE).cast()
}

/// An uninitialised block of `GcBlock` layout (a GC head, then the object).
#[inline(always)]
pub(super) fn gc_block() -> NonNull<GcBlock> {
    #[cfg(not(feature = "system-alloc"))]
    return super::gc_chunks::alloc().cast();
    #[cfg(feature = "system-alloc")]
    return take(&FREE_GC).cast();
}

#[inline(always)]
fn take(list: &'static std::thread::LocalKey<FreeList>) -> NonNull<u8> {
    let reused = list
        .try_with(|f| {
            let node = f.head.get()?;
            // SAFETY: `node` is a free block on this list (see `release`).
            f.head.set(unsafe { node.as_ref().next });
            f.len.set(f.len.get() - 1);
            Some(node.cast::<u8>())
        })
        .ok()
        .flatten();
    match reused {
        Some(p) => p,
        None => {
            let layout = list.with(|f| f.layout);
            // SAFETY: both layouts are not zero-sized.
            let p = unsafe { std::alloc::alloc(layout) };
            match NonNull::new(p) {
                Some(p) => p,
                None => std::alloc::handle_alloc_error(layout),
            }
        }
    }
}

/// Drop the dead object at `ptr` and keep or free its block.
///
/// # Safety
/// `ptr` came from `block` or `gc_block`, its count is zero and nothing will touch it again.
#[inline]
pub(super) unsafe fn release(ptr: NonNull<PyObject>) {
    // SAFETY: the caller guarantees the object is dead and unreferenced.
    let flags = unsafe { ptr.as_ref().flags() };
    // SAFETY: as above.
    unsafe { std::ptr::drop_in_place(ptr.as_ptr()) };
    // SAFETY: the contents were just dropped.
    unsafe { free_block(ptr, flags) };
}

/// `release` for an object without a dict whose payload owns nothing on the heap (`int`,
/// `float`, `complex`, an empty payload): only the type reference needs dropping, not the
/// whole `Payload` enum.
///
/// # Safety
/// As for `release`; and the object's dict slot is empty.
#[inline]
pub(super) unsafe fn release_plain(ptr: NonNull<PyObject>) {
    let p = ptr.as_ptr();
    // SAFETY: the object is dead (caller); its payload owns no heap data, so dropping the
    // type slot (the dict slot is empty) is all its destructor would have done.
    unsafe {
        debug_assert!(!(*p).dict.is_some());
        let flags = (*p).flags();
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).ty));
        free_block(ptr, flags);
    }
}

/// Keep the dropped block on its free list, or free it when the list is full.
///
/// # Safety
/// `ptr` came from `block` or `gc_block` (as its flags say) and its contents are dropped
/// except for the flags word, which is read here.
#[inline]
unsafe fn free_block(ptr: NonNull<PyObject>, flags: u32) {
    let (list, start) = if flags & FLAG_GC != 0 {
        // SAFETY: a `GcBlock` holds its object at `GcBlock::OBJ_OFFSET`.
        let start = unsafe { ptr.cast::<u8>().sub(GcBlock::OBJ_OFFSET) };
        #[cfg(not(feature = "system-alloc"))]
        {
            // SAFETY: a block `gc_chunks::alloc` handed out (no `system-alloc`), dropped.
            unsafe { super::gc_chunks::free(start) };
            return;
        }
        #[cfg(feature = "system-alloc")]
        (&FREE_GC, start)
    } else {
        (&FREE, ptr.cast::<u8>())
    };
    let kept = list
        .try_with(|f| {
            if f.len.get() >= FREE_MAX {
                return false;
            }
            let node = start.cast::<FreeNode>();
            // SAFETY: the block is at least one pointer wide and aligned for it; its old
            // contents were dropped by the caller.
            unsafe { node.as_ptr().write(FreeNode { next: f.head.get() }) };
            f.head.set(Some(node));
            f.len.set(f.len.get() + 1);
            true
        })
        .unwrap_or(false);
    if !kept {
        let layout = if flags & FLAG_GC != 0 {
            Layout::new::<GcBlock>()
        } else {
            Layout::new::<PyObject>()
        };
        // SAFETY: the block was allocated with this layout (by `take` or `Box::new`) and its
        // contents are already dropped.
        unsafe { dealloc(start.as_ptr(), layout) };
    }
}
