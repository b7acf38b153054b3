//! super: mirrors `Objects/typeobject.c` (`super_init`, `super_getattro`), including the
//! zero-argument form that reads `__class__` and the first argument from the caller's frame.

use crate::object::{ObjSlot, PyRef};
use crate::objects::type_::is_subtype;
use crate::objects::Payload;
use crate::protocols::attr;
use crate::vm::{Args, MethodDef, PyResult, Vm};

pub struct PySuper {
    pub ty: PyRef,
    pub obj: PyRef,
    pub obj_type: PyRef,
}

fn supercheck(vm: &Vm, ty: &PyRef, obj: &PyRef) -> PyResult<PyRef> {
    if matches!(obj.payload, Payload::Type(_)) && is_subtype(obj, ty) {
        return Ok(obj.clone());
    }
    if is_subtype(obj.ty(), ty) {
        return Ok(obj.class());
    }
    if let Ok(Some(c)) = attr::getattr_opt(vm, obj, &vm.names.__class__) {
        if matches!(c.payload, Payload::Type(_)) && is_subtype(&c, ty) {
            return Ok(c);
        }
    }
    Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"))
}

pub fn new_super(vm: &Vm, ty: PyRef, obj: PyRef) -> PyResult {
    let obj_type = supercheck(vm, &ty, &obj)?;
    Ok(PyRef::new(
        &vm.t.super_,
        Payload::Super(Box::new(PySuper { ty, obj, obj_type })),
    ))
}

fn super_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    let p = &args.pos()[1..];
    let (ty, obj) = match p.len() {
        0 => zero_arg_super(vm)?,
        1 => {
            return Ok(PyRef::new(
                cls,
                Payload::Super(Box::new(PySuper {
                    ty: p[0].clone(),
                    obj: vm.none(),
                    obj_type: vm.none(),
                })),
            ))
        }
        _ => (p[0].clone(), p[1].clone()),
    };
    if !matches!(ty.payload, Payload::Type(_)) {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(&ty)
        )));
    }
    let obj_type = supercheck(vm, &ty, &obj)?;
    Ok(PyRef::new(
        cls,
        Payload::Super(Box::new(PySuper { ty, obj, obj_type })),
    ))
}

fn zero_arg_super(vm: &Vm) -> PyResult<(PyRef, PyRef)> {
    let frame = vm
        .current_frame()
        .ok_or_else(|| vm.runtime_error("super(): no current frame"))?;
    let f = frame.as_frame().expect("frame");
    let code = f.code();
    let co = &code.code;
    if co.argcount == 0 && !co.flags.has(krait_bytecode::CodeFlags::VARARGS) {
        return Err(vm.runtime_error("super(): no arguments"));
    }
    let fast = &f.fast;
    let mut first = fast.first().and_then(ObjSlot::get);
    // The first argument may have been moved into a cell.
    if first.is_none() {
        for (j, a) in co.cell2arg.iter().enumerate() {
            if *a == Some(0) {
                if let Some(c) = fast.get(co.varnames.len() + j).and_then(ObjSlot::get) {
                    if let Payload::Cell(s) = &c.payload {
                        first = s.get();
                    }
                }
            }
        }
    }
    let Some(obj) = first else {
        return Err(vm.runtime_error("super(): arg[0] deleted"));
    };
    let nvar = co.varnames.len() + co.cellvars.len();
    let idx = co.freevars.iter().position(|n| &**n == "__class__");
    let Some(idx) = idx else {
        return Err(vm.runtime_error("super(): __class__ cell not found"));
    };
    let cell = fast.get(nvar + idx).and_then(ObjSlot::get);
    let ty = match cell.as_ref().map(|c| &c.payload) {
        Some(Payload::Cell(s)) => s.get(),
        _ => None,
    };
    match ty {
        Some(t) if matches!(t.payload, Payload::Type(_)) => Ok((t, obj)),
        Some(_) => Err(vm.runtime_error("super(): __class__ is not a type")),
        None => Err(vm.runtime_error("super(): empty __class__ cell")),
    }
}

/// Attribute lookup through `super`: search the MRO of the object's type after `ty`.
pub fn super_getattr(vm: &Vm, sup: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
    let Payload::Super(s) = &sup.payload else {
        return Ok(None);
    };
    if name.as_str() == Some("__class__") || vm.is_none(&s.obj_type) {
        return attr::generic_getattr(vm, sup, name);
    }
    let mro = s
        .obj_type
        .as_type()
        .map(|t| t.mro.borrow().clone())
        .unwrap_or_default();
    let start = mro
        .iter()
        .position(|t| t.is(&s.ty))
        .map(|i| i + 1)
        .unwrap_or(mro.len());
    for t in &mro[start..] {
        if let Some(td) = t.as_type() {
            if let Some(v) = td.dict.get_str_obj(name) {
                let inst = if s.obj.is(&s.obj_type) {
                    None
                } else {
                    Some(&s.obj)
                };
                return attr::bind_descriptor(vm, &v, inst, &s.obj_type).map(Some);
            }
        }
    }
    attr::generic_getattr(vm, sup, name)
}

fn super_repr(vm: &Vm, args: Args) -> PyResult {
    let Payload::Super(s) = &args.pos()[0].payload else {
        return Err(vm.type_error("expected super"));
    };
    let tn = s.ty.as_type().map(|t| t.name()).unwrap_or_default();
    if vm.is_none(&s.obj_type) {
        return Ok(vm.string(format!("<super: <class '{tn}'>, NULL>")));
    }
    let on = s.obj_type.as_type().map(|t| t.name()).unwrap_or_default();
    Ok(vm.string(format!("<super: <class '{tn}'>, <{on} object>>")))
}

fn super_init(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

fn g_thisclass(vm: &Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::Super(s) => Ok(s.ty.clone()),
        _ => Err(vm.type_error("expected super")),
    }
}
fn g_self(vm: &Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::Super(s) => Ok(s.obj.clone()),
        _ => Err(vm.type_error("expected super")),
    }
}
fn g_self_class(vm: &Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::Super(s) => Ok(s.obj_type.clone()),
        _ => Err(vm.type_error("expected super")),
    }
}

/// `super.__get__(obj, type)`: an unbound `super(C)` bound to `obj`; a bound one as is.
fn super_get(vm: &Vm, args: Args) -> PyResult {
    let s = &args.pos()[0];
    let obj = args.pos().get(1).cloned().unwrap_or_else(|| vm.none());
    let Payload::Super(sup) = &s.payload else {
        return Err(vm.type_error("expected super"));
    };
    if vm.is_none(&obj) || !vm.is_none(&sup.obj) {
        return Ok(s.clone());
    }
    crate::protocols::call::call(vm, &s.class(), &[sup.ty.clone(), obj])
}

const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", super_new),
    MethodDef::method("__get__", super_get),
    MethodDef::method("__init__", super_init),
    MethodDef::method("__repr__", super_repr),
];

pub fn init(vm: &Vm) {
    use crate::objects::descr::add_getset;
    let t = &vm.t.super_;
    crate::objects::descr::add_methods(vm, t, METHODS);
    add_getset(vm, t, "__thisclass__", g_thisclass, None);
    add_getset(vm, t, "__self__", g_self, None);
    add_getset(vm, t, "__self_class__", g_self_class, None);
}
