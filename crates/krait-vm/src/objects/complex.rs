//! complex: mirrors `Objects/complexobject.c`. Arithmetic, repr and the constructor; the
//! remaining methods are added with the rest of the numeric tower.

use crate::object::PyRef;
use crate::objects::Payload;
use crate::vm::{Args, MethodDef, PyResult, Vm};

/// The complex value of a number operand.
pub fn as_complex(vm: &Vm, o: &PyRef) -> Option<PyResult<(f64, f64)>> {
    match &o.payload {
        Payload::Complex(re, im) => Some(Ok((*re, *im))),
        _ => crate::objects::float::as_f64(vm, o).map(|r| r.map(|f| (f, 0.0))),
    }
}

fn fmt_part(x: f64) -> String {
    let r = crate::format::float_repr::float_repr(x);
    r.strip_suffix(".0").map(|s| s.to_string()).unwrap_or(r)
}

pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", fmt_part(im));
    }
    let sign = if im < 0.0
        || (im == 0.0 && im.is_sign_negative())
        || (im.is_nan() && im.is_sign_negative())
    {
        "-"
    } else {
        "+"
    };
    format!("({}{}{}j)", fmt_part(re), sign, fmt_part(im.abs()))
}

fn c_repr(vm: &Vm, args: Args) -> PyResult {
    match args.pos()[0].payload {
        Payload::Complex(re, im) => Ok(vm.string(complex_repr(re, im))),
        _ => Err(vm.type_error("expected complex")),
    }
}

fn binop(vm: &Vm, a: &PyRef, b: &PyRef, op: char) -> PyResult {
    let (Some(x), Some(y)) = (as_complex(vm, a), as_complex(vm, b)) else {
        return Ok(vm.not_implemented());
    };
    let ((ar, ai), (br, bi)) = (x?, y?);
    match op {
        '+' => Ok(vm.complex(ar + br, ai + bi)),
        '-' => Ok(vm.complex(ar - br, ai - bi)),
        '*' => Ok(vm.complex(ar * br - ai * bi, ar * bi + ai * br)),
        '/' => {
            if br == 0.0 && bi == 0.0 {
                return Err(vm.zero_division_error("complex division by zero"));
            }
            // Smith's algorithm, as CPython's _Py_c_quot.
            let (abs_br, abs_bi) = (br.abs(), bi.abs());
            if abs_br >= abs_bi {
                let ratio = bi / br;
                let denom = br + bi * ratio;
                Ok(vm.complex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom))
            } else {
                let ratio = br / bi;
                let denom = br * ratio + bi;
                Ok(vm.complex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom))
            }
        }
        _ => {
            // Power.
            if br == 0.0 && bi == 0.0 {
                return Ok(vm.complex(1.0, 0.0));
            }
            if ar == 0.0 && ai == 0.0 {
                if bi != 0.0 || br < 0.0 {
                    return Err(vm.zero_division_error("0.0 to a negative or complex power"));
                }
                return Ok(vm.complex(0.0, 0.0));
            }
            if bi == 0.0 && br == br.trunc() && br.abs() <= 100.0 {
                // Integer power by repeated multiplication (CPython's c_powi).
                let mut n = br as i64;
                let neg = n < 0;
                n = n.abs();
                let (mut rr, mut ri) = (1.0, 0.0);
                let (mut xr, mut xi) = (ar, ai);
                while n > 0 {
                    if n & 1 == 1 {
                        let t = rr * xr - ri * xi;
                        ri = rr * xi + ri * xr;
                        rr = t;
                    }
                    let t = xr * xr - xi * xi;
                    xi *= 2.0 * xr;
                    xr = t;
                    n >>= 1;
                }
                if neg {
                    let d = rr * rr + ri * ri;
                    return Ok(vm.complex(rr / d, -ri / d));
                }
                return Ok(vm.complex(rr, ri));
            }
            let vabs = ar.hypot(ai);
            let len = vabs.powf(br);
            let at = ai.atan2(ar);
            let mut phase = at * br;
            let mut len = len;
            if bi != 0.0 {
                len /= (at * bi).exp();
                phase += bi * vabs.ln();
            }
            Ok(vm.complex(len * phase.cos(), len * phase.sin()))
        }
    }
}

macro_rules! cops {
    ($($f:ident, $r:ident, $op:literal;)*) => {
        $(
            fn $f(vm: &Vm, args: Args) -> PyResult { binop(vm, &args.pos()[0], &args.pos()[1], $op) }
            fn $r(vm: &Vm, args: Args) -> PyResult { binop(vm, &args.pos()[1], &args.pos()[0], $op) }
        )*
    };
}

cops! {
    c_add, c_radd, '+';
    c_sub, c_rsub, '-';
    c_mul, c_rmul, '*';
    c_div, c_rdiv, '/';
    c_pow, c_rpow, 'p';
}

fn parts(vm: &Vm, o: &PyRef) -> PyResult<(f64, f64)> {
    match o.payload {
        Payload::Complex(re, im) => Ok((re, im)),
        _ => Err(vm.type_error("expected complex")),
    }
}

fn c_neg(vm: &Vm, args: Args) -> PyResult {
    let (re, im) = parts(vm, &args.pos()[0])?;
    Ok(vm.complex(-re, -im))
}
fn c_pos(vm: &Vm, args: Args) -> PyResult {
    let (re, im) = parts(vm, &args.pos()[0])?;
    Ok(vm.complex(re, im))
}
fn c_abs(vm: &Vm, args: Args) -> PyResult {
    let (re, im) = parts(vm, &args.pos()[0])?;
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(vm.overflow_error("absolute value too large"));
    }
    Ok(vm.float(r))
}
fn c_bool(vm: &Vm, args: Args) -> PyResult {
    let (re, im) = parts(vm, &args.pos()[0])?;
    Ok(vm.bool(re != 0.0 || im != 0.0))
}
fn c_eq(vm: &Vm, args: Args) -> PyResult {
    let (re, im) = parts(vm, &args.pos()[0])?;
    match as_complex(vm, &args.pos()[1]) {
        Some(o) => {
            let (br, bi) = o?;
            Ok(vm.bool(re == br && im == bi))
        }
        None => Ok(vm.not_implemented()),
    }
}
fn c_ne(vm: &Vm, args: Args) -> PyResult {
    let r = c_eq(vm, args)?;
    if r.is(&vm.not_implemented) {
        return Ok(r);
    }
    Ok(vm.bool(!r.is(&vm.true_)))
}
fn c_hash(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let (re, im) = parts(vm, o)?;
    let hr = crate::protocols::compare::hash_float(re, o.id());
    let hi = crate::protocols::compare::hash_float(im, o.id());
    let mut h = hr.wrapping_add(hi.wrapping_mul(1000003));
    if h == -1 {
        h = -2;
    }
    Ok(vm.int(h))
}
fn c_conjugate(vm: &Vm, args: Args) -> PyResult {
    let (re, im) = parts(vm, &args.pos()[0])?;
    Ok(vm.complex(re, -im))
}
fn g_real(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.float(parts(vm, o)?.0))
}
fn g_imag(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.float(parts(vm, o)?.1))
}

fn c_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    let mut real = args.pos().get(1).cloned();
    let mut imag = args.pos().get(2).cloned();
    for (k, v) in args.kwargs() {
        match k {
            "real" => real = Some(v.clone()),
            "imag" => imag = Some(v.clone()),
            _ => {
                return Err(vm.type_error(format!(
                    "complex() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let (mut re, mut im) = (0.0, 0.0);
    if let Some(r) = &real {
        if let Some(s) = r.as_str() {
            if imag.is_some() {
                return Err(vm.type_error("complex() can't take second arg if first is a string"));
            }
            let (a, b) = parse_complex(s)
                .ok_or_else(|| vm.value_error("complex() arg is a malformed string"))?;
            return Ok(crate::objects::object::alloc_instance(
                vm,
                cls,
                Payload::Complex(a, b),
            ));
        }
        if let Some(c) =
            crate::protocols::call::call_special(vm, r, &vm.intern("__complex__"), &[])?
        {
            let (a, b) = parts(vm, &c)?;
            re = a;
            im = b;
        } else {
            match as_complex(vm, r) {
                Some(v) => {
                    let (a, b) = v?;
                    re = a;
                    im = b;
                }
                None => {
                    let not_number = || {
                        vm.type_error(format!(
                            "complex() first argument must be a string or a number, not '{}'",
                            vm.type_name(r)
                        ))
                    };
                    // float() would parse a bytes-like object; complex() takes numbers only.
                    if crate::objects::bytes::as_buffer(r).is_some() {
                        return Err(not_number());
                    }
                    re = crate::objects::float::to_float(vm, r).map_err(|_| not_number())?;
                }
            }
        }
    }
    if let Some(i) = &imag {
        let (a, b) = match as_complex(vm, i) {
            Some(v) => v?,
            None => {
                return Err(vm.type_error(format!(
                    "complex() second argument must be a number, not '{}'",
                    vm.type_name(i)
                )))
            }
        };
        re -= b;
        im += a;
    }
    Ok(crate::objects::object::alloc_instance(
        vm,
        cls,
        Payload::Complex(re, im),
    ))
}

fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let t = s.trim();
    let t = t
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(t)
        .trim();
    if t.is_empty() {
        return None;
    }
    let pf = |x: &str| crate::format::number_parse::parse_float(x).ok();
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Split at the last sign that is not an exponent sign.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        return match split {
            Some(i) => {
                let re = pf(&body[..i])?;
                let imt = &body[i..];
                let im = if imt == "+" {
                    1.0
                } else if imt == "-" {
                    -1.0
                } else {
                    pf(imt)?
                };
                Some((re, im))
            }
            None => {
                let im = if body.is_empty() || body == "+" {
                    1.0
                } else if body == "-" {
                    -1.0
                } else {
                    pf(body)?
                };
                Some((0.0, im))
            }
        };
    }
    Some((pf(t)?, 0.0))
}

const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", c_new),
    MethodDef::method("__repr__", c_repr),
    MethodDef::method("__add__", c_add),
    MethodDef::method("__radd__", c_radd),
    MethodDef::method("__sub__", c_sub),
    MethodDef::method("__rsub__", c_rsub),
    MethodDef::method("__mul__", c_mul),
    MethodDef::method("__rmul__", c_rmul),
    MethodDef::method("__truediv__", c_div),
    MethodDef::method("__rtruediv__", c_rdiv),
    MethodDef::method("__pow__", c_pow),
    MethodDef::method("__rpow__", c_rpow),
    MethodDef::method("__neg__", c_neg),
    MethodDef::method("__pos__", c_pos),
    MethodDef::method("__abs__", c_abs),
    MethodDef::method("__bool__", c_bool),
    MethodDef::method("__eq__", c_eq),
    MethodDef::method("__ne__", c_ne),
    MethodDef::method("__hash__", c_hash),
    MethodDef::method("conjugate", c_conjugate),
    MethodDef::method("__complex__", c_complex),
    MethodDef::method("__getnewargs__", c_getnewargs),
];

/// `__complex__()`: the value as an exact complex.
fn c_complex(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    if o.class().is(&vm.t.complex) {
        return Ok(o.clone());
    }
    match &o.payload {
        Payload::Complex(re, im) => Ok(vm.complex(*re, *im)),
        _ => Err(vm.type_error("descriptor '__complex__' requires a 'complex' object")),
    }
}

fn c_getnewargs(vm: &Vm, args: Args) -> PyResult {
    match &args.pos()[0].payload {
        Payload::Complex(re, im) => Ok(vm.tuple(vec![vm.float(*re), vm.float(*im)])),
        _ => Err(vm.type_error("descriptor '__getnewargs__' requires a 'complex' object")),
    }
}

pub fn init(vm: &Vm) {
    let t = &vm.t.complex;
    crate::objects::descr::add_methods(vm, t, METHODS);
    crate::objects::descr::add_getset(vm, t, "real", g_real, None);
    crate::objects::descr::add_getset(vm, t, "imag", g_imag, None);
}
