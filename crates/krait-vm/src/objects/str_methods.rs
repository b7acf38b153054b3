//! The methods of str: mirrors the method table of `Objects/unicodeobject.c`. The text work
//! is done by `format::strfuncs`; this file checks and converts arguments the way CPython's
//! Argument Clinic does (`str_args.rs`) and builds the result objects. `%` and `str.format`
//! live in `str_format.rs`, the codecs in `str_codecs.rs`.

use krait_bytecode::opcode::CompareOp;

use crate::format::strfuncs as sf;
use crate::object::PyRef;
use crate::objects::str::PyStr;
use crate::objects::str_args::{
    clinic_type_name, keywords, keywords_from, new_class, noargs, one_arg, positional, slot_args,
    ssize, tuple_args, window,
};
use crate::objects::Payload;
use crate::protocols::{repr, sequence};
use crate::vm::{Args, MethodDef, PyResult, Vm};

pub use crate::objects::str_codecs::{decode_bytes, encode_str};

/// The `PyStr` of a method's `self`.
fn this<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a PyStr> {
    let o = args
        .pos()
        .first()
        .ok_or_else(|| vm.type_error("unbound method needs an argument"))?;
    o.as_pystr().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'str' object but received a '{}'",
            vm.type_name(o)
        ))
    })
}

fn self_obj<'a>(args: &Args<'a>) -> &'a PyRef {
    &args.pos()[0]
}

/// `self` itself when it is an exact str and `text` is all of it, else a new str (CPython's
/// `unicode_result_unchanged`).
fn result(vm: &Vm, self_: &PyRef, text: &str) -> PyRef {
    match self_.as_str() {
        Some(orig)
            if self_.is_type(&vm.t.str)
                && orig.len() == text.len()
                && (orig.as_ptr() == text.as_ptr() || orig == text) =>
        {
            self_.clone()
        }
        _ => vm.str(text),
    }
}

/// A list built by appending `parts` one by one (`splitlines`).
fn str_list(vm: &Vm, parts: Vec<&str>) -> PyRef {
    let cap = crate::objects::list::appended_capacity(0, 0, parts.len());
    let mut items: Vec<PyRef> = parts.into_iter().map(|p| vm.str(p)).collect();
    crate::objects::list::set_capacity(&mut items, cap);
    vm.list(items)
}

/// The list `split`/`rsplit` return, allocated as CPython's: a separator longer (or wider)
/// than the string gives a one-slot list; otherwise the list is preallocated for
/// `maxsplit + 1` items, at most 12, and grows by appends past that.
fn split_list(vm: &Vm, parts: Vec<&str>, s: &str, sep: Option<&str>, maxsplit: isize) -> PyRef {
    fn kind(s: &str) -> u32 {
        match s.chars().map(|c| c as u32).max().unwrap_or(0) {
            0..=255 => 1,
            256..=65535 => 2,
            _ => 4,
        }
    }
    let cap = match sep {
        Some(sep) if s.chars().count() < sep.chars().count() || kind(s) < kind(sep) => 1,
        _ => {
            let prealloc = if (0..12).contains(&maxsplit) {
                maxsplit as usize + 1
            } else {
                12
            };
            crate::objects::list::appended_capacity(
                prealloc,
                prealloc,
                parts.len().saturating_sub(prealloc),
            )
        }
    };
    let mut items: Vec<PyRef> = parts.into_iter().map(|p| vm.str(p)).collect();
    crate::objects::list::set_capacity(&mut items, cap);
    vm.list(items)
}

/// An argument that must be a str: `must be str, not int`.
fn need_str<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a str> {
    o.as_str()
        .ok_or_else(|| vm.type_error(format!("must be str, not {}", vm.type_name(o))))
}

/// Clinic's `_PyArg_BadArgument`: `replace() argument 1 must be str, not int`.
fn clinic_str<'a>(vm: &Vm, o: &'a PyRef, fname: &str, which: &str) -> PyResult<&'a str> {
    o.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "{fname}() argument {which} must be str, not {}",
            clinic_type_name(vm, o)
        ))
    })
}

// ---------------------------------------------------------------------------------------------
// Construction and the special methods

fn str_new(vm: &Vm, args: Args) -> PyResult {
    let cls = new_class(vm, &args, &vm.t.str)?;
    let [obj, encoding, errors] = keywords_from(
        vm,
        &args.pos()[1..],
        &args,
        "str",
        ["object", "encoding", "errors"],
        0,
        0,
    )?;
    let encoding = encoding
        .map(|e| clinic_str(vm, e, "str", "'encoding'"))
        .transpose()?;
    let errors = errors
        .map(|e| clinic_str(vm, e, "str", "'errors'"))
        .transpose()?;
    let value = match obj {
        None => vm.empty_str.clone(),
        Some(o) if encoding.is_none() && errors.is_none() => repr::str(vm, o)?,
        Some(o) => {
            let data = match &o.payload {
                Payload::Str(_) => return Err(vm.type_error("decoding str is not supported")),
                Payload::Bytes(b) => b.to_vec(),
                _ => match crate::objects::bytes::as_buffer(o) {
                    Some(b) => b.into_owned(),
                    None => {
                        return Err(vm.type_error(format!(
                            "decoding to str: need a bytes-like object, {} found",
                            vm.type_name(o)
                        )))
                    }
                },
            };
            decode_bytes(
                vm,
                &data,
                encoding.unwrap_or("utf-8"),
                errors.unwrap_or("strict"),
            )?
        }
    };
    let text = value.as_str().unwrap_or("");
    if cls.is(&vm.t.str) {
        if value.is_type(&vm.t.str) {
            return Ok(value);
        }
        return Ok(vm.str(text));
    }
    Ok(crate::objects::object::alloc_instance(
        vm,
        cls,
        Payload::Str(PyStr::new(text.into())),
    ))
}

fn str_repr_m(vm: &Vm, args: Args) -> PyResult {
    slot_args(vm, &args, "__repr__", 0)?;
    Ok(vm.string(sf::str_repr(this(vm, &args)?.as_str())))
}

fn str_str(vm: &Vm, args: Args) -> PyResult {
    slot_args(vm, &args, "__str__", 0)?;
    let text = this(vm, &args)?.as_str();
    Ok(result(vm, self_obj(&args), text))
}

fn str_len(vm: &Vm, args: Args) -> PyResult {
    slot_args(vm, &args, "__len__", 0)?;
    Ok(vm.usize(this(vm, &args)?.char_len()))
}

fn str_hash_m(vm: &Vm, args: Args) -> PyResult {
    slot_args(vm, &args, "__hash__", 0)?;
    this(vm, &args)?;
    Ok(vm.int(crate::objects::str::str_hash(self_obj(&args))))
}

/// `s[key]` for an int-like or slice key.
pub fn str_getitem(vm: &Vm, o: &PyRef, key: &PyRef) -> PyResult {
    let st = o
        .as_pystr()
        .ok_or_else(|| vm.type_error("descriptor '__getitem__' requires a 'str' object"))?;
    if let Payload::Slice(sl) = &key.payload {
        let (start, _, step, n) = crate::objects::slice::indices(vm, sl, st.char_len())?;
        if n == 0 {
            return Ok(vm.empty_str.clone());
        }
        if step == 1 {
            let sub = st.slice(start as usize, start as usize + n);
            return Ok(result(vm, o, sub));
        }
        let at = |i: usize| (start + i as isize * step) as usize;
        let out = if st.is_ascii() {
            let bytes = st.as_str().as_bytes();
            let picked: Vec<u8> = (0..n).map(|i| bytes[at(i)]).collect();
            String::from_utf8(picked).expect("bytes of an ASCII str")
        } else {
            let chars: Vec<char> = st.as_str().chars().collect();
            let mut out = String::with_capacity(n * 4);
            out.extend((0..n).map(|i| chars[at(i)]));
            out
        };
        return Ok(vm.string(out));
    }
    let index = match &key.payload {
        Payload::Int(i) => *i,
        Payload::BigInt(_) => {
            return Err(vm.index_error("cannot fit 'int' into an index-sized integer"))
        }
        _ if key.type_data().lookup(&vm.names.__index__).is_some() => {
            let k = crate::protocols::number::index(vm, key)?;
            return str_getitem(vm, o, &k);
        }
        _ => {
            return Err(vm.type_error(format!(
                "string indices must be integers, not '{}'",
                vm.type_name(key)
            )))
        }
    };
    let len = st.char_len() as i64;
    let i = if index < 0 { index + len } else { index };
    if i < 0 || i >= len {
        return Err(vm.index_error("string index out of range"));
    }
    let mut buf = [0u8; 4];
    Ok(vm.str(st.char_at(i as usize).encode_utf8(&mut buf)))
}

fn str_getitem_m(vm: &Vm, args: Args) -> PyResult {
    let p = slot_args(vm, &args, "__getitem__", 1)?;
    str_getitem(vm, self_obj(&args), &p[0])
}

fn str_contains(vm: &Vm, args: Args) -> PyResult {
    let p = slot_args(vm, &args, "__contains__", 1)?;
    let hay = this(vm, &args)?.as_str();
    let needle = p[0].as_str().ok_or_else(|| {
        vm.type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(&p[0])
        ))
    })?;
    Ok(vm.bool(hay.contains(needle)))
}

fn str_iter(vm: &Vm, args: Args) -> PyResult {
    slot_args(vm, &args, "__iter__", 0)?;
    let ty = if this(vm, &args)?.is_ascii() {
        &vm.t.str_ascii_iterator
    } else {
        &vm.t.str_iterator
    };
    Ok(crate::objects::iter::seq_iter(
        vm,
        ty,
        self_obj(&args).clone(),
    ))
}

/// Whether `other` is a user-defined type with the reflected method `name`, which must get
/// its turn before a sequence operation raises (`binary_op1` tries `nb_*` slots first).
fn str_add(vm: &Vm, args: Args) -> PyResult {
    let p = slot_args(vm, &args, "__add__", 1)?;
    let a = this(vm, &args)?.as_str();
    let Some(b) = p[0].as_str() else {
        return Err(vm.type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            vm.type_name(&p[0])
        )));
    };
    let mut r = String::new();
    r.try_reserve(a.len() + b.len())
        .map_err(|_| vm.memory_error())?;
    r.push_str(a);
    r.push_str(b);
    Ok(vm.string(r))
}

/// The count of `seq * n`: `None` when `n` is no index; big ints do not fit.
pub fn repeat_count(vm: &Vm, n: &PyRef) -> PyResult<Option<usize>> {
    let is_index = matches!(n.payload, Payload::Int(_) | Payload::BigInt(_))
        || n.type_data().lookup(&vm.names.__index__).is_some();
    if !is_index {
        return Ok(None);
    }
    let i = crate::protocols::number::index(vm, n)?;
    match &i.payload {
        Payload::Int(v) => Ok(Some(usize::try_from(*v).unwrap_or(0))),
        _ => Err(vm.overflow_error("cannot fit 'int' into an index-sized integer")),
    }
}

/// `TypeError` for `seq * x` with a non-int `x`.
pub fn cant_multiply(vm: &Vm, n: &PyRef) -> PyRef {
    vm.type_error(format!(
        "can't multiply sequence by non-int of type '{}'",
        vm.type_name(n)
    ))
}

fn str_repeat(vm: &Vm, args: &Args, n: &PyRef) -> PyResult {
    let s = this(vm, args)?.as_str();
    let Some(count) = repeat_count(vm, n)? else {
        return Err(crate::protocols::sequence::not_an_index(vm, n));
    };
    if count == 0 || s.is_empty() {
        return Ok(vm.empty_str.clone());
    }
    if count == 1 {
        return Ok(result(vm, self_obj(args), s));
    }
    let chars = s.chars().count();
    if chars
        .checked_mul(count)
        .is_none_or(|t| t > isize::MAX as usize)
    {
        return Err(vm.overflow_error("repeated string is too long"));
    }
    let mut out = String::new();
    out.try_reserve(s.len().saturating_mul(count))
        .map_err(|_| vm.memory_error())?;
    for _ in 0..count {
        out.push_str(s);
    }
    Ok(vm.string(out))
}

fn str_mul(vm: &Vm, args: Args) -> PyResult {
    let p = slot_args(vm, &args, "__mul__", 1)?;
    str_repeat(vm, &args, &p[0])
}

fn str_rmul(vm: &Vm, args: Args) -> PyResult {
    let p = slot_args(vm, &args, "__rmul__", 1)?;
    str_repeat(vm, &args, &p[0])
}

fn str_mod(vm: &Vm, args: Args) -> PyResult {
    let p = slot_args(vm, &args, "__mod__", 1)?;
    let fmt = this(vm, &args)?.as_str();
    crate::objects::str_format::percent_str(vm, fmt, &p[0]).map(|r| vm.string(r))
}

fn str_rmod(vm: &Vm, args: Args) -> PyResult {
    let p = slot_args(vm, &args, "__rmod__", 1)?;
    this(vm, &args)?;
    match p[0].as_str() {
        Some(fmt) => {
            crate::objects::str_format::percent_str(vm, fmt, self_obj(&args)).map(|r| vm.string(r))
        }
        None => Ok(vm.not_implemented()),
    }
}

fn str_cmp(vm: &Vm, args: Args, name: &str, op: CompareOp) -> PyResult {
    let p = slot_args(vm, &args, name, 1)?;
    let a = this(vm, &args)?.as_str();
    let Some(b) = p[0].as_str() else {
        return Ok(vm.not_implemented());
    };
    // UTF-8 byte order is code point order.
    Ok(vm.bool(match op {
        CompareOp::Lt => a < b,
        CompareOp::Le => a <= b,
        CompareOp::Eq => a == b,
        CompareOp::Ne => a != b,
        CompareOp::Gt => a > b,
        CompareOp::Ge => a >= b,
    }))
}

fn str_lt(vm: &Vm, a: Args) -> PyResult {
    str_cmp(vm, a, "__lt__", CompareOp::Lt)
}
fn str_le(vm: &Vm, a: Args) -> PyResult {
    str_cmp(vm, a, "__le__", CompareOp::Le)
}
fn str_eq(vm: &Vm, a: Args) -> PyResult {
    str_cmp(vm, a, "__eq__", CompareOp::Eq)
}
fn str_ne(vm: &Vm, a: Args) -> PyResult {
    str_cmp(vm, a, "__ne__", CompareOp::Ne)
}
fn str_gt(vm: &Vm, a: Args) -> PyResult {
    str_cmp(vm, a, "__gt__", CompareOp::Gt)
}
fn str_ge(vm: &Vm, a: Args) -> PyResult {
    str_cmp(vm, a, "__ge__", CompareOp::Ge)
}

fn str_format_spec(vm: &Vm, args: Args) -> PyResult {
    let spec = one_arg(vm, &args, "__format__")?;
    let text = this(vm, &args)?.as_str();
    let spec = spec.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(spec)
        ))
    })?;
    format_spec(vm, self_obj(&args), text, spec)
}

/// `str.__format__(obj, spec)`, `text` being the str (or subclass) `obj`'s text.
pub fn format_spec(vm: &Vm, obj: &PyRef, text: &str, spec: &str) -> PyResult {
    if spec.is_empty() {
        // An empty spec means `str(self)`, which a subclass may override.
        if obj.is_type(&vm.t.str) {
            return Ok(obj.clone());
        }
        return repr::str(vm, obj);
    }
    let td = obj.type_data();
    let type_name = td.name_ref();
    let parsed = crate::format::spec::parse(spec, &type_name).map_err(|e| vm.format_err(e))?;
    let r = crate::format::spec::format_str_spec(text, &parsed, &type_name);
    drop(type_name);
    r.map(|r| vm.string(r)).map_err(|e| vm.format_err(e))
}

fn str_getnewargs(vm: &Vm, args: Args) -> PyResult {
    noargs(vm, &args, "__getnewargs__")?;
    Ok(vm.tuple(vec![vm.str(this(vm, &args)?.as_str())]))
}

fn str_sizeof(vm: &Vm, args: Args) -> PyResult {
    noargs(vm, &args, "__sizeof__")?;
    this(vm, &args)?;
    Ok(vm.usize(crate::objects::sizeof::str_sizeof(vm, &args.pos()[0])))
}

// ---------------------------------------------------------------------------------------------
// Joining, splitting, stripping

/// The items of `join`'s argument (`PySequence_Fast` with "can only join an iterable").
pub fn join_items(vm: &Vm, iterable: &PyRef) -> PyResult<Vec<PyRef>> {
    match &iterable.payload {
        Payload::List(l) => return Ok(l.borrow().clone()),
        Payload::Tuple(t) => return Ok(t.to_vec()),
        _ => {}
    }
    let it = sequence::iter(vm, iterable).map_err(|e| {
        if vm.exc_matches(&e, &vm.t.type_error) {
            vm.type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let mut items = Vec::new();
    while let Some(v) = sequence::next(vm, &it)? {
        items.push(v);
    }
    Ok(items)
}

fn str_join(vm: &Vm, args: Args) -> PyResult {
    let iterable = one_arg(vm, &args, "join")?;
    let sep = this(vm, &args)?.as_str();
    let items = join_items(vm, iterable)?;
    if items.len() == 1 && items[0].is_type(&vm.t.str) {
        return Ok(items[0].clone());
    }
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, x) in items.iter().enumerate() {
        let t = x.as_str().ok_or_else(|| {
            vm.type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                vm.type_name(x)
            ))
        })?;
        total = total.saturating_add(t.len());
    }
    let mut out = String::new();
    out.try_reserve(total).map_err(|_| vm.memory_error())?;
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(x.as_str().unwrap_or(""));
    }
    Ok(vm.string(out))
}

/// `split`/`rsplit`'s `sep` and `maxsplit`.
fn split_args<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(Option<&'a str>, isize)> {
    let [sep, maxsplit] = keywords(vm, args, name, ["sep", "maxsplit"], 0, 0)?;
    let sep = match sep {
        Some(s) if !vm.is_none(s) => Some(s.as_str().ok_or_else(|| {
            vm.type_error(format!("must be str or None, not {}", vm.type_name(s)))
        })?),
        _ => None,
    };
    let maxsplit = match maxsplit {
        Some(m) => ssize(vm, m)?,
        None => -1,
    };
    Ok((sep, maxsplit))
}

fn str_split(vm: &Vm, args: Args) -> PyResult {
    let (sep, maxsplit) = split_args(vm, &args, "split")?;
    let s = this(vm, &args)?.as_str();
    let parts = match sep {
        None => sf::split_whitespace(s, maxsplit),
        Some(sep) => sf::split_sep(s, sep, maxsplit).map_err(|e| vm.format_err(e))?,
    };
    Ok(split_list(vm, parts, s, sep, maxsplit))
}

fn str_rsplit(vm: &Vm, args: Args) -> PyResult {
    let (sep, maxsplit) = split_args(vm, &args, "rsplit")?;
    let s = this(vm, &args)?.as_str();
    let parts = match sep {
        None => sf::rsplit_whitespace(s, maxsplit),
        Some(sep) => sf::rsplit_sep(s, sep, maxsplit).map_err(|e| vm.format_err(e))?,
    };
    Ok(split_list(vm, parts, s, sep, maxsplit))
}

fn str_splitlines(vm: &Vm, args: Args) -> PyResult {
    let [keepends] = keywords(vm, &args, "splitlines", ["keepends"], 0, 0)?;
    let keepends = match keepends {
        Some(k) => crate::objects::str_args::c_int(vm, k)? != 0,
        None => false,
    };
    let s = this(vm, &args)?.as_str();
    Ok(str_list(vm, sf::splitlines(s, keepends)))
}

type Strip = for<'a> fn(&'a str, Option<&str>) -> &'a str;

fn strip_impl(vm: &Vm, args: Args, name: &str, strip: Strip) -> PyResult {
    let p = positional(vm, &args, name, 0, 1)?;
    let s = this(vm, &args)?.as_str();
    let chars = match p.first() {
        Some(c) if !vm.is_none(c) => Some(
            c.as_str()
                .ok_or_else(|| vm.type_error(format!("{name} arg must be None or str")))?,
        ),
        _ => None,
    };
    Ok(result(vm, self_obj(&args), strip(s, chars)))
}

fn str_strip(vm: &Vm, args: Args) -> PyResult {
    strip_impl(vm, args, "strip", sf::strip)
}
fn str_lstrip(vm: &Vm, args: Args) -> PyResult {
    strip_impl(vm, args, "lstrip", sf::lstrip)
}
fn str_rstrip(vm: &Vm, args: Args) -> PyResult {
    strip_impl(vm, args, "rstrip", sf::rstrip)
}

fn partition_impl(vm: &Vm, args: Args, name: &str, reverse: bool) -> PyResult {
    let sep = one_arg(vm, &args, name)?;
    let s = this(vm, &args)?.as_str();
    let sep = need_str(vm, sep)?;
    let parts = if reverse {
        sf::rpartition(s, sep)
    } else {
        sf::partition(s, sep)
    }
    .map_err(|e| vm.format_err(e))?;
    let whole = |t: &str| result(vm, self_obj(&args), t);
    Ok(vm.tuple(vec![whole(parts.0), vm.str(parts.1), whole(parts.2)]))
}

fn str_partition(vm: &Vm, args: Args) -> PyResult {
    partition_impl(vm, args, "partition", false)
}
fn str_rpartition(vm: &Vm, args: Args) -> PyResult {
    partition_impl(vm, args, "rpartition", true)
}

// ---------------------------------------------------------------------------------------------
// Searching, counting, replacing

/// `find`/`index`/`count`'s `(sub, start, end)`.
fn find_args<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'a str, Option<isize>, Option<isize>)> {
    let p = tuple_args(vm, args, name, 1, 3)?;
    let (start, end) = window(vm, &p[1..])?;
    Ok((need_str(vm, &p[0])?, start, end))
}

/// `str.find`/`rfind` in char indices; without a window the search skips counting chars
/// until it has a match.
fn search(st: &PyStr, sub: &str, start: Option<isize>, end: Option<isize>, reverse: bool) -> isize {
    let s = st.as_str();
    if start.is_none() && end.is_none() && !st.is_ascii() {
        let hit = if reverse { s.rfind(sub) } else { s.find(sub) };
        return hit.map_or(-1, |b| s[..b].chars().count() as isize);
    }
    if reverse {
        sf::rfind(s, sub, start, end)
    } else {
        sf::find(s, sub, start, end)
    }
}

fn str_find(vm: &Vm, args: Args) -> PyResult {
    let (sub, start, end) = find_args(vm, &args, "find")?;
    Ok(vm.int(search(this(vm, &args)?, sub, start, end, false) as i64))
}

fn str_rfind(vm: &Vm, args: Args) -> PyResult {
    let (sub, start, end) = find_args(vm, &args, "rfind")?;
    Ok(vm.int(search(this(vm, &args)?, sub, start, end, true) as i64))
}

fn str_index(vm: &Vm, args: Args) -> PyResult {
    let (sub, start, end) = find_args(vm, &args, "index")?;
    match search(this(vm, &args)?, sub, start, end, false) {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(vm.int(i as i64)),
    }
}

fn str_rindex(vm: &Vm, args: Args) -> PyResult {
    let (sub, start, end) = find_args(vm, &args, "rindex")?;
    match search(this(vm, &args)?, sub, start, end, true) {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(vm.int(i as i64)),
    }
}

fn str_count(vm: &Vm, args: Args) -> PyResult {
    let (sub, start, end) = find_args(vm, &args, "count")?;
    Ok(vm.usize(sf::count(this(vm, &args)?.as_str(), sub, start, end)))
}

/// `tailmatch`: whether `sub` is at the start (or end) of the char window `start..end`.
fn tailmatch(
    st: &PyStr,
    sub: &str,
    start: Option<isize>,
    end: Option<isize>,
    at_end: bool,
) -> bool {
    if start.is_none() && end.is_none() {
        // The whole string: a byte-wise prefix/suffix test of the UTF-8 text is the same.
        return if at_end {
            st.as_str().ends_with(sub)
        } else {
            st.as_str().starts_with(sub)
        };
    }
    let len = st.char_len();
    let (start, end) = sf::adjust_indices(start, end, len);
    let sub_len = sub.chars().count();
    if start > end || end - start < sub_len {
        return false;
    }
    if sub_len == 0 {
        return true;
    }
    let window = st.slice(start, end);
    if at_end {
        window.ends_with(sub)
    } else {
        window.starts_with(sub)
    }
}

fn affix_impl(vm: &Vm, args: Args, name: &str, at_end: bool) -> PyResult {
    let p = tuple_args(vm, &args, name, 1, 3)?;
    let (start, end) = window(vm, &p[1..])?;
    let st = this(vm, &args)?;
    if let Some(items) = p[0].as_tuple() {
        for x in items {
            let sub = x.as_str().ok_or_else(|| {
                vm.type_error(format!(
                    "tuple for {name} must only contain str, not {}",
                    vm.type_name(x)
                ))
            })?;
            if tailmatch(st, sub, start, end, at_end) {
                return Ok(vm.bool(true));
            }
        }
        return Ok(vm.bool(false));
    }
    let sub = p[0].as_str().ok_or_else(|| {
        vm.type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            vm.type_name(&p[0])
        ))
    })?;
    Ok(vm.bool(tailmatch(st, sub, start, end, at_end)))
}

fn str_startswith(vm: &Vm, args: Args) -> PyResult {
    affix_impl(vm, args, "startswith", false)
}
fn str_endswith(vm: &Vm, args: Args) -> PyResult {
    affix_impl(vm, args, "endswith", true)
}

fn str_replace(vm: &Vm, args: Args) -> PyResult {
    let p = positional(vm, &args, "replace", 2, 3)?;
    let old = clinic_str(vm, &p[0], "replace", "1")?;
    let new = clinic_str(vm, &p[1], "replace", "2")?;
    let count = match p.get(2) {
        Some(c) => ssize(vm, c)?,
        None => -1,
    };
    let s = this(vm, &args)?.as_str();
    if count == 0 || (!old.is_empty() && !s.contains(old)) {
        return Ok(result(vm, self_obj(&args), s));
    }
    Ok(vm.string(sf::replace(s, old, new, count)))
}

fn affix_remove(vm: &Vm, args: Args, name: &str, suffix: bool) -> PyResult {
    let arg = one_arg(vm, &args, name)?;
    let s = this(vm, &args)?.as_str();
    let affix = arg.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "{name}() argument must be str, not {}",
            clinic_type_name(vm, arg)
        ))
    })?;
    let r = if suffix {
        sf::removesuffix(s, affix)
    } else {
        sf::removeprefix(s, affix)
    };
    Ok(result(vm, self_obj(&args), r))
}

fn str_removeprefix(vm: &Vm, args: Args) -> PyResult {
    affix_remove(vm, args, "removeprefix", false)
}
fn str_removesuffix(vm: &Vm, args: Args) -> PyResult {
    affix_remove(vm, args, "removesuffix", true)
}

// ---------------------------------------------------------------------------------------------
// Case mapping and classification

macro_rules! case_methods {
    ($($fn_name:ident => $name:literal, $f:path;)*) => {
        $(
            fn $fn_name(vm: &Vm, args: Args) -> PyResult {
                noargs(vm, &args, $name)?;
                let s = this(vm, &args)?.as_str();
                let r = $f(s);
                Ok(result(vm, self_obj(&args), &r))
            }
        )*
    };
}

case_methods! {
    str_lower => "lower", sf::lower;
    str_upper => "upper", sf::upper;
    str_casefold => "casefold", sf::casefold;
    str_swapcase => "swapcase", sf::swapcase;
    str_title => "title", sf::title;
    str_capitalize => "capitalize", sf::capitalize;
}

fn is_ascii(s: &str) -> bool {
    s.is_ascii()
}

macro_rules! predicates {
    ($($fn_name:ident => $name:literal, $f:path;)*) => {
        $(
            fn $fn_name(vm: &Vm, args: Args) -> PyResult {
                noargs(vm, &args, $name)?;
                Ok(vm.bool($f(this(vm, &args)?.as_str())))
            }
        )*
    };
}

predicates! {
    str_isalpha => "isalpha", sf::str_isalpha;
    str_isalnum => "isalnum", sf::str_isalnum;
    str_isdecimal => "isdecimal", sf::str_isdecimal;
    str_isdigit => "isdigit", sf::str_isdigit;
    str_isnumeric => "isnumeric", sf::str_isnumeric;
    str_isspace => "isspace", sf::str_isspace;
    str_isprintable => "isprintable", sf::str_isprintable;
    str_isidentifier => "isidentifier", sf::str_isidentifier;
    str_islower => "islower", sf::str_islower;
    str_isupper => "isupper", sf::str_isupper;
    str_istitle => "istitle", sf::str_istitle;
    str_isascii => "isascii", is_ascii;
}

// ---------------------------------------------------------------------------------------------
// Padding

/// `center`/`ljust`/`rjust`'s width and fill character.
fn pad_args(vm: &Vm, args: &Args, name: &str) -> PyResult<(isize, char)> {
    let p = positional(vm, args, name, 1, 2)?;
    let width = ssize(vm, &p[0])?;
    let fill = match p.get(1) {
        None => ' ',
        Some(f) => {
            let t = f.as_str().ok_or_else(|| {
                vm.type_error(format!(
                    "The fill character must be a unicode character, not {}",
                    vm.type_name(f)
                ))
            })?;
            let mut chars = t.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
    };
    Ok((width, fill))
}

type Pad = fn(&str, usize, char) -> Result<String, crate::format::FormatError>;

fn pad_impl(vm: &Vm, args: Args, name: &str, pad: Pad) -> PyResult {
    let (width, fill) = pad_args(vm, &args, name)?;
    let st = this(vm, &args)?;
    if width <= st.char_len() as isize {
        return Ok(result(vm, self_obj(&args), st.as_str()));
    }
    pad(st.as_str(), width as usize, fill)
        .map(|r| vm.string(r))
        .map_err(|e| vm.format_err(e))
}

fn str_center(vm: &Vm, args: Args) -> PyResult {
    pad_impl(vm, args, "center", sf::center)
}
fn str_ljust(vm: &Vm, args: Args) -> PyResult {
    pad_impl(vm, args, "ljust", sf::ljust)
}
fn str_rjust(vm: &Vm, args: Args) -> PyResult {
    pad_impl(vm, args, "rjust", sf::rjust)
}

fn str_zfill(vm: &Vm, args: Args) -> PyResult {
    let width = ssize(vm, one_arg(vm, &args, "zfill")?)?;
    let st = this(vm, &args)?;
    if width <= st.char_len() as isize {
        return Ok(result(vm, self_obj(&args), st.as_str()));
    }
    sf::zfill(st.as_str(), width as usize)
        .map(|r| vm.string(r))
        .map_err(|e| vm.format_err(e))
}

fn str_expandtabs(vm: &Vm, args: Args) -> PyResult {
    let [tabsize] = keywords(vm, &args, "expandtabs", ["tabsize"], 0, 0)?;
    let tabsize = match tabsize {
        Some(t) => crate::objects::str_args::c_int(vm, t)?,
        None => 8,
    };
    let s = this(vm, &args)?.as_str();
    if !s.contains('\t') {
        return Ok(result(vm, self_obj(&args), s));
    }
    sf::expandtabs(s, tabsize)
        .map(|r| vm.string(r))
        .map_err(|e| vm.format_err(e))
}

// ---------------------------------------------------------------------------------------------
// Encoding and translation

fn str_encode(vm: &Vm, args: Args) -> PyResult {
    let [encoding, errors] = keywords(vm, &args, "encode", ["encoding", "errors"], 0, 0)?;
    let encoding = encoding
        .map(|e| clinic_str(vm, e, "encode", "'encoding'"))
        .transpose()?;
    let errors = errors
        .map(|e| clinic_str(vm, e, "encode", "'errors'"))
        .transpose()?;
    let s = this(vm, &args)?.as_str();
    let b = encode_str(
        vm,
        s,
        encoding.unwrap_or("utf-8"),
        errors.unwrap_or("strict"),
    )?;
    Ok(vm.bytes_vec(b))
}

/// What `table[ord(c)]` says about `c` (`charmaptranslate_lookup`).
fn translate_lookup(vm: &Vm, table: &PyRef, c: char) -> PyResult<sf::Translation> {
    let v = match sequence::getitem(vm, table, &vm.int(i64::from(c as u32))) {
        Ok(v) => v,
        Err(e) if vm.exc_matches(&e, &vm.t.lookup_error) => return Ok(sf::Translation::Keep),
        Err(e) => return Err(e),
    };
    if vm.is_none(&v) {
        return Ok(sf::Translation::Delete);
    }
    match &v.payload {
        Payload::Int(i) => u32::try_from(*i)
            .ok()
            .and_then(char::from_u32)
            .map(sf::Translation::Char)
            .ok_or_else(|| vm.value_error(sf::TRANSLATE_MAPPING_RANGE)),
        Payload::BigInt(_) => Err(vm.value_error(sf::TRANSLATE_MAPPING_RANGE)),
        Payload::Str(s) => {
            let text = s.as_str();
            let mut chars = text.chars();
            Ok(match (chars.next(), chars.next()) {
                (Some(only), None) => sf::Translation::Char(only),
                (None, _) => sf::Translation::Delete,
                _ => sf::Translation::Str(text.to_string()),
            })
        }
        _ => Err(vm.type_error(sf::TRANSLATE_MAPPING_TYPE)),
    }
}

fn str_translate(vm: &Vm, args: Args) -> PyResult {
    let table = one_arg(vm, &args, "translate")?;
    let s = this(vm, &args)?.as_str();
    let r = sf::translate(s, |c| translate_lookup(vm, table, c))?;
    Ok(result(vm, self_obj(&args), &r))
}

fn str_maketrans(vm: &Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("str.maketrans() takes no keyword arguments"));
    }
    let p = args.pos();
    crate::objects::str_args::check_positional(vm, "maketrans", p.len(), 1, 3)?;
    let out = vm.dict();
    let table = out
        .as_dict()
        .ok_or_else(|| vm.system_error("dict expected"))?;
    if p.len() == 1 {
        let Some(src) = p[0].as_dict().filter(|_| p[0].is_type(&vm.t.dict)) else {
            return Err(vm.type_error(sf::MAKETRANS_ONE_ARG_DICT));
        };
        for (k, v) in src.items() {
            let key = match &k.payload {
                Payload::Str(s) => {
                    let mut chars = s.as_str().chars();
                    match (chars.next(), chars.next()) {
                        (Some(c), None) => vm.int(i64::from(c as u32)),
                        _ => return Err(vm.value_error(sf::MAKETRANS_KEY_LENGTH)),
                    }
                }
                Payload::Int(_) | Payload::BigInt(_) => k.clone(),
                _ => return Err(vm.type_error(sf::MAKETRANS_KEY_TYPE)),
            };
            table.set(vm, key, v)?;
        }
        return Ok(out);
    }
    let to = clinic_str(vm, &p[1], "maketrans", "2")?;
    let delete = p
        .get(2)
        .map(|z| clinic_str(vm, z, "maketrans", "3"))
        .transpose()?;
    let from = p[0]
        .as_str()
        .ok_or_else(|| vm.type_error(sf::MAKETRANS_FIRST_ARG_STR))?;
    if from.chars().count() != to.chars().count() {
        return Err(vm.value_error(sf::MAKETRANS_EQUAL_LENGTH));
    }
    for (a, b) in from.chars().zip(to.chars()) {
        table.set(vm, vm.int(i64::from(a as u32)), vm.int(i64::from(b as u32)))?;
    }
    for c in delete.unwrap_or("").chars() {
        table.set(vm, vm.int(i64::from(c as u32)), vm.none())?;
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Formatting

fn str_format_m(vm: &Vm, args: Args) -> PyResult {
    let template = this(vm, &args)?.as_str();
    let kwargs = (!args.kwnames.is_empty()).then(|| {
        let kwargs = vm.dict();
        if let Some(d) = kwargs.as_dict() {
            for (k, v) in args.kwargs() {
                d.set_str(vm, k, v.clone());
            }
        }
        kwargs
    });
    let positional = &args.pos()[1..];
    crate::objects::str_format::format(vm, template, Some(positional), kwargs.as_ref())
        .map(|r| vm.string(r))
}

fn str_format_map(vm: &Vm, args: Args) -> PyResult {
    let mapping = one_arg(vm, &args, "format_map")?;
    let template = this(vm, &args)?.as_str();
    crate::objects::str_format::format(vm, template, None, Some(mapping)).map(|r| vm.string(r))
}

const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", str_new),
    MethodDef::method("__repr__", str_repr_m),
    MethodDef::method("__str__", str_str),
    MethodDef::method("__len__", str_len),
    MethodDef::method("__hash__", str_hash_m),
    MethodDef::method("__getitem__", str_getitem_m),
    MethodDef::method("__contains__", str_contains),
    MethodDef::method("__iter__", str_iter),
    MethodDef::method("__add__", str_add),
    MethodDef::method("__mul__", str_mul),
    MethodDef::method("__rmul__", str_rmul),
    MethodDef::method("__mod__", str_mod),
    MethodDef::method("__rmod__", str_rmod),
    MethodDef::method("__lt__", str_lt),
    MethodDef::method("__le__", str_le),
    MethodDef::method("__eq__", str_eq),
    MethodDef::method("__ne__", str_ne),
    MethodDef::method("__gt__", str_gt),
    MethodDef::method("__ge__", str_ge),
    MethodDef::method("__format__", str_format_spec),
    MethodDef::method("__getnewargs__", str_getnewargs),
    MethodDef::method("__sizeof__", str_sizeof),
    MethodDef::method("capitalize", str_capitalize),
    MethodDef::method("casefold", str_casefold),
    MethodDef::method("center", str_center),
    MethodDef::method("count", str_count),
    MethodDef::method("encode", str_encode),
    MethodDef::method("endswith", str_endswith),
    MethodDef::method("expandtabs", str_expandtabs),
    MethodDef::method("find", str_find),
    MethodDef::method("format", str_format_m),
    MethodDef::method("format_map", str_format_map),
    MethodDef::method("index", str_index),
    MethodDef::method("isalnum", str_isalnum),
    MethodDef::method("isalpha", str_isalpha),
    MethodDef::method("isascii", str_isascii),
    MethodDef::method("isdecimal", str_isdecimal),
    MethodDef::method("isdigit", str_isdigit),
    MethodDef::method("isidentifier", str_isidentifier),
    MethodDef::method("islower", str_islower),
    MethodDef::method("isnumeric", str_isnumeric),
    MethodDef::method("isprintable", str_isprintable),
    MethodDef::method("isspace", str_isspace),
    MethodDef::method("istitle", str_istitle),
    MethodDef::method("isupper", str_isupper),
    MethodDef::method("join", str_join),
    MethodDef::method("ljust", str_ljust),
    MethodDef::method("lower", str_lower),
    MethodDef::method("lstrip", str_lstrip),
    MethodDef::static_("maketrans", str_maketrans),
    MethodDef::method("partition", str_partition),
    MethodDef::method("removeprefix", str_removeprefix),
    MethodDef::method("removesuffix", str_removesuffix),
    MethodDef::method("replace", str_replace),
    MethodDef::method("rfind", str_rfind),
    MethodDef::method("rindex", str_rindex),
    MethodDef::method("rjust", str_rjust),
    MethodDef::method("rpartition", str_rpartition),
    MethodDef::method("rsplit", str_rsplit),
    MethodDef::method("rstrip", str_rstrip),
    MethodDef::method("split", str_split),
    MethodDef::method("splitlines", str_splitlines),
    MethodDef::method("startswith", str_startswith),
    MethodDef::method("strip", str_strip),
    MethodDef::method("swapcase", str_swapcase),
    MethodDef::method("title", str_title),
    MethodDef::method("translate", str_translate),
    MethodDef::method("upper", str_upper),
    MethodDef::method("zfill", str_zfill),
];

pub fn init(vm: &Vm) {
    crate::objects::descr::add_methods(vm, &vm.t.str, METHODS);
}
