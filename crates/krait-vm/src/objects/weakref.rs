//! `weakref.ref` (`weakref.ReferenceType`): mirrors `Objects/weakrefobject.c`. The referent
//! bookkeeping (the per-object list, clearing on death, queued callbacks) is in
//! `object/weakref.rs`; this file is the Python-visible type and the `_weakref` functions.

use crate::object::weakref::{refs_to, register, WeakRef};
use crate::object::PyRef;
use crate::objects::type_::{HEAPTYPE, WEAKREFABLE};
use crate::objects::Payload;
use crate::vm::{Args, MethodDef, PyResult, Vm};

/// Whether `obj` can be weakly referenced (CPython: its type has `tp_weaklistoffset`).
pub fn supports_weakref(obj: &PyRef) -> bool {
    obj.type_data().flags.get() & WEAKREFABLE != 0
}

fn payload(o: &PyRef) -> Option<&WeakRef> {
    match &o.payload {
        Payload::WeakRef(w) => Some(w),
        _ => None,
    }
}

fn this<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a WeakRef> {
    payload(o).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'weakref.ReferenceType' object but received '{}'",
            vm.type_name(o)
        ))
    })
}

/// A new weak reference of type `cls` to `ob` (`ref(ob)`, `ref(ob, callback)`, subclasses).
/// A plain `ref(ob)` without callback is shared: CPython hands back the existing one.
pub fn new_ref(vm: &Vm, cls: &PyRef, ob: &PyRef, callback: Option<PyRef>, proxy: bool) -> PyResult {
    if !supports_weakref(ob) {
        return Err(vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(ob)
        )));
    }
    let callback = callback.filter(|c| !vm.is_none(c));
    let basic = callback.is_none() && (cls.is(&vm.t.weakref) || proxy);
    let existing = refs_to(ob);
    // The basic ref and basic proxy sit at the head of the list (ref first), as in CPython.
    let basic_ix = existing.iter().position(|r| {
        r.is_type(&vm.t.weakref) && is_basic(r) && payload(r).is_some_and(|w| !w.proxy)
    });
    if basic && !proxy {
        if let Some(i) = basic_ix {
            return Ok(existing[i].clone());
        }
    }
    let obj = crate::objects::object::alloc_instance(
        vm,
        cls,
        Payload::WeakRef(Box::new(WeakRef::new(callback, proxy))),
    );
    let w = payload(&obj).expect("just made");
    let nbasic = existing.iter().filter(|r| is_basic(r)).count();
    let position = if basic && !proxy { 0 } else { nbasic };
    register(ob, &obj, w, position);
    Ok(obj)
}

fn is_basic(r: &PyRef) -> bool {
    payload(r).is_some_and(|w| {
        !w.callback.is_some() && (w.proxy || r.type_data().flags.get() & HEAPTYPE == 0)
    })
}

fn ref_new(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let n = p.len() - 1;
    if n < 1 {
        return Err(vm.type_error(format!("__new__ expected at least 1 argument, got {n}")));
    }
    if n > 2 {
        return Err(vm.type_error(format!("__new__ expected at most 2 arguments, got {n}")));
    }
    new_ref(vm, &p[0], &p[1], p.get(2).cloned(), false)
}

fn ref_init(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

fn ref_call(vm: &Vm, args: Args) -> PyResult {
    let w = this(vm, &args.values[0])?;
    if args.values.len() > 1 {
        return Err(vm.type_error(format!(
            "weakref() takes exactly 0 arguments ({} given)",
            args.values.len() - 1
        )));
    }
    Ok(w.get().unwrap_or_else(|| vm.none()))
}

fn ref_hash(vm: &Vm, args: Args) -> PyResult {
    let w = this(vm, &args.values[0])?;
    if let Some(h) = w.hash.get() {
        return Ok(vm.int(h));
    }
    let Some(o) = w.get() else {
        return Err(vm.type_error("weak object has gone away"));
    };
    let h = crate::protocols::compare::hash(vm, &o)?;
    w.hash.set(Some(h));
    Ok(vm.int(h))
}

fn ref_richcompare(vm: &Vm, args: Args, eq: bool) -> PyResult {
    let (a, b) = (&args.values[0], &args.values[1]);
    let (Some(wa), Some(wb)) = (payload(a), payload(b)) else {
        return Ok(vm.not_implemented());
    };
    match (wa.get(), wb.get()) {
        (Some(x), Some(y)) => {
            let r = crate::protocols::compare::eq(vm, &x, &y)?;
            Ok(vm.bool(r == eq))
        }
        _ => Ok(vm.bool(a.is(b) == eq)),
    }
}

fn ref_eq(vm: &Vm, args: Args) -> PyResult {
    ref_richcompare(vm, args, true)
}

fn ref_ne(vm: &Vm, args: Args) -> PyResult {
    ref_richcompare(vm, args, false)
}

fn ref_repr(vm: &Vm, args: Args) -> PyResult {
    let r = &args.values[0];
    let w = this(vm, r)?;
    let text = match w.get() {
        None => format!("<weakref at {:#x}; dead>", r.id()),
        Some(o) => {
            let name = crate::protocols::attr::getattr_opt(vm, &o, &vm.intern("__name__"))
                .ok()
                .flatten()
                .and_then(|n| n.as_str().map(|s| s.to_string()));
            match name {
                Some(n) => format!(
                    "<weakref at {:#x}; to '{}' at {:#x} ({n})>",
                    r.id(),
                    o.type_data().name(),
                    o.id()
                ),
                None => format!(
                    "<weakref at {:#x}; to '{}' at {:#x}>",
                    r.id(),
                    o.type_data().name(),
                    o.id()
                ),
            }
        }
    };
    Ok(vm.string(text))
}

fn ref_callback(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(this(vm, o)?.callback.get().unwrap_or_else(|| vm.none()))
}

fn ref_class_getitem(vm: &Vm, args: Args) -> PyResult {
    Ok(crate::objects::generic_alias::new_alias(
        vm,
        &args.values[0],
        &args.values[1],
    ))
}

const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", ref_new),
    MethodDef::method("__init__", ref_init),
    MethodDef::method("__call__", ref_call),
    MethodDef::method("__hash__", ref_hash),
    MethodDef::method("__eq__", ref_eq),
    MethodDef::method("__ne__", ref_ne),
    MethodDef::method("__repr__", ref_repr),
    MethodDef::class("__class_getitem__", ref_class_getitem),
];

/// `_weakref.getweakrefcount(obj)`.
pub fn getweakrefcount(vm: &Vm, args: Args) -> PyResult {
    let [o] = args.pos() else {
        return Err(vm.type_error(format!(
            "getweakrefcount() takes exactly one argument ({} given)",
            args.values.len()
        )));
    };
    Ok(vm.int(refs_to(o).len() as i64))
}

/// `_weakref.getweakrefs(obj)`.
pub fn getweakrefs(vm: &Vm, args: Args) -> PyResult {
    let [o] = args.pos() else {
        return Err(vm.type_error(format!(
            "getweakrefs() takes exactly one argument ({} given)",
            args.values.len()
        )));
    };
    Ok(vm.list(refs_to(o)))
}

/// `_weakref._proxy_new(obj, callback)`: the weak reference a `weakref.proxy` object keeps
/// (the proxy types are written in Python, `lib/weakref.py`); listed after the basic ref.
pub fn proxy_ref(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.is_empty() || p.len() > 2 {
        return Err(vm.type_error("_proxy_ref(obj, callback=None)"));
    }
    new_ref(vm, &vm.t.weakref, &p[0], p.get(1).cloned(), true)
}

/// `obj.__weakref__`: the first weak reference to the object, or None.
pub fn weakref_getter(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(refs_to(o).into_iter().next().unwrap_or_else(|| vm.none()))
}

pub fn init(vm: &Vm) {
    use crate::objects::descr::{add_getset, add_methods};
    let t = &vm.t;
    add_methods(vm, &t.weakref, METHODS);
    add_getset(vm, &t.weakref, "__callback__", ref_callback, None);
    for ty in [
        &t.type_,
        &t.function,
        &t.builtin_function,
        &t.method,
        &t.set,
        &t.frozenset,
        &t.generator,
        &t.coroutine,
        &t.async_generator,
        &t.code,
        &t.module,
        &t.weakref,
    ] {
        let td = ty.as_type().expect("a type");
        td.flags.set(td.flags.get() | WEAKREFABLE);
    }
}
