//! The fast path of `BINARY_OP` for exact `int` (machine word) and `float` operands, taken
//! before the generic protocol in `protocols::number` (which borrows its operands; this path
//! leaves them on the value stack, so the result may reuse an operand object that nothing else
//! references instead of allocating). Like CPython 3.11's specialised `BINARY_OP_ADD_INT` /
//! `BINARY_OP_ADD_FLOAT`.

use krait_bytecode::opcode::BinaryOp;

use crate::object::PyRef;
use crate::objects::int::{int_floordiv, int_mod};
use crate::objects::Payload;
use crate::vm::Vm;

/// `a OP b` when both are exact ints or exact floats and the result needs no error or big
/// integer: the operands are the top two value-stack slots, and the result replaces `a` (the
/// caller then pops `b`), so the fast path moves nothing on or off the stack. False, both
/// untouched, sends the operation to the generic path.
#[inline]
pub fn binary(vm: &Vm, a: &mut PyRef, b: &mut PyRef, op: BinaryOp) -> bool {
    match (&a.payload, &b.payload) {
        (Payload::Int(x), Payload::Int(y)) if a.is_type(&vm.t.int) && b.is_type(&vm.t.int) => {
            match int_op(*x, *y, op.base()) {
                Some(v) => int_result(vm, a, b, v),
                None => return false,
            }
        }
        // An int with a bool (`total += s.endswith(x)`): bool's arithmetic is int's, and
        // the result is an int unless both are bools under `&`, `|` or `^`. (A separate arm:
        // folding exact ints into this guard costs int_loop 1.2% more instructions.)
        (Payload::Int(x), Payload::Int(y))
            if int_or_bool(vm, a)
                && int_or_bool(vm, b)
                && !(a.is_type(&vm.t.bool)
                    && b.is_type(&vm.t.bool)
                    && matches!(op.base(), BinaryOp::And | BinaryOp::Or | BinaryOp::Xor)) =>
        {
            match int_op(*x, *y, op.base()) {
                Some(v) => int_result(vm, a, b, v),
                None => return false,
            }
        }
        (Payload::Float(x), Payload::Float(y))
            if a.is_type(&vm.t.float) && b.is_type(&vm.t.float) =>
        {
            match float_op(*x, *y, op.base()) {
                Some(v) => float_result(vm, a, b, v),
                None => return false,
            }
        }
        (Payload::Float(x), Payload::Int(y)) if a.is_type(&vm.t.float) && b.is_type(&vm.t.int) => {
            match float_op(*x, *y as f64, op.base()) {
                Some(v) if small_exact(*y) => float_result(vm, a, b, v),
                _ => return false,
            }
        }
        (Payload::Int(x), Payload::Float(y)) if a.is_type(&vm.t.int) && b.is_type(&vm.t.float) => {
            match float_op(*x as f64, *y, op.base()) {
                Some(v) if small_exact(*x) => float_result(vm, a, b, v),
                _ => return false,
            }
        }
        _ => return false,
    }
    true
}

#[inline]
fn int_or_bool(vm: &Vm, o: &PyRef) -> bool {
    o.is_type(&vm.t.int) || o.is_type(&vm.t.bool)
}

/// An int converts to a float exactly (CPython converts with rounding; both agree here).
#[inline]
fn small_exact(v: i64) -> bool {
    (-(1i64 << 53)..=(1i64 << 53)).contains(&v)
}

#[inline(always)]
fn int_op(x: i64, y: i64, op: BinaryOp) -> Option<i64> {
    match op {
        BinaryOp::Add => x.checked_add(y),
        BinaryOp::Subtract => x.checked_sub(y),
        BinaryOp::Multiply => x.checked_mul(y),
        BinaryOp::And => Some(x & y),
        BinaryOp::Or => Some(x | y),
        BinaryOp::Xor => Some(x ^ y),
        BinaryOp::Remainder if y > 0 => Some(int_mod(x, y)),
        BinaryOp::FloorDivide if y > 0 => Some(int_floordiv(x, y)),
        BinaryOp::Rshift if (0..64).contains(&y) => Some(x >> y),
        BinaryOp::Lshift if (0..63).contains(&y) => {
            let r = x << y;
            (r >> y == x).then_some(r)
        }
        _ => None,
    }
}

#[inline]
fn float_op(x: f64, y: f64, op: BinaryOp) -> Option<f64> {
    match op {
        BinaryOp::Add => Some(x + y),
        BinaryOp::Subtract => Some(x - y),
        BinaryOp::Multiply => Some(x * y),
        BinaryOp::TrueDivide if y != 0.0 => Some(x / y),
        _ => None,
    }
}

/// `a` becomes the int object for `v`: a cached small int, or an operand no one else holds,
/// rewritten in place (no object allocated).
#[inline]
fn int_result(vm: &Vm, a: &mut PyRef, b: &mut PyRef, v: i64) {
    if (-5..=256).contains(&v) {
        *a = vm.int(v);
        return;
    }
    let reused = reuse(a, b, |p| match p {
        Payload::Int(slot) => {
            *slot = v;
            true
        }
        _ => false,
    });
    if !reused {
        *a = vm.int(v);
    }
}

/// Rewrite with `write` the first of `a`, `b` that nothing else references (the stack slot
/// holds its only reference) and whose payload `write` accepts, leaving it in `a`'s slot (`b`
/// then holds the other operand, for the caller to pop). False when neither can be reused.
#[inline(always)]
fn reuse(a: &mut PyRef, b: &mut PyRef, write: impl Fn(&mut Payload) -> bool) -> bool {
    if let Some(obj) = a.get_mut() {
        if write(&mut obj.payload) {
            return true;
        }
    }
    if let Some(obj) = b.get_mut() {
        if write(&mut obj.payload) {
            std::mem::swap(a, b);
            return true;
        }
    }
    false
}

/// `a` becomes the float object for `v` (an operand reused as `int_result` does).
#[inline]
fn float_result(vm: &Vm, a: &mut PyRef, b: &mut PyRef, v: f64) {
    let reused = reuse(a, b, |p| match p {
        Payload::Float(slot) => {
            *slot = v;
            true
        }
        _ => false,
    });
    if !reused {
        *a = vm.float(v);
    }
}
