//! float: mirrors `Objects/floatobject.c`. Repr and formatting come from `format/`.

use std::cmp::Ordering;

use krait_bytecode::opcode::BinaryOp;
use num_bigint::BigInt;
use num_traits::FromPrimitive;

use crate::object::PyRef;
use crate::objects::int::{int_val, IntVal};
use crate::objects::Payload;
use crate::vm::{Args, MethodDef, PyResult, Vm};

/// The float value of a float or int operand (for mixed arithmetic); None otherwise.
pub fn as_f64(vm: &Vm, obj: &PyRef) -> Option<PyResult<f64>> {
    match &obj.payload {
        Payload::Float(f) => Some(Ok(*f)),
        Payload::Int(i) => Some(Ok(*i as f64)),
        Payload::BigInt(b) => Some(
            crate::objects::int::big_to_f64(b)
                .ok_or_else(|| vm.overflow_error("int too large to convert to float")),
        ),
        _ => None,
    }
}

/// A C double argument (`PyFloat_AsDouble`, the "d" format): floats and ints, else
/// `__float__`, else `__index__`; anything else is "must be real number, not T".
pub fn real_arg(vm: &Vm, obj: &PyRef) -> PyResult<f64> {
    if let Some(v) = as_f64(vm, obj) {
        return v;
    }
    if obj.type_data().lookup_str("__float__").is_some()
        || obj.type_data().lookup_str("__index__").is_some()
    {
        return to_float(vm, obj);
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(obj))))
}

/// A timeout in seconds (`_PyTime_FromSecondsObject`): floats, else an integer
/// (`__index__`: "'str' object cannot be interpreted as an integer").
pub fn seconds_arg(vm: &Vm, obj: &PyRef) -> PyResult<f64> {
    if let Some(v) = as_f64(vm, obj) {
        return v;
    }
    if let Payload::Float(f) = &obj.payload {
        return Ok(*f);
    }
    let i = crate::protocols::number::index(vm, obj)?;
    as_f64(vm, &i).unwrap_or(Ok(f64::INFINITY))
}

/// Exact comparison of an int with a float (CPython's `float_richcompare`).
pub fn compare_int_float(a: &IntVal, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let IntVal::Small(i) = a {
        if i.unsigned_abs() < (1 << 53) {
            return (*i as f64).partial_cmp(&f);
        }
    }
    let fi = f.trunc();
    let big = BigInt::from_f64(fi)?;
    let ab = a.to_big();
    match ab.cmp(&big) {
        Ordering::Equal => 0.0f64.partial_cmp(&(f - fi)),
        o => Some(o),
    }
}

fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let floordiv = div.floor();
        if div - floordiv > 0.5 {
            floordiv + 1.0
        } else {
            floordiv
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

/// `x ** y` for floats with CPython's errors.
pub fn float_pow(vm: &Vm, x: f64, y: f64) -> PyResult {
    if y == 0.0 {
        return Ok(vm.float(1.0));
    }
    if x == 0.0 && y < 0.0 {
        return Err(vm.zero_division_error("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && y.fract() != 0.0 && y.is_finite() {
        // Negative base to a fractional power: a complex result.
        let r = x.abs().powf(y);
        let angle = std::f64::consts::PI * y;
        return Ok(vm.complex(r * angle.cos(), r * angle.sin()));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(vm.overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(vm.float(r))
}

/// float OP (float|int) with at least one float operand.
pub fn float_binop(vm: &Vm, a: &PyRef, b: &PyRef, op: BinaryOp) -> Option<PyResult> {
    let x = match as_f64(vm, a)? {
        Ok(v) => v,
        Err(e) => return Some(Err(e)),
    };
    let y = match as_f64(vm, b)? {
        Ok(v) => v,
        Err(e) => return Some(Err(e)),
    };
    Some(match op {
        BinaryOp::Add => Ok(vm.float(x + y)),
        BinaryOp::Subtract => Ok(vm.float(x - y)),
        BinaryOp::Multiply => Ok(vm.float(x * y)),
        BinaryOp::TrueDivide => {
            if y == 0.0 {
                Err(vm.zero_division_error("float division by zero"))
            } else {
                Ok(vm.float(x / y))
            }
        }
        BinaryOp::FloorDivide => {
            if y == 0.0 {
                Err(vm.zero_division_error("float floor division by zero"))
            } else {
                Ok(vm.float(float_floordiv(x, y)))
            }
        }
        BinaryOp::Remainder => {
            if y == 0.0 {
                Err(vm.zero_division_error("float modulo"))
            } else {
                Ok(vm.float(float_mod(x, y)))
            }
        }
        BinaryOp::Power => float_pow(vm, x, y),
        _ => return None,
    })
}

/// `int(f)`.
pub fn float_to_int(vm: &Vm, f: f64) -> PyResult {
    if f.is_nan() {
        return Err(vm.value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(vm.int(t as i64));
    }
    Ok(vm.bigint(BigInt::from_f64(t).unwrap_or_default()))
}

fn self_f(vm: &Vm, args: &Args) -> PyResult<f64> {
    match args.pos().first().map(|o| &o.payload) {
        Some(Payload::Float(f)) => Ok(*f),
        _ => Err(vm.type_error("descriptor requires a 'float' object")),
    }
}

macro_rules! float_binop_methods {
    ($($fwd:ident, $rev:ident, $op:expr;)*) => {
        $(
            fn $fwd(vm: &Vm, args: Args) -> PyResult {
                let p = args.pos();
                if p.len() < 2 { return Err(vm.type_error("expected 1 argument")); }
                float_binop(vm, &p[0], &p[1], $op).unwrap_or_else(|| Ok(vm.not_implemented()))
            }
            fn $rev(vm: &Vm, args: Args) -> PyResult {
                let p = args.pos();
                if p.len() < 2 { return Err(vm.type_error("expected 1 argument")); }
                float_binop(vm, &p[1], &p[0], $op).unwrap_or_else(|| Ok(vm.not_implemented()))
            }
        )*
    };
}

float_binop_methods! {
    f_add, f_radd, BinaryOp::Add;
    f_sub, f_rsub, BinaryOp::Subtract;
    f_mul, f_rmul, BinaryOp::Multiply;
    f_truediv, f_rtruediv, BinaryOp::TrueDivide;
    f_floordiv, f_rfloordiv, BinaryOp::FloorDivide;
    f_mod, f_rmod, BinaryOp::Remainder;
    f_pow, f_rpow, BinaryOp::Power;
}

fn f_divmod(vm: &Vm, args: Args) -> PyResult {
    let q = f_floordiv(vm, args)?;
    if q.is(&vm.not_implemented) {
        return Ok(q);
    }
    let r = f_mod(vm, args)?;
    Ok(vm.tuple(vec![q, r]))
}

fn f_rdivmod(vm: &Vm, args: Args) -> PyResult {
    let q = f_rfloordiv(vm, args)?;
    if q.is(&vm.not_implemented) {
        return Ok(q);
    }
    let r = f_rmod(vm, args)?;
    Ok(vm.tuple(vec![q, r]))
}

fn compare(vm: &Vm, args: &Args) -> PyResult<Option<Option<Ordering>>> {
    let x = self_f(vm, args)?;
    let Some(o) = args.pos().get(1) else {
        return Ok(None);
    };
    Ok(match &o.payload {
        Payload::Float(y) => Some(x.partial_cmp(y)),
        _ => int_val(o).map(|iv| compare_int_float(&iv, x).map(|c| c.reverse())),
    })
}

macro_rules! float_cmp_methods {
    ($($name:ident, $pred:expr;)*) => {
        $(
            fn $name(vm: &Vm, args: Args) -> PyResult {
                match compare(vm, &args)? {
                    None => Ok(vm.not_implemented()),
                    Some(o) => Ok(vm.bool($pred(o))),
                }
            }
        )*
    };
}

float_cmp_methods! {
    f_lt, |o: Option<Ordering>| o == Some(Ordering::Less);
    f_le, |o: Option<Ordering>| matches!(o, Some(Ordering::Less | Ordering::Equal));
    f_eq, |o: Option<Ordering>| o == Some(Ordering::Equal);
    f_ne, |o: Option<Ordering>| o != Some(Ordering::Equal);
    f_gt, |o: Option<Ordering>| o == Some(Ordering::Greater);
    f_ge, |o: Option<Ordering>| matches!(o, Some(Ordering::Greater | Ordering::Equal));
}

fn f_neg(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.float(-self_f(vm, &args)?))
}
fn f_pos(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.float(self_f(vm, &args)?))
}
fn f_abs(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.float(self_f(vm, &args)?.abs()))
}
fn f_bool(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.bool(self_f(vm, &args)? != 0.0))
}
fn f_int(vm: &Vm, args: Args) -> PyResult {
    float_to_int(vm, self_f(vm, &args)?)
}
fn f_float(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.float(self_f(vm, &args)?))
}
fn f_hash(vm: &Vm, args: Args) -> PyResult {
    let x = self_f(vm, &args)?;
    Ok(vm.int(crate::protocols::compare::hash_float(x, args.pos()[0].id())))
}
fn f_repr(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.string(crate::format::float_repr::float_repr(self_f(vm, &args)?)))
}
fn f_is_integer(vm: &Vm, args: Args) -> PyResult {
    let x = self_f(vm, &args)?;
    Ok(vm.bool(x.is_finite() && x.fract() == 0.0))
}
fn f_floor(vm: &Vm, args: Args) -> PyResult {
    float_to_int(vm, self_f(vm, &args)?.floor())
}
fn f_ceil(vm: &Vm, args: Args) -> PyResult {
    float_to_int(vm, self_f(vm, &args)?.ceil())
}
fn f_trunc(vm: &Vm, args: Args) -> PyResult {
    float_to_int(vm, self_f(vm, &args)?.trunc())
}
fn f_conjugate(vm: &Vm, args: Args) -> PyResult {
    f_float(vm, args)
}
fn f_hex(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.string(crate::format::float_repr::float_hex(self_f(vm, &args)?)))
}
fn f_fromhex(vm: &Vm, args: Args) -> PyResult {
    let s = args
        .pos()
        .get(1)
        .and_then(|s| s.as_str())
        .ok_or_else(|| vm.type_error("fromhex() argument must be str"))?;
    let v = crate::format::float_repr::float_fromhex(s).map_err(|e| vm.format_err(e))?;
    let cls = &args.pos()[0];
    let r = vm.float(v);
    if cls.is(&vm.t.float) {
        Ok(r)
    } else {
        crate::protocols::call::call(vm, cls, &[r])
    }
}
fn f_as_integer_ratio(vm: &Vm, args: Args) -> PyResult {
    let (n, d) = crate::format::float_repr::float_as_integer_ratio(self_f(vm, &args)?)
        .map_err(|e| vm.format_err(e))?;
    Ok(vm.tuple(vec![vm.bigint(n), vm.bigint(d)]))
}

/// `round(x, n)` with correct rounding of the decimal representation (half-even).
fn f_round(vm: &Vm, args: Args) -> PyResult {
    let x = self_f(vm, &args)?;
    let nd = args.pos().get(1).filter(|n| !vm.is_none(n));
    match nd {
        None => {
            if x.is_nan() {
                return Err(vm.value_error("cannot convert float NaN to integer"));
            }
            if x.is_infinite() {
                return Err(vm.overflow_error("cannot convert float infinity to integer"));
            }
            let r = x.round();
            let r = if (x - x.trunc()).abs() == 0.5 {
                2.0 * (x / 2.0).round()
            } else {
                r
            };
            float_to_int(vm, r)
        }
        Some(n) => {
            let n = crate::objects::int::to_i64(vm, n)?;
            if !x.is_finite() || x == 0.0 {
                return Ok(vm.float(x));
            }
            if n > 323 {
                return Ok(vm.float(x));
            }
            if n < -308 {
                return Ok(vm.float(0.0f64.copysign(x)));
            }
            // Round via the exact decimal string, as CPython's double_round does.
            let text = if n >= 0 {
                format!("{:.*}", n as usize, x)
            } else {
                let p = 10f64.powi((-n) as i32);
                let y = x / p;
                let r = y.round();
                let r = if (y - y.trunc()).abs() == 0.5 {
                    2.0 * (y / 2.0).round()
                } else {
                    r
                };
                return Ok(vm.float(r * p));
            };
            Ok(vm.float(text.parse::<f64>().unwrap_or(x)))
        }
    }
}

fn f_format(vm: &Vm, args: Args) -> PyResult {
    self_f(vm, &args)?;
    let spec = args.pos().get(1).and_then(|s| s.as_str()).unwrap_or("");
    format_spec(vm, &args.pos()[0], spec)
}

/// `float.__format__(obj, spec)` for a float (or subclass) `obj`.
pub fn format_spec(vm: &Vm, obj: &PyRef, spec: &str) -> PyResult {
    let Payload::Float(x) = obj.payload else {
        return Err(vm.type_error("descriptor requires a 'float' object"));
    };
    if spec.is_empty() {
        return crate::protocols::repr::str(vm, obj);
    }
    let td = obj.type_data();
    let tn = td.name_ref();
    let parsed = crate::format::spec::parse(spec, &tn).map_err(|e| vm.format_err(e))?;
    let r = crate::format::spec::format_float_spec(x, &parsed, &tn);
    drop(tn);
    r.map(|s| vm.string(s)).map_err(|e| vm.format_err(e))
}

fn f_getnewargs(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.tuple(vec![vm.float(self_f(vm, &args)?)]))
}

/// `float(x)`.
pub fn to_float(vm: &Vm, x: &PyRef) -> PyResult<f64> {
    match &x.payload {
        Payload::Float(f) if !x.has_heap_type() => return Ok(*f),
        Payload::Int(i) if !x.has_heap_type() => return Ok(*i as f64),
        Payload::BigInt(b) if !x.has_heap_type() => {
            return crate::objects::int::big_to_f64(b)
                .ok_or_else(|| vm.overflow_error("int too large to convert to float"))
        }
        Payload::Str(s) => {
            return crate::format::number_parse::parse_float(s.as_str()).map_err(|_| {
                let r = crate::protocols::repr::repr(vm, x).ok();
                vm.value_error(format!(
                    "could not convert string to float: {}",
                    r.as_ref().and_then(|r| r.as_str()).unwrap_or("")
                ))
            })
        }
        Payload::Bytes(b) => {
            let s = String::from_utf8_lossy(b).into_owned();
            return crate::format::number_parse::parse_float(&s).map_err(|_| {
                let r = crate::protocols::repr::repr(vm, x).ok();
                vm.value_error(format!(
                    "could not convert string to float: {}",
                    r.as_ref().and_then(|r| r.as_str()).unwrap_or("")
                ))
            });
        }
        _ => {}
    }
    if let Some(r) = crate::protocols::call::call_special(vm, x, &vm.names.__float__, &[])? {
        return match &r.payload {
            Payload::Float(f) => Ok(*f),
            _ => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(x),
                vm.type_name(&r)
            ))),
        };
    }
    if let Some(r) = crate::protocols::call::call_special(vm, x, &vm.names.__index__, &[])? {
        return match int_val(&r) {
            Some(v) => v
                .to_f64()
                .ok_or_else(|| vm.overflow_error("int too large to convert to float")),
            None => Err(vm.type_error("__index__ returned non-int")),
        };
    }
    // `PyFloat_FromString` of the other buffers (bytearray, memoryview).
    if let Some(b) = crate::objects::bytes::as_buffer(x) {
        let s = String::from_utf8_lossy(&b).into_owned();
        return crate::format::number_parse::parse_float(&s).map_err(|_| {
            let r = crate::protocols::repr::repr(vm, x).ok();
            vm.value_error(format!(
                "could not convert string to float: {}",
                r.as_ref().and_then(|r| r.as_str()).unwrap_or("")
            ))
        });
    }
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(x)
    )))
}

fn f_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    if args.pos().len() > 2 {
        return Err(vm.type_error(format!(
            "float expected at most 1 argument, got {}",
            args.pos().len() - 1
        )));
    }
    let v = match args.pos().get(1) {
        Some(x) => to_float(vm, x)?,
        None => 0.0,
    };
    if cls.is(&vm.t.float) {
        Ok(vm.float(v))
    } else {
        Ok(crate::objects::object::alloc_instance(
            vm,
            cls,
            Payload::Float(v),
        ))
    }
}

fn getter_real(vm: &Vm, obj: &PyRef) -> PyResult {
    match obj.payload {
        Payload::Float(f) => Ok(vm.float(f)),
        _ => Ok(vm.float(0.0)),
    }
}
fn getter_imag(vm: &Vm, _obj: &PyRef) -> PyResult {
    Ok(vm.float(0.0))
}

/// `float.__getformat__(typestr)`: the storage format of C doubles and floats.
fn f_getformat(vm: &Vm, args: Args) -> PyResult {
    let Some(t) = args.pos().get(1) else {
        return Err(vm.type_error("__getformat__() takes exactly one argument (0 given)"));
    };
    let Some(s) = t.as_str() else {
        return Err(vm.type_error(format!(
            "__getformat__() argument must be str, not {}",
            vm.type_name(t)
        )));
    };
    if s != "double" && s != "float" {
        return Err(vm.value_error("__getformat__() argument 1 must be 'double' or 'float'"));
    }
    Ok(vm.str(if cfg!(target_endian = "little") {
        "IEEE, little-endian"
    } else {
        "IEEE, big-endian"
    }))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", f_new),
    MethodDef::class("__getformat__", f_getformat),
    MethodDef::method("__add__", f_add),
    MethodDef::method("__radd__", f_radd),
    MethodDef::method("__sub__", f_sub),
    MethodDef::method("__rsub__", f_rsub),
    MethodDef::method("__mul__", f_mul),
    MethodDef::method("__rmul__", f_rmul),
    MethodDef::method("__truediv__", f_truediv),
    MethodDef::method("__rtruediv__", f_rtruediv),
    MethodDef::method("__floordiv__", f_floordiv),
    MethodDef::method("__rfloordiv__", f_rfloordiv),
    MethodDef::method("__mod__", f_mod),
    MethodDef::method("__rmod__", f_rmod),
    MethodDef::method("__divmod__", f_divmod),
    MethodDef::method("__rdivmod__", f_rdivmod),
    MethodDef::method("__pow__", f_pow),
    MethodDef::method("__rpow__", f_rpow),
    MethodDef::method("__lt__", f_lt),
    MethodDef::method("__le__", f_le),
    MethodDef::method("__eq__", f_eq),
    MethodDef::method("__ne__", f_ne),
    MethodDef::method("__gt__", f_gt),
    MethodDef::method("__ge__", f_ge),
    MethodDef::method("__neg__", f_neg),
    MethodDef::method("__pos__", f_pos),
    MethodDef::method("__abs__", f_abs),
    MethodDef::method("__bool__", f_bool),
    MethodDef::method("__int__", f_int),
    MethodDef::method("__float__", f_float),
    MethodDef::method("__trunc__", f_trunc),
    MethodDef::method("__floor__", f_floor),
    MethodDef::method("__ceil__", f_ceil),
    MethodDef::method("__round__", f_round),
    MethodDef::method("__hash__", f_hash),
    MethodDef::method("__repr__", f_repr),
    MethodDef::method("__format__", f_format),
    MethodDef::method("__getnewargs__", f_getnewargs),
    MethodDef::method("is_integer", f_is_integer),
    MethodDef::method("conjugate", f_conjugate),
    MethodDef::method("hex", f_hex),
    MethodDef::class("fromhex", f_fromhex),
    MethodDef::method("as_integer_ratio", f_as_integer_ratio),
];

pub fn init(vm: &Vm) {
    let t = &vm.t.float;
    crate::objects::descr::add_methods(vm, t, METHODS);
    crate::objects::descr::add_getset(vm, t, "real", getter_real, None);
    crate::objects::descr::add_getset(vm, t, "imag", getter_imag, None);
}
