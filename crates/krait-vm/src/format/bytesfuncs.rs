//! Pure bytes helpers where bytes differ from str: ASCII-only classification and case,
//! ASCII whitespace, `\n`/`\r` line breaks only, byte indices, and `repr(bytes)`. Mirrors
//! Objects/bytes_methods.c, Objects/bytesobject.c and Objects/stringlib/.

use super::strfuncs::{adjust_indices, empty_separator, push_escape, split_limit, too_long};
use super::FormatError;

/// `repr(b)` for bytes, without any prefix other than `b`. bytearray's repr wraps this
/// in `bytearray(...)`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            q if q == quote => {
                out.push('\\');
                out.push(q as char);
            }
            b' '..=b'~' => out.push(byte as char),
            _ => push_escape(&mut out, byte as char),
        }
    }
    out.push(quote as char);
    out
}

/// `Py_ISSPACE`: the ASCII whitespace of the bytes methods.
pub fn byte_is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn bytes_all_nonempty(b: &[u8], pred: impl Fn(&u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(pred)
}

/// `bytes.isalpha()`.
pub fn bytes_isalpha(b: &[u8]) -> bool {
    bytes_all_nonempty(b, u8::is_ascii_alphabetic)
}

/// `bytes.isalnum()`.
pub fn bytes_isalnum(b: &[u8]) -> bool {
    bytes_all_nonempty(b, u8::is_ascii_alphanumeric)
}

/// `bytes.isdigit()`.
pub fn bytes_isdigit(b: &[u8]) -> bool {
    bytes_all_nonempty(b, u8::is_ascii_digit)
}

/// `bytes.isspace()`.
pub fn bytes_isspace(b: &[u8]) -> bool {
    bytes_all_nonempty(b, |&c| byte_is_space(c))
}

/// `bytes.islower()`.
pub fn bytes_islower(b: &[u8]) -> bool {
    !b.iter().any(u8::is_ascii_uppercase) && b.iter().any(u8::is_ascii_lowercase)
}

/// `bytes.isupper()`.
pub fn bytes_isupper(b: &[u8]) -> bool {
    !b.iter().any(u8::is_ascii_lowercase) && b.iter().any(u8::is_ascii_uppercase)
}

/// `bytes.istitle()`.
pub fn bytes_istitle(b: &[u8]) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for &c in b {
        if c.is_ascii_uppercase() {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
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

/// `bytes.swapcase()`.
pub fn bytes_swapcase(b: &[u8]) -> Vec<u8> {
    b.iter()
        .map(|&c| if c.is_ascii_alphabetic() { c ^ 0x20 } else { c })
        .collect()
}

/// `bytes.title()`.
pub fn bytes_title(b: &[u8]) -> Vec<u8> {
    let mut previous_is_cased = false;
    b.iter()
        .map(|&c| {
            let mapped = if previous_is_cased {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            previous_is_cased = c.is_ascii_alphabetic();
            mapped
        })
        .collect()
}

/// `bytes.capitalize()`.
pub fn bytes_capitalize(b: &[u8]) -> Vec<u8> {
    b.iter()
        .enumerate()
        .map(|(i, &c)| {
            if i == 0 {
                c.to_ascii_uppercase()
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

/// `bytes.split()` with no separator (ASCII whitespace).
pub fn bytes_split_whitespace(b: &[u8], maxsplit: isize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut left = split_limit(maxsplit);
    let mut i = 0;
    let n = b.len();
    while left > 0 {
        while i < n && byte_is_space(b[i]) {
            i += 1;
        }
        if i == n {
            return out;
        }
        let j = i;
        while i < n && !byte_is_space(b[i]) {
            i += 1;
        }
        out.push(&b[j..i]);
        left -= 1;
    }
    while i < n && byte_is_space(b[i]) {
        i += 1;
    }
    if i < n {
        out.push(&b[i..]);
    }
    out
}

/// `bytes.rsplit()` with no separator.
pub fn bytes_rsplit_whitespace(b: &[u8], maxsplit: isize) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let mut left = split_limit(maxsplit);
    let mut i = b.len();
    while left > 0 {
        while i > 0 && byte_is_space(b[i - 1]) {
            i -= 1;
        }
        if i == 0 {
            out.reverse();
            return out;
        }
        let j = i;
        while i > 0 && !byte_is_space(b[i - 1]) {
            i -= 1;
        }
        out.push(&b[i..j]);
        left -= 1;
    }
    while i > 0 && byte_is_space(b[i - 1]) {
        i -= 1;
    }
    if i > 0 {
        out.push(&b[..i]);
    }
    out.reverse();
    out
}

/// `bytes.split(sep, maxsplit)`.
pub fn bytes_split_sep<'a>(
    b: &'a [u8],
    sep: &[u8],
    maxsplit: isize,
) -> Result<Vec<&'a [u8]>, FormatError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    let mut left = split_limit(maxsplit);
    let mut out = Vec::new();
    let mut start = 0;
    while left > 0 {
        match bytes_find_raw(&b[start..], sep) {
            Some(i) => {
                out.push(&b[start..start + i]);
                start += i + sep.len();
                left -= 1;
            }
            None => break,
        }
    }
    out.push(&b[start..]);
    Ok(out)
}

/// `bytes.rsplit(sep, maxsplit)`.
pub fn bytes_rsplit_sep<'a>(
    b: &'a [u8],
    sep: &[u8],
    maxsplit: isize,
) -> Result<Vec<&'a [u8]>, FormatError> {
    if sep.is_empty() {
        return Err(empty_separator());
    }
    let mut left = split_limit(maxsplit);
    let mut out = Vec::new();
    let mut end = b.len();
    while left > 0 {
        match bytes_rfind_raw(&b[..end], sep) {
            Some(i) => {
                out.push(&b[i + sep.len()..end]);
                end = i;
                left -= 1;
            }
            None => break,
        }
    }
    out.push(&b[..end]);
    out.reverse();
    Ok(out)
}

/// `bytes.splitlines(keepends)`: only `\n`, `\r` and `\r\n` break lines.
pub fn bytes_splitlines(b: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut out = Vec::new();
    let (mut i, mut start) = (0, 0);
    while i < b.len() {
        let c = b[i];
        if c != b'\n' && c != b'\r' {
            i += 1;
            continue;
        }
        let mut next = i + 1;
        if c == b'\r' && b.get(next) == Some(&b'\n') {
            next += 1;
        }
        out.push(&b[start..if keepends { next } else { i }]);
        start = next;
        i = next;
    }
    if start < b.len() {
        out.push(&b[start..]);
    }
    out
}

/// `bytes.strip(chars)`: ASCII whitespace when `chars` is `None`.
pub fn bytes_strip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    bytes_rstrip(bytes_lstrip(b, chars), chars)
}

/// `bytes.lstrip(chars)`.
pub fn bytes_lstrip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    let strip = |c: &u8| chars.map_or(byte_is_space(*c), |set| set.contains(c));
    let n = b.iter().take_while(|c| strip(c)).count();
    &b[n..]
}

/// `bytes.rstrip(chars)`.
pub fn bytes_rstrip<'a>(b: &'a [u8], chars: Option<&[u8]>) -> &'a [u8] {
    let strip = |c: &u8| chars.map_or(byte_is_space(*c), |set| set.contains(c));
    let n = b.iter().rev().take_while(|c| strip(c)).count();
    &b[..b.len() - n]
}

/// First occurrence of `needle` in `hay` (byte offset).
pub fn bytes_find_raw(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    if needle.len() > hay.len() {
        return None;
    }
    let first = needle[0];
    let last_start = hay.len() - needle.len();
    let mut i = 0;
    while i <= last_start {
        match hay[i..=last_start].iter().position(|&c| c == first) {
            Some(p) => i += p,
            None => return None,
        }
        if &hay[i..i + needle.len()] == needle {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Last occurrence of `needle` in `hay` (byte offset).
pub fn bytes_rfind_raw(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    (0..=hay.len() - needle.len())
        .rev()
        .find(|&i| &hay[i..i + needle.len()] == needle)
}

/// `bytes.find(sub, start, end)`.
pub fn bytes_find(b: &[u8], sub: &[u8], start: Option<isize>, end: Option<isize>) -> isize {
    let (start, end) = adjust_indices(start, end, b.len());
    if start > end {
        return -1;
    }
    bytes_find_raw(&b[start..end], sub).map_or(-1, |i| (start + i) as isize)
}

/// `bytes.rfind(sub, start, end)`.
pub fn bytes_rfind(b: &[u8], sub: &[u8], start: Option<isize>, end: Option<isize>) -> isize {
    let (start, end) = adjust_indices(start, end, b.len());
    if start > end {
        return -1;
    }
    bytes_rfind_raw(&b[start..end], sub).map_or(-1, |i| (start + i) as isize)
}

/// `bytes.count(sub, start, end)`.
pub fn bytes_count(b: &[u8], sub: &[u8], start: Option<isize>, end: Option<isize>) -> usize {
    let (start, end) = adjust_indices(start, end, b.len());
    if start > end {
        return 0;
    }
    let window = &b[start..end];
    if sub.is_empty() {
        return window.len() + 1;
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(p) = bytes_find_raw(&window[i..], sub) {
        n += 1;
        i += p + sub.len();
    }
    n
}

/// `bytes.replace(old, new, count)`.
pub fn bytes_replace(b: &[u8], old: &[u8], new: &[u8], count: isize) -> Vec<u8> {
    let limit = split_limit(count);
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        let mut done = 0;
        for &c in b {
            if done < limit {
                out.extend_from_slice(new);
                done += 1;
            }
            out.push(c);
        }
        if done < limit {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    let mut done = 0;
    while done < limit {
        match bytes_find_raw(&b[i..], old) {
            Some(p) => {
                out.extend_from_slice(&b[i..i + p]);
                out.extend_from_slice(new);
                i += p + old.len();
                done += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&b[i..]);
    out
}

/// `bytes.expandtabs(tabsize)`.
pub fn bytes_expandtabs(b: &[u8], tabsize: i32) -> Result<Vec<u8>, FormatError> {
    let tab = usize::try_from(tabsize).unwrap_or(0);
    let mut size: usize = 0;
    let mut column: usize = 0;
    for &c in b {
        if c == b'\t' {
            if tab > 0 {
                let incr = tab - column % tab;
                column += incr;
                size = size.checked_add(incr).ok_or_else(too_long)?;
            }
        } else {
            column += 1;
            size = size.checked_add(1).ok_or_else(too_long)?;
            if c == b'\n' || c == b'\r' {
                column = 0;
            }
        }
    }
    let mut out = Vec::new();
    out.try_reserve(size)
        .map_err(|_| FormatError::MemoryError)?;
    column = 0;
    for &c in b {
        if c == b'\t' {
            if tab > 0 {
                let incr = tab - column % tab;
                column += incr;
                out.extend(std::iter::repeat_n(b' ', incr));
            }
        } else {
            column += 1;
            out.push(c);
            if c == b'\n' || c == b'\r' {
                column = 0;
            }
        }
    }
    Ok(out)
}

fn bytes_pad(b: &[u8], left: usize, right: usize, fill: u8) -> Result<Vec<u8>, FormatError> {
    let size = left
        .checked_add(right)
        .and_then(|n| n.checked_add(b.len()))
        .ok_or(FormatError::MemoryError)?;
    let mut out = Vec::new();
    out.try_reserve(size)
        .map_err(|_| FormatError::MemoryError)?;
    out.extend(std::iter::repeat_n(fill, left));
    out.extend_from_slice(b);
    out.extend(std::iter::repeat_n(fill, right));
    Ok(out)
}

/// `bytes.center(width, fill)`.
pub fn bytes_center(b: &[u8], width: usize, fill: u8) -> Result<Vec<u8>, FormatError> {
    if b.len() >= width {
        return Ok(b.to_vec());
    }
    let marg = width - b.len();
    let left = marg / 2 + (marg & width & 1);
    bytes_pad(b, left, marg - left, fill)
}

/// `bytes.ljust(width, fill)`.
pub fn bytes_ljust(b: &[u8], width: usize, fill: u8) -> Result<Vec<u8>, FormatError> {
    bytes_pad(b, 0, width.saturating_sub(b.len()), fill)
}

/// `bytes.rjust(width, fill)`.
pub fn bytes_rjust(b: &[u8], width: usize, fill: u8) -> Result<Vec<u8>, FormatError> {
    bytes_pad(b, width.saturating_sub(b.len()), 0, fill)
}

/// `bytes.zfill(width)`.
pub fn bytes_zfill(b: &[u8], width: usize) -> Result<Vec<u8>, FormatError> {
    if b.len() >= width {
        return Ok(b.to_vec());
    }
    let split = usize::from(matches!(b.first(), Some(b'+' | b'-')));
    let mut out = bytes_pad(&b[split..], width - b.len(), 0, b'0')?;
    if split == 1 {
        out.insert(0, b[0]);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Generated by testdata/gen_strfuncs.py (the `b_` lines); see its docstring.
    const CASES: &str = include_str!("testdata/strfuncs_cases.txt");

    fn unhex(h: &str) -> Vec<u8> {
        (0..h.len() / 2)
            .map(|i| u8::from_str_radix(&h[2 * i..2 * i + 2], 16).expect("test data"))
            .collect()
    }

    fn hex(b: &[u8]) -> String {
        b.iter().map(|x| format!("{x:02x}")).collect()
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

    fn run_bytes(op: &str, b: &[u8], a: &[&str]) -> String {
        let arg = |i: usize| unhex(a[i]);
        match op {
            "b_swapcase" => hex(&bytes_swapcase(b)),
            "b_title" => hex(&bytes_title(b)),
            "b_capitalize" => hex(&bytes_capitalize(b)),
            "b_isalpha" => flag(bytes_isalpha(b)),
            "b_isalnum" => flag(bytes_isalnum(b)),
            "b_isdigit" => flag(bytes_isdigit(b)),
            "b_isspace" => flag(bytes_isspace(b)),
            "b_islower" => flag(bytes_islower(b)),
            "b_isupper" => flag(bytes_isupper(b)),
            "b_istitle" => flag(bytes_istitle(b)),
            "b_repr" => hex(bytes_repr(b).as_bytes()),
            "b_split_ws" => list(&bytes_split_whitespace(b, num(a[1]))),
            "b_rsplit_ws" => list(&bytes_rsplit_whitespace(b, num(a[1]))),
            "b_split_sep" => or_err(bytes_split_sep(b, &arg(1), num(a[2])), |v| list(&v)),
            "b_rsplit_sep" => or_err(bytes_rsplit_sep(b, &arg(1), num(a[2])), |v| list(&v)),
            "b_splitlines" => list(&bytes_splitlines(b, a[1] == "T")),
            "b_expandtabs" => or_err(bytes_expandtabs(b, num(a[1]) as i32), |v| hex(&v)),
            "b_center" => or_err(bytes_center(b, num(a[1]) as usize, b'*'), |v| hex(&v)),
            "b_zfill" => or_err(bytes_zfill(b, num(a[1]) as usize), |v| hex(&v)),
            "b_find" => bytes_find(b, &arg(1), idx(a[2]), idx(a[3])).to_string(),
            "b_rfind" => bytes_rfind(b, &arg(1), idx(a[2]), idx(a[3])).to_string(),
            "b_count" => bytes_count(b, &arg(1), idx(a[2]), idx(a[3])).to_string(),
            "b_replace" => hex(&bytes_replace(b, &arg(1), b"-", num(a[2]))),
            "b_strip" => {
                let chars = (a[1] != "N").then(|| arg(1));
                hex(bytes_strip(b, chars.as_deref()))
            }
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
            if !op.starts_with("b_") {
                continue;
            }
            let got = run_bytes(op, &unhex(args[0]), args);
            checked += 1;
            if &got != expected {
                failures.push(format!("{op} {args:?}: want {expected} got {got}"));
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

    #[test]
    fn huge_padding_is_an_error_not_an_abort() {
        assert!(bytes_zfill(b"1", usize::MAX).is_err());
        assert!(bytes_center(b"1", usize::MAX, b' ').is_err());
    }
}
