//! slice: mirrors `Objects/sliceobject.c` (`PySlice_GetIndicesEx`, `slice.indices`).

use crate::object::PyRef;
use crate::objects::Payload;
use crate::protocols::number;
use crate::vm::{Args, MethodDef, PyResult, Vm};

pub struct PySlice {
    pub start: PyRef,
    pub stop: PyRef,
    pub step: PyRef,
}

pub fn new_slice(vm: &Vm, start: PyRef, stop: PyRef, step: PyRef) -> PyRef {
    PyRef::new(
        &vm.t.slice,
        Payload::Slice(Box::new(PySlice { start, stop, step })),
    )
}

fn clamp_index(vm: &Vm, v: &PyRef) -> PyResult<i64> {
    let i = number::index(vm, v).map_err(|_| {
        vm.type_error("slice indices must be integers or None or have an __index__ method")
    })?;
    Ok(match &i.payload {
        Payload::Int(x) => *x,
        Payload::BigInt(b) => {
            if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }
        }
        _ => 0,
    })
}

/// (start, stop, step, length) for a sequence of `len` items.
pub fn indices(vm: &Vm, s: &PySlice, len: usize) -> PyResult<(isize, isize, isize, usize)> {
    let len = len as i64;
    let step = if vm.is_none(&s.step) {
        1
    } else {
        clamp_index(vm, &s.step)?
    };
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let step = step.max(-i64::MAX);
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let adjust = |v: &PyRef, default: i64| -> PyResult<i64> {
        if vm.is_none(v) {
            return Ok(default);
        }
        let mut i = clamp_index(vm, v)?;
        if i < 0 {
            i = i.saturating_add(len);
            if i < lower {
                i = lower;
            }
        } else if i > upper {
            i = upper;
        }
        Ok(i)
    };
    let start = adjust(&s.start, if step < 0 { upper } else { lower })?;
    let stop = adjust(&s.stop, if step < 0 { lower } else { upper })?;
    let n = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start as isize, stop as isize, step as isize, n as usize))
}

fn sl<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a PySlice> {
    match &o.payload {
        Payload::Slice(s) => Ok(s),
        _ => Err(vm.type_error("expected a slice")),
    }
}

fn s_new(vm: &Vm, args: Args) -> PyResult {
    let p = &args.pos()[1..];
    let none = vm.none();
    match p.len() {
        1 => Ok(new_slice(vm, none.clone(), p[0].clone(), none)),
        2 => Ok(new_slice(vm, p[0].clone(), p[1].clone(), none)),
        3 => Ok(new_slice(vm, p[0].clone(), p[1].clone(), p[2].clone())),
        0 => Err(vm.type_error("slice expected at least 1 argument, got 0")),
        n => Err(vm.type_error(format!("slice expected at most 3 arguments, got {n}"))),
    }
}

fn s_repr(vm: &Vm, args: Args) -> PyResult {
    let s = sl(vm, &args.pos()[0])?;
    let r = |o: &PyRef| {
        crate::protocols::repr::repr(vm, o).map(|r| r.as_str().unwrap_or("").to_string())
    };
    Ok(vm.string(format!(
        "slice({}, {}, {})",
        r(&s.start)?,
        r(&s.stop)?,
        r(&s.step)?
    )))
}

fn s_indices(vm: &Vm, args: Args) -> PyResult {
    let s = sl(vm, &args.pos()[0])?;
    let n = args
        .pos()
        .get(1)
        .ok_or_else(|| vm.type_error("indices() takes exactly one argument (0 given)"))?;
    let len = crate::objects::int::to_i64(vm, n)?;
    if len < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (a, b, c, _) = indices(vm, s, len as usize)?;
    Ok(vm.tuple(vec![vm.int(a as i64), vm.int(b as i64), vm.int(c as i64)]))
}

fn s_eq(vm: &Vm, args: Args) -> PyResult {
    let a = sl(vm, &args.pos()[0])?;
    let Payload::Slice(b) = &args.pos()[1].payload else {
        return Ok(vm.not_implemented());
    };
    let ta = vm.tuple(vec![a.start.clone(), a.stop.clone(), a.step.clone()]);
    let tb = vm.tuple(vec![b.start.clone(), b.stop.clone(), b.step.clone()]);
    crate::protocols::compare::rich_compare(vm, &ta, &tb, krait_bytecode::opcode::CompareOp::Eq)
}

fn g_start(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(sl(vm, o)?.start.clone())
}
fn g_stop(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(sl(vm, o)?.stop.clone())
}
fn g_step(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(sl(vm, o)?.step.clone())
}

const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", s_new),
    MethodDef::method("__repr__", s_repr),
    MethodDef::method("indices", s_indices),
    MethodDef::method("__eq__", s_eq),
];

pub fn init(vm: &Vm) {
    use crate::objects::descr::add_getset;
    let t = &vm.t.slice;
    crate::objects::descr::add_methods(vm, t, METHODS);
    crate::objects::descr::add_attr(vm, t, "__hash__", vm.none());
    add_getset(vm, t, "start", g_start, None);
    add_getset(vm, t, "stop", g_stop, None);
    add_getset(vm, t, "step", g_step, None);
}
