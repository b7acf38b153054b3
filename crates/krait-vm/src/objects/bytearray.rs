//! bytearray: mirrors `Objects/bytearrayobject.c`. The read-only methods are bytes' own
//! (`bytes::COMMON`, which return bytearrays for a bytearray `self`); this file holds
//! construction and everything that mutates: item and slice assignment and deletion,
//! `append`, `extend`, `insert`, `pop`, `remove`, `+=`, `*=`, and `__alloc__`.
//!
//! The buffer's capacity follows `PyByteArray_Resize`'s over-allocation when it grows, so
//! `__alloc__` (capacity plus the trailing NUL CPython keeps) reads as CPython's does.

use std::cell::RefCell;

use crate::object::{PyRef, FLAG_EXPORTED};
use crate::objects::bytes::{
    as_buffer, buffer, byte_value, bytearray_source, codec_args, concat_operand, new_bytearray,
    repeat,
};
use crate::objects::str_args::{keywords, noargs, one_arg, positional, slot_args, ssize};
use crate::objects::Payload;
use crate::protocols::sequence;
use crate::vm::{Args, MethodDef, PyResult, Vm};

fn cell<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a RefCell<Vec<u8>>> {
    match args.pos().first().map(|o| &o.payload) {
        Some(Payload::ByteArray(b)) => Ok(b),
        _ => Err(vm.type_error("descriptor requires a 'bytearray' object")),
    }
}

/// `_canresize`: a bytearray whose buffer memoryviews export cannot change size (the header
/// flag keeps this one test on the append path).
#[inline]
fn check_resizable(vm: &Vm, o: &PyRef) -> PyResult<()> {
    if o.flags() & FLAG_EXPORTED == 0 {
        return Ok(());
    }
    Err(vm.new_exc(
        &vm.t.buffer_error,
        "Existing exports of data: object cannot be re-sized",
    ))
}

/// Makes room for `new_len` bytes the way `PyByteArray_Resize` over-allocates.
fn grow_to(v: &mut Vec<u8>, new_len: usize) {
    if new_len <= v.capacity() {
        return;
    }
    let alloc = if v.capacity() == 0 {
        0
    } else {
        v.capacity() + 1
    };
    let target = if (new_len as f64) <= alloc as f64 * 1.125 {
        new_len + (new_len >> 3) + if new_len < 9 { 3 } else { 6 }
    } else {
        new_len + 1
    };
    v.reserve_exact(target - 1 - v.len());
}

/// Gives memory back after a major downsize (below half the allocation).
fn shrink(v: &mut Vec<u8>) {
    if v.len() < v.capacity() / 2 {
        v.shrink_to(v.len());
    }
}

fn ba_new(vm: &Vm, args: Args) -> PyResult {
    let cls = crate::objects::str_args::new_class(vm, &args, &vm.t.bytearray)?;
    Ok(crate::objects::object::alloc_instance(
        vm,
        cls,
        Payload::ByteArray(RefCell::new(Vec::new())),
    ))
}

fn ba_init(vm: &Vm, args: Args) -> PyResult {
    let b = cell(vm, &args)?;
    let [source, encoding, errors] = keywords(
        vm,
        &args,
        "bytearray",
        ["source", "encoding", "errors"],
        0,
        0,
    )?;
    let (encoding, errors) = codec_args(vm, "bytearray", encoding, errors)?;
    let self_ = &args.pos()[0];
    if !b.borrow().is_empty() {
        check_resizable(vm, self_)?;
    }
    let data = match source {
        None if encoding.is_some() => {
            return Err(vm.type_error("encoding without a string argument"))
        }
        None if errors.is_some() => return Err(vm.type_error("errors without a string argument")),
        None => Vec::new(),
        Some(x) => match x.as_str() {
            Some(s) => {
                let Some(encoding) = encoding else {
                    return Err(vm.type_error("string argument without an encoding"));
                };
                crate::objects::str_codecs::encode_str(vm, s, encoding, errors.unwrap_or("strict"))?
            }
            None if encoding.is_some() => {
                return Err(vm.type_error("encoding without a string argument"))
            }
            None if errors.is_some() => {
                return Err(vm.type_error("errors without a string argument"))
            }
            None => bytearray_source(vm, x)?,
        },
    };
    if !data.is_empty() {
        check_resizable(vm, self_)?;
    }
    let mut v = Vec::with_capacity(data.len());
    v.extend_from_slice(&data);
    *b.borrow_mut() = v;
    Ok(vm.none())
}

/// The values of a slice assignment (`bytearray_ass_subscript`).
fn slice_values(vm: &Vm, self_: &PyRef, values: &PyRef) -> PyResult<Vec<u8>> {
    if !values.is(self_) {
        if let Payload::ByteArray(b) = &values.payload {
            return Ok(b.borrow().clone());
        }
    }
    let numeric = matches!(
        values.payload,
        Payload::Int(_) | Payload::BigInt(_) | Payload::Float(_) | Payload::Complex(..)
    ) || values.type_data().lookup(&vm.names.__index__).is_some();
    if numeric || values.as_str().is_some() {
        return Err(
            vm.type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        );
    }
    bytearray_source(vm, values)
}

/// `b[key] = value`, or `del b[key]` when `value` is `None`.
fn assign(vm: &Vm, self_: &PyRef, key: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    let Payload::ByteArray(b) = &self_.payload else {
        return Err(vm.type_error("descriptor requires a 'bytearray' object"));
    };
    if let Payload::Slice(s) = &key.payload {
        let new = value.map(|v| slice_values(vm, self_, v)).transpose()?;
        let len = b.borrow().len();
        let (start, stop, step, n) = crate::objects::slice::indices(vm, s, len)?;
        if step == 1 && new.as_ref().map_or(0, Vec::len) != n || step != 1 && new.is_none() && n > 0
        {
            check_resizable(vm, self_)?;
        }
        let mut data = b.borrow_mut();
        if step == 1 {
            let start = start as usize;
            let stop = (stop.max(start as isize)) as usize;
            let new = new.unwrap_or_default();
            grow_to(&mut data, len - (stop - start) + new.len());
            data.splice(start..stop, new);
            shrink(&mut data);
            return Ok(());
        }
        let indices = (0..n).map(|i| (start + i as isize * step) as usize);
        match new {
            Some(new) => {
                if new.len() != n {
                    return Err(vm.value_error(format!(
                        "attempt to assign bytes of size {} to extended slice of size {n}",
                        new.len()
                    )));
                }
                for (i, v) in indices.zip(new) {
                    data[i] = v;
                }
            }
            None => {
                let mut doomed: Vec<usize> = indices.collect();
                doomed.sort_unstable();
                let mut k = 0;
                let mut i = 0;
                data.retain(|_| {
                    let keep = doomed.get(k) != Some(&i);
                    if !keep {
                        k += 1;
                    }
                    i += 1;
                    keep
                });
                shrink(&mut data);
            }
        }
        return Ok(());
    }
    let index = match &key.payload {
        Payload::Int(i) => *i,
        Payload::BigInt(_) => {
            return Err(vm.index_error("cannot fit 'int' into an index-sized integer"))
        }
        _ if key.type_data().lookup(&vm.names.__index__).is_some() => {
            let k = crate::protocols::number::index(vm, key)?;
            return assign(vm, self_, &k, value);
        }
        _ => {
            return Err(vm.type_error(format!(
                "bytearray indices must be integers or slices, not {}",
                vm.type_name(key)
            )))
        }
    };
    let byte = value.map(|v| byte_value(vm, v)).transpose()?;
    let mut data = b.borrow_mut();
    let len = data.len() as i64;
    let i = if index < 0 { index + len } else { index };
    if i < 0 || i >= len {
        return Err(vm.index_error("bytearray index out of range"));
    }
    if byte.is_none() {
        drop(data);
        check_resizable(vm, self_)?;
        data = b.borrow_mut();
    }
    match byte {
        Some(v) => data[i as usize] = v,
        None => {
            data.remove(i as usize);
            shrink(&mut data);
        }
    }
    Ok(())
}

fn ba_setitem(vm: &Vm, args: Args) -> PyResult {
    let p = slot_args(vm, &args, "__setitem__", 2)?;
    assign(vm, &args.pos()[0], &p[0], Some(&p[1]))?;
    Ok(vm.none())
}

fn ba_delitem(vm: &Vm, args: Args) -> PyResult {
    let p = slot_args(vm, &args, "__delitem__", 1)?;
    assign(vm, &args.pos()[0], &p[0], None)?;
    Ok(vm.none())
}

fn ba_iadd(vm: &Vm, args: Args) -> PyResult {
    let p = slot_args(vm, &args, "__iadd__", 1)?;
    let b = cell(vm, &args)?;
    let self_ = &args.pos()[0];
    let other = concat_operand(vm, self_, &p[0])?;
    if !other.is_empty() {
        check_resizable(vm, self_)?;
    }
    let mut data = b.borrow_mut();
    let new_len = data.len() + other.len();
    grow_to(&mut data, new_len);
    data.extend_from_slice(&other);
    Ok(self_.clone())
}

fn ba_imul(vm: &Vm, args: Args) -> PyResult {
    let p = slot_args(vm, &args, "__imul__", 1)?;
    let n = ssize(vm, &p[0])?;
    let b = cell(vm, &args)?;
    let current = b.borrow().clone();
    let v = repeat(vm, &current, usize::try_from(n).unwrap_or(0), true)?;
    if v.len() != current.len() {
        check_resizable(vm, &args.pos()[0])?;
    }
    let mut data = b.borrow_mut();
    grow_to(&mut data, v.len());
    data.clear();
    data.extend_from_slice(&v);
    shrink(&mut data);
    Ok(args.pos()[0].clone())
}

fn ba_append(vm: &Vm, args: Args) -> PyResult {
    let item = one_arg(vm, &args, "append")?;
    let v = byte_value(vm, item)?;
    let b = cell(vm, &args)?;
    check_resizable(vm, &args.pos()[0])?;
    let mut data = b.borrow_mut();
    let new_len = data.len() + 1;
    grow_to(&mut data, new_len);
    data.push(v);
    Ok(vm.none())
}

fn ba_extend(vm: &Vm, args: Args) -> PyResult {
    let iterable = one_arg(vm, &args, "extend")?;
    let b = cell(vm, &args)?;
    let new = match as_buffer(iterable) {
        Some(d) => d.into_owned(),
        None => {
            let it = sequence::iter(vm, iterable).map_err(|e| {
                if vm.exc_matches(&e, &vm.t.type_error) {
                    vm.type_error(format!(
                        "can't extend bytearray with {}",
                        vm.type_name(iterable)
                    ))
                } else {
                    e
                }
            })?;
            let mut out = Vec::new();
            while let Some(v) = sequence::next(vm, &it)? {
                out.push(byte_value(vm, &v)?);
            }
            out
        }
    };
    if !new.is_empty() {
        check_resizable(vm, &args.pos()[0])?;
    }
    let mut data = b.borrow_mut();
    let new_len = data.len() + new.len();
    grow_to(&mut data, new_len);
    data.extend_from_slice(&new);
    Ok(vm.none())
}

fn ba_insert(vm: &Vm, args: Args) -> PyResult {
    let p = positional(vm, &args, "insert", 2, 2)?;
    let index = ssize(vm, &p[0])?;
    let v = byte_value(vm, &p[1])?;
    let b = cell(vm, &args)?;
    check_resizable(vm, &args.pos()[0])?;
    let mut data = b.borrow_mut();
    let len = data.len() as isize;
    let at = if index < 0 {
        (index + len).max(0)
    } else {
        index.min(len)
    };
    let new_len = data.len() + 1;
    grow_to(&mut data, new_len);
    data.insert(at as usize, v);
    Ok(vm.none())
}

fn ba_pop(vm: &Vm, args: Args) -> PyResult {
    let p = positional(vm, &args, "pop", 0, 1)?;
    let index = match p.first() {
        Some(i) => ssize(vm, i)?,
        None => -1,
    };
    let b = cell(vm, &args)?;
    let data = b.borrow();
    if data.is_empty() {
        return Err(vm.index_error("pop from empty bytearray"));
    }
    let len = data.len() as isize;
    let i = if index < 0 { index + len } else { index };
    if i < 0 || i >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    drop(data);
    check_resizable(vm, &args.pos()[0])?;
    let mut data = b.borrow_mut();
    let v = data.remove(i as usize);
    shrink(&mut data);
    Ok(vm.int(i64::from(v)))
}

fn ba_remove(vm: &Vm, args: Args) -> PyResult {
    let item = one_arg(vm, &args, "remove")?;
    let v = byte_value(vm, item)?;
    let b = cell(vm, &args)?;
    let data = b.borrow();
    let Some(i) = data.iter().position(|&x| x == v) else {
        return Err(vm.value_error("value not found in bytearray"));
    };
    drop(data);
    check_resizable(vm, &args.pos()[0])?;
    let mut data = b.borrow_mut();
    data.remove(i);
    shrink(&mut data);
    Ok(vm.none())
}

fn ba_reverse(vm: &Vm, args: Args) -> PyResult {
    noargs(vm, &args, "reverse")?;
    cell(vm, &args)?.borrow_mut().reverse();
    Ok(vm.none())
}

fn ba_clear(vm: &Vm, args: Args) -> PyResult {
    noargs(vm, &args, "clear")?;
    let b = cell(vm, &args)?;
    if !b.borrow().is_empty() {
        check_resizable(vm, &args.pos()[0])?;
    }
    *b.borrow_mut() = Vec::new();
    Ok(vm.none())
}

fn ba_copy(vm: &Vm, args: Args) -> PyResult {
    noargs(vm, &args, "copy")?;
    let data = cell(vm, &args)?.borrow().clone();
    Ok(new_bytearray(vm, data))
}

fn alloc_of(v: &[u8], capacity: usize) -> usize {
    if capacity == 0 && v.is_empty() {
        0
    } else {
        capacity.max(v.len()) + 1
    }
}

fn ba_alloc(vm: &Vm, args: Args) -> PyResult {
    noargs(vm, &args, "__alloc__")?;
    let data = cell(vm, &args)?.borrow();
    Ok(vm.usize(alloc_of(&data, data.capacity())))
}

fn ba_sizeof(vm: &Vm, args: Args) -> PyResult {
    noargs(vm, &args, "__sizeof__")?;
    let data = cell(vm, &args)?.borrow();
    let base = crate::objects::sizeof::layout(&args.pos()[0].class()).basicsize;
    Ok(vm.usize(base + alloc_of(&data, data.capacity())))
}

/// `__reduce__`/`__reduce_ex__`: `(type, args, state)`; before protocol 3 the data travels
/// as a Latin-1 str.
fn reduce(vm: &Vm, self_: &PyRef, proto: isize) -> PyResult {
    let data = buffer(vm, self_)?;
    let args = if proto < 3 {
        let text: String = data.iter().map(|&b| char::from(b)).collect();
        vm.tuple(vec![vm.string(text), vm.str("latin-1")])
    } else {
        vm.tuple(vec![vm.bytes(&data)])
    };
    let state = match self_.dict() {
        Some(d) if d.as_dict().is_some_and(|d| !d.is_empty()) => d,
        _ => vm.none(),
    };
    Ok(vm.tuple(vec![self_.class(), args, state]))
}

fn ba_reduce(vm: &Vm, args: Args) -> PyResult {
    noargs(vm, &args, "__reduce__")?;
    reduce(vm, &args.pos()[0], 2)
}

fn ba_reduce_ex(vm: &Vm, args: Args) -> PyResult {
    let proto = one_arg(vm, &args, "__reduce_ex__")?;
    let proto = ssize(vm, proto)?;
    reduce(vm, &args.pos()[0], proto)
}

const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", ba_new),
    MethodDef::method("__init__", ba_init),
    MethodDef::method("__setitem__", ba_setitem),
    MethodDef::method("__delitem__", ba_delitem),
    MethodDef::method("__iadd__", ba_iadd),
    MethodDef::method("__imul__", ba_imul),
    MethodDef::method("__alloc__", ba_alloc),
    MethodDef::method("__sizeof__", ba_sizeof),
    MethodDef::method("__reduce__", ba_reduce),
    MethodDef::method("__reduce_ex__", ba_reduce_ex),
    MethodDef::method("append", ba_append),
    MethodDef::method("clear", ba_clear),
    MethodDef::method("copy", ba_copy),
    MethodDef::method("extend", ba_extend),
    MethodDef::method("insert", ba_insert),
    MethodDef::method("pop", ba_pop),
    MethodDef::method("remove", ba_remove),
    MethodDef::method("reverse", ba_reverse),
];

pub fn init(vm: &Vm) {
    crate::objects::descr::add_methods(vm, &vm.t.bytearray, crate::objects::bytes::COMMON);
    crate::objects::descr::add_methods(vm, &vm.t.bytearray, METHODS);
    crate::objects::descr::add_attr(vm, &vm.t.bytearray, "__hash__", vm.none());
}
