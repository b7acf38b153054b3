//! `BEFORE_WITH`/`BEFORE_ASYNC_WITH` and `WITH_EXCEPT_START`.

use crate::object::PyRef;
use crate::protocols::{attr, call};
use crate::vm::{PyResult, Vm};

pub fn before_with(vm: &Vm, mgr: &PyRef, is_async: bool) -> PyResult<(PyRef, PyRef)> {
    let td = mgr.type_data();
    let (enter_name, exit_name) = if is_async {
        (&vm.names.__aenter__, &vm.names.__aexit__)
    } else {
        (&vm.names.__enter__, &vm.names.__exit__)
    };
    let enter = td.lookup(enter_name);
    let exit = td.lookup(exit_name);
    let (Some(enter), Some(exit)) = (enter.clone(), exit) else {
        let what = if is_async {
            "asynchronous context manager"
        } else {
            "context manager"
        };
        // CPython 3.11 looks `__enter__` up first; with it present, the missing part is named.
        let missed = if enter.is_some() {
            format!(" (missed {} method)", exit_name.as_str().unwrap_or(""))
        } else {
            String::new()
        };
        return Err(vm.type_error(format!(
            "'{}' object does not support the {} protocol{missed}",
            td.name(),
            what
        )));
    };
    let exit_bound = attr::bind_descriptor(vm, &exit, Some(mgr), &mgr.class())?;
    let entered = call::call_method_obj(vm, &enter, mgr, &[])?;
    Ok((exit_bound, entered))
}

pub fn call_exit_with_exc(vm: &Vm, exit: &PyRef, exc: &PyRef) -> PyResult {
    let ty = exc.class();
    let tb = exc
        .as_exception()
        .and_then(|e| e.traceback.get())
        .unwrap_or_else(|| vm.none());
    call::call(vm, exit, &[ty, exc.clone(), tb])
}
