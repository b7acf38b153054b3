//! Where `GcBlock`s (80 bytes: every container object) live: 4 MiB chunks mapped from the OS
//! and carved into blocks, as CPython's `obmalloc` carves arenas into pools. mimalloc would
//! serve each 80-byte request from its 96-byte size class, a fifth more memory for every
//! container.
//!
//! Each chunk starts with a header (its own free list of blocks, the boundary of the blocks
//! never handed out, and how many are in use) and is aligned to its size, so a block finds
//! its chunk by masking its address. Allocation takes from the current chunk and moves to
//! another chunk with room when it is full. When a chunk other than the current one has no
//! block in use any more its pages go back to the OS (`MADV_DONTNEED`; the mapping stays and
//! is reused as a fresh chunk), so memory freed by a collection leaves the process as it
//! does CPython's. The current chunk is never released that way: a program that allocates
//! and frees one container at a time would otherwise pay a system call and page faults for
//! each.
//!
//! Only the thread holding the GIL allocates and frees objects, so the state is plain cells
//! (as `gc_head::GcState`).

use std::cell::Cell;
use std::ptr::{self, NonNull};

use super::gc_head::GcBlock;

/// Chunk size and alignment.
const CHUNK: usize = 4 << 20;
const BLOCK: usize = std::mem::size_of::<GcBlock>();
/// Offset of the first block: the header takes the first block's place.
const FIRST: usize = BLOCK;
const _: () = assert!(std::mem::size_of::<Header>() <= FIRST);
const PAGE: usize = 4096;

/// A free block: its first word links to the next one of the same chunk.
struct FreeNode {
    next: Option<NonNull<FreeNode>>,
}

/// The start of every chunk.
struct Header {
    free: Cell<Option<NonNull<FreeNode>>>,
    /// Blocks from here to the chunk's end were never handed out since the chunk was fresh.
    bump: Cell<usize>,
    used: Cell<usize>,
    /// The list of chunks with room (doubly linked; `in_room` says whether it is on it).
    next: Cell<*mut Header>,
    prev: Cell<*mut Header>,
    in_room: Cell<bool>,
}

struct Chunks {
    /// The chunk allocations come from (null before the first).
    current: Cell<*mut Header>,
    /// Chunks with at least one block free, besides possibly the current one.
    room: Cell<*mut Header>,
}

// SAFETY: only the thread holding the GIL allocates and frees objects (module docs).
unsafe impl Sync for Chunks {}

static CHUNKS: Chunks = Chunks {
    current: Cell::new(ptr::null_mut()),
    room: Cell::new(ptr::null_mut()),
};

/// The header of the chunk holding `block`.
#[inline(always)]
fn chunk_of(block: NonNull<u8>) -> &'static Header {
    let start = block.as_ptr() as usize & !(CHUNK - 1);
    // SAFETY: every block lies in a chunk aligned to `CHUNK` whose first bytes are its
    // header; chunks are never unmapped.
    unsafe { &*(start as *const Header) }
}

/// An uninitialised `GcBlock`.
#[inline(always)]
pub(super) fn alloc() -> NonNull<u8> {
    let c = CHUNKS.current.get();
    if !c.is_null() {
        // SAFETY: `current` is a live chunk header.
        let h = unsafe { &*c };
        if let Some(b) = take_from(h) {
            return b;
        }
    }
    alloc_slow()
}

/// A block of chunk `h`: from its free list, else its never-used tail.
#[inline(always)]
fn take_from(h: &Header) -> Option<NonNull<u8>> {
    if let Some(node) = h.free.get() {
        // SAFETY: `node` is a free block of this chunk (see `free`).
        h.free.set(unsafe { node.as_ref().next });
        h.used.set(h.used.get() + 1);
        return Some(node.cast());
    }
    let b = h.bump.get();
    if b + BLOCK <= CHUNK {
        h.bump.set(b + BLOCK);
        h.used.set(h.used.get() + 1);
        // SAFETY: inside the chunk that starts at `h`.
        return Some(unsafe { NonNull::new_unchecked((h as *const Header as *mut u8).add(b)) });
    }
    None
}

/// The current chunk is full: continue in a chunk with room, or a new one.
#[cold]
fn alloc_slow() -> NonNull<u8> {
    let h = match NonNull::new(CHUNKS.room.get()) {
        // SAFETY: chunks on the room list are live headers.
        Some(h) => unsafe { &*h.as_ptr() },
        None => new_chunk(),
    };
    unlink_room(h);
    CHUNKS.current.set(h as *const Header as *mut Header);
    take_from(h).expect("a chunk with room")
}

fn new_chunk() -> &'static Header {
    // Map twice the size and trim to an aligned chunk.
    // SAFETY: a fresh private anonymous mapping, aliasing nothing.
    let p = unsafe {
        libc::mmap(
            ptr::null_mut(),
            2 * CHUNK,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        std::alloc::handle_alloc_error(
            std::alloc::Layout::from_size_align(CHUNK, CHUNK).expect("a valid chunk layout"),
        );
    }
    let p = p as usize;
    let start = (p + CHUNK - 1) & !(CHUNK - 1);
    // SAFETY: unmapping the parts of our own mapping before and after the aligned chunk.
    unsafe {
        if start > p {
            libc::munmap(p as *mut libc::c_void, start - p);
        }
        let end = start + CHUNK;
        if p + 2 * CHUNK > end {
            libc::munmap(end as *mut libc::c_void, p + 2 * CHUNK - end);
        }
    }
    let h = start as *mut Header;
    // SAFETY: the start of the fresh mapping, writable and aligned for a header.
    unsafe {
        h.write(Header {
            free: Cell::new(None),
            bump: Cell::new(FIRST),
            used: Cell::new(0),
            next: Cell::new(ptr::null_mut()),
            prev: Cell::new(ptr::null_mut()),
            in_room: Cell::new(false),
        });
        &*h
    }
}

/// Give back a block `alloc` handed out, whose contents are dropped.
///
/// # Safety
/// `block` came from `alloc` and nothing will touch it again.
#[inline(always)]
pub(super) unsafe fn free(block: NonNull<u8>) {
    let h = chunk_of(block);
    let node = block.cast::<FreeNode>();
    // SAFETY: the block is at least one pointer wide and aligned for it (caller: unused).
    unsafe { node.as_ptr().write(FreeNode { next: h.free.get() }) };
    h.free.set(Some(node));
    let used = h.used.get() - 1;
    h.used.set(used);
    let hp = h as *const Header as *mut Header;
    if hp != CHUNKS.current.get() && (used == 0 || !h.in_room.get()) {
        freed_in_other(h);
    }
}

/// A block of a chunk other than the current one was freed: the chunk has room again, or
/// nothing in use at all.
#[cold]
fn freed_in_other(h: &Header) {
    if !h.in_room.get() {
        link_room(h);
    }
    if h.used.get() == 0 {
        // Back to a fresh chunk: the header stays (first page), the other pages go to the OS
        // and come back zeroed when first touched again.
        h.free.set(None);
        h.bump.set(FIRST);
        let start = h as *const Header as usize;
        // SAFETY: advice on pages of our own mapping that hold no live block.
        unsafe {
            libc::madvise(
                (start + PAGE) as *mut libc::c_void,
                CHUNK - PAGE,
                libc::MADV_DONTNEED,
            );
        }
    }
}

fn link_room(h: &Header) {
    let hp = h as *const Header as *mut Header;
    let first = CHUNKS.room.get();
    h.prev.set(ptr::null_mut());
    h.next.set(first);
    if !first.is_null() {
        // SAFETY: chunks on the room list are live headers.
        unsafe { (*first).prev.set(hp) };
    }
    CHUNKS.room.set(hp);
    h.in_room.set(true);
}

fn unlink_room(h: &Header) {
    if !h.in_room.get() {
        return;
    }
    let (n, p) = (h.next.get(), h.prev.get());
    // SAFETY: the neighbours on the room list are live headers.
    unsafe {
        if !n.is_null() {
            (*n).prev.set(p);
        }
        if p.is_null() {
            CHUNKS.room.set(n);
        } else {
            (*p).next.set(n);
        }
    }
    h.in_room.set(false);
}
