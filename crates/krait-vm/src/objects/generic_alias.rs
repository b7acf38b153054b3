//! types.GenericAlias (`list[int]`): mirrors `Objects/genericaliasobject.c`.

use crate::object::PyRef;
use crate::objects::Payload;
use crate::protocols::{attr, call, repr};
use crate::vm::{Args, MethodDef, PyResult, Vm};

/// `origin[args]` as a GenericAlias (the payload holds `(origin, args_tuple)`).
pub fn new_alias(vm: &Vm, origin: &PyRef, args: &PyRef) -> PyRef {
    let args = if args.as_tuple().is_some() {
        args.clone()
    } else {
        vm.tuple(vec![args.clone()])
    };
    PyRef::new(
        &vm.t.generic_alias,
        Payload::Tuple(Box::new([origin.clone(), args])),
    )
}

fn parts(vm: &Vm, o: &PyRef) -> PyResult<(PyRef, PyRef)> {
    match o.as_tuple() {
        Some(t) if t.len() == 2 => Ok((t[0].clone(), t[1].clone())),
        _ => Err(vm.type_error("expected a GenericAlias")),
    }
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
    let items = args.as_tuple().unwrap_or(&[]);
    let inner: Vec<String> = if items.is_empty() {
        vec!["()".into()]
    } else {
        items
            .iter()
            .map(|a| item_repr(vm, a))
            .collect::<PyResult<_>>()?
    };
    Ok(format!("{}[{}]", item_repr(vm, &origin)?, inner.join(", ")))
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
    Ok(vm.bool(
        crate::protocols::compare::eq(vm, &a1, &a2)?
            && crate::protocols::compare::eq(vm, &b1, &b2)?,
    ))
}

fn ga_hash(vm: &Vm, args: Args) -> PyResult {
    let (a, b) = parts(vm, &args.pos()[0])?;
    Ok(vm.int(crate::protocols::compare::hash(vm, &a)? ^ crate::protocols::compare::hash(vm, &b)?))
}

fn ga_getattr(vm: &Vm, args: Args) -> PyResult {
    let (origin, _) = parts(vm, &args.pos()[0])?;
    attr::getattr(vm, &origin, &args.pos()[1])
}

fn ga_getitem(vm: &Vm, args: Args) -> PyResult {
    let (origin, _) = parts(vm, &args.pos()[0])?;
    Ok(new_alias(vm, &origin, &args.pos()[1]))
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
fn g_parameters(vm: &Vm, _o: &PyRef) -> PyResult {
    Ok(vm.empty_tuple.clone())
}

const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", ga_new),
    MethodDef::method("__repr__", ga_repr),
    MethodDef::method("__call__", ga_call),
    MethodDef::method("__mro_entries__", ga_mro_entries),
    MethodDef::method("__eq__", ga_eq),
    MethodDef::method("__hash__", ga_hash),
    MethodDef::method("__getattr__", ga_getattr),
    MethodDef::method("__getitem__", ga_getitem),
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
    let td = t.as_type().expect("type");
    *td.name.borrow_mut() = "GenericAlias".into();
    *td.qualname.borrow_mut() = "GenericAlias".into();
    td.module.set(Some("types"));
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
            x.as_tuple().unwrap_or(&[]).to_vec()
        } else {
            vec![x]
        };
        for m in members {
            if !items.iter().any(|i| i.is(&m)) {
                items.push(m);
            }
        }
    }
    if items.len() == 1 {
        return Ok(items.remove(0));
    }
    Ok(PyRef::new(
        &vm.t.union_type,
        Payload::Tuple(items.into_boxed_slice()),
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
    let items = args.pos()[0].as_tuple().unwrap_or(&[]).to_vec();
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
    Ok(vm.tuple(o.as_tuple().unwrap_or(&[]).to_vec()))
}

fn un_instancecheck(vm: &Vm, args: Args) -> PyResult {
    let t = vm.tuple(args.pos()[0].as_tuple().unwrap_or(&[]).to_vec());
    Ok(vm.bool(crate::modules::builtins::isinstance(
        vm,
        &args.pos()[1],
        &t,
    )?))
}

fn un_subclasscheck(vm: &Vm, args: Args) -> PyResult {
    let t = vm.tuple(args.pos()[0].as_tuple().unwrap_or(&[]).to_vec());
    Ok(vm.bool(crate::modules::builtins::issubclass(
        vm,
        &args.pos()[1],
        &t,
    )?))
}

fn un_eq(vm: &Vm, args: Args) -> PyResult {
    let other = &args.pos()[1];
    if !other.is_type(&vm.t.union_type) {
        return Ok(vm.not_implemented());
    }
    let a = args.pos()[0].as_tuple().unwrap_or(&[]).to_vec();
    let b = other.as_tuple().unwrap_or(&[]).to_vec();
    Ok(vm.bool(a.len() == b.len() && a.iter().all(|x| b.iter().any(|y| x.is(y)))))
}

fn un_hash(vm: &Vm, args: Args) -> PyResult {
    let mut h: i64 = 0;
    for i in args.pos()[0].as_tuple().unwrap_or(&[]) {
        h ^= crate::protocols::compare::hash(vm, i)?;
    }
    Ok(vm.int(h))
}

const UNION_METHODS: &[MethodDef] = &[
    MethodDef::method("__or__", un_or),
    MethodDef::method("__ror__", un_ror),
    MethodDef::method("__repr__", un_repr),
    MethodDef::method("__instancecheck__", un_instancecheck),
    MethodDef::method("__subclasscheck__", un_subclasscheck),
    MethodDef::method("__eq__", un_eq),
    MethodDef::method("__hash__", un_hash),
];

pub fn init_union(vm: &Vm) {
    let t = &vm.t.union_type;
    crate::objects::descr::add_methods(vm, t, UNION_METHODS);
    crate::objects::descr::add_getset(vm, t, "__args__", un_args, None);
    let td = t.as_type().expect("type");
    *td.name.borrow_mut() = "UnionType".into();
    *td.qualname.borrow_mut() = "UnionType".into();
    td.module.set(Some("types"));
}
