//! Checks on a program of code words before it runs: `validate` for code handed to
//! `_sre.compile` directly (CPython's `_validate`), so the matcher never reads outside it.

use super::compile::*;

pub(super) const INFO_PREFIX: u32 = 1;
pub(super) const INFO_LITERAL: u32 = 2;
pub(super) const INFO_CHARSET: u32 = 4;

/// The opcodes made of the opcode and one argument that is neither a skip nor a group:
/// a position check, a category or a literal in any of its case forms.
pub(super) fn one_argument(op: u32) -> bool {
    matches!(
        op,
        AT | CATEGORY
            | LITERAL
            | NOT_LITERAL
            | LITERAL_IGNORE
            | NOT_LITERAL_IGNORE
            | LITERAL_UNI_IGNORE
            | NOT_LITERAL_UNI_IGNORE
            | LITERAL_LOC_IGNORE
            | NOT_LITERAL_LOC_IGNORE
    )
}

/// Whether `code` is a program the matcher can run without reading outside it: every
/// opcode known, every argument and skip inside its block, blocks ending where the matcher
/// expects (`SUCCESS`, an UNTIL), marks and group references within `groups` (the checks of
/// CPython's `_validate`, raised there as "invalid SRE code"). Programs from `compile.rs`
/// always pass; this guards code handed to `_sre.compile` directly.
pub fn validate(code: &[u32], groups: usize) -> bool {
    code.last() == Some(&SUCCESS) && valid_block(code, 0, code.len() - 1, groups, 0)
}

fn valid_block(code: &[u32], mut pc: usize, end: usize, groups: usize, depth: usize) -> bool {
    if depth > 400 || end > code.len() {
        return false;
    }
    // The word at `i`, when it lies inside the block.
    let word = |i: usize| (i < end).then(|| code[i] as usize);
    // A sub-block `[from, to)` that must be followed (at `to`) by one of `closers`.
    let sub = |from: usize, to: usize, closers: &[u32]| {
        to < end
            && from <= to
            && closers.contains(&code[to])
            && valid_block(code, from, to, groups, depth + 1)
    };
    while pc < end {
        let op = code[pc];
        match op {
            FAILURE | SUCCESS | ANY | ANY_ALL | MAX_UNTIL | MIN_UNTIL => pc += 1,
            op if one_argument(op) => {
                if word(pc + 1).is_none() {
                    return false;
                }
                pc += 2;
            }
            MARK => match word(pc + 1) {
                Some(m) if m < 2 * (groups + 1) => pc += 2,
                _ => return false,
            },
            GROUPREF | GROUPREF_IGNORE | GROUPREF_UNI_IGNORE | GROUPREF_LOC_IGNORE => {
                match word(pc + 1) {
                    Some(g) if g <= groups => pc += 2,
                    _ => return false,
                }
            }
            // Jumps only end branch alternatives and the yes-arm of a conditional (checked
            // there): one anywhere else could land inside an instruction.
            JUMP => return false,
            GROUPREF_EXISTS => {
                let (Some(g), Some(skip)) = (word(pc + 1), word(pc + 2)) else {
                    return false;
                };
                let no = pc + 1 + skip;
                if g > groups || skip < 2 || no > end {
                    return false;
                }
                // <GROUPREF_EXISTS> <group> <skip> yes [<JUMP> <skip> no]
                if no >= pc + 5 && code[no - 2] == JUMP {
                    let after = no - 1 + code[no - 1] as usize;
                    if after > end
                        || after < no
                        || !valid_block(code, pc + 3, no - 2, groups, depth + 1)
                        || !valid_block(code, no, after, groups, depth + 1)
                    {
                        return false;
                    }
                    pc = after;
                } else {
                    if !valid_block(code, pc + 3, no, groups, depth + 1) {
                        return false;
                    }
                    pc = no;
                }
            }
            IN | IN_IGNORE | IN_UNI_IGNORE | IN_LOC_IGNORE => match word(pc + 1) {
                Some(skip) if skip >= 2 && pc + 1 + skip <= end => {
                    if !valid_set(code, pc + 2, pc + 1 + skip) {
                        return false;
                    }
                    pc += 1 + skip;
                }
                _ => return false,
            },
            INFO => {
                let (Some(skip), Some(flags)) = (word(pc + 1), word(pc + 2)) else {
                    return false;
                };
                let next = pc + 1 + skip;
                if skip < 4 || next > end {
                    return false;
                }
                if flags as u32 & INFO_PREFIX != 0 {
                    let (Some(len), Some(pskip)) = (word(pc + 5), word(pc + 6)) else {
                        return false;
                    };
                    let overlap = pc + 7 + len;
                    // The matcher skips `pskip` LITERAL ops after the block.
                    let literals_follow =
                        (0..pskip).all(|k| next + 2 * k + 1 < end && code[next + 2 * k] == LITERAL);
                    // A whole-literal pattern (INFO_LITERAL) is matched by the search
                    // alone, so its skip covers the prefix.
                    let whole = flags as u32 & INFO_LITERAL == 0 || pskip == len;
                    if len == 0 || pskip > len || overlap + len > next || !literals_follow || !whole
                    {
                        return false;
                    }
                    // The search reads entry i - 1 after matching i characters and goes
                    // back to that many: always fewer, or it would not advance.
                    let table = &code[overlap..overlap + len];
                    if (1..=len).any(|i| table[i - 1] as usize >= i) {
                        return false;
                    }
                } else if flags as u32 & INFO_CHARSET != 0 && !valid_set(code, pc + 5, next) {
                    return false;
                }
                pc = next;
            }
            BRANCH => {
                // <BRANCH> (<skip> alternative <JUMP> <to the end>)... <0>
                let mut a = pc + 1;
                let mut targets = Vec::new();
                loop {
                    let Some(skip) = word(a) else {
                        return false;
                    };
                    if skip == 0 {
                        break;
                    }
                    if skip < 3
                        || a + skip > end
                        || code[a + skip - 2] != JUMP
                        || !valid_block(code, a + 1, a + skip - 2, groups, depth + 1)
                    {
                        return false;
                    }
                    targets.push(a + skip - 1 + code[a + skip - 1] as usize);
                    a += skip;
                }
                pc = a + 1;
                if targets.iter().any(|&t| t != pc) {
                    return false;
                }
            }
            REPEAT_ONE | MIN_REPEAT_ONE | POSSESSIVE_REPEAT_ONE | REPEAT | POSSESSIVE_REPEAT => {
                let (Some(skip), Some(min), Some(max)) = (word(pc + 1), word(pc + 2), word(pc + 3))
                else {
                    return false;
                };
                let next = pc + 1 + skip;
                // The item ends with SUCCESS inside the skip (the *_ONE forms), or the skip
                // lands on the UNTIL (REPEAT) or SUCCESS (POSSESSIVE_REPEAT) after it.
                let ok = skip >= 3
                    && min <= max
                    && match op {
                        REPEAT => sub(pc + 4, next, &[MAX_UNTIL, MIN_UNTIL]),
                        POSSESSIVE_REPEAT => sub(pc + 4, next, &[SUCCESS]),
                        _ => skip >= 4 && sub(pc + 4, next - 1, &[SUCCESS]),
                    };
                if !ok {
                    return false;
                }
                pc = next + usize::from(op == POSSESSIVE_REPEAT);
            }
            ASSERT | ASSERT_NOT => {
                let (Some(skip), Some(_back)) = (word(pc + 1), word(pc + 2)) else {
                    return false;
                };
                let next = pc + 1 + skip;
                if skip < 3 || next > end || !sub(pc + 3, next - 1, &[SUCCESS]) {
                    return false;
                }
                pc = next;
            }
            ATOMIC_GROUP => {
                let Some(skip) = word(pc + 1) else {
                    return false;
                };
                let next = pc + 1 + skip;
                if skip < 2 || next > end || !sub(pc + 2, next - 1, &[SUCCESS]) {
                    return false;
                }
                pc = next;
            }
            _ => return false,
        }
    }
    pc == end
}

/// A character set's code in `[pc, end)`, ending with FAILURE.
fn valid_set(code: &[u32], mut pc: usize, end: usize) -> bool {
    while pc < end {
        let need = match code[pc] {
            FAILURE => return pc + 1 == end,
            NEGATE => 1,
            LITERAL | CATEGORY => 2,
            RANGE | RANGE_UNI_IGNORE => {
                if pc + 2 >= end || code[pc + 1] > code[pc + 2] {
                    return false;
                }
                3
            }
            CHARSET => 9,
            BIGCHARSET => {
                if pc + 1 >= end {
                    return false;
                }
                let blocks = code[pc + 1] as usize;
                if pc + 2 + 64 > end {
                    return false;
                }
                let indices_ok = code[pc + 2..pc + 66]
                    .iter()
                    .all(|w| w.to_le_bytes().iter().all(|&b| (b as usize) < blocks));
                if !indices_ok {
                    return false;
                }
                2 + 64 + blocks * 8
            }
            _ => return false,
        };
        if pc + need > end {
            return false;
        }
        pc += need;
    }
    false
}
