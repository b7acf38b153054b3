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
    /// Apply `f` to the member's storage cell: in the `Slots` payload of a plain slotted
    /// instance, or in the member storage of an instance of a builtin-based class (made on
    /// first assignment when `create`).
    fn with_cell<R>(
        &self,
        vm: &Vm,
        obj: &PyRef,
        create: bool,
        f: impl FnOnce(&ObjSlot) -> R,
    ) -> Option<R> {
        if let Payload::Slots(s) = &obj.payload {
            return s.get(self.index).map(f);
        }
        let owner_ok = crate::objects::type_::is_subtype(obj.ty(), &self.owner);
        if !owner_ok {
            return None;
        }
        let storage = match obj.member_storage() {
            Some(st) => st,
            None if create => {
                let n = obj.type_data().nslots.get().max(self.index + 1);
                let st = PyRef::new(
                    &vm.t.member_storage,
                    Payload::Slots((0..n).map(|_| ObjSlot::new(None)).collect()),
                );
                obj.install_member_storage(st.clone());
                st
            }
            None => return Some(f(&ObjSlot::new(None))),
        };
        match &storage.payload {
            Payload::Slots(s) => s.get(self.index).map(f),
            _ => None,
        }
    }

    fn name_text(&self) -> String {
        self.name.as_str().unwrap_or("").to_string()
    }

    pub fn get(&self, vm: &Vm, obj: &PyRef) -> PyResult {
        match self.with_cell(vm, obj, false, |c| c.get()).flatten() {
            Some(v) => Ok(v),
            None => Err(vm.attribute_error(format!(
                "'{}' object has no attribute '{}'",
                vm.type_name(obj),
                self.name_text()
            ))),
        }
    }

    pub fn set(&self, vm: &Vm, obj: &PyRef, value: Option<PyRef>) -> PyResult<()> {
        let deleting = value.is_none();
        let r = self.with_cell(vm, obj, !deleting, |c| {
            if deleting && !c.is_some() {
                return false;
            }
            let old = c.replace(value);
            drop(old);
            true
        });
        match r {
            None => Err(vm.type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                self.name_text(),
                self.owner.as_type().map(|t| t.name()).unwrap_or_default(),
                vm.type_name(obj)
            ))),
            // Deleting an unset slot: CPython's member_set reports just the name.
            Some(false) => Err(vm.attribute_error(self.name_text())),
            Some(true) => Ok(()),
        }
    }
}

/// Whether `name` is one of the special methods CPython implements with a type slot: those
/// show as slot wrappers (`<slot wrapper '__add__' of 'int' objects>`, bound:
/// `method-wrapper`) rather than method descriptors.
pub fn is_slot_name(name: &str) -> bool {
    matches!(
        name,
        "__getattribute__"
            | "__setattr__"
            | "__delattr__"
            | "__repr__"
            | "__hash__"
            | "__call__"
            | "__str__"
            | "__lt__"
            | "__le__"
            | "__eq__"
            | "__ne__"
            | "__gt__"
            | "__ge__"
            | "__iter__"
            | "__next__"
            | "__get__"
            | "__set__"
            | "__delete__"
            | "__init__"
            | "__del__"
            | "__await__"
            | "__aiter__"
            | "__anext__"
            | "__add__"
            | "__radd__"
            | "__sub__"
            | "__rsub__"
            | "__mul__"
            | "__rmul__"
            | "__mod__"
            | "__rmod__"
            | "__divmod__"
            | "__rdivmod__"
            | "__pow__"
            | "__rpow__"
            | "__neg__"
            | "__pos__"
            | "__abs__"
            | "__bool__"
            | "__invert__"
            | "__lshift__"
            | "__rlshift__"
            | "__rshift__"
            | "__rrshift__"
            | "__and__"
            | "__rand__"
            | "__xor__"
            | "__rxor__"
            | "__or__"
            | "__ror__"
            | "__int__"
            | "__float__"
            | "__index__"
            | "__iadd__"
            | "__isub__"
            | "__imul__"
            | "__imod__"
            | "__ipow__"
            | "__ilshift__"
            | "__irshift__"
            | "__iand__"
            | "__ixor__"
            | "__ior__"
            | "__floordiv__"
            | "__rfloordiv__"
            | "__truediv__"
            | "__rtruediv__"
            | "__ifloordiv__"
            | "__itruediv__"
            | "__matmul__"
            | "__rmatmul__"
            | "__imatmul__"
            | "__len__"
            | "__getitem__"
            | "__setitem__"
            | "__delitem__"
            | "__contains__"
    )
}

/// Put `defs` into builtin type `ty`'s namespace as method descriptors (slot wrappers for
/// the special methods of `is_slot_name`).
pub fn add_methods(vm: &Vm, ty: &PyRef, defs: &'static [MethodDef]) {
    let td = ty.as_type().expect("a type");
    for def in defs {
        let slot = def.kind == crate::vm::MethodKind::Instance && is_slot_name(def.name);
        let d = PyRef::new(
            if slot {
                &vm.t.wrapper_descriptor
            } else {
                &vm.t.method_descriptor
            },
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
