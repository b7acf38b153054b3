//! Sequence, mapping and iterator protocols: `len`, `x[k]`, `x[k] = v`, `del x[k]`, `in`,
//! `iter`, `next`. Mirrors `PyObject_GetItem`, `PySequence_Contains`, `PyObject_GetIter`,
//! `PyIter_Next` (`Objects/abstract.c`).

use crate::object::PyRef;
use crate::objects::Payload;
use crate::protocols::call;
use crate::vm::{PyResult, Vm};

/// Validate the result of `__len__`.
pub fn len_result(vm: &Vm, r: &PyRef) -> PyResult<usize> {
    match &r.payload {
        Payload::Int(i) if *i >= 0 => Ok(*i as usize),
        Payload::Int(_) => Err(vm.value_error("__len__() should return >= 0")),
        Payload::BigInt(b) if b.sign() == num_bigint::Sign::Minus => {
            Err(vm.value_error("__len__() should return >= 0"))
        }
        Payload::BigInt(_) => {
            Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
        }
        _ => {
            if r.type_data().lookup(&vm.names.__index__).is_some() {
                let i = crate::protocols::number::index(vm, r)?;
                return len_result(vm, &i);
            }
            Err(vm.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(r)
            )))
        }
    }
}

/// `len(obj)`.
pub fn len(vm: &Vm, obj: &PyRef) -> PyResult<usize> {
    if !obj.has_heap_type() {
        match &obj.payload {
            Payload::Str(s) => return Ok(s.char_len()),
            Payload::List(l) => return Ok(l.borrow().len()),
            Payload::Tuple(t) => return Ok(t.len()),
            Payload::Dict(d) => return Ok(d.len()),
            Payload::Set(s) => return Ok(s.len()),
            Payload::Bytes(b) => return Ok(b.len()),
            Payload::ByteArray(b) => return Ok(b.borrow().len()),
            _ => {}
        }
    }
    match obj.type_data().lookup(&vm.names.__len__) {
        Some(m) => {
            let r = call::call_method_obj(vm, &m, obj, &[])?;
            len_result(vm, &r)
        }
        None => Err(vm.type_error(format!(
            "object of type '{}' has no len()",
            vm.type_name(obj)
        ))),
    }
}

/// Normalise an index for a sequence of `len` items (negative from the end), IndexError with
/// `msg` when out of range, TypeError naming `kind` for non-integers.
pub fn normalize_index(vm: &Vm, key: &PyRef, len: usize, msg: &str, kind: &str) -> PyResult<usize> {
    let i = match &key.payload {
        Payload::Int(i) => *i,
        Payload::BigInt(_) => {
            return Err(vm.index_error("cannot fit 'int' into an index-sized integer".to_string()))
        }
        _ => {
            if key.type_data().lookup(&vm.names.__index__).is_none() {
                return Err(vm.type_error(format!(
                    "{} indices must be integers or slices, not {}",
                    kind,
                    vm.type_name(key)
                )));
            }
            let k = crate::protocols::number::index(vm, key)?;
            return normalize_index(vm, &k, len, msg, kind);
        }
    };
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(vm.index_error(msg.to_string()));
    }
    Ok(j as usize)
}

/// The count of a sequence repetition (`seq * n`); None when `n` is not an index.
pub fn repeat_count(vm: &Vm, n: &PyRef) -> PyResult<Option<usize>> {
    match &n.payload {
        Payload::Int(i) => Ok(Some((*i).max(0) as usize)),
        Payload::BigInt(b) => {
            if b.sign() == num_bigint::Sign::Minus {
                Ok(Some(0))
            } else {
                Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
        }
        _ => {
            if n.type_data().lookup(&vm.names.__index__).is_some() {
                let i = crate::protocols::number::index(vm, n)?;
                return repeat_count(vm, &i);
            }
            Ok(None)
        }
    }
}

/// `seq.__mul__(x)` called directly with a non-index `x` (CPython's `wrap_indexargfunc`).
pub fn not_an_index(vm: &Vm, n: &PyRef) -> PyRef {
    vm.type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(n)
    ))
}

/// The optional start/stop arguments of `index`-like methods, as a clamped window.
pub fn start_stop_args(vm: &Vm, extra: &[PyRef], len: usize) -> PyResult<(usize, usize)> {
    let n = len as i64;
    let conv = |o: Option<&PyRef>, default: i64| -> PyResult<i64> {
        match o {
            None => Ok(default),
            Some(x) => {
                let i = crate::protocols::number::index(vm, x)?;
                let mut v =
                    crate::objects::int::to_i64(vm, &i).unwrap_or(if default == 0 { 0 } else { n });
                if v < 0 {
                    v = (v + n).max(0);
                }
                Ok(v.min(n))
            }
        }
    };
    let a = conv(extra.first(), 0)?;
    let b = conv(extra.get(1), n)?;
    Ok((a as usize, b.max(a) as usize))
}

/// `obj[key]`.
pub fn getitem(vm: &Vm, obj: &PyRef, key: &PyRef) -> PyResult {
    let heap = obj.has_heap_type();
    if !heap {
        match &obj.payload {
            Payload::List(l) => {
                if let Payload::Int(i) = key.payload {
                    let items = l.borrow();
                    let n = items.len() as i64;
                    let j = if i < 0 { i + n } else { i };
                    if j >= 0 && j < n {
                        return Ok(items[j as usize].clone());
                    }
                    return Err(vm.index_error("list index out of range"));
                }
                return crate::objects::list_methods::list_getitem(vm, obj, key);
            }
            Payload::Tuple(t) => {
                if let Payload::Int(i) = key.payload {
                    let n = t.len() as i64;
                    let j = if i < 0 { i + n } else { i };
                    if j >= 0 && j < n {
                        return Ok(t[j as usize].clone());
                    }
                    return Err(vm.index_error("tuple index out of range"));
                }
            }
            Payload::Dict(d) => {
                return match d.get(vm, key)? {
                    Some(v) => Ok(v),
                    None => Err(vm.key_error(key.clone())),
                }
            }
            Payload::Str(_) => return crate::objects::str_methods::str_getitem(vm, obj, key),
            _ => {}
        }
    }
    if let Some(m) = obj.type_data().lookup(&vm.names.__getitem__) {
        return call::call_method_obj(vm, &m, obj, &[key.clone()]);
    }
    if let Payload::Type(_) = &obj.payload {
        if let Some(cg) = crate::protocols::attr::getattr_opt(vm, obj, &vm.names.__class_getitem__)?
        {
            return call::call(vm, &cg, &[key.clone()]);
        }
        return Err(vm.type_error(format!(
            "type '{}' is not subscriptable",
            obj.as_type().map(|t| t.name()).unwrap_or_default()
        )));
    }
    Err(vm.type_error(format!(
        "'{}' object is not subscriptable",
        vm.type_name(obj)
    )))
}

/// `obj[key] = value`.
pub fn setitem(vm: &Vm, obj: &PyRef, key: &PyRef, value: PyRef) -> PyResult<()> {
    if !obj.has_heap_type() {
        match &obj.payload {
            Payload::Dict(d) => return d.set(vm, key.clone(), value),
            Payload::List(_) => {
                return crate::objects::list_methods::list_setitem(vm, obj, key, value)
            }
            _ => {}
        }
    }
    match obj.type_data().lookup(&vm.names.__setitem__) {
        Some(m) => call::call_method_obj(vm, &m, obj, &[key.clone(), value]).map(|_| ()),
        None => Err(vm.type_error(format!(
            "'{}' object does not support item assignment",
            vm.type_name(obj)
        ))),
    }
}

/// `del obj[key]`.
pub fn delitem(vm: &Vm, obj: &PyRef, key: &PyRef) -> PyResult<()> {
    if !obj.has_heap_type() {
        match &obj.payload {
            Payload::Dict(d) => {
                return match d.remove(vm, key)? {
                    Some(_) => Ok(()),
                    None => Err(vm.key_error(key.clone())),
                }
            }
            Payload::List(_) => return crate::objects::list_methods::list_delitem(vm, obj, key),
            _ => {}
        }
    }
    match obj.type_data().lookup(&vm.names.__delitem__) {
        Some(m) => call::call_method_obj(vm, &m, obj, &[key.clone()]).map(|_| ()),
        None => Err(vm.type_error(format!(
            "'{}' object doesn't support item deletion",
            vm.type_name(obj)
        ))),
    }
}

/// `item in container`.
pub fn contains(vm: &Vm, container: &PyRef, item: &PyRef) -> PyResult<bool> {
    if !container.has_heap_type() {
        match &container.payload {
            Payload::Dict(d) => return d.contains(vm, item),
            Payload::Set(s) => return s.contains(vm, item),
            Payload::Str(s) => {
                return match item.as_str() {
                    Some(i) => Ok(s.as_str().contains(i)),
                    None => Err(vm.type_error(format!(
                        "'in <string>' requires string as left operand, not {}",
                        vm.type_name(item)
                    ))),
                }
            }
            _ => {}
        }
    }
    if let Some(m) = container.type_data().lookup(&vm.names.__contains__) {
        let r = call::call_method_obj(vm, &m, container, &[item.clone()])?;
        return crate::protocols::compare::is_true(vm, &r);
    }
    if !is_iterable(vm, container) {
        return Err(vm.type_error(format!(
            "argument of type '{}' is not iterable",
            vm.type_name(container)
        )));
    }
    let it = iter(vm, container)?;
    while let Some(v) = next(vm, &it)? {
        if crate::protocols::compare::eq(vm, &v, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Whether `iter(obj)` would succeed (it has `__iter__` or `__getitem__`).
pub fn is_iterable(vm: &Vm, obj: &PyRef) -> bool {
    let td = obj.type_data();
    match td.lookup(&vm.names.__iter__) {
        Some(m) => !vm.is_none(&m),
        None => {
            td.lookup(&vm.names.__getitem__).is_some() && !matches!(obj.payload, Payload::Dict(_))
        }
    }
}

/// `iter(obj)`.
pub fn iter(vm: &Vm, obj: &PyRef) -> PyResult {
    if !obj.has_heap_type() {
        match &obj.payload {
            Payload::List(_) => {
                return Ok(crate::objects::iter::seq_iter(
                    vm,
                    &vm.t.list_iterator,
                    obj.clone(),
                ))
            }
            Payload::Tuple(_) => {
                return Ok(crate::objects::iter::seq_iter(
                    vm,
                    &vm.t.tuple_iterator,
                    obj.clone(),
                ))
            }
            Payload::Iter(_) | Payload::Generator(_)
                if obj.type_data().lookup(&vm.names.__next__).is_some() =>
            {
                return Ok(obj.clone())
            }
            _ => {}
        }
    }
    let td = obj.type_data();
    match td.lookup(&vm.names.__iter__) {
        Some(m) if !vm.is_none(&m) => {
            let it = call::call_method_obj(vm, &m, obj, &[])?;
            if it.type_data().lookup(&vm.names.__next__).is_none() {
                return Err(vm.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    vm.type_name(&it)
                )));
            }
            Ok(it)
        }
        Some(_) => Err(vm.type_error(format!("'{}' object is not iterable", td.name()))),
        None => {
            if td.lookup(&vm.names.__getitem__).is_some() {
                return Ok(crate::objects::iter::seq_iter(
                    vm,
                    &vm.t.seq_iterator,
                    obj.clone(),
                ));
            }
            Err(vm.type_error(format!("'{}' object is not iterable", td.name())))
        }
    }
}

/// `next(it)`: Some(value) or None at StopIteration.
pub fn next(vm: &Vm, it: &PyRef) -> PyResult<Option<PyRef>> {
    match &it.payload {
        Payload::Iter(_) if !it.has_heap_type() => return crate::objects::iter::iter_next(vm, it),
        Payload::Generator(g)
            if g.kind == crate::objects::generator::GenKind::Generator && !it.has_heap_type() =>
        {
            return crate::objects::generator::gen_next(vm, it)
        }
        _ => {}
    }
    match it.type_data().lookup(&vm.names.__next__) {
        Some(m) => match call::call_method_obj(vm, &m, it, &[]) {
            Ok(v) => Ok(Some(v)),
            Err(e) if vm.exc_matches(&e, &vm.t.stop_iteration) => Ok(None),
            Err(e) => Err(e),
        },
        None => Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it)))),
    }
}

/// All items of an iterable.
pub fn collect(vm: &Vm, obj: &PyRef) -> PyResult<Vec<PyRef>> {
    if !obj.has_heap_type() {
        match &obj.payload {
            Payload::List(l) => return Ok(l.borrow().clone()),
            Payload::Tuple(t) => return Ok(t.to_vec()),
            _ => {}
        }
    }
    let mut out = Vec::new();
    // Preallocate from the length where it is known, as CPython's list() does with
    // __length_hint__: an impossible size is a MemoryError now, not an exhausted machine later.
    if let Payload::Range(r) = &obj.payload {
        let n = usize::try_from(r.len()).unwrap_or(usize::MAX);
        if out.try_reserve_exact(n).is_err() {
            return Err(vm.memory_error());
        }
    }
    let it = iter(vm, obj)?;
    while let Some(v) = next(vm, &it)? {
        out.push(v);
    }
    Ok(out)
}

/// `PyObject_LengthHint(obj, default)`: `len(obj)` when it has one, else its
/// `__length_hint__()`, else `default`. Builtin iterators that have no `__length_hint__` in
/// CPython (generators, `map`, `zip`...) give `default`.
pub fn length_hint(vm: &Vm, obj: &PyRef, default: usize) -> PyResult<usize> {
    if !obj.has_heap_type() {
        match &obj.payload {
            Payload::Str(_)
            | Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_) => return len(vm, obj),
            Payload::Generator(_) => return Ok(default),
            Payload::Iter(_)
                if matches!(
                    obj.type_data().name_ref().as_str(),
                    "enumerate" | "zip" | "map" | "filter" | "callable_iterator"
                ) =>
            {
                return Ok(default)
            }
            _ => {}
        }
    }
    if obj.type_data().lookup(&vm.names.__len__).is_some() {
        match len(vm, obj) {
            Ok(n) => return Ok(n),
            Err(e) if vm.exc_matches(&e, &vm.t.type_error) => {}
            Err(e) => return Err(e),
        }
    }
    let Some(m) = obj.type_data().lookup(&vm.names.__length_hint__) else {
        return Ok(default);
    };
    let r = match call::call_method_obj(vm, &m, obj, &[]) {
        Ok(r) => r,
        Err(e) if vm.exc_matches(&e, &vm.t.type_error) => return Ok(default),
        Err(e) => return Err(e),
    };
    if r.is(&vm.not_implemented()) {
        return Ok(default);
    }
    match &r.payload {
        Payload::Int(i) if *i >= 0 => Ok(*i as usize),
        Payload::BigInt(b) if b.sign() != num_bigint::Sign::Minus => {
            Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
        }
        Payload::Int(_) | Payload::BigInt(_) => {
            Err(vm.value_error("__length_hint__() should return >= 0"))
        }
        _ => Err(vm.type_error(format!(
            "__length_hint__ must be an integer, not {}",
            vm.type_name(&r)
        ))),
    }
}

/// The items `list_extend` takes from an iterable, with the length hint it sizes the list
/// by (None for an exact list or tuple, whose items are copied as they are).
pub fn gather(vm: &Vm, obj: &PyRef) -> PyResult<(Vec<PyRef>, Option<usize>)> {
    if !obj.has_heap_type() {
        match &obj.payload {
            Payload::List(l) => return Ok((l.borrow().clone(), None)),
            Payload::Tuple(t) => return Ok((t.to_vec(), None)),
            _ => {}
        }
    }
    let it = iter(vm, obj)?;
    let hint = length_hint(vm, obj, 8)?;
    let mut out = Vec::new();
    // An impossible size is a MemoryError now, not an exhausted machine later.
    if let Payload::Range(r) = &obj.payload {
        let n = usize::try_from(r.len()).unwrap_or(usize::MAX);
        if out.try_reserve_exact(n).is_err() {
            return Err(vm.memory_error());
        }
    }
    while let Some(v) = next(vm, &it)? {
        out.push(v);
    }
    Ok((out, Some(hint)))
}
