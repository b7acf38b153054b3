//! `_thread`: OS threads and the locks under `threading` (CPython's `Modules/_threadmodule.c`).
//!
//! A thread started here is a real OS thread that runs Python code while holding the GIL
//! (`gil.rs`). Locks are POSIX semaphores (`lock_raw.rs`): a blocking acquire releases the
//! GIL, and in the main thread a signal interrupts it so its Python handler can run.

use std::cell::{Cell, LazyCell, RefCell};
use std::collections::HashMap;

use crate::gil::{current_ident, ThreadState};
use crate::modules::lock_raw::{RawLock, Wait};
use crate::object::{GilStatic, PyObject, PyRef};
use crate::objects::module::{new_module, set_attr};
use crate::objects::{NativeData, Payload};
use crate::protocols::call;
use crate::vm::{Args, MethodDef, PyResult, Vm};

/// `_thread.TIMEOUT_MAX` (seconds), as CPython computes it on Linux.
const TIMEOUT_MAX: f64 = 9223372036.0;
/// Stack of a new thread when `stack_size()` is 0; deep recursion through native calls
/// raises RecursionError before it runs out (`ThreadState::new` leaves a margin).
const DEFAULT_STACK: usize = 64 << 20;
/// Smallest stack actually given to a thread whatever `stack_size()` says (the VM's own
/// frames need room).
const MIN_STACK: usize = 4 << 20;

/// `stack_size()`'s setting (0: the default).
static STACK_SIZE: GilStatic<Cell<usize>> = GilStatic::new(Cell::new(0));
/// Threads started by `start_new_thread` and not yet finished (`_count()`).
static COUNT: GilStatic<Cell<usize>> = GilStatic::new(Cell::new(0));
/// Per thread: the locks `_set_sentinel` gave out, released when the thread ends.
type Sentinels = RefCell<HashMap<u64, Vec<PyRef>>>;
static SENTINELS: GilStatic<LazyCell<Sentinels>> =
    GilStatic::new(LazyCell::new(|| RefCell::new(HashMap::new())));
/// `_thread._local` data: local id -> thread ident -> that thread's attribute dict.
type LocalDicts = RefCell<HashMap<u64, HashMap<u64, PyRef>>>;
static LOCAL_DICTS: GilStatic<LazyCell<LocalDicts>> =
    GilStatic::new(LazyCell::new(|| RefCell::new(HashMap::new())));
static NEXT_LOCAL: GilStatic<Cell<u64>> = GilStatic::new(Cell::new(1));
/// The module's types, made once: lock, RLock, _local, _ExceptHookArgs.
static TYPES: GilStatic<RefCell<Option<[PyRef; 4]>>> = GilStatic::new(RefCell::new(None));

fn types(vm: &Vm) -> PyResult<[PyRef; 4]> {
    if let Some(t) = TYPES.with(|t| t.borrow().clone()) {
        return Ok(t);
    }
    let mk = |name: &str, methods: &'static [MethodDef]| {
        crate::modules::builtins::new_native_type(vm, name, "_thread", methods)
    };
    let lock = mk("lock", LOCK_METHODS);
    let rlock = mk("RLock", RLOCK_METHODS);
    let local = mk("_local", LOCAL_METHODS);
    if let Some(td) = local.as_type() {
        td.flags.set(
            td.flags.get()
                | crate::objects::type_::INSTANCE_DICT
                | crate::objects::type_::NATIVE_GETATTRIBUTE
                | crate::objects::type_::NATIVE_SETATTR,
        );
    }
    for t in [&lock, &rlock, &local] {
        if let Some(td) = t.as_type() {
            td.flags
                .set(td.flags.get() | crate::objects::type_::WEAKREFABLE);
        }
    }
    if let Some(td) = lock.as_type() {
        // `_thread.lock` cannot be subclassed.
        td.flags
            .set(td.flags.get() & !crate::objects::type_::BASETYPE);
    }
    let hook_args = crate::modules::sys::structseq_type(
        vm,
        "_thread._ExceptHookArgs",
        &["exc_type", "exc_value", "exc_traceback", "thread"],
    )?;
    let all = [lock, rlock, local, hook_args];
    TYPES.with(|t| *t.borrow_mut() = Some(all.clone()));
    Ok(all)
}

// ---------------------------------------------------------------------------------------------
// Acquiring with the GIL released

/// Parse `acquire(blocking=True, timeout=-1)` into a timeout: None waits forever.
fn acquire_args(vm: &Vm, args: &Args) -> PyResult<Option<f64>> {
    let p = &args.pos()[1..];
    if p.len() > 2 {
        return Err(vm.type_error(format!(
            "acquire() takes at most 2 arguments ({} given)",
            p.len()
        )));
    }
    let mut blocking = p.first().cloned();
    let mut timeout = p.get(1).cloned();
    for (k, v) in args.kwargs() {
        match k {
            "blocking" if blocking.is_none() => blocking = Some(v.clone()),
            "timeout" if timeout.is_none() => timeout = Some(v.clone()),
            "blocking" | "timeout" => {
                return Err(vm.type_error(format!(
                    "argument for acquire() given by name ('{k}') and position"
                )))
            }
            _ => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for acquire()"
                )))
            }
        }
    }
    let blocking = match &blocking {
        Some(b) => crate::protocols::compare::is_true(vm, b)?,
        None => true,
    };
    let timeout = match &timeout {
        Some(t) => crate::objects::float::seconds_arg(vm, t)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(vm.value_error("can't specify a timeout for a non-blocking call"));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(vm.value_error("timeout value must be positive"));
    }
    if !blocking {
        return Ok(Some(0.0));
    }
    if timeout == -1.0 {
        return Ok(None);
    }
    if timeout * 1e9 >= i64::MAX as f64 {
        return Err(vm.overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    if timeout > TIMEOUT_MAX {
        return Err(vm.overflow_error("timeout value is too large"));
    }
    Ok(Some(timeout))
}

/// Take `raw` (CPython's `acquire_timed`): first without letting go of the GIL, then waiting
/// without it until acquired or the timeout passes. In the main thread a signal interrupts
/// the wait; its Python handler runs, and its exception (KeyboardInterrupt) ends the acquire.
pub fn acquire_timed(vm: &Vm, raw: &RawLock, timeout: Option<f64>) -> PyResult<bool> {
    if raw.try_acquire() {
        return Ok(true);
    }
    if timeout == Some(0.0) {
        return Ok(false);
    }
    let deadline = timeout.map(crate::modules::lock_raw::deadline_after);
    loop {
        match vm.allow_threads(|| raw.wait(deadline)) {
            Wait::Acquired => return Ok(true),
            Wait::TimedOut => return Ok(false),
            Wait::Interrupted => crate::modules::_signal::check_after_eintr(vm)?,
        }
    }
}

fn repr_addr(o: &PyRef) -> String {
    format!("0x{:x}", o.id())
}

// ---------------------------------------------------------------------------------------------
// lock

struct LockData {
    raw: RawLock,
    locked: Cell<bool>,
}

impl NativeData for LockData {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn new_lock(vm: &Vm) -> PyResult {
    let [lock, ..] = types(vm)?;
    Ok(PyRef::new(
        &lock,
        Payload::Native(Box::new(LockData {
            raw: RawLock::new(),
            locked: Cell::new(false),
        })),
    ))
}

fn lock_data<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a LockData> {
    o.native::<LockData>()
        .ok_or_else(|| vm.type_error("descriptor requires a '_thread.lock' object"))
}

fn lock_new(vm: &Vm, _args: Args) -> PyResult {
    Err(vm.type_error("cannot create '_thread.lock' instances"))
}

fn lock_acquire(vm: &Vm, args: Args) -> PyResult {
    let me = &args.pos()[0];
    let l = lock_data(vm, me)?;
    let timeout = acquire_args(vm, &args)?;
    let got = acquire_timed(vm, &l.raw, timeout)?;
    if got {
        l.locked.set(true);
    }
    Ok(vm.bool(got))
}

fn lock_release(vm: &Vm, args: Args) -> PyResult {
    let l = lock_data(vm, &args.pos()[0])?;
    if !l.locked.get() {
        return Err(vm.runtime_error("release unlocked lock"));
    }
    l.locked.set(false);
    l.raw.release();
    Ok(vm.none())
}

fn lock_exit(vm: &Vm, args: Args) -> PyResult {
    lock_release(vm, Args::new(&args.pos()[..1]))
}

fn lock_locked(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.bool(lock_data(vm, &args.pos()[0])?.locked.get()))
}

fn lock_at_fork_reinit(vm: &Vm, args: Args) -> PyResult {
    let l = lock_data(vm, &args.pos()[0])?;
    l.raw.reinit();
    l.locked.set(false);
    Ok(vm.none())
}

fn lock_repr(vm: &Vm, args: Args) -> PyResult {
    let me = &args.pos()[0];
    let l = lock_data(vm, me)?;
    let state = if l.locked.get() { "locked" } else { "unlocked" };
    Ok(vm.string(format!(
        "<{state} _thread.lock object at {}>",
        repr_addr(me)
    )))
}

const LOCK_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", lock_new),
    MethodDef::method("acquire", lock_acquire),
    MethodDef::method("acquire_lock", lock_acquire),
    MethodDef::method("__enter__", lock_acquire),
    MethodDef::method("release", lock_release),
    MethodDef::method("release_lock", lock_release),
    MethodDef::method("__exit__", lock_exit),
    MethodDef::method("locked", lock_locked),
    MethodDef::method("locked_lock", lock_locked),
    MethodDef::method("_at_fork_reinit", lock_at_fork_reinit),
    MethodDef::method("__repr__", lock_repr),
];

// ---------------------------------------------------------------------------------------------
// RLock

struct RLockData {
    raw: RawLock,
    owner: Cell<u64>,
    count: Cell<u64>,
}

impl NativeData for RLockData {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn rlock_data<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a RLockData> {
    o.native::<RLockData>()
        .ok_or_else(|| vm.type_error("descriptor requires a '_thread.RLock' object"))
}

fn rlock_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    Ok(crate::objects::object::alloc_instance(
        vm,
        cls,
        Payload::Native(Box::new(RLockData {
            raw: RawLock::new(),
            owner: Cell::new(0),
            count: Cell::new(0),
        })),
    ))
}

fn rlock_acquire(vm: &Vm, args: Args) -> PyResult {
    let r = rlock_data(vm, &args.pos()[0])?;
    let timeout = acquire_args(vm, &args)?;
    let me = current_ident();
    if r.count.get() > 0 && r.owner.get() == me {
        if r.count.get() == u64::MAX {
            return Err(vm.overflow_error("Internal lock count overflowed"));
        }
        r.count.set(r.count.get() + 1);
        return Ok(vm.true_.clone());
    }
    if !acquire_timed(vm, &r.raw, timeout)? {
        return Ok(vm.false_.clone());
    }
    r.owner.set(me);
    r.count.set(1);
    Ok(vm.true_.clone())
}

fn rlock_release(vm: &Vm, args: Args) -> PyResult {
    let r = rlock_data(vm, &args.pos()[0])?;
    if r.count.get() == 0 || r.owner.get() != current_ident() {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    r.count.set(r.count.get() - 1);
    if r.count.get() == 0 {
        r.owner.set(0);
        r.raw.release();
    }
    Ok(vm.none())
}

fn rlock_exit(vm: &Vm, args: Args) -> PyResult {
    rlock_release(vm, Args::new(&args.pos()[..1]))
}

fn rlock_is_owned(vm: &Vm, args: Args) -> PyResult {
    let r = rlock_data(vm, &args.pos()[0])?;
    Ok(vm.bool(r.count.get() > 0 && r.owner.get() == current_ident()))
}

fn rlock_release_save(vm: &Vm, args: Args) -> PyResult {
    let r = rlock_data(vm, &args.pos()[0])?;
    if r.count.get() == 0 {
        return Err(vm.runtime_error("cannot release un-acquired lock"));
    }
    let state = vm.tuple(vec![
        vm.bigint(r.count.get().into()),
        vm.bigint(r.owner.get().into()),
    ]);
    r.count.set(0);
    r.owner.set(0);
    r.raw.release();
    Ok(state)
}

fn rlock_acquire_restore(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let r = rlock_data(vm, &p[0])?;
    let state = p
        .get(1)
        .and_then(|s| s.as_tuple())
        .filter(|t| t.len() == 2)
        .ok_or_else(|| {
            vm.type_error("_acquire_restore() argument must be a (count, owner) tuple")
        })?;
    let count = crate::objects::int::int_val(&state[0]).and_then(|v| {
        use num_traits::ToPrimitive;
        v.to_big().to_u64()
    });
    let owner = crate::objects::int::int_val(&state[1]).and_then(|v| {
        use num_traits::ToPrimitive;
        v.to_big().to_u64()
    });
    let (Some(count), Some(owner)) = (count, owner) else {
        return Err(vm.type_error("_acquire_restore() argument must be a (count, owner) tuple"));
    };
    acquire_timed(vm, &r.raw, None)?;
    r.owner.set(owner);
    r.count.set(count);
    Ok(vm.none())
}

fn rlock_at_fork_reinit(vm: &Vm, args: Args) -> PyResult {
    let r = rlock_data(vm, &args.pos()[0])?;
    r.raw.reinit();
    r.owner.set(0);
    r.count.set(0);
    Ok(vm.none())
}

fn rlock_repr(vm: &Vm, args: Args) -> PyResult {
    let me = &args.pos()[0];
    let r = rlock_data(vm, me)?;
    let state = if r.count.get() > 0 {
        "locked"
    } else {
        "unlocked"
    };
    let cls = me.type_data();
    let name = if me.has_heap_type() {
        cls.name().to_string()
    } else {
        "_thread.RLock".to_string()
    };
    Ok(vm.string(format!(
        "<{state} {name} object owner={} count={} at {}>",
        r.owner.get(),
        r.count.get(),
        repr_addr(me)
    )))
}

const RLOCK_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", rlock_new),
    MethodDef::method("acquire", rlock_acquire),
    MethodDef::method("__enter__", rlock_acquire),
    MethodDef::method("release", rlock_release),
    MethodDef::method("__exit__", rlock_exit),
    MethodDef::method("_is_owned", rlock_is_owned),
    MethodDef::method("_release_save", rlock_release_save),
    MethodDef::method("_acquire_restore", rlock_acquire_restore),
    MethodDef::method("_at_fork_reinit", rlock_at_fork_reinit),
    MethodDef::method("__repr__", rlock_repr),
];

// ---------------------------------------------------------------------------------------------
// _local: per-thread attribute dicts

struct LocalData {
    id: u64,
    /// The constructor's arguments, for `__init__` rerun in each new thread.
    args: PyRef,
    kwargs: Option<PyRef>,
}

impl NativeData for LocalData {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn traverse(&self, visit: &mut dyn FnMut(&PyObject)) {
        visit(&self.args);
        if let Some(k) = &self.kwargs {
            visit(k);
        }
        LOCAL_DICTS.with(|m| {
            if let Some(per_thread) = m.borrow().get(&self.id) {
                for d in per_thread.values() {
                    visit(d);
                }
            }
        });
    }

    fn clear(&self) {
        let dicts = LOCAL_DICTS.with(|m| m.borrow_mut().remove(&self.id));
        drop(dicts);
    }
}

impl Drop for LocalData {
    fn drop(&mut self) {
        let dicts = LOCAL_DICTS.with(|m| m.borrow_mut().remove(&self.id));
        drop(dicts);
    }
}

fn local_data<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a LocalData> {
    o.native::<LocalData>()
        .ok_or_else(|| vm.type_error("descriptor requires a '_thread._local' object"))
}

/// Whether `cls.__init__` is `object.__init__` (then arguments are refused).
fn plain_init(vm: &Vm, cls: &PyRef) -> bool {
    let Some(td) = cls.as_type() else {
        return true;
    };
    match (td.lookup(&vm.names.__init__), vm.t.object.as_type()) {
        (Some(i), Some(o)) => o.lookup(&vm.names.__init__).is_some_and(|oi| oi.is(&i)),
        _ => true,
    }
}

fn local_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    let rest = &args.pos()[1..];
    if (!rest.is_empty() || !args.kwnames.is_empty()) && plain_init(vm, cls) {
        return Err(vm.type_error("Initialization arguments are not supported"));
    }
    let kwargs = if args.kwnames.is_empty() {
        None
    } else {
        let d = vm.dict();
        for (k, v) in args.kwargs() {
            d.as_dict()
                .expect("dict")
                .set_item_str(vm, vm.str(k), v.clone())?;
        }
        Some(d)
    };
    let id = NEXT_LOCAL.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    });
    let data = LocalData {
        id,
        args: vm.tuple_from(rest),
        kwargs,
    };
    let obj = crate::objects::object::alloc_instance(vm, cls, Payload::Native(Box::new(data)));
    // The creating thread's dict; its `__init__` is the one the type call runs next.
    let d = vm.dict();
    LOCAL_DICTS.with(|m| {
        m.borrow_mut()
            .entry(id)
            .or_default()
            .insert(current_ident(), d.clone())
    });
    obj.set_dict(Some(d));
    Ok(obj)
}

/// Point `obj`'s dict at the calling thread's; a thread that has none gets a fresh one and
/// `__init__` is run again with the constructor's arguments (CPython's `_ldict`).
fn select_dict(vm: &Vm, obj: &PyRef) -> PyResult<()> {
    let data = local_data(vm, obj)?;
    let me = current_ident();
    let found = LOCAL_DICTS.with(|m| m.borrow().get(&data.id).and_then(|t| t.get(&me)).cloned());
    if let Some(d) = found {
        if !obj.dict_ref().is_some_and(|cur| std::ptr::eq(cur, &*d)) {
            drop(obj.set_dict(Some(d)));
        }
        return Ok(());
    }
    let d = vm.dict();
    LOCAL_DICTS.with(|m| {
        m.borrow_mut()
            .entry(data.id)
            .or_default()
            .insert(me, d.clone())
    });
    drop(obj.set_dict(Some(d)));
    if !plain_init(vm, &obj.class()) {
        let init = obj
            .type_data()
            .lookup(&vm.names.__init__)
            .expect("checked by plain_init");
        let mut vals: Vec<PyRef> = data.args.as_tuple().unwrap_or(&[]).to_vec();
        let mut names = Vec::new();
        if let Some(kw) = &data.kwargs {
            for (k, v) in kw.as_dict().expect("dict").items() {
                names.push(k);
                vals.push(v);
            }
        }
        let mut all = vec![obj.clone()];
        all.extend(vals);
        let r = call::call_args(vm, &init, Args::with_kw(&all, &names));
        if let Err(e) = r {
            let gone =
                LOCAL_DICTS.with(|m| m.borrow_mut().get_mut(&data.id).and_then(|t| t.remove(&me)));
            drop(gone);
            return Err(e);
        }
    }
    Ok(())
}

fn local_getattribute(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let (obj, name) = (&p[0], &p[1]);
    select_dict(vm, obj)?;
    if name.as_str() == Some("__dict__") {
        return Ok(obj.dict().unwrap_or_else(|| vm.none()));
    }
    match crate::protocols::attr::generic_getattr(vm, obj, name)? {
        Some(v) => Ok(v),
        None => Err(vm.attribute_error(format!(
            "'{}' object has no attribute '{}'",
            local_type_name(obj),
            name.as_str().unwrap_or("")
        ))),
    }
}

/// `__setattr__`/`__delattr__` (`value` None) on the calling thread's dict.
fn local_store(vm: &Vm, obj: &PyRef, name: &PyRef, value: Option<PyRef>) -> PyResult {
    if name.as_str() == Some("__dict__") {
        return Err(vm.attribute_error(format!(
            "'{}' object attribute '__dict__' is read-only",
            local_type_name(obj)
        )));
    }
    select_dict(vm, obj)?;
    crate::protocols::attr::generic_setattr(vm, obj, name, value)?;
    Ok(vm.none())
}

fn local_setattr(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    local_store(vm, &p[0], &p[1], Some(p[2].clone()))
}

fn local_delattr(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    local_store(vm, &p[0], &p[1], None)
}

fn local_type_name(obj: &PyRef) -> String {
    if obj.has_heap_type() {
        obj.type_data().name().to_string()
    } else {
        "_thread._local".to_string()
    }
}

const LOCAL_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", local_new),
    MethodDef::method("__getattribute__", local_getattribute),
    MethodDef::method("__setattr__", local_setattr),
    MethodDef::method("__delattr__", local_delattr),
];

/// A finished thread's dicts in every `_local` go (their values may be freed now).
fn drop_thread_locals(ident: u64) {
    let gone: Vec<PyRef> = LOCAL_DICTS.with(|m| {
        m.borrow_mut()
            .values_mut()
            .filter_map(|t| t.remove(&ident))
            .collect()
    });
    drop(gone);
}

// ---------------------------------------------------------------------------------------------
// Threads

/// What a new thread needs, handed over from the starting thread.
struct Boot {
    vm: *const Vm,
    func: PyRef,
    args: PyRef,
    kwargs: Option<PyRef>,
}

/// `Boot` crossing to the new OS thread.
struct SendBoot(Box<Boot>);

// SAFETY: the references in `Boot` are created under the GIL by the starting thread and not
// touched again by it; the new thread touches them only after taking the GIL (`run_thread`
// takes it before unpacking). The VM pointer stays valid: the interpreter is never freed while
// other threads may run (after finalization starts they block forever in `acquire`).
unsafe impl Send for SendBoot {}

fn start_new_thread(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("start_new_thread() takes no keyword arguments"));
    }
    if p.len() < 2 || p.len() > 3 {
        return Err(vm.type_error(format!(
            "start_new_thread expected at {} 2 arguments, got {}",
            if p.len() < 2 { "least" } else { "most" },
            p.len()
        )));
    }
    if !call::is_callable(vm, &p[0]) {
        return Err(vm.type_error("first arg must be callable"));
    }
    if p[1].as_tuple().is_none() {
        return Err(vm.type_error("2nd arg must be a tuple"));
    }
    let kwargs = match p.get(2) {
        Some(k) if k.as_dict().is_some() => Some(k.clone()),
        Some(_) => return Err(vm.type_error("optional 3rd arg must be a dictionary")),
        None => None,
    };
    if crate::gil::is_finalizing() {
        return Err(vm.runtime_error("can't create new thread at interpreter shutdown"));
    }
    let boot = SendBoot(Box::new(Boot {
        vm: vm as *const Vm,
        func: p[0].clone(),
        args: p[1].clone(),
        kwargs,
    }));
    let size = match STACK_SIZE.with(|s| s.get()) {
        0 => DEFAULT_STACK,
        n => n.max(MIN_STACK),
    };
    COUNT.with(|c| c.set(c.get() + 1));
    let spawned = std::thread::Builder::new()
        .stack_size(size)
        .spawn(move || run_thread(boot, size));
    match spawned {
        Ok(handle) => {
            use std::os::unix::thread::JoinHandleExt;
            let ident: u64 = handle.as_pthread_t();
            drop(handle); // detached, as CPython's threads are
            Ok(vm.bigint(ident.into()))
        }
        Err(_) => {
            COUNT.with(|c| c.set(c.get() - 1));
            Err(vm.runtime_error("can't start new thread"))
        }
    }
}

/// The body of every thread `start_new_thread` makes.
fn run_thread(boot: SendBoot, stack_size: usize) {
    let boot = boot.0;
    // SAFETY: see `SendBoot`: the interpreter outlives every thread that reaches this point
    // with the GIL (`enter_thread` takes it before anything is touched).
    let vm: &Vm = unsafe { &*boot.vm };
    vm.enter_thread(ThreadState::new(stack_size));
    let Boot {
        func, args, kwargs, ..
    } = *boot;
    let mut vals: Vec<PyRef> = args.as_tuple().unwrap_or(&[]).to_vec();
    let mut names = Vec::new();
    if let Some(kw) = &kwargs {
        for (k, v) in kw.as_dict().expect("checked dict").items() {
            names.push(k);
            vals.push(v);
        }
    }
    let r = call::call_args(vm, &func, Args::with_kw(&vals, &names));
    if let Err(e) = r {
        if !vm.exc_matches(&e, &vm.t.system_exit) {
            crate::modules::sys::write_unraisable_with(
                vm,
                &e,
                Some("Exception ignored in thread started by"),
                &func,
            );
        }
    }
    drop((func, args, kwargs, vals, names));
    crate::objects::object::run_pending_finalizers(vm);
    thread_finished(vm);
    vm.exit_thread();
}

/// Bookkeeping when a thread's Python code is done: its sentinel locks are released (waking
/// `join`), its `_local` dicts go, and it no longer counts.
fn thread_finished(vm: &Vm) {
    let me = current_ident();
    drop_thread_locals(me);
    let sentinels = SENTINELS.with(|s| s.borrow_mut().remove(&me));
    for lock in sentinels.into_iter().flatten() {
        if let Some(l) = lock.native::<LockData>() {
            if l.locked.get() {
                l.locked.set(false);
                l.raw.release();
            }
        }
    }
    COUNT.with(|c| c.set(c.get().saturating_sub(1)));
    let _ = vm;
}

/// In the child of `fork()`: only the forking thread survives; forget the others.
pub fn after_fork_child() {
    let me = current_ident();
    COUNT.with(|c| c.set(0));
    let gone: Vec<_> = SENTINELS.with(|s| {
        let mut s = s.borrow_mut();
        let keep = s.remove(&me);
        let gone: Vec<_> = s.drain().collect();
        if let Some(k) = keep {
            s.insert(me, k);
        }
        gone
    });
    drop(gone);
}

fn set_sentinel(vm: &Vm, _args: Args) -> PyResult {
    let lock = new_lock(vm)?;
    if let Some(l) = lock.native::<LockData>() {
        // Fresh and unshared: the first try always succeeds.
        if l.raw.try_acquire() {
            l.locked.set(true);
        }
    }
    SENTINELS.with(|s| {
        s.borrow_mut()
            .entry(current_ident())
            .or_default()
            .push(lock.clone())
    });
    Ok(lock)
}

fn allocate_lock(vm: &Vm, args: Args) -> PyResult {
    if !args.pos().is_empty() || !args.kwnames.is_empty() {
        return Err(vm.type_error("allocate_lock() takes no arguments"));
    }
    new_lock(vm)
}

fn get_ident(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.bigint(current_ident().into()))
}

fn get_native_id(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.bigint(crate::gil::native_id().into()))
}

fn count(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.usize(COUNT.with(|c| c.get())))
}

fn stack_size(vm: &Vm, args: Args) -> PyResult {
    let old = STACK_SIZE.with(|s| s.get());
    if let Some(n) = args.pos().first() {
        let n = crate::objects::int::to_i64(vm, n)?;
        if n != 0 && n < 32768 {
            return Err(vm.value_error(format!("size not valid: {n} bytes")));
        }
        if n < 0 {
            return Err(vm.value_error("size must be 0 or a positive value"));
        }
        STACK_SIZE.with(|s| s.set(n as usize));
    }
    Ok(vm.usize(old))
}

fn exit_thread(vm: &Vm, _args: Args) -> PyResult {
    Err(vm.new_exc_empty(&vm.t.system_exit))
}

fn interrupt_main(vm: &Vm, args: Args) -> PyResult {
    let sig = match args.pos().first().or_else(|| args.kwarg("signum")) {
        Some(s) => crate::objects::int::to_i64(vm, s)?,
        None => libc::SIGINT as i64,
    };
    crate::modules::_signal::simulate(vm, sig)?;
    Ok(vm.none())
}

/// `_thread._excepthook(args)`: the default `threading.excepthook`.
fn excepthook(vm: &Vm, args: Args) -> PyResult {
    let [.., hook_args] = types(vm)?;
    let a = args
        .pos()
        .first()
        .filter(|a| crate::objects::type_::is_subtype(a.ty(), &hook_args))
        .ok_or_else(|| vm.type_error("_thread._excepthook argument type must be ExceptHookArgs"))?;
    let items = a.as_tuple().unwrap_or(&[]);
    let (exc_type, exc_value, thread) = (&items[0], &items[1], &items[3]);
    if exc_type.is(&vm.t.system_exit) {
        return Ok(vm.none());
    }
    let mut file = crate::modules::sys::sys_attr(vm, "stderr").filter(|f| !vm.is_none(f));
    if file.is_none() && !vm.is_none(thread) {
        file = crate::protocols::attr::getattr_opt(vm, thread, &vm.str("_stderr"))?
            .filter(|f| !vm.is_none(f));
    }
    let Some(file) = file else {
        return Ok(vm.none());
    };
    let name = if vm.is_none(thread) {
        None
    } else {
        crate::protocols::attr::getattr_opt(vm, thread, &vm.str("name"))?.filter(|n| !vm.is_none(n))
    };
    let who = match name {
        Some(n) => crate::protocols::repr::str(vm, &n)?
            .as_str()
            .unwrap_or("")
            .to_string(),
        None => current_ident().to_string(),
    };
    let write = |s: String| -> PyResult<()> {
        crate::protocols::call::call_method(vm, &file, "write", &[vm.string(s)])?;
        Ok(())
    };
    write(format!("Exception in thread {who}:\n"))?;
    if vm.is_none(exc_value) {
        write(format!(
            "{}\n",
            crate::protocols::repr::str(vm, exc_type)?
                .as_str()
                .unwrap_or("")
        ))?;
    } else {
        write(crate::modules::tb_print::format_exception(vm, exc_value))?;
    }
    let _ = crate::protocols::call::call_method(vm, &file, "flush", &[]);
    Ok(vm.none())
}

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("start_new_thread", start_new_thread),
    MethodDef::method("start_new", start_new_thread),
    MethodDef::method("allocate_lock", allocate_lock),
    MethodDef::method("allocate", allocate_lock),
    MethodDef::method("get_ident", get_ident),
    MethodDef::method("get_native_id", get_native_id),
    MethodDef::method("_count", count),
    MethodDef::method("stack_size", stack_size),
    MethodDef::method("exit", exit_thread),
    MethodDef::method("exit_thread", exit_thread),
    MethodDef::method("interrupt_main", interrupt_main),
    MethodDef::method("_set_sentinel", set_sentinel),
    MethodDef::method("_excepthook", excepthook),
];

pub fn init(vm: &Vm) -> PyResult {
    let m = new_module(vm, "_thread");
    crate::objects::module::add_functions(vm, &m, FUNCTIONS);
    let [lock, rlock, local, hook_args] = types(vm)?;
    set_attr(vm, &m, "LockType", lock);
    set_attr(vm, &m, "RLock", rlock);
    set_attr(vm, &m, "_local", local);
    set_attr(vm, &m, "_ExceptHookArgs", hook_args);
    set_attr(vm, &m, "error", vm.t.runtime_error.clone());
    set_attr(vm, &m, "TIMEOUT_MAX", vm.float(TIMEOUT_MAX));
    Ok(m)
}
