//! The escape codecs: unicode_escape and raw_unicode_escape (the Python literal syntax as
//! bytes). Mirrors `_PyUnicode_DecodeUnicodeEscapeInternal`,
//! `_PyUnicode_DecodeRawUnicodeEscapeStateful` and their encoders in
//! Objects/unicodeobject.c. Decoding runs on `str_codecs::Decoder`, so every error handler
//! applies; undecodable bytes are latin-1 characters.

use crate::objects::str_codecs::Decoder;
use crate::vm::PyResult;

/// `str` as unicode_escape: printable ASCII as is, `\\`, `\t`, `\n`, `\r`, the rest as
/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh`.
pub fn unicode_escape_encode(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            ' '..='~' => out.push(c as u8),
            _ => out.extend_from_slice(crate::objects::str_codecs::escape_char(c).as_bytes()),
        }
    }
    out
}

/// `str` as raw_unicode_escape: latin-1 characters as their byte, the rest as `\uhhhh` or
/// `\Uhhhhhhhh`.
pub fn raw_unicode_escape_encode(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        let cp = c as u32;
        match cp {
            0..=0xff => out.push(cp as u8),
            0x100..=0xffff => out.extend_from_slice(format!("\\u{cp:04x}").as_bytes()),
            _ => out.extend_from_slice(format!("\\U{cp:08x}").as_bytes()),
        }
    }
    out
}

/// How a hex escape ended.
enum Hex {
    Value(u32),
    /// Input ended before the digits did.
    Incomplete,
    /// A non-hex digit at this position.
    Bad(usize),
}

fn read_hex(data: &[u8], mut pos: usize, count: usize) -> Hex {
    let mut v: u32 = 0;
    for _ in 0..count {
        let Some(&b) = data.get(pos) else {
            return Hex::Incomplete;
        };
        match char::from(b).to_digit(16) {
            Some(digit) => v = (v << 4) | digit,
            None => return Hex::Bad(pos),
        }
        pos += 1;
    }
    Hex::Value(v)
}

/// unicode_escape. Returns the bytes consumed: all of them when `final_`, else up to an
/// escape the input cuts short. Warns (DeprecationWarning) about the first unknown escape.
pub fn unicode_escape_decode(d: &mut Decoder, final_: bool) -> PyResult<usize> {
    let data = d.data;
    let mut pos = 0;
    let mut first_invalid: Option<u8> = None;
    'chars: while pos < data.len() {
        let b = data[pos];
        if b != b'\\' {
            d.out.push(char::from(b));
            pos += 1;
            continue;
        }
        let start = pos;
        pos += 1;
        // An error: (message, end of the span); `None` end: the input ends inside the escape.
        let failure: (&str, Option<usize>) = 'esc: {
            let Some(&c) = data.get(pos) else {
                break 'esc ("\\ at end of string", None);
            };
            pos += 1;
            let simple = match c {
                b'\n' => Some(None),
                b'\\' | b'\'' | b'"' => Some(Some(char::from(c))),
                b'b' => Some(Some('\u{8}')),
                b'f' => Some(Some('\u{c}')),
                b't' => Some(Some('\t')),
                b'n' => Some(Some('\n')),
                b'r' => Some(Some('\r')),
                b'v' => Some(Some('\u{b}')),
                b'a' => Some(Some('\u{7}')),
                _ => None,
            };
            if let Some(ch) = simple {
                d.out.extend(ch);
                continue 'chars;
            }
            let (count, message) = match c {
                b'0'..=b'7' => {
                    let mut v = u32::from(c - b'0');
                    for _ in 0..2 {
                        match data.get(pos) {
                            Some(&o @ b'0'..=b'7') => {
                                v = (v << 3) + u32::from(o - b'0');
                                pos += 1;
                            }
                            _ => break,
                        }
                    }
                    d.out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                    continue 'chars;
                }
                b'x' => (2, "truncated \\xXX escape"),
                b'u' => (4, "truncated \\uXXXX escape"),
                b'U' => (8, "truncated \\UXXXXXXXX escape"),
                b'N' => {
                    let message = "malformed \\N character escape";
                    if pos >= data.len() {
                        break 'esc (message, None);
                    }
                    if data[pos] != b'{' {
                        break 'esc (message, Some(pos));
                    }
                    let name_start = pos + 1;
                    let Some(len) = data[name_start..].iter().position(|&b| b == b'}') else {
                        break 'esc (message, None);
                    };
                    pos = name_start + len;
                    if len == 0 {
                        break 'esc (message, Some(pos));
                    }
                    pos += 1;
                    let name = std::str::from_utf8(&data[name_start..name_start + len]).ok();
                    match name.and_then(lookup_name) {
                        Some(ch) => {
                            d.out.push(ch);
                            continue 'chars;
                        }
                        None => break 'esc ("unknown Unicode character name", Some(pos)),
                    }
                }
                _ => {
                    first_invalid.get_or_insert(c);
                    d.out.push('\\');
                    d.out.push(char::from(c));
                    continue 'chars;
                }
            };
            match read_hex(data, pos, count) {
                Hex::Incomplete => (message, None),
                Hex::Bad(at) => (message, Some(at)),
                Hex::Value(v) => {
                    pos += count;
                    match char::from_u32(v) {
                        Some(ch) => {
                            d.out.push(ch);
                            continue 'chars;
                        }
                        // A surrogate: U+FFFD in a Krait str.
                        None if v < 0x110000 => {
                            d.out.push('\u{fffd}');
                            continue 'chars;
                        }
                        None => ("illegal Unicode character", Some(pos)),
                    }
                }
            }
        };
        let (message, end) = failure;
        let end = match end {
            Some(e) => e,
            None if !final_ => return Ok(start),
            None => data.len(),
        };
        pos = d.error(start, end, message)?;
    }
    if let Some(c) = first_invalid {
        crate::modules::warn(
            d.vm,
            &d.vm.t.deprecation_warning,
            &format!("invalid escape sequence '\\{}'", char::from(c)),
            1,
        )?;
    }
    Ok(pos)
}

/// A character by its Unicode name (`\N{...}`), names as `unicodedata.lookup` takes them.
fn lookup_name(name: &str) -> Option<char> {
    unicode_names2::character(name)
}

/// raw_unicode_escape: only `\u` and `\U` after an odd number of backslashes are escapes.
pub fn raw_unicode_escape_decode(d: &mut Decoder, final_: bool) -> PyResult<usize> {
    let data = d.data;
    let mut pos = 0;
    while pos < data.len() {
        let b = data[pos];
        if b != b'\\' {
            d.out.push(char::from(b));
            pos += 1;
            continue;
        }
        let start = pos;
        let (count, message) = match data.get(pos + 1) {
            None if !final_ => return Ok(start),
            Some(b'u') => (4, "truncated \\uXXXX escape"),
            Some(b'U') => (8, "truncated \\UXXXXXXXX escape"),
            Some(b'\\') => {
                d.out.push_str("\\\\");
                pos += 2;
                continue;
            }
            _ => {
                d.out.push('\\');
                pos += 1;
                continue;
            }
        };
        pos += 2;
        let (message, end) = match read_hex(data, pos, count) {
            Hex::Value(v) => {
                pos += count;
                match char::from_u32(v) {
                    Some(ch) => {
                        d.out.push(ch);
                        continue;
                    }
                    None if v < 0x110000 => {
                        d.out.push('\u{fffd}');
                        continue;
                    }
                    None => ("\\Uxxxxxxxx out of range", pos),
                }
            }
            Hex::Bad(at) => (message, at),
            Hex::Incomplete if !final_ => return Ok(start),
            Hex::Incomplete => (message, data.len()),
        };
        pos = d.error(start, end, message)?;
    }
    Ok(pos)
}
