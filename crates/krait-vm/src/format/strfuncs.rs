//! Pure str helpers: Unicode character properties as CPython 3.11 defines them
//! (Objects/unicodectype.c over its Unicode 14.0 database), repr, case mapping, splitting and
//! the other str methods whose rules are intricate. Mirrors Objects/unicodeobject.c and
//! Objects/stringlib/. The bytes counterparts live in bytesfuncs.rs.

use super::unicode_tables as tables;
use super::FormatError;

fn in_set(table: &[(u32, u32, u8)], c: char) -> bool {
    let cp = c as u32;
    let idx = table.partition_point(|&(first, _, _)| first <= cp);
    if idx == 0 {
        return false;
    }
    let (first, last, stride) = table[idx - 1];
    cp <= last && (cp - first).is_multiple_of(u32::from(stride))
}

/// `Py_UNICODE_ISALPHA`: categories Lm, Lt, Lu, Ll, Lo.
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_set(tables::ALPHA, c)
}

/// The value of a character with the Unicode decimal property (`Py_UNICODE_TODECIMAL`).
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let cp = c as u32;
    let idx = tables::DECIMAL_ZEROS.partition_point(|&zero| zero <= cp);
    if idx == 0 {
        return None;
    }
    let offset = cp - tables::DECIMAL_ZEROS[idx - 1];
    (offset < 10).then_some(offset)
}

/// `Py_UNICODE_ISDECIMAL`.
pub fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

/// `Py_UNICODE_ISDIGIT`.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_set(tables::DIGIT, c)
}

/// `Py_UNICODE_ISNUMERIC`.
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_set(tables::NUMERIC, c)
}

/// `Py_UNICODE_ISALNUM`: alpha, decimal, digit or numeric.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// `Py_UNICODE_ISSPACE`: bidirectional class WS, B or S, or category Zs.
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, ' ' | '\t'..='\r' | '\x1c'..='\x1f');
    }
    in_set(tables::SPACE, c)
}

/// `Py_UNICODE_ISPRINTABLE`: everything but categories Cc Cf Cs Co Cn Zl Zp, and Zs other than
/// the ASCII space.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_set(tables::PRINTABLE, c)
}

/// `Py_UNICODE_ISLOWER`: the Lowercase property.
pub fn is_lower(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_lowercase();
    }
    in_set(tables::LOWER, c)
}

/// `Py_UNICODE_ISUPPER`: the Uppercase property.
pub fn is_upper(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_uppercase();
    }
    in_set(tables::UPPER, c)
}

/// `Py_UNICODE_ISTITLE`: category Lt.
pub fn is_titlecase(c: char) -> bool {
    !c.is_ascii() && in_set(tables::TITLE, c)
}

/// `_PyUnicode_IsCased`.
pub fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_set(tables::CASED, c)
}

/// `_PyUnicode_IsCaseIgnorable`.
pub fn is_case_ignorable(c: char) -> bool {
    in_set(tables::CASE_IGNORABLE, c)
}

/// `_PyUnicode_IsXidStart` (without the `_` that identifiers also accept first).
pub fn is_xid_start(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_set(tables::XID_START, c)
}

/// `_PyUnicode_IsXidContinue`.
pub fn is_xid_continue(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    in_set(tables::XID_CONTINUE, c)
}

// ---------------------------------------------------------------------------------------------
// Case mapping

/// Appends the full mapping of `c` from a generated case table.
fn push_mapped(out: &mut String, runs: &[(u32, u32, u8, i32)], special: &[(u32, &str)], c: char) {
    let cp = c as u32;
    if let Ok(i) = special.binary_search_by_key(&cp, |&(k, _)| k) {
        out.push_str(special[i].1);
        return;
    }
    let idx = runs.partition_point(|&(first, _, _, _)| first <= cp);
    if idx > 0 {
        let (first, last, stride, delta) = runs[idx - 1];
        if cp <= last && (cp - first).is_multiple_of(u32::from(stride)) {
            if let Some(m) = cp.checked_add_signed(delta).and_then(char::from_u32) {
                out.push(m);
                return;
            }
        }
    }
    out.push(c);
}

fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapped(out, tables::LOWER_MAP, tables::LOWER_SPECIAL, c);
    }
}

fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(out, tables::UPPER_MAP, tables::UPPER_SPECIAL, c);
    }
}

fn push_title(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        push_mapped(out, tables::TITLE_MAP, tables::TITLE_SPECIAL, c);
    }
}

fn push_fold(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        push_mapped(out, tables::FOLD_MAP, tables::FOLD_SPECIAL, c);
    }
}

const CAPITAL_SIGMA: char = '\u{3a3}';

/// `handle_capital_sigma`: a capital sigma at byte `pos` lowers to final `ς` when a cased
/// letter precedes it and none follows, skipping case-ignorable characters both ways.
fn lower_sigma(s: &str, pos: usize) -> char {
    let before = s[..pos].chars().rev().find(|&c| !is_case_ignorable(c));
    let after = s[pos + CAPITAL_SIGMA.len_utf8()..]
        .chars()
        .find(|&c| !is_case_ignorable(c));
    let final_sigma = before.is_some_and(is_cased) && !after.is_some_and(is_cased);
    if final_sigma {
        '\u{3c2}'
    } else {
        '\u{3c3}'
    }
}

/// `lower_ucs4`: the full lowercase mapping with the final-sigma rule.
fn push_lower_at(out: &mut String, s: &str, pos: usize, c: char) {
    if c == CAPITAL_SIGMA {
        out.push(lower_sigma(s, pos));
    } else {
        push_lower(out, c);
    }
}

/// `str.lower()`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (pos, c) in s.char_indices() {
        push_lower_at(&mut out, s, pos, c);
    }
    out
}

/// `str.upper()`: full mapping (`'ß'.upper()` is `'SS'`).
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(&mut out, c);
    }
    out
}

/// `str.casefold()`.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_fold(&mut out, c);
    }
    out
}

/// `str.swapcase()`: uppercase characters are lowered (with final sigma), lowercase raised.
pub fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (pos, c) in s.char_indices() {
        if is_upper(c) {
            push_lower_at(&mut out, s, pos, c);
        } else if is_lower(c) {
            push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// `str.title()`: title-case after an uncased character, lowercase after a cased one.
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (pos, c) in s.char_indices() {
        if previous_is_cased {
            push_lower_at(&mut out, s, pos, c);
        } else {
            push_title(&mut out, c);
        }
        previous_is_cased = is_cased(c);
    }
    out
}

/// `str.capitalize()`: since 3.8 the first character is title-cased, the rest lowered.
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (pos, c) in s.char_indices() {
        if pos == 0 {
            push_title(&mut out, c);
        } else {
            push_lower_at(&mut out, s, pos, c);
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Predicates over whole strings

fn all_nonempty(s: &str, pred: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(pred)
}

/// `str.isalpha()`.
pub fn str_isalpha(s: &str) -> bool {
    all_nonempty(s, is_alpha)
}

/// `str.isalnum()`.
pub fn str_isalnum(s: &str) -> bool {
    all_nonempty(s, is_alnum)
}

/// `str.isdecimal()`.
pub fn str_isdecimal(s: &str) -> bool {
    all_nonempty(s, is_decimal)
}

/// `str.isdigit()`.
pub fn str_isdigit(s: &str) -> bool {
    all_nonempty(s, is_digit)
}

/// `str.isnumeric()`.
pub fn str_isnumeric(s: &str) -> bool {
    all_nonempty(s, is_numeric)
}

/// `str.isspace()`.
pub fn str_isspace(s: &str) -> bool {
    all_nonempty(s, is_space)
}

/// `str.isprintable()`: true for the empty string.
pub fn str_isprintable(s: &str) -> bool {
    s.chars().all(is_printable)
}

/// `str.isidentifier()`: XID_Start or `_`, then XID_Continue.
pub fn str_isidentifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || is_xid_start(c) => chars.all(is_xid_continue),
        _ => false,
    }
}

/// `str.islower()`: no uppercase or titlecase, and at least one lowercase character.
pub fn str_islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            return false;
        }
        cased |= is_lower(c);
    }
    cased
}

/// `str.isupper()`.
pub fn str_isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lower(c) || is_titlecase(c) {
            return false;
        }
        cased |= is_upper(c);
    }
    cased
}

/// `str.istitle()`: uppercase/titlecase only after uncased, lowercase only after cased.
pub fn str_istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if is_upper(c) || is_titlecase(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if is_lower(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

// ---------------------------------------------------------------------------------------------
// repr

/// Appends `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for `c`.
pub(super) fn push_escape(out: &mut String, c: char) {
    use std::fmt::Write;
    let cp = c as u32;
    // Writing to a String cannot fail.
    let _ = if cp < 0x100 {
        write!(out, "\\x{cp:02x}")
    } else if cp < 0x10000 {
        write!(out, "\\u{cp:04x}")
    } else {
        write!(out, "\\U{cp:08x}")
    };
}

fn repr_impl(s: &str, ascii_only: bool) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_ascii() => {
                if (' '..='~').contains(&c) {
                    out.push(c);
                } else {
                    push_escape(&mut out, c);
                }
            }
            c if !ascii_only && is_printable(c) => out.push(c),
            c => push_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// `repr(s)` for a str (`unicode_repr`).
pub fn str_repr(s: &str) -> String {
    repr_impl(s, false)
}

/// `ascii(s)` for a str: like repr with every non-ASCII character escaped.
pub fn ascii_repr(s: &str) -> String {
    repr_impl(s, true)
}

// ---------------------------------------------------------------------------------------------
// Splitting and stripping

/// The separator error of `split`, `rsplit`, `partition` and `rpartition`.
pub fn empty_separator() -> FormatError {
    FormatError::value("empty separator")
}

/// `maxsplit < 0` means no limit.
pub(super) fn split_limit(maxsplit: isize) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// `str.split()` with no separator: runs of whitespace split, leading and trailing whitespace
/// dropped; once `maxsplit` is reached the rest is kept minus its leading whitespace.
pub fn split_whitespace(s: &str, maxsplit: isize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut left = split_limit(maxsplit);
    let mut rest = s;
    while left > 0 {
        rest = rest.trim_start_matches(is_space);
        if rest.is_empty() {
            return out;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = &rest[end..];
        left -= 1;
    }
    let rest = rest.trim_start_matches(is_space);
    if !rest.is_empty() {
        out.push(rest);
    }
    out
}

/// `str.rsplit()` with no separator.
pub fn rsplit_whitespace(s: &str, maxsplit: isize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut left = split_limit(maxsplit);
    let mut rest = s;
    while left > 0 {
        rest = rest.trim_end_matches(is_space);
        if rest.is_empty() {
            out.reverse();
            return out;
        }
        let start = rest.rfind(is_space).map_or(0, |i| {
            i + rest[i..].chars().next().map_or(1, char::len_utf8)
        });
        out.push(&rest[start..]);
        rest = &rest[..start];
        left -= 1;
    }
    let rest = rest.trim_end_matches(is_space);
    if !rest.is_empty() {
        out.push(rest);
    }
    out.reverse();
    out
}

/// `str.split(sep, maxsplit)`.
pub fn split_sep<'a>(s: &'a str, sep: &str, maxsplit: isize) -> Result<Vec<&'a str>, FormatError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    let limit = split_limit(maxsplit);
    Ok(s.splitn(limit.saturating_add(1), sep).collect())
}

/// `str.rsplit(sep, maxsplit)`.
pub fn rsplit_sep<'a>(s: &'a str, sep: &str, maxsplit: isize) -> Result<Vec<&'a str>, FormatError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    let limit = split_limit(maxsplit);
    let mut out: Vec<&str> = s.rsplitn(limit.saturating_add(1), sep).collect();
    out.reverse();
    Ok(out)
}

/// `Py_UNICODE_ISLINEBREAK`.
pub fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `str.splitlines(keepends)`: `\r\n` counts as one break; no empty last line.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_linebreak(c) {
            continue;
        }
        let mut next = i + c.len_utf8();
        if c == '\r' && matches!(iter.peek(), Some((_, '\n'))) {
            iter.next();
            next += 1;
        }
        out.push(&s[start..if keepends { next } else { i }]);
        start = next;
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// `str.partition(sep)`: `(head, sep, tail)`, or `(s, "", "")` when `sep` is absent.
pub fn partition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), FormatError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.find(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `str.rpartition(sep)`: `("", "", s)` when `sep` is absent.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), FormatError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    Ok(match s.rfind(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => ("", "", s),
    })
}

/// `str.strip(chars)`: Python whitespace when `chars` is `None`.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    rstrip(lstrip(s, chars), chars)
}

/// `str.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(is_space),
        Some(set) => s.trim_start_matches(|c| set.contains(c)),
    }
}

/// `str.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(is_space),
        Some(set) => s.trim_end_matches(|c| set.contains(c)),
    }
}

/// `str.removeprefix(prefix)`.
pub fn removeprefix<'a>(s: &'a str, prefix: &str) -> &'a str {
    s.strip_prefix(prefix).unwrap_or(s)
}

/// `str.removesuffix(suffix)`.
pub fn removesuffix<'a>(s: &'a str, suffix: &str) -> &'a str {
    s.strip_suffix(suffix).unwrap_or(s)
}

// ---------------------------------------------------------------------------------------------
// Padding

fn new_string(capacity: usize) -> Result<String, FormatError> {
    let mut out = String::new();
    out.try_reserve(capacity)
        .map_err(|_| FormatError::MemoryError)?;
    Ok(out)
}

fn pad_with(s: &str, left: usize, right: usize, fill: char) -> Result<String, FormatError> {
    let size = left
        .checked_add(right)
        .and_then(|n| n.checked_mul(fill.len_utf8()))
        .and_then(|n| n.checked_add(s.len()))
        .ok_or(FormatError::MemoryError)?;
    let mut out = new_string(size)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// `str.center(width, fill)`, with CPython's choice of the extra fill character's side.
pub fn center(s: &str, width: usize, fill: char) -> Result<String, FormatError> {
    let len = s.chars().count();
    if len >= width {
        return Ok(s.to_string());
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    pad_with(s, left, marg - left, fill)
}

/// `str.ljust(width, fill)`.
pub fn ljust(s: &str, width: usize, fill: char) -> Result<String, FormatError> {
    let len = s.chars().count();
    pad_with(s, 0, width.saturating_sub(len), fill)
}

/// `str.rjust(width, fill)`.
pub fn rjust(s: &str, width: usize, fill: char) -> Result<String, FormatError> {
    let len = s.chars().count();
    pad_with(s, width.saturating_sub(len), 0, fill)
}

/// `str.zfill(width)`: zeros go after a leading sign.
pub fn zfill(s: &str, width: usize) -> Result<String, FormatError> {
    let len = s.chars().count();
    if len >= width {
        return Ok(s.to_string());
    }
    let (sign, digits) = match s.as_bytes().first() {
        Some(b'+' | b'-') => s.split_at(1),
        _ => ("", s),
    };
    let mut out = pad_with(digits, width - len, 0, '0')?;
    out.insert_str(0, sign);
    Ok(out)
}

/// `str.expandtabs(tabsize)`: columns restart after `\n` and `\r`; `tabsize <= 0` drops tabs.
pub fn expandtabs(s: &str, tabsize: i32) -> Result<String, FormatError> {
    let tab = usize::try_from(tabsize).unwrap_or(0);
    let mut size: usize = 0;
    let mut column: usize = 0;
    for c in s.chars() {
        if c == '\t' {
            if tab > 0 {
                let incr = tab - column % tab;
                column += incr;
                size = size.checked_add(incr).ok_or_else(too_long)?;
            }
        } else {
            column += 1;
            size = size.checked_add(c.len_utf8()).ok_or_else(too_long)?;
            if c == '\n' || c == '\r' {
                column = 0;
            }
        }
    }
    if size > isize::MAX as usize {
        return Err(too_long());
    }
    let mut out = new_string(size)?;
    column = 0;
    for c in s.chars() {
        if c == '\t' {
            if tab > 0 {
                let incr = tab - column % tab;
                column += incr;
                out.extend(std::iter::repeat_n(' ', incr));
            }
        } else {
            column += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                column = 0;
            }
        }
    }
    Ok(out)
}

pub(super) fn too_long() -> FormatError {
    FormatError::overflow("new string is too long")
}

// ---------------------------------------------------------------------------------------------
// Searching, counting, replacing

/// `ADJUST_INDICES`: Python slice bounds (`None` = open) clamped to `0..=len`; `start` may
/// stay past the end, which makes every search fail.
pub fn adjust_indices(start: Option<isize>, end: Option<isize>, len: usize) -> (usize, usize) {
    let len_i = len as isize;
    let mut end_v = end.unwrap_or(len_i);
    if end_v > len_i {
        end_v = len_i;
    } else if end_v < 0 {
        end_v = (end_v + len_i).max(0);
    }
    let mut start_v = start.unwrap_or(0);
    if start_v < 0 {
        start_v = (start_v + len_i).max(0);
    }
    (start_v as usize, end_v as usize)
}

/// Byte offset of the `n`th char of `s` (`s.len()` when `n` is past the end).
fn char_to_byte(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

/// The char range `[start, end)` of `s` as a byte slice range, or `None` when `start > end`
/// or `start` is past the end.
fn char_window(s: &str, start: Option<isize>, end: Option<isize>) -> Option<(usize, usize, usize)> {
    let ascii = s.is_ascii();
    let len = if ascii { s.len() } else { s.chars().count() };
    let (start, end) = adjust_indices(start, end, len);
    if start > len || start > end {
        return None;
    }
    if ascii {
        return Some((start, start, end));
    }
    let b_start = char_to_byte(s, start);
    let b_end = b_start + char_to_byte(&s[b_start..], end - start);
    Some((start, b_start, b_end))
}

fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// `str.find(sub, start, end)` in char indices, -1 when absent.
pub fn find(s: &str, sub: &str, start: Option<isize>, end: Option<isize>) -> isize {
    let Some((c_start, b_start, b_end)) = char_window(s, start, end) else {
        return -1;
    };
    match s[b_start..b_end].find(sub) {
        Some(i) => (c_start + char_count(&s[b_start..b_start + i])) as isize,
        None => -1,
    }
}

/// `str.rfind(sub, start, end)` in char indices, -1 when absent.
pub fn rfind(s: &str, sub: &str, start: Option<isize>, end: Option<isize>) -> isize {
    let Some((c_start, b_start, b_end)) = char_window(s, start, end) else {
        return -1;
    };
    match s[b_start..b_end].rfind(sub) {
        Some(i) => (c_start + char_count(&s[b_start..b_start + i])) as isize,
        None => -1,
    }
}

/// `str.count(sub, start, end)`: non-overlapping occurrences; the empty string occurs once
/// per position, end included.
pub fn count(s: &str, sub: &str, start: Option<isize>, end: Option<isize>) -> usize {
    let Some((_, b_start, b_end)) = char_window(s, start, end) else {
        return 0;
    };
    let window = &s[b_start..b_end];
    if sub.is_empty() {
        return char_count(window) + 1;
    }
    window.matches(sub).count()
}

/// `str.replace(old, new, count)`: `count < 0` replaces all; an empty `old` inserts `new`
/// before every character and at the end.
pub fn replace(s: &str, old: &str, new: &str, count: isize) -> String {
    let limit = split_limit(count);
    let mut out = String::with_capacity(s.len());
    if old.is_empty() {
        let mut done = 0;
        for c in s.chars() {
            if done < limit {
                out.push_str(new);
                done += 1;
            }
            out.push(c);
        }
        if done < limit {
            out.push_str(new);
        }
        return out;
    }
    let mut last = 0;
    for (i, m) in s.match_indices(old).take(limit) {
        out.push_str(&s[last..i]);
        out.push_str(new);
        last = i + m.len();
    }
    out.push_str(&s[last..]);
    out
}

/// What `str.translate`'s table says about one character.
pub enum Translation {
    /// Not in the table (LookupError): keep the character.
    Keep,
    /// Mapped to None: drop it.
    Delete,
    /// Mapped to a code point or a one-character string.
    Char(char),
    /// Mapped to a longer string.
    Str(String),
}

/// `str.translate(table)`, with the table lookup (and its errors) supplied by the VM.
pub fn translate<E>(
    s: &str,
    mut lookup: impl FnMut(char) -> Result<Translation, E>,
) -> Result<String, E> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match lookup(c)? {
            Translation::Keep => out.push(c),
            Translation::Delete => {}
            Translation::Char(m) => out.push(m),
            Translation::Str(m) => out.push_str(&m),
        }
    }
    Ok(out)
}

/// The `str.maketrans` and `str.translate` error texts.
pub const MAKETRANS_EQUAL_LENGTH: &str = "the first two maketrans arguments must have equal length";
pub const MAKETRANS_KEY_LENGTH: &str = "string keys in translate table must be of length 1";
pub const MAKETRANS_ONE_ARG_DICT: &str =
    "if you give only one argument to maketrans it must be a dict";
pub const MAKETRANS_FIRST_ARG_STR: &str =
    "first maketrans argument must be a string if there is a second argument";
pub const MAKETRANS_KEY_TYPE: &str = "keys in translate table must be strings or integers";
pub const TRANSLATE_MAPPING_RANGE: &str = "character mapping must be in range(0x110000)";
pub const TRANSLATE_MAPPING_TYPE: &str = "character mapping must return integer, None or str";

#[cfg(test)]
mod tests {
    use super::*;

    /// Generated by testdata/gen_strfuncs.py; see its docstring for the encoding.
    const CASES: &str = include_str!("testdata/strfuncs_cases.txt");
    /// FNV-1a digest of every code point's properties, by testdata/gen_unicode_tables.py.
    const UNICODE_HASH: &str = include_str!("testdata/unicode_hash.txt");

    fn unhex(h: &str) -> Vec<u8> {
        (0..h.len() / 2)
            .map(|i| u8::from_str_radix(&h[2 * i..2 * i + 2], 16).expect("test data"))
            .collect()
    }

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
    }

    fn s(h: &str) -> String {
        String::from_utf8(unhex(h)).expect("test data")
    }

    fn opt_s(h: &str) -> Option<String> {
        (h != "N").then(|| s(h))
    }

    fn idx(h: &str) -> Option<isize> {
        (h != "N").then(|| h.parse().expect("test data"))
    }

    fn num(h: &str) -> isize {
        h.parse().expect("test data")
    }

    fn list<T: AsRef<[u8]>>(items: &[T]) -> String {
        items.iter().map(|x| hex(x.as_ref()) + ",").collect()
    }

    fn flag(b: bool) -> String {
        (if b { "T" } else { "F" }).to_string()
    }

    fn or_err<T>(r: Result<T, FormatError>, f: impl Fn(T) -> String) -> String {
        match r {
            Ok(v) => f(v),
            Err(e) => format!("E:{}", e.message()),
        }
    }

    fn run(op: &str, a: &[&str]) -> String {
        let text = s(a[0]);
        let t = text.as_str();
        match op {
            "lower" => hex(lower(t).as_bytes()),
            "upper" => hex(upper(t).as_bytes()),
            "title" => hex(title(t).as_bytes()),
            "capitalize" => hex(capitalize(t).as_bytes()),
            "swapcase" => hex(swapcase(t).as_bytes()),
            "casefold" => hex(casefold(t).as_bytes()),
            "isalpha" => flag(str_isalpha(t)),
            "isalnum" => flag(str_isalnum(t)),
            "isdecimal" => flag(str_isdecimal(t)),
            "isdigit" => flag(str_isdigit(t)),
            "isnumeric" => flag(str_isnumeric(t)),
            "isspace" => flag(str_isspace(t)),
            "isprintable" => flag(str_isprintable(t)),
            "isidentifier" => flag(str_isidentifier(t)),
            "islower" => flag(str_islower(t)),
            "isupper" => flag(str_isupper(t)),
            "istitle" => flag(str_istitle(t)),
            "repr" => hex(str_repr(t).as_bytes()),
            "ascii" => hex(ascii_repr(t).as_bytes()),
            "split_ws" => list(&split_whitespace(t, num(a[1]))),
            "rsplit_ws" => list(&rsplit_whitespace(t, num(a[1]))),
            "split_sep" => or_err(split_sep(t, &s(a[1]), num(a[2])), |v| list(&v)),
            "rsplit_sep" => or_err(rsplit_sep(t, &s(a[1]), num(a[2])), |v| list(&v)),
            "splitlines" => list(&splitlines(t, a[1] == "T")),
            "expandtabs" => or_err(expandtabs(t, num(a[1]) as i32), |v| hex(v.as_bytes())),
            "center" | "ljust" | "rjust" => {
                let width = num(a[1]) as usize;
                let fill = s(a[2]).chars().next().expect("test data");
                let f = match op {
                    "center" => center,
                    "ljust" => ljust,
                    _ => rjust,
                };
                or_err(f(t, width, fill), |v| hex(v.as_bytes()))
            }
            "zfill" => or_err(zfill(t, num(a[1]) as usize), |v| hex(v.as_bytes())),
            "find" => find(t, &s(a[1]), idx(a[2]), idx(a[3])).to_string(),
            "rfind" => rfind(t, &s(a[1]), idx(a[2]), idx(a[3])).to_string(),
            "count" => count(t, &s(a[1]), idx(a[2]), idx(a[3])).to_string(),
            "replace" => hex(replace(t, &s(a[1]), &s(a[2]), num(a[3])).as_bytes()),
            "partition" => or_err(partition(t, &s(a[1])), |(x, y, z)| list(&[x, y, z])),
            "rpartition" => or_err(rpartition(t, &s(a[1])), |(x, y, z)| list(&[x, y, z])),
            "strip" => hex(strip(t, opt_s(a[1]).as_deref()).as_bytes()),
            "lstrip" => hex(lstrip(t, opt_s(a[1]).as_deref()).as_bytes()),
            "rstrip" => hex(rstrip(t, opt_s(a[1]).as_deref()).as_bytes()),
            other => panic!("unknown op {other}"),
        }
    }

    #[test]
    fn generated_cases() {
        let mut failures = Vec::new();
        let mut checked = 0;
        for line in CASES.lines() {
            let fields: Vec<&str> = line.split('\t').collect();
            let (op, rest) = fields.split_first().expect("test data");
            let (expected, args) = rest.split_last().expect("test data");
            if op.starts_with("b_") {
                // bytes operations are checked in bytesfuncs.rs
                continue;
            }
            let got = run(op, args);
            checked += 1;
            if &got != expected {
                let input = String::from_utf8_lossy(&unhex(args[0])).into_owned();
                failures.push(format!(
                    "{op} {input:?} {args:?}: want {expected} got {got}"
                ));
            }
        }
        assert!(checked > 5000);
        assert!(
            failures.is_empty(),
            "{} failures:\n{}",
            failures.len(),
            failures[..failures.len().min(25)].join("\n")
        );
    }

    /// Every code point's properties and case mappings hash to the value CPython 3.11 gives.
    #[test]
    fn unicode_database_matches_cpython() {
        let mut h: u64 = 0xcbf29ce484222325;
        for c in (0..0x110000u32).filter_map(char::from_u32) {
            let one = c.to_string();
            let with_a = format!("a{c}");
            let bits = [
                str_isalpha(&one),
                str_isdecimal(&one),
                str_isdigit(&one),
                str_isnumeric(&one),
                str_isspace(&one),
                str_isprintable(&one),
                str_islower(&one),
                str_isupper(&one),
                str_istitle(&one),
                str_isidentifier(&one),
                str_isidentifier(&with_a),
                is_case_ignorable(c),
            ];
            let flags: u32 = bits
                .iter()
                .enumerate()
                .map(|(i, &b)| u32::from(b) << i)
                .sum();
            let dec = decimal_value(c).map_or("-".to_string(), |d| d.to_string());
            let record = format!(
                "{:x}:{flags}:{dec}:{}|{}|{}|{};",
                c as u32,
                lower(&one),
                upper(&one),
                title(&one),
                casefold(&one)
            );
            for b in record.bytes() {
                h ^= u64::from(b);
                h = h.wrapping_mul(0x100000001b3);
            }
        }
        assert_eq!(format!("{h:016x}"), UNICODE_HASH.trim());
    }

    #[test]
    fn final_sigma() {
        assert_eq!(lower("ΑΣ"), "ας");
        assert_eq!(lower("Σ"), "σ");
        assert_eq!(lower("ΑΣΑ"), "ασα");
        assert_eq!(title("ΑΣ"), "Ας");
        assert_eq!(upper("ß"), "SS");
        assert_eq!(capitalize("ǆa"), "ǅa");
    }

    #[test]
    fn huge_padding_is_an_error_not_an_abort() {
        assert_eq!(center("a", usize::MAX, ' '), Err(FormatError::MemoryError));
    }
}
