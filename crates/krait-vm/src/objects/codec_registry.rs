//! The codec registry and the error handler registry: mirrors Python/codecs.c. Search
//! functions (`codecs.register`) map a normalized encoding name to a `CodecInfo`; the first
//! lookup imports `encodings`, whose search function comes first. Error handlers are looked up
//! by name; the built-in ones (`strict_errors` ...) are native functions here. `str.encode`
//! and `bytes.decode` come here for encodings `str_codecs` does not build in.

use std::cell::RefCell;
use std::collections::HashMap;

use crate::object::{GilStatic, PyRef};
use crate::objects::type_::is_subtype;
use crate::objects::Payload;
use crate::vm::{Args, PyResult, Vm};

#[derive(Default)]
struct Registry {
    /// `encodings` was imported (or is being imported).
    initialized: bool,
    search: Vec<PyRef>,
    cache: HashMap<String, PyRef>,
    /// Error handlers by name; empty until first used.
    errors: HashMap<String, PyRef>,
}

static REGISTRY: GilStatic<RefCell<Option<Registry>>> = GilStatic::new(RefCell::new(None));

fn with<R>(f: impl FnOnce(&mut Registry) -> R) -> R {
    REGISTRY.with(|r| f(r.borrow_mut().get_or_insert_with(Registry::default)))
}

/// Import `encodings` once, which registers its search function (`_PyCodecRegistry_Init`).
fn ensure_init(vm: &Vm) -> PyResult<()> {
    if with(|r| std::mem::replace(&mut r.initialized, true)) {
        return Ok(());
    }
    crate::import::import_module(vm, "encodings").map(drop)
}

/// `codecs.register(search_function)`.
pub fn register(vm: &Vm, f: &PyRef) -> PyResult<()> {
    if !crate::protocols::call::is_callable(vm, f) {
        return Err(vm.type_error("argument must be callable"));
    }
    ensure_init(vm)?;
    with(|r| r.search.push(f.clone()));
    Ok(())
}

/// `codecs.unregister(search_function)`: also empties the cache.
pub fn unregister(f: &PyRef) {
    with(|r| {
        if let Some(i) = r.search.iter().position(|s| s.is(f)) {
            r.search.remove(i);
            r.cache.clear();
        }
    });
}

/// `codecs.lookup(encoding)`: the codec's 4-tuple (a `CodecInfo` in practice).
pub fn lookup(vm: &Vm, encoding: &str) -> PyResult {
    ensure_init(vm)?;
    let key = crate::objects::str_codecs::normalize(encoding, true);
    if let Some(hit) = with(|r| r.cache.get(&key).cloned()) {
        return Ok(hit);
    }
    let search = with(|r| r.search.clone());
    let name = vm.string(key.clone());
    for f in &search {
        let found = crate::protocols::call::call(vm, f, std::slice::from_ref(&name))?;
        if vm.is_none(&found) {
            continue;
        }
        if found.as_tuple().map(<[PyRef]>::len) != Some(4) {
            return Err(vm.type_error("codec search functions must return 4-tuples"));
        }
        with(|r| r.cache.insert(key, found.clone()));
        return Ok(found);
    }
    Err(vm.new_exc(&vm.t.lookup_error, format!("unknown encoding: {encoding}")))
}

/// The builtin exception classes whose instances hold nothing but their args (their
/// `__init__` and `__new__` are BaseException's).
fn is_simple_builtin(vm: &Vm, ty: &PyRef) -> bool {
    let t = &vm.t;
    [
        &t.base_exception,
        &t.exception,
        &t.type_error,
        &t.value_error,
        &t.index_error,
        &t.lookup_error,
        &t.key_error,
        &t.runtime_error,
        &t.not_implemented_error,
        &t.recursion_error,
        &t.arithmetic_error,
        &t.overflow_error,
        &t.zero_division_error,
        &t.floating_point_error,
        &t.assertion_error,
        &t.buffer_error,
        &t.eof_error,
        &t.unicode_error,
        &t.keyboard_interrupt,
        &t.generator_exit,
        &t.reference_error,
        &t.system_error,
        &t.stop_async_iteration,
        &t.warning,
        &t.deprecation_warning,
        &t.runtime_warning,
        &t.user_warning,
    ]
    .iter()
    .any(|c| c.is(ty))
}

/// Whether `wrap_error` may replace an instance of `ty` (`_PyErr_TrySetFromCause`): its
/// constructor and layout are BaseException's, so classes defined in Python qualify unless
/// they define `__init__`, `__new__` or `__slots__`.
fn is_simple_exception(vm: &Vm, ty: &PyRef) -> bool {
    let Some(td) = ty.as_type() else {
        return false;
    };
    for c in td.mro.borrow().iter() {
        let Some(ct) = c.as_type() else {
            return false;
        };
        if !ct.is_heap() {
            return is_simple_builtin(vm, c);
        }
        if ["__init__", "__new__", "__slots__"]
            .iter()
            .any(|k| ct.dict.get_str(k).is_some())
        {
            return false;
        }
    }
    false
}

/// An error raised while a codec ran through the registry, re-raised as CPython 3.11's
/// `wrap_codec_error` does: "encoding with 'X' codec failed (TypeError: ...)" with the
/// original as `__cause__`, when its type holds nothing but a message.
pub fn wrap_error(vm: &Vm, err: PyRef, op: &str, encoding: &str) -> PyRef {
    let ty = err.class();
    if !is_simple_exception(vm, &ty) {
        return err;
    }
    let Some(e) = err.as_exception() else {
        return err;
    };
    let args = e.args_vec();
    let plain = match args.as_slice() {
        [] => true,
        [a] => a.class().is(&vm.t.str),
        _ => false,
    };
    let instance_dict_empty =
        match crate::protocols::attr::getattr_opt(vm, &err, &vm.intern("__dict__")) {
            Ok(Some(d)) => d.as_dict().is_none_or(|d| d.is_empty()),
            _ => true,
        };
    if !plain || !e.attrs.borrow().is_empty() || !instance_dict_empty {
        return err;
    }
    let text = crate::protocols::repr::str(vm, &err)
        .ok()
        .and_then(|s| s.as_str().map(str::to_string))
        .unwrap_or_default();
    let tyname = ty.as_type().map(|t| t.name()).unwrap_or_default();
    let new = vm.new_exc(
        &ty,
        format!("{op} with '{encoding}' codec failed ({tyname}: {text})"),
    );
    if let Some(n) = new.as_exception() {
        n.cause.set(Some(err.clone()));
        n.context.set(Some(err));
        n.suppress_context.set(true);
    }
    new
}

/// `codec_info[index]` (0: encoder, 1: decoder).
fn codec_function(vm: &Vm, info: &PyRef, index: usize) -> PyResult {
    info.as_tuple()
        .and_then(|t| t.get(index).cloned())
        .ok_or_else(|| vm.type_error("codec search functions must return 4-tuples"))
}

/// Call a codec's encoder or decoder and take the object of its `(object, length)` result
/// (`_PyCodec_EncodeInternal`).
fn run_codec(
    vm: &Vm,
    f: &PyRef,
    obj: PyRef,
    errors: Option<&str>,
    encoding: &str,
    encode: bool,
) -> PyResult {
    let mut args = vec![obj];
    if let Some(e) = errors {
        args.push(vm.str(e));
    }
    let op = if encode { "encoding" } else { "decoding" };
    let r =
        crate::protocols::call::call(vm, f, &args).map_err(|e| wrap_error(vm, e, op, encoding))?;
    match r.as_tuple() {
        Some([obj, _]) => Ok(obj.clone()),
        _ => Err(vm.type_error(if encode {
            "encoder must return a tuple (object, integer)"
        } else {
            "decoder must return a tuple (object, integer)"
        })),
    }
}

/// `codecs.encode(obj, encoding, errors)`.
pub fn encode(vm: &Vm, obj: PyRef, encoding: &str, errors: Option<&str>) -> PyResult {
    let info = lookup(vm, encoding)?;
    let f = codec_function(vm, &info, 0)?;
    run_codec(vm, &f, obj, errors, encoding, true)
}

/// `codecs.decode(obj, encoding, errors)`.
pub fn decode(vm: &Vm, obj: PyRef, encoding: &str, errors: Option<&str>) -> PyResult {
    let info = lookup(vm, encoding)?;
    let f = codec_function(vm, &info, 1)?;
    run_codec(vm, &f, obj, errors, encoding, false)
}

/// The codec of `encoding` if it is a text encoding (`_PyCodec_LookupTextEncoding`).
fn text_codec(vm: &Vm, encoding: &str, alternate: &str) -> PyResult {
    let info = lookup(vm, encoding)?;
    if info.as_tuple().is_some() && !info.class().is(&vm.t.tuple) {
        if let Some(flag) =
            crate::protocols::attr::getattr_opt(vm, &info, &vm.intern("_is_text_encoding"))?
        {
            if !crate::protocols::compare::is_true(vm, &flag)? {
                return Err(vm.new_exc(
                    &vm.t.lookup_error,
                    format!("'{encoding}' is not a text encoding; use {alternate} to handle arbitrary codecs"),
                ));
            }
        }
    }
    Ok(info)
}

/// `text.encode(encoding, errors)` through the registry.
pub fn encode_text(vm: &Vm, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let info = text_codec(vm, encoding, "codecs.encode()")?;
    let f = codec_function(vm, &info, 0)?;
    let r = run_codec(vm, &f, vm.str(text), Some(errors), encoding, true)?;
    match &r.payload {
        Payload::Bytes(b) => Ok(b.to_vec()),
        Payload::ByteArray(b) => Ok(b.borrow().clone()),
        _ => Err(vm.type_error(format!(
            "'{encoding}' encoder returned '{}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
            vm.type_name(&r)
        ))),
    }
}

/// `data.decode(encoding, errors)` through the registry.
pub fn decode_text(vm: &Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult {
    let info = text_codec(vm, encoding, "codecs.decode()")?;
    let f = codec_function(vm, &info, 1)?;
    // CPython hands the decoder a memoryview of the data (`PyUnicode_Decode`).
    let view = crate::objects::memoryview::from_object(vm, &vm.bytes(data))?;
    let r = run_codec(vm, &f, view, Some(errors), encoding, false)?;
    if r.as_str().is_none() {
        return Err(vm.type_error(format!(
            "'{encoding}' decoder returned '{}' instead of 'str'; use codecs.decode() to decode to arbitrary types",
            vm.type_name(&r)
        )));
    }
    Ok(r)
}

// ---------------------------------------------------------------------------------------------
// Error handlers

/// `codecs.register_error(name, handler)`.
pub fn register_error(vm: &Vm, name: &str, f: &PyRef) -> PyResult<()> {
    if !crate::protocols::call::is_callable(vm, f) {
        return Err(vm.type_error("handler must be callable"));
    }
    init_errors(vm);
    with(|r| r.errors.insert(name.to_string(), f.clone()));
    Ok(())
}

/// `codecs.lookup_error(name)`.
pub fn lookup_error(vm: &Vm, name: &str) -> PyResult {
    init_errors(vm);
    with(|r| r.errors.get(name).cloned()).ok_or_else(|| {
        vm.new_exc(
            &vm.t.lookup_error,
            format!("unknown error handler name '{name}'"),
        )
    })
}

/// The built-in handlers: registry name and function name.
const BUILTIN_HANDLERS: [(&str, &str); 8] = [
    ("strict", "strict_errors"),
    ("ignore", "ignore_errors"),
    ("replace", "replace_errors"),
    ("xmlcharrefreplace", "xmlcharrefreplace_errors"),
    ("backslashreplace", "backslashreplace_errors"),
    ("namereplace", "namereplace_errors"),
    ("surrogateescape", "surrogateescape"),
    ("surrogatepass", "surrogatepass"),
];

/// A native function of one argument named `name` running `f` (METH_O).
macro_rules! handler_entry {
    ($name:literal, $f:path) => {{
        fn entry(vm: &Vm, args: Args) -> PyResult {
            match args.pos() {
                [exc] if args.kwnames.is_empty() => $f(vm, exc),
                _ if !args.kwnames.is_empty() => {
                    Err(vm.type_error(format!("{}() takes no keyword arguments", $name)))
                }
                p => Err(vm.type_error(format!(
                    "{}() takes exactly one argument ({} given)",
                    $name,
                    p.len()
                ))),
            }
        }
        entry as crate::vm::NativeFn
    }};
}

fn init_errors(vm: &Vm) {
    if with(|r| !r.errors.is_empty()) {
        return;
    }
    let entries: [crate::vm::NativeFn; 8] = [
        handler_entry!("strict_errors", strict_errors),
        handler_entry!("ignore_errors", ignore_errors),
        handler_entry!("replace_errors", replace_errors),
        handler_entry!("xmlcharrefreplace_errors", xmlcharrefreplace_errors),
        handler_entry!("backslashreplace_errors", backslashreplace_errors),
        handler_entry!("namereplace_errors", namereplace_errors),
        handler_entry!("surrogateescape", surrogateescape_errors),
        handler_entry!("surrogatepass", surrogatepass_errors),
    ];
    for ((key, fname), entry) in BUILTIN_HANDLERS.iter().zip(entries) {
        let f = crate::objects::builtin_func::new_native(vm, fname, entry);
        with(|r| r.errors.insert((*key).to_string(), f));
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Encode,
    Decode,
    Translate,
}

fn kind_of(vm: &Vm, exc: &PyRef) -> Option<Kind> {
    let ty = exc.ty();
    if is_subtype(ty, &vm.t.unicode_encode_error) {
        Some(Kind::Encode)
    } else if is_subtype(ty, &vm.t.unicode_decode_error) {
        Some(Kind::Decode)
    } else if is_subtype(ty, &vm.t.unicode_translate_error) {
        Some(Kind::Translate)
    } else {
        None
    }
}

fn cannot_handle(vm: &Vm, exc: &PyRef) -> PyRef {
    vm.type_error(format!(
        "don't know how to handle {} in error callback",
        vm.type_name(exc)
    ))
}

/// The exception's object and its `start`/`end`, clamped as `PyUnicodeEncodeError_GetStart`
/// and `_GetEnd` do.
struct Span {
    text: Option<Vec<char>>,
    data: Option<Vec<u8>>,
    start: usize,
    end: usize,
}

fn span(vm: &Vm, exc: &PyRef, kind: Kind) -> PyResult<Span> {
    let get = |name: &str| crate::protocols::attr::getattr_str(vm, exc, name);
    let obj = get("object")?;
    let (text, data, len) = if kind == Kind::Decode {
        let b = crate::objects::bytes::as_buffer(&obj)
            .ok_or_else(|| vm.type_error("object attribute must be bytes"))?
            .into_owned();
        let n = b.len();
        (None, Some(b), n)
    } else {
        let s: Vec<char> = obj
            .as_str()
            .ok_or_else(|| vm.type_error("object attribute must be unicode"))?
            .chars()
            .collect();
        let n = s.len();
        (Some(s), None, n)
    };
    let start = crate::objects::int::to_i64(vm, &get("start")?)?;
    let end = crate::objects::int::to_i64(vm, &get("end")?)?;
    let len_i = len as i64;
    let start = if start < 0 {
        0
    } else if start >= len_i {
        (len_i - 1).max(0)
    } else {
        start
    };
    let end = end.clamp(1, len_i.max(1)).min(len_i);
    Ok(Span {
        text,
        data,
        start: start as usize,
        end: (end.max(start)) as usize,
    })
}

fn result(vm: &Vm, rep: String, pos: usize) -> PyResult {
    Ok(vm.tuple(vec![vm.string(rep), vm.usize(pos)]))
}

fn strict_errors(vm: &Vm, exc: &PyRef) -> PyResult {
    if is_subtype(exc.ty(), &vm.t.base_exception) {
        Err(exc.clone())
    } else {
        Err(vm.type_error("codec must pass exception instance"))
    }
}

fn ignore_errors(vm: &Vm, exc: &PyRef) -> PyResult {
    let kind = kind_of(vm, exc).ok_or_else(|| cannot_handle(vm, exc))?;
    let s = span(vm, exc, kind)?;
    result(vm, String::new(), s.end)
}

fn replace_errors(vm: &Vm, exc: &PyRef) -> PyResult {
    let kind = kind_of(vm, exc).ok_or_else(|| cannot_handle(vm, exc))?;
    let s = span(vm, exc, kind)?;
    let n = s.end - s.start;
    let rep = match kind {
        Kind::Encode => "?".repeat(n),
        Kind::Decode => "\u{fffd}".to_string(),
        Kind::Translate => "\u{fffd}".repeat(n),
    };
    result(vm, rep, s.end)
}

fn chars_of(s: &Span) -> &[char] {
    s.text.as_deref().map_or(&[], |t| &t[s.start..s.end])
}

fn xmlcharrefreplace_errors(vm: &Vm, exc: &PyRef) -> PyResult {
    if kind_of(vm, exc) != Some(Kind::Encode) {
        return Err(cannot_handle(vm, exc));
    }
    let s = span(vm, exc, Kind::Encode)?;
    let rep: String = chars_of(&s)
        .iter()
        .map(|&c| format!("&#{};", c as u32))
        .collect();
    result(vm, rep, s.end)
}

fn backslashreplace_errors(vm: &Vm, exc: &PyRef) -> PyResult {
    let kind = kind_of(vm, exc).ok_or_else(|| cannot_handle(vm, exc))?;
    let s = span(vm, exc, kind)?;
    let rep: String = match &s.data {
        Some(d) => d[s.start..s.end]
            .iter()
            .map(|b| format!("\\x{b:02x}"))
            .collect(),
        None => chars_of(&s)
            .iter()
            .map(|&c| crate::objects::str_codecs::escape_char(c))
            .collect(),
    };
    result(vm, rep, s.end)
}

fn namereplace_errors(vm: &Vm, exc: &PyRef) -> PyResult {
    if kind_of(vm, exc) != Some(Kind::Encode) {
        return Err(cannot_handle(vm, exc));
    }
    let s = span(vm, exc, Kind::Encode)?;
    let rep: String = chars_of(&s)
        .iter()
        .map(|&c| match unicode_names2::name(c) {
            Some(name) => format!("\\N{{{name}}}"),
            None => crate::objects::str_codecs::escape_char(c),
        })
        .collect();
    result(vm, rep, s.end)
}

/// Decoding: up to four bytes >= 0x80 become lone surrogates, which read U+FFFD in a Krait
/// str. Encoding: a Krait str holds no surrogate to turn back into a byte.
fn surrogateescape_errors(vm: &Vm, exc: &PyRef) -> PyResult {
    match kind_of(vm, exc) {
        Some(Kind::Decode) => {
            let s = span(vm, exc, Kind::Decode)?;
            let data = s.data.as_deref().unwrap_or(&[]);
            let n = data[s.start..s.end.min(s.start + 4)]
                .iter()
                .take_while(|&&b| b >= 0x80)
                .count();
            if n == 0 {
                return Err(exc.clone());
            }
            result(vm, "\u{fffd}".repeat(n), s.start + n)
        }
        Some(Kind::Encode) => Err(exc.clone()),
        _ => Err(cannot_handle(vm, exc)),
    }
}

/// Decoding: an encoded surrogate becomes U+FFFD (Krait's str holds no lone surrogate).
fn surrogatepass_errors(vm: &Vm, exc: &PyRef) -> PyResult {
    match kind_of(vm, exc) {
        Some(Kind::Decode) => {
            let s = span(vm, exc, Kind::Decode)?;
            let enc = crate::protocols::attr::getattr_str(vm, exc, "encoding")?;
            let enc = enc.as_str().unwrap_or("").to_string();
            let data = s.data.as_deref().unwrap_or(&[]);
            let n = crate::objects::str_codecs::encoded_surrogate_len(&enc, &data[s.start..]);
            if n == 0 {
                return Err(exc.clone());
            }
            result(vm, "\u{fffd}".to_string(), s.start + n)
        }
        Some(Kind::Encode) => Err(exc.clone()),
        _ => Err(cannot_handle(vm, exc)),
    }
}
