//! `re.DEBUG` output: the parse-tree dump CPython 3.11 prints from `re._parser.parse`
//! (`SubPattern.dump`) and the code-word listing it prints from `re._compiler.compile`
//! (`re._compiler.dis`), produced here as text for `_sre.compile` to write to `sys.stdout`.

use super::compile as op;
use super::parse::{Node, RepeatKind, SetItem};
use krait_vm::format::strfuncs;
use std::collections::HashSet;
use std::fmt::Write;

/// `MAXREPEAT`, which both outputs show by name.
const MAXREPEAT: u32 = u32::MAX;

/// `re._constants.OPCODES` by number (the names `dis` prints).
const OPCODE_NAMES: [&str; 43] = [
    "FAILURE",
    "SUCCESS",
    "ANY",
    "ANY_ALL",
    "ASSERT",
    "ASSERT_NOT",
    "AT",
    "BRANCH",
    "CATEGORY",
    "CHARSET",
    "BIGCHARSET",
    "GROUPREF",
    "GROUPREF_EXISTS",
    "IN",
    "INFO",
    "JUMP",
    "LITERAL",
    "MARK",
    "MAX_UNTIL",
    "MIN_UNTIL",
    "NOT_LITERAL",
    "NEGATE",
    "RANGE",
    "REPEAT",
    "REPEAT_ONE",
    "SUBPATTERN",
    "MIN_REPEAT_ONE",
    "ATOMIC_GROUP",
    "POSSESSIVE_REPEAT",
    "POSSESSIVE_REPEAT_ONE",
    "GROUPREF_IGNORE",
    "IN_IGNORE",
    "LITERAL_IGNORE",
    "NOT_LITERAL_IGNORE",
    "GROUPREF_LOC_IGNORE",
    "IN_LOC_IGNORE",
    "LITERAL_LOC_IGNORE",
    "NOT_LITERAL_LOC_IGNORE",
    "GROUPREF_UNI_IGNORE",
    "IN_UNI_IGNORE",
    "LITERAL_UNI_IGNORE",
    "NOT_LITERAL_UNI_IGNORE",
    "RANGE_UNI_IGNORE",
];

/// `re._constants.ATCODES` by number.
const AT_NAMES: [&str; 12] = [
    "AT_BEGINNING",
    "AT_BEGINNING_LINE",
    "AT_BEGINNING_STRING",
    "AT_BOUNDARY",
    "AT_NON_BOUNDARY",
    "AT_END",
    "AT_END_LINE",
    "AT_END_STRING",
    "AT_LOC_BOUNDARY",
    "AT_LOC_NON_BOUNDARY",
    "AT_UNI_BOUNDARY",
    "AT_UNI_NON_BOUNDARY",
];

/// `re._constants.CHCODES` by number.
const CATEGORY_NAMES: [&str; 18] = [
    "CATEGORY_DIGIT",
    "CATEGORY_NOT_DIGIT",
    "CATEGORY_SPACE",
    "CATEGORY_NOT_SPACE",
    "CATEGORY_WORD",
    "CATEGORY_NOT_WORD",
    "CATEGORY_LINEBREAK",
    "CATEGORY_NOT_LINEBREAK",
    "CATEGORY_LOC_WORD",
    "CATEGORY_LOC_NOT_WORD",
    "CATEGORY_UNI_DIGIT",
    "CATEGORY_UNI_NOT_DIGIT",
    "CATEGORY_UNI_SPACE",
    "CATEGORY_UNI_NOT_SPACE",
    "CATEGORY_UNI_WORD",
    "CATEGORY_UNI_NOT_WORD",
    "CATEGORY_UNI_LINEBREAK",
    "CATEGORY_UNI_NOT_LINEBREAK",
];

/// A name from one of the tables, or the number when it is out of range.
fn name_of(table: &[&str], n: u32) -> String {
    match table.get(n as usize) {
        Some(name) => (*name).to_string(),
        None => n.to_string(),
    }
}

/// How a repeat count reads (`MAXREPEAT` is a named constant).
fn count(n: u32) -> String {
    if n == MAXREPEAT {
        "MAXREPEAT".to_string()
    } else {
        n.to_string()
    }
}

fn repeat_name(kind: RepeatKind) -> &'static str {
    match kind {
        RepeatKind::Max => "MAX_REPEAT",
        RepeatKind::Min => "MIN_REPEAT",
        RepeatKind::Possessive => "POSSESSIVE_REPEAT",
    }
}

fn group_text(group: Option<usize>) -> String {
    match group {
        Some(g) => g.to_string(),
        None => "None".to_string(),
    }
}

// ---------------------------------------------------------------------------------------------
// The parse tree

/// `SubPattern.dump()` of a parsed pattern.
pub fn dump_tree(p: &[Node]) -> String {
    let mut out = String::new();
    dump(&mut out, p, 0);
    out
}

fn indent(out: &mut String, level: usize) {
    for _ in 0..level {
        out.push_str("  ");
    }
}

/// One set member as `dump` prints it under `IN`: the opcode name and its argument.
fn set_item_line(item: &SetItem) -> String {
    match *item {
        SetItem::Negate => "NEGATE None".to_string(),
        SetItem::Literal(c) => format!("LITERAL {c}"),
        SetItem::Range(lo, hi) => format!("RANGE ({lo}, {hi})"),
        SetItem::RangeUniIgnore(lo, hi) => format!("RANGE_UNI_IGNORE ({lo}, {hi})"),
        SetItem::Category(c) => format!("CATEGORY {}", name_of(&CATEGORY_NAMES, c)),
    }
}

fn dump(out: &mut String, p: &[Node], level: usize) {
    for node in p {
        indent(out, level);
        match node {
            Node::Literal(c) => {
                let _ = writeln!(out, "LITERAL {c}");
            }
            Node::NotLiteral(c) => {
                let _ = writeln!(out, "NOT_LITERAL {c}");
            }
            Node::Any => out.push_str("ANY None\n"),
            Node::In(items) => {
                out.push_str("IN\n");
                for item in items {
                    indent(out, level + 1);
                    out.push_str(&set_item_line(item));
                    out.push('\n');
                }
            }
            Node::At(code) => {
                let _ = writeln!(out, "AT {}", name_of(&AT_NAMES, *code));
            }
            Node::Repeat {
                kind,
                min,
                max,
                item,
            } => {
                let _ = writeln!(out, "{} {} {}", repeat_name(*kind), min, count(*max));
                dump(out, item, level + 1);
            }
            Node::Subpattern { group, add, del, p } => {
                let _ = writeln!(out, "SUBPATTERN {} {} {}", group_text(*group), add, del);
                dump(out, p, level + 1);
            }
            // The argument is a SubPattern, which `dump` prints with its repr.
            Node::Atomic(p) => {
                out.push_str("ATOMIC_GROUP ");
                repr_list(out, p);
                out.push('\n');
            }
            Node::Assert { negate, behind, p } => {
                let name = if *negate { "ASSERT_NOT" } else { "ASSERT" };
                let dir = if *behind { -1 } else { 1 };
                let _ = writeln!(out, "{name} {dir}");
                dump(out, p, level + 1);
            }
            Node::Branch(items) => {
                out.push_str("BRANCH\n");
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        indent(out, level);
                        out.push_str("OR\n");
                    }
                    dump(out, item, level + 1);
                }
            }
            Node::GroupRef(g) => {
                let _ = writeln!(out, "GROUPREF {g}");
            }
            Node::GroupRefExists { group, yes, no } => {
                let _ = writeln!(out, "GROUPREF_EXISTS {group}");
                dump(out, yes, level + 1);
                // An empty no-branch is a false SubPattern: no ELSE.
                if let Some(no) = no.as_deref().filter(|no| !no.is_empty()) {
                    indent(out, level);
                    out.push_str("ELSE\n");
                    dump(out, no, level + 1);
                }
            }
        }
    }
}

/// `repr(SubPattern)`: the repr of its list of `(op, av)` tuples.
fn repr_list(out: &mut String, p: &[Node]) {
    out.push('[');
    for (i, node) in p.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        repr_node(out, node);
    }
    out.push(']');
}

fn repr_set_item(out: &mut String, item: &SetItem) {
    let _ = match *item {
        SetItem::Negate => write!(out, "(NEGATE, None)"),
        SetItem::Literal(c) => write!(out, "(LITERAL, {c})"),
        SetItem::Range(lo, hi) => write!(out, "(RANGE, ({lo}, {hi}))"),
        SetItem::RangeUniIgnore(lo, hi) => write!(out, "(RANGE_UNI_IGNORE, ({lo}, {hi}))"),
        SetItem::Category(c) => write!(out, "(CATEGORY, {})", name_of(&CATEGORY_NAMES, c)),
    };
}

fn repr_node(out: &mut String, node: &Node) {
    match node {
        Node::Literal(c) => {
            let _ = write!(out, "(LITERAL, {c})");
        }
        Node::NotLiteral(c) => {
            let _ = write!(out, "(NOT_LITERAL, {c})");
        }
        Node::Any => out.push_str("(ANY, None)"),
        Node::In(items) => {
            out.push_str("(IN, [");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                repr_set_item(out, item);
            }
            out.push_str("])");
        }
        Node::At(code) => {
            let _ = write!(out, "(AT, {})", name_of(&AT_NAMES, *code));
        }
        Node::Repeat {
            kind,
            min,
            max,
            item,
        } => {
            let _ = write!(out, "({}, ({}, {}, ", repeat_name(*kind), min, count(*max));
            repr_list(out, item);
            out.push_str("))");
        }
        Node::Subpattern { group, add, del, p } => {
            let _ = write!(
                out,
                "(SUBPATTERN, ({}, {}, {}, ",
                group_text(*group),
                add,
                del
            );
            repr_list(out, p);
            out.push_str("))");
        }
        Node::Atomic(p) => {
            out.push_str("(ATOMIC_GROUP, ");
            repr_list(out, p);
            out.push(')');
        }
        Node::Assert { negate, behind, p } => {
            let name = if *negate { "ASSERT_NOT" } else { "ASSERT" };
            let dir = if *behind { -1 } else { 1 };
            let _ = write!(out, "({name}, ({dir}, ");
            repr_list(out, p);
            out.push_str("))");
        }
        Node::Branch(items) => {
            out.push_str("(BRANCH, (None, [");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                repr_list(out, item);
            }
            out.push_str("]))");
        }
        Node::GroupRef(g) => {
            let _ = write!(out, "(GROUPREF, {g})");
        }
        Node::GroupRefExists { group, yes, no } => {
            let _ = write!(out, "(GROUPREF_EXISTS, ({group}, ");
            repr_list(out, yes);
            out.push_str(", ");
            match no {
                Some(no) => repr_list(out, no),
                None => out.push_str("None"),
            }
            out.push_str("))");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The code words

/// `repr(''.join(map(chr, cps)))`, for code points that may be lone surrogates.
fn repr_codepoints(cps: &[u32]) -> String {
    let has = |c: char| cps.contains(&(c as u32));
    let quote = if has('\'') && !has('"') { '"' } else { '\'' };
    let mut out = String::new();
    out.push(quote);
    for &cp in cps {
        match char::from_u32(cp) {
            Some('\\') => out.push_str("\\\\"),
            Some('\t') => out.push_str("\\t"),
            Some('\n') => out.push_str("\\n"),
            Some('\r') => out.push_str("\\r"),
            Some(c) if c == quote => {
                out.push('\\');
                out.push(c);
            }
            Some(c) if (' '..='~').contains(&c) => out.push(c),
            Some(c) if !c.is_ascii() && strfuncs::is_printable(c) => out.push(c),
            _ => {
                let _ = if cp < 0x100 {
                    write!(out, "\\x{cp:02x}")
                } else if cp < 0x10000 {
                    write!(out, "\\u{cp:04x}")
                } else {
                    write!(out, "\\U{cp:08x}")
                };
            }
        }
    }
    out.push(quote);
    out
}

/// `_hex_code`: words as zero-padded 32-bit hex.
fn hex_words(words: &[u32]) -> String {
    let items: Vec<String> = words.iter().map(|w| format!("{w:#010x}")).collect();
    format!("[{}]", items.join(", "))
}

fn int_list(values: impl Iterator<Item = u32>) -> String {
    let items: Vec<String> = values.map(|v| v.to_string()).collect();
    format!("[{}]", items.join(", "))
}

/// `re._compiler.dis(code)`.
pub fn dis(code: &[u32]) -> String {
    let mut d = Dis {
        code,
        labels: HashSet::new(),
        level: 0,
        width: code.len().saturating_sub(1).to_string().len(),
        out: String::new(),
    };
    d.range(0, code.len());
    d.out
}

struct Dis<'a> {
    code: &'a [u32],
    /// Offsets some earlier instruction jumps to (shown with `:` instead of `.`).
    labels: HashSet<usize>,
    level: usize,
    width: usize,
    out: String,
}

impl Dis<'_> {
    fn word(&self, i: usize) -> u32 {
        self.code.get(i).copied().unwrap_or(0)
    }

    fn words(&self, from: usize, n: usize) -> &[u32] {
        let end = from.saturating_add(n).min(self.code.len());
        self.code.get(from.min(end)..end).unwrap_or(&[])
    }

    /// `print_`: an instruction line at `start`, with `(to N)` when it jumps.
    fn line(&mut self, start: usize, text: &str, to: Option<usize>) {
        if let Some(to) = to {
            self.labels.insert(to);
        }
        let mark = if self.labels.contains(&start) {
            ':'
        } else {
            '.'
        };
        let _ = write!(self.out, "{start:>width$}{mark} ", width = self.width);
        for _ in 1..self.level {
            self.out.push_str("  ");
        }
        self.out.push_str(text);
        if let Some(to) = to {
            let _ = write!(self.out, " (to {to})");
        }
        self.out.push('\n');
    }

    /// `print_2`: a continuation line.
    fn cont(&mut self, text: &str) {
        for _ in 0..self.width + 2 * self.level {
            self.out.push(' ');
        }
        self.out.push_str(text);
        self.out.push('\n');
    }

    /// `dis_(start, end)`.
    fn range(&mut self, start: usize, end: usize) {
        self.level += 1;
        let mut i = start;
        while i < end && i < self.code.len() {
            let start = i;
            let opcode = self.word(i);
            let name = name_of(&OPCODE_NAMES, opcode);
            i += 1;
            match opcode {
                op::SUCCESS
                | op::FAILURE
                | op::ANY
                | op::ANY_ALL
                | op::MAX_UNTIL
                | op::MIN_UNTIL
                | op::NEGATE => self.line(start, &name, None),
                op::LITERAL
                | op::NOT_LITERAL
                | op::LITERAL_IGNORE
                | op::NOT_LITERAL_IGNORE
                | op::LITERAL_UNI_IGNORE
                | op::NOT_LITERAL_UNI_IGNORE
                | op::LITERAL_LOC_IGNORE
                | op::NOT_LITERAL_LOC_IGNORE => {
                    let arg = self.word(i);
                    i += 1;
                    let text = format!("{name} {arg:#x} ({})", repr_codepoints(&[arg]));
                    self.line(start, &text, None);
                }
                op::AT => {
                    let arg = name_of(&AT_NAMES, self.word(i));
                    i += 1;
                    let short = arg.strip_prefix("AT_").unwrap_or(&arg);
                    self.line(start, &format!("{name} {short}"), None);
                }
                op::CATEGORY => {
                    let arg = name_of(&CATEGORY_NAMES, self.word(i));
                    i += 1;
                    let short = arg.strip_prefix("CATEGORY_").unwrap_or(&arg);
                    self.line(start, &format!("{name} {short}"), None);
                }
                op::IN | op::IN_IGNORE | op::IN_UNI_IGNORE | op::IN_LOC_IGNORE => {
                    let skip = self.word(i) as usize;
                    self.line(start, &format!("{name} {skip}"), Some(i + skip));
                    self.range(i + 1, i + skip);
                    i += skip.max(1);
                }
                op::RANGE | op::RANGE_UNI_IGNORE => {
                    let (lo, hi) = (self.word(i), self.word(i + 1));
                    i += 2;
                    let text = format!(
                        "{name} {lo:#x} {hi:#x} ({}-{})",
                        repr_codepoints(&[lo]),
                        repr_codepoints(&[hi])
                    );
                    self.line(start, &text, None);
                }
                op::CHARSET => {
                    let text = format!("{name} {}", hex_words(self.words(i, 8)));
                    self.line(start, &text, None);
                    i += 8;
                }
                op::BIGCHARSET => {
                    let blocks = self.word(i) as usize;
                    i += 1;
                    // The 256-byte block index, four to a word in native (little-endian) order.
                    let mapping = int_list(
                        self.words(i, 64)
                            .iter()
                            .flat_map(|w| w.to_le_bytes())
                            .map(u32::from),
                    );
                    self.line(start, &format!("{name} {blocks} {mapping}"), None);
                    i += 64;
                    self.level += 1;
                    for _ in 0..blocks {
                        if i >= self.code.len() {
                            break;
                        }
                        let text = hex_words(self.words(i, 8));
                        self.cont(&text);
                        i += 8;
                    }
                    self.level -= 1;
                }
                op::MARK
                | op::GROUPREF
                | op::GROUPREF_IGNORE
                | op::GROUPREF_UNI_IGNORE
                | op::GROUPREF_LOC_IGNORE => {
                    let arg = self.word(i);
                    i += 1;
                    self.line(start, &format!("{name} {arg}"), None);
                }
                op::JUMP => {
                    let skip = self.word(i) as usize;
                    self.line(start, &format!("{name} {skip}"), Some(i + skip));
                    i += 1;
                }
                op::BRANCH => {
                    let mut skip = self.word(i) as usize;
                    self.line(start, &format!("{name} {skip}"), Some(i + skip));
                    while skip != 0 && i + skip < self.code.len() {
                        self.range(i + 1, i + skip);
                        i += skip;
                        skip = self.word(i) as usize;
                        if skip != 0 {
                            self.line(i, &format!("branch {skip}"), Some(i + skip));
                        } else {
                            self.line(i, "FAILURE", None);
                        }
                    }
                    i += 1;
                }
                op::REPEAT
                | op::REPEAT_ONE
                | op::MIN_REPEAT_ONE
                | op::POSSESSIVE_REPEAT
                | op::POSSESSIVE_REPEAT_ONE => {
                    let skip = self.word(i) as usize;
                    let (min, max) = (self.word(i + 1), self.word(i + 2));
                    let text = format!("{name} {skip} {min} {}", count(max));
                    self.line(start, &text, Some(i + skip));
                    self.range(i + 3, i + skip);
                    i += skip.max(1);
                }
                op::GROUPREF_EXISTS => {
                    let (arg, skip) = (self.word(i), self.word(i + 1) as usize);
                    self.line(start, &format!("{name} {arg} {skip}"), Some(i + skip));
                    i += 2;
                }
                op::ASSERT | op::ASSERT_NOT => {
                    let (skip, arg) = (self.word(i) as usize, self.word(i + 1));
                    self.line(start, &format!("{name} {skip} {arg}"), Some(i + skip));
                    self.range(i + 2, i + skip);
                    i += skip.max(1);
                }
                op::ATOMIC_GROUP => {
                    let skip = self.word(i) as usize;
                    self.line(start, &format!("{name} {skip}"), Some(i + skip));
                    self.range(i + 1, i + skip);
                    i += skip.max(1);
                }
                op::INFO => self.info(start, &mut i),
                // Not an opcode the compiler emits: CPython's `dis` stops with ValueError.
                _ => break,
            }
        }
        self.level -= 1;
    }

    /// The `INFO` block at `start` (`i` is past the opcode): sizes, and the literal prefix
    /// or the first-character set.
    fn info(&mut self, start: usize, i: &mut usize) {
        let at = *i;
        let skip = self.word(at) as usize;
        let flags = self.word(at + 1);
        let (min, max) = (self.word(at + 2), self.word(at + 3));
        let text = format!("INFO {skip} {flags:#b} {min} {}", count(max));
        self.line(start, &text, Some(at + skip));
        let mut from = at + 4;
        if flags & 1 != 0 {
            let prefix_len = self.word(at + 4) as usize;
            let prefix_skip = self.word(at + 5);
            self.cont(&format!("  prefix_skip {prefix_skip}"));
            from = at + 6;
            let prefix = self.words(from, prefix_len).to_vec();
            let hex: Vec<String> = prefix.iter().map(|c| format!("{c:#x}")).collect();
            let text = format!(
                "  prefix [{}] ({})",
                hex.join(", "),
                repr_codepoints(&prefix)
            );
            self.cont(&text);
            from += prefix_len;
            let overlap = int_list(self.words(from, prefix_len).iter().copied());
            self.cont(&format!("  overlap {overlap}"));
            from += prefix_len;
        }
        if flags & 4 != 0 {
            self.level += 1;
            self.cont("in");
            self.range(from, at + skip);
            self.level -= 1;
        }
        *i = at + skip.max(1);
    }
}
