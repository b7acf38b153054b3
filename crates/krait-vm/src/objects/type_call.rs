//! Creating and calling types: `type.__call__`, `type.__new__` (class creation with
//! metaclass resolution, `__slots__`, `__classcell__`, `__set_name__`, `__init_subclass__`),
//! `__build_class__`, attribute assignment on types, and the methods of `type`. Mirrors
//! `type_call`, `type_new` and `type_setattro` of `Objects/typeobject.c` and
//! `builtin___build_class__` of `Python/bltinmodule.c`.

use crate::object::PyRef;
use crate::objects::descr::MemberDescr;
use crate::objects::type_::{self, bump_epoch, is_subtype, TypeData};
use crate::objects::Payload;
use crate::protocols::{attr, call};
use crate::vm::{Args, MethodDef, PyResult, Vm};

/// `cls(*args)`.
pub fn call_type(vm: &Vm, cls: &PyRef, args: Args) -> PyResult {
    let meta = cls.type_data();
    if meta.is_heap() {
        if let Some(m) = meta.lookup(&vm.names.__call__) {
            if !crate::objects::object::is_builtin_method(vm, &m, &vm.t.type_) {
                return call::call_method_obj_args(vm, &m, cls, args);
            }
        }
    }
    type_call(vm, cls, args)
}

/// The default metaclass `__call__`: `__new__` then `__init__`.
pub fn type_call(vm: &Vm, cls: &PyRef, args: Args) -> PyResult {
    // `str(x)`, directly (CPython 3.11's PRECALL_NO_KW_STR_1): what `str.__new__` does with
    // one positional argument and no encoding.
    if cls.is(&vm.t.str) && args.kwnames.is_empty() {
        if let [x] = args.pos() {
            return crate::protocols::repr::str(vm, x);
        }
    }
    if cls.is(&vm.t.type_) {
        let p = args.pos();
        if p.len() == 1 && args.kwnames.is_empty() {
            return Ok(p[0].class());
        }
        if p.len() != 3 {
            return Err(vm.type_error("type() takes 1 or 3 arguments"));
        }
    }
    let td = cls.as_type().expect("a type");
    let new = td
        .lookup(&vm.names.__new__)
        .ok_or_else(|| vm.type_error(format!("cannot create '{}' instances", td.name())))?;
    // The common case, `object.__new__` of a plain non-abstract class: allocate directly
    // (with arguments, only when `__init__` is overridden to take them; otherwise
    // `object.__new__` itself raises the error).
    let init = td.lookup(&vm.names.__init__);
    let plain_new = match &new.payload {
        Payload::MethodDescr(d) => {
            d.owner.is(&vm.t.object)
                && td.is_heap()
                && td.lookup(&vm.names.__abstractmethods__).is_none()
                && (args.values.is_empty()
                    || init.as_ref().is_some_and(|i| {
                        !crate::objects::object::is_builtin_method(vm, i, &vm.t.object)
                    }))
        }
        _ => false,
    };
    let obj = if plain_new {
        crate::objects::object::alloc_instance(vm, cls, Payload::Empty)
    } else {
        call::with_self(cls, args.values, |v| match &new.payload {
            Payload::StaticMethod(f) => {
                let f = f.get().unwrap_or_else(|| vm.none());
                call::call_args(vm, &f, Args::with_kw(v, args.kwnames))
            }
            Payload::MethodDescr(_) | Payload::Function(_) | Payload::Builtin(_) => {
                call::call_args(vm, &new, Args::with_kw(v, args.kwnames))
            }
            _ => {
                let f = attr::bind_descriptor(vm, &new, None, cls)?;
                call::call_args(vm, &f, Args::with_kw(v, args.kwnames))
            }
        })?
    };
    if cls.is(&vm.t.type_) {
        return Ok(obj);
    }
    if !is_subtype(obj.ty(), cls) {
        return Ok(obj);
    }
    // After a Python `__new__` (which may return a subclass instance or rebind `__init__`),
    // look `__init__` up again; the direct allocation ran no code, so the lookup stands.
    let init = if plain_new {
        init
    } else {
        obj.type_data().lookup(&vm.names.__init__)
    };
    if let Some(init) = init {
        let skip = crate::objects::object::is_builtin_method(vm, &init, &vm.t.object)
            && args.values.is_empty();
        if !skip {
            let r = call::call_method_obj_args(vm, &init, &obj, args)?;
            if !vm.is_none(&r) {
                return Err(vm.type_error(format!(
                    "__init__() should return None, not '{}'",
                    vm.type_name(&r)
                )));
            }
        }
    }
    Ok(obj)
}

fn best_base(vm: &Vm, bases: &[PyRef]) -> PyResult<PyRef> {
    // The solid base: the base whose builtin layout is most derived.
    let layout_of =
        |t: &PyRef| -> PyRef {
            let mut cur = t.clone();
            loop {
                let td = cur.as_type().expect("type");
                // Every builtin exception shares BaseException's layout (the class-specific fields
                // live in `attrs`), so e.g. `class E(OSError, ValueError)` is fine.
                if !td.is_heap() && td.has_flag(type_::EXCEPTION) {
                    return vm.t.base_exception.clone();
                }
                if !td.is_heap()
                    || td.nslots.get() > 0
                        && td.base.borrow().as_ref().is_none_or(|b| {
                            b.as_type().map_or(0, |x| x.nslots.get()) < td.nslots.get()
                        })
                {
                    return cur;
                }
                let next = td.base.borrow().clone();
                match next {
                    Some(b) => cur = b,
                    None => return cur,
                }
            }
        };
    let mut winner: Option<PyRef> = None;
    let mut winner_layout: Option<PyRef> = None;
    for b in bases {
        let Some(btd) = b.as_type() else {
            return Err(vm.type_error("bases must be types"));
        };
        if !btd.has_flag(type_::BASETYPE) {
            return Err(vm.type_error(format!(
                "type '{}' is not an acceptable base type",
                btd.name()
            )));
        }
        let l = layout_of(b);
        match &winner_layout {
            None => {
                winner = Some(b.clone());
                winner_layout = Some(l);
            }
            Some(wl) => {
                if is_subtype(wl, &l) {
                } else if is_subtype(&l, wl) {
                    winner = Some(b.clone());
                    winner_layout = Some(l);
                } else {
                    return Err(vm.type_error("multiple bases have instance lay-out conflict"));
                }
            }
        }
    }
    Ok(winner.unwrap_or_else(|| vm.t.object.clone()))
}

/// The most derived metaclass of `meta` and the bases' types.
pub fn calculate_metaclass(vm: &Vm, meta: &PyRef, bases: &[PyRef]) -> PyResult<PyRef> {
    let mut winner = meta.clone();
    for b in bases {
        let bt = b.class();
        if is_subtype(&winner, &bt) {
            continue;
        }
        if is_subtype(&bt, &winner) {
            winner = bt;
            continue;
        }
        return Err(vm.type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// `type.__new__(meta, name, bases, ns, **kwargs)`.
fn type_new(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let meta = &p[0];
    if p.len() == 2 && meta.is(&vm.t.type_) {
        return Ok(p[1].class());
    }
    if p.len() != 4 {
        return Err(vm.type_error("type.__new__() takes exactly 3 arguments"));
    }
    let name = p[1].as_str().ok_or_else(|| {
        vm.type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            vm.type_name(&p[1])
        ))
    })?;
    let bases: Vec<PyRef> = p[2]
        .as_tuple()
        .ok_or_else(|| {
            vm.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                vm.type_name(&p[2])
            ))
        })?
        .to_vec();
    let ns = p[3].as_dict().ok_or_else(|| {
        vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name(&p[3])
        ))
    })?;
    let winner = calculate_metaclass(vm, meta, &bases)?;
    if !winner.is(meta) {
        if let Some(wn) = winner.as_type().and_then(|t| t.lookup(&vm.names.__new__)) {
            if !crate::objects::object::is_builtin_method(vm, &wn, &vm.t.type_) {
                let mut v = vec![winner.clone()];
                v.extend_from_slice(&p[1..]);
                let f = attr::bind_descriptor(vm, &wn, None, &winner)?;
                return call::call_args(vm, &f, Args::with_kw(&v, args.kwnames));
            }
        }
    }
    let bases = if bases.is_empty() {
        vec![vm.t.object.clone()]
    } else {
        bases
    };
    let base = best_base(vm, &bases)?;
    let base_td = base.as_type().expect("type");
    let td = TypeData::new(name, type_::HEAPTYPE | type_::BASETYPE);
    *td.bases.borrow_mut() = bases.clone();
    *td.base.borrow_mut() = Some(base.clone());
    let ty = PyRef::new(&winner, Payload::Type(Box::new(td)));
    let td = ty.as_type().expect("type");
    let mro = c3_or_custom(vm, &ty, &bases)?;
    *td.mro.borrow_mut() = mro;
    // Lookups made by a custom mro() saw the temporary MRO (see `object::type_cache`).
    bump_epoch();
    // Namespace.
    for (k, v) in ns.items() {
        td.dict.set(vm, k, v)?;
    }
    if td.dict.get_str("__module__").is_none() {
        let g = vm.current_globals();
        if let Some(n) = g.as_dict().and_then(|g| g.get_str("__name__")) {
            td.dict.set_str(vm, "__module__", n);
        }
    }
    if let Some(q) = td.dict.remove_str(vm, "__qualname__") {
        let qs = q.as_str().ok_or_else(|| {
            vm.type_error(format!(
                "type __qualname__ must be a str, not {}",
                vm.type_name(&q)
            ))
        })?;
        *td.qualname.borrow_mut() = qs.to_string();
    }
    // Wrap __new__, __init_subclass__, __class_getitem__ as CPython does.
    if let Some(n) = td.dict.get_str("__new__") {
        if matches!(n.payload, Payload::Function(_)) {
            td.dict.set_str(
                vm,
                "__new__",
                crate::objects::property::new_staticmethod(vm, n),
            );
        }
    }
    for cm in ["__init_subclass__", "__class_getitem__"] {
        if let Some(f) = td.dict.get_str(cm) {
            if matches!(f.payload, Payload::Function(_)) {
                td.dict
                    .set_str(vm, cm, crate::objects::property::new_classmethod(vm, f));
            }
        }
    }
    // __eq__ without __hash__ makes instances unhashable.
    if td.dict.get_str("__eq__").is_some() && td.dict.get_str("__hash__").is_none() {
        td.dict.set_str(vm, "__hash__", vm.none());
    }
    // Slots and the instance dict.
    let base_has_dict = base_td.has_flag(type_::INSTANCE_DICT)
        || bases.iter().any(|b| {
            b.as_type()
                .is_some_and(|t| t.has_flag(type_::INSTANCE_DICT))
        });
    let mut nslots = base_td.nslots.get();
    let mut wants_dict = true;
    let mut wants_weakref = true;
    let mut slot_flags = 0;
    if let Some(slots) = td.dict.get_str("__slots__") {
        wants_dict = false;
        wants_weakref = false;
        slot_flags |= type_::SLOTS_DECLARED;
        let names: Vec<PyRef> = if slots.as_str().is_some() {
            vec![slots.clone()]
        } else {
            crate::protocols::sequence::collect(vm, &slots)?
        };
        for n in names {
            let Some(s) = n.as_str() else {
                return Err(vm.type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    vm.type_name(&n)
                )));
            };
            if s == "__dict__" {
                if wants_dict || base_has_dict {
                    return Err(vm.type_error("__dict__ slot disallowed: we already got one"));
                }
                wants_dict = true;
                continue;
            }
            if s == "__weakref__" {
                let base_weak = bases.iter().any(|b| {
                    b.as_type()
                        .is_some_and(|t| t.flags.get() & type_::WEAKREFABLE != 0)
                });
                if wants_weakref || base_weak {
                    return Err(vm.type_error(
                        "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                    ));
                }
                wants_weakref = true;
                slot_flags |= type_::SLOTS_WEAKREF;
                continue;
            }
            let mangled = crate::objects::type_call::mangle(name, s);
            if td.dict.get_str(&mangled).is_some() {
                return Err(
                    vm.value_error(format!("'{s}' in __slots__ conflicts with class variable"))
                );
            }
            let key = vm.intern(&mangled);
            let d = PyRef::new(
                &vm.t.member_descriptor,
                Payload::Member(Box::new(MemberDescr {
                    name: key.clone(),
                    index: nslots,
                    owner: ty.clone(),
                })),
            );
            td.dict.set_item_str(vm, key, d)?;
            nslots += 1;
        }
    }
    td.nslots.set(nslots);
    if td.dict.get_str("__doc__").is_none() {
        td.dict.set_str(vm, "__doc__", vm.none());
    }
    let mut flags = td.flags.get() | slot_flags;
    if wants_dict || base_has_dict {
        flags |= type_::INSTANCE_DICT;
        // A metaclass's instances are classes, whose `__dict__` is `type`'s own descriptor
        // (the class namespace): CPython's `type` already has a dict, so none is added.
        let is_metaclass = is_subtype(&ty, &vm.t.type_);
        if !base_has_dict && !is_metaclass && td.dict.get_str("__dict__").is_none() {
            crate::objects::descr::add_getset(
                vm,
                &ty,
                "__dict__",
                crate::objects::object::instance_dict_getter,
                Some(crate::objects::object::instance_dict_setter),
            );
        }
    }
    if is_subtype(&ty, &vm.t.base_exception) {
        flags |= type_::EXCEPTION;
    }
    // Weak references: inherited, or added unless `__slots__` leaves `__weakref__` out or
    // the base is variable-sized (int, tuple, bytes: CPython's `tp_itemsize != 0`).
    let base_weak = bases.iter().any(|b| {
        b.as_type()
            .is_some_and(|t| t.flags.get() & type_::WEAKREFABLE != 0)
    });
    let var_sized = [&vm.t.int, &vm.t.tuple, &vm.t.bytes]
        .iter()
        .any(|v| is_subtype(&ty, v));
    if base_weak {
        flags |= type_::WEAKREFABLE;
    } else if wants_weakref && !var_sized {
        flags |= type_::WEAKREFABLE;
        if td.dict.get_str("__weakref__").is_none() {
            crate::objects::descr::add_getset(
                vm,
                &ty,
                "__weakref__",
                crate::objects::weakref::weakref_getter,
                None,
            );
        }
    }
    td.flags.set(flags);
    // __classcell__
    if let Some(cell) = td.dict.remove_str(vm, "__classcell__") {
        match &cell.payload {
            Payload::Cell(c) => c.set(Some(ty.clone())),
            _ => {
                return Err(vm.type_error(format!(
                    "__classcell__ must be a nonlocal cell, not {}",
                    vm.type_name(&cell)
                )))
            }
        }
    }
    // Bases list their subclasses through weak references, as CPython's `tp_subclasses`
    // does, so a class can die (and a class in a cycle be collected).
    let weak_self = crate::objects::weakref::new_ref(vm, &vm.t.weakref, &ty, None, false)?;
    for b in &bases {
        if let Some(btd) = b.as_type() {
            let mut subs = btd.subclasses.borrow_mut();
            subs.retain(|w| !matches!(&w.payload, Payload::WeakRef(r) if r.is_dead()));
            subs.push(weak_self.clone());
        }
    }
    bump_epoch();
    // __set_name__
    for (k, v) in td.dict.items() {
        if let Some(sn) = v.type_data().lookup(&vm.names.__set_name__) {
            if let Err(e) = call::call_method_obj(vm, &sn, &v, &[ty.clone(), k.clone()]) {
                return Err(set_name_error(vm, e, &v, &k, name));
            }
        }
    }
    // __init_subclass__ of the parent.
    let sup = crate::objects::super_::new_super(vm, ty.clone(), ty.clone())?;
    let isc = attr::getattr(vm, &sup, &vm.names.__init_subclass__)?;
    call::call_args(vm, &isc, Args::with_kw(args.kwvalues(), args.kwnames))?;
    Ok(ty)
}

/// 3.11's `type_new_set_names` raises a RuntimeError from a failing `__set_name__`
/// (3.12 adds a note instead).
fn set_name_error(vm: &Vm, cause: PyRef, value: &PyRef, key: &PyRef, class_name: &str) -> PyRef {
    let key_repr = crate::protocols::repr::repr(vm, key)
        .ok()
        .and_then(|r| r.as_str().map(str::to_owned))
        .unwrap_or_default();
    let err = vm.runtime_error(format!(
        "Error calling __set_name__ on '{}' instance {} in '{}'",
        vm.type_name(value),
        key_repr,
        class_name
    ));
    if let Some(x) = err.as_exception() {
        x.cause.set(Some(cause.clone()));
        x.context.set(Some(cause));
        x.suppress_context.set(true);
    }
    err
}

fn c3_or_custom(vm: &Vm, ty: &PyRef, bases: &[PyRef]) -> PyResult<Vec<PyRef>> {
    let meta = ty.type_data();
    if meta.is_heap() {
        if let Some(m) = meta.lookup(&vm.names.mro) {
            if !crate::objects::object::is_builtin_method(vm, &m, &vm.t.type_) {
                // A temporary MRO so the custom mro() can look things up.
                let tmp = type_::c3_mro(ty, bases).map_err(|e| vm.type_error(e))?;
                *ty.as_type().expect("type").mro.borrow_mut() = tmp;
                let r = call::call_method_obj(vm, &m, ty, &[])?;
                return crate::protocols::sequence::collect(vm, &r);
            }
        }
    }
    type_::c3_mro(ty, bases).map_err(|e| vm.type_error(e))
}

/// Name mangling of private names (`__x` in class `C` -> `_C__x`).
pub fn mangle(class_name: &str, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class_name.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// `setattr(cls, name, value)`.
pub fn type_setattr(vm: &Vm, cls: &PyRef, name: &PyRef, value: Option<PyRef>) -> PyResult<()> {
    let td = cls.as_type().expect("a type");
    // Data descriptors on the metatype (`__name__`, `__doc__` ...) win.
    if let Some(d) = cls.type_data().lookup(name) {
        if attr::is_data_descriptor(vm, &d) {
            return attr::generic_setattr(vm, cls, name, value);
        }
    }
    if !td.is_heap() {
        return Err(vm.type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            name.as_str().unwrap_or(""),
            td.name()
        )));
    }
    let r = match value {
        Some(v) => td.dict.set_item_str(vm, name.clone(), v),
        None => match td.dict.remove(vm, name)? {
            Some(_) => Ok(()),
            None => Err(vm.attribute_error(format!(
                "type object '{}' has no attribute '{}'",
                td.name(),
                name.as_str().unwrap_or("")
            ))),
        },
    };
    bump_epoch();
    r
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
pub fn build_class(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = &p[0];
    let name = &p[1];
    if func.as_function().is_none() {
        return Err(vm.type_error("__build_class__: func must be a function"));
    }
    let orig_bases: Vec<PyRef> = p[2..].to_vec();
    // PEP 560: __mro_entries__.
    let mut bases = Vec::new();
    let mut changed = false;
    for b in &orig_bases {
        if matches!(b.payload, Payload::Type(_)) {
            bases.push(b.clone());
            continue;
        }
        match attr::getattr_opt(vm, b, &vm.names.__mro_entries__)? {
            Some(me) => {
                let r = call::call(vm, &me, &[vm.tuple(orig_bases.clone())])?;
                let Some(items) = r.as_tuple() else {
                    return Err(vm.type_error("__mro_entries__ must return a tuple"));
                };
                bases.extend(items.iter().cloned());
                changed = true;
            }
            None => bases.push(b.clone()),
        }
    }
    let mut meta: Option<PyRef> = None;
    let mut kwnames = Vec::new();
    let mut kwvalues = Vec::new();
    for (k, v) in args.kwargs() {
        if k == "metaclass" {
            meta = Some(v.clone());
        } else {
            kwnames.push(vm.intern(k));
            kwvalues.push(v.clone());
        }
    }
    let is_class = meta
        .as_ref()
        .is_none_or(|m| matches!(m.payload, Payload::Type(_)));
    let meta = match meta {
        Some(m) => m,
        None => bases
            .first()
            .map(|b| b.class())
            .unwrap_or_else(|| vm.t.type_.clone()),
    };
    let meta = if is_class {
        calculate_metaclass(vm, &meta, &bases)?
    } else {
        meta
    };
    let bases_t = vm.tuple(bases.clone());
    let ns = match attr::getattr_opt(vm, &meta, &vm.names.__prepare__)? {
        Some(prep) => {
            let mut v = vec![name.clone(), bases_t.clone()];
            v.extend(kwvalues.iter().cloned());
            call::call_args(vm, &prep, Args::with_kw(&v, &kwnames))?
        }
        None => vm.dict(),
    };
    if ns.as_dict().is_none()
        && crate::protocols::attr::getattr_opt(vm, &ns, &vm.intern("__getitem__"))?.is_none()
    {
        return Err(vm.type_error(format!(
            "{}.__prepare__() must return a mapping, not {}",
            if is_class {
                meta.as_type().map(|t| t.name()).unwrap_or_default()
            } else {
                "<metaclass>".to_string()
            },
            vm.type_name(&ns)
        )));
    }
    // Run the body with the namespace as its locals.
    let f = func.as_function().expect("function");
    let code = f.code.get().expect("code");
    let nslots = code.as_code().expect("code").code.nlocalsplus();
    let mut frame = crate::objects::frame::new_frame(
        vm,
        code,
        f.globals.clone(),
        f.builtins.clone(),
        Some(ns.clone()),
        nslots,
    );
    let bound = crate::interp::frame::bind_arguments(
        vm,
        func,
        Args::new(&[]),
        crate::objects::frame::fresh_slots(&mut frame),
    );
    let ran = bound.and_then(|()| crate::interp::eval::run_function_frame(vm, &frame));
    crate::objects::frame::recycle_frame(vm, frame);
    let cell = ran?;
    if changed {
        crate::protocols::sequence::setitem(
            vm,
            &ns,
            &vm.names.__orig_bases__,
            vm.tuple(orig_bases),
        )?;
    }
    let mut v = vec![name.clone(), bases_t, ns];
    v.extend(kwvalues);
    let cls = call::call_args(vm, &meta, Args::with_kw(&v, &kwnames))?;
    if let Payload::Cell(c) = &cell.payload {
        if let Some(cc) = c.get() {
            if !cc.is(&cls) {
                return Err(vm.type_error(format!(
                    "__class__ set to {} defining {} as {}",
                    crate::protocols::repr::repr(vm, &cc)?
                        .as_str()
                        .unwrap_or(""),
                    crate::protocols::repr::repr(vm, name)?
                        .as_str()
                        .unwrap_or(""),
                    crate::protocols::repr::repr(vm, &cls)?
                        .as_str()
                        .unwrap_or("")
                )));
            }
        } else {
            c.set(Some(cls.clone()));
        }
    }
    Ok(cls)
}

fn tdata<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a TypeData> {
    o.as_type().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'type' object but received a '{}'",
            vm.type_name(o)
        ))
    })
}

/// `repr(cls)`: `<class 'module.Qualname'>`.
pub fn type_repr(vm: &Vm, cls: &PyRef) -> PyResult<String> {
    let td = tdata(vm, cls)?;
    let q = td.qualname.borrow().clone();
    Ok(match td.module_name() {
        Some(m) if m != "builtins" => format!("<class '{m}.{q}'>"),
        _ => format!("<class '{q}'>"),
    })
}

fn t_repr(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.string(type_repr(vm, &args.pos()[0])?))
}

fn t_call(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.values[0];
    type_call(vm, cls, args.skip_self())
}

fn t_init(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

fn t_mro(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    let td = tdata(vm, cls)?;
    let bases = td.bases.borrow().clone();
    let mro = type_::c3_mro(cls, &bases).map_err(|e| vm.type_error(e))?;
    Ok(vm.list(mro))
}

fn t_subclasses(vm: &Vm, args: Args) -> PyResult {
    let td = tdata(vm, &args.pos()[0])?;
    let live = td
        .subclasses
        .borrow()
        .iter()
        .filter_map(|w| match &w.payload {
            Payload::WeakRef(r) => r.get(),
            _ => None,
        })
        .collect();
    Ok(vm.list(live))
}

fn t_instancecheck(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    Ok(vm.bool(crate::modules::builtins::recursive_isinstance(
        vm, &p[1], &p[0],
    )?))
}

fn t_subclasscheck(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    Ok(vm.bool(crate::modules::builtins::recursive_issubclass(
        vm, &p[1], &p[0],
    )?))
}

fn t_prepare(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.dict())
}

fn t_dir(vm: &Vm, args: Args) -> PyResult {
    crate::modules::builtins::type_dir(vm, &args.pos()[0])
}

fn t_or(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    crate::objects::generic_alias::type_or(vm, &p[0], &p[1])
}

fn t_ror(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    crate::objects::generic_alias::type_or(vm, &p[1], &p[0])
}

fn t_sizeof(vm: &Vm, args: Args) -> PyResult {
    crate::objects::sizeof::noargs(vm, &args, "type")?;
    Ok(vm.usize(crate::objects::sizeof::type_sizeof(&args.pos()[0])))
}

fn g_name(vm: &Vm, o: &PyRef) -> PyResult {
    let td = tdata(vm, o)?;
    let n = td.name();
    Ok(vm.string(n.rsplit('.').next().unwrap_or(&n).to_string()))
}
fn s_name(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let td = tdata(vm, o)?;
    if !td.is_heap() {
        return Err(vm.type_error(format!(
            "cannot set '__name__' attribute of immutable type '{}'",
            td.name()
        )));
    }
    let v = v.ok_or_else(|| vm.type_error("cannot delete '__name__' attribute"))?;
    let s = v.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "can only assign string to {}.__name__, not '{}'",
            td.name(),
            vm.type_name(&v)
        ))
    })?;
    *td.name.borrow_mut() = s.to_string();
    Ok(())
}
fn g_qualname(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.string(tdata(vm, o)?.qualname.borrow().clone()))
}
fn s_qualname(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let td = tdata(vm, o)?;
    let v = v.ok_or_else(|| vm.type_error("cannot delete '__qualname__' attribute"))?;
    let s = v
        .as_str()
        .ok_or_else(|| vm.type_error("can only assign string to __qualname__"))?;
    *td.qualname.borrow_mut() = s.to_string();
    Ok(())
}
fn g_bases(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.tuple(tdata(vm, o)?.bases.borrow().clone()))
}
fn g_base(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(tdata(vm, o)?
        .base
        .borrow()
        .clone()
        .unwrap_or_else(|| vm.none()))
}
fn g_mro(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.tuple(tdata(vm, o)?.mro.borrow().clone()))
}
fn g_dict(vm: &Vm, o: &PyRef) -> PyResult {
    tdata(vm, o)?;
    Ok(PyRef::new(
        &vm.t.mappingproxy,
        Payload::MappingProxy(o.clone()),
    ))
}
fn g_doc(vm: &Vm, o: &PyRef) -> PyResult {
    let td = tdata(vm, o)?;
    match td.dict.get_str("__doc__") {
        Some(d) => {
            if let Some(get) = d.type_data().lookup(&vm.names.__get__) {
                if !matches!(d.payload, Payload::Str(_)) {
                    return call::call_method_obj(vm, &get, &d, &[vm.none(), o.clone()]);
                }
            }
            Ok(d)
        }
        None => Ok(vm.none()),
    }
}
fn s_doc(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let td = tdata(vm, o)?;
    if !td.is_heap() {
        return Err(vm.type_error(format!(
            "cannot set '__doc__' attribute of immutable type '{}'",
            td.name()
        )));
    }
    td.dict
        .set_str(vm, "__doc__", v.unwrap_or_else(|| vm.none()));
    Ok(())
}
fn g_module(vm: &Vm, o: &PyRef) -> PyResult {
    let td = tdata(vm, o)?;
    // The namespace of `type` or `function` holds the `__module__` descriptor of their
    // instances, not a module name: those builtin types derive it from their name.
    match td.dict.get_str("__module__") {
        Some(m) if !matches!(m.payload, Payload::GetSet(_)) => Ok(m),
        _ => Ok(vm.intern(td.module.get().unwrap_or("builtins"))),
    }
}
fn s_module(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let td = tdata(vm, o)?;
    if !td.is_heap() {
        return Err(vm.type_error(format!(
            "cannot set '__module__' attribute of immutable type '{}'",
            td.name()
        )));
    }
    td.dict
        .set_str(vm, "__module__", v.unwrap_or_else(|| vm.none()));
    Ok(())
}
fn g_abstractmethods(vm: &Vm, o: &PyRef) -> PyResult {
    let td = tdata(vm, o)?;
    match td.dict.get_str("__abstractmethods__") {
        Some(v) if !o.is(&vm.t.type_) => Ok(v),
        _ => Err(vm.attribute_error("__abstractmethods__")),
    }
}
fn s_abstractmethods(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let td = tdata(vm, o)?;
    match v {
        Some(v) => td.dict.set_str(vm, "__abstractmethods__", v),
        None => {
            td.dict.remove_str(vm, "__abstractmethods__");
        }
    }
    bump_epoch();
    Ok(())
}
fn g_annotations(vm: &Vm, o: &PyRef) -> PyResult {
    let td = tdata(vm, o)?;
    match td.dict.get_str("__annotations__") {
        Some(a) => Ok(a),
        None if td.is_heap() => {
            let d = vm.dict();
            td.dict.set_str(vm, "__annotations__", d.clone());
            bump_epoch();
            Ok(d)
        }
        None => Err(vm.attribute_error(format!(
            "type object '{}' has no attribute '__annotations__'",
            td.name()
        ))),
    }
}
fn s_annotations(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let td = tdata(vm, o)?;
    match v {
        Some(v) => td.dict.set_str(vm, "__annotations__", v),
        None => {
            td.dict.remove_str(vm, "__annotations__");
        }
    }
    // The old value may be freed: no cached lookup may still name it (`object::type_cache`).
    bump_epoch();
    Ok(())
}

/// `__flags__`: CPython's `Py_TPFLAGS_*` bits as far as they describe Krait's types (heap,
/// subclassable, abstract, GC, managed dict, the fast subclass bits).
fn g_flags(vm: &Vm, o: &PyRef) -> PyResult {
    let td = tdata(vm, o)?;
    let layout = crate::objects::sizeof::layout(o);
    let mut f: u64 = 1 << 12; // READY
    if td.is_heap() {
        f |= 1 << 9;
    } else {
        f |= (1 << 8) | (1 << 19); // IMMUTABLETYPE, VALID_VERSION_TAG
    }
    if td.has_flag(type_::BASETYPE) {
        f |= 1 << 10;
    }
    if layout.gc {
        f |= 1 << 14;
    }
    if layout.managed_dict {
        f |= 1 << 4;
    }
    if td
        .dict
        .get_str("__abstractmethods__")
        .is_some_and(|a| crate::protocols::compare::is_true(vm, &a).unwrap_or(false))
    {
        f |= 1 << 20;
    }
    let t = &vm.t;
    for (base, bit) in [
        (&t.int, 24),
        (&t.list, 25),
        (&t.tuple, 26),
        (&t.bytes, 27),
        (&t.str, 28),
        (&t.dict, 29),
        (&t.base_exception, 30),
        (&t.type_, 31),
    ] {
        if is_subtype(o, base) {
            f |= 1 << bit;
        }
    }
    if [&t.list, &t.tuple, &t.range, &t.memoryview]
        .iter()
        .any(|b| is_subtype(o, b))
    {
        f |= 1 << 5; // SEQUENCE
    }
    if is_subtype(o, &t.dict) || is_subtype(o, &t.mappingproxy) {
        f |= 1 << 6; // MAPPING
    }
    Ok(vm.int(f as i64))
}
fn g_basicsize(vm: &Vm, o: &PyRef) -> PyResult {
    tdata(vm, o)?;
    Ok(vm.usize(crate::objects::sizeof::layout(o).basicsize))
}
fn g_itemsize(vm: &Vm, o: &PyRef) -> PyResult {
    tdata(vm, o)?;
    Ok(vm.usize(crate::objects::sizeof::layout(o).itemsize))
}
/// `__dictoffset__`: 3.11 reports a managed dict at a negative offset before the object.
fn g_dictoffset(vm: &Vm, o: &PyRef) -> PyResult {
    tdata(vm, o)?;
    let l = crate::objects::sizeof::layout(o);
    Ok(vm.int(if l.managed_dict {
        -(l.basicsize as i64 + 24)
    } else if l.dict {
        16
    } else {
        0
    }))
}
/// `__weakrefoffset__`: where the class that added the weakref slot put it (its last word).
fn g_weakrefoffset(vm: &Vm, o: &PyRef) -> PyResult {
    let td = tdata(vm, o)?;
    if !crate::objects::sizeof::layout(o).weakref {
        return Ok(vm.int(0));
    }
    let mro = td.mro.borrow().clone();
    let adder = mro
        .iter()
        .rev()
        .find(|t| crate::objects::sizeof::layout(t).weakref)
        .cloned()
        .unwrap_or_else(|| o.clone());
    Ok(vm.usize(crate::objects::sizeof::layout(&adder).basicsize - 8))
}
fn g_text_signature(vm: &Vm, o: &PyRef) -> PyResult {
    tdata(vm, o)?;
    Ok(vm.none())
}

const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", type_new),
    MethodDef::method("__init__", t_init),
    MethodDef::method("__call__", t_call),
    MethodDef::method("__repr__", t_repr),
    MethodDef::method("mro", t_mro),
    MethodDef::method("__subclasses__", t_subclasses),
    MethodDef::method("__instancecheck__", t_instancecheck),
    MethodDef::method("__subclasscheck__", t_subclasscheck),
    MethodDef::class("__prepare__", t_prepare),
    MethodDef::method("__dir__", t_dir),
    MethodDef::method("__or__", t_or),
    MethodDef::method("__ror__", t_ror),
    MethodDef::method("__sizeof__", t_sizeof),
];

pub fn init(vm: &Vm) {
    use crate::objects::descr::add_getset;
    let t = &vm.t.type_;
    crate::objects::descr::add_methods(vm, t, METHODS);
    add_getset(vm, t, "__name__", g_name, Some(s_name));
    add_getset(vm, t, "__qualname__", g_qualname, Some(s_qualname));
    add_getset(vm, t, "__bases__", g_bases, None);
    add_getset(vm, t, "__base__", g_base, None);
    add_getset(vm, t, "__mro__", g_mro, None);
    add_getset(vm, t, "__dict__", g_dict, None);
    add_getset(vm, t, "__doc__", g_doc, Some(s_doc));
    add_getset(vm, t, "__module__", g_module, Some(s_module));
    add_getset(
        vm,
        t,
        "__abstractmethods__",
        g_abstractmethods,
        Some(s_abstractmethods),
    );
    add_getset(vm, t, "__annotations__", g_annotations, Some(s_annotations));
    add_getset(vm, t, "__flags__", g_flags, None);
    add_getset(vm, t, "__basicsize__", g_basicsize, None);
    add_getset(vm, t, "__itemsize__", g_itemsize, None);
    add_getset(vm, t, "__dictoffset__", g_dictoffset, None);
    add_getset(vm, t, "__weakrefoffset__", g_weakrefoffset, None);
    add_getset(vm, t, "__text_signature__", g_text_signature, None);
}
