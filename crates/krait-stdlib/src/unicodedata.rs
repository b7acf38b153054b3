//! unicodedata: mirrors `Modules/unicodedata.c`. The Unicode 14.0.0 character database of
//! CPython 3.11: properties, names (with aliases and named sequences), decompositions and
//! normalization, plus `ucd_3_2_0`, the `UCD` object answering as Unicode 3.2.0 (IDNA uses it).
//! The tables are generated from CPython by tools/gen-unicodedata (`unicodedata/tables.rs`).

mod db;
mod normalize;
mod tables;

use krait_vm::objects::module::{add_functions, new_module, set_attr};
use krait_vm::{Args, MethodDef, Payload, PyRef, PyResult, Vm};

use db::Version;

/// The character called `name` (`\N{...}`): names, aliases, Hangul syllables and CJK
/// ideographs, case-insensitively like `unicodedata.lookup`; None for a named sequence.
pub fn lookup_char(name: &str) -> Option<char> {
    if name.len() > db::NAME_MAXLEN {
        return None;
    }
    match db::lookup(Version::Current, name.as_bytes())? {
        db::Found::Char(cp) => char::from_u32(cp),
        db::Found::Sequence(_) => None,
    }
}

/// Who a function belongs to, for error messages: the module or the `UCD` object.
fn owner(v: Version) -> &'static str {
    match v {
        Version::Current => "unicodedata",
        Version::V320 => "UCD",
    }
}

/// The positional arguments of a call, after `self` for `UCD` methods; kwargs refused.
fn positional<'a>(vm: &Vm, v: Version, args: &Args<'a>, fname: &str) -> PyResult<&'a [PyRef]> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{}.{fname}() takes no keyword arguments", owner(v))));
    }
    let p = args.pos();
    Ok(match v {
        Version::Current => p,
        Version::V320 => p.get(1..).unwrap_or(&[]),
    })
}

/// The single character of `o` (a str of length 1), or CPython's TypeError.
fn char_arg(vm: &Vm, o: &PyRef, fname: &str, which: &str) -> PyResult<u32> {
    if let Some(s) = o.as_pystr() {
        if s.char_len() == 1 {
            return Ok(s.char_at(0) as u32);
        }
    }
    Err(vm.type_error(format!(
        "{fname}() argument{which} must be a unicode character, not {}",
        vm.type_name(o)
    )))
}

/// The code point of a one-argument function (`METH_O`).
fn one_char(vm: &Vm, v: Version, args: &Args, fname: &str) -> PyResult<u32> {
    let p = positional(vm, v, args, fname)?;
    if p.len() != 1 {
        return Err(vm.type_error(format!(
            "{}.{fname}() takes exactly one argument ({} given)",
            owner(v),
            p.len()
        )));
    }
    char_arg(vm, &p[0], fname, "")
}

/// The code point and the optional default of `decimal`, `digit`, `numeric` and `name`.
fn char_and_default<'a>(
    vm: &Vm,
    v: Version,
    args: &Args<'a>,
    fname: &str,
) -> PyResult<(u32, Option<&'a PyRef>)> {
    let p = positional(vm, v, args, fname)?;
    if p.is_empty() {
        return Err(vm.type_error(format!("{fname} expected at least 1 argument, got 0")));
    }
    if p.len() > 2 {
        return Err(vm.type_error(format!(
            "{fname} expected at most 2 arguments, got {}",
            p.len()
        )));
    }
    Ok((char_arg(vm, &p[0], fname, " 1")?, p.get(1)))
}

/// The value, else the default, else ValueError(`msg`).
fn or_default(vm: &Vm, value: Option<PyRef>, default: Option<&PyRef>, msg: &str) -> PyResult {
    match (value, default) {
        (Some(x), _) => Ok(x),
        (None, Some(d)) => Ok(d.clone()),
        (None, None) => Err(vm.value_error(msg)),
    }
}

fn decimal(vm: &Vm, v: Version, args: Args) -> PyResult {
    let (cp, default) = char_and_default(vm, v, &args, "decimal")?;
    let value = db::decimal(v, cp).map(|d| vm.int(d as i64));
    or_default(vm, value, default, "not a decimal")
}

fn digit(vm: &Vm, v: Version, args: Args) -> PyResult {
    let (cp, default) = char_and_default(vm, v, &args, "digit")?;
    let value = db::digit(cp).map(|d| vm.int(d as i64));
    or_default(vm, value, default, "not a digit")
}

fn numeric(vm: &Vm, v: Version, args: Args) -> PyResult {
    let (cp, default) = char_and_default(vm, v, &args, "numeric")?;
    let value = db::numeric(v, cp).map(|d| vm.float(d));
    or_default(vm, value, default, "not a numeric character")
}

fn name(vm: &Vm, v: Version, args: Args) -> PyResult {
    let (cp, default) = char_and_default(vm, v, &args, "name")?;
    let value = db::name(v, cp).map(|n| vm.string(n));
    or_default(vm, value, default, "no such name")
}

fn category(vm: &Vm, v: Version, args: Args) -> PyResult {
    let cp = one_char(vm, v, &args, "category")?;
    Ok(vm.str(db::category(v, cp)))
}

fn bidirectional(vm: &Vm, v: Version, args: Args) -> PyResult {
    let cp = one_char(vm, v, &args, "bidirectional")?;
    Ok(vm.str(db::bidirectional(v, cp)))
}

fn combining(vm: &Vm, v: Version, args: Args) -> PyResult {
    let cp = one_char(vm, v, &args, "combining")?;
    Ok(vm.int(db::combining(v, cp) as i64))
}

fn mirrored(vm: &Vm, v: Version, args: Args) -> PyResult {
    let cp = one_char(vm, v, &args, "mirrored")?;
    Ok(vm.int(db::mirrored(v, cp) as i64))
}

fn east_asian_width(vm: &Vm, v: Version, args: Args) -> PyResult {
    let cp = one_char(vm, v, &args, "east_asian_width")?;
    Ok(vm.str(db::east_asian_width(v, cp)))
}

fn decomposition(vm: &Vm, v: Version, args: Args) -> PyResult {
    let cp = one_char(vm, v, &args, "decomposition")?;
    Ok(vm.string(db::decomposition(v, cp)))
}

/// `lookup(name)`: the name is a str (as UTF-8) or bytes, matched as CPython's `_getcode`.
fn lookup(vm: &Vm, v: Version, args: Args) -> PyResult {
    let p = positional(vm, v, &args, "lookup")?;
    if p.len() != 1 {
        return Err(vm.type_error(format!(
            "{}.lookup() takes exactly one argument ({} given)",
            owner(v),
            p.len()
        )));
    }
    let o = &p[0];
    let bytes: &[u8] = match &o.payload {
        Payload::Str(s) => s.as_str().as_bytes(),
        Payload::Bytes(b) => b,
        _ if krait_vm::objects::bytes::as_buffer(o).is_some() => {
            return Err(vm.type_error(format!(
                "lookup() argument must be read-only bytes-like object, not {}",
                vm.type_name(o)
            )))
        }
        _ => {
            return Err(vm.type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(o)
            )))
        }
    };
    if bytes.len() > db::NAME_MAXLEN {
        return Err(vm.key_error(vm.str("name too long")));
    }
    match db::lookup(v, bytes) {
        Some(db::Found::Char(cp)) => Ok(vm.string(char::from_u32(cp).unwrap_or('\u{fffd}').into())),
        Some(db::Found::Sequence(codes)) => {
            Ok(vm.string(codes.iter().filter_map(|&c| char::from_u32(c)).collect()))
        }
        None => {
            // CPython formats the name with `%s`: up to a NUL, decoded with "replace".
            let shown = bytes.split(|&b| b == 0).next().unwrap_or(&[]);
            Err(vm.key_error(vm.string(format!(
                "undefined character name '{}'",
                String::from_utf8_lossy(shown)
            ))))
        }
    }
}

/// The form and string of `normalize` and `is_normalized`.
fn form_and_str<'a>(
    vm: &Vm,
    v: Version,
    args: &Args<'a>,
    fname: &str,
) -> PyResult<(&'a str, &'a PyRef)> {
    let p = positional(vm, v, args, fname)?;
    if p.len() != 2 {
        return Err(vm.type_error(format!("{fname} expected 2 arguments, got {}", p.len())));
    }
    let mut strs = [""; 2];
    for (k, o) in p.iter().enumerate() {
        strs[k] = o.as_str().ok_or_else(|| {
            vm.type_error(format!(
                "{fname}() argument {} must be str, not {}",
                k + 1,
                vm.type_name(o)
            ))
        })?;
    }
    Ok((strs[0], &p[1]))
}

/// The normal form of `s`, or None when `s` is certainly in it already (ASCII). The empty
/// string is accepted before the form is checked, as CPython does.
fn normal_form(vm: &Vm, v: Version, form: &str, s: &str) -> PyResult<Option<String>> {
    if s.is_empty() {
        return Ok(None);
    }
    if !matches!(form, "NFC" | "NFKC" | "NFD" | "NFKD") {
        return Err(vm.value_error("invalid normalization form"));
    }
    if s.is_ascii() {
        return Ok(None);
    }
    Ok(normalize::normalize(v, form, s))
}

fn normalize(vm: &Vm, v: Version, args: Args) -> PyResult {
    let (form, unistr) = form_and_str(vm, v, &args, "normalize")?;
    let s = unistr.as_str().unwrap_or("");
    // CPython hands back the argument itself (a str subclass included) when it is empty or
    // passes the quick check, which `ucd_3_2_0` never does.
    match normal_form(vm, v, form, s)? {
        Some(n) if n != s => Ok(vm.string(n)),
        _ if s.is_empty() || v == Version::Current || unistr.is_type(&vm.t.str) => {
            Ok(unistr.clone())
        }
        _ => Ok(vm.str(s)),
    }
}

fn is_normalized(vm: &Vm, v: Version, args: Args) -> PyResult {
    let (form, unistr) = form_and_str(vm, v, &args, "is_normalized")?;
    let s = unistr.as_str().unwrap_or("");
    let same = match normal_form(vm, v, form, s)? {
        Some(n) => n == s,
        None => true,
    };
    Ok(vm.bool(same))
}

/// The module functions and the `UCD` methods, from one list of implementations.
macro_rules! functions {
    ($($name:ident: $doc:expr;)*) => {
        mod current {
            use super::*;
            $(pub fn $name(vm: &Vm, args: Args) -> PyResult {
                super::$name(vm, Version::Current, args)
            })*
        }
        mod v320 {
            use super::*;
            $(pub fn $name(vm: &Vm, args: Args) -> PyResult {
                super::$name(vm, Version::V320, args)
            })*
        }
        const FUNCTIONS: &[MethodDef] = &[
            $(MethodDef { doc: $doc, ..MethodDef::method(stringify!($name), current::$name) },)*
        ];
        const UCD_METHODS: &[MethodDef] = &[
            MethodDef::static_("__new__", ucd_new),
            $(MethodDef { doc: $doc, ..MethodDef::method(stringify!($name), v320::$name) },)*
        ];
    };
}

functions! {
    decimal: "Converts a Unicode character into its equivalent decimal value.\n\nReturns the \
        decimal value assigned to the character chr as integer.\nIf no such value is defined, \
        default is returned, or, if not given,\nValueError is raised.";
    digit: "Converts a Unicode character into its equivalent digit value.\n\nReturns the digit \
        value assigned to the character chr as integer.\nIf no such value is defined, default \
        is returned, or, if not given,\nValueError is raised.";
    numeric: "Converts a Unicode character into its equivalent numeric value.\n\nReturns the \
        numeric value assigned to the character chr as float.\nIf no such value is defined, \
        default is returned, or, if not given,\nValueError is raised.";
    category: "Returns the general category assigned to the character chr as string.";
    bidirectional: "Returns the bidirectional class assigned to the character chr as \
        string.\n\nIf no such value is defined, an empty string is returned.";
    combining: "Returns the canonical combining class assigned to the character chr as \
        integer.\n\nReturns 0 if no combining class is defined.";
    mirrored: "Returns the mirrored property assigned to the character chr as integer.\n\n\
        Returns 1 if the character has been identified as a \"mirrored\"\ncharacter in \
        bidirectional text, 0 otherwise.";
    east_asian_width: "Returns the east asian width assigned to the character chr as string.";
    decomposition: "Returns the character decomposition mapping assigned to the character chr \
        as string.\n\nAn empty string is returned in case no such mapping is defined.";
    name: "Returns the name assigned to the character chr as a string.\n\nIf no name is \
        defined, default is returned, or, if not given,\nValueError is raised.";
    lookup: "Look up character by name.\n\nIf a character with the given name is found, return \
        the\ncorresponding character.  If not found, KeyError is raised.";
    normalize: "Return the normal form 'form' for the Unicode string unistr.\n\nValid values \
        for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.";
    is_normalized: "Return whether the Unicode string unistr is in the normal form 'form'.\n\n\
        Valid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.";
}

fn ucd_new(vm: &Vm, _args: Args) -> PyResult {
    Err(vm.type_error("cannot create 'unicodedata.UCD' instances"))
}

fn ucd_version(vm: &Vm, _o: &PyRef) -> PyResult {
    Ok(vm.str("3.2.0"))
}

fn ucd_set_version(vm: &Vm, _o: &PyRef, _v: Option<PyRef>) -> PyResult<()> {
    Err(vm.attribute_error("readonly attribute"))
}

const MODULE_DOC: &str = "This module provides access to the Unicode Character Database which\n\
    defines character properties for all Unicode characters. The data in\nthis database is \
    based on the UnicodeData.txt file version\n14.0.0 which is publicly available from \
    ftp://ftp.unicode.org/.\n\nThe module uses the same names and symbols as defined by the\n\
    UnicodeData File Format 14.0.0.";

pub fn init(vm: &Vm) -> PyResult {
    let m = new_module(vm, "unicodedata");
    set_attr(vm, &m, "__doc__", vm.str(MODULE_DOC));
    add_functions(vm, &m, FUNCTIONS);
    let ucd = krait_vm::modules::builtins::new_native_type(vm, "UCD", "unicodedata", UCD_METHODS);
    krait_vm::objects::descr::add_getset(
        vm,
        &ucd,
        "unidata_version",
        ucd_version,
        Some(ucd_set_version),
    );
    let old = krait_vm::objects::object::alloc_instance(vm, &ucd, Payload::Empty);
    set_attr(vm, &m, "UCD", ucd);
    set_attr(vm, &m, "ucd_3_2_0", old);
    set_attr(vm, &m, "unidata_version", vm.str("14.0.0"));
    Ok(m)
}
