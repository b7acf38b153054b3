//! The codecs `str.encode`, `bytes.decode` and `str(b, encoding)` need, built in: utf-8,
//! utf-8-sig, ascii, latin-1, utf-16 and utf-32 (with and without byte order), cp1252; with
//! the error handlers strict, ignore, replace, backslashreplace, xmlcharrefreplace,
//! surrogateescape and surrogatepass. Mirrors the codecs of Objects/unicodeobject.c and the
//! lookup of Python/codecs.c with the aliases of Lib/encodings/aliases.py.
//!
//! Krait's str is UTF-8, so it never holds a lone surrogate: encoders never meet one. When
//! decoding, surrogateescape gives U+FFFD where CPython gives U+DC80+byte (the compiler maps
//! lone-surrogate literals to U+FFFD too), so text decodes but does not round-trip;
//! surrogatepass raises as strict does.

use crate::object::PyRef;
use crate::vm::{PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Endian {
    Little,
    Big,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Cp1252,
    /// `None`: with a byte order mark (native order when decoding without one).
    Utf16(Option<Endian>),
    Utf32(Option<Endian>),
}

/// `encodings.normalize_encoding` plus the case folding of `_PyCodec_Lookup`: runs of
/// punctuation become one `_`, leading and trailing ones vanish.
fn normalize(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            if c.is_ascii() {
                out.push(c.to_ascii_lowercase());
            }
            punct = false;
        } else {
            punct = true;
        }
    }
    out
}

fn lookup(vm: &Vm, encoding: &str) -> PyResult<Codec> {
    let norm = normalize(encoding);
    let codec = match norm.replace('.', "_").as_str() {
        "utf_8" | "u8" | "utf" | "utf8" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "utf_8_sig" => Codec::Utf8Sig,
        "ascii" | "646" | "ansi_x3_4_1968" | "ansi_x3_4_1986" | "cp367" | "csascii" | "ibm367"
        | "iso646_us" | "iso_646_irv_1991" | "iso_ir_6" | "us" | "us_ascii" => Codec::Ascii,
        "latin_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1"
        | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin" | "latin1" => {
            Codec::Latin1
        }
        "cp1252" | "windows_1252" | "1252" => Codec::Cp1252,
        "utf_16" | "u16" | "utf16" => Codec::Utf16(None),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16(Some(Endian::Little)),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16(Some(Endian::Big)),
        "utf_32" | "u32" | "utf32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Some(Endian::Little)),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Some(Endian::Big)),
        _ => return Err(vm.new_exc(&vm.t.lookup_error, format!("unknown encoding: {encoding}"))),
    };
    Ok(codec)
}

/// The error handlers the built-in codecs know.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
}

/// Looked up only when a codec meets an error, as CPython does.
fn handler(vm: &Vm, errors: &str) -> PyResult<Handler> {
    Ok(match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "namereplace" => Handler::NameReplace,
        "surrogateescape" => Handler::SurrogateEscape,
        "surrogatepass" => Handler::SurrogatePass,
        _ => {
            return Err(vm.new_exc(
                &vm.t.lookup_error,
                format!("unknown error handler name '{errors}'"),
            ))
        }
    })
}

fn escape_char(c: char) -> String {
    let cp = c as u32;
    if cp < 0x100 {
        format!("\\x{cp:02x}")
    } else if cp < 0x10000 {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    }
}

/// A `UnicodeEncodeError` for chars `start..end` of `text`, with its attributes set.
fn encode_error(vm: &Vm, codec: &str, text: &str, start: usize, end: usize, reason: &str) -> PyRef {
    let msg = if end - start == 1 {
        let c = text.chars().nth(start).unwrap_or('\0');
        format!(
            "'{codec}' codec can't encode character '{}' in position {start}: {reason}",
            escape_char(c)
        )
    } else {
        format!(
            "'{codec}' codec can't encode characters in position {start}-{}: {reason}",
            end - 1
        )
    };
    let e = vm.new_exc(&vm.t.unicode_encode_error, msg);
    if let Some(ex) = e.as_exception() {
        ex.set_attr("encoding", vm.str(codec));
        ex.set_attr("object", vm.str(text));
        ex.set_attr("start", vm.usize(start));
        ex.set_attr("end", vm.usize(end));
        ex.set_attr("reason", vm.str(reason));
    }
    e
}

/// A `UnicodeDecodeError` for bytes `start..end` of `data`, with its attributes set.
fn decode_error(
    vm: &Vm,
    codec: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyRef {
    let msg = if end - start == 1 {
        format!(
            "'{codec}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
            data[start]
        )
    } else {
        format!(
            "'{codec}' codec can't decode bytes in position {start}-{}: {reason}",
            end - 1
        )
    };
    let e = vm.new_exc(&vm.t.unicode_decode_error, msg);
    if let Some(ex) = e.as_exception() {
        ex.set_attr("encoding", vm.str(codec));
        ex.set_attr("object", vm.bytes(data));
        ex.set_attr("start", vm.usize(start));
        ex.set_attr("end", vm.usize(end));
        ex.set_attr("reason", vm.str(reason));
    }
    e
}

/// The cp1252 characters of bytes 0x80..=0x9f (`None`: undefined).
const CP1252_HIGH: [Option<char>; 32] = [
    Some('\u{20ac}'),
    None,
    Some('\u{201a}'),
    Some('\u{192}'),
    Some('\u{201e}'),
    Some('\u{2026}'),
    Some('\u{2020}'),
    Some('\u{2021}'),
    Some('\u{2c6}'),
    Some('\u{2030}'),
    Some('\u{160}'),
    Some('\u{2039}'),
    Some('\u{152}'),
    None,
    Some('\u{17d}'),
    None,
    None,
    Some('\u{2018}'),
    Some('\u{2019}'),
    Some('\u{201c}'),
    Some('\u{201d}'),
    Some('\u{2022}'),
    Some('\u{2013}'),
    Some('\u{2014}'),
    Some('\u{2dc}'),
    Some('\u{2122}'),
    Some('\u{161}'),
    Some('\u{203a}'),
    Some('\u{153}'),
    None,
    Some('\u{17e}'),
    Some('\u{178}'),
];

fn cp1252_decode(b: u8) -> Option<char> {
    match b {
        0x80..=0x9f => CP1252_HIGH[usize::from(b - 0x80)],
        _ => Some(char::from(b)),
    }
}

fn cp1252_encode(c: char) -> Option<u8> {
    match c as u32 {
        0..=0x7f | 0xa0..=0xff => Some(c as u32 as u8),
        _ => CP1252_HIGH
            .iter()
            .position(|&m| m == Some(c))
            .map(|i| 0x80 + i as u8),
    }
}

// ---------------------------------------------------------------------------------------------
// Encoding

/// Encodes `text` with a one-byte-per-char codec whose `map` fails on some chars; runs of
/// unencodable chars go to the error handler together (`unicode_encode_ucs1`).
fn encode_charmap(
    vm: &Vm,
    text: &str,
    errors: &str,
    codec: &str,
    reason: &str,
    map: impl Fn(char) -> Option<u8>,
) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    // The common case: every char maps.
    for c in text.chars() {
        match map(c) {
            Some(b) => out.push(b),
            None => break,
        }
    }
    let done = out.len();
    if done == text.len() || text.chars().nth(done).is_none() {
        return Ok(out);
    }
    let chars: Vec<char> = text.chars().collect();
    let mut i = done;
    while i < chars.len() {
        if let Some(b) = map(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let start = i;
        while i < chars.len() && map(chars[i]).is_none() {
            i += 1;
        }
        let run = &chars[start..i];
        match handler(vm, errors)? {
            Handler::Ignore => {}
            Handler::Replace => out.extend(std::iter::repeat_n(b'?', run.len())),
            Handler::BackslashReplace => {
                for &c in run {
                    out.extend_from_slice(escape_char(c).as_bytes());
                }
            }
            Handler::XmlCharRefReplace => {
                for &c in run {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            _ => return Err(encode_error(vm, codec, text, start, i, reason)),
        }
    }
    Ok(out)
}

fn push_u16(out: &mut Vec<u8>, u: u16, endian: Endian) {
    match endian {
        Endian::Little => out.extend_from_slice(&u.to_le_bytes()),
        Endian::Big => out.extend_from_slice(&u.to_be_bytes()),
    }
}

fn push_u32(out: &mut Vec<u8>, u: u32, endian: Endian) {
    match endian {
        Endian::Little => out.extend_from_slice(&u.to_le_bytes()),
        Endian::Big => out.extend_from_slice(&u.to_be_bytes()),
    }
}

/// `text.encode(encoding, errors)`.
pub fn encode_str(vm: &Vm, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(vm, encoding)?;
    Ok(match codec {
        Codec::Utf8 => text.as_bytes().to_vec(),
        Codec::Utf8Sig => {
            let mut out = Vec::with_capacity(text.len() + 3);
            out.extend_from_slice(b"\xef\xbb\xbf");
            out.extend_from_slice(text.as_bytes());
            out
        }
        Codec::Ascii if text.is_ascii() => text.as_bytes().to_vec(),
        Codec::Ascii => encode_charmap(
            vm,
            text,
            errors,
            "ascii",
            "ordinal not in range(128)",
            |c| c.is_ascii().then_some(c as u8),
        )?,
        Codec::Latin1 => encode_charmap(
            vm,
            text,
            errors,
            "latin-1",
            "ordinal not in range(256)",
            |c| u8::try_from(c as u32).ok(),
        )?,
        Codec::Cp1252 => encode_charmap(
            vm,
            text,
            errors,
            "charmap",
            "character maps to <undefined>",
            cp1252_encode,
        )?,
        Codec::Utf16(order) => {
            let endian = order.unwrap_or(Endian::Little);
            let mut out = Vec::with_capacity(text.len() * 2 + 2);
            if order.is_none() {
                push_u16(&mut out, 0xfeff, endian);
            }
            for u in text.encode_utf16() {
                push_u16(&mut out, u, endian);
            }
            out
        }
        Codec::Utf32(order) => {
            let endian = order.unwrap_or(Endian::Little);
            let mut out = Vec::with_capacity(text.len() * 4 + 4);
            if order.is_none() {
                push_u32(&mut out, 0xfeff, endian);
            }
            for c in text.chars() {
                push_u32(&mut out, c as u32, endian);
            }
            out
        }
    })
}

// ---------------------------------------------------------------------------------------------
// Decoding

/// Decoded text plus what to do with the undecodable spans.
struct Decoder<'a> {
    vm: &'a Vm,
    data: &'a [u8],
    errors: &'a str,
    codec: &'a str,
    out: String,
}

impl Decoder<'_> {
    /// Bytes `start..end` could not be decoded: apply the error handler.
    fn error(&mut self, start: usize, end: usize, reason: &str) -> PyResult<()> {
        match handler(self.vm, self.errors)? {
            Handler::Ignore => {}
            Handler::Replace => self.out.push('\u{fffd}'),
            Handler::BackslashReplace => {
                for &b in &self.data[start..end] {
                    self.out.push_str(&format!("\\x{b:02x}"));
                }
            }
            Handler::XmlCharRefReplace | Handler::NameReplace => {
                return Err(self
                    .vm
                    .type_error("don't know how to handle UnicodeDecodeError in error callback"))
            }
            Handler::SurrogateEscape if self.data[start..end].iter().all(|&b| b >= 0x80) => {
                // Each byte would become the lone surrogate U+DC80+b, which a Krait str
                // cannot hold; like the compiler's lone-surrogate literals, it reads U+FFFD.
                self.out
                    .extend(std::iter::repeat_n('\u{fffd}', end - start));
            }
            Handler::Strict | Handler::SurrogateEscape | Handler::SurrogatePass => {
                return Err(decode_error(
                    self.vm, self.codec, self.data, start, end, reason,
                ))
            }
        }
        Ok(())
    }
}

/// `bytes.decode(encoding, errors)` as a Rust string.
pub fn decode_to_string(vm: &Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(vm, encoding)?;
    let (data, codec_name) = match codec {
        Codec::Utf8 => (data, "utf-8"),
        Codec::Utf8Sig => (data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data), "utf-8"),
        Codec::Ascii => (data, "ascii"),
        Codec::Latin1 => return Ok(data.iter().map(|&b| char::from(b)).collect()),
        Codec::Cp1252 => (data, "charmap"),
        Codec::Utf16(_) | Codec::Utf32(_) => (data, ""),
    };
    let mut d = Decoder {
        vm,
        data,
        errors,
        codec: codec_name,
        out: String::with_capacity(data.len()),
    };
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => decode_utf8(&mut d)?,
        Codec::Ascii => {
            for (i, &b) in data.iter().enumerate() {
                if b.is_ascii() {
                    d.out.push(char::from(b));
                } else {
                    d.error(i, i + 1, "ordinal not in range(128)")?;
                }
            }
        }
        Codec::Cp1252 => {
            for (i, &b) in data.iter().enumerate() {
                match cp1252_decode(b) {
                    Some(c) => d.out.push(c),
                    None => d.error(i, i + 1, "character maps to <undefined>")?,
                }
            }
        }
        Codec::Utf16(order) => decode_utf16(&mut d, order)?,
        Codec::Utf32(order) => decode_utf32(&mut d, order)?,
        Codec::Latin1 => {}
    }
    Ok(d.out)
}

/// `bytes.decode(encoding, errors)`.
pub fn decode_bytes(vm: &Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult {
    decode_to_string(vm, data, encoding, errors).map(|s| vm.string(s))
}

/// UTF-8 with CPython's error spans, which are Rust's `Utf8Error` spans.
fn decode_utf8(d: &mut Decoder) -> PyResult<()> {
    let data = d.data;
    let mut pos = 0;
    while pos < data.len() {
        match std::str::from_utf8(&data[pos..]) {
            Ok(s) => {
                d.out.push_str(s);
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                // The prefix up to valid_up_to is valid UTF-8 by Utf8Error's contract.
                d.out
                    .push_str(std::str::from_utf8(&data[pos..pos + good]).unwrap_or(""));
                let start = pos + good;
                let lead = data[start];
                let (end, reason) = match e.error_len() {
                    None => (data.len(), "unexpected end of data"),
                    Some(n) if (0x80..0xc2).contains(&lead) || lead > 0xf4 => {
                        (start + n, "invalid start byte")
                    }
                    Some(n) => (start + n, "invalid continuation byte"),
                };
                d.error(start, end, reason)?;
                pos = end;
            }
        }
    }
    Ok(())
}

fn read_u16(b: &[u8], endian: Endian) -> u16 {
    let pair = [b[0], b[1]];
    match endian {
        Endian::Little => u16::from_le_bytes(pair),
        Endian::Big => u16::from_be_bytes(pair),
    }
}

fn read_u32(b: &[u8], endian: Endian) -> u32 {
    let quad = [b[0], b[1], b[2], b[3]];
    match endian {
        Endian::Little => u32::from_le_bytes(quad),
        Endian::Big => u32::from_be_bytes(quad),
    }
}

/// UTF-16 (`PyUnicode_DecodeUTF16Stateful`): a byte order mark picks the order when none is
/// given; error messages name the order used.
fn decode_utf16(d: &mut Decoder, order: Option<Endian>) -> PyResult<()> {
    let data = d.data;
    let mut pos = 0;
    let endian = match order {
        Some(e) => e,
        None if data.starts_with(b"\xff\xfe") => {
            pos = 2;
            Endian::Little
        }
        None if data.starts_with(b"\xfe\xff") => {
            pos = 2;
            Endian::Big
        }
        None => Endian::Little,
    };
    d.codec = match endian {
        Endian::Little => "utf-16-le",
        Endian::Big => "utf-16-be",
    };
    while pos < data.len() {
        if data.len() - pos < 2 {
            d.error(pos, data.len(), "truncated data")?;
            break;
        }
        let u = read_u16(&data[pos..], endian);
        match u {
            0xd800..=0xdbff => {
                if data.len() - pos < 4 {
                    d.error(pos, data.len(), "unexpected end of data")?;
                    break;
                }
                let low = read_u16(&data[pos + 2..], endian);
                if (0xdc00..=0xdfff).contains(&low) {
                    let cp = 0x10000 + ((u32::from(u) - 0xd800) << 10) + (u32::from(low) - 0xdc00);
                    d.out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                    pos += 4;
                } else {
                    d.error(pos, pos + 2, "illegal UTF-16 surrogate")?;
                    pos += 2;
                }
            }
            0xdc00..=0xdfff => {
                d.error(pos, pos + 2, "illegal encoding")?;
                pos += 2;
            }
            _ => {
                d.out
                    .push(char::from_u32(u32::from(u)).unwrap_or('\u{fffd}'));
                pos += 2;
            }
        }
    }
    Ok(())
}

/// UTF-32 (`PyUnicode_DecodeUTF32Stateful`).
fn decode_utf32(d: &mut Decoder, order: Option<Endian>) -> PyResult<()> {
    let data = d.data;
    let mut pos = 0;
    let endian = match order {
        Some(e) => e,
        None if data.starts_with(b"\xff\xfe\x00\x00") => {
            pos = 4;
            Endian::Little
        }
        None if data.starts_with(b"\x00\x00\xfe\xff") => {
            pos = 4;
            Endian::Big
        }
        None => Endian::Little,
    };
    d.codec = match endian {
        Endian::Little => "utf-32-le",
        Endian::Big => "utf-32-be",
    };
    while pos < data.len() {
        if data.len() - pos < 4 {
            d.error(pos, data.len(), "truncated data")?;
            break;
        }
        let u = read_u32(&data[pos..], endian);
        match char::from_u32(u) {
            Some(c) => d.out.push(c),
            None if (0xd800..0xe000).contains(&u) => d.error(
                pos,
                pos + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
            )?,
            None => d.error(pos, pos + 4, "code point not in range(0x110000)")?,
        }
        pos += 4;
    }
    Ok(())
}
