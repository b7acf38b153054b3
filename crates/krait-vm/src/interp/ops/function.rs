//! `MAKE_FUNCTION`: a function object from a code object and the stacked extras.

use krait_bytecode::opcode::make_function as flags;

use crate::object::{ObjSlot, PyRef};
use crate::objects::frame::PyFrame;
use crate::objects::function::PyFunction;
use crate::objects::Payload;
use crate::vm::{PyResult, Vm};

pub fn make_function(vm: &Vm, f: &PyFrame, stack: &mut Vec<PyRef>, arg: u32) -> PyResult {
    let code = stack.pop().expect("code object on the stack");
    let closure = if arg & flags::CLOSURE != 0 {
        stack.pop()
    } else {
        None
    };
    let annotations = if arg & flags::ANNOTATIONS != 0 {
        stack.pop()
    } else {
        None
    };
    let kwdefaults = if arg & flags::KWDEFAULTS != 0 {
        stack.pop()
    } else {
        None
    };
    let defaults = if arg & flags::DEFAULTS != 0 {
        stack.pop()
    } else {
        None
    };
    new_function(
        vm,
        code,
        f.globals.clone(),
        f.builtins.clone(),
        defaults,
        kwdefaults,
        annotations,
        closure,
    )
}

/// A function object (also used by `types.FunctionType(code, globals)`).
pub fn new_function(
    vm: &Vm,
    code: PyRef,
    globals: PyRef,
    builtins: PyRef,
    defaults: Option<PyRef>,
    kwdefaults: Option<PyRef>,
    annotations: Option<PyRef>,
    closure: Option<PyRef>,
) -> PyResult {
    let pc = code
        .as_code()
        .ok_or_else(|| vm.type_error("expected a code object"))?;
    let name = vm.intern(&pc.code.name);
    let qualname = vm.str(&pc.code.qualname);
    let doc = match pc.consts.first() {
        Some(d)
            if matches!(d.payload, Payload::Str(_))
                && pc.code.flags.has(krait_bytecode::CodeFlags::OPTIMIZED) =>
        {
            Some(d.clone())
        }
        _ => None,
    };
    let module = globals
        .as_dict()
        .and_then(|g| g.get_str_obj(&vm.names.__name__));
    let annotations = match annotations {
        Some(a) if a.as_tuple().is_some() => {
            let d = vm.dict();
            let dd = d.as_dict().expect("dict");
            for kv in a.as_tuple().unwrap_or(&[]).chunks(2) {
                if kv.len() == 2 {
                    dd.set(vm, kv[0].clone(), kv[1].clone())?;
                }
            }
            Some(d)
        }
        other => other,
    };
    let shape = std::cell::Cell::new(crate::objects::function::CallShape::of(pc));
    let func = PyFunction {
        shape,
        code: ObjSlot::new(Some(code)),
        globals,
        builtins,
        name: ObjSlot::new(Some(name)),
        qualname: ObjSlot::new(Some(qualname)),
        defaults: ObjSlot::new(defaults.filter(|d| !vm.is_none(d))),
        kwdefaults: ObjSlot::new(kwdefaults.filter(|d| !vm.is_none(d))),
        closure: ObjSlot::new(closure),
        doc: ObjSlot::new(doc),
        module: ObjSlot::new(module),
        annotations: ObjSlot::new(annotations),
    };
    Ok(PyRef::new(
        &vm.t.function,
        Payload::Function(Box::new(func)),
    ))
}
