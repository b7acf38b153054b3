//! frame: mirrors `Objects/frameobject.c` and 3.11's `_PyInterpreterFrame`. A frame holds the
//! fast slots (locals, cells, free variables), the saved value stack of a suspended
//! generator, and the index of the last instruction executed.

use std::cell::{Cell, RefCell};

use crate::object::{ObjSlot, PyRef};
use crate::objects::Payload;
use crate::vm::{PyResult, Vm};

pub struct PyFrame {
    pub code: PyRef,
    pub globals: PyRef,
    pub builtins: PyRef,
    /// The locals mapping of module and class-body frames (None for function frames).
    pub locals: Option<PyRef>,
    /// `varnames ++ cellvars ++ freevars`: values, and cell objects for the last two parts.
    pub fast: Vec<ObjSlot>,
    /// Index of the instruction being executed or, when suspended, the next one.
    pub lasti: Cell<u32>,
    /// The value stack: saved while a generator's frame is suspended, kept empty (with its
    /// capacity, for reuse) otherwise.
    pub stack: RefCell<Vec<PyRef>>,
    /// `f_back` of a finished frame that outlived its call (running frames find theirs on
    /// the VM's frame stack).
    pub back: ObjSlot,
    /// The snapshot dict `f_locals` returns for function frames.
    pub locals_snapshot: ObjSlot,
    /// While the frame runs inline in its caller's eval loop: where the caller's part of the
    /// value stack ends.
    pub inline_base: Cell<usize>,
    /// For an inline `__init__` frame: the instance its call returns.
    pub init_self: ObjSlot,
}

impl PyFrame {
    pub fn code(&self) -> &crate::objects::code::PyCode {
        self.code
            .as_code()
            .expect("a frame's code is a code object")
    }

    /// The source line of the current instruction.
    pub fn line(&self) -> u32 {
        let c = self.code();
        c.code.line_of(self.lasti.get() as usize)
    }
}

/// A frame for `code`, its `nslots` fast slots all empty. Reuses a pooled frame object when
/// one is free (a call allocates nothing for its frame in the common case).
#[inline(always)]
pub fn new_frame(
    vm: &Vm,
    code: PyRef,
    globals: PyRef,
    builtins: PyRef,
    locals: Option<PyRef>,
    nslots: usize,
) -> PyRef {
    let pooled = vm.frame_pool.borrow_mut().pop();
    if let Some(mut frame) = pooled {
        if let Some(Payload::Frame(f)) = frame.get_mut().map(|o| &mut o.payload) {
            f.code = code;
            f.globals = globals;
            f.builtins = builtins;
            f.locals = locals;
            // A pooled frame's slots were cleared when it was recycled.
            for _ in 0..nslots {
                f.fast.push(ObjSlot::new(None));
            }
            crate::object::gc_head::track(&frame);
            return frame;
        }
    }
    PyRef::new(
        &vm.t.frame,
        Payload::Frame(Box::new(PyFrame {
            code,
            globals,
            builtins,
            locals,
            fast: (0..nslots).map(|_| ObjSlot::new(None)).collect(),
            lasti: Cell::new(0),
            stack: RefCell::new(Vec::new()),
            back: ObjSlot::new(None),
            locals_snapshot: ObjSlot::new(None),
            inline_base: Cell::new(0),
            init_self: ObjSlot::new(None),
        })),
    )
}

/// The fast slots of a frame `new_frame` just made, as plain options to bind arguments into.
/// Nothing else references a fresh frame, so access is exclusive.
#[inline(always)]
pub fn fresh_slots(frame: &mut PyRef) -> &mut [Option<PyRef>] {
    match frame.get_mut().map(|o| &mut o.payload) {
        Some(Payload::Frame(f)) => ObjSlot::as_options_mut(&mut f.fast),
        _ => unreachable!("a fresh frame has one reference"),
    }
}

/// Frames kept for reuse at most (deeper recursion allocates).
const FRAME_POOL_MAX: usize = 128;

/// Give a finished frame back: when nothing else holds it (no traceback, generator or
/// `sys._getframe` result), its slots are cleared now, as at frame exit in CPython, and the
/// object is kept for the next `new_frame`; otherwise it is simply released.
#[inline(always)]
pub fn recycle_frame(vm: &Vm, mut frame: PyRef) {
    let Some(Payload::Frame(f)) = frame.get_mut().map(|o| &mut o.payload) else {
        return;
    };
    // Dropping the locals cannot reach this frame: its only reference is ours.
    f.fast.clear();
    f.stack.get_mut().clear();
    f.code = vm.none();
    f.globals = vm.none();
    f.builtins = vm.none();
    f.locals = None;
    // `back` is only ever set on a frame something else still holds, never on this one.
    debug_assert!(!f.back.is_some());
    f.locals_snapshot.set(None);
    f.init_self.set(None);
    f.lasti.set(0);
    let mut pool = vm.frame_pool.borrow_mut();
    if pool.len() < FRAME_POOL_MAX {
        // A pooled frame is not a Python object until it is handed out again (CPython keeps
        // no object for a free frame at all): untracked, `gc.get_objects()` and
        // `gc.get_referrers()` cannot hand one with no code to Python code.
        crate::object::gc_head::untrack(&frame);
        pool.push(frame);
    }
}

/// `frame.f_locals` / `locals()`: the locals mapping, or for function frames a dict snapshot
/// of the fast slots refreshed on each access (3.11 semantics).
pub fn frame_locals(vm: &Vm, frame: &PyRef) -> PyResult {
    let f = frame
        .as_frame()
        .ok_or_else(|| vm.type_error("expected a frame"))?;
    if let Some(l) = &f.locals {
        return Ok(l.clone());
    }
    let d = match f.locals_snapshot.get() {
        Some(d) => d,
        None => {
            let d = vm.dict();
            f.locals_snapshot.set(Some(d.clone()));
            d
        }
    };
    let dict = d.as_dict().expect("dict");
    let code = f.code();
    let nvar = code.code.varnames.len();
    let fast: Vec<Option<PyRef>> = f.fast.iter().map(ObjSlot::get).collect();
    for (i, slot) in fast.iter().enumerate() {
        let name = code.localsplus[i].clone();
        let value = if i < nvar {
            // A variable that is also a cell lives in its cell.
            slot.clone()
        } else {
            match slot {
                Some(cell) => match &cell.payload {
                    Payload::Cell(c) => c.get(),
                    _ => None,
                },
                None => None,
            }
        };
        let is_cell_arg = i < nvar && code.code.cell2arg.contains(&Some(i as u32));
        if is_cell_arg {
            continue;
        }
        match value {
            Some(v) => dict.set_item_str(vm, name, v)?,
            None => {
                dict.remove(vm, &name)?;
            }
        }
    }
    Ok(d)
}

fn fr<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a PyFrame> {
    o.as_frame()
        .ok_or_else(|| vm.type_error("expected a frame"))
}

fn g_code(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(fr(vm, o)?.code.clone())
}
fn g_globals(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(fr(vm, o)?.globals.clone())
}
fn g_builtins(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(fr(vm, o)?.builtins.clone())
}
fn g_locals(vm: &Vm, o: &PyRef) -> PyResult {
    frame_locals(vm, o)
}
fn g_lineno(vm: &Vm, o: &PyRef) -> PyResult {
    let f = fr(vm, o)?;
    let c = &f.code().code;
    let gen_bits = krait_bytecode::code::CodeFlags::GENERATOR
        | krait_bytecode::code::CodeFlags::COROUTINE
        | krait_bytecode::code::CodeFlags::ASYNC_GENERATOR;
    // A generator that has not started yet stands on its `def` line, as in CPython.
    if f.lasti.get() == 0 && c.flags.has(gen_bits) {
        return Ok(vm.int(c.first_line as i64));
    }
    Ok(vm.int(f.line() as i64))
}
fn g_lasti(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.int(fr(vm, o)?.lasti.get() as i64 * 2))
}
/// `f_back`: for a running frame, the frame below it on the VM's frame stack; for a finished
/// one, the caller recorded when it returned (see `eval::run_frame`).
fn g_back(vm: &Vm, o: &PyRef) -> PyResult {
    let f = fr(vm, o)?;
    let frames = vm.frames.borrow();
    if let Some(i) = frames.iter().rposition(|x| x.is(o)) {
        return Ok(if i > 0 {
            frames[i - 1].clone()
        } else {
            vm.none()
        });
    }
    drop(frames);
    if let Some(caller) = crate::gil::caller_in_other_thread(o) {
        return Ok(caller.unwrap_or_else(|| vm.none()));
    }
    Ok(f.back.get().unwrap_or_else(|| vm.none()))
}
fn g_trace(vm: &Vm, _o: &PyRef) -> PyResult {
    Ok(vm.none())
}
/// `f_trace_lines`/`f_trace_opcodes`: the defaults (Krait has no line tracing).
fn g_trace_lines(vm: &Vm, _o: &PyRef) -> PyResult {
    Ok(vm.true_.clone())
}
fn g_trace_opcodes(vm: &Vm, _o: &PyRef) -> PyResult {
    Ok(vm.false_.clone())
}
/// `frame.clear()`: drops the local variables of a frame that is not executing (cells stay:
/// a suspended generator resumed later finds its variables unbound, never a missing cell).
fn m_clear(vm: &Vm, args: crate::vm::Args) -> PyResult {
    let o = &args.pos()[0];
    let f = fr(vm, o)?;
    if vm.frames.borrow().iter().any(|x| x.is(o)) {
        return Err(vm.runtime_error("cannot clear an executing frame"));
    }
    let nlocals = f.code().code.varnames.len();
    let old: Vec<Option<PyRef>> = f
        .fast
        .iter()
        .take(nlocals)
        .map(|s| s.replace(None))
        .collect();
    let snap = f.locals_snapshot.replace(None);
    drop(old);
    drop(snap);
    Ok(vm.none())
}
fn m_repr(vm: &Vm, args: crate::vm::Args) -> PyResult {
    let o = &args.pos()[0];
    let f = fr(vm, o)?;
    let c = f.code();
    Ok(vm.string(format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        o.id(),
        c.code.filename,
        f.line(),
        c.code.name
    )))
}

const METHODS: &[crate::vm::MethodDef] = &[
    crate::vm::MethodDef::method("__repr__", m_repr),
    crate::vm::MethodDef::method("clear", m_clear),
];

pub fn init(vm: &Vm) {
    use crate::objects::descr::add_getset;
    let t = &vm.t.frame;
    crate::objects::descr::add_methods(vm, t, METHODS);
    add_getset(vm, t, "f_code", g_code, None);
    add_getset(vm, t, "f_globals", g_globals, None);
    add_getset(vm, t, "f_builtins", g_builtins, None);
    add_getset(vm, t, "f_locals", g_locals, None);
    add_getset(vm, t, "f_lineno", g_lineno, None);
    add_getset(vm, t, "f_lasti", g_lasti, None);
    add_getset(vm, t, "f_back", g_back, None);
    add_getset(vm, t, "f_trace", g_trace, None);
    add_getset(vm, t, "f_trace_lines", g_trace_lines, None);
    add_getset(vm, t, "f_trace_opcodes", g_trace_opcodes, None);
}
