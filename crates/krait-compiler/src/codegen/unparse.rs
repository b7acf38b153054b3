//! Expression source text for `from __future__ import annotations`. Mirrors CPython 3.11's
//! `Python/ast_unparse.c`: annotations are stored as the unparsed AST (normalised spacing,
//! `repr()` of constants, minimal parentheses by precedence), not as the raw source.

use ruff_python_ast::{self as ast, BoolOp, CmpOp, Expr, Number, Operator, UnaryOp};

use crate::fold::const_value;

// Precedence levels of `ast_unparse.c`.
const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_BOR: u8 = 6;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

/// The normalised source text of `e`, as `ast.unparse` would print it.
pub fn unparse_expr(e: &Expr) -> String {
    let mut out = String::new();
    expr(e, PR_TEST, &mut out);
    out
}

/// Python's `repr()` of a str.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn float_repr(f: f64) -> String {
    if f.is_infinite() {
        return if f > 0.0 {
            "1e309".into()
        } else {
            "-1e309".into()
        };
    }
    let s = format!("{f:?}");
    if let Some((m, e)) = s.split_once('e') {
        let e: i32 = e.parse().unwrap_or(0);
        return format!("{m}e{}{:02}", if e < 0 { '-' } else { '+' }, e.abs()).replace(".0e", "e");
    }
    s
}

fn binop(op: Operator) -> (&'static str, u8) {
    match op {
        Operator::Add => ("+", PR_ARITH),
        Operator::Sub => ("-", PR_ARITH),
        Operator::Mult => ("*", PR_TERM),
        Operator::MatMult => ("@", PR_TERM),
        Operator::Div => ("/", PR_TERM),
        Operator::Mod => ("%", PR_TERM),
        Operator::FloorDiv => ("//", PR_TERM),
        Operator::Pow => ("**", PR_POWER),
        Operator::LShift => ("<<", PR_SHIFT),
        Operator::RShift => (">>", PR_SHIFT),
        Operator::BitOr => ("|", PR_BOR),
        Operator::BitXor => ("^", PR_BXOR),
        Operator::BitAnd => ("&", PR_BAND),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => " == ",
        CmpOp::NotEq => " != ",
        CmpOp::Lt => " < ",
        CmpOp::LtE => " <= ",
        CmpOp::Gt => " > ",
        CmpOp::GtE => " >= ",
        CmpOp::Is => " is ",
        CmpOp::IsNot => " is not ",
        CmpOp::In => " in ",
        CmpOp::NotIn => " not in ",
    }
}

fn seq(items: &[Expr], out: &mut String) {
    for (i, e) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(e, PR_TEST, out);
    }
}

fn comprehensions(gens: &[ast::Comprehension], out: &mut String) {
    for g in gens {
        out.push_str(if g.is_async { " async for " } else { " for " });
        expr(&g.target, PR_TUPLE, out);
        out.push_str(" in ");
        expr(&g.iter, PR_TEST + 1, out);
        for cond in &g.ifs {
            out.push_str(" if ");
            expr(cond, PR_TEST + 1, out);
        }
    }
}

fn parameters(p: &ast::Parameters, out: &mut String) {
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let one = |a: &ast::ParameterWithDefault, out: &mut String| {
        out.push_str(&a.parameter.name);
        if let Some(d) = &a.default {
            out.push('=');
            expr(d, PR_TEST, out);
        }
    };
    for a in p.posonlyargs.iter() {
        sep(out);
        one(a, out);
    }
    if !p.posonlyargs.is_empty() {
        sep(out);
        out.push('/');
    }
    for a in p.args.iter() {
        sep(out);
        one(a, out);
    }
    if let Some(v) = &p.vararg {
        sep(out);
        out.push('*');
        out.push_str(&v.name);
    } else if !p.kwonlyargs.is_empty() {
        sep(out);
        out.push('*');
    }
    for a in p.kwonlyargs.iter() {
        sep(out);
        one(a, out);
    }
    if let Some(k) = &p.kwarg {
        sep(out);
        out.push_str("**");
        out.push_str(&k.name);
    }
}

fn expr(e: &Expr, level: u8, out: &mut String) {
    let paren = |own: u8, out: &mut String, f: &dyn Fn(&mut String)| {
        if level > own {
            out.push('(');
            f(out);
            out.push(')');
        } else {
            f(out);
        }
    };
    match e {
        Expr::BoolOp(b) => {
            let (op, pr) = match b.op {
                BoolOp::And => (" and ", PR_AND),
                BoolOp::Or => (" or ", PR_OR),
            };
            paren(pr, out, &|out| {
                for (i, v) in b.values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(op);
                    }
                    expr(v, pr + 1, out);
                }
            });
        }
        Expr::Named(n) => paren(PR_TUPLE, out, &|out| {
            expr(&n.target, PR_ATOM, out);
            out.push_str(" := ");
            expr(&n.value, PR_ATOM, out);
        }),
        Expr::BinOp(b) => {
            let (op, pr) = binop(b.op);
            let right_assoc = b.op == Operator::Pow;
            paren(pr, out, &|out| {
                expr(&b.left, if right_assoc { pr + 1 } else { pr }, out);
                out.push(' ');
                out.push_str(op);
                out.push(' ');
                expr(&b.right, if right_assoc { pr } else { pr + 1 }, out);
            });
        }
        Expr::UnaryOp(u) => {
            let (op, pr) = match u.op {
                UnaryOp::Invert => ("~", PR_FACTOR),
                UnaryOp::Not => ("not ", PR_NOT),
                UnaryOp::UAdd => ("+", PR_FACTOR),
                UnaryOp::USub => ("-", PR_FACTOR),
            };
            paren(pr, out, &|out| {
                out.push_str(op);
                expr(&u.operand, pr, out);
            });
        }
        Expr::Lambda(l) => paren(PR_TEST, out, &|out| {
            match &l.parameters {
                Some(p) => {
                    out.push_str("lambda ");
                    parameters(p, out);
                    out.push_str(": ");
                }
                None => out.push_str("lambda: "),
            }
            expr(&l.body, PR_TEST, out);
        }),
        Expr::If(i) => paren(PR_TEST, out, &|out| {
            expr(&i.body, PR_TEST + 1, out);
            out.push_str(" if ");
            expr(&i.test, PR_TEST + 1, out);
            out.push_str(" else ");
            expr(&i.orelse, PR_TEST, out);
        }),
        Expr::Dict(d) => {
            out.push('{');
            for (i, item) in d.items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match &item.key {
                    Some(k) => {
                        expr(k, PR_TEST, out);
                        out.push_str(": ");
                        expr(&item.value, PR_TEST, out);
                    }
                    None => {
                        out.push_str("**");
                        expr(&item.value, PR_BOR, out);
                    }
                }
            }
            out.push('}');
        }
        Expr::Set(s) => {
            out.push('{');
            seq(&s.elts, out);
            out.push('}');
        }
        Expr::ListComp(c) => {
            out.push('[');
            expr(&c.elt, PR_TEST, out);
            comprehensions(&c.generators, out);
            out.push(']');
        }
        Expr::SetComp(c) => {
            out.push('{');
            expr(&c.elt, PR_TEST, out);
            comprehensions(&c.generators, out);
            out.push('}');
        }
        Expr::DictComp(c) => {
            out.push('{');
            if let Some(k) = &c.key {
                expr(k, PR_TEST, out);
                out.push_str(": ");
            }
            expr(&c.value, PR_TEST, out);
            comprehensions(&c.generators, out);
            out.push('}');
        }
        Expr::Generator(c) => {
            out.push('(');
            expr(&c.elt, PR_TEST, out);
            comprehensions(&c.generators, out);
            out.push(')');
        }
        Expr::Await(a) => paren(PR_AWAIT, out, &|out| {
            out.push_str("await ");
            expr(&a.value, PR_ATOM, out);
        }),
        Expr::Yield(y) => {
            out.push_str("(yield");
            if let Some(v) = &y.value {
                out.push(' ');
                expr(v, PR_TEST, out);
            }
            out.push(')');
        }
        Expr::YieldFrom(y) => {
            out.push_str("(yield from ");
            expr(&y.value, PR_TEST, out);
            out.push(')');
        }
        Expr::Compare(c) => paren(PR_CMP, out, &|out| {
            expr(&c.left, PR_CMP + 1, out);
            for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                out.push_str(cmpop(*op));
                expr(right, PR_CMP + 1, out);
            }
        }),
        Expr::Call(c) => {
            expr(&c.func, PR_ATOM, out);
            out.push('(');
            let mut first = true;
            for a in c.arguments.args.iter() {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                expr(a, PR_TEST, out);
            }
            for k in c.arguments.keywords.iter() {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &k.arg {
                    Some(name) => {
                        out.push_str(name);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                expr(&k.value, PR_TEST, out);
            }
            out.push(')');
        }
        Expr::Attribute(a) => {
            let is_int =
                matches!(&*a.value, Expr::NumberLiteral(n) if matches!(n.value, Number::Int(_)));
            expr(&a.value, PR_ATOM, out);
            if is_int {
                out.push(' ');
            }
            out.push('.');
            out.push_str(&a.attr);
        }
        Expr::Subscript(s) => {
            expr(&s.value, PR_ATOM, out);
            out.push('[');
            match &*s.slice {
                Expr::Tuple(t) if !t.elts.is_empty() => {
                    for (i, el) in t.elts.iter().enumerate() {
                        if i > 0 {
                            out.push_str(", ");
                        }
                        expr(el, PR_TEST, out);
                    }
                    if t.elts.len() == 1 {
                        out.push(',');
                    }
                }
                other => expr(other, PR_TUPLE, out),
            }
            out.push(']');
        }
        Expr::Starred(s) => {
            out.push('*');
            expr(&s.value, PR_BOR, out);
        }
        Expr::Name(n) => out.push_str(&n.id),
        Expr::List(l) => {
            out.push('[');
            seq(&l.elts, out);
            out.push(']');
        }
        Expr::Tuple(t) => {
            if t.elts.is_empty() {
                out.push_str("()");
            } else {
                paren(PR_TUPLE, out, &|out| {
                    seq(&t.elts, out);
                    if t.elts.len() == 1 {
                        out.push(',');
                    }
                });
            }
        }
        Expr::Slice(s) => {
            if let Some(l) = &s.lower {
                expr(l, PR_TEST, out);
            }
            out.push(':');
            if let Some(u) = &s.upper {
                expr(u, PR_TEST, out);
            }
            if let Some(st) = &s.step {
                out.push(':');
                expr(st, PR_TEST, out);
            }
        }
        Expr::NumberLiteral(n) => match &n.value {
            Number::Int(i) => match const_value(e) {
                Some(krait_bytecode::Constant::Int(v)) => out.push_str(&v.to_string()),
                Some(krait_bytecode::Constant::BigInt(v)) => out.push_str(&v.to_string()),
                _ => out.push_str(&i.to_string()),
            },
            Number::Float(f) => out.push_str(&float_repr(*f)),
            Number::Complex { imag, .. } => {
                out.push_str(float_repr(*imag).trim_end_matches(".0"));
                out.push('j');
            }
        },
        Expr::StringLiteral(s) => out.push_str(&str_repr(s.value.to_str())),
        Expr::BytesLiteral(b) => {
            let bytes: Vec<u8> = b.value.bytes().collect();
            out.push('b');
            out.push('\'');
            for &c in &bytes {
                match c {
                    b'\\' => out.push_str("\\\\"),
                    b'\'' => out.push_str("\\'"),
                    b'\n' => out.push_str("\\n"),
                    b'\t' => out.push_str("\\t"),
                    b'\r' => out.push_str("\\r"),
                    0x20..=0x7e => out.push(c as char),
                    _ => out.push_str(&format!("\\x{c:02x}")),
                }
            }
            out.push('\'');
        }
        Expr::BooleanLiteral(b) => out.push_str(if b.value { "True" } else { "False" }),
        Expr::NoneLiteral(_) => out.push_str("None"),
        Expr::EllipsisLiteral(_) => out.push_str("..."),
        Expr::FString(_) | Expr::TString(_) | Expr::IpyEscapeCommand(_) => out.push_str("f''"),
    }
}
