//! int: mirrors `Objects/longobject.c`. A machine-word fast path (`Payload::Int`) and
//! `num-bigint` beyond it (`Payload::BigInt`, never holding a value that fits an `i64`).

use krait_bytecode::opcode::BinaryOp;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::object::PyRef;
use crate::objects::Payload;
use crate::vm::{Args, MethodDef, PyResult, Vm};

/// Borrowed view of an int value.
pub enum IntVal<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntVal<'_> {
    pub fn to_big(&self) -> BigInt {
        match self {
            IntVal::Small(i) => BigInt::from(*i),
            IntVal::Big(b) => (*b).clone(),
        }
    }

    pub fn to_f64(&self) -> Option<f64> {
        match self {
            IntVal::Small(i) => Some(*i as f64),
            IntVal::Big(b) => big_to_f64(b),
        }
    }
}

/// The int value of `obj` if it is an int (bool included).
#[inline]
pub fn int_val(obj: &PyRef) -> Option<IntVal<'_>> {
    match &obj.payload {
        Payload::Int(i) => Some(IntVal::Small(*i)),
        Payload::BigInt(b) => Some(IntVal::Big(b)),
        _ => None,
    }
}

/// Correctly rounded conversion of a big int to float; None when it overflows.
pub fn big_to_f64(b: &BigInt) -> Option<f64> {
    let f = b.to_f64()?;
    if f.is_infinite() {
        None
    } else {
        Some(f)
    }
}

/// An int as `i64`, or OverflowError with CPython's message.
pub fn to_i64(vm: &Vm, obj: &PyRef) -> PyResult<i64> {
    match &obj.payload {
        Payload::Int(i) => Ok(*i),
        Payload::BigInt(_) => Err(vm.overflow_error("Python int too large to convert to C long")),
        _ => {
            let i = crate::protocols::number::index(vm, obj)?;
            to_i64(vm, &i)
        }
    }
}

pub fn int_floordiv(a: i64, b: i64) -> i64 {
    let q = a / b;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

pub fn int_mod(a: i64, b: i64) -> i64 {
    let r = a % b;
    if r != 0 && ((r < 0) != (b < 0)) {
        r + b
    } else {
        r
    }
}

/// True division of ints, correctly rounded (CPython's `long_true_divide`).
pub fn true_divide(vm: &Vm, a: &BigInt, b: &BigInt) -> PyResult {
    if b.is_zero() {
        return Err(vm.zero_division_error("division by zero"));
    }
    const EXACT: i64 = 1 << 53;
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        if x.unsigned_abs() <= EXACT as u64 && y.unsigned_abs() <= EXACT as u64 {
            return Ok(vm.float(x as f64 / y as f64));
        }
    }
    // Scale so the quotient has 55+ significant bits, then round once.
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    let shift = b.bits() as i64 - a.bits() as i64 + 55;
    let (num, den) = if shift >= 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (q, r) = num.div_rem(&den);
    let mut q = q;
    if !r.is_zero() {
        q = (q << 1usize) | BigInt::one();
    } else {
        q <<= 1usize;
    }
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let exp = -(shift as i32) - 1;
    let result = if exp > 1023 + 60 {
        f64::INFINITY
    } else {
        qf * 2f64.powi(exp.max(-1074 - 60))
    };
    if result.is_infinite() {
        return Err(vm.overflow_error("integer division result too large for a float"));
    }
    Ok(vm.float(if neg { -result } else { result }))
}

/// int OP int on machine words, overflowing into big ints.
#[inline]
pub fn small_binop(vm: &Vm, a: i64, b: i64, op: BinaryOp) -> Option<PyResult> {
    Some(match op {
        BinaryOp::Add => Ok(match a.checked_add(b) {
            Some(v) => vm.int(v),
            None => vm.bigint(BigInt::from(a) + b),
        }),
        BinaryOp::Subtract => Ok(match a.checked_sub(b) {
            Some(v) => vm.int(v),
            None => vm.bigint(BigInt::from(a) - b),
        }),
        BinaryOp::Multiply => Ok(match a.checked_mul(b) {
            Some(v) => vm.int(v),
            None => vm.bigint(BigInt::from(a) * b),
        }),
        BinaryOp::FloorDivide => {
            if b == 0 {
                Err(vm.zero_division_error("integer division or modulo by zero"))
            } else if a == i64::MIN && b == -1 {
                Ok(vm.bigint(-BigInt::from(a)))
            } else {
                Ok(vm.int(int_floordiv(a, b)))
            }
        }
        BinaryOp::Remainder => {
            if b == 0 {
                Err(vm.zero_division_error("integer modulo by zero"))
            } else if b == -1 {
                Ok(vm.int(0))
            } else {
                Ok(vm.int(int_mod(a, b)))
            }
        }
        BinaryOp::TrueDivide => {
            const EXACT: i64 = 1 << 53;
            if b != 0 && (-EXACT..=EXACT).contains(&a) && (-EXACT..=EXACT).contains(&b) {
                Ok(vm.float(a as f64 / b as f64))
            } else {
                true_divide(vm, &BigInt::from(a), &BigInt::from(b))
            }
        }
        BinaryOp::And => Ok(vm.int(a & b)),
        BinaryOp::Or => Ok(vm.int(a | b)),
        BinaryOp::Xor => Ok(vm.int(a ^ b)),
        _ => return big_binop(vm, &IntVal::Small(a), &IntVal::Small(b), op),
    })
}

/// int OP int in general; None when the operation is not defined for ints (`@`).
pub fn big_binop(vm: &Vm, a: &IntVal, b: &IntVal, op: BinaryOp) -> Option<PyResult> {
    if let (IntVal::Small(x), IntVal::Small(y)) = (a, b) {
        match op {
            BinaryOp::Power | BinaryOp::Lshift | BinaryOp::Rshift | BinaryOp::MatrixMultiply => {}
            _ => return small_binop(vm, *x, *y, op),
        }
    }
    let x = a.to_big();
    let y = b.to_big();
    Some(match op {
        BinaryOp::Add => Ok(vm.bigint(x + y)),
        BinaryOp::Subtract => Ok(vm.bigint(x - y)),
        BinaryOp::Multiply => Ok(vm.bigint(x * y)),
        BinaryOp::FloorDivide => {
            if y.is_zero() {
                Err(vm.zero_division_error("integer division or modulo by zero"))
            } else {
                Ok(vm.bigint(x.div_floor(&y)))
            }
        }
        BinaryOp::Remainder => {
            if y.is_zero() {
                Err(vm.zero_division_error("integer modulo by zero"))
            } else {
                Ok(vm.bigint(x.mod_floor(&y)))
            }
        }
        BinaryOp::TrueDivide => true_divide(vm, &x, &y),
        BinaryOp::And => Ok(vm.bigint(x & y)),
        BinaryOp::Or => Ok(vm.bigint(x | y)),
        BinaryOp::Xor => Ok(vm.bigint(x ^ y)),
        BinaryOp::Lshift => {
            if y.is_negative() {
                Err(vm.value_error("negative shift count"))
            } else if x.is_zero() {
                Ok(vm.int(0))
            } else {
                match y.to_usize() {
                    Some(s) if s < (1 << 32) => Ok(vm.bigint(x << s)),
                    // CPython tries to allocate `shift / 30` digits: within its digit-count
                    // limit that fails as MemoryError, beyond it as OverflowError.
                    _ if y.to_u128().is_some_and(|s| s / 30 + 2 < MAX_LONG_DIGITS) => {
                        Err(vm.new_exc_empty(&vm.t.memory_error))
                    }
                    _ => Err(vm.overflow_error("too many digits in integer")),
                }
            }
        }
        BinaryOp::Rshift => {
            if y.is_negative() {
                Err(vm.value_error("negative shift count"))
            } else {
                match y.to_usize() {
                    Some(s) => Ok(vm.bigint(x >> s)),
                    None => Ok(vm.int(if x.is_negative() { -1 } else { 0 })),
                }
            }
        }
        BinaryOp::Power => int_pow(vm, &x, &y),
        _ => return None,
    })
}

/// CPython's `MAX_LONG_DIGITS`: the most 30-bit digits an int may have on a 64-bit build.
const MAX_LONG_DIGITS: u128 = (i64::MAX as u128 - 24) / 4;

fn int_pow(vm: &Vm, x: &BigInt, y: &BigInt) -> PyResult {
    if y.is_negative() {
        let (Some(xf), Some(yf)) = (x.to_f64(), y.to_f64()) else {
            return Err(vm.overflow_error("int too large to convert to float"));
        };
        if xf == 0.0 {
            return Err(vm.zero_division_error("0.0 cannot be raised to a negative power"));
        }
        return crate::objects::float::float_pow(vm, xf, yf);
    }
    if x.is_zero() || x.is_one() {
        return Ok(vm.bigint(if y.is_zero() {
            BigInt::one()
        } else {
            x.clone()
        }));
    }
    if *x == BigInt::from(-1) {
        return Ok(vm.int(if y.is_even() { 1 } else { -1 }));
    }
    let Some(e) = y.to_u32() else {
        return Err(vm.memory_error());
    };
    // Refuse results that could not be allocated (CPython raises MemoryError eventually).
    if (x.bits() as u128) * (e as u128) > (1u128 << 36) {
        return Err(vm.memory_error());
    }
    Ok(vm.bigint(num_traits::pow(x.clone(), e as usize)))
}

/// `pow(a, b, m)` for ints.
pub fn int_pow_mod(vm: &Vm, a: &BigInt, b: &BigInt, m: &BigInt) -> PyResult {
    if m.is_zero() {
        return Err(vm.value_error("pow() 3rd argument cannot be 0"));
    }
    let mut base = a.clone();
    let mut exp = b.clone();
    if exp.is_negative() {
        match mod_inverse(&base, m) {
            Some(inv) => {
                base = inv;
                exp = -exp;
            }
            None => return Err(vm.value_error("base is not invertible for the given modulus")),
        }
    }
    let mabs = m.abs();
    let mut r = base.mod_floor(&mabs).modpow(&exp, &mabs);
    if m.is_negative() && !r.is_zero() {
        r += m;
    }
    Ok(vm.bigint(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = a.mod_floor(&m).extended_gcd(&m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

/// `i` in decimal, in a string of exactly its length (so that it becomes a `str` without
/// being reallocated).
pub fn i64_decimal(i: i64) -> String {
    let mut buf = [0u8; 64];
    let digits = crate::format::spec::u64_digits(i.unsigned_abs(), 10, &mut buf);
    let mut s = String::with_capacity(digits.len() + usize::from(i < 0));
    if i < 0 {
        s.push('-');
    }
    s.push_str(digits);
    s
}

/// `repr(int)`, honouring `sys.set_int_max_str_digits`.
pub fn int_repr(vm: &Vm, v: &IntVal) -> PyResult<String> {
    match v {
        IntVal::Small(i) => Ok(i64_decimal(*i)),
        IntVal::Big(b) => {
            let limit = vm.int_max_str_digits.get();
            if limit > 0 {
                // Cheap bound first: bits * log10(2) digits.
                let approx_digits = (b.bits() as f64 * std::f64::consts::LOG10_2) as usize;
                if approx_digits > limit + 1 {
                    return Err(vm.value_error(format!(
                        "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                    )));
                }
            }
            let s = b.to_string();
            let digits = s.len() - usize::from(b.is_negative());
            if limit > 0 && digits > limit {
                return Err(vm.value_error(format!(
                    "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
                )));
            }
            Ok(s)
        }
    }
}

fn self_val<'a>(vm: &Vm, args: &'a Args) -> PyResult<IntVal<'a>> {
    args.pos()
        .first()
        .and_then(int_val)
        .ok_or_else(|| vm.type_error("descriptor requires an 'int' object"))
}

fn other_val<'a>(args: &'a Args) -> Option<IntVal<'a>> {
    args.pos().get(1).and_then(int_val)
}

macro_rules! int_binop_methods {
    ($($fwd:ident, $rev:ident, $op:expr;)*) => {
        $(
            fn $fwd(vm: &Vm, args: Args) -> PyResult {
                let a = self_val(vm, &args)?;
                match other_val(&args) {
                    Some(b) => big_binop(vm, &a, &b, $op).unwrap_or_else(|| Ok(vm.not_implemented())),
                    None => Ok(vm.not_implemented()),
                }
            }
            fn $rev(vm: &Vm, args: Args) -> PyResult {
                let a = self_val(vm, &args)?;
                match other_val(&args) {
                    Some(b) => big_binop(vm, &b, &a, $op).unwrap_or_else(|| Ok(vm.not_implemented())),
                    None => Ok(vm.not_implemented()),
                }
            }
        )*
    };
}

int_binop_methods! {
    int_add, int_radd, BinaryOp::Add;
    int_sub, int_rsub, BinaryOp::Subtract;
    int_mul, int_rmul, BinaryOp::Multiply;
    int_floordiv_m, int_rfloordiv, BinaryOp::FloorDivide;
    int_truediv, int_rtruediv, BinaryOp::TrueDivide;
    int_mod_m, int_rmod, BinaryOp::Remainder;
    int_and, int_rand, BinaryOp::And;
    int_or, int_ror, BinaryOp::Or;
    int_xor, int_rxor, BinaryOp::Xor;
    int_lshift, int_rlshift, BinaryOp::Lshift;
    int_rshift, int_rrshift, BinaryOp::Rshift;
}

fn int_pow_m(vm: &Vm, args: Args) -> PyResult {
    let a = self_val(vm, &args)?;
    let Some(b) = other_val(&args) else {
        return Ok(vm.not_implemented());
    };
    match args.pos().get(2) {
        Some(m) if !vm.is_none(m) => match int_val(m) {
            Some(mv) => int_pow_mod(vm, &a.to_big(), &b.to_big(), &mv.to_big()),
            None => Ok(vm.not_implemented()),
        },
        _ => big_binop(vm, &a, &b, BinaryOp::Power).unwrap_or_else(|| Ok(vm.not_implemented())),
    }
}

fn int_rpow(vm: &Vm, args: Args) -> PyResult {
    let a = self_val(vm, &args)?;
    let Some(b) = other_val(&args) else {
        return Ok(vm.not_implemented());
    };
    big_binop(vm, &b, &a, BinaryOp::Power).unwrap_or_else(|| Ok(vm.not_implemented()))
}

fn int_divmod(vm: &Vm, args: Args) -> PyResult {
    let a = self_val(vm, &args)?;
    let Some(b) = other_val(&args) else {
        return Ok(vm.not_implemented());
    };
    let q =
        big_binop(vm, &a, &b, BinaryOp::FloorDivide).unwrap_or_else(|| Ok(vm.not_implemented()))?;
    let r =
        big_binop(vm, &a, &b, BinaryOp::Remainder).unwrap_or_else(|| Ok(vm.not_implemented()))?;
    Ok(vm.tuple(vec![q, r]))
}

fn int_rdivmod(vm: &Vm, args: Args) -> PyResult {
    let a = self_val(vm, &args)?;
    let Some(b) = other_val(&args) else {
        return Ok(vm.not_implemented());
    };
    let q =
        big_binop(vm, &b, &a, BinaryOp::FloorDivide).unwrap_or_else(|| Ok(vm.not_implemented()))?;
    let r =
        big_binop(vm, &b, &a, BinaryOp::Remainder).unwrap_or_else(|| Ok(vm.not_implemented()))?;
    Ok(vm.tuple(vec![q, r]))
}

fn cmp_vals(a: &IntVal, b: &IntVal) -> std::cmp::Ordering {
    match (a, b) {
        (IntVal::Small(x), IntVal::Small(y)) => x.cmp(y),
        _ => a.to_big().cmp(&b.to_big()),
    }
}

macro_rules! int_cmp_methods {
    ($($name:ident, $pred:expr;)*) => {
        $(
            fn $name(vm: &Vm, args: Args) -> PyResult {
                let a = self_val(vm, &args)?;
                match args.pos().get(1) {
                    Some(o) => match int_val(o) {
                        Some(b) => Ok(vm.bool($pred(cmp_vals(&a, &b)))),
                        None => match &o.payload {
                            Payload::Float(f) => Ok(vm.bool(crate::objects::float::compare_int_float(&a, *f).map_or(false, $pred))),
                            _ => Ok(vm.not_implemented()),
                        },
                    },
                    None => Ok(vm.not_implemented()),
                }
            }
        )*
    };
}

int_cmp_methods! {
    int_lt, |o: std::cmp::Ordering| o.is_lt();
    int_le, |o: std::cmp::Ordering| o.is_le();
    int_eq, |o: std::cmp::Ordering| o.is_eq();
    int_ne, |o: std::cmp::Ordering| o.is_ne();
    int_gt, |o: std::cmp::Ordering| o.is_gt();
    int_ge, |o: std::cmp::Ordering| o.is_ge();
}

fn int_neg(vm: &Vm, args: Args) -> PyResult {
    let a = self_val(vm, &args)?;
    Ok(match a {
        IntVal::Small(i) => match i.checked_neg() {
            Some(v) => vm.int(v),
            None => vm.bigint(-BigInt::from(i)),
        },
        IntVal::Big(b) => vm.bigint(-b.clone()),
    })
}

fn int_pos(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.bigint(self_val(vm, &args)?.to_big()))
}

fn int_abs(vm: &Vm, args: Args) -> PyResult {
    let a = self_val(vm, &args)?;
    Ok(match a {
        IntVal::Small(i) => match i.checked_abs() {
            Some(v) => vm.int(v),
            None => vm.bigint(BigInt::from(i).abs()),
        },
        IntVal::Big(b) => vm.bigint(b.abs()),
    })
}

fn int_invert(vm: &Vm, args: Args) -> PyResult {
    let a = self_val(vm, &args)?;
    Ok(match a {
        IntVal::Small(i) => vm.int(!i),
        IntVal::Big(b) => vm.bigint(-(b.clone()) - 1),
    })
}

fn int_bool(vm: &Vm, args: Args) -> PyResult {
    let a = self_val(vm, &args)?;
    Ok(vm.bool(match a {
        IntVal::Small(i) => i != 0,
        IntVal::Big(_) => true,
    }))
}

fn int_int(vm: &Vm, args: Args) -> PyResult {
    let a = self_val(vm, &args)?;
    Ok(match a {
        IntVal::Small(i) => vm.int(i),
        IntVal::Big(b) => vm.bigint(b.clone()),
    })
}

fn int_float(vm: &Vm, args: Args) -> PyResult {
    let a = self_val(vm, &args)?;
    match a.to_f64() {
        Some(f) => Ok(vm.float(f)),
        None => Err(vm.overflow_error("int too large to convert to float")),
    }
}

fn int_hash(vm: &Vm, args: Args) -> PyResult {
    let a = self_val(vm, &args)?;
    Ok(vm.int(match a {
        IntVal::Small(i) => crate::protocols::compare::hash_i64(i),
        IntVal::Big(b) => crate::protocols::compare::hash_bigint(b),
    }))
}

fn int_repr_m(vm: &Vm, args: Args) -> PyResult {
    let obj = &args.pos()[0];
    if obj.is_type(&vm.t.bool) {
        return Ok(vm.str(if matches!(obj.payload, Payload::Int(0)) {
            "False"
        } else {
            "True"
        }));
    }
    let a = self_val(vm, &args)?;
    Ok(vm.string(int_repr(vm, &a)?))
}

fn int_bit_length(vm: &Vm, args: Args) -> PyResult {
    let a = self_val(vm, &args)?;
    Ok(vm.int(match a {
        IntVal::Small(i) => 64 - i.unsigned_abs().leading_zeros() as i64,
        IntVal::Big(b) => b.bits() as i64,
    }))
}

fn int_bit_count(vm: &Vm, args: Args) -> PyResult {
    let a = self_val(vm, &args)?;
    Ok(vm.int(match a {
        IntVal::Small(i) => i.unsigned_abs().count_ones() as i64,
        IntVal::Big(b) => b
            .magnitude()
            .iter_u64_digits()
            .map(|d| d.count_ones() as i64)
            .sum(),
    }))
}

fn int_conjugate(vm: &Vm, args: Args) -> PyResult {
    int_int(vm, args)
}

fn int_as_integer_ratio(vm: &Vm, args: Args) -> PyResult {
    let v = int_int(vm, args)?;
    Ok(vm.tuple(vec![v, vm.int(1)]))
}

fn int_index(vm: &Vm, args: Args) -> PyResult {
    int_int(vm, args)
}

fn int_round(vm: &Vm, args: Args) -> PyResult {
    let a = self_val(vm, &args)?;
    match args.pos().get(1) {
        None => int_int(vm, args),
        Some(n) if vm.is_none(n) => int_int(vm, args),
        Some(n) => {
            let nd = to_i64(vm, n)?;
            if nd >= 0 {
                return int_int(vm, args);
            }
            let x = a.to_big();
            let pow = num_traits::pow(BigInt::from(10), (-nd) as usize);
            let (q, r) = x.div_mod_floor(&pow);
            let twice = &r * 2;
            let q = if twice > pow || (twice == pow && q.is_odd()) {
                q + 1
            } else {
                q
            };
            Ok(vm.bigint(q * pow))
        }
    }
}

fn int_to_bytes(vm: &Vm, args: Args) -> PyResult {
    let a = self_val(vm, &args)?.to_big();
    let mut length: Option<&PyRef> = args.pos().get(1);
    let mut order: Option<&PyRef> = args.pos().get(2);
    let mut signed = false;
    for (k, v) in args.kwargs() {
        match k {
            "length" => length = Some(v),
            "byteorder" => order = Some(v),
            "signed" => signed = crate::protocols::compare::is_true(vm, v)?,
            _ => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for to_bytes()"
                )))
            }
        }
    }
    let len = match length {
        Some(l) => to_i64(vm, l)?,
        None => 1,
    };
    if len < 0 {
        return Err(vm.value_error("length argument must be non-negative"));
    }
    let little = match order.and_then(|o| o.as_str().map(|s| s.to_string())) {
        None => false,
        Some(s) if s == "big" => false,
        Some(s) if s == "little" => true,
        Some(_) => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    };
    if a.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        a.to_signed_bytes_le()
    } else {
        a.to_bytes_le().1
    };
    if a.is_zero() {
        bytes.clear();
    }
    if bytes.len() > len as usize {
        // to_signed_bytes may add a sign byte that is not needed.
        return Err(vm.overflow_error("int too big to convert"));
    }
    let fill = if a.is_negative() { 0xff } else { 0 };
    bytes.resize(len as usize, fill);
    if !little {
        bytes.reverse();
    }
    Ok(vm.bytes_vec(bytes))
}

fn int_from_bytes(vm: &Vm, args: Args) -> PyResult {
    let cls = args.pos()[0].clone();
    let mut data = args.pos().get(1);
    let mut order: Option<&PyRef> = args.pos().get(2);
    let mut signed = false;
    for (k, v) in args.kwargs() {
        match k {
            "bytes" => data = Some(v),
            "byteorder" => order = Some(v),
            "signed" => signed = crate::protocols::compare::is_true(vm, v)?,
            _ => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for from_bytes()"
                )))
            }
        }
    }
    let Some(data) = data else {
        return Err(vm.type_error("from_bytes() missing required argument 'bytes' (pos 1)"));
    };
    let raw = crate::objects::bytes::bytes_from_object(vm, data)?;
    let little = match order.and_then(|o| o.as_str().map(|s| s.to_string())) {
        None => false,
        Some(s) if s == "big" => false,
        Some(s) if s == "little" => true,
        Some(_) => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    };
    let v = if little {
        if signed {
            BigInt::from_signed_bytes_le(&raw)
        } else {
            BigInt::from_bytes_le(Sign::Plus, &raw)
        }
    } else if signed {
        BigInt::from_signed_bytes_be(&raw)
    } else {
        BigInt::from_bytes_be(Sign::Plus, &raw)
    };
    let r = vm.bigint(v);
    if cls.is(&vm.t.int) {
        Ok(r)
    } else {
        crate::protocols::call::call(vm, &cls, &[r])
    }
}

fn int_format(vm: &Vm, args: Args) -> PyResult {
    self_val(vm, &args)?;
    let spec = args.pos().get(1).and_then(|s| s.as_str()).unwrap_or("");
    format_spec(vm, &args.pos()[0], spec)
}

/// `int.__format__(obj, spec)` for an int (or subclass) `obj`.
pub fn format_spec(vm: &Vm, obj: &PyRef, spec: &str) -> PyResult {
    let Some(a) = int_val(obj) else {
        return Err(vm.type_error("descriptor requires an 'int' object"));
    };
    if spec.is_empty() {
        return crate::protocols::repr::str(vm, obj);
    }
    let td = obj.type_data();
    let tn = td.name_ref();
    let parsed = crate::format::spec::parse(spec, &tn).map_err(|e| vm.format_err(e))?;
    let r = crate::format::spec::format_int(a, &parsed, &tn, vm.int_max_str_digits.get());
    drop(tn);
    r.map(|s| vm.string(s)).map_err(|e| vm.format_err(e))
}

fn int_getnewargs(vm: &Vm, args: Args) -> PyResult {
    let v = int_int(vm, args)?;
    Ok(vm.tuple(vec![v]))
}

/// `int(x=0)` / `int(x, base=10)`.
fn int_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    let mut x = args.pos().get(1).cloned();
    let mut base = args.pos().get(2).cloned();
    for (k, v) in args.kwargs() {
        match k {
            "base" => base = Some(v.clone()),
            _ => {
                return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for int()")))
            }
        }
    }
    if args.pos().len() > 3 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.pos().len() - 1
        )));
    }
    let value = match (x.take(), base) {
        (None, None) => vm.int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => to_int(vm, &x)?,
        (Some(x), Some(b)) => {
            let b = to_i64(vm, &b)?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let text: String = match &x.payload {
                Payload::Str(s) => s.as_str().to_string(),
                Payload::Bytes(bs) => String::from_utf8_lossy(bs).into_owned(),
                Payload::ByteArray(bs) => String::from_utf8_lossy(&bs.borrow()).into_owned(),
                _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
            };
            parse_int_str(vm, &x, &text, b as u32)?
        }
    };
    if cls.is(&vm.t.int) {
        return Ok(value);
    }
    let payload = match &value.payload {
        Payload::Int(i) => Payload::Int(*i),
        Payload::BigInt(b) => Payload::BigInt(b.clone()),
        _ => Payload::Int(0),
    };
    Ok(crate::objects::object::alloc_instance(vm, cls, payload))
}

fn parse_int_str(vm: &Vm, original: &PyRef, text: &str, base: u32) -> PyResult {
    match crate::format::number_parse::parse_int(text, base, vm.int_max_str_digits.get()) {
        Ok(v) => Ok(vm.bigint(v)),
        Err(crate::format::FormatError::ValueError(m)) if m.starts_with("Exceeds") => {
            Err(vm.value_error(m))
        }
        Err(_) => {
            let r = crate::protocols::repr::repr(vm, original)?;
            Err(vm.value_error(format!(
                "invalid literal for int() with base {}: {}",
                base,
                r.as_str().unwrap_or("")
            )))
        }
    }
}

/// `int(x)` for one argument: `__int__`, `__index__`, `__trunc__`, strings.
pub fn to_int(vm: &Vm, x: &PyRef) -> PyResult {
    match &x.payload {
        Payload::Int(i) if !x.has_heap_type() => return Ok(vm.int(*i)),
        Payload::BigInt(b) if !x.has_heap_type() => return Ok(vm.bigint((**b).clone())),
        Payload::Float(f) if !x.has_heap_type() => {
            return crate::objects::float::float_to_int(vm, *f)
        }
        Payload::Str(s) => return parse_int_str(vm, x, s.as_str(), 10),
        Payload::Bytes(b) => return parse_int_str(vm, x, &String::from_utf8_lossy(b), 10),
        Payload::ByteArray(b) => {
            let s = String::from_utf8_lossy(&b.borrow()).into_owned();
            return parse_int_str(vm, x, &s, 10);
        }
        _ => {}
    }
    for name in [&vm.names.__int__, &vm.names.__index__] {
        if let Some(r) = crate::protocols::call::call_special(vm, x, name, &[])? {
            return match &r.payload {
                Payload::Int(i) => Ok(vm.int(*i)),
                Payload::BigInt(b) => Ok(vm.bigint((**b).clone())),
                _ => Err(vm.type_error(format!(
                    "{} returned non-int (type {})",
                    name.as_str().unwrap_or(""),
                    vm.type_name(&r)
                ))),
            };
        }
    }
    if let Some(r) = crate::protocols::call::call_special(vm, x, &vm.names.__trunc__, &[])? {
        return crate::protocols::number::index(vm, &r);
    }
    // Other buffers (memoryview) parse as the bytes they hold.
    if let Some(b) = crate::objects::bytes::as_buffer(x) {
        return to_int(vm, &vm.bytes(&b));
    }
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(x)
    )))
}

fn getter_real(vm: &Vm, obj: &PyRef) -> PyResult {
    int_int(vm, Args::new(std::slice::from_ref(obj)))
}

fn getter_imag(vm: &Vm, _obj: &PyRef) -> PyResult {
    Ok(vm.int(0))
}

fn getter_denominator(vm: &Vm, _obj: &PyRef) -> PyResult {
    Ok(vm.int(1))
}

pub const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", int_new),
    MethodDef::method("__sizeof__", crate::objects::sizeof::int_sizeof_method),
    MethodDef::method("__add__", int_add),
    MethodDef::method("__radd__", int_radd),
    MethodDef::method("__sub__", int_sub),
    MethodDef::method("__rsub__", int_rsub),
    MethodDef::method("__mul__", int_mul),
    MethodDef::method("__rmul__", int_rmul),
    MethodDef::method("__floordiv__", int_floordiv_m),
    MethodDef::method("__rfloordiv__", int_rfloordiv),
    MethodDef::method("__truediv__", int_truediv),
    MethodDef::method("__rtruediv__", int_rtruediv),
    MethodDef::method("__mod__", int_mod_m),
    MethodDef::method("__rmod__", int_rmod),
    MethodDef::method("__divmod__", int_divmod),
    MethodDef::method("__rdivmod__", int_rdivmod),
    MethodDef::method("__pow__", int_pow_m),
    MethodDef::method("__rpow__", int_rpow),
    MethodDef::method("__and__", int_and),
    MethodDef::method("__rand__", int_rand),
    MethodDef::method("__or__", int_or),
    MethodDef::method("__ror__", int_ror),
    MethodDef::method("__xor__", int_xor),
    MethodDef::method("__rxor__", int_rxor),
    MethodDef::method("__lshift__", int_lshift),
    MethodDef::method("__rlshift__", int_rlshift),
    MethodDef::method("__rshift__", int_rshift),
    MethodDef::method("__rrshift__", int_rrshift),
    MethodDef::method("__lt__", int_lt),
    MethodDef::method("__le__", int_le),
    MethodDef::method("__eq__", int_eq),
    MethodDef::method("__ne__", int_ne),
    MethodDef::method("__gt__", int_gt),
    MethodDef::method("__ge__", int_ge),
    MethodDef::method("__neg__", int_neg),
    MethodDef::method("__pos__", int_pos),
    MethodDef::method("__abs__", int_abs),
    MethodDef::method("__invert__", int_invert),
    MethodDef::method("__bool__", int_bool),
    MethodDef::method("__int__", int_int),
    MethodDef::method("__index__", int_index),
    MethodDef::method("__float__", int_float),
    MethodDef::method("__trunc__", int_int),
    MethodDef::method("__floor__", int_int),
    MethodDef::method("__ceil__", int_int),
    MethodDef::method("__round__", int_round),
    MethodDef::method("__hash__", int_hash),
    MethodDef::method("__repr__", int_repr_m),
    MethodDef::method("__format__", int_format),
    MethodDef::method("__getnewargs__", int_getnewargs),
    MethodDef::method("bit_length", int_bit_length),
    MethodDef::method("bit_count", int_bit_count),
    MethodDef::method("conjugate", int_conjugate),
    MethodDef::method("as_integer_ratio", int_as_integer_ratio),
    MethodDef::method("to_bytes", int_to_bytes),
    MethodDef::class("from_bytes", int_from_bytes),
];

pub fn init(vm: &Vm) {
    let t = &vm.t.int;
    crate::objects::descr::add_methods(vm, t, METHODS);
    crate::objects::descr::add_getset(vm, t, "real", getter_real, None);
    crate::objects::descr::add_getset(vm, t, "numerator", getter_real, None);
    crate::objects::descr::add_getset(vm, t, "imag", getter_imag, None);
    crate::objects::descr::add_getset(vm, t, "denominator", getter_denominator, None);
}
