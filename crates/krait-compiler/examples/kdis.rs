//! Print Krait's disassembly of a Python file (or `-c source`): `cargo run -p krait-compiler
//! --example kdis -- file.py`. A debugging aid mirroring `python3 -m dis`.

use krait_bytecode::{CodeObject, Constant};

/// Python's repr of a constant (for comparing with CPython's `dis`).
fn py_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(i) => i.to_string(),
        Constant::Float(f) => {
            let s = format!("{f:?}");
            if let Some((m, e)) = s.split_once('e') {
                let e: i32 = e.parse().unwrap_or(0);
                format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs()).replace(".0e", "e")
            } else if f.is_finite() && !s.contains('.') {
                format!("{s}.0")
            } else {
                s
            }
        }
        Constant::Complex { re, im } => format!("complex({re:?}, {im:?})"),
        Constant::Str(s) => {
            let q = if s.contains('\'') && !s.contains('"') {
                '"'
            } else {
                '\''
            };
            let mut out = String::from(q);
            for ch in s.chars() {
                match ch {
                    '\\' => out.push_str("\\\\"),
                    c if c == q => {
                        out.push('\\');
                        out.push(c);
                    }
                    '\n' => out.push_str("\\n"),
                    '\t' => out.push_str("\\t"),
                    '\r' => out.push_str("\\r"),
                    c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                        out.push_str(&format!("\\x{:02x}", c as u32))
                    }
                    c => out.push(c),
                }
            }
            out.push(q);
            out
        }
        Constant::Bytes(b) => format!("b<{}>", b.len()),
        Constant::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(py_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Constant::FrozenSet(items) => format!("frozenset<{}>", items.len()),
        Constant::Code(code) => format!("<code {}>", code.name),
    }
}

/// One line per instruction: `OPNAME ARG`, jump targets as indices, then the exception table;
/// nested code objects follow.
fn plain(code: &CodeObject, out: &mut String) {
    use krait_bytecode::Opcode::*;
    out.push_str(&format!("== {} {} argc={} posonly={} kwonly={} flags={:#x} varnames={:?} cellvars={:?} freevars={:?}\n",
        code.qualname, code.first_line, code.argcount, code.posonlyargcount, code.kwonlyargcount, code.flags.0,
        code.varnames, code.cellvars, code.freevars));
    let with_pos = std::env::var_os("KRAIT_POS").is_some();
    for (k, ins) in code.instructions.iter().enumerate() {
        let arg = match ins.op {
            LOAD_CONST | KW_NAMES => py_repr(&code.constants[ins.arg as usize]),
            LOAD_FAST | STORE_FAST | DELETE_FAST | LOAD_DEREF | LOAD_CLASSDEREF | STORE_DEREF
            | DELETE_DEREF | LOAD_CLOSURE => code.localsplus_name(ins.arg as usize).to_string(),
            LOAD_NAME | STORE_NAME | DELETE_NAME | STORE_GLOBAL | DELETE_GLOBAL | LOAD_ATTR
            | STORE_ATTR | DELETE_ATTR | LOAD_METHOD | IMPORT_NAME | IMPORT_FROM => {
                code.names[ins.arg as usize].to_string()
            }
            LOAD_GLOBAL => {
                let n = &code.names[(ins.arg >> 1) as usize];
                if ins.arg & 1 == 1 {
                    format!("NULL + {n}")
                } else {
                    n.to_string()
                }
            }
            op if op.is_jump() => format!("->{}", ins.arg),
            op if op.has_arg() => ins.arg.to_string(),
            _ => String::new(),
        };
        let mut line = format!("{} {}", ins.op.name(), arg).trim_end().to_string();
        if with_pos {
            let p = code.positions[k];
            if p.line == 0 {
                line.push_str("  @-,-,-,-");
            } else {
                line.push_str(&format!(
                    "  @{},{},{},{}",
                    p.line, p.end_line, p.col, p.end_col
                ));
            }
        }
        out.push_str(&line);
        out.push('\n');
    }
    for e in &code.exception_table {
        out.push_str(&format!(
            "EXC {} {} {} {} {}\n",
            e.start, e.end, e.target, e.depth, e.push_lasti as u8
        ));
    }
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            plain(inner, out);
        }
    }
}

fn main() {
    let mut args: Vec<String> = std::env::args().collect();
    let plain_mode = args.get(1).is_some_and(|a| a == "--plain");
    if plain_mode {
        args.remove(1);
    }
    let (source, name) = if args.len() > 2 && args[1] == "-c" {
        (args[2].clone(), "<string>".to_string())
    } else if args.len() > 1 {
        match std::fs::read_to_string(&args[1]) {
            Ok(s) => (s, args[1].clone()),
            Err(e) => {
                eprintln!("{}: {e}", args[1]);
                std::process::exit(2);
            }
        }
    } else {
        eprintln!("usage: kdis FILE | kdis -c SOURCE");
        std::process::exit(2);
    };
    match krait_compiler::compile(&source, &name, krait_compiler::Mode::Exec) {
        Ok(code) => {
            if plain_mode {
                let mut out = String::new();
                plain(&code, &mut out);
                print!("{out}");
            } else {
                print!("{}", krait_bytecode::dis::disassemble(&code));
            }
        }
        Err(e) => {
            println!("{e} offset={} text={:?}", e.offset, e.text);
            std::process::exit(1);
        }
    }
}
