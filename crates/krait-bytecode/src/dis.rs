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

fn arg_description(code: &CodeObject, op: Opcode, arg: u32) -> String {
    use Opcode::*;
    let name = |i: u32| {
        code.names
            .get(i as usize)
            .map(|s| s.to_string())
            .unwrap_or_default()
    };
    match op {
        LOAD_CONST | KW_NAMES => code
            .constants
            .get(arg as usize)
            .map(constant_repr)
            .unwrap_or_default(),
        LOAD_FAST | STORE_FAST | DELETE_FAST | LOAD_DEREF | LOAD_CLASSDEREF | STORE_DEREF
        | DELETE_DEREF | LOAD_CLOSURE => {
            if (arg as usize) < code.nlocalsplus() {
                code.localsplus_name(arg as usize).to_string()
            } else {
                String::new()
            }
        }
        LOAD_NAME | STORE_NAME | DELETE_NAME | STORE_GLOBAL | DELETE_GLOBAL | LOAD_ATTR
        | STORE_ATTR | DELETE_ATTR | LOAD_METHOD | IMPORT_NAME | IMPORT_FROM => name(arg),
        LOAD_GLOBAL => {
            if arg & 1 == 1 {
                format!("NULL + {}", name(arg >> 1))
            } else {
                name(arg >> 1)
            }
        }
        BINARY_OP => BinaryOp::from_arg(arg)
            .map(|b| b.symbol().to_string())
            .unwrap_or_default(),
        COMPARE_OP => CompareOp::from_arg(arg)
            .map(|c| c.symbol().to_string())
            .unwrap_or_default(),
        _ if op.is_jump() => format!("to {arg}"),
        _ => String::new(),
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
