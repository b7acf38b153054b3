//! What the cycle collector sees of each object: `traverse` (CPython's `tp_traverse`) names
//! every strong reference an object owns, `clear` (`tp_clear`) drops the ones that can close
//! a cycle.

use crate::object::PyObject;

/// Call `visit` once for every strong reference `obj` owns (header type for instances of
/// heap types, instance dict, payload).
pub fn traverse(_obj: &PyObject, _visit: &mut dyn FnMut(&PyObject)) {}

/// Drop the references `obj` owns that can be part of a reference cycle.
pub fn clear(_obj: &PyObject) {}
