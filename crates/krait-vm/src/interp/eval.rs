//! The evaluation loop: runs one frame's bytecode, unwinding exceptions through the zero-cost
//! exception table. Mirrors `_PyEval_EvalFrameDefault` in CPython 3.11's `Python/ceval.c`; the
//! handlers of the bigger opcodes live in `ops/`.

use krait_bytecode::opcode::{BinaryOp, CompareOp};
use krait_bytecode::Opcode;

use crate::interp::frame::is_generator_code;
use crate::interp::ops;
use crate::object::PyRef;
use crate::objects::frame::PyFrame;
use crate::objects::Payload;
use crate::protocols::{attr, call, compare, number, sequence};
use crate::vm::{Args, PyResult, Vm};

/// How a frame stopped.
pub enum Exit {
    Return(PyRef),
    Yield(PyRef),
}

/// How a frame starts or resumes.
pub enum Resume {
    Start,
    Send(PyRef),
    Throw(PyRef),
}

/// Run a function/module frame to completion.
#[inline(always)]
pub fn run_function_frame(vm: &Vm, frame: &PyRef) -> PyResult {
    match run_frame(vm, frame, Resume::Start)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(vm.system_error("frame yielded outside a generator")),
    }
}

/// Run (or resume) `frame`, pushing it on the VM's frame stack meanwhile.
pub fn run_frame(vm: &Vm, frame: &PyRef, resume: Resume) -> PyResult<Exit> {
    vm.enter_recursion()?;
    let f = frame.as_frame().expect("a frame");
    vm.frames.borrow_mut().push(frame.clone());
    let r = eval_loop(vm, frame, f, resume);
    let finished = matches!(r, Ok(Exit::Return(_)) | Err(_));
    let popped = vm.frames.borrow_mut().pop();
    // The caller's handle and the popped one account for two references.
    if finished && frame.refcount() > 2 && !is_generator_code(f.code().code.flags) {
        link_back(vm, f);
    }
    drop(popped);
    vm.leave_recursion();
    r
}

/// A frame object that outlives its finished call (held by a traceback or `sys._getframe`)
/// keeps its caller, now the top of the VM's frame stack, as `f_back`, as CPython's frames do
/// once their call ends. (A generator's frame stays unlinked.)
#[cold]
fn link_back(vm: &Vm, f: &PyFrame) {
    f.back.set(vm.frames.borrow().last().cloned());
}

/// The frame executing now: the top of the VM's frame stack.
#[inline(always)]
fn top_frame(vm: &Vm) -> PyRef {
    vm.frames
        .borrow()
        .last()
        .cloned()
        .expect("a frame is executing")
}

/// State the dispatch loop shares with the unwinder. The frame executing now (the entry
/// frame or one called inline) is the top of the VM's frame stack, which owns it; the frames
/// this loop runs inline are the top `inline_depth` entries (CPython's
/// `_PyInterpreterFrame.previous` chain within one `_PyEval_EvalFrameDefault`).
struct State {
    /// The value stack, shared by the entry frame and the frames it called inline (each
    /// uses the part above its `base`).
    stack: Vec<PyRef>,
    /// Where the executing frame's part of `stack` starts.
    base: usize,
    /// How many inline frames run above the entry frame.
    inline_depth: usize,
    ip: usize,
    kwnames: Option<PyRef>,
    /// The pending error comes from RERAISE: no new traceback entry, no context.
    reraise: bool,
}

fn eval_loop(vm: &Vm, frame: &PyRef, f: &PyFrame, resume: Resume) -> PyResult<Exit> {
    let code = f.code();
    let mut st = State {
        stack: Vec::new(),
        base: 0,
        inline_depth: 0,
        ip: f.lasti.get() as usize,
        kwnames: None,
        reraise: false,
    };
    // The frame's saved (generator) or pooled stack; swapped back at exit, so no vector is
    // dropped per run.
    std::mem::swap(&mut st.stack, &mut f.stack.borrow_mut());
    st.stack.reserve(code.code.max_stack as usize);
    let mut pending = None;
    match resume {
        Resume::Start => {}
        Resume::Send(v) => st.stack.push(v),
        Resume::Throw(e) => pending = Some(e),
    }
    loop {
        let (mut exc, mut lasti) = match pending.take() {
            // A throw into a suspended generator: located at the yield it resumes from.
            Some(e) => (e, st.ip.saturating_sub(1)),
            None => match dispatch(vm, &mut st) {
                Ok(exit) => {
                    debug_assert!(top_frame(vm).is(frame));
                    f.lasti.set(st.ip as u32);
                    if let Exit::Return(_) = &exit {
                        st.stack.clear();
                    }
                    std::mem::swap(&mut st.stack, &mut f.stack.borrow_mut());
                    return Ok(exit);
                }
                Err(e) => (
                    e,
                    top_frame(vm).as_frame().expect("a frame").lasti.get() as usize,
                ),
            },
        };
        // Unwind: to a handler of the executing frame, else out of it into its caller.
        loop {
            let cur_ref = top_frame(vm);
            let cur = cur_ref.as_frame().expect("a frame");
            cur.lasti.set(lasti as u32);
            if !st.reraise {
                crate::objects::exceptions::record_raise(vm, &exc, &cur_ref, lasti as u32);
            }
            st.reraise = false;
            st.kwnames = None;
            if let Some(h) = cur.code().code.handler_for(lasti as u32) {
                st.stack.truncate(st.base + h.depth as usize);
                if h.push_lasti {
                    st.stack.push(vm.int(lasti as i64));
                }
                st.stack.push(exc);
                st.ip = h.target as usize;
                break;
            }
            st.stack.truncate(st.base);
            if st.inline_depth == 0 {
                std::mem::swap(&mut st.stack, &mut f.stack.borrow_mut());
                return Err(exc);
            }
            st.inline_depth -= 1;
            st.base = cur.inline_base.get();
            let caller = if is_generator_code(cur.code().code.flags) {
                let (caller, e) = raise_from_generator(vm, &st, cur_ref, exc);
                exc = e;
                caller
            } else {
                leave_inline(vm, cur_ref)
            };
            lasti = caller.as_frame().expect("a frame").lasti.get() as usize;
        }
    }
}

/// Start running `callee` (a fresh frame from `simple_frame`) inline: it goes on top of the
/// frame stack, recording the caller's stack base, and its value stack begins at the
/// current top.
#[inline(never)]
fn enter_inline(vm: &Vm, st: &mut State, callee: PyRef) -> PyResult<PyRef> {
    if let Err(e) = vm.enter_recursion() {
        crate::objects::frame::recycle_frame(vm, callee);
        return Err(e);
    }
    let f = callee.as_frame().expect("a frame");
    st.stack.reserve(f.code().code.max_stack as usize);
    f.inline_base.set(st.base);
    st.base = st.stack.len();
    st.ip = 0;
    st.inline_depth += 1;
    vm.frames.borrow_mut().push(callee.clone());
    Ok(callee)
}

/// The inline frame on top of the frame stack finished (returned or raised): pop it and give
/// it back to the pool. `callee` is the eval loop's handle on it; returns the loop's handle on
/// the caller, the frame to run next.
#[inline(never)]
fn leave_inline(vm: &Vm, callee: PyRef) -> PyRef {
    // The stack's handle goes (`callee` is another, so nothing is freed here).
    let caller = pop_inline_frame(vm);
    // Only `callee` left: the usual case, nothing captured the frame.
    if callee.refcount() > 1 {
        link_back(vm, callee.as_frame().expect("a frame"));
    }
    crate::objects::frame::recycle_frame(vm, callee);
    caller
}

/// The truth of a conditional jump's operand when no Python code decides it: bools and
/// exact ints (anything else goes to `compare::is_true`).
#[inline(always)]
fn known_truth(vm: &Vm, v: &PyRef) -> Option<bool> {
    if v.is(&vm.true_) {
        Some(true)
    } else if v.is(&vm.false_) {
        Some(false)
    } else if let (Payload::Int(i), true) = (&v.payload, v.is_type(&vm.t.int)) {
        Some(*i != 0)
    } else {
        None
    }
}

macro_rules! pop {
    ($st:expr) => {
        $st.stack.pop().expect("value stack underflow")
    };
}

/// A superinstruction's second half: when the next instruction is `LOAD_FAST` of a bound
/// local, push it and step over it (true); otherwise leave it to its own dispatch (false), so
/// an unbound local raises from its own instruction.
macro_rules! peek_load_fast {
    ($st:expr, $f:expr, $instrs:expr, $ip:expr) => {
        match $instrs.get($ip) {
            Some(next) if next.op == Opcode::LOAD_FAST => match $f.fast[next.arg as usize].get() {
                Some(v) => {
                    $st.stack.push(v);
                    $ip += 1;
                    true
                }
                None => false,
            },
            _ => false,
        }
    };
}

macro_rules! top {
    ($st:expr) => {
        $st.stack.last().expect("value stack underflow")
    };
}

/// FOR_ITER (`send` false: the generator is the top of the stack) or SEND (`send` true: the
/// value to send is the top, the generator below it) resuming a generator inline, when
/// `resume_inline` allows: its frame goes on top of the frame stack and its saved value stack
/// on top of ours, with the value of the `yield` it resumes from (none when it starts).
/// Returns the generator's frame, the one to run next; None leaves the instruction to its
/// general path, the stack untouched.
#[inline(never)]
fn enter_generator(vm: &Vm, st: &mut State, send: bool) -> Option<PyResult<PyRef>> {
    let n = st.stack.len();
    let (gen, sends_value) = if send {
        (&st.stack[n - 2], !st.stack[n - 1].is(&vm.none))
    } else {
        (&st.stack[n - 1], false)
    };
    let (frame, started) = match crate::objects::generator::resume_inline(vm, gen, sends_value)? {
        Ok(r) => r,
        Err(e) => return Some(Err(e)),
    };
    let sent = if send { st.stack.pop() } else { None };
    let f = frame.as_frame().expect("a frame");
    {
        let mut saved = f.stack.borrow_mut();
        st.stack
            .reserve(f.code().code.max_stack as usize + saved.len() + 1);
        f.inline_base.set(st.base);
        st.base = st.stack.len();
        // Usually none or one value (a `for` loop's iterator): moved one by one, cheaper
        // than a memcpy call.
        for v in saved.drain(..) {
            st.stack.push(v);
        }
    }
    if started {
        st.stack.push(sent.unwrap_or_else(|| vm.none()));
    }
    st.ip = f.lasti.get() as usize;
    st.inline_depth += 1;
    vm.frames.borrow_mut().push(frame.clone());
    Some(Ok(frame))
}

/// The generator frame `gen_frame`, resumed by `enter_generator`, yielded: its part of the
/// value stack is saved in it and it leaves the frame stack. Returns the caller, the frame
/// to run next (the generator stays on the caller's stack).
#[inline(never)]
fn yield_inline(vm: &Vm, st: &mut State, gen_frame: PyRef) -> PyRef {
    let f = gen_frame.as_frame().expect("a frame");
    {
        let mut saved = f.stack.borrow_mut();
        for v in st.stack.drain(st.base..) {
            saved.push(v);
        }
    }
    st.base = f.inline_base.get();
    st.inline_depth -= 1;
    crate::objects::generator::suspended_inline(vm, top!(st));
    let caller = pop_inline_frame(vm);
    drop(gen_frame);
    caller
}

/// The generator frame `gen_frame`, resumed by `enter_generator`, returned `v` (its part of
/// the value stack gone already): the generator is finished and leaves the caller's stack;
/// a FOR_ITER ends its loop, a SEND pushes `v` as the `yield from`'s value; both jump to
/// their target. Returns the caller, the frame to run next.
#[inline(never)]
fn return_from_generator(vm: &Vm, st: &mut State, gen_frame: PyRef, v: PyRef) -> PyRef {
    let caller = pop_inline_frame(vm);
    drop(gen_frame);
    let gen = pop!(st);
    crate::objects::generator::finished_inline(vm, &gen, None);
    let cf = caller.as_frame().expect("a frame");
    let at = cf.code().code.instructions[cf.lasti.get() as usize];
    if at.op == Opcode::SEND {
        st.stack.push(v);
    }
    st.ip = at.arg as usize;
    caller
}

/// The generator frame `gen_frame`, resumed by `enter_generator`, raised `exc` (its part of
/// the value stack gone already): the generator is finished; returns the caller and the
/// exception it sees.
#[cold]
#[inline(never)]
fn raise_from_generator(vm: &Vm, st: &State, gen_frame: PyRef, exc: PyRef) -> (PyRef, PyRef) {
    let caller = pop_inline_frame(vm);
    drop(gen_frame);
    let gen = top!(st);
    let exc = crate::objects::generator::finished_inline(vm, gen, Some(exc))
        .expect("an error stays an error");
    (caller, exc)
}

/// The inline frame on top of the frame stack leaves it, and its recursion level ends:
/// returns its caller, the frame below.
#[inline(always)]
fn pop_inline_frame(vm: &Vm) -> PyRef {
    let caller = {
        let mut frames = vm.frames.borrow_mut();
        frames.pop();
        frames.last().cloned().expect("an inline frame's caller")
    };
    vm.leave_recursion();
    caller
}

/// Execute instructions until the entry frame returns, yields or raises, or an inline frame
/// raises (the unwinder then finds the handler).
fn dispatch(vm: &Vm, st: &mut State) -> PyResult<Exit> {
    // This loop's handle on the executing frame (the frame stack holds another); a call or
    // return switches it directly to the next frame to run.
    let mut frame = top_frame(vm);
    'frame: loop {
        let f = frame.as_frame().expect("a frame");
        let code = f.code();
        let instrs = &code.code.instructions[..];
        // The instruction pointer lives in a register; `ip` is written back only when the
        // frame returns, yields or calls inline (errors are located by `f.lasti`, set at every
        // fetch).
        let mut ip = st.ip;
        loop {
            let ins = instrs[ip];
            // f_lineno of a running frame reads this (sys._getframe().f_lineno, tracebacks of callees).
            f.lasti.set(ip as u32);
            // The eval breaker, polled between any two instructions: finalizers, the GIL
            // hand-off, and signal handlers, whose exception (KeyboardInterrupt) is raised
            // as if by the instruction about to run.
            if crate::object::breaker::get() != 0 {
                crate::gil::service(vm)?;
            }
            ip += 1;
            let arg = ins.arg;
            match ins.op {
                Opcode::NOP => {}
                Opcode::POP_TOP => {
                    pop!(st);
                }
                Opcode::PUSH_NULL => st.stack.push(vm.null.clone()),
                Opcode::COPY => {
                    let v = st.stack[st.stack.len() - arg as usize].clone();
                    st.stack.push(v);
                }
                Opcode::SWAP => {
                    let n = st.stack.len();
                    st.stack.swap(n - 1, n - arg as usize);
                }
                Opcode::UNARY_NOT => {
                    let v = pop!(st);
                    let b = compare::is_true(vm, &v)?;
                    st.stack.push(vm.bool(!b));
                }
                Opcode::BINARY_OP => {
                    let op = BinaryOp::from_arg(arg).expect("valid BINARY_OP argument");
                    if let [.., a, b] = &mut st.stack[..] {
                        if ops::arith::binary(vm, a, b, op) {
                            pop!(st);
                            continue;
                        }
                    }
                    let b = pop!(st);
                    let a = pop!(st);
                    let r = if op.base() == BinaryOp::Add
                        && a.is_type(&vm.t.str)
                        && b.is_type(&vm.t.str)
                    {
                        ops::strcat::concat(vm, f, code, ip, a, &b)?
                    } else {
                        number::binary_op(vm, &a, &b, op)?
                    };
                    st.stack.push(r);
                }
                Opcode::COMPARE_OP => {
                    let b = pop!(st);
                    let a = pop!(st);
                    let op = CompareOp::from_arg(arg).expect("valid COMPARE_OP argument");
                    let r = compare::rich_compare(vm, &a, &b, op)?;
                    // A bool result feeding a conditional jump is consumed at once (CPython
                    // 3.11's COMPARE_OP_*_JUMP); other results take the jump's own path.
                    if let Some(&next) = instrs.get(ip) {
                        let jump_if = match next.op {
                            Opcode::POP_JUMP_IF_FALSE => false,
                            Opcode::POP_JUMP_IF_TRUE => true,
                            _ => {
                                st.stack.push(r);
                                continue;
                            }
                        };
                        let t = if r.is(&vm.true_) {
                            true
                        } else if r.is(&vm.false_) {
                            false
                        } else {
                            st.stack.push(r);
                            continue;
                        };
                        ip += 1;
                        if t == jump_if {
                            ip = next.arg as usize;
                        }
                        continue;
                    }
                    st.stack.push(r);
                }
                Opcode::IS_OP => {
                    let b = pop!(st);
                    let a = pop!(st);
                    st.stack.push(vm.bool(a.is(&b) != (arg == 1)));
                }
                Opcode::CONTAINS_OP => {
                    let b = pop!(st);
                    let a = pop!(st);
                    let r = sequence::contains(vm, &b, &a)?;
                    st.stack.push(vm.bool(r != (arg == 1)));
                }
                Opcode::BINARY_SUBSCR => {
                    let key = pop!(st);
                    let container = pop!(st);
                    // BINARY_SUBSCR_LIST_INT (CPython 3.11): an exact list and an in-range
                    // int index.
                    if let (Payload::List(l), Payload::Int(i)) = (&container.payload, &key.payload)
                    {
                        if container.is_type(&vm.t.list) {
                            if let Some(v) = usize::try_from(*i)
                                .ok()
                                .and_then(|i| l.borrow().get(i).cloned())
                            {
                                st.stack.push(v);
                                continue;
                            }
                        }
                    }
                    st.stack.push(sequence::getitem(vm, &container, &key)?);
                }
                Opcode::STORE_SUBSCR => {
                    let key = pop!(st);
                    let container = pop!(st);
                    let value = pop!(st);
                    // STORE_SUBSCR_LIST_INT (CPython 3.11).
                    if let (Payload::List(l), Payload::Int(i)) = (&container.payload, &key.payload)
                    {
                        if container.is_type(&vm.t.list) {
                            let mut items = l.borrow_mut();
                            if let Some(slot) =
                                usize::try_from(*i).ok().and_then(|i| items.get_mut(i))
                            {
                                let old = std::mem::replace(slot, value);
                                drop(items);
                                drop(old);
                                continue;
                            }
                        }
                    }
                    sequence::setitem(vm, &container, &key, value)?;
                }
                Opcode::LOAD_CONST => {
                    st.stack.push(code.consts[arg as usize].clone());
                    // LOAD_CONST__LOAD_FAST (CPython 3.11).
                    peek_load_fast!(st, f, instrs, ip);
                }
                Opcode::LOAD_FAST => {
                    let v = f.fast[arg as usize].get();
                    match v {
                        Some(v) => st.stack.push(v),
                        None => return Err(unbound_local(vm, code, arg)),
                    }
                    // LOAD_FAST__LOAD_FAST and LOAD_FAST__LOAD_CONST (CPython 3.11's
                    // superinstructions): a second bound local or a constant is pushed without
                    // another dispatch; an unbound local is left to its own instruction, which
                    // raises.
                    if !peek_load_fast!(st, f, instrs, ip) {
                        if let Some(next) = instrs.get(ip) {
                            if next.op == Opcode::LOAD_CONST {
                                st.stack.push(code.consts[next.arg as usize].clone());
                                ip += 1;
                            }
                        }
                    }
                }
                Opcode::STORE_FAST => {
                    let v = pop!(st);
                    let old = f.fast[arg as usize].replace(Some(v));
                    drop(old);
                    // STORE_FAST__LOAD_FAST (CPython 3.11): a bound local loaded right after.
                    peek_load_fast!(st, f, instrs, ip);
                }
                Opcode::LOAD_NAME => {
                    let name = &code.names[arg as usize];
                    st.stack.push(ops::names::load_name(vm, f, name)?);
                }
                Opcode::STORE_NAME => {
                    let name = &code.names[arg as usize];
                    let v = pop!(st);
                    ops::names::store_name(vm, f, name, v)?;
                }
                Opcode::LOAD_GLOBAL => {
                    if arg & 1 == 1 {
                        st.stack.push(vm.null.clone());
                    }
                    st.stack.push(ops::names::load_global_cached(
                        vm,
                        f,
                        code,
                        (arg >> 1) as usize,
                    )?);
                }
                Opcode::LOAD_DEREF => {
                    let v = ops::names::cell_get(f, arg);
                    match v {
                        Some(v) => st.stack.push(v),
                        None => return Err(ops::names::unbound_deref(vm, code, arg)),
                    }
                }
                Opcode::STORE_DEREF => {
                    let v = pop!(st);
                    ops::names::cell_set(f, arg, Some(v));
                }
                Opcode::LOAD_ATTR => {
                    let obj = pop!(st);
                    let i = arg as usize;
                    st.stack.push(attr::getattr_cached(
                        vm,
                        &obj,
                        &code.names[i],
                        &code.attr_cache[i],
                    )?);
                }
                Opcode::STORE_ATTR => {
                    let obj = pop!(st);
                    let v = pop!(st);
                    let i = arg as usize;
                    attr::setattr_cached(vm, &obj, &code.names[i], &code.attr_cache[i], v)?;
                }
                Opcode::LOAD_METHOD => {
                    let obj = pop!(st);
                    let i = arg as usize;
                    let (m, is_method) =
                        attr::get_method_cached(vm, &obj, &code.names[i], &code.attr_cache[i])?;
                    if is_method {
                        st.stack.push(m);
                        st.stack.push(obj);
                    } else {
                        st.stack.push(vm.null.clone());
                        st.stack.push(m);
                    }
                }
                Opcode::KW_NAMES => st.kwnames = Some(code.consts[arg as usize].clone()),
                Opcode::CALL => {
                    let argc = arg as usize;
                    let base = st.stack.len() - argc - 2;
                    let is_meth = !st.stack[base].is(&vm.null);
                    let kwnames = st.kwnames.take();
                    if kwnames.is_none() {
                        let fidx = if is_meth { base } else { base + 1 };
                        if let Payload::Function(_) = &st.stack[fidx].payload {
                            let func = st.stack[fidx].clone();
                            if let Some(callee) = crate::interp::frame::simple_frame(
                                vm,
                                &func,
                                &mut st.stack,
                                fidx + 1,
                            ) {
                                st.stack.truncate(base);
                                frame = enter_inline(vm, st, callee)?;
                                continue 'frame;
                            }
                        } else if !is_meth && matches!(st.stack[fidx].payload, Payload::Type(_)) {
                            if let Some(callee) =
                                crate::interp::frame::init_frame(vm, &mut st.stack, base + 1)
                            {
                                st.stack.truncate(base);
                                frame = enter_inline(vm, st, callee)?;
                                continue 'frame;
                            }
                        }
                    }
                    let kw: &[PyRef] = kwnames.as_ref().and_then(|k| k.as_tuple()).unwrap_or(&[]);
                    let result = {
                        let (callable, args) = if is_meth {
                            (&st.stack[base], &st.stack[base + 1..])
                        } else {
                            (&st.stack[base + 1], &st.stack[base + 2..])
                        };
                        match call::native_target(callable, args) {
                            // A builtin function, or a builtin type's method on an instance of
                            // exactly that type: called directly (CPython 3.11's
                            // PRECALL_BUILTIN_FAST / PRECALL_METHOD_DESCRIPTOR_FAST).
                            Some(func) => {
                                vm.enter_recursion()?;
                                let r = func(vm, Args::with_kw(args, kw));
                                vm.leave_recursion();
                                r
                            }
                            None => call::call_args(vm, callable, Args::with_kw(args, kw)),
                        }
                    };
                    st.stack.truncate(base);
                    st.stack.push(result?);
                }
                Opcode::BUILD_TUPLE => {
                    let n = st.stack.len() - arg as usize;
                    let items = st.stack.split_off(n);
                    st.stack.push(vm.tuple(items));
                }
                Opcode::BUILD_LIST => {
                    let n = st.stack.len() - arg as usize;
                    let items = st.stack.split_off(n);
                    st.stack.push(vm.list(items));
                }
                Opcode::LIST_APPEND => {
                    let v = pop!(st);
                    let list = &st.stack[st.stack.len() - arg as usize];
                    crate::objects::list::push(
                        &mut list.as_list().expect("LIST_APPEND on a list").borrow_mut(),
                        v,
                    );
                }
                Opcode::UNPACK_SEQUENCE => {
                    let seq = pop!(st);
                    ops::build::unpack_sequence(vm, &seq, arg as usize, &mut st.stack)?;
                }
                Opcode::JUMP => {
                    ip = arg as usize;
                }
                Opcode::POP_JUMP_IF_FALSE => {
                    let v = pop!(st);
                    let t = match known_truth(vm, &v) {
                        Some(t) => t,
                        None => compare::is_true(vm, &v)?,
                    };
                    if !t {
                        ip = arg as usize;
                    }
                }
                Opcode::POP_JUMP_IF_TRUE => {
                    let v = pop!(st);
                    let t = match known_truth(vm, &v) {
                        Some(t) => t,
                        None => compare::is_true(vm, &v)?,
                    };
                    if t {
                        ip = arg as usize;
                    }
                }
                Opcode::POP_JUMP_IF_NONE => {
                    let v = pop!(st);
                    if v.is(&vm.none) {
                        ip = arg as usize;
                    }
                }
                Opcode::POP_JUMP_IF_NOT_NONE => {
                    let v = pop!(st);
                    if !v.is(&vm.none) {
                        ip = arg as usize;
                    }
                }
                Opcode::JUMP_IF_FALSE_OR_POP => {
                    let t = compare::is_true(vm, top!(st))?;
                    if t {
                        pop!(st);
                    } else {
                        ip = arg as usize;
                    }
                }
                Opcode::JUMP_IF_TRUE_OR_POP => {
                    let t = compare::is_true(vm, top!(st))?;
                    if t {
                        ip = arg as usize;
                    } else {
                        pop!(st);
                    }
                }
                Opcode::FOR_ITER => {
                    let it = top!(st);
                    let next = match crate::objects::iter::fast_next(vm, it) {
                        Some(n) => n,
                        None => {
                            if let Payload::Generator(_) = &it.payload {
                                if let Some(r) = enter_generator(vm, st, false) {
                                    frame = r?;
                                    continue 'frame;
                                }
                            }
                            sequence::next(vm, top!(st))?
                        }
                    };
                    match next {
                        Some(v) => st.stack.push(v),
                        None => {
                            pop!(st);
                            ip = arg as usize;
                        }
                    }
                }
                Opcode::GET_ITER => {
                    let v = pop!(st);
                    st.stack.push(sequence::iter(vm, &v)?);
                }
                Opcode::SEND => {
                    if let Payload::Generator(_) = &st.stack[st.stack.len() - 2].payload {
                        if let Some(r) = enter_generator(vm, st, true) {
                            frame = r?;
                            continue 'frame;
                        }
                    }
                    let v = pop!(st);
                    let recv = top!(st).clone();
                    match ops::generator::send(vm, &recv, v)? {
                        ops::generator::SendResult::Yielded(y) => st.stack.push(y),
                        ops::generator::SendResult::Returned(r) => {
                            pop!(st);
                            st.stack.push(r);
                            ip = arg as usize;
                        }
                    }
                }
                Opcode::YIELD_VALUE => {
                    let v = pop!(st);
                    if st.inline_depth == 0 {
                        st.ip = ip;
                        return Ok(Exit::Yield(v));
                    }
                    // A generator resumed inline by FOR_ITER or SEND (only those run
                    // generator frames inline): its caller goes on after that instruction
                    // with the value.
                    f.lasti.set(ip as u32);
                    frame = yield_inline(vm, st, frame);
                    st.stack.push(v);
                    st.ip = frame.as_frame().expect("a frame").lasti.get() as usize + 1;
                    continue 'frame;
                }
                Opcode::RETURN_VALUE => {
                    let v = pop!(st);
                    f.lasti.set(ip as u32);
                    if st.inline_depth == 0 {
                        st.ip = ip;
                        return Ok(Exit::Return(v));
                    }
                    st.inline_depth -= 1;
                    st.stack.truncate(st.base);
                    st.base = f.inline_base.get();
                    if is_generator_code(code.code.flags) {
                        frame = return_from_generator(vm, st, frame, v);
                        continue 'frame;
                    }
                    let v = match f.init_self.take() {
                        None => v,
                        // An inline `__init__` (see `init_frame`): the call's value is the
                        // instance; anything but None is the caller's TypeError.
                        Some(_) if !v.is(&vm.none) => {
                            leave_inline(vm, frame);
                            return Err(vm.type_error(format!(
                                "__init__() should return None, not '{}'",
                                vm.type_name(&v)
                            )));
                        }
                        Some(instance) => instance,
                    };
                    st.stack.push(v);
                    frame = leave_inline(vm, frame);
                    // The caller resumes after its CALL.
                    st.ip = frame.as_frame().expect("a frame").lasti.get() as usize + 1;
                    continue 'frame;
                }
                // Every other opcode: out of line, so that this loop stays small. Named one
                // by one (no `_` arm), so that the jump table spans every opcode and the
                // dispatch needs no range check before it.
                Opcode::UNARY_POSITIVE
                | Opcode::UNARY_NEGATIVE
                | Opcode::UNARY_INVERT
                | Opcode::DELETE_SUBSCR
                | Opcode::BUILD_SLICE
                | Opcode::DELETE_FAST
                | Opcode::DELETE_NAME
                | Opcode::STORE_GLOBAL
                | Opcode::DELETE_GLOBAL
                | Opcode::LOAD_CLASSDEREF
                | Opcode::DELETE_DEREF
                | Opcode::LOAD_CLOSURE
                | Opcode::DELETE_ATTR
                | Opcode::CALL_FUNCTION_EX
                | Opcode::MAKE_FUNCTION
                | Opcode::BUILD_SET
                | Opcode::BUILD_MAP
                | Opcode::BUILD_CONST_KEY_MAP
                | Opcode::BUILD_STRING
                | Opcode::SET_ADD
                | Opcode::MAP_ADD
                | Opcode::LIST_EXTEND
                | Opcode::SET_UPDATE
                | Opcode::DICT_UPDATE
                | Opcode::DICT_MERGE
                | Opcode::LIST_TO_TUPLE
                | Opcode::UNPACK_EX
                | Opcode::GET_YIELD_FROM_ITER
                | Opcode::GET_AWAITABLE
                | Opcode::GET_AITER
                | Opcode::GET_ANEXT
                | Opcode::END_ASYNC_FOR
                | Opcode::ASYNC_GEN_WRAP
                | Opcode::BEFORE_WITH
                | Opcode::BEFORE_ASYNC_WITH
                | Opcode::WITH_EXCEPT_START
                | Opcode::PUSH_EXC_INFO
                | Opcode::POP_EXCEPT
                | Opcode::RERAISE
                | Opcode::CHECK_EXC_MATCH
                | Opcode::CHECK_EG_MATCH
                | Opcode::PREP_RERAISE_STAR
                | Opcode::RAISE_VARARGS
                | Opcode::LOAD_ASSERTION_ERROR
                | Opcode::LOAD_BUILD_CLASS
                | Opcode::SETUP_ANNOTATIONS
                | Opcode::IMPORT_NAME
                | Opcode::IMPORT_FROM
                | Opcode::IMPORT_STAR
                | Opcode::FORMAT_VALUE
                | Opcode::PRINT_EXPR
                | Opcode::GET_LEN
                | Opcode::MATCH_MAPPING
                | Opcode::MATCH_SEQUENCE
                | Opcode::MATCH_KEYS
                | Opcode::MATCH_CLASS
                | Opcode::COPY_DICT_WITHOUT_KEYS => cold_op(vm, st, f, code, ins.op, arg)?,
            }
        }
    }
}

/// The opcodes rare in hot loops (imports, class bodies, `with`, exception handling, pattern
/// matching, displays of sets and dicts, f-string formatting, async): executed here, out of
/// line, so that `dispatch` stays small enough for its hot state to live in registers.
#[inline(never)]
fn cold_op(
    vm: &Vm,
    st: &mut State,
    f: &PyFrame,
    code: &crate::objects::code::PyCode,
    op: Opcode,
    arg: u32,
) -> PyResult<()> {
    match op {
        Opcode::UNARY_POSITIVE => {
            let v = pop!(st);
            st.stack.push(number::positive(vm, &v)?);
        }
        Opcode::UNARY_NEGATIVE => {
            let v = pop!(st);
            st.stack.push(number::negative(vm, &v)?);
        }
        Opcode::UNARY_INVERT => {
            let v = pop!(st);
            st.stack.push(number::invert(vm, &v)?);
        }
        Opcode::DELETE_SUBSCR => {
            let key = pop!(st);
            let container = pop!(st);
            sequence::delitem(vm, &container, &key)?;
        }
        Opcode::BUILD_SLICE => {
            let step = if arg == 3 { Some(pop!(st)) } else { None };
            let stop = pop!(st);
            let start = pop!(st);
            st.stack.push(crate::objects::slice::new_slice(
                vm,
                start,
                stop,
                step.unwrap_or_else(|| vm.none()),
            ));
        }
        Opcode::DELETE_FAST => {
            let old = f.fast[arg as usize].take();
            if old.is_none() {
                return Err(unbound_local(vm, code, arg));
            }
            drop(old);
        }
        Opcode::DELETE_NAME => {
            let name = &code.names[arg as usize];
            ops::names::delete_name(vm, f, name)?;
        }
        Opcode::STORE_GLOBAL => {
            let name = &code.names[arg as usize];
            let v = pop!(st);
            f.globals
                .as_dict()
                .expect("globals is a dict")
                .set_item_str(vm, name.clone(), v)?;
        }
        Opcode::DELETE_GLOBAL => {
            let name = &code.names[arg as usize];
            if f.globals
                .as_dict()
                .expect("globals is a dict")
                .remove(vm, name)?
                .is_none()
            {
                return Err(ops::names::name_error(vm, name));
            }
        }
        Opcode::LOAD_CLASSDEREF => {
            let name = &code.localsplus[arg as usize];
            let from_locals = match &f.locals {
                Some(l) => ops::names::mapping_get(vm, l, name)?,
                None => None,
            };
            match from_locals.or_else(|| ops::names::cell_get(f, arg)) {
                Some(v) => st.stack.push(v),
                None => return Err(ops::names::unbound_deref(vm, code, arg)),
            }
        }
        Opcode::DELETE_DEREF => {
            if ops::names::cell_get(f, arg).is_none() {
                return Err(ops::names::unbound_deref(vm, code, arg));
            }
            ops::names::cell_set(f, arg, None);
        }
        Opcode::LOAD_CLOSURE => {
            let c = f.fast[arg as usize]
                .get()
                .expect("cell slot is filled at frame setup");
            st.stack.push(c);
        }
        Opcode::DELETE_ATTR => {
            let obj = pop!(st);
            attr::setattr(vm, &obj, &code.names[arg as usize], None)?;
        }
        Opcode::CALL_FUNCTION_EX => {
            let kwargs = if arg & 1 == 1 { Some(pop!(st)) } else { None };
            let args = pop!(st);
            let callable = pop!(st);
            let null = pop!(st);
            let result =
                ops::call_ex::call_function_ex(vm, &callable, &args, kwargs.as_ref(), &null)?;
            st.stack.push(result);
        }
        Opcode::MAKE_FUNCTION => {
            let func = ops::function::make_function(vm, f, &mut st.stack, arg)?;
            st.stack.push(func);
        }
        Opcode::BUILD_SET => {
            let n = st.stack.len() - arg as usize;
            let items = st.stack.split_off(n);
            st.stack
                .push(crate::objects::set::new_set_from(vm, &items)?);
        }
        Opcode::BUILD_MAP => {
            let n = st.stack.len() - 2 * arg as usize;
            let items = st.stack.split_off(n);
            let unicode = items
                .chunks(2)
                .all(|kv| crate::objects::dict::is_exact_str(&kv[0]));
            let d = vm.dict_presized(arg as usize, unicode);
            let dd = d.as_dict().expect("dict");
            for kv in items.chunks(2) {
                dd.set(vm, kv[0].clone(), kv[1].clone())?;
            }
            st.stack.push(d);
        }
        Opcode::BUILD_CONST_KEY_MAP => {
            let keys = pop!(st);
            let n = st.stack.len() - arg as usize;
            let values = st.stack.split_off(n);
            let key_items = keys.as_tuple().unwrap_or(&[]);
            let unicode = key_items.iter().all(crate::objects::dict::is_exact_str);
            let d = vm.dict_presized(arg as usize, unicode);
            let dd = d.as_dict().expect("dict");
            for (k, v) in key_items.iter().zip(values) {
                dd.set(vm, k.clone(), v)?;
            }
            st.stack.push(d);
        }
        Opcode::BUILD_STRING => {
            let n = st.stack.len() - arg as usize;
            let s = vm.str_concat(&st.stack[n..]);
            st.stack.truncate(n);
            st.stack.push(s);
        }
        Opcode::SET_ADD => {
            let v = pop!(st);
            let set = st.stack[st.stack.len() - arg as usize].clone();
            crate::objects::set::set_add(vm, &set, v)?;
        }
        Opcode::MAP_ADD => {
            let v = pop!(st);
            let k = pop!(st);
            let d = st.stack[st.stack.len() - arg as usize].clone();
            d.as_dict().expect("MAP_ADD on a dict").set(vm, k, v)?;
        }
        Opcode::LIST_EXTEND => {
            let it = pop!(st);
            let list = st.stack[st.stack.len() - arg as usize].clone();
            ops::build::list_extend(vm, &list, &it)?;
        }
        Opcode::SET_UPDATE => {
            let it = pop!(st);
            let set = st.stack[st.stack.len() - arg as usize].clone();
            crate::objects::set::set_update(vm, &set, &it)?;
        }
        Opcode::DICT_UPDATE => {
            let m = pop!(st);
            let d = st.stack[st.stack.len() - arg as usize].clone();
            ops::build::dict_update(vm, &d, &m)?;
        }
        Opcode::DICT_MERGE => {
            let m = pop!(st);
            let d = st.stack[st.stack.len() - arg as usize].clone();
            let callable = st.stack[st.stack.len() - arg as usize - 2].clone();
            ops::build::dict_merge(vm, &d, &m, &callable)?;
        }
        Opcode::LIST_TO_TUPLE => {
            let l = pop!(st);
            let items = l.as_list().expect("a list").borrow().clone();
            st.stack.push(vm.tuple(items));
        }
        Opcode::UNPACK_EX => {
            let seq = pop!(st);
            ops::build::unpack_ex(
                vm,
                &seq,
                (arg & 0xff) as usize,
                (arg >> 8) as usize,
                &mut st.stack,
            )?;
        }
        Opcode::GET_YIELD_FROM_ITER => {
            let v = pop!(st);
            st.stack
                .push(ops::generator::get_yield_from_iter(vm, code, v)?);
        }
        Opcode::GET_AWAITABLE => {
            let v = pop!(st);
            st.stack.push(ops::generator::get_awaitable(vm, v, arg)?);
        }
        Opcode::GET_AITER => {
            let v = pop!(st);
            st.stack.push(ops::generator::get_aiter(vm, v)?);
        }
        Opcode::GET_ANEXT => {
            let aw = ops::generator::get_anext(vm, top!(st))?;
            st.stack.push(aw);
        }
        Opcode::END_ASYNC_FOR => {
            let exc = pop!(st);
            pop!(st);
            if !vm.exc_matches(&exc, &vm.t.stop_async_iteration) {
                st.reraise = true;
                return Err(exc);
            }
        }
        Opcode::ASYNC_GEN_WRAP => {
            let v = pop!(st);
            st.stack
                .push(crate::objects::generator::wrap_async_value(vm, v));
        }
        Opcode::BEFORE_WITH => {
            let mgr = pop!(st);
            let (exit, entered) = ops::with::before_with(vm, &mgr, false)?;
            st.stack.push(exit);
            st.stack.push(entered);
        }
        Opcode::BEFORE_ASYNC_WITH => {
            let mgr = pop!(st);
            let (exit, entered) = ops::with::before_with(vm, &mgr, true)?;
            st.stack.push(exit);
            st.stack.push(entered);
        }
        Opcode::WITH_EXCEPT_START => {
            let n = st.stack.len();
            let exc = st.stack[n - 1].clone();
            let exit = st.stack[n - 4].clone();
            let r = ops::with::call_exit_with_exc(vm, &exit, &exc)?;
            st.stack.push(r);
        }
        Opcode::PUSH_EXC_INFO => {
            let exc = pop!(st);
            let prev = vm.handled.replace(Some(exc.clone()));
            st.stack.push(prev.unwrap_or_else(|| vm.none()));
            st.stack.push(exc);
        }
        Opcode::POP_EXCEPT => {
            let prev = pop!(st);
            let restored = if vm.is_none(&prev) { None } else { Some(prev) };
            let old = vm.handled.replace(restored);
            drop(old);
        }
        Opcode::RERAISE => {
            // The saved lasti (arg != 0) only matters for f_lineno; the traceback entry
            // of this frame was recorded when the exception was first raised here.
            let exc = pop!(st);
            st.reraise = true;
            return Err(exc);
        }
        Opcode::CHECK_EXC_MATCH => {
            let ty = pop!(st);
            let exc = top!(st).clone();
            let m = ops::exceptions::exception_matches(vm, &exc, &ty)?;
            st.stack.push(vm.bool(m));
        }
        Opcode::CHECK_EG_MATCH => {
            let ty = pop!(st);
            let eg = pop!(st);
            let (rest, matched) = ops::exceptions::exception_group_match(vm, &eg, &ty)?;
            st.stack.push(rest);
            st.stack.push(matched);
        }
        Opcode::PREP_RERAISE_STAR => {
            let excs = pop!(st);
            let orig = pop!(st);
            st.stack
                .push(ops::exceptions::prep_reraise_star(vm, &orig, &excs)?);
        }
        Opcode::RAISE_VARARGS => {
            let cause = if arg == 2 { Some(pop!(st)) } else { None };
            let exc = if arg >= 1 { Some(pop!(st)) } else { None };
            let (e, is_reraise) = ops::exceptions::do_raise(vm, exc, cause)?;
            st.reraise = is_reraise;
            return Err(e);
        }
        Opcode::LOAD_ASSERTION_ERROR => st.stack.push(vm.t.assertion_error.clone()),
        Opcode::LOAD_BUILD_CLASS => {
            let bc = f
                .builtins
                .as_dict()
                .and_then(|b| b.get_str_obj(&vm.names.__build_class__))
                .ok_or_else(|| vm.name_error("__build_class__ not found"))?;
            st.stack.push(bc);
        }
        Opcode::SETUP_ANNOTATIONS => ops::names::setup_annotations(vm, f)?,
        Opcode::IMPORT_NAME => {
            let fromlist = pop!(st);
            let level = pop!(st);
            let name = code.names[arg as usize].clone();
            st.stack.push(crate::import::import_name_op(
                vm, f, &name, &fromlist, &level,
            )?);
        }
        Opcode::IMPORT_FROM => {
            let module = top!(st).clone();
            st.stack.push(crate::import::import_from(
                vm,
                &module,
                &code.names[arg as usize],
            )?);
        }
        Opcode::IMPORT_STAR => {
            let module = pop!(st);
            crate::import::import_star(vm, f, &module)?;
        }
        Opcode::FORMAT_VALUE => {
            let spec = if arg & 4 != 0 { Some(pop!(st)) } else { None };
            let v = pop!(st);
            st.stack
                .push(ops::format::format_value(vm, v, arg & 3, spec)?);
        }
        Opcode::PRINT_EXPR => {
            let v = pop!(st);
            ops::names::print_expr(vm, v)?;
        }
        Opcode::GET_LEN => {
            let n = sequence::len(vm, top!(st))?;
            st.stack.push(vm.usize(n));
        }
        Opcode::MATCH_MAPPING => {
            let r = ops::pattern::is_mapping(vm, top!(st))?;
            st.stack.push(vm.bool(r));
        }
        Opcode::MATCH_SEQUENCE => {
            let r = ops::pattern::is_sequence(vm, top!(st))?;
            st.stack.push(vm.bool(r));
        }
        Opcode::MATCH_KEYS => {
            let n = st.stack.len();
            let r = ops::pattern::match_keys(vm, &st.stack[n - 2], &st.stack[n - 1])?;
            st.stack.push(r);
        }
        Opcode::MATCH_CLASS => {
            let names = pop!(st);
            let cls = pop!(st);
            let subject = pop!(st);
            st.stack.push(ops::pattern::match_class(
                vm,
                &subject,
                &cls,
                arg as usize,
                &names,
            )?);
        }
        Opcode::COPY_DICT_WITHOUT_KEYS => {
            let keys = pop!(st);
            let subject = top!(st).clone();
            st.stack
                .push(ops::pattern::copy_without_keys(vm, &subject, &keys)?);
        }
        _ => unreachable!("{op:?} is dispatched in the main loop"),
    }
    Ok(())
}

fn unbound_local(vm: &Vm, code: &crate::objects::code::PyCode, idx: u32) -> PyRef {
    let name = code.code.localsplus_name(idx as usize);
    vm.new_exc(
        &vm.t.unbound_local_error,
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}
