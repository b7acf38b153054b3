//! property, classmethod and staticmethod: mirror `Objects/descrobject.c` (property) and
//! `Objects/funcobject.c` (classmethod, staticmethod).

use crate::object::{ObjSlot, PyRef};
use crate::objects::Payload;
use crate::protocols::call;
use crate::vm::{Args, MethodDef, PyResult, Vm};

pub struct PyProperty {
    pub fget: ObjSlot,
    pub fset: ObjSlot,
    pub fdel: ObjSlot,
    pub doc: ObjSlot,
    pub name: ObjSlot,
}

impl PyProperty {
    fn name_text(&self) -> String {
        self.name
            .get()
            .and_then(|n| n.as_str().map(|s| s.to_string()))
            .unwrap_or_default()
    }

    pub fn get(&self, vm: &Vm, _this: &PyRef, obj: &PyRef) -> PyResult {
        match self.fget.get() {
            Some(f) => call::call(vm, &f, &[obj.clone()]),
            None => Err(vm.attribute_error(if self.name.is_some() {
                format!(
                    "property '{}' of '{}' object has no getter",
                    self.name_text(),
                    vm.type_name(obj)
                )
            } else {
                format!("property of '{}' object has no getter", vm.type_name(obj))
            })),
        }
    }

    pub fn set(&self, vm: &Vm, _this: &PyRef, obj: &PyRef, value: Option<PyRef>) -> PyResult<()> {
        match value {
            Some(v) => match self.fset.get() {
                Some(f) => call::call(vm, &f, &[obj.clone(), v]).map(|_| ()),
                None => Err(vm.attribute_error(if self.name.is_some() {
                    format!(
                        "property '{}' of '{}' object has no setter",
                        self.name_text(),
                        vm.type_name(obj)
                    )
                } else {
                    format!("property of '{}' object has no setter", vm.type_name(obj))
                })),
            },
            None => match self.fdel.get() {
                Some(f) => call::call(vm, &f, &[obj.clone()]).map(|_| ()),
                None => Err(vm.attribute_error(if self.name.is_some() {
                    format!(
                        "property '{}' of '{}' object has no deleter",
                        self.name_text(),
                        vm.type_name(obj)
                    )
                } else {
                    format!("property of '{}' object has no deleter", vm.type_name(obj))
                })),
            },
        }
    }
}

fn prop<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a PyProperty> {
    match &o.payload {
        Payload::Property(p) => Ok(p),
        _ => Err(vm.type_error("descriptor requires a 'property' object")),
    }
}

fn p_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    let p = PyProperty {
        fget: ObjSlot::new(None),
        fset: ObjSlot::new(None),
        fdel: ObjSlot::new(None),
        doc: ObjSlot::new(None),
        name: ObjSlot::new(None),
    };
    Ok(crate::objects::object::alloc_instance(
        vm,
        cls,
        Payload::Property(Box::new(p)),
    ))
}

fn p_init(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let p = prop(vm, o)?;
    let pos = &args.pos()[1..];
    let mut vals: [Option<PyRef>; 4] = [
        pos.first().cloned(),
        pos.get(1).cloned(),
        pos.get(2).cloned(),
        pos.get(3).cloned(),
    ];
    for (k, v) in args.kwargs() {
        let i = match k {
            "fget" => 0,
            "fset" => 1,
            "fdel" => 2,
            "doc" => 3,
            _ => {
                return Err(vm.type_error(format!(
                    "property() got an unexpected keyword argument '{k}'"
                )))
            }
        };
        vals[i] = Some(v.clone());
    }
    let norm = |v: Option<PyRef>| v.filter(|x| !vm.is_none(x));
    let [g, s, d, doc] = vals;
    let g = norm(g);
    p.fget.set(g.clone());
    p.fset.set(norm(s));
    p.fdel.set(norm(d));
    let doc = match norm(doc) {
        Some(d) => Some(d),
        None => match &g {
            Some(g) => crate::protocols::attr::getattr_opt(vm, g, &vm.names.__doc__)
                .ok()
                .flatten()
                .filter(|d| !vm.is_none(d)),
            None => None,
        },
    };
    if o.is_type(&vm.t.property) {
        p.doc.set(doc);
    } else if let Some(d) = doc {
        crate::protocols::attr::setattr(vm, o, &vm.names.__doc__, Some(d))?;
    }
    Ok(vm.none())
}

fn p_get(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let obj = args.pos().get(1).cloned().unwrap_or_else(|| vm.none());
    if vm.is_none(&obj) {
        return Ok(o.clone());
    }
    prop(vm, o)?.get(vm, o, &obj)
}

fn p_set(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    prop(vm, o)?.set(vm, o, &args.pos()[1], Some(args.pos()[2].clone()))?;
    Ok(vm.none())
}

fn p_delete(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    prop(vm, o)?.set(vm, o, &args.pos()[1], None)?;
    Ok(vm.none())
}

fn p_copy_with(vm: &Vm, args: Args, which: usize) -> PyResult {
    let o = &args.pos()[0];
    let p = prop(vm, o)?;
    let f = args.pos().get(1).cloned().unwrap_or_else(|| vm.none());
    let mut parts = [p.fget.get(), p.fset.get(), p.fdel.get()];
    parts[which] = Some(f);
    let none = vm.none();
    let doc = if which == 0 {
        none.clone()
    } else {
        p.doc.get().unwrap_or_else(|| none.clone())
    };
    let new = call::call(
        vm,
        &o.class(),
        &[
            parts[0].clone().unwrap_or_else(|| none.clone()),
            parts[1].clone().unwrap_or_else(|| none.clone()),
            parts[2].clone().unwrap_or_else(|| none.clone()),
            doc,
        ],
    )?;
    if let Payload::Property(np) = &new.payload {
        np.name.set(p.name.get());
    }
    Ok(new)
}

fn p_getter(vm: &Vm, args: Args) -> PyResult {
    p_copy_with(vm, args, 0)
}
fn p_setter(vm: &Vm, args: Args) -> PyResult {
    p_copy_with(vm, args, 1)
}
fn p_deleter(vm: &Vm, args: Args) -> PyResult {
    p_copy_with(vm, args, 2)
}
fn p_set_name(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    prop(vm, o)?.name.set(args.pos().get(2).cloned());
    Ok(vm.none())
}

fn g_fget(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(prop(vm, o)?.fget.get().unwrap_or_else(|| vm.none()))
}
fn g_fset(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(prop(vm, o)?.fset.get().unwrap_or_else(|| vm.none()))
}
fn g_fdel(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(prop(vm, o)?.fdel.get().unwrap_or_else(|| vm.none()))
}
fn g_doc(vm: &Vm, o: &PyRef) -> PyResult {
    if let Some(d) = o
        .dict()
        .and_then(|d| d.as_dict().and_then(|dd| dd.get_str_obj(&vm.names.__doc__)))
    {
        return Ok(d);
    }
    Ok(prop(vm, o)?.doc.get().unwrap_or_else(|| vm.none()))
}
fn s_doc(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    prop(vm, o)?.doc.set(v);
    Ok(())
}
fn g_isabstract(vm: &Vm, o: &PyRef) -> PyResult {
    let p = prop(vm, o)?;
    for f in [p.fget.get(), p.fset.get(), p.fdel.get()]
        .into_iter()
        .flatten()
    {
        if let Some(v) =
            crate::protocols::attr::getattr_opt(vm, &f, &vm.intern("__isabstractmethod__"))?
        {
            if crate::protocols::compare::is_true(vm, &v)? {
                return Ok(vm.true_.clone());
            }
        }
    }
    Ok(vm.false_.clone())
}

const PROPERTY_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", p_new),
    MethodDef::method("__init__", p_init),
    MethodDef::method("__get__", p_get),
    MethodDef::method("__set__", p_set),
    MethodDef::method("__delete__", p_delete),
    MethodDef::method("getter", p_getter),
    MethodDef::method("setter", p_setter),
    MethodDef::method("deleter", p_deleter),
    MethodDef::method("__set_name__", p_set_name),
];

pub fn new_staticmethod(vm: &Vm, f: PyRef) -> PyRef {
    PyRef::new(
        &vm.t.staticmethod,
        Payload::StaticMethod(ObjSlot::new(Some(f))),
    )
}

pub fn new_classmethod(vm: &Vm, f: PyRef) -> PyRef {
    PyRef::new(
        &vm.t.classmethod,
        Payload::ClassMethod(ObjSlot::new(Some(f))),
    )
}

fn wrapped<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a ObjSlot> {
    match &o.payload {
        Payload::ClassMethod(s) | Payload::StaticMethod(s) => Ok(s),
        _ => Err(vm.type_error("expected a classmethod or staticmethod")),
    }
}

fn sm_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    let f = args.pos().get(1).cloned().unwrap_or_else(|| vm.none());
    Ok(crate::objects::object::alloc_instance(
        vm,
        cls,
        Payload::StaticMethod(ObjSlot::new(Some(f))),
    ))
}
fn cm_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    let f = args.pos().get(1).cloned().unwrap_or_else(|| vm.none());
    Ok(crate::objects::object::alloc_instance(
        vm,
        cls,
        Payload::ClassMethod(ObjSlot::new(Some(f))),
    ))
}
fn wrap_init(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let f = args.pos().get(1).cloned().unwrap_or_else(|| vm.none());
    // 3.10+: copy __name__, __doc__ ... from the wrapped callable into the instance dict
    // (`functools_wraps` in Objects/funcobject.c); the callable's own __dict__ is not copied.
    if o.dict().is_none() {
        o.set_dict(Some(vm.dict()));
    }
    for n in [
        "__module__",
        "__name__",
        "__qualname__",
        "__doc__",
        "__annotations__",
    ] {
        if let Ok(Some(v)) = crate::protocols::attr::getattr_opt(vm, &f, &vm.intern(n)) {
            if let Some(d) = o.dict() {
                d.as_dict().expect("dict").set_str(vm, n, v);
            }
        }
    }
    wrapped(vm, o)?.set(Some(f));
    Ok(vm.none())
}
fn sm_get(vm: &Vm, args: Args) -> PyResult {
    Ok(wrapped(vm, &args.pos()[0])?
        .get()
        .unwrap_or_else(|| vm.none()))
}
fn sm_call(vm: &Vm, args: Args) -> PyResult {
    let f = wrapped(vm, &args.values[0])?
        .get()
        .unwrap_or_else(|| vm.none());
    call::call_args(vm, &f, args.skip_self())
}
fn cm_get(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let p = args.pos();
    let owner = match p.get(2) {
        Some(t) if !vm.is_none(t) => t.clone(),
        _ => p.get(1).map(|x| x.class()).unwrap_or_else(|| vm.none()),
    };
    crate::protocols::attr::bind_descriptor(vm, o, None, &owner)
}
fn g_func(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(wrapped(vm, o)?.get().unwrap_or_else(|| vm.none()))
}
fn g_isabstract_wrapped(vm: &Vm, o: &PyRef) -> PyResult {
    let f = wrapped(vm, o)?.get().unwrap_or_else(|| vm.none());
    match crate::protocols::attr::getattr_opt(vm, &f, &vm.intern("__isabstractmethod__"))? {
        Some(v) => Ok(vm.bool(crate::protocols::compare::is_true(vm, &v)?)),
        None => Ok(vm.false_.clone()),
    }
}
fn sm_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let f = wrapped(vm, o)?.get().unwrap_or_else(|| vm.none());
    let r = crate::protocols::repr::repr(vm, &f)?;
    Ok(vm.string(format!(
        "<{}({})>",
        vm.type_name(o),
        r.as_str().unwrap_or("")
    )))
}

const SM_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", sm_new),
    MethodDef::method("__init__", wrap_init),
    MethodDef::method("__get__", sm_get),
    MethodDef::method("__call__", sm_call),
    MethodDef::method("__repr__", sm_repr),
];
const CM_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", cm_new),
    MethodDef::method("__init__", wrap_init),
    MethodDef::method("__get__", cm_get),
    MethodDef::method("__repr__", sm_repr),
];

pub fn init(vm: &Vm) {
    use crate::objects::descr::{add_getset, add_methods};
    let t = &vm.t;
    add_methods(vm, &t.property, PROPERTY_METHODS);
    add_getset(vm, &t.property, "fget", g_fget, None);
    add_getset(vm, &t.property, "fset", g_fset, None);
    add_getset(vm, &t.property, "fdel", g_fdel, None);
    add_getset(vm, &t.property, "__doc__", g_doc, Some(s_doc));
    add_getset(vm, &t.property, "__isabstractmethod__", g_isabstract, None);
    add_methods(vm, &t.staticmethod, SM_METHODS);
    add_methods(vm, &t.classmethod, CM_METHODS);
    for ty in [&t.staticmethod, &t.classmethod] {
        add_getset(vm, ty, "__func__", g_func, None);
        add_getset(vm, ty, "__wrapped__", g_func, None);
        add_getset(vm, ty, "__isabstractmethod__", g_isabstract_wrapped, None);
        add_getset(
            vm,
            ty,
            "__dict__",
            crate::objects::function::g_dict,
            Some(crate::objects::function::s_dict),
        );
    }
}
