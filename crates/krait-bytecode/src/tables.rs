//! The byte encodings of a code object's side tables, as CPython 3.11 exposes them:
//! `co_linetable` (the location table of `Objects/locations.md`), `co_lnotab` (the legacy
//! line-number table `code_getlnotab` derives from it) and `co_exceptiontable` (the format of
//! `Objects/exception_handling_notes.txt`). Krait keeps positions and handlers as plain
//! vectors; these encodings exist for programs that read the attributes (`dis` parses
//! `co_exceptiontable` back). A code unit is one Krait instruction, two bytes of `co_code`.

use crate::code::{CodeObject, Position};

/// Append `v` as a location-table varint: 6-bit chunks, least significant first, bit 6 set
/// on every chunk but the last.
fn write_varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 64 {
        out.push(0x40 | (v & 63) as u8);
        v >>= 6;
    }
    out.push(v as u8);
}

/// A signed location-table varint: the magnitude shifted left once, the sign in bit 0.
fn write_signed_varint(out: &mut Vec<u8>, v: i64) {
    let mag = v.unsigned_abs().min(u32::MAX as u64 >> 1) as u32;
    write_varint(out, (mag << 1) | u32::from(v < 0));
}

/// `co_linetable`: runs of up to eight instructions with the same position, each in the
/// shortest of the five entry forms.
pub fn linetable(code: &CodeObject) -> Vec<u8> {
    let mut out = Vec::new();
    let mut prev_line = code.first_line as i64;
    let positions = &code.positions;
    let mut i = 0;
    while i < positions.len() {
        let pos = positions[i];
        let mut len = 1;
        while len < 8 && i + len < positions.len() && positions[i + len] == pos {
            len += 1;
        }
        i += len;
        let head = |form: u32| 0x80 | (form << 3) as u8 | (len - 1) as u8;
        if pos.line == 0 {
            out.push(head(15));
            continue;
        }
        let delta = pos.line as i64 - prev_line;
        prev_line = pos.line as i64;
        encode_located(&mut out, pos, delta, head);
    }
    out
}

/// One entry of a located run: the short form (same line, narrow columns), the one-line form
/// (line delta 0..2, columns below 128), else the long form.
fn encode_located(out: &mut Vec<u8>, pos: Position, delta: i64, head: impl Fn(u32) -> u8) {
    let same_line = pos.end_line == pos.line;
    let width = pos.end_col.wrapping_sub(pos.col);
    if same_line && delta == 0 && pos.col < 80 && pos.end_col >= pos.col && width < 16 {
        out.push(head(pos.col / 8));
        out.push((((pos.col % 8) << 4) | width) as u8);
    } else if same_line && (0..3).contains(&delta) && pos.col < 128 && pos.end_col < 128 {
        out.push(head(10 + delta as u32));
        out.push(pos.col as u8);
        out.push(pos.end_col as u8);
    } else {
        out.push(head(14));
        write_signed_varint(out, delta);
        write_varint(out, pos.end_line.saturating_sub(pos.line));
        write_varint(out, pos.col + 1);
        write_varint(out, pos.end_col + 1);
    }
}

/// The `co_lines()` ranges: `(start, end, line)` in code units, consecutive instructions on
/// the same line merged; line 0 is "no line".
pub fn line_ranges(code: &CodeObject) -> Vec<(u32, u32, u32)> {
    let mut out: Vec<(u32, u32, u32)> = Vec::new();
    for (i, p) in code.positions.iter().enumerate() {
        let i = i as u32;
        match out.last_mut() {
            Some(last) if last.2 == p.line => last.1 = i + 1,
            _ => out.push((i, i + 1, p.line)),
        }
    }
    out
}

/// `co_lnotab`: (byte offset delta, signed line delta) pairs at every change of line,
/// ranges without a line keeping the previous one (`decode_linetable` in 3.11).
pub fn lnotab(code: &CodeObject) -> Vec<u8> {
    let mut out = Vec::new();
    let mut line = code.first_line as i64;
    let mut offset = 0i64;
    for (start, _, l) in line_ranges(code) {
        if l == 0 || l as i64 == line {
            continue;
        }
        let mut bdelta = start as i64 * 2 - offset;
        let mut ldelta = l as i64 - line;
        while bdelta > 255 {
            out.extend([255, 0]);
            bdelta -= 255;
        }
        while ldelta > 127 {
            out.extend([bdelta as u8, 127]);
            ldelta -= 127;
            bdelta = 0;
        }
        while ldelta < -128 {
            out.extend([bdelta as u8, 0x80]);
            ldelta += 128;
            bdelta = 0;
        }
        out.extend([bdelta as u8, ldelta as i8 as u8]);
        offset = start as i64 * 2;
        line = l as i64;
    }
    out
}

/// Append `v` as an exception-table varint: 6-bit chunks, most significant first, bit 6 set
/// on every chunk but the last; `start` marks the first field of an entry with bit 7.
fn write_except_varint(out: &mut Vec<u8>, v: u32, start: bool) {
    let mut shift = 0;
    while shift + 6 < 32 && v >> (shift + 6) != 0 {
        shift += 6;
    }
    let first = out.len();
    while shift > 0 {
        out.push(0x40 | ((v >> shift) & 63) as u8);
        shift -= 6;
    }
    out.push((v & 63) as u8);
    if start {
        out[first] |= 0x80;
    }
}

/// `co_exceptiontable`: per row start, length and target in code units, then
/// `depth << 1 | lasti`.
pub fn exception_table(code: &CodeObject) -> Vec<u8> {
    let mut out = Vec::new();
    for e in &code.exception_table {
        write_except_varint(&mut out, e.start, true);
        write_except_varint(&mut out, e.end.saturating_sub(e.start), false);
        write_except_varint(&mut out, e.target, false);
        write_except_varint(&mut out, (e.depth << 1) | u32::from(e.push_lasti), false);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn varints() {
        let mut v = Vec::new();
        write_except_varint(&mut v, 5, true);
        write_except_varint(&mut v, 200, false);
        assert_eq!(v, [0x85, 0x43, 0x08]);
        let mut w = Vec::new();
        write_varint(&mut w, 200);
        write_signed_varint(&mut w, -3);
        assert_eq!(w, [0x48, 0x03, 0x07]);
    }
}
