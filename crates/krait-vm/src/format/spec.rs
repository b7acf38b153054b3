//! The format-spec mini-language of `format()` and `str.format`: parsing and applying a spec to
//! ints, floats, complex numbers and strings. Mirrors Python/formatter_unicode.c
//! (`parse_internal_render_format_spec`, `calc_number_widths`, `fill_number`,
//! `format_long_internal`, `format_float_internal`, `format_complex_internal`,
//! `format_string_internal`) in the C locale, where `n` is `d`/`g` without grouping.
//!
//! An empty spec means `str(x)` and is the caller's business; every function here expects
//! the spec that `parse` returned for a non-empty spec string.

use std::borrow::Cow;

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use super::float_repr::{float_parts, FloatFlags};
use super::strfuncs::decimal_value;
use super::{string_with_capacity, FormatError};
use crate::objects::int::IntVal;

/// `[[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]`, parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// The fill character: `' '` unless given, or `'0'` from the `0` flag.
    pub fill: char,
    /// `<`, `>`, `^` or `=` when given.
    pub align: Option<char>,
    /// `+`, `-` or `' '` when given.
    pub sign: Option<char>,
    /// The 3.11 `z` flag: negative zero is written without its sign.
    pub no_neg_0: bool,
    /// `#`.
    pub alternate: bool,
    /// The `0` flag was consumed: numbers then default to `=` alignment.
    pub zero: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// `get_integer`: Unicode decimal digits, overflowing past `isize::MAX` with CPython's error.
fn parse_count(chars: &[char], pos: &mut usize) -> Result<Option<usize>, FormatError> {
    let mut value: usize = 0;
    let mut any = false;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
        any = true;
        *pos += 1;
    }
    Ok(any.then_some(value))
}

/// Parses a non-empty format spec. `type_name` only feeds the error for trailing garbage.
pub fn parse(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    // Specs are short: their chars go in a stack buffer (a heap vector past 32 bytes).
    let mut buf = ['\0'; 32];
    let owned: Vec<char>;
    let chars: &[char] = if spec.len() <= buf.len() {
        let mut n = 0;
        for c in spec.chars() {
            buf[n] = c;
            n += 1;
        }
        &buf[..n]
    } else {
        owned = spec.chars().collect();
        &owned
    };
    let end = chars.len();
    let mut pos = 0;
    let mut out = FormatSpec {
        fill: ' ',
        align: None,
        sign: None,
        no_neg_0: false,
        alternate: false,
        zero: false,
        width: None,
        grouping: None,
        precision: None,
        ty: None,
    };
    let mut fill_specified = false;
    if end >= 2 && is_align(chars[1]) {
        out.fill = chars[0];
        out.align = Some(chars[1]);
        fill_specified = true;
        pos = 2;
    } else if end >= 1 && is_align(chars[0]) {
        out.align = Some(chars[0]);
        pos = 1;
    }
    if let Some(&c @ ('+' | '-' | ' ')) = chars.get(pos) {
        out.sign = Some(c);
        pos += 1;
    }
    if chars.get(pos) == Some(&'z') {
        out.no_neg_0 = true;
        pos += 1;
    }
    if chars.get(pos) == Some(&'#') {
        out.alternate = true;
        pos += 1;
    }
    if !fill_specified && chars.get(pos) == Some(&'0') {
        out.fill = '0';
        out.zero = true;
        pos += 1;
    }
    out.width = parse_count(chars, &mut pos)?;
    if chars.get(pos) == Some(&',') {
        out.grouping = Some(',');
        pos += 1;
    }
    if chars.get(pos) == Some(&'_') {
        if out.grouping.is_some() {
            return Err(both_separators());
        }
        out.grouping = Some('_');
        pos += 1;
    }
    if chars.get(pos) == Some(&',') && out.grouping == Some('_') {
        return Err(both_separators());
    }
    if chars.get(pos) == Some(&'.') {
        pos += 1;
        out.precision = parse_count(chars, &mut pos)?;
        if out.precision.is_none() {
            return Err(FormatError::value("Format specifier missing precision"));
        }
    }
    if end - pos > 1 {
        return Err(FormatError::value(format!(
            "Invalid format specifier '{spec}' for object of type '{type_name}'"
        )));
    }
    if end - pos == 1 {
        out.ty = Some(chars[pos]);
    }
    Ok(out)
}

fn both_separators() -> FormatError {
    FormatError::value("Cannot specify both ',' and '_'.")
}

/// `'c'` or `'\xe9'` as CPython prints a presentation type in messages.
fn code_text(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", c as u32)
    }
}

/// The grouping check at the end of `parse_internal_render_format_spec`, run with the type
/// the object defaults to. Returns the digits per group.
fn check_grouping(spec: &FormatSpec, ty: char) -> Result<usize, FormatError> {
    let Some(sep) = spec.grouping else {
        return Ok(0);
    };
    match ty {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => Ok(3),
        'b' | 'o' | 'x' | 'X' if sep == '_' => Ok(4),
        _ => Err(FormatError::value(format!(
            "Cannot specify '{sep}' with '{}'.",
            code_text(ty)
        ))),
    }
}

fn unknown_code(ty: char, type_name: &str) -> FormatError {
    FormatError::value(format!(
        "Unknown format code '{}' for object of type '{type_name}'",
        code_text(ty)
    ))
}

/// One number to lay out: `[sign][prefix][digits][remainder]`, where only `digits` is grouped
/// and zero-padded. The remainder holds the decimal point, fraction, exponent, `%`, or the
/// whole text for `inf`, `nan` and `c`.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    digits: &'a str,
    remainder: &'a str,
}

/// `calc_number_widths` + `fill_number`: sign, prefix, grouping, zero padding and alignment.
/// The result is built in one string of exactly its length (no regrowth, and no shrink when
/// it becomes a `str`).
fn layout_number(
    parts: &NumberParts<'_>,
    sign: Option<char>,
    fill: char,
    align: char,
    width: Option<usize>,
    group: usize,
    sep: char,
) -> Result<String, FormatError> {
    let sign_char = match (sign, parts.negative) {
        (_, true) => Some('-'),
        (Some('+'), false) => Some('+'),
        (Some(' '), false) => Some(' '),
        _ => None,
    };
    let n_sign = usize::from(sign_char.is_some());
    let n_prefix = parts.prefix.len();
    let n_remainder = char_count(parts.remainder);
    let non_digit = n_sign + n_prefix + n_remainder;
    let min_width = match (fill, align, width) {
        ('0', '=', Some(w)) => w as isize - non_digit as isize,
        _ => 0,
    };
    // The digits, zero-padded to `min_width`: grouped into a string of their own, or (the
    // common case, no grouping) written straight into the result after `zeros` zeros.
    let grouped = if parts.digits.is_empty() || group == 0 {
        None
    } else {
        Some(group_digits(parts.digits, min_width, group, sep)?)
    };
    let zeros = match (&grouped, parts.digits.is_empty()) {
        (None, false) => (min_width - parts.digits.len() as isize).max(0) as usize,
        _ => 0,
    };
    let n_digits = match &grouped {
        Some(g) => g.len(),
        None => zeros + parts.digits.len(),
    };
    let used = non_digit + n_digits;
    let padding = width.map_or(0, |w| w.saturating_sub(used));
    let (left, middle, right) = match align {
        '<' => (0, 0, padding),
        '^' => (padding / 2, 0, padding - padding / 2),
        '=' => (0, padding, 0),
        _ => (padding, 0, 0),
    };
    let bytes = (n_sign + n_prefix + n_digits + parts.remainder.len())
        .saturating_add(padding.saturating_mul(fill.len_utf8()));
    let mut out = string_with_capacity(bytes)?;
    push_fill(&mut out, fill, left);
    if let Some(s) = sign_char {
        out.push(s);
    }
    out.push_str(parts.prefix);
    push_fill(&mut out, fill, middle);
    match &grouped {
        Some(g) => out.push_str(g),
        None => {
            push_fill(&mut out, '0', zeros);
            out.push_str(parts.digits);
        }
    }
    out.push_str(parts.remainder);
    push_fill(&mut out, fill, right);
    Ok(out)
}

/// Characters in `s` (its length when ASCII, as number text nearly always is).
fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

fn push_fill(out: &mut String, fill: char, n: usize) {
    out.extend(std::iter::repeat_n(fill, n));
}

/// `_PyUnicode_InsertThousandsGrouping` for a repeating group size (`group == 0`: none),
/// zero-padding the digits up to `min_width` characters including separators.
fn group_digits(
    digits: &str,
    min_width: isize,
    group: usize,
    sep: char,
) -> Result<String, FormatError> {
    let digits = digits.as_bytes();
    let mut remaining = digits.len() as isize;
    let mut min_width = min_width;
    // Built right to left, then reversed.
    let mut rev: Vec<char> = Vec::new();
    let expected = digits.len().max(min_width.max(0) as usize);
    rev.try_reserve(expected.saturating_add(expected / 3 + 2))
        .map_err(|_| FormatError::MemoryError)?;
    let emit = |rev: &mut Vec<char>, zeros: isize, chars: isize, remaining: isize| {
        for i in 0..chars.max(0) {
            rev.push(digits[(remaining - 1 - i) as usize] as char);
        }
        for _ in 0..zeros.max(0) {
            rev.push('0');
        }
    };
    let mut first = true;
    let mut broke = false;
    if group > 0 {
        let g = group as isize;
        loop {
            let l = g.min(remaining.max(min_width).max(1));
            let zeros = (l - remaining).max(0);
            let chars = remaining.min(l).max(0);
            if !first {
                rev.push(sep);
            }
            emit(&mut rev, zeros, chars, remaining);
            first = false;
            remaining -= chars;
            min_width -= l;
            if remaining <= 0 && min_width <= 0 {
                broke = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broke {
        let l = remaining.max(min_width).max(1);
        let zeros = (l - remaining).max(0);
        let chars = remaining.min(l).max(0);
        if !first {
            rev.push(sep);
        }
        emit(&mut rev, zeros, chars, remaining);
    }
    let mut out = String::with_capacity(rev.len());
    out.extend(rev.iter().rev());
    Ok(out)
}

/// `format(v, spec)` for an int (or bool: pass `type_name` "bool").
/// `max_str_digits` is `sys.get_int_max_str_digits()` (0: unlimited), checked for decimal output.
pub fn format_int(
    v: IntVal<'_>,
    spec: &FormatSpec,
    type_name: &str,
    max_str_digits: usize,
) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    let group = check_grouping(spec, ty)?;
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = int_to_f64(&v.to_big())?;
            return format_float_spec(x, spec, type_name);
        }
        _ => return Err(unknown_code(ty, type_name)),
    }
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let align = spec.align.unwrap_or(if spec.zero { '=' } else { '>' });
    let sep = spec.grouping.unwrap_or(',');
    if ty == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let text = int_to_char(&v.to_big())?.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            remainder: &text,
        };
        return layout_number(&parts, None, spec.fill, align, spec.width, 0, sep);
    }
    let (radix, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut buf = [0u8; 64];
    let (negative, digits) = int_digits(v, radix, ty == 'X', max_str_digits, &mut buf)?;
    let parts = NumberParts {
        negative,
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        remainder: "",
    };
    let group = if ty == 'n' { 0 } else { group };
    layout_number(&parts, spec.sign, spec.fill, align, spec.width, group, sep)
}

/// The sign and the digits of `v`'s magnitude in `radix` (2, 8, 10 or 16; `upper`: A-F), with
/// the `max_str_digits` check of decimal output. A magnitude that fits a word is printed
/// without bignum arithmetic, into `buf`.
pub(crate) fn int_digits<'b>(
    v: IntVal<'_>,
    radix: u32,
    upper: bool,
    max_str_digits: usize,
    buf: &'b mut [u8; 64],
) -> Result<(bool, Cow<'b, str>), FormatError> {
    let (negative, mut digits) = match v {
        IntVal::Small(i) => (
            i < 0,
            Cow::Borrowed(u64_digits(i.unsigned_abs(), radix, buf)),
        ),
        IntVal::Big(b) => (
            b.sign() == Sign::Minus,
            match b.magnitude().to_u64() {
                Some(m) => Cow::Borrowed(u64_digits(m, radix, buf)),
                None => Cow::Owned(b.magnitude().to_str_radix(radix)),
            },
        ),
    };
    if radix == 10 {
        check_str_digits(digits.len(), max_str_digits)?;
    }
    if upper {
        digits.to_mut().make_ascii_uppercase();
    }
    Ok((negative, digits))
}

/// The digits of `m` in `radix` (2, 8, 10 or 16; lowercase), written at the end of `buf`.
pub(crate) fn u64_digits(mut m: u64, radix: u32, buf: &mut [u8; 64]) -> &str {
    let mut i = buf.len();
    loop {
        i -= 1;
        let d = (m % radix as u64) as u8;
        buf[i] = if d < 10 { b'0' + d } else { b'a' + d - 10 };
        m /= radix as u64;
        if m == 0 {
            break;
        }
    }
    std::str::from_utf8(&buf[i..]).expect("ASCII digits")
}

/// The limit check of `long_to_decimal_string_internal`.
pub fn check_str_digits(ndigits: usize, max_str_digits: usize) -> Result<(), FormatError> {
    if max_str_digits > 0 && ndigits > max_str_digits {
        return Err(FormatError::value(format!(
            "Exceeds the limit ({max_str_digits} digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

/// `PyLong_AsDouble` for the float presentation types.
pub fn int_to_f64(v: &BigInt) -> Result<f64, FormatError> {
    match v.to_f64() {
        Some(x) if x.is_finite() => Ok(x),
        _ => Err(FormatError::overflow("int too large to convert to float")),
    }
}

/// The `c` conversion of an int: `PyLong_AsLong`, then the code point range check.
pub fn int_to_char(v: &BigInt) -> Result<char, FormatError> {
    let Some(x) = v.to_i64() else {
        return Err(FormatError::overflow(
            "Python int too large to convert to C long",
        ));
    };
    u32::try_from(x)
        .ok()
        .filter(|&x| x < 0x110000)
        .map(|x| char::from_u32(x).unwrap_or('\u{fffd}'))
        .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))
}

/// Splits formatted float text into the leading run of digits and the rest (`parse_number`).
fn split_digits(body: &str) -> (&str, &str) {
    let n = body.bytes().take_while(u8::is_ascii_digit).count();
    body.split_at(n)
}

/// Resolves the float presentation type: the dtoa code, precision and layout flags, and
/// whether a `%` follows (`format_float_internal`).
fn float_code(
    spec: &FormatSpec,
    complex: bool,
) -> Result<(char, usize, FloatFlags, bool), FormatError> {
    if spec.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(FormatError::value("precision too big"));
    }
    let mut flags = FloatFlags {
        alternate: spec.alternate,
        no_neg_0: spec.no_neg_0,
        add_dot_0: false,
    };
    let (code, default_precision, percent) = match spec.ty {
        None => {
            flags.add_dot_0 = !complex;
            ('r', 0, false)
        }
        Some('n') => ('g', 6, false),
        Some('%') => ('f', 6, true),
        Some(c) => (c, 6, false),
    };
    match spec.precision {
        Some(p) if code == 'r' => Ok(('g', p, flags, percent)),
        Some(p) => Ok((code, p, flags, percent)),
        None => Ok((code, default_precision, flags, percent)),
    }
}

/// `format(x, spec)` for a float (or an int with a float presentation type).
pub fn format_float_spec(
    x: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let group = check_grouping(spec, spec.ty.unwrap_or('\0'))?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(c) => return Err(unknown_code(c, type_name)),
    }
    let (code, precision, flags, percent) = float_code(spec, false)?;
    let x = if percent { x * 100.0 } else { x };
    let (negative, mut body) = float_parts(x, code, precision, flags)?;
    if percent {
        body.push('%');
    }
    let (digits, remainder) = split_digits(&body);
    let parts = NumberParts {
        negative,
        prefix: "",
        digits,
        remainder,
    };
    let align = spec.align.unwrap_or(if spec.zero { '=' } else { '>' });
    let group = if spec.ty == Some('n') { 0 } else { group };
    let sep = spec.grouping.unwrap_or(',');
    layout_number(&parts, spec.sign, spec.fill, align, spec.width, group, sep)
}

/// `format(complex(re, im), spec)`.
pub fn format_complex_spec(
    re: f64,
    im: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let group = check_grouping(spec, spec.ty.unwrap_or('\0'))?;
    match spec.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(c) => return Err(unknown_code(c, type_name)),
    }
    if spec.fill == '0' {
        return Err(FormatError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(FormatError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let (code, precision, flags, _) = float_code(spec, true)?;
    let (mut skip_re, mut parens) = (false, false);
    if spec.ty.is_none() {
        if re == 0.0 && re.is_sign_positive() {
            skip_re = true;
        } else {
            parens = true;
        }
    }
    let group = if spec.ty == Some('n') { 0 } else { group };
    let sep = spec.grouping.unwrap_or(',');
    let part = |x: f64, sign: Option<char>| {
        let (negative, body) = float_parts(x, code, precision, flags)?;
        let (digits, remainder) = split_digits(&body);
        let parts = NumberParts {
            negative,
            prefix: "",
            digits,
            remainder,
        };
        layout_number(&parts, sign, ' ', '<', None, group, sep)
    };
    let mut inner = String::new();
    if parens {
        inner.push('(');
    }
    if !skip_re {
        inner.push_str(&part(re, spec.sign)?);
    }
    inner.push_str(&part(im, if skip_re { spec.sign } else { Some('+') })?);
    inner.push('j');
    if parens {
        inner.push(')');
    }
    pad(&inner, spec.fill, spec.align.unwrap_or('>'), spec.width)
}

/// `calc_padding` + fill: pads `s` to `width` characters.
fn pad(s: &str, fill: char, align: char, width: Option<usize>) -> Result<String, FormatError> {
    let len = s.chars().count();
    let total = width.map_or(len, |w| w.max(len));
    let left = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let right = total - len - left;
    let mut out = string_with_capacity(
        (left + right)
            .saturating_mul(fill.len_utf8())
            .saturating_add(s.len()),
    )?;
    push_fill(&mut out, fill, left);
    out.push_str(s);
    push_fill(&mut out, fill, right);
    Ok(out)
}

/// `format(s, spec)` for a str.
pub fn format_str_spec(s: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    check_grouping(spec, spec.ty.unwrap_or('s'))?;
    match spec.ty {
        None | Some('s') => {}
        Some(c) => return Err(unknown_code(c, type_name)),
    }
    match spec.sign {
        Some(' ') => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_neg_0 {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some('=') {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let truncated = match spec.precision {
        Some(p) => match s.char_indices().nth(p) {
            Some((byte, _)) => &s[..byte],
            None => s,
        },
        None => s,
    };
    pad(truncated, spec.fill, spec.align.unwrap_or('<'), spec.width)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lines `kind<TAB>value<TAB>spec<TAB>expected`, generated by testdata/gen_spec.py.
    const CASES: &str = include_str!("testdata/spec_cases.txt");

    fn bits(hex: &str) -> f64 {
        f64::from_bits(u64::from_str_radix(hex, 16).expect("test data"))
    }

    fn apply(kind: &str, value: &str, spec_text: &str) -> Result<String, FormatError> {
        let type_name = kind;
        let spec = parse(spec_text, type_name)?;
        match kind {
            "int" => format_int(
                IntVal::Big(&value.parse().expect("test data")),
                &spec,
                type_name,
                4300,
            ),
            "bool" => {
                let v = BigInt::from(u8::from(value == "True"));
                format_int(IntVal::Big(&v), &spec, type_name, 4300)
            }
            "float" => format_float_spec(bits(value), &spec, type_name),
            "complex" => {
                let (re, im) = value.split_once(':').expect("test data");
                format_complex_spec(bits(re), bits(im), &spec, type_name)
            }
            _ => format_str_spec(value, &spec, type_name),
        }
    }

    #[test]
    fn generated_cases() {
        let mut failures = Vec::new();
        let mut checked = 0;
        for line in CASES.lines() {
            let fields: Vec<&str> = line.split('\t').collect();
            let (kind, value, spec_text, expected) = (fields[0], fields[1], fields[2], fields[3]);
            if spec_text.is_empty() {
                continue;
            }
            checked += 1;
            let got = match apply(kind, value, spec_text) {
                Ok(s) => s,
                Err(e) => e.to_string(),
            };
            if got != expected {
                failures.push(format!("{line}\n   got {got}"));
            }
        }
        assert!(checked > 10000, "only {checked} cases");
        assert!(
            failures.is_empty(),
            "{} failures:\n{}",
            failures.len(),
            failures[..failures.len().min(25)].join("\n")
        );
    }

    #[test]
    fn digit_limit() {
        let spec = parse("d", "int").expect("valid");
        let big = num_traits::pow(BigInt::from(10), 5000);
        let err = format_int(IntVal::Big(&big), &spec, "int", 4300).expect_err("too many digits");
        assert_eq!(
            err.message(),
            "Exceeds the limit (4300 digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        );
        assert!(format_int(IntVal::Big(&big), &spec, "int", 0).is_ok());
    }

    #[test]
    fn huge_width_is_a_memory_error() {
        for text in [
            "1000000000000000000d",
            "0=1000000000000000000,d",
            "^1000000000000000000",
        ] {
            let spec = parse(text, "int").expect("valid");
            assert_eq!(
                format_int(IntVal::Small(5), &spec, "int", 0),
                Err(FormatError::MemoryError),
                "{text}"
            );
        }
        let spec = parse("1000000000000000000", "str").expect("valid");
        assert_eq!(
            format_str_spec("a", &spec, "str"),
            Err(FormatError::MemoryError)
        );
    }

    #[test]
    fn parse_never_panics() {
        // Few digits: widths stay small enough to allocate.
        let alphabet: Vec<char> = "<>=^+- z#015,_.%bcdeEfFgGnosxX*é٣".chars().collect();
        let mut seed: u64 = 42;
        for _ in 0..20000 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let len = (seed >> 60) as usize;
            let mut r = seed;
            let s: String = (0..len)
                .map(|_| {
                    r = r.wrapping_mul(6364136223846793005).wrapping_add(1);
                    alphabet[(r >> 33) as usize % alphabet.len()]
                })
                .collect();
            if let Ok(spec) = parse(&s, "int") {
                let _ = format_int(IntVal::Small(-42), &spec, "int", 4300);
                let _ = format_float_spec(-0.5, &spec, "float");
                let _ = format_complex_spec(1.0, -2.0, &spec, "complex");
                let _ = format_str_spec("abc", &spec, "str");
            }
        }
    }
}
