//! Attribute storage of plain class instances: values inline in the object, names kept once
//! per class. Mirrors CPython 3.11's inline values with shared keys (`Objects/dictobject.c`:
//! `_PyObject_InitInlineValues`, `_PyObject_StoreInstanceAttribute`,
//! `make_dict_from_instance_attributes`).
//!
//! An instance of a class whose instances are laid out as `object`'s (no builtin base, no
//! `__slots__`) has value slots, slot `i` holding the attribute named by its class's key `i`
//! (`TypeData::attr_keys`, append-only, so a key index never changes meaning): an `Instance`
//! payload holds `INLINE_ATTRS` of them in the object itself; when the class already has
//! more keys than that, new instances get an `InstanceWide` payload with a slot per key
//! (a separate allocation, still far smaller than a dict). The class learns its keys from
//! its instances, up to `MAX_KEYS`. While the object has no dict the slots are its attributes,
//! and their key order is their insertion order: an attribute is only stored inline when no
//! attribute with a later key is present. When an attribute cannot be stored so (the class
//! has no key left, or the insertion order would differ from the key order) or when the
//! `__dict__` itself is asked for, the instance gets a dict made from its slots, which empties
//! them; from then on that dict is the storage, as in CPython.

use std::cell::Cell;

use crate::object::{ObjSlot, PyObject, PyRef};
use crate::objects::type_::TypeData;
use crate::objects::Payload;
use crate::vm::Vm;

/// How many attributes an instance holds in the object itself: what fits the payload space
/// of the object header (32 bytes).
pub const INLINE_ATTRS: usize = 4;
/// How many attribute names a class keeps for its instances' slots (CPython's
/// `SHARED_KEYS_MAX_SIZE`).
pub const MAX_KEYS: usize = 30;

/// The value slots of an `Instance` payload.
pub struct InlineAttrs(pub [ObjSlot; INLINE_ATTRS]);

impl InlineAttrs {
    pub fn new() -> InlineAttrs {
        InlineAttrs([const { ObjSlot::new(None) }; INLINE_ATTRS])
    }
}

impl Default for InlineAttrs {
    fn default() -> InlineAttrs {
        InlineAttrs::new()
    }
}

/// Call `visit` for each value, in key order (the collector's traversal).
pub fn traverse(slots: &[ObjSlot], visit: &mut impl FnMut(&PyObject)) {
    for slot in slots {
        if let Some(v) = slot.borrow_ref() {
            visit(v);
        }
    }
}

/// Drop every value, first key to last (tp_clear, and a dict replacing the slots). Each is
/// taken out before it is dropped: dropping may free other objects.
pub fn clear(slots: &[ObjSlot]) {
    for slot in slots {
        drop(slot.take());
    }
}

/// The value slots of an instance payload, whether or not they are in use.
#[inline]
pub fn slots(payload: &Payload) -> Option<&[ObjSlot]> {
    match payload {
        Payload::Instance(a) => Some(&a.0),
        Payload::InstanceWide(a) => Some(a),
        _ => None,
    }
}

/// The value slots of `obj`, while they are its attribute storage (no dict made yet).
#[inline]
pub fn inline(obj: &PyObject) -> Option<&[ObjSlot]> {
    if obj.has_dict() {
        return None;
    }
    slots(&obj.payload)
}

/// The payload of a new instance of `td` (a heap type laid out as `object`, instances with
/// a `__dict__`): slots for the keys the class has seen, unless its instances have needed
/// dicts (see `store`).
pub fn new_payload(td: &TypeData) -> Payload {
    if td.attr_spilled.get() {
        return Payload::Empty;
    }
    let n = td.attr_nkeys.get() as usize;
    if n <= INLINE_ATTRS {
        Payload::Instance(InlineAttrs::new())
    } else {
        Payload::InstanceWide((0..n).map(|_| ObjSlot::new(None)).collect())
    }
}

/// The index of the key `name` in the class's keys: by identity first (attribute names from
/// code are interned), then by value.
#[inline]
fn key_index(td: &TypeData, name: &PyRef, hint: usize) -> Option<usize> {
    let n = td.attr_nkeys.get() as usize;
    if hint < n && td.attr_keys[hint].borrow_ref().is_some_and(|k| k.is(name)) {
        return Some(hint);
    }
    let keys = &td.attr_keys[..n];
    if let Some(i) = keys
        .iter()
        .position(|k| k.borrow_ref().is_some_and(|k| k.is(name)))
    {
        return Some(i);
    }
    let s = name.as_str()?;
    keys.iter()
        .position(|k| k.borrow_ref().and_then(|k| k.as_str()) == Some(s))
}

/// `obj.name` from the inline slots `attrs`; `hint` is the key index to try first (a
/// `LOAD_ATTR` site's cache), updated to where the name was found.
#[inline]
pub fn get(obj: &PyObject, attrs: &[ObjSlot], name: &PyRef, hint: &Cell<u32>) -> Option<PyRef> {
    let td = obj.type_data();
    let i = key_index(td, name, hint.get() as usize)?;
    hint.set(i as u32);
    attrs.get(i)?.get()
}

/// `obj.name = value` into the value slots `attrs`. When the value cannot be stored there
/// (the class has no key left for a new name, or the name is not an exact str, or the
/// instance was made before the class had the name's key, or the storing order differs
/// from the key order) the instance gets its dict (`materialize`) and the value is handed
/// back for the caller to store there.
pub fn store(
    vm: &Vm,
    obj: &PyRef,
    attrs: &[ObjSlot],
    name: &PyRef,
    value: PyRef,
    hint: &Cell<u32>,
) -> Result<(), PyRef> {
    let td = obj.type_data();
    let i = match key_index(td, name, hint.get() as usize) {
        Some(i) => i,
        None => {
            let n = td.attr_nkeys.get() as usize;
            if n == MAX_KEYS || !crate::objects::dict::is_exact_str(name) {
                return spill(vm, obj, td, value, true);
            }
            td.attr_keys[n].set(Some(name.clone()));
            td.attr_nkeys.set(n as u8 + 1);
            n
        }
    };
    hint.set(i as u32);
    if i >= attrs.len() {
        // Later instances get a slot for this key.
        return spill(vm, obj, td, value, false);
    }
    if !attrs[i].is_some() && attrs[i + 1..].iter().any(|s| s.is_some()) {
        // Inserting before a present attribute: only a dict keeps this insertion order.
        return spill(vm, obj, td, value, true);
    }
    drop(attrs[i].replace(Some(value)));
    Ok(())
}

/// The instance could not keep an attribute in its slots: give it a dict, and when slots
/// would not serve later instances either (`for_class`), start those with one.
#[cold]
fn spill(vm: &Vm, obj: &PyRef, td: &TypeData, value: PyRef, for_class: bool) -> Result<(), PyRef> {
    if for_class {
        td.attr_spilled.set(true);
    }
    materialize(vm, obj);
    Err(value)
}

/// `del obj.name` from the value slots: the removed value, None when the attribute is absent.
pub fn delete(obj: &PyObject, attrs: &[ObjSlot], name: &PyRef) -> Option<PyRef> {
    let i = key_index(obj.type_data(), name, 0)?;
    attrs.get(i)?.take()
}

/// The instance's dict, made from its inline slots when it has none yet (the slots are
/// emptied into it, in key order); None when `obj` has neither.
pub fn materialize(vm: &Vm, obj: &PyObject) -> Option<PyRef> {
    if let Some(d) = obj.dict() {
        return Some(d);
    }
    let attrs = slots(&obj.payload)?;
    let td = obj.type_data();
    let dict = vm.dict();
    let d = dict.as_dict().expect("a dict");
    for (slot, key) in attrs.iter().zip(&td.attr_keys) {
        if let Some(v) = slot.take() {
            let k = key.get().expect("a key for every filled slot");
            d.set_item_str(vm, k, v).expect("str keys do not fail");
        }
    }
    drop(obj.set_dict(Some(dict.clone())));
    Some(dict)
}
