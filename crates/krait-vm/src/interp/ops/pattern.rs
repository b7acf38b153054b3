//! Structural pattern matching: `MATCH_MAPPING`, `MATCH_SEQUENCE`, `MATCH_KEYS`,
//! `MATCH_CLASS`, `COPY_DICT_WITHOUT_KEYS` (CPython's `match_class` and friends).

use crate::object::PyRef;
use crate::objects::type_::is_subtype;
use crate::objects::Payload;
use crate::protocols::attr;
use crate::vm::{PyResult, Vm};

fn abc_check(vm: &Vm, obj: &PyRef, abc_name: &str) -> PyResult<bool> {
    let abc = match crate::import::import_module(vm, "collections.abc") {
        Ok(m) => m,
        Err(_) => return Ok(false),
    };
    let cls = attr::getattr_str(vm, &abc, abc_name)?;
    crate::modules::builtins::isinstance(vm, obj, &cls)
}

pub fn is_mapping(vm: &Vm, subject: &PyRef) -> PyResult<bool> {
    match &subject.payload {
        Payload::Dict(_) => Ok(true),
        Payload::List(_)
        | Payload::Tuple(_)
        | Payload::Str(_)
        | Payload::Int(_)
        | Payload::Float(_)
        | Payload::Bytes(_)
            if !subject.has_heap_type() =>
        {
            Ok(false)
        }
        _ => abc_check(vm, subject, "Mapping"),
    }
}

pub fn is_sequence(vm: &Vm, subject: &PyRef) -> PyResult<bool> {
    match &subject.payload {
        Payload::Str(_) | Payload::Bytes(_) | Payload::ByteArray(_) => Ok(false),
        Payload::List(_) | Payload::Tuple(_) | Payload::Range(_) => Ok(true),
        Payload::Dict(_) | Payload::Int(_) | Payload::Float(_) | Payload::Set(_)
            if !subject.has_heap_type() =>
        {
            Ok(false)
        }
        _ => abc_check(vm, subject, "Sequence"),
    }
}

pub fn match_keys(vm: &Vm, subject: &PyRef, keys: &PyRef) -> PyResult {
    let keys = keys.as_tuple().map(|k| k.to_vec()).unwrap_or_default();
    if keys.is_empty() {
        return Ok(vm.empty_tuple.clone());
    }
    let get = attr::getattr_str(vm, subject, "get")?;
    let dummy = crate::objects::object::new_object(vm);
    let mut values = Vec::with_capacity(keys.len());
    let mut seen: Vec<PyRef> = Vec::new();
    for k in &keys {
        for s in &seen {
            if crate::protocols::compare::eq(vm, s, k)? {
                let r = crate::protocols::repr::repr(vm, k)?;
                return Err(vm.value_error(format!(
                    "mapping pattern checks duplicate key ({})",
                    r.as_str().unwrap_or("")
                )));
            }
        }
        seen.push(k.clone());
        let v = crate::protocols::call::call(vm, &get, &[k.clone(), dummy.clone()])?;
        if v.is(&dummy) {
            return Ok(vm.none());
        }
        values.push(v);
    }
    Ok(vm.tuple(values))
}

pub fn match_class(vm: &Vm, subject: &PyRef, cls: &PyRef, npos: usize, names: &PyRef) -> PyResult {
    if !matches!(cls.payload, Payload::Type(_)) {
        return Err(vm.type_error("called match pattern must be a class"));
    }
    if !crate::modules::builtins::isinstance(vm, subject, cls)? {
        return Ok(vm.none());
    }
    let mut attrs = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    if npos > 0 {
        let match_args = crate::protocols::attr::getattr_opt(vm, cls, &vm.names.__match_args__)?;
        let cname = cls.as_type().map(|t| t.name()).unwrap_or_default();
        match match_args {
            Some(ma) => {
                let Some(items) = ma.as_tuple() else {
                    return Err(vm.type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        cname,
                        vm.type_name(&ma)
                    )));
                };
                if npos > items.len() {
                    return Err(vm.type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)",
                        cname,
                        items.len(),
                        if items.len() == 1 { "" } else { "s" },
                        npos
                    )));
                }
                for name in &items[..npos] {
                    let Some(n) = name.as_str() else {
                        return Err(vm.type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            vm.type_name(name)
                        )));
                    };
                    seen.push(n.to_string());
                    match attr::getattr_opt(vm, subject, name)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(vm.none()),
                    }
                }
            }
            None => {
                let self_match = [
                    &vm.t.bool,
                    &vm.t.bytearray,
                    &vm.t.bytes,
                    &vm.t.dict,
                    &vm.t.float,
                    &vm.t.frozenset,
                    &vm.t.int,
                    &vm.t.list,
                    &vm.t.set,
                    &vm.t.str,
                    &vm.t.tuple,
                ]
                .iter()
                .any(|t| is_subtype(cls, t));
                if self_match {
                    if npos > 1 {
                        return Err(vm.type_error(format!(
                            "{cname}() accepts 1 positional sub-pattern ({npos} given)"
                        )));
                    }
                    attrs.push(subject.clone());
                } else {
                    return Err(vm.type_error(format!(
                        "{cname}() accepts 0 positional sub-patterns ({npos} given)"
                    )));
                }
            }
        }
    }
    for name in names.as_tuple().unwrap_or(&[]) {
        let n = name.as_str().unwrap_or("");
        if seen.iter().any(|s| s == n) {
            return Err(vm.type_error(format!(
                "{}() got multiple sub-patterns for attribute '{}'",
                cls.as_type().map(|t| t.name()).unwrap_or_default(),
                n
            )));
        }
        seen.push(n.to_string());
        match attr::getattr_opt(vm, subject, name)? {
            Some(v) => attrs.push(v),
            None => return Ok(vm.none()),
        }
    }
    Ok(vm.tuple(attrs))
}

pub fn copy_without_keys(vm: &Vm, subject: &PyRef, keys: &PyRef) -> PyResult {
    let d = vm.dict();
    crate::objects::dict_methods::update_from(vm, &d, subject)?;
    let dd = d.as_dict().expect("dict");
    for k in keys.as_tuple().unwrap_or(&[]) {
        dd.remove(vm, k)?;
    }
    Ok(d)
}
