//! Constant folding of expressions. Mirrors CPython 3.11's `Python/ast_opt.c`: literals,
//! `__debug__`, unary and binary operators on constants (with the `safe_*` size limits),
//! tuples of constants and constant subscripts. A `None` result means "not a constant":
//! the expression is then compiled as written, which is always correct.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use ruff_python_ast::{self as ast, Expr, ExprContext, Number, Operator, UnaryOp};

use krait_bytecode::Constant;

const MAX_INT_SIZE: u64 = 128;
const MAX_COLLECTION_SIZE: i64 = 256;
const MAX_STR_SIZE: i64 = 4096;
const MAX_TOTAL_ITEMS: i64 = 1024;

/// An integer constant normalised to `Int` when it fits in an `i64`.
pub fn int_const(v: BigInt) -> Constant {
    match v.to_i64() {
        Some(i) => Constant::Int(i),
        None => Constant::BigInt(v),
    }
}

/// Parse the text of an integer literal (`0x_ff`, `1_000` ...).
pub fn parse_int_literal(text: &str) -> Option<BigInt> {
    let t: String = text
        .chars()
        .filter(|&c| c != '_')
        .collect::<String>()
        .to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = t.strip_prefix("0x") {
        (r, 16)
    } else if let Some(r) = t.strip_prefix("0o") {
        (r, 8)
    } else if let Some(r) = t.strip_prefix("0b") {
        (r, 2)
    } else {
        (t.as_str(), 10)
    };
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// The constant value of a literal-like expression, after folding.
pub fn const_value(e: &Expr) -> Option<Constant> {
    match e {
        Expr::NumberLiteral(n) => Some(match &n.value {
            Number::Int(i) => match i.as_i64() {
                Some(v) => Constant::Int(v),
                None => int_const(parse_int_literal(&i.to_string())?),
            },
            Number::Float(f) => Constant::Float(*f),
            Number::Complex { real, imag } => Constant::Complex {
                re: *real,
                im: *imag,
            },
        }),
        Expr::StringLiteral(s) => Some(Constant::Str(Rc::from(s.value.to_str()))),
        Expr::BytesLiteral(b) => Some(Constant::Bytes(b.value.bytes().collect::<Vec<u8>>().into())),
        Expr::BooleanLiteral(b) => Some(Constant::Bool(b.value)),
        Expr::NoneLiteral(_) => Some(Constant::None),
        Expr::EllipsisLiteral(_) => Some(Constant::Ellipsis),
        Expr::Name(n) if n.ctx == ExprContext::Load && n.id.as_str() == "__debug__" => {
            Some(Constant::Bool(true))
        }
        Expr::UnaryOp(u) => {
            let v = const_value(&u.operand)?;
            fold_unary(u.op, &v)
        }
        Expr::BinOp(b) => {
            let l = const_value(&b.left)?;
            let r = const_value(&b.right)?;
            fold_binop(b.op, &l, &r)
        }
        Expr::Tuple(t) if t.ctx == ExprContext::Load => {
            let items: Option<Vec<Constant>> = t.elts.iter().map(const_value).collect();
            Some(Constant::Tuple(items?.into()))
        }
        Expr::Subscript(s) if s.ctx == ExprContext::Load => {
            let v = const_value(&s.value)?;
            let idx = const_value(&s.slice)?;
            fold_subscript(&v, &idx)
        }
        _ => None,
    }
}

/// Whether an expression is a constant after folding (CPython's `Constant_kind` test).
pub fn is_const(e: &Expr) -> bool {
    const_value(e).is_some()
}

/// Python truthiness of a constant.
pub fn truthy(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Ellipsis | Constant::Code(_) => true,
        Constant::Bool(b) => *b,
        Constant::Int(i) => *i != 0,
        Constant::BigInt(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { re, im } => *re != 0.0 || *im != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
    }
}

fn as_int(c: &Constant) -> Option<BigInt> {
    match c {
        Constant::Bool(b) => Some(BigInt::from(*b as i64)),
        Constant::Int(i) => Some(BigInt::from(*i)),
        Constant::BigInt(i) => Some(i.clone()),
        _ => None,
    }
}

fn as_float(c: &Constant) -> Option<f64> {
    match c {
        Constant::Float(f) => Some(*f),
        _ => {
            let i = as_int(c)?;
            let f = i.to_f64()?;
            // Only exact conversions: CPython would raise OverflowError or round differently.
            if f.abs() < 9007199254740992.0 {
                Some(f)
            } else {
                None
            }
        }
    }
}

fn as_complex(c: &Constant) -> Option<(f64, f64)> {
    match c {
        Constant::Complex { re, im } => Some((*re, *im)),
        _ => Some((as_float(c)?, 0.0)),
    }
}

fn is_intlike(c: &Constant) -> bool {
    matches!(
        c,
        Constant::Bool(_) | Constant::Int(_) | Constant::BigInt(_)
    )
}

fn is_number(c: &Constant) -> bool {
    is_intlike(c) || matches!(c, Constant::Float(_) | Constant::Complex { .. })
}

fn finite(f: f64) -> Option<Constant> {
    if f.is_nan() {
        None
    } else {
        Some(Constant::Float(f))
    }
}

/// A float result that CPython raises OverflowError for when infinite (`float_pow`).
fn strictly_finite(f: f64) -> Option<Constant> {
    if f.is_finite() {
        Some(Constant::Float(f))
    } else {
        None
    }
}

fn fold_unary(op: UnaryOp, v: &Constant) -> Option<Constant> {
    match op {
        UnaryOp::Not => Some(Constant::Bool(!truthy(v))),
        UnaryOp::USub => match v {
            Constant::Float(f) => Some(Constant::Float(-f)),
            Constant::Complex { re, im } => Some(Constant::Complex { re: -re, im: -im }),
            _ => Some(int_const(-as_int(v)?)),
        },
        UnaryOp::UAdd => match v {
            Constant::Float(_) | Constant::Complex { .. } => Some(v.clone()),
            _ => Some(int_const(as_int(v)?)),
        },
        UnaryOp::Invert => Some(int_const(!as_int(v)?)),
    }
}

fn bits(i: &BigInt) -> u64 {
    i.bits()
}

/// Python's floor division and modulo on integers.
fn int_divmod(a: &BigInt, b: &BigInt) -> Option<(BigInt, BigInt)> {
    if b.is_zero() {
        return None;
    }
    let q = a / b;
    let r = a - &q * b;
    if !r.is_zero() && (r.is_negative() != b.is_negative()) {
        Some((q - 1, r + b))
    } else {
        Some((q, r))
    }
}

/// Python's float floor division and modulo (`float_divmod` in `Objects/floatobject.c`).
fn float_divmod(vx: f64, wx: f64) -> Option<(f64, f64)> {
    if wx == 0.0 {
        return None;
    }
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    Some((floordiv, m))
}

fn seq_len(c: &Constant) -> Option<i64> {
    match c {
        Constant::Str(s) => Some(s.chars().count() as i64),
        Constant::Bytes(b) => Some(b.len() as i64),
        Constant::Tuple(t) => Some(t.len() as i64),
        _ => None,
    }
}

fn count_items(c: &Constant) -> i64 {
    match c {
        Constant::Tuple(t) | Constant::FrozenSet(t) => {
            t.len() as i64 + t.iter().map(count_items).sum::<i64>()
        }
        _ => 0,
    }
}

fn repeat(seq: &Constant, n: i64) -> Option<Constant> {
    let n = n.max(0) as usize;
    match seq {
        Constant::Str(s) => Some(Constant::Str(Rc::from(s.repeat(n)))),
        Constant::Bytes(b) => Some(Constant::Bytes(b.repeat(n).into())),
        Constant::Tuple(t) => {
            let mut v = Vec::with_capacity(t.len() * n);
            for _ in 0..n {
                v.extend(t.iter().cloned());
            }
            Some(Constant::Tuple(v.into()))
        }
        _ => None,
    }
}

fn safe_multiply(l: &Constant, r: &Constant) -> Option<Constant> {
    if is_intlike(l) && is_intlike(r) {
        let (a, b) = (as_int(l)?, as_int(r)?);
        if !a.is_zero() && !b.is_zero() && bits(&a) + bits(&b) > MAX_INT_SIZE {
            return None;
        }
        return Some(int_const(a * b));
    }
    if is_intlike(l) && seq_len(r).is_some() {
        let size = seq_len(r)?;
        let n = as_int(l)?.to_i64()?;
        if size > 0 {
            let limit = if matches!(r, Constant::Tuple(_)) {
                MAX_COLLECTION_SIZE
            } else {
                MAX_STR_SIZE
            };
            if n < 0 || n > limit / size {
                return None;
            }
            if matches!(r, Constant::Tuple(_)) && n > 0 && count_items(r) > MAX_TOTAL_ITEMS / n {
                return None;
            }
        }
        return repeat(r, n);
    }
    if is_intlike(r) && seq_len(l).is_some() {
        return safe_multiply(r, l);
    }
    numeric(
        l,
        r,
        |a, b| a * b,
        |(a, b), (c, d)| Some((a * c - b * d, a * d + b * c)),
    )
}

fn numeric(
    l: &Constant,
    r: &Constant,
    f: impl Fn(f64, f64) -> f64,
    c: impl Fn((f64, f64), (f64, f64)) -> Option<(f64, f64)>,
) -> Option<Constant> {
    if !is_number(l) || !is_number(r) {
        return None;
    }
    if matches!(l, Constant::Complex { .. }) || matches!(r, Constant::Complex { .. }) {
        let (re, im) = c(as_complex(l)?, as_complex(r)?)?;
        if re.is_nan() || im.is_nan() {
            return None;
        }
        return Some(Constant::Complex { re, im });
    }
    finite(f(as_float(l)?, as_float(r)?))
}

fn fold_binop(op: Operator, l: &Constant, r: &Constant) -> Option<Constant> {
    let both_int = is_intlike(l) && is_intlike(r);
    match op {
        Operator::Add => {
            if both_int {
                return Some(int_const(as_int(l)? + as_int(r)?));
            }
            match (l, r) {
                (Constant::Str(a), Constant::Str(b)) => {
                    Some(Constant::Str(Rc::from(format!("{a}{b}"))))
                }
                (Constant::Bytes(a), Constant::Bytes(b)) => {
                    Some(Constant::Bytes([&a[..], &b[..]].concat().into()))
                }
                (Constant::Tuple(a), Constant::Tuple(b)) => {
                    Some(Constant::Tuple([&a[..], &b[..]].concat().into()))
                }
                _ => numeric(l, r, |a, b| a + b, |(a, b), (c, d)| Some((a + c, b + d))),
            }
        }
        Operator::Sub => {
            if both_int {
                return Some(int_const(as_int(l)? - as_int(r)?));
            }
            numeric(l, r, |a, b| a - b, |(a, b), (c, d)| Some((a - c, b - d)))
        }
        Operator::Mult => safe_multiply(l, r),
        Operator::Div => {
            if matches!(l, Constant::Complex { .. }) || matches!(r, Constant::Complex { .. }) {
                return None;
            }
            let (a, b) = (as_float(l)?, as_float(r)?);
            if !is_number(l) || !is_number(r) || b == 0.0 {
                return None;
            }
            finite(a / b)
        }
        Operator::FloorDiv | Operator::Mod => {
            if both_int {
                let (q, m) = int_divmod(&as_int(l)?, &as_int(r)?)?;
                return Some(int_const(if op == Operator::FloorDiv { q } else { m }));
            }
            if !is_number(l)
                || !is_number(r)
                || matches!(l, Constant::Complex { .. })
                || matches!(r, Constant::Complex { .. })
            {
                return None;
            }
            let (q, m) = float_divmod(as_float(l)?, as_float(r)?)?;
            finite(if op == Operator::FloorDiv { q } else { m })
        }
        Operator::Pow => {
            if both_int {
                let (a, b) = (as_int(l)?, as_int(r)?);
                if b.is_negative() {
                    let (x, y) = (as_float(l)?, as_float(r)?);
                    if x == 0.0 {
                        return None;
                    }
                    return strictly_finite(x.powf(y));
                }
                let w = b.to_u64()?;
                if !a.is_zero() && w > 0 && bits(&a) > MAX_INT_SIZE / w {
                    return None;
                }
                return Some(int_const(a.pow(w as u32)));
            }
            if matches!(l, Constant::Complex { .. }) || matches!(r, Constant::Complex { .. }) {
                return None;
            }
            if !is_number(l) || !is_number(r) {
                return None;
            }
            let (x, y) = (as_float(l)?, as_float(r)?);
            if x == 0.0 && y < 0.0 {
                return None;
            }
            if x < 0.0 && y.fract() != 0.0 {
                return None;
            }
            strictly_finite(x.powf(y))
        }
        Operator::LShift | Operator::RShift => {
            if !both_int {
                return None;
            }
            let (a, b) = (as_int(l)?, as_int(r)?);
            if b.is_negative() {
                return None;
            }
            if op == Operator::LShift {
                if a.is_zero() {
                    return Some(Constant::Int(0));
                }
                let w = b.to_u64()?;
                if w > MAX_INT_SIZE || bits(&a) > MAX_INT_SIZE - w {
                    return None;
                }
                Some(int_const(a << (w as usize)))
            } else {
                let w = b.to_u64().unwrap_or(u64::MAX).min(1 << 20);
                Some(int_const(a >> (w as usize)))
            }
        }
        Operator::BitAnd | Operator::BitOr | Operator::BitXor => {
            if let (Constant::Bool(a), Constant::Bool(b)) = (l, r) {
                return Some(Constant::Bool(match op {
                    Operator::BitAnd => a & b,
                    Operator::BitOr => a | b,
                    _ => a ^ b,
                }));
            }
            if !both_int {
                return None;
            }
            let (a, b) = (as_int(l)?, as_int(r)?);
            Some(int_const(match op {
                Operator::BitAnd => a & b,
                Operator::BitOr => a | b,
                _ => a ^ b,
            }))
        }
        Operator::MatMult => None,
    }
}

fn fold_subscript(v: &Constant, idx: &Constant) -> Option<Constant> {
    if !is_intlike(idx) {
        return None;
    }
    let i = as_int(idx)?.to_i64()?;
    let norm = |len: usize| -> Option<usize> {
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            None
        } else {
            Some(j as usize)
        }
    };
    match v {
        Constant::Str(s) => {
            let chars: Vec<char> = s.chars().collect();
            let j = norm(chars.len())?;
            Some(Constant::Str(Rc::from(chars[j].to_string())))
        }
        Constant::Bytes(b) => Some(Constant::Int(b[norm(b.len())?] as i64)),
        Constant::Tuple(t) => Some(t[norm(t.len())?].clone()),
        _ => None,
    }
}

/// The tuple/frozenset constant a list or set display of constants folds to when it is the
/// right operand of `in` or the iterable of a `for` (CPython's `fold_iter`).
pub fn fold_iter_const(e: &Expr) -> Option<Constant> {
    match e {
        Expr::List(ast::ExprList { elts, .. }) => {
            let items: Option<Vec<Constant>> = elts.iter().map(const_value).collect();
            Some(Constant::Tuple(items?.into()))
        }
        Expr::Set(ast::ExprSet { elts, .. }) => {
            let items: Option<Vec<Constant>> = elts.iter().map(const_value).collect();
            Some(Constant::FrozenSet(dedup(items?).into()))
        }
        _ => None,
    }
}

/// Remove duplicate constants, keeping the first occurrence (set semantics).
pub fn dedup(items: Vec<Constant>) -> Vec<Constant> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for c in items {
        if seen.insert(set_key(&c)) {
            out.push(c);
        }
    }
    out
}

/// A key under which equal-hashing set members collide (`1 == 1.0 == True`).
fn set_key(c: &Constant) -> String {
    match c {
        Constant::Bool(b) => format!("n{}", *b as i64),
        Constant::Int(i) => format!("n{i}"),
        Constant::BigInt(i) => format!("n{i}"),
        Constant::Float(f) if f.fract() == 0.0 && f.is_finite() && f.abs() < 1e18 => {
            format!("n{}", *f as i64)
        }
        _ => const_key(c),
    }
}

/// A key that identifies a constant for `co_consts` de-duplication (CPython's
/// `_PyCode_ConstantKey`: type-strict, `0.0` and `-0.0` distinct).
pub fn const_key(c: &Constant) -> String {
    let mut s = String::new();
    write_key(c, &mut s);
    s
}

fn write_key(c: &Constant, out: &mut String) {
    use std::fmt::Write;
    match c {
        Constant::None => out.push('N'),
        Constant::Ellipsis => out.push('E'),
        Constant::Bool(b) => {
            let _ = write!(out, "B{}", *b as u8);
        }
        Constant::Int(i) => {
            let _ = write!(out, "i{i};");
        }
        Constant::BigInt(i) => {
            let _ = write!(out, "i{i};");
        }
        Constant::Float(f) => {
            let _ = write!(out, "f{:x};", f.to_bits());
        }
        Constant::Complex { re, im } => {
            let _ = write!(out, "c{:x},{:x};", re.to_bits(), im.to_bits());
        }
        Constant::Str(s) => {
            let _ = write!(out, "s{}:{s}", s.len());
        }
        Constant::Bytes(b) => {
            let _ = write!(out, "b{}:", b.len());
            for x in b.iter() {
                let _ = write!(out, "{x:02x}");
            }
        }
        Constant::Tuple(t) => {
            out.push('(');
            for x in t.iter() {
                write_key(x, out);
            }
            out.push(')');
        }
        Constant::FrozenSet(t) => {
            out.push('{');
            for x in t.iter() {
                write_key(x, out);
            }
            out.push('}');
        }
        Constant::Code(code) => {
            let _ = write!(out, "C{:p};", Rc::as_ptr(code));
        }
    }
}
