//! Name loads and stores: `LOAD_NAME`/`STORE_NAME`/`DELETE_NAME`, `LOAD_GLOBAL`, cells,
//! `SETUP_ANNOTATIONS`, `PRINT_EXPR`.

use crate::object::PyRef;
use crate::objects::code::PyCode;
use crate::objects::frame::PyFrame;
use crate::objects::Payload;
use crate::vm::{PyResult, Vm};

pub fn name_error(vm: &Vm, name: &PyRef) -> PyRef {
    let e = vm.name_error(format!(
        "name '{}' is not defined",
        name.as_str().unwrap_or("")
    ));
    if let Some(ex) = e.as_exception() {
        ex.set_attr_name_obj(name.clone(), vm.none());
    }
    e
}

/// `mapping[name]` for a locals mapping, None when missing.
pub fn mapping_get(vm: &Vm, mapping: &PyRef, name: &PyRef) -> PyResult<Option<PyRef>> {
    if let Some(d) = mapping.as_dict() {
        if mapping.is_type(&vm.t.dict) {
            return Ok(d.get_str_obj(name));
        }
    }
    match crate::protocols::sequence::getitem(vm, mapping, name) {
        Ok(v) => Ok(Some(v)),
        Err(e) if vm.exc_matches(&e, &vm.t.key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

pub fn load_name(vm: &Vm, f: &PyFrame, name: &PyRef) -> PyResult {
    let mut module_level = false;
    if let Some(l) = &f.locals {
        if let Some(v) = mapping_get(vm, l, name)? {
            return Ok(v);
        }
        // Module code: the locals are the globals, just searched.
        module_level = l.is(&f.globals) && l.is_type(&vm.t.dict);
    }
    if !module_level {
        if let Some(v) = f.globals.as_dict().and_then(|g| g.get_str_obj(name)) {
            return Ok(v);
        }
    }
    if let Some(v) = builtins_get(vm, f, name)? {
        return Ok(v);
    }
    Err(name_error(vm, name))
}

fn builtins_get(vm: &Vm, f: &PyFrame, name: &PyRef) -> PyResult<Option<PyRef>> {
    match f.builtins.as_dict() {
        Some(b) => Ok(b.get_str_obj(name)),
        None => mapping_get(vm, &f.builtins, name),
    }
}

/// `LOAD_GLOBAL` of `code.names[idx]`, through the name's inline cache when the globals
/// and builtins are plain dicts.
#[inline]
pub fn load_global_cached(vm: &Vm, f: &PyFrame, code: &PyCode, idx: usize) -> PyResult {
    if let (Some(g), Some(b)) = (f.globals.as_dict(), f.builtins.as_dict()) {
        return match code.global_cache[idx].lookup(g, b, &code.names[idx]) {
            Some(v) => Ok(v),
            None => Err(name_error(vm, &code.names[idx])),
        };
    }
    load_global(vm, f, &code.names[idx])
}

pub fn load_global(vm: &Vm, f: &PyFrame, name: &PyRef) -> PyResult {
    if let Some(v) = f.globals.as_dict().and_then(|g| g.get_str_obj(name)) {
        return Ok(v);
    }
    if let Some(v) = builtins_get(vm, f, name)? {
        return Ok(v);
    }
    Err(name_error(vm, name))
}

pub fn store_name(vm: &Vm, f: &PyFrame, name: &PyRef, v: PyRef) -> PyResult<()> {
    match &f.locals {
        Some(l) => match l.as_dict() {
            Some(d) if l.is_type(&vm.t.dict) => d.set_item_str(vm, name.clone(), v),
            _ => crate::protocols::sequence::setitem(vm, l, name, v),
        },
        None => Err(vm.system_error("no locals found when storing a name")),
    }
}

pub fn delete_name(vm: &Vm, f: &PyFrame, name: &PyRef) -> PyResult<()> {
    match &f.locals {
        Some(l) => match l.as_dict() {
            Some(d) if l.is_type(&vm.t.dict) => match d.remove(vm, name)? {
                Some(_) => Ok(()),
                None => Err(name_error(vm, name)),
            },
            _ => match crate::protocols::sequence::delitem(vm, l, name) {
                Ok(()) => Ok(()),
                Err(e) if vm.exc_matches(&e, &vm.t.key_error) => Err(name_error(vm, name)),
                Err(e) => Err(e),
            },
        },
        None => Err(vm.system_error("no locals when deleting a name")),
    }
}

/// The contents of the cell in fast slot `idx`.
#[inline]
pub fn cell_get(f: &PyFrame, idx: u32) -> Option<PyRef> {
    match f.fast[idx as usize].borrow_ref().map(|c| &c.payload) {
        Some(Payload::Cell(c)) => c.get(),
        _ => None,
    }
}

pub fn cell_set(f: &PyFrame, idx: u32, v: Option<PyRef>) {
    let cell = f.fast[idx as usize].get();
    if let Some(c) = cell {
        if let Payload::Cell(slot) = &c.payload {
            let old = slot.replace(v);
            drop(old);
        }
    }
}

/// The error for reading an empty cell: UnboundLocalError for own cells, NameError for free
/// variables, with 3.11's wording.
pub fn unbound_deref(vm: &Vm, code: &PyCode, idx: u32) -> PyRef {
    let name = code.code.localsplus_name(idx as usize);
    let ncells = code.code.varnames.len() + code.code.cellvars.len();
    if (idx as usize) < ncells {
        vm.new_exc(
            &vm.t.unbound_local_error,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    } else {
        vm.name_error(format!(
            "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
        ))
    }
}

pub fn setup_annotations(vm: &Vm, f: &PyFrame) -> PyResult<()> {
    let Some(l) = &f.locals else { return Ok(()) };
    let name = vm.names.__annotations__.clone();
    if mapping_get(vm, l, &name)?.is_none() {
        let d = vm.dict();
        match l.as_dict() {
            Some(dd) => dd.set_item_str(vm, name, d)?,
            None => crate::protocols::sequence::setitem(vm, l, &name, d)?,
        }
    }
    Ok(())
}

pub fn print_expr(vm: &Vm, v: PyRef) -> PyResult<()> {
    let hook = crate::modules::sys::sys_attr(vm, "displayhook");
    match hook {
        Some(h) => {
            crate::protocols::call::call(vm, &h, &[v])?;
            Ok(())
        }
        None => Err(vm.runtime_error("lost sys.displayhook")),
    }
}
