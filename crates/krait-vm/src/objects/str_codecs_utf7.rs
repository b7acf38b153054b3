//! UTF-7 (RFC 2152): mirrors `PyUnicode_DecodeUTF7Stateful` and `_PyUnicode_EncodeUTF7`
//! in Objects/unicodeobject.c. Characters outside the directly encoded set go as base64 of
//! their UTF-16 units between `+` and an optional `-`.

use crate::objects::str_codecs::Decoder;
use crate::vm::PyResult;

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn from_base64(b: u8) -> Option<u32> {
    BASE64.iter().position(|&x| x == b).map(|i| i as u32)
}

/// Written as itself by the encoder: RFC 2152's direct and optional direct characters and
/// whitespace (CPython encodes the optional ones directly).
fn encode_direct(c: char) -> bool {
    c.is_ascii_alphanumeric() || "'(),-./:?!\"#$%&*;<=>@[]^_`{|} \t\r\n".contains(c)
}

/// Append a UTF-16 unit to the base64 bit buffer and write the complete sextets.
fn push_unit(out: &mut Vec<u8>, bits: &mut u32, buffer: &mut u32, unit: u32) {
    *bits += 16;
    *buffer = (*buffer << 16) | unit;
    while *bits >= 6 {
        out.push(BASE64[((*buffer >> (*bits - 6)) & 0x3f) as usize]);
        *bits -= 6;
    }
    *buffer &= (1 << *bits) - 1;
}

pub fn encode(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut in_shift = false;
    let mut bits = 0u32;
    let mut buffer = 0u32;
    for c in text.chars() {
        if in_shift && encode_direct(c) {
            if bits > 0 {
                out.push(BASE64[((buffer << (6 - bits)) & 0x3f) as usize]);
                bits = 0;
                buffer = 0;
            }
            in_shift = false;
            // A base64 character or '-' right after would read as part of the sequence.
            if c.is_ascii_alphanumeric() || c == '+' || c == '/' || c == '-' {
                out.push(b'-');
            }
            out.push(c as u8);
            continue;
        }
        if !in_shift {
            if c == '+' {
                out.extend_from_slice(b"+-");
                continue;
            }
            if encode_direct(c) {
                out.push(c as u8);
                continue;
            }
            out.push(b'+');
            in_shift = true;
        }
        let mut units = [0u16; 2];
        for &u in c.encode_utf16(&mut units).iter() {
            push_unit(&mut out, &mut bits, &mut buffer, u32::from(u));
        }
    }
    if bits > 0 {
        out.push(BASE64[((buffer << (6 - bits)) & 0x3f) as usize]);
    }
    if in_shift {
        out.push(b'-');
    }
    out
}

/// Decode; returns the bytes consumed (when not `final_`, an open shift sequence at the end
/// is left for the next call, and its output taken back).
pub fn decode(d: &mut Decoder, final_: bool) -> PyResult<usize> {
    let data = d.data;
    let mut pos = 0;
    let mut in_shift = false;
    let mut bits = 0u32;
    let mut buffer = 0u32;
    // A high surrogate waiting for its low half.
    let mut surrogate = 0u32;
    // Where the open shift sequence's `+` is, and where its output starts.
    let mut shift_start = 0;
    let mut shift_out = 0;
    while pos < data.len() {
        let b = data[pos];
        let error: (usize, &str);
        if in_shift {
            if let Some(v) = from_base64(b) {
                buffer = (buffer << 6) | v;
                bits += 6;
                pos += 1;
                if bits >= 16 {
                    let unit = buffer >> (bits - 16);
                    bits -= 16;
                    buffer &= (1 << bits) - 1;
                    if surrogate != 0 {
                        if (0xdc00..0xe000).contains(&unit) {
                            let cp = 0x10000 + ((surrogate - 0xd800) << 10) + (unit - 0xdc00);
                            d.out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                            surrogate = 0;
                            continue;
                        }
                        // A lone high surrogate: U+FFFD in a Krait str.
                        d.out.push('\u{fffd}');
                        surrogate = 0;
                    }
                    if (0xd800..0xdc00).contains(&unit) {
                        surrogate = unit;
                    } else {
                        d.out.push(char::from_u32(unit).unwrap_or('\u{fffd}'));
                    }
                }
                continue;
            }
            // Leaving the base64 section.
            in_shift = false;
            if bits > 6 {
                pos += 1;
                error = (shift_start, "partial character in shift sequence");
            } else if buffer != 0 {
                pos += 1;
                error = (shift_start, "non-zero padding bits in shift sequence");
            } else {
                if surrogate != 0 && b < 0x80 && b != b'+' {
                    d.out.push('\u{fffd}');
                }
                surrogate = 0;
                if b == b'-' {
                    pos += 1;
                }
                continue;
            }
        } else if b == b'+' {
            let start = pos;
            pos += 1;
            match data.get(pos) {
                Some(b'-') => {
                    pos += 1;
                    d.out.push('+');
                    continue;
                }
                Some(&n) if from_base64(n).is_none() => {
                    pos += 1;
                    error = (start, "ill-formed sequence");
                }
                _ => {
                    in_shift = true;
                    surrogate = 0;
                    shift_start = start;
                    shift_out = d.out.len();
                    bits = 0;
                    buffer = 0;
                    continue;
                }
            }
        } else if b < 0x80 {
            d.out.push(char::from(b));
            pos += 1;
            continue;
        } else {
            pos += 1;
            error = (pos - 1, "unexpected special character");
        }
        pos = d.error(error.0, pos, error.1)?;
    }
    if in_shift && !final_ {
        d.out.truncate(shift_out);
        return Ok(shift_start);
    }
    if in_shift && (surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0)) {
        d.error(shift_start, data.len(), "unterminated shift sequence")?;
        return Ok(data.len());
    }
    Ok(pos)
}
