//! types.GenericAlias (`list[int]`): mirrors `Objects/genericaliasobject.c`.

use crate::object::PyRef;
use crate::objects::Payload;
use crate::protocols::{attr, call, repr};
use crate::vm::{Args, MethodDef, PyResult, Vm};

/// `origin[args]` as a GenericAlias (the payload holds `(origin, args_tuple)`, and a third
/// item for the unpacked form `*tuple[int]`).
pub fn new_alias(vm: &Vm, origin: &PyRef, args: &PyRef) -> PyRef {
    let args = if args.is_type(&vm.t.tuple) {
        args.clone()
    } else {
        vm.tuple(vec![args.clone()])
    };
    PyRef::new(
        &vm.t.generic_alias,
        Payload::Refs(Box::new([origin.clone(), args])),
    )
}

fn new_unpacked(vm: &Vm, origin: &PyRef, args: &PyRef) -> PyRef {
    PyRef::new(
        &vm.t.generic_alias,
        Payload::Refs(Box::new([origin.clone(), args.clone(), vm.true_.clone()])),
    )
}

fn parts(vm: &Vm, o: &PyRef) -> PyResult<(PyRef, PyRef)> {
    match o.as_refs() {
        Some(t) if t.len() >= 2 && o.is_type(&vm.t.generic_alias) => {
            Ok((t[0].clone(), t[1].clone()))
        }
        _ => Err(vm.type_error("expected a GenericAlias")),
    }
}

fn is_unpacked(o: &PyRef) -> bool {
    o.as_refs().is_some_and(|t| t.len() == 3)
}

/// `__parameters__` of an alias or union: the type variables among `args` (objects with
/// `__typing_subst__`) and those of nested aliases, each once, in order.
pub fn collect_parameters(vm: &Vm, args: &[PyRef]) -> PyResult {
    let mut params: Vec<PyRef> = Vec::new();
    for a in args {
        if matches!(a.payload, Payload::Type(_)) {
            continue;
        }
        if attr::getattr_opt(vm, a, &vm.intern("__typing_subst__"))?.is_some() {
            if !params.iter().any(|p| p.is(a)) {
                params.push(a.clone());
            }
            continue;
        }
        if let Some(sub) = attr::getattr_opt(vm, a, &vm.intern("__parameters__"))? {
            if let Some(t) = sub.as_tuple().filter(|_| sub.is_type(&vm.t.tuple)) {
                for p in t {
                    if !params.iter().any(|x| x.is(p)) {
                        params.push(p.clone());
                    }
                }
            }
        }
    }
    Ok(vm.tuple(params))
}

/// `alias[item]`: substitutes the type variables of `self_` (`CPython's
/// `_Py_subs_parameters`): each parameter's `__typing_subst__` checks its argument, nested
/// aliases are subscripted with their own parameters' arguments.
pub fn subs_parameters(
    vm: &Vm,
    self_: &PyRef,
    args: &[PyRef],
    item: &PyRef,
) -> PyResult<Vec<PyRef>> {
    let params = collect_parameters(vm, args)?;
    let params = params.as_tuple().unwrap_or(&[]).to_vec();
    if params.is_empty() {
        let r = repr::repr(vm, self_)?;
        return Err(vm.type_error(format!(
            "{} is not a generic class",
            r.as_str().unwrap_or("")
        )));
    }
    let mut item = if item.is_type(&vm.t.tuple) {
        item.clone()
    } else {
        vm.tuple(vec![item.clone()])
    };
    for p in &params {
        if let Some(prep) = attr::getattr_opt(vm, p, &vm.intern("__typing_prepare_subst__"))? {
            item = call::call(vm, &prep, &[self_.clone(), item])?;
        }
    }
    let items = item.as_tuple().unwrap_or(&[]).to_vec();
    if items.len() != params.len() {
        let r = repr::repr(vm, self_)?;
        return Err(vm.type_error(format!(
            "Too {} arguments for {}; actual {}, expected {}",
            if items.len() > params.len() {
                "many"
            } else {
                "few"
            },
            r.as_str().unwrap_or(""),
            items.len(),
            params.len()
        )));
    }
    let mut out = Vec::with_capacity(args.len());
    for a in args {
        if matches!(a.payload, Payload::Type(_)) {
            out.push(a.clone());
            continue;
        }
        if let Some(subst) = attr::getattr_opt(vm, a, &vm.intern("__typing_subst__"))? {
            let i = params.iter().position(|p| p.is(a)).unwrap_or(0);
            out.push(call::call(vm, &subst, &[items[i].clone()])?);
            continue;
        }
        let sub = attr::getattr_opt(vm, a, &vm.intern("__parameters__"))?;
        match sub
            .as_ref()
            .and_then(|s| s.as_tuple())
            .filter(|t| !t.is_empty())
        {
            Some(sp) => {
                let mut subargs = Vec::with_capacity(sp.len());
                for p in sp {
                    let i = params.iter().position(|x| x.is(p)).unwrap_or(0);
                    subargs.push(items[i].clone());
                }
                out.push(crate::protocols::sequence::getitem(
                    vm,
                    a,
                    &vm.tuple(subargs),
                )?);
            }
            None => out.push(a.clone()),
        }
    }
    Ok(out)
}

fn item_repr(vm: &Vm, o: &PyRef) -> PyResult<String> {
    if o.is(&vm.ellipsis) {
        return Ok("...".into());
    }
    if o.is_type(&vm.t.generic_alias) {
        return alias_repr(vm, o);
    }
    if let Some(td) = o.as_type() {
        let q = td.qualname.borrow().clone();
        return Ok(match td.module_name() {
            Some(m) if m != "builtins" => format!("{m}.{q}"),
            _ => q,
        });
    }
    Ok(repr::repr(vm, o)?.as_str().unwrap_or("").to_string())
}

fn alias_repr(vm: &Vm, o: &PyRef) -> PyResult<String> {
    let (origin, args) = parts(vm, o)?;
    let star = if is_unpacked(o) { "*" } else { "" };
    let items = args.as_tuple().unwrap_or(&[]);
    let inner: Vec<String> = if items.is_empty() {
        vec!["()".into()]
    } else {
        items
            .iter()
            .map(|a| item_repr(vm, a))
            .collect::<PyResult<_>>()?
    };
    Ok(format!(
        "{star}{}[{}]",
        item_repr(vm, &origin)?,
        inner.join(", ")
    ))
}

fn ga_new(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() != 3 {
        return Err(vm.type_error(format!(
            "GenericAlias expected 2 arguments, got {}",
            p.len().saturating_sub(1)
        )));
    }
    Ok(new_alias(vm, &p[1], &p[2]))
}

fn ga_repr(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.string(alias_repr(vm, &args.pos()[0])?))
}

fn ga_call(vm: &Vm, args: Args) -> PyResult {
    let (origin, _) = parts(vm, &args.values[0])?;
    let r = call::call_args(vm, &origin, args.skip_self())?;
    let _ = attr::setattr_str(vm, &r, "__orig_class__", args.values[0].clone());
    Ok(r)
}

fn ga_mro_entries(vm: &Vm, args: Args) -> PyResult {
    let (origin, _) = parts(vm, &args.pos()[0])?;
    Ok(vm.tuple(vec![origin]))
}

fn ga_eq(vm: &Vm, args: Args) -> PyResult {
    let other = &args.pos()[1];
    if !other.is_type(&vm.t.generic_alias) {
        return Ok(vm.not_implemented());
    }
    let (a1, b1) = parts(vm, &args.pos()[0])?;
    let (a2, b2) = parts(vm, other)?;
    if is_unpacked(&args.pos()[0]) != is_unpacked(other) {
        return Ok(vm.false_.clone());
    }
    Ok(vm.bool(
        crate::protocols::compare::eq(vm, &a1, &a2)?
            && crate::protocols::compare::eq(vm, &b1, &b2)?,
    ))
}

fn ga_hash(vm: &Vm, args: Args) -> PyResult {
    let (a, b) = parts(vm, &args.pos()[0])?;
    Ok(vm.int(crate::protocols::compare::hash(vm, &a)? ^ crate::protocols::compare::hash(vm, &b)?))
}

/// The alias's own attributes; everything else is the origin's (`list[int].__name__`).
const OWN_ATTRS: &[&str] = &[
    "__class__",
    "__origin__",
    "__args__",
    "__unpacked__",
    "__parameters__",
    "__typing_unpacked_tuple_args__",
    "__mro_entries__",
    "__reduce_ex__",
    "__reduce__",
    "__copy__",
    "__deepcopy__",
];

fn ga_getattribute(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let name = &args.pos()[1];
    if name.as_str().is_some_and(|n| !OWN_ATTRS.contains(&n)) {
        let (origin, _) = parts(vm, o)?;
        return attr::getattr(vm, &origin, name);
    }
    attr::generic_getattr(vm, o, name)?.ok_or_else(|| attr::no_attribute(vm, o, name))
}

fn ga_getitem(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let (origin, a) = parts(vm, o)?;
    let new = subs_parameters(vm, o, a.as_tuple().unwrap_or(&[]), &args.pos()[1])?;
    let r = new_alias(vm, &origin, &vm.tuple(new));
    Ok(if is_unpacked(o) {
        let (o2, a2) = parts(vm, &r)?;
        new_unpacked(vm, &o2, &a2)
    } else {
        r
    })
}

/// `iter(alias)`: yields the unpacked alias once (`[*tuple[int]]`).
fn ga_iter(vm: &Vm, args: Args) -> PyResult {
    let (origin, a) = parts(vm, &args.pos()[0])?;
    let l = vm.list(vec![new_unpacked(vm, &origin, &a)]);
    crate::protocols::sequence::iter(vm, &l)
}

fn ga_or(vm: &Vm, args: Args) -> PyResult {
    type_or(vm, &args.pos()[0], &args.pos()[1])
}
fn ga_ror(vm: &Vm, args: Args) -> PyResult {
    type_or(vm, &args.pos()[1], &args.pos()[0])
}

fn ga_reduce(vm: &Vm, args: Args) -> PyResult {
    let (origin, a) = parts(vm, &args.pos()[0])?;
    Ok(vm.tuple(vec![vm.t.generic_alias.clone(), vm.tuple(vec![origin, a])]))
}

fn ga_dir(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let (origin, _) = parts(vm, o)?;
    let mut names = crate::protocols::sequence::collect(
        vm,
        &crate::modules::builtins::dir(vm, Some(&origin))?,
    )?;
    for n in OWN_ATTRS {
        let s = vm.str(n);
        if !names.iter().any(|x| x.as_str() == Some(n)) {
            names.push(s);
        }
    }
    Ok(vm.list(names))
}

fn ga_instancecheck(vm: &Vm, _args: Args) -> PyResult {
    Err(vm.type_error("isinstance() argument 2 cannot be a parameterized generic"))
}

fn ga_subclasscheck(vm: &Vm, _args: Args) -> PyResult {
    Err(vm.type_error("issubclass() argument 2 cannot be a parameterized generic"))
}

fn g_origin(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(parts(vm, o)?.0)
}
fn g_args(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(parts(vm, o)?.1)
}
fn g_parameters(vm: &Vm, o: &PyRef) -> PyResult {
    let (_, a) = parts(vm, o)?;
    collect_parameters(vm, a.as_tuple().unwrap_or(&[]))
}
fn g_unpacked(vm: &Vm, o: &PyRef) -> PyResult {
    parts(vm, o)?;
    Ok(vm.bool(is_unpacked(o)))
}
fn g_unpacked_tuple_args(vm: &Vm, o: &PyRef) -> PyResult {
    let (origin, a) = parts(vm, o)?;
    Ok(if is_unpacked(o) && origin.is(&vm.t.tuple) {
        a
    } else {
        vm.none()
    })
}

const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", ga_new),
    MethodDef::method("__repr__", ga_repr),
    MethodDef::method("__call__", ga_call),
    MethodDef::method("__mro_entries__", ga_mro_entries),
    MethodDef::method("__eq__", ga_eq),
    MethodDef::method("__hash__", ga_hash),
    MethodDef::method("__getattribute__", ga_getattribute),
    MethodDef::method("__getitem__", ga_getitem),
    MethodDef::method("__iter__", ga_iter),
    MethodDef::method("__or__", ga_or),
    MethodDef::method("__ror__", ga_ror),
    MethodDef::method("__reduce__", ga_reduce),
    MethodDef::method("__dir__", ga_dir),
    MethodDef::method("__instancecheck__", ga_instancecheck),
    MethodDef::method("__subclasscheck__", ga_subclasscheck),
];

/// `__class_getitem__` of the builtin generic classes (`list[int]`): a `types.GenericAlias`.
pub fn class_getitem(vm: &Vm, args: Args) -> PyResult {
    crate::modules::builtins::generic_alias(vm, &args.pos()[0], &args.pos()[1])
}

pub fn init(vm: &Vm) {
    let t = &vm.t.generic_alias;
    crate::objects::descr::add_methods(vm, t, METHODS);
    crate::objects::descr::add_getset(vm, t, "__origin__", g_origin, None);
    crate::objects::descr::add_getset(vm, t, "__args__", g_args, None);
    crate::objects::descr::add_getset(vm, t, "__parameters__", g_parameters, None);
    crate::objects::descr::add_getset(vm, t, "__unpacked__", g_unpacked, None);
    crate::objects::descr::add_getset(
        vm,
        t,
        "__typing_unpacked_tuple_args__",
        g_unpacked_tuple_args,
        None,
    );
    let td = t.as_type().expect("type");
    td.flags
        .set(td.flags.get() | crate::objects::type_::NATIVE_GETATTRIBUTE);
    *td.name.borrow_mut() = "GenericAlias".into();
    *td.qualname.borrow_mut() = "GenericAlias".into();
    td.module.set(Some("types"));
}

/// Whether `items` holds `x` or a member equal to it (`union_richcompare` and
/// `dedup_and_flatten_args` compare members by equality, not identity).
fn contains_equal(vm: &Vm, items: &[PyRef], x: &PyRef) -> PyResult<bool> {
    for i in items {
        if i.is(x) || crate::protocols::compare::eq(vm, i, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `X | Y` for types: a `types.UnionType` (`Objects/unionobject.c`); the payload is the tuple
/// of member types, flattened and deduplicated.
pub fn new_union(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    let mut items: Vec<PyRef> = Vec::new();
    for x in [a, b] {
        let x = if vm.is_none(x) {
            vm.t.none_type.clone()
        } else {
            x.clone()
        };
        let members: Vec<PyRef> = if x.is_type(&vm.t.union_type) {
            x.as_refs().unwrap_or(&[]).to_vec()
        } else {
            vec![x]
        };
        for m in members {
            if !contains_equal(vm, &items, &m)? {
                items.push(m);
            }
        }
    }
    if items.len() == 1 {
        return Ok(items.remove(0));
    }
    Ok(PyRef::new(
        &vm.t.union_type,
        Payload::Refs(items.into_boxed_slice()),
    ))
}

fn is_unionable(vm: &Vm, o: &PyRef) -> bool {
    vm.is_none(o)
        || matches!(o.payload, Payload::Type(_))
        || o.is_type(&vm.t.union_type)
        || o.is_type(&vm.t.generic_alias)
}

/// `type.__or__`/`__ror__`.
pub fn type_or(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult {
    if !is_unionable(vm, a) || !is_unionable(vm, b) {
        return Ok(vm.not_implemented());
    }
    new_union(vm, a, b)
}

fn un_or(vm: &Vm, args: Args) -> PyResult {
    type_or(vm, &args.pos()[0], &args.pos()[1])
}
fn un_ror(vm: &Vm, args: Args) -> PyResult {
    type_or(vm, &args.pos()[1], &args.pos()[0])
}

fn un_repr(vm: &Vm, args: Args) -> PyResult {
    let items = args.pos()[0].as_refs().unwrap_or(&[]).to_vec();
    let parts: Vec<String> = items
        .iter()
        .map(|i| {
            if i.is(&vm.t.none_type) {
                Ok("None".to_string())
            } else {
                item_repr(vm, i)
            }
        })
        .collect::<PyResult<_>>()?;
    Ok(vm.string(parts.join(" | ")))
}

fn un_args(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.tuple(o.as_refs().unwrap_or(&[]).to_vec()))
}

fn un_parameters(vm: &Vm, o: &PyRef) -> PyResult {
    collect_parameters(vm, o.as_refs().unwrap_or(&[]))
}

/// `(int | T)[str]`: the members with the type variables substituted, joined with `|`.
fn un_getitem(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let new = subs_parameters(vm, o, o.as_refs().unwrap_or(&[]), &args.pos()[1])?;
    let mut it = new.into_iter();
    let Some(mut r) = it.next() else {
        return Ok(o.clone());
    };
    for x in it {
        r = crate::protocols::number::binary_op(vm, &r, &x, krait_bytecode::opcode::BinaryOp::Or)?;
    }
    Ok(r)
}

fn un_eq(vm: &Vm, args: Args) -> PyResult {
    let other = &args.pos()[1];
    if !other.is_type(&vm.t.union_type) {
        return Ok(vm.not_implemented());
    }
    let a = args.pos()[0].as_refs().unwrap_or(&[]).to_vec();
    let b = other.as_refs().unwrap_or(&[]).to_vec();
    // Compared as sets of members; each side's members are already distinct.
    if a.len() != b.len() {
        return Ok(vm.bool(false));
    }
    for x in &a {
        if !contains_equal(vm, &b, x)? {
            return Ok(vm.bool(false));
        }
    }
    Ok(vm.bool(true))
}

/// The hash of the frozenset of the members (`union_hash`), so that a `typing.Union` of the
/// same members, which hashes that way too, finds it in a dict.
fn un_hash(vm: &Vm, args: Args) -> PyResult {
    let members = args.pos()[0].as_refs().unwrap_or(&[]).to_vec();
    let set = crate::objects::set::new_frozenset_from(vm, &members)?;
    Ok(vm.int(crate::protocols::compare::hash(vm, &set)?))
}

const UNION_METHODS: &[MethodDef] = &[
    MethodDef::method("__or__", un_or),
    MethodDef::method("__ror__", un_ror),
    MethodDef::method("__repr__", un_repr),
    MethodDef::method("__getitem__", un_getitem),
    MethodDef::method("__eq__", un_eq),
    MethodDef::method("__hash__", un_hash),
];

pub fn init_union(vm: &Vm) {
    let t = &vm.t.union_type;
    crate::objects::descr::add_methods(vm, t, UNION_METHODS);
    crate::objects::descr::add_getset(vm, t, "__args__", un_args, None);
    crate::objects::descr::add_getset(vm, t, "__parameters__", un_parameters, None);
    let td = t.as_type().expect("type");
    *td.name.borrow_mut() = "UnionType".into();
    *td.qualname.borrow_mut() = "UnionType".into();
    td.module.set(Some("types"));
}
