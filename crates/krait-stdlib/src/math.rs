//! math: mirrors `Modules/mathmodule.c`. Float functions follow its error rules (`math_1`,
//! `math_2`): a NaN from non-NaN input is "math domain error" (ValueError), an infinity from
//! finite input is "math range error" (OverflowError) where the function can overflow and a
//! domain error where it has a singularity. The integer functions (factorial, gcd, comb, ...)
//! live in `math_integer.rs`.

use krait_vm::objects::float::float_to_int;
use krait_vm::objects::int::int_val;
use krait_vm::objects::module::{new_module, set_attr};
use krait_vm::protocols::call::call_special;
use krait_vm::{Args, MethodDef, Payload, PyRef, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::math_integer;

/// The C library's libm, called directly: Rust's `f64` methods may use their own
/// implementations, whose last bit can differ from glibc's (and so from CPython's).
mod libm {
    extern "C" {
        pub fn acos(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn cos(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn exp(x: f64) -> f64;
        pub fn exp2(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn log(x: f64) -> f64;
        pub fn log10(x: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn log2(x: f64) -> f64;
        pub fn sin(x: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn pow(x: f64, y: f64) -> f64;
        pub fn frexp(x: f64, e: *mut i32) -> f64;
        pub fn ldexp(x: f64, e: i32) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
    }
}

macro_rules! libm_fn {
    ($($name:ident),*) => {$(
        pub(crate) fn $name(x: f64) -> f64 {
            // SAFETY: a pure libm function of one double; no pointers involved.
            unsafe { libm::$name(x) }
        }
    )*};
}
libm_fn!(
    acos, acosh, asin, asinh, atan, atanh, cos, cosh, erf, erfc, exp, exp2, expm1, log, log10,
    log2, sin, sinh, tan, tanh
);

/// glibc's `cbrt`, looked up at run time: Rust's runtime links its own (correctly rounded)
/// `cbrt` into the binary, which shadows the C library's and differs in the last bit.
fn cbrt(x: f64) -> f64 {
    static ADDR: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    let addr = *ADDR.get_or_init(|| {
        // SAFETY: dlsym with a NUL-terminated name only searches the loaded objects.
        unsafe { libc::dlsym(libc::RTLD_DEFAULT, c"cbrt".as_ptr()) as usize }
    });
    if addr == 0 {
        return x.cbrt();
    }
    // SAFETY: the address is libm's `double cbrt(double)`, found by name above.
    let f: extern "C" fn(f64) -> f64 = unsafe { std::mem::transmute(addr) };
    f(x)
}

fn c_atan2(y: f64, x: f64) -> f64 {
    // SAFETY: a pure libm function; no pointers involved.
    unsafe { libm::atan2(y, x) }
}

pub(crate) fn c_pow(x: f64, y: f64) -> f64 {
    // SAFETY: a pure libm function; no pointers involved.
    unsafe { libm::pow(x, y) }
}

/// `frexp(x)`: mantissa in [0.5, 1) and exponent (x finite and non-zero).
pub fn frexp(x: f64) -> (f64, i32) {
    let mut e = 0i32;
    // SAFETY: frexp writes one int through the pointer, which points at a local.
    let m = unsafe { libm::frexp(x, &mut e) };
    (m, e)
}

pub fn ldexp(x: f64, e: i32) -> f64 {
    // SAFETY: a pure libm function; no pointers involved.
    unsafe { libm::ldexp(x, e) }
}

fn nextafter(x: f64, y: f64) -> f64 {
    // SAFETY: a pure libm function; no pointers involved.
    unsafe { libm::nextafter(x, y) }
}

/// A libm-style error: EDOM or ERANGE.
#[derive(Debug, PartialEq, Eq, Clone, Copy)]
pub enum MathError {
    Domain,
    Range,
}

pub fn math_error(vm: &Vm, e: MathError) -> PyRef {
    match e {
        MathError::Domain => vm.value_error("math domain error"),
        MathError::Range => vm.overflow_error("math range error"),
    }
}

// ----- argument handling -----

/// `PyFloat_AsDouble`: floats (subclasses included) directly, otherwise `__float__` then
/// `__index__`.
pub fn as_double(vm: &Vm, o: &PyRef) -> PyResult<f64> {
    let heap = o.has_heap_type();
    match &o.payload {
        Payload::Float(f) => return Ok(*f),
        Payload::Int(i) if !heap => return Ok(*i as f64),
        Payload::BigInt(b) if !heap => {
            return krait_vm::objects::int::big_to_f64(b)
                .ok_or_else(|| vm.overflow_error("int too large to convert to float"))
        }
        _ => {}
    }
    if let Some(r) = call_special(vm, o, &vm.names.__float__, &[])? {
        return match r.payload {
            Payload::Float(f) => Ok(f),
            _ => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(o),
                vm.type_name(&r)
            ))),
        };
    }
    if let Some(r) = call_special(vm, o, &vm.names.__index__, &[])? {
        if let Some(v) = int_val(&r) {
            return v
                .to_f64()
                .ok_or_else(|| vm.overflow_error("int too large to convert to float"));
        }
        return Err(vm.type_error(format!(
            "__index__ returned non-int (type {})",
            vm.type_name(&r)
        )));
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(o))))
}

/// The single argument of a METH_O function (`math.sqrt(x)`).
pub fn one_arg<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyRef> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    match args.pos() {
        [x] => Ok(x),
        p => Err(vm.type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            p.len()
        ))),
    }
}

/// The positional arguments of a fixed-arity function (`math.pow(x, y)`).
pub fn n_args<'a>(vm: &Vm, args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [PyRef]> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("math.{name}() takes no keyword arguments")));
    }
    let p = args.pos();
    if p.len() != n {
        return Err(vm.type_error(format!("{name} expected {n} arguments, got {}", p.len())));
    }
    Ok(p)
}

fn two_doubles(vm: &Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    let p = n_args(vm, args, name, 2)?;
    Ok((as_double(vm, &p[0])?, as_double(vm, &p[1])?))
}

// ----- the math_1 / math_2 wrappers -----

/// `math_1`: apply `f` and turn NaN/infinite results from ordinary input into errors.
fn math_1(vm: &Vm, args: Args, name: &str, f: fn(f64) -> f64, can_overflow: bool) -> PyResult {
    let x = as_double(vm, one_arg(vm, &args, name)?)?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(math_error(vm, MathError::Domain));
    }
    if r.is_infinite() && x.is_finite() {
        let e = if can_overflow {
            MathError::Range
        } else {
            MathError::Domain
        };
        return Err(math_error(vm, e));
    }
    Ok(vm.float(r))
}

/// `math_2`: the same rules for functions of two floats.
fn math_2(vm: &Vm, args: Args, name: &str, f: fn(f64, f64) -> f64) -> PyResult {
    let (x, y) = two_doubles(vm, &args, name)?;
    let r = f(x, y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(math_error(vm, MathError::Domain));
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(math_error(vm, MathError::Range));
    }
    Ok(vm.float(r))
}

/// `math_1a`: functions that report their own errors.
fn math_1a(vm: &Vm, args: Args, name: &str, f: fn(f64) -> Result<f64, MathError>) -> PyResult {
    let x = as_double(vm, one_arg(vm, &args, name)?)?;
    f(x).map(|r| vm.float(r)).map_err(|e| math_error(vm, e))
}

macro_rules! unary {
    ($($fname:ident: $py:literal, $f:expr, $overflow:expr;)*) => {$(
        fn $fname(vm: &Vm, args: Args) -> PyResult {
            math_1(vm, args, $py, $f, $overflow)
        }
    )*};
}

unary! {
    m_acos: "acos", acos, false;
    m_acosh: "acosh", acosh, false;
    m_asin: "asin", asin, false;
    m_asinh: "asinh", asinh, false;
    m_atan: "atan", atan, false;
    m_atanh: "atanh", atanh, false;
    m_cbrt: "cbrt", cbrt, false;
    m_cos: "cos", cos, false;
    m_cosh: "cosh", cosh, true;
    m_exp: "exp", exp, true;
    m_exp2: "exp2", exp2, true;
    m_expm1: "expm1", expm1, true;
    m_fabs: "fabs", f64::abs, false;
    m_log1p: "log1p", log1p, false;
    m_sin: "sin", sin, false;
    m_sinh: "sinh", sinh, true;
    m_sqrt: "sqrt", f64::sqrt, false;
    m_tan: "tan", tan, false;
    m_tanh: "tanh", tanh, false;
}

fn log1p(x: f64) -> f64 {
    // log1p(-0.0) keeps the sign of zero.
    if x == 0.0 {
        x
    } else {
        // SAFETY: a pure libm function; no pointers involved.
        unsafe { libm::log1p(x) }
    }
}

fn m_erf(vm: &Vm, args: Args) -> PyResult {
    math_1a(vm, args, "erf", |x| Ok(erf(x)))
}

fn m_erfc(vm: &Vm, args: Args) -> PyResult {
    math_1a(vm, args, "erfc", |x| Ok(erfc(x)))
}

fn m_gamma(vm: &Vm, args: Args) -> PyResult {
    math_1a(vm, args, "gamma", crate::math_special::tgamma)
}

fn m_lgamma(vm: &Vm, args: Args) -> PyResult {
    math_1a(vm, args, "lgamma", crate::math_special::lgamma)
}

/// `m_atan2`: C99 special values first, so every platform agrees.
fn atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            let q = if x.is_sign_positive() { 0.25 } else { 0.75 };
            return (q * PI).copysign(y);
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    c_atan2(y, x)
}

/// IEEE 754 remainder: `x - n*y` with `n` the nearest integer to `x/y`, ties to even
/// (`m_remainder`); exact.
pub fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let (ax, ay) = (x.abs(), y.abs());
        let m = ax % ay;
        // Compare m with ay - m rather than 0.5*ay, which may not be representable.
        let c = ay - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            // Halfway: pick the even multiple.
            m - 2.0 * ((0.5 * (ax - m)) % ay)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn m_atan2(vm: &Vm, args: Args) -> PyResult {
    math_2(vm, args, "atan2", atan2)
}

fn m_copysign(vm: &Vm, args: Args) -> PyResult {
    math_2(vm, args, "copysign", f64::copysign)
}

fn m_remainder(vm: &Vm, args: Args) -> PyResult {
    math_2(vm, args, "remainder", remainder)
}

fn m_fmod(vm: &Vm, args: Args) -> PyResult {
    let (x, y) = two_doubles(vm, &args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(vm.float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(math_error(vm, MathError::Domain));
    }
    Ok(vm.float(r))
}

/// `math.pow`: IEEE special values by hand, finite cases through libm.
pub fn pow(x: f64, y: f64) -> Result<f64, MathError> {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        };
        return Ok(r);
    }
    let r = c_pow(x, y);
    if r.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() {
        return Err(if x == 0.0 {
            MathError::Domain
        } else {
            MathError::Range
        });
    }
    Ok(r)
}

fn m_pow(vm: &Vm, args: Args) -> PyResult {
    let (x, y) = two_doubles(vm, &args, "pow")?;
    pow(x, y)
        .map(|r| vm.float(r))
        .map_err(|e| math_error(vm, e))
}

// ----- rounding -----

fn m_floor(vm: &Vm, args: Args) -> PyResult {
    let o = one_arg(vm, &args, "floor")?;
    round_with(vm, o, &vm.names.__floor__, f64::floor)
}

fn m_ceil(vm: &Vm, args: Args) -> PyResult {
    let o = one_arg(vm, &args, "ceil")?;
    round_with(vm, o, &vm.names.__ceil__, f64::ceil)
}

/// floor/ceil: exact floats directly, else the type's `__floor__`/`__ceil__`, else via float.
fn round_with(vm: &Vm, o: &PyRef, dunder: &PyRef, f: fn(f64) -> f64) -> PyResult {
    let heap = o.has_heap_type();
    match &o.payload {
        Payload::Float(x) if !heap => return float_to_int(vm, f(*x)),
        Payload::Int(_) | Payload::BigInt(_) if !heap => {
            return Ok(vm.bigint(int_val(o).map(|v| v.to_big()).unwrap_or_default()))
        }
        _ => {}
    }
    if let Some(r) = call_special(vm, o, dunder, &[])? {
        return Ok(r);
    }
    float_to_int(vm, f(as_double(vm, o)?))
}

fn m_trunc(vm: &Vm, args: Args) -> PyResult {
    let o = one_arg(vm, &args, "trunc")?;
    if let Payload::Float(x) = o.payload {
        if !o.has_heap_type() {
            return float_to_int(vm, x);
        }
    }
    match call_special(vm, o, &vm.names.__trunc__, &[])? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "type {} doesn't define __trunc__ method",
            vm.type_name(o)
        ))),
    }
}

// ----- float decomposition -----

fn m_frexp(vm: &Vm, args: Args) -> PyResult {
    let x = as_double(vm, one_arg(vm, &args, "frexp")?)?;
    let (m, e) = if x.is_nan() || x.is_infinite() || x == 0.0 {
        (x, 0)
    } else {
        frexp(x)
    };
    Ok(vm.tuple(vec![vm.float(m), vm.int(e as i64)]))
}

fn m_ldexp(vm: &Vm, args: Args) -> PyResult {
    let p = n_args(vm, &args, "ldexp", 2)?;
    let x = as_double(vm, &p[0])?;
    let Some(i) = int_val(&p[1]) else {
        return Err(vm.type_error("Expected an int as second argument to ldexp."));
    };
    let exp: i64 = match i.to_big().to_i64() {
        Some(e) => e,
        None if i.to_big().is_negative() => i64::MIN,
        None => i64::MAX,
    };
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if exp > i32::MAX as i64 {
        return Err(math_error(vm, MathError::Range));
    } else if exp < i32::MIN as i64 {
        0.0f64.copysign(x)
    } else {
        let r = ldexp(x, exp as i32);
        if r.is_infinite() {
            return Err(math_error(vm, MathError::Range));
        }
        r
    };
    Ok(vm.float(r))
}

fn m_modf(vm: &Vm, args: Args) -> PyResult {
    let x = as_double(vm, one_arg(vm, &args, "modf")?)?;
    let (frac, int) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    Ok(vm.tuple(vec![vm.float(frac), vm.float(int)]))
}

// ----- logarithms -----

fn log_e(x: f64) -> Result<f64, MathError> {
    log_with(x, log)
}

fn log_2(x: f64) -> Result<f64, MathError> {
    log_with(x, log2)
}

fn log_10(x: f64) -> Result<f64, MathError> {
    log_with(x, log10)
}

/// `m_log` and friends: special values by hand.
fn log_with(x: f64, f: fn(f64) -> f64) -> Result<f64, MathError> {
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x > 0.0 {
        return Ok(f(x));
    }
    Err(MathError::Domain)
}

/// `loghelper`: ints of any size (the log of a huge int is computed from its top bits).
fn loghelper(vm: &Vm, o: &PyRef, f: fn(f64) -> Result<f64, MathError>) -> PyResult<f64> {
    if let Some(v) = int_val(o) {
        let b = v.to_big();
        if !b.is_positive() {
            return Err(math_error(vm, MathError::Domain));
        }
        return match v.to_f64() {
            Some(x) => f(x).map_err(|e| math_error(vm, e)),
            None => {
                let (m, e) = big_frexp(&b);
                let lm = f(m).map_err(|e| math_error(vm, e))?;
                let l2 = f(2.0).map_err(|e| math_error(vm, e))?;
                Ok(lm + l2 * e as f64)
            }
        };
    }
    let x = as_double(vm, o)?;
    let r = f(x).map_err(|e| math_error(vm, e))?;
    Ok(r)
}

/// `_PyLong_Frexp` for a positive big int: `(m, e)` with `b ~= m * 2**e`, m in [0.5, 1),
/// the mantissa correctly rounded.
pub fn big_frexp(b: &BigInt) -> (f64, u64) {
    let bits = b.bits();
    if bits <= 55 {
        let m = b.to_f64().unwrap_or(0.0);
        let (m, e) = frexp(m);
        return (m, e as u64);
    }
    let shift = bits - 55;
    let top: BigInt = b >> shift;
    let sticky = b.trailing_zeros().is_some_and(|tz| tz < shift);
    let top = top.to_u64().unwrap_or(0) | u64::from(sticky);
    let mut m = top as f64 / (1u64 << 55) as f64;
    let mut e = bits;
    if m == 1.0 {
        m = 0.5;
        e += 1;
    }
    (m, e)
}

fn m_log(vm: &Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("log() takes no keyword arguments"));
    }
    let p = args.pos();
    if p.is_empty() || p.len() > 2 {
        return Err(vm.type_error("math.log requires 1 to 2 arguments"));
    }
    let num = loghelper(vm, &p[0], log_e)?;
    let Some(base) = p.get(1) else {
        return Ok(vm.float(num));
    };
    let den = loghelper(vm, base, log_e)?;
    if den == 0.0 {
        return Err(vm.zero_division_error("float division by zero"));
    }
    Ok(vm.float(num / den))
}

fn m_log2(vm: &Vm, args: Args) -> PyResult {
    let x = one_arg(vm, &args, "log2")?;
    Ok(vm.float(loghelper(vm, x, log_2)?))
}

fn m_log10(vm: &Vm, args: Args) -> PyResult {
    let x = one_arg(vm, &args, "log10")?;
    Ok(vm.float(loghelper(vm, x, log_10)?))
}

// ----- predicates and small conversions -----

fn m_degrees(vm: &Vm, args: Args) -> PyResult {
    let x = as_double(vm, one_arg(vm, &args, "degrees")?)?;
    Ok(vm.float(x * (180.0 / std::f64::consts::PI)))
}

fn m_radians(vm: &Vm, args: Args) -> PyResult {
    let x = as_double(vm, one_arg(vm, &args, "radians")?)?;
    Ok(vm.float(x * (std::f64::consts::PI / 180.0)))
}

fn m_isfinite(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.bool(as_double(vm, one_arg(vm, &args, "isfinite")?)?.is_finite()))
}

fn m_isinf(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.bool(as_double(vm, one_arg(vm, &args, "isinf")?)?.is_infinite()))
}

fn m_isnan(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.bool(as_double(vm, one_arg(vm, &args, "isnan")?)?.is_nan()))
}

fn m_isclose(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() > 2 {
        return Err(vm.type_error(format!(
            "isclose() takes exactly 2 positional arguments ({} given)",
            p.len()
        )));
    }
    let mut a = p.first();
    let mut b = p.get(1);
    let mut rel_tol = 1e-9;
    let mut abs_tol = 0.0;
    for (k, v) in args.kwargs() {
        match k {
            "a" if a.is_none() => a = Some(v),
            "b" if b.is_none() => b = Some(v),
            "rel_tol" => rel_tol = as_double(vm, v)?,
            "abs_tol" => abs_tol = as_double(vm, v)?,
            "a" | "b" => {
                return Err(vm.type_error(format!(
                    "argument for isclose() given by name ('{k}') and position"
                )))
            }
            _ => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for isclose()"
                )))
            }
        }
    }
    let a = a.ok_or_else(|| vm.type_error("isclose() missing required argument 'a' (pos 1)"))?;
    let b = b.ok_or_else(|| vm.type_error("isclose() missing required argument 'b' (pos 2)"))?;
    let (a, b) = (as_double(vm, a)?, as_double(vm, b)?);
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(vm.value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(vm.true_.clone());
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(vm.false_.clone());
    }
    let diff = (b - a).abs();
    Ok(vm.bool(diff <= (rel_tol * b).abs() || diff <= (rel_tol * a).abs() || diff <= abs_tol))
}

fn m_nextafter(vm: &Vm, args: Args) -> PyResult {
    let (x, y) = two_doubles(vm, &args, "nextafter")?;
    Ok(vm.float(nextafter(x, y)))
}

fn m_ulp(vm: &Vm, args: Args) -> PyResult {
    let x = as_double(vm, one_arg(vm, &args, "ulp")?)?;
    if x.is_nan() {
        return Ok(vm.float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(vm.float(x));
    }
    let up = nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(vm.float(x - nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(vm.float(up - x))
}

// ----- sums and norms -----

fn m_fsum(vm: &Vm, args: Args) -> PyResult {
    let seq = one_arg(vm, &args, "fsum")?;
    let it = krait_vm::protocols::sequence::iter(vm, seq)?;
    let mut acc = crate::math_special::Fsum::default();
    while let Some(item) = krait_vm::protocols::sequence::next(vm, &it)? {
        let x = as_double(vm, &item)?;
        if !acc.add(x) {
            return Err(vm.overflow_error("intermediate overflow in fsum"));
        }
    }
    acc.total()
        .map(|r| vm.float(r))
        .map_err(|_| vm.value_error("-inf + inf in fsum"))
}

fn m_hypot(vm: &Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("math.hypot() takes no keyword arguments"));
    }
    let mut coords = Vec::with_capacity(args.pos().len());
    for o in args.pos() {
        coords.push(as_double(vm, o)?.abs());
    }
    Ok(vm.float(crate::math_special::vector_norm(&mut coords)))
}

fn m_dist(vm: &Vm, args: Args) -> PyResult {
    let p = n_args(vm, &args, "dist", 2)?;
    let a = point(vm, &p[0])?;
    let b = point(vm, &p[1])?;
    if a.len() != b.len() {
        return Err(vm.value_error("both points must have the same number of dimensions"));
    }
    let mut diffs = Vec::with_capacity(a.len());
    for (x, y) in a.iter().zip(b.iter()) {
        diffs.push((as_double(vm, x)? - as_double(vm, y)?).abs());
    }
    Ok(vm.float(crate::math_special::vector_norm(&mut diffs)))
}

fn point(vm: &Vm, o: &PyRef) -> PyResult<Vec<PyRef>> {
    match o.as_tuple() {
        Some(t) => Ok(t.to_vec()),
        None => krait_vm::protocols::sequence::collect(vm, o),
    }
}

fn m_prod(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() != 1 {
        return Err(vm.type_error(format!(
            "prod() takes exactly 1 positional argument ({} given)",
            p.len()
        )));
    }
    let mut result = vm.int(1);
    for (k, v) in args.kwargs() {
        if k != "start" {
            return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for prod()")));
        }
        result = v.clone();
    }
    let it = krait_vm::protocols::sequence::iter(vm, &p[0])?;
    while let Some(item) = krait_vm::protocols::sequence::next(vm, &it)? {
        result = krait_vm::protocols::number::binary_op(
            vm,
            &result,
            &item,
            krait_bytecode::opcode::BinaryOp::Multiply,
        )?;
    }
    Ok(result)
}

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("acos", m_acos),
    MethodDef::method("acosh", m_acosh),
    MethodDef::method("asin", m_asin),
    MethodDef::method("asinh", m_asinh),
    MethodDef::method("atan", m_atan),
    MethodDef::method("atan2", m_atan2),
    MethodDef::method("atanh", m_atanh),
    MethodDef::method("cbrt", m_cbrt),
    MethodDef::method("ceil", m_ceil),
    MethodDef::method("comb", math_integer::comb),
    MethodDef::method("copysign", m_copysign),
    MethodDef::method("cos", m_cos),
    MethodDef::method("cosh", m_cosh),
    MethodDef::method("degrees", m_degrees),
    MethodDef::method("dist", m_dist),
    MethodDef::method("erf", m_erf),
    MethodDef::method("erfc", m_erfc),
    MethodDef::method("exp", m_exp),
    MethodDef::method("exp2", m_exp2),
    MethodDef::method("expm1", m_expm1),
    MethodDef::method("fabs", m_fabs),
    MethodDef::method("factorial", math_integer::factorial),
    MethodDef::method("floor", m_floor),
    MethodDef::method("fmod", m_fmod),
    MethodDef::method("frexp", m_frexp),
    MethodDef::method("fsum", m_fsum),
    MethodDef::method("gamma", m_gamma),
    MethodDef::method("gcd", math_integer::gcd),
    MethodDef::method("hypot", m_hypot),
    MethodDef::method("isclose", m_isclose),
    MethodDef::method("isfinite", m_isfinite),
    MethodDef::method("isinf", m_isinf),
    MethodDef::method("isnan", m_isnan),
    MethodDef::method("isqrt", math_integer::isqrt),
    MethodDef::method("lcm", math_integer::lcm),
    MethodDef::method("ldexp", m_ldexp),
    MethodDef::method("lgamma", m_lgamma),
    MethodDef::method("log", m_log),
    MethodDef::method("log1p", m_log1p),
    MethodDef::method("log10", m_log10),
    MethodDef::method("log2", m_log2),
    MethodDef::method("modf", m_modf),
    MethodDef::method("pow", m_pow),
    MethodDef::method("radians", m_radians),
    MethodDef::method("remainder", m_remainder),
    MethodDef::method("sin", m_sin),
    MethodDef::method("sinh", m_sinh),
    MethodDef::method("sqrt", m_sqrt),
    MethodDef::method("tan", m_tan),
    MethodDef::method("tanh", m_tanh),
    MethodDef::method("trunc", m_trunc),
    MethodDef::method("prod", m_prod),
    MethodDef::method("perm", math_integer::perm),
    MethodDef::method("nextafter", m_nextafter),
    MethodDef::method("ulp", m_ulp),
];

pub fn init(vm: &Vm) -> PyResult {
    let m = new_module(vm, "math");
    crate::add_functions(vm, &m, FUNCTIONS);
    set_attr(
        vm,
        &m,
        "__doc__",
        vm.str(
            "This module provides access to the mathematical functions\ndefined by the C standard.",
        ),
    );
    set_attr(vm, &m, "pi", vm.float(std::f64::consts::PI));
    set_attr(vm, &m, "e", vm.float(std::f64::consts::E));
    set_attr(vm, &m, "tau", vm.float(std::f64::consts::TAU));
    set_attr(vm, &m, "inf", vm.float(f64::INFINITY));
    set_attr(vm, &m, "nan", vm.float(f64::NAN));
    Ok(m)
}
