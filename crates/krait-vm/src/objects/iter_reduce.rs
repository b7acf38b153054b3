//! `__reduce__` and `__setstate__` of the builtin iterators, as CPython's: what `copy` and
//! `pickle` use to rebuild an iterator part-way through. A sequence iterator reduces to
//! `(iter, (seq,), index)`, an exhausted one to `(iter, (empty,))`; dict and set iterators to
//! `(iter, (list_of_the_rest,))` without advancing.

use num_bigint::BigInt;

use crate::object::PyRef;
use crate::objects::iter::IterState;
use crate::objects::Payload;
use crate::protocols::sequence;
use crate::vm::{Args, PyResult, Vm};

/// How many items a range iterator has given: its position as `range.__iter__` counts it.
fn items_given(next: i64, start: i64, step: i64) -> i128 {
    (next as i128 - start as i128) / step as i128
}

fn builtin(vm: &Vm, name: &str) -> PyResult {
    crate::protocols::attr::getattr_str(vm, &vm.builtins, name)
}

/// The empty sequence an exhausted iterator of type `ty` reduces to.
fn empty_for(vm: &Vm, ty: &PyRef) -> PyRef {
    let t = &vm.t;
    if ty.is(&t.list_iterator) || ty.is(&t.list_reverseiterator) {
        vm.list(Vec::new())
    } else if ty.is(&t.str_iterator) || ty.is(&t.str_ascii_iterator) {
        vm.str("")
    } else {
        vm.empty_tuple.clone()
    }
}

/// `iterator.__reduce__()`.
pub fn it_reduce(vm: &Vm, args: Args) -> PyResult {
    let it = &args.pos()[0];
    let Payload::Iter(cell) = &it.payload else {
        return Err(vm.type_error("not a builtin iterator"));
    };
    let ty = it.class();
    let iter = builtin(vm, "iter")?;
    let iter = &iter;
    enum Plan {
        Done(PyRef),
        Drain(IterState),
    }
    let plan = match &*cell.borrow() {
        IterState::Seq { seq, index, .. } => Plan::Done(match seq {
            Some(s) => vm.tuple(vec![
                iter.clone(),
                vm.tuple(vec![s.clone()]),
                vm.usize(*index),
            ]),
            None => vm.tuple(vec![iter.clone(), vm.tuple(vec![empty_for(vm, &ty)])]),
        }),
        IterState::Reverse { seq, index } => Plan::Done(match seq {
            Some(s) => vm.tuple(vec![
                vm.t.reversed.clone(),
                vm.tuple(vec![s.clone()]),
                vm.int(*index as i64),
            ]),
            // An exhausted list_reverseiterator reduces to `iter([])`, `reversed` to itself.
            None if ty.is(&vm.t.reversed) => vm.tuple(vec![
                vm.t.reversed.clone(),
                vm.tuple(vec![vm.empty_tuple.clone()]),
            ]),
            None => vm.tuple(vec![iter.clone(), vm.tuple(vec![empty_for(vm, &ty)])]),
        }),
        IterState::Range {
            next,
            step,
            remaining,
            start,
        } => {
            let done = items_given(*next, *start, *step);
            let stop = *start as i128 + (done + *remaining as i128) * *step as i128;
            let r = crate::objects::range::new_range_big(
                vm,
                BigInt::from(*start),
                BigInt::from(stop),
                BigInt::from(*step),
            );
            Plan::Done(vm.tuple(vec![
                iter.clone(),
                vm.tuple(vec![r]),
                vm.bigint(BigInt::from(done)),
            ]))
        }
        IterState::BigRange {
            start,
            next,
            step,
            remaining,
        } => {
            let done: BigInt = (next - start) / step;
            let stop = start + (&done + remaining) * step;
            let r = crate::objects::range::new_range_big(vm, start.clone(), stop, step.clone());
            Plan::Done(vm.tuple(vec![iter.clone(), vm.tuple(vec![r]), vm.bigint(done)]))
        }
        // A copy of the position, drained below: the iterator itself does not move.
        st @ (IterState::Dict { .. } | IterState::Set { .. }) => Plan::Drain(st.clone()),
        IterState::Callable { func, sentinel } => Plan::Done(match func {
            Some(f) => vm.tuple(vec![
                iter.clone(),
                vm.tuple(vec![f.clone(), sentinel.clone()]),
            ]),
            None => vm.tuple(vec![iter.clone(), vm.tuple(vec![vm.empty_tuple.clone()])]),
        }),
        IterState::Enumerate { it: inner, count } => Plan::Done(vm.tuple(vec![
            ty.clone(),
            vm.tuple(vec![inner.clone(), count.clone()]),
        ])),
        IterState::Zip { its, strict, .. } => {
            let mut parts = vec![ty.clone(), vm.tuple(its.clone())];
            if *strict {
                parts.push(vm.bool(true));
            }
            Plan::Done(vm.tuple(parts))
        }
        IterState::Map { func, its } => {
            let mut a = vec![func.clone()];
            a.extend(its.iter().cloned());
            Plan::Done(vm.tuple(vec![ty.clone(), vm.tuple(a)]))
        }
        IterState::Filter { func, it: inner } => Plan::Done(vm.tuple(vec![
            ty.clone(),
            vm.tuple(vec![func.clone(), inner.clone()]),
        ])),
    };
    match plan {
        Plan::Done(r) => Ok(r),
        Plan::Drain(mut copy) => {
            let iter = builtin(vm, "iter")?;
            let mut rest = Vec::new();
            while let Some(v) = crate::objects::iter::step_slow(vm, &mut copy)? {
                rest.push(v);
            }
            Ok(vm.tuple(vec![iter, vm.tuple(vec![vm.list(rest)])]))
        }
    }
}

/// `iterator.__setstate__(state)`: the position (clamped as CPython clamps it), or for `zip`
/// the strict flag.
pub fn it_setstate(vm: &Vm, args: Args) -> PyResult {
    let it = &args.pos()[0];
    let Some(state) = args.pos().get(1) else {
        return Err(vm.type_error(format!(
            "{}.__setstate__() takes exactly one argument (0 given)",
            vm.type_name(it)
        )));
    };
    let Payload::Iter(cell) = &it.payload else {
        return Err(vm.type_error("not a builtin iterator"));
    };
    if let IterState::Zip { strict, .. } = &mut *cell.borrow_mut() {
        *strict = crate::protocols::compare::is_true(vm, state)?;
        return Ok(vm.none());
    }
    let big = crate::protocols::number::index(vm, state)?;
    let want: BigInt = match &big.payload {
        Payload::Int(v) => BigInt::from(*v),
        Payload::BigInt(b) => (**b).clone(),
        _ => BigInt::from(0),
    };
    let clamp = |lo: i64, hi: i64| -> i64 {
        if want < BigInt::from(lo) {
            lo
        } else if want > BigInt::from(hi) {
            hi
        } else {
            i64::try_from(&want).unwrap_or(hi)
        }
    };
    // The sequence's length is read before the state is borrowed (len may run Python code).
    let seq_len = match &*cell.borrow() {
        IterState::Seq { seq: Some(s), .. } | IterState::Reverse { seq: Some(s), .. } => {
            Some(s.clone())
        }
        _ => None,
    };
    let n = match &seq_len {
        Some(s) => Some(sequence::len(vm, s)? as i64),
        None => None,
    };
    match &mut *cell.borrow_mut() {
        IterState::Seq {
            seq: Some(s),
            index,
            byte,
        } => {
            *byte = usize::MAX;
            // CPython clamps only below for the generic sequence iterator.
            let _ = s;
            let hi = if it.class().is(&vm.t.seq_iterator) {
                i64::MAX
            } else {
                n.unwrap_or(0)
            };
            *index = clamp(0, hi) as usize;
        }
        IterState::Reverse {
            seq: Some(_),
            index,
        } => {
            *index = clamp(-1, n.unwrap_or(0) - 1) as isize;
        }
        IterState::Range {
            next,
            step,
            remaining,
            start,
        } => {
            let done = items_given(*next, *start, *step);
            let total = done + *remaining as i128;
            let i = clamp(0, total.min(i64::MAX as i128) as i64) as i128;
            *next = (*start as i128 + i * *step as i128) as i64;
            *remaining = (total - i) as u64;
        }
        IterState::BigRange {
            start,
            next,
            step,
            remaining,
        } => {
            let done: BigInt = (&*next - &*start) / &*step;
            let total = &done + &*remaining;
            let i = if want < BigInt::from(0) {
                BigInt::from(0)
            } else if want > total {
                total.clone()
            } else {
                want.clone()
            };
            *next = &*start + &i * &*step;
            *remaining = total - i;
        }
        _ => {}
    }
    Ok(vm.none())
}
