//! The format codes of `_struct`: parsing a format string into a layout (`prepare_s` in
//! `Modules/_struct.c`) and packing/unpacking one item of each code, with the native (`@`),
//! little-endian (`<`, and `=` on little-endian hosts) and big-endian (`>`, `!`) tables.
//!
//! CPython swaps the native pack functions into the little-endian table where the sizes agree
//! (`b B h H i I q Q e`, not `l L f d ?`), so `<h` and `@h` report range errors in the native
//! wording (`short format requires ...`) while `>h` uses `'h' format requires ...`. The same
//! choice is made here by `int_rule`.

use krait_vm::objects::int::int_val;
use krait_vm::objects::Payload;
use krait_vm::protocols::{call, compare, number};
use krait_vm::{PyRef, PyResult, Vm};
use num_traits::ToPrimitive;

/// Which table a format uses.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Table {
    /// `@` or no prefix: native sizes and alignment.
    Native,
    /// `<`, and `=` on a little-endian host: standard sizes, no alignment.
    Little,
    /// `>`, `!`, and `=` on a big-endian host.
    Big,
}

/// One code of a parsed format: `repeat` items of `size` bytes from `offset`; for `s` and `p`
/// a single item of `size` bytes.
#[derive(Clone, Debug)]
pub struct Code {
    pub ch: u8,
    pub offset: usize,
    pub size: usize,
    pub repeat: usize,
}

/// A parsed format (`PyStructObject`'s `s_codes`, `s_size`, `s_len`).
#[derive(Clone, Debug)]
pub struct Layout {
    pub table: Table,
    pub codes: Vec<Code>,
    pub size: usize,
    /// How many Python values pack takes and unpack returns.
    pub nitems: usize,
}

/// Why a format is rejected (each becomes a `struct.error`).
#[derive(Debug, PartialEq, Eq)]
pub enum FormatError {
    EmbeddedNull,
    BadChar,
    RepeatWithoutCode,
    TooLong,
}

impl FormatError {
    pub fn message(&self) -> &'static str {
        match self {
            FormatError::EmbeddedNull => "embedded null character",
            FormatError::BadChar => "bad char in struct format",
            FormatError::RepeatWithoutCode => "repeat count given without format specifier",
            FormatError::TooLong => "total struct size too long",
        }
    }
}

/// Item size and alignment of code `c` in `table`, None when the table lacks it.
fn entry(table: Table, c: u8) -> Option<(usize, usize)> {
    let native = table == Table::Native;
    let size = match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' if native => 8,
        b'l' | b'L' => 4,
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    };
    let align = if native && !matches!(c, b'x') {
        size
    } else {
        0
    };
    Some((size, align))
}

/// Round `size` up for an item of alignment `align` (`align()` in `_struct.c`).
fn align_up(size: usize, align: usize) -> Option<usize> {
    if align == 0 || size == 0 {
        return Some(size);
    }
    let extra = (align - 1) - (size - 1) % align;
    size.checked_add(extra)
}

/// Parse a format string (already bytes) into its layout.
pub fn parse(fmt: &[u8]) -> Result<Layout, FormatError> {
    if fmt.contains(&0) {
        return Err(FormatError::EmbeddedNull);
    }
    let max = isize::MAX as usize;
    let (table, rest) = match fmt.first() {
        Some(b'@') => (Table::Native, &fmt[1..]),
        Some(b'<') => (Table::Little, &fmt[1..]),
        Some(b'>') | Some(b'!') => (Table::Big, &fmt[1..]),
        Some(b'=') if cfg!(target_endian = "little") => (Table::Little, &fmt[1..]),
        Some(b'=') => (Table::Big, &fmt[1..]),
        _ => (Table::Native, fmt),
    };
    let mut codes = Vec::new();
    let (mut size, mut nitems) = (0usize, 0usize);
    let mut i = 0;
    while i < rest.len() {
        let mut c = rest[i];
        i += 1;
        if c.is_ascii_whitespace() || c == 0x0b {
            continue;
        }
        let num = if c.is_ascii_digit() {
            let mut num = (c - b'0') as usize;
            loop {
                let Some(&d) = rest.get(i) else {
                    return Err(FormatError::RepeatWithoutCode);
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                num = num
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((d - b'0') as usize))
                    .filter(|n| *n <= max)
                    .ok_or(FormatError::TooLong)?;
            }
            num
        } else {
            1
        };
        let (itemsize, align) = entry(table, c).ok_or(FormatError::BadChar)?;
        size = align_up(size, align)
            .filter(|s| *s <= max)
            .ok_or(FormatError::TooLong)?;
        if num > (max - size) / itemsize {
            return Err(FormatError::TooLong);
        }
        match c {
            b's' | b'p' => {
                codes.push(Code {
                    ch: c,
                    offset: size,
                    size: num,
                    repeat: 1,
                });
                nitems += 1;
            }
            b'x' => {}
            _ if num > 0 => {
                codes.push(Code {
                    ch: c,
                    offset: size,
                    size: itemsize,
                    repeat: num,
                });
                nitems += num;
            }
            _ => {}
        }
        size += num * itemsize;
    }
    Ok(Layout {
        table,
        codes,
        size,
        nitems,
    })
}

// ---------------------------------------------------------------------------------------------
// Packing integers

/// How an int value is converted before its range check (the C conversion each CPython pack
/// function uses).
#[derive(Clone, Copy)]
enum Conv {
    /// `PyLong_AsLong`; overflow is `argument out of range`.
    Long,
    /// `PyLong_AsUnsignedLong`; negative or overflow is `argument out of range`.
    ULong,
    /// `_PyLong_AsByteArray` into 8 bytes: OverflowError `int too large to convert`.
    Bytes8Signed,
    Bytes8Unsigned,
    /// `PyLong_AsVoidPtr`: negative values as signed, others as unsigned.
    VoidPtr,
}

/// The range check after conversion.
#[derive(Clone, Copy)]
enum Range {
    None,
    /// The native byte/short functions' own wording: `short format requires ...`.
    Named(&'static str, i64, i64),
    /// `_range_error`: `'h' format requires -32768 <= number <= 32767`.
    Signed(u32),
    Unsigned(u32),
}

/// The conversion and range check CPython applies to integer code `c` in `table`.
fn int_rule(table: Table, c: u8) -> (Conv, Range) {
    // The little-endian table uses the native functions where the sizes agree.
    let native = table == Table::Native
        || (table == Table::Little
            && cfg!(target_endian = "little")
            && matches!(c, b'h' | b'H' | b'i' | b'I' | b'q' | b'Q'));
    match c {
        b'b' => (Conv::Long, Range::Named("byte", -128, 127)),
        b'B' => (Conv::Long, Range::Named("ubyte", 0, 255)),
        b'h' if native => (Conv::Long, Range::Named("short", -32768, 32767)),
        b'H' if native => (Conv::Long, Range::Named("ushort", 0, 65535)),
        b'i' if native => (Conv::Long, Range::Signed(32)),
        b'I' if native => (Conv::ULong, Range::Unsigned(32)),
        b'l' | b'q' | b'n' if native => (Conv::Long, Range::None),
        b'L' | b'Q' | b'N' if native => (Conv::ULong, Range::None),
        b'P' => (Conv::VoidPtr, Range::None),
        b'h' => (Conv::Long, Range::Signed(16)),
        b'i' | b'l' => (Conv::Long, Range::Signed(32)),
        b'H' => (Conv::ULong, Range::Unsigned(16)),
        b'I' | b'L' => (Conv::ULong, Range::Unsigned(32)),
        b'q' => (Conv::Bytes8Signed, Range::None),
        _ => (Conv::Bytes8Unsigned, Range::None),
    }
}

fn struct_error(vm: &Vm, msg: impl Into<String>) -> PyRef {
    vm.new_exc(&crate::_struct::error_type(vm), msg)
}

/// `get_pylong`: the int value of `v`, through `__index__`.
fn get_pylong(vm: &Vm, v: &PyRef) -> PyResult<PyRef> {
    if int_val(v).is_some() {
        return Ok(v.clone());
    }
    if v.type_data().lookup(&vm.names.__index__).is_some() {
        return number::index(vm, v);
    }
    Err(struct_error(vm, "required argument is not an integer"))
}

/// The two's-complement bits of int `v` under code `c` (the low `size` bytes are packed).
fn int_bits(vm: &Vm, table: Table, c: u8, v: &PyRef) -> PyResult<u64> {
    let n = get_pylong(vm, v)?;
    let big = int_val(&n).map(|i| i.to_big()).unwrap_or_default();
    let out_of_range = || struct_error(vm, "argument out of range");
    let too_large = || vm.overflow_error("int too large to convert");
    let (conv, range) = int_rule(table, c);
    let (bits, value): (u64, i128) = match conv {
        Conv::Long => {
            let x = big.to_i64().ok_or_else(out_of_range)?;
            (x as u64, x as i128)
        }
        Conv::ULong => {
            let x = big.to_u64().ok_or_else(out_of_range)?;
            (x, x as i128)
        }
        Conv::Bytes8Signed => {
            let x = big.to_i64().ok_or_else(too_large)?;
            (x as u64, x as i128)
        }
        Conv::Bytes8Unsigned => {
            if big.sign() == num_bigint::Sign::Minus {
                return Err(vm.overflow_error("can't convert negative int to unsigned"));
            }
            let x = big.to_u64().ok_or_else(too_large)?;
            (x, x as i128)
        }
        Conv::VoidPtr => match big.to_i64() {
            Some(x) if x < 0 => (x as u64, x as i128),
            _ => {
                let x = big.to_u64().ok_or_else(too_large)?;
                (x, x as i128)
            }
        },
    };
    let fail = match range {
        Range::None => None,
        Range::Named(name, lo, hi) => (value < lo as i128 || value > hi as i128)
            .then(|| format!("{name} format requires {lo} <= number <= {hi}")),
        Range::Signed(b) => {
            let hi = (1i128 << (b - 1)) - 1;
            (value < -hi - 1 || value > hi).then(|| {
                format!(
                    "'{}' format requires {} <= number <= {hi}",
                    c as char,
                    -hi - 1
                )
            })
        }
        Range::Unsigned(b) => {
            let hi = (1i128 << b) - 1;
            (value > hi).then(|| format!("'{}' format requires 0 <= number <= {hi}", c as char))
        }
    };
    match fail {
        Some(m) => Err(struct_error(vm, m)),
        None => Ok(bits),
    }
}

// ---------------------------------------------------------------------------------------------
// Floats

/// `PyFloat_AsDouble` of a pack argument; any failure is `required argument is not a float`.
fn get_double(vm: &Vm, v: &PyRef) -> PyResult<f64> {
    let r = (|| -> PyResult<f64> {
        if let Payload::Float(f) = &v.payload {
            return Ok(*f);
        }
        if let Some(r) = call::call_special(vm, v, &vm.names.__float__, &[])? {
            return match &r.payload {
                Payload::Float(f) => Ok(*f),
                _ => Err(vm.type_error("__float__ returned non-float")),
            };
        }
        let i = number::index(vm, v)?;
        int_val(&i)
            .and_then(|x| x.to_f64())
            .ok_or_else(|| vm.overflow_error("int too large to convert to float"))
    })();
    r.map_err(|_| struct_error(vm, "required argument is not a float"))
}

/// A double as IEEE half precision, rounding half to even; None when it overflows
/// (`PyFloat_Pack2`).
pub fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    if a < 2f64.powi(-14) {
        // Subnormal: a multiple of 2**-24 (1024 is the smallest normal, encoded the same).
        let q = (a * 2f64.powi(24)).round_ties_even();
        return Some(sign | q as u16);
    }
    let e = ((a.to_bits() >> 52) & 0x7ff) as i32 - 1023;
    let scale = f64::from_bits(((e + 1023) as u64) << 52);
    let mut m = (a / scale * 1024.0).round_ties_even();
    let mut e = e;
    if m >= 2048.0 {
        m = 1024.0;
        e += 1;
    }
    if e + 15 >= 31 {
        return None;
    }
    Some(sign | (((e + 15) as u16) << 10) | (m as u16 - 1024))
}

/// IEEE half precision bits as a double (`PyFloat_Unpack2`).
pub fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let e = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    let v = match e {
        0 => m * 2f64.powi(-24),
        31 if m == 0.0 => f64::INFINITY,
        31 => f64::NAN,
        _ => (m + 1024.0) * 2f64.powi(e - 25),
    };
    sign * v
}

fn float_overflow(vm: &Vm, c: u8) -> PyRef {
    vm.overflow_error(format!("float too large to pack with {} format", c as char))
}

// ---------------------------------------------------------------------------------------------
// One item

fn put(out: &mut [u8], bits: u64, size: usize, table: Table) {
    let le = match table {
        Table::Native => cfg!(target_endian = "little"),
        Table::Little => true,
        Table::Big => false,
    };
    let bytes = bits.to_le_bytes();
    for k in 0..size {
        let b = bytes[k];
        if le {
            out[k] = b;
        } else {
            out[size - 1 - k] = b;
        }
    }
}

fn get(data: &[u8], size: usize, table: Table) -> u64 {
    let le = match table {
        Table::Native => cfg!(target_endian = "little"),
        Table::Little => true,
        Table::Big => false,
    };
    let mut bits = 0u64;
    for k in 0..size {
        let b = if le { data[size - 1 - k] } else { data[k] };
        bits = (bits << 8) | b as u64;
    }
    bits
}

/// The bytes of a `c`, `s` or `p` argument.
fn byte_arg<'a>(v: &'a PyRef) -> Option<std::borrow::Cow<'a, [u8]>> {
    krait_vm::objects::bytes::as_buffer(v)
}

/// Pack value `v` as one item of code `code` into `out` (exactly the item's bytes).
fn pack_item(vm: &Vm, table: Table, code: &Code, v: &PyRef, out: &mut [u8]) -> PyResult<()> {
    let c = code.ch;
    match c {
        b's' | b'p' => {
            let data = match &v.payload {
                Payload::Bytes(_) | Payload::ByteArray(_) => byte_arg(v),
                _ => None,
            }
            .ok_or_else(|| {
                struct_error(
                    vm,
                    format!("argument for '{}' must be a bytes object", c as char),
                )
            })?;
            if c == b's' {
                let n = data.len().min(code.size);
                out[..n].copy_from_slice(&data[..n]);
            } else if code.size > 0 {
                let n = data.len().min(code.size - 1);
                out[1..1 + n].copy_from_slice(&data[..n]);
                out[0] = n.min(255) as u8;
            }
        }
        b'c' => match &v.payload {
            Payload::Bytes(b) if b.len() == 1 => out[0] = b[0],
            _ => {
                return Err(struct_error(
                    vm,
                    "char format requires a bytes object of length 1",
                ))
            }
        },
        b'?' => out[0] = compare::is_true(vm, v)? as u8,
        b'e' => {
            let x = get_double(vm, v)?;
            let h = f64_to_half(x).ok_or_else(|| float_overflow(vm, c))?;
            put(out, h as u64, 2, table);
        }
        b'f' => {
            let x = get_double(vm, v)?;
            let y = x as f32;
            if y.is_infinite() && !x.is_infinite() && table != Table::Native {
                return Err(float_overflow(vm, c));
            }
            put(out, y.to_bits() as u64, 4, table);
        }
        b'd' => {
            let x = get_double(vm, v)?;
            put(out, x.to_bits(), 8, table);
        }
        _ => {
            let bits = int_bits(vm, table, c, v)?;
            put(out, bits, code.size, table);
        }
    }
    Ok(())
}

/// Pack `values` (exactly `layout.nitems` of them) into a zeroed buffer of `layout.size`.
pub fn pack_values(vm: &Vm, layout: &Layout, values: &[PyRef], out: &mut [u8]) -> PyResult<()> {
    let mut it = values.iter();
    for code in &layout.codes {
        let n = if matches!(code.ch, b's' | b'p') {
            1
        } else {
            code.repeat
        };
        for k in 0..n {
            let Some(v) = it.next() else {
                return Ok(());
            };
            let off = code.offset + k * code.size;
            let slot = &mut out[off..off + code.size];
            pack_item(vm, layout.table, code, v, slot).map_err(|e| {
                // `s_pack_internal`: an OverflowError while packing an int is a struct.error.
                let is_int = int_val(v).is_some();
                if is_int && vm.exc_matches(&e, &vm.t.overflow_error) {
                    struct_error(vm, "int too large to convert")
                } else {
                    e
                }
            })?;
        }
    }
    Ok(())
}

/// Unpack one item of `code` from `data` (the item's bytes).
fn unpack_item(vm: &Vm, table: Table, code: &Code, data: &[u8]) -> PyRef {
    let c = code.ch;
    match c {
        b's' => vm.bytes(data),
        b'p' => {
            let n = match data.first() {
                Some(&n) => (n as usize).min(code.size - 1),
                None => 0,
            };
            vm.bytes(&data[1.min(data.len())..(1 + n).min(data.len())])
        }
        b'c' => vm.bytes(&data[..1]),
        b'?' => vm.bool(data[0] != 0),
        b'e' => vm.float(half_to_f64(get(data, 2, table) as u16)),
        b'f' => vm.float(f32::from_bits(get(data, 4, table) as u32) as f64),
        b'd' => vm.float(f64::from_bits(get(data, 8, table))),
        _ => {
            let bits = get(data, code.size, table);
            let signed = matches!(c, b'b' | b'h' | b'i' | b'l' | b'q' | b'n');
            if signed {
                let shift = 64 - 8 * code.size as u32;
                vm.int(((bits << shift) as i64) >> shift)
            } else if let Ok(x) = i64::try_from(bits) {
                vm.int(x)
            } else {
                vm.bigint(bits.into())
            }
        }
    }
}

/// Unpack `data` (exactly `layout.size` bytes) into its items.
pub fn unpack(vm: &Vm, layout: &Layout, data: &[u8]) -> Vec<PyRef> {
    let mut out = Vec::with_capacity(layout.nitems);
    for code in &layout.codes {
        if matches!(code.ch, b's' | b'p') {
            let d = &data[code.offset..code.offset + code.size];
            out.push(unpack_item(vm, layout.table, code, d));
            continue;
        }
        for k in 0..code.repeat {
            let off = code.offset + k * code.size;
            out.push(unpack_item(
                vm,
                layout.table,
                code,
                &data[off..off + code.size],
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_and_alignment() {
        let size = |f: &str| parse(f.as_bytes()).map(|l| l.size);
        assert_eq!(size("bi"), Ok(8));
        assert_eq!(size("=bi"), Ok(5));
        assert_eq!(size("bq0i"), Ok(16));
        assert_eq!(size("b0q"), Ok(8));
        assert_eq!(size("@c?hxxhe"), Ok(10));
        assert_eq!(size("lL"), Ok(16));
        assert_eq!(size("=lL"), Ok(8));
        assert_eq!(size("0p"), Ok(0));
        assert_eq!(size("<P"), Err(FormatError::BadChar));
        assert_eq!(size("i3"), Err(FormatError::RepeatWithoutCode));
        assert_eq!(size("9999999999999999999i"), Err(FormatError::TooLong));
        assert_eq!(size("9223372036854775807x"), Ok(9223372036854775807));
        assert_eq!(size("i\0"), Err(FormatError::EmbeddedNull));
    }

    #[test]
    fn half_floats() {
        assert_eq!(f64_to_half(1.0), Some(0x3c00));
        assert_eq!(f64_to_half(65519.0), Some(0x7bff));
        assert_eq!(f64_to_half(65520.0), None);
        assert_eq!(f64_to_half(6e-8), Some(1));
        assert_eq!(f64_to_half(2f64.powi(-25)), Some(0));
        assert_eq!(f64_to_half(-0.0), Some(0x8000));
        assert_eq!(half_to_f64(0x7bff), 65504.0);
        assert_eq!(half_to_f64(1), 2f64.powi(-24));
        for h in 0..0x7c00u16 {
            assert_eq!(f64_to_half(half_to_f64(h)), Some(h));
        }
    }
}
