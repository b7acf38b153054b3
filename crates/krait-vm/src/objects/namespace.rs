//! types.SimpleNamespace and mappingproxy: mirror `Objects/namespaceobject.c` and the
//! mappingproxy of `Objects/descrobject.c`.

use crate::object::PyRef;
use crate::objects::Payload;
use crate::vm::{Args, MethodDef, PyResult, Vm};

fn ns_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    let o = crate::objects::object::alloc_instance(vm, cls, Payload::Empty);
    o.set_dict(Some(vm.dict()));
    Ok(o)
}

fn ns_init(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    if args.pos().len() > 2 {
        return Err(vm.type_error(format!(
            "SimpleNamespace expected at most 1 argument, got {}",
            args.pos().len() - 1
        )));
    }
    let d = o.dict().expect("namespace dict");
    if let Some(m) = args.pos().get(1) {
        crate::objects::dict_methods::update_from(vm, &d, m)?;
    }
    for (k, v) in args.kwargs() {
        d.as_dict().expect("dict").set_str(vm, k, v.clone());
    }
    Ok(vm.none())
}

fn ns_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let name = if o.is_type(&vm.t.simple_namespace) {
        "namespace".to_string()
    } else {
        o.type_data().name()
    };
    let d = o.dict().expect("dict");
    let mut parts = Vec::new();
    if !crate::protocols::repr::repr_enter(vm, o) {
        return Ok(vm.string(format!("{name}(...)")));
    }
    for (k, v) in d.as_dict().expect("dict").items() {
        let r = crate::protocols::repr::repr(vm, &v);
        let r = match r {
            Ok(r) => r,
            Err(e) => {
                crate::protocols::repr::repr_leave(vm, o);
                return Err(e);
            }
        };
        parts.push(format!(
            "{}={}",
            k.as_str().unwrap_or(""),
            r.as_str().unwrap_or("")
        ));
    }
    crate::protocols::repr::repr_leave(vm, o);
    Ok(vm.string(format!("{}({})", name, parts.join(", "))))
}

fn ns_eq(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if !crate::objects::type_::is_subtype(p[1].ty(), &vm.t.simple_namespace) {
        return Ok(vm.not_implemented());
    }
    let a = p[0].dict().expect("dict");
    let b = p[1].dict().expect("dict");
    crate::protocols::compare::rich_compare(vm, &a, &b, krait_bytecode::opcode::CompareOp::Eq)
}

const NS: &[MethodDef] = &[
    MethodDef::static_("__new__", ns_new),
    MethodDef::method("__init__", ns_init),
    MethodDef::method("__repr__", ns_repr),
    MethodDef::method("__eq__", ns_eq),
];

fn proxied(vm: &Vm, o: &PyRef) -> PyResult<PyRef> {
    match &o.payload {
        Payload::MappingProxy(m) => Ok(m.clone()),
        _ => Err(vm.type_error("expected a mappingproxy")),
    }
}

/// The items of a mappingproxy's target (a type's namespace or any mapping).
pub fn proxy_items(vm: &Vm, o: &PyRef) -> PyResult<Vec<(PyRef, PyRef)>> {
    let t = proxied(vm, o)?;
    if let Some(td) = t.as_type() {
        return Ok(td.dict.items());
    }
    if let Some(d) = t.as_dict() {
        return Ok(d.items());
    }
    let items = crate::protocols::call::call_method(vm, &t, "items", &[])?;
    let mut out = Vec::new();
    for it in crate::protocols::sequence::collect(vm, &items)? {
        let kv = crate::protocols::sequence::collect(vm, &it)?;
        if kv.len() == 2 {
            out.push((kv[0].clone(), kv[1].clone()));
        }
    }
    Ok(out)
}

fn mp_getitem(vm: &Vm, args: Args) -> PyResult {
    let t = proxied(vm, &args.pos()[0])?;
    let k = &args.pos()[1];
    if let Some(td) = t.as_type() {
        return td.dict.get(vm, k)?.ok_or_else(|| vm.key_error(k.clone()));
    }
    crate::protocols::sequence::getitem(vm, &t, k)
}
fn mp_get(vm: &Vm, args: Args) -> PyResult {
    let t = proxied(vm, &args.pos()[0])?;
    let k = &args.pos()[1];
    let default = args.pos().get(2).cloned().unwrap_or_else(|| vm.none());
    if let Some(td) = t.as_type() {
        return Ok(td.dict.get(vm, k)?.unwrap_or(default));
    }
    crate::protocols::call::call_method(vm, &t, "get", &[k.clone(), default])
}
fn mp_contains(vm: &Vm, args: Args) -> PyResult {
    let t = proxied(vm, &args.pos()[0])?;
    let k = &args.pos()[1];
    if let Some(td) = t.as_type() {
        return Ok(vm.bool(td.dict.get(vm, k)?.is_some()));
    }
    Ok(vm.bool(crate::protocols::sequence::contains(vm, &t, k)?))
}
fn mp_len(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.usize(proxy_items(vm, &args.pos()[0])?.len()))
}
/// Any mapping but a class namespace answers `keys()`, `values()`, `items()`, `copy()` and
/// `iter()` itself, as CPython's `mappingproxy_keys` and friends forward to the mapping.
fn forward_to_mapping(vm: &Vm, o: &PyRef, method: &str) -> PyResult<Option<PyRef>> {
    let t = proxied(vm, o)?;
    if t.as_type().is_some() {
        return Ok(None);
    }
    crate::protocols::call::call_method(vm, &t, method, &[]).map(Some)
}

/// A class namespace's views are those of a dict with its items (a snapshot: the
/// namespace is not a dict here).
fn namespace_view(vm: &Vm, o: &PyRef, method: &str) -> PyResult {
    let d = shown_mapping(vm, o)?;
    crate::protocols::call::call_method(vm, &d, method, &[])
}
fn mp_keys(vm: &Vm, args: Args) -> PyResult {
    if let Some(keys) = forward_to_mapping(vm, &args.pos()[0], "keys")? {
        return Ok(keys);
    }
    namespace_view(vm, &args.pos()[0], "keys")
}
fn mp_values(vm: &Vm, args: Args) -> PyResult {
    if let Some(values) = forward_to_mapping(vm, &args.pos()[0], "values")? {
        return Ok(values);
    }
    namespace_view(vm, &args.pos()[0], "values")
}
fn mp_items(vm: &Vm, args: Args) -> PyResult {
    if let Some(items) = forward_to_mapping(vm, &args.pos()[0], "items")? {
        return Ok(items);
    }
    namespace_view(vm, &args.pos()[0], "items")
}
fn mp_iter(vm: &Vm, args: Args) -> PyResult {
    let t = proxied(vm, &args.pos()[0])?;
    if t.as_type().is_none() {
        return crate::protocols::sequence::iter(vm, &t);
    }
    let keys = mp_keys(vm, args)?;
    crate::protocols::sequence::iter(vm, &keys)
}
fn mp_copy(vm: &Vm, args: Args) -> PyResult {
    if let Some(copied) = forward_to_mapping(vm, &args.pos()[0], "copy")? {
        return Ok(copied);
    }
    let d = vm.dict();
    for (k, v) in proxy_items(vm, &args.pos()[0])? {
        d.as_dict().expect("dict").set(vm, k, v)?;
    }
    Ok(d)
}
/// The proxied mapping itself, or a dict copy of a class namespace.
fn shown_mapping(vm: &Vm, o: &PyRef) -> PyResult {
    let t = proxied(vm, o)?;
    if t.as_type().is_none() {
        return Ok(t);
    }
    let d = vm.dict();
    for (k, v) in proxy_items(vm, o)? {
        d.as_dict().expect("dict").set(vm, k, v)?;
    }
    Ok(d)
}
fn mp_repr(vm: &Vm, args: Args) -> PyResult {
    let d = shown_mapping(vm, &args.pos()[0])?;
    let r = crate::protocols::repr::repr(vm, &d)?;
    Ok(vm.string(format!("mappingproxy({})", r.as_str().unwrap_or(""))))
}
/// The mapping a `|` operand stands for: a proxy's (`shown_mapping`), anything else as is.
fn or_operand(vm: &Vm, o: &PyRef) -> PyResult {
    match &o.payload {
        Payload::MappingProxy(_) => shown_mapping(vm, o),
        _ => Ok(o.clone()),
    }
}
fn mp_or(vm: &Vm, args: Args) -> PyResult {
    let a = or_operand(vm, &args.pos()[0])?;
    let b = or_operand(vm, &args.pos()[1])?;
    crate::protocols::number::binary_op(vm, &a, &b, krait_bytecode::opcode::BinaryOp::Or)
}
fn mp_ror(vm: &Vm, args: Args) -> PyResult {
    let a = or_operand(vm, &args.pos()[0])?;
    let b = or_operand(vm, &args.pos()[1])?;
    crate::protocols::number::binary_op(vm, &b, &a, krait_bytecode::opcode::BinaryOp::Or)
}
fn mp_ior(vm: &Vm, args: Args) -> PyResult {
    Err(vm.type_error(format!(
        "'|=' is not supported by {}; use '|' instead",
        vm.type_name(&args.pos()[0])
    )))
}
fn mp_reversed(vm: &Vm, args: Args) -> PyResult {
    let t = proxied(vm, &args.pos()[0])?;
    if t.as_type().is_some() {
        let items = proxy_items(vm, &args.pos()[0])?;
        let keys = vm.list(items.into_iter().rev().map(|(k, _)| k).collect());
        return crate::protocols::sequence::iter(vm, &keys);
    }
    let reversed = crate::protocols::attr::getattr_str(vm, &vm.builtins, "reversed")?;
    crate::protocols::call::call(vm, &reversed, &[t])
}
/// `str(proxy)` is `str(mapping)` (`mappingproxy_str`).
fn mp_str(vm: &Vm, args: Args) -> PyResult {
    let d = shown_mapping(vm, &args.pos()[0])?;
    crate::protocols::repr::str(vm, &d)
}
fn mp_new(vm: &Vm, args: Args) -> PyResult {
    let m = args.pos().get(1).cloned().ok_or_else(|| {
        vm.type_error("mappingproxy() missing required argument 'mapping' (pos 1)")
    })?;
    Ok(PyRef::new(&vm.t.mappingproxy, Payload::MappingProxy(m)))
}

const MP: &[MethodDef] = &[
    MethodDef::static_("__new__", mp_new),
    MethodDef::method("__getitem__", mp_getitem),
    MethodDef::method("get", mp_get),
    MethodDef::method("__contains__", mp_contains),
    MethodDef::method("__len__", mp_len),
    MethodDef::method("keys", mp_keys),
    MethodDef::method("values", mp_values),
    MethodDef::method("items", mp_items),
    MethodDef::method("__iter__", mp_iter),
    MethodDef::method("copy", mp_copy),
    MethodDef::method("__repr__", mp_repr),
    MethodDef::method("__or__", mp_or),
    MethodDef::method("__ror__", mp_ror),
    MethodDef::method("__ior__", mp_ior),
    MethodDef::method("__reversed__", mp_reversed),
    MethodDef::class(
        "__class_getitem__",
        crate::objects::generic_alias::class_getitem,
    ),
    MethodDef::method("__str__", mp_str),
];

pub fn init(vm: &Vm) {
    crate::objects::descr::add_methods(vm, &vm.t.simple_namespace, NS);
    crate::objects::descr::add_methods(vm, &vm.t.mappingproxy, MP);
    crate::objects::descr::add_getset(
        vm,
        &vm.t.simple_namespace,
        "__dict__",
        crate::objects::function::g_dict,
        None,
    );
    let td = vm.t.simple_namespace.as_type().expect("type");
    *td.name.borrow_mut() = "SimpleNamespace".to_string();
    *td.qualname.borrow_mut() = "SimpleNamespace".to_string();
    td.module.set(Some("types"));
    td.flags
        .set(td.flags.get() | crate::objects::type_::INSTANCE_DICT);
}
