//! binascii: mirrors `Modules/binascii.c`. Hex, base64, quoted-printable and uuencode
//! conversions, `crc32` and `crc_hqx`, and the `Error`/`Incomplete` exceptions. The `a2b_*`
//! functions take ASCII-only str as well as bytes-like objects, as CPython's
//! `ascii_buffer_converter` does.

use std::borrow::Cow;
use std::cell::RefCell;
use std::mem::ManuallyDrop;

use krait_vm::objects::bytes::buffer;
use krait_vm::objects::module::{new_module, set_attr};
use krait_vm::objects::Payload;
use krait_vm::{Args, MethodDef, PyRef, PyResult, Vm};

use crate::_struct::bind;

// Never dropped: a thread-local destructor must not free a heap type after the VM.
static ERRORS: krait_vm::object::GilStatic<RefCell<Option<ManuallyDrop<(PyRef, PyRef)>>>> =
    krait_vm::object::GilStatic::new(RefCell::new(None));

/// `binascii.Error` (a ValueError) and `binascii.Incomplete`.
fn error_types(vm: &Vm) -> (PyRef, PyRef) {
    if let Some(t) = ERRORS.with(|e| e.borrow().as_deref().cloned()) {
        return t;
    }
    let mk = |name, base: &PyRef| {
        crate::_struct::new_error_class(vm, "binascii", name, base).unwrap_or_else(|_| base.clone())
    };
    let t = (
        mk("Error", &vm.t.value_error),
        mk("Incomplete", &vm.t.exception),
    );
    ERRORS.with(|e| *e.borrow_mut() = Some(ManuallyDrop::new(t.clone())));
    t
}

fn error(vm: &Vm, msg: impl Into<String>) -> PyRef {
    vm.new_exc(&error_types(vm).0, msg)
}

/// The data of an `a2b_*` argument: a bytes-like object or an ASCII-only str.
fn ascii_data<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<Cow<'a, [u8]>> {
    if let Some(s) = o.as_str() {
        if !s.is_ascii() {
            return Err(vm.value_error("string argument should contain only ASCII characters"));
        }
        return Ok(Cow::Borrowed(s.as_bytes()));
    }
    krait_vm::objects::bytes::as_buffer(o).ok_or_else(|| {
        vm.type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            vm.type_name(o)
        ))
    })
}

/// Bind arguments where the names from `npos` on are keyword-only.
fn bind_kwonly<'a>(
    vm: &Vm,
    args: &Args<'a>,
    fname: &str,
    names: &[&str],
    npos: usize,
) -> PyResult<Vec<Option<&'a PyRef>>> {
    let given = args.pos().len();
    if given != npos {
        let s = if npos == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{fname}() takes exactly {npos} positional argument{s} ({given} given)"
        )));
    }
    bind(vm, args, fname, names, npos, npos)
}

/// A flag given as an int (`bool(accept={int})`).
fn int_flag(vm: &Vm, o: Option<&PyRef>, default: bool) -> PyResult<bool> {
    match o {
        None => Ok(default),
        Some(o) => {
            let i = krait_vm::protocols::number::index(vm, o)?;
            Ok(!matches!(i.payload, Payload::Int(0)))
        }
    }
}

fn data_arg<'a>(vm: &Vm, a: &[Option<&'a PyRef>]) -> PyResult<&'a PyRef> {
    a[0].ok_or_else(|| vm.type_error("missing data argument"))
}

// ---------------------------------------------------------------------------------------------
// Hex

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `hexlify(data, sep=..., bytes_per_sep=1)` and `b2a_hex`.
fn hexlify_named(vm: &Vm, args: &Args, fname: &str) -> PyResult {
    let a = bind(vm, args, fname, &["data", "sep", "bytes_per_sep"], 0, 1)?;
    let data = buffer(vm, data_arg(vm, &a)?)?;
    let sep = match a[1] {
        None => None,
        Some(s) => {
            let len = match &s.payload {
                Payload::Str(_) => s.as_str().map(|x| x.chars().count()),
                Payload::Bytes(b) => Some(b.len()),
                Payload::ByteArray(b) => Some(b.borrow().len()),
                _ => None,
            }
            .ok_or_else(|| {
                vm.type_error(format!("object of type '{}' has no len()", vm.type_name(s)))
            })?;
            if len != 1 {
                return Err(vm.value_error("sep must be length 1."));
            }
            if matches!(s.payload, Payload::ByteArray(_)) {
                return Err(vm.type_error("sep must be str or bytes."));
            }
            let c = match s.as_str() {
                Some(x) => x.chars().next().map_or(0, |c| c as u32),
                None => krait_vm::objects::bytes::as_buffer(s).map_or(0, |b| b[0] as u32),
            };
            if c > 127 && s.as_str().is_some() && c > 255 {
                return Err(vm.value_error("sep must be ASCII."));
            }
            Some(c as u8)
        }
    };
    let per = match a[2] {
        Some(n) => {
            let i = krait_vm::protocols::number::index(vm, n)?;
            match &i.payload {
                Payload::Int(v) if i32::try_from(*v).is_ok() => *v,
                _ => return Err(vm.overflow_error("Python int too large to convert to C int")),
            }
        }
        None => 1,
    };
    Ok(vm.bytes_vec(hex_with_sep(&data, sep, per)))
}

/// Hex digits of `data`, with `sep` between groups of `per` bytes counted from the right
/// (from the left when `per` is negative).
fn hex_with_sep(data: &[u8], sep: Option<u8>, per: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    let n = data.len();
    for (i, &b) in data.iter().enumerate() {
        if let Some(s) = sep {
            if i > 0 && group > 0 {
                let boundary = if per > 0 {
                    (n - i).is_multiple_of(group)
                } else {
                    i.is_multiple_of(group)
                };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push(HEX[(b >> 4) as usize]);
        out.push(HEX[(b & 15) as usize]);
    }
    out
}

fn b_hexlify(vm: &Vm, args: Args) -> PyResult {
    hexlify_named(vm, &args, "hexlify")
}

fn b_b2a_hex(vm: &Vm, args: Args) -> PyResult {
    hexlify_named(vm, &args, "b2a_hex")
}

fn hex_value(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

/// The single positional-only argument of `name`.
fn one_arg<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyRef> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("binascii.{name}() takes no keyword arguments")));
    }
    let p = args.pos();
    if p.len() != 1 {
        return Err(vm.type_error(format!(
            "binascii.{name}() takes exactly one argument ({} given)",
            p.len()
        )));
    }
    Ok(&p[0])
}

fn unhexlify_named(vm: &Vm, args: &Args, name: &str) -> PyResult {
    let data = ascii_data(vm, one_arg(vm, args, name)?)?;
    if data.len() % 2 != 0 {
        return Err(error(vm, "Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks(2) {
        match (hex_value(pair[0]), hex_value(pair[1])) {
            (Some(h), Some(l)) => out.push((h << 4) | l),
            _ => return Err(error(vm, "Non-hexadecimal digit found")),
        }
    }
    Ok(vm.bytes_vec(out))
}

fn b_unhexlify(vm: &Vm, args: Args) -> PyResult {
    unhexlify_named(vm, &args, "unhexlify")
}

fn b_a2b_hex(vm: &Vm, args: Args) -> PyResult {
    unhexlify_named(vm, &args, "a2b_hex")
}

// ---------------------------------------------------------------------------------------------
// CRCs

/// The positional-only `(data, crc)` arguments of the CRC functions.
fn crc_args<'a>(
    vm: &Vm,
    args: &Args<'a>,
    name: &str,
    min: usize,
) -> PyResult<(Cow<'a, [u8]>, Option<&'a PyRef>)> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let p = args.pos();
    if p.len() < min || p.len() > 2 {
        let msg = if min == 2 {
            format!("{name} expected 2 arguments, got {}", p.len())
        } else if p.is_empty() {
            format!("{name} expected at least 1 argument, got 0")
        } else {
            format!("{name} expected at most 2 arguments, got {}", p.len())
        };
        return Err(vm.type_error(msg));
    }
    Ok((buffer(vm, &p[0])?, p.get(1)))
}

fn b_crc32(vm: &Vm, args: Args) -> PyResult {
    let (data, crc) = crc_args(vm, &args, "crc32", 1)?;
    let start = match crc {
        Some(c) => crate::zlib::unsigned_mask(vm, c)?,
        None => 0,
    };
    Ok(vm.int(crate::zlib::crc32_update(start, &data) as i64))
}

/// CRC-CCITT as BinHex uses it: polynomial 0x1021, most significant bit first.
fn crc_hqx(mut crc: u16, data: &[u8]) -> u16 {
    for &b in data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    crc
}

fn b_crc_hqx(vm: &Vm, args: Args) -> PyResult {
    let (data, crc) = crc_args(vm, &args, "crc_hqx", 2)?;
    let start = crate::zlib::unsigned_mask(vm, crc.unwrap_or(&vm.none()))? as u16;
    Ok(vm.int(crc_hqx(start, &data) as i64))
}

// ---------------------------------------------------------------------------------------------
// Base64

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_value(c: u8) -> Option<u8> {
    B64.iter().position(|&x| x == c).map(|p| p as u8)
}

/// Up to three bytes as one 24-bit group, zero-padded (base64's and uuencode's unit).
fn triple(chunk: &[u8]) -> u32 {
    chunk
        .iter()
        .chain(std::iter::repeat(&0))
        .take(3)
        .fold(0, |v, &b| (v << 8) | b as u32)
}

fn b_b2a_base64(vm: &Vm, args: Args) -> PyResult {
    let a = bind_kwonly(vm, &args, "b2a_base64", &["data", "newline"], 1)?;
    let data = buffer(vm, data_arg(vm, &a)?)?;
    let newline = int_flag(vm, a[1], true)?;
    let mut out = Vec::with_capacity(data.len() / 3 * 4 + 5);
    for chunk in data.chunks(3) {
        let v = triple(chunk);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(B64[((v >> (18 - 6 * k)) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    Ok(vm.bytes_vec(out))
}

fn b_a2b_base64(vm: &Vm, args: Args) -> PyResult {
    let a = bind_kwonly(vm, &args, "a2b_base64", &["data", "strict_mode"], 1)?;
    let data = ascii_data(vm, data_arg(vm, &a)?)?;
    let strict = int_flag(vm, a[1], false)?;
    decode_base64(&data, strict)
        .map(|v| vm.bytes_vec(v))
        .map_err(|m| error(vm, m))
}

/// Base64 decoding as `binascii.a2b_base64`: outside strict mode, characters outside the
/// alphabet are skipped and the first complete padding ends the data.
fn decode_base64(data: &[u8], strict: bool) -> Result<Vec<u8>, String> {
    let mut out = Vec::with_capacity(data.len() / 4 * 3);
    // Sextets of the current quad seen so far, and '=' seen since the last sextet.
    let (mut quad, mut acc, mut pads) = (0usize, 0u32, 0usize);
    let mut padding = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding = true;
            if strict && i == 0 {
                return Err("Leading padding not allowed".into());
            }
            pads += 1;
            if quad >= 2 && quad + pads >= 4 {
                if strict && i + 1 < data.len() {
                    return Err("Excess data after padding".into());
                }
                return Ok(out);
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err("Only base64 data is allowed".into());
            }
            continue;
        };
        if strict && padding {
            return Err("Discontinuous padding not allowed".into());
        }
        pads = 0;
        let v = v as u32;
        (quad, acc) = match quad {
            0 => (1, v),
            1 => {
                out.push(((acc << 2) | (v >> 4)) as u8);
                (2, v & 0x0f)
            }
            2 => {
                out.push(((acc << 4) | (v >> 2)) as u8);
                (3, v & 0x03)
            }
            _ => {
                out.push(((acc << 6) | v) as u8);
                (0, 0)
            }
        };
    }
    match quad {
        0 => Ok(out),
        1 => Err(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more \
             than a multiple of 4",
            out.len() / 3 * 4 + 1
        )),
        _ => Err("Incorrect padding".into()),
    }
}

// ---------------------------------------------------------------------------------------------
// Quoted-printable

const MAX_LINE: usize = 76;
const HEX_UPPER: &[u8; 16] = b"0123456789ABCDEF";

fn b_a2b_qp(vm: &Vm, args: Args) -> PyResult {
    let a = bind(vm, &args, "a2b_qp", &["data", "header"], 0, 1)?;
    let data = ascii_data(vm, data_arg(vm, &a)?)?;
    let header = match a[1] {
        Some(h) => int_flag(vm, Some(h), false)?,
        None => false,
    };
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if c == b'=' {
            i += 1;
            let Some(&next) = data.get(i) else {
                break;
            };
            if next == b'\n' || next == b'\r' {
                // A soft line break: skip to after the end of the line.
                while i < data.len() && data[i] != b'\n' {
                    i += 1;
                }
                i += 1;
            } else if next == b'=' {
                out.push(b'=');
                i += 1;
            } else if let (Some(h), Some(l)) =
                (hex_value(next), data.get(i + 1).and_then(|&x| hex_value(x)))
            {
                out.push((h << 4) | l);
                i += 2;
            } else {
                out.push(b'=');
            }
        } else if header && c == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(vm.bytes_vec(out))
}

fn b_b2a_qp(vm: &Vm, args: Args) -> PyResult {
    let names = ["data", "quotetabs", "istext", "header"];
    let a = bind(vm, &args, "b2a_qp", &names, 0, 1)?;
    let data = buffer(vm, data_arg(vm, &a)?)?;
    let quotetabs = int_flag(vm, a[1], false)?;
    let istext = int_flag(vm, a[2], true)?;
    let header = int_flag(vm, a[3], false)?;
    Ok(vm.bytes_vec(encode_qp(&data, quotetabs, istext, header)))
}

/// Quoted-printable encoding with `binascii.b2a_qp`'s rules.
fn encode_qp(data: &[u8], quotetabs: bool, istext: bool, header: bool) -> Vec<u8> {
    // Line ends are written as the first one in the data is.
    let crlf = data
        .iter()
        .position(|&c| c == b'\n')
        .is_some_and(|p| p > 0 && data[p - 1] == b'\r');
    let soft_break = |out: &mut Vec<u8>| {
        out.push(b'=');
        if crlf {
            out.push(b'\r');
        }
        out.push(b'\n');
    };
    let mut out = Vec::with_capacity(data.len() * 3 / 2);
    let mut linelen = 0;
    let mut i = 0;
    let n = data.len();
    while i < n {
        let c = data[i];
        let next = data.get(i + 1).copied();
        let at_end = i + 1 == n;
        let lone_dot =
            c == b'.' && linelen == 0 && matches!(next, None | Some(b'\n') | Some(b'\r') | Some(0));
        let quote = c > 126
            || c == b'='
            || (header && c == b'_')
            || lone_dot
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && at_end)
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')));
        if quote {
            if linelen + 3 >= MAX_LINE {
                soft_break(&mut out);
                linelen = 0;
            }
            out.extend_from_slice(&[
                b'=',
                HEX_UPPER[(c >> 4) as usize],
                HEX_UPPER[(c & 15) as usize],
            ]);
            linelen += 3;
            i += 1;
        } else if istext && (c == b'\n' || (c == b'\r' && next == Some(b'\n'))) {
            linelen = 0;
            // Whitespace before a line end would be lost in transit: quote it.
            if let Some(&last) = out.last() {
                if last == b' ' || last == b'\t' {
                    out.pop();
                    out.extend_from_slice(&[
                        b'=',
                        HEX_UPPER[(last >> 4) as usize],
                        HEX_UPPER[(last & 15) as usize],
                    ]);
                }
            }
            if crlf {
                out.push(b'\r');
            }
            out.push(b'\n');
            i += if c == b'\r' { 2 } else { 1 };
        } else {
            if !at_end && next != Some(b'\n') && linelen + 1 >= MAX_LINE {
                soft_break(&mut out);
                linelen = 0;
            }
            linelen += 1;
            out.push(if header && c == b' ' { b'_' } else { c });
            i += 1;
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// uuencode

fn b_a2b_uu(vm: &Vm, args: Args) -> PyResult {
    let data = ascii_data(vm, one_arg(vm, &args, "a2b_uu")?)?;
    // An empty buffer is read as its terminating NUL, as CPython does.
    let (first, rest) = match data.split_first() {
        Some((f, r)) => (*f, r),
        None => (0, &[][..]),
    };
    let want = (first.wrapping_sub(b' ') & 0x3f) as usize;
    let mut out = Vec::with_capacity(want);
    let (mut acc, mut bits) = (0u32, 0u32);
    let mut i = 0;
    while out.len() < want {
        let v = match rest.get(i) {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(&c) => {
                if !(b' '..=b' ' + 64).contains(&c) {
                    return Err(error(vm, "Illegal char"));
                }
                (c - b' ') & 0x3f
            }
        };
        i += 1;
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    for &c in rest.iter().skip(i) {
        if !matches!(c, b' ' | b'`' | b'\n' | b'\r') {
            return Err(error(vm, "Trailing garbage"));
        }
    }
    Ok(vm.bytes_vec(out))
}

fn b_b2a_uu(vm: &Vm, args: Args) -> PyResult {
    let a = bind_kwonly(vm, &args, "b2a_uu", &["data", "backtick"], 1)?;
    let data = buffer(vm, data_arg(vm, &a)?)?;
    let backtick = int_flag(vm, a[1], false)?;
    if data.len() > 45 {
        return Err(error(vm, "At most 45 bytes at once"));
    }
    let ch = |v: u8| {
        if backtick && v == 0 {
            b'`'
        } else {
            b' ' + v
        }
    };
    let mut out = vec![ch(data.len() as u8)];
    for chunk in data.chunks(3) {
        let v = triple(chunk);
        for k in 0..4 {
            out.push(ch(((v >> (18 - 6 * k)) & 63) as u8));
        }
    }
    out.push(b'\n');
    Ok(vm.bytes_vec(out))
}

// ---------------------------------------------------------------------------------------------

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("a2b_base64", b_a2b_base64),
    MethodDef::method("a2b_hex", b_a2b_hex),
    MethodDef::method("a2b_qp", b_a2b_qp),
    MethodDef::method("a2b_uu", b_a2b_uu),
    MethodDef::method("b2a_base64", b_b2a_base64),
    MethodDef::method("b2a_hex", b_b2a_hex),
    MethodDef::method("b2a_qp", b_b2a_qp),
    MethodDef::method("b2a_uu", b_b2a_uu),
    MethodDef::method("crc32", b_crc32),
    MethodDef::method("crc_hqx", b_crc_hqx),
    MethodDef::method("hexlify", b_hexlify),
    MethodDef::method("unhexlify", b_unhexlify),
];

pub fn init(vm: &Vm) -> PyResult {
    let m = new_module(vm, "binascii");
    crate::add_functions(vm, &m, FUNCTIONS);
    set_attr(
        vm,
        &m,
        "__doc__",
        vm.str("Conversion between binary data and ASCII"),
    );
    let (err, incomplete) = error_types(vm);
    set_attr(vm, &m, "Error", err);
    set_attr(vm, &m, "Incomplete", incomplete);
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc_hqx_matches_cpython() {
        assert_eq!(crc_hqx(0, b"hello"), 50018);
        assert_eq!(crc_hqx(0x1234, b"hello"), 26019);
        assert_eq!(crc_hqx(0xffff, b"hello"), 53870);
    }

    #[test]
    fn base64_and_hex() {
        assert_eq!(
            decode_base64(b"aGVsbG8gd29ybGQ=", false),
            Ok(b"hello world".to_vec())
        );
        assert_eq!(decode_base64(b"aG!!VsbG8=", false), Ok(b"hello".to_vec()));
        assert_eq!(decode_base64(b"abcdef==", true), Ok(b"i\xb7\x1dy".to_vec()));
        assert!(decode_base64(b"aGVsb===", false).is_err());
        assert_eq!(
            hex_with_sep(b"\x01\xab\xff\x00", Some(b':'), 3),
            b"01:abff00"
        );
        assert_eq!(
            hex_with_sep(b"\x01\xab\xff\x00", Some(b':'), -3),
            b"01abff:00"
        );
    }
}
