//! module: mirrors `Objects/moduleobject.c`. A module's namespace is its `__dict__` (the
//! header's dict slot).

use crate::object::PyRef;
use crate::objects::Payload;
use crate::vm::{Args, MethodDef, PyResult, Vm};

pub struct PyModule {}

impl PyModule {
    /// The namespace dict of module object `obj`.
    pub fn dict_of(&self, obj: &PyRef) -> PyRef {
        obj.dict().expect("a module always has a dict")
    }

    pub fn name(&self, vm: &Vm, obj: &PyRef) -> String {
        self.dict_of(obj)
            .as_dict()
            .and_then(|d| d.get_str_obj(&vm.names.__name__))
            .and_then(|n| n.as_str().map(|s| s.to_string()))
            .unwrap_or_else(|| "?".to_string())
    }
}

/// A new module named `name` with a fresh namespace.
pub fn new_module(vm: &Vm, name: &str) -> PyRef {
    let m = PyRef::new(&vm.t.module, Payload::Module(Box::new(PyModule {})));
    let d = vm.dict();
    let dd = d.as_dict().expect("dict");
    dd.set_str(vm, "__name__", vm.str(name));
    dd.set_str(vm, "__doc__", vm.none());
    dd.set_str(vm, "__package__", vm.none());
    dd.set_str(vm, "__loader__", vm.none());
    dd.set_str(vm, "__spec__", vm.none());
    m.set_dict(Some(d));
    m
}

/// Put the functions of `defs` into module `m`.
pub fn add_functions(vm: &Vm, m: &PyRef, defs: &'static [crate::vm::MethodDef]) {
    for def in defs {
        let f = crate::objects::builtin_func::new_function(vm, def, Some(m.clone()));
        set_attr(vm, m, def.name, f);
    }
}

/// PEP 562: a module-level `__getattr__`.
pub fn module_getattr_hook(vm: &Vm, m: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
    let d = m.dict().expect("module dict");
    if let Some(hook) = d
        .as_dict()
        .and_then(|dd| dd.get_str_obj(&vm.names.__getattr__))
    {
        return crate::protocols::call::call(vm, &hook, &[name.clone()]).map(Some);
    }
    Ok(None)
}

/// Set a module attribute from Rust.
pub fn set_attr(vm: &Vm, m: &PyRef, name: &str, v: PyRef) {
    if let Some(d) = m.dict() {
        d.as_dict().expect("dict").set_str(vm, name, v);
    }
}

fn m_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    let m = crate::objects::object::alloc_instance(vm, cls, Payload::Module(Box::new(PyModule {})));
    m.set_dict(Some(vm.dict()));
    Ok(m)
}

fn m_init(vm: &Vm, args: Args) -> PyResult {
    let m = &args.pos()[0];
    let name = args
        .pos()
        .get(1)
        .or_else(|| args.kwarg("name"))
        .cloned()
        .ok_or_else(|| {
            vm.type_error("module.__init__() missing required argument 'name' (pos 1)")
        })?;
    let doc = args
        .pos()
        .get(2)
        .or_else(|| args.kwarg("doc"))
        .cloned()
        .unwrap_or_else(|| vm.none());
    let d = m.dict().expect("dict");
    let dd = d.as_dict().expect("dict");
    dd.set_str(vm, "__name__", name);
    dd.set_str(vm, "__doc__", doc);
    dd.set_str(vm, "__package__", vm.none());
    dd.set_str(vm, "__loader__", vm.none());
    dd.set_str(vm, "__spec__", vm.none());
    Ok(vm.none())
}

fn m_repr(vm: &Vm, args: Args) -> PyResult {
    let m = &args.pos()[0];
    let d = m.dict().expect("dict");
    let dd = d.as_dict().expect("dict");
    let name = dd
        .get_str("__name__")
        .and_then(|n| n.as_str().map(|s| s.to_string()))
        .unwrap_or_else(|| "?".into());
    match dd.get_str("__file__").filter(|f| !vm.is_none(f)) {
        Some(f) => {
            let r = crate::protocols::repr::repr(vm, &f)?;
            Ok(vm.string(format!(
                "<module '{}' from {}>",
                name,
                r.as_str().unwrap_or("")
            )))
        }
        None => {
            if crate::import::is_builtin_module(vm, &name) {
                Ok(vm.string(format!("<module '{name}' (built-in)>")))
            } else {
                Ok(vm.string(format!("<module '{name}'>")))
            }
        }
    }
}

fn m_dir(vm: &Vm, args: Args) -> PyResult {
    let m = &args.pos()[0];
    let d = m.dict().expect("dict");
    if let Some(f) = d.as_dict().and_then(|dd| dd.get_str("__dir__")) {
        return crate::protocols::call::call(vm, &f, &[]);
    }
    let keys = d.as_dict().expect("dict").keys();
    Ok(vm.list(keys))
}

fn g_dict(vm: &Vm, o: &PyRef) -> PyResult {
    o.dict()
        .ok_or_else(|| vm.attribute_error("module has no __dict__"))
}

const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", m_new),
    MethodDef::method("__init__", m_init),
    MethodDef::method("__repr__", m_repr),
    MethodDef::method("__dir__", m_dir),
];

/// `module.__annotations__`: the namespace's, created empty on first read (3.10+).
fn g_annotations(vm: &Vm, o: &PyRef) -> PyResult {
    let d = o
        .dict()
        .ok_or_else(|| vm.attribute_error("module has no __dict__"))?;
    let dd = d.as_dict().expect("dict");
    if let Some(a) = dd.get_str("__annotations__") {
        return Ok(a);
    }
    let a = vm.dict();
    dd.set_str(vm, "__annotations__", a.clone());
    Ok(a)
}
fn s_annotations(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let d = o
        .dict()
        .ok_or_else(|| vm.attribute_error("module has no __dict__"))?;
    let dd = d.as_dict().expect("dict");
    match v {
        Some(v) => dd.set_str(vm, "__annotations__", v),
        None => {
            if dd.remove_str(vm, "__annotations__").is_none() {
                return Err(vm.attribute_error("__annotations__"));
            }
        }
    }
    Ok(())
}

pub fn init(vm: &Vm) {
    crate::objects::descr::add_methods(vm, &vm.t.module, METHODS);
    crate::objects::descr::add_getset(
        vm,
        &vm.t.module,
        "__annotations__",
        g_annotations,
        Some(s_annotations),
    );
    crate::objects::descr::add_getset(vm, &vm.t.module, "__dict__", g_dict, None);
}
