//! traceback objects: mirrors `Python/traceback.c` (`PyTraceBack_Here`).

use crate::object::{ObjSlot, PyRef};
use crate::objects::Payload;
use crate::vm::{PyResult, Vm};

pub struct PyTraceback {
    pub next: ObjSlot,
    pub frame: PyRef,
    /// Instruction index in the frame's code.
    pub lasti: u32,
    pub lineno: u32,
}

pub fn new_traceback(vm: &Vm, next: Option<PyRef>, frame: PyRef, lasti: u32) -> PyRef {
    let lineno = frame
        .as_frame()
        .map(|f| f.code().code.line_of(lasti as usize))
        .unwrap_or(0);
    PyRef::new(
        &vm.t.traceback,
        Payload::Traceback(Box::new(PyTraceback {
            next: ObjSlot::new(next),
            frame,
            lasti,
            lineno,
        })),
    )
}

fn tb<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a PyTraceback> {
    match &o.payload {
        Payload::Traceback(t) => Ok(t),
        _ => Err(vm.type_error("expected a traceback")),
    }
}

fn g_next(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(tb(vm, o)?.next.get().unwrap_or_else(|| vm.none()))
}
fn s_next(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let v = v.filter(|v| !vm.is_none(v));
    tb(vm, o)?.next.set(v);
    Ok(())
}
fn g_frame(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(tb(vm, o)?.frame.clone())
}
/// `tb_lasti`: a byte offset as CPython's, two bytes per instruction (as `f_lasti`).
fn g_lasti(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.int(tb(vm, o)?.lasti as i64 * 2))
}
fn g_lineno(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.int(tb(vm, o)?.lineno as i64))
}

pub fn init(vm: &Vm) {
    use crate::objects::descr::add_getset;
    let t = &vm.t.traceback;
    add_getset(vm, t, "tb_next", g_next, Some(s_next));
    add_getset(vm, t, "tb_frame", g_frame, None);
    add_getset(vm, t, "tb_lasti", g_lasti, None);
    add_getset(vm, t, "tb_lineno", g_lineno, None);
}
