//! The `re` pattern parser: pattern text -> [`Node`] tree, with `re.error` messages and
//! positions. Mirrors the behaviour of CPython 3.11's `Lib/re/_parser.py` (`parse`,
//! `_parse_sub`, `_parse`, `_escape`, `_class_escape`, `_parse_flags`, `fix_flags`).

use super::{Error, ErrorKind, Source};
use krait_vm::format::strfuncs;

pub const FLAG_TEMPLATE: u32 = 1;
pub const FLAG_IGNORECASE: u32 = 2;
pub const FLAG_LOCALE: u32 = 4;
pub const FLAG_MULTILINE: u32 = 8;
pub const FLAG_DOTALL: u32 = 16;
pub const FLAG_UNICODE: u32 = 32;
pub const FLAG_VERBOSE: u32 = 64;
pub const FLAG_DEBUG: u32 = 128;
pub const FLAG_ASCII: u32 = 256;
const TYPE_FLAGS: u32 = FLAG_ASCII | FLAG_LOCALE | FLAG_UNICODE;
const GLOBAL_FLAGS: u32 = FLAG_DEBUG | FLAG_TEMPLATE;

pub const MAXREPEAT: u64 = 4294967295;
pub const MAXGROUPS: usize = 1073741823;
/// The `nested` level of `_parse` past which CPython's recursive parser hits the default
/// recursion limit when `re.compile` is called from module level: 495 nested groups compile,
/// 496 raise RecursionError (each group is two levels, each conditional one).
const MAX_NESTING: usize = 992;

/// `AT_*` codes (the generic ones the parser produces).
pub const AT_BEGINNING: u32 = 0;
pub const AT_BEGINNING_STRING: u32 = 2;
pub const AT_BOUNDARY: u32 = 3;
pub const AT_NON_BOUNDARY: u32 = 4;
pub const AT_END: u32 = 5;
pub const AT_END_STRING: u32 = 7;

/// `CATEGORY_*` codes (the generic ones the parser produces).
pub const CATEGORY_DIGIT: u32 = 0;
pub const CATEGORY_NOT_DIGIT: u32 = 1;
pub const CATEGORY_SPACE: u32 = 2;
pub const CATEGORY_NOT_SPACE: u32 = 3;
pub const CATEGORY_WORD: u32 = 4;
pub const CATEGORY_NOT_WORD: u32 = 5;

/// One member of a character set (`IN`'s argument).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum SetItem {
    Negate,
    Literal(u32),
    Range(u32, u32),
    /// Only produced by the compiler's charset optimiser for non-BMP ranges.
    RangeUniIgnore(u32, u32),
    Category(u32),
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum RepeatKind {
    Max,
    Min,
    Possessive,
}

/// One item of a parsed subpattern (CPython's `(op, av)` tuples).
#[derive(Clone, Debug)]
pub enum Node {
    Literal(u32),
    NotLiteral(u32),
    Any,
    In(Vec<SetItem>),
    At(u32),
    Repeat {
        kind: RepeatKind,
        min: u32,
        max: u32,
        item: Vec<Node>,
    },
    Subpattern {
        group: Option<usize>,
        add: u32,
        del: u32,
        p: Vec<Node>,
    },
    Atomic(Vec<Node>),
    Assert {
        negate: bool,
        behind: bool,
        p: Vec<Node>,
    },
    Branch(Vec<Vec<Node>>),
    GroupRef(usize),
    GroupRefExists {
        group: usize,
        yes: Vec<Node>,
        no: Option<Vec<Node>>,
    },
}

impl Node {
    /// CPython compares `(op, av)` tuples; nodes holding a `SubPattern` compare by identity,
    /// so two of them taken from different branches are never equal.
    fn same(&self, other: &Node) -> bool {
        match (self, other) {
            (Node::Literal(a), Node::Literal(b)) | (Node::NotLiteral(a), Node::NotLiteral(b)) => {
                a == b
            }
            (Node::Any, Node::Any) => true,
            (Node::In(a), Node::In(b)) => a == b,
            (Node::At(a), Node::At(b)) => a == b,
            (Node::GroupRef(a), Node::GroupRef(b)) => a == b,
            _ => false,
        }
    }
}

/// The parse result: CPython's top-level `SubPattern` plus its `State`.
pub struct Parsed {
    pub data: Vec<Node>,
    pub flags: u32,
    pub groupwidths: Vec<Option<(u64, u64)>>,
    pub groupindex: Vec<(String, usize)>,
    pub warnings: Vec<String>,
}

/// `SubPattern.getwidth`: the (min, max) width of `p`.
pub fn width(p: &[Node], groupwidths: &[Option<(u64, u64)>]) -> (u64, u64) {
    let mut lo: u64 = 0;
    let mut hi: u64 = 0;
    for node in p {
        let (i, j) = match node {
            Node::Branch(items) => {
                let mut i = MAXREPEAT - 1;
                let mut j = 0;
                for item in items {
                    let (l, h) = width(item, groupwidths);
                    i = i.min(l);
                    j = j.max(h);
                }
                (i, j)
            }
            Node::Atomic(p) => width(p, groupwidths),
            Node::Subpattern { p, .. } => width(p, groupwidths),
            Node::Repeat { min, max, item, .. } => {
                let (i, j) = width(item, groupwidths);
                (
                    i.saturating_mul(u64::from(*min)),
                    j.saturating_mul(u64::from(*max)),
                )
            }
            Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::In(_) => (1, 1),
            Node::GroupRef(g) => groupwidths.get(*g).copied().flatten().unwrap_or((0, 0)),
            Node::GroupRefExists { yes, no, .. } => {
                let (i, j) = width(yes, groupwidths);
                match no {
                    Some(no) => {
                        let (l, h) = width(no, groupwidths);
                        (i.min(l), j.max(h))
                    }
                    None => (0, j),
                }
            }
            Node::At(_) | Node::Assert { .. } => (0, 0),
        };
        lo = lo.saturating_add(i);
        hi = hi.saturating_add(j);
    }
    (lo.min(MAXREPEAT - 1), hi.min(MAXREPEAT))
}

/// A token: one character, or a backslash and the character after it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tok {
    Char(char),
    Esc(char),
}

impl Tok {
    fn len(self) -> usize {
        match self {
            Tok::Char(_) => 1,
            Tok::Esc(_) => 2,
        }
    }
    fn is(self, c: char) -> bool {
        self == Tok::Char(c)
    }
    fn push_to(self, s: &mut String) {
        match self {
            Tok::Char(c) => s.push(c),
            Tok::Esc(c) => {
                s.push('\\');
                s.push(c);
            }
        }
    }
}

fn is_digit(t: Option<Tok>) -> bool {
    matches!(t, Some(Tok::Char(c)) if c.is_ascii_digit())
}

fn is_octdigit(t: Option<Tok>) -> bool {
    matches!(t, Some(Tok::Char('0'..='7')))
}

/// CPython's `Tokenizer`: positions count characters (bytes for a bytes pattern).
struct Tokenizer {
    chars: Vec<char>,
    istext: bool,
    index: usize,
    next: Option<Tok>,
}

type PResult<T> = Result<T, Error>;

impl Tokenizer {
    fn new(chars: Vec<char>, istext: bool) -> PResult<Tokenizer> {
        let mut t = Tokenizer {
            chars,
            istext,
            index: 0,
            next: None,
        };
        t.advance()?;
        Ok(t)
    }

    fn advance(&mut self) -> PResult<()> {
        let Some(&c) = self.chars.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' {
            let Some(&e) = self.chars.get(self.index + 1) else {
                return Err(Error::re(
                    "bad escape (end of pattern)",
                    Some(self.chars.len() - 1),
                ));
            };
            self.index += 2;
            self.next = Some(Tok::Esc(e));
        } else {
            self.index += 1;
            self.next = Some(Tok::Char(c));
        }
        Ok(())
    }

    fn matches(&mut self, c: char) -> PResult<bool> {
        if self.next == Some(Tok::Char(c)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn get(&mut self) -> PResult<Option<Tok>> {
        let this = self.next;
        self.advance()?;
        Ok(this)
    }

    /// Up to `n` plain characters accepted by `ok`.
    fn getwhile(&mut self, n: usize, ok: fn(char) -> bool) -> PResult<String> {
        let mut out = String::new();
        for _ in 0..n {
            match self.next {
                Some(Tok::Char(c)) if ok(c) => {
                    out.push(c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }

    fn getuntil(&mut self, terminator: char, name: &str) -> PResult<String> {
        let mut result = String::new();
        let mut len = 0;
        loop {
            let c = self.next;
            self.advance()?;
            match c {
                None => {
                    if result.is_empty() {
                        return Err(self.error(&format!("missing {name}"), 0));
                    }
                    return Err(
                        self.error(&format!("missing {terminator}, unterminated name"), len)
                    );
                }
                Some(t) if t.is(terminator) => {
                    if result.is_empty() {
                        return Err(self.error(&format!("missing {name}"), 1));
                    }
                    break;
                }
                Some(t) => {
                    t.push_to(&mut result);
                    len += t.len();
                }
            }
        }
        Ok(result)
    }

    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Tok::len)
    }

    fn seek(&mut self, index: usize) -> PResult<()> {
        self.index = index;
        self.advance()
    }

    fn error(&self, msg: &str, offset: usize) -> Error {
        let msg = if self.istext {
            msg.to_string()
        } else {
            backslash_replace(msg)
        };
        Error::re(&msg, Some(self.tell().saturating_sub(offset)))
    }

    fn checkgroupname(&self, name: &str, offset: usize, warnings: &mut Vec<String>) -> PResult<()> {
        if !strfuncs::str_isidentifier(name) {
            let msg = format!("bad character in group name {}", strfuncs::str_repr(name));
            return Err(self.error(&msg, name.chars().count() + offset));
        }
        if !(self.istext || name.is_ascii()) {
            warnings.push(format!(
                "DeprecationWarning: bad character in group name {} at position {}",
                strfuncs::ascii_repr(name),
                self.tell() - name.chars().count() - offset
            ));
        }
        Ok(())
    }
}

/// `msg.encode('ascii', 'backslashreplace').decode('ascii')`.
fn backslash_replace(msg: &str) -> String {
    let mut out = String::new();
    for c in msg.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// CPython's `State`.
struct State {
    flags: u32,
    groupindex: Vec<(String, usize)>,
    groupwidths: Vec<Option<(u64, u64)>>,
    lookbehindgroups: Option<usize>,
    grouprefpos: Vec<(usize, usize)>,
    warnings: Vec<String>,
}

impl State {
    fn groups(&self) -> usize {
        self.groupwidths.len()
    }

    fn opengroup(&mut self, name: Option<&str>) -> Result<usize, String> {
        let gid = self.groups();
        self.groupwidths.push(None);
        if self.groups() > MAXGROUPS {
            return Err("too many groups".into());
        }
        if let Some(name) = name {
            if let Some(&(_, ogid)) = self.groupindex.iter().find(|(n, _)| n == name) {
                return Err(format!(
                    "redefinition of group name {} as group {gid}; was group {ogid}",
                    strfuncs::str_repr(name)
                ));
            }
            self.groupindex.push((name.to_string(), gid));
        }
        Ok(gid)
    }

    fn checkgroup(&self, gid: usize) -> bool {
        gid < self.groups() && self.groupwidths[gid].is_some()
    }

    fn checklookbehindgroup(&self, gid: usize, source: &Tokenizer) -> PResult<()> {
        if let Some(lb) = self.lookbehindgroups {
            if !self.checkgroup(gid) {
                return Err(source.error("cannot refer to an open group", 0));
            }
            if gid >= lb {
                return Err(source.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }
}

fn flag_value(c: char) -> Option<u32> {
    Some(match c {
        'i' => FLAG_IGNORECASE,
        'L' => FLAG_LOCALE,
        'm' => FLAG_MULTILINE,
        's' => FLAG_DOTALL,
        'x' => FLAG_VERBOSE,
        'a' => FLAG_ASCII,
        't' => FLAG_TEMPLATE,
        'u' => FLAG_UNICODE,
        _ => return None,
    })
}

fn simple_escape(c: char) -> Option<u32> {
    Some(match c {
        'a' => 7,
        'b' => 8,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    })
}

fn category_escape(c: char) -> Option<Node> {
    Some(match c {
        'A' => Node::At(AT_BEGINNING_STRING),
        'b' => Node::At(AT_BOUNDARY),
        'B' => Node::At(AT_NON_BOUNDARY),
        'Z' => Node::At(AT_END_STRING),
        'd' => Node::In(vec![SetItem::Category(CATEGORY_DIGIT)]),
        'D' => Node::In(vec![SetItem::Category(CATEGORY_NOT_DIGIT)]),
        's' => Node::In(vec![SetItem::Category(CATEGORY_SPACE)]),
        'S' => Node::In(vec![SetItem::Category(CATEGORY_NOT_SPACE)]),
        'w' => Node::In(vec![SetItem::Category(CATEGORY_WORD)]),
        'W' => Node::In(vec![SetItem::Category(CATEGORY_NOT_WORD)]),
        _ => return None,
    })
}

fn is_hex(c: char) -> bool {
    c.is_ascii_hexdigit()
}

fn is_oct(c: char) -> bool {
    matches!(c, '0'..='7')
}

/// The escapes shared by `_escape` and `_class_escape`: `\x`, `\u`, `\U`, `\N`.
/// Returns `Ok(None)` when `c` is none of them.
#[inline(never)]
fn hex_escape(source: &mut Tokenizer, c: char) -> PResult<Option<u32>> {
    let digits = match c {
        'x' => 2,
        'u' if source.istext => 4,
        'U' if source.istext => 8,
        'N' if source.istext => {
            if !source.matches('{')? {
                return Err(source.error("missing {", 0));
            }
            let name = source.getuntil('}', "character name")?;
            // `ord(unicodedata.lookup(name))`: a named sequence is undefined here too.
            if let Some(c) = crate::unicodedata::lookup_char(&name) {
                return Ok(Some(c as u32));
            }
            let msg = format!("undefined character name {}", strfuncs::str_repr(&name));
            return Err(source.error(&msg, name.chars().count() + 4));
        }
        _ => return Ok(None),
    };
    let hex = source.getwhile(digits, is_hex)?;
    let escape = format!("\\{c}{hex}");
    if hex.len() != digits {
        return Err(source.error(&format!("incomplete escape {escape}"), escape.len()));
    }
    let value = u32::from_str_radix(&hex, 16).unwrap_or(u32::MAX);
    if c == 'U' && value > 0x10FFFF {
        return Err(source.error(&format!("bad escape {escape}"), escape.len()));
    }
    Ok(Some(value))
}

fn bad_escape(source: &Tokenizer, c: char) -> Error {
    source.error(&format!("bad escape \\{c}"), 2)
}

/// `_class_escape`: an escape inside `[...]`.
#[inline(never)]
fn class_escape(source: &mut Tokenizer, c: char) -> PResult<SetItem> {
    if let Some(v) = simple_escape(c) {
        return Ok(SetItem::Literal(v));
    }
    if let Some(Node::In(items)) = category_escape(c) {
        return Ok(items[0]);
    }
    if let Some(v) = hex_escape(source, c)? {
        return Ok(SetItem::Literal(v));
    }
    if is_oct(c) {
        let more = source.getwhile(2, is_oct)?;
        let escape = format!("\\{c}{more}");
        let value = u32::from_str_radix(&escape[1..], 8).unwrap_or(0);
        if value > 0o377 {
            let msg = format!("octal escape value {escape} outside of range 0-0o377");
            return Err(source.error(&msg, escape.len()));
        }
        return Ok(SetItem::Literal(value));
    }
    if c.is_ascii_alphanumeric() {
        return Err(bad_escape(source, c));
    }
    Ok(SetItem::Literal(c as u32))
}

/// `_escape`: an escape outside a class.
#[inline(never)]
fn escape(source: &mut Tokenizer, c: char, state: &State) -> PResult<Node> {
    if let Some(node) = category_escape(c) {
        return Ok(node);
    }
    if let Some(v) = simple_escape(c) {
        return Ok(Node::Literal(v));
    }
    if let Some(v) = hex_escape(source, c)? {
        return Ok(Node::Literal(v));
    }
    if c == '0' {
        let more = source.getwhile(2, is_oct)?;
        return Ok(Node::Literal(
            u32::from_str_radix(&format!("0{more}"), 8).unwrap_or(0),
        ));
    }
    if c.is_ascii_digit() {
        // octal escape or decimal group reference
        let mut escape = format!("\\{c}");
        if let Some(Tok::Char(d)) = source.next.filter(|t| is_digit(Some(*t))) {
            source.advance()?;
            escape.push(d);
            if is_oct(c) && is_oct(d) && is_octdigit(source.next) {
                if let Some(Tok::Char(e)) = source.get()? {
                    escape.push(e);
                }
                let value = u32::from_str_radix(&escape[1..], 8).unwrap_or(0);
                if value > 0o377 {
                    let msg = format!("octal escape value {escape} outside of range 0-0o377");
                    return Err(source.error(&msg, escape.len()));
                }
                return Ok(Node::Literal(value));
            }
        }
        let group: usize = escape[1..].parse().unwrap_or(0);
        if group < state.groups() {
            if !state.checkgroup(group) {
                return Err(source.error("cannot refer to an open group", escape.len()));
            }
            state.checklookbehindgroup(group, source)?;
            return Ok(Node::GroupRef(group));
        }
        return Err(source.error(
            &format!("invalid group reference {group}"),
            escape.len() - 1,
        ));
    }
    if c.is_ascii_alphabetic() {
        return Err(bad_escape(source, c));
    }
    Ok(Node::Literal(c as u32))
}

/// Python's `int(s)` for the digit strings a conditional group may name.
fn python_int(s: &str) -> Option<i64> {
    let t = s.trim_matches(strfuncs::is_space);
    let (neg, digits) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let mut value: i64 = 0;
    for ch in digits.chars() {
        if ch == '_' {
            continue;
        }
        let d = strfuncs::decimal_value(ch)?;
        value = value.saturating_mul(10).saturating_add(i64::from(d));
    }
    Some(if neg { -value } else { value })
}

struct Parser {
    source: Tokenizer,
    state: State,
}

impl Parser {
    /// `_parse_sub`: an alternation `a|b|c`.
    fn parse_sub(&mut self, mut verbose: bool, nested: usize) -> PResult<Vec<Node>> {
        let mut items: Vec<Vec<Node>> = Vec::new();
        loop {
            let first = nested == 0 && items.is_empty();
            items.push(self.parse(verbose, nested + 1, first)?);
            if !self.source.matches('|')? {
                break;
            }
            if nested == 0 {
                verbose = self.state.flags & FLAG_VERBOSE != 0;
            }
        }
        if items.len() == 1 {
            return Ok(items.pop().unwrap_or_default());
        }
        let mut subpattern = Vec::new();
        // move a prefix common to all alternatives out of the branch
        let mut common = 0;
        while let Some(prefix) = items[0].get(common) {
            if !items
                .iter()
                .all(|item| item.get(common).is_some_and(|n| n.same(prefix)))
            {
                break;
            }
            subpattern.push(prefix.clone());
            common += 1;
        }
        let items: Vec<Vec<Node>> = items
            .into_iter()
            .map(|mut item| item.split_off(common))
            .collect();
        // a branch of single characters or sets becomes one set
        let mut set = Vec::new();
        let mut is_set = true;
        for item in &items {
            match item.as_slice() {
                [Node::Literal(c)] => set.push(SetItem::Literal(*c)),
                [Node::In(av)] if av.first() != Some(&SetItem::Negate) => {
                    set.extend(av.iter().copied())
                }
                _ => {
                    is_set = false;
                    break;
                }
            }
        }
        if is_set {
            subpattern.push(Node::In(uniq(set)));
        } else {
            subpattern.push(Node::Branch(items));
        }
        Ok(subpattern)
    }

    /// `_parse`: a sequence of items up to `|`, `)` or the end.
    fn parse(&mut self, mut verbose: bool, nested: usize, first: bool) -> PResult<Vec<Node>> {
        if nested > MAX_NESTING {
            return Err(Error::new(
                ErrorKind::Recursion,
                "maximum recursion depth exceeded",
                None,
            ));
        }
        let mut subpattern: Vec<Node> = Vec::new();
        while let Some(this) = self.source.next {
            if this.is('|') || this.is(')') {
                break;
            }
            self.source.advance()?;
            if verbose {
                if let Tok::Char(c) = this {
                    if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c') {
                        continue;
                    }
                    if c == '#' {
                        loop {
                            match self.source.get()? {
                                None | Some(Tok::Char('\n')) => break,
                                _ => {}
                            }
                        }
                        continue;
                    }
                }
            }
            let c = match this {
                Tok::Esc(e) => {
                    subpattern.push(escape(&mut self.source, e, &self.state)?);
                    continue;
                }
                Tok::Char(c) => c,
            };
            match c {
                '[' => self.parse_set(&mut subpattern)?,
                '*' | '+' | '?' | '{' => self.parse_repeat(&mut subpattern, c)?,
                '.' => subpattern.push(Node::Any),
                '(' => {
                    if let Some(node) =
                        self.parse_group(&mut verbose, nested, first, subpattern.is_empty())?
                    {
                        subpattern.push(node);
                    }
                }
                '^' => subpattern.push(Node::At(AT_BEGINNING)),
                '$' => subpattern.push(Node::At(AT_END)),
                _ => subpattern.push(Node::Literal(c as u32)),
            }
        }
        // unpack non-capturing groups without flags
        let mut out = Vec::with_capacity(subpattern.len());
        for node in subpattern {
            match node {
                Node::Subpattern {
                    group: None,
                    add: 0,
                    del: 0,
                    p,
                } => out.extend(p),
                other => out.push(other),
            }
        }
        Ok(out)
    }

    #[inline(never)]
    fn parse_set(&mut self, subpattern: &mut Vec<Node>) -> PResult<()> {
        let source = &mut self.source;
        let here = source.tell() - 1;
        let mut set: Vec<SetItem> = Vec::new();
        if source.next == Some(Tok::Char('[')) {
            self.state.warnings.push(format!(
                "FutureWarning: Possible nested set at position {}",
                source.tell()
            ));
        }
        let negate = source.matches('^')?;
        loop {
            let Some(this) = source.get()? else {
                return Err(source.error("unterminated character set", source.tell() - here));
            };
            if this.is(']') && !set.is_empty() {
                break;
            }
            let code1 = match this {
                Tok::Esc(e) => class_escape(source, e)?,
                Tok::Char(c) => {
                    if !set.is_empty()
                        && matches!(c, '-' | '&' | '~' | '|')
                        && source.next == Some(this)
                    {
                        let what = match c {
                            '-' => "difference",
                            '&' => "intersection",
                            '~' => "symmetric difference",
                            _ => "union",
                        };
                        self.state.warnings.push(format!(
                            "FutureWarning: Possible set {what} at position {}",
                            source.tell() - 1
                        ));
                    }
                    SetItem::Literal(c as u32)
                }
            };
            if source.matches('-')? {
                let Some(that) = source.get()? else {
                    return Err(source.error("unterminated character set", source.tell() - here));
                };
                if that.is(']') {
                    set.push(code1);
                    set.push(SetItem::Literal('-' as u32));
                    break;
                }
                let code2 = match that {
                    Tok::Esc(e) => class_escape(source, e)?,
                    Tok::Char(c) => {
                        if c == '-' {
                            self.state.warnings.push(format!(
                                "FutureWarning: Possible set difference at position {}",
                                source.tell() - 2
                            ));
                        }
                        SetItem::Literal(c as u32)
                    }
                };
                let bad = || {
                    let mut msg = String::from("bad character range ");
                    this.push_to(&mut msg);
                    msg.push('-');
                    that.push_to(&mut msg);
                    msg
                };
                match (code1, code2) {
                    (SetItem::Literal(lo), SetItem::Literal(hi)) if hi >= lo => {
                        set.push(SetItem::Range(lo, hi))
                    }
                    _ => return Err(source.error(&bad(), this.len() + 1 + that.len())),
                }
            } else {
                set.push(code1);
            }
        }
        let mut set = uniq(set);
        if set.len() == 1 {
            if let SetItem::Literal(c) = set[0] {
                subpattern.push(if negate {
                    Node::NotLiteral(c)
                } else {
                    Node::Literal(c)
                });
                return Ok(());
            }
        }
        if negate {
            set.insert(0, SetItem::Negate);
        }
        subpattern.push(Node::In(set));
        Ok(())
    }

    #[inline(never)]
    fn parse_repeat(&mut self, subpattern: &mut Vec<Node>, this: char) -> PResult<()> {
        let source = &mut self.source;
        let here = source.tell();
        let (min, max): (u64, u64) = match this {
            '?' => (0, 1),
            '*' => (0, MAXREPEAT),
            '+' => (1, MAXREPEAT),
            _ => {
                if source.next == Some(Tok::Char('}')) {
                    subpattern.push(Node::Literal('{' as u32));
                    return Ok(());
                }
                let mut lo = String::new();
                let mut hi = String::new();
                while let Some(Tok::Char(d)) = source.next.filter(|t| is_digit(Some(*t))) {
                    lo.push(d);
                    source.advance()?;
                }
                if source.matches(',')? {
                    while let Some(Tok::Char(d)) = source.next.filter(|t| is_digit(Some(*t))) {
                        hi.push(d);
                        source.advance()?;
                    }
                } else {
                    hi = lo.clone();
                }
                if !source.matches('}')? {
                    subpattern.push(Node::Literal('{' as u32));
                    source.seek(here)?;
                    return Ok(());
                }
                let mut min = 0;
                let mut max = MAXREPEAT;
                let too_large = || {
                    Error::new(
                        ErrorKind::Overflow,
                        "the repetition number is too large",
                        None,
                    )
                };
                if !lo.is_empty() {
                    min = lo.parse::<u64>().unwrap_or(u64::MAX);
                    if min >= MAXREPEAT {
                        return Err(too_large());
                    }
                }
                if !hi.is_empty() {
                    max = hi.parse::<u64>().unwrap_or(u64::MAX);
                    if max >= MAXREPEAT {
                        return Err(too_large());
                    }
                    if max < min {
                        return Err(source
                            .error("min repeat greater than max repeat", source.tell() - here));
                    }
                }
                (min, max)
            }
        };
        let offset = source.tell() - here + 1;
        let item = match subpattern.pop() {
            None | Some(Node::At(_)) => return Err(source.error("nothing to repeat", offset)),
            Some(Node::Repeat { .. }) => return Err(source.error("multiple repeat", offset)),
            Some(Node::Subpattern {
                group: None,
                add: 0,
                del: 0,
                p,
            }) => p,
            Some(node) => vec![node],
        };
        let kind = if source.matches('?')? {
            RepeatKind::Min
        } else if source.matches('+')? {
            RepeatKind::Possessive
        } else {
            RepeatKind::Max
        };
        // min < MAXREPEAT and max <= MAXREPEAT, both fit in u32
        subpattern.push(Node::Repeat {
            kind,
            min: min as u32,
            max: max as u32,
            item,
        });
        Ok(())
    }

    /// A `(` construct; `None` for ones that add nothing (comments, global flags).
    fn parse_group(
        &mut self,
        verbose: &mut bool,
        nested: usize,
        first: bool,
        empty: bool,
    ) -> PResult<Option<Node>> {
        let start = self.source.tell() - 1;
        let mut capture = true;
        let mut atomic = false;
        let mut name: Option<String> = None;
        let mut add_flags = 0;
        let mut del_flags = 0;
        if self.source.matches('?')? {
            let Some(ch) = self.source.get()? else {
                return Err(self.source.error("unexpected end of pattern", 0));
            };
            match ch {
                Tok::Char('P') => {
                    if self.source.matches('<')? {
                        let n = self.source.getuntil('>', "group name")?;
                        self.source
                            .checkgroupname(&n, 1, &mut self.state.warnings)?;
                        name = Some(n);
                    } else if self.source.matches('=')? {
                        let n = self.source.getuntil(')', "group name")?;
                        self.source
                            .checkgroupname(&n, 1, &mut self.state.warnings)?;
                        let offset = n.chars().count() + 1;
                        let Some(gid) = self
                            .state
                            .groupindex
                            .iter()
                            .find(|(k, _)| *k == n)
                            .map(|(_, g)| *g)
                        else {
                            let msg = format!("unknown group name {}", strfuncs::str_repr(&n));
                            return Err(self.source.error(&msg, offset));
                        };
                        if !self.state.checkgroup(gid) {
                            return Err(self.source.error("cannot refer to an open group", offset));
                        }
                        self.state.checklookbehindgroup(gid, &self.source)?;
                        return Ok(Some(Node::GroupRef(gid)));
                    } else {
                        let Some(c) = self.source.get()? else {
                            return Err(self.source.error("unexpected end of pattern", 0));
                        };
                        let mut msg = String::from("unknown extension ?P");
                        c.push_to(&mut msg);
                        return Err(self.source.error(&msg, c.len() + 2));
                    }
                }
                Tok::Char(':') => capture = false,
                Tok::Char('#') => {
                    loop {
                        if self.source.next.is_none() {
                            let offset = self.source.tell() - start;
                            return Err(self
                                .source
                                .error("missing ), unterminated comment", offset));
                        }
                        if self.source.get()? == Some(Tok::Char(')')) {
                            break;
                        }
                    }
                    return Ok(None);
                }
                Tok::Char(c @ ('=' | '!' | '<')) => {
                    let mut kind = c;
                    let mut behind = false;
                    let mut outer_lookbehind = None;
                    if c == '<' {
                        let Some(c2) = self.source.get()? else {
                            return Err(self.source.error("unexpected end of pattern", 0));
                        };
                        if !(c2.is('=') || c2.is('!')) {
                            let mut msg = String::from("unknown extension ?<");
                            c2.push_to(&mut msg);
                            return Err(self.source.error(&msg, c2.len() + 2));
                        }
                        kind = if c2.is('=') { '=' } else { '!' };
                        behind = true;
                        outer_lookbehind = Some(self.state.lookbehindgroups);
                        if self.state.lookbehindgroups.is_none() {
                            self.state.lookbehindgroups = Some(self.state.groups());
                        }
                    }
                    let p = self.parse_sub(*verbose, nested + 1)?;
                    if outer_lookbehind == Some(None) {
                        self.state.lookbehindgroups = None;
                    }
                    if !self.source.matches(')')? {
                        let offset = self.source.tell() - start;
                        return Err(self
                            .source
                            .error("missing ), unterminated subpattern", offset));
                    }
                    return Ok(Some(Node::Assert {
                        negate: kind == '!',
                        behind,
                        p,
                    }));
                }
                Tok::Char('(') => return self.parse_conditional(*verbose, nested, start).map(Some),
                Tok::Char('>') => {
                    capture = false;
                    atomic = true;
                }
                Tok::Char(c) if flag_value(c).is_some() || c == '-' => match self.parse_flags(c)? {
                    None => {
                        if !first || !empty {
                            let offset = self.source.tell() - start;
                            return Err(self
                                .source
                                .error("global flags not at the start of the expression", offset));
                        }
                        *verbose = self.state.flags & FLAG_VERBOSE != 0;
                        return Ok(None);
                    }
                    Some((add, del)) => {
                        add_flags = add;
                        del_flags = del;
                        capture = false;
                    }
                },
                other => {
                    let mut msg = String::from("unknown extension ?");
                    other.push_to(&mut msg);
                    return Err(self.source.error(&msg, other.len() + 1));
                }
            }
        }
        let group = if capture {
            match self.state.opengroup(name.as_deref()) {
                Ok(g) => Some(g),
                Err(msg) => {
                    let offset = name.as_deref().map_or(0, |n| n.chars().count()) + 1;
                    return Err(self.source.error(&msg, offset));
                }
            }
        } else {
            None
        };
        let sub_verbose =
            (*verbose || add_flags & FLAG_VERBOSE != 0) && del_flags & FLAG_VERBOSE == 0;
        let p = self.parse_sub(sub_verbose, nested + 1)?;
        if !self.source.matches(')')? {
            let offset = self.source.tell() - start;
            return Err(self
                .source
                .error("missing ), unterminated subpattern", offset));
        }
        if let Some(g) = group {
            self.state.groupwidths[g] = Some(width(&p, &self.state.groupwidths));
        }
        if atomic {
            return Ok(Some(Node::Atomic(p)));
        }
        Ok(Some(Node::Subpattern {
            group,
            add: add_flags,
            del: del_flags,
            p,
        }))
    }

    /// `(?(cond)yes|no)`, after the second `(`.
    fn parse_conditional(&mut self, verbose: bool, nested: usize, start: usize) -> PResult<Node> {
        let condname = self.source.getuntil(')', "group name")?;
        let offset = condname.chars().count() + 1;
        let condgroup;
        if strfuncs::str_isidentifier(&condname) {
            self.source
                .checkgroupname(&condname, 1, &mut self.state.warnings)?;
            let Some(g) = self
                .state
                .groupindex
                .iter()
                .find(|(k, _)| *k == condname)
                .map(|(_, g)| *g)
            else {
                let msg = format!("unknown group name {}", strfuncs::str_repr(&condname));
                return Err(self.source.error(&msg, offset));
            };
            condgroup = g;
        } else {
            let bad = || {
                format!(
                    "bad character in group name {}",
                    strfuncs::str_repr(&condname)
                )
            };
            let value = match python_int(&condname) {
                Some(v) if v >= 0 => v,
                _ => return Err(self.source.error(&bad(), offset)),
            };
            if value == 0 {
                return Err(self.source.error("bad group number", offset));
            }
            if value >= MAXGROUPS as i64 {
                return Err(self
                    .source
                    .error(&format!("invalid group reference {value}"), offset));
            }
            condgroup = value as usize;
            if !self.state.grouprefpos.iter().any(|(g, _)| *g == condgroup) {
                self.state
                    .grouprefpos
                    .push((condgroup, self.source.tell() - offset));
            }
            if !(condname.is_ascii() && condname.chars().all(|c| c.is_ascii_digit())) {
                let shown = if self.source.istext {
                    strfuncs::str_repr(&condname)
                } else {
                    strfuncs::ascii_repr(&condname)
                };
                self.state.warnings.push(format!(
                    "DeprecationWarning: bad character in group name {shown} at position {}",
                    self.source.tell() - offset
                ));
            }
        }
        self.state.checklookbehindgroup(condgroup, &self.source)?;
        let yes = self.parse(verbose, nested + 1, false)?;
        let no = if self.source.matches('|')? {
            let no = self.parse(verbose, nested + 1, false)?;
            if self.source.next == Some(Tok::Char('|')) {
                return Err(self
                    .source
                    .error("conditional backref with more than two branches", 0));
            }
            Some(no)
        } else {
            None
        };
        if !self.source.matches(')')? {
            let offset = self.source.tell() - start;
            return Err(self
                .source
                .error("missing ), unterminated subpattern", offset));
        }
        Ok(Node::GroupRefExists {
            group: condgroup,
            yes,
            no,
        })
    }

    /// `_parse_flags`: `None` for global flags `(?x)`, else the scoped (add, del) pair.
    #[inline(never)]
    fn parse_flags(&mut self, first: char) -> PResult<Option<(u32, u32)>> {
        let source = &mut self.source;
        let mut add_flags = 0;
        let mut del_flags = 0;
        let mut ch = Tok::Char(first);
        if first != '-' {
            while let Tok::Char(c) = ch {
                let flag = flag_value(c).unwrap_or(0);
                if source.istext {
                    if c == 'L' {
                        return Err(source.error(
                            "bad inline flags: cannot use 'L' flag with a str pattern",
                            0,
                        ));
                    }
                } else if c == 'u' {
                    return Err(source.error(
                        "bad inline flags: cannot use 'u' flag with a bytes pattern",
                        0,
                    ));
                }
                add_flags |= flag;
                if flag & TYPE_FLAGS != 0 && add_flags & TYPE_FLAGS != flag {
                    return Err(source.error(
                        "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                        0,
                    ));
                }
                let Some(next) = source.get()? else {
                    return Err(source.error("missing -, : or )", 0));
                };
                ch = next;
                if ch.is(')') || ch.is('-') || ch.is(':') {
                    break;
                }
                match ch {
                    Tok::Char(c) if flag_value(c).is_some() => {}
                    _ => {
                        let msg = if is_alpha_tok(ch) {
                            "unknown flag"
                        } else {
                            "missing -, : or )"
                        };
                        return Err(source.error(msg, ch.len()));
                    }
                }
            }
        }
        if ch.is(')') {
            self.state.flags |= add_flags;
            return Ok(None);
        }
        if add_flags & GLOBAL_FLAGS != 0 {
            return Err(source.error("bad inline flags: cannot turn on global flag", 1));
        }
        if ch.is('-') {
            let Some(next) = source.get()? else {
                return Err(source.error("missing flag", 0));
            };
            ch = next;
            loop {
                let flag = match ch {
                    Tok::Char(c) if flag_value(c).is_some() => flag_value(c).unwrap_or(0),
                    _ if del_flags == 0 => {
                        let msg = if is_alpha_tok(ch) {
                            "unknown flag"
                        } else {
                            "missing flag"
                        };
                        return Err(source.error(msg, ch.len()));
                    }
                    _ => {
                        let msg = if is_alpha_tok(ch) {
                            "unknown flag"
                        } else {
                            "missing :"
                        };
                        return Err(source.error(msg, ch.len()));
                    }
                };
                if flag & TYPE_FLAGS != 0 {
                    return Err(source.error(
                        "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                        0,
                    ));
                }
                del_flags |= flag;
                let Some(next) = source.get()? else {
                    return Err(source.error("missing :", 0));
                };
                ch = next;
                if ch.is(':') {
                    break;
                }
            }
        }
        if del_flags & GLOBAL_FLAGS != 0 {
            return Err(source.error("bad inline flags: cannot turn off global flag", 1));
        }
        if add_flags & del_flags != 0 {
            return Err(source.error("bad inline flags: flag turned on and off", 1));
        }
        Ok(Some((add_flags, del_flags)))
    }
}

/// `str.isalpha()` of a token (a two-character escape token is alphabetic if both are).
fn is_alpha_tok(t: Tok) -> bool {
    match t {
        Tok::Char(c) => strfuncs::is_alpha(c),
        Tok::Esc(_) => false,
    }
}

/// `list(dict.fromkeys(items))`.
fn uniq(items: Vec<SetItem>) -> Vec<SetItem> {
    let mut out: Vec<SetItem> = Vec::with_capacity(items.len());
    let mut seen = std::collections::HashSet::new();
    for item in items {
        if seen.insert(item) {
            out.push(item);
        }
    }
    out
}

/// `fix_flags`: the str/bytes flag checks, raised as `ValueError`.
fn fix_flags(istext: bool, mut flags: u32) -> PResult<u32> {
    let value_error = |msg: &str| Error::new(ErrorKind::Value, msg, None);
    if istext {
        if flags & FLAG_LOCALE != 0 {
            return Err(value_error("cannot use LOCALE flag with a str pattern"));
        }
        if flags & FLAG_ASCII == 0 {
            flags |= FLAG_UNICODE;
        } else if flags & FLAG_UNICODE != 0 {
            return Err(value_error("ASCII and UNICODE flags are incompatible"));
        }
    } else {
        if flags & FLAG_UNICODE != 0 {
            return Err(value_error("cannot use UNICODE flag with a bytes pattern"));
        }
        if flags & FLAG_LOCALE != 0 && flags & FLAG_ASCII != 0 {
            return Err(value_error("ASCII and LOCALE flags are incompatible"));
        }
    }
    Ok(flags)
}

/// `re._parser.parse(pattern, flags)`.
pub fn parse(pattern: Source<'_>, flags: u32) -> Result<Parsed, Error> {
    let (chars, istext): (Vec<char>, bool) = match pattern {
        Source::Str(s) => (s.chars().collect(), true),
        Source::Bytes(b) => (b.iter().map(|&b| char::from(b)).collect(), false),
    };
    let source = Tokenizer::new(chars, istext)?;
    let state = State {
        flags,
        groupindex: Vec::new(),
        groupwidths: vec![None],
        lookbehindgroups: None,
        grouprefpos: Vec::new(),
        warnings: Vec::new(),
    };
    let mut parser = Parser { source, state };
    match parse_whole(&mut parser, istext, flags) {
        Ok((data, flags)) => Ok(Parsed {
            data,
            flags,
            groupwidths: parser.state.groupwidths,
            groupindex: parser.state.groupindex,
            warnings: parser.state.warnings,
        }),
        Err(mut e) => {
            e.warnings = parser.state.warnings;
            Err(e)
        }
    }
}

/// The body of `parse`: the pattern and its final flags.
fn parse_whole(parser: &mut Parser, istext: bool, flags: u32) -> PResult<(Vec<Node>, u32)> {
    let data = parser.parse_sub(flags & FLAG_VERBOSE != 0, 0)?;
    let flags = fix_flags(istext, parser.state.flags)?;
    if parser.source.next.is_some() {
        return Err(parser.source.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &parser.state.grouprefpos {
        if g >= parser.state.groups() {
            return Err(Error::re(
                &format!("invalid group reference {g}"),
                Some(pos),
            ));
        }
    }
    Ok((data, flags))
}
