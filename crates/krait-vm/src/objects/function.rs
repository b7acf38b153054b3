//! function and method (bound method): mirror `Objects/funcobject.c` and
//! `Objects/classobject.c`.

use std::cell::Cell;

use krait_bytecode::CodeFlags;

use crate::object::{ObjSlot, PyRef};
use crate::objects::Payload;
use crate::vm::{Args, MethodDef, PyResult, Vm};

pub struct PyFunction {
    pub code: ObjSlot,
    pub globals: PyRef,
    pub builtins: PyRef,
    pub name: ObjSlot,
    pub qualname: ObjSlot,
    /// `__defaults__`: a tuple or None (empty slot).
    pub defaults: ObjSlot,
    /// `__kwdefaults__`: a dict or None (empty slot).
    pub kwdefaults: ObjSlot,
    /// `__closure__`: a tuple of cells, or empty.
    pub closure: ObjSlot,
    pub doc: ObjSlot,
    pub module: ObjSlot,
    pub annotations: ObjSlot,
    /// What a call needs to know of the code without reaching it (see `CallShape`); kept in
    /// step with `code` by `set_code`.
    pub shape: Cell<CallShape>,
}

/// The shape of a function's code as its calls see it: the number of positional arguments
/// a call binds by plain copying (`PLAIN_NONE` when keyword-only parameters, `*args` or
/// `**kwargs` rule that out), whether the code is a generator's (or coroutine's), the number
/// of fast slots, and whether the frame needs cells made (cell or free variables).
#[derive(Clone, Copy)]
pub struct CallShape {
    pub plain_argc: u32,
    pub is_generator: bool,
    pub nslots: u32,
    pub has_cells: bool,
}

impl CallShape {
    pub const PLAIN_NONE: u32 = u32::MAX;

    pub fn of(code: &crate::objects::code::PyCode) -> CallShape {
        let co = &code.code;
        let plain = co.kwonlyargcount == 0
            && co.flags.0 & (CodeFlags::VARARGS | CodeFlags::VARKEYWORDS) == 0;
        CallShape {
            plain_argc: if plain { co.argcount } else { Self::PLAIN_NONE },
            is_generator: crate::interp::frame::is_generator_code(co.flags),
            nslots: co.nlocalsplus() as u32,
            has_cells: !co.cell2arg.is_empty() || !co.freevars.is_empty(),
        }
    }

    /// Whether a call with `nargs` positional arguments (and no keywords) binds by plain
    /// copying.
    #[inline]
    pub fn binds_plainly(&self, nargs: usize) -> bool {
        self.plain_argc as usize == nargs
    }

    /// Whether such a call can run inline in the caller's eval loop (not a generator).
    #[inline]
    pub fn runs_inline(&self, nargs: usize) -> bool {
        self.binds_plainly(nargs) && !self.is_generator
    }
}

impl PyFunction {
    /// Replace the code object (`__code__` assignment), keeping `shape` in step.
    pub fn set_code(&self, code: PyRef) {
        if let Some(pc) = code.as_code() {
            self.shape.set(CallShape::of(pc));
        }
        self.code.set(Some(code));
    }

    /// The code object (always present).
    #[inline]
    pub fn code_ref(&self) -> &crate::object::PyObject {
        self.code.borrow_ref().expect("a function always has code")
    }
}

pub struct PyBoundMethod {
    pub func: PyRef,
    pub self_: PyRef,
}

impl PyBoundMethod {
    pub fn new(vm: &Vm, func: PyRef, self_: PyRef) -> PyRef {
        PyRef::new(
            &vm.t.method,
            Payload::BoundMethod(Box::new(PyBoundMethod { func, self_ })),
        )
    }
}

fn func<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a PyFunction> {
    o.as_function()
        .ok_or_else(|| vm.type_error("expected a function"))
}

fn opt(vm: &Vm, s: &ObjSlot) -> PyRef {
    s.get().unwrap_or_else(|| vm.none())
}

fn g_name(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(opt(vm, &func(vm, o)?.name))
}
fn s_name(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    match v {
        Some(v) if v.as_str().is_some() => {
            func(vm, o)?.name.set(Some(v));
            Ok(())
        }
        _ => Err(vm.type_error("__name__ must be set to a string object")),
    }
}
fn g_qualname(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(opt(vm, &func(vm, o)?.qualname))
}
fn s_qualname(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    match v {
        Some(v) if v.as_str().is_some() => {
            func(vm, o)?.qualname.set(Some(v));
            Ok(())
        }
        _ => Err(vm.type_error("__qualname__ must be set to a string object")),
    }
}
fn g_code(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(opt(vm, &func(vm, o)?.code))
}
fn s_code(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    match v {
        Some(v) if v.as_code().is_some() => {
            func(vm, o)?.set_code(v);
            Ok(())
        }
        _ => Err(vm.type_error("__code__ must be set to a code object")),
    }
}
fn g_defaults(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(opt(vm, &func(vm, o)?.defaults))
}
fn s_defaults(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let f = func(vm, o)?;
    match v {
        None => f.defaults.set(None),
        Some(v) if vm.is_none(&v) => f.defaults.set(None),
        Some(v) if v.as_tuple().is_some() => f.defaults.set(Some(v)),
        Some(_) => return Err(vm.type_error("__defaults__ must be set to a tuple object")),
    }
    Ok(())
}
fn g_kwdefaults(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(opt(vm, &func(vm, o)?.kwdefaults))
}
fn s_kwdefaults(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let f = func(vm, o)?;
    match v {
        None => f.kwdefaults.set(None),
        Some(v) if vm.is_none(&v) => f.kwdefaults.set(None),
        Some(v) if v.as_dict().is_some() => f.kwdefaults.set(Some(v)),
        Some(_) => return Err(vm.type_error("__kwdefaults__ must be set to a dict object")),
    }
    Ok(())
}
fn g_closure(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(opt(vm, &func(vm, o)?.closure))
}
fn g_globals(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(func(vm, o)?.globals.clone())
}
fn g_builtins(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(func(vm, o)?.builtins.clone())
}
fn g_doc(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(opt(vm, &func(vm, o)?.doc))
}
fn s_doc(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    func(vm, o)?.doc.set(v);
    Ok(())
}
fn g_module(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(opt(vm, &func(vm, o)?.module))
}
fn s_module(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    func(vm, o)?.module.set(v);
    Ok(())
}
fn g_annotations(vm: &Vm, o: &PyRef) -> PyResult {
    let f = func(vm, o)?;
    if let Some(a) = f.annotations.get() {
        return Ok(a);
    }
    let d = vm.dict();
    f.annotations.set(Some(d.clone()));
    Ok(d)
}
fn s_annotations(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    func(vm, o)?.annotations.set(v);
    Ok(())
}
pub fn g_dict(vm: &Vm, o: &PyRef) -> PyResult {
    if let Some(d) = o.dict() {
        return Ok(d);
    }
    let d = vm.dict();
    o.set_dict(Some(d.clone()));
    Ok(d)
}
pub fn s_dict(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    match v {
        Some(v) if v.as_dict().is_some() => {
            drop(o.set_dict(Some(v)));
            Ok(())
        }
        Some(v) => Err(vm.type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            vm.type_name(&v)
        ))),
        None => Err(vm.type_error("cannot delete __dict__")),
    }
}

fn f_get(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let f = p[0].clone();
    match p.get(1) {
        Some(o) if !vm.is_none(o) => Ok(PyBoundMethod::new(vm, f, o.clone())),
        _ => Ok(f),
    }
}

fn f_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let q = func(vm, o)?.qualname.get();
    Ok(vm.string(format!(
        "<function {} at {:#x}>",
        q.as_ref().and_then(|q| q.as_str()).unwrap_or("?"),
        o.id()
    )))
}

fn f_call(vm: &Vm, args: Args) -> PyResult {
    let f = &args.values[0];
    crate::protocols::call::call_args(vm, f, args.skip_self())
}

const FUNCTION_METHODS: &[MethodDef] = &[
    MethodDef::method("__get__", f_get),
    MethodDef::method("__repr__", f_repr),
    MethodDef::method("__call__", f_call),
];

fn bm<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a PyBoundMethod> {
    match &o.payload {
        Payload::BoundMethod(m) => Ok(m),
        _ => Err(vm.type_error("expected a method")),
    }
}

fn m_func(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(bm(vm, o)?.func.clone())
}
fn m_self(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(bm(vm, o)?.self_.clone())
}

fn m_doc(vm: &Vm, o: &PyRef) -> PyResult {
    crate::protocols::attr::getattr_str(vm, &bm(vm, o)?.func, "__doc__")
}

fn m_repr(vm: &Vm, args: Args) -> PyResult {
    let m = bm(vm, &args.pos()[0])?;
    let name = crate::protocols::attr::getattr_str(vm, &m.func, "__qualname__")
        .or_else(|_| crate::protocols::attr::getattr_str(vm, &m.func, "__name__"))?;
    let r = crate::protocols::repr::repr(vm, &m.self_)?;
    Ok(vm.string(format!(
        "<bound method {} of {}>",
        name.as_str().unwrap_or("?"),
        r.as_str().unwrap_or("")
    )))
}

fn m_eq(vm: &Vm, args: Args) -> PyResult {
    let a = bm(vm, &args.pos()[0])?;
    match args.pos().get(1).map(|o| &o.payload) {
        Some(Payload::BoundMethod(b)) => Ok(vm.bool(a.func.is(&b.func) && a.self_.is(&b.self_))),
        _ => Ok(vm.not_implemented()),
    }
}

fn m_hash(vm: &Vm, args: Args) -> PyResult {
    let a = bm(vm, &args.pos()[0])?;
    let h = crate::protocols::compare::hash_pointer(a.func.id())
        ^ crate::protocols::compare::hash_pointer(a.self_.id());
    Ok(vm.int(h))
}

fn m_getattribute(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let name = &args.pos()[1];
    if let Some(v) = crate::protocols::attr::generic_getattr(vm, o, name)? {
        return Ok(v);
    }
    crate::protocols::attr::getattr(vm, &bm(vm, o)?.func, name)
}

/// `types.MethodType(func, instance)`.
fn m_new(vm: &Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("method() takes no keyword arguments"));
    }
    let [_cls, func, self_] = args.pos() else {
        return Err(vm.type_error(format!(
            "method expected 2 arguments, got {}",
            args.pos().len() - 1
        )));
    };
    if !crate::protocols::call::is_callable(vm, func) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if vm.is_none(self_) {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(PyBoundMethod::new(vm, func.clone(), self_.clone()))
}

const METHOD_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", m_new),
    MethodDef::method("__repr__", m_repr),
    MethodDef::method("__eq__", m_eq),
    MethodDef::method("__hash__", m_hash),
    MethodDef::method("__getattribute__", m_getattribute),
    MethodDef::method("__call__", f_call),
];

pub fn init(vm: &Vm) {
    use crate::objects::descr::{add_getset, add_methods};
    let t = &vm.t.function;
    add_methods(vm, t, FUNCTION_METHODS);
    add_getset(vm, t, "__name__", g_name, Some(s_name));
    add_getset(vm, t, "__qualname__", g_qualname, Some(s_qualname));
    add_getset(vm, t, "__code__", g_code, Some(s_code));
    add_getset(vm, t, "__defaults__", g_defaults, Some(s_defaults));
    add_getset(vm, t, "__kwdefaults__", g_kwdefaults, Some(s_kwdefaults));
    add_getset(vm, t, "__closure__", g_closure, None);
    add_getset(vm, t, "__globals__", g_globals, None);
    add_getset(vm, t, "__builtins__", g_builtins, None);
    add_getset(vm, t, "__doc__", g_doc, Some(s_doc));
    add_getset(vm, t, "__module__", g_module, Some(s_module));
    add_getset(vm, t, "__annotations__", g_annotations, Some(s_annotations));
    add_getset(vm, t, "__dict__", g_dict, Some(s_dict));
    let m = &vm.t.method;
    add_methods(vm, m, METHOD_METHODS);
    add_getset(vm, m, "__func__", m_func, None);
    add_getset(vm, m, "__self__", m_self, None);
    add_getset(vm, m, "__doc__", m_doc, None);
}
