//! The Unicode database behind `unicodedata`: properties, names and decompositions of Unicode
//! 14.0.0 from the generated `tables`, and the `ucd_3_2_0` view (mirrors the record, name and
//! change-record lookups of `Modules/unicodedata.c`).

use std::collections::HashMap;
use std::sync::OnceLock;

use super::tables as t;

/// Which database answers: the current one or `ucd_3_2_0`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Version {
    Current,
    V320,
}

pub const SBASE: u32 = 0xAC00;
pub const LBASE: u32 = 0x1100;
pub const VBASE: u32 = 0x1161;
pub const TBASE: u32 = 0x11A7;
pub const LCOUNT: u32 = 19;
pub const VCOUNT: u32 = 21;
pub const TCOUNT: u32 = 28;
pub const NCOUNT: u32 = VCOUNT * TCOUNT;
pub const SCOUNT: u32 = LCOUNT * NCOUNT;

/// The longest name `lookup` accepts, in bytes (CPython's `NAME_MAXLEN`).
pub const NAME_MAXLEN: usize = 256;

/// The short names of the Hangul jamo (Unicode's Jamo.txt): leading consonants, vowels,
/// trailing consonants.
const JAMO_L: [&str; 19] = [
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P",
    "H",
];
const JAMO_V: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I",
];
const JAMO_T: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];

fn u16_at(b: &[u8], i: usize) -> usize {
    match b.get(2 * i..2 * i + 2) {
        Some(p) => u16::from_le_bytes([p[0], p[1]]) as usize,
        None => 0,
    }
}

fn u32_at(b: &[u8], i: usize) -> u32 {
    match b.get(4 * i..4 * i + 4) {
        Some(p) => u32::from_le_bytes([p[0], p[1], p[2], p[3]]),
        None => 0,
    }
}

/// A two-level trie lookup (see tools/gen-unicodedata); 0 past the tables.
fn trie(index1: &[u8], wide: bool, index2: &[u8], shift: u32, cp: u32) -> usize {
    let cp = cp as usize;
    let block = if wide {
        u16_at(index1, cp >> shift)
    } else {
        index1.get(cp >> shift).map_or(0, |&b| b as usize)
    };
    u16_at(index2, (block << shift) + (cp & ((1 << shift) - 1)))
}

/// The 3.11 property record of `cp`.
fn record(cp: u32) -> &'static [u8; 7] {
    let i = trie(
        t::PROPS_INDEX1,
        t::PROPS_INDEX1_WIDE,
        t::PROPS_INDEX2,
        t::PROPS_SHIFT,
        cp,
    );
    t::RECORDS.get(i).unwrap_or(&t::RECORDS[0])
}

/// How Unicode 3.2.0 differs for `cp`.
enum Old {
    Unassigned,
    Changed(&'static (u32, &'static str, &'static str, &'static str, u8, i8, f64)),
    Same,
}

fn old(cp: u32) -> Old {
    let r = t::OLD_UNASSIGNED.partition_point(|&(_, end)| end < cp);
    if t::OLD_UNASSIGNED
        .get(r)
        .is_some_and(|&(start, _)| start <= cp)
    {
        return Old::Unassigned;
    }
    match t::OLD_CHANGES.binary_search_by_key(&cp, |c| c.0) {
        Ok(i) => Old::Changed(&t::OLD_CHANGES[i]),
        Err(_) => Old::Same,
    }
}

fn old_view(v: Version, cp: u32) -> Old {
    match v {
        Version::Current => Old::Same,
        Version::V320 => old(cp),
    }
}

/// Whether `cp` is unassigned in `v` but not in 3.11 (answers then read as unassigned).
pub fn unassigned_in(v: Version, cp: u32) -> bool {
    matches!(old_view(v, cp), Old::Unassigned)
}

pub fn category(v: Version, cp: u32) -> &'static str {
    match old_view(v, cp) {
        Old::Unassigned => "Cn",
        Old::Changed(c) => c.1,
        Old::Same => t::CATEGORY_NAMES[record(cp)[0] as usize],
    }
}

pub fn bidirectional(v: Version, cp: u32) -> &'static str {
    match old_view(v, cp) {
        Old::Unassigned => "",
        Old::Changed(c) => c.2,
        Old::Same => t::BIDI_NAMES[record(cp)[1] as usize],
    }
}

/// The canonical combining class, as the normalizer sees it (always 3.11's).
pub fn combining_class(cp: u32) -> u8 {
    record(cp)[2]
}

pub fn combining(v: Version, cp: u32) -> u8 {
    match old_view(v, cp) {
        Old::Unassigned => 0,
        _ => combining_class(cp),
    }
}

pub fn east_asian_width(v: Version, cp: u32) -> &'static str {
    match old_view(v, cp) {
        Old::Unassigned => "F",
        Old::Changed(c) => c.3,
        Old::Same => t::EAW_NAMES[record(cp)[3] as usize],
    }
}

pub fn mirrored(v: Version, cp: u32) -> u8 {
    match old_view(v, cp) {
        Old::Unassigned => 0,
        Old::Changed(c) => c.4,
        Old::Same => record(cp)[4],
    }
}

/// The numeric value of `cp` if its numeric kind is at least `kind` (1 numeric, 2 digit,
/// 3 decimal) in 3.11.
fn numeric_kind(cp: u32, kind: u8) -> Option<f64> {
    let r = record(cp);
    if r[5] >= kind {
        t::NUMERIC_VALUES.get(r[6] as usize).copied()
    } else {
        None
    }
}

pub fn decimal(v: Version, cp: u32) -> Option<u32> {
    match old_view(v, cp) {
        Old::Unassigned => None,
        Old::Changed(c) => u32::try_from(c.5).ok(),
        Old::Same => numeric_kind(cp, 3).map(|x| x as u32),
    }
}

/// `digit()` reads the 3.11 tables in every version, as CPython's does.
pub fn digit(cp: u32) -> Option<u32> {
    numeric_kind(cp, 2).map(|x| x as u32)
}

pub fn numeric(v: Version, cp: u32) -> Option<f64> {
    match old_view(v, cp) {
        Old::Unassigned => None,
        Old::Changed(c) => (c.6 != -1.0).then_some(c.6),
        Old::Same => numeric_kind(cp, 1),
    }
}

/// The decomposition of `cp`: its tag index (0 for canonical) and code points (empty if
/// none), ignoring versions.
pub fn decomposition_raw(cp: u32) -> (usize, impl Iterator<Item = u32>) {
    let at = trie(
        t::DECOMP_INDEX1,
        t::DECOMP_INDEX1_WIDE,
        t::DECOMP_INDEX2,
        t::DECOMP_SHIFT,
        cp,
    );
    let head = u32_at(t::DECOMP_DATA, at);
    let count = (head >> 8) as usize;
    let prefix = (head & 255) as usize;
    (
        prefix,
        (1..=count).map(move |k| u32_at(t::DECOMP_DATA, at + k)),
    )
}

/// `decomposition()`: the tag and code points as CPython formats them.
pub fn decomposition(v: Version, cp: u32) -> String {
    if unassigned_in(v, cp) {
        return String::new();
    }
    let (prefix, codes) = decomposition_raw(cp);
    let mut out = String::from(t::DECOMP_PREFIXES.get(prefix).copied().unwrap_or(""));
    for c in codes {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&format!("{c:04X}"));
    }
    out
}

/// The 3.2.0 decomposition corrections (`normalization_3_2_0`).
pub fn old_normalization(cp: u32) -> Option<u32> {
    t::OLD_NORMALIZATION
        .binary_search_by_key(&cp, |&(c, _)| c)
        .ok()
        .map(|i| t::OLD_NORMALIZATION[i].1)
}

/// The primary composite of `first` and `second`, if any.
pub fn compose(first: u32, second: u32) -> Option<u32> {
    t::COMPOSITIONS
        .binary_search_by_key(&(first, second), |&(a, b, _)| (a, b))
        .ok()
        .map(|i| t::COMPOSITIONS[i].2)
}

/// Hangul syllable arithmetic (Unicode chapter 3.12).
pub mod hangul {
    pub use super::{LBASE, LCOUNT, SBASE, SCOUNT, TBASE, TCOUNT, VBASE, VCOUNT};

    /// The jamo of syllable `cp`, if it is one: L, V and T (None for no trailing consonant).
    pub fn decompose(cp: u32) -> Option<(u32, u32, Option<u32>)> {
        let s = cp.checked_sub(SBASE).filter(|&s| s < SCOUNT)?;
        let t = TBASE + s % TCOUNT;
        Some((
            LBASE + s / super::NCOUNT,
            VBASE + (s % super::NCOUNT) / TCOUNT,
            (t != TBASE).then_some(t),
        ))
    }
}

fn is_unified_ideograph(cp: u32) -> bool {
    t::CJK_RANGES.iter().any(|&(a, b)| a <= cp && cp <= b)
}

// ---------------------------------------------------------------------------------------------
// Names

/// Byte offset in `t::NAMES` of the token at `at` and the token.
fn token(at: usize) -> Option<(usize, usize)> {
    let b = *t::NAMES.get(at)? as usize;
    if b < t::SHORT_TOKENS {
        return Some((at + 1, b));
    }
    let lo = *t::NAMES.get(at + 1)? as usize;
    Some((at + 2, t::SHORT_TOKENS + ((b - t::SHORT_TOKENS) << 8) + lo))
}

fn lexicon_word(n: usize) -> &'static str {
    let a = u32_at(t::LEXICON_OFFSETS, n) as usize;
    let b = u32_at(t::LEXICON_OFFSETS, n + 1) as usize;
    t::LEXICON
        .get(a..b)
        .and_then(|w| std::str::from_utf8(w).ok())
        .unwrap_or("")
}

/// Decode name number `ordinal` (1-based) of code point `cp`.
fn decode_name(ordinal: usize, cp: u32) -> Option<String> {
    let i = ordinal.checked_sub(1)?;
    let mut at = u32_at(t::NAME_STARTS, i / t::NAME_BLOCK) as usize;
    for _ in 0..i % t::NAME_BLOCK {
        loop {
            let (next, tok) = token(at)?;
            at = next;
            if tok == 0 {
                break;
            }
        }
    }
    let mut out = String::new();
    loop {
        let (next, tok) = token(at)?;
        at = next;
        match tok {
            0 => return Some(out),
            1 => out.push_str(&format!("-{cp:04X}")),
            w => {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(lexicon_word(w - 2));
            }
        }
    }
}

/// The name of `cp` in version `v` (`_getucname`), without aliases.
pub fn name(v: Version, cp: u32) -> Option<String> {
    if unassigned_in(v, cp) {
        return None;
    }
    if let Some((l, v, t)) = hangul::decompose(cp) {
        let t = t.map_or(0, |t| t - TBASE);
        return Some(format!(
            "HANGUL SYLLABLE {}{}{}",
            JAMO_L[(l - LBASE) as usize],
            JAMO_V[(v - VBASE) as usize],
            JAMO_T[t as usize]
        ));
    }
    if is_unified_ideograph(cp) {
        return Some(format!("CJK UNIFIED IDEOGRAPH-{cp:X}"));
    }
    let ordinal = trie(
        t::NAME_INDEX1,
        t::NAME_INDEX1_WIDE,
        t::NAME_INDEX2,
        t::NAME_SHIFT,
        cp,
    );
    decode_name(ordinal, cp)
}

/// What a name stands for.
#[derive(Clone, Copy)]
enum Named {
    Char(u32),
    Alias(u32),
    Sequence(usize),
}

/// Every non-algorithmic name, alias and named sequence, built on first use.
fn names() -> &'static HashMap<Box<str>, Named> {
    static NAMES: OnceLock<HashMap<Box<str>, Named>> = OnceLock::new();
    NAMES.get_or_init(|| {
        let mut m = HashMap::with_capacity(36_000);
        for cp in 0..0x110000u32 {
            let ordinal = trie(
                t::NAME_INDEX1,
                t::NAME_INDEX1_WIDE,
                t::NAME_INDEX2,
                t::NAME_SHIFT,
                cp,
            );
            if ordinal != 0 {
                if let Some(n) = decode_name(ordinal, cp) {
                    m.insert(n.into_boxed_str(), Named::Char(cp));
                }
            }
        }
        for &(n, cp) in &t::ALIASES {
            m.insert(n.into(), Named::Alias(cp));
        }
        for (i, &(n, _)) in t::NAMED_SEQUENCES.iter().enumerate() {
            m.insert(n.into(), Named::Sequence(i));
        }
        m
    })
}

/// The longest jamo short name in `table` that `s` starts with (`find_syllable`).
fn find_syllable(s: &[u8], table: &[&str]) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for (i, j) in table.iter().enumerate() {
        if s.starts_with(j.as_bytes()) && best.is_none_or(|(_, len)| j.len() > len) {
            best = Some((i, j.len()));
        }
    }
    best
}

/// What `lookup` finds: one code point or a named sequence.
pub enum Found {
    Char(u32),
    Sequence(&'static [u32]),
}

/// `_getcode`: the code point (or named sequence) called `name` in version `v`. Hangul and
/// CJK names are matched case-sensitively, the others with ASCII letters uppercased.
pub fn lookup(v: Version, name: &[u8]) -> Option<Found> {
    if let Some(rest) = name.strip_prefix(b"HANGUL SYLLABLE ") {
        let (l, n1) = find_syllable(rest, &JAMO_L)?;
        let (vv, n2) = find_syllable(&rest[n1..], &JAMO_V)?;
        let (tt, n3) = find_syllable(&rest[n1 + n2..], &JAMO_T).unwrap_or((0, 0));
        if n1 + n2 + n3 != rest.len() {
            return None;
        }
        return Some(Found::Char(
            SBASE + (l as u32 * VCOUNT + vv as u32) * TCOUNT + tt as u32,
        ));
    }
    if let Some(hex) = name.strip_prefix(b"CJK UNIFIED IDEOGRAPH-") {
        if hex.len() != 4 && hex.len() != 5 {
            return None;
        }
        let mut cp = 0u32;
        for &h in hex {
            let d = match h {
                b'0'..=b'9' => h - b'0',
                b'A'..=b'F' => h - b'A' + 10,
                _ => return None,
            };
            cp = cp * 16 + d as u32;
        }
        return is_unified_ideograph(cp).then_some(Found::Char(cp));
    }
    let upper: Vec<u8> = name.iter().map(u8::to_ascii_uppercase).collect();
    let key = std::str::from_utf8(&upper).ok()?;
    match (*names().get(key)?, v) {
        (Named::Char(cp), _) => (!unassigned_in(v, cp)).then_some(Found::Char(cp)),
        (Named::Alias(cp), Version::Current) => Some(Found::Char(cp)),
        (Named::Sequence(i), Version::Current) => {
            Some(Found::Sequence(t::NAMED_SEQUENCES.get(i)?.1))
        }
        _ => None,
    }
}
