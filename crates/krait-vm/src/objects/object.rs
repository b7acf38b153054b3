//! object: mirrors the `object` type of `Objects/typeobject.c` (`object_new`, `object_init`,
//! `object_repr`, the generic attribute methods, `__reduce_ex__`) and finalizer running.

use crate::object::{ObjSlot, PyRef};
use crate::objects::Payload;
use crate::vm::{Args, MethodDef, PyResult, Vm};

/// An instance of heap type `cls` with `payload` (the builtin base's data), its slots
/// storage or dict as the type requires.
pub fn alloc_instance(vm: &Vm, cls: &PyRef, payload: Payload) -> PyRef {
    let td = cls.as_type().expect("a type");
    let payload = match payload {
        Payload::Empty if td.nslots.get() > 0 => {
            Payload::Slots((0..td.nslots.get()).map(|_| ObjSlot::new(None)).collect())
        }
        Payload::Empty if td.is_heap() && td.has_flag(crate::objects::type_::INSTANCE_DICT) => {
            crate::objects::instance::new_payload(td)
        }
        p => p,
    };
    let _ = vm;
    PyRef::new(cls, payload)
}

/// A plain `object()`.
pub fn new_object(vm: &Vm) -> PyRef {
    PyRef::new(&vm.t.object, Payload::Empty)
}

/// How a callable is named in call-related error messages (`f()`, `C.m()`).
pub fn func_display_name(vm: &Vm, callable: &PyRef) -> String {
    match &callable.payload {
        Payload::Function(f) => format!(
            "{}()",
            f.qualname
                .get()
                .and_then(|q| q.as_str().map(|s| s.to_string()))
                .unwrap_or_default()
        ),
        Payload::BoundMethod(m) => func_display_name(vm, &m.func),
        Payload::Builtin(b) => format!("{}()", b.name),
        Payload::Type(t) => format!("{}()", t.name()),
        _ => format!("{} object", vm.type_name(callable)),
    }
}

/// `_PyObject_FunctionStr`: the callable as the `*`/`**` argument errors name it,
/// `module.qualname()` unless the module is `builtins` (`__main__.f()`, `len()`).
pub fn function_str(vm: &Vm, callable: &PyRef) -> String {
    let get = |name: &str| {
        crate::protocols::attr::getattr_opt(vm, callable, &vm.intern(name))
            .ok()
            .flatten()
            .and_then(|v| v.as_str().map(str::to_string))
    };
    let Some(qualname) = get("__qualname__") else {
        return format!("{} object", vm.type_name(callable));
    };
    match get("__module__") {
        Some(m) if m != "builtins" => format!("{m}.{qualname}()"),
        _ => format!("{qualname}()"),
    }
}

/// Run the work queued for the VM's next safe point: finalizers of objects that deallocation
/// found with a `__del__` (or an unfinished generator), weak reference callbacks, and the
/// collection the allocation count asked for.
pub fn run_pending_finalizers(vm: &Vm) {
    loop {
        let objs = crate::object::take_pending_finalizers();
        let callbacks = crate::object::weakref::take_callbacks();
        let collect = crate::object::gc_head::state().requested.get();
        if objs.is_empty() && callbacks.is_empty() && !collect {
            break;
        }
        let saved = vm.handled.get();
        for obj in objs {
            finalize(vm, &obj);
            drop(obj);
        }
        for (wr, cb) in callbacks {
            if let Err(e) = crate::protocols::call::call(vm, &cb, &[wr]) {
                crate::modules::sys::write_unraisable_in(vm, &e, &cb);
            }
        }
        if collect {
            crate::gc::collect::collect_generations(vm);
        }
        vm.handled.set(saved);
    }
}

/// Run `obj`'s finalizer (`__del__`, or `close()` for a generator), printing an error as
/// "Exception ignored in: ..." like `PyErr_WriteUnraisable`.
pub fn finalize(vm: &Vm, obj: &PyRef) {
    let r = if let Payload::Generator(_) = &obj.payload {
        crate::objects::generator::gen_close(vm, obj).map(|_| ())
    } else {
        match obj.type_data().lookup_str("__del__") {
            Some(del) => crate::protocols::call::call_method_obj(vm, &del, obj, &[]).map(|_| ()),
            None => Ok(()),
        }
    };
    if let Err(e) = r {
        let culprit = obj.type_data().lookup_str("__del__");
        crate::modules::sys::write_unraisable_in(vm, &e, culprit.as_ref().unwrap_or(obj));
    }
}

fn excess_args(args: &Args) -> bool {
    args.values.len() > 1
}

fn object_new(vm: &Vm, args: Args) -> PyResult {
    let Some(cls) = args.pos().first() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    let Some(td) = cls.as_type() else {
        return Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            vm.type_name(cls)
        )));
    };
    if excess_args(&args) {
        let new_overridden = td
            .lookup(&vm.names.__new__)
            .is_some_and(|n| !is_builtin_method(vm, &n, &vm.t.object));
        let init_overridden = td
            .lookup(&vm.names.__init__)
            .is_some_and(|n| !is_builtin_method(vm, &n, &vm.t.object));
        if new_overridden || !init_overridden {
            return Err(vm.type_error(format!("{}() takes no arguments", td.name())));
        }
    }
    if let Some(abs) = td
        .dict
        .get_str("__abstractmethods__")
        .or_else(|| td.lookup_str("__abstractmethods__"))
    {
        if !matches!(abs.payload, Payload::GetSet(_)) {
            let mut names: Vec<String> = crate::protocols::sequence::collect(vm, &abs)?
                .iter()
                .filter_map(|n| n.as_str().map(|s| s.to_string()))
                .collect();
            if !names.is_empty() {
                names.sort();
                // 3.11 lists the names bare (3.12 quotes them).
                return Err(vm.type_error(format!(
                    "Can't instantiate abstract class {} with abstract method{} {}",
                    td.name(),
                    if names.len() == 1 { "" } else { "s" },
                    names.join(", ")
                )));
            }
        }
    }
    if !td.is_heap() && !cls.is(&vm.t.object) {
        return Err(vm.type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            td.name(),
            td.name()
        )));
    }
    Ok(alloc_instance(vm, cls, Payload::Empty))
}

/// Whether `m` is the native method of builtin type `owner` (not overridden in Python).
pub fn is_builtin_method(_vm: &Vm, m: &PyRef, owner: &PyRef) -> bool {
    match &m.payload {
        Payload::MethodDescr(d) => d.owner.is(owner),
        _ => false,
    }
}

fn object_init(vm: &Vm, args: Args) -> PyResult {
    let obj = &args.pos()[0];
    if args.values.len() > 1 {
        let td = obj.type_data();
        let init_overridden = td
            .lookup(&vm.names.__init__)
            .is_some_and(|n| !is_builtin_method(vm, &n, &vm.t.object));
        let new_overridden = td
            .lookup(&vm.names.__new__)
            .is_some_and(|n| !is_builtin_method(vm, &n, &vm.t.object));
        if init_overridden {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !new_overridden {
            return Err(vm.type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                td.name()
            )));
        }
    }
    Ok(vm.none())
}

/// The default repr: `<module.Qualname object at 0x...>`.
pub fn default_repr(obj: &PyRef) -> String {
    let td = obj.type_data();
    let q = td.qualname.borrow().clone();
    match td.module_name() {
        Some(m) if m != "builtins" => format!("<{}.{} object at {:#x}>", m, q, obj.id()),
        _ => format!("<{} object at {:#x}>", q, obj.id()),
    }
}

fn object_repr(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.string(default_repr(&args.pos()[0])))
}

/// `object.__str__`: the type's `__repr__` called directly, as CPython's `object_str` calls
/// `tp_repr` (no second recursion check, so RecursionError messages match CPython's).
fn object_str(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    match o.type_data().lookup(&vm.names.__repr__) {
        Some(m) if o.type_data().is_heap() => {
            let r = crate::protocols::call::call_method_obj(vm, &m, o, &[])?;
            if r.as_str().is_none() {
                return Err(vm.type_error(format!(
                    "__repr__ returned non-string (type {})",
                    vm.type_name(&r)
                )));
            }
            Ok(r)
        }
        _ => crate::protocols::repr::repr(vm, o),
    }
}

fn object_eq(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() < 2 {
        return Err(vm.type_error("expected 1 argument, got 0"));
    }
    Ok(if p[0].is(&p[1]) {
        vm.true_.clone()
    } else {
        vm.not_implemented()
    })
}

fn object_ne(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() < 2 {
        return Err(vm.type_error("expected 1 argument, got 0"));
    }
    // Delegate to __eq__ and invert, as CPython's object_richcompare does.
    match p[0].type_data().lookup(&vm.names.__eq__) {
        Some(eq) => {
            let r = crate::protocols::call::call_method_obj(vm, &eq, &p[0], &[p[1].clone()])?;
            if r.is(&vm.not_implemented) {
                return Ok(r);
            }
            let t = crate::protocols::compare::is_true(vm, &r)?;
            Ok(vm.bool(!t))
        }
        None => Ok(vm.not_implemented()),
    }
}

fn object_lt(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.not_implemented())
}

fn object_hash(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.int(crate::protocols::compare::hash_pointer(args.pos()[0].id())))
}

fn object_getattribute(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            p.len().saturating_sub(1)
        )));
    }
    let name = &p[1];
    if name.as_str().is_none() {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(name)
        )));
    }
    let r = match &p[0].payload {
        Payload::Type(_) => crate::protocols::attr::type_getattr(vm, &p[0], name)?,
        _ => crate::protocols::attr::generic_getattr(vm, &p[0], name)?,
    };
    r.ok_or_else(|| crate::protocols::attr::no_attribute(vm, &p[0], name))
}

fn object_setattr(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() != 3 {
        return Err(vm.type_error(format!(
            "expected 2 arguments, got {}",
            p.len().saturating_sub(1)
        )));
    }
    if p[1].as_str().is_none() {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&p[1])
        )));
    }
    if let Payload::Type(_) = p[0].payload {
        crate::objects::type_call::type_setattr(vm, &p[0], &p[1], Some(p[2].clone()))?;
    } else {
        crate::protocols::attr::generic_setattr(vm, &p[0], &p[1], Some(p[2].clone()))?;
    }
    Ok(vm.none())
}

fn object_delattr(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() != 2 {
        return Err(vm.type_error(format!(
            "expected 1 argument, got {}",
            p.len().saturating_sub(1)
        )));
    }
    if let Payload::Type(_) = p[0].payload {
        crate::objects::type_call::type_setattr(vm, &p[0], &p[1], None)?;
    } else {
        crate::protocols::attr::generic_setattr(vm, &p[0], &p[1], None)?;
    }
    Ok(vm.none())
}

fn object_format(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let spec = p.get(1).and_then(|s| s.as_str()).unwrap_or("");
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&p[0])
        )));
    }
    crate::protocols::repr::str(vm, &p[0])
}

fn object_dir(vm: &Vm, args: Args) -> PyResult {
    crate::modules::builtins::object_dir(vm, &args.pos()[0])
}

fn object_init_subclass(vm: &Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            args.pos()
                .first()
                .and_then(|c| c.as_type())
                .map(|t| t.name())
                .unwrap_or_default()
        )));
    }
    Ok(vm.none())
}

fn object_subclasshook(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.not_implemented())
}

/// `object.__reduce_ex__(protocol)`: the object's `__reduce__` when its type overrides
/// `object.__reduce__`, else copyreg's generic reductions (`_reduce_newobj` for protocol 2 and
/// above, `_reduce_ex` below), as CPython's `object___reduce_ex___impl`.
fn object_reduce_ex(vm: &Vm, args: Args) -> PyResult {
    let obj = &args.pos()[0];
    let proto = args.pos().get(1).cloned().unwrap_or_else(|| vm.int(0));
    let own =
        vm.t.object
            .as_type()
            .and_then(|t| t.dict.get_str("__reduce__"));
    if let Some(found) = obj.type_data().lookup(&vm.intern("__reduce__")) {
        if !own.as_ref().is_some_and(|o| o.is(&found)) {
            let reduce = crate::protocols::attr::getattr_str(vm, obj, "__reduce__")?;
            return crate::protocols::call::call(vm, &reduce, &[]);
        }
    }
    common_reduce(vm, obj, proto)
}

/// `object.__reduce__()`: copyreg's reduction for protocol 0.
fn object_reduce(vm: &Vm, args: Args) -> PyResult {
    common_reduce(vm, &args.pos()[0], vm.int(0))
}

fn common_reduce(vm: &Vm, obj: &PyRef, proto: PyRef) -> PyResult {
    let copyreg = crate::import::import_module(vm, "copyreg")?;
    let modern = crate::objects::int::to_i64(vm, &proto)? >= 2;
    let name = if modern {
        "_reduce_newobj"
    } else {
        "_reduce_ex"
    };
    let f = crate::protocols::attr::getattr_str(vm, &copyreg, name)?;
    crate::protocols::call::call(vm, &f, &[obj.clone(), proto])
}

fn object_getstate(vm: &Vm, args: Args) -> PyResult {
    let obj = &args.pos()[0];
    match crate::objects::instance::materialize(vm, obj) {
        Some(d) if d.as_dict().is_some_and(|x| !x.is_empty()) => Ok(d),
        _ => Ok(vm.none()),
    }
}

fn g_class(_vm: &Vm, o: &PyRef) -> PyResult {
    Ok(o.class())
}

fn s_class(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let Some(v) = v else {
        return Err(vm.type_error("can't delete __class__ attribute"));
    };
    let Some(new_td) = v.as_type() else {
        return Err(vm.type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            vm.type_name(&v)
        )));
    };
    let old_td = o.type_data();
    if !new_td.is_heap() || !old_td.is_heap() {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses"
                .to_string(),
        ));
    }
    if old_td.nslots.get() != new_td.nslots.get() {
        return Err(vm.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            new_td.name(),
            old_td.name()
        )));
    }
    // The inline attribute values are keyed by the old class's names.
    crate::objects::instance::materialize(vm, o);
    if let Some(old) = o.set_class(v) {
        vm.retire_type(old);
    }
    Ok(())
}

fn g_dict(vm: &Vm, o: &PyRef) -> PyResult {
    if let Some(d) = crate::objects::instance::materialize(vm, o) {
        return Ok(d);
    }
    if o.type_data().has_flag(crate::objects::type_::INSTANCE_DICT) {
        let d = vm.dict();
        o.set_dict(Some(d.clone()));
        return Ok(d);
    }
    Err(vm.attribute_error(format!(
        "'{}' object has no attribute '__dict__'",
        vm.type_name(o)
    )))
}

const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", object_new),
    MethodDef::method("__init__", object_init),
    MethodDef::method("__repr__", object_repr),
    MethodDef::method("__str__", object_str),
    MethodDef::method("__eq__", object_eq),
    MethodDef::method("__ne__", object_ne),
    MethodDef::method("__lt__", object_lt),
    MethodDef::method("__le__", object_lt),
    MethodDef::method("__gt__", object_lt),
    MethodDef::method("__ge__", object_lt),
    MethodDef::method("__hash__", object_hash),
    MethodDef::method("__getattribute__", object_getattribute),
    MethodDef::method("__setattr__", object_setattr),
    MethodDef::method("__delattr__", object_delattr),
    MethodDef::method("__format__", object_format),
    MethodDef::method("__dir__", object_dir),
    MethodDef::method("__sizeof__", crate::objects::sizeof::object_sizeof_method),
    MethodDef::class("__init_subclass__", object_init_subclass),
    MethodDef::class("__subclasshook__", object_subclasshook),
    MethodDef::method("__reduce_ex__", object_reduce_ex),
    MethodDef::method("__reduce__", object_reduce),
    MethodDef::method("__getstate__", object_getstate),
];

pub fn init(vm: &Vm) {
    let t = &vm.t.object;
    crate::objects::descr::add_methods(vm, t, METHODS);
    crate::objects::descr::add_getset(vm, t, "__class__", g_class, Some(s_class));
    crate::objects::descr::add_attr(vm, t, "__doc__", vm.str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));
}

/// The `__dict__` descriptor heap types without `__slots__` get.
pub fn instance_dict_getter(vm: &Vm, o: &PyRef) -> PyResult {
    g_dict(vm, o)
}

pub fn instance_dict_setter(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    if v.is_none() {
        // `del obj.__dict__` drops every attribute; a new dict comes with the next one.
        if let Some(attrs) = crate::objects::instance::slots(&o.payload) {
            crate::objects::instance::clear(attrs);
        }
        drop(o.set_dict(None));
        return Ok(());
    }
    crate::objects::function::s_dict(vm, o, v)
}
