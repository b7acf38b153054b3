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

fn bf<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a PyBuiltin> {
    match &o.payload {
        Payload::Builtin(b) => Ok(b),
        _ => Err(vm.type_error("expected a builtin function")),
    }
}

fn g_name(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.intern(bf(vm, o)?.name))
}

fn g_qualname(vm: &Vm, o: &PyRef) -> PyResult {
    let b = bf(vm, o)?;
    match &b.self_ {
        Some(s) if !matches!(s.payload, Payload::Module(_)) => {
            let owner = if let Payload::Type(t) = &s.payload {
                t.name()
            } else {
                vm.type_name(s)
            };
            Ok(vm.string(format!("{}.{}", owner, b.name)))
        }
        _ => Ok(vm.intern(b.name)),
    }
}

fn g_self(vm: &Vm, o: &PyRef) -> PyResult {
    let b = bf(vm, o)?;
    Ok(b.self_
        .clone()
        .or_else(|| b.module.clone())
        .unwrap_or_else(|| vm.none()))
}

fn g_module(vm: &Vm, o: &PyRef) -> PyResult {
    let b = bf(vm, o)?;
    match &b.module {
        Some(m) => Ok(m
            .dict()
            .and_then(|d| d.as_dict().and_then(|dd| dd.get_str("__name__")))
            .unwrap_or_else(|| vm.none())),
        None => Ok(vm.none()),
    }
}

fn g_doc(vm: &Vm, o: &PyRef) -> PyResult {
    let b = bf(vm, o)?;
    Ok(if b.doc.is_empty() {
        vm.none()
    } else {
        vm.str(b.doc)
    })
}

fn b_repr(vm: &Vm, args: crate::vm::Args) -> PyResult {
    Ok(vm.string(repr(vm, &args.pos()[0])?))
}

const METHODS: &[MethodDef] = &[MethodDef::method("__repr__", b_repr)];

fn md_name(vm: &Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::MethodDescr(d) => Ok(vm.intern(d.def.name)),
        _ => Err(vm.type_error("expected a method descriptor")),
    }
}

fn md_qualname(vm: &Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::MethodDescr(d) => Ok(vm.string(format!("{}.{}", d.owner_name(), d.def.name))),
        _ => Err(vm.type_error("expected a method descriptor")),
    }
}

fn md_objclass(vm: &Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::MethodDescr(d) => Ok(d.owner.clone()),
        _ => Err(vm.type_error("expected a method descriptor")),
    }
}

fn md_repr(vm: &Vm, args: crate::vm::Args) -> PyResult {
    match &args.pos()[0].payload {
        Payload::MethodDescr(d) => Ok(vm.string(format!(
            "<method '{}' of '{}' objects>",
            d.def.name,
            d.owner_name()
        ))),
        _ => Err(vm.type_error("expected a method descriptor")),
    }
}

fn md_get(vm: &Vm, args: crate::vm::Args) -> PyResult {
    let d = &args.pos()[0];
    let obj = args.pos().get(1).cloned().filter(|o| !vm.is_none(o));
    let owner = args
        .pos()
        .get(2)
        .cloned()
        .or_else(|| obj.as_ref().map(|o| o.class()))
        .unwrap_or_else(|| vm.none());
    crate::protocols::attr::bind_descriptor(vm, d, obj.as_ref(), &owner)
}

fn md_call(vm: &Vm, args: crate::vm::Args) -> PyResult {
    match &args.values[0].payload {
        Payload::MethodDescr(d) => {
            crate::protocols::call::call_method_descr(vm, d, args.skip_self())
        }
        _ => Err(vm.type_error("expected a method descriptor")),
    }
}

const MD_METHODS: &[MethodDef] = &[
    MethodDef::method("__repr__", md_repr),
    MethodDef::method("__get__", md_get),
    MethodDef::method("__call__", md_call),
];

fn gs_name(vm: &Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::GetSet(g) => Ok(vm.intern(g.name)),
        Payload::Member(m) => Ok(m.name.clone()),
        _ => Err(vm.type_error("expected a descriptor")),
    }
}

/// `__objclass__`: the class whose namespace holds the getset or slot member.
fn gs_objclass(vm: &Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::GetSet(g) => Ok(g.owner.clone()),
        Payload::Member(m) => Ok(m.owner.clone()),
        _ => Err(vm.type_error("expected a descriptor")),
    }
}

fn gs_repr(vm: &Vm, args: crate::vm::Args) -> PyResult {
    match &args.pos()[0].payload {
        Payload::GetSet(g) => Ok(vm.string(format!(
            "<attribute '{}' of '{}' objects>",
            g.name,
            g.owner.as_type().map(|t| t.name()).unwrap_or_default()
        ))),
        Payload::Member(m) => Ok(vm.string(format!(
            "<member '{}' of '{}' objects>",
            m.name.as_str().unwrap_or(""),
            m.owner.as_type().map(|t| t.name()).unwrap_or_default()
        ))),
        _ => Err(vm.type_error("expected a descriptor")),
    }
}

fn gs_get(vm: &Vm, args: crate::vm::Args) -> PyResult {
    let d = &args.pos()[0];
    let obj = args.pos().get(1).cloned().filter(|o| !vm.is_none(o));
    let owner = args.pos().get(2).cloned().unwrap_or_else(|| vm.none());
    crate::protocols::attr::bind_descriptor(vm, d, obj.as_ref(), &owner)
}

fn gs_set(vm: &Vm, args: crate::vm::Args) -> PyResult {
    let p = args.pos();
    match &p[0].payload {
        Payload::GetSet(g) => match g.set {
            Some(set) => set(vm, &p[1], Some(p[2].clone()))?,
            None => {
                return Err(vm.attribute_error(format!("attribute '{}' is not writable", g.name)))
            }
        },
        Payload::Member(m) => m.set(vm, &p[1], Some(p[2].clone()))?,
        _ => return Err(vm.type_error("expected a descriptor")),
    }
    Ok(vm.none())
}

const GS_METHODS: &[MethodDef] = &[
    MethodDef::method("__repr__", gs_repr),
    MethodDef::method("__get__", gs_get),
    MethodDef::method("__set__", gs_set),
];

pub fn init(vm: &Vm) {
    use crate::objects::descr::{add_getset, add_methods};
    let t = &vm.t.builtin_function;
    add_methods(vm, t, METHODS);
    add_getset(vm, t, "__name__", g_name, None);
    add_getset(vm, t, "__qualname__", g_qualname, None);
    add_getset(vm, t, "__self__", g_self, None);
    add_getset(vm, t, "__module__", g_module, None);
    add_getset(vm, t, "__doc__", g_doc, None);
    for md in [&vm.t.method_descriptor, &vm.t.classmethod_descriptor] {
        add_methods(vm, md, MD_METHODS);
        add_getset(vm, md, "__name__", md_name, None);
        add_getset(vm, md, "__qualname__", md_qualname, None);
        add_getset(vm, md, "__objclass__", md_objclass, None);
    }
    for gs in [&vm.t.getset_descriptor, &vm.t.member_descriptor] {
        add_methods(vm, gs, GS_METHODS);
        add_getset(vm, gs, "__name__", gs_name, None);
        add_getset(vm, gs, "__objclass__", gs_objclass, None);
    }
}
