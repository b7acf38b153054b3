//! generator, coroutine and async generator objects: mirror `Objects/genobject.c`. Each owns
//! a suspended frame and resumes it through the evaluation loop.

use std::cell::Cell;

use krait_bytecode::CodeFlags;

use crate::interp::eval::{run_frame, Exit, Resume};
use crate::interp::ops::generator::SendResult;
use crate::object::{ObjSlot, PyRef};
use crate::objects::function::PyFunction;
use crate::objects::Payload;
use crate::vm::{Args, MethodDef, PyResult, Vm};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct PyGenerator {
    pub kind: GenKind,
    pub frame: ObjSlot,
    pub name: ObjSlot,
    pub qualname: ObjSlot,
    pub running: Cell<bool>,
    pub started: Cell<bool>,
    pub finished: Cell<bool>,
    /// The exception being handled inside the generator while it is suspended.
    pub exc_state: ObjSlot,
    pub flags: u32,
    /// For async generators: an `aclose()`/`athrow()` is running.
    pub closing: Cell<bool>,
}

impl PyGenerator {
    pub fn is_iterable_coroutine(&self) -> bool {
        self.flags & CodeFlags::ITERABLE_COROUTINE != 0
    }

    /// Whether the generator is suspended inside a `yield from`/`await` (its frame's next
    /// instruction is the SEND's loop).
    pub fn awaited_by_yield_from(&self) -> bool {
        false
    }

    fn type_name(&self) -> &'static str {
        match self.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

pub fn new_generator(vm: &Vm, frame: PyRef, f: &PyFunction, flags: CodeFlags) -> PyRef {
    let kind = if flags.has(CodeFlags::COROUTINE) {
        GenKind::Coroutine
    } else if flags.has(CodeFlags::ASYNC_GENERATOR) {
        GenKind::AsyncGenerator
    } else {
        GenKind::Generator
    };
    let ty = match kind {
        GenKind::Generator => &vm.t.generator,
        GenKind::Coroutine => &vm.t.coroutine,
        GenKind::AsyncGenerator => &vm.t.async_generator,
    };
    PyRef::new(
        ty,
        Payload::Generator(Box::new(PyGenerator {
            kind,
            frame: ObjSlot::new(Some(frame)),
            name: ObjSlot::new(f.name.get()),
            qualname: ObjSlot::new(f.qualname.get()),
            running: Cell::new(false),
            started: Cell::new(false),
            finished: Cell::new(false),
            exc_state: ObjSlot::new(None),
            flags: flags.0,
            closing: Cell::new(false),
        })),
    )
}

/// Resume generator `g` sending `value` (None for `next`) or throwing `exc`.
pub fn gen_send_ex(
    vm: &Vm,
    gen: &PyRef,
    value: Option<PyRef>,
    exc: Option<PyRef>,
) -> PyResult<SendResult> {
    let g = gen.as_generator().expect("a generator");
    if g.running.get() {
        return Err(vm.value_error(format!("{} already executing", g.type_name())));
    }
    if g.finished.get() {
        if let Some(e) = exc {
            return Err(e);
        }
        if g.kind == GenKind::Coroutine {
            return Err(vm.runtime_error("cannot reuse already awaited coroutine"));
        }
        if g.kind == GenKind::AsyncGenerator {
            return Err(vm.new_exc_empty(&vm.t.stop_async_iteration));
        }
        return Err(vm.stop_iteration(None));
    }
    let frame = g.frame.get().expect("an unfinished generator has a frame");
    let resume = match exc {
        Some(e) => Resume::Throw(e),
        None => {
            if !g.started.get() {
                if let Some(v) = &value {
                    if !vm.is_none(v) {
                        return Err(vm.type_error(format!(
                            "can't send non-None value to a just-started {}",
                            g.type_name()
                        )));
                    }
                }
                Resume::Start
            } else {
                Resume::Send(value.unwrap_or_else(|| vm.none()))
            }
        }
    };
    g.started.set(true);
    g.running.set(true);
    // The generator's own handled exception becomes visible while it runs (without one, the
    // caller's shows through, as CPython's exc_info chain does).
    let outer = enter_exc_state(vm, g);
    let r = run_frame(vm, &frame, resume);
    leave_exc_state(vm, g, outer, matches!(r, Ok(Exit::Yield(_))));
    g.running.set(false);
    match r {
        Ok(Exit::Yield(v)) => Ok(SendResult::Yielded(v)),
        Ok(Exit::Return(v)) => {
            finish(g);
            Ok(SendResult::Returned(v))
        }
        Err(e) => {
            finish(g);
            Err(escaped_error(vm, g, e))
        }
    }
}

/// The eval loop's `FOR_ITER` or `SEND` resuming `gen` in its own loop rather than through
/// `gen_send_ex` (CPython 3.12's `FOR_ITER_GEN`/`SEND_GEN`): when `gen` is an exact
/// generator, neither running nor finished, and no exception is being handled on either side
/// (so there is no exc_info to swap), it is marked running and its frame returned, with
/// whether a value is to be pushed (false on the first resumption, which starts it). `sent`
/// says whether a non-None value is being sent (an error for an unstarted generator, left to
/// the general path). It counts as a recursion level, as `run_frame` does. None leaves
/// everything to `gen_send_ex`.
#[inline]
pub(crate) fn resume_inline(vm: &Vm, gen: &PyRef, sent: bool) -> Option<PyResult<(PyRef, bool)>> {
    if !gen.is_type(&vm.t.generator) {
        return None;
    }
    let g = gen.as_generator()?;
    if g.running.get() || g.finished.get() || g.exc_state.is_some() || vm.handled.is_some() {
        return None;
    }
    let started = g.started.get();
    if !started && sent {
        return None;
    }
    let frame = g.frame.get()?;
    if let Err(e) = vm.enter_recursion() {
        return Some(Err(e));
    }
    g.started.set(true);
    g.running.set(true);
    Some(Ok((frame, started)))
}

/// A generator resumed by `resume_inline` yielded: it is suspended, keeping the exception
/// its `except` block was handling, if it yielded inside one (as `leave_exc_state` does).
#[inline]
pub(crate) fn suspended_inline(vm: &Vm, gen: &PyRef) {
    let g = gen.as_generator().expect("a generator");
    g.running.set(false);
    // `resume_inline` found nothing handled outside.
    leave_exc_state(vm, g, None, true);
}

/// A generator resumed by `resume_inline` returned (`error` None) or raised `error`: it is
/// finished; returns the exception its caller sees (PEP 479's RuntimeError for a
/// StopIteration).
pub(crate) fn finished_inline(vm: &Vm, gen: &PyRef, error: Option<PyRef>) -> Option<PyRef> {
    let g = gen.as_generator().expect("a generator");
    g.running.set(false);
    leave_exc_state(vm, g, None, false);
    finish(g);
    error.map(|e| escaped_error(vm, g, e))
}

/// Resuming `g`: its saved handled exception (if any) becomes the current one; returns the
/// caller's, for `leave_exc_state`.
#[inline]
fn enter_exc_state(vm: &Vm, g: &PyGenerator) -> Option<PyRef> {
    if !g.exc_state.is_some() && !vm.handled.is_some() {
        return None;
    }
    let outer = vm.handled.get();
    if let Some(own) = g.exc_state.take() {
        vm.handled.set(Some(own));
    }
    outer
}

/// `g` stopped running: the caller's handled exception comes back; when `g` only suspended
/// inside one of its own `except` blocks, that block's exception is kept for its resumption.
#[inline]
fn leave_exc_state(vm: &Vm, g: &PyGenerator, outer: Option<PyRef>, suspended: bool) {
    if outer.is_none() && !vm.handled.is_some() {
        // Nothing was handled on either side (the common case).
        return;
    }
    let same = |a: &Option<PyRef>, b: &Option<PyRef>| match (a, b) {
        (Some(x), Some(y)) => x.is(y),
        (None, None) => true,
        _ => false,
    };
    let inner = vm.handled.replace(outer.clone());
    if suspended && !same(&inner, &outer) {
        g.exc_state.set(inner);
    } else {
        drop(inner);
    }
}

/// The exception a caller sees when `e` escapes generator `g`'s frame.
fn escaped_error(vm: &Vm, g: &PyGenerator, e: PyRef) -> PyRef {
    // PEP 479: StopIteration escaping a generator becomes RuntimeError.
    let msg = if vm.exc_matches(&e, &vm.t.stop_iteration) {
        match g.kind {
            GenKind::Generator => "generator raised StopIteration",
            GenKind::Coroutine => "coroutine raised StopIteration",
            GenKind::AsyncGenerator => "async generator raised StopIteration",
        }
    } else if g.kind == GenKind::AsyncGenerator && vm.exc_matches(&e, &vm.t.stop_async_iteration) {
        "async generator raised StopAsyncIteration"
    } else {
        return e;
    };
    let re = vm.runtime_error(msg);
    if let Some(x) = re.as_exception() {
        x.cause.set(Some(e.clone()));
        x.context.set(Some(e));
        x.suppress_context.set(true);
    }
    re
}

/// `g` returned or raised: it is exhausted and its frame's variables are released.
fn finish(g: &PyGenerator) {
    g.finished.set(true);
    let f = g.frame.take();
    if let Some(f) = &f {
        if let Some(fr) = f.as_frame() {
            for slot in &fr.fast {
                drop(slot.take());
            }
        }
    }
    drop(f);
}

fn gen<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a PyGenerator> {
    o.as_generator()
        .ok_or_else(|| vm.type_error("expected a generator"))
}

/// `next(gen)`: Some(value), or None when it returned (the return value is discarded).
pub fn gen_next(vm: &Vm, g: &PyRef) -> PyResult<Option<PyRef>> {
    match gen_send_ex(vm, g, None, None) {
        Ok(SendResult::Yielded(v)) => Ok(Some(v)),
        Ok(SendResult::Returned(_)) => Ok(None),
        Err(e) if vm.exc_matches(&e, &vm.t.stop_iteration) && gen(vm, g)?.finished.get() => {
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

fn returned_to_stop(vm: &Vm, g: &PyGenerator, v: PyRef) -> PyRef {
    if g.kind == GenKind::AsyncGenerator {
        return vm.new_exc_empty(&vm.t.stop_async_iteration);
    }
    if vm.is_none(&v) {
        vm.stop_iteration(None)
    } else {
        vm.stop_iteration(Some(v))
    }
}

fn g_send(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let g = gen(vm, o)?;
    let v = args
        .pos()
        .get(1)
        .cloned()
        .ok_or_else(|| vm.type_error("send() takes exactly one argument (0 given)"))?;
    match gen_send_ex(vm, o, Some(v), None)? {
        SendResult::Yielded(y) => Ok(y),
        SendResult::Returned(r) => Err(returned_to_stop(vm, g, r)),
    }
}

fn g_next(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let g = gen(vm, o)?;
    match gen_send_ex(vm, o, None, None)? {
        SendResult::Yielded(y) => Ok(y),
        SendResult::Returned(r) => Err(returned_to_stop(vm, g, r)),
    }
}

/// `gen.throw(typ[, val[, tb]])`.
pub fn gen_throw(
    vm: &Vm,
    o: &PyRef,
    typ: &PyRef,
    val: Option<&PyRef>,
    tb: Option<&PyRef>,
) -> PyResult<SendResult> {
    let exc = if matches!(typ.payload, Payload::Type(_)) {
        match val {
            Some(v) if !vm.is_none(v) && crate::objects::type_::is_subtype(v.ty(), typ) => {
                v.clone()
            }
            Some(v) if !vm.is_none(v) => crate::protocols::call::call(vm, typ, &[v.clone()])?,
            _ => crate::interp::ops::exceptions::make_exception(vm, typ)?,
        }
    } else if crate::objects::type_::is_subtype(typ.ty(), &vm.t.base_exception) {
        if val.is_some_and(|v| !vm.is_none(v)) {
            return Err(vm.type_error("instance exception may not have a separate value"));
        }
        typ.clone()
    } else {
        return Err(vm.type_error(format!(
            "exceptions must be classes or instances deriving from BaseException, not {}",
            vm.type_name(typ)
        )));
    };
    if let (Some(tb), Some(ex)) = (tb, exc.as_exception()) {
        if !vm.is_none(tb) {
            ex.traceback.set(Some(tb.clone()));
        }
    }
    // Delegate to a sub-iterator of `yield from` first.
    let g = gen(vm, o)?;
    if !g.finished.get() && g.started.get() {
        if let Some(sub) = yield_from_target(g) {
            let r = if sub.as_generator().is_some() {
                if vm.exc_matches(&exc, &vm.t.generator_exit) {
                    gen_close(vm, &sub).map(|_| None)
                } else {
                    match gen_throw(vm, &sub, &exc, None, None) {
                        Ok(SendResult::Yielded(y)) => return Ok(SendResult::Yielded(y)),
                        Ok(SendResult::Returned(v)) => Ok(Some(v)),
                        Err(e) => Err(e),
                    }
                }
            } else if vm.exc_matches(&exc, &vm.t.generator_exit) {
                if let Some(close) = crate::protocols::attr::getattr_opt(vm, &sub, &vm.names.close)?
                {
                    crate::protocols::call::call(vm, &close, &[]).map(|_| None)
                } else {
                    Ok(None)
                }
            } else {
                match crate::protocols::attr::getattr_opt(vm, &sub, &vm.names.throw)? {
                    Some(th) => match crate::protocols::call::call(vm, &th, &[exc.clone()]) {
                        Ok(y) => return Ok(SendResult::Yielded(y)),
                        Err(e) if vm.exc_matches(&e, &vm.t.stop_iteration) => Ok(Some(
                            crate::objects::exceptions::stop_iteration_value(vm, &e),
                        )),
                        Err(e) => Err(e),
                    },
                    None => Err(exc.clone()),
                }
            };
            match r {
                Ok(Some(v)) => {
                    // The sub-iterator finished: resume our frame past the SEND with its value.
                    return resume_after_yield_from(vm, o, v);
                }
                Ok(None) => {}
                Err(e) => return gen_send_ex(vm, o, None, Some(e)),
            }
        }
    }
    gen_send_ex(vm, o, None, Some(exc))
}

/// The receiver a suspended generator is delegating to (`yield from`/`await`), if any: the
/// frame is suspended right after a YIELD_VALUE that follows a SEND, with the receiver under
/// the top of the saved stack.
fn yield_from_target(g: &PyGenerator) -> Option<PyRef> {
    let frame = g.frame.get()?;
    let f = frame.as_frame()?;
    let code = f.code();
    let ip = f.lasti.get() as usize;
    let ins = code.code.instructions.get(ip.checked_sub(1)?)?;
    if ins.op != krait_bytecode::Opcode::YIELD_VALUE {
        return None;
    }
    let prev = code.code.instructions.get(ip.checked_sub(2)?)?;
    if prev.op != krait_bytecode::Opcode::SEND {
        return None;
    }
    let top = f.stack.borrow().last().cloned();
    top
}

/// Resume a generator whose `yield from` target finished with `v`: jump to the SEND's target
/// with the value pushed in place of the receiver.
fn resume_after_yield_from(vm: &Vm, o: &PyRef, v: PyRef) -> PyResult<SendResult> {
    let g = gen(vm, o)?;
    let frame = g.frame.get().expect("frame");
    let f = frame.as_frame().expect("frame");
    let code = f.code();
    let ip = f.lasti.get() as usize;
    let send = code.code.instructions[ip - 2];
    {
        let mut st = f.stack.borrow_mut();
        st.pop();
        st.push(v.clone());
    }
    f.lasti.set(send.arg);
    // Resume without pushing a sent value: the stack already holds the result.
    let saved_stack_top = f.stack.borrow_mut().pop();
    let r = gen_send_ex(vm, o, saved_stack_top, None);
    let _ = v;
    r
}

fn g_throw(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let p = args.pos();
    if p.len() < 2 {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    }
    let g = gen(vm, o)?;
    match gen_throw(vm, o, &p[1], p.get(2), p.get(3))? {
        SendResult::Yielded(y) => Ok(y),
        SendResult::Returned(r) => Err(returned_to_stop(vm, g, r)),
    }
}

/// `gen.close()`.
pub fn gen_close(vm: &Vm, o: &PyRef) -> PyResult {
    let g = gen(vm, o)?;
    if g.finished.get() {
        return Ok(vm.none());
    }
    if !g.started.get() {
        finish(g);
        return Ok(vm.none());
    }
    let exit = vm.new_exc_empty(&vm.t.generator_exit);
    match gen_throw(vm, o, &exit, None, None) {
        Ok(SendResult::Yielded(_)) => {
            Err(vm.runtime_error(format!("{} ignored GeneratorExit", g.type_name())))
        }
        Ok(SendResult::Returned(_)) => Ok(vm.none()),
        Err(e)
            if vm.exc_matches(&e, &vm.t.generator_exit)
                || vm.exc_matches(&e, &vm.t.stop_iteration) =>
        {
            Ok(vm.none())
        }
        Err(e) => Err(e),
    }
}

fn g_close(vm: &Vm, args: Args) -> PyResult {
    gen_close(vm, &args.pos()[0])
}

fn g_iter(_vm: &Vm, args: Args) -> PyResult {
    Ok(args.pos()[0].clone())
}

fn g_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let g = gen(vm, o)?;
    let q = g.qualname.get();
    Ok(vm.string(format!(
        "<{} object {} at {:#x}>",
        match g.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        },
        q.as_ref().and_then(|q| q.as_str()).unwrap_or("?"),
        o.id()
    )))
}

pub(crate) fn g_del(vm: &Vm, args: Args) -> PyResult {
    gen_close(vm, &args.pos()[0])
}

fn gi_frame(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(gen(vm, o)?.frame.get().unwrap_or_else(|| vm.none()))
}
fn gi_running(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.bool(gen(vm, o)?.running.get()))
}
fn gi_suspended(vm: &Vm, o: &PyRef) -> PyResult {
    let g = gen(vm, o)?;
    Ok(vm.bool(g.started.get() && !g.running.get() && !g.finished.get()))
}
fn gi_code(vm: &Vm, o: &PyRef) -> PyResult {
    let g = gen(vm, o)?;
    match g.frame.get() {
        Some(f) => Ok(f
            .as_frame()
            .map(|f| f.code.clone())
            .unwrap_or_else(|| vm.none())),
        None => Ok(vm.none()),
    }
}
/// `cr_origin`: None, as CPython's while origin tracking is off (the default).
fn cr_origin(vm: &Vm, o: &PyRef) -> PyResult {
    gen(vm, o)?;
    Ok(vm.none())
}
fn gi_yieldfrom(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(yield_from_target(gen(vm, o)?).unwrap_or_else(|| vm.none()))
}
fn g_name(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(gen(vm, o)?.name.get().unwrap_or_else(|| vm.none()))
}
fn s_name(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    gen(vm, o)?.name.set(v);
    Ok(())
}
fn g_qualname(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(gen(vm, o)?.qualname.get().unwrap_or_else(|| vm.none()))
}
fn s_qualname(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    gen(vm, o)?.qualname.set(v);
    Ok(())
}

const GEN_METHODS: &[MethodDef] = &[
    MethodDef::method("__iter__", g_iter),
    MethodDef::method("__next__", g_next),
    MethodDef::method("send", g_send),
    MethodDef::method("throw", g_throw),
    MethodDef::method("close", g_close),
    MethodDef::method("__repr__", g_repr),
    MethodDef::method("__del__", g_del),
    MethodDef::method(
        "__sizeof__",
        crate::objects::sizeof::generator_sizeof_method,
    ),
];

const CORO_METHODS: &[MethodDef] = &[
    MethodDef::method("send", g_send),
    MethodDef::method("throw", g_throw),
    MethodDef::method("close", g_close),
    MethodDef::method("__repr__", g_repr),
    MethodDef::method("__await__", coro_await),
    MethodDef::method("__del__", g_del),
    MethodDef::method(
        "__sizeof__",
        crate::objects::sizeof::generator_sizeof_method,
    ),
];

fn coro_await(vm: &Vm, args: Args) -> PyResult {
    let o = args.pos()[0].clone();
    Ok(PyRef::new(
        &vm.t.coroutine_wrapper,
        Payload::Tuple(Box::new([o])),
    ))
}

fn cw_target(o: &PyRef) -> PyRef {
    o.as_tuple().expect("wrapper holds its coroutine")[0].clone()
}
fn cw_next(vm: &Vm, args: Args) -> PyResult {
    g_next(vm, Args::new(&[cw_target(&args.pos()[0])]))
}
fn cw_send(vm: &Vm, args: Args) -> PyResult {
    let mut v = vec![cw_target(&args.pos()[0])];
    v.extend_from_slice(&args.pos()[1..]);
    g_send(vm, Args::new(&v))
}
fn cw_throw(vm: &Vm, args: Args) -> PyResult {
    let mut v = vec![cw_target(&args.pos()[0])];
    v.extend_from_slice(&args.pos()[1..]);
    g_throw(vm, Args::new(&v))
}
fn cw_close(vm: &Vm, args: Args) -> PyResult {
    gen_close(vm, &cw_target(&args.pos()[0]))
}

const CW_METHODS: &[MethodDef] = &[
    MethodDef::method("__iter__", g_iter),
    MethodDef::method("__next__", cw_next),
    MethodDef::method("send", cw_send),
    MethodDef::method("throw", cw_throw),
    MethodDef::method("close", cw_close),
];

/// Mark a value yielded by an async generator (`ASYNC_GEN_WRAP`).
pub fn wrap_async_value(vm: &Vm, v: PyRef) -> PyRef {
    PyRef::new(&vm.t.async_gen_wrapped, Payload::Tuple(Box::new([v])))
}

pub fn init(vm: &Vm) {
    use crate::objects::descr::{add_getset, add_methods};
    let t = &vm.t;
    add_methods(vm, &t.generator, GEN_METHODS);
    add_getset(vm, &t.generator, "gi_frame", gi_frame, None);
    add_getset(vm, &t.generator, "gi_running", gi_running, None);
    add_getset(vm, &t.generator, "gi_suspended", gi_suspended, None);
    add_getset(vm, &t.generator, "gi_code", gi_code, None);
    add_getset(vm, &t.generator, "gi_yieldfrom", gi_yieldfrom, None);
    add_methods(vm, &t.coroutine, CORO_METHODS);
    add_getset(vm, &t.coroutine, "cr_frame", gi_frame, None);
    add_getset(vm, &t.coroutine, "cr_running", gi_running, None);
    add_getset(vm, &t.coroutine, "cr_suspended", gi_suspended, None);
    add_getset(vm, &t.coroutine, "cr_code", gi_code, None);
    add_getset(vm, &t.coroutine, "cr_await", gi_yieldfrom, None);
    add_getset(vm, &t.coroutine, "cr_origin", cr_origin, None);
    add_getset(vm, &t.async_generator, "ag_frame", gi_frame, None);
    add_getset(vm, &t.async_generator, "ag_running", gi_running, None);
    add_getset(vm, &t.async_generator, "ag_code", gi_code, None);
    add_getset(vm, &t.async_generator, "ag_await", gi_yieldfrom, None);
    for ty in [&t.generator, &t.coroutine, &t.async_generator] {
        add_getset(vm, ty, "__name__", g_name, Some(s_name));
        add_getset(vm, ty, "__qualname__", g_qualname, Some(s_qualname));
    }
    add_methods(vm, &t.coroutine_wrapper, CW_METHODS);
    crate::objects::generator_async::init(vm);
}
