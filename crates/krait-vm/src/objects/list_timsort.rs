//! `list.sort` for keys compared with Python's `<`: CPython 3.11's timsort, as
//! `Objects/listsort.txt` describes it, so that the same `__lt__` calls happen in the same order
//! (a program that prints, counts or raises inside `__lt__` sees CPython's sequence), and a
//! comparison error leaves the list in the same permutation.
//!
//! The list is cut into natural runs (a strictly descending run is reversed in place), each
//! run shorter than `minrun` is extended by binary insertion; runs go on a stack merged in the
//! powersort order (each new run gets the "power" of the boundary between it and the previous
//! run; runs of greater power are merged first), then the stack is collapsed. A merge first
//! gallops to skip the prefix of the first run and the suffix of the second that are already
//! in place, then merges from the low end (copying the first run out) or from the high end
//! (copying the second run out), whichever copy is smaller, switching to galloping mode when
//! one run wins `min_gallop` times in a row.
//!
//! The exact `int`/`str`/`float`/tuple keys are sorted by `list_sort.rs` instead: their
//! comparisons run no Python code, so the order alone is observable.

use krait_bytecode::opcode::CompareOp;

use crate::object::PyRef;
use crate::objects::Payload;
use crate::protocols::compare;
use crate::vm::{PyResult, Vm};

/// The initial threshold of consecutive wins that switches a merge to galloping, and the
/// win length that keeps it galloping.
const MIN_GALLOP: usize = 7;

/// A pending run on the merge stack: `v[base..base + len]`, and the power of its boundary
/// with the run after it (set when that run is found).
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// How a merge ended when no comparison failed: done, or the one item left of the run that
/// was copied out belongs after (merge from the low end) or before (from the high end)
/// everything left of the other run.
enum Ended {
    Done,
    OneLeft,
}

struct Sorter<'a, T, F> {
    v: &'a mut [T],
    lt: F,
    min_gallop: usize,
    /// The run copied out of `v` during a merge.
    tmp: Vec<T>,
    runs: Vec<Run>,
}

/// Sort `v` stably with `lt` (a Python `<`) by CPython's algorithm, making exactly its
/// comparisons; on an error `v` holds a permutation of its items, as CPython leaves it.
pub fn timsort<T, F>(v: &mut [T], lt: F) -> PyResult<()>
where
    T: Clone,
    F: FnMut(&T, &T) -> PyResult<bool>,
{
    if v.len() < 2 {
        return Ok(());
    }
    let mut s = Sorter {
        v,
        lt,
        min_gallop: MIN_GALLOP,
        tmp: Vec::new(),
        runs: Vec::new(),
    };
    s.sort()
}

/// The minimum run length for `n` items: `n` itself below 64, else a number in 32..=64 such
/// that `n / minrun` is a power of two or a little less than one.
fn minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Powersort's power of the boundary between the run `[s1, s1 + n1)` and the run of `n2`
/// items after it, in a list of `n`: the first bit at which the binary fractions of the two
/// runs' midpoints (divided by `n`) differ.
fn power(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    // Twice the midpoints, to stay in integers.
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    let mut p = 0;
    loop {
        p += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            return p;
        }
        a <<= 1;
        b <<= 1;
    }
}

/// The index in sorted `a` where `key` goes before any equal items (`a[i - 1] < key <= a[i]`),
/// searched by galloping out from `hint`, then binary search.
fn gallop_left<T, F>(lt: &mut F, key: &T, a: &[T], hint: usize) -> PyResult<usize>
where
    F: FnMut(&T, &T) -> PyResult<bool>,
{
    let n = a.len();
    // Find lo..hi, an interval of offsets with a[lo - 1] < key <= a[hi].
    let (mut lo, mut hi);
    let (mut last, mut ofs) = (0, 1);
    if lt(&a[hint], key)? {
        // Gallop right: a[hint + last] < key <= a[hint + ofs].
        let max = n - hint;
        while ofs < max {
            if lt(&a[hint + ofs], key)? {
                last = ofs;
                ofs = 2 * ofs + 1;
            } else {
                break;
            }
        }
        lo = hint + last + 1;
        hi = hint + ofs.min(max);
    } else {
        // Gallop left: a[hint - ofs] < key <= a[hint - last].
        let max = hint + 1;
        while ofs < max {
            if lt(&a[hint - ofs], key)? {
                break;
            }
            last = ofs;
            ofs = 2 * ofs + 1;
        }
        lo = hint + 1 - ofs.min(max);
        hi = hint - last;
    }
    while lo < hi {
        let m = lo + (hi - lo) / 2;
        if lt(&a[m], key)? {
            lo = m + 1;
        } else {
            hi = m;
        }
    }
    Ok(hi)
}

/// The index in sorted `a` where `key` goes after any equal items (`a[i - 1] <= key < a[i]`),
/// searched by galloping out from `hint`, then binary search.
fn gallop_right<T, F>(lt: &mut F, key: &T, a: &[T], hint: usize) -> PyResult<usize>
where
    F: FnMut(&T, &T) -> PyResult<bool>,
{
    let n = a.len();
    // Find lo..hi, an interval of offsets with a[lo - 1] <= key < a[hi].
    let (mut lo, mut hi);
    let (mut last, mut ofs) = (0, 1);
    if lt(key, &a[hint])? {
        // Gallop left: a[hint - ofs] <= key < a[hint - last].
        let max = hint + 1;
        while ofs < max {
            if lt(key, &a[hint - ofs])? {
                last = ofs;
                ofs = 2 * ofs + 1;
            } else {
                break;
            }
        }
        lo = hint + 1 - ofs.min(max);
        hi = hint - last;
    } else {
        // Gallop right: a[hint + last] <= key < a[hint + ofs].
        let max = n - hint;
        while ofs < max {
            if lt(key, &a[hint + ofs])? {
                break;
            }
            last = ofs;
            ofs = 2 * ofs + 1;
        }
        lo = hint + last + 1;
        hi = hint + ofs.min(max);
    }
    while lo < hi {
        let m = lo + (hi - lo) / 2;
        if lt(key, &a[m])? {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    Ok(hi)
}

impl<T, F> Sorter<'_, T, F>
where
    T: Clone,
    F: FnMut(&T, &T) -> PyResult<bool>,
{
    fn sort(&mut self) -> PyResult<()> {
        let n = self.v.len();
        let min = minrun(n);
        let mut lo = 0;
        while lo < n {
            let (mut len, descending) = self.count_run(lo)?;
            if descending {
                self.v[lo..lo + len].reverse();
            }
            if len < min {
                let force = min.min(n - lo);
                self.insertion_sort(lo, lo + force, lo + len)?;
                len = force;
            }
            if let Some(last) = self.runs.last() {
                let p = power(last.base, last.len, len, n);
                while self.runs.len() > 1 && self.runs[self.runs.len() - 2].power > p {
                    self.merge_at(self.runs.len() - 2)?;
                }
                if let Some(last) = self.runs.last_mut() {
                    last.power = p;
                }
            }
            self.runs.push(Run {
                base: lo,
                len,
                power: 0,
            });
            lo += len;
        }
        while self.runs.len() > 1 {
            let mut i = self.runs.len() - 2;
            if i > 0 && self.runs[i - 1].len < self.runs[i + 1].len {
                i -= 1;
            }
            self.merge_at(i)?;
        }
        Ok(())
    }

    /// The length of the run starting at `lo` (at least 2 items when 2 are left), and whether
    /// it is strictly descending (else it is non-descending).
    fn count_run(&mut self, lo: usize) -> PyResult<(usize, bool)> {
        let v = &*self.v;
        let n = v.len();
        if lo + 1 == n {
            return Ok((1, false));
        }
        let descending = (self.lt)(&v[lo + 1], &v[lo])?;
        let mut k = lo + 2;
        while k < n && (self.lt)(&v[k], &v[k - 1])? == descending {
            k += 1;
        }
        Ok((k - lo, descending))
    }

    /// Binary insertion sort of `v[lo..hi]`, whose prefix `v[lo..start]` is sorted.
    fn insertion_sort(&mut self, lo: usize, hi: usize, start: usize) -> PyResult<()> {
        for i in start.max(lo + 1)..hi {
            let (mut l, mut r) = (lo, i);
            while l < r {
                let p = l + (r - l) / 2;
                if (self.lt)(&self.v[i], &self.v[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            self.v[l..=i].rotate_right(1);
        }
        Ok(())
    }

    /// Merge the runs `i` and `i + 1` of the stack.
    fn merge_at(&mut self, i: usize) -> PyResult<()> {
        let Run {
            base: mut pa,
            len: mut na,
            ..
        } = self.runs[i];
        let Run {
            base: pb, len: nb, ..
        } = self.runs[i + 1];
        self.runs[i].len = na + nb;
        self.runs.remove(i + 1);
        // Items of the first run not above the second's first are already in place...
        let k = gallop_right(&mut self.lt, &self.v[pb], &self.v[pa..pa + na], 0)?;
        pa += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // ... and so are the second run's items not below the first's last.
        let nb = gallop_left(
            &mut self.lt,
            &self.v[pa + na - 1],
            &self.v[pb..pb + nb],
            nb - 1,
        )?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(pa, na, nb)
        } else {
            self.merge_hi(pa, na, nb)
        }
    }

    /// Merge `v[pa..pa + na]` with the `nb` items after it from the low end, the first run
    /// copied out (`v[pa + na]` belongs first and the first run's last item belongs last).
    fn merge_lo(&mut self, pa: usize, na: usize, nb: usize) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.v[pa..pa + na]);
        // The first run's rest is tmp[a..a + na], the second's v[b..b + nb], and the next
        // item goes to v[dest] (dest + na == b: the gap the rest of the first run fills).
        let mut m = Cursor {
            dest: pa,
            a: 0,
            na,
            b: pa + na,
            nb,
        };
        let r = self.merge_lo_steps(&mut m);
        let Cursor {
            dest, a, na, b, nb, ..
        } = m;
        if let Ok(Ended::OneLeft) = r {
            for j in 0..nb {
                self.v[dest + j] = self.v[b + j].clone();
            }
            self.v[dest + nb] = self.tmp[a].clone();
        } else {
            self.v[dest..dest + na].clone_from_slice(&self.tmp[a..a + na]);
        }
        r.map(|_| ())
    }

    fn merge_lo_steps(&mut self, m: &mut Cursor) -> PyResult<Ended> {
        let (v, tmp, lt) = (&mut *self.v, &self.tmp, &mut self.lt);
        v[m.dest] = v[m.b].clone();
        m.dest += 1;
        m.b += 1;
        m.nb -= 1;
        if m.nb == 0 {
            return Ok(Ended::Done);
        }
        if m.na == 1 {
            return Ok(Ended::OneLeft);
        }
        loop {
            // One item at a time until a run wins `min_gallop` times in a row.
            let (mut acount, mut bcount) = (0, 0);
            loop {
                if lt(&v[m.b], &tmp[m.a])? {
                    v[m.dest] = v[m.b].clone();
                    m.dest += 1;
                    m.b += 1;
                    m.nb -= 1;
                    bcount += 1;
                    acount = 0;
                    if m.nb == 0 {
                        return Ok(Ended::Done);
                    }
                    if bcount >= self.min_gallop {
                        break;
                    }
                } else {
                    v[m.dest] = tmp[m.a].clone();
                    m.dest += 1;
                    m.a += 1;
                    m.na -= 1;
                    acount += 1;
                    bcount = 0;
                    if m.na == 1 {
                        return Ok(Ended::OneLeft);
                    }
                    if acount >= self.min_gallop {
                        break;
                    }
                }
            }
            // Gallop while either run keeps winning long stretches; each round in galloping
            // mode lowers the threshold, leaving it raises it.
            self.min_gallop += 1;
            loop {
                self.min_gallop -= usize::from(self.min_gallop > 1);
                let k = gallop_right(lt, &v[m.b], &tmp[m.a..m.a + m.na], 0)?;
                acount = k;
                if k > 0 {
                    v[m.dest..m.dest + k].clone_from_slice(&tmp[m.a..m.a + k]);
                    m.dest += k;
                    m.a += k;
                    m.na -= k;
                    if m.na == 1 {
                        return Ok(Ended::OneLeft);
                    }
                    // Only an inconsistent `<` gets here.
                    if m.na == 0 {
                        return Ok(Ended::Done);
                    }
                }
                v[m.dest] = v[m.b].clone();
                m.dest += 1;
                m.b += 1;
                m.nb -= 1;
                if m.nb == 0 {
                    return Ok(Ended::Done);
                }
                let k = gallop_left(lt, &tmp[m.a], &v[m.b..m.b + m.nb], 0)?;
                bcount = k;
                if k > 0 {
                    for j in 0..k {
                        v[m.dest + j] = v[m.b + j].clone();
                    }
                    m.dest += k;
                    m.b += k;
                    m.nb -= k;
                    if m.nb == 0 {
                        return Ok(Ended::Done);
                    }
                }
                v[m.dest] = tmp[m.a].clone();
                m.dest += 1;
                m.a += 1;
                m.na -= 1;
                if m.na == 1 {
                    return Ok(Ended::OneLeft);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            self.min_gallop += 1;
        }
    }

    /// Merge `v[pa..pa + na]` with the `nb` items after it from the high end, the second run
    /// copied out (the first run's last item belongs last and `v[pa + na]` belongs first).
    fn merge_hi(&mut self, pa: usize, na: usize, nb: usize) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.v[pa + na..pa + na + nb]);
        // The first run's rest is v[pa..pa + na], the second's tmp[..nb], and the next item
        // goes to v[pa + na + nb - 1].
        let mut m = Cursor {
            dest: 0,
            a: pa,
            na,
            b: 0,
            nb,
        };
        let r = self.merge_hi_steps(&mut m);
        let (na, nb) = (m.na, m.nb);
        if let Ok(Ended::OneLeft) = r {
            for j in (0..na).rev() {
                self.v[pa + 1 + j] = self.v[pa + j].clone();
            }
            self.v[pa] = self.tmp[0].clone();
        } else {
            self.v[pa + na..pa + na + nb].clone_from_slice(&self.tmp[..nb]);
        }
        r.map(|_| ())
    }

    fn merge_hi_steps(&mut self, m: &mut Cursor) -> PyResult<Ended> {
        let (v, tmp, lt) = (&mut *self.v, &self.tmp, &mut self.lt);
        let pa = m.a;
        let (mut na, mut nb) = (m.na, m.nb);
        // Keep the counts in `m` as they change (`?` may leave at any comparison).
        macro_rules! sync {
            () => {
                m.na = na;
                m.nb = nb;
            };
        }
        v[pa + na + nb - 1] = v[pa + na - 1].clone();
        na -= 1;
        sync!();
        if na == 0 {
            return Ok(Ended::Done);
        }
        if nb == 1 {
            return Ok(Ended::OneLeft);
        }
        loop {
            let (mut acount, mut bcount) = (0, 0);
            loop {
                if lt(&tmp[nb - 1], &v[pa + na - 1])? {
                    v[pa + na + nb - 1] = v[pa + na - 1].clone();
                    na -= 1;
                    sync!();
                    acount += 1;
                    bcount = 0;
                    if na == 0 {
                        return Ok(Ended::Done);
                    }
                    if acount >= self.min_gallop {
                        break;
                    }
                } else {
                    v[pa + na + nb - 1] = tmp[nb - 1].clone();
                    nb -= 1;
                    sync!();
                    bcount += 1;
                    acount = 0;
                    if nb == 1 {
                        return Ok(Ended::OneLeft);
                    }
                    if bcount >= self.min_gallop {
                        break;
                    }
                }
            }
            self.min_gallop += 1;
            loop {
                self.min_gallop -= usize::from(self.min_gallop > 1);
                let k = na - gallop_right(lt, &tmp[nb - 1], &v[pa..pa + na], na - 1)?;
                acount = k;
                if k > 0 {
                    // The first run's last k items move up by nb.
                    for j in (na - k..na).rev() {
                        v[pa + j + nb] = v[pa + j].clone();
                    }
                    na -= k;
                    sync!();
                    if na == 0 {
                        return Ok(Ended::Done);
                    }
                }
                v[pa + na + nb - 1] = tmp[nb - 1].clone();
                nb -= 1;
                sync!();
                if nb == 1 {
                    return Ok(Ended::OneLeft);
                }
                let k = nb - gallop_left(lt, &v[pa + na - 1], &tmp[..nb], nb - 1)?;
                bcount = k;
                if k > 0 {
                    v[pa + na + nb - k..pa + na + nb].clone_from_slice(&tmp[nb - k..nb]);
                    nb -= k;
                    sync!();
                    if nb == 1 {
                        return Ok(Ended::OneLeft);
                    }
                    // Only an inconsistent `<` gets here.
                    if nb == 0 {
                        return Ok(Ended::Done);
                    }
                }
                v[pa + na + nb - 1] = v[pa + na - 1].clone();
                na -= 1;
                sync!();
                if na == 0 {
                    return Ok(Ended::Done);
                }
                if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                    break;
                }
            }
            self.min_gallop += 1;
        }
    }
}

/// The state of a merge: where the next item goes and what is left of each run.
struct Cursor {
    dest: usize,
    a: usize,
    na: usize,
    b: usize,
    nb: usize,
}

/// Which `<` the keys get, chosen once before sorting as CPython's pre-sort check does.
#[derive(Clone, Copy)]
enum KeyCompare {
    /// `PyObject_RichCompareBool(a, b, Py_LT)`.
    Rich,
    /// All keys of one type: its `__lt__` is called directly, then, if that returns
    /// `NotImplemented`, the full comparison (which calls it again).
    SameType,
    /// All keys non-empty exact tuples: the first unequal position is found with `==`; at
    /// position 0 the first items compare as `SameType` when they all share a type other
    /// than tuple, elsewhere (and otherwise) with the full comparison.
    Tuples { first_same_type: bool },
}

fn non_empty_tuple(vm: &Vm, o: &PyRef) -> bool {
    o.is_type(&vm.t.tuple) && o.as_tuple().is_some_and(|t| !t.is_empty())
}

fn all_same_type<'a>(mut it: impl Iterator<Item = &'a PyRef>) -> bool {
    let Some(first) = it.next() else {
        return true;
    };
    let ty = first.ty();
    it.all(|o| o.ty().is(ty))
}

fn choose(vm: &Vm, keys: &[PyRef]) -> KeyCompare {
    if keys.first().is_some_and(|k| non_empty_tuple(vm, k)) {
        if !keys.iter().all(|k| non_empty_tuple(vm, k)) {
            return KeyCompare::Rich;
        }
        let firsts = keys
            .iter()
            .filter_map(|k| k.as_tuple().and_then(|t| t.first()));
        // Tuples of tuples compare their first items with the full comparison.
        let first_same_type = all_same_type(firsts)
            && !keys[0]
                .as_tuple()
                .and_then(|t| t.first())
                .is_some_and(|f| f.is_type(&vm.t.tuple));
        return KeyCompare::Tuples { first_same_type };
    }
    if all_same_type(keys.iter()) {
        KeyCompare::SameType
    } else {
        KeyCompare::Rich
    }
}

/// `a < b` for keys of one type: the type's `__lt__` when it is a Python function (a
/// builtin's direct call is the full comparison's), then the full comparison if it
/// declines.
fn same_type_lt(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    if let Some(m) = a.ty().as_type().and_then(|t| t.lookup(&vm.names.__lt__)) {
        if matches!(m.payload, Payload::Function(_)) {
            let r = crate::protocols::call::call_method_obj(vm, &m, a, &[b.clone()])?;
            if !r.is(&vm.not_implemented) {
                return compare::is_true(vm, &r);
            }
        }
    }
    compare::compare_bool(vm, a, b, CompareOp::Lt)
}

fn key_lt(vm: &Vm, how: KeyCompare, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    match how {
        KeyCompare::Rich => compare::compare_bool(vm, a, b, CompareOp::Lt),
        KeyCompare::SameType => same_type_lt(vm, a, b),
        KeyCompare::Tuples { first_same_type } => {
            let (Some(x), Some(y)) = (a.as_tuple(), b.as_tuple()) else {
                return compare::compare_bool(vm, a, b, CompareOp::Lt);
            };
            let mut i = 0;
            while i < x.len() && i < y.len() {
                if !compare::eq(vm, &x[i], &y[i])? {
                    break;
                }
                i += 1;
            }
            if i >= x.len() || i >= y.len() {
                Ok(x.len() < y.len())
            } else if i == 0 && first_same_type {
                same_type_lt(vm, &x[0], &y[0])
            } else {
                compare::compare_bool(vm, &x[i], &y[i], CompareOp::Lt)
            }
        }
    }
}

/// Sort `items` by `keys` (parallel to `items`; None: the items are their own keys) with
/// Python's `<`. On an error the items are left permuted as CPython leaves them.
pub fn sort(vm: &Vm, items: &mut Vec<PyRef>, keys: Option<Vec<PyRef>>) -> PyResult<()> {
    match keys {
        None => {
            let how = choose(vm, items);
            timsort(items, |a, b| key_lt(vm, how, a, b))
        }
        Some(keys) => {
            let how = choose(vm, &keys);
            let mut order: Vec<usize> = (0..keys.len()).collect();
            let r = timsort(&mut order, |&i, &j| key_lt(vm, how, &keys[i], &keys[j]));
            let sorted: Vec<PyRef> = order.iter().map(|&i| items[i].clone()).collect();
            *items = sorted;
            r
        }
    }
}
