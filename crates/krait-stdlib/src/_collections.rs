//! _deque: the native `collections.deque` and its iterators; mirrors the deque part of
//! `Modules/_collectionsmodule.c`. Every operation runs under the GIL without calling Python
//! code while the items are borrowed, so `append`, `popleft` and friends are atomic with
//! respect to other threads. Operations that do call Python code (comparisons, iterating an
//! argument, reprs) copy what they need first and detect mutation through the `state`
//! counter, as CPython does.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;

use krait_bytecode::opcode::CompareOp;
use krait_vm::object::GilStatic;
use krait_vm::object::PyObject;
use krait_vm::objects::int::int_val;
use krait_vm::objects::module::{new_module, set_attr};
use krait_vm::objects::NativeData;
use krait_vm::protocols::{compare, number, sequence};
use krait_vm::{Args, MethodDef, Payload, PyRef, PyResult, Vm};
use num_traits::{Signed, ToPrimitive};

/// The native state of a deque: its items, its bound and a counter bumped by every mutation
/// (iterators and comparisons check it to detect changes made behind their back).
pub struct DequeState {
    items: RefCell<VecDeque<PyRef>>,
    maxlen: Cell<Option<usize>>,
    state: Cell<u64>,
}

impl NativeData for DequeState {
    fn as_any(&self) -> &dyn Any {
        self
    }

    fn traverse(&self, visit: &mut dyn FnMut(&PyObject)) {
        if let Ok(items) = self.items.try_borrow() {
            for o in items.iter() {
                visit(o);
            }
        }
    }

    fn clear(&self) {
        let old = self.items.replace(VecDeque::new());
        self.bump();
        drop(old);
    }
}

impl DequeState {
    fn new() -> DequeState {
        DequeState {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(None),
            state: Cell::new(0),
        }
    }

    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    fn len(&self) -> usize {
        self.items.borrow().len()
    }

    fn get(&self, i: usize) -> Option<PyRef> {
        self.items.borrow().get(i).cloned()
    }

    fn snapshot(&self) -> Vec<PyRef> {
        self.items.borrow().iter().cloned().collect()
    }

    /// Append on the right, dropping from the left past `maxlen`; the dropped item is freed
    /// after the borrow ends.
    fn push_back(&self, x: PyRef) {
        let dropped = {
            let mut items = self.items.borrow_mut();
            items.push_back(x);
            match self.maxlen.get() {
                Some(m) if items.len() > m => items.pop_front(),
                _ => None,
            }
        };
        self.bump();
        drop(dropped);
    }

    fn push_front(&self, x: PyRef) {
        let dropped = {
            let mut items = self.items.borrow_mut();
            items.push_front(x);
            match self.maxlen.get() {
                Some(m) if items.len() > m => items.pop_back(),
                _ => None,
            }
        };
        self.bump();
        drop(dropped);
    }

    fn take_all(&self) -> VecDeque<PyRef> {
        self.bump();
        self.items.replace(VecDeque::new())
    }
}

/// The state of a `_deque_iterator` or `_deque_reverse_iterator`.
struct DequeIter {
    deque: RefCell<Option<PyRef>>,
    /// Items already produced (counted from the left, or from the right when reversed).
    index: Cell<usize>,
    /// Items still to produce.
    counter: Cell<usize>,
    state: u64,
    reverse: bool,
}

impl NativeData for DequeIter {
    fn as_any(&self) -> &dyn Any {
        self
    }

    fn traverse(&self, visit: &mut dyn FnMut(&PyObject)) {
        if let Ok(d) = self.deque.try_borrow() {
            if let Some(d) = d.as_ref() {
                visit(d);
            }
        }
    }

    fn clear(&self) {
        let old = self.deque.replace(None);
        drop(old);
    }
}

/// The deque type and its two iterator types, made once and shared by every thread.
static TYPES: GilStatic<RefCell<Option<(PyRef, PyRef, PyRef)>>> =
    GilStatic::new(RefCell::new(None));

fn types(vm: &Vm) -> (PyRef, PyRef, PyRef) {
    if let Some(t) = TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let new_type = krait_vm::modules::builtins::new_native_type;
    let dq = new_type(vm, "deque", "collections", DEQUE_METHODS);
    krait_vm::objects::descr::add_getset(vm, &dq, "maxlen", d_maxlen, Some(d_set_maxlen));
    krait_vm::objects::descr::add_attr(vm, &dq, "__hash__", vm.none());
    krait_vm::objects::descr::add_attr(vm, &dq, "__doc__", vm.str(DEQUE_DOC));
    if let Some(td) = dq.as_type() {
        td.flags
            .set(td.flags.get() | krait_vm::objects::type_::WEAKREFABLE);
    }
    let it = new_type(vm, "_deque_iterator", "_collections", ITER_METHODS);
    let rit = new_type(
        vm,
        "_deque_reverse_iterator",
        "_collections",
        REV_ITER_METHODS,
    );
    for t in [&it, &rit] {
        if let Some(td) = t.as_type() {
            td.flags
                .set(td.flags.get() & !krait_vm::objects::type_::BASETYPE);
        }
    }
    let t = (dq, it, rit);
    TYPES.with(|ts| *ts.borrow_mut() = Some(t.clone()));
    t
}

const DEQUE_DOC: &str = "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence \
                         optimized for data accesses near its endpoints.";

fn is_deque(o: &PyRef, vm: &Vm) -> bool {
    krait_vm::objects::type_::is_subtype(o.ty(), &types(vm).0)
}

fn state<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a DequeState> {
    o.native::<DequeState>().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'collections.deque' object but received a '{}'",
            vm.type_name(o)
        ))
    })
}

fn no_kwargs(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.kwnames.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// The deque of a method taking no arguments (`METH_NOARGS`).
fn no_args<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a PyRef, &'a DequeState)> {
    let p = args.values;
    let slf = &p[0];
    let st = state(vm, slf)?;
    if p.len() != 1 {
        return Err(vm.type_error(format!(
            "deque.{name}() takes no arguments ({} given)",
            p.len() - 1
        )));
    }
    Ok((slf, st))
}

/// The deque and the argument of a one-argument method (`METH_O`).
fn one_arg<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a DequeState, &'a PyRef)> {
    let st = state(vm, &args.values[0])?;
    no_kwargs(vm, args, &format!("deque.{name}"))?;
    let p = args.pos();
    if p.len() != 2 {
        return Err(vm.type_error(format!(
            "deque.{name}() takes exactly one argument ({} given)",
            p.len() - 1
        )));
    }
    Ok((st, &p[1]))
}

/// The arguments after `self` of a slot wrapper taking exactly `n` (`check_num_args`;
/// `prefix` is the space `PyArg_UnpackTuple` puts before the message of some wrappers).
fn slot_args<'a>(vm: &Vm, args: &Args<'a>, n: usize, prefix: &str) -> PyResult<&'a [PyRef]> {
    let rest = &args.values[1..];
    if rest.len() != n {
        let s = if n == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{prefix}expected {n} argument{s}, got {}",
            rest.len()
        )));
    }
    Ok(rest)
}

fn has_index(vm: &Vm, o: &PyRef) -> bool {
    int_val(o).is_some() || o.type_data().lookup(&vm.names.__index__).is_some()
}

/// `PyNumber_AsSsize_t(o, OverflowError)` for `n` arguments (rotate, insert).
fn ssize_arg(vm: &Vm, o: &PyRef) -> PyResult<i64> {
    let i = number::index(vm, o)?;
    match int_val(&i).and_then(|v| v.to_big().to_i64()) {
        Some(v) => Ok(v),
        None => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// A subscript: an index-sized int, negative counted from the end.
fn subscript(vm: &Vm, key: &PyRef, len: usize) -> PyResult<usize> {
    if !has_index(vm, key) {
        return Err(vm.type_error(format!(
            "sequence index must be integer, not '{}'",
            vm.type_name(key)
        )));
    }
    let i = number::index(vm, key)?;
    let Some(mut i) = int_val(&i).and_then(|v| v.to_big().to_i64()) else {
        return Err(vm.index_error("cannot fit 'int' into an index-sized integer"));
    };
    if i < 0 {
        i += len as i64;
    }
    if i < 0 || i >= len as i64 {
        return Err(vm.index_error("deque index out of range"));
    }
    Ok(i as usize)
}

/// A slice-style bound of `index()`: clamped, negative counted from the end.
fn slice_bound(vm: &Vm, o: &PyRef, len: usize) -> PyResult<usize> {
    if !has_index(vm, o) {
        return Err(vm.type_error("slice indices must be integers or have an __index__ method"));
    }
    let i = number::index(vm, o)?;
    let n = len as i64;
    let v = match int_val(&i) {
        Some(v) => {
            let b = v.to_big();
            b.to_i64()
                .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX })
        }
        None => 0,
    };
    let v = if v < 0 { v.saturating_add(n).max(0) } else { v };
    Ok(v.min(n) as usize)
}

fn mutated(vm: &Vm) -> PyRef {
    vm.runtime_error("deque mutated during iteration")
}

/// A new exact deque holding `items`.
fn new_deque(vm: &Vm, items: VecDeque<PyRef>, maxlen: Option<usize>) -> PyRef {
    let st = DequeState::new();
    *st.items.borrow_mut() = items;
    st.maxlen.set(maxlen);
    PyRef::new(&types(vm).0, Payload::Native(Box::new(st)))
}

// ---------------------------------------------------------------------------------------------
// construction

/// `tp_new`'s check that `cls` is a type deriving from `base` (`T.__new__(X)`).
fn check_subtype(vm: &Vm, cls: &PyRef, base: &PyRef, name: &str) -> PyResult<()> {
    let Some(td) = cls.as_type() else {
        return Err(vm.type_error(format!(
            "{name}.__new__(X): X is not a type object ({})",
            vm.type_name(cls)
        )));
    };
    if !krait_vm::objects::type_::is_subtype(cls, base) {
        let n = td.name();
        return Err(vm.type_error(format!(
            "{name}.__new__({n}): {n} is not a subtype of {name}"
        )));
    }
    Ok(())
}

fn d_new(vm: &Vm, args: Args) -> PyResult {
    let Some(cls) = args.pos().first() else {
        return Err(vm.type_error("collections.deque.__new__(): not enough arguments"));
    };
    check_subtype(vm, cls, &types(vm).0, "collections.deque")?;
    Ok(krait_vm::objects::object::alloc_instance(
        vm,
        cls,
        Payload::Native(Box::new(DequeState::new())),
    ))
}

fn d_init(vm: &Vm, args: Args) -> PyResult {
    let slf = &args.values[0];
    let st = state(vm, slf)?;
    let spec = crate::args::Spec {
        fname: "deque",
        names: &["iterable", "maxlen"],
        positional: 2,
        required: 0,
    };
    let a = crate::args::parse(vm, &args.skip_self(), &spec)?;
    let maxlen = match a[1] {
        Some(m) if !vm.is_none(m) => {
            let Some(v) = int_val(m) else {
                return Err(vm.type_error("an integer is required"));
            };
            let Some(v) = v.to_big().to_i64() else {
                return Err(vm.overflow_error("Python int too large to convert to C ssize_t"));
            };
            if v < 0 {
                return Err(vm.value_error("maxlen must be non-negative"));
            }
            Some(v as usize)
        }
        _ => None,
    };
    st.maxlen.set(maxlen);
    if st.len() > 0 {
        drop(st.take_all());
    }
    if let Some(it) = a[0] {
        extend(vm, slf, st, it, false)?;
    }
    Ok(vm.none())
}

/// `extend` / `extendleft`: the items of `iterable` (a copy first when it is the deque).
fn extend(vm: &Vm, slf: &PyRef, st: &DequeState, iterable: &PyRef, left: bool) -> PyResult<()> {
    if iterable.is(slf) {
        for x in st.snapshot() {
            if left {
                st.push_front(x);
            } else {
                st.push_back(x);
            }
        }
        return Ok(());
    }
    let it = sequence::iter(vm, iterable)?;
    while let Some(x) = sequence::next(vm, &it)? {
        if left {
            st.push_front(x);
        } else {
            st.push_back(x);
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// the ends

fn d_append(vm: &Vm, args: Args) -> PyResult {
    let (st, x) = one_arg(vm, &args, "append")?;
    st.push_back(x.clone());
    Ok(vm.none())
}

fn d_appendleft(vm: &Vm, args: Args) -> PyResult {
    let (st, x) = one_arg(vm, &args, "appendleft")?;
    st.push_front(x.clone());
    Ok(vm.none())
}

fn d_pop(vm: &Vm, args: Args) -> PyResult {
    let (_, st) = no_args(vm, &args, "pop")?;
    let x = st.items.borrow_mut().pop_back();
    match x {
        Some(x) => {
            st.bump();
            Ok(x)
        }
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn d_popleft(vm: &Vm, args: Args) -> PyResult {
    let (_, st) = no_args(vm, &args, "popleft")?;
    let x = st.items.borrow_mut().pop_front();
    match x {
        Some(x) => {
            st.bump();
            Ok(x)
        }
        None => Err(vm.index_error("pop from an empty deque")),
    }
}

fn d_extend(vm: &Vm, args: Args) -> PyResult {
    let (st, it) = one_arg(vm, &args, "extend")?;
    extend(vm, &args.values[0], st, it, false)?;
    Ok(vm.none())
}

fn d_extendleft(vm: &Vm, args: Args) -> PyResult {
    let (st, it) = one_arg(vm, &args, "extendleft")?;
    extend(vm, &args.values[0], st, it, true)?;
    Ok(vm.none())
}

fn d_clear(vm: &Vm, args: Args) -> PyResult {
    let (_, st) = no_args(vm, &args, "clear")?;
    drop(st.take_all());
    Ok(vm.none())
}

// ---------------------------------------------------------------------------------------------
// copies

/// `deque_copy`: exact deques directly, subclasses through their constructor.
fn copy_of(vm: &Vm, slf: &PyRef, st: &DequeState) -> PyResult {
    if slf.is_type(&types(vm).0) {
        return Ok(new_deque(vm, st.items.borrow().clone(), st.maxlen.get()));
    }
    let cls: PyRef = slf.class();
    let r = match st.maxlen.get() {
        None => krait_vm::protocols::call::call(vm, &cls, std::slice::from_ref(slf))?,
        Some(m) => krait_vm::protocols::call::call(vm, &cls, &[slf.clone(), vm.usize(m)])?,
    };
    if !is_deque(&r, vm) {
        return Err(vm.type_error(format!(
            "{}() must return a deque, not {}",
            slf.type_data().name(),
            vm.type_name(&r)
        )));
    }
    Ok(r)
}

fn d_copy(vm: &Vm, args: Args) -> PyResult {
    let (slf, st) = no_args(vm, &args, "copy")?;
    copy_of(vm, slf, st)
}

fn d_dunder_copy(vm: &Vm, args: Args) -> PyResult {
    let (slf, st) = no_args(vm, &args, "__copy__")?;
    copy_of(vm, slf, st)
}

fn d_reduce(vm: &Vm, args: Args) -> PyResult {
    let (slf, st) = no_args(vm, &args, "__reduce__")?;
    let dict = krait_vm::protocols::attr::getattr_opt(vm, slf, &vm.intern("__dict__"))?
        .unwrap_or_else(|| vm.none());
    let ctor_args = match st.maxlen.get() {
        None => vm.tuple(vec![]),
        Some(m) => vm.tuple(vec![vm.tuple(vec![]), vm.usize(m)]),
    };
    let it = sequence::iter(vm, slf)?;
    Ok(vm.tuple(vec![slf.class(), ctor_args, dict, it]))
}

// ---------------------------------------------------------------------------------------------
// searching

/// The position of the first item in `start..stop` equal to `x`; RuntimeError (or `err` when
/// given) if a comparison changes the deque.
fn find(
    vm: &Vm,
    st: &DequeState,
    x: &PyRef,
    start: usize,
    stop: usize,
    mutated_err: fn(&Vm) -> PyRef,
) -> PyResult<Option<usize>> {
    let start_state = st.state.get();
    for i in start..stop {
        let Some(item) = st.get(i) else { break };
        let equal = compare::eq(vm, &item, x)?;
        if st.state.get() != start_state {
            return Err(mutated_err(vm));
        }
        if equal {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

fn d_count(vm: &Vm, args: Args) -> PyResult {
    let (st, x) = one_arg(vm, &args, "count")?;
    let start_state = st.state.get();
    let mut n = 0usize;
    for i in 0..st.len() {
        let Some(item) = st.get(i) else { break };
        let equal = compare::eq(vm, &item, x)?;
        if st.state.get() != start_state {
            return Err(mutated(vm));
        }
        n += usize::from(equal);
    }
    Ok(vm.usize(n))
}

fn d_contains(vm: &Vm, args: Args) -> PyResult {
    let st = state(vm, &args.values[0])?;
    let x = &slot_args(vm, &args, 1, "")?[0];
    let len = st.len();
    Ok(vm.bool(find(vm, st, x, 0, len, mutated)?.is_some()))
}

fn d_index(vm: &Vm, args: Args) -> PyResult {
    let st = state(vm, &args.values[0])?;
    no_kwargs(vm, &args, "index")?;
    let p = &args.pos()[1..];
    if p.is_empty() {
        return Err(vm.type_error("index() takes at least 1 argument (0 given)"));
    }
    if p.len() > 3 {
        return Err(vm.type_error(format!(
            "index() takes at most 3 arguments ({} given)",
            p.len()
        )));
    }
    let len = st.len();
    let start = match p.get(1) {
        Some(o) => slice_bound(vm, o, len)?,
        None => 0,
    };
    let stop = match p.get(2) {
        Some(o) => slice_bound(vm, o, len)?,
        None => len,
    };
    let stop = stop.min(st.len());
    match find(vm, st, &p[0], start, stop.max(start), mutated)? {
        Some(i) => Ok(vm.usize(i)),
        None => {
            let r = krait_vm::protocols::repr::repr(vm, &p[0])?;
            Err(vm.value_error(format!("{} is not in deque", r.as_str().unwrap_or(""))))
        }
    }
}

fn d_remove(vm: &Vm, args: Args) -> PyResult {
    let (st, x) = one_arg(vm, &args, "remove")?;
    let len = st.len();
    let mutated_index = |vm: &Vm| vm.index_error("deque mutated during iteration");
    match find(vm, st, x, 0, len, mutated_index)? {
        Some(i) => {
            let old = st.items.borrow_mut().remove(i);
            st.bump();
            drop(old);
            Ok(vm.none())
        }
        None => {
            let r = krait_vm::protocols::repr::repr(vm, x)?;
            Err(vm.value_error(format!("{} is not in deque", r.as_str().unwrap_or(""))))
        }
    }
}

// ---------------------------------------------------------------------------------------------
// rearranging

fn d_insert(vm: &Vm, args: Args) -> PyResult {
    let st = state(vm, &args.values[0])?;
    no_kwargs(vm, &args, "insert")?;
    let p = &args.pos()[1..];
    if p.len() != 2 {
        return Err(vm.type_error(format!(
            "insert() takes exactly 2 arguments ({} given)",
            p.len()
        )));
    }
    let i = ssize_arg(vm, &p[0])?;
    let n = st.len();
    if st.maxlen.get() == Some(n) {
        return Err(vm.index_error("deque already at its maximum size"));
    }
    let pos = if i < 0 {
        (i.saturating_add(n as i64)).max(0) as usize
    } else {
        (i as u64).min(n as u64) as usize
    };
    let mut items = st.items.borrow_mut();
    let pos = pos.min(items.len());
    items.insert(pos, p[1].clone());
    drop(items);
    st.bump();
    Ok(vm.none())
}

fn d_reverse(vm: &Vm, args: Args) -> PyResult {
    let (_, st) = no_args(vm, &args, "reverse")?;
    st.items.borrow_mut().make_contiguous().reverse();
    Ok(vm.none())
}

fn d_rotate(vm: &Vm, args: Args) -> PyResult {
    let st = state(vm, &args.values[0])?;
    no_kwargs(vm, &args, "deque.rotate")?;
    let p = &args.pos()[1..];
    if p.len() > 1 {
        return Err(vm.type_error(format!(
            "deque.rotate expected at most 1 argument, got {}",
            p.len()
        )));
    }
    let n = match p.first() {
        Some(o) => ssize_arg(vm, o)?,
        None => 1,
    };
    let mut items = st.items.borrow_mut();
    let len = items.len();
    if len > 1 {
        let k = n.rem_euclid(len as i64) as usize;
        items.rotate_right(k);
        drop(items);
        st.bump();
    }
    Ok(vm.none())
}

// ---------------------------------------------------------------------------------------------
// the sequence protocol

fn d_len(vm: &Vm, args: Args) -> PyResult {
    let st = state(vm, &args.values[0])?;
    slot_args(vm, &args, 0, "")?;
    Ok(vm.usize(st.len()))
}

fn d_getitem(vm: &Vm, args: Args) -> PyResult {
    let st = state(vm, &args.values[0])?;
    let key = &slot_args(vm, &args, 1, "")?[0];
    let i = subscript(vm, key, st.len())?;
    st.get(i)
        .ok_or_else(|| vm.index_error("deque index out of range"))
}

fn d_setitem(vm: &Vm, args: Args) -> PyResult {
    let st = state(vm, &args.values[0])?;
    let a = slot_args(vm, &args, 2, " ")?;
    let i = subscript(vm, &a[0], st.len())?;
    let old = st
        .items
        .borrow_mut()
        .get_mut(i)
        .map(|slot| std::mem::replace(slot, a[1].clone()));
    drop(old);
    Ok(vm.none())
}

fn d_delitem(vm: &Vm, args: Args) -> PyResult {
    let st = state(vm, &args.values[0])?;
    let key = &slot_args(vm, &args, 1, "")?[0];
    let i = subscript(vm, key, st.len())?;
    let old = st.items.borrow_mut().remove(i);
    st.bump();
    drop(old);
    Ok(vm.none())
}

fn d_iter(vm: &Vm, args: Args) -> PyResult {
    let (slf, st) = (&args.values[0], state(vm, &args.values[0])?);
    slot_args(vm, &args, 0, "")?;
    Ok(new_iter(vm, slf, st, false))
}

fn d_reversed(vm: &Vm, args: Args) -> PyResult {
    let (slf, st) = no_args(vm, &args, "__reversed__")?;
    Ok(new_iter(vm, slf, st, true))
}

fn d_repr(vm: &Vm, args: Args) -> PyResult {
    let (slf, st) = (&args.values[0], state(vm, &args.values[0])?);
    slot_args(vm, &args, 0, "")?;
    if !krait_vm::protocols::repr::repr_enter(vm, slf) {
        return Ok(vm.str("[...]"));
    }
    // `list(self)`, as CPython's `PySequence_List`: a subclass's `__iter__` is honoured.
    let r = sequence::collect(vm, slf).and_then(|items| {
        let list = vm.list(items);
        krait_vm::protocols::repr::repr(vm, &list)
    });
    krait_vm::protocols::repr::repr_leave(vm, slf);
    let r = r?;
    let name = slf.type_data().name();
    let body = r.as_str().unwrap_or("");
    Ok(match st.maxlen.get() {
        None => vm.string(format!("{name}({body})")),
        Some(m) => vm.string(format!("{name}({body}, maxlen={m})")),
    })
}

fn d_maxlen(vm: &Vm, slf: &PyRef) -> PyResult {
    let st = state(vm, slf)?;
    Ok(match st.maxlen.get() {
        None => vm.none(),
        Some(m) => vm.usize(m),
    })
}

fn d_set_maxlen(vm: &Vm, _slf: &PyRef, _value: Option<PyRef>) -> PyResult<()> {
    Err(vm.attribute_error("attribute 'maxlen' of 'collections.deque' objects is not writable"))
}

// ---------------------------------------------------------------------------------------------
// operators

fn d_add(vm: &Vm, args: Args) -> PyResult {
    let slf = &args.values[0];
    let st = state(vm, slf)?;
    let other = &slot_args(vm, &args, 1, "")?[0];
    if !is_deque(other, vm) {
        if let Some(r) = reflected(vm, other, "__radd__", slf)? {
            return Ok(r);
        }
        return Err(vm.type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            vm.type_name(other)
        )));
    }
    let new = copy_of(vm, slf, st)?;
    let nst = state(vm, &new)?;
    extend(vm, &new, nst, other, false)?;
    Ok(new)
}

fn d_iadd(vm: &Vm, args: Args) -> PyResult {
    let slf = &args.values[0];
    let st = state(vm, slf)?;
    let other = &slot_args(vm, &args, 1, "")?[0];
    extend(vm, slf, st, other, false)?;
    Ok(slf.clone())
}

/// The repeat count of `deque * n`.
fn repeat_count(vm: &Vm, n: &PyRef) -> PyResult<i64> {
    if !has_index(vm, n) {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(n)
        )));
    }
    let i = number::index(vm, n)?;
    int_val(&i)
        .and_then(|v| v.to_big().to_i64())
        .ok_or_else(|| vm.overflow_error("cannot fit 'int' into an index-sized integer"))
}

/// `deque_inplace_repeat`: the items `n` times over, only the last `maxlen` kept.
fn repeat_in_place(vm: &Vm, st: &DequeState, n: i64) -> PyResult<()> {
    let items = st.snapshot();
    let len = items.len() as u128;
    if n <= 0 || len == 0 {
        drop(st.take_all());
        return Ok(());
    }
    let total = len * n as u128;
    let keep = match st.maxlen.get() {
        Some(m) => total.min(m as u128),
        None => total,
    };
    if keep > (isize::MAX as u128) / 8 {
        return Err(vm.memory_error());
    }
    let mut out = VecDeque::with_capacity(keep as usize);
    for j in (total - keep)..total {
        out.push_back(items[(j % len) as usize].clone());
    }
    let old = st.items.replace(out);
    st.bump();
    drop(old);
    Ok(())
}

/// The right operand's reflected method `name` applied to the deque, unless it is missing
/// or declines: CPython's `binary_op1` tries the operand's number slot before the deque's
/// sequence slots (`sq_concat`, `sq_repeat`).
fn reflected(vm: &Vm, other: &PyRef, name: &str, slf: &PyRef) -> PyResult<Option<PyRef>> {
    // A builtin type's slot wrapper stands for a sequence slot or a number slot that
    // declines a deque; only a method written in Python is a number slot to try.
    match other.type_data().lookup(&vm.intern(name)) {
        Some(m) if !m.is_type(&vm.t.wrapper_descriptor) => {}
        _ => return Ok(None),
    }
    let r = krait_vm::protocols::call::call_method(vm, other, name, std::slice::from_ref(slf))?;
    Ok(if r.is(&vm.not_implemented) {
        None
    } else {
        Some(r)
    })
}

fn d_mul(vm: &Vm, args: Args) -> PyResult {
    let other = &slot_args(vm, &args, 1, " ")?[0];
    if !has_index(vm, other) {
        if let Some(r) = reflected(vm, other, "__rmul__", &args.values[0])? {
            return Ok(r);
        }
    }
    d_rmul(vm, args)
}

fn d_rmul(vm: &Vm, args: Args) -> PyResult {
    let slf = &args.values[0];
    let st = state(vm, slf)?;
    let n = repeat_count(vm, &slot_args(vm, &args, 1, " ")?[0])?;
    let new = copy_of(vm, slf, st)?;
    repeat_in_place(vm, state(vm, &new)?, n)?;
    Ok(new)
}

fn d_imul(vm: &Vm, args: Args) -> PyResult {
    let slf = &args.values[0];
    let st = state(vm, slf)?;
    let n = repeat_count(vm, &slot_args(vm, &args, 1, " ")?[0])?;
    repeat_in_place(vm, st, n)?;
    Ok(slf.clone())
}

/// `deque_richcompare`: lexicographic, with other deques only.
fn richcompare(vm: &Vm, args: &Args, op: CompareOp) -> PyResult {
    let (v, w) = (&args.values[0], &slot_args(vm, args, 1, "")?[0]);
    let vs = state(vm, v)?;
    let Some(ws) = w.native::<DequeState>().filter(|_| is_deque(w, vm)) else {
        return Ok(vm.not_implemented());
    };
    let (vlen, wlen) = (vs.len(), ws.len());
    if vlen != wlen && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.bool(op == CompareOp::Ne));
    }
    let (vstate, wstate) = (vs.state.get(), ws.state.get());
    for i in 0..vlen.min(wlen) {
        if vs.state.get() != vstate || ws.state.get() != wstate {
            return Err(mutated(vm));
        }
        let (Some(x), Some(y)) = (vs.get(i), ws.get(i)) else {
            break;
        };
        if !compare::eq(vm, &x, &y)? {
            return match op {
                CompareOp::Eq => Ok(vm.bool(false)),
                CompareOp::Ne => Ok(vm.bool(true)),
                _ => compare::rich_compare(vm, &x, &y, op),
            };
        }
    }
    let r = match op {
        CompareOp::Lt => vlen < wlen,
        CompareOp::Le => vlen <= wlen,
        CompareOp::Eq => vlen == wlen,
        CompareOp::Ne => vlen != wlen,
        CompareOp::Gt => vlen > wlen,
        CompareOp::Ge => vlen >= wlen,
    };
    Ok(vm.bool(r))
}

fn d_eq(vm: &Vm, args: Args) -> PyResult {
    richcompare(vm, &args, CompareOp::Eq)
}
fn d_ne(vm: &Vm, args: Args) -> PyResult {
    richcompare(vm, &args, CompareOp::Ne)
}
fn d_lt(vm: &Vm, args: Args) -> PyResult {
    richcompare(vm, &args, CompareOp::Lt)
}
fn d_le(vm: &Vm, args: Args) -> PyResult {
    richcompare(vm, &args, CompareOp::Le)
}
fn d_gt(vm: &Vm, args: Args) -> PyResult {
    richcompare(vm, &args, CompareOp::Gt)
}
fn d_ge(vm: &Vm, args: Args) -> PyResult {
    richcompare(vm, &args, CompareOp::Ge)
}

fn d_sizeof(vm: &Vm, args: Args) -> PyResult {
    let (_, st) = no_args(vm, &args, "__sizeof__")?;
    // CPython's object header plus one 64-slot block per 64 items (at least one block).
    let blocks = st.len() / 64 + 1;
    Ok(vm.usize(80 + blocks * 528))
}

macro_rules! doc {
    ($def:expr, $doc:expr) => {
        MethodDef { doc: $doc, ..$def }
    };
}

const DEQUE_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", d_new),
    MethodDef::method("__init__", d_init),
    doc!(
        MethodDef::method("append", d_append),
        "Add an element to the right side of the deque."
    ),
    doc!(
        MethodDef::method("appendleft", d_appendleft),
        "Add an element to the left side of the deque."
    ),
    doc!(
        MethodDef::method("pop", d_pop),
        "Remove and return the rightmost element."
    ),
    doc!(
        MethodDef::method("popleft", d_popleft),
        "Remove and return the leftmost element."
    ),
    doc!(
        MethodDef::method("extend", d_extend),
        "Extend the right side of the deque with elements from the iterable"
    ),
    doc!(
        MethodDef::method("extendleft", d_extendleft),
        "Extend the left side of the deque with elements from the iterable"
    ),
    doc!(
        MethodDef::method("clear", d_clear),
        "Remove all elements from the deque."
    ),
    doc!(
        MethodDef::method("copy", d_copy),
        "Return a shallow copy of a deque."
    ),
    doc!(
        MethodDef::method("__copy__", d_dunder_copy),
        "Return a shallow copy of a deque."
    ),
    doc!(
        MethodDef::method("count", d_count),
        "D.count(value) -- return number of occurrences of value"
    ),
    doc!(
        MethodDef::method("index", d_index),
        "D.index(value, [start, [stop]]) -- return first index of value.\nRaises ValueError \
         if the value is not present."
    ),
    doc!(
        MethodDef::method("insert", d_insert),
        "D.insert(index, object) -- insert object before index"
    ),
    doc!(
        MethodDef::method("remove", d_remove),
        "D.remove(value) -- remove first occurrence of value."
    ),
    doc!(
        MethodDef::method("reverse", d_reverse),
        "D.reverse() -- reverse *IN PLACE*"
    ),
    doc!(
        MethodDef::method("rotate", d_rotate),
        "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates \
         left."
    ),
    doc!(
        MethodDef::method("__reduce__", d_reduce),
        "Return state information for pickling."
    ),
    doc!(
        MethodDef::method("__reversed__", d_reversed),
        "D.__reversed__() -- return a reverse iterator over the deque"
    ),
    doc!(
        MethodDef::method("__sizeof__", d_sizeof),
        "D.__sizeof__() -- size of D in memory, in bytes"
    ),
    MethodDef::method("__len__", d_len),
    MethodDef::method("__getitem__", d_getitem),
    MethodDef::method("__setitem__", d_setitem),
    MethodDef::method("__delitem__", d_delitem),
    MethodDef::method("__contains__", d_contains),
    MethodDef::method("__iter__", d_iter),
    MethodDef::method("__repr__", d_repr),
    MethodDef::method("__add__", d_add),
    MethodDef::method("__iadd__", d_iadd),
    MethodDef::method("__mul__", d_mul),
    MethodDef::method("__rmul__", d_rmul),
    MethodDef::method("__imul__", d_imul),
    MethodDef::method("__eq__", d_eq),
    MethodDef::method("__ne__", d_ne),
    MethodDef::method("__lt__", d_lt),
    MethodDef::method("__le__", d_le),
    MethodDef::method("__gt__", d_gt),
    MethodDef::method("__ge__", d_ge),
    doc!(
        MethodDef::class(
            "__class_getitem__",
            krait_vm::objects::generic_alias::class_getitem
        ),
        "See PEP 585"
    ),
];

// ---------------------------------------------------------------------------------------------
// iterators

fn new_iter(vm: &Vm, slf: &PyRef, st: &DequeState, reverse: bool) -> PyRef {
    let (_, it, rit) = types(vm);
    let data = DequeIter {
        deque: RefCell::new(Some(slf.clone())),
        index: Cell::new(0),
        counter: Cell::new(st.len()),
        state: st.state.get(),
        reverse,
    };
    PyRef::new(
        if reverse { &rit } else { &it },
        Payload::Native(Box::new(data)),
    )
}

fn iter_state<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a DequeIter> {
    args.values
        .first()
        .and_then(|o| o.native::<DequeIter>())
        .ok_or_else(|| vm.type_error("expected a deque iterator"))
}

/// `_deque_iterator(deque, index=0)`: an iterator that has already produced `index` items.
fn iter_new_common(vm: &Vm, args: Args, reverse: bool) -> PyResult {
    if args.pos().is_empty() {
        let name = if reverse {
            "_deque_reverse_iterator"
        } else {
            "_deque_iterator"
        };
        return Err(vm.type_error(format!(
            "_collections.{name}.__new__(): not enough arguments"
        )));
    }
    let p = args.pos().get(1..).unwrap_or(&[]);
    if p.is_empty() {
        return Err(vm.type_error("function takes at least 1 argument (0 given)"));
    }
    if p.len() > 2 {
        return Err(vm.type_error(format!(
            "function takes at most 2 arguments ({} given)",
            p.len()
        )));
    }
    let d = &p[0];
    if !is_deque(d, vm) {
        return Err(vm.type_error(format!(
            "argument 1 must be collections.deque, not {}",
            vm.type_name(d)
        )));
    }
    let st = state(vm, d)?;
    let it = new_iter(vm, d, st, reverse);
    if let Some(i) = p.get(1) {
        let n = ssize_arg(vm, i)?.max(0) as usize;
        if let Some(data) = it.native::<DequeIter>() {
            let skip = n.min(data.counter.get());
            data.index.set(skip);
            data.counter.set(data.counter.get() - skip);
        }
    }
    Ok(it)
}

fn it_new(vm: &Vm, args: Args) -> PyResult {
    iter_new_common(vm, args, false)
}

fn rit_new(vm: &Vm, args: Args) -> PyResult {
    iter_new_common(vm, args, true)
}

fn it_iter(vm: &Vm, args: Args) -> PyResult {
    iter_state(vm, &args)?;
    Ok(args.values[0].clone())
}

fn it_next(vm: &Vm, args: Args) -> PyResult {
    let it = iter_state(vm, &args)?;
    let Some(d) = it.deque.borrow().clone() else {
        return Err(vm.stop_iteration(None));
    };
    let st = state(vm, &d)?;
    if st.state.get() != it.state {
        it.counter.set(0);
        return Err(mutated(vm));
    }
    if it.counter.get() == 0 {
        return Err(vm.stop_iteration(None));
    }
    let i = it.index.get();
    let pos = if it.reverse {
        st.len().checked_sub(i + 1)
    } else {
        Some(i)
    };
    let Some(x) = pos.and_then(|p| st.get(p)) else {
        return Err(vm.stop_iteration(None));
    };
    it.index.set(i + 1);
    it.counter.set(it.counter.get() - 1);
    Ok(x)
}

fn it_length_hint(vm: &Vm, args: Args) -> PyResult {
    let it = iter_state(vm, &args)?;
    Ok(vm.usize(it.counter.get()))
}

fn it_reduce(vm: &Vm, args: Args) -> PyResult {
    let it = iter_state(vm, &args)?;
    let Some(d) = it.deque.borrow().clone() else {
        return Err(vm.type_error("deque iterator has been cleared"));
    };
    let len = state(vm, &d)?.len();
    let done = len.saturating_sub(it.counter.get());
    let cls = args.values[0].class();
    Ok(vm.tuple(vec![cls, vm.tuple(vec![d, vm.usize(done)])]))
}

const ITER_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", it_new),
    MethodDef::method("__iter__", it_iter),
    MethodDef::method("__next__", it_next),
    doc!(
        MethodDef::method("__length_hint__", it_length_hint),
        "Private method returning an estimate of len(list(it))."
    ),
    doc!(
        MethodDef::method("__reduce__", it_reduce),
        "Return state information for pickling."
    ),
];

const REV_ITER_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", rit_new),
    MethodDef::method("__iter__", it_iter),
    MethodDef::method("__next__", it_next),
    doc!(
        MethodDef::method("__length_hint__", it_length_hint),
        "Private method returning an estimate of len(list(it))."
    ),
    doc!(
        MethodDef::method("__reduce__", it_reduce),
        "Return state information for pickling."
    ),
];

pub fn init(vm: &Vm) -> PyResult {
    let m = new_module(vm, "_deque");
    let (dq, it, rit) = types(vm);
    set_attr(vm, &m, "deque", dq);
    set_attr(vm, &m, "_deque_iterator", it);
    set_attr(vm, &m, "_deque_reverse_iterator", rit);
    Ok(m)
}
