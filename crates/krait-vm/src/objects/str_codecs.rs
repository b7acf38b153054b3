//! The built-in codecs behind `str.encode`, `bytes.decode` and `_codecs`: utf-8, utf-8-sig,
//! ascii, latin-1, cp1252, utf-16 and utf-32 (with and without byte order), utf-7
//! (`str_codecs_utf7.rs`), unicode_escape and raw_unicode_escape (`str_codecs_escape.rs`), with every error handler: the built-in ones
//! by name and any registered through `codecs.register_error` (`codec_registry.rs`). Mirrors
//! the codecs of Objects/unicodeobject.c and the fast paths of `PyUnicode_AsEncodedString`
//! and `PyUnicode_Decode`; other encoding names go through the codec registry.
//!
//! Krait's str is UTF-8, so it never holds a lone surrogate: encoders never meet one. Where
//! CPython's surrogateescape and surrogatepass produce a lone surrogate when decoding, Krait
//! gives U+FFFD (as `chr(0xdc80)` and lone-surrogate literals do), so text decodes but does
//! not round-trip.

use crate::object::PyRef;
use crate::objects::Payload;
use crate::vm::{PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Endian {
    Little,
    Big,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Cp1252,
    /// `None`: with a byte order mark (native order when decoding without one).
    Utf16(Option<Endian>),
    Utf32(Option<Endian>),
    Utf7,
    UnicodeEscape,
    RawUnicodeEscape,
}

/// `_Py_normalize_encoding` without the case folding: runs of characters other than ASCII
/// letters, digits and `.` become one `_`; leading and trailing ones vanish.
pub fn normalize(name: &str, lower: bool) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_sep = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if pending_sep && !out.is_empty() {
                out.push('_');
            }
            pending_sep = false;
            out.push(if lower { c.to_ascii_lowercase() } else { c });
        } else {
            pending_sep = true;
        }
    }
    out
}

/// The built-in codec a normalized encoding name stands for (the names and aliases of
/// `lib/encodings/aliases.py`).
pub fn builtin_codec(norm: &str) -> Option<Codec> {
    let key = norm.replace('.', "_");
    Some(match key.as_str() {
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
        "utf_7" | "u7" | "utf7" | "unicode_1_1_utf_7" | "csunicode11utf7" => Codec::Utf7,
        "unicode_escape" => Codec::UnicodeEscape,
        "raw_unicode_escape" => Codec::RawUnicodeEscape,
        _ => return None,
    })
}

/// The names `PyUnicode_AsEncodedString` and `PyUnicode_Decode` handle in C; for any other
/// name CPython calls the codec through the registry, which wraps simple exceptions from the
/// error handler in "encoding with 'X' codec failed (...)".
fn is_fast_path(norm: &str) -> bool {
    matches!(
        norm,
        "utf_8"
            | "utf8"
            | "utf_16"
            | "utf16"
            | "utf_32"
            | "utf32"
            | "ascii"
            | "us_ascii"
            | "latin1"
            | "latin_1"
            | "iso_8859_1"
            | "iso8859_1"
    )
}

// ---------------------------------------------------------------------------------------------
// Error handlers

/// An error handler, resolved from its name at the first error.
#[derive(Clone)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    SurrogateEscape,
    SurrogatePass,
    /// Anything else: the registered callable (`namereplace` included, as in CPython).
    Custom(PyRef),
}

/// The names the C codecs recognise without the registry (`_Py_GetErrorHandler`).
fn handler(vm: &Vm, errors: &str) -> PyResult<Handler> {
    Ok(match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "surrogateescape" => Handler::SurrogateEscape,
        "surrogatepass" => Handler::SurrogatePass,
        _ => Handler::Custom(crate::objects::codec_registry::lookup_error(vm, errors)?),
    })
}

pub fn escape_char(c: char) -> String {
    let cp = c as u32;
    if cp < 0x100 {
        format!("\\x{cp:02x}")
    } else if cp < 0x10000 {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    }
}

/// `UnicodeEncodeError(codec, text, start, end, reason)`.
pub fn encode_error(
    vm: &Vm,
    codec: &str,
    text: &str,
    start: usize,
    end: usize,
    reason: &str,
) -> PyRef {
    crate::objects::exceptions::new_exception(
        vm,
        &vm.t.unicode_encode_error,
        vec![
            vm.str(codec),
            vm.str(text),
            vm.usize(start),
            vm.usize(end),
            vm.str(reason),
        ],
    )
}

/// `UnicodeDecodeError(codec, data, start, end, reason)`.
pub fn decode_error(
    vm: &Vm,
    codec: &str,
    data: &[u8],
    start: usize,
    end: usize,
    reason: &str,
) -> PyRef {
    crate::objects::exceptions::new_exception(
        vm,
        &vm.t.unicode_decode_error,
        vec![
            vm.str(codec),
            vm.bytes(data),
            vm.usize(start),
            vm.usize(end),
            vm.str(reason),
        ],
    )
}

/// Call a registered handler with `exc`; its `(replacement, newpos)` with newpos made
/// absolute and checked against `len` (`unicode_encode_call_errorhandler` and its decode
/// twin).
fn call_handler(
    vm: &Vm,
    f: &PyRef,
    exc: PyRef,
    len: usize,
    encoding: bool,
) -> PyResult<(PyRef, usize)> {
    let r = crate::protocols::call::call(vm, f, &[exc])?;
    let shape_error = || {
        vm.type_error(if encoding {
            "encoding error handler must return (str/bytes, int) tuple"
        } else {
            "decoding error handler must return (str, int) tuple"
        })
    };
    let Some([rep, pos]) = r.as_tuple().and_then(|t| <&[PyRef; 2]>::try_from(t).ok()) else {
        return Err(shape_error());
    };
    // The checks in the order of CPython's `PyArg_ParseTuple` formats: "Un" when decoding;
    // "On" and then the str/bytes check when encoding.
    let rep_ok = match &rep.payload {
        Payload::Str(_) => true,
        Payload::Bytes(_) => encoding,
        _ => false,
    };
    if !encoding && !rep_ok {
        return Err(shape_error());
    }
    let pos = crate::protocols::number::index(vm, pos)?;
    if !rep_ok {
        return Err(shape_error());
    }
    let n = crate::objects::int::to_i64(vm, &pos)
        .map_err(|_| vm.overflow_error("Python int too large to convert to C ssize_t"))?;
    let len = len as i64;
    let abs = if n < 0 { len + n } else { n };
    if !(0..=len).contains(&abs) {
        return Err(vm.index_error(format!("position {abs} from error handler out of bounds")));
    }
    Ok((rep.clone(), abs as usize))
}

// ---------------------------------------------------------------------------------------------
// Encoding

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

/// A one-byte-per-char encoder whose `map` fails on some chars.
pub struct CharmapEncoder<'a> {
    pub codec: &'a str,
    pub reason: &'a str,
    /// ascii and latin-1 (`unicode_encode_ucs1`): a str replacement must be below this
    /// limit as a whole; charmap codecs map each replacement char instead.
    pub ucs1_limit: Option<u32>,
}

/// A char's bytes under a charmap: pushes them and returns true, or false when unmapped.
pub type CharMap<'m> = &'m dyn Fn(char, &mut Vec<u8>) -> bool;

impl CharmapEncoder<'_> {
    /// Encode `text`; runs of unencodable chars go to the error handler together.
    pub fn encode(&self, vm: &Vm, text: &str, errors: &str, map: CharMap) -> PyResult<Vec<u8>> {
        let mut out = Vec::with_capacity(text.len());
        let chars: Vec<char> = text.chars().collect();
        let mut scratch = Vec::new();
        let mut unmapped = |c: char| {
            scratch.clear();
            !map(c, &mut scratch)
        };
        let mut handler_cache: Option<Handler> = None;
        let mut i = 0;
        while i < chars.len() {
            if map(chars[i], &mut out) {
                i += 1;
                continue;
            }
            let start = i;
            while i < chars.len() && unmapped(chars[i]) {
                i += 1;
            }
            let end = i;
            let h = match &handler_cache {
                Some(h) => h.clone(),
                None => {
                    let h = handler(vm, errors)?;
                    handler_cache = Some(h.clone());
                    h
                }
            };
            let fail = || encode_error(vm, self.codec, text, start, end, self.reason);
            // Output through the map; a char the map lacks fails.
            let put_str = |out: &mut Vec<u8>, s: &str| -> PyResult<()> {
                for c in s.chars() {
                    if !map(c, out) {
                        return Err(fail());
                    }
                }
                Ok(())
            };
            match h {
                Handler::Strict | Handler::SurrogateEscape | Handler::SurrogatePass => {
                    return Err(fail())
                }
                Handler::Ignore => {}
                Handler::Replace => {
                    for _ in start..end {
                        put_str(&mut out, "?")?;
                    }
                }
                Handler::BackslashReplace => {
                    for &c in &chars[start..end] {
                        put_str(&mut out, &escape_char(c))?;
                    }
                }
                Handler::XmlCharRefReplace => {
                    for &c in &chars[start..end] {
                        put_str(&mut out, &format!("&#{};", c as u32))?;
                    }
                }
                Handler::Custom(f) => {
                    let (rep, newpos) = call_handler(vm, &f, fail(), chars.len(), true)?;
                    if let Payload::Bytes(b) = &rep.payload {
                        out.extend_from_slice(b);
                    } else {
                        let s = rep.as_str().unwrap_or("");
                        match self.ucs1_limit {
                            Some(limit) => {
                                if s.chars().any(|c| c as u32 >= limit) {
                                    return Err(fail());
                                }
                                out.extend(s.chars().map(|c| c as u32 as u8));
                            }
                            None => put_str(&mut out, s)?,
                        }
                    }
                    i = newpos;
                }
            }
        }
        Ok(out)
    }
}

/// A one-byte map as a `CharMap`.
fn byte_map(f: impl Fn(char) -> Option<u8>) -> impl Fn(char, &mut Vec<u8>) -> bool {
    move |c, out| match f(c) {
        Some(b) => {
            out.push(b);
            true
        }
        None => false,
    }
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

/// Encode `text` with a built-in codec.
pub fn encode(vm: &Vm, codec: Codec, text: &str, errors: &str) -> PyResult<Vec<u8>> {
    Ok(match codec {
        Codec::Utf8 => text.as_bytes().to_vec(),
        Codec::Utf8Sig => {
            let mut out = Vec::with_capacity(text.len() + 3);
            out.extend_from_slice(b"\xef\xbb\xbf");
            out.extend_from_slice(text.as_bytes());
            out
        }
        Codec::Ascii if text.is_ascii() => text.as_bytes().to_vec(),
        Codec::Ascii => CharmapEncoder {
            codec: "ascii",
            reason: "ordinal not in range(128)",
            ucs1_limit: Some(128),
        }
        .encode(
            vm,
            text,
            errors,
            &byte_map(|c| c.is_ascii().then_some(c as u8)),
        )?,
        Codec::Latin1 => CharmapEncoder {
            codec: "latin-1",
            reason: "ordinal not in range(256)",
            ucs1_limit: Some(256),
        }
        .encode(vm, text, errors, &byte_map(|c| u8::try_from(c as u32).ok()))?,
        Codec::Cp1252 => CharmapEncoder {
            codec: "charmap",
            reason: "character maps to <undefined>",
            ucs1_limit: None,
        }
        .encode(vm, text, errors, &byte_map(cp1252_encode))?,
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
        Codec::Utf7 => crate::objects::str_codecs_utf7::encode(text),
        Codec::UnicodeEscape => crate::objects::str_codecs_escape::unicode_escape_encode(text),
        Codec::RawUnicodeEscape => {
            crate::objects::str_codecs_escape::raw_unicode_escape_encode(text)
        }
    })
}

/// `text.encode(encoding, errors)`.
pub fn encode_str(vm: &Vm, text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let norm = normalize(encoding, true);
    match builtin_codec(&norm) {
        Some(codec) if is_fast_path(&norm) => encode(vm, codec, text, errors),
        Some(codec) => encode(vm, codec, text, errors)
            .map_err(|e| crate::objects::codec_registry::wrap_error(vm, e, "encoding", encoding)),
        None => crate::objects::codec_registry::encode_text(vm, text, encoding, errors),
    }
}

// ---------------------------------------------------------------------------------------------
// Decoding

/// Decoded text plus what to do with the undecodable spans.
pub struct Decoder<'a> {
    pub vm: &'a Vm,
    pub data: &'a [u8],
    pub errors: &'a str,
    handler: Option<Handler>,
    pub codec: &'static str,
    pub out: String,
}

impl<'a> Decoder<'a> {
    pub fn new(vm: &'a Vm, data: &'a [u8], errors: &'a str, codec: &'static str) -> Decoder<'a> {
        Decoder {
            vm,
            data,
            errors,
            handler: None,
            codec,
            out: String::with_capacity(data.len()),
        }
    }

    /// Bytes `start..end` could not be decoded: apply the error handler; returns the
    /// position to go on from.
    pub fn error(&mut self, start: usize, end: usize, reason: &str) -> PyResult<usize> {
        let h = match &self.handler {
            Some(h) => h.clone(),
            None => {
                let h = handler(self.vm, self.errors)?;
                self.handler = Some(h.clone());
                h
            }
        };
        let fail = || decode_error(self.vm, self.codec, self.data, start, end, reason);
        match h {
            Handler::Strict => return Err(fail()),
            Handler::Ignore => {}
            Handler::Replace => self.out.push('\u{fffd}'),
            Handler::BackslashReplace => {
                for &b in &self.data[start..end] {
                    self.out.push_str(&format!("\\x{b:02x}"));
                }
            }
            Handler::XmlCharRefReplace => {
                return Err(self
                    .vm
                    .type_error("don't know how to handle UnicodeDecodeError in error callback"))
            }
            Handler::SurrogateEscape => {
                // Up to four bytes >= 0x80 from `start` (`PyCodec_SurrogateEscapeErrors`);
                // each would be the lone surrogate U+DC00+b, which reads U+FFFD here.
                let n = self.data[start..end.min(start + 4)]
                    .iter()
                    .take_while(|&&b| b >= 0x80)
                    .count();
                if n == 0 {
                    return Err(fail());
                }
                self.out.extend(std::iter::repeat_n('\u{fffd}', n));
                return Ok(start + n);
            }
            Handler::SurrogatePass => {
                let n = encoded_surrogate_len(self.codec, &self.data[start..]);
                if n == 0 {
                    return Err(fail());
                }
                self.out.push('\u{fffd}');
                return Ok(start + n);
            }
            Handler::Custom(f) => {
                let (rep, newpos) = call_handler(self.vm, &f, fail(), self.data.len(), false)?;
                self.out.push_str(rep.as_str().unwrap_or(""));
                return Ok(newpos);
            }
        }
        Ok(end)
    }
}

/// The length of the surrogate code point encoded at the start of `data` in `codec`, or 0
/// (what `PyCodec_SurrogatePassErrors` accepts when decoding).
pub(crate) fn encoded_surrogate_len(codec: &str, data: &[u8]) -> usize {
    let is_surrogate = |u: u32| (0xd800..0xe000).contains(&u);
    match codec {
        "utf-8"
            if data.len() >= 3
                && data[0] == 0xed
                && (0xa0..0xc0).contains(&data[1])
                && (0x80..0xc0).contains(&data[2]) =>
        {
            3
        }
        "utf-16-le"
            if data.len() >= 2 && is_surrogate(u32::from(read_u16(data, Endian::Little))) =>
        {
            2
        }
        "utf-16-be" if data.len() >= 2 && is_surrogate(u32::from(read_u16(data, Endian::Big))) => 2,
        "utf-32-le" if data.len() >= 4 && is_surrogate(read_u32(data, Endian::Little)) => 4,
        "utf-32-be" if data.len() >= 4 && is_surrogate(read_u32(data, Endian::Big)) => 4,
        _ => 0,
    }
}

/// What a decode produced: the text, how many bytes it used (less than all only when not
/// `final` and the input ends inside a character), and the byte order a utf-16/32 BOM
/// selected (-1 little, 1 big, 0 none).
pub struct Decoded {
    pub text: String,
    pub consumed: usize,
    pub byteorder: i32,
}

/// Decode `data` with a built-in codec. `byteorder` is the `*_ex_decode` argument of the
/// utf-16/32 codecs without a fixed order (0: look for a BOM).
pub fn decode(
    vm: &Vm,
    codec: Codec,
    data: &[u8],
    errors: &str,
    final_: bool,
    byteorder: i32,
) -> PyResult<Decoded> {
    let whole = |text: String| Decoded {
        text,
        consumed: data.len(),
        byteorder: 0,
    };
    match codec {
        Codec::Latin1 => return Ok(whole(data.iter().map(|&b| char::from(b)).collect())),
        Codec::Utf8 | Codec::Ascii if data.is_ascii() => {
            // Bytes are ASCII, so valid UTF-8.
            return Ok(whole(String::from_utf8(data.to_vec()).unwrap_or_default()));
        }
        _ => {}
    }
    let mut d = Decoder::new(vm, data, errors, "utf-8");
    let mut consumed = data.len();
    let mut order = 0;
    match codec {
        Codec::Utf8 => consumed = decode_utf8(&mut d, 0, final_)?,
        Codec::Utf8Sig => {
            if !final_ && data.len() < 3 && b"\xef\xbb\xbf".starts_with(data) {
                consumed = 0;
            } else {
                let skip = if data.starts_with(b"\xef\xbb\xbf") {
                    3
                } else {
                    0
                };
                consumed = decode_utf8(&mut d, skip, final_)?;
            }
        }
        Codec::Ascii => {
            d.codec = "ascii";
            let mut i = 0;
            while i < data.len() {
                if data[i].is_ascii() {
                    d.out.push(char::from(data[i]));
                    i += 1;
                } else {
                    i = d.error(i, i + 1, "ordinal not in range(128)")?;
                }
            }
        }
        Codec::Cp1252 => {
            d.codec = "charmap";
            let mut i = 0;
            while i < data.len() {
                match cp1252_decode(data[i]) {
                    Some(c) => {
                        d.out.push(c);
                        i += 1;
                    }
                    None => i = d.error(i, i + 1, "character maps to <undefined>")?,
                }
            }
        }
        Codec::Utf16(fixed) => (consumed, order) = decode_utf16(&mut d, fixed, byteorder, final_)?,
        Codec::Utf32(fixed) => (consumed, order) = decode_utf32(&mut d, fixed, byteorder, final_)?,
        Codec::Utf7 => {
            d.codec = "utf7";
            consumed = crate::objects::str_codecs_utf7::decode(&mut d, final_)?;
        }
        Codec::UnicodeEscape => {
            d.codec = "unicodeescape";
            consumed = crate::objects::str_codecs_escape::unicode_escape_decode(&mut d, final_)?;
        }
        Codec::RawUnicodeEscape => {
            d.codec = "rawunicodeescape";
            consumed =
                crate::objects::str_codecs_escape::raw_unicode_escape_decode(&mut d, final_)?;
        }
        Codec::Latin1 => {}
    }
    Ok(Decoded {
        text: d.out,
        consumed,
        byteorder: order,
    })
}

/// `bytes.decode(encoding, errors)` as a Rust string (built-in codecs only).
pub fn decode_to_string(vm: &Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let norm = normalize(encoding, true);
    let Some(codec) = builtin_codec(&norm) else {
        return Err(vm.new_exc(&vm.t.lookup_error, format!("unknown encoding: {encoding}")));
    };
    Ok(decode(vm, codec, data, errors, true, 0)?.text)
}

/// `bytes.decode(encoding, errors)`.
pub fn decode_bytes(vm: &Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult {
    let norm = normalize(encoding, true);
    match builtin_codec(&norm) {
        Some(codec) if is_fast_path(&norm) => {
            decode(vm, codec, data, errors, true, 0).map(|d| vm.string(d.text))
        }
        Some(codec) => decode(vm, codec, data, errors, true, 0)
            .map(|d| vm.string(d.text))
            .map_err(|e| crate::objects::codec_registry::wrap_error(vm, e, "decoding", encoding)),
        None => crate::objects::codec_registry::decode_text(vm, data, encoding, errors),
    }
}

/// UTF-8 from `pos`, with CPython's error spans, which are Rust's `Utf8Error` spans; when
/// not `final`, an incomplete character at the end is left unconsumed. Returns the bytes
/// consumed.
fn decode_utf8(d: &mut Decoder, mut pos: usize, final_: bool) -> PyResult<usize> {
    let data = d.data;
    while pos < data.len() {
        match std::str::from_utf8(&data[pos..]) {
            Ok(s) => {
                d.out.push_str(s);
                pos = data.len();
            }
            Err(e) => {
                let good = e.valid_up_to();
                // The prefix up to valid_up_to is valid UTF-8 by Utf8Error's contract.
                d.out
                    .push_str(std::str::from_utf8(&data[pos..pos + good]).unwrap_or(""));
                let start = pos + good;
                let lead = data[start];
                let (end, reason) = match e.error_len() {
                    None if !final_ => return Ok(start),
                    None => (data.len(), "unexpected end of data"),
                    Some(n) if (0x80..0xc2).contains(&lead) || lead > 0xf4 => {
                        (start + n, "invalid start byte")
                    }
                    Some(n) => (start + n, "invalid continuation byte"),
                };
                pos = d.error(start, end, reason)?;
            }
        }
    }
    Ok(pos)
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

/// The byte order to decode with and where the text starts: a fixed order, the order the
/// caller knows (`byteorder` -1/1) or the one a BOM at the start selects (with its length).
fn byte_order(
    data: &[u8],
    fixed: Option<Endian>,
    byteorder: i32,
    boms: (&[u8], &[u8]),
) -> (Endian, usize, i32) {
    if let Some(e) = fixed {
        return (e, 0, 0);
    }
    match byteorder {
        -1 => (Endian::Little, 0, -1),
        1 => (Endian::Big, 0, 1),
        _ if data.starts_with(boms.0) => (Endian::Little, boms.0.len(), -1),
        _ if data.starts_with(boms.1) => (Endian::Big, boms.1.len(), 1),
        _ => (Endian::Little, 0, 0),
    }
}

/// UTF-16 (`PyUnicode_DecodeUTF16Stateful`); error messages name the order used. Returns
/// (bytes consumed, byte order found).
fn decode_utf16(
    d: &mut Decoder,
    fixed: Option<Endian>,
    byteorder: i32,
    final_: bool,
) -> PyResult<(usize, i32)> {
    let data = d.data;
    if fixed.is_none() && byteorder == 0 && data.len() < 2 && !final_ {
        return Ok((0, 0));
    }
    let (endian, mut pos, order) = byte_order(data, fixed, byteorder, (b"\xff\xfe", b"\xfe\xff"));
    d.codec = match endian {
        Endian::Little => "utf-16-le",
        Endian::Big => "utf-16-be",
    };
    while pos < data.len() {
        if data.len() - pos < 2 {
            if !final_ {
                break;
            }
            pos = d.error(pos, data.len(), "truncated data")?;
            continue;
        }
        let u = read_u16(&data[pos..], endian);
        match u {
            0xd800..=0xdbff => {
                if data.len() - pos < 4 {
                    if !final_ {
                        break;
                    }
                    pos = d.error(pos, data.len(), "unexpected end of data")?;
                    continue;
                }
                let low = read_u16(&data[pos + 2..], endian);
                if (0xdc00..=0xdfff).contains(&low) {
                    let cp = 0x10000 + ((u32::from(u) - 0xd800) << 10) + (u32::from(low) - 0xdc00);
                    d.out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                    pos += 4;
                } else {
                    pos = d.error(pos, pos + 2, "illegal UTF-16 surrogate")?;
                }
            }
            0xdc00..=0xdfff => pos = d.error(pos, pos + 2, "illegal encoding")?,
            _ => {
                d.out
                    .push(char::from_u32(u32::from(u)).unwrap_or('\u{fffd}'));
                pos += 2;
            }
        }
    }
    Ok((pos, order))
}

/// UTF-32 (`PyUnicode_DecodeUTF32Stateful`).
fn decode_utf32(
    d: &mut Decoder,
    fixed: Option<Endian>,
    byteorder: i32,
    final_: bool,
) -> PyResult<(usize, i32)> {
    let data = d.data;
    if fixed.is_none() && byteorder == 0 && data.len() < 4 && !final_ {
        return Ok((0, 0));
    }
    let (endian, mut pos, order) = byte_order(
        data,
        fixed,
        byteorder,
        (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"),
    );
    d.codec = match endian {
        Endian::Little => "utf-32-le",
        Endian::Big => "utf-32-be",
    };
    while pos < data.len() {
        if data.len() - pos < 4 {
            if !final_ {
                break;
            }
            pos = d.error(pos, data.len(), "truncated data")?;
            continue;
        }
        let u = read_u32(&data[pos..], endian);
        match char::from_u32(u) {
            Some(c) => {
                d.out.push(c);
                pos += 4;
            }
            None if (0xd800..0xe000).contains(&u) => {
                pos = d.error(
                    pos,
                    pos + 4,
                    "code point in surrogate code point range(0xd800, 0xe000)",
                )?
            }
            None => pos = d.error(pos, pos + 4, "code point not in range(0x110000)")?,
        }
    }
    Ok((pos, order))
}
