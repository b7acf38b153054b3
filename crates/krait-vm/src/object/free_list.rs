//! The object free list: freed object blocks are kept (up to `FREE_MAX` per thread) and
//! handed out again last-in first-out. Every object has the same size (`PyObject` with its
//! `Payload` enum), so one list serves all types, like the per-type free lists CPython keeps
//! for floats, tuples and frames. Reusing the block just freed keeps it in cache: a loop that
//! makes and drops one temporary per iteration touches the same memory every time.

use std::alloc::{dealloc, Layout};
use std::cell::Cell;
use std::ptr::NonNull;

use super::PyObject;

/// Blocks kept per thread at most (256 KiB of 64-byte blocks).
const FREE_MAX: usize = 4096;

/// A free block: its first word links to the next one.
struct FreeNode {
    next: Option<NonNull<FreeNode>>,
}

struct FreeList {
    head: Cell<Option<NonNull<FreeNode>>>,
    len: Cell<usize>,
}

impl Drop for FreeList {
    fn drop(&mut self) {
        let mut cur = self.head.take();
        while let Some(node) = cur {
            // SAFETY: every node is a block of `PyObject` layout that `release` took from a
            // dead object; reading its link and then freeing it with that layout is what
            // `Box::<PyObject>::from_raw` would have done.
            unsafe {
                cur = node.as_ref().next;
                dealloc(node.as_ptr().cast(), Layout::new::<PyObject>());
            }
        }
    }
}

thread_local! {
    static FREE: FreeList = const {
        FreeList {
            head: Cell::new(None),
            len: Cell::new(0),
        }
    };
}

/// An uninitialised block of `PyObject` layout: a recycled one when available.
#[inline(always)]
pub(super) fn block() -> NonNull<PyObject> {
    let reused = FREE
        .try_with(|f| {
            let node = f.head.get()?;
            // SAFETY: `node` is a free block on this list (see `release`).
            f.head.set(unsafe { node.as_ref().next });
            f.len.set(f.len.get() - 1);
            Some(node.cast::<PyObject>())
        })
        .ok()
        .flatten();
    match reused {
        Some(p) => p,
        None => {
            let layout = Layout::new::<PyObject>();
            // SAFETY: `PyObject` is not zero-sized.
            let p = unsafe { std::alloc::alloc(layout) };
            match NonNull::new(p.cast::<PyObject>()) {
                Some(p) => p,
                None => std::alloc::handle_alloc_error(layout),
            }
        }
    }
}

/// Drop the dead object at `ptr` and keep or free its block.
///
/// # Safety
/// `ptr` came from `allocate`, its count is zero and nothing will touch it again.
#[inline]
pub(super) unsafe fn release(ptr: NonNull<PyObject>) {
    // SAFETY: the caller guarantees the object is dead and unreferenced.
    unsafe { std::ptr::drop_in_place(ptr.as_ptr()) };
    // SAFETY: the contents were just dropped.
    unsafe { free_block(ptr) };
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
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*p).ty));
        free_block(ptr);
    }
}

/// Keep the dropped block on the free list, or free it when the list is full.
///
/// # Safety
/// `ptr` came from `allocate` and its contents are dropped.
#[inline]
unsafe fn free_block(ptr: NonNull<PyObject>) {
    let kept = FREE
        .try_with(|f| {
            if f.len.get() >= FREE_MAX {
                return false;
            }
            let node = ptr.cast::<FreeNode>();
            // SAFETY: the block is at least one pointer wide and aligned for it; its old
            // contents were dropped by the caller.
            unsafe { node.as_ptr().write(FreeNode { next: f.head.get() }) };
            f.head.set(Some(node));
            f.len.set(f.len.get() + 1);
            true
        })
        .unwrap_or(false);
    if !kept {
        // SAFETY: the block was allocated with `PyObject`'s layout (by `block` or `Box::new`)
        // and its contents are already dropped.
        unsafe { dealloc(ptr.as_ptr().cast(), Layout::new::<PyObject>()) };
    }
}
