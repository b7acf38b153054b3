//! The builtin iterator types: sequence iterators (list, tuple, str, bytes, the old
//! `__getitem__` protocol), reverse iterators, range/dict/set iterators, `callable_iterator`,
//! and `enumerate`, `zip`, `map`, `filter`, `reversed`. Mirrors `Objects/iterobject.c`,
//! `Objects/enumobject.c` and the iterator parts of `Python/bltinmodule.c`.

use std::cell::RefCell;

use crate::object::PyRef;
use crate::objects::Payload;
use crate::protocols::{call, compare, sequence};
use crate::vm::{Args, MethodDef, PyResult, Vm};

#[derive(Clone)]
pub enum IterState {
    /// Index-based iteration over a list/tuple/str/bytes/bytearray or a `__getitem__` object.
    Seq {
        seq: Option<PyRef>,
        index: usize,
        /// For a str: the byte offset of character `index` (`usize::MAX` when unknown, after
        /// `__setstate__`), so each step of a non-ASCII str is O(1).
        byte: usize,
    },
    /// Reverse iteration over a list/sequence.
    Reverse {
        seq: Option<PyRef>,
        index: isize,
    },
    /// `start` is the first value (for `__reduce__`: the items given so far are
    /// `(next - start) / step`).
    Range {
        next: i64,
        step: i64,
        remaining: u64,
        start: i64,
    },
    BigRange {
        start: num_bigint::BigInt,
        next: num_bigint::BigInt,
        step: num_bigint::BigInt,
        remaining: num_bigint::BigInt,
    },
    /// dict keys/values/items iteration; `pos` is the entry position, `size` guards mutation.
    Dict {
        dict: Option<PyRef>,
        pos: usize,
        size: usize,
        kind: crate::objects::dict::ViewKind,
        reverse: bool,
    },
    Set {
        set: Option<PyRef>,
        pos: usize,
        size: usize,
    },
    Callable {
        func: Option<PyRef>,
        sentinel: PyRef,
    },
    Enumerate {
        it: PyRef,
        count: PyRef,
    },
    Zip {
        its: Vec<PyRef>,
        strict: bool,
        done: bool,
    },
    Map {
        func: PyRef,
        its: Vec<PyRef>,
    },
    Filter {
        func: PyRef,
        it: PyRef,
    },
}

pub fn new_iter(vm: &Vm, ty: &PyRef, state: IterState) -> PyRef {
    let _ = vm;
    PyRef::new(ty, Payload::Iter(Box::new(RefCell::new(state))))
}

pub fn seq_iter(vm: &Vm, ty: &PyRef, seq: PyRef) -> PyRef {
    new_iter(
        vm,
        ty,
        IterState::Seq {
            seq: Some(seq),
            index: 0,
            byte: 0,
        },
    )
}

pub fn reverse_iter(vm: &Vm, ty: &PyRef, seq: PyRef) -> PyRef {
    let n = sequence::len(vm, &seq).unwrap_or(0) as isize;
    new_iter(
        vm,
        ty,
        IterState::Reverse {
            seq: Some(seq),
            index: n - 1,
        },
    )
}

/// One step of a builtin iterator that needs no Python code (over a list, tuple, str, bytes,
/// bytearray or range): Some(next item, or None when exhausted); None for other iterators.
#[inline(always)]
fn step_builtin(vm: &Vm, st: &mut IterState) -> Option<Option<PyRef>> {
    match st {
        IterState::Range {
            next,
            step,
            remaining,
            ..
        } => {
            if *remaining == 0 {
                return Some(None);
            }
            let v = *next;
            *remaining -= 1;
            *next = next.wrapping_add(*step);
            return Some(Some(vm.int(v)));
        }
        IterState::Seq { seq, index, byte } => {
            if let Some(s) = seq {
                match &s.payload {
                    Payload::List(l) => {
                        let v = l.borrow().get(*index).cloned();
                        match v {
                            Some(v) => {
                                *index += 1;
                                return Some(Some(v));
                            }
                            None => {
                                *seq = None;
                                return Some(None);
                            }
                        }
                    }
                    Payload::Tuple(t) => match t.get(*index) {
                        Some(v) => {
                            let v = v.clone();
                            *index += 1;
                            return Some(Some(v));
                        }
                        None => {
                            *seq = None;
                            return Some(None);
                        }
                    },
                    Payload::Str(s_) => {
                        if *index < s_.char_len() {
                            if *byte == usize::MAX {
                                *byte = s_.byte_offset(*index);
                            }
                            let c = s_.as_str()[*byte..].chars().next().unwrap_or('\0');
                            *byte += c.len_utf8();
                            *index += 1;
                            let mut buf = [0u8; 4];
                            return Some(Some(vm.str(c.encode_utf8(&mut buf))));
                        }
                        *seq = None;
                        return Some(None);
                    }
                    Payload::Bytes(b) => {
                        if let Some(&x) = b.get(*index) {
                            *index += 1;
                            return Some(Some(vm.int(x as i64)));
                        }
                        *seq = None;
                        return Some(None);
                    }
                    Payload::ByteArray(b) => {
                        let x = b.borrow().get(*index).copied();
                        if let Some(x) = x {
                            *index += 1;
                            return Some(Some(vm.int(x as i64)));
                        }
                        *seq = None;
                        return Some(None);
                    }
                    _ => {}
                }
            } else {
                return Some(None);
            }
        }
        _ => {}
    }
    None
}

/// `FOR_ITER`'s fast path: `step_builtin` for an iterator of a builtin type.
#[inline]
pub fn fast_next(vm: &Vm, it: &PyRef) -> Option<Option<PyRef>> {
    let Payload::Iter(cell) = &it.payload else {
        return None;
    };
    if it.has_heap_type() {
        return None;
    }
    step_builtin(vm, &mut cell.borrow_mut())
}

/// One step of a builtin iterator: Some(value) or None when exhausted.
pub fn iter_next(vm: &Vm, it: &PyRef) -> PyResult<Option<PyRef>> {
    let Payload::Iter(cell) = &it.payload else {
        return Ok(None);
    };
    if let Some(r) = step_builtin(vm, &mut cell.borrow_mut()) {
        return Ok(r);
    }
    let state = std::mem::replace(
        &mut *cell.borrow_mut(),
        IterState::Seq {
            seq: None,
            index: 0,
            byte: 0,
        },
    );
    let mut state = state;
    let r = step_slow(vm, &mut state);
    *cell.borrow_mut() = state;
    r
}

pub(crate) fn step_slow(vm: &Vm, st: &mut IterState) -> PyResult<Option<PyRef>> {
    match st {
        IterState::Seq { seq, index, .. } => {
            let Some(s) = seq.clone() else {
                return Ok(None);
            };
            match sequence::getitem(vm, &s, &vm.usize(*index)) {
                Ok(v) => {
                    *index += 1;
                    Ok(Some(v))
                }
                Err(e)
                    if vm.exc_matches(&e, &vm.t.index_error)
                        || vm.exc_matches(&e, &vm.t.stop_iteration) =>
                {
                    *seq = None;
                    Ok(None)
                }
                Err(e) => Err(e),
            }
        }
        IterState::Reverse { seq, index } => {
            let Some(s) = seq.clone() else {
                return Ok(None);
            };
            if *index < 0 {
                *seq = None;
                return Ok(None);
            }
            let n = sequence::len(vm, &s)? as isize;
            if *index >= n {
                *seq = None;
                return Ok(None);
            }
            let v = sequence::getitem(vm, &s, &vm.int(*index as i64))?;
            *index -= 1;
            Ok(Some(v))
        }
        IterState::Range { .. } => Ok(None),
        IterState::BigRange {
            next,
            step,
            remaining,
            ..
        } => {
            if remaining.sign() != num_bigint::Sign::Plus {
                return Ok(None);
            }
            let v = next.clone();
            *next += &*step;
            *remaining -= 1;
            Ok(Some(vm.bigint(v)))
        }
        IterState::Dict {
            dict,
            pos,
            size,
            kind,
            reverse,
        } => {
            let Some(d) = dict.clone() else {
                return Ok(None);
            };
            let dd = d.as_dict().expect("dict");
            if dd.len() != *size {
                *dict = None;
                *size = usize::MAX;
                return Err(vm.runtime_error("dictionary changed size during iteration"));
            }
            let t = dd.table.borrow();
            let entry = if *reverse {
                let mut p = *pos;
                let mut found = None;
                while p > 0 {
                    p -= 1;
                    if let Some(e) = &t.entries[p] {
                        found = Some((p, e.clone()));
                        break;
                    }
                }
                found
            } else {
                t.next_entry(*pos).map(|(p, e)| (p, e.clone()))
            };
            match entry {
                Some((p, e)) => {
                    *pos = p;
                    drop(t);
                    Ok(Some(match kind {
                        crate::objects::dict::ViewKind::Keys => e.key,
                        crate::objects::dict::ViewKind::Values => e.value,
                        crate::objects::dict::ViewKind::Items => vm.tuple(vec![e.key, e.value]),
                    }))
                }
                None => {
                    drop(t);
                    *dict = None;
                    Ok(None)
                }
            }
        }
        IterState::Set { set, pos, size } => {
            let Some(s) = set.clone() else {
                return Ok(None);
            };
            let ss = s.as_set().expect("set");
            if ss.len() != *size {
                *set = None;
                *size = usize::MAX;
                return Err(vm.runtime_error("Set changed size during iteration"));
            }
            match ss.entry_at_or_after(*pos) {
                Some((p, k)) => {
                    *pos = p + 1;
                    Ok(Some(k))
                }
                None => {
                    *set = None;
                    Ok(None)
                }
            }
        }
        IterState::Callable { func, sentinel } => {
            let Some(f) = func.clone() else {
                return Ok(None);
            };
            let v = match call::call(vm, &f, &[]) {
                Ok(v) => v,
                Err(e) if vm.exc_matches(&e, &vm.t.stop_iteration) => {
                    *func = None;
                    return Ok(None);
                }
                Err(e) => return Err(e),
            };
            if compare::eq(vm, &v, sentinel)? {
                *func = None;
                return Ok(None);
            }
            Ok(Some(v))
        }
        IterState::Enumerate { it, count } => match sequence::next(vm, it)? {
            Some(v) => {
                let c = count.clone();
                *count = crate::protocols::number::binary_op(
                    vm,
                    &c,
                    &vm.int(1),
                    krait_bytecode::opcode::BinaryOp::Add,
                )?;
                Ok(Some(vm.tuple(vec![c, v])))
            }
            None => Ok(None),
        },
        IterState::Zip { its, strict, done } => {
            if *done || its.is_empty() {
                return Ok(None);
            }
            let mut out = Vec::with_capacity(its.len());
            for (i, it) in its.iter().enumerate() {
                match sequence::next(vm, it)? {
                    Some(v) => out.push(v),
                    None => {
                        *done = true;
                        if *strict {
                            if i > 0 {
                                let s = if i == 1 {
                                    " 1".to_string()
                                } else {
                                    format!("s 1-{i}")
                                };
                                return Err(vm.value_error(format!(
                                    "zip() argument {} is shorter than argument{}",
                                    i + 1,
                                    s
                                )));
                            }
                            for (j, rest) in its.iter().enumerate().skip(1) {
                                if sequence::next(vm, rest)?.is_some() {
                                    let s = if j == 1 {
                                        " 1".to_string()
                                    } else {
                                        format!("s 1-{j}")
                                    };
                                    return Err(vm.value_error(format!(
                                        "zip() argument {} is longer than argument{}",
                                        j + 1,
                                        s
                                    )));
                                }
                            }
                        }
                        return Ok(None);
                    }
                }
            }
            Ok(Some(vm.tuple(out)))
        }
        IterState::Map { func, its } => {
            let mut args = Vec::with_capacity(its.len());
            for it in its.iter() {
                match sequence::next(vm, it)? {
                    Some(v) => args.push(v),
                    None => return Ok(None),
                }
            }
            call::call(vm, func, &args).map(Some)
        }
        IterState::Filter { func, it } => loop {
            let Some(v) = sequence::next(vm, it)? else {
                return Ok(None);
            };
            let keep = if vm.is_none(func) {
                compare::is_true(vm, &v)?
            } else {
                let r = call::call(vm, func, &[v.clone()])?;
                compare::is_true(vm, &r)?
            };
            if keep {
                return Ok(Some(v));
            }
        },
    }
}

fn it_iter(_vm: &Vm, args: Args) -> PyResult {
    Ok(args.pos()[0].clone())
}

fn it_next(vm: &Vm, args: Args) -> PyResult {
    match iter_next(vm, &args.pos()[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(None)),
    }
}

fn it_length_hint(vm: &Vm, args: Args) -> PyResult {
    let Payload::Iter(cell) = &args.pos()[0].payload else {
        return Ok(vm.int(0));
    };
    let n = match &*cell.borrow() {
        IterState::Seq {
            seq: Some(s),
            index,
            ..
        } => sequence::len(vm, s).unwrap_or(0).saturating_sub(*index),
        IterState::Reverse {
            seq: Some(_),
            index,
        } => (*index + 1).max(0) as usize,
        IterState::Range { remaining, .. } => *remaining as usize,
        IterState::Dict {
            dict: Some(d), pos, ..
        } => d.as_dict().map_or(0, |x| x.len().saturating_sub(*pos)),
        _ => 0,
    };
    Ok(vm.usize(n))
}

fn enumerate_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    let mut iterable = args.pos().get(1).cloned();
    let mut start = args.pos().get(2).cloned();
    for (k, v) in args.kwargs() {
        match k {
            "iterable" => iterable = Some(v.clone()),
            "start" => start = Some(v.clone()),
            _ => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for enumerate()"
                )))
            }
        }
    }
    let iterable = iterable
        .ok_or_else(|| vm.type_error("enumerate() missing required argument 'iterable' (pos 1)"))?;
    let it = sequence::iter(vm, &iterable)?;
    let count = match start {
        Some(s) => crate::protocols::number::index(vm, &s)?,
        None => vm.int(0),
    };
    Ok(crate::objects::object::alloc_instance(
        vm,
        cls,
        Payload::Iter(Box::new(RefCell::new(IterState::Enumerate { it, count }))),
    ))
}

fn zip_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    let mut strict = false;
    for (k, v) in args.kwargs() {
        match k {
            "strict" => strict = compare::is_true(vm, v)?,
            _ => {
                return Err(vm.type_error(format!("zip() got an unexpected keyword argument '{k}'")))
            }
        }
    }
    let mut its = Vec::new();
    for a in args.pos()[1..].iter() {
        its.push(sequence::iter(vm, a)?);
    }
    Ok(crate::objects::object::alloc_instance(
        vm,
        cls,
        Payload::Iter(Box::new(RefCell::new(IterState::Zip {
            its,
            strict,
            done: false,
        }))),
    ))
}

fn map_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("map() takes no keyword arguments"));
    }
    let p = &args.pos()[1..];
    if p.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for a in &p[1..] {
        its.push(sequence::iter(vm, a)?);
    }
    Ok(crate::objects::object::alloc_instance(
        vm,
        cls,
        Payload::Iter(Box::new(RefCell::new(IterState::Map {
            func: p[0].clone(),
            its,
        }))),
    ))
}

fn filter_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("filter() takes no keyword arguments"));
    }
    let p = &args.pos()[1..];
    if p.len() != 2 {
        return Err(vm.type_error(format!("filter expected 2 arguments, got {}", p.len())));
    }
    let it = sequence::iter(vm, &p[1])?;
    Ok(crate::objects::object::alloc_instance(
        vm,
        cls,
        Payload::Iter(Box::new(RefCell::new(IterState::Filter {
            func: p[0].clone(),
            it,
        }))),
    ))
}

fn reversed_new(vm: &Vm, args: Args) -> PyResult {
    let p = &args.pos()[1..];
    if p.len() != 1 || !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("reversed expected 1 argument, got {}", p.len())));
    }
    let seq = &p[0];
    if let Some(r) = crate::protocols::call::call_special(vm, seq, &vm.names.__reversed__, &[])? {
        if !vm.is_none(&r) {
            return Ok(r);
        }
    }
    let td = seq.type_data();
    if td.lookup(&vm.names.__getitem__).is_none()
        || td.lookup(&vm.names.__len__).is_none()
        || matches!(seq.payload, Payload::Dict(_))
    {
        return Err(vm.type_error(format!("'{}' object is not reversible", td.name())));
    }
    Ok(reverse_iter(vm, &vm.t.reversed, seq.clone()))
}

const ENUMERATE_NEW: &[MethodDef] = &[
    MethodDef::static_("__new__", enumerate_new),
    MethodDef::class(
        "__class_getitem__",
        crate::objects::generic_alias::class_getitem,
    ),
];
const ZIP_NEW: &[MethodDef] = &[MethodDef::static_("__new__", zip_new)];
const MAP_NEW: &[MethodDef] = &[MethodDef::static_("__new__", map_new)];
const FILTER_NEW: &[MethodDef] = &[MethodDef::static_("__new__", filter_new)];
const REVERSED_NEW: &[MethodDef] = &[MethodDef::static_("__new__", reversed_new)];

const ITER_METHODS: &[MethodDef] = &[
    MethodDef::method("__iter__", it_iter),
    MethodDef::method("__next__", it_next),
];
const LENGTH_HINT: &[MethodDef] = &[MethodDef::method("__length_hint__", it_length_hint)];
const REDUCE: &[MethodDef] = &[MethodDef::method(
    "__reduce__",
    crate::objects::iter_reduce::it_reduce,
)];
const SETSTATE: &[MethodDef] = &[MethodDef::method(
    "__setstate__",
    crate::objects::iter_reduce::it_setstate,
)];

pub fn init(vm: &Vm) {
    use crate::objects::descr::add_methods;
    let t = &vm.t;
    // (type, has __length_hint__, has __setstate__), as CPython's.
    for (ty, hint, setstate) in [
        (&t.list_iterator, true, true),
        (&t.list_reverseiterator, true, true),
        (&t.tuple_iterator, true, true),
        (&t.str_iterator, true, true),
        (&t.str_ascii_iterator, true, true),
        (&t.bytes_iterator, true, true),
        (&t.bytearray_iterator, true, true),
        (&t.range_iterator, true, true),
        (&t.longrange_iterator, true, true),
        (&t.dict_keyiterator, true, false),
        (&t.dict_valueiterator, true, false),
        (&t.dict_itemiterator, true, false),
        (&t.dict_reversekeyiterator, true, false),
        (&t.dict_reversevalueiterator, true, false),
        (&t.dict_reverseitemiterator, true, false),
        (&t.set_iterator, true, false),
        (&t.seq_iterator, true, true),
        (&t.callable_iterator, false, false),
        (&t.enumerate, false, false),
        (&t.zip, false, true),
        (&t.map, false, false),
        (&t.filter, false, false),
        (&t.reversed, true, true),
    ] {
        add_methods(vm, ty, ITER_METHODS);
        add_methods(vm, ty, REDUCE);
        if hint {
            add_methods(vm, ty, LENGTH_HINT);
        }
        if setstate {
            add_methods(vm, ty, SETSTATE);
        }
    }
    add_methods(vm, &t.enumerate, ENUMERATE_NEW);
    add_methods(vm, &t.zip, ZIP_NEW);
    add_methods(vm, &t.map, MAP_NEW);
    add_methods(vm, &t.filter, FILTER_NEW);
    add_methods(vm, &t.reversed, REVERSED_NEW);
}
