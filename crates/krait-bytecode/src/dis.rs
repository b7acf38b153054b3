//! A `dis`-like dump of code objects for debugging and golden tests. Mirrors the column
//! layout of CPython's `Lib/dis.py` (`dis.dis`), printing Krait's own opcodes.

use std::fmt::Write;

use crate::code::{CodeObject, Constant};
use crate::opcode::{BinaryOp, CompareOp, Opcode};

/// The repr-like text of a constant, as `dis` shows it in the argument column.
pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(i) => i.to_string(),
        Constant::Float(f) => format!("{f:?}"),
        Constant::Complex { re, im } => format!("({re:?}+{im:?}j)"),
        Constant::Str(s) => format!("{s:?}"),
        Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(constant_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::FrozenSet(items) => {
            let parts: Vec<String> = items.iter().map(constant_repr).collect();
            format!("frozenset({{{}}})", parts.join(", "))
        }
        Constant::Code(code) => format!("<code object {}>", code.name),
    }
}

/// What an instruction's argument refers to: the row of CPython's `hasconst`, `hasname`,
/// `haslocal`, `hasfree`, `hasjabs`, `hascompare` lists an opcode belongs to, plus the
/// opcodes whose argument `dis` spells out in words. The text disassembler below and the
/// `_dis` module both read argument meanings from here.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgKind {
    /// The opcode takes no argument.
    None,
    /// An argument `dis` shows as a bare number.
    Plain,
    /// An index into `co_consts`.
    Const,
    /// An index into `co_names`.
    Name,
    /// `LOAD_GLOBAL`: `co_names[arg >> 1]`, pushing NULL first when `arg & 1`.
    GlobalName,
    /// A fast slot of a plain local.
    Local,
    /// A fast slot of a cell or free variable.
    Free,
    /// An absolute instruction index.
    Jump,
    /// A `CompareOp`.
    Compare,
    /// A `BinaryOp`.
    BinaryOp,
    /// `FORMAT_VALUE` conversion and spec bits.
    FormatValue,
    /// `MAKE_FUNCTION` flag bits.
    MakeFunction,
}

/// The meaning of `op`'s argument.
pub fn arg_kind(op: Opcode) -> ArgKind {
    use Opcode::*;
    match op {
        _ if !op.has_arg() => ArgKind::None,
        _ if op.is_jump() => ArgKind::Jump,
        LOAD_CONST | KW_NAMES => ArgKind::Const,
        LOAD_NAME | STORE_NAME | DELETE_NAME | STORE_GLOBAL | DELETE_GLOBAL | LOAD_ATTR
        | STORE_ATTR | DELETE_ATTR | LOAD_METHOD | IMPORT_NAME | IMPORT_FROM => ArgKind::Name,
        LOAD_GLOBAL => ArgKind::GlobalName,
        LOAD_FAST | STORE_FAST | DELETE_FAST => ArgKind::Local,
        LOAD_DEREF | LOAD_CLASSDEREF | STORE_DEREF | DELETE_DEREF | LOAD_CLOSURE => ArgKind::Free,
        COMPARE_OP => ArgKind::Compare,
        BINARY_OP => ArgKind::BinaryOp,
        FORMAT_VALUE => ArgKind::FormatValue,
        MAKE_FUNCTION => ArgKind::MakeFunction,
        _ => ArgKind::Plain,
    }
}

/// The names `dis` gives the `MAKE_FUNCTION` flag bits, lowest bit first.
pub const MAKE_FUNCTION_FLAGS: [&str; 4] = ["defaults", "kwdefaults", "annotations", "closure"];

/// The `argrepr` of a `FORMAT_VALUE` argument: the conversion, then `with format`.
pub fn format_value_repr(arg: u32) -> String {
    let conv = ["", "str", "repr", "ascii"][(arg & 3) as usize];
    match (
        conv.is_empty(),
        arg & crate::opcode::format_value::HAVE_SPEC != 0,
    ) {
        (_, false) => conv.to_string(),
        (true, true) => "with format".to_string(),
        (false, true) => format!("{conv}, with format"),
    }
}

/// The `argrepr` of a `MAKE_FUNCTION` argument: its flag names joined by `, `.
pub fn make_function_repr(arg: u32) -> String {
    MAKE_FUNCTION_FLAGS
        .iter()
        .enumerate()
        .filter(|(i, _)| arg & (1 << i) != 0)
        .map(|(_, s)| *s)
        .collect::<Vec<_>>()
        .join(", ")
}

fn arg_description(code: &CodeObject, op: Opcode, arg: u32) -> String {
    let name = |i: u32| {
        code.names
            .get(i as usize)
            .map(|s| s.to_string())
            .unwrap_or_default()
    };
    match arg_kind(op) {
        ArgKind::Const => code
            .constants
            .get(arg as usize)
            .map(constant_repr)
            .unwrap_or_default(),
        ArgKind::Local | ArgKind::Free => {
            if (arg as usize) < code.nlocalsplus() {
                code.localsplus_name(arg as usize).to_string()
            } else {
                String::new()
            }
        }
        ArgKind::Name => name(arg),
        ArgKind::GlobalName => {
            if arg & 1 == 1 {
                format!("NULL + {}", name(arg >> 1))
            } else {
                name(arg >> 1)
            }
        }
        ArgKind::BinaryOp => BinaryOp::from_arg(arg)
            .map(|b| b.symbol().to_string())
            .unwrap_or_default(),
        ArgKind::Compare => CompareOp::from_arg(arg)
            .map(|c| c.symbol().to_string())
            .unwrap_or_default(),
        ArgKind::Jump => format!("to {arg}"),
        ArgKind::None | ArgKind::Plain | ArgKind::FormatValue | ArgKind::MakeFunction => {
            String::new()
        }
    }
}

/// Disassemble `code` and, recursively, the code objects among its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &CodeObject, out: &mut String) {
    let targets: std::collections::HashSet<u32> = code
        .instructions
        .iter()
        .filter(|i| i.op.is_jump())
        .map(|i| i.arg)
        .collect();
    let handler_targets: std::collections::HashSet<u32> =
        code.exception_table.iter().map(|e| e.target).collect();
    let mut last_line = 0;
    for (i, ins) in code.instructions.iter().enumerate() {
        let line = code.line_of(i);
        if line != last_line && line != 0 {
            if i > 0 {
                out.push('\n');
            }
            let _ = write!(out, "{line:>4}");
            last_line = line;
        } else {
            out.push_str("    ");
        }
        let marker = if targets.contains(&(i as u32)) || handler_targets.contains(&(i as u32)) {
            ">>"
        } else {
            "  "
        };
        let _ = write!(out, "       {marker} {i:>4} {:<28}", ins.op.name());
        if ins.op.has_arg() {
            let _ = write!(out, " {:<4}", ins.arg);
            let desc = arg_description(code, ins.op, ins.arg);
            if !desc.is_empty() {
                let _ = write!(out, " ({desc})");
            }
        }
        let trimmed = out.trim_end_matches(' ').len();
        out.truncate(trimmed);
        out.push('\n');
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start,
                e.end,
                e.target,
                e.depth,
                if e.push_lasti { " lasti" } else { "" }
            );
        }
    }
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            let _ = writeln!(out, "\nDisassembly of <code object {}>:", inner.name);
            disassemble_into(inner, out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every opcode's argument has exactly one meaning, consistent with the opcode table.
    #[test]
    fn arg_kinds_agree_with_the_opcode_table() {
        for op in Opcode::ALL {
            let kind = arg_kind(*op);
            assert_eq!(kind == ArgKind::None, !op.has_arg(), "{}", op.name());
            assert_eq!(kind == ArgKind::Jump, op.is_jump(), "{}", op.name());
        }
        assert_eq!(arg_kind(Opcode::LOAD_GLOBAL), ArgKind::GlobalName);
        assert_eq!(arg_kind(Opcode::LOAD_CLOSURE), ArgKind::Free);
    }

    #[test]
    fn flag_descriptions() {
        assert_eq!(format_value_repr(0), "");
        assert_eq!(format_value_repr(2), "repr");
        assert_eq!(format_value_repr(4), "with format");
        assert_eq!(format_value_repr(7), "ascii, with format");
        assert_eq!(make_function_repr(0), "");
        assert_eq!(make_function_repr(9), "defaults, closure");
    }
}
