//! NoneType, NotImplementedType and ellipsis: the singletons (`Objects/object.c`,
//! `Objects/sliceobject.c`).

use crate::vm::{Args, MethodDef, PyResult, Vm};

fn none_repr(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.intern("None"))
}
fn none_bool(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.false_.clone())
}
fn none_new(vm: &Vm, args: Args) -> PyResult {
    if args.values.len() > 1 {
        return Err(vm.type_error("NoneType takes no arguments"));
    }
    Ok(vm.none())
}
fn ni_repr(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.intern("NotImplemented"))
}
fn ni_new(vm: &Vm, args: Args) -> PyResult {
    if args.values.len() > 1 {
        return Err(vm.type_error("NotImplementedType takes no arguments"));
    }
    Ok(vm.not_implemented())
}
fn ni_bool(vm: &Vm, _a: Args) -> PyResult {
    crate::modules::warn(
        vm,
        &vm.t.deprecation_warning,
        "NotImplemented should not be used in a boolean context",
        1,
    )?;
    Ok(vm.true_.clone())
}
fn ni_reduce(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.intern("NotImplemented"))
}
fn el_repr(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.intern("Ellipsis"))
}
fn el_new(vm: &Vm, args: Args) -> PyResult {
    if args.values.len() > 1 {
        return Err(vm.type_error("ellipsis takes no arguments"));
    }
    Ok(vm.ellipsis.clone())
}
fn el_reduce(vm: &Vm, _a: Args) -> PyResult {
    Ok(vm.intern("Ellipsis"))
}

const NONE: &[MethodDef] = &[
    MethodDef::static_("__new__", none_new),
    MethodDef::method("__repr__", none_repr),
    MethodDef::method("__bool__", none_bool),
];
const NI: &[MethodDef] = &[
    MethodDef::static_("__new__", ni_new),
    MethodDef::method("__repr__", ni_repr),
    MethodDef::method("__bool__", ni_bool),
    MethodDef::method("__reduce__", ni_reduce),
];
const EL: &[MethodDef] = &[
    MethodDef::static_("__new__", el_new),
    MethodDef::method("__repr__", el_repr),
    MethodDef::method("__reduce__", el_reduce),
];

pub fn init(vm: &Vm) {
    crate::objects::descr::add_methods(vm, &vm.t.none_type, NONE);
    crate::objects::descr::add_methods(vm, &vm.t.not_implemented_type, NI);
    crate::objects::descr::add_methods(vm, &vm.t.ellipsis_type, EL);
}
