//! list: mirrors `Objects/listobject.c`. The methods are in `list_methods.rs`; this file has
//! the sort (a stable merge sort that stops at the first comparison error, as `list.sort`).

use crate::object::PyRef;
use crate::vm::{PyResult, Vm};

/// Sort `v` stably with `lt` (a Python `<`), stopping at the first error.
pub fn merge_sort<T: Clone>(
    v: &mut [T],
    lt: &mut dyn FnMut(&T, &T) -> PyResult<bool>,
) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    // Binary insertion sort for short runs, then bottom-up merges.
    const RUN: usize = 32;
    let mut start = 0;
    while start < n {
        let end = (start + RUN).min(n);
        for i in start + 1..end {
            let x = v[i].clone();
            let (mut lo, mut hi) = (start, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if lt(&x, &v[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            v[lo..=i].rotate_right(1);
        }
        start = end;
    }
    let mut width = RUN;
    let mut buf: Vec<T> = Vec::with_capacity(n);
    while width < n {
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            if mid < hi && lt(&v[mid], &v[mid - 1])? {
                buf.clear();
                let (mut i, mut j) = (lo, mid);
                while i < mid && j < hi {
                    if lt(&v[j], &v[i])? {
                        buf.push(v[j].clone());
                        j += 1;
                    } else {
                        buf.push(v[i].clone());
                        i += 1;
                    }
                }
                buf.extend_from_slice(&v[i..mid]);
                buf.extend_from_slice(&v[j..hi]);
                v[lo..hi].clone_from_slice(&buf);
            }
            lo = hi;
        }
        width *= 2;
    }
    Ok(())
}

/// `list.sort(key=None, reverse=False)` on the items (taken out of the list meanwhile).
pub fn sort_items(
    vm: &Vm,
    items: &mut Vec<PyRef>,
    key: Option<&PyRef>,
    reverse: bool,
) -> PyResult<()> {
    // Keys are computed in the original order (the key function may have side effects);
    // `reverse` then reverses, sorts stably and reverses back, so equal items keep their order.
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
    if reverse {
        items.reverse();
        if let Some(k) = keys.as_mut() {
            k.reverse();
        }
    }
    if !crate::objects::list_sort::try_sort(vm, items, keys.as_deref()) {
        match keys {
            None => {
                let mut lt = |a: &PyRef, b: &PyRef| {
                    crate::protocols::compare::compare_bool(
                        vm,
                        a,
                        b,
                        krait_bytecode::opcode::CompareOp::Lt,
                    )
                };
                merge_sort(items, &mut lt)?;
            }
            Some(keys) => {
                let mut pairs: Vec<(PyRef, PyRef)> =
                    keys.into_iter().zip(items.iter().cloned()).collect();
                let mut klt = |a: &(PyRef, PyRef), b: &(PyRef, PyRef)| {
                    crate::protocols::compare::compare_bool(
                        vm,
                        &a.0,
                        &b.0,
                        krait_bytecode::opcode::CompareOp::Lt,
                    )
                };
                let r = merge_sort(&mut pairs, &mut klt);
                *items = pairs.into_iter().map(|p| p.1).collect();
                r?;
            }
        }
    }
    if reverse {
        items.reverse();
    }
    Ok(())
}

/// Append with CPython's over-allocation pattern (`list_resize`: new capacity
/// `(n + (n >> 3) + 6) & !3`), so `sys.getsizeof` of a growing list matches CPython.
#[inline]
pub fn push(v: &mut Vec<PyRef>, item: PyRef) {
    if v.len() == v.capacity() {
        let n = v.len() + 1;
        let mut new_cap = (n + (n >> 3) + 6) & !3;
        if n - v.len() > new_cap - n {
            new_cap = (n + 3) & !3;
        }
        v.reserve_exact(new_cap - v.len());
    }
    v.push(item);
}

/// After removing items: CPython's `list_resize` shrinks the allocation once the list is less
/// than half full.
#[inline]
pub fn shrink(v: &mut Vec<PyRef>) {
    let n = v.len();
    if n < v.capacity() / 2 {
        let new_cap = if n == 0 { 0 } else { (n + (n >> 3) + 6) & !3 };
        v.shrink_to(new_cap);
    }
}
