//! Calling objects: mirrors `Objects/call.c` (`PyObject_Vectorcall`, `_PyObject_Call`) and the
//! method-call shortcuts. Python functions are entered through `interp::frame`.

use crate::object::PyRef;
use crate::objects::descr::MethodDescr;
use crate::objects::Payload;
use crate::vm::{Args, MethodKind, PyResult, Vm};

/// `callable(*args)`.
#[inline]
pub fn call(vm: &Vm, callable: &PyRef, args: &[PyRef]) -> PyResult {
    call_args(vm, callable, Args::new(args))
}

/// `callable(*values, **dict(zip(kwnames, kwvalues)))` in vectorcall form.
pub fn call_args(vm: &Vm, callable: &PyRef, args: Args) -> PyResult {
    match &callable.payload {
        Payload::Function(_) => crate::interp::frame::call_function(vm, callable, args),
        Payload::Builtin(b) => {
            vm.enter_recursion()?;
            let r = match &b.self_ {
                Some(s) => with_self(s, args.values, |v| {
                    (b.func)(vm, Args::with_kw(v, args.kwnames))
                }),
                None => (b.func)(vm, args),
            };
            vm.leave_recursion();
            r
        }
        Payload::BoundMethod(m) => with_self(&m.self_, args.values, |v| {
            call_args(vm, &m.func, Args::with_kw(v, args.kwnames))
        }),
        Payload::MethodDescr(d) => call_method_descr(vm, d, args),
        Payload::Type(_) => crate::objects::type_call::call_type(vm, callable, args),
        _ => {
            let Some(m) = callable.type_data().lookup(&vm.names.__call__) else {
                return Err(vm.type_error(format!(
                    "'{}' object is not callable",
                    vm.type_name(callable)
                )));
            };
            vm.enter_recursion()?;
            let r = call_method_obj_args(vm, &m, callable, args);
            vm.leave_recursion();
            r
        }
    }
}

/// The native function `call_args` would end up running for `callable(*args)` when that
/// needs no checks beyond what is seen here: an unbound builtin function, or an instance method
/// of a builtin type whose `self` (first argument) is of exactly that type. None otherwise.
#[inline]
pub fn native_target(callable: &PyRef, args: &[PyRef]) -> Option<crate::vm::NativeFn> {
    match &callable.payload {
        Payload::Builtin(b) if b.self_.is_none() => Some(b.func),
        Payload::MethodDescr(d)
            if d.def.kind == MethodKind::Instance
                && args.first().is_some_and(|s| s.is_type(&d.owner)) =>
        {
            Some(d.def.func)
        }
        _ => None,
    }
}

/// Call an unbound method descriptor of a builtin type with its `self` first in `args`.
pub fn call_method_descr(vm: &Vm, d: &MethodDescr, args: Args) -> PyResult {
    match d.def.kind {
        MethodKind::Instance => {
            let Some(slf) = args.pos().first() else {
                return Err(vm.type_error(format!(
                    "unbound method {}.{}() needs an argument",
                    d.owner_name(),
                    d.def.name
                )));
            };
            if !crate::objects::type_::is_subtype(slf.ty(), &d.owner) {
                return Err(vm.type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    d.def.name,
                    d.owner_name(),
                    vm.type_name(slf)
                )));
            }
            vm.enter_recursion()?;
            let r = (d.def.func)(vm, args);
            vm.leave_recursion();
            r
        }
        MethodKind::Class | MethodKind::Static => (d.def.func)(vm, args),
    }
}

/// Call `m`, an attribute found on `obj`'s type, as a method of `obj` (binding it the way the
/// descriptor protocol would, without building a bound method when it is a plain function).
pub fn call_method_obj(vm: &Vm, m: &PyRef, obj: &PyRef, args: &[PyRef]) -> PyResult {
    call_method_obj_args(vm, m, obj, Args::new(args))
}

pub fn call_method_obj_args(vm: &Vm, m: &PyRef, obj: &PyRef, args: Args) -> PyResult {
    match &m.payload {
        Payload::Function(_) => with_self(obj, args.values, |v| {
            crate::interp::frame::call_function(vm, m, Args::with_kw(v, args.kwnames))
        }),
        Payload::MethodDescr(d) if d.def.kind == MethodKind::Instance => {
            vm.enter_recursion()?;
            let r = with_self(obj, args.values, |v| {
                (d.def.func)(vm, Args::with_kw(v, args.kwnames))
            });
            vm.leave_recursion();
            r
        }
        _ => {
            let bound = crate::protocols::attr::bind_descriptor(vm, m, Some(obj), &obj.class())?;
            call_args(vm, &bound, args)
        }
    }
}

/// `f([obj, *args])`: the argument list of a method call, on the stack for the few arguments
/// dunder methods take (no allocation per `__eq__`, `__format__`, `__getitem__`...).
#[inline]
pub fn with_self<R>(obj: &PyRef, args: &[PyRef], f: impl FnOnce(&[PyRef]) -> R) -> R {
    match args {
        [] => f(&[obj.clone()]),
        [a] => f(&[obj.clone(), a.clone()]),
        [a, b] => f(&[obj.clone(), a.clone(), b.clone()]),
        _ => {
            let mut v = Vec::with_capacity(args.len() + 1);
            v.push(obj.clone());
            v.extend_from_slice(args);
            f(&v)
        }
    }
}

/// `obj.name(*args)`.
pub fn call_method(vm: &Vm, obj: &PyRef, name: &str, args: &[PyRef]) -> PyResult {
    let n = vm.intern(name);
    let f = crate::protocols::attr::getattr(vm, obj, &n)?;
    call(vm, &f, args)
}

/// Look up special method `name` on `obj`'s type and call it; None if the type lacks it.
pub fn call_special(vm: &Vm, obj: &PyRef, name: &PyRef, args: &[PyRef]) -> PyResult<Option<PyRef>> {
    match obj.type_data().lookup(name) {
        Some(m) => Ok(Some(call_method_obj(vm, &m, obj, args)?)),
        None => Ok(None),
    }
}

/// `callable(*args, **kwargs)` from a tuple/list of positionals and an optional dict.
pub fn call_with_dict(
    vm: &Vm,
    callable: &PyRef,
    pos: &[PyRef],
    kwargs: Option<&PyRef>,
) -> PyResult {
    match kwargs.and_then(|k| k.as_dict()) {
        Some(d) if !d.is_empty() => {
            let items = d.items();
            let mut values: Vec<PyRef> = pos.to_vec();
            let mut names = Vec::with_capacity(items.len());
            for (k, v) in items {
                if k.as_str().is_none() {
                    return Err(vm.type_error("keywords must be strings"));
                }
                names.push(k);
                values.push(v);
            }
            call_args(vm, callable, Args::with_kw(&values, &names))
        }
        _ => call(vm, callable, pos),
    }
}

/// Whether `obj` is callable (`callable()`).
pub fn is_callable(vm: &Vm, obj: &PyRef) -> bool {
    matches!(
        obj.payload,
        Payload::Function(_)
            | Payload::Builtin(_)
            | Payload::BoundMethod(_)
            | Payload::MethodDescr(_)
            | Payload::Type(_)
    ) || obj.type_data().lookup(&vm.names.__call__).is_some()
}
