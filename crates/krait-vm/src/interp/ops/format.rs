//! `FORMAT_VALUE`: the pieces of an f-string.

use crate::object::PyRef;
use crate::protocols::repr;
use crate::vm::{PyResult, Vm};

pub fn format_value(vm: &Vm, v: PyRef, conversion: u32, spec: Option<PyRef>) -> PyResult {
    let v = match conversion {
        1 => repr::str(vm, &v)?,
        2 => repr::repr(vm, &v)?,
        3 => repr::ascii(vm, &v)?,
        _ => v,
    };
    match spec {
        None if v.is_type(&vm.t.str) => Ok(v),
        None => repr::format(vm, &v, &vm.empty_str),
        Some(s) => repr::format(vm, &v, &s),
    }
}
