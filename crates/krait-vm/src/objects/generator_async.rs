//! Async generators' awaitables (`asend`, `athrow`, `__anext__`, `aclose`): mirrors the
//! `async_gen_asend`/`async_gen_athrow` types of `Objects/genobject.c`.

use crate::interp::ops::generator::SendResult;
use crate::object::PyRef;
use crate::objects::generator::gen_send_ex;
use crate::objects::Payload;
use crate::vm::{Args, MethodDef, PyResult, Vm};

/// Unwrap a value an async generator yielded: a wrapped value means "this is the next item"
/// (StopIteration to the awaiting code); anything else is passed up to the event loop.
fn unwrap_yield(vm: &Vm, v: PyRef) -> PyResult {
    if v.is_type(&vm.t.async_gen_wrapped) {
        let inner = v.as_tuple().expect("wrapped value")[0].clone();
        return Err(vm.stop_iteration(Some(inner)));
    }
    Ok(v)
}

fn step(vm: &Vm, gen: &PyRef, value: Option<PyRef>, exc: Option<PyRef>) -> PyResult {
    match gen_send_ex(vm, gen, value, exc)? {
        SendResult::Yielded(v) => unwrap_yield(vm, v),
        SendResult::Returned(_) => Err(vm.new_exc_empty(&vm.t.stop_async_iteration)),
    }
}

/// State of an `asend`/`athrow` awaitable: (generator, first value or exception, started).
fn parts(o: &PyRef) -> (PyRef, PyRef, PyRef) {
    let t = o.as_tuple().expect("awaitable state");
    (t[0].clone(), t[1].clone(), t[2].clone())
}

fn new_awaitable(vm: &Vm, ty: &PyRef, gen: PyRef, first: PyRef) -> PyRef {
    PyRef::new(ty, Payload::Tuple(Box::new([gen, first, vm.list(vec![])])))
}

fn started(o: &PyRef) -> bool {
    parts(o).2.as_list().is_some_and(|l| !l.borrow().is_empty())
}

fn mark_started(vm: &Vm, o: &PyRef) {
    if let Some(l) = parts(o).2.as_list() {
        crate::objects::list::push(&mut l.borrow_mut(), vm.none());
    }
}

fn asend_send(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let (gen, first, _) = parts(o);
    let v = args.pos().get(1).cloned().unwrap_or_else(|| vm.none());
    if !started(o) {
        mark_started(vm, o);
        let v = if vm.is_none(&v) { first } else { v };
        return step(vm, &gen, Some(v), None);
    }
    step(vm, &gen, Some(v), None)
}

fn asend_next(vm: &Vm, args: Args) -> PyResult {
    asend_send(vm, Args::new(&[args.pos()[0].clone(), vm.none()]))
}

fn asend_throw(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let (gen, _, _) = parts(o);
    mark_started(vm, o);
    let typ = args
        .pos()
        .get(1)
        .cloned()
        .ok_or_else(|| vm.type_error("throw expected at least 1 argument"))?;
    match crate::objects::generator::gen_throw(
        vm,
        &gen,
        &typ,
        args.pos().get(2),
        args.pos().get(3),
    )? {
        SendResult::Yielded(v) => unwrap_yield(vm, v),
        SendResult::Returned(_) => Err(vm.new_exc_empty(&vm.t.stop_async_iteration)),
    }
}

fn aw_iter(_vm: &Vm, args: Args) -> PyResult {
    Ok(args.pos()[0].clone())
}

fn aw_close(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

/// `athrow`/`aclose` awaitable: `first` is the exception to throw (GeneratorExit for aclose).
fn athrow_send(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let (gen, exc, _) = parts(o);
    let is_close = vm.exc_matches(&exc, &vm.t.generator_exit);
    let r = if !started(o) {
        mark_started(vm, o);
        crate::objects::generator::gen_throw(vm, &gen, &exc, None, None)
    } else {
        let v = args.pos().get(1).cloned().unwrap_or_else(|| vm.none());
        gen_send_ex(vm, &gen, Some(v), None)
    };
    match r {
        Ok(SendResult::Yielded(v)) => {
            if is_close && v.is_type(&vm.t.async_gen_wrapped) {
                return Err(vm.runtime_error("async generator ignored GeneratorExit"));
            }
            unwrap_yield(vm, v)
        }
        Ok(SendResult::Returned(_)) => {
            if is_close {
                Err(vm.stop_iteration(None))
            } else {
                Err(vm.new_exc_empty(&vm.t.stop_async_iteration))
            }
        }
        Err(e)
            if is_close
                && (vm.exc_matches(&e, &vm.t.stop_async_iteration)
                    || vm.exc_matches(&e, &vm.t.generator_exit)) =>
        {
            Err(vm.stop_iteration(None))
        }
        Err(e) => Err(e),
    }
}

fn athrow_next(vm: &Vm, args: Args) -> PyResult {
    athrow_send(vm, Args::new(&[args.pos()[0].clone(), vm.none()]))
}

fn ag_anext(vm: &Vm, args: Args) -> PyResult {
    Ok(new_awaitable(
        vm,
        &vm.t.async_gen_asend,
        args.pos()[0].clone(),
        vm.none(),
    ))
}

fn ag_asend(vm: &Vm, args: Args) -> PyResult {
    let v = args.pos().get(1).cloned().unwrap_or_else(|| vm.none());
    Ok(new_awaitable(
        vm,
        &vm.t.async_gen_asend,
        args.pos()[0].clone(),
        v,
    ))
}

fn ag_athrow(vm: &Vm, args: Args) -> PyResult {
    let typ = args
        .pos()
        .get(1)
        .cloned()
        .ok_or_else(|| vm.type_error("athrow expected at least 1 argument"))?;
    let exc = crate::interp::ops::exceptions::make_exception(vm, &typ)?;
    Ok(new_awaitable(
        vm,
        &vm.t.async_gen_athrow,
        args.pos()[0].clone(),
        exc,
    ))
}

fn ag_aclose(vm: &Vm, args: Args) -> PyResult {
    let exc = vm.new_exc_empty(&vm.t.generator_exit);
    Ok(new_awaitable(
        vm,
        &vm.t.async_gen_athrow,
        args.pos()[0].clone(),
        exc,
    ))
}

fn ag_aiter(_vm: &Vm, args: Args) -> PyResult {
    Ok(args.pos()[0].clone())
}

const AG_METHODS: &[MethodDef] = &[
    MethodDef::method("__aiter__", ag_aiter),
    MethodDef::method("__del__", crate::objects::generator::g_del),
    MethodDef::class(
        "__class_getitem__",
        crate::objects::generic_alias::class_getitem,
    ),
    MethodDef::method("__anext__", ag_anext),
    MethodDef::method("asend", ag_asend),
    MethodDef::method("athrow", ag_athrow),
    MethodDef::method("aclose", ag_aclose),
    MethodDef::method(
        "__sizeof__",
        crate::objects::sizeof::generator_sizeof_method,
    ),
];

const ASEND_METHODS: &[MethodDef] = &[
    MethodDef::method("__await__", aw_iter),
    MethodDef::method("__iter__", aw_iter),
    MethodDef::method("__next__", asend_next),
    MethodDef::method("send", asend_send),
    MethodDef::method("throw", asend_throw),
    MethodDef::method("close", aw_close),
];

const ATHROW_METHODS: &[MethodDef] = &[
    MethodDef::method("__await__", aw_iter),
    MethodDef::method("__iter__", aw_iter),
    MethodDef::method("__next__", athrow_next),
    MethodDef::method("send", athrow_send),
    MethodDef::method("throw", asend_throw),
    MethodDef::method("close", aw_close),
];

pub fn init(vm: &Vm) {
    use crate::objects::descr::add_methods;
    add_methods(vm, &vm.t.async_generator, AG_METHODS);
    add_methods(vm, &vm.t.async_gen_asend, ASEND_METHODS);
    add_methods(vm, &vm.t.async_gen_athrow, ATHROW_METHODS);
}
