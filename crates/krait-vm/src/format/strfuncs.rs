//! Pure str and bytes helpers: Unicode character properties as CPython 3.11 defines them
//! (Objects/unicodectype.c over its Unicode 14.0 database), repr, case mapping, splitting and
//! the other str methods whose rules are intricate. Mirrors Objects/unicodeobject.c and
//! Objects/bytes_methods.c.

use super::unicode_tables as tables;

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
