//! `s += t` and `s = s + t` on exact strs, appending in place when the variable about to be
//! rebound holds the only other reference to `s`: CPython's `unicode_concatenate`
//! (`Python/ceval.c`). It turns the quadratic string-building loop into a linear one.

use krait_bytecode::Opcode;

use crate::object::PyRef;
use crate::objects::code::PyCode;
use crate::objects::frame::PyFrame;
use crate::objects::Payload;
use crate::vm::{PyResult, Vm};

/// `a + b` for two exact strs, where `next_ip` is the instruction after the `BINARY_OP`.
pub fn concat(
    vm: &Vm,
    f: &PyFrame,
    code: &PyCode,
    next_ip: usize,
    a: PyRef,
    b: &PyRef,
) -> PyResult {
    let mut a = a;
    if let Some(next) = code.code.instructions.get(next_ip) {
        // Drop the variable's reference first: it is rebound by the very next instruction,
        // so nothing can observe it empty.
        match next.op {
            Opcode::STORE_FAST => {
                let slot = &f.fast[next.arg as usize];
                if slot.borrow_ref().is_some_and(|v| std::ptr::eq(v, &*a)) {
                    drop(slot.take());
                }
            }
            Opcode::STORE_DEREF
                if crate::interp::ops::names::cell_get(f, next.arg).is_some_and(|v| v.is(&a)) =>
            {
                crate::interp::ops::names::cell_set(f, next.arg, None);
            }
            _ => {}
        }
    }
    let Payload::Str(bs) = &b.payload else {
        unreachable!("concat takes strs")
    };
    if let Some(obj) = a.get_mut() {
        if let Payload::Str(s) = &mut obj.payload {
            s.append(bs.as_str(), bs.char_len());
            return Ok(a);
        }
    }
    let Payload::Str(x) = &a.payload else {
        unreachable!("concat takes strs")
    };
    Ok(crate::objects::str::concat(vm, x.as_str(), bs.as_str()))
}
