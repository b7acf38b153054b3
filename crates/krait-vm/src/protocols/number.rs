//! Number protocol: binary and unary operators with CPython's dispatch (`binary_op1` and
//! `binary_iop1` in `Objects/abstract.c`): the reflected method of a right operand whose type
//! is a subclass of the left's goes first, `NotImplemented` falls through, in-place forms fall
//! back to the plain ones.

use krait_bytecode::opcode::BinaryOp;

use crate::object::PyRef;
use crate::objects::type_::is_subtype;
use crate::objects::Payload;
use crate::vm::{PyResult, Vm};

/// The dunder names of a plain binary operation: (method, reflected, in-place).
pub fn op_dunders(vm: &Vm, op: BinaryOp) -> (&PyRef, &PyRef, &PyRef) {
    let n = &vm.names;
    match op.base() {
        BinaryOp::Add => (&n.__add__, &n.__radd__, &n.__iadd__),
        BinaryOp::And => (&n.__and__, &n.__rand__, &n.__iand__),
        BinaryOp::FloorDivide => (&n.__floordiv__, &n.__rfloordiv__, &n.__ifloordiv__),
        BinaryOp::Lshift => (&n.__lshift__, &n.__rlshift__, &n.__ilshift__),
        BinaryOp::MatrixMultiply => (&n.__matmul__, &n.__rmatmul__, &n.__imatmul__),
        BinaryOp::Multiply => (&n.__mul__, &n.__rmul__, &n.__imul__),
        BinaryOp::Remainder => (&n.__mod__, &n.__rmod__, &n.__imod__),
        BinaryOp::Or => (&n.__or__, &n.__ror__, &n.__ior__),
        BinaryOp::Power => (&n.__pow__, &n.__rpow__, &n.__ipow__),
        BinaryOp::Rshift => (&n.__rshift__, &n.__rrshift__, &n.__irshift__),
        BinaryOp::Subtract => (&n.__sub__, &n.__rsub__, &n.__isub__),
        BinaryOp::TrueDivide => (&n.__truediv__, &n.__rtruediv__, &n.__itruediv__),
        BinaryOp::Xor => (&n.__xor__, &n.__rxor__, &n.__ixor__),
        _ => unreachable!("base() returns a plain operation"),
    }
}

/// Operations on exact builtin operands decided in Rust; None to go through the dunders.
#[inline]
fn fast_binary(vm: &Vm, a: &PyRef, b: &PyRef, op: BinaryOp) -> Option<PyResult> {
    match (&a.payload, &b.payload) {
        // Exact ints only: bool's `&`/`|`/`^` return bools, and subclasses may override.
        (Payload::Int(x), Payload::Int(y)) if a.is_type(&vm.t.int) && b.is_type(&vm.t.int) => {
            crate::objects::int::small_binop(vm, *x, *y, op.base())
        }
        (Payload::Float(_), Payload::Float(_))
        | (Payload::Float(_), Payload::Int(_))
        | (Payload::Int(_), Payload::Float(_))
            if !a.has_heap_type() && !b.has_heap_type() =>
        {
            crate::objects::float::float_binop(vm, a, b, op.base())
        }
        (Payload::Str(x), Payload::Str(y))
            if op.base() == BinaryOp::Add && a.is_type(&vm.t.str) && b.is_type(&vm.t.str) =>
        {
            Some(Ok(crate::objects::str::concat(vm, x.as_str(), y.as_str())))
        }
        _ => None,
    }
}

/// `a OP b` for a `BINARY_OP` (in-place forms included).
pub fn binary_op(vm: &Vm, a: &PyRef, b: &PyRef, op: BinaryOp) -> PyResult {
    if let Some(r) = fast_binary(vm, a, b, op) {
        return r;
    }
    if op.is_inplace() {
        let (_, _, iname) = op_dunders(vm, op);
        if let Some(m) = a.type_data().lookup(iname) {
            if !is_sequence_slot(vm, &m) {
                let r = crate::protocols::call::call_method_obj(vm, &m, a, &[b.clone()])?;
                if !r.is(&vm.not_implemented) {
                    return Ok(r);
                }
            }
        }
    }
    let base = op.base();
    let (name, rname, _) = op_dunders(vm, base);
    let r = binary_op1(vm, a, b, name, rname)?;
    if !r.is(&vm.not_implemented) {
        return Ok(r);
    }
    if matches!(base, BinaryOp::Add | BinaryOp::Multiply) {
        if let Some(r) = sequence_op(vm, a, b, op)? {
            return Ok(r);
        }
    }
    Err(unsupported(vm, a, b, op))
}

/// The end of CPython's `PyNumber_Add`/`PyNumber_Multiply` (and their in-place forms): when
/// no number method took the operands, a builtin sequence operand concatenates or repeats
/// (`sq_inplace_concat`, `sq_concat`, `sq_repeat`); None when neither operand is one.
fn sequence_op(vm: &Vm, a: &PyRef, b: &PyRef, op: BinaryOp) -> PyResult<Option<PyRef>> {
    let n = &vm.names;
    let seq_method = |o: &PyRef, name: &PyRef| {
        o.type_data()
            .lookup(name)
            .filter(|m| is_sequence_slot(vm, m))
    };
    let call = |m: &PyRef, x: &PyRef, y: &PyRef| {
        crate::protocols::call::call_method_obj(vm, m, x, &[y.clone()])
    };
    let inplace = |name: &PyRef| {
        if op.is_inplace() {
            seq_method(a, name)
        } else {
            None
        }
    };
    if op.base() == BinaryOp::Add {
        let Some(m) = inplace(&n.__iadd__).or_else(|| seq_method(a, &n.__add__)) else {
            return Ok(None);
        };
        let r = call(&m, a, b)?;
        return Ok((!r.is(&vm.not_implemented)).then_some(r));
    }
    let (seq, count, m) = match inplace(&n.__imul__).or_else(|| seq_method(a, &n.__mul__)) {
        Some(m) => (a, b, m),
        None => match seq_method(b, &n.__rmul__) {
            Some(m) => (b, a, m),
            None => return Ok(None),
        },
    };
    let is_index = matches!(count.payload, Payload::Int(_) | Payload::BigInt(_))
        || count.type_data().lookup(&n.__index__).is_some();
    if !is_index {
        return Err(crate::objects::str_methods::cant_multiply(vm, count));
    }
    let r = call(&m, seq, count)?;
    Ok((!r.is(&vm.not_implemented)).then_some(r))
}

fn unsupported(vm: &Vm, a: &PyRef, b: &PyRef, op: BinaryOp) -> PyRef {
    let sym = if op == BinaryOp::Power || op == BinaryOp::InplacePower {
        if op.is_inplace() {
            "**="
        } else {
            "** or pow()"
        }
    } else {
        op.symbol()
    };
    let msg = format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym,
        vm.type_name(a),
        vm.type_name(b)
    );
    if op.base() == BinaryOp::Rshift && a.type_data().name() == "builtin_function_or_method" {
        return vm.type_error(format!(
            "{msg}. Did you mean \"print(<message>, file=<output_stream>)\"?"
        ));
    }
    vm.type_error(msg)
}

/// CPython's `binary_op1`: try `a.name(b)` and `b.rname(a)` in the right order.
pub fn binary_op1(vm: &Vm, a: &PyRef, b: &PyRef, name: &PyRef, rname: &PyRef) -> PyResult {
    let ta = a.ty();
    let tb = b.ty();
    // The concatenation and repetition of builtin sequences are no number methods in
    // CPython (`sq_concat`, `sq_repeat`): `binary_op` tries them after both operands.
    let number_method = |t: &crate::object::PyObject, n: &PyRef| {
        t.as_type()
            .and_then(|t| t.lookup(n))
            .filter(|m| !is_sequence_slot(vm, m))
    };
    let ma = number_method(ta, name);
    let mb = if ta.is(tb) {
        None
    } else {
        number_method(tb, rname)
    };
    if let Some(mbv) = &mb {
        if is_subtype(tb, ta) {
            let a_r = ta.as_type().and_then(|t| t.lookup(rname));
            let overrides = a_r.is_none_or(|x| !x.is(mbv));
            if overrides {
                let r = crate::protocols::call::call_method_obj(vm, mbv, b, &[a.clone()])?;
                if !r.is(&vm.not_implemented) {
                    return Ok(r);
                }
                if let Some(m) = &ma {
                    return crate::protocols::call::call_method_obj(vm, m, a, &[b.clone()]);
                }
                return Ok(r);
            }
        }
    }
    if let Some(m) = &ma {
        let r = crate::protocols::call::call_method_obj(vm, m, a, &[b.clone()])?;
        if !r.is(&vm.not_implemented) {
            return Ok(r);
        }
    }
    if let Some(m) = &mb {
        return crate::protocols::call::call_method_obj(vm, m, b, &[a.clone()]);
    }
    Ok(vm.not_implemented())
}

/// Whether `m` is a concatenation or repetition method of a builtin sequence (list, tuple,
/// str, bytes, bytearray): CPython implements those as sequence slots (`sq_concat`,
/// `sq_repeat`, `sq_inplace_*`), not number slots.
fn is_sequence_slot(vm: &Vm, m: &PyRef) -> bool {
    let Payload::MethodDescr(md) = &m.payload else {
        return false;
    };
    let t = &vm.t;
    matches!(
        md.def.name,
        "__add__" | "__mul__" | "__rmul__" | "__iadd__" | "__imul__"
    ) && [&t.list, &t.tuple, &t.str, &t.bytes, &t.bytearray]
        .iter()
        .any(|s| md.owner.is(s))
}

/// `-a`.
pub fn negative(vm: &Vm, a: &PyRef) -> PyResult {
    match &a.payload {
        Payload::Int(i) if !a.has_heap_type() => Ok(match i.checked_neg() {
            Some(v) => vm.int(v),
            None => vm.bigint(-num_bigint::BigInt::from(*i)),
        }),
        Payload::Float(f) if !a.has_heap_type() => Ok(vm.float(-f)),
        _ => unary(vm, a, &vm.names.__neg__, "unary -"),
    }
}

/// `+a`.
pub fn positive(vm: &Vm, a: &PyRef) -> PyResult {
    match &a.payload {
        Payload::Int(_) | Payload::Float(_) if a.is_type(&vm.t.int) || a.is_type(&vm.t.float) => {
            Ok(a.clone())
        }
        _ => unary(vm, a, &vm.names.__pos__, "unary +"),
    }
}

/// `~a`.
pub fn invert(vm: &Vm, a: &PyRef) -> PyResult {
    match &a.payload {
        Payload::Int(i) if !a.has_heap_type() => Ok(vm.int(!i)),
        _ => unary(vm, a, &vm.names.__invert__, "unary ~"),
    }
}

fn unary(vm: &Vm, a: &PyRef, name: &PyRef, what: &str) -> PyResult {
    match crate::protocols::call::call_special(vm, a, name, &[])? {
        Some(r) => Ok(r),
        None => Err(vm.type_error(format!(
            "bad operand type for {}: '{}'",
            what,
            vm.type_name(a)
        ))),
    }
}

/// `operator.index(obj)`: an int from an int-like object, or TypeError with `what`'s wording.
pub fn index(vm: &Vm, obj: &PyRef) -> PyResult {
    match &obj.payload {
        Payload::Int(_) | Payload::BigInt(_) if !obj.has_heap_type() => Ok(obj.clone()),
        _ => match crate::protocols::call::call_special(vm, obj, &vm.names.__index__, &[])? {
            Some(r) => match r.payload {
                Payload::Int(_) | Payload::BigInt(_) => Ok(r),
                _ => Err(vm.type_error(format!(
                    "__index__ returned non-int (type {})",
                    vm.type_name(&r)
                ))),
            },
            None => Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(obj)
            ))),
        },
    }
}

/// An index as `isize`, clamping is the caller's business; OverflowError text as CPython's
/// "cannot fit 'int' into an index-sized integer".
pub fn index_isize(vm: &Vm, obj: &PyRef) -> PyResult<isize> {
    let i = index(vm, obj)?;
    match &i.payload {
        Payload::Int(v) => isize::try_from(*v)
            .map_err(|_| vm.index_error("cannot fit 'int' into an index-sized integer")),
        _ => Err(vm.index_error(format!(
            "cannot fit '{}' into an index-sized integer",
            vm.type_name(obj)
        ))),
    }
}

/// `pow(a, b, m)` with a modulus.
pub fn pow3(vm: &Vm, a: &PyRef, b: &PyRef, m: &PyRef) -> PyResult {
    if vm.is_none(m) {
        return binary_op(vm, a, b, BinaryOp::Power);
    }
    match crate::protocols::call::call_special(vm, a, &vm.names.__pow__, &[b.clone(), m.clone()])? {
        Some(r) if !r.is(&vm.not_implemented) => Ok(r),
        _ => Err(vm.type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
            vm.type_name(a),
            vm.type_name(b),
            vm.type_name(m)
        ))),
    }
}
