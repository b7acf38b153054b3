//! Text to number and back: `int(s, base)`, `float(s)` and int to digits in any base, with
//! CPython 3.11's integer string conversion length limit. Mirrors Objects/longobject.c
//! (`PyLong_FromString`, `long_to_decimal_string_internal`), Objects/floatobject.c
//! (`PyFloat_FromString`) and Python/pystrtod.c (`_Py_string_to_number_with_underscores`).
//!
//! Strings first go through `_PyUnicode_TransformDecimalAndSpaceToASCII`: Unicode decimal
//! digits become ASCII digits, Unicode whitespace becomes a space, and anything else outside
//! ASCII becomes `?`, which no grammar accepts.

use num_bigint::BigInt;
use num_traits::{Num, Zero};

use super::bytesfuncs::bytes_repr;
use super::spec::check_str_digits;
use super::strfuncs::{decimal_value, is_space, str_repr};
use super::FormatError;

/// `_PyUnicode_TransformDecimalAndSpaceToASCII`.
fn to_ascii_digits(s: &str) -> Vec<u8> {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c as u8
            } else if let Some(d) = decimal_value(c) {
                b'0' + d as u8
            } else if is_space(c) {
                b' '
            } else {
                b'?'
            }
        })
        .collect()
}

/// `Py_ISSPACE`.
fn ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// The `%.200R` of CPython's messages: the repr cut to 200 characters.
fn repr_200(repr: String) -> String {
    match repr.char_indices().nth(200) {
        Some((i, _)) => repr[..i].to_string(),
        None => repr,
    }
}

/// Why `PyLong_FromString` gave up.
enum IntParseError {
    Invalid,
    TooManyDigits(usize),
}

/// `int(s, base)` for a str. `max_str_digits` is `sys.get_int_max_str_digits()` (0: no limit).
pub fn parse_int(s: &str, base: u32, max_str_digits: usize) -> Result<BigInt, FormatError> {
    check_base(base)?;
    parse_ascii_int(&to_ascii_digits(s), base, max_str_digits)
        .map_err(|e| int_error(e, base, || str_repr(s), max_str_digits))
}

/// `int(b, base)` for bytes or bytearray (ASCII only, the message shows the bytes repr).
pub fn parse_int_bytes(b: &[u8], base: u32, max_str_digits: usize) -> Result<BigInt, FormatError> {
    check_base(base)?;
    parse_ascii_int(b, base, max_str_digits)
        .map_err(|e| int_error(e, base, || bytes_repr(b), max_str_digits))
}

fn check_base(base: u32) -> Result<(), FormatError> {
    if base == 1 || base > 36 {
        return Err(FormatError::value(
            "int() base must be >= 2 and <= 36, or 0",
        ));
    }
    Ok(())
}

fn int_error(
    e: IntParseError,
    base: u32,
    repr: impl FnOnce() -> String,
    max_str_digits: usize,
) -> FormatError {
    match e {
        IntParseError::Invalid => FormatError::value(format!(
            "invalid literal for int() with base {base}: {}",
            repr_200(repr())
        )),
        IntParseError::TooManyDigits(n) => FormatError::value(format!(
            "Exceeds the limit ({max_str_digits} digits) for integer string conversion: \
             value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
        )),
    }
}

/// `PyLong_FromString` over the whole of `b`: whitespace, sign, base prefix, digits with single
/// underscores between them, whitespace.
fn parse_ascii_int(b: &[u8], base: u32, max_str_digits: usize) -> Result<BigInt, IntParseError> {
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while ascii_space(at(i)) {
        i += 1;
    }
    let negative = at(i) == b'-';
    if matches!(at(i), b'+' | b'-') {
        i += 1;
    }
    let mut base = base;
    let mut old_octal = false;
    if base == 0 {
        base = match (at(i), at(i + 1).to_ascii_lowercase()) {
            (b'0', b'x') => 16,
            (b'0', b'o') => 8,
            (b'0', b'b') => 2,
            (b'0', _) => {
                // A C-style octal literal: only zero is allowed.
                old_octal = true;
                10
            }
            _ => 10,
        };
    }
    if at(i) == b'0' {
        let marker = at(i + 1).to_ascii_lowercase();
        if (base == 16 && marker == b'x')
            || (base == 8 && marker == b'o')
            || (base == 2 && marker == b'b')
        {
            i += 2;
            if at(i) == b'_' {
                i += 1;
            }
        }
    }
    if at(i) == b'_' {
        return Err(IntParseError::Invalid);
    }
    let start = i;
    let mut digits: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while i < b.len() {
        let c = b[i];
        if c == b'_' {
            if prev == b'_' {
                return Err(IntParseError::Invalid);
            }
        } else if (c as char).to_digit(36).is_some_and(|d| d < base) {
            digits.push(c);
        } else {
            break;
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' {
        return Err(IntParseError::Invalid);
    }
    if !base.is_power_of_two() && max_str_digits > 0 && digits.len() > max_str_digits {
        return Err(IntParseError::TooManyDigits(digits.len()));
    }
    if i == start {
        return Err(IntParseError::Invalid);
    }
    while ascii_space(at(i)) {
        i += 1;
    }
    if i != b.len() {
        return Err(IntParseError::Invalid);
    }
    let text = std::str::from_utf8(&digits).map_err(|_| IntParseError::Invalid)?;
    let magnitude = BigInt::from_str_radix(text, base).map_err(|_| IntParseError::Invalid)?;
    if old_octal && !magnitude.is_zero() {
        return Err(IntParseError::Invalid);
    }
    Ok(if negative { -magnitude } else { magnitude })
}

/// `float(s)` for a str.
pub fn parse_float(s: &str) -> Result<f64, FormatError> {
    parse_ascii_float(&to_ascii_digits(s)).ok_or_else(|| {
        FormatError::value(format!(
            "could not convert string to float: {}",
            str_repr(s)
        ))
    })
}

/// `float(b)` for bytes or bytearray.
pub fn parse_float_bytes(b: &[u8]) -> Result<f64, FormatError> {
    parse_ascii_float(b).ok_or_else(|| {
        FormatError::value(format!(
            "could not convert string to float: {}",
            bytes_repr(b)
        ))
    })
}

/// Underscore removal (`_Py_string_to_number_with_underscores`: only between digits), then
/// whitespace stripping and the strtod grammar.
fn parse_ascii_float(b: &[u8]) -> Option<f64> {
    let mut cleaned = Vec::with_capacity(b.len());
    let mut prev = 0u8;
    for &c in b {
        if c == b'_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == b'_' && !c.is_ascii_digit() {
                return None;
            }
            cleaned.push(c);
        }
        prev = c;
    }
    if prev == b'_' {
        return None;
    }
    let start = cleaned.iter().position(|&c| !ascii_space(c))?;
    let end = cleaned.iter().rposition(|&c| !ascii_space(c))? + 1;
    let body = &cleaned[start..end];
    if !is_float_literal(body) {
        return None;
    }
    std::str::from_utf8(body).ok()?.parse::<f64>().ok()
}

/// `[sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits]`, or `inf`, `infinity`,
/// `nan` in any case after an optional sign.
fn is_float_literal(b: &[u8]) -> bool {
    let mut i = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let rest = b[i..].to_ascii_lowercase();
    if rest == b"inf" || rest == b"infinity" || rest == b"nan" {
        return true;
    }
    let digits = |i: &mut usize| {
        let from = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - from
    };
    let mut mantissa = digits(&mut i);
    if i < b.len() && b[i] == b'.' {
        i += 1;
        mantissa += digits(&mut i);
    }
    if mantissa == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// The digits of `v` in `base` (2 to 36, lowercase, `-` for negatives, no prefix), as `str(v)`
/// for base 10 including the `sys.set_int_max_str_digits` limit.
pub fn int_to_str_radix(
    v: &BigInt,
    base: u32,
    max_str_digits: usize,
) -> Result<String, FormatError> {
    let base = base.clamp(2, 36);
    if base == 10 && max_str_digits > 0 {
        // A value with `bits` bits has at least floor((bits - 1) * log10(2)) + 1 digits: refuse
        // hopeless cases before paying for the conversion.
        let bits = v.bits();
        let min_digits = ((bits.saturating_sub(1)) as f64 * std::f64::consts::LOG10_2) as u64 + 1;
        if min_digits > max_str_digits as u64 + 1 {
            check_str_digits(usize::MAX, max_str_digits)?;
        }
    }
    let text = v.to_str_radix(base);
    if base == 10 {
        let ndigits = text.len() - usize::from(text.starts_with('-'));
        check_str_digits(ndigits, max_str_digits)?;
    }
    Ok(text)
}

/// `bin(v)`, `oct(v)` and `hex(v)`: `-0x1f` style (base 2, 8 or 16).
pub fn int_to_prefixed(v: &BigInt, base: u32) -> String {
    let prefix = match base {
        2 => "0b",
        8 => "0o",
        _ => "0x",
    };
    let digits = v.magnitude().to_str_radix(match base {
        2 | 8 => base,
        _ => 16,
    });
    if v.sign() == num_bigint::Sign::Minus {
        format!("-{prefix}{digits}")
    } else {
        format!("{prefix}{digits}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Generated by testdata/gen_number_parse.py.
    const CASES: &str = include_str!("testdata/number_parse_cases.txt");

    fn unhex(h: &str) -> String {
        let bytes: Vec<u8> = (0..h.len() / 2)
            .map(|i| u8::from_str_radix(&h[2 * i..2 * i + 2], 16).expect("test data"))
            .collect();
        String::from_utf8(bytes).expect("test data")
    }

    #[test]
    fn generated_cases() {
        let mut failures = Vec::new();
        let mut checked = 0;
        for line in CASES.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            let got = match f[0] {
                "int" => {
                    let base: u32 = f[2].parse().expect("test data");
                    match parse_int(&unhex(f[1]), base, 4300) {
                        Ok(v) => v.to_string(),
                        Err(e) => e.to_string(),
                    }
                }
                "float" => match parse_float(&unhex(f[1])) {
                    Ok(v) if v.is_nan() => "nan".to_string(),
                    Ok(v) => super::super::float_repr::float_hex(v),
                    Err(e) => e.to_string(),
                },
                _ => {
                    let v: BigInt = f[1].parse().expect("test data");
                    let base: u32 = f[2].parse().expect("test data");
                    int_to_str_radix(&v, base, 4300).unwrap_or_else(|e| e.to_string())
                }
            };
            checked += 1;
            let expected = *f.last().expect("test data");
            if got != expected {
                failures.push(format!("{line}\n   got {got}"));
            }
        }
        assert!(checked > 5000);
        assert!(
            failures.is_empty(),
            "{} failures:\n{}",
            failures.len(),
            failures[..failures.len().min(25)].join("\n")
        );
    }

    #[test]
    fn digit_limits() {
        let limit_msg = "Exceeds the limit (4300 digits) for integer string conversion: \
                         value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit";
        let ones = "1".repeat(5000);
        assert_eq!(parse_int(&ones, 10, 4300).unwrap_err().message(), limit_msg);
        assert_eq!(
            parse_int(&format!("{ones}x"), 10, 4300)
                .unwrap_err()
                .message(),
            limit_msg
        );
        assert_eq!(parse_int(&ones, 36, 4300).unwrap_err().message(), limit_msg);
        assert_eq!(
            parse_int(&"0".repeat(5000), 10, 4300)
                .unwrap_err()
                .message(),
            limit_msg
        );
        assert!(parse_int(&ones, 16, 4300).is_ok());
        assert!(parse_int(&ones, 10, 0).is_ok());
        let nines = parse_int(&format!("-{}", "9".repeat(4300)), 10, 4300).expect("at the limit");
        assert_eq!(
            int_to_str_radix(&nines, 10, 4300).expect("fits").len(),
            4301
        );
        let too_big = nines * 10;
        assert_eq!(
            int_to_str_radix(&too_big, 10, 4300).unwrap_err().message(),
            "Exceeds the limit (4300 digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        );
        let huge = BigInt::from(1) << 10_000_000u32;
        assert!(int_to_str_radix(&huge, 10, 4300).is_err());
        assert!(int_to_str_radix(&huge, 16, 4300).is_ok());
    }

    #[test]
    fn long_literal_message_is_cut_at_200_chars() {
        let err = parse_int(&"x".repeat(300), 10, 4300).unwrap_err();
        let expected = format!(
            "invalid literal for int() with base 10: '{}",
            "x".repeat(199)
        );
        assert_eq!(err.message(), expected);
    }

    #[test]
    fn prefixed() {
        assert_eq!(int_to_prefixed(&BigInt::from(-31), 16), "-0x1f");
        assert_eq!(int_to_prefixed(&BigInt::from(0), 2), "0b0");
        assert_eq!(int_to_prefixed(&BigInt::from(8), 8), "0o10");
    }

    #[test]
    fn bytes_inputs() {
        assert_eq!(parse_int_bytes(b" 12 ", 10, 4300), Ok(BigInt::from(12)));
        assert_eq!(
            parse_int_bytes(b"1\xff", 10, 4300).unwrap_err().message(),
            "invalid literal for int() with base 10: b'1\\xff'"
        );
        assert_eq!(parse_float_bytes(b"1_5.5"), Ok(15.5));
        assert_eq!(
            parse_float_bytes(b"x").unwrap_err().message(),
            "could not convert string to float: b'x'"
        );
    }

    #[test]
    fn parsers_never_panic() {
        let alphabet: Vec<char> = "0123456789abcdefxXoObBeE_+-. \t٣é𝟙infa".chars().collect();
        let mut seed: u64 = 7;
        for _ in 0..30000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let len = (seed >> 59) as usize;
            let mut r = seed;
            let s: String = (0..len)
                .map(|_| {
                    r = r.wrapping_mul(6364136223846793005).wrapping_add(1);
                    alphabet[(r >> 33) as usize % alphabet.len()]
                })
                .collect();
            for base in [0, 2, 10, 16, 36] {
                let _ = parse_int(&s, base, 4300);
            }
            let _ = parse_float(&s);
        }
    }
}
