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
    /// The type defining a bound slot method (`method-wrapper`'s `__objclass__`).
    pub owner: Option<PyRef>,
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
            owner: None,
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
            owner: None,
        })),
    )
}

/// `obj.method` for a method descriptor: a bound builtin method (a `method-wrapper` for a
/// slot wrapper).
pub fn bind_method(vm: &Vm, d: &MethodDescr, obj: &PyRef) -> PyRef {
    let slot = crate::objects::descr::is_slot_name(d.def.name)
        && d.def.kind == crate::vm::MethodKind::Instance;
    PyRef::new(
        if slot {
            &vm.t.method_wrapper
        } else {
            &vm.t.builtin_function
        },
        Payload::Builtin(Box::new(PyBuiltin {
            name: d.def.name,
            func: d.def.func,
            self_: Some(obj.clone()),
            module: None,
            doc: d.def.doc,
            owner: slot.then(|| d.owner.clone()),
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
            owner: None,
        })),
    )
}

pub fn repr(vm: &Vm, obj: &PyRef) -> PyResult<String> {
    let Payload::Builtin(b) = &obj.payload else {
        return Ok(String::new());
    };
    match &b.self_ {
        Some(s) if b.owner.is_some() => Ok(format!(
            "<method-wrapper '{}' of {} object at {:#x}>",
            b.name,
            vm.type_name(s),
            s.id()
        )),
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
    if let Some(owner) = b.owner.as_ref().and_then(|t| t.as_type()) {
        return Ok(vm.string(format!("{}.{}", owner.name(), b.name)));
    }
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

fn b_call(vm: &Vm, args: crate::vm::Args) -> PyResult {
    let f = args.values[0].clone();
    crate::protocols::call::call_args(vm, &f, args.skip_self())
}

fn b_objclass(vm: &Vm, o: &PyRef) -> PyResult {
    bf(vm, o)?
        .owner
        .clone()
        .ok_or_else(|| vm.attribute_error("__objclass__"))
}

/// `__text_signature__`: None (Krait's native functions carry no signature text).
fn g_text_signature(vm: &Vm, _o: &PyRef) -> PyResult {
    Ok(vm.none())
}

/// Two builtins are equal when they wrap the same native function bound to the same `self`
/// (`meth_richcompare`): `object.__new__ == object.__new__` even though each lookup makes a
/// new object.
fn same_builtin(a: &PyBuiltin, b: &PyBuiltin) -> bool {
    let same_self = match (&a.self_, &b.self_) {
        (Some(x), Some(y)) => x.is(y),
        (None, None) => true,
        _ => false,
    };
    same_self && a.name == b.name && std::ptr::fn_addr_eq(a.func, b.func)
}

fn b_eq(vm: &Vm, args: crate::vm::Args) -> PyResult {
    let a = bf(vm, &args.pos()[0])?;
    match args.pos().get(1).map(|o| &o.payload) {
        Some(Payload::Builtin(b)) => Ok(vm.bool(same_builtin(a, b))),
        _ => Ok(vm.not_implemented()),
    }
}

fn b_hash(vm: &Vm, args: crate::vm::Args) -> PyResult {
    use crate::protocols::compare::hash_pointer;
    let b = bf(vm, &args.pos()[0])?;
    let self_hash = b.self_.as_ref().map_or(0, |s| hash_pointer(s.id()));
    Ok(vm.int(self_hash ^ hash_pointer(b.func as usize)))
}

const METHODS: &[MethodDef] = &[
    MethodDef::method("__repr__", b_repr),
    MethodDef::method("__call__", b_call),
    MethodDef::method("__eq__", b_eq),
    MethodDef::method("__hash__", b_hash),
];

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
    let o = &args.pos()[0];
    let what = if o.class().is(&vm.t.wrapper_descriptor) {
        "slot wrapper"
    } else {
        "method"
    };
    match &o.payload {
        Payload::MethodDescr(d) => Ok(vm.string(format!(
            "<{what} '{}' of '{}' objects>",
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

fn gs_delete(vm: &Vm, args: crate::vm::Args) -> PyResult {
    let p = args.pos();
    match &p[0].payload {
        Payload::GetSet(g) => match g.set {
            Some(set) => set(vm, &p[1], None)?,
            None => {
                return Err(vm.attribute_error(format!("attribute '{}' is not writable", g.name)))
            }
        },
        Payload::Member(m) => m.set(vm, &p[1], None)?,
        _ => return Err(vm.type_error("expected a descriptor")),
    }
    Ok(vm.none())
}

fn gs_owner(o: &PyRef) -> Option<&PyRef> {
    match &o.payload {
        Payload::GetSet(g) => Some(&g.owner),
        Payload::Member(m) => Some(&m.owner),
        _ => None,
    }
}

fn gs_objclass(vm: &Vm, o: &PyRef) -> PyResult {
    gs_owner(o)
        .cloned()
        .ok_or_else(|| vm.type_error("expected a descriptor"))
}

fn gs_qualname(vm: &Vm, o: &PyRef) -> PyResult {
    let owner = gs_owner(o)
        .and_then(|t| t.as_type())
        .map(|t| t.qualname.borrow().clone())
        .unwrap_or_default();
    let name = gs_name(vm, o)?;
    Ok(vm.string(format!("{owner}.{}", name.as_str().unwrap_or(""))))
}

const GS_METHODS: &[MethodDef] = &[
    MethodDef::method("__repr__", gs_repr),
    MethodDef::method("__get__", gs_get),
    MethodDef::method("__set__", gs_set),
    MethodDef::method("__delete__", gs_delete),
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
    add_getset(vm, t, "__text_signature__", g_text_signature, None);
    let mw = &vm.t.method_wrapper;
    add_methods(vm, mw, METHODS);
    add_getset(vm, mw, "__name__", g_name, None);
    add_getset(vm, mw, "__qualname__", g_qualname, None);
    add_getset(vm, mw, "__self__", g_self, None);
    add_getset(vm, mw, "__objclass__", b_objclass, None);
    add_getset(vm, mw, "__text_signature__", g_text_signature, None);
    for md in [
        &vm.t.method_descriptor,
        &vm.t.classmethod_descriptor,
        &vm.t.wrapper_descriptor,
    ] {
        add_methods(vm, md, MD_METHODS);
        add_getset(vm, md, "__name__", md_name, None);
        add_getset(vm, md, "__qualname__", md_qualname, None);
        add_getset(vm, md, "__objclass__", md_objclass, None);
        add_getset(vm, md, "__text_signature__", g_text_signature, None);
    }
    for gs in [&vm.t.getset_descriptor, &vm.t.member_descriptor] {
        add_methods(vm, gs, GS_METHODS);
        add_getset(vm, gs, "__name__", gs_name, None);
        add_getset(vm, gs, "__qualname__", gs_qualname, None);
        add_getset(vm, gs, "__objclass__", gs_objclass, None);
    }
}
