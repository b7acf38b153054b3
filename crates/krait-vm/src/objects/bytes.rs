//! bytes and bytearray: mirror `Objects/bytesobject.c` and `Objects/bytearrayobject.c`.
//! Construction, repr, comparison, hashing, indexing and decoding; the rest of the method set
//! lives with them as it is completed.

use std::cell::RefCell;

use krait_bytecode::opcode::CompareOp;

use crate::object::PyRef;
use crate::objects::Payload;
use crate::protocols::sequence;
use crate::vm::{Args, MethodDef, PyResult, Vm};

/// The bytes of a bytes-like object (bytes, bytearray, memoryview over them).
pub fn bytes_from_object(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    match &o.payload {
        Payload::Bytes(b) => Ok(b.to_vec()),
        Payload::ByteArray(b) => Ok(b.borrow().clone()),
        _ => Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(o)
        ))),
    }
}

/// The bytes of a bytes-like object, or None.
pub fn as_bytes(o: &PyRef) -> Option<Vec<u8>> {
    match &o.payload {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.borrow().clone()),
        _ => None,
    }
}

/// `repr(b'...')` body: CPython's quoting and escapes.
pub fn bytes_repr(b: &[u8]) -> String {
    let use_dq = b.contains(&b'\'') && !b.contains(&b'"');
    let q = if use_dq { '"' } else { '\'' };
    let mut s = String::with_capacity(b.len() + 3);
    s.push('b');
    s.push(q);
    for &c in b {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\t' => s.push_str("\\t"),
            b'\n' => s.push_str("\\n"),
            b'\r' => s.push_str("\\r"),
            c if c == q as u8 => {
                s.push('\\');
                s.push(c as char);
            }
            0x20..=0x7e => s.push(c as char),
            _ => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push(q);
    s
}

/// Build bytes from the constructor argument forms: int, iterable of ints, buffer, or str with
/// an encoding.
fn bytes_arg(
    vm: &Vm,
    x: &PyRef,
    encoding: Option<&PyRef>,
    errors: Option<&PyRef>,
) -> PyResult<Vec<u8>> {
    if let Some(enc) = encoding {
        let Some(s) = x.as_str() else {
            return Err(vm.type_error("encoding without a string argument"));
        };
        let e = crate::objects::str_methods::encode_str(
            vm,
            s,
            enc.as_str().unwrap_or("utf-8"),
            errors.and_then(|e| e.as_str()).unwrap_or("strict"),
        )?;
        return Ok(e);
    }
    match &x.payload {
        Payload::Str(_) => Err(vm.type_error("string argument without an encoding")),
        Payload::Bytes(b) => Ok(b.to_vec()),
        Payload::ByteArray(b) => Ok(b.borrow().clone()),
        Payload::Int(n)
            if !x.type_data().is_heap() || x.type_data().lookup(&vm.names.__index__).is_some() =>
        {
            if *n < 0 {
                return Err(vm.value_error("negative count"));
            }
            if *n > (1 << 40) {
                return Err(vm.memory_error());
            }
            Ok(vec![0; *n as usize])
        }
        _ => {
            if let Some(r) = crate::protocols::call::call_special(vm, x, &vm.names.__bytes__, &[])?
            {
                return bytes_from_object(vm, &r);
            }
            if !sequence::is_iterable(vm, x) {
                return Err(vm.type_error(format!(
                    "cannot convert '{}' object to bytes",
                    vm.type_name(x)
                )));
            }
            let mut out = Vec::new();
            for it in sequence::collect(vm, x)? {
                let v =
                    crate::objects::int::to_i64(vm, &crate::protocols::number::index(vm, &it)?)?;
                if !(0..256).contains(&v) {
                    return Err(vm.value_error("bytes must be in range(0, 256)"));
                }
                out.push(v as u8);
            }
            Ok(out)
        }
    }
}

fn b_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    let x = args.pos().get(1).or_else(|| args.kwarg("source"));
    let enc = args.pos().get(2).or_else(|| args.kwarg("encoding"));
    let err = args.pos().get(3).or_else(|| args.kwarg("errors"));
    let data = match x {
        Some(x) => bytes_arg(vm, x, enc, err)?,
        None => Vec::new(),
    };
    if crate::objects::type_::is_subtype(cls, &vm.t.bytearray) {
        return Ok(crate::objects::object::alloc_instance(
            vm,
            cls,
            Payload::ByteArray(RefCell::new(Vec::new())),
        ));
    }
    Ok(crate::objects::object::alloc_instance(
        vm,
        cls,
        Payload::Bytes(data.into_boxed_slice()),
    ))
}

fn ba_init(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let x = args.pos().get(1).or_else(|| args.kwarg("source"));
    let enc = args.pos().get(2).or_else(|| args.kwarg("encoding"));
    let err = args.pos().get(3).or_else(|| args.kwarg("errors"));
    let data = match x {
        Some(x) => bytes_arg(vm, x, enc, err)?,
        None => Vec::new(),
    };
    if let Payload::ByteArray(b) = &o.payload {
        *b.borrow_mut() = data;
    }
    Ok(vm.none())
}

fn data(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    bytes_from_object(vm, o)
}

fn b_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let d = data(vm, o)?;
    match &o.payload {
        Payload::ByteArray(_) => Ok(vm.string(format!("{}({})", vm.type_name(o), bytes_repr(&d)))),
        _ => Ok(vm.string(bytes_repr(&d))),
    }
}

fn b_len(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.usize(data(vm, &args.pos()[0])?.len()))
}

fn b_getitem(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let d = data(vm, o)?;
    let key = &args.pos()[1];
    if let Payload::Slice(s) = &key.payload {
        let (start, _, step, n) = crate::objects::slice::indices(vm, s, d.len())?;
        let v: Vec<u8> = (0..n)
            .map(|i| d[(start + i as isize * step) as usize])
            .collect();
        return Ok(match &o.payload {
            Payload::ByteArray(_) => {
                PyRef::new(&vm.t.bytearray, Payload::ByteArray(RefCell::new(v)))
            }
            _ => vm.bytes_vec(v),
        });
    }
    let i = sequence::normalize_index(
        vm,
        key,
        d.len(),
        "index out of range",
        vm.type_name(o).as_str(),
    )?;
    Ok(vm.int(d[i] as i64))
}

fn b_iter(vm: &Vm, args: Args) -> PyResult {
    let o = args.pos()[0].clone();
    let ty = if matches!(o.payload, Payload::ByteArray(_)) {
        &vm.t.bytearray_iterator
    } else {
        &vm.t.bytes_iterator
    };
    Ok(crate::objects::iter::seq_iter(vm, ty, o))
}

fn b_hash(vm: &Vm, args: Args) -> PyResult {
    let d = data(vm, &args.pos()[0])?;
    let s: String = d.iter().map(|&b| b as char).collect();
    Ok(vm.int(crate::objects::str::hash_str(&s)))
}

fn b_cmp(vm: &Vm, args: Args, op: CompareOp) -> PyResult {
    let a = data(vm, &args.pos()[0])?;
    let Some(b) = as_bytes(&args.pos()[1]) else {
        return Ok(vm.not_implemented());
    };
    Ok(vm.bool(match op {
        CompareOp::Lt => a < b,
        CompareOp::Le => a <= b,
        CompareOp::Eq => a == b,
        CompareOp::Ne => a != b,
        CompareOp::Gt => a > b,
        CompareOp::Ge => a >= b,
    }))
}

fn b_lt(vm: &Vm, a: Args) -> PyResult {
    b_cmp(vm, a, CompareOp::Lt)
}
fn b_le(vm: &Vm, a: Args) -> PyResult {
    b_cmp(vm, a, CompareOp::Le)
}
fn b_eq(vm: &Vm, a: Args) -> PyResult {
    b_cmp(vm, a, CompareOp::Eq)
}
fn b_ne(vm: &Vm, a: Args) -> PyResult {
    b_cmp(vm, a, CompareOp::Ne)
}
fn b_gt(vm: &Vm, a: Args) -> PyResult {
    b_cmp(vm, a, CompareOp::Gt)
}
fn b_ge(vm: &Vm, a: Args) -> PyResult {
    b_cmp(vm, a, CompareOp::Ge)
}

fn same_kind(vm: &Vm, like: &PyRef, v: Vec<u8>) -> PyRef {
    match &like.payload {
        Payload::ByteArray(_) => PyRef::new(&vm.t.bytearray, Payload::ByteArray(RefCell::new(v))),
        _ => vm.bytes_vec(v),
    }
}

fn b_add(vm: &Vm, args: Args) -> PyResult {
    let mut a = data(vm, &args.pos()[0])?;
    let Some(b) = as_bytes(&args.pos()[1]) else {
        return Err(vm.type_error(format!(
            "can't concat {} to {}",
            vm.type_name(&args.pos()[1]),
            vm.type_name(&args.pos()[0])
        )));
    };
    a.extend(b);
    Ok(same_kind(vm, &args.pos()[0], a))
}

fn b_mul(vm: &Vm, args: Args) -> PyResult {
    let a = data(vm, &args.pos()[0])?;
    let Some(n) = sequence::repeat_count(vm, &args.pos()[1])? else {
        return Ok(vm.not_implemented());
    };
    if a.len().checked_mul(n).map_or(true, |t| t > (1 << 40)) {
        return Err(vm.memory_error());
    }
    Ok(same_kind(vm, &args.pos()[0], a.repeat(n)))
}

fn b_contains(vm: &Vm, args: Args) -> PyResult {
    let a = data(vm, &args.pos()[0])?;
    let x = &args.pos()[1];
    if let Payload::Int(v) = x.payload {
        if !(0..256).contains(&v) {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
        return Ok(vm.bool(a.contains(&(v as u8))));
    }
    let needle = bytes_from_object(vm, x)?;
    Ok(vm.bool(needle.is_empty() || a.windows(needle.len()).any(|w| w == needle.as_slice())))
}

fn b_decode(vm: &Vm, args: Args) -> PyResult {
    let d = data(vm, &args.pos()[0])?;
    let enc = args
        .pos()
        .get(1)
        .or_else(|| args.kwarg("encoding"))
        .and_then(|e| e.as_str())
        .unwrap_or("utf-8")
        .to_string();
    let errors = args
        .pos()
        .get(2)
        .or_else(|| args.kwarg("errors"))
        .and_then(|e| e.as_str())
        .unwrap_or("strict")
        .to_string();
    crate::objects::str_methods::decode_bytes(vm, &d, &enc, &errors)
}

fn b_hex(vm: &Vm, args: Args) -> PyResult {
    let d = data(vm, &args.pos()[0])?;
    Ok(vm.string(d.iter().map(|b| format!("{b:02x}")).collect()))
}

fn b_fromhex(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    let s = args
        .pos()
        .get(1)
        .and_then(|s| s.as_str())
        .ok_or_else(|| vm.type_error("fromhex() argument must be str"))?;
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => {
                let pos = if hi.is_none() { i } else { i + 1 };
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {pos}"
                )));
            }
        }
        i += 2;
    }
    if crate::objects::type_::is_subtype(cls, &vm.t.bytearray) {
        return Ok(PyRef::new(
            &vm.t.bytearray,
            Payload::ByteArray(RefCell::new(out)),
        ));
    }
    Ok(vm.bytes_vec(out))
}

fn b_join(vm: &Vm, args: Args) -> PyResult {
    let sep = data(vm, &args.pos()[0])?;
    let mut out = Vec::new();
    for (i, it) in sequence::collect(vm, &args.pos()[1])?.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match as_bytes(it) {
            Some(b) => out.extend(b),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    vm.type_name(it)
                )))
            }
        }
    }
    Ok(same_kind(vm, &args.pos()[0], out))
}

fn ba_append(vm: &Vm, args: Args) -> PyResult {
    let v = crate::objects::int::to_i64(vm, &args.pos()[1])?;
    if !(0..256).contains(&v) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    if let Payload::ByteArray(b) = &args.pos()[0].payload {
        b.borrow_mut().push(v as u8);
    }
    Ok(vm.none())
}

fn ba_extend(vm: &Vm, args: Args) -> PyResult {
    let d = bytes_arg(vm, &args.pos()[1], None, None)?;
    if let Payload::ByteArray(b) = &args.pos()[0].payload {
        b.borrow_mut().extend(d);
    }
    Ok(vm.none())
}

fn ba_setitem(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let Payload::ByteArray(b) = &o.payload else {
        return Err(vm.type_error("expected bytearray"));
    };
    let key = &args.pos()[1];
    let len = b.borrow().len();
    if let Payload::Slice(s) = &key.payload {
        let new = bytes_arg(vm, &args.pos()[2], None, None)?;
        let (start, stop, step, _) = crate::objects::slice::indices(vm, s, len)?;
        if step == 1 {
            b.borrow_mut()
                .splice(start as usize..stop.max(start) as usize, new);
            return Ok(vm.none());
        }
        return Err(vm.value_error("extended slice assignment on bytearray is not supported yet"));
    }
    let i = sequence::normalize_index(vm, key, len, "bytearray index out of range", "bytearray")?;
    let v = crate::objects::int::to_i64(vm, &args.pos()[2])?;
    if !(0..256).contains(&v) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    b.borrow_mut()[i] = v as u8;
    Ok(vm.none())
}

const COMMON: &[MethodDef] = &[
    MethodDef::static_("__new__", b_new),
    MethodDef::method("__repr__", b_repr),
    MethodDef::method("__len__", b_len),
    MethodDef::method("__getitem__", b_getitem),
    MethodDef::method("__iter__", b_iter),
    MethodDef::method("__lt__", b_lt),
    MethodDef::method("__le__", b_le),
    MethodDef::method("__eq__", b_eq),
    MethodDef::method("__ne__", b_ne),
    MethodDef::method("__gt__", b_gt),
    MethodDef::method("__ge__", b_ge),
    MethodDef::method("__add__", b_add),
    MethodDef::method("__mul__", b_mul),
    MethodDef::method("__rmul__", b_mul),
    MethodDef::method("__contains__", b_contains),
    MethodDef::method("decode", b_decode),
    MethodDef::method("hex", b_hex),
    MethodDef::class("fromhex", b_fromhex),
    MethodDef::method("join", b_join),
];

const BYTES_ONLY: &[MethodDef] = &[MethodDef::method("__hash__", b_hash)];

const BYTEARRAY_ONLY: &[MethodDef] = &[
    MethodDef::method("__init__", ba_init),
    MethodDef::method("append", ba_append),
    MethodDef::method("extend", ba_extend),
    MethodDef::method("__setitem__", ba_setitem),
];

pub fn init(vm: &Vm) {
    use crate::objects::descr::{add_attr, add_methods};
    add_methods(vm, &vm.t.bytes, COMMON);
    add_methods(vm, &vm.t.bytes, BYTES_ONLY);
    add_methods(vm, &vm.t.bytearray, COMMON);
    add_methods(vm, &vm.t.bytearray, BYTEARRAY_ONLY);
    add_attr(vm, &vm.t.bytearray, "__hash__", vm.none());
}
