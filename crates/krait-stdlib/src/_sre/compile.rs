//! The `re` code generator: parsed tree -> SRE code words, the same words as CPython 3.11's
//! `re._compiler._code` (`_compile_info`, `_compile`, `_optimize_charset`,
//! `_compile_charset`). The opcode numbers are `re._constants` (MAGIC 20220615).

use super::case_tables::{CASED_SELF_LOWER, EXTRA_CASES, LOWER};
use super::parse::{self, Node, RepeatKind, SetItem, FLAG_DOTALL, FLAG_IGNORECASE, FLAG_LOCALE};
use super::parse::{FLAG_MULTILINE, FLAG_TEMPLATE, FLAG_UNICODE};
use super::{Error, ErrorKind};
use std::collections::HashMap;

pub const FAILURE: u32 = 0;
pub const SUCCESS: u32 = 1;
pub const ANY: u32 = 2;
pub const ANY_ALL: u32 = 3;
pub const ASSERT: u32 = 4;
pub const ASSERT_NOT: u32 = 5;
pub const AT: u32 = 6;
pub const BRANCH: u32 = 7;
pub const CATEGORY: u32 = 8;
pub const CHARSET: u32 = 9;
pub const BIGCHARSET: u32 = 10;
pub const GROUPREF: u32 = 11;
pub const GROUPREF_EXISTS: u32 = 12;
pub const IN: u32 = 13;
pub const INFO: u32 = 14;
pub const JUMP: u32 = 15;
pub const LITERAL: u32 = 16;
pub const MARK: u32 = 17;
pub const MAX_UNTIL: u32 = 18;
pub const MIN_UNTIL: u32 = 19;
pub const NOT_LITERAL: u32 = 20;
pub const NEGATE: u32 = 21;
pub const RANGE: u32 = 22;
pub const REPEAT: u32 = 23;
pub const REPEAT_ONE: u32 = 24;
pub const MIN_REPEAT_ONE: u32 = 26;
pub const ATOMIC_GROUP: u32 = 27;
pub const POSSESSIVE_REPEAT: u32 = 28;
pub const POSSESSIVE_REPEAT_ONE: u32 = 29;
pub const GROUPREF_IGNORE: u32 = 30;
pub const IN_IGNORE: u32 = 31;
pub const LITERAL_IGNORE: u32 = 32;
pub const NOT_LITERAL_IGNORE: u32 = 33;
pub const GROUPREF_LOC_IGNORE: u32 = 34;
pub const IN_LOC_IGNORE: u32 = 35;
pub const LITERAL_LOC_IGNORE: u32 = 36;
pub const NOT_LITERAL_LOC_IGNORE: u32 = 37;
pub const GROUPREF_UNI_IGNORE: u32 = 38;
pub const IN_UNI_IGNORE: u32 = 39;
pub const LITERAL_UNI_IGNORE: u32 = 40;
pub const NOT_LITERAL_UNI_IGNORE: u32 = 41;
pub const RANGE_UNI_IGNORE: u32 = 42;

const INFO_PREFIX: u32 = 1;
const INFO_LITERAL: u32 = 2;
const INFO_CHARSET: u32 = 4;
const MAXCODE: u64 = u32::MAX as u64;

/// `_sre.unicode_tolower`.
pub fn unicode_tolower(c: u32) -> u32 {
    match LOWER.binary_search_by_key(&c, |&(k, _)| k) {
        Ok(i) => LOWER[i].1,
        Err(_) => c,
    }
}

/// `_sre.unicode_iscased`.
pub fn unicode_iscased(c: u32) -> bool {
    LOWER.binary_search_by_key(&c, |&(k, _)| k).is_ok()
        || CASED_SELF_LOWER.binary_search(&c).is_ok()
}

fn extra_cases(lo: u32) -> Option<&'static [u32]> {
    EXTRA_CASES
        .binary_search_by_key(&lo, |&(k, _)| k)
        .ok()
        .map(|i| EXTRA_CASES[i].1)
}

/// The case functions `_compile` uses under IGNORECASE without LOCALE.
#[derive(Clone, Copy)]
struct Case {
    unicode: bool,
}

impl Case {
    fn for_flags(flags: u32) -> Option<Case> {
        if flags & FLAG_IGNORECASE != 0 && flags & FLAG_LOCALE == 0 {
            Some(Case {
                unicode: flags & FLAG_UNICODE != 0,
            })
        } else {
            None
        }
    }
    fn iscased(self, c: u32) -> bool {
        if self.unicode {
            unicode_iscased(c)
        } else {
            c < 128 && (c as u8).is_ascii_alphabetic()
        }
    }
    fn lower(self, c: u32) -> u32 {
        if self.unicode {
            unicode_tolower(c)
        } else if c < 128 {
            u32::from((c as u8).to_ascii_lowercase())
        } else {
            c
        }
    }
    fn fixes(self, lo: u32) -> Option<&'static [u32]> {
        if self.unicode {
            extra_cases(lo)
        } else {
            None
        }
    }
}

/// A member of an optimised charset.
#[derive(Clone, Debug)]
enum SetOp {
    Item(SetItem),
    Charset(Vec<u32>),
    BigCharset(Vec<u32>),
}

fn combine_flags(flags: u32, add: u32, del: u32) -> u32 {
    let type_flags = parse::FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
    let flags = if add & type_flags != 0 {
        flags & !type_flags
    } else {
        flags
    };
    (flags | add) & !del
}

fn at_code(av: u32, flags: u32) -> u32 {
    let mut av = av;
    if flags & FLAG_MULTILINE != 0 {
        av = match av {
            parse::AT_BEGINNING => 1,
            parse::AT_END => 6,
            other => other,
        };
    }
    if flags & FLAG_LOCALE != 0 {
        av = match av {
            parse::AT_BOUNDARY => 8,
            parse::AT_NON_BOUNDARY => 9,
            other => other,
        };
    } else if flags & FLAG_UNICODE != 0 {
        av = match av {
            parse::AT_BOUNDARY => 10,
            parse::AT_NON_BOUNDARY => 11,
            other => other,
        };
    }
    av
}

fn category_code(av: u32, flags: u32) -> u32 {
    if flags & FLAG_LOCALE != 0 {
        match av {
            parse::CATEGORY_WORD => 8,
            parse::CATEGORY_NOT_WORD => 9,
            other => other,
        }
    } else if flags & FLAG_UNICODE != 0 {
        av + 10
    } else {
        av
    }
}

struct Compiler {
    code: Vec<u32>,
    groupwidths: Vec<Option<(u64, u64)>>,
}

impl Compiler {
    fn emit(&mut self, word: u32) {
        self.code.push(word);
    }

    /// Emits a placeholder skip word and returns its index.
    fn skip(&mut self) -> usize {
        self.code.push(0);
        self.code.len() - 1
    }

    fn patch(&mut self, at: usize, extra: usize) {
        self.code[at] = (self.code.len() - at + extra) as u32;
    }

    /// `_compile`.
    fn compile(&mut self, pattern: &[Node], flags: u32) -> Result<(), Error> {
        let case = Case::for_flags(flags);
        for node in pattern {
            match node {
                Node::Literal(av) | Node::NotLiteral(av) => {
                    let not = matches!(node, Node::NotLiteral(_));
                    let av = *av;
                    let plain = if not { NOT_LITERAL } else { LITERAL };
                    if flags & FLAG_IGNORECASE == 0 {
                        self.code.extend([plain, av]);
                    } else if flags & FLAG_LOCALE != 0 {
                        self.code.extend([
                            if not {
                                NOT_LITERAL_LOC_IGNORE
                            } else {
                                LITERAL_LOC_IGNORE
                            },
                            av,
                        ]);
                    } else if let Some(case) = case.filter(|c| c.iscased(av)) {
                        let lo = case.lower(av);
                        if !case.unicode {
                            self.code.extend([
                                if not {
                                    NOT_LITERAL_IGNORE
                                } else {
                                    LITERAL_IGNORE
                                },
                                lo,
                            ]);
                        } else if let Some(fixes) = extra_cases(lo) {
                            self.emit(IN_UNI_IGNORE);
                            let skip = self.skip();
                            if not {
                                self.emit(NEGATE);
                            }
                            for &k in std::iter::once(&lo).chain(fixes) {
                                self.code.extend([LITERAL, k]);
                            }
                            self.emit(FAILURE);
                            self.patch(skip, 0);
                        } else {
                            self.code.extend([
                                if not {
                                    NOT_LITERAL_UNI_IGNORE
                                } else {
                                    LITERAL_UNI_IGNORE
                                },
                                lo,
                            ]);
                        }
                    } else {
                        self.code.extend([plain, av]);
                    }
                }
                Node::In(set) => {
                    let (charset, hascased) = optimize_charset(set, case)?;
                    let op = if flags & FLAG_IGNORECASE != 0 && flags & FLAG_LOCALE != 0 {
                        IN_LOC_IGNORE
                    } else if !hascased {
                        IN
                    } else if !case.is_some_and(|c| c.unicode) {
                        IN_IGNORE
                    } else {
                        IN_UNI_IGNORE
                    };
                    self.emit(op);
                    let skip = self.skip();
                    compile_charset(&charset, flags, &mut self.code);
                    self.patch(skip, 0);
                }
                Node::Any => self.emit(if flags & FLAG_DOTALL != 0 {
                    ANY_ALL
                } else {
                    ANY
                }),
                Node::Repeat {
                    kind,
                    min,
                    max,
                    item,
                } => {
                    if flags & FLAG_TEMPLATE != 0 {
                        let name = match kind {
                            RepeatKind::Max => "MAX_REPEAT",
                            RepeatKind::Min => "MIN_REPEAT",
                            RepeatKind::Possessive => "POSSESSIVE_REPEAT",
                        };
                        return Err(Error::re(
                            &format!("internal: unsupported template operator {name}"),
                            None,
                        ));
                    }
                    let (repeat, until, one) = match kind {
                        RepeatKind::Min => (REPEAT, MIN_UNTIL, MIN_REPEAT_ONE),
                        RepeatKind::Max => (REPEAT, MAX_UNTIL, REPEAT_ONE),
                        RepeatKind::Possessive => {
                            (POSSESSIVE_REPEAT, SUCCESS, POSSESSIVE_REPEAT_ONE)
                        }
                    };
                    if simple(item) {
                        self.emit(one);
                        let skip = self.skip();
                        self.code.extend([*min, *max]);
                        self.compile(item, flags)?;
                        self.emit(SUCCESS);
                        self.patch(skip, 0);
                    } else {
                        self.emit(repeat);
                        let skip = self.skip();
                        self.code.extend([*min, *max]);
                        self.compile(item, flags)?;
                        self.patch(skip, 0);
                        self.emit(until);
                    }
                }
                Node::Subpattern { group, add, del, p } => {
                    if let Some(g) = group {
                        self.code.extend([MARK, ((g - 1) * 2) as u32]);
                    }
                    self.compile(p, combine_flags(flags, *add, *del))?;
                    if let Some(g) = group {
                        self.code.extend([MARK, ((g - 1) * 2 + 1) as u32]);
                    }
                }
                Node::Atomic(p) => {
                    self.emit(ATOMIC_GROUP);
                    let skip = self.skip();
                    self.compile(p, flags)?;
                    self.emit(SUCCESS);
                    self.patch(skip, 0);
                }
                Node::Assert { negate, behind, p } => {
                    self.emit(if *negate { ASSERT_NOT } else { ASSERT });
                    let skip = self.skip();
                    if *behind {
                        let (lo, hi) = parse::width(p, &self.groupwidths);
                        if lo != hi {
                            return Err(Error::re(
                                "look-behind requires fixed-width pattern",
                                None,
                            ));
                        }
                        self.emit(lo as u32);
                    } else {
                        self.emit(0);
                    }
                    self.compile(p, flags)?;
                    self.emit(SUCCESS);
                    self.patch(skip, 0);
                }
                Node::At(av) => self.code.extend([AT, at_code(*av, flags)]),
                Node::Branch(items) => {
                    self.emit(BRANCH);
                    let mut tails = Vec::with_capacity(items.len());
                    for item in items {
                        let skip = self.skip();
                        self.compile(item, flags)?;
                        self.emit(JUMP);
                        tails.push(self.skip());
                        self.patch(skip, 0);
                    }
                    self.emit(FAILURE);
                    for tail in tails {
                        self.patch(tail, 0);
                    }
                }
                Node::GroupRef(g) => {
                    let op = if flags & FLAG_IGNORECASE == 0 {
                        GROUPREF
                    } else if flags & FLAG_LOCALE != 0 {
                        GROUPREF_LOC_IGNORE
                    } else if flags & FLAG_UNICODE == 0 {
                        GROUPREF_IGNORE
                    } else {
                        GROUPREF_UNI_IGNORE
                    };
                    self.code.extend([op, (*g - 1) as u32]);
                }
                Node::GroupRefExists { group, yes, no } => {
                    self.code.extend([GROUPREF_EXISTS, (*group - 1) as u32]);
                    let skipyes = self.skip();
                    self.compile(yes, flags)?;
                    match no {
                        Some(no) if !no.is_empty() => {
                            self.emit(JUMP);
                            let skipno = self.skip();
                            self.patch(skipyes, 1);
                            self.compile(no, flags)?;
                            self.patch(skipno, 0);
                        }
                        _ => self.patch(skipyes, 1),
                    }
                }
            }
        }
        Ok(())
    }
}

/// `_simple`: a single-width item that REPEAT_ONE can handle.
fn simple(p: &[Node]) -> bool {
    match p {
        [Node::Subpattern { group: None, p, .. }] => simple(p),
        [Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::In(_)] => true,
        _ => false,
    }
}

/// A character map of 256 entries that grows to 65536 when a code point above 255 is set
/// (CPython's `bytearray` plus its `IndexError` retry).
struct CharMap(Vec<u8>);

impl CharMap {
    fn set(&mut self, c: u32) -> Result<(), ()> {
        match self.0.get_mut(c as usize) {
            Some(slot) => {
                *slot = 1;
                Ok(())
            }
            None => Err(()),
        }
    }
}

/// One charset member into the map; `Err` when it does not fit the current map size.
fn add_to_charmap(
    item: SetItem,
    map: &mut CharMap,
    case: Option<Case>,
    hascased: &mut bool,
) -> Result<(), ()> {
    match item {
        SetItem::Literal(av) => match case {
            Some(case) => {
                let lo = case.lower(av);
                map.set(lo)?;
                if let Some(fixes) = case.fixes(lo) {
                    for &k in fixes {
                        map.set(k)?;
                    }
                }
                if !*hascased && case.iscased(av) {
                    *hascased = true;
                }
            }
            None => map.set(av)?,
        },
        SetItem::Range(lo, hi) => match case {
            Some(case) => {
                for c in lo..=hi {
                    let l = case.lower(c);
                    map.set(l)?;
                    if let Some(fixes) = case.fixes(l) {
                        for &k in fixes {
                            map.set(k)?;
                        }
                    }
                }
                if !*hascased {
                    *hascased = (lo..=hi).any(|c| case.iscased(c));
                }
            }
            None => {
                for c in lo..=hi {
                    map.set(c)?;
                }
            }
        },
        _ => {}
    }
    Ok(())
}

/// `_optimize_charset`: literals and ranges folded into a map, then written back as at most
/// two runs, a 256-bit CHARSET or a BIGCHARSET.
fn optimize_charset(charset: &[SetItem], case: Option<Case>) -> Result<(Vec<SetOp>, bool), Error> {
    let mut out: Vec<SetOp> = Vec::new();
    let mut tail: Vec<SetOp> = Vec::new();
    let mut map = CharMap(vec![0; 256]);
    let mut hascased = false;
    for &item in charset {
        match item {
            SetItem::Negate => out.push(SetOp::Item(item)),
            SetItem::Literal(_) | SetItem::Range(..) => loop {
                if add_to_charmap(item, &mut map, case, &mut hascased).is_ok() {
                    break;
                }
                if map.0.len() == 256 {
                    map.0.resize(65536, 0);
                    continue;
                }
                // a code point outside the BMP: kept as is
                let mut item = item;
                if case.is_some() {
                    hascased = true;
                    if let SetItem::Range(lo, hi) = item {
                        item = SetItem::RangeUniIgnore(lo, hi);
                    }
                }
                tail.push(SetOp::Item(item));
                break;
            },
            _ => tail.push(SetOp::Item(item)),
        }
    }

    // at most two runs of set entries: literals and ranges
    let bytes = &map.0;
    let mut runs: Option<Vec<(usize, usize)>> = Some(Vec::new());
    let mut q = 0;
    while let Some(p) = bytes[q.min(bytes.len())..]
        .iter()
        .position(|&b| b == 1)
        .map(|i| i + q)
    {
        let r = runs.as_mut().map_or(0, |r| r.len());
        if r >= 2 {
            runs = None;
            break;
        }
        let end = bytes[p..].iter().position(|&b| b == 0).map(|i| i + p);
        if let Some(r) = runs.as_mut() {
            r.push((p, end.unwrap_or(bytes.len())));
        }
        match end {
            Some(e) => q = e,
            None => break,
        }
    }
    if let Some(runs) = runs {
        for (p, q) in runs {
            out.push(SetOp::Item(if q - p == 1 {
                SetItem::Literal(p as u32)
            } else {
                SetItem::Range(p as u32, (q - 1) as u32)
            }));
        }
        out.extend(tail);
        if hascased || out.len() < charset.len() {
            return Ok((out, hascased));
        }
        return Ok((charset.iter().map(|&i| SetOp::Item(i)).collect(), hascased));
    }

    if bytes.len() == 256 {
        out.push(SetOp::Charset(bitmap(bytes)));
        out.extend(tail);
        return Ok((out, hascased));
    }

    // BIGCHARSET: 256-entry chunks, deduplicated, indexed by the high byte
    let mut comps: HashMap<&[u8], u8> = HashMap::new();
    let mut mapping = [0u8; 256];
    let mut blocks: usize = 0;
    let mut data: Vec<u8> = Vec::new();
    for (i, chunk) in bytes.chunks(256).enumerate() {
        if let Some(&b) = comps.get(chunk) {
            mapping[i] = b;
        } else {
            let b = u8::try_from(blocks)
                .map_err(|_| Error::new(ErrorKind::Value, "byte must be in range(0, 256)", None))?;
            mapping[i] = b;
            comps.insert(chunk, b);
            blocks += 1;
            data.extend_from_slice(chunk);
        }
    }
    let mut words = vec![blocks as u32];
    words.extend(
        mapping
            .chunks(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]])),
    );
    words.extend(bitmap(&data));
    out.push(SetOp::BigCharset(words));
    out.extend(tail);
    Ok((out, hascased))
}

/// `_mk_bitmap`: 32 map entries per word, lowest code point in the lowest bit.
fn bitmap(bits: &[u8]) -> Vec<u32> {
    bits.chunks(32)
        .map(|chunk| {
            chunk
                .iter()
                .enumerate()
                .fold(0u32, |w, (i, &b)| if b != 0 { w | (1 << i) } else { w })
        })
        .collect()
}

/// `_compile_charset`.
fn compile_charset(charset: &[SetOp], flags: u32, code: &mut Vec<u32>) {
    for op in charset {
        match op {
            SetOp::Item(SetItem::Negate) => code.push(NEGATE),
            SetOp::Item(SetItem::Literal(c)) => code.extend([LITERAL, *c]),
            SetOp::Item(SetItem::Range(lo, hi)) => code.extend([RANGE, *lo, *hi]),
            SetOp::Item(SetItem::RangeUniIgnore(lo, hi)) => {
                code.extend([RANGE_UNI_IGNORE, *lo, *hi])
            }
            SetOp::Item(SetItem::Category(c)) => code.extend([CATEGORY, category_code(*c, flags)]),
            SetOp::Charset(words) => {
                code.push(CHARSET);
                code.extend(words);
            }
            SetOp::BigCharset(words) => {
                code.push(BIGCHARSET);
                code.extend(words);
            }
        }
    }
    code.push(FAILURE);
}

fn iscased_for(flags: u32) -> Option<Case> {
    if flags & FLAG_IGNORECASE == 0 {
        None
    } else {
        Some(Case {
            unicode: flags & FLAG_UNICODE != 0,
        })
    }
}

/// `_get_literal_prefix`: (prefix, prefix_skip, got_all).
fn literal_prefix(pattern: &[Node], flags: u32) -> (Vec<u32>, Option<usize>, bool) {
    let mut prefix = Vec::new();
    let mut prefix_skip = None;
    let iscased = iscased_for(flags);
    for node in pattern {
        match node {
            Node::Literal(av) => {
                if iscased.is_some_and(|c| c.iscased(*av)) {
                    return (prefix, prefix_skip, false);
                }
                prefix.push(*av);
            }
            Node::Subpattern { group, add, del, p } => {
                let flags1 = combine_flags(flags, *add, *del);
                if flags1 & FLAG_IGNORECASE != 0 && flags1 & FLAG_LOCALE != 0 {
                    return (prefix, prefix_skip, false);
                }
                let (prefix1, prefix_skip1, got_all) = literal_prefix(p, flags1);
                if prefix_skip.is_none() {
                    if group.is_some() {
                        prefix_skip = Some(prefix.len());
                    } else if let Some(s) = prefix_skip1 {
                        prefix_skip = Some(prefix.len() + s);
                    }
                }
                prefix.extend(prefix1);
                if !got_all {
                    return (prefix, prefix_skip, false);
                }
            }
            _ => return (prefix, prefix_skip, false),
        }
    }
    (prefix, prefix_skip, true)
}

/// `_get_charset_prefix`.
fn charset_prefix(pattern: &[Node], flags: u32) -> Option<Vec<SetItem>> {
    let mut pattern = pattern;
    let mut flags = flags;
    let first = loop {
        let first = pattern.first()?;
        let Node::Subpattern { add, del, p, .. } = first else {
            break first;
        };
        flags = combine_flags(flags, *add, *del);
        if flags & FLAG_IGNORECASE != 0 && flags & FLAG_LOCALE != 0 {
            return None;
        }
        pattern = p;
    };
    let iscased = iscased_for(flags);
    let cased = |c: u32| iscased.is_some_and(|k| k.iscased(c));
    match first {
        Node::Literal(av) => (!cased(*av)).then(|| vec![SetItem::Literal(*av)]),
        Node::Branch(items) => {
            let mut charset = Vec::new();
            for item in items {
                match item.first()? {
                    Node::Literal(av) if !cased(*av) => charset.push(SetItem::Literal(*av)),
                    _ => return None,
                }
            }
            Some(charset)
        }
        Node::In(set) => {
            if iscased.is_some() {
                for item in set {
                    match *item {
                        SetItem::Literal(av) if cased(av) => return None,
                        SetItem::Range(lo, hi) if hi > 0xffff || (lo..=hi).any(cased) => {
                            return None
                        }
                        _ => {}
                    }
                }
            }
            Some(set.clone())
        }
        _ => None,
    }
}

/// `_generate_overlap_table`: the KMP failure function of the prefix.
fn overlap_table(prefix: &[u32]) -> Vec<u32> {
    let mut table = vec![0u32; prefix.len()];
    for i in 1..prefix.len() {
        let mut idx = table[i - 1] as usize;
        loop {
            if prefix[i] == prefix[idx] {
                table[i] = (idx + 1) as u32;
                break;
            }
            if idx == 0 {
                table[i] = 0;
                break;
            }
            idx = table[idx - 1] as usize;
        }
    }
    table
}

/// `_compile_info`: the INFO block with widths and a literal or charset prefix.
fn compile_info(c: &mut Compiler, pattern: &[Node], flags: u32) -> Result<(), Error> {
    let (lo, hi) = parse::width(pattern, &c.groupwidths);
    let hi = hi.min(MAXCODE);
    if lo == 0 {
        c.code.extend([INFO, 4, 0, lo as u32, hi as u32]);
        return Ok(());
    }
    let mut prefix = Vec::new();
    let mut prefix_skip = None;
    let mut got_all = false;
    let mut charset = None;
    if !(flags & FLAG_IGNORECASE != 0 && flags & FLAG_LOCALE != 0) {
        (prefix, prefix_skip, got_all) = literal_prefix(pattern, flags);
        if prefix.is_empty() {
            charset = charset_prefix(pattern, flags).filter(|cs| !cs.is_empty());
        }
    }
    c.emit(INFO);
    let skip = c.skip();
    let mut mask = 0;
    if !prefix.is_empty() {
        mask = INFO_PREFIX;
        if prefix_skip.is_none() && got_all {
            mask |= INFO_LITERAL;
        }
    } else if charset.is_some() {
        mask |= INFO_CHARSET;
    }
    c.code.extend([mask, lo.min(MAXCODE) as u32, hi as u32]);
    if !prefix.is_empty() {
        c.emit(prefix.len() as u32);
        c.emit(prefix_skip.unwrap_or(prefix.len()) as u32);
        c.code.extend(&prefix);
        c.code.extend(overlap_table(&prefix));
    } else if let Some(charset) = charset {
        let (charset, _) = optimize_charset(&charset, None)?;
        compile_charset(&charset, flags, &mut c.code);
    }
    c.patch(skip, 0);
    Ok(())
}

/// `_code(p, flags)`: the whole program.
pub fn code(parsed: &parse::Parsed) -> Result<Vec<u32>, Error> {
    let mut c = Compiler {
        code: Vec::new(),
        groupwidths: parsed.groupwidths.clone(),
    };
    compile_info(&mut c, &parsed.data, parsed.flags)?;
    c.compile(&parsed.data, parsed.flags)?;
    c.emit(SUCCESS);
    Ok(c.code)
}
