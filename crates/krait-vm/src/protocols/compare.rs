//! Rich comparison, equality, hashing and truth value: mirrors `PyObject_RichCompare`,
//! `PyObject_Hash` and `PyObject_IsTrue` (`Objects/object.c`).

use krait_bytecode::opcode::CompareOp;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::object::PyRef;
use crate::objects::type_::is_subtype;
use crate::objects::Payload;
use crate::vm::{PyResult, Vm};

/// CPython's `_PyHASH_MODULUS` (2**61 - 1).
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
pub const HASH_INF: i64 = 314159;

fn op_names(vm: &Vm, op: CompareOp) -> (&PyRef, &PyRef) {
    let n = &vm.names;
    match op {
        CompareOp::Lt => (&n.__lt__, &n.__gt__),
        CompareOp::Le => (&n.__le__, &n.__ge__),
        CompareOp::Eq => (&n.__eq__, &n.__eq__),
        CompareOp::Ne => (&n.__ne__, &n.__ne__),
        CompareOp::Gt => (&n.__gt__, &n.__lt__),
        CompareOp::Ge => (&n.__ge__, &n.__le__),
    }
}

fn ord_result<T: PartialOrd>(a: T, b: T, op: CompareOp) -> bool {
    match op {
        CompareOp::Lt => a < b,
        CompareOp::Le => a <= b,
        CompareOp::Eq => a == b,
        CompareOp::Ne => a != b,
        CompareOp::Gt => a > b,
        CompareOp::Ge => a >= b,
    }
}

/// `int` or `bool` exactly (a subclass may override the comparison dunders).
#[inline]
fn is_builtin_int(vm: &Vm, o: &PyRef) -> bool {
    o.is_type(&vm.t.int) || o.is_type(&vm.t.bool)
}

/// Comparisons decided without Python code for exact builtin types, else None.
#[inline]
fn fast_compare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOp) -> Option<bool> {
    match (&a.payload, &b.payload) {
        (Payload::Int(x), Payload::Int(y)) if is_builtin_int(vm, a) && is_builtin_int(vm, b) => {
            Some(ord_result(x, y, op))
        }
        (Payload::Float(x), Payload::Float(y))
            if a.is_type(&vm.t.float) && b.is_type(&vm.t.float) =>
        {
            Some(ord_result(x, y, op))
        }
        (Payload::Str(x), Payload::Str(y)) if a.is_type(&vm.t.str) && b.is_type(&vm.t.str) => {
            Some(ord_result(x.as_str(), y.as_str(), op))
        }
        _ => None,
    }
}

/// `a OP b` returning the result object (CPython's `PyObject_RichCompare`).
#[inline]
pub fn rich_compare(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOp) -> PyResult {
    if let Some(r) = fast_compare(vm, a, b, op) {
        return Ok(vm.bool(r));
    }
    rich_compare_guarded(vm, a, b, op)
}

#[inline(never)]
fn rich_compare_guarded(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOp) -> PyResult {
    vm.enter_recursion_where(" in comparison")?;
    let r = rich_compare_slow(vm, a, b, op);
    vm.leave_recursion();
    r
}

fn rich_compare_slow(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOp) -> PyResult {
    let (name, rname) = op_names(vm, op);
    let ta = a.ty();
    let tb = b.ty();
    let mut checked_reverse = false;
    if !ta.is(tb) && is_subtype(tb, ta) {
        if let Some(m) = tb.as_type().and_then(|t| t.lookup(rname)) {
            checked_reverse = true;
            let r = crate::protocols::call::call_method_obj(vm, &m, b, &[a.clone()])?;
            if !r.is(&vm.not_implemented) {
                return Ok(r);
            }
        }
    }
    if let Some(m) = ta.as_type().and_then(|t| t.lookup(name)) {
        let r = crate::protocols::call::call_method_obj(vm, &m, a, &[b.clone()])?;
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    if !checked_reverse {
        if let Some(m) = tb.as_type().and_then(|t| t.lookup(rname)) {
            let r = crate::protocols::call::call_method_obj(vm, &m, b, &[a.clone()])?;
            if !r.is(&vm.not_implemented) {
                return Ok(r);
            }
        }
    }
    match op {
        CompareOp::Eq => Ok(vm.bool(a.is(b))),
        CompareOp::Ne => Ok(vm.bool(!a.is(b))),
        _ => Err(vm.type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            vm.type_name(a),
            vm.type_name(b)
        ))),
    }
}

/// `a OP b` as a truth value (identity implies equality, as `PyObject_RichCompareBool`).
pub fn compare_bool(vm: &Vm, a: &PyRef, b: &PyRef, op: CompareOp) -> PyResult<bool> {
    if a.is(b) {
        match op {
            CompareOp::Eq => return Ok(true),
            CompareOp::Ne => return Ok(false),
            _ => {}
        }
    }
    if let Some(r) = fast_compare(vm, a, b, op) {
        return Ok(r);
    }
    let r = rich_compare(vm, a, b, op)?;
    is_true(vm, &r)
}

/// `a == b` as a truth value.
#[inline]
pub fn eq(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    compare_bool(vm, a, b, CompareOp::Eq)
}

/// `bool(obj)`.
pub fn is_true(vm: &Vm, obj: &PyRef) -> PyResult<bool> {
    if obj.is(&vm.true_) {
        return Ok(true);
    }
    if obj.is(&vm.false_) || obj.is(&vm.none) {
        return Ok(false);
    }
    let td = obj.type_data();
    if !td.is_heap() {
        match &obj.payload {
            Payload::Int(i) => return Ok(*i != 0),
            Payload::BigInt(_) => return Ok(true),
            Payload::Float(f) => return Ok(*f != 0.0),
            Payload::Complex(re, im) => return Ok(*re != 0.0 || *im != 0.0),
            Payload::Str(s) => return Ok(s.char_len() != 0),
            Payload::Bytes(b) => return Ok(!b.is_empty()),
            Payload::ByteArray(b) => return Ok(!b.borrow().is_empty()),
            Payload::Tuple(t) => return Ok(!t.is_empty()),
            Payload::List(l) => return Ok(!l.borrow().is_empty()),
            Payload::Dict(d) => return Ok(!d.is_empty()),
            Payload::Set(s) => return Ok(!s.is_empty()),
            Payload::Range(r) => return Ok(r.len_i64() != Some(0)),
            _ => {}
        }
    }
    if let Some(m) = td.lookup(&vm.names.__bool__) {
        let r = crate::protocols::call::call_method_obj(vm, &m, obj, &[])?;
        return match &r.payload {
            Payload::Int(i) if r.is_type(&vm.t.bool) => Ok(*i != 0),
            _ => Err(vm.type_error(format!(
                "__bool__ should return bool, returned {}",
                vm.type_name(&r)
            ))),
        };
    }
    if let Some(m) = td.lookup(&vm.names.__len__) {
        let r = crate::protocols::call::call_method_obj(vm, &m, obj, &[])?;
        let n = crate::protocols::sequence::len_result(vm, &r)?;
        return Ok(n != 0);
    }
    Ok(true)
}

/// CPython's `_Py_HashPointer`: the address rotated by 4 bits.
pub fn hash_pointer(id: usize) -> i64 {
    let y = id.rotate_right(4) as i64;
    if y == -1 {
        -2
    } else {
        y
    }
}

/// Hash of a machine int, as CPython's `long_hash`.
#[inline]
pub fn hash_i64(v: i64) -> i64 {
    let m = HASH_MODULUS as i64;
    let mut h = if v.unsigned_abs() < HASH_MODULUS {
        v
    } else {
        (v.unsigned_abs() % HASH_MODULUS) as i64 * v.signum()
    };
    if h == -1 {
        h = -2;
    }
    debug_assert!(h.abs() <= m);
    h
}

/// Hash of a big int, as CPython's `long_hash` (reduction modulo 2**61 - 1).
pub fn hash_bigint(v: &BigInt) -> i64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = (v.abs() % &m).to_i64().unwrap_or(0);
    let h = if v.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// Hash of a float, as CPython's `_Py_HashDouble` (equal to the hash of an equal int).
pub fn hash_float(v: f64, id: usize) -> i64 {
    if v.is_nan() {
        return hash_pointer(id);
    }
    if v.is_infinite() {
        return if v > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if v == 0.0 {
        return 0;
    }
    let (mut m, mut e) = frexp(v.abs());
    let sign: i64 = if v < 0.0 { -1 } else { 1 };
    let mut x: u64 = 0;
    const BITS: i32 = 61;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (BITS - 28));
        m *= 268435456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % BITS
    } else {
        BITS - 1 - ((-1 - e) % BITS)
    };
    x = ((x << e) & HASH_MODULUS) | (x >> (BITS - e));
    let h = x as i64 * sign;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `frexp`: `x = m * 2**e` with `0.5 <= m < 1`.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, e)
}

/// CPython's tuple hash (xxHash-based, `tuplehash` in `Objects/tupleobject.c`).
pub fn hash_tuple(vm: &Vm, items: &[PyRef]) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for item in items {
        let lane = hash(vm, item)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return Ok(1546275796);
    }
    Ok(acc as i64)
}

/// `hash(obj)`.
pub fn hash(vm: &Vm, obj: &PyRef) -> PyResult<i64> {
    let td = obj.type_data();
    if !td.is_heap() {
        match &obj.payload {
            Payload::Str(_) => return Ok(crate::objects::str::str_hash(obj)),
            Payload::Int(i) => return Ok(hash_i64(*i)),
            Payload::BigInt(b) => return Ok(hash_bigint(b)),
            Payload::Float(f) => return Ok(hash_float(*f, obj.id())),
            Payload::Tuple(items) => {
                vm.enter_recursion()?;
                let r = hash_tuple(vm, items);
                vm.leave_recursion();
                return r;
            }
            _ => {}
        }
    }
    match td.lookup(&vm.names.__hash__) {
        None => Ok(hash_pointer(obj.id())),
        Some(m) if m.is(&vm.none) => {
            Err(vm.type_error(format!("unhashable type: '{}'", td.name())))
        }
        Some(m) => {
            vm.enter_recursion()?;
            let r = crate::protocols::call::call_method_obj(vm, &m, obj, &[]);
            vm.leave_recursion();
            let r = r?;
            match &r.payload {
                Payload::Int(i) => Ok(if *i == -1 { -2 } else { *i }),
                Payload::BigInt(b) => Ok(hash_bigint(b)),
                _ => Err(vm.type_error("__hash__ method should return an integer")),
            }
        }
    }
}
