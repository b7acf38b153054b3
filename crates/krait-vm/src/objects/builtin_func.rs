//! builtin_function_or_method: native functions, bound or not. Mirrors
//! `Objects/methodobject.c`.

use crate::object::PyRef;
use crate::objects::descr::MethodDescr;
use crate::objects::Payload;
use crate::vm::{MethodDef, NativeFn, PyResult, Vm};

pub struct PyBuiltin {
    pub name: &'static str,
    pub func: NativeFn,
    /// The bound `self` (a method of a builtin object, or the module for module functions:
    /// module functions are unbound here and carry their module in `module`).
    pub self_: Option<PyRef>,
    pub module: Option<PyRef>,
    pub doc: &'static str,
}

/// A module-level native function.
pub fn new_function(vm: &Vm, def: &'static MethodDef, module: Option<PyRef>) -> PyRef {
    PyRef::new(
        &vm.t.builtin_function,
        Payload::Builtin(Box::new(PyBuiltin {
            name: def.name,
            func: def.func,
            self_: None,
            module,
            doc: def.doc,
        })),
    )
}

/// A native function from a name and a function pointer.
pub fn new_native(vm: &Vm, name: &'static str, func: NativeFn) -> PyRef {
    PyRef::new(
        &vm.t.builtin_function,
        Payload::Builtin(Box::new(PyBuiltin {
            name,
            func,
            self_: None,
            module: None,
            doc: "",
        })),
    )
}

/// `obj.method` for a method descriptor: a bound builtin method.
pub fn bind_method(vm: &Vm, d: &MethodDescr, obj: &PyRef) -> PyRef {
    PyRef::new(
        &vm.t.builtin_function,
        Payload::Builtin(Box::new(PyBuiltin {
            name: d.def.name,
            func: d.def.func,
            self_: Some(obj.clone()),
            module: None,
            doc: d.def.doc,
        })),
    )
}

/// A static method of a builtin type, as a plain function.
pub fn bind_static(vm: &Vm, d: &MethodDescr) -> PyRef {
    PyRef::new(
        &vm.t.builtin_function,
        Payload::Builtin(Box::new(PyBuiltin {
            name: d.def.name,
            func: d.def.func,
            self_: None,
            module: None,
            doc: d.def.doc,
        })),
    )
}

pub fn repr(vm: &Vm, obj: &PyRef) -> PyResult<String> {
    let Payload::Builtin(b) = &obj.payload else {
        return Ok(String::new());
    };
    match &b.self_ {
        Some(s) if !matches!(s.payload, Payload::Module(_)) => Ok(format!(
            "<built-in method {} of {} object at {:#x}>",
            b.name,
            vm.type_name(s),
            s.id()
        )),
        _ => Ok(format!("<built-in function {}>", b.name)),
    }
}
