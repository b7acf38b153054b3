//! bytes, and the methods bytearray shares with it: mirrors `Objects/bytesobject.c` and
//! `Objects/bytes_methods.c`. The byte-string work is done by `format::bytesfuncs`; this file
//! converts arguments as CPython does (`str_args.rs`) and builds results: bytes methods return
//! exact bytes, and the same functions serve bytearray (`bytearray.rs`), whose methods return
//! exact bytearrays. bytearray's own methods (mutation, `__init__`) live in `bytearray.rs`.

use std::borrow::Cow;
use std::cell::RefCell;

use krait_bytecode::opcode::CompareOp;

use crate::format::bytesfuncs as bf;
use crate::format::strfuncs::adjust_indices;
use crate::object::PyRef;
use crate::objects::str_args::{
    clinic_type_name, keywords, keywords_from, new_class, noargs, one_arg, positional, slot_args,
    ssize, ssize_clamped, tuple_args, window,
};
use crate::objects::str_methods::{join_items, repeat_count};
use crate::objects::Payload;
use crate::protocols::{number, sequence};
use crate::vm::{Args, MethodDef, PyResult, Vm};

/// The bytes of a bytes-like object (bytes, bytearray), or TypeError.
pub fn bytes_from_object(vm: &Vm, o: &PyRef) -> PyResult<Vec<u8>> {
    buffer(vm, o).map(Cow::into_owned)
}

/// The bytes of a bytes-like object, or None.
pub fn as_bytes(o: &PyRef) -> Option<Vec<u8>> {
    as_buffer(o).map(Cow::into_owned)
}

/// A bytes-like object's bytes (CPython's `PyBUF_SIMPLE` request): borrowed from a bytes,
/// copied from a bytearray (which Python code run later in the same method could resize) and
/// from a C-contiguous memoryview that is not released.
pub fn as_buffer(o: &PyRef) -> Option<Cow<'_, [u8]>> {
    match &o.payload {
        Payload::Bytes(b) => Some(Cow::Borrowed(b)),
        Payload::ByteArray(b) => Some(Cow::Owned(b.borrow().clone())),
        Payload::Native(_) => crate::objects::memoryview::simple_buffer(o).map(Cow::Owned),
        _ => None,
    }
}

/// `as_buffer`, or `TypeError: a bytes-like object is required, not 'str'` (a released or
/// non-contiguous memoryview raises what its `getbuffer` does).
pub fn buffer<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<Cow<'a, [u8]>> {
    as_buffer(o).ok_or_else(|| {
        crate::objects::memoryview::simple_buffer_error(vm, o).unwrap_or_else(|| {
            vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(o)
            ))
        })
    })
}

/// `repr(b)`, bytes' rules.
pub fn bytes_repr(b: &[u8]) -> String {
    bf::bytes_repr(b)
}

/// The data of a method's `self`.
fn this<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<Cow<'a, [u8]>> {
    let o = args
        .pos()
        .first()
        .ok_or_else(|| vm.type_error("unbound method needs an argument"))?;
    buffer(vm, o)
}

fn self_obj<'a>(args: &Args<'a>) -> &'a PyRef {
    &args.pos()[0]
}

fn is_bytearray(o: &PyRef) -> bool {
    matches!(o.payload, Payload::ByteArray(_))
}

/// A new exact bytearray.
pub fn new_bytearray(vm: &Vm, v: Vec<u8>) -> PyRef {
    PyRef::new(&vm.t.bytearray, Payload::ByteArray(RefCell::new(v)))
}

/// A result of `self_`'s kind: an exact bytearray for a bytearray, else exact bytes.
pub fn new_like(vm: &Vm, self_: &PyRef, v: Vec<u8>) -> PyRef {
    if is_bytearray(self_) {
        new_bytearray(vm, v)
    } else {
        vm.bytes_vec(v)
    }
}

/// `new_like`, giving back an unchanged exact bytes itself.
fn result(vm: &Vm, self_: &PyRef, v: &[u8]) -> PyRef {
    if let Payload::Bytes(orig) = &self_.payload {
        if self_.is_type(&vm.t.bytes) && orig.len() == v.len() && orig[..] == *v {
            return self_.clone();
        }
    }
    new_like(vm, self_, v.to_vec())
}

fn list_of(vm: &Vm, self_: &PyRef, parts: Vec<&[u8]>) -> PyRef {
    vm.list(parts.into_iter().map(|p| result(vm, self_, p)).collect())
}

/// `_getbytevalue`: an int in `range(256)` for bytearray items.
pub fn byte_value(vm: &Vm, o: &PyRef) -> PyResult<u8> {
    let i = number::index(vm, o)?;
    match &i.payload {
        Payload::Int(v) => {
            u8::try_from(*v).map_err(|_| vm.value_error("byte must be in range(0, 256)"))
        }
        _ => Err(vm.value_error("byte must be in range(0, 256)")),
    }
}

// ---------------------------------------------------------------------------------------------
// Construction

/// The bytes of `bytes(x)` for an `x` that is neither str nor int (`PyBytes_FromObject`).
fn bytes_from_iterable(vm: &Vm, x: &PyRef, type_name: &str) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::objects::memoryview::to_bytes(vm, x) {
        return b;
    }
    if let Some(b) = as_buffer(x) {
        return Ok(b.into_owned());
    }
    let items = match &x.payload {
        Payload::List(l) => l.borrow().clone(),
        Payload::Tuple(t) => t.to_vec(),
        _ => {
            if !sequence::is_iterable(vm, x) {
                return Err(vm.type_error(format!(
                    "cannot convert '{}' object to {type_name}",
                    vm.type_name(x)
                )));
            }
            sequence::collect(vm, x)?
        }
    };
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        let v = ssize_clamped(vm, item)?;
        let b = u8::try_from(v).map_err(|_| vm.value_error("bytes must be in range(0, 256)"))?;
        out.push(b);
    }
    Ok(out)
}

/// `_PyIndex_Check(x)` and `PyNumber_AsSsize_t(x, PyExc_OverflowError)` for a count
/// argument; `None` when `x` is no index.
pub fn size_argument(vm: &Vm, x: &PyRef) -> PyResult<Option<usize>> {
    let is_index = matches!(x.payload, Payload::Int(_) | Payload::BigInt(_))
        || x.type_data().lookup(&vm.names.__index__).is_some();
    if !is_index {
        return Ok(None);
    }
    let i = number::index(vm, x)?;
    match &i.payload {
        Payload::Int(v) if *v < 0 => Err(vm.value_error("negative count")),
        Payload::Int(v) => {
            let n = usize::try_from(*v).unwrap_or(usize::MAX);
            Ok(Some(n))
        }
        _ => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

/// Zero bytes for `bytes(n)`, MemoryError when absurd.
pub fn zeros(vm: &Vm, n: usize) -> PyResult<Vec<u8>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| vm.memory_error())?;
    v.resize(n, 0);
    Ok(v)
}

/// Checked `encoding`/`errors` arguments of the constructors.
pub fn codec_args<'a>(
    vm: &Vm,
    fname: &str,
    encoding: Option<&'a PyRef>,
    errors: Option<&'a PyRef>,
) -> PyResult<(Option<&'a str>, Option<&'a str>)> {
    let check = |o: &'a PyRef, which: &str| {
        o.as_str().ok_or_else(|| {
            vm.type_error(format!(
                "{fname}() argument '{which}' must be str, not {}",
                clinic_type_name(vm, o)
            ))
        })
    };
    Ok((
        encoding.map(|e| check(e, "encoding")).transpose()?,
        errors.map(|e| check(e, "errors")).transpose()?,
    ))
}

fn bytes_new(vm: &Vm, args: Args) -> PyResult {
    let cls = new_class(vm, &args, &vm.t.bytes)?;
    let [source, encoding, errors] = keywords_from(
        vm,
        &args.pos()[1..],
        &args,
        "bytes",
        ["source", "encoding", "errors"],
        0,
        0,
    )?;
    let (encoding, errors) = codec_args(vm, "bytes", encoding, errors)?;
    let data = match source {
        None if encoding.is_some() => {
            return Err(vm.type_error("encoding without a string argument"))
        }
        None if errors.is_some() => return Err(vm.type_error("errors without a string argument")),
        None => Vec::new(),
        Some(x) if cls.is(&vm.t.bytes) && x.is_type(&vm.t.bytes) && encoding.is_none() => {
            if errors.is_some() {
                return Err(vm.type_error("errors without a string argument"));
            }
            return Ok(x.clone());
        }
        Some(x) => bytes_source(vm, x, encoding, errors)?,
    };
    if cls.is(&vm.t.bytes) {
        return Ok(vm.bytes_vec(data));
    }
    Ok(crate::objects::object::alloc_instance(
        vm,
        cls,
        Payload::Bytes(data.into_boxed_slice()),
    ))
}

/// `bytes_new_impl` for a given `source`.
fn bytes_source(
    vm: &Vm,
    x: &PyRef,
    encoding: Option<&str>,
    errors: Option<&str>,
) -> PyResult<Vec<u8>> {
    if let Some(encoding) = encoding {
        let Some(s) = x.as_str() else {
            return Err(vm.type_error("encoding without a string argument"));
        };
        return crate::objects::str_codecs::encode_str(vm, s, encoding, errors.unwrap_or("strict"));
    }
    if errors.is_some() {
        return Err(vm.type_error(if x.as_str().is_some() {
            "string argument without an encoding"
        } else {
            "errors without a string argument"
        }));
    }
    if let Some(r) = crate::protocols::call::call_special(vm, x, &vm.names.__bytes__, &[])? {
        return match &r.payload {
            Payload::Bytes(b) => Ok(b.to_vec()),
            _ => Err(vm.type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                vm.type_name(&r)
            ))),
        };
    }
    if x.as_str().is_some() {
        return Err(vm.type_error("string argument without an encoding"));
    }
    match size_argument(vm, x) {
        Ok(Some(n)) => return zeros(vm, n),
        Ok(None) => {}
        Err(e) if vm.exc_matches(&e, &vm.t.type_error) => {}
        Err(e) => return Err(e),
    }
    bytes_from_iterable(vm, x, "bytes")
}

fn b_fromhex(vm: &Vm, args: Args) -> PyResult {
    let cls = self_obj(&args);
    let is_bytearray = crate::objects::type_::is_subtype(cls, &vm.t.bytearray);
    let owner = if is_bytearray { "bytearray" } else { "bytes" };
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{owner}.fromhex() takes no keyword arguments")));
    }
    let [s] = &args.pos()[1..] else {
        return Err(vm.type_error(format!(
            "{owner}.fromhex() takes exactly one argument ({} given)",
            args.pos().len() - 1
        )));
    };
    let text = s.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            clinic_type_name(vm, s)
        ))
    })?;
    // `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode spaces and decimals become ASCII.
    let chars: Vec<u8> = text
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c as u8
            } else if crate::format::strfuncs::is_space(c) {
                b' '
            } else if let Some(d) = crate::format::strfuncs::decimal_value(c) {
                b'0' + d as u8
            } else {
                b'?'
            }
        })
        .collect();
    let digit = |i: usize| chars.get(i).and_then(|&c| (c as char).to_digit(16));
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if bf::byte_is_space(chars[i]) {
            i += 1;
            continue;
        }
        let bad = |pos: usize| {
            vm.value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {pos}"
            ))
        };
        let top = digit(i).ok_or_else(|| bad(i))?;
        let bot = digit(i + 1).ok_or_else(|| bad(i + 1))?;
        out.push((top * 16 + bot) as u8);
        i += 2;
    }
    let (exact, base) = if is_bytearray {
        (cls.is(&vm.t.bytearray), new_bytearray(vm, out))
    } else {
        (cls.is(&vm.t.bytes), vm.bytes_vec(out))
    };
    if exact {
        return Ok(base);
    }
    crate::protocols::call::call(vm, cls, &[base])
}

fn b_maketrans(vm: &Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("maketrans() takes no keyword arguments"));
    }
    let p = args.pos();
    crate::objects::str_args::check_positional(vm, "maketrans", p.len(), 2, 2)?;
    let from = buffer(vm, &p[0])?;
    let to = buffer(vm, &p[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&a, &b) in from.iter().zip(to.iter()) {
        table[usize::from(a)] = b;
    }
    Ok(vm.bytes_vec(table))
}

// ---------------------------------------------------------------------------------------------
// The special methods

fn b_repr(vm: &Vm, args: Args) -> PyResult {
    slot_args(vm, &args, "__repr__", 0)?;
    let o = self_obj(&args);
    let d = this(vm, &args)?;
    if !is_bytearray(o) {
        return Ok(vm.string(bf::bytes_repr(&d)));
    }
    // bytearray_repr escapes the single quote whichever quote it picks.
    let r = bf::bytes_repr(&d);
    let r = if r.starts_with("b\"") {
        format!("b\"{}\"", r[2..r.len() - 1].replace('\'', "\\'"))
    } else {
        r
    };
    Ok(vm.string(format!("{}({r})", vm.type_name(o))))
}

fn b_len(vm: &Vm, args: Args) -> PyResult {
    slot_args(vm, &args, "__len__", 0)?;
    Ok(vm.usize(this(vm, &args)?.len()))
}

/// `b[key]`.
pub fn bytes_getitem(vm: &Vm, o: &PyRef, key: &PyRef) -> PyResult {
    let d = buffer(vm, o)?;
    let ba = is_bytearray(o);
    if let Payload::Slice(s) = &key.payload {
        let (start, _, step, n) = crate::objects::slice::indices(vm, s, d.len())?;
        let v: Vec<u8> = if step == 1 {
            d[start as usize..start as usize + n].to_vec()
        } else {
            (0..n)
                .map(|i| d[(start + i as isize * step) as usize])
                .collect()
        };
        return Ok(if ba {
            new_bytearray(vm, v)
        } else if step == 1 && n == d.len() && o.is_type(&vm.t.bytes) {
            o.clone()
        } else {
            vm.bytes_vec(v)
        });
    }
    let index = match &key.payload {
        Payload::Int(i) => *i,
        Payload::BigInt(_) => {
            return Err(vm.index_error("cannot fit 'int' into an index-sized integer"))
        }
        _ if key.type_data().lookup(&vm.names.__index__).is_some() => {
            let k = number::index(vm, key)?;
            return bytes_getitem(vm, o, &k);
        }
        _ => {
            return Err(vm.type_error(format!(
                "{} indices must be integers or slices, not {}",
                if ba { "bytearray" } else { "byte" },
                vm.type_name(key)
            )))
        }
    };
    let len = d.len() as i64;
    let i = if index < 0 { index + len } else { index };
    if i < 0 || i >= len {
        return Err(vm.index_error(if ba {
            "bytearray index out of range"
        } else {
            "index out of range"
        }));
    }
    Ok(vm.int(i64::from(d[i as usize])))
}

fn b_getitem(vm: &Vm, args: Args) -> PyResult {
    let p = slot_args(vm, &args, "__getitem__", 1)?;
    bytes_getitem(vm, self_obj(&args), &p[0])
}

fn b_iter(vm: &Vm, args: Args) -> PyResult {
    slot_args(vm, &args, "__iter__", 0)?;
    let o = self_obj(&args).clone();
    let ty = if is_bytearray(&o) {
        &vm.t.bytearray_iterator
    } else {
        &vm.t.bytes_iterator
    };
    Ok(crate::objects::iter::seq_iter(vm, ty, o))
}

/// The hash of bytes: that of the str with the same code points, as CPython's bytes and
/// Latin-1 str hashes agree.
fn b_hash(vm: &Vm, args: Args) -> PyResult {
    slot_args(vm, &args, "__hash__", 0)?;
    let d = this(vm, &args)?;
    Ok(vm.int(hash_bytes(&d)))
}

/// The hash of bytes holding `d` (also a read-only memoryview's).
pub fn hash_bytes(d: &[u8]) -> i64 {
    let s: String = d.iter().map(|&b| char::from(b)).collect();
    crate::objects::str::hash_str(&s)
}

fn b_cmp(vm: &Vm, args: Args, name: &str, op: CompareOp) -> PyResult {
    let p = slot_args(vm, &args, name, 1)?;
    let a = this(vm, &args)?;
    // bytes compares only with bytes and bytearray (a memoryview answers for itself);
    // bytearray with any buffer.
    if !is_bytearray(self_obj(&args))
        && !matches!(p[0].payload, Payload::Bytes(_) | Payload::ByteArray(_))
    {
        return Ok(vm.not_implemented());
    }
    let Some(b) = as_buffer(&p[0]) else {
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
    b_cmp(vm, a, "__lt__", CompareOp::Lt)
}
fn b_le(vm: &Vm, a: Args) -> PyResult {
    b_cmp(vm, a, "__le__", CompareOp::Le)
}
fn b_eq(vm: &Vm, a: Args) -> PyResult {
    b_cmp(vm, a, "__eq__", CompareOp::Eq)
}
fn b_ne(vm: &Vm, a: Args) -> PyResult {
    b_cmp(vm, a, "__ne__", CompareOp::Ne)
}
fn b_gt(vm: &Vm, a: Args) -> PyResult {
    b_cmp(vm, a, "__gt__", CompareOp::Gt)
}
fn b_ge(vm: &Vm, a: Args) -> PyResult {
    b_cmp(vm, a, "__ge__", CompareOp::Ge)
}

/// The right operand of `+`/`+=`: bytes-like, else `can't concat int to bytes`.
pub fn concat_operand<'a>(vm: &Vm, self_: &PyRef, other: &'a PyRef) -> PyResult<Cow<'a, [u8]>> {
    as_buffer(other).ok_or_else(|| {
        vm.type_error(format!(
            "can't concat {} to {}",
            vm.type_name(other),
            if is_bytearray(self_) {
                "bytearray"
            } else {
                "bytes"
            }
        ))
    })
}

fn b_add(vm: &Vm, args: Args) -> PyResult {
    let p = slot_args(vm, &args, "__add__", 1)?;
    let o = self_obj(&args);
    let a = this(vm, &args)?;
    let b = concat_operand(vm, o, &p[0])?;
    let mut v = Vec::new();
    v.try_reserve_exact(a.len() + b.len())
        .map_err(|_| vm.memory_error())?;
    v.extend_from_slice(&a);
    v.extend_from_slice(&b);
    Ok(new_like(vm, o, v))
}

/// `data * n` as a vector, with CPython's errors for sizes that cannot be.
pub fn repeat(vm: &Vm, data: &[u8], n: usize, bytearray: bool) -> PyResult<Vec<u8>> {
    if data.is_empty() || n == 0 {
        return Ok(Vec::new());
    }
    let total = data
        .len()
        .checked_mul(n)
        .filter(|&t| t <= isize::MAX as usize);
    let Some(total) = total else {
        return Err(if bytearray {
            vm.memory_error()
        } else {
            vm.overflow_error("repeated bytes are too long")
        });
    };
    let mut v = Vec::new();
    v.try_reserve_exact(total).map_err(|_| vm.memory_error())?;
    for _ in 0..n {
        v.extend_from_slice(data);
    }
    Ok(v)
}

fn b_repeat(vm: &Vm, args: &Args, n: &PyRef) -> PyResult {
    let o = self_obj(args);
    let Some(count) = repeat_count(vm, n)? else {
        return Err(crate::protocols::sequence::not_an_index(vm, n));
    };
    let d = this(vm, args)?;
    if count == 1 && o.is_type(&vm.t.bytes) {
        return Ok(o.clone());
    }
    let v = repeat(vm, &d, count, is_bytearray(o))?;
    Ok(new_like(vm, o, v))
}

fn b_mul(vm: &Vm, args: Args) -> PyResult {
    let p = slot_args(vm, &args, "__mul__", 1)?;
    b_repeat(vm, &args, &p[0])
}

fn b_rmul(vm: &Vm, args: Args) -> PyResult {
    let p = slot_args(vm, &args, "__rmul__", 1)?;
    b_repeat(vm, &args, &p[0])
}

fn b_mod(vm: &Vm, args: Args) -> PyResult {
    let p = slot_args(vm, &args, "__mod__", 1)?;
    let fmt = this(vm, &args)?;
    let v = crate::objects::str_format::percent_bytes(vm, &fmt, &p[0])?;
    Ok(new_like(vm, self_obj(&args), v))
}

fn b_rmod(vm: &Vm, args: Args) -> PyResult {
    let p = slot_args(vm, &args, "__rmod__", 1)?;
    let o = self_obj(&args);
    let same_kind = is_bytearray(o) == is_bytearray(&p[0]);
    match as_buffer(&p[0]) {
        Some(fmt) if same_kind => {
            let v = crate::objects::str_format::percent_bytes(vm, &fmt, o)?;
            Ok(new_like(vm, &p[0], v))
        }
        _ => Ok(vm.not_implemented()),
    }
}

fn b_contains(vm: &Vm, args: Args) -> PyResult {
    let p = slot_args(vm, &args, "__contains__", 1)?;
    let hay = this(vm, &args)?;
    let x = &p[0];
    let is_index = matches!(x.payload, Payload::Int(_) | Payload::BigInt(_))
        || x.type_data().lookup(&vm.names.__index__).is_some();
    if is_index {
        let v = ssize_clamped(vm, x)?;
        let b = u8::try_from(v).map_err(|_| vm.value_error("byte must be in range(0, 256)"))?;
        return Ok(vm.bool(hay.contains(&b)));
    }
    let needle = buffer(vm, x)?;
    Ok(vm.bool(bf::bytes_find_raw(&hay, &needle).is_some()))
}

fn b_getnewargs(vm: &Vm, args: Args) -> PyResult {
    noargs(vm, &args, "__getnewargs__")?;
    Ok(vm.tuple(vec![vm.bytes(&this(vm, &args)?)]))
}

fn b_bytes(vm: &Vm, args: Args) -> PyResult {
    noargs(vm, &args, "__bytes__")?;
    let o = self_obj(&args);
    if o.is_type(&vm.t.bytes) {
        return Ok(o.clone());
    }
    Ok(vm.bytes(&this(vm, &args)?))
}

// ---------------------------------------------------------------------------------------------
// Searching

/// `parse_args_finds_byte`: `(sub, start, end)` where `sub` is bytes-like or a byte value.
fn find_args<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(Cow<'a, [u8]>, Option<isize>, Option<isize>)> {
    let p = tuple_args(vm, args, name, 1, 3)?;
    let (start, end) = window(vm, &p[1..])?;
    let sub = &p[0];
    if let Some(b) = as_buffer(sub) {
        return Ok((b, start, end));
    }
    if let Some(e) = crate::objects::memoryview::simple_buffer_error(vm, sub) {
        return Err(e);
    }
    let is_index = matches!(sub.payload, Payload::Int(_) | Payload::BigInt(_))
        || sub.type_data().lookup(&vm.names.__index__).is_some();
    if !is_index {
        return Err(vm.type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            vm.type_name(sub)
        )));
    }
    let v = ssize_clamped(vm, sub)?;
    let b = u8::try_from(v).map_err(|_| vm.value_error("byte must be in range(0, 256)"))?;
    Ok((Cow::Owned(vec![b]), start, end))
}

fn b_find(vm: &Vm, args: Args) -> PyResult {
    let (sub, start, end) = find_args(vm, &args, "find")?;
    Ok(vm.int(bf::bytes_find(&this(vm, &args)?, &sub, start, end) as i64))
}

fn b_rfind(vm: &Vm, args: Args) -> PyResult {
    let (sub, start, end) = find_args(vm, &args, "rfind")?;
    Ok(vm.int(bf::bytes_rfind(&this(vm, &args)?, &sub, start, end) as i64))
}

fn b_index(vm: &Vm, args: Args) -> PyResult {
    let (sub, start, end) = find_args(vm, &args, "index")?;
    match bf::bytes_find(&this(vm, &args)?, &sub, start, end) {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(vm.int(i as i64)),
    }
}

fn b_rindex(vm: &Vm, args: Args) -> PyResult {
    let (sub, start, end) = find_args(vm, &args, "rindex")?;
    match bf::bytes_rfind(&this(vm, &args)?, &sub, start, end) {
        -1 => Err(vm.value_error("subsection not found")),
        i => Ok(vm.int(i as i64)),
    }
}

fn b_count(vm: &Vm, args: Args) -> PyResult {
    let (sub, start, end) = find_args(vm, &args, "count")?;
    Ok(vm.usize(bf::bytes_count(&this(vm, &args)?, &sub, start, end)))
}

/// `tailmatch` over the window `start..end`.
fn tailmatch(d: &[u8], sub: &[u8], start: Option<isize>, end: Option<isize>, at_end: bool) -> bool {
    let (start, end) = adjust_indices(start, end, d.len());
    if start > end || end - start < sub.len() {
        return false;
    }
    let w = &d[start..end];
    if at_end {
        w.ends_with(sub)
    } else {
        w.starts_with(sub)
    }
}

fn affix_impl(vm: &Vm, args: Args, name: &str, at_end: bool) -> PyResult {
    let p = tuple_args(vm, &args, name, 1, 3)?;
    let (start, end) = window(vm, &p[1..])?;
    let d = this(vm, &args)?;
    if let Some(items) = p[0].as_tuple() {
        for x in items {
            if tailmatch(&d, &buffer(vm, x)?, start, end, at_end) {
                return Ok(vm.bool(true));
            }
        }
        return Ok(vm.bool(false));
    }
    let sub = as_buffer(&p[0]).ok_or_else(|| {
        vm.type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            vm.type_name(&p[0])
        ))
    })?;
    Ok(vm.bool(tailmatch(&d, &sub, start, end, at_end)))
}

fn b_startswith(vm: &Vm, args: Args) -> PyResult {
    affix_impl(vm, args, "startswith", false)
}
fn b_endswith(vm: &Vm, args: Args) -> PyResult {
    affix_impl(vm, args, "endswith", true)
}

// ---------------------------------------------------------------------------------------------
// Splitting, stripping, joining, replacing

fn split_args<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(Option<Cow<'a, [u8]>>, isize)> {
    let [sep, maxsplit] = keywords(vm, args, name, ["sep", "maxsplit"], 0, 0)?;
    let sep = match sep {
        Some(s) if !vm.is_none(s) => Some(buffer(vm, s)?),
        _ => None,
    };
    let maxsplit = match maxsplit {
        Some(m) => ssize(vm, m)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

fn b_split(vm: &Vm, args: Args) -> PyResult {
    let (sep, maxsplit) = split_args(vm, &args, "split")?;
    let d = this(vm, &args)?;
    let parts = match &sep {
        None => bf::bytes_split_whitespace(&d, maxsplit),
        Some(sep) => bf::bytes_split_sep(&d, sep, maxsplit).map_err(|e| vm.format_err(e))?,
    };
    Ok(list_of(vm, self_obj(&args), parts))
}

fn b_rsplit(vm: &Vm, args: Args) -> PyResult {
    let (sep, maxsplit) = split_args(vm, &args, "rsplit")?;
    let d = this(vm, &args)?;
    let parts = match &sep {
        None => bf::bytes_rsplit_whitespace(&d, maxsplit),
        Some(sep) => bf::bytes_rsplit_sep(&d, sep, maxsplit).map_err(|e| vm.format_err(e))?,
    };
    Ok(list_of(vm, self_obj(&args), parts))
}

fn b_splitlines(vm: &Vm, args: Args) -> PyResult {
    let [keepends] = keywords(vm, &args, "splitlines", ["keepends"], 0, 0)?;
    let keepends = match keepends {
        Some(k) => crate::objects::str_args::c_int(vm, k)? != 0,
        None => false,
    };
    let d = this(vm, &args)?;
    Ok(list_of(
        vm,
        self_obj(&args),
        bf::bytes_splitlines(&d, keepends),
    ))
}

fn partition_impl(vm: &Vm, args: Args, name: &str, reverse: bool) -> PyResult {
    let sep = one_arg(vm, &args, name)?;
    let sep = buffer(vm, sep)?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let o = self_obj(&args);
    let d = this(vm, &args)?;
    let found = if reverse {
        bf::bytes_rfind_raw(&d, &sep)
    } else {
        bf::bytes_find_raw(&d, &sep)
    };
    let parts: [&[u8]; 3] = match found {
        Some(i) => [&d[..i], &sep, &d[i + sep.len()..]],
        None if reverse => [b"", b"", &d],
        None => [&d, b"", b""],
    };
    Ok(vm.tuple(parts.iter().map(|p| result(vm, o, p)).collect()))
}

fn b_partition(vm: &Vm, args: Args) -> PyResult {
    partition_impl(vm, args, "partition", false)
}
fn b_rpartition(vm: &Vm, args: Args) -> PyResult {
    partition_impl(vm, args, "rpartition", true)
}

type Strip = for<'a> fn(&'a [u8], Option<&[u8]>) -> &'a [u8];

fn strip_impl(vm: &Vm, args: Args, name: &str, strip: Strip) -> PyResult {
    let p = positional(vm, &args, name, 0, 1)?;
    let chars = match p.first() {
        Some(c) if !vm.is_none(c) => Some(buffer(vm, c)?),
        _ => None,
    };
    let d = this(vm, &args)?;
    Ok(result(vm, self_obj(&args), strip(&d, chars.as_deref())))
}

fn b_strip(vm: &Vm, args: Args) -> PyResult {
    strip_impl(vm, args, "strip", bf::bytes_strip)
}
fn b_lstrip(vm: &Vm, args: Args) -> PyResult {
    strip_impl(vm, args, "lstrip", bf::bytes_lstrip)
}
fn b_rstrip(vm: &Vm, args: Args) -> PyResult {
    strip_impl(vm, args, "rstrip", bf::bytes_rstrip)
}

fn b_join(vm: &Vm, args: Args) -> PyResult {
    let iterable = one_arg(vm, &args, "join")?;
    let sep = this(vm, &args)?;
    let items = join_items(vm, iterable)?;
    let mut out = Vec::new();
    for (i, x) in items.iter().enumerate() {
        let b = as_buffer(x).ok_or_else(|| {
            vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(x)
            ))
        })?;
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(&b);
    }
    Ok(new_like(vm, self_obj(&args), out))
}

fn b_replace(vm: &Vm, args: Args) -> PyResult {
    let p = positional(vm, &args, "replace", 2, 3)?;
    let old = buffer(vm, &p[0])?;
    let new = buffer(vm, &p[1])?;
    let count = match p.get(2) {
        Some(c) => ssize(vm, c)?,
        None => -1,
    };
    let d = this(vm, &args)?;
    Ok(result(
        vm,
        self_obj(&args),
        &bf::bytes_replace(&d, &old, &new, count),
    ))
}

fn affix_remove(vm: &Vm, args: Args, name: &str, suffix: bool) -> PyResult {
    let affix = one_arg(vm, &args, name)?;
    let affix = buffer(vm, affix)?;
    let d = this(vm, &args)?;
    let r = if suffix {
        d.strip_suffix(&affix[..]).unwrap_or(&d)
    } else {
        d.strip_prefix(&affix[..]).unwrap_or(&d)
    };
    Ok(result(vm, self_obj(&args), r))
}

fn b_removeprefix(vm: &Vm, args: Args) -> PyResult {
    affix_remove(vm, args, "removeprefix", false)
}
fn b_removesuffix(vm: &Vm, args: Args) -> PyResult {
    affix_remove(vm, args, "removesuffix", true)
}

// ---------------------------------------------------------------------------------------------
// Case, classification, padding

macro_rules! byte_maps {
    ($($fn_name:ident => $name:literal, $f:expr;)*) => {
        $(
            fn $fn_name(vm: &Vm, args: Args) -> PyResult {
                noargs(vm, &args, $name)?;
                let d = this(vm, &args)?;
                let f: fn(&[u8]) -> Vec<u8> = $f;
                Ok(result(vm, self_obj(&args), &f(&d)))
            }
        )*
    };
}

byte_maps! {
    b_lower => "lower", |d| d.to_ascii_lowercase();
    b_upper => "upper", |d| d.to_ascii_uppercase();
    b_swapcase => "swapcase", bf::bytes_swapcase;
    b_title => "title", bf::bytes_title;
    b_capitalize => "capitalize", bf::bytes_capitalize;
}

macro_rules! byte_predicates {
    ($($fn_name:ident => $name:literal, $f:expr;)*) => {
        $(
            fn $fn_name(vm: &Vm, args: Args) -> PyResult {
                noargs(vm, &args, $name)?;
                let f: fn(&[u8]) -> bool = $f;
                Ok(vm.bool(f(&this(vm, &args)?)))
            }
        )*
    };
}

byte_predicates! {
    b_isalnum => "isalnum", bf::bytes_isalnum;
    b_isalpha => "isalpha", bf::bytes_isalpha;
    b_isascii => "isascii", |d| d.is_ascii();
    b_isdigit => "isdigit", bf::bytes_isdigit;
    b_islower => "islower", bf::bytes_islower;
    b_isspace => "isspace", bf::bytes_isspace;
    b_istitle => "istitle", bf::bytes_istitle;
    b_isupper => "isupper", bf::bytes_isupper;
}

type Pad = fn(&[u8], usize, u8) -> Result<Vec<u8>, crate::format::FormatError>;

fn pad_impl(vm: &Vm, args: Args, name: &str, pad: Pad) -> PyResult {
    let p = positional(vm, &args, name, 1, 2)?;
    let width = ssize(vm, &p[0])?;
    let fill = match p.get(1) {
        None => b' ',
        Some(f) => match &f.payload {
            Payload::Bytes(b) if b.len() == 1 => b[0],
            Payload::ByteArray(b) if b.borrow().len() == 1 => b.borrow()[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    clinic_type_name(vm, f)
                )))
            }
        },
    };
    let d = this(vm, &args)?;
    if width <= d.len() as isize {
        return Ok(result(vm, self_obj(&args), &d));
    }
    let v = pad(&d, width as usize, fill).map_err(|e| vm.format_err(e))?;
    Ok(new_like(vm, self_obj(&args), v))
}

fn b_center(vm: &Vm, args: Args) -> PyResult {
    pad_impl(vm, args, "center", bf::bytes_center)
}
fn b_ljust(vm: &Vm, args: Args) -> PyResult {
    pad_impl(vm, args, "ljust", bf::bytes_ljust)
}
fn b_rjust(vm: &Vm, args: Args) -> PyResult {
    pad_impl(vm, args, "rjust", bf::bytes_rjust)
}

fn b_zfill(vm: &Vm, args: Args) -> PyResult {
    let width = ssize(vm, one_arg(vm, &args, "zfill")?)?;
    let d = this(vm, &args)?;
    if width <= d.len() as isize {
        return Ok(result(vm, self_obj(&args), &d));
    }
    let v = bf::bytes_zfill(&d, width as usize).map_err(|e| vm.format_err(e))?;
    Ok(new_like(vm, self_obj(&args), v))
}

fn b_expandtabs(vm: &Vm, args: Args) -> PyResult {
    let [tabsize] = keywords(vm, &args, "expandtabs", ["tabsize"], 0, 0)?;
    let tabsize = match tabsize {
        Some(t) => crate::objects::str_args::c_int(vm, t)?,
        None => 8,
    };
    let d = this(vm, &args)?;
    let v = bf::bytes_expandtabs(&d, tabsize).map_err(|e| vm.format_err(e))?;
    Ok(result(vm, self_obj(&args), &v))
}

// ---------------------------------------------------------------------------------------------
// Conversions: decode, hex, translate

fn b_decode(vm: &Vm, args: Args) -> PyResult {
    let [encoding, errors] = keywords(vm, &args, "decode", ["encoding", "errors"], 0, 0)?;
    let (encoding, errors) = codec_args(vm, "decode", encoding, errors)?;
    let d = this(vm, &args)?;
    crate::objects::str_codecs::decode_bytes(
        vm,
        &d,
        encoding.unwrap_or("utf-8"),
        errors.unwrap_or("strict"),
    )
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// The `sep` argument of `hex()`: one ASCII character of a str or bytes.
pub fn hex_separator(vm: &Vm, sep: Option<&PyRef>) -> PyResult<Option<char>> {
    let Some(s) = sep else { return Ok(None) };
    let n = sequence::len(vm, s)?;
    if n != 1 {
        return Err(vm.value_error("sep must be length 1."));
    }
    let c = match &s.payload {
        Payload::Str(t) => t.as_str().chars().next().map_or(0, |c| c as u32),
        Payload::Bytes(b) => u32::from(b[0]),
        _ => return Err(vm.type_error("sep must be str or bytes.")),
    };
    if c > 127 {
        return Err(vm.value_error("sep must be ASCII."));
    }
    Ok(Some(c as u8 as char))
}

/// `_Py_strhex_impl`: hex digits, with `sep` every `per` bytes (counted from the right when
/// positive, from the left when negative).
pub fn hex_string(d: &[u8], sep: Option<char>, per: i32) -> String {
    let group = per.unsigned_abs() as usize;
    let mut out = String::with_capacity(d.len() * 3);
    for (i, b) in d.iter().enumerate() {
        if let (Some(sep), true) = (sep, group > 0 && i > 0) {
            let boundary = if per > 0 {
                (d.len() - i).is_multiple_of(group)
            } else {
                i.is_multiple_of(group)
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push(char::from(HEX[usize::from(b >> 4)]));
        out.push(char::from(HEX[usize::from(b & 15)]));
    }
    out
}

fn b_hex(vm: &Vm, args: Args) -> PyResult {
    let [sep, per] = keywords(vm, &args, "hex", ["sep", "bytes_per_sep"], 0, 0)?;
    let per = match per {
        Some(p) => crate::objects::str_args::c_int(vm, p)?,
        None => 1,
    };
    let sep = hex_separator(vm, sep)?;
    let d = this(vm, &args)?;
    Ok(vm.string(hex_string(&d, sep, per)))
}

fn b_translate(vm: &Vm, args: Args) -> PyResult {
    let [table, delete] = keywords(vm, &args, "translate", ["table", "delete"], 1, 1)?;
    let table = match table {
        Some(t) if !vm.is_none(t) => {
            let t = buffer(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
        _ => None,
    };
    let delete = delete.map(|d| buffer(vm, d)).transpose()?;
    let d = this(vm, &args)?;
    let v: Vec<u8> = d
        .iter()
        .filter(|b| delete.as_ref().is_none_or(|del| !del.contains(b)))
        .map(|&b| table.as_ref().map_or(b, |t| t[usize::from(b)]))
        .collect();
    Ok(result(vm, self_obj(&args), &v))
}

/// The methods bytes and bytearray share.
pub const COMMON: &[MethodDef] = &[
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
    MethodDef::method("__rmul__", b_rmul),
    MethodDef::method("__mod__", b_mod),
    MethodDef::method("__rmod__", b_rmod),
    MethodDef::method("__contains__", b_contains),
    MethodDef::method("capitalize", b_capitalize),
    MethodDef::method("center", b_center),
    MethodDef::method("count", b_count),
    MethodDef::method("decode", b_decode),
    MethodDef::method("endswith", b_endswith),
    MethodDef::method("expandtabs", b_expandtabs),
    MethodDef::method("find", b_find),
    MethodDef::class("fromhex", b_fromhex),
    MethodDef::method("hex", b_hex),
    MethodDef::method("index", b_index),
    MethodDef::method("isalnum", b_isalnum),
    MethodDef::method("isalpha", b_isalpha),
    MethodDef::method("isascii", b_isascii),
    MethodDef::method("isdigit", b_isdigit),
    MethodDef::method("islower", b_islower),
    MethodDef::method("isspace", b_isspace),
    MethodDef::method("istitle", b_istitle),
    MethodDef::method("isupper", b_isupper),
    MethodDef::method("join", b_join),
    MethodDef::method("ljust", b_ljust),
    MethodDef::method("lower", b_lower),
    MethodDef::method("lstrip", b_lstrip),
    MethodDef::static_("maketrans", b_maketrans),
    MethodDef::method("partition", b_partition),
    MethodDef::method("removeprefix", b_removeprefix),
    MethodDef::method("removesuffix", b_removesuffix),
    MethodDef::method("replace", b_replace),
    MethodDef::method("rfind", b_rfind),
    MethodDef::method("rindex", b_rindex),
    MethodDef::method("rjust", b_rjust),
    MethodDef::method("rpartition", b_rpartition),
    MethodDef::method("rsplit", b_rsplit),
    MethodDef::method("rstrip", b_rstrip),
    MethodDef::method("split", b_split),
    MethodDef::method("splitlines", b_splitlines),
    MethodDef::method("startswith", b_startswith),
    MethodDef::method("strip", b_strip),
    MethodDef::method("swapcase", b_swapcase),
    MethodDef::method("title", b_title),
    MethodDef::method("translate", b_translate),
    MethodDef::method("upper", b_upper),
    MethodDef::method("zfill", b_zfill),
];

const BYTES_ONLY: &[MethodDef] = &[
    MethodDef::static_("__new__", bytes_new),
    MethodDef::method("__hash__", b_hash),
    MethodDef::method("__getnewargs__", b_getnewargs),
    MethodDef::method("__bytes__", b_bytes),
];

pub fn init(vm: &Vm) {
    crate::objects::descr::add_methods(vm, &vm.t.bytes, COMMON);
    crate::objects::descr::add_methods(vm, &vm.t.bytes, BYTES_ONLY);
}

/// `bytearray(x)`'s data for an `x` that is not a str (`bytearray___init___impl`).
pub fn bytearray_source(vm: &Vm, x: &PyRef) -> PyResult<Vec<u8>> {
    match size_argument(vm, x) {
        Ok(Some(n)) => return zeros(vm, n),
        Ok(None) => {}
        Err(e) if vm.exc_matches(&e, &vm.t.type_error) => {}
        Err(e) => return Err(e),
    }
    if let Some(b) = crate::objects::memoryview::to_bytes(vm, x) {
        return b;
    }
    if let Some(b) = as_buffer(x) {
        return Ok(b.into_owned());
    }
    let items = match &x.payload {
        Payload::List(l) => l.borrow().clone(),
        Payload::Tuple(t) => t.to_vec(),
        _ => {
            let it = sequence::iter(vm, x).map_err(|e| {
                if vm.exc_matches(&e, &vm.t.type_error) {
                    vm.type_error(format!(
                        "cannot convert '{}' object to bytearray",
                        vm.type_name(x)
                    ))
                } else {
                    e
                }
            })?;
            let mut out = Vec::new();
            while let Some(v) = sequence::next(vm, &it)? {
                out.push(byte_value(vm, &v)?);
            }
            return Ok(out);
        }
    };
    items.iter().map(|v| byte_value(vm, v)).collect()
}
