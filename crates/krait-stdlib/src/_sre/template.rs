//! Replacement templates of `sub`/`subn`/`Match.expand`: literal text with `\1`, `\g<name>`
//! and escapes, parsed once with CPython 3.11's rules and errors, then filled per match.

use krait_vm::{PyRef, PyResult, Vm};

use super::objects::PatternData;
use super::subject::Subject;

enum Piece {
    /// Literal code points (str templates) or bytes (bytes templates, each in 0..=255).
    Text(Vec<u32>),
    Group(usize),
}

pub struct Template {
    pieces: Vec<Piece>,
    is_bytes: bool,
}

/// `re.error(msg, template, pos)`.
pub fn re_error(vm: &Vm, msg: String, pattern: &PyRef, pos: usize) -> PyRef {
    let err = krait_vm::import::import_module(vm, "re._constants")
        .and_then(|m| krait_vm::protocols::attr::getattr_str(vm, &m, "error"));
    match err {
        Ok(cls) => match krait_vm::protocols::call::call(
            vm,
            &cls,
            &[vm.string(msg), pattern.clone(), vm.usize(pos)],
        ) {
            Ok(e) => e,
            Err(e) => e,
        },
        Err(e) => e,
    }
}

/// `re.error(msg)` without a pattern position.
pub fn re_error_nopos(vm: &Vm, msg: String) -> PyRef {
    let err = krait_vm::import::import_module(vm, "re._constants")
        .and_then(|m| krait_vm::protocols::attr::getattr_str(vm, &m, "error"));
    match err {
        Ok(cls) => {
            krait_vm::protocols::call::call(vm, &cls, &[vm.string(msg)]).unwrap_or_else(|e| e)
        }
        Err(e) => e,
    }
}

fn is_octal(c: u32) -> bool {
    (b'0' as u32..=b'7' as u32).contains(&c)
}

fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

fn to_text(cs: &[u32]) -> String {
    cs.iter().filter_map(|c| char::from_u32(*c)).collect()
}

impl Template {
    /// Parse `template` (a str or bytes-like object) for pattern `p`.
    pub fn parse(vm: &Vm, p: &PatternData, template: &PyRef) -> PyResult<Template> {
        // The template keeps its own kind (a str template for a bytes pattern gives str
        // pieces, which fail when joined, as in CPython).
        let (chars, is_bytes): (Vec<u32>, bool) = match template.as_str() {
            Some(s) => (s.chars().map(u32::from).collect(), false),
            None => {
                let b =
                    krait_vm::objects::bytes::bytes_from_object(vm, template).map_err(|_| {
                        vm.type_error(format!(
                            "decoding to str: need a bytes-like object, {} found",
                            vm.type_name(template)
                        ))
                    })?;
                (b.into_iter().map(u32::from).collect(), true)
            }
        };
        let err = |msg: String, pos: usize| re_error(vm, msg, template, pos);
        let mut pieces: Vec<Piece> = Vec::new();
        let mut text: Vec<u32> = Vec::new();
        let flush = |text: &mut Vec<u32>, pieces: &mut Vec<Piece>| {
            if !text.is_empty() {
                pieces.push(Piece::Text(std::mem::take(text)));
            }
        };
        let n = chars.len();
        let mut i = 0;
        while i < n {
            let c = chars[i];
            if c != b'\\' as u32 {
                text.push(c);
                i += 1;
                continue;
            }
            let Some(&d) = chars.get(i + 1) else {
                return Err(err("bad escape (end of pattern)".into(), i));
            };
            let group = |index: usize, pos: usize| -> PyResult<usize> {
                if index > p.groups {
                    return Err(err(format!("invalid group reference {index}"), pos));
                }
                Ok(index)
            };
            match char::from_u32(d).unwrap_or('\0') {
                'g' => {
                    if chars.get(i + 2) != Some(&(b'<' as u32)) {
                        return Err(err("missing <".into(), i + 2));
                    }
                    let name_start = i + 3;
                    let close = chars[name_start..].iter().position(|&c| c == b'>' as u32);
                    let name = match close {
                        Some(k) => &chars[name_start..name_start + k],
                        None if name_start >= n => {
                            return Err(err("missing group name".into(), name_start))
                        }
                        None => return Err(err("missing >, unterminated name".into(), name_start)),
                    };
                    if name.is_empty() {
                        return Err(err("missing group name".into(), name_start));
                    }
                    let name_text = to_text(name);
                    let index = if name.iter().all(|&c| is_digit(c)) {
                        let v = name_text.parse::<u128>().unwrap_or(u128::MAX);
                        group(v.min(usize::MAX as u128) as usize, name_start)?
                    } else if is_identifier(&name_text) {
                        match p.groupindex.iter().find(|(g, _)| *g == name_text) {
                            Some((_, i)) => *i,
                            None => {
                                return Err(
                                    vm.index_error(format!("unknown group name '{name_text}'"))
                                )
                            }
                        }
                    } else {
                        let shown = krait_vm::protocols::repr::repr(vm, &vm.str(&name_text))?;
                        return Err(err(
                            format!(
                                "bad character in group name {}",
                                shown.as_str().unwrap_or("")
                            ),
                            name_start,
                        ));
                    };
                    flush(&mut text, &mut pieces);
                    pieces.push(Piece::Group(index));
                    i = name_start + name.len() + 1;
                }
                '0' => {
                    let mut v = 0u32;
                    let mut j = i + 2;
                    while j < n && j < i + 4 && is_octal(chars[j]) {
                        v = v * 8 + (chars[j] - b'0' as u32);
                        j += 1;
                    }
                    text.push(v);
                    i = j;
                }
                '1'..='9' => {
                    let second = chars.get(i + 2).copied().filter(|c| is_digit(*c));
                    let third = chars.get(i + 3).copied();
                    if let (Some(s), Some(t)) = (second, third) {
                        if is_octal(d) && is_octal(s) && is_octal(t) {
                            let v = (d - 48) * 64 + (s - 48) * 8 + (t - 48);
                            if v > 0o377 {
                                return Err(err(
                                    format!(
                                        "octal escape value \\{} outside of range 0-0o377",
                                        to_text(&chars[i + 1..i + 4])
                                    ),
                                    i,
                                ));
                            }
                            text.push(v);
                            i += 4;
                            continue;
                        }
                    }
                    let (index, len) = match second {
                        Some(s) => (((d - 48) * 10 + (s - 48)) as usize, 2),
                        None => ((d - 48) as usize, 1),
                    };
                    let index = group(index, i + 1)?;
                    flush(&mut text, &mut pieces);
                    pieces.push(Piece::Group(index));
                    i += 1 + len;
                }
                e @ ('a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' | '\\') => {
                    text.push(match e {
                        'a' => 7,
                        'b' => 8,
                        'f' => 12,
                        'n' => 10,
                        'r' => 13,
                        't' => 9,
                        'v' => 11,
                        _ => b'\\' as u32,
                    });
                    i += 2;
                }
                e if e.is_ascii_alphabetic() => {
                    return Err(err(format!("bad escape \\{e}"), i));
                }
                _ => {
                    text.push(b'\\' as u32);
                    text.push(d);
                    i += 2;
                }
            }
        }
        flush(&mut text, &mut pieces);
        Ok(Template { pieces, is_bytes })
    }

    /// The replacement for a match with group spans `regs` (unmatched groups give nothing).
    pub fn expand_regs(&self, vm: &Vm, subject: &Subject<'_>, regs: &[(isize, isize)]) -> PyResult {
        let subject_bytes = matches!(subject, Subject::Bytes(_));
        if self.is_bytes != subject_bytes {
            // CPython joins the literal pieces with the matched groups: the first literal
            // of the other kind fails.
            if let Some(k) = self.pieces.iter().position(|p| matches!(p, Piece::Text(_))) {
                return Err(vm.type_error(format!(
                    "sequence item {k}: {}",
                    if subject_bytes {
                        "expected a bytes-like object, str found"
                    } else {
                        "expected str instance, bytes found"
                    }
                )));
            }
        }
        if subject_bytes {
            let mut out: Vec<u8> = Vec::new();
            for piece in &self.pieces {
                match piece {
                    Piece::Text(t) => out.extend(t.iter().map(|c| *c as u8)),
                    Piece::Group(g) => {
                        let (a, b) = regs[*g];
                        if a >= 0 {
                            if let Subject::Bytes(s) = subject {
                                out.extend_from_slice(&s[a as usize..b as usize]);
                            }
                        }
                    }
                }
            }
            return Ok(vm.bytes_vec(out));
        }
        let mut out = String::new();
        for piece in &self.pieces {
            match piece {
                Piece::Text(t) => out.push_str(&to_text(t)),
                Piece::Group(g) => {
                    let (a, b) = regs[*g];
                    if a >= 0 {
                        let s = subject.slice(vm, a as usize, b as usize);
                        out.push_str(s.as_str().unwrap_or(""));
                    }
                }
            }
        }
        Ok(vm.string(out))
    }
}

/// `str.isidentifier()` for group names.
fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if c == '_' || c.is_alphabetic() => {}
        _ => return false,
    }
    chars.all(|c| c == '_' || c.is_alphanumeric())
}
