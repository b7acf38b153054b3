//! Attribute access: mirrors `PyObject_GetAttr`, `PyObject_GenericGetAttr`,
//! `PyObject_GenericSetAttr` (`Objects/object.c`), `type_getattro`/`type_setattro`
//! (`Objects/typeobject.c`) and `module_getattro` (`Objects/moduleobject.c`).

use std::cell::Cell;

use crate::object::{AttrCache, Cached, PyObject, PyRef, GENERIC_GET, GENERIC_SET};
use crate::objects::function::PyBoundMethod;
use crate::objects::instance;
use crate::objects::type_::{HOOK_DELATTR, HOOK_GETATTR, HOOK_GETATTRIBUTE, HOOK_SETATTR};
use crate::objects::Payload;
use crate::vm::{MethodKind, PyResult, Vm};

/// Whether descriptor `d` defines `__set__`/`__delete__` (a data descriptor).
pub fn is_data_descriptor(vm: &Vm, d: &PyRef) -> bool {
    match &d.payload {
        Payload::Function(_)
        | Payload::MethodDescr(_)
        | Payload::ClassMethod(_)
        | Payload::StaticMethod(_) => false,
        Payload::Property(_) | Payload::GetSet(_) | Payload::Member(_) => true,
        Payload::Int(_)
        | Payload::Str(_)
        | Payload::Float(_)
        | Payload::Tuple(_)
        | Payload::Empty
            if !d.has_heap_type() =>
        {
            false
        }
        _ => {
            let td = d.type_data();
            td.is_heap()
                && (td.lookup(&vm.names.__set__).is_some()
                    || td.lookup(&vm.names.__delete__).is_some())
        }
    }
}

/// Apply the descriptor protocol to `d` found on a type: `d.__get__(obj, owner)`; `obj` None
/// means access through the class.
pub fn bind_descriptor(vm: &Vm, d: &PyRef, obj: Option<&PyRef>, owner: &PyRef) -> PyResult {
    match &d.payload {
        Payload::Function(_) => match obj {
            Some(o) => Ok(PyBoundMethod::new(vm, d.clone(), o.clone())),
            None => Ok(d.clone()),
        },
        Payload::MethodDescr(md) => match md.def.kind {
            MethodKind::Instance => match obj {
                Some(o) => Ok(crate::objects::builtin_func::bind_method(vm, md, o)),
                None => Ok(d.clone()),
            },
            MethodKind::Class => Ok(crate::objects::builtin_func::bind_method(vm, md, owner)),
            MethodKind::Static => Ok(crate::objects::builtin_func::bind_static(vm, md)),
        },
        Payload::ClassMethod(f) => {
            let f = f.get().unwrap_or_else(|| vm.none());
            if matches!(f.payload, Payload::Function(_) | Payload::Builtin(_)) {
                return Ok(PyBoundMethod::new(vm, f, owner.clone()));
            }
            // 3.11: classmethod wraps other descriptors by calling their __get__ with the owner.
            if let Some(get) = f.type_data().lookup(&vm.names.__get__) {
                return crate::protocols::call::call_method_obj(
                    vm,
                    &get,
                    &f,
                    &[owner.clone(), owner.clone()],
                );
            }
            Ok(PyBoundMethod::new(vm, f, owner.clone()))
        }
        Payload::StaticMethod(f) => Ok(f.get().unwrap_or_else(|| vm.none())),
        Payload::Property(p) => match obj {
            Some(o) => p.get(vm, d, o),
            None => Ok(d.clone()),
        },
        Payload::GetSet(g) => match obj {
            Some(o) => (g.get)(vm, o),
            None => Ok(d.clone()),
        },
        Payload::Member(m) => match obj {
            Some(o) => m.get(vm, o),
            None => Ok(d.clone()),
        },
        Payload::Str(_)
        | Payload::Int(_)
        | Payload::Float(_)
        | Payload::Tuple(_)
        | Payload::List(_)
        | Payload::Dict(_)
            if !d.has_heap_type() =>
        {
            Ok(d.clone())
        }
        _ => {
            let td = d.type_data();
            if !td.is_heap() && !matches!(d.payload, Payload::Native(_)) {
                return Ok(d.clone());
            }
            match td.lookup(&vm.names.__get__) {
                Some(get) => {
                    let o = obj.cloned().unwrap_or_else(|| vm.none());
                    crate::protocols::call::call_method_obj(vm, &get, d, &[o, owner.clone()])
                }
                None => Ok(d.clone()),
            }
        }
    }
}

fn has_descr_get(vm: &Vm, d: &PyRef) -> bool {
    match &d.payload {
        Payload::Function(_)
        | Payload::MethodDescr(_)
        | Payload::ClassMethod(_)
        | Payload::StaticMethod(_)
        | Payload::Property(_)
        | Payload::GetSet(_)
        | Payload::Member(_) => true,
        _ => {
            let td = d.type_data();
            (td.is_heap() || matches!(d.payload, Payload::Native(_)))
                && td.lookup(&vm.names.__get__).is_some()
        }
    }
}

/// The AttributeError for a missing attribute, with 3.11's wording.
pub fn no_attribute(vm: &Vm, obj: &PyRef, name: &PyRef) -> PyRef {
    let n = name.as_str().unwrap_or("");
    let msg = match &obj.payload {
        Payload::Type(t) => format!("type object '{}' has no attribute '{}'", t.name(), n),
        Payload::Module(m) => format!("module '{}' has no attribute '{}'", m.name(vm, obj), n),
        _ => format!("'{}' object has no attribute '{}'", vm.type_name(obj), n),
    };
    let e = vm.attribute_error(msg);
    if let Some(ex) = e.as_exception() {
        ex.set_attr_name_obj(name.clone(), obj.clone());
    }
    e
}

/// `object.__getattribute__(obj, name)`: the generic algorithm.
pub fn generic_getattr(vm: &Vm, obj: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
    let td = obj.type_data();
    let descr = td.lookup(name);
    if let Some(d) = &descr {
        if is_data_descriptor(vm, d) {
            return bind_descriptor(vm, d, Some(obj), &obj.class()).map(Some);
        }
    }
    if let Some(v) = instance_attr(obj, name, &Cell::new(0)) {
        return Ok(Some(v));
    }
    match descr {
        Some(d) => {
            if has_descr_get(vm, &d) {
                bind_descriptor(vm, &d, Some(obj), &obj.class()).map(Some)
            } else {
                Ok(Some(d))
            }
        }
        None => Ok(None),
    }
}

/// `type.__getattribute__(cls, name)`.
pub fn type_getattr(vm: &Vm, cls: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
    let meta = cls.type_data();
    let meta_attr = meta.lookup(name);
    if let Some(d) = &meta_attr {
        if is_data_descriptor(vm, d) {
            return bind_descriptor(vm, d, Some(cls), &cls.class()).map(Some);
        }
    }
    if let Some(td) = cls.as_type() {
        if let Some(v) = td.lookup(name) {
            if has_descr_get(vm, &v) {
                return bind_descriptor(vm, &v, None, cls).map(Some);
            }
            return Ok(Some(v));
        }
    }
    match meta_attr {
        Some(d) => {
            if has_descr_get(vm, &d) {
                bind_descriptor(vm, &d, Some(cls), &cls.class()).map(Some)
            } else {
                Ok(Some(d))
            }
        }
        None => Ok(None),
    }
}

/// `getattr(obj, name)` with `name` a str object (interned when it comes from code).
pub fn getattr(vm: &Vm, obj: &PyRef, name: &PyRef) -> PyResult {
    // A `__getattribute__` override without `__getattr__`: its AttributeError is the
    // result as raised (CPython's `slot_tp_getattro`), not a new generic one.
    if let Payload::BoundMethod(m) = &obj.payload {
        // The function's own AttributeError, as `method_getattro` gives it.
        if let Some(v) = generic_getattr(vm, obj, name)? {
            return Ok(v);
        }
        return getattr(vm, &m.func, name);
    }
    let td = obj.type_data();
    if td.has_hook(vm, HOOK_GETATTRIBUTE) && !td.has_hook(vm, HOOK_GETATTR) {
        if let Some(ga) = td.lookup(&vm.names.__getattribute__) {
            return crate::protocols::call::call_method_obj(vm, &ga, obj, &[name.clone()]);
        }
    }
    match lookup_attr(vm, obj, name)? {
        Some(v) => Ok(v),
        None => Err(no_attribute(vm, obj, name)),
    }
}

/// `getattr(obj, name)` that reports a missing attribute as None instead of AttributeError
/// (other exceptions still propagate), as `_PyObject_LookupAttr` does: an AttributeError
/// raised by a `__getattr__` hook (of the type or of a module) also counts as missing.
pub fn getattr_opt(vm: &Vm, obj: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
    match lookup_attr(vm, obj, name) {
        Err(e) if vm.exc_matches(&e, &vm.t.attribute_error) => Ok(None),
        r => r,
    }
}

/// The attribute lookup behind `getattr`: None when nothing was found, and the
/// AttributeError of a `__getattr__` hook as the hook raised it.
fn lookup_attr(vm: &Vm, obj: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
    let td = obj.type_data();
    // `has_hook` already knows whether `__getattribute__` is a Python override.
    if td.has_hook(vm, HOOK_GETATTRIBUTE) {
        if let Some(ga) = td.lookup(&vm.names.__getattribute__) {
            let r = crate::protocols::call::call_method_obj(vm, &ga, obj, &[name.clone()]);
            return match r {
                Ok(v) => Ok(Some(v)),
                Err(e) if vm.exc_matches(&e, &vm.t.attribute_error) => {
                    getattr_hook(vm, obj, name, e)
                }
                Err(e) => Err(e),
            };
        }
    }
    let found = match &obj.payload {
        Payload::Type(_) => type_getattr(vm, obj, name),
        Payload::Module(m) => match m.dict_of(obj).as_dict().and_then(|d| d.get_str_obj(name)) {
            Some(v) => Ok(Some(v)),
            None => match generic_getattr(vm, obj, name) {
                Ok(None) => crate::objects::module::module_getattr_hook(vm, obj, name),
                r => r,
            },
        },
        Payload::Super(_) => crate::objects::super_::super_getattr(vm, obj, name),
        // A bound method's other attributes are its function's (`method_getattro`).
        Payload::BoundMethod(m) => match generic_getattr(vm, obj, name)? {
            Some(v) => Ok(Some(v)),
            None => lookup_attr(vm, &m.func, name),
        },
        _ => generic_getattr(vm, obj, name),
    };
    with_getattr_hook(vm, obj, name, found)
}

/// The end of `slot_tp_getattr_hook`: when the generic lookup found nothing or raised
/// AttributeError (a property's getter may), a `__getattr__` of the type gets the name.
#[inline]
fn with_getattr_hook(
    vm: &Vm,
    obj: &PyRef,
    name: &PyRef,
    found: PyResult<Option<PyRef>>,
) -> PyResult<Option<PyRef>> {
    match found {
        Ok(Some(v)) => Ok(Some(v)),
        Ok(None) if obj.type_data().has_hook(vm, HOOK_GETATTR) => {
            let e = no_attribute(vm, obj, name);
            getattr_hook(vm, obj, name, e)
        }
        Err(e)
            if obj.type_data().has_hook(vm, HOOK_GETATTR)
                && vm.exc_matches(&e, &vm.t.attribute_error) =>
        {
            getattr_hook(vm, obj, name, e)
        }
        r => r,
    }
}

fn getattr_hook(vm: &Vm, obj: &PyRef, name: &PyRef, err: PyRef) -> PyResult<Option<PyRef>> {
    match obj.type_data().lookup(&vm.names.__getattr__) {
        Some(hook) => {
            match crate::protocols::call::call_method_obj(vm, &hook, obj, &[name.clone()]) {
                Ok(v) => Ok(Some(v)),
                Err(e) => Err(e),
            }
        }
        None => {
            if vm.exc_matches(&err, &vm.t.attribute_error) {
                Ok(None)
            } else {
                Err(err)
            }
        }
    }
}

/// Whether `obj` has attribute `name` (`hasattr`).
pub fn hasattr(vm: &Vm, obj: &PyRef, name: &PyRef) -> PyResult<bool> {
    match getattr_opt(vm, obj, name) {
        Ok(v) => Ok(v.is_some()),
        Err(e) if vm.exc_matches(&e, &vm.t.attribute_error) => Ok(false),
        Err(e) => Err(e),
    }
}

/// `obj.name = value` (`value` None: `del obj.name`).
pub fn setattr(vm: &Vm, obj: &PyRef, name: &PyRef, value: Option<PyRef>) -> PyResult<()> {
    let td = obj.type_data();
    let hook = if value.is_some() {
        HOOK_SETATTR
    } else {
        HOOK_DELATTR
    };
    if td.has_hook(vm, hook) {
        let hook_name = if value.is_some() {
            &vm.names.__setattr__
        } else {
            &vm.names.__delattr__
        };
        if let Some(h) = td.lookup(hook_name) {
            let mut args = vec![name.clone()];
            if let Some(v) = value {
                args.push(v);
            }
            crate::protocols::call::call_method_obj(vm, &h, obj, &args)?;
            return Ok(());
        }
    }
    if let Payload::Type(_) = &obj.payload {
        return crate::objects::type_call::type_setattr(vm, obj, name, value);
    }
    generic_setattr(vm, obj, name, value)
}

/// CPython's `tp_name` of a type: a native type of a module other than `builtins` is
/// qualified by it (`_struct.Struct`); heap types go by their bare name.
fn static_type_name(td: &crate::objects::type_::TypeData) -> String {
    let name = td.name();
    if td.flags.get() & crate::objects::type_::HEAPTYPE == 0 {
        if let Some(module) = td.module_name() {
            if module != "builtins" {
                return format!("{module}.{name}");
            }
        }
    }
    name.to_string()
}

/// `object.__setattr__(obj, name, value)` / `object.__delattr__`.
pub fn generic_setattr(vm: &Vm, obj: &PyRef, name: &PyRef, value: Option<PyRef>) -> PyResult<()> {
    let td = obj.type_data();
    if let Some(d) = td.lookup(name) {
        match &d.payload {
            Payload::Property(p) => return p.set(vm, &d, obj, value),
            Payload::GetSet(g) => {
                return match g.set {
                    Some(set) => set(vm, obj, value),
                    None => Err(vm.attribute_error(format!(
                        "attribute '{}' of '{}' objects is not writable",
                        name.as_str().unwrap_or(""),
                        static_type_name(td)
                    ))),
                }
            }
            Payload::Member(m) => return m.set(vm, obj, value),
            _ if d.has_heap_type() => {
                let dtd = d.type_data();
                let hook = if value.is_some() {
                    dtd.lookup(&vm.names.__set__)
                } else {
                    dtd.lookup(&vm.names.__delete__)
                };
                if let Some(h) = hook {
                    let mut args = vec![obj.clone()];
                    if let Some(v) = value {
                        args.push(v);
                    }
                    crate::protocols::call::call_method_obj(vm, &h, &d, &args)?;
                    return Ok(());
                }
                if dtd.lookup(&vm.names.__set__).is_some()
                    || dtd.lookup(&vm.names.__delete__).is_some()
                {
                    let what = if value.is_some() {
                        "__set__"
                    } else {
                        "__delete__"
                    };
                    return Err(vm.attribute_error(what));
                }
            }
            _ => {}
        }
    }
    let n = name.as_str().unwrap_or("");
    if let Some(attrs) = instance::inline(obj) {
        match value {
            Some(v) => match instance::store(vm, obj, attrs, name, v, &Cell::new(0)) {
                Ok(()) => return Ok(()),
                // The instance has a dict now: the value goes there.
                Err(v) => return generic_setattr(vm, obj, name, Some(v)),
            },
            None => {
                return match instance::delete(obj, attrs, name) {
                    Some(_) => Ok(()),
                    None => Err(no_attribute(vm, obj, name)),
                }
            }
        }
    }
    if !obj.has_dict() && value.is_some() && td.has_flag(crate::objects::type_::INSTANCE_DICT) {
        obj.set_dict(Some(vm.dict()));
    }
    match obj.dict() {
        Some(dict) => {
            let d = dict.as_dict().expect("__dict__ is a dict");
            match value {
                Some(v) => d.set_item_str(vm, name.clone(), v),
                None => match d.remove(vm, name)? {
                    Some(_) => Ok(()),
                    None => Err(no_attribute(vm, obj, name)),
                },
            }
        }
        None => {
            if let Payload::Module(_) = obj.payload {
                return Err(vm.attribute_error(format!("module has no attribute '{n}'")));
            }
            if td.lookup(name).is_some() {
                return Err(vm.attribute_error(format!(
                    "'{}' object attribute '{}' is read-only",
                    td.name(),
                    n
                )));
            }
            Err(vm.attribute_error(format!("'{}' object has no attribute '{}'", td.name(), n)))
        }
    }
}

/// `getattr(obj, "name")` from Rust.
pub fn getattr_str(vm: &Vm, obj: &PyRef, name: &str) -> PyResult {
    let n = vm.intern(name);
    getattr(vm, obj, &n)
}

pub fn setattr_str(vm: &Vm, obj: &PyRef, name: &str, value: PyRef) -> PyResult<()> {
    let n = vm.intern(name);
    setattr(vm, obj, &n, Some(value))
}

/// What the type of `obj` holds under `name` through `cache` (filled on a miss), when the
/// type's attribute access has the `generic` flags (`GENERIC_GET`: no `__getattribute__`
/// override, and not a type, module or `super` object; `GENERIC_SET`: no `__setattr__` or
/// `__delattr__` override, and not a type); None leaves the access to the general path.
#[inline]
fn cached_type_attr<'c>(
    vm: &Vm,
    obj: &PyRef,
    name: &PyRef,
    cache: &'c AttrCache,
    generic: u8,
) -> Option<(Cached, &'c Cell<u32>)> {
    // Keyed by the type object's address: one load, where the `TypeData` is three.
    let ty = obj.ty() as *const _ as usize;
    let epoch = crate::objects::type_::epoch();
    if let Some(c) = cache.get(ty, epoch, generic) {
        return c;
    }
    fill_type_attr(vm, obj, name, cache, generic, ty, epoch)
}

/// The miss path of `cached_type_attr`.
#[inline(never)]
fn fill_type_attr<'c>(
    vm: &Vm,
    obj: &PyRef,
    name: &PyRef,
    cache: &'c AttrCache,
    generic: u8,
    ty: usize,
    epoch: u64,
) -> Option<(Cached, &'c Cell<u32>)> {
    let td = obj.type_data();
    let special = matches!(obj.payload, Payload::Type(_));
    let mut flags = 0;
    if !special
        && !td.has_hook(vm, HOOK_GETATTRIBUTE)
        && !matches!(obj.payload, Payload::Module(_) | Payload::Super(_))
    {
        flags |= GENERIC_GET;
    }
    if !special && !td.has_hook(vm, HOOK_SETATTR) && !td.has_hook(vm, HOOK_DELATTR) {
        flags |= GENERIC_SET;
    }
    let c = match td.lookup(name) {
        None => Cached::Absent,
        Some(d) if is_data_descriptor(vm, &d) => Cached::Data(d),
        Some(d) => {
            let binds = has_descr_get(vm, &d);
            Cached::Shadowable { descr: d, binds }
        }
    };
    // The lookups run no Python code, so `epoch` still describes what they read.
    let hint = cache.fill(ty, epoch, flags, &c);
    (flags & generic == generic).then_some((c, hint))
}

/// `obj.name` from the instance dict or inline attribute values, trying the cached entry
/// position first.
#[inline]
fn instance_attr(obj: &PyObject, name: &PyRef, hint: &Cell<u32>) -> Option<PyRef> {
    match obj.dict_ref() {
        Some(d) => d.as_dict()?.get_str_hinted(name, hint),
        None => instance::get(obj, instance::slots(&obj.payload)?, name, hint),
    }
}

/// `obj.name` for `LOAD_ATTR`, `name` being entry `cache` belongs to in the code's names:
/// `PyObject_GenericGetAttr` with the type's MRO lookup remembered per receiver type.
pub fn getattr_cached(vm: &Vm, obj: &PyRef, name: &PyRef, cache: &AttrCache) -> PyResult {
    // `module.name` (`math.sqrt`): the module's namespace decides first (see `getattr_opt`).
    if let Payload::Module(m) = &obj.payload {
        if obj.is_type(&vm.t.module) {
            if let Some(v) = m.dict_of(obj).as_dict().and_then(|d| d.get_str_obj(name)) {
                return Ok(v);
            }
        }
    }
    match cached_type_attr(vm, obj, name, cache, GENERIC_GET) {
        Some((Cached::Absent, hint)) => {
            if let Some(v) = instance_attr(obj, name, hint) {
                return Ok(v);
            }
        }
        Some((Cached::Shadowable { descr, binds }, hint)) => {
            if let Some(v) = instance_attr(obj, name, hint) {
                return Ok(v);
            }
            return shadowable_value(vm, obj, name, descr, binds);
        }
        Some((Cached::Data(descr), _)) => {
            let r = match &descr.payload {
                Payload::Member(m) => m.get(vm, obj),
                _ => bind_descriptor(vm, &descr, Some(obj), &obj.class()),
            };
            return bound_or_hook(vm, obj, name, r);
        }
        None => {}
    }
    getattr(vm, obj, name)
}

/// The value of a non-data descriptor (or plain class attribute) the instance dict did not
/// shadow: `descr` itself, or its `__get__` result.
fn shadowable_value(vm: &Vm, obj: &PyRef, name: &PyRef, descr: PyRef, binds: bool) -> PyResult {
    if !binds {
        return Ok(descr);
    }
    let r = bind_descriptor(vm, &descr, Some(obj), &obj.class());
    bound_or_hook(vm, obj, name, r)
}

/// A descriptor's `__get__` result, or what `__getattr__` makes of its AttributeError.
fn bound_or_hook(vm: &Vm, obj: &PyRef, name: &PyRef, r: PyResult) -> PyResult {
    match with_getattr_hook(vm, obj, name, r.map(Some))? {
        Some(v) => Ok(v),
        None => Err(no_attribute(vm, obj, name)),
    }
}

/// `obj.name = value` for `STORE_ATTR` through the site's cache (see `getattr_cached`): an
/// instance dict entry replaced in place, a slot written directly.
pub fn setattr_cached(
    vm: &Vm,
    obj: &PyRef,
    name: &PyRef,
    cache: &AttrCache,
    value: PyRef,
) -> PyResult<()> {
    match cached_type_attr(vm, obj, name, cache, GENERIC_SET) {
        Some((Cached::Absent | Cached::Shadowable { .. }, hint)) => {
            if let Some(attrs) = instance::inline(obj) {
                match instance::store(vm, obj, attrs, name, value, hint) {
                    Ok(()) => return Ok(()),
                    // The instance has a dict now: the value goes there.
                    Err(v) => return setattr(vm, obj, name, Some(v)),
                }
            }
            if let Some(dict) = obj.dict() {
                if let Some(d) = dict.as_dict() {
                    return d.set_str_hinted(vm, name, value, hint);
                }
            }
        }
        Some((Cached::Data(descr), _)) => {
            if let Payload::Member(m) = &descr.payload {
                return m.set(vm, obj, Some(value));
            }
        }
        None => {}
    }
    setattr(vm, obj, name, Some(value))
}

/// `get_method` for `LOAD_METHOD` through the site's cache (see `getattr_cached`).
pub fn get_method_cached(
    vm: &Vm,
    obj: &PyRef,
    name: &PyRef,
    cache: &AttrCache,
) -> PyResult<(PyRef, bool)> {
    if let Some((Cached::Shadowable { descr, binds }, hint)) =
        cached_type_attr(vm, obj, name, cache, GENERIC_GET)
    {
        if let Some(v) = instance_attr(obj, name, hint) {
            return Ok((v, false));
        }
        let plain = match &descr.payload {
            Payload::Function(_) => true,
            Payload::MethodDescr(md) => md.def.kind == MethodKind::Instance,
            _ => false,
        };
        if plain {
            return Ok((descr, true));
        }
        return Ok((shadowable_value(vm, obj, name, descr, binds)?, false));
    }
    get_method(vm, obj, name)
}

/// For `LOAD_METHOD`: the unbound function and whether it needs `obj` as first argument
/// (CPython's `_PyObject_GetMethod`).
pub fn get_method(vm: &Vm, obj: &PyRef, name: &PyRef) -> PyResult<(PyRef, bool)> {
    let td = obj.type_data();
    if td.has_hook(vm, HOOK_GETATTRIBUTE) {
        return Ok((getattr(vm, obj, name)?, false));
    }
    if matches!(
        obj.payload,
        Payload::Type(_) | Payload::Module(_) | Payload::Super(_)
    ) {
        return Ok((getattr(vm, obj, name)?, false));
    }
    let descr = td.lookup(name);
    if let Some(d) = &descr {
        let plain = match &d.payload {
            Payload::Function(_) => true,
            Payload::MethodDescr(md) => md.def.kind == MethodKind::Instance,
            _ => false,
        };
        if plain {
            if let Some(v) = instance_attr(obj, name, &Cell::new(0)) {
                return Ok((v, false));
            }
            return Ok((d.clone(), true));
        }
    }
    Ok((getattr(vm, obj, name)?, false))
}
