//! The methods of dict and of its views (`Objects/dictobject.c`).

use krait_bytecode::opcode::CompareOp;

use crate::object::PyRef;
use crate::objects::dict::{DictView, PyDict, ViewKind};
use crate::objects::iter::IterState;
use crate::objects::Payload;
use crate::protocols::{attr, call, compare, sequence};
use crate::vm::{Args, MethodDef, PyResult, Vm};

fn dct<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a PyDict> {
    o.as_dict().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'dict' object but received a '{}'",
            vm.type_name(o)
        ))
    })
}

/// `d.update(m)` for a mapping or an iterable of pairs.
pub fn update_from(vm: &Vm, d: &PyRef, m: &PyRef) -> PyResult<()> {
    let dd = dct(vm, d)?;
    if let Some(md) = m.as_dict() {
        if m.is_type(&vm.t.dict)
            || m.type_data()
                .lookup(&vm.names.keys)
                .is_some_and(|k| matches!(k.payload, Payload::MethodDescr(_)))
        {
            if d.is(m) {
                return Ok(());
            }
            // Size the target as CPython's dict_merge does (or copy a compact table whole).
            if dd.prepare_merge(md) {
                return Ok(());
            }
            for e in md.entries() {
                dd.set_hashed(vm, e.key, e.hash, e.value)?;
            }
            return Ok(());
        }
    }
    if let Some(keys) = attr::getattr_opt(vm, m, &vm.names.keys)? {
        let ks = call::call(vm, &keys, &[])?;
        for k in sequence::collect(vm, &ks)? {
            let v = sequence::getitem(vm, m, &k)?;
            dd.set(vm, k, v)?;
        }
        return Ok(());
    }
    let it = sequence::iter(vm, m)?;
    let mut i = 0usize;
    while let Some(item) = sequence::next(vm, &it)? {
        let kv = match sequence::collect(vm, &item) {
            Ok(v) => v,
            Err(e) if vm.exc_matches(&e, &vm.t.type_error) => {
                return Err(vm.type_error(format!(
                    "cannot convert dictionary update sequence element #{} to a sequence",
                    i
                )))
            }
            Err(e) => return Err(e),
        };
        if kv.len() != 2 {
            return Err(vm.value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                kv.len()
            )));
        }
        dd.set(vm, kv[0].clone(), kv[1].clone())?;
        i += 1;
    }
    Ok(())
}

fn d_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    Ok(crate::objects::object::alloc_instance(
        vm,
        cls,
        Payload::Dict(Box::default()),
    ))
}

fn d_init(vm: &Vm, args: Args) -> PyResult {
    let d = &args.pos()[0];
    if args.pos().len() > 2 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.pos().len() - 1
        )));
    }
    if let Some(m) = args.pos().get(1) {
        update_from(vm, d, m)?;
    }
    let dd = dct(vm, d)?;
    for (k, v) in args.kwargs() {
        dd.set_str(vm, k, v.clone());
    }
    Ok(vm.none())
}

fn d_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let items = dct(vm, o)?.items();
    if items.is_empty() {
        return Ok(vm.str("{}"));
    }
    if !crate::protocols::repr::repr_enter(vm, o) {
        return Ok(vm.str("{...}"));
    }
    let r = (|| {
        let mut s = String::from("{");
        for (i, (k, v)) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(crate::protocols::repr::repr(vm, k)?.as_str().unwrap_or(""));
            s.push_str(": ");
            s.push_str(crate::protocols::repr::repr(vm, v)?.as_str().unwrap_or(""));
        }
        s.push('}');
        Ok(s)
    })();
    crate::protocols::repr::repr_leave(vm, o);
    Ok(vm.string(r?))
}

fn d_len(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.usize(dct(vm, &args.pos()[0])?.len()))
}

/// `d[key]`, with `__missing__` for subclasses.
pub fn dict_getitem(vm: &Vm, d: &PyRef, key: &PyRef) -> PyResult {
    if let Some(v) = dct(vm, d)?.get(vm, key)? {
        return Ok(v);
    }
    if !d.is_type(&vm.t.dict) {
        if let Some(r) = call::call_special(vm, d, &vm.names.__missing__, &[key.clone()])? {
            return Ok(r);
        }
    }
    Err(vm.key_error(key.clone()))
}

fn d_getitem(vm: &Vm, args: Args) -> PyResult {
    dict_getitem(vm, &args.pos()[0], &args.pos()[1])
}

fn d_setitem(vm: &Vm, args: Args) -> PyResult {
    dct(vm, &args.pos()[0])?.set(vm, args.pos()[1].clone(), args.pos()[2].clone())?;
    Ok(vm.none())
}

fn d_delitem(vm: &Vm, args: Args) -> PyResult {
    match dct(vm, &args.pos()[0])?.remove(vm, &args.pos()[1])? {
        Some(_) => Ok(vm.none()),
        None => Err(vm.key_error(args.pos()[1].clone())),
    }
}

fn d_contains(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.bool(dct(vm, &args.pos()[0])?.contains(vm, &args.pos()[1])?))
}

pub fn dict_iter(vm: &Vm, d: &PyRef, kind: ViewKind, reverse: bool) -> PyResult {
    let dd = dct(vm, d)?;
    let ty = match (kind, reverse) {
        (ViewKind::Keys, false) => &vm.t.dict_keyiterator,
        (ViewKind::Values, false) => &vm.t.dict_valueiterator,
        (ViewKind::Items, false) => &vm.t.dict_itemiterator,
        (ViewKind::Keys, true) => &vm.t.dict_reversekeyiterator,
        (ViewKind::Values, true) => &vm.t.dict_reversevalueiterator,
        (ViewKind::Items, true) => &vm.t.dict_reverseitemiterator,
    };
    let pos = if reverse {
        dd.table.borrow().entries.len()
    } else {
        0
    };
    Ok(crate::objects::iter::new_iter(
        vm,
        ty,
        IterState::Dict {
            dict: Some(d.clone()),
            pos,
            size: dd.len(),
            kind,
            reverse,
        },
    ))
}

fn d_iter(vm: &Vm, args: Args) -> PyResult {
    dict_iter(vm, &args.pos()[0], ViewKind::Keys, false)
}

fn d_reversed(vm: &Vm, args: Args) -> PyResult {
    dict_iter(vm, &args.pos()[0], ViewKind::Keys, true)
}

fn d_get(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() < 2 || p.len() > 3 {
        return Err(vm.type_error(format!(
            "get expected at least 1 argument, got {}",
            p.len().saturating_sub(1)
        )));
    }
    Ok(dct(vm, &p[0])?
        .get(vm, &p[1])?
        .unwrap_or_else(|| p.get(2).cloned().unwrap_or_else(|| vm.none())))
}

fn d_setdefault(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let dd = dct(vm, &p[0])?;
    if let Some(v) = dd.get(vm, &p[1])? {
        return Ok(v);
    }
    let v = p.get(2).cloned().unwrap_or_else(|| vm.none());
    dd.set(vm, p[1].clone(), v.clone())?;
    Ok(v)
}

fn d_pop(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() < 2 {
        return Err(vm.type_error("pop expected at least 1 argument, got 0"));
    }
    match dct(vm, &p[0])?.remove(vm, &p[1])? {
        Some(v) => Ok(v),
        None => match p.get(2) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.key_error(p[1].clone())),
        },
    }
}

fn d_popitem(vm: &Vm, args: Args) -> PyResult {
    match dct(vm, &args.pos()[0])?.pop_last() {
        Some(e) => Ok(vm.tuple(vec![e.key, e.value])),
        None => Err(vm.key_error(vm.str("popitem(): dictionary is empty"))),
    }
}

fn d_keys(vm: &Vm, args: Args) -> PyResult {
    Ok(new_view(vm, &args.pos()[0], ViewKind::Keys))
}
fn d_values(vm: &Vm, args: Args) -> PyResult {
    Ok(new_view(vm, &args.pos()[0], ViewKind::Values))
}
fn d_items(vm: &Vm, args: Args) -> PyResult {
    Ok(new_view(vm, &args.pos()[0], ViewKind::Items))
}

pub fn new_view(vm: &Vm, d: &PyRef, kind: ViewKind) -> PyRef {
    let ty = match kind {
        ViewKind::Keys => &vm.t.dict_keys,
        ViewKind::Values => &vm.t.dict_values,
        ViewKind::Items => &vm.t.dict_items,
    };
    PyRef::new(
        ty,
        Payload::DictView(Box::new(DictView {
            dict: d.clone(),
            kind,
        })),
    )
}

fn d_update(vm: &Vm, args: Args) -> PyResult {
    let d = &args.pos()[0];
    if args.pos().len() > 2 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            args.pos().len() - 1
        )));
    }
    if let Some(m) = args.pos().get(1) {
        update_from(vm, d, m)?;
    }
    let dd = dct(vm, d)?;
    for (k, v) in args.kwargs() {
        dd.set_str(vm, k, v.clone());
    }
    Ok(vm.none())
}

fn d_clear(vm: &Vm, args: Args) -> PyResult {
    dct(vm, &args.pos()[0])?.clear();
    Ok(vm.none())
}

fn d_copy(vm: &Vm, args: Args) -> PyResult {
    let c = dct(vm, &args.pos()[0])?.copy();
    Ok(PyRef::new(&vm.t.dict, Payload::Dict(Box::new(c))))
}

fn d_fromkeys(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    let it = args
        .pos()
        .get(1)
        .ok_or_else(|| vm.type_error("fromkeys expected at least 1 argument, got 0"))?;
    let v = args.pos().get(2).cloned().unwrap_or_else(|| vm.none());
    let d = call::call(vm, cls, &[])?;
    // An exact dict gets its table sized up front for an exact dict's or set's keys.
    if let Some(dd) = d
        .as_dict()
        .filter(|dd| d.is_type(&vm.t.dict) && dd.is_empty())
    {
        if let Some(src) = it.as_dict().filter(|_| it.is_type(&vm.t.dict)) {
            dd.presize_for_keys(src.len(), src.is_unicode());
        } else if let Some(src) = it
            .as_set()
            .filter(|_| it.is_type(&vm.t.set) || it.is_type(&vm.t.frozenset))
        {
            dd.presize_for_keys(src.len(), false);
        }
    }
    for k in sequence::collect(vm, it)? {
        sequence::setitem(vm, &d, &k, v.clone())?;
    }
    Ok(d)
}

fn d_eq_impl(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult<Option<bool>> {
    let (Some(da), Some(db)) = (a.as_dict(), b.as_dict()) else {
        return Ok(None);
    };
    if da.len() != db.len() {
        return Ok(Some(false));
    }
    for (k, v) in da.items() {
        match db.get(vm, &k)? {
            Some(w) => {
                if !compare::eq(vm, &v, &w)? {
                    return Ok(Some(false));
                }
            }
            None => return Ok(Some(false)),
        }
    }
    Ok(Some(true))
}

fn d_eq(vm: &Vm, args: Args) -> PyResult {
    match d_eq_impl(vm, &args.pos()[0], &args.pos()[1])? {
        Some(b) => Ok(vm.bool(b)),
        None => Ok(vm.not_implemented()),
    }
}

fn d_ne(vm: &Vm, args: Args) -> PyResult {
    match d_eq_impl(vm, &args.pos()[0], &args.pos()[1])? {
        Some(b) => Ok(vm.bool(!b)),
        None => Ok(vm.not_implemented()),
    }
}

fn d_or(vm: &Vm, args: Args) -> PyResult {
    let (a, b) = (&args.pos()[0], &args.pos()[1]);
    if a.as_dict().is_none() || b.as_dict().is_none() {
        return Ok(vm.not_implemented());
    }
    let c = d_copy(vm, Args::new(&[a.clone()]))?;
    update_from(vm, &c, b)?;
    Ok(c)
}

fn d_ror(vm: &Vm, args: Args) -> PyResult {
    let (a, b) = (&args.pos()[0], &args.pos()[1]);
    if a.as_dict().is_none() || b.as_dict().is_none() {
        return Ok(vm.not_implemented());
    }
    let c = d_copy(vm, Args::new(&[b.clone()]))?;
    update_from(vm, &c, a)?;
    Ok(c)
}

fn d_ior(vm: &Vm, args: Args) -> PyResult {
    update_from(vm, &args.pos()[0], &args.pos()[1])?;
    Ok(args.pos()[0].clone())
}

fn d_sizeof(vm: &Vm, args: Args) -> PyResult {
    crate::objects::sizeof::noargs(vm, &args, "dict")?;
    dct(vm, &args.pos()[0])?;
    Ok(vm.usize(crate::objects::sizeof::dict_sizeof(&args.pos()[0])))
}

const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", d_new),
    MethodDef::method("__init__", d_init),
    MethodDef::method("__repr__", d_repr),
    MethodDef::method("__len__", d_len),
    MethodDef::method("__getitem__", d_getitem),
    MethodDef::method("__setitem__", d_setitem),
    MethodDef::method("__delitem__", d_delitem),
    MethodDef::method("__contains__", d_contains),
    MethodDef::method("__iter__", d_iter),
    MethodDef::method("__reversed__", d_reversed),
    MethodDef::method("__eq__", d_eq),
    MethodDef::method("__ne__", d_ne),
    MethodDef::method("__or__", d_or),
    MethodDef::method("__ror__", d_ror),
    MethodDef::method("__ior__", d_ior),
    MethodDef::method("__sizeof__", d_sizeof),
    MethodDef::method("get", d_get),
    MethodDef::method("setdefault", d_setdefault),
    MethodDef::method("pop", d_pop),
    MethodDef::method("popitem", d_popitem),
    MethodDef::method("keys", d_keys),
    MethodDef::method("values", d_values),
    MethodDef::method("items", d_items),
    MethodDef::method("update", d_update),
    MethodDef::method("clear", d_clear),
    MethodDef::method("copy", d_copy),
    MethodDef::class("fromkeys", d_fromkeys),
    MethodDef::class(
        "__class_getitem__",
        crate::objects::generic_alias::class_getitem,
    ),
];

fn view<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a DictView> {
    match &o.payload {
        Payload::DictView(v) => Ok(v),
        _ => Err(vm.type_error("expected a dict view")),
    }
}

fn v_len(vm: &Vm, args: Args) -> PyResult {
    let v = view(vm, &args.pos()[0])?;
    Ok(vm.usize(dct(vm, &v.dict)?.len()))
}

fn v_iter(vm: &Vm, args: Args) -> PyResult {
    let v = view(vm, &args.pos()[0])?;
    dict_iter(vm, &v.dict, v.kind, false)
}

fn v_reversed(vm: &Vm, args: Args) -> PyResult {
    let v = view(vm, &args.pos()[0])?;
    dict_iter(vm, &v.dict, v.kind, true)
}

fn view_items(vm: &Vm, v: &DictView) -> PyResult<Vec<PyRef>> {
    let d = dct(vm, &v.dict)?;
    Ok(match v.kind {
        ViewKind::Keys => d.keys(),
        ViewKind::Values => d.values(),
        ViewKind::Items => d
            .items()
            .into_iter()
            .map(|(k, val)| vm.tuple(vec![k, val]))
            .collect(),
    })
}

fn v_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let v = view(vm, o)?;
    if !crate::protocols::repr::repr_enter(vm, o) {
        return Ok(vm.str("..."));
    }
    let items = view_items(vm, v);
    let r = items.and_then(|items| crate::objects::tuple::repr_items(vm, &items, "([", "])"));
    crate::protocols::repr::repr_leave(vm, o);
    Ok(vm.string(format!("{}{}", vm.type_name(o), r?)))
}

fn v_contains(vm: &Vm, args: Args) -> PyResult {
    let v = view(vm, &args.pos()[0])?;
    let x = &args.pos()[1];
    let d = dct(vm, &v.dict)?;
    match v.kind {
        ViewKind::Keys => Ok(vm.bool(d.contains(vm, x)?)),
        ViewKind::Items => {
            let Some(t) = x.as_tuple() else {
                return Ok(vm.false_.clone());
            };
            if t.len() != 2 {
                return Ok(vm.false_.clone());
            }
            match d.get(vm, &t[0])? {
                Some(val) => Ok(vm.bool(compare::eq(vm, &val, &t[1])?)),
                None => Ok(vm.false_.clone()),
            }
        }
        ViewKind::Values => {
            for val in d.values() {
                if compare::eq(vm, &val, x)? {
                    return Ok(vm.true_.clone());
                }
            }
            Ok(vm.false_.clone())
        }
    }
}

fn v_set_op(vm: &Vm, args: Args, name: &str) -> PyResult {
    let v = view(vm, &args.pos()[0])?;
    let items = view_items(vm, v)?;
    let s = crate::objects::set::new_set_from(vm, &items)?;
    let other = &args.pos()[1];
    if !sequence::is_iterable(vm, other) {
        return Ok(vm.not_implemented());
    }
    let o = if other.as_set().is_some() {
        other.clone()
    } else {
        crate::objects::set::new_set_from(vm, &sequence::collect(vm, other)?)?
    };
    call::call_method(vm, &s, name, &[o])
}

fn v_and(vm: &Vm, args: Args) -> PyResult {
    v_set_op(vm, args, "__and__")
}
fn v_or(vm: &Vm, args: Args) -> PyResult {
    v_set_op(vm, args, "__or__")
}
fn v_sub(vm: &Vm, args: Args) -> PyResult {
    v_set_op(vm, args, "__sub__")
}
/// `other - view`: the set of `other`'s items less the view's.
fn v_rsub(vm: &Vm, args: Args) -> PyResult {
    let v = view(vm, &args.pos()[0])?;
    let other = &args.pos()[1];
    if !sequence::is_iterable(vm, other) {
        return Ok(vm.not_implemented());
    }
    let mine = crate::objects::set::new_set_from(vm, &view_items(vm, v)?)?;
    let s = crate::objects::set::new_set_from(vm, &sequence::collect(vm, other)?)?;
    call::call_method(vm, &s, "__sub__", &[mine])
}
fn v_xor(vm: &Vm, args: Args) -> PyResult {
    v_set_op(vm, args, "__xor__")
}
fn v_isdisjoint(vm: &Vm, args: Args) -> PyResult {
    v_set_op(vm, args, "isdisjoint")
}

fn v_cmp(vm: &Vm, args: Args, op: CompareOp) -> PyResult {
    let v = view(vm, &args.pos()[0])?;
    let other = &args.pos()[1];
    let is_setlike = matches!(other.payload, Payload::Set(_))
        || matches!(&other.payload, Payload::DictView(o) if o.kind != ViewKind::Values);
    if !is_setlike || v.kind == ViewKind::Values {
        return Ok(vm.not_implemented());
    }
    let items = view_items(vm, v)?;
    let s = crate::objects::set::new_set_from(vm, &items)?;
    let o = if matches!(other.payload, Payload::Set(_)) {
        other.clone()
    } else {
        let ov = view(vm, other)?;
        crate::objects::set::new_set_from(vm, &view_items(vm, ov)?)?
    };
    compare::rich_compare(vm, &s, &o, op)
}

fn v_eq(vm: &Vm, args: Args) -> PyResult {
    v_cmp(vm, args, CompareOp::Eq)
}
fn v_ne(vm: &Vm, args: Args) -> PyResult {
    v_cmp(vm, args, CompareOp::Ne)
}
fn v_lt(vm: &Vm, args: Args) -> PyResult {
    v_cmp(vm, args, CompareOp::Lt)
}
fn v_le(vm: &Vm, args: Args) -> PyResult {
    v_cmp(vm, args, CompareOp::Le)
}
fn v_gt(vm: &Vm, args: Args) -> PyResult {
    v_cmp(vm, args, CompareOp::Gt)
}
fn v_ge(vm: &Vm, args: Args) -> PyResult {
    v_cmp(vm, args, CompareOp::Ge)
}

fn g_mapping(vm: &Vm, o: &PyRef) -> PyResult {
    let v = view(vm, o)?;
    Ok(PyRef::new(
        &vm.t.mappingproxy,
        Payload::MappingProxy(v.dict.clone()),
    ))
}

const VIEW_METHODS: &[MethodDef] = &[
    MethodDef::method("__len__", v_len),
    MethodDef::method("__iter__", v_iter),
    MethodDef::method("__reversed__", v_reversed),
    MethodDef::method("__repr__", v_repr),
];

const SETLIKE_METHODS: &[MethodDef] = &[
    MethodDef::method("__contains__", v_contains),
    MethodDef::method("__rsub__", v_rsub),
    MethodDef::method("__and__", v_and),
    MethodDef::method("__rand__", v_and),
    MethodDef::method("__or__", v_or),
    MethodDef::method("__ror__", v_or),
    MethodDef::method("__sub__", v_sub),
    MethodDef::method("__xor__", v_xor),
    MethodDef::method("__rxor__", v_xor),
    MethodDef::method("isdisjoint", v_isdisjoint),
    MethodDef::method("__eq__", v_eq),
    MethodDef::method("__ne__", v_ne),
    MethodDef::method("__lt__", v_lt),
    MethodDef::method("__le__", v_le),
    MethodDef::method("__gt__", v_gt),
    MethodDef::method("__ge__", v_ge),
];

pub fn init(vm: &Vm) {
    use crate::objects::descr::{add_attr, add_getset, add_methods};
    let t = &vm.t;
    add_methods(vm, &t.dict, METHODS);
    add_attr(vm, &t.dict, "__hash__", vm.none());
    for ty in [&t.dict_keys, &t.dict_values, &t.dict_items] {
        add_methods(vm, ty, VIEW_METHODS);
        add_getset(vm, ty, "mapping", g_mapping, None);
    }
    add_methods(vm, &t.dict_keys, SETLIKE_METHODS);
    add_methods(vm, &t.dict_items, SETLIKE_METHODS);
    // Set-like views compare by value, so they are unhashable (CPython's tp_hash NULL).
    add_attr(vm, &t.dict_keys, "__hash__", vm.none());
    add_attr(vm, &t.dict_items, "__hash__", vm.none());
}
