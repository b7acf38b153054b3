//! Descriptors of builtin types: method descriptors (`list.append`), getset descriptors
//! (`function.__name__`) and member descriptors (`__slots__` entries). Mirrors
//! `Objects/descrobject.c`.

use crate::object::{ObjSlot, PyRef};
use crate::objects::Payload;
use crate::vm::{MethodDef, PyResult, Vm};

/// `list.append` and friends: a native method of a builtin type.
pub struct MethodDescr {
    pub def: &'static MethodDef,
    pub owner: PyRef,
}

impl MethodDescr {
    pub fn owner_name(&self) -> String {
        self.owner.as_type().map(|t| t.name()).unwrap_or_default()
    }
}

pub type Getter = fn(&Vm, &PyRef) -> PyResult;
pub type Setter = fn(&Vm, &PyRef, Option<PyRef>) -> PyResult<()>;

/// A computed attribute of a builtin type.
pub struct GetSetDescr {
    pub name: &'static str,
    pub get: Getter,
    pub set: Option<Setter>,
    pub owner: PyRef,
}

/// A `__slots__` member: storage cell `index` of the instance's `Slots` payload.
pub struct MemberDescr {
    pub name: PyRef,
    pub index: usize,
    pub owner: PyRef,
}

impl MemberDescr {
    fn cell<'a>(&self, obj: &'a PyRef) -> Option<&'a ObjSlot> {
        match &obj.payload {
            Payload::Slots(s) => s.get(self.index),
            _ => None,
        }
    }

    pub fn get(&self, vm: &Vm, obj: &PyRef) -> PyResult {
        match self.cell(obj).and_then(|c| c.get()) {
            Some(v) => Ok(v),
            None => Err(vm.attribute_error(format!(
                "'{}' object has no attribute '{}'",
                vm.type_name(obj),
                self.name.as_str().unwrap_or("")
            ))),
        }
    }

    pub fn set(&self, vm: &Vm, obj: &PyRef, value: Option<PyRef>) -> PyResult<()> {
        let Some(c) = self.cell(obj) else {
            return Err(vm.type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                self.name.as_str().unwrap_or(""),
                self.owner.as_type().map(|t| t.name()).unwrap_or_default(),
                vm.type_name(obj)
            )));
        };
        if value.is_none() && !c.is_some() {
            return Err(vm.attribute_error(format!(
                "'{}' object has no attribute '{}'",
                vm.type_name(obj),
                self.name.as_str().unwrap_or("")
            )));
        }
        let old = c.replace(value);
        drop(old);
        Ok(())
    }
}

/// Put `defs` into builtin type `ty`'s namespace as method descriptors.
pub fn add_methods(vm: &Vm, ty: &PyRef, defs: &'static [MethodDef]) {
    let td = ty.as_type().expect("a type");
    for def in defs {
        let d = PyRef::new(
            &vm.t.method_descriptor,
            Payload::MethodDescr(Box::new(MethodDescr {
                def,
                owner: ty.clone(),
            })),
        );
        if def.kind == crate::vm::MethodKind::Class {
            // Shown as classmethod_descriptor, behaves the same.
            let _ = d
                .set_class(vm.t.classmethod_descriptor.clone())
                .map(|old| vm.retire_type(old));
        }
        td.dict.set_str(vm, def.name, d);
    }
    crate::objects::type_::bump_epoch();
}

/// Add a computed attribute to builtin type `ty`.
pub fn add_getset(vm: &Vm, ty: &PyRef, name: &'static str, get: Getter, set: Option<Setter>) {
    let td = ty.as_type().expect("a type");
    let d = PyRef::new(
        &vm.t.getset_descriptor,
        Payload::GetSet(Box::new(GetSetDescr {
            name,
            get,
            set,
            owner: ty.clone(),
        })),
    );
    td.dict.set_str(vm, name, d);
    crate::objects::type_::bump_epoch();
}

/// Add a plain value to a builtin type's namespace.
pub fn add_attr(vm: &Vm, ty: &PyRef, name: &str, value: PyRef) {
    ty.as_type().expect("a type").dict.set_str(vm, name, value);
    crate::objects::type_::bump_epoch();
}
