//! Displays and unpacking: `LIST_EXTEND`, `DICT_UPDATE`, `DICT_MERGE`, `UNPACK_SEQUENCE`,
//! `UNPACK_EX`.

use crate::object::PyRef;
use crate::objects::Payload;
use crate::protocols::sequence;
use crate::vm::{PyResult, Vm};

pub fn list_extend(vm: &Vm, list: &PyRef, it: &PyRef) -> PyResult<()> {
    let (items, hint) = match &it.payload {
        Payload::Tuple(t) if !it.has_heap_type() => (t.to_vec(), None),
        Payload::List(l) if !it.has_heap_type() => (l.borrow().clone(), None),
        _ => {
            if !sequence::is_iterable(vm, it) {
                return Err(vm.type_error(format!(
                    "Value after * must be an iterable, not {}",
                    vm.type_name(it)
                )));
            }
            sequence::gather(vm, it)?
        }
    };
    crate::objects::list::extend(
        &mut list.as_list().expect("a list").borrow_mut(),
        items,
        hint,
    );
    Ok(())
}

/// `{**m}`: merge a mapping into a dict (later keys win).
pub fn dict_update(vm: &Vm, d: &PyRef, m: &PyRef) -> PyResult<()> {
    crate::objects::dict_methods::update_from(vm, d, m).map_err(|e| {
        if vm.exc_matches(&e, &vm.t.attribute_error) {
            vm.type_error(format!("'{}' object is not a mapping", vm.type_name(m)))
        } else {
            e
        }
    })
}

/// `f(**m)`: like `dict_update` but duplicate keys are errors naming the callee.
pub fn dict_merge(vm: &Vm, d: &PyRef, m: &PyRef, callable: &PyRef) -> PyResult<()> {
    let fname = crate::objects::object::function_str(vm, callable);
    let dd = d.as_dict().expect("a dict");
    let pairs: Vec<(PyRef, PyRef)> = match m.as_dict() {
        Some(md) => md.items(),
        None => {
            let keys_fn = match crate::protocols::attr::getattr_opt(vm, m, &vm.names.keys)? {
                Some(k) => k,
                None => {
                    return Err(vm.type_error(format!(
                        "{} argument after ** must be a mapping, not {}",
                        fname,
                        vm.type_name(m)
                    )))
                }
            };
            let keys = crate::protocols::call::call(vm, &keys_fn, &[])?;
            let mut out = Vec::new();
            for k in sequence::collect(vm, &keys)? {
                let v = sequence::getitem(vm, m, &k)?;
                out.push((k, v));
            }
            out
        }
    };
    for (k, v) in pairs {
        if k.as_str().is_none() {
            return Err(vm.type_error(format!("{fname} keywords must be strings")));
        }
        if dd.contains(vm, &k)? {
            return Err(vm.type_error(format!(
                "{} got multiple values for keyword argument '{}'",
                fname,
                k.as_str().unwrap_or("")
            )));
        }
        dd.set(vm, k, v)?;
    }
    Ok(())
}

fn unpack_items(vm: &Vm, seq: &PyRef) -> PyResult<Vec<PyRef>> {
    match &seq.payload {
        Payload::Tuple(t) => Ok(t.to_vec()),
        Payload::List(l) if seq.is_type(&vm.t.list) => Ok(l.borrow().clone()),
        _ => {
            if !sequence::is_iterable(vm, seq) {
                return Err(vm.type_error(format!(
                    "cannot unpack non-iterable {} object",
                    vm.type_name(seq)
                )));
            }
            sequence::collect(vm, seq)
        }
    }
}

pub fn unpack_sequence(vm: &Vm, seq: &PyRef, n: usize, stack: &mut Vec<PyRef>) -> PyResult<()> {
    let items = match &seq.payload {
        Payload::Tuple(t) if t.len() == n => t.to_vec(),
        Payload::List(l) if seq.is_type(&vm.t.list) && l.borrow().len() == n => l.borrow().clone(),
        Payload::Tuple(_) | Payload::List(_)
            if seq.is_type(&vm.t.tuple) || seq.is_type(&vm.t.list) =>
        {
            let got = sequence::len(vm, seq)?;
            return Err(if got < n {
                vm.value_error(format!(
                    "not enough values to unpack (expected {n}, got {got})"
                ))
            } else {
                vm.value_error(format!("too many values to unpack (expected {n})"))
            });
        }
        _ => {
            if !sequence::is_iterable(vm, seq) {
                return Err(vm.type_error(format!(
                    "cannot unpack non-iterable {} object",
                    vm.type_name(seq)
                )));
            }
            let it = sequence::iter(vm, seq)?;
            let mut out = Vec::with_capacity(n);
            while out.len() < n {
                match sequence::next(vm, &it)? {
                    Some(v) => out.push(v),
                    None => {
                        return Err(vm.value_error(format!(
                            "not enough values to unpack (expected {}, got {})",
                            n,
                            out.len()
                        )))
                    }
                }
            }
            if sequence::next(vm, &it)?.is_some() {
                return Err(vm.value_error(format!("too many values to unpack (expected {n})")));
            }
            out
        }
    };
    stack.extend(items.into_iter().rev());
    Ok(())
}

pub fn unpack_ex(
    vm: &Vm,
    seq: &PyRef,
    before: usize,
    after: usize,
    stack: &mut Vec<PyRef>,
) -> PyResult<()> {
    let items = unpack_items(vm, seq)?;
    if items.len() < before + after {
        return Err(vm.value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            items.len()
        )));
    }
    let n = items.len();
    for v in items[n - after..].iter().rev() {
        stack.push(v.clone());
    }
    stack.push(vm.list(items[before..n - after].to_vec()));
    for v in items[..before].iter().rev() {
        stack.push(v.clone());
    }
    Ok(())
}
