//! The fast path of `list.sort`/`sorted`: when every key is an exact `int` (machine word),
//! `str`, non-NaN `float`, or a tuple whose positions each hold one of those kinds throughout,
//! the comparisons cannot run Python code or fail, and the order is total. The keys are then
//! compared in Rust with the standard library's stable, run-adaptive sort (a sorted or
//! reversed input costs one pass, as with CPython's timsort). This is the idea of CPython's
//! `unsafe_long_compare`/`unsafe_latin_compare`/`unsafe_tuple_compare` pre-check in
//! `Objects/listobject.c`; the result is identical to comparing with `<`.

use std::cmp::Ordering;

use crate::object::PyRef;
use crate::objects::Payload;
use crate::vm::Vm;

/// A key reduced to a Rust value.
enum Key<'a> {
    Int(i64),
    Float(f64),
    Str(&'a str),
    Tuple(Vec<Key<'a>>),
}

/// The Rust form of `o`, or None when it is not one of the simple kinds.
fn simple_key<'a>(vm: &Vm, o: &'a PyRef, depth: u32) -> Option<Key<'a>> {
    match &o.payload {
        Payload::Int(i) if o.is_type(&vm.t.int) || o.is_type(&vm.t.bool) => Some(Key::Int(*i)),
        Payload::Float(f) if o.is_type(&vm.t.float) && !f.is_nan() => Some(Key::Float(*f)),
        Payload::Str(s) if o.is_type(&vm.t.str) => Some(Key::Str(s.as_str())),
        Payload::Tuple(items) if o.is_type(&vm.t.tuple) && depth < 4 => items
            .iter()
            .map(|x| simple_key(vm, x, depth + 1))
            .collect::<Option<Vec<_>>>()
            .map(Key::Tuple),
        _ => None,
    }
}

/// The shape every key must share: one kind at top level and, for tuples, one shape at each
/// position (a column may be shorter in some tuples). Keys of one shape compare without
/// Python code and in a total order.
enum Shape {
    Int,
    Float,
    Str,
    Tuple(Vec<Shape>),
}

impl Shape {
    fn of(k: &Key) -> Shape {
        match k {
            Key::Int(_) => Shape::Int,
            Key::Float(_) => Shape::Float,
            Key::Str(_) => Shape::Str,
            Key::Tuple(v) => Shape::Tuple(v.iter().map(Shape::of).collect()),
        }
    }

    /// Fold `k` into the shape; false when it does not fit.
    fn admit(&mut self, k: &Key) -> bool {
        match (self, k) {
            (Shape::Int, Key::Int(_))
            | (Shape::Float, Key::Float(_))
            | (Shape::Str, Key::Str(_)) => true,
            (Shape::Tuple(cols), Key::Tuple(items)) => {
                for (i, item) in items.iter().enumerate() {
                    match cols.get_mut(i) {
                        Some(c) => {
                            if !c.admit(item) {
                                return false;
                            }
                        }
                        None => cols.push(Shape::of(item)),
                    }
                }
                true
            }
            _ => false,
        }
    }
}

/// Whether all keys share one shape.
fn uniform(keys: &[Key]) -> bool {
    let Some(first) = keys.first() else {
        return true;
    };
    let mut shape = Shape::of(first);
    keys[1..].iter().all(|k| shape.admit(k))
}

/// Total order of uniform keys, equal to Python's `<`/`==` on them.
fn cmp(a: &Key, b: &Key) -> Ordering {
    match (a, b) {
        (Key::Int(x), Key::Int(y)) => x.cmp(y),
        (Key::Float(x), Key::Float(y)) => x.partial_cmp(y).unwrap_or(Ordering::Equal),
        (Key::Str(x), Key::Str(y)) => x.cmp(y),
        (Key::Tuple(x), Key::Tuple(y)) => {
            for (p, q) in x.iter().zip(y.iter()) {
                let o = cmp(p, q);
                if o != Ordering::Equal {
                    return o;
                }
            }
            x.len().cmp(&y.len())
        }
        _ => Ordering::Equal,
    }
}

/// Sort `items` by `keys` (parallel to `items`; None: the items are their own keys) if the
/// keys allow the fast path; returns false, leaving `items` untouched, when they do not.
pub fn try_sort(vm: &Vm, items: &mut Vec<PyRef>, keys: Option<&[PyRef]>) -> bool {
    let order = {
        let keys = keys.unwrap_or(items);
        let Some(simple) = keys
            .iter()
            .map(|k| simple_key(vm, k, 0))
            .collect::<Option<Vec<Key>>>()
        else {
            return false;
        };
        if !uniform(&simple) {
            return false;
        }
        let mut order: Vec<usize> = (0..keys.len()).collect();
        order.sort_by(|&i, &j| cmp(&simple[i], &simple[j]));
        order
    };
    let sorted: Vec<PyRef> = order.iter().map(|&i| items[i].clone()).collect();
    *items = sorted;
    true
}
