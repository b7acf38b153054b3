//! Character tests of the matcher: set membership (`SRE(charset)`), the case mappings of
//! IGNORECASE in its ASCII, locale and Unicode forms, the `\d \s \w` categories, and the
//! per-program tables that answer set membership for the first 256 characters at once.

use super::compile::*;
use super::program::{one_argument, INFO_CHARSET, INFO_PREFIX};

/// Whether `ch` is in the set whose code starts at `code[i]` (`SRE(charset)`).
pub(super) fn in_set(code: &[u32], mut i: usize, ch: u32) -> bool {
    let mut ok = true;
    loop {
        match code[i] {
            FAILURE => return !ok,
            LITERAL => {
                if ch == code[i + 1] {
                    return ok;
                }
                i += 2;
            }
            CATEGORY => {
                if category(code[i + 1], ch) {
                    return ok;
                }
                i += 2;
            }
            CHARSET => {
                if ch < 256 && code[i + 1 + (ch >> 5) as usize] & (1 << (ch & 31)) != 0 {
                    return ok;
                }
                i += 9;
            }
            RANGE => {
                if code[i + 1] <= ch && ch <= code[i + 2] {
                    return ok;
                }
                i += 3;
            }
            RANGE_UNI_IGNORE => {
                if code[i + 1] <= ch && ch <= code[i + 2] {
                    return ok;
                }
                let up = upper_unicode(ch);
                if code[i + 1] <= up && up <= code[i + 2] {
                    return ok;
                }
                i += 3;
            }
            NEGATE => {
                ok = !ok;
                i += 1;
            }
            BIGCHARSET => {
                // <BIGCHARSET> <blocks> <256 block indices as bytes> <blocks of 256 bits>
                let blocks = code[i + 1] as usize;
                i += 2;
                if ch < 0x10000 {
                    let k = (ch >> 8) as usize;
                    let block = ((code[i + k / 4] >> ((k % 4) * 8)) & 0xff) as usize;
                    let word = code[i + 64 + block * 8 + ((ch & 255) >> 5) as usize];
                    if word & (1 << (ch & 31)) != 0 {
                        return ok;
                    }
                }
                i += 64 + blocks * 8;
            }
            _ => return false,
        }
    }
}

pub(super) fn lower_ascii(ch: u32) -> u32 {
    if (b'A' as u32..=b'Z' as u32).contains(&ch) {
        ch + 32
    } else {
        ch
    }
}

fn upper_ascii(ch: u32) -> u32 {
    if (b'a' as u32..=b'z' as u32).contains(&ch) {
        ch - 32
    } else {
        ch
    }
}

/// The C library's `tolower`/`toupper` in the UTF-8 locales Krait runs under change only
/// ASCII letters.
pub(super) fn lower_locale(ch: u32) -> u32 {
    lower_ascii(ch)
}

pub(super) fn upper_locale(ch: u32) -> u32 {
    upper_ascii(ch)
}

pub(super) fn char_loc_ignore(pattern: u32, ch: u32) -> bool {
    ch == pattern || lower_locale(ch) == pattern || upper_locale(ch) == pattern
}

/// `Py_UNICODE_TOLOWER`, the simple lower case mapping.
pub(super) fn lower_unicode(ch: u32) -> u32 {
    if ch < 128 {
        return lower_ascii(ch);
    }
    unicode_tolower(ch)
}

/// `Py_UNICODE_TOUPPER`, the simple upper case mapping.
fn upper_unicode(ch: u32) -> u32 {
    if ch < 128 {
        return upper_ascii(ch);
    }
    char::from_u32(ch).map_or(ch, |c| rustpython_unicode::case::simple_uppercase(c) as u32)
}

const UNI_DIGIT: u8 = 1;
const UNI_SPACE: u8 = 2;
const UNI_WORD: u8 = 4;

/// The Unicode classes of the first 256 code points, for one lookup per character.
static LATIN1: std::sync::LazyLock<[u8; 256]> = std::sync::LazyLock::new(|| {
    use krait_vm::format::strfuncs;
    let mut t = [0u8; 256];
    for (i, slot) in t.iter_mut().enumerate() {
        let c = char::from(i as u8);
        if strfuncs::is_decimal(c) {
            *slot |= UNI_DIGIT;
        }
        if strfuncs::is_space(c) {
            *slot |= UNI_SPACE;
        }
        if c == '_' || strfuncs::is_alnum(c) {
            *slot |= UNI_WORD;
        }
    }
    t
});

fn uni_class(ch: u32, class: u8) -> bool {
    use krait_vm::format::strfuncs;
    if ch < 256 {
        return LATIN1[ch as usize] & class != 0;
    }
    let Some(c) = char::from_u32(ch) else {
        return false;
    };
    match class {
        UNI_DIGIT => strfuncs::is_decimal(c),
        UNI_SPACE => strfuncs::is_space(c),
        _ => strfuncs::is_alnum(c),
    }
}

pub(super) fn is_word(ch: u32) -> bool {
    ch < 128 && (ch == '_' as u32 || (ch as u8).is_ascii_alphanumeric())
}

pub(super) fn is_loc_word(ch: u32) -> bool {
    is_word(ch)
}

pub(super) fn is_uni_word(ch: u32) -> bool {
    uni_class(ch, UNI_WORD)
}

fn is_uni_linebreak(ch: u32) -> bool {
    matches!(ch, 0x0a..=0x0d | 0x1c..=0x1e | 0x85 | 0x2028 | 0x2029)
}

/// `sre_category`: the character classes `\d \s \w` and line breaks in their ASCII,
/// locale and Unicode forms.
pub(super) fn category(code: u32, ch: u32) -> bool {
    let ascii_space = |c: u32| matches!(c, 0x09..=0x0d | 0x20);
    match code {
        0 => ch < 128 && (ch as u8).is_ascii_digit(),
        1 => !(ch < 128 && (ch as u8).is_ascii_digit()),
        2 => ascii_space(ch),
        3 => !ascii_space(ch),
        4 => is_word(ch),
        5 => !is_word(ch),
        6 => ch == '\n' as u32,
        7 => ch != '\n' as u32,
        8 => is_loc_word(ch),
        9 => !is_loc_word(ch),
        10 => uni_class(ch, UNI_DIGIT),
        11 => !uni_class(ch, UNI_DIGIT),
        12 => uni_class(ch, UNI_SPACE),
        13 => !uni_class(ch, UNI_SPACE),
        14 => is_uni_word(ch),
        15 => !is_uni_word(ch),
        16 => is_uni_linebreak(ch),
        17 => !is_uni_linebreak(ch),
        _ => false,
    }
}

/// The answers of every character set in a program for the first 256 characters, looked
/// up in place of walking the set's code (`in_set`) for each character.
#[derive(Default)]
pub struct SetTables {
    /// For each code position where a set's code starts, its row in `bits` + 1 (0: none).
    index: Vec<u32>,
    bits: Vec<[u64; 4]>,
}

impl SetTables {
    pub fn new(code: &[u32]) -> SetTables {
        let mut t = SetTables {
            index: vec![0; code.len() + 1],
            bits: Vec::new(),
        };
        t.walk(code, 0, code.len(), 0);
        t
    }

    fn add(&mut self, code: &[u32], at: usize) {
        if at >= code.len() || self.index[at] != 0 {
            return;
        }
        let mut row = [0u64; 4];
        for ch in 0..256u32 {
            if in_set(code, at, ch) {
                row[(ch >> 6) as usize] |= 1 << (ch & 63);
            }
        }
        self.bits.push(row);
        self.index[at] = self.bits.len() as u32;
    }

    /// Find the sets in `code[pc..end]`, following the layout of each opcode; stops at
    /// anything it does not know (the tables are only a shortcut).
    fn walk(&mut self, code: &[u32], mut pc: usize, end: usize, depth: usize) {
        let end = end.min(code.len());
        if depth > 200 {
            return;
        }
        let arg = |pc: usize| code.get(pc + 1).map_or(0, |&w| w as usize);
        while pc < end {
            match code[pc] {
                FAILURE | SUCCESS | ANY | ANY_ALL | MAX_UNTIL | MIN_UNTIL => pc += 1,
                op if one_argument(op) => pc += 2,
                GROUPREF | GROUPREF_IGNORE | GROUPREF_UNI_IGNORE | GROUPREF_LOC_IGNORE | MARK
                | JUMP => pc += 2,
                GROUPREF_EXISTS => pc += 3,
                IN | IN_IGNORE | IN_UNI_IGNORE | IN_LOC_IGNORE => {
                    self.add(code, pc + 2);
                    pc += 1 + arg(pc).max(1);
                }
                INFO => {
                    let flags = code.get(pc + 2).copied().unwrap_or(0);
                    if flags & INFO_PREFIX == 0 && flags & INFO_CHARSET != 0 {
                        self.add(code, pc + 5);
                    }
                    pc += 1 + arg(pc).max(1);
                }
                BRANCH => {
                    let mut a = pc + 1;
                    while a < end && code[a] != 0 {
                        self.walk(code, a + 1, a + code[a] as usize, depth + 1);
                        a += code[a] as usize;
                    }
                    pc = a + 1;
                }
                REPEAT_ONE
                | MIN_REPEAT_ONE
                | POSSESSIVE_REPEAT_ONE
                | REPEAT
                | POSSESSIVE_REPEAT => {
                    let next = pc + 1 + arg(pc).max(1);
                    self.walk(code, pc + 4, next, depth + 1);
                    pc = next;
                }
                ASSERT | ASSERT_NOT => {
                    let next = pc + 1 + arg(pc).max(1);
                    self.walk(code, pc + 3, next, depth + 1);
                    pc = next;
                }
                ATOMIC_GROUP => {
                    let next = pc + 1 + arg(pc).max(1);
                    self.walk(code, pc + 2, next, depth + 1);
                    pc = next;
                }
                _ => return,
            }
        }
    }

    /// `in_set(code, at, ch)` from the table when there is one.
    #[inline(always)]
    pub(super) fn lookup(&self, at: usize, ch: u32) -> Option<bool> {
        if ch < 256 {
            let row = *self.index.get(at)?;
            if row != 0 {
                let bits = &self.bits[row as usize - 1];
                return Some(bits[(ch >> 6) as usize] & (1 << (ch & 63)) != 0);
            }
        }
        None
    }
}
