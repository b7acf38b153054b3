//! printf-style `%` formatting of str and bytes: parsing the format string into pieces, and
//! rendering one converted argument per piece. Mirrors Objects/unicodeobject.c
//! (`unicode_format_arg_parse`, `unicode_format_arg_output`, `_PyUnicode_FormatLong`,
//! `formatfloat`) and Objects/bytesobject.c (`_PyBytes_FormatEx`), which share the grammar
//! `%[(key)][flags][width|*][.precision|*][h|l|L]conv`.
//!
//! The VM drives the arguments. For each `Piece::Spec` (and `Piece::Broken`) in order it:
//! 1. with a `key`, raises `REQUIRES_MAPPING` if the right operand is no mapping, else (for a
//!    `Spec` only) looks the key up, and that value becomes the current argument;
//! 2. takes the next argument for a `Count::Star` width, then precision: an int, else
//!    `STAR_WANTS_INT`; a negative width sets `flags.minus` and is negated, a negative
//!    precision becomes 0 (`resolve_star_width` / `resolve_star_precision`);
//! 3. for `Piece::Broken`, raises its error now;
//! 4. takes the next argument (`not enough arguments for format string`), and converts it by
//!    `conv`: `s r a` to text then `pad_percent_str`; `c` to one char then `pad_percent_str`
//!    with no precision; `d i u` (through `int()` for floats) `o x X` (through `__index__`) then
//!    `format_percent_int`; `e E f F g G` (through `float()`) then `format_percent_float`;
//!    any other letter raises `unsupported_char(conv, index)`.
//!
//! At the end, leftover arguments without a mapping raise `NOT_ALL_CONVERTED`.

use super::float_repr::{float_parts, FloatFlags};
use super::spec::int_digits;
use super::{string_with_capacity, FormatError};
use crate::objects::int::IntVal;

/// The conversion flags `-`, `+`, space, `#` and `0`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flags {
    pub minus: bool,
    pub plus: bool,
    pub space: bool,
    pub alternate: bool,
    pub zero: bool,
}

/// A width or precision: written out, or `*` taken from the arguments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Star,
    N(usize),
}

/// One `%` conversion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spec {
    /// The `(key)` text; for bytes formats its chars are the bytes (Latin-1).
    pub key: Option<String>,
    pub flags: Flags,
    pub width: Option<Count>,
    pub precision: Option<Count>,
    /// The conversion character, whatever it is (checked when the argument is formatted).
    pub conv: char,
    /// Index of `conv` in the format string, for the unsupported-character message.
    pub index: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Text copied as is (`%%` already turned into `%`); Latin-1 chars for bytes formats.
    Literal(String),
    Spec(Spec),
    /// The format string is malformed here: after the key lookup and the `*` arguments of
    /// `spec` (its `conv` is meaningless), raise the error. Nothing follows it.
    Broken(Spec, FormatError),
}

/// `TypeError`: more conversions than arguments.
pub const NOT_ENOUGH_ARGUMENTS: &str = "not enough arguments for format string";
/// `TypeError`: arguments left over (and no mapping).
pub const NOT_ALL_CONVERTED: &str = "not all arguments converted during string formatting";
/// `TypeError` for bytes: arguments left over.
pub const NOT_ALL_CONVERTED_BYTES: &str = "not all arguments converted during bytes formatting";
/// `TypeError`: a `(key)` without a mapping argument.
pub const REQUIRES_MAPPING: &str = "format requires a mapping";
/// `TypeError`: a `*` argument that is not an int.
pub const STAR_WANTS_INT: &str = "* wants int";
/// `OverflowError` for `%c` out of range (str formats).
pub const C_ARG_RANGE: &str = "%c arg not in range(0x110000)";
/// `TypeError` for `%c` with a non-int, non-single-char argument (str formats).
pub const C_REQUIRES_INT_OR_CHAR: &str = "%c requires int or char";
/// `OverflowError` for `%c` out of range in bytes formats.
pub const C_BYTES_RANGE: &str = "%c arg not in range(256)";
/// `TypeError` for `%c` with anything else in bytes formats.
pub const C_BYTES_REQUIRES: &str = "%c requires an integer in range(256) or a single byte";

/// `ValueError` for an unknown conversion character at `index`.
pub fn unsupported_char(conv: char, index: usize) -> FormatError {
    let shown = if (31..=126).contains(&(conv as u32)) {
        conv
    } else {
        '?'
    };
    FormatError::value(format!(
        "unsupported format character '{shown}' (0x{:x}) at index {index}",
        conv as u32
    ))
}

/// `ValueError` for an unknown conversion byte in a bytes format. CPython's message comes out
/// empty for bytes past 0x7f.
pub fn unsupported_char_bytes(conv: u8, index: usize) -> FormatError {
    if conv >= 0x80 {
        return FormatError::value("");
    }
    FormatError::value(format!(
        "unsupported format character '{}' (0x{conv:x}) at index {index}",
        conv as char
    ))
}

/// `TypeError` for bytes `%b`/`%s` given something without the buffer protocol or
/// `__bytes__`.
pub fn bytes_like_required(type_name: &str) -> FormatError {
    FormatError::type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{type_name}'"
    ))
}

/// `TypeError` for bytes `%e %f %g` given a non-number.
pub fn float_argument_required(type_name: &str) -> FormatError {
    FormatError::type_error(format!("float argument required, not {type_name}"))
}

/// `TypeError` for `%x`/`%o`/`%X` (and `%c` in bytes) given a non-integer:
/// `%x format: an integer is required, not float`.
pub fn integer_required(conv: char, type_name: &str) -> FormatError {
    FormatError::type_error(format!(
        "%{conv} format: an integer is required, not {type_name}"
    ))
}

/// `TypeError` for `%d`/`%i`/`%u` given a non-number:
/// `%d format: a real number is required, not str`.
pub fn real_number_required(conv: char, type_name: &str) -> FormatError {
    FormatError::type_error(format!(
        "%{conv} format: a real number is required, not {type_name}"
    ))
}

/// `TypeError` for `%e %f %g` given a non-number: `must be real number, not str`.
pub fn float_required(type_name: &str) -> FormatError {
    FormatError::type_error(format!("must be real number, not {type_name}"))
}

/// A `*` width taken from the arguments: negative means left-justified.
pub fn resolve_star_width(value: isize, flags: &mut Flags) -> usize {
    if value < 0 {
        flags.minus = true;
    }
    value.unsigned_abs()
}

/// A `*` precision taken from the arguments: negative means 0.
pub fn resolve_star_precision(value: i32) -> usize {
    usize::try_from(value).unwrap_or(0)
}

/// Parses a str format string.
pub fn parse(fmt: &str) -> Vec<Piece> {
    let chars: Vec<char> = fmt.chars().collect();
    parse_chars(&chars)
}

thread_local! {
    static PARSED: super::RecentFormats<[Piece]> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `parse(fmt)`, remembered for the last few format strings (compared by content).
pub fn parse_cached(fmt: &str) -> std::rc::Rc<[Piece]> {
    PARSED.with(|cache| super::recall(cache, fmt, |f| parse(f).into()))
}

/// Parses a bytes format string; literal and key chars are the bytes as Latin-1 (map them
/// back with `latin1_to_bytes`).
pub fn parse_bytes(fmt: &[u8]) -> Vec<Piece> {
    let chars: Vec<char> = fmt.iter().map(|&b| b as char).collect();
    parse_chars(&chars)
}

/// The bytes of a Latin-1 string produced by `parse_bytes`.
pub fn latin1_to_bytes(s: &str) -> Vec<u8> {
    s.chars().map(|c| c as u32 as u8).collect()
}

fn parse_chars(chars: &[char]) -> Vec<Piece> {
    let mut pieces = Vec::with_capacity(8);
    let mut literal = String::new();
    let mut pos = 0;
    while pos < chars.len() {
        let c = chars[pos];
        pos += 1;
        if c != '%' {
            literal.push(c);
            continue;
        }
        if chars.get(pos) == Some(&'%') {
            literal.push('%');
            pos += 1;
            continue;
        }
        if !literal.is_empty() {
            pieces.push(Piece::Literal(std::mem::take(&mut literal)));
        }
        let piece = parse_spec(chars, &mut pos);
        let broken = matches!(piece, Piece::Broken(..));
        pieces.push(piece);
        if broken {
            return pieces;
        }
    }
    if !literal.is_empty() {
        pieces.push(Piece::Literal(literal));
    }
    pieces
}

/// `unicode_format_arg_parse`, from just after the `%`.
fn parse_spec(chars: &[char], pos: &mut usize) -> Piece {
    let mut spec = Spec {
        key: None,
        flags: Flags::default(),
        width: None,
        precision: None,
        conv: '\0',
        index: 0,
    };
    let broken = |spec: Spec, msg: &str| Piece::Broken(spec, FormatError::value(msg));
    if chars.get(*pos) == Some(&'(') {
        *pos += 1;
        let start = *pos;
        let mut depth = 1;
        while *pos < chars.len() {
            match chars[*pos] {
                ')' => depth -= 1,
                '(' => depth += 1,
                _ => {}
            }
            *pos += 1;
            if depth == 0 {
                break;
            }
        }
        if depth > 0 {
            spec.key = Some(chars[start..].iter().collect());
            return broken(spec, "incomplete format key");
        }
        spec.key = Some(chars[start..*pos - 1].iter().collect());
    }
    while let Some(&c) = chars.get(*pos) {
        match c {
            '-' => spec.flags.minus = true,
            '+' => spec.flags.plus = true,
            ' ' => spec.flags.space = true,
            '#' => spec.flags.alternate = true,
            '0' => spec.flags.zero = true,
            _ => break,
        }
        *pos += 1;
    }
    if chars.get(*pos) == Some(&'*') {
        spec.width = Some(Count::Star);
        *pos += 1;
    } else if chars.get(*pos).is_some_and(char::is_ascii_digit) {
        match parse_number(chars, pos, isize::MAX as usize) {
            Some(n) => spec.width = Some(Count::N(n)),
            None => return broken(spec, "width too big"),
        }
    }
    if chars.get(*pos) == Some(&'.') {
        *pos += 1;
        spec.precision = Some(Count::N(0));
        if chars.get(*pos) == Some(&'*') {
            spec.precision = Some(Count::Star);
            *pos += 1;
        } else if chars.get(*pos).is_some_and(char::is_ascii_digit) {
            match parse_number(chars, pos, i32::MAX as usize) {
                Some(n) => spec.precision = Some(Count::N(n)),
                None => return broken(spec, "precision too big"),
            }
        }
    }
    if matches!(chars.get(*pos), Some('h' | 'l' | 'L')) {
        *pos += 1;
    }
    match chars.get(*pos) {
        Some(&conv) => {
            spec.conv = conv;
            spec.index = *pos;
            *pos += 1;
            Piece::Spec(spec)
        }
        None => broken(spec, "incomplete format"),
    }
}

/// ASCII digits at `pos`, or `None` past `max`.
fn parse_number(chars: &[char], pos: &mut usize, max: usize) -> Option<usize> {
    let mut value: usize = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= max)?;
        *pos += 1;
    }
    Some(value)
}

/// `%d %i %u %o %x %X` of an int (`_PyUnicode_FormatLong` + `unicode_format_arg_output`).
/// `max_str_digits` is `sys.get_int_max_str_digits()` (0: unlimited).
pub fn format_percent_int(
    v: IntVal<'_>,
    flags: Flags,
    width: Option<usize>,
    precision: Option<usize>,
    conv: char,
    max_str_digits: usize,
) -> Result<String, FormatError> {
    let (radix, prefix) = match conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut buf = [0u8; 64];
    let (negative, digits) = int_digits(v, radix, conv == 'X', max_str_digits, &mut buf)?;
    let zeros = precision.map_or(0, |p| p.saturating_sub(digits.len()));
    let mut body = String::with_capacity(digits.len() + zeros + 3);
    if negative {
        body.push('-');
    }
    let has_prefix = flags.alternate && radix != 10;
    if has_prefix {
        body.push_str(prefix);
    }
    body.extend(std::iter::repeat_n('0', zeros));
    body.push_str(&digits);
    output(&body, flags, width, true, has_prefix)
}

/// `%e %E %f %F %g %G` of a float (`formatfloat` + `unicode_format_arg_output`).
pub fn format_percent_float(
    x: f64,
    flags: Flags,
    width: Option<usize>,
    precision: Option<usize>,
    conv: char,
) -> Result<String, FormatError> {
    let dtoa_flags = FloatFlags {
        alternate: flags.alternate,
        ..FloatFlags::default()
    };
    let (negative, text) = float_parts(x, conv, precision.unwrap_or(6), dtoa_flags)?;
    let body = if negative { format!("-{text}") } else { text };
    output(&body, flags, width, true, false)
}

/// `%s %r %a` (precision truncates) and `%c` (pass no precision) of converted text.
pub fn pad_percent_str(
    s: &str,
    flags: Flags,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<String, FormatError> {
    let truncated = match precision.and_then(|p| s.char_indices().nth(p)) {
        Some((i, _)) => &s[..i],
        None => s,
    };
    output(truncated, flags, width, false, false)
}

/// `%s %r %a %b %c` for bytes formats.
pub fn pad_percent_bytes(
    b: &[u8],
    flags: Flags,
    width: Option<usize>,
    precision: Option<usize>,
) -> Result<Vec<u8>, FormatError> {
    let b = match precision {
        Some(p) if p < b.len() => &b[..p],
        _ => b,
    };
    let pad = width.map_or(0, |w| w.saturating_sub(b.len()));
    let mut out = Vec::new();
    out.try_reserve(b.len().saturating_add(pad))
        .map_err(|_| FormatError::MemoryError)?;
    if !flags.minus {
        out.extend(std::iter::repeat_n(b' ', pad));
    }
    out.extend_from_slice(b);
    if flags.minus {
        out.extend(std::iter::repeat_n(b' ', pad));
    }
    Ok(out)
}

/// `unicode_format_arg_output`: sign, `0x`-style prefix, zero or space padding. `numeric`
/// enables the sign flags and zero padding; `has_prefix` says `body` carries a two-char
/// prefix after its sign.
fn output(
    body: &str,
    flags: Flags,
    width: Option<usize>,
    numeric: bool,
    has_prefix: bool,
) -> Result<String, FormatError> {
    let zero_fill = numeric && flags.zero && !flags.minus;
    let (mut sign, rest) = match body.as_bytes().first() {
        Some(b'-' | b'+') if numeric => (Some(&body[..1]), &body[1..]),
        _ => (None, body),
    };
    if numeric && sign.is_none() {
        if flags.plus {
            sign = Some("+");
        } else if flags.space {
            sign = Some(" ");
        }
    }
    let (prefix, digits) = if has_prefix {
        rest.split_at(2)
    } else {
        ("", rest)
    };
    let len = sign.map_or(0, str::len) + prefix.len() + digits.chars().count();
    let pad = width.map_or(0, |w| w.saturating_sub(len));
    let mut out = string_with_capacity(body.len().saturating_add(pad).saturating_add(1))?;
    if !flags.minus && !zero_fill {
        out.extend(std::iter::repeat_n(' ', pad));
    }
    if let Some(s) = sign {
        out.push_str(s);
    }
    out.push_str(prefix);
    if zero_fill {
        out.extend(std::iter::repeat_n('0', pad));
    }
    out.push_str(digits);
    if flags.minus {
        out.extend(std::iter::repeat_n(' ', pad));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::float_repr::float_repr;
    use crate::format::strfuncs::{ascii_repr, str_repr};
    use num_bigint::BigInt;
    use num_traits::{FromPrimitive, ToPrimitive};

    /// Generated by testdata/gen_percent.py.
    const CASES: &str = include_str!("testdata/percent_cases.txt");

    enum Arg {
        Int(BigInt),
        Float(f64),
        Str(String),
    }

    fn unhex(h: &str) -> String {
        let bytes: Vec<u8> = (0..h.len() / 2)
            .map(|i| u8::from_str_radix(&h[2 * i..2 * i + 2], 16).expect("test data"))
            .collect();
        String::from_utf8(bytes).expect("test data")
    }

    fn type_name(a: &Arg) -> &'static str {
        match a {
            Arg::Int(_) => "int",
            Arg::Float(_) => "float",
            Arg::Str(_) => "str",
        }
    }

    /// `fmt % args` for a tuple of ints, floats and strs, driven as the module docs describe.
    fn drive(fmt: &str, args: &[Arg]) -> Result<String, FormatError> {
        let mut out = String::new();
        let mut next = 0;
        fn take<'a>(args: &'a [Arg], next: &mut usize) -> Result<&'a Arg, FormatError> {
            *next += 1;
            args.get(*next - 1)
                .ok_or_else(|| FormatError::type_error(NOT_ENOUGH_ARGUMENTS))
        }
        fn star(args: &[Arg], next: &mut usize) -> Result<BigInt, FormatError> {
            match take(args, next)? {
                Arg::Int(v) => Ok(v.clone()),
                _ => Err(FormatError::type_error(STAR_WANTS_INT)),
            }
        }
        for piece in parse(fmt) {
            let (spec, error) = match piece {
                Piece::Literal(s) => {
                    out.push_str(&s);
                    continue;
                }
                Piece::Spec(spec) => (spec, None),
                Piece::Broken(spec, e) => (spec, Some(e)),
            };
            if spec.key.is_some() {
                return Err(FormatError::type_error(REQUIRES_MAPPING));
            }
            let mut flags = spec.flags;
            let width = match spec.width {
                Some(Count::Star) => {
                    let v = star(args, &mut next)?.to_isize().expect("small");
                    Some(resolve_star_width(v, &mut flags))
                }
                Some(Count::N(n)) => Some(n),
                None => None,
            };
            let precision = match spec.precision {
                Some(Count::Star) => Some(resolve_star_precision(
                    star(args, &mut next)?.to_i32().expect("small"),
                )),
                Some(Count::N(n)) => Some(n),
                None => None,
            };
            if let Some(e) = error {
                return Err(e);
            }
            let arg = take(args, &mut next)?;
            let text = match (spec.conv, arg) {
                ('s', Arg::Int(v)) | ('r', Arg::Int(v)) | ('a', Arg::Int(v)) => {
                    pad_percent_str(&v.to_string(), flags, width, precision)?
                }
                ('s' | 'r' | 'a', Arg::Float(x)) => {
                    pad_percent_str(&float_repr(*x), flags, width, precision)?
                }
                ('s', Arg::Str(s)) => pad_percent_str(s, flags, width, precision)?,
                ('r', Arg::Str(s)) => pad_percent_str(&str_repr(s), flags, width, precision)?,
                ('a', Arg::Str(s)) => pad_percent_str(&ascii_repr(s), flags, width, precision)?,
                ('c', Arg::Int(v)) => {
                    let c = v
                        .to_u32()
                        .and_then(char::from_u32)
                        .ok_or_else(|| FormatError::overflow(C_ARG_RANGE))?;
                    pad_percent_str(&c.to_string(), flags, width, None)?
                }
                ('c', Arg::Str(s)) if s.chars().count() == 1 => {
                    pad_percent_str(s, flags, width, None)?
                }
                ('c', _) => return Err(FormatError::type_error(C_REQUIRES_INT_OR_CHAR)),
                ('d' | 'i' | 'u', Arg::Float(x)) => {
                    let v = BigInt::from_f64(x.trunc()).expect("finite");
                    format_percent_int(IntVal::Big(&v), flags, width, precision, spec.conv, 4300)?
                }
                ('d' | 'i' | 'u' | 'o' | 'x' | 'X', Arg::Int(v)) => {
                    format_percent_int(IntVal::Big(v), flags, width, precision, spec.conv, 4300)?
                }
                ('d' | 'i' | 'u', a) => return Err(real_number_required(spec.conv, type_name(a))),
                ('o' | 'x' | 'X', a) => return Err(integer_required(spec.conv, type_name(a))),
                ('e' | 'E' | 'f' | 'F' | 'g' | 'G', Arg::Float(x)) => {
                    format_percent_float(*x, flags, width, precision, spec.conv)?
                }
                ('e' | 'E' | 'f' | 'F' | 'g' | 'G', Arg::Int(v)) => {
                    let x = crate::format::spec::int_to_f64(v)?;
                    format_percent_float(x, flags, width, precision, spec.conv)?
                }
                ('e' | 'E' | 'f' | 'F' | 'g' | 'G', a) => return Err(float_required(type_name(a))),
                (conv, _) => return Err(unsupported_char(conv, spec.index)),
            };
            out.push_str(&text);
        }
        if next < args.len() {
            return Err(FormatError::type_error(NOT_ALL_CONVERTED));
        }
        Ok(out)
    }

    fn parse_arg(a: &str) -> Arg {
        let (kind, value) = a.split_once(':').expect("test data");
        match kind {
            "i" => Arg::Int(value.parse().expect("test data")),
            "f" => Arg::Float(f64::from_bits(
                u64::from_str_radix(value, 16).expect("test data"),
            )),
            _ => Arg::Str(unhex(value)),
        }
    }

    #[test]
    fn generated_cases() {
        let mut failures = Vec::new();
        let mut checked = 0;
        for line in CASES.lines() {
            let f: Vec<&str> = line.split('\t').collect();
            let fmt = unhex(f[0]);
            let args: Vec<Arg> = f[1]
                .split(',')
                .filter(|a| !a.is_empty())
                .map(parse_arg)
                .collect();
            let got = match drive(&fmt, &args) {
                Ok(s) => s.bytes().map(|b| format!("{b:02x}")).collect(),
                Err(e) => e.to_string(),
            };
            checked += 1;
            if got != f[2] {
                failures.push(format!("{fmt:?} {}: want {} got {got}", f[1], f[2]));
            }
        }
        assert!(checked > 3000);
        assert!(
            failures.is_empty(),
            "{} failures:\n{}",
            failures.len(),
            failures[..failures.len().min(25)].join("\n")
        );
    }

    #[test]
    fn keys_and_bytes() {
        let pieces = parse("%(a(b)c)s and %(x)-5d");
        assert!(matches!(&pieces[0], Piece::Spec(s) if s.key.as_deref() == Some("a(b)c")));
        assert!(
            matches!(&pieces[2], Piece::Spec(s) if s.key.as_deref() == Some("x") && s.flags.minus)
        );
        let pieces = parse_bytes(b"\xff%5b");
        assert_eq!(pieces[0], Piece::Literal("\u{ff}".to_string()));
        assert_eq!(latin1_to_bytes("\u{ff}"), vec![0xff]);
        assert_eq!(
            pad_percent_bytes(b"abc", Flags::default(), Some(5), Some(2)),
            Ok(b"   ab".to_vec())
        );
        assert_eq!(unsupported_char_bytes(0xe9, 1).message(), "");
        let huge = Some(1usize << 60);
        assert_eq!(
            pad_percent_str("x", Flags::default(), huge, None),
            Err(FormatError::MemoryError)
        );
        assert!(
            format_percent_int(IntVal::Small(1), Flags::default(), huge, None, 'd', 0).is_err()
        );
        assert_eq!(
            unsupported_char_bytes(b'y', 1).message(),
            "unsupported format character 'y' (0x79) at index 1"
        );
    }

    #[test]
    fn parse_never_panics() {
        // Few digits, short strings: widths stay small enough to allocate.
        let alphabet: Vec<char> = "%()-+ #015.*hlLdsrxXeEfgGc é".chars().collect();
        let mut seed: u64 = 3;
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
            let _ = drive(&s, &[Arg::Int(BigInt::from(3)), Arg::Float(-1.5)]);
            let _ = parse_bytes(s.as_bytes());
        }
    }
}
