//! _codecs: mirrors Modules/_codecsmodule.c. The registry functions (`register`, `lookup`,
//! `encode`, `register_error` ...) over `krait_vm::objects::codec_registry`, and the codec
//! functions the `encodings` package builds on (`utf_8_decode(data, errors, final)` returning
//! `(str, consumed)` ...) over the built-in codecs of `str_codecs`, plus the charmap codec
//! with arbitrary mappings.

use std::collections::HashMap;

use krait_vm::objects::codec_registry as registry;
use krait_vm::objects::module::{new_module, set_attr};
use krait_vm::objects::str_codecs::{self, CharmapEncoder, Codec, Decoder, Endian};
use krait_vm::objects::Payload;
use krait_vm::{Args, MethodDef, PyRef, PyResult, Vm};

use crate::args::{self, Spec};

/// The type name argument errors show (`None` for None, as `_PyArg_BadArgument`).
fn arg_type(vm: &Vm, o: &PyRef) -> String {
    if vm.is_none(o) {
        "None".to_string()
    } else {
        vm.type_name(o)
    }
}

/// A str argument (`argument N must be str, not T`).
fn str_arg<'a>(vm: &Vm, fname: &str, n: usize, o: &'a PyRef) -> PyResult<&'a str> {
    o.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "{fname}() argument {n} must be str, not {}",
            arg_type(vm, o)
        ))
    })
}

/// The `errors` argument: None or a str; default "strict".
fn errors_arg<'a>(vm: &Vm, fname: &str, n: usize, o: Option<&'a PyRef>) -> PyResult<&'a str> {
    match o {
        None => Ok("strict"),
        Some(e) if vm.is_none(e) => Ok("strict"),
        Some(e) => e.as_str().ok_or_else(|| {
            vm.type_error(format!(
                "{fname}() argument {n} must be str or None, not {}",
                vm.type_name(e)
            ))
        }),
    }
}

/// A str argument of the registry functions (`lookup() argument must be str, not int`).
fn name_arg<'a>(vm: &Vm, fname: &str, what: &str, o: &'a PyRef) -> PyResult<&'a str> {
    o.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "{fname}() argument {what}must be str, not {}",
            arg_type(vm, o)
        ))
    })
}

fn exactly_one<'a>(vm: &Vm, args: &Args<'a>, fname: &str) -> PyResult<&'a PyRef> {
    match args.pos() {
        [x] if args.kwnames.is_empty() => Ok(x),
        p => Err(vm.type_error(format!(
            "{fname}() takes exactly one argument ({} given)",
            p.len() + args.kwnames.len()
        ))),
    }
}

fn register(vm: &Vm, args: Args) -> PyResult {
    let f = exactly_one(vm, &args, "register")?;
    registry::register(vm, f)?;
    Ok(vm.none())
}

fn unregister(vm: &Vm, args: Args) -> PyResult {
    let f = exactly_one(vm, &args, "unregister")?;
    registry::unregister(f);
    Ok(vm.none())
}

fn lookup(vm: &Vm, args: Args) -> PyResult {
    let e = exactly_one(vm, &args, "lookup")?;
    registry::lookup(vm, name_arg(vm, "lookup", "", e)?)
}

/// `encode(obj, encoding='utf-8', errors='strict')` and `decode`.
fn encode_or_decode(vm: &Vm, args: Args, fname: &'static str) -> PyResult {
    let a = args::parse(
        vm,
        &args,
        &Spec {
            fname,
            names: &["obj", "encoding", "errors"],
            positional: 3,
            required: 1,
        },
    )?;
    let obj = a[0].cloned().unwrap_or_else(|| vm.none());
    let encoding = match a[1] {
        Some(e) => name_arg(vm, fname, "'encoding' ", e)?,
        None => "utf-8",
    };
    let errors = match a[2] {
        Some(e) => Some(name_arg(vm, fname, "'errors' ", e)?),
        None => None,
    };
    if fname == "encode" {
        registry::encode(vm, obj, encoding, errors)
    } else {
        registry::decode(vm, obj, encoding, errors)
    }
}

fn encode(vm: &Vm, args: Args) -> PyResult {
    encode_or_decode(vm, args, "encode")
}

fn decode(vm: &Vm, args: Args) -> PyResult {
    encode_or_decode(vm, args, "decode")
}

fn register_error(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() != 2 || !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "register_error expected 2 arguments, got {}",
            p.len() + args.kwnames.len()
        )));
    }
    let name = name_arg(vm, "register_error", "1 ", &p[0])?;
    registry::register_error(vm, name, &p[1])?;
    Ok(vm.none())
}

fn lookup_error(vm: &Vm, args: Args) -> PyResult {
    let e = exactly_one(vm, &args, "lookup_error")?;
    registry::lookup_error(vm, name_arg(vm, "lookup_error", "", e)?)
}

// ---------------------------------------------------------------------------------------------
// Codec functions

/// `(result, length)`.
fn pair(vm: &Vm, obj: PyRef, n: usize) -> PyResult {
    Ok(vm.tuple(vec![obj, vm.usize(n)]))
}

/// `NAME_encode(str, errors=None[, byteorder])`.
fn encode_with(vm: &Vm, args: Args, fname: &'static str, codec: Codec) -> PyResult {
    let byteorder = matches!(codec, Codec::Utf16(None) | Codec::Utf32(None));
    let names: &'static [&'static str] = if byteorder {
        &["str", "errors", "byteorder"]
    } else {
        &["str", "errors"]
    };
    let a = args::parse(
        vm,
        &args,
        &Spec {
            fname,
            names,
            positional: names.len(),
            required: 1,
        },
    )?;
    let text = str_arg(vm, fname, 1, a[0].unwrap_or(&vm.none))?;
    let errors = errors_arg(vm, fname, 2, a[1])?;
    let codec = match (codec, a.get(2).copied().flatten()) {
        (Codec::Utf16(None) | Codec::Utf32(None), Some(o)) => {
            let order = args::c_int(vm, o)?;
            let endian = match order.signum() {
                -1 => Some(Endian::Little),
                1 => Some(Endian::Big),
                _ => None,
            };
            if matches!(codec, Codec::Utf16(_)) {
                Codec::Utf16(endian)
            } else {
                Codec::Utf32(endian)
            }
        }
        (c, _) => c,
    };
    let out = str_codecs::encode(vm, codec, text, errors)?;
    pair(vm, vm.bytes_vec(out), text.chars().count())
}

/// `NAME_decode(data, errors=None[, final])` and the `_ex_` forms with `byteorder`.
fn decode_with(vm: &Vm, args: Args, fname: &'static str, codec: Codec, shape: Shape) -> PyResult {
    let names: &'static [&'static str] = match shape {
        Shape::Plain => &["data", "errors"],
        Shape::Final(_) => &["data", "errors", "final"],
        Shape::Ex => &["data", "errors", "byteorder", "final"],
    };
    let a = args::parse(
        vm,
        &args,
        &Spec {
            fname,
            names,
            positional: names.len(),
            required: 1,
        },
    )?;
    let data_obj = a[0].unwrap_or(&vm.none);
    // The escape codecs take a str too (its UTF-8), as `s*` arguments do.
    let data = match (codec, data_obj.as_str()) {
        (Codec::UnicodeEscape | Codec::RawUnicodeEscape, Some(s)) => {
            std::borrow::Cow::Owned(s.as_bytes().to_vec())
        }
        _ => krait_vm::objects::bytes::buffer(vm, data_obj)?,
    };
    let errors = errors_arg(vm, fname, 2, a[1])?;
    let (byteorder, final_) = match shape {
        Shape::Plain => (0, true),
        Shape::Final(default) => (0, args::bool_arg(vm, a[2], default)?),
        Shape::Ex => {
            let order = match a[2] {
                Some(o) => args::c_int(vm, o)?,
                None => 0,
            };
            (order.signum(), args::bool_arg(vm, a[3], false)?)
        }
    };
    let d = str_codecs::decode(vm, codec, &data, errors, final_, byteorder)?;
    let text = vm.string(d.text);
    if matches!(shape, Shape::Ex) {
        let order = if byteorder != 0 {
            byteorder
        } else {
            d.byteorder
        };
        return Ok(vm.tuple(vec![text, vm.usize(d.consumed), vm.int(i64::from(order))]));
    }
    pair(vm, text, d.consumed)
}

#[derive(Clone, Copy)]
enum Shape {
    /// `(data, errors=None)`.
    Plain,
    /// `(data, errors=None, final=DEFAULT)`.
    Final(bool),
    /// `(data, errors=None, byteorder=0, final=False)`.
    Ex,
}

macro_rules! codec_fns {
    ($( $enc:ident, $dec:ident, $codec:expr, $shape:expr; )*) => {
        $(
            fn $enc(vm: &Vm, args: Args) -> PyResult {
                encode_with(vm, args, stringify!($enc), $codec)
            }
            fn $dec(vm: &Vm, args: Args) -> PyResult {
                decode_with(vm, args, stringify!($dec), $codec, $shape)
            }
        )*
    };
}

codec_fns! {
    utf_7_encode, utf_7_decode, Codec::Utf7, Shape::Final(false);
    utf_8_encode, utf_8_decode, Codec::Utf8, Shape::Final(false);
    utf_16_encode, utf_16_decode, Codec::Utf16(None), Shape::Final(false);
    utf_16_le_encode, utf_16_le_decode, Codec::Utf16(Some(Endian::Little)), Shape::Final(false);
    utf_16_be_encode, utf_16_be_decode, Codec::Utf16(Some(Endian::Big)), Shape::Final(false);
    utf_32_encode, utf_32_decode, Codec::Utf32(None), Shape::Final(false);
    utf_32_le_encode, utf_32_le_decode, Codec::Utf32(Some(Endian::Little)), Shape::Final(false);
    utf_32_be_encode, utf_32_be_decode, Codec::Utf32(Some(Endian::Big)), Shape::Final(false);
    latin_1_encode, latin_1_decode, Codec::Latin1, Shape::Plain;
    ascii_encode, ascii_decode, Codec::Ascii, Shape::Plain;
    unicode_escape_encode, unicode_escape_decode, Codec::UnicodeEscape, Shape::Final(true);
    raw_unicode_escape_encode, raw_unicode_escape_decode, Codec::RawUnicodeEscape, Shape::Final(true);
}

fn utf_16_ex_decode(vm: &Vm, args: Args) -> PyResult {
    decode_with(vm, args, "utf_16_ex_decode", Codec::Utf16(None), Shape::Ex)
}

fn utf_32_ex_decode(vm: &Vm, args: Args) -> PyResult {
    decode_with(vm, args, "utf_32_ex_decode", Codec::Utf32(None), Shape::Ex)
}

// ---------------------------------------------------------------------------------------------
// charmap

fn charmap_spec(fname: &'static str, first: &'static str) -> Spec {
    Spec {
        fname,
        names: if first == "str" {
            &["str", "errors", "mapping"]
        } else {
            &["data", "errors", "mapping"]
        },
        positional: 3,
        required: 1,
    }
}

/// `mapping[key]`, None when the mapping lacks it (LookupError).
fn map_get(vm: &Vm, mapping: &PyRef, key: usize) -> PyResult<Option<PyRef>> {
    match krait_vm::protocols::sequence::getitem(vm, mapping, &vm.usize(key)) {
        Ok(v) if vm.is_none(&v) => Ok(None),
        Ok(v) => Ok(Some(v)),
        Err(e) if krait_vm::objects::type_::is_subtype(e.ty(), &vm.t.lookup_error) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `charmap_decode(data, errors=None, mapping=None)`: a str table (U+FFFE: undefined) or a
/// mapping from byte values to int, str or None.
fn charmap_decode(vm: &Vm, args: Args) -> PyResult {
    let a = args::parse(vm, &args, &charmap_spec("charmap_decode", "data"))?;
    let data = krait_vm::objects::bytes::buffer(vm, a[0].unwrap_or(&vm.none))?;
    let errors = errors_arg(vm, "charmap_decode", 2, a[1])?;
    let mapping = a[2].filter(|m| !vm.is_none(m));
    let Some(mapping) = mapping else {
        let d = str_codecs::decode(vm, Codec::Latin1, &data, errors, true, 0)?;
        return pair(vm, vm.string(d.text), d.consumed);
    };
    let table: Option<Vec<char>> = mapping.as_str().map(|s| s.chars().collect());
    let mut d = Decoder::new(vm, &data, errors, "charmap");
    let mut i = 0;
    while i < data.len() {
        let b = usize::from(data[i]);
        let mapped: Option<String> =
            match &table {
                Some(t) => t
                    .get(b)
                    .filter(|&&c| c != '\u{fffe}')
                    .map(|c| c.to_string()),
                None => match map_get(vm, mapping, b)? {
                    None => None,
                    Some(v) => match &v.payload {
                        Payload::Str(_) => {
                            let s = v.as_str().unwrap_or("");
                            (s != "\u{fffe}").then(|| s.to_string())
                        }
                        Payload::Int(_) | Payload::BigInt(_) => {
                            let n = krait_vm::objects::int::to_i64(vm, &v).unwrap_or(-1);
                            let c = u32::try_from(n).ok().filter(|&n| n < 0x110000).ok_or_else(
                                || vm.type_error("character mapping must be in range(0x110000)"),
                            )?;
                            Some(char::from_u32(c).unwrap_or('\u{fffd}').to_string())
                        }
                        _ => {
                            return Err(
                                vm.type_error("character mapping must return integer, None or str")
                            )
                        }
                    },
                },
            };
        match mapped {
            Some(s) => {
                d.out.push_str(&s);
                i += 1;
            }
            None => i = d.error(i, i + 1, "character maps to <undefined>")?,
        }
    }
    let n = data.len();
    pair(vm, vm.string(d.out), n)
}

/// `charmap_encode(str, errors=None, mapping=None)`: a mapping from code points to int,
/// bytes or None (what `charmap_build` makes, or any dict).
fn charmap_encode(vm: &Vm, args: Args) -> PyResult {
    let a = args::parse(vm, &args, &charmap_spec("charmap_encode", "str"))?;
    let text = str_arg(vm, "charmap_encode", 1, a[0].unwrap_or(&vm.none))?;
    let errors = errors_arg(vm, "charmap_encode", 2, a[1])?;
    let n = text.chars().count();
    let Some(mapping) = a[2].filter(|m| !vm.is_none(m)) else {
        let out = str_codecs::encode(vm, Codec::Latin1, text, errors)?;
        return pair(vm, vm.bytes_vec(out), n);
    };
    // Each char's bytes, looked up once; the replacements error handlers make are ASCII.
    let mut table: HashMap<char, Option<Vec<u8>>> = HashMap::new();
    let mut resolve = |c: char| -> PyResult<()> {
        if table.contains_key(&c) {
            return Ok(());
        }
        let v = match map_get(vm, mapping, c as usize)? {
            None => None,
            Some(v) => match &v.payload {
                Payload::Bytes(b) => Some(b.to_vec()),
                Payload::Int(_) | Payload::BigInt(_) => {
                    let i = krait_vm::objects::int::to_i64(vm, &v).unwrap_or(-1);
                    let b = u8::try_from(i)
                        .map_err(|_| vm.type_error("character mapping must be in range(256)"))?;
                    Some(vec![b])
                }
                _ => {
                    return Err(vm.type_error(format!(
                        "character mapping must return integer, bytes or None, not {}",
                        vm.type_name(&v)
                    )))
                }
            },
        };
        table.insert(c, v);
        Ok(())
    };
    for c in text.chars().chain("?&#;\\xuUN{}0123456789abcdef".chars()) {
        resolve(c)?;
    }
    let map = |c: char, out: &mut Vec<u8>| match table.get(&c) {
        Some(Some(b)) => {
            out.extend_from_slice(b);
            true
        }
        _ => false,
    };
    let out = CharmapEncoder {
        codec: "charmap",
        reason: "character maps to <undefined>",
        ucs1_limit: None,
    }
    .encode(vm, text, errors, &map)?;
    pair(vm, vm.bytes_vec(out), n)
}

/// `charmap_build(decoding_table)`: the inverse map, as a dict of code point to byte.
fn charmap_build(vm: &Vm, args: Args) -> PyResult {
    let t = exactly_one(vm, &args, "charmap_build")?;
    let table = str_arg(vm, "charmap_build", 1, t)?;
    let d = vm.dict();
    if let Some(dict) = d.as_dict() {
        for (i, c) in table.chars().enumerate().filter(|&(_, c)| c != '\u{fffe}') {
            dict.set(vm, vm.usize(c as usize), vm.usize(i))?;
        }
    }
    Ok(d)
}

// ---------------------------------------------------------------------------------------------
// Bytes escapes (the bytes literal syntax; `escape_encode`/`escape_decode`)

fn escape_encode(vm: &Vm, args: Args) -> PyResult {
    let a = args::parse(
        vm,
        &args,
        &Spec {
            fname: "escape_encode",
            names: &["data", "errors"],
            positional: 2,
            required: 1,
        },
    )?;
    let data_obj = a[0].unwrap_or(&vm.none);
    let Payload::Bytes(data) = &data_obj.payload else {
        return Err(vm.type_error(format!(
            "escape_encode() argument 1 must be bytes, not {}",
            arg_type(vm, data_obj)
        )));
    };
    errors_arg(vm, "escape_encode", 2, a[1])?;
    let mut out = Vec::with_capacity(data.len());
    for &b in data.iter() {
        match b {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\'' => out.extend_from_slice(b"\\'"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0x20..=0x7e => out.push(b),
            _ => out.extend_from_slice(format!("\\x{b:02x}").as_bytes()),
        }
    }
    pair(vm, vm.bytes_vec(out), data.len())
}

/// `escape_decode(data, errors=None)` (`_PyBytes_DecodeEscape`): only strict, replace and
/// ignore apply, to bad `\x` escapes.
fn escape_decode(vm: &Vm, args: Args) -> PyResult {
    let a = args::parse(
        vm,
        &args,
        &Spec {
            fname: "escape_decode",
            names: &["data", "errors"],
            positional: 2,
            required: 1,
        },
    )?;
    let data_obj = a[0].unwrap_or(&vm.none);
    let data = match data_obj.as_str() {
        Some(s) => std::borrow::Cow::Owned(s.as_bytes().to_vec()),
        None => krait_vm::objects::bytes::buffer(vm, data_obj)?,
    };
    let errors = errors_arg(vm, "escape_decode", 2, a[1])?;
    let hex = |b: u8| char::from(b).to_digit(16);
    let mut out = Vec::with_capacity(data.len());
    let mut warning: Option<String> = None;
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        i += 1;
        if b != b'\\' {
            out.push(b);
            continue;
        }
        let Some(&c) = data.get(i) else {
            return Err(vm.value_error("Trailing \\ in string"));
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(c),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0c),
            b't' => out.push(b'\t'),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b'v' => out.push(0x0b),
            b'a' => out.push(0x07),
            b'0'..=b'7' => {
                let start = i - 1;
                let mut v = u32::from(c - b'0');
                while i < data.len() && i < start + 3 && (b'0'..=b'7').contains(&data[i]) {
                    v = (v << 3) + u32::from(data[i] - b'0');
                    i += 1;
                }
                if v > 0o377 && warning.is_none() {
                    let digits = String::from_utf8_lossy(&data[start..i]).into_owned();
                    warning = Some(format!("invalid octal escape sequence '\\{digits}'"));
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                if let (Some(h), Some(l)) = (
                    data.get(i).copied().and_then(hex),
                    data.get(i + 1).copied().and_then(hex),
                ) {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                    continue;
                }
                match errors {
                    "strict" => {
                        return Err(
                            vm.value_error(format!("invalid \\x escape at position {}", i - 2))
                        )
                    }
                    "replace" => out.push(b'?'),
                    "ignore" => {}
                    _ => {
                        return Err(vm.value_error(format!(
                            "decoding error; unknown error handling code: {errors}"
                        )))
                    }
                }
                if data.get(i).copied().and_then(hex).is_some() {
                    i += 1;
                }
            }
            _ => {
                if warning.is_none() {
                    warning = Some(format!("invalid escape sequence '\\{}'", char::from(c)));
                }
                out.push(b'\\');
                out.push(c);
            }
        }
    }
    if let Some(w) = warning {
        krait_vm::modules::warn(vm, &vm.t.deprecation_warning, &w, 1)?;
    }
    pair(vm, vm.bytes_vec(out), data.len())
}

/// `readbuffer_encode(data, errors=None)`: the bytes of a buffer (a str's UTF-8).
fn readbuffer_encode(vm: &Vm, args: Args) -> PyResult {
    let a = args::parse(
        vm,
        &args,
        &Spec {
            fname: "readbuffer_encode",
            names: &["data", "errors"],
            positional: 2,
            required: 1,
        },
    )?;
    let data_obj = a[0].unwrap_or(&vm.none);
    let data = match data_obj.as_str() {
        Some(s) => s.as_bytes().to_vec(),
        None => krait_vm::objects::bytes::buffer(vm, data_obj)?.into_owned(),
    };
    errors_arg(vm, "readbuffer_encode", 2, a[1])?;
    let n = data.len();
    pair(vm, vm.bytes_vec(data), n)
}

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("register", register),
    MethodDef::method("unregister", unregister),
    MethodDef::method("lookup", lookup),
    MethodDef::method("encode", encode),
    MethodDef::method("decode", decode),
    MethodDef::method("register_error", register_error),
    MethodDef::method("lookup_error", lookup_error),
    MethodDef::method("utf_7_encode", utf_7_encode),
    MethodDef::method("utf_7_decode", utf_7_decode),
    MethodDef::method("utf_8_encode", utf_8_encode),
    MethodDef::method("utf_8_decode", utf_8_decode),
    MethodDef::method("utf_16_encode", utf_16_encode),
    MethodDef::method("utf_16_decode", utf_16_decode),
    MethodDef::method("utf_16_le_encode", utf_16_le_encode),
    MethodDef::method("utf_16_le_decode", utf_16_le_decode),
    MethodDef::method("utf_16_be_encode", utf_16_be_encode),
    MethodDef::method("utf_16_be_decode", utf_16_be_decode),
    MethodDef::method("utf_16_ex_decode", utf_16_ex_decode),
    MethodDef::method("utf_32_encode", utf_32_encode),
    MethodDef::method("utf_32_decode", utf_32_decode),
    MethodDef::method("utf_32_le_encode", utf_32_le_encode),
    MethodDef::method("utf_32_le_decode", utf_32_le_decode),
    MethodDef::method("utf_32_be_encode", utf_32_be_encode),
    MethodDef::method("utf_32_be_decode", utf_32_be_decode),
    MethodDef::method("utf_32_ex_decode", utf_32_ex_decode),
    MethodDef::method("latin_1_encode", latin_1_encode),
    MethodDef::method("latin_1_decode", latin_1_decode),
    MethodDef::method("ascii_encode", ascii_encode),
    MethodDef::method("ascii_decode", ascii_decode),
    MethodDef::method("unicode_escape_encode", unicode_escape_encode),
    MethodDef::method("unicode_escape_decode", unicode_escape_decode),
    MethodDef::method("raw_unicode_escape_encode", raw_unicode_escape_encode),
    MethodDef::method("raw_unicode_escape_decode", raw_unicode_escape_decode),
    MethodDef::method("charmap_encode", charmap_encode),
    MethodDef::method("charmap_decode", charmap_decode),
    MethodDef::method("charmap_build", charmap_build),
    MethodDef::method("escape_encode", escape_encode),
    MethodDef::method("escape_decode", escape_decode),
    MethodDef::method("readbuffer_encode", readbuffer_encode),
];

pub fn init(vm: &Vm) -> PyResult {
    let m = new_module(vm, "_codecs");
    crate::add_functions(vm, &m, FUNCTIONS);
    set_attr(vm, &m, "__doc__", vm.none());
    Ok(m)
}
