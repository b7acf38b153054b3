//! range: mirrors `Objects/rangeobject.c`. Machine-word bounds (the common case); values
//! beyond `i64` raise OverflowError for now.

use num_bigint::BigInt;
use num_traits::{One, ToPrimitive, Zero};

use crate::object::PyRef;
use crate::objects::iter::IterState;
use crate::objects::Payload;
use crate::vm::{Args, MethodDef, PyResult, Vm};

pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// Bounds beyond `i64` (CPython's longrange); the `i64` fields are then unused.
    pub big: Option<Box<[BigInt; 3]>>,
}

fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let zero = BigInt::zero();
    if step > &zero {
        if start < stop {
            (stop - start - 1) / step + 1
        } else {
            zero
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        zero
    }
}

impl PyRange {
    pub fn len(&self) -> u64 {
        if let Some(b) = &self.big {
            return big_len(&b[0], &b[1], &b[2]).to_u64().unwrap_or(u64::MAX);
        }
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 {
            if start < stop {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        n as u64
    }

    pub fn len_i64(&self) -> Option<i64> {
        i64::try_from(self.len()).ok()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn item(&self, i: u64) -> i64 {
        self.start + (i as i64) * self.step
    }
}

fn rg<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a PyRange> {
    match &o.payload {
        Payload::Range(r) => Ok(r),
        _ => Err(vm.type_error("expected a range")),
    }
}

fn arg_big(vm: &Vm, o: &PyRef) -> PyResult<BigInt> {
    let i = crate::protocols::number::index(vm, o)?;
    Ok(crate::objects::int::int_val(&i)
        .map(|v| v.to_big())
        .unwrap_or_default())
}

fn r_new(vm: &Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let p = &args.pos()[1..];
    let (start, stop, step) = match p.len() {
        1 => (BigInt::zero(), arg_big(vm, &p[0])?, BigInt::one()),
        2 => (arg_big(vm, &p[0])?, arg_big(vm, &p[1])?, BigInt::one()),
        3 => (
            arg_big(vm, &p[0])?,
            arg_big(vm, &p[1])?,
            arg_big(vm, &p[2])?,
        ),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range_big(vm, start, stop, step))
}

/// A range from arbitrary bounds, on the machine-word path when they fit.
pub fn new_range_big(vm: &Vm, start: BigInt, stop: BigInt, step: BigInt) -> PyRef {
    let r = match (start.to_i64(), stop.to_i64(), step.to_i64()) {
        (Some(a), Some(b), Some(c)) if c != i64::MIN => PyRange {
            start: a,
            stop: b,
            step: c,
            big: None,
        },
        _ => PyRange {
            start: 0,
            stop: 0,
            step: 1,
            big: Some(Box::new([start, stop, step])),
        },
    };
    PyRef::new(&vm.t.range, Payload::Range(Box::new(r)))
}

fn r_repr(vm: &Vm, args: Args) -> PyResult {
    let r = rg(vm, &args.pos()[0])?;
    if let Some(b) = &r.big {
        return Ok(vm.string(if b[2].is_one() {
            format!("range({}, {})", b[0], b[1])
        } else {
            format!("range({}, {}, {})", b[0], b[1], b[2])
        }));
    }
    Ok(vm.string(if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }))
}

fn r_len(vm: &Vm, args: Args) -> PyResult {
    let r = rg(vm, &args.pos()[0])?;
    if let Some(b) = &r.big {
        let n = big_len(&b[0], &b[1], &b[2]);
        return match n.to_i64() {
            Some(v) => Ok(vm.int(v)),
            None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
        };
    }
    match r.len_i64() {
        Some(n) => Ok(vm.int(n)),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn r_iter(vm: &Vm, args: Args) -> PyResult {
    let r = rg(vm, &args.pos()[0])?;
    if let Some(b) = &r.big {
        let n = big_len(&b[0], &b[1], &b[2]);
        return Ok(crate::objects::iter::new_iter(
            vm,
            &vm.t.longrange_iterator,
            IterState::BigRange {
                start: b[0].clone(),
                next: b[0].clone(),
                step: b[2].clone(),
                remaining: n,
            },
        ));
    }
    Ok(crate::objects::iter::new_iter(
        vm,
        &vm.t.range_iterator,
        IterState::Range {
            next: r.start,
            step: r.step,
            remaining: r.len(),
            start: r.start,
        },
    ))
}

fn r_reversed(vm: &Vm, args: Args) -> PyResult {
    let r = rg(vm, &args.pos()[0])?;
    let n = r.len();
    let last = if n == 0 { r.start } else { r.item(n - 1) };
    Ok(crate::objects::iter::new_iter(
        vm,
        &vm.t.range_iterator,
        IterState::Range {
            next: last,
            step: -r.step,
            remaining: n,
            start: last,
        },
    ))
}

fn r_getitem(vm: &Vm, args: Args) -> PyResult {
    let r = rg(vm, &args.pos()[0])?;
    let key = &args.pos()[1];
    if let Payload::Slice(s) = &key.payload {
        let n = r.len() as usize;
        let (start, stop, step, _) = crate::objects::slice::indices(vm, s, n)?;
        let nstart = r.start + start as i64 * r.step;
        let nstop = r.start + stop as i64 * r.step;
        let nstep = r.step * step as i64;
        return Ok(PyRef::new(
            &vm.t.range,
            Payload::Range(Box::new(PyRange {
                start: nstart,
                stop: nstop,
                step: nstep,
                big: None,
            })),
        ));
    }
    let i = crate::protocols::sequence::normalize_index(
        vm,
        key,
        r.len() as usize,
        "range object index out of range",
        "range",
    )?;
    Ok(vm.int(r.item(i as u64)))
}

fn contains_int(r: &PyRange, v: i64) -> bool {
    if r.step > 0 {
        if v < r.start || v >= r.stop {
            return false;
        }
    } else if v > r.start || v <= r.stop {
        return false;
    }
    (v as i128 - r.start as i128) % (r.step as i128) == 0
}

fn r_contains(vm: &Vm, args: Args) -> PyResult {
    let r = rg(vm, &args.pos()[0])?;
    let x = &args.pos()[1];
    if let Payload::Int(v) = x.payload {
        if x.is_type(&vm.t.int) || x.is_type(&vm.t.bool) {
            return Ok(vm.bool(contains_int(r, v)));
        }
    }
    for i in 0..r.len() {
        if crate::protocols::compare::eq(vm, &vm.int(r.item(i)), x)? {
            return Ok(vm.true_.clone());
        }
    }
    Ok(vm.false_.clone())
}

fn r_index(vm: &Vm, args: Args) -> PyResult {
    let r = rg(vm, &args.pos()[0])?;
    let x = &args.pos()[1];
    if let Payload::Int(v) = x.payload {
        if contains_int(r, v) {
            return Ok(vm.int((v - r.start) / r.step));
        }
    }
    let rep = crate::protocols::repr::repr(vm, x)?;
    Err(vm.value_error(format!("{} is not in range", rep.as_str().unwrap_or(""))))
}

fn r_count(vm: &Vm, args: Args) -> PyResult {
    let r = rg(vm, &args.pos()[0])?;
    if let Payload::Int(v) = args.pos()[1].payload {
        return Ok(vm.int(i64::from(contains_int(r, v))));
    }
    Ok(vm.int(0))
}

fn r_eq(vm: &Vm, args: Args) -> PyResult {
    let a = rg(vm, &args.pos()[0])?;
    let Payload::Range(b) = &args.pos()[1].payload else {
        return Ok(vm.not_implemented());
    };
    let (la, lb) = (a.len(), b.len());
    let eq = la == lb && (la == 0 || (a.start == b.start && (la == 1 || a.step == b.step)));
    Ok(vm.bool(eq))
}

fn r_hash(vm: &Vm, args: Args) -> PyResult {
    let r = rg(vm, &args.pos()[0])?;
    let n = r.len();
    let t = if n == 0 {
        vm.tuple(vec![vm.int(0), vm.none(), vm.none()])
    } else if n == 1 {
        vm.tuple(vec![vm.int(1), vm.int(r.start), vm.none()])
    } else {
        vm.tuple(vec![vm.int(n as i64), vm.int(r.start), vm.int(r.step)])
    };
    Ok(vm.int(crate::protocols::compare::hash(vm, &t)?))
}

fn g_start(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.int(rg(vm, o)?.start))
}
fn g_stop(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.int(rg(vm, o)?.stop))
}
fn g_step(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.int(rg(vm, o)?.step))
}

const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", r_new),
    MethodDef::method("__repr__", r_repr),
    MethodDef::method("__len__", r_len),
    MethodDef::method("__iter__", r_iter),
    MethodDef::method("__reversed__", r_reversed),
    MethodDef::method("__getitem__", r_getitem),
    MethodDef::method("__contains__", r_contains),
    MethodDef::method("__eq__", r_eq),
    MethodDef::method("__hash__", r_hash),
    MethodDef::method("index", r_index),
    MethodDef::method("count", r_count),
    MethodDef::method("__bool__", r_bool),
];

fn r_bool(vm: &Vm, args: Args) -> PyResult {
    let r = rg(vm, &args.pos()[0])?;
    Ok(vm.bool(match &r.big {
        Some(b) => big_len(&b[0], &b[1], &b[2]).sign() == num_bigint::Sign::Plus,
        None => !r.is_empty(),
    }))
}

pub fn init(vm: &Vm) {
    use crate::objects::descr::add_getset;
    let t = &vm.t.range;
    crate::objects::descr::add_methods(vm, t, METHODS);
    add_getset(vm, t, "start", g_start, None);
    add_getset(vm, t, "stop", g_stop, None);
    add_getset(vm, t, "step", g_step, None);
}
