//! _weakref: the native half of `weakref` (CPython's `Modules/_weakref.c`): the reference
//! type and the per-object queries. The proxy types, `WeakMethod`, the weak containers and
//! `finalize` are Python, in `lib/weakref.py` and `lib/_weakrefset.py`.

use krait_vm::objects::module::{new_module, set_attr};
use krait_vm::objects::weakref as w;
use krait_vm::{MethodDef, PyResult, Vm};

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("getweakrefcount", w::getweakrefcount),
    MethodDef::method("getweakrefs", w::getweakrefs),
    MethodDef::method("_proxy_ref", w::proxy_ref),
];

pub fn init(vm: &Vm) -> PyResult {
    let m = new_module(vm, "_weakref");
    crate::add_functions(vm, &m, FUNCTIONS);
    set_attr(vm, &m, "ref", vm.t.weakref.clone());
    set_attr(vm, &m, "ReferenceType", vm.t.weakref.clone());
    Ok(m)
}
