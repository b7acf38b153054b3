//! list: mirrors `Objects/listobject.c`. The methods are in `list_methods.rs`; this file has
//! `list.sort`'s driver (keys, `reverse`; the sorts are in `list_sort.rs` and `list_timsort.rs`)
//! and the allocation sizes CPython's list operations leave.

use crate::object::PyRef;
use crate::vm::{PyResult, Vm};

/// `list.sort(key=None, reverse=False)` on the items (taken out of the list meanwhile).
pub fn sort_items(
    vm: &Vm,
    items: &mut Vec<PyRef>,
    key: Option<&PyRef>,
    reverse: bool,
) -> PyResult<()> {
    // Keys are computed in the original order (the key function may have side effects); an
    // error there leaves the items untouched.
    let mut keys: Option<Vec<PyRef>> = match key {
        None => None,
        Some(k) => {
            let mut keys = Vec::with_capacity(items.len());
            for it in items.iter() {
                keys.push(crate::protocols::call::call(vm, k, &[it.clone()])?);
            }
            Some(keys)
        }
    };
    // `reverse` reverses, sorts stably and reverses back (after a comparison error too, as
    // CPython), so equal items keep their order.
    if reverse {
        items.reverse();
        if let Some(k) = keys.as_mut() {
            k.reverse();
        }
    }
    let r = if crate::objects::list_sort::try_sort(vm, items, keys.as_deref()) {
        Ok(())
    } else {
        crate::objects::list_timsort::sort(vm, items, keys)
    };
    if reverse {
        items.reverse();
    }
    r
}

// A list's `Vec` capacity is CPython's `allocated`: every operation that changes a list's
// length leaves the capacity CPython's `list_resize` and friends would, so that
// `list.__sizeof__` (and `sys.getsizeof`) report CPython's figures. `Vec::reserve_exact` and
// `Vec::shrink_to` give exactly the capacity asked for.

/// CPython's `list_resize(self, newsize)` while the list holds `size` items in `allocated`
/// slots: the new allocation. Growth over-allocates `newsize / 8 + 6` rounded to a multiple
/// of 4 (0, 4, 8, 16, 24, 32, 40, 52, 64, 76...), unless the new size is closer to that than
/// to the old size; a list less than half full shrinks the same way.
pub fn resized_capacity(allocated: usize, size: usize, newsize: usize) -> usize {
    if allocated >= newsize && newsize >= allocated >> 1 {
        return allocated;
    }
    if newsize == 0 {
        return 0;
    }
    let mut new_allocated = (newsize + (newsize >> 3) + 6) & !3;
    if newsize.saturating_sub(size) > new_allocated - newsize {
        new_allocated = (newsize + 3) & !3;
    }
    new_allocated
}

/// `list_preallocate_exact`: an empty list about to receive `n` items gets `n` rounded up to
/// an even number.
pub fn preallocated(n: usize) -> usize {
    (n + 1) & !1
}

/// Make `v`'s capacity exactly `cap` (never below its length).
pub fn set_capacity(v: &mut Vec<PyRef>, cap: usize) {
    let cap = cap.max(v.len());
    if cap > v.capacity() {
        v.reserve_exact(cap - v.len());
    } else if cap < v.capacity() {
        v.shrink_to(cap);
    }
}

/// The allocation `list_extend` leaves after adding `added` items to a list of `size` items
/// in `allocated` slots. `hint` is the iterable's length hint, or None for a list or tuple
/// (whose exact size is used). An empty list without allocation is preallocated exactly;
/// otherwise the list is resized for the hint, grows by appends past it, and is cut back to
/// its size when the guess was too large.
pub fn extended_capacity(
    allocated: usize,
    size: usize,
    hint: Option<usize>,
    added: usize,
) -> usize {
    let Some(hint) = hint else {
        return if added == 0 {
            allocated
        } else if allocated == 0 {
            preallocated(added)
        } else {
            resized_capacity(allocated, size, size + added)
        };
    };
    let mut alloc = allocated;
    if alloc == 0 {
        if hint > 0 {
            alloc = preallocated(hint);
        }
    } else {
        alloc = resized_capacity(alloc, size, size + hint);
    }
    alloc = appended_capacity(alloc, size, added);
    let len = size + added;
    if len < alloc {
        alloc = resized_capacity(alloc, len, len);
    }
    alloc
}

/// The allocation after appending `added` items one by one to a list of `size` items in
/// `allocated` slots.
pub fn appended_capacity(allocated: usize, size: usize, added: usize) -> usize {
    let (mut alloc, mut len, mut left) = (allocated, size, added);
    while left > 0 {
        if len < alloc {
            let n = left.min(alloc - len);
            len += n;
            left -= n;
        } else {
            alloc = resized_capacity(alloc, len, len + 1);
            len += 1;
            left -= 1;
        }
    }
    alloc
}

/// `list_extend`: append `items` (gathered from an iterable with length hint `hint`, None for
/// a list or tuple) and leave CPython's allocation.
pub fn extend(v: &mut Vec<PyRef>, items: Vec<PyRef>, hint: Option<usize>) {
    let cap = extended_capacity(v.capacity(), v.len(), hint, items.len());
    if v.is_empty() && v.capacity() == 0 {
        *v = items;
    } else {
        set_capacity(v, cap);
        v.extend(items);
    }
    set_capacity(v, cap);
}

/// Append with CPython's over-allocation pattern (`list_resize(n + 1)` when full).
#[inline]
pub fn push(v: &mut Vec<PyRef>, item: PyRef) {
    if v.len() == v.capacity() {
        grow_by_one(v);
    }
    v.push(item);
}

/// `list_resize(n + 1)` of a full list (kept out of the callers' hot paths).
#[cold]
#[inline(never)]
fn grow_by_one(v: &mut Vec<PyRef>) {
    let cap = resized_capacity(v.capacity(), v.len(), v.len() + 1);
    v.reserve_exact(cap - v.len());
}

/// `list.insert`: room for one more item as `list_resize` makes it, then the insertion.
pub fn insert(v: &mut Vec<PyRef>, i: usize, item: PyRef) {
    if v.len() == v.capacity() {
        grow_by_one(v);
    }
    v.insert(i, item);
}

/// After removing items from a list that held `old_len` in `old_cap` slots (`list_resize`
/// to the new length: shrinks once the list is less than half full).
#[inline]
pub fn shrunk(v: &mut Vec<PyRef>, old_cap: usize, old_len: usize) {
    let cap = resized_capacity(old_cap, old_len, v.len());
    if cap != v.capacity() {
        set_capacity(v, cap);
    }
}

/// After removing one item (`pop`, `remove`, `del l[i]`).
#[inline]
pub fn shrink(v: &mut Vec<PyRef>) {
    let n = v.len();
    if n < v.capacity() / 2 {
        let cap = v.capacity();
        shrunk(v, cap, n + 1);
    }
}
