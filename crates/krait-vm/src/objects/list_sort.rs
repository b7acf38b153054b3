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

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Float,
    Str,
    Tuple,
}

fn kind(k: &Key) -> Kind {
    match k {
        Key::Int(_) => Kind::Int,
        Key::Float(_) => Kind::Float,
        Key::Str(_) => Kind::Str,
        Key::Tuple(_) => Kind::Tuple,
    }
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

/// Whether every key has the same shape: one kind at top level and, for tuples, one kind
/// (recursively the same shape) at each position.
fn uniform(keys: &[Key]) -> bool {
    let Some(first) = keys.first() else {
        return true;
    };
    let k0 = kind(first);
    if keys.iter().any(|k| kind(k) != k0) {
        return false;
    }
    if k0 != Kind::Tuple {
        return true;
    }
    let maxlen = keys
        .iter()
        .map(|k| match k {
            Key::Tuple(v) => v.len(),
            _ => 0,
        })
        .max()
        .unwrap_or(0);
    for pos in 0..maxlen {
        let column: Vec<&Key> = keys
            .iter()
            .filter_map(|k| match k {
                Key::Tuple(v) => v.get(pos),
                _ => None,
            })
            .collect();
        let Some(c0) = column.first() else {
            continue;
        };
        let ck = kind(c0);
        if column.iter().any(|k| kind(k) != ck) {
            return false;
        }
        if ck == Kind::Tuple {
            // Nested tuples: require the same check one level down.
            let nested: Vec<Key> = column
                .iter()
                .map(|k| match k {
                    Key::Tuple(v) => Key::Tuple(v.iter().map(clone_key).collect()),
                    _ => unreachable!("column kinds are uniform"),
                })
                .collect();
            if !uniform(&nested) {
                return false;
            }
        }
    }
    true
}

fn clone_key<'a>(k: &Key<'a>) -> Key<'a> {
    match k {
        Key::Int(i) => Key::Int(*i),
        Key::Float(f) => Key::Float(*f),
        Key::Str(s) => Key::Str(s),
        Key::Tuple(v) => Key::Tuple(v.iter().map(clone_key).collect()),
    }
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

/// Sort `items` by `keys` (parallel, same length) if the keys allow the fast path; returns
/// false, leaving `items` untouched, when they do not.
pub fn try_sort(vm: &Vm, items: &mut Vec<PyRef>, keys: &[PyRef]) -> bool {
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
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by(|&i, &j| cmp(&simple[i], &simple[j]));
    let sorted: Vec<PyRef> = order.iter().map(|&i| items[i].clone()).collect();
    *items = sorted;
    true
}
