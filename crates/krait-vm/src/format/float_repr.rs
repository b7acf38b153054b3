//! Float to text: `repr(float)`, the `e f g %` conversions, `float.hex`, `float.fromhex` and
//! `float.as_integer_ratio`. Mirrors Python/pystrtod.c (`format_float_short`) and
//! Objects/floatobject.c (`float_hex`, `float_fromhex`, `float_as_integer_ratio_impl`).
//!
//! The digit generation leans on Rust's formatter, which is correctly rounded: `{:e}` gives the
//! shortest round-tripping digits (dtoa mode 0), `{:.*e}` a fixed number of significant digits
//! (mode 2) and `{:.*}` a fixed number of decimals (mode 3). The layout rules on top of those
//! digits follow `format_float_short`.

use num_bigint::BigInt;
use num_traits::One;

use super::{string_with_capacity, FormatError};

/// Options of `PyOS_double_to_string` that change the layout of the digits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FloatFlags {
    /// `#`: always keep the decimal point, and keep trailing zeros for `g`.
    pub alternate: bool,
    /// Add `.0` to integral values written without exponent (repr, and the type-less
    /// `format` spec, where it also lowers the `g` exponent threshold by one).
    pub add_dot_0: bool,
    /// The 3.11 `z` flag: a result that rounds to zero loses its minus sign.
    pub no_neg_0: bool,
}

/// `repr(x)` and `str(x)` for a float: shortest round-trip digits, exponent form below 1e-4
/// and from 1e16 on.
pub fn float_repr(x: f64) -> String {
    let flags = FloatFlags {
        add_dot_0: true,
        ..FloatFlags::default()
    };
    // The repr of a float is at most 24 characters: no allocation can fail.
    with_sign(float_parts(x, 'r', 0, flags).unwrap_or_default())
}

/// `'%.{precision}{ty}' % x` for `ty` in `e E f F g G %`, or `'r'` for the repr digits (then
/// `precision` is ignored). `alternate` is the `#` flag. The result carries a leading `-` for
/// negative values (never for NaN), and no other sign. Fails only with `MemoryError` for an
/// absurd precision.
pub fn format_float(
    x: f64,
    ty: char,
    precision: usize,
    alternate: bool,
) -> Result<String, FormatError> {
    let flags = FloatFlags {
        alternate,
        ..FloatFlags::default()
    };
    if ty == '%' {
        let (neg, body) = float_parts(x * 100.0, 'f', precision, flags)?;
        return Ok(with_sign((neg, body + "%")));
    }
    Ok(with_sign(float_parts(x, ty, precision, flags)?))
}

/// `format(x, spec)` where the spec has no type letter: repr-like without a precision, and
/// like `g` with at least one digit after the point when a precision is given
/// (`format(1.0, '.3')` is `1.0`, `format(1234.0, '.4')` is `1.234e+03`).
pub fn format_float_none(
    x: f64,
    precision: Option<usize>,
    alternate: bool,
) -> Result<String, FormatError> {
    let flags = FloatFlags {
        alternate,
        add_dot_0: true,
        ..FloatFlags::default()
    };
    match precision {
        None => Ok(with_sign(float_parts(x, 'r', 0, flags)?)),
        Some(p) => Ok(with_sign(float_parts(x, 'g', p, flags)?)),
    }
}

fn with_sign((negative, body): (bool, String)) -> String {
    if negative {
        let mut s = String::with_capacity(body.len() + 1);
        s.push('-');
        s.push_str(&body);
        s
    } else {
        body
    }
}

/// The core of `PyOS_double_to_string`: returns whether a minus sign is due, and the text
/// without any sign. `code` is one of `e E f F g G r`; any other letter is treated as `r`.
pub fn float_parts(
    x: f64,
    code: char,
    precision: usize,
    flags: FloatFlags,
) -> Result<(bool, String), FormatError> {
    let upper = matches!(code, 'E' | 'F' | 'G');
    let code = code.to_ascii_lowercase();
    let negative = x.is_sign_negative() && !x.is_nan();
    if !x.is_finite() {
        let text = if x.is_nan() { "nan" } else { "inf" };
        let text = if upper {
            text.to_ascii_uppercase()
        } else {
            text.to_string()
        };
        return Ok((negative, text));
    }
    let a = x.abs();
    let (digits, decpt, precision) = match code {
        'e' => {
            let (d, p) = sig_digits(a, precision.saturating_add(1));
            (d, p, precision.saturating_add(1))
        }
        'f' => {
            let (d, p) = fixed_digits(a, precision);
            (d, p, precision)
        }
        'g' => {
            let precision = precision.max(1);
            let (d, p) = sig_digits(a, precision);
            (d, p, precision)
        }
        _ => {
            let (d, p) = shortest_digits(a);
            (d, p, 0)
        }
    };
    let code = if matches!(code, 'e' | 'f' | 'g') {
        code
    } else {
        'r'
    };
    // No string of that many digits can be allocated; bail out before the arithmetic below
    // could overflow.
    let precision = i64::try_from(precision)
        .ok()
        .filter(|&p| p < i64::from(u32::MAX) << 16)
        .ok_or(FormatError::MemoryError)?;
    let body = layout(&digits, decpt, code, precision, flags, upper)?;
    let negative = negative && !(flags.no_neg_0 && digits.bytes().all(|b| b == b'0'));
    Ok((negative, body))
}

/// Shortest round-trip digits of a finite `a >= 0`, without trailing zeros, and the position
/// of the decimal point relative to the first digit (dtoa's `decpt`).
fn shortest_digits(a: f64) -> (String, i64) {
    let shortest = split_exp_form(&format!("{a:e}"));
    // When two shortest candidates are equally near, Rust may pick either while dtoa takes
    // the correctly rounded one (`repr(716532569254781.25)` is `…781.2`): prefer the correctly
    // rounded digits of the same length whenever they round-trip too.
    let n = shortest.0.len();
    let rounded = format!("{:.*e}", n - 1, a);
    if rounded.parse::<f64>() == Ok(a) {
        return split_exp_form(&rounded);
    }
    shortest
}

/// More digits than any double's exact decimal expansion has (at most 767 significant ones,
/// and 1074 after the point): asking Rust for more only adds zeros, and Rust refuses
/// precisions past `u16::MAX`.
const EXACT_DIGITS: usize = 1100;

/// `n >= 1` correctly rounded significant digits, trailing zeros removed.
fn sig_digits(a: f64, n: usize) -> (String, i64) {
    split_exp_form(&format!("{:.*e}", n.clamp(1, EXACT_DIGITS) - 1, a))
}

/// Digits of `a` rounded to `decimals` places, leading and trailing zeros removed; a value that
/// rounds to zero gives `("0", 1)` like dtoa.
fn fixed_digits(a: f64, decimals: usize) -> (String, i64) {
    if let Some(r) = fixed_digits_exact(a, decimals) {
        return r;
    }
    let decimals = decimals.min(EXACT_DIGITS);
    let text = format!("{a:.decimals$}");
    let (int_part, frac_part) = text.split_once('.').unwrap_or((text.as_str(), ""));
    let mut decpt = int_part.len() as i64;
    let mut all: String = int_part.chars().chain(frac_part.chars()).collect();
    let leading = all.bytes().take_while(|&b| b == b'0').count();
    if leading == all.len() {
        return ("0".to_string(), 1);
    }
    all.drain(..leading);
    decpt -= leading as i64;
    let trimmed = all.trim_end_matches('0').len();
    all.truncate(trimmed);
    (all, decpt)
}

/// `fixed_digits` by exact integer arithmetic, when `a * 10^decimals` fits 128 bits: with
/// `a = m * 2^e`, the scaled value is `m * 10^decimals * 2^e`, rounded half to even on the
/// exact binary value as dtoa does. None when it does not fit (the general path decides).
fn fixed_digits_exact(a: f64, decimals: usize) -> Option<(String, i64)> {
    // 10^22 < 2^74 and m < 2^53, so the product below stays under 2^127.
    if decimals > 22 {
        return None;
    }
    let bits = a.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (m, e) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    let scaled = u128::from(m) * 10u128.pow(decimals as u32);
    let q = if e >= 0 {
        if scaled.leading_zeros() <= e as u32 {
            return None;
        }
        scaled << e
    } else {
        let k = (-e) as u32;
        if k >= 128 {
            return None;
        }
        let q = scaled >> k;
        let rest = scaled & ((1u128 << k) - 1);
        let half = 1u128 << (k - 1);
        if rest > half || (rest == half && q & 1 == 1) {
            q + 1
        } else {
            q
        }
    };
    if q == 0 {
        return Some(("0".to_string(), 1));
    }
    // u128 formatting divides in 128 bits; most values fit 64.
    let mut digits = match u64::try_from(q) {
        Ok(q) => q.to_string(),
        Err(_) => q.to_string(),
    };
    let decpt = digits.len() as i64 - decimals as i64;
    let trimmed = digits.trim_end_matches('0').len();
    digits.truncate(trimmed);
    Some((digits, decpt))
}

/// Splits Rust's `d.ddde-N` into trimmed digits and dtoa's `decpt`.
fn split_exp_form(text: &str) -> (String, i64) {
    let (mantissa, exp) = text.split_once('e').unwrap_or((text, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let trimmed = digits.trim_end_matches('0').len().max(1);
    digits.truncate(trimmed);
    if digits == "0" {
        return (digits, 1);
    }
    (digits, exp + 1)
}

/// Places the decimal point, zero padding and exponent around `digits`, following
/// `format_float_short`: the output is the slice `[vstart, vend)` of the digit string padded
/// with zeros on both sides, with the point after position `decpt`.
fn layout(
    digits: &str,
    decpt: i64,
    code: char,
    precision: i64,
    flags: FloatFlags,
    upper: bool,
) -> Result<String, FormatError> {
    let digits_len = digits.len() as i64;
    let mut decpt = decpt;
    let mut vend = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vend = precision;
        }
        'f' => vend = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alternate {
                vend = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = if !use_exp && flags.add_dot_0 {
        vend.max(decpt + 1)
    } else {
        vend.max(decpt)
    };

    let size = vend.saturating_sub(vstart).saturating_add(8).max(0);
    let mut out = string_with_capacity(usize::try_from(size).unwrap_or(usize::MAX))?;
    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    if decpt <= 0 {
        zeros(&mut out, decpt - vstart);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vstart);
    }
    if 0 < decpt && decpt <= digits_len {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    } else {
        out.push_str(digits);
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vend - decpt);
    } else {
        zeros(&mut out, vend - digits_len);
    }
    if out.ends_with('.') && !flags.alternate {
        out.pop();
    }
    if use_exp {
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let mag = exp.unsigned_abs();
        if mag < 10 {
            out.push('0');
        }
        out.push_str(&mag.to_string());
    }
    Ok(out)
}

/// `float.hex(x)`: `[-]0x1.hhhhhhhhhhhhhp+E`, subnormals as `0x0.…p-1022`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    let exp_sign = if exp < 0 { '-' } else { '+' };
    format!(
        "{sign}0x{lead}.{fraction:013x}p{exp_sign}{}",
        exp.unsigned_abs()
    )
}

fn invalid_hex() -> FormatError {
    FormatError::value("invalid hexadecimal floating-point string")
}

fn hex_too_large() -> FormatError {
    FormatError::overflow("hexadecimal value too large to represent as a float")
}

/// `float.fromhex(s)`: optional ASCII whitespace, sign, `inf`/`infinity`/`nan`, or an optional
/// `0x` prefix, hex digits with an optional point, and an optional `p` binary exponent.
/// Rounds half to even like `float_fromhex`.
pub fn float_fromhex(s: &str) -> Result<f64, FormatError> {
    let is_space = |b: &u8| matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r');
    let bytes = s.as_bytes();
    let start = bytes
        .iter()
        .position(|b| !is_space(b))
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !is_space(b))
        .map_or(start, |i| i + 1);
    let body = &bytes[start..end.max(start)];

    let (negative, rest) = match body.first() {
        Some(b'-') => (true, &body[1..]),
        Some(b'+') => (false, &body[1..]),
        _ => (false, body),
    };
    let sign = if negative { -1.0 } else { 1.0 };
    let lowered = rest.to_ascii_lowercase();
    if lowered == b"inf" || lowered == b"infinity" {
        return Ok(sign * f64::INFINITY);
    }
    if lowered == b"nan" {
        return Ok(sign * f64::NAN);
    }
    let mut rest = rest;
    if lowered.starts_with(b"0x") {
        rest = &rest[2..];
    }

    // Mantissa digits (leading zeros dropped) and the count of digits after the point.
    let mut nibbles: Vec<u8> = Vec::new();
    let mut frac_digits: i64 = 0;
    let mut any_digit = false;
    let mut seen_point = false;
    let mut i = 0;
    while i < rest.len() {
        let c = rest[i];
        if let Some(v) = (c as char).to_digit(16) {
            any_digit = true;
            if seen_point {
                frac_digits = frac_digits.saturating_add(1);
            }
            // Leading zeros are dropped; after the point they still count in `frac_digits`.
            if !(nibbles.is_empty() && v == 0) {
                nibbles.push(v as u8);
            }
        } else if c == b'.' && !seen_point {
            seen_point = true;
        } else {
            break;
        }
        i += 1;
    }
    if !any_digit {
        return Err(invalid_hex());
    }
    let mut exp: i64 = 0;
    if i < rest.len() && (rest[i] == b'p' || rest[i] == b'P') {
        i += 1;
        let mut exp_negative = false;
        if i < rest.len() && (rest[i] == b'+' || rest[i] == b'-') {
            exp_negative = rest[i] == b'-';
            i += 1;
        }
        let digits_start = i;
        while i < rest.len() && rest[i].is_ascii_digit() {
            // Saturate: anything this large already overflows or underflows.
            exp = (exp * 10 + i64::from(rest[i] - b'0')).min(1 << 40);
            i += 1;
        }
        if i == digits_start {
            return Err(invalid_hex());
        }
        if exp_negative {
            exp = -exp;
        }
    }
    if i != rest.len() {
        return Err(invalid_hex());
    }
    if nibbles.is_empty() {
        return Ok(sign * 0.0);
    }

    // value = M * 2^scale where M is the integer spelled by `nibbles`.
    let scale = exp - 4 * frac_digits;
    let first_bits = 8 - i64::from(nibbles[0].leading_zeros());
    let bit_len = 4 * (nibbles.len() as i64 - 1) + first_bits;
    // value lies in [2^(top-1), 2^top).
    let top = bit_len + scale;
    if top > 1024 {
        return Err(hex_too_large());
    }
    // Number of mantissa bits the result can hold at this magnitude.
    let keep = if top >= -1021 { 53 } else { top + 1074 };
    if keep < 0 {
        return Ok(sign * 0.0);
    }
    let bit_at = |pos: i64| -> u64 {
        // Bit `pos` of M counted from the most significant (0).
        if pos < 0 || pos >= bit_len {
            return 0;
        }
        let from_low = bit_len - 1 - pos;
        let nibble = nibbles[nibbles.len() - 1 - (from_low / 4) as usize];
        u64::from((nibble >> (from_low % 4)) & 1)
    };
    let mut kept: u64 = 0;
    for pos in 0..keep {
        kept = (kept << 1) | bit_at(pos);
    }
    let half = bit_at(keep);
    let sticky = (keep + 1..bit_len).any(|pos| bit_at(pos) == 1);
    if half == 1 && (sticky || kept & 1 == 1) {
        kept += 1;
    }
    let magnitude = if keep < 53 {
        // Subnormal (or the smallest normal after rounding up): value = kept * 2^-1074.
        f64::from_bits(kept)
    } else {
        let mut top = top;
        if kept == 1 << 53 {
            kept >>= 1;
            top += 1;
        }
        if top > 1024 {
            return Err(hex_too_large());
        }
        let biased = (top + 1022) as u64;
        f64::from_bits((biased << 52) | (kept & ((1 << 52) - 1)))
    };
    Ok(sign * magnitude)
}

/// `float.as_integer_ratio(x)`: the lowest-terms fraction with a positive denominator.
pub fn float_as_integer_ratio(x: f64) -> Result<(BigInt, BigInt), FormatError> {
    if x.is_infinite() {
        return Err(FormatError::overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(FormatError::value("cannot convert NaN to integer ratio"));
    }
    if x == 0.0 {
        return Ok((BigInt::from(0), BigInt::one()));
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mut mantissa, mut exp) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    let shift = mantissa.trailing_zeros();
    mantissa >>= shift;
    exp += i64::from(shift);
    let mut numerator = BigInt::from(mantissa);
    if x < 0.0 {
        numerator = -numerator;
    }
    if exp >= 0 {
        Ok((numerator << exp as usize, BigInt::one()))
    } else {
        Ok((numerator, BigInt::one() << (-exp) as usize))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines `kind<TAB>arg...<TAB>expected`, generated by testdata/gen_float.py.
    const CASES: &str = include_str!("testdata/float_cases.txt");

    fn parse_f64(hex: &str) -> f64 {
        f64::from_bits(u64::from_str_radix(hex, 16).expect("test data"))
    }

    #[test]
    fn generated_cases() {
        let mut failures = Vec::new();
        let mut count = 0;
        for line in CASES.lines() {
            let fields: Vec<&str> = line.split('\t').collect();
            let got = match fields[0] {
                "repr" => float_repr(parse_f64(fields[1])),
                "fmt" => {
                    let ty = fields[2].chars().next().unwrap_or('r');
                    let prec: usize = fields[3].parse().expect("test data");
                    format_float(parse_f64(fields[1]), ty, prec, fields[4] == "1")
                        .expect("small precision")
                }
                "none" => {
                    let prec = fields[2].parse::<usize>().ok();
                    format_float_none(parse_f64(fields[1]), prec, fields[3] == "1")
                        .expect("small precision")
                }
                "hex" => float_hex(parse_f64(fields[1])),
                "fromhex" => match float_fromhex(fields[1]) {
                    Ok(v) if v.is_nan() => "nan".to_string(),
                    Ok(v) => format!("{:016x}", v.to_bits()),
                    Err(e) => e.to_string(),
                },
                "ratio" => match float_as_integer_ratio(parse_f64(fields[1])) {
                    Ok((n, d)) => format!("{n}/{d}"),
                    Err(e) => e.to_string(),
                },
                other => panic!("unknown case kind {other}"),
            };
            let expected = *fields.last().expect("test data");
            count += 1;
            if got != expected {
                failures.push(format!("{line}\n   got {got}"));
            }
        }
        assert!(count > 1000);
        assert!(
            failures.is_empty(),
            "{} failures:\n{}",
            failures.len(),
            failures[..failures.len().min(20)].join("\n")
        );
    }

    /// Rust's formatter stops at precision 65535; past the exact digits only zeros follow.
    #[test]
    fn huge_precision() {
        let s = format_float(0.1, 'f', 70000, false).expect("fits");
        assert_eq!(s.len(), 70002);
        assert!(s.starts_with("0.1000000000000000055511151231257827"));
        assert!(s.ends_with("000"));
        let s = format_float(5e-324, 'e', 100_000, true).expect("fits");
        assert!(s.starts_with("4.9406564584124654417656879286822137236505980261"));
        assert!(s.ends_with("0e-324"));
        assert_eq!(format_float(1.5, 'g', 80000, false).expect("fits"), "1.5");
        assert_eq!(
            format_float(1.0, 'f', usize::MAX, false),
            Err(FormatError::MemoryError)
        );
    }

    #[test]
    fn fromhex_never_panics() {
        let alphabet = b"0123456789abcdefxXpP+-. \tinfINFa_";
        let mut seed: u64 = 0x1234_5678;
        for _ in 0..20000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let len = (seed >> 59) as usize;
            let mut s = String::new();
            let mut r = seed;
            for _ in 0..len {
                r = r.wrapping_mul(6364136223846793005).wrapping_add(1);
                s.push(alphabet[(r >> 33) as usize % alphabet.len()] as char);
            }
            let _ = float_fromhex(&s);
        }
    }
}
