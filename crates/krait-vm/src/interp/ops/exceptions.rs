//! `RAISE_VARARGS`, `CHECK_EXC_MATCH`, and the exception-group opcodes of `except*`.

use crate::object::PyRef;
use crate::objects::type_::is_subtype;
use crate::objects::Payload;
use crate::vm::{PyResult, Vm};

fn is_exception_class(vm: &Vm, o: &PyRef) -> bool {
    matches!(o.payload, Payload::Type(_)) && is_subtype(o, &vm.t.base_exception)
}

/// Turn the operand of `raise` into an exception instance (instantiating classes).
pub fn make_exception(vm: &Vm, v: &PyRef) -> PyResult {
    if is_exception_class(vm, v) {
        let e = crate::protocols::call::call(vm, v, &[])?;
        if !is_subtype(e.ty(), &vm.t.base_exception) {
            return Err(vm.type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                crate::protocols::repr::repr(vm, v)?.as_str().unwrap_or(""),
                vm.type_name(&e)
            )));
        }
        return Ok(e);
    }
    if is_subtype(v.ty(), &vm.t.base_exception) {
        return Ok(v.clone());
    }
    Err(vm.type_error("exceptions must derive from BaseException"))
}

/// `raise`, `raise exc`, `raise exc from cause`. Returns the exception and whether it is a
/// bare re-raise (which keeps its traceback and context untouched).
pub fn do_raise(vm: &Vm, exc: Option<PyRef>, cause: Option<PyRef>) -> PyResult<(PyRef, bool)> {
    let Some(exc) = exc else {
        return match vm.handled.get() {
            Some(e) => Ok((e, true)),
            None => Err(vm.runtime_error("No active exception to reraise")),
        };
    };
    let e = make_exception(vm, &exc)?;
    if let Some(cause) = cause {
        let ex = e.as_exception().expect("an exception");
        if vm.is_none(&cause) {
            ex.cause.set(None);
        } else if is_exception_class(vm, &cause) {
            let c = crate::protocols::call::call(vm, &cause, &[])?;
            ex.cause.set(Some(c));
        } else if is_subtype(cause.ty(), &vm.t.base_exception) {
            ex.cause.set(Some(cause));
        } else {
            return Err(vm.type_error("exception causes must derive from BaseException"));
        }
        ex.suppress_context.set(true);
    }
    crate::objects::exceptions::set_context_from_handled(vm, &e);
    Ok((e, false))
}

fn check_except_type(vm: &Vm, ty: &PyRef) -> PyResult<()> {
    let ok = match &ty.payload {
        Payload::Tuple(items) => items.iter().all(|t| is_exception_class(vm, t)),
        _ => is_exception_class(vm, ty),
    };
    if ok {
        Ok(())
    } else {
        Err(vm.type_error("catching classes that do not inherit from BaseException is not allowed"))
    }
}

/// `except T:` matching.
pub fn exception_matches(vm: &Vm, exc: &PyRef, ty: &PyRef) -> PyResult<bool> {
    check_except_type(vm, ty)?;
    Ok(match &ty.payload {
        Payload::Tuple(items) => items.iter().any(|t| is_subtype(exc.ty(), t)),
        _ => is_subtype(exc.ty(), ty),
    })
}

/// `except* T:` matching: split the group into (rest, matched).
pub fn exception_group_match(vm: &Vm, eg: &PyRef, ty: &PyRef) -> PyResult<(PyRef, PyRef)> {
    check_except_type(vm, ty)?;
    if vm.is_none(eg) {
        return Ok((vm.none(), vm.none()));
    }
    let matches = |e: &PyRef| match &ty.payload {
        Payload::Tuple(items) => items.iter().any(|t| is_subtype(e.ty(), t)),
        _ => is_subtype(e.ty(), ty),
    };
    if matches(eg) {
        // A naked exception or a whole group that matches.
        let matched = if is_subtype(eg.ty(), &vm.t.base_exception_group) {
            eg.clone()
        } else {
            let g =
                crate::objects::exceptions::new_exception_group(vm, "", vec![eg.clone()], false)?;
            if let (Some(src), Some(dst)) = (eg.as_exception(), g.as_exception()) {
                dst.traceback.set(src.traceback.get());
            }
            g
        };
        return Ok((vm.none(), matched));
    }
    if is_subtype(eg.ty(), &vm.t.base_exception_group) {
        let split = crate::protocols::call::call_method(vm, eg, "split", &[ty.clone()])?;
        let parts = split.as_tuple().map(|t| t.to_vec()).unwrap_or_default();
        if parts.len() == 2 {
            return Ok((parts[1].clone(), parts[0].clone()));
        }
    }
    Ok((eg.clone(), vm.none()))
}

/// After the `except*` clauses: what is left to re-raise (CPython's `_PyExc_PrepReraiseStar`).
pub fn prep_reraise_star(vm: &Vm, orig: &PyRef, excs: &PyRef) -> PyResult {
    let items: Vec<PyRef> = excs
        .as_list()
        .map(|l| {
            l.borrow()
                .iter()
                .filter(|e| !vm.is_none(e))
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    if items.is_empty() {
        return Ok(vm.none());
    }
    if !is_subtype(orig.ty(), &vm.t.base_exception_group) {
        return Ok(items[0].clone());
    }
    // Re-raised exceptions that are (parts of) the original keep their place; new ones join.
    let raised: Vec<PyRef> = items
        .iter()
        .filter(|e| !crate::objects::exceptions::is_part_of(vm, e, orig))
        .cloned()
        .collect();
    let kept: Vec<PyRef> = items
        .iter()
        .filter(|e| crate::objects::exceptions::is_part_of(vm, e, orig))
        .cloned()
        .collect();
    let mut projected = None;
    if !kept.is_empty() {
        let keep_ids: Vec<usize> = kept
            .iter()
            .flat_map(crate::objects::exceptions::leaf_ids)
            .collect();
        projected = crate::objects::exceptions::project_group(vm, orig, &keep_ids)?;
    }
    // Only re-raises: the original group cut down to them. Anything new: a fresh group of the
    // new exceptions followed by that cut-down original, even for a single new one.
    if raised.is_empty() {
        return Ok(projected.unwrap_or_else(|| vm.none()));
    }
    let mut result = raised;
    result.extend(projected);
    crate::objects::exceptions::new_exception_group(vm, "", result, true)
}
