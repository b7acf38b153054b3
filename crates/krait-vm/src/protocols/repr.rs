//! `repr`, `str`, `ascii` and `format`: mirrors `PyObject_Repr`, `PyObject_Str`,
//! `PyObject_ASCII`, `PyObject_Format` (`Objects/object.c`, `Objects/abstract.c`) and the
//! recursion guard of container reprs (`Py_ReprEnter`).

use std::cell::RefCell;

use crate::object::PyRef;
use crate::objects::Payload;
use crate::protocols::call;
use crate::vm::{PyResult, Vm};

thread_local! {
    static REPR_STACK: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Enter the repr of container `o`; false if it is already being repr'd (prints `[...]`).
pub fn repr_enter(_vm: &Vm, o: &PyRef) -> bool {
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if s.contains(&o.id()) {
            false
        } else {
            s.push(o.id());
            true
        }
    })
}

pub fn repr_leave(_vm: &Vm, o: &PyRef) {
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(pos) = s.iter().rposition(|&x| x == o.id()) {
            s.remove(pos);
        }
    })
}

/// Python's `repr(str)`.
pub fn str_repr(s: &str) -> String {
    let use_dq = s.contains('\'') && !s.contains('"');
    let q = if use_dq { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if (c as u32) < 0x7f => out.push(c),
            c if crate::format::strfuncs::is_printable(c) => out.push(c),
            c if (c as u32) <= 0xff => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) <= 0xffff => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(q);
    out
}

fn check_str_result(vm: &Vm, r: PyRef, what: &str) -> PyResult {
    if r.as_str().is_some() {
        Ok(r)
    } else {
        Err(vm.type_error(format!(
            "{} returned non-string (type {})",
            what,
            vm.type_name(&r)
        )))
    }
}

/// `repr(obj)` as a str object.
pub fn repr(vm: &Vm, obj: &PyRef) -> PyResult {
    let td = obj.type_data();
    if !td.is_heap() {
        match &obj.payload {
            Payload::Str(s) => return Ok(vm.string(str_repr(s.as_str()))),
            Payload::Int(i) if obj.is_type(&vm.t.int) => {
                return Ok(vm.string(crate::objects::int::i64_decimal(*i)))
            }
            Payload::Float(f) => return Ok(vm.string(crate::format::float_repr::float_repr(*f))),
            _ => {}
        }
    }
    match &obj.payload {
        Payload::Type(_) if !obj.has_heap_type() => {
            return Ok(vm.string(crate::objects::type_call::type_repr(vm, obj)?))
        }
        Payload::Builtin(_) => return Ok(vm.string(crate::objects::builtin_func::repr(vm, obj)?)),
        _ => {}
    }
    vm.enter_recursion_where(" while getting the repr of an object")?;
    let r = match td.lookup(&vm.names.__repr__) {
        Some(m) => call::call_method_obj(vm, &m, obj, &[]),
        None => Ok(vm.string(crate::objects::object::default_repr(obj))),
    };
    vm.leave_recursion();
    check_str_result(vm, r?, "__repr__")
}

/// `str(obj)` as a str object.
pub fn str(vm: &Vm, obj: &PyRef) -> PyResult {
    if obj.is_type(&vm.t.str) {
        return Ok(obj.clone());
    }
    let td = obj.type_data();
    if !td.is_heap() {
        match &obj.payload {
            Payload::Int(i) if obj.is_type(&vm.t.int) => {
                return Ok(vm.string(crate::objects::int::i64_decimal(*i)))
            }
            Payload::Float(f) => return Ok(vm.string(crate::format::float_repr::float_repr(*f))),
            _ => {}
        }
    }
    vm.enter_recursion()?;
    let r = match td.lookup(&vm.names.__str__) {
        Some(m) => call::call_method_obj(vm, &m, obj, &[]),
        None => repr(vm, obj),
    };
    vm.leave_recursion();
    check_str_result(vm, r?, "__str__")
}

/// `ascii(obj)`.
pub fn ascii(vm: &Vm, obj: &PyRef) -> PyResult {
    let r = repr(vm, obj)?;
    let s = r.as_str().unwrap_or("");
    if s.is_ascii() {
        return Ok(r);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n <= 0xff {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n <= 0xffff {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    Ok(vm.string(out))
}

/// `format(obj, spec)`.
pub fn format(vm: &Vm, obj: &PyRef, spec: &PyRef) -> PyResult {
    // The builtin types' own `__format__` (theirs when the type is exactly theirs), called
    // without a method lookup.
    if let Some(spec) = spec.as_str() {
        if obj.is_type(&vm.t.str) {
            let text = obj.as_str().expect("a str");
            return crate::objects::str_methods::format_spec(vm, obj, text, spec);
        }
        if obj.is_type(&vm.t.int) {
            return crate::objects::int::format_spec(vm, obj, spec);
        }
        if obj.is_type(&vm.t.float) {
            return crate::objects::float::format_spec(vm, obj, spec);
        }
    }
    let m = obj
        .type_data()
        .lookup(&vm.names.__format__)
        .ok_or_else(|| {
            vm.type_error(format!(
                "Type {} doesn't define __format__",
                vm.type_name(obj)
            ))
        })?;
    let r = call::call_method_obj(vm, &m, obj, &[spec.clone()])?;
    if r.as_str().is_none() {
        return Err(vm.type_error(format!(
            "__format__ must return a str, not {}",
            vm.type_name(&r)
        )));
    }
    Ok(r)
}
