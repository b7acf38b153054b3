//! Parse errors mapped to CPython 3.11's SyntaxError/IndentationError/TabError messages and
//! locations. CPython reports tokenizer errors (brackets, indentation, bad characters, bad
//! numbers, unterminated strings) as its tokenizer meets them and otherwise the first parser
//! error, with the wording of `Parser/pegen_errors.c`, `Parser/tokenizer.c` and the
//! `invalid_*` rules of `Grammar/python.gram`; this module re-scans the source the way that
//! tokenizer does and translates ruff's error for the rest.

use ruff_python_ast::{Expr, Mod};
use ruff_python_parser::{
    InterpolatedStringErrorType, LexicalErrorType, ParseError, ParseErrorType, Parsed,
};
use ruff_text_size::{TextRange, TextSize};

use crate::source::SourceIndex;
use crate::{CompileError, ErrorKind};

/// A tokenizer-level error found by `scan`, at a byte offset.
struct ScanError {
    kind: ErrorKind,
    msg: String,
    start: usize,
    end: usize,
    /// Use CPython's odd offsets for indentation errors (line-length based).
    offset_override: Option<(u32, u32)>,
}

struct Scan {
    first_error: Option<ScanError>,
    /// Open brackets at end of input: (char, byte offset).
    unclosed: Vec<(char, usize)>,
}

fn closing_for(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

/// Scan the source like CPython's tokenizer for the errors it reports itself.
fn scan(src: &SourceIndex<'_>) -> Scan {
    let text = src.text;
    let b = text.as_bytes();
    let mut stack: Vec<(char, usize)> = Vec::new();
    let mut ind: Vec<usize> = vec![0];
    let mut altind: Vec<usize> = vec![0];
    let mut i = 0;
    let mut at_line_start = true;
    let mut continued = false;
    let err = |kind, msg: String, start, end| ScanError {
        kind,
        msg,
        start,
        end,
        offset_override: None,
    };
    while i < b.len() {
        if at_line_start {
            at_line_start = false;
            if stack.is_empty() && !continued {
                let (mut col, mut altcol, mut j) = (0usize, 0usize, i);
                while j < b.len() && matches!(b[j], b' ' | b'\t' | b'\x0c') {
                    match b[j] {
                        b' ' => {
                            col += 1;
                            altcol += 1;
                        }
                        b'\t' => {
                            col = (col / 8 + 1) * 8;
                            altcol += 1;
                        }
                        _ => {
                            col = 0;
                            altcol = 0;
                        }
                    }
                    j += 1;
                }
                let blank = j >= b.len() || matches!(b[j], b'#' | b'\n' | b'\r' | b'\\');
                if !blank {
                    let top = *ind.last().unwrap_or(&0);
                    let alttop = *altind.last().unwrap_or(&0);
                    let tab_error = |start| ScanError {
                        kind: ErrorKind::TabError,
                        msg: "inconsistent use of tabs and spaces in indentation".into(),
                        start,
                        end: start,
                        offset_override: Some((1, 0)),
                    };
                    if col == top {
                        if altcol != alttop {
                            return Scan {
                                first_error: Some(tab_error(i)),
                                unclosed: stack,
                            };
                        }
                    } else if col > top {
                        if altcol <= alttop {
                            return Scan {
                                first_error: Some(tab_error(i)),
                                unclosed: stack,
                            };
                        }
                        ind.push(col);
                        altind.push(altcol);
                    } else {
                        while ind.len() > 1 && col < *ind.last().unwrap_or(&0) {
                            ind.pop();
                            altind.pop();
                        }
                        if col != *ind.last().unwrap_or(&0) {
                            let line = src.line_col(TextSize::from(i as u32)).0;
                            let len = src.line_text(line).map_or(0, |l| l.chars().count()) as u32;
                            return Scan {
                                first_error: Some(ScanError {
                                    kind: ErrorKind::IndentationError,
                                    msg: "unindent does not match any outer indentation level"
                                        .into(),
                                    start: i,
                                    end: i,
                                    offset_override: Some((len, 0)),
                                }),
                                unclosed: stack,
                            };
                        }
                        if altcol != *altind.last().unwrap_or(&0) {
                            return Scan {
                                first_error: Some(tab_error(i)),
                                unclosed: stack,
                            };
                        }
                    }
                }
                i = j;
                continue;
            }
            continued = false;
        }
        let c = b[i];
        match c {
            b'\n' => {
                at_line_start = true;
                i += 1;
            }
            b'\r' => {
                if b.get(i + 1) != Some(&b'\n') {
                    at_line_start = true;
                }
                i += 1;
            }
            b'\\' => {
                continued = true;
                i += 1;
                if b.get(i) == Some(&b'\r') {
                    i += 1;
                }
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
                at_line_start = true;
            }
            b'#' => {
                while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
            }
            b'\'' | b'"' => {
                let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c);
                let raw = prefix_is_raw(b, i);
                i += if triple { 3 } else { 1 };
                loop {
                    if i >= b.len() {
                        break;
                    }
                    if b[i] == b'\\' && !raw {
                        i += 2;
                        continue;
                    }
                    if b[i] == b'\\' && raw {
                        i += 2;
                        continue;
                    }
                    if !triple && (b[i] == b'\n' || b[i] == b'\r') {
                        break;
                    }
                    if b[i] == c {
                        if !triple {
                            i += 1;
                            break;
                        }
                        if b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c) {
                            i += 3;
                            break;
                        }
                    }
                    i += 1;
                }
            }
            b'(' | b'[' | b'{' => {
                stack.push((c as char, i));
                i += 1;
            }
            b')' | b']' | b'}' => {
                match stack.pop() {
                    None => {
                        return Scan {
                            first_error: Some(err(
                                ErrorKind::SyntaxError,
                                format!("unmatched '{}'", c as char),
                                i,
                                i,
                            )),
                            unclosed: stack,
                        }
                    }
                    Some((open, at)) if closing_for(open) != c as char => {
                        let open_line = src.line_col(TextSize::from(at as u32)).0;
                        let here = src.line_col(TextSize::from(i as u32)).0;
                        let suffix = if open_line != here {
                            format!(" on line {open_line}")
                        } else {
                            String::new()
                        };
                        return Scan {
                            first_error: Some(err(
                                ErrorKind::SyntaxError,
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{open}'{suffix}",
                                    c as char
                                ),
                                i,
                                i,
                            )),
                            unclosed: stack,
                        };
                    }
                    Some(_) => {}
                }
                i += 1;
            }
            b'0'..=b'9' => {
                let prev_ident = i > 0
                    && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_' || b[i - 1] == b'.');
                let start = i;
                if prev_ident {
                    i += 1;
                    continue;
                }
                let is_prefixed = c == b'0'
                    && matches!(b.get(i + 1), Some(b'x' | b'X' | b'o' | b'O' | b'b' | b'B'));
                if is_prefixed {
                    let radix = b[i + 1].to_ascii_lowercase();
                    i += 2;
                    let digits_start = i;
                    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                        let d = b[i];
                        let bad = match radix {
                            b'b' => d.is_ascii_digit() && d > b'1',
                            b'o' => d.is_ascii_digit() && d > b'7',
                            _ => false,
                        };
                        let name = if radix == b'b' { "binary" } else { "octal" };
                        if bad {
                            return Scan {
                                first_error: Some(err(
                                    ErrorKind::SyntaxError,
                                    format!("invalid digit '{}' in {name} literal", d as char),
                                    i,
                                    i,
                                )),
                                unclosed: stack,
                            };
                        }
                        if radix == b'x' && !d.is_ascii_hexdigit() && d != b'_' && i == digits_start
                        {
                            return Scan {
                                first_error: Some(err(
                                    ErrorKind::SyntaxError,
                                    "invalid hexadecimal literal".into(),
                                    i - 1,
                                    i - 1,
                                )),
                                unclosed: stack,
                            };
                        }
                        i += 1;
                    }
                    continue;
                }
                while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_' || b[i] == b'.') {
                    i += 1;
                }
                if i < b.len() && matches!(b[i], b'e' | b'E') {
                    let mut j = i + 1;
                    if matches!(b.get(j), Some(b'+' | b'-')) {
                        j += 1;
                    }
                    if b.get(j).is_some_and(|d| d.is_ascii_digit()) {
                        i = j;
                        while i < b.len() && (b[i].is_ascii_digit() || b[i] == b'_') {
                            i += 1;
                        }
                    }
                }
                if i < b.len() && matches!(b[i], b'j' | b'J') {
                    i += 1;
                }
                if b[i - 1] == b'_' {
                    return Scan {
                        first_error: Some(err(
                            ErrorKind::SyntaxError,
                            "invalid decimal literal".into(),
                            i - 1,
                            i - 1,
                        )),
                        unclosed: stack,
                    };
                }
                if i < b.len()
                    && (b[i].is_ascii_alphabetic() || b[i] == b'_')
                    && !is_keyword_at(b, i)
                {
                    return Scan {
                        first_error: Some(err(
                            ErrorKind::SyntaxError,
                            "invalid decimal literal".into(),
                            start,
                            start,
                        )),
                        unclosed: stack,
                    };
                }
            }
            _ => {
                if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
                    while i < b.len()
                        && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] >= 0x80)
                    {
                        if b[i] >= 0x80 {
                            // Identifiers may be non-ASCII; the lexer reports bad characters.
                            i += 1;
                            continue;
                        }
                        i += 1;
                    }
                    // String prefixes are handled when the quote is reached.
                } else {
                    i += 1;
                }
            }
        }
    }
    Scan {
        first_error: None,
        unclosed: stack,
    }
}

/// `1if x else y` is valid: a keyword may follow a number directly.
fn is_keyword_at(b: &[u8], i: usize) -> bool {
    let rest = &b[i..];
    ["if", "else", "and", "or", "in", "is", "not", "for"]
        .iter()
        .any(|k| rest.starts_with(k.as_bytes()))
}

fn prefix_is_raw(b: &[u8], quote: usize) -> bool {
    let mut j = quote;
    while j > 0 && b[j - 1].is_ascii_alphabetic() {
        j -= 1;
        if matches!(b[j], b'r' | b'R') {
            return true;
        }
    }
    false
}

fn range(start: usize, end: usize) -> TextRange {
    TextRange::new(TextSize::from(start as u32), TextSize::from(end as u32))
}

fn scan_to_error(src: &SourceIndex<'_>, filename: &str, e: ScanError) -> CompileError {
    let mut err = CompileError::at_range(src, e.kind, e.msg, filename, range(e.start, e.end));
    if let Some((offset, end_offset)) = e.offset_override {
        err.offset = offset;
        err.end_offset = end_offset;
    }
    err
}

/// The first error of a parse, as CPython would report it, if any.
pub fn first_error(
    src: &SourceIndex<'_>,
    filename: &str,
    parsed: &Parsed<Mod>,
) -> Option<CompileError> {
    let ruff_error = parsed.errors().first();
    let unsupported = parsed.unsupported_syntax_errors().first();
    if ruff_error.is_none() && unsupported.is_none() {
        return None;
    }
    let scanned = scan(src);
    let error_start = ruff_error
        .map(|e| usize::from(e.location.start()))
        .or(unsupported.map(|u| usize::from(u.range.start())))
        .unwrap_or(0);
    if let Some(se) = scanned.first_error {
        let indentation = matches!(se.kind, ErrorKind::TabError | ErrorKind::IndentationError);
        if se.start <= error_start || indentation {
            return Some(scan_to_error(src, filename, se));
        }
        // A later tokenizer error overrides a generic "invalid syntax".
        if let Some(e) = ruff_error {
            let mapped = map_parse_error(src, filename, e);
            if mapped.msg == "invalid syntax" {
                return Some(scan_to_error(src, filename, se));
            }
            return Some(mapped);
        }
    }
    if let Some(&(open, at)) = scanned.unclosed.last() {
        let bracket_line = src.line_col(TextSize::from(at as u32)).0;
        let error_line = src.line_col(TextSize::from(error_start as u32)).0;
        let at_eof = ruff_error
            .is_some_and(|e| matches!(e.error, ParseErrorType::Lexical(LexicalErrorType::Eof)));
        if (at < error_start && bracket_line < error_line) || at_eof {
            let mut err = CompileError::at_range(
                src,
                ErrorKind::SyntaxError,
                format!("'{open}' was never closed"),
                filename,
                range(at, at),
            );
            err.end_offset = 0;
            return Some(err);
        }
    }
    match ruff_error {
        Some(e) => Some(map_parse_error(src, filename, e)),
        None => unsupported.map(|u| {
            CompileError::at_range(
                src,
                ErrorKind::SyntaxError,
                "invalid syntax",
                filename,
                u.range,
            )
        }),
    }
}

/// CPython's name for an expression in "cannot assign to ..." messages (`_PyPegen_get_expr_name`).
fn expr_name(e: &Expr) -> &'static str {
    match e {
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Lambda(_) => "lambda",
        Expr::Call(_) => "function call",
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::Generator(_) => "generator expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::FString(_) | Expr::TString(_) => "f-string expression",
        Expr::BooleanLiteral(b) => {
            if b.value {
                "True"
            } else {
                "False"
            }
        }
        Expr::NoneLiteral(_) => "None",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::StringLiteral(_) | Expr::BytesLiteral(_) | Expr::NumberLiteral(_) => "literal",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Named(_) => "named expression",
        Expr::Slice(_) | Expr::IpyEscapeCommand(_) => "expression",
    }
}

fn classify(src: &SourceIndex<'_>, r: TextRange) -> Option<&'static str> {
    let text = src.text.get(usize::from(r.start())..usize::from(r.end()))?;
    let parsed = ruff_python_parser::parse_expression(&format!("({text}\n)")).ok()?;
    Some(expr_name(&parsed.into_syntax().body))
}

fn err_at(
    src: &SourceIndex<'_>,
    filename: &str,
    kind: ErrorKind,
    msg: impl Into<String>,
    r: TextRange,
) -> CompileError {
    CompileError::at_range(src, kind, msg, filename, r)
}

/// The start of the token that ends just before `pos` (for "Perhaps you forgot a comma?").
fn previous_token_start(text: &str, pos: usize) -> usize {
    let b = text.as_bytes();
    let mut i = pos;
    while i > 0 && matches!(b[i - 1], b' ' | b'\t') {
        i -= 1;
    }
    if i == 0 {
        return 0;
    }
    let last = b[i - 1];
    if matches!(last, b')' | b']' | b'}') {
        let mut depth = 0i32;
        while i > 0 {
            i -= 1;
            match b[i] {
                b')' | b']' | b'}' => depth += 1,
                b'(' | b'[' | b'{' => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
        }
        while i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_' || b[i - 1] == b'.') {
            i -= 1;
        }
        return i;
    }
    if last == b'\'' || last == b'"' {
        i -= 1;
        while i > 0 && b[i - 1] != last {
            i -= 1;
        }
        return i.saturating_sub(1);
    }
    while i > 0
        && (b[i - 1].is_ascii_alphanumeric()
            || b[i - 1] == b'_'
            || b[i - 1] == b'.'
            || b[i - 1] >= 0x80)
    {
        i -= 1;
    }
    i
}

fn block_message(what: &str) -> Option<&'static str> {
    Some(match what {
        "`if` statement" => "'if' statement",
        "`else` clause" => "'else' statement",
        "`elif` clause" => "'elif' statement",
        "`for` statement" => "'for' statement",
        "`with` statement" => "'with' statement",
        "`class` definition" => "class definition",
        "`while` statement" => "'while' statement",
        "function definition" => "function definition",
        "`case` block" => "'case' statement",
        "`try` statement" => "'try' statement",
        "`except` clause" => "'except' statement",
        "`finally` clause" => "'finally' statement",
        "`match` statement" => "'match' statement",
        _ => return None,
    })
}

/// The line of the compound statement header whose block is missing.
fn header_line(src: &SourceIndex<'_>, error_line: u32, what: &str) -> u32 {
    let keywords: &[&str] = match what {
        "function definition" => &["def", "async"],
        "class definition" => &["class"],
        other => {
            let kw = other.trim_start_matches('\'');
            let kw = kw.split('\'').next().unwrap_or("");
            return find_header(src, error_line, &[kw]);
        }
    };
    find_header(src, error_line, keywords)
}

fn find_header(src: &SourceIndex<'_>, error_line: u32, keywords: &[&str]) -> u32 {
    let mut line = error_line;
    while line > 1 {
        line -= 1;
        let t = src.line_text(line).unwrap_or("").trim_start();
        if keywords.iter().any(|k| {
            t.starts_with(k)
                && t[k.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !(c.is_alphanumeric() || c == '_'))
        }) {
            return line;
        }
    }
    error_line.saturating_sub(1).max(1)
}

/// The offset just past the f-string token around byte `pos`: CPython 3.11 reports f-string
/// errors there.
fn fstring_end(text: &str, pos: usize) -> usize {
    let b = text.as_bytes();
    let mut i = pos.min(b.len());
    while i > 0 {
        i -= 1;
        if (b[i] == b'\'' || b[i] == b'"') && i > 0 && matches!(b[i - 1], b'f' | b'F' | b'r' | b'R')
        {
            let q = b[i];
            let triple = b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q);
            let qlen = if triple { 3 } else { 1 };
            let mut j = i + qlen;
            while j < b.len() {
                if b[j] == q && (!triple || (b.get(j + 1) == Some(&q) && b.get(j + 2) == Some(&q)))
                {
                    return j + qlen;
                }
                if b[j] == b'\n' && !triple {
                    return j;
                }
                j += 1;
            }
            return b.len();
        }
    }
    pos
}

fn map_parse_error(src: &SourceIndex<'_>, filename: &str, e: &ParseError) -> CompileError {
    use ErrorKind::*;
    let loc = e.location;
    let start = usize::from(loc.start());
    let end = usize::from(loc.end());
    let text = src.text;
    let point = range(start, start);
    let syntax = |msg: &str, r: TextRange| err_at(src, filename, SyntaxError, msg, r);
    match &e.error {
        ParseErrorType::OtherError(msg) => {
            if let Some(what) = msg.strip_prefix("Expected an indented block after ") {
                if let Some(cpy) = block_message(what) {
                    let line = src.line_col(loc.start()).0;
                    let header = header_line(src, line, cpy);
                    return err_at(
                        src,
                        filename,
                        IndentationError,
                        format!("expected an indented block after {cpy} on line {header}"),
                        loc,
                    );
                }
            }
            if msg == "Only one '/' separator allowed" {
                return syntax("/ may appear only once", loc);
            }
            if msg == "Expected a parameter name" {
                if let Some(t @ ("True" | "False" | "None" | "__debug__")) = text.get(start..end) {
                    let kw_end = text[end..].find('=').map_or(end, |p| end + p);
                    let value_end = text[kw_end..]
                        .find([',', ')'])
                        .map_or(kw_end, |p| kw_end + p);
                    return syntax(&format!("cannot assign to {t}"), range(start, value_end));
                }
            }
            syntax("invalid syntax", loc)
        }
        ParseErrorType::ExpectedToken { expected, found } => {
            use ruff_python_ast::token::TokenKind as T;
            match expected {
                T::Colon if *found == T::Equal => {
                    let prev = previous_token_start(text, start);
                    let target = range(prev, text[..start].trim_end().len());
                    match classify(src, target) {
                        Some("name") => syntax(
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                            range(prev, start),
                        ),
                        Some(n) => syntax(
                            &format!(
                                "cannot assign to {n} here. Maybe you meant '==' instead of '='?"
                            ),
                            target,
                        ),
                        None => syntax("invalid syntax", loc),
                    }
                }
                T::Colon => syntax("expected ':'", point),
                T::Else => {
                    let line = src.line_col(loc.start()).0;
                    let line_start = start - src.line_col(loc.start()).1 as usize;
                    let indent = src
                        .line_text(line)
                        .map_or(0, |l| l.len() - l.trim_start().len());
                    syntax(
                        "expected 'else' after 'if' expression",
                        range(line_start + indent, start),
                    )
                }
                T::Comma
                    if matches!(
                        found,
                        T::Name
                            | T::Int
                            | T::Float
                            | T::Complex
                            | T::String
                            | T::FStringStart
                            | T::Lpar
                            | T::Lsqb
                            | T::Lbrace
                            | T::Minus
                            | T::Tilde
                            | T::Lambda
                            | T::Not
                            | T::None
                            | T::True
                            | T::False
                    ) =>
                {
                    let prev = previous_token_start(text, start);
                    syntax(
                        "invalid syntax. Perhaps you forgot a comma?",
                        range(prev, end),
                    )
                }
                _ => syntax("invalid syntax", loc),
            }
        }
        ParseErrorType::SimpleStatementsOnSameLine => {
            let (line, _) = src.line_col(loc.start());
            let line_text = src.line_text(line).unwrap_or("");
            let trimmed = line_text.trim_start();
            let indent = line_text.len() - trimmed.len();
            for name in ["print", "exec"] {
                if let Some(rest) = trimmed.strip_prefix(name) {
                    if rest.starts_with([' ', '\t'])
                        && !rest.trim().is_empty()
                        && !rest.trim_start().starts_with(['=', '(', '.', '['])
                    {
                        let line_start = start - src.line_col(loc.start()).1 as usize;
                        let stmt_end = line_start + line_text.trim_end().len();
                        return syntax(
                            &format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                            range(line_start + indent, stmt_end),
                        );
                    }
                }
            }
            syntax("invalid syntax", loc)
        }
        ParseErrorType::InvalidAssignmentTarget | ParseErrorType::InvalidNamedAssignmentTarget => {
            match classify(src, loc) {
                Some(n @ ("True" | "False" | "None")) => {
                    syntax(&format!("cannot assign to {n}"), loc)
                }
                Some("yield expression") => {
                    syntax("assignment to yield expression not possible", loc)
                }
                Some(n) => syntax(
                    &format!("cannot assign to {n} here. Maybe you meant '==' instead of '='?"),
                    loc,
                ),
                None => syntax("invalid syntax", loc),
            }
        }
        ParseErrorType::InvalidAnnotatedAssignmentTarget => match classify(src, loc) {
            Some(n) => syntax(&format!("illegal target for annotation: {n}"), loc),
            None => syntax("invalid syntax", loc),
        },
        ParseErrorType::InvalidAugmentedAssignmentTarget => match classify(src, loc) {
            Some(n) => syntax(
                &format!("'{n}' is an illegal expression for augmented assignment"),
                loc,
            ),
            None => syntax("invalid syntax", loc),
        },
        ParseErrorType::InvalidDeleteTarget => match classify(src, loc) {
            Some(n) => syntax(&format!("cannot delete {n}"), loc),
            None => syntax("invalid syntax", loc),
        },
        ParseErrorType::PositionalAfterKeywordArgument => syntax(
            "positional argument follows keyword argument",
            range(end, end + 1),
        ),
        ParseErrorType::PositionalAfterKeywordUnpacking => syntax(
            "positional argument follows keyword argument unpacking",
            loc,
        ),
        ParseErrorType::InvalidArgumentUnpackingOrder => syntax(
            "iterable argument unpacking follows keyword argument unpacking",
            range(start, start + 1),
        ),
        ParseErrorType::ExpectedKeywordParam => {
            let star = text[..start].rfind('*').unwrap_or(start);
            syntax("named arguments must follow bare *", range(star, star + 1))
        }
        ParseErrorType::NonDefaultParamAfterDefaultParam => {
            syntax("non-default argument follows default argument", loc)
        }
        ParseErrorType::VarParameterWithDefault => {
            syntax("var-positional argument cannot have default value", loc)
        }
        ParseErrorType::UnparenthesizedGeneratorExpression => {
            let line = src.line_col(loc.start()).0;
            if src
                .line_text(line)
                .is_some_and(|l| l.trim_start().starts_with("class"))
            {
                if let Some(p) = text[start..end].find(" for ") {
                    return syntax("invalid syntax", range(start + p + 1, start + p + 4));
                }
            }
            syntax("Generator expression must be parenthesized", loc)
        }
        ParseErrorType::UnexpectedIndentation => {
            let (line, col) = src.line_col(loc.start());
            let line_start = start - col as usize;
            let width = text[line_start..].len()
                - text[line_start..]
                    .trim_start_matches([' ', '\t', '\x0c'])
                    .len();
            let mut err = err_at(
                src,
                filename,
                IndentationError,
                "unexpected indent",
                range(line_start, line_start),
            );
            err.lineno = line;
            err.offset = width as u32;
            err.end_offset = 0;
            err
        }
        ParseErrorType::FStringError(f)
        | ParseErrorType::Lexical(LexicalErrorType::FStringError(f)) => {
            let msg = match f {
                InterpolatedStringErrorType::UnclosedLbrace => "f-string: expecting '}'",
                InterpolatedStringErrorType::InvalidConversionFlag => {
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'"
                }
                InterpolatedStringErrorType::SingleRbrace => "f-string: single '}' is not allowed",
                InterpolatedStringErrorType::UnterminatedString => "unterminated string literal",
                InterpolatedStringErrorType::UnterminatedTripleQuotedString => {
                    "unterminated triple-quoted string literal"
                }
                _ => "f-string: invalid syntax",
            };
            let e = fstring_end(text, start);
            syntax(msg, range(e, e))
        }
        ParseErrorType::ExpectedExpression => {
            // `f"{}"`: an empty replacement field.
            if text.get(start.saturating_sub(1)..start) == Some("{")
                && text.get(start..start + 1) == Some("}")
            {
                let e = fstring_end(text, start);
                return syntax("f-string: empty expression not allowed", range(e, e));
            }
            syntax("invalid syntax", loc)
        }
        ParseErrorType::Lexical(lex) => match lex {
            LexicalErrorType::UnclosedStringError => {
                let body = text[start..].trim_start_matches(|c: char| c.is_ascii_alphabetic());
                let triple = body.starts_with("'''") || body.starts_with("\"\"\"");
                if triple {
                    let mut end_line = src.line_col(loc.end()).0;
                    if end >= text.len() && text.ends_with('\n') {
                        end_line -= 1;
                    }
                    syntax(
                        &format!("unterminated triple-quoted string literal (detected at line {end_line})"),
                        point,
                    )
                } else {
                    let line = src.line_col(loc.start()).0;
                    syntax(
                        &format!("unterminated string literal (detected at line {line})"),
                        point,
                    )
                }
            }
            LexicalErrorType::UnrecognizedToken { tok } => {
                if tok.is_ascii() {
                    syntax("invalid syntax", range(start, start + 1))
                } else {
                    syntax(
                        &format!("invalid character '{tok}' (U+{:04X})", *tok as u32),
                        point,
                    )
                }
            }
            LexicalErrorType::IndentationError => err_at(
                src,
                filename,
                IndentationError,
                "unindent does not match any outer indentation level",
                point,
            ),
            LexicalErrorType::Eof => syntax("unexpected EOF while parsing", point),
            LexicalErrorType::LineContinuationError => syntax(
                "unexpected character after line continuation character",
                point,
            ),
            LexicalErrorType::OtherError(m) if m.contains("Invalid decimal integer literal") => {
                let digits = text.get(start..end).unwrap_or("");
                if digits.starts_with('0') {
                    syntax(
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        loc,
                    )
                } else {
                    syntax("invalid decimal literal", point)
                }
            }
            _ => syntax("invalid syntax", loc),
        },
        _ => syntax("invalid syntax", loc),
    }
}
