//! Generator-related opcodes: `SEND`, `GET_YIELD_FROM_ITER`, `GET_AWAITABLE`, `GET_AITER`,
//! `GET_ANEXT`.

use krait_bytecode::CodeFlags;

use crate::object::PyRef;
use crate::objects::code::PyCode;
use crate::objects::generator::GenKind;
use crate::objects::Payload;
use crate::protocols::{call, sequence};

use crate::vm::{PyResult, Vm};

pub enum SendResult {
    Yielded(PyRef),
    Returned(PyRef),
}

/// `receiver.send(v)` for `yield from`/`await` (CPython's `PyIter_Send`).
pub fn send(vm: &Vm, recv: &PyRef, v: PyRef) -> PyResult<SendResult> {
    if let Payload::Generator(_) = &recv.payload {
        return match crate::objects::generator::gen_send_ex(vm, recv, Some(v), None) {
            Err(e) if vm.exc_matches(&e, &vm.t.stop_iteration) => Ok(SendResult::Returned(
                crate::objects::exceptions::stop_iteration_value(vm, &e),
            )),
            r => r,
        };
    }
    let r = if vm.is_none(&v) {
        match recv.type_data().lookup(&vm.names.__next__) {
            Some(m) => call::call_method_obj(vm, &m, recv, &[]),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' object is not an iterator",
                    vm.type_name(recv)
                )))
            }
        }
    } else {
        call::call_method(vm, recv, "send", &[v])
    };
    match r {
        Ok(y) => Ok(SendResult::Yielded(y)),
        Err(e) if vm.exc_matches(&e, &vm.t.stop_iteration) => Ok(SendResult::Returned(
            crate::objects::exceptions::stop_iteration_value(vm, &e),
        )),
        Err(e) => Err(e),
    }
}

pub fn get_yield_from_iter(vm: &Vm, code: &PyCode, v: PyRef) -> PyResult {
    if let Some(g) = v.as_generator() {
        if g.kind == GenKind::Coroutine
            && !code
                .code
                .flags
                .has(CodeFlags::COROUTINE | CodeFlags::ITERABLE_COROUTINE)
            && code.code.flags.0 & (CodeFlags::COROUTINE | CodeFlags::ITERABLE_COROUTINE) == 0
        {
            return Err(vm.type_error(
                "cannot 'yield from' a coroutine object in a non-coroutine generator",
            ));
        }
        return Ok(v);
    }
    sequence::iter(vm, &v)
}

pub fn get_awaitable(vm: &Vm, v: PyRef, where_: u32) -> PyResult {
    if let Some(g) = v.as_generator() {
        match g.kind {
            GenKind::Coroutine => {
                if g.awaited_by_yield_from() {
                    return Err(vm.runtime_error("coroutine is being awaited already"));
                }
                return Ok(v);
            }
            GenKind::Generator if g.is_iterable_coroutine() => return Ok(v),
            _ => {}
        }
    }
    match v.type_data().lookup(&vm.names.__await__) {
        Some(m) => {
            let it = call::call_method_obj(vm, &m, &v, &[])?;
            if let Some(g) = it.as_generator() {
                if g.kind == GenKind::Coroutine {
                    return Err(vm.type_error("__await__() returned a coroutine"));
                }
            }
            if it.type_data().lookup(&vm.names.__next__).is_none() {
                return Err(vm.type_error(format!(
                    "__await__() returned non-iterator of type '{}'",
                    vm.type_name(&it)
                )));
            }
            Ok(it)
        }
        None => {
            let msg = match where_ {
                1 => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {}",
                    vm.type_name(&v)
                ),
                2 => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {}",
                    vm.type_name(&v)
                ),
                _ => format!("object {} can't be used in 'await' expression", vm.type_name(&v)),
            };
            Err(vm.type_error(msg))
        }
    }
}

pub fn get_aiter(vm: &Vm, v: PyRef) -> PyResult {
    match v.type_data().lookup(&vm.names.__aiter__) {
        Some(m) => {
            let it = call::call_method_obj(vm, &m, &v, &[])?;
            if it.type_data().lookup(&vm.names.__anext__).is_none() {
                return Err(vm.type_error(format!(
                    "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                    vm.type_name(&it)
                )));
            }
            Ok(it)
        }
        None => Err(vm.type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            vm.type_name(&v)
        ))),
    }
}

pub fn get_anext(vm: &Vm, aiter: &PyRef) -> PyResult {
    match aiter.type_data().lookup(&vm.names.__anext__) {
        Some(m) => {
            let aw = call::call_method_obj(vm, &m, aiter, &[])?;
            get_awaitable(vm, aw, 0).map_err(|_| {
                vm.type_error(format!(
                    "'async for' received an invalid object from __anext__: {}",
                    vm.type_name(aiter)
                ))
            })
        }
        None => Err(vm.type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            vm.type_name(aiter)
        ))),
    }
}
