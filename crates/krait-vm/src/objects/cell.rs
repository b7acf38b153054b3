//! cell: mirrors `Objects/cellobject.c`.

use crate::object::{ObjSlot, PyRef};
use crate::objects::Payload;
use crate::vm::{Args, MethodDef, PyResult, Vm};

pub fn new_cell(vm: &Vm, v: Option<PyRef>) -> PyRef {
    PyRef::new(&vm.t.cell, Payload::Cell(ObjSlot::new(v)))
}

fn g_contents(vm: &Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::Cell(c) => c.get().ok_or_else(|| vm.value_error("Cell is empty")),
        _ => Err(vm.type_error("expected a cell")),
    }
}

fn s_contents(_vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    if let Payload::Cell(c) = &o.payload {
        c.set(v);
    }
    Ok(())
}

fn c_new(vm: &Vm, args: Args) -> PyResult {
    Ok(new_cell(vm, args.pos().get(1).cloned()))
}

fn c_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let Payload::Cell(c) = &o.payload else {
        return Err(vm.type_error("expected a cell"));
    };
    Ok(vm.string(match c.get() {
        Some(v) => format!(
            "<cell at {:#x}: {} object at {:#x}>",
            o.id(),
            vm.type_name(&v),
            v.id()
        ),
        None => format!("<cell at {:#x}: empty>", o.id()),
    }))
}

const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", c_new),
    MethodDef::method("__repr__", c_repr),
];

pub fn init(vm: &Vm) {
    crate::objects::descr::add_methods(vm, &vm.t.cell, METHODS);
    crate::objects::descr::add_getset(
        vm,
        &vm.t.cell,
        "cell_contents",
        g_contents,
        Some(s_contents),
    );
}
