//! set and frozenset: mirrors `Objects/setobject.c`, including its exact open-addressing
//! scheme (linear probes then perturbation, resize rules, `pop` finger), so iteration order
//! matches CPython's for the same hashes.

use std::cell::{Cell, RefCell};

use krait_bytecode::opcode::CompareOp;

use crate::object::PyRef;
use crate::objects::Payload;
use crate::protocols::{compare, sequence};
use crate::vm::{Args, MethodDef, PyResult, Vm};

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MINSIZE: usize = 8;

#[derive(Clone)]
enum Slot {
    Empty,
    Dummy,
    Active(i64, PyRef),
}

pub struct Table {
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
}

impl Default for Table {
    fn default() -> Table {
        Table {
            slots: vec![Slot::Empty; MINSIZE],
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

#[derive(Default)]
pub struct PySet {
    pub table: RefCell<Table>,
    /// frozenset hash cache (-1: not computed).
    hash: Cell<i64>,
    version: Cell<u64>,
}

fn insert_clean(slots: &mut [Slot], hash: i64, key: PyRef) {
    let mask = slots.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    loop {
        if matches!(slots[i], Slot::Empty) {
            slots[i] = Slot::Active(hash, key);
            return;
        }
        if i + LINEAR_PROBES <= mask {
            for j in 1..=LINEAR_PROBES {
                if matches!(slots[i + j], Slot::Empty) {
                    slots[i + j] = Slot::Active(hash, key);
                    return;
                }
            }
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}

impl Table {
    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; newsize]);
        for s in old {
            if let Slot::Active(h, k) = s {
                insert_clean(&mut self.slots, h, k);
            }
        }
        self.fill = self.used;
    }
}

enum Found {
    Active(usize),
    Free(usize, bool),
}

impl PySet {
    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// CPython's probe sequence for `hash`: the starting slot and its linear neighbours,
    /// then the perturbed next start.
    fn find(&self, vm: &Vm, key: &PyRef, hash: i64) -> PyResult<Found> {
        'restart: loop {
            let version = self.version.get();
            let mask = self.table.borrow().slots.len() - 1;
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            let mut freeslot: Option<usize> = None;
            loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                for j in 0..=probes {
                    let idx = i + j;
                    let candidate = {
                        let t = self.table.borrow();
                        match &t.slots[idx] {
                            Slot::Empty => {
                                return Ok(match freeslot {
                                    Some(f) => Found::Free(f, true),
                                    None => Found::Free(idx, false),
                                });
                            }
                            Slot::Dummy => {
                                if freeslot.is_none() {
                                    freeslot = Some(idx);
                                }
                                None
                            }
                            Slot::Active(h, k) if *h == hash => {
                                if k.is(key) {
                                    return Ok(Found::Active(idx));
                                }
                                match (&k.payload, &key.payload) {
                                    (Payload::Str(a), Payload::Str(b)) => {
                                        if a.as_str() == b.as_str() {
                                            return Ok(Found::Active(idx));
                                        }
                                        None
                                    }
                                    (Payload::Int(a), Payload::Int(b)) => {
                                        if a == b {
                                            return Ok(Found::Active(idx));
                                        }
                                        None
                                    }
                                    _ => Some(k.clone()),
                                }
                            }
                            Slot::Active(..) => None,
                        }
                    };
                    if let Some(k) = candidate {
                        let eq = compare::eq(vm, &k, key)?;
                        if self.version.get() != version {
                            continue 'restart;
                        }
                        if eq {
                            return Ok(Found::Active(idx));
                        }
                    }
                }
                perturb >>= PERTURB_SHIFT;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(1)
                    .wrapping_add(perturb as usize))
                    & mask;
            }
        }
    }

    fn bump(&self) {
        self.version.set(self.version.get().wrapping_add(1));
    }

    pub fn add_hashed(&self, vm: &Vm, key: PyRef, hash: i64) -> PyResult<()> {
        match self.find(vm, &key, hash)? {
            Found::Active(_) => Ok(()),
            Found::Free(idx, was_dummy) => {
                let mut t = self.table.borrow_mut();
                t.slots[idx] = Slot::Active(hash, key);
                t.used += 1;
                if !was_dummy {
                    t.fill += 1;
                    let mask = t.slots.len() - 1;
                    if t.fill * 5 >= mask * 3 {
                        let minused = if t.used > 50000 {
                            t.used * 2
                        } else {
                            t.used * 4
                        };
                        t.resize(minused);
                    }
                }
                drop(t);
                self.bump();
                Ok(())
            }
        }
    }

    pub fn add(&self, vm: &Vm, key: PyRef) -> PyResult<()> {
        let h = compare::hash(vm, &key)?;
        self.add_hashed(vm, key, h)
    }

    pub fn contains(&self, vm: &Vm, key: &PyRef) -> PyResult<bool> {
        let h = match compare::hash(vm, key) {
            Ok(h) => h,
            Err(e)
                if vm.exc_matches(&e, &vm.t.type_error)
                    && matches!(key.payload, Payload::Set(_)) =>
            {
                let fs = new_frozenset_from(vm, &key.as_set().expect("set").keys())?;
                return self.contains(vm, &fs);
            }
            Err(e) => return Err(e),
        };
        Ok(matches!(self.find(vm, key, h)?, Found::Active(_)))
    }

    /// Remove `key`; whether it was present.
    pub fn discard(&self, vm: &Vm, key: &PyRef) -> PyResult<bool> {
        let h = compare::hash(vm, key)?;
        match self.find(vm, key, h)? {
            Found::Active(idx) => {
                let old = {
                    let mut t = self.table.borrow_mut();
                    t.used -= 1;
                    std::mem::replace(&mut t.slots[idx], Slot::Dummy)
                };
                self.bump();
                drop(old);
                Ok(true)
            }
            Found::Free(..) => Ok(false),
        }
    }

    pub fn pop(&self) -> Option<PyRef> {
        let mut t = self.table.borrow_mut();
        if t.used == 0 {
            return None;
        }
        let n = t.slots.len();
        let mut i = t.finger & (n - 1);
        while !matches!(t.slots[i], Slot::Active(..)) {
            i += 1;
            if i >= n {
                i = 0;
            }
        }
        let old = std::mem::replace(&mut t.slots[i], Slot::Dummy);
        t.used -= 1;
        t.finger = i + 1;
        drop(t);
        self.bump();
        match old {
            Slot::Active(_, k) => Some(k),
            _ => None,
        }
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        self.bump();
        drop(old);
    }

    /// Keys in table order.
    pub fn keys(&self) -> Vec<PyRef> {
        self.table
            .borrow()
            .slots
            .iter()
            .filter_map(|s| match s {
                Slot::Active(_, k) => Some(k.clone()),
                _ => None,
            })
            .collect()
    }

    fn entries(&self) -> Vec<(i64, PyRef)> {
        self.table
            .borrow()
            .slots
            .iter()
            .filter_map(|s| match s {
                Slot::Active(h, k) => Some((*h, k.clone())),
                _ => None,
            })
            .collect()
    }

    /// The first active entry at slot `pos` or later: (slot, key).
    pub fn entry_at_or_after(&self, pos: usize) -> Option<(usize, PyRef)> {
        let t = self.table.borrow();
        for (i, s) in t.slots.iter().enumerate().skip(pos) {
            if let Slot::Active(_, k) = s {
                return Some((i, k.clone()));
            }
        }
        None
    }

    /// Merge another set's entries (CPython's `set_merge`).
    fn merge(&self, vm: &Vm, other: &PySet) -> PyResult<()> {
        let entries = other.entries();
        {
            let mut t = self.table.borrow_mut();
            let mask = t.slots.len() - 1;
            if (t.fill + entries.len()) * 5 >= mask * 3 {
                let minused = (t.used + entries.len()) * 2;
                t.resize(minused);
            }
            if t.fill == 0 && t.slots.len() == other.table.borrow().slots.len() {
                // Same geometry and empty: copy the table as is.
                let src = other.table.borrow();
                t.slots = src
                    .slots
                    .iter()
                    .map(|s| {
                        if matches!(s, Slot::Dummy) {
                            Slot::Empty
                        } else {
                            s.clone()
                        }
                    })
                    .collect();
                t.used = src.used;
                t.fill = src.used;
                drop(src);
                drop(t);
                self.bump();
                return Ok(());
            }
            if t.fill == 0 {
                for (h, k) in entries {
                    insert_clean(&mut t.slots, h, k);
                    t.used += 1;
                    t.fill += 1;
                }
                drop(t);
                self.bump();
                return Ok(());
            }
        }
        for (h, k) in entries {
            self.add_hashed(vm, k, h)?;
        }
        Ok(())
    }

    /// `set.update(iterable)` (CPython's `set_update_internal`).
    pub fn update(&self, vm: &Vm, other: &PyRef) -> PyResult<()> {
        if let Some(o) = other.as_set() {
            return self.merge(vm, o);
        }
        if let Some(d) = other.as_dict() {
            if other.is_type(&vm.t.dict) {
                let entries = d.entries();
                {
                    let mut t = self.table.borrow_mut();
                    let mask = t.slots.len() - 1;
                    if (t.fill + entries.len()) * 5 >= mask * 3 {
                        let minused = (t.used + entries.len()) * 2;
                        t.resize(minused);
                    }
                }
                for e in entries {
                    self.add_hashed(vm, e.key, e.hash)?;
                }
                return Ok(());
            }
        }
        let it = sequence::iter(vm, other)?;
        while let Some(k) = sequence::next(vm, &it)? {
            self.add(vm, k)?;
        }
        Ok(())
    }
}

fn set_obj(vm: &Vm, ty: &PyRef, s: PySet) -> PyRef {
    let _ = vm;
    PyRef::new(ty, Payload::Set(Box::new(s)))
}

pub fn new_set_from(vm: &Vm, items: &[PyRef]) -> PyResult {
    let s = PySet::default();
    for it in items {
        s.add(vm, it.clone())?;
    }
    Ok(set_obj(vm, &vm.t.set, s))
}

pub fn new_frozenset_from(vm: &Vm, items: &[PyRef]) -> PyResult {
    let s = PySet::default();
    for it in items {
        s.add(vm, it.clone())?;
    }
    Ok(set_obj(vm, &vm.t.frozenset, s))
}

pub fn set_add(vm: &Vm, set: &PyRef, v: PyRef) -> PyResult<()> {
    set.as_set().expect("a set").add(vm, v)
}

pub fn set_update(vm: &Vm, set: &PyRef, it: &PyRef) -> PyResult<()> {
    set.as_set().expect("a set").update(vm, it)
}

fn st<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a PySet> {
    o.as_set().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'set' object but received a '{}'",
            vm.type_name(o)
        ))
    })
}

fn is_frozen(vm: &Vm, o: &PyRef) -> bool {
    crate::objects::type_::is_subtype(o.ty(), &vm.t.frozenset)
}

/// A new set of the same kind (set/frozenset, exact base type) as `like`.
fn same_kind(vm: &Vm, like: &PyRef, s: PySet) -> PyRef {
    if is_frozen(vm, like) {
        set_obj(vm, &vm.t.frozenset, s)
    } else {
        set_obj(vm, &vm.t.set, s)
    }
}

fn copy_of(vm: &Vm, src: &PySet) -> PyResult<PySet> {
    let s = PySet::default();
    s.merge(vm, src)?;
    Ok(s)
}

fn as_set_like(vm: &Vm, o: &PyRef) -> PyResult<PyRef> {
    if o.as_set().is_some() {
        return Ok(o.clone());
    }
    let s = PySet::default();
    s.update(vm, o)?;
    Ok(set_obj(vm, &vm.t.set, s))
}

fn s_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    if crate::objects::type_::is_subtype(cls, &vm.t.frozenset) {
        if !args.kwnames.is_empty() {
            return Err(vm.type_error("frozenset() takes no keyword arguments"));
        }
        if let Some(it) = args.pos().get(1) {
            if it.is_type(&vm.t.frozenset) && cls.is(&vm.t.frozenset) {
                return Ok(it.clone());
            }
        }
        let s = PySet::default();
        if let Some(it) = args.pos().get(1) {
            s.update(vm, it)?;
        }
        return Ok(crate::objects::object::alloc_instance(
            vm,
            cls,
            Payload::Set(Box::new(s)),
        ));
    }
    Ok(crate::objects::object::alloc_instance(
        vm,
        cls,
        Payload::Set(Box::default()),
    ))
}

fn s_init(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    if is_frozen(vm, o) {
        return Ok(vm.none());
    }
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    if args.pos().len() > 2 {
        return Err(vm.type_error(format!(
            "set expected at most 1 argument, got {}",
            args.pos().len() - 1
        )));
    }
    let s = st(vm, o)?;
    s.clear();
    if let Some(it) = args.pos().get(1) {
        s.update(vm, it)?;
    }
    Ok(vm.none())
}

fn s_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let s = st(vm, o)?;
    let keys = s.keys();
    let name = vm.type_name(o);
    if keys.is_empty() {
        return Ok(vm.string(format!("{name}()")));
    }
    if !crate::protocols::repr::repr_enter(vm, o) {
        return Ok(vm.string(format!("{name}(...)")));
    }
    let body = crate::objects::tuple::repr_items(vm, &keys, "{", "}");
    crate::protocols::repr::repr_leave(vm, o);
    let body = body?;
    if o.is_type(&vm.t.set) {
        Ok(vm.string(body))
    } else {
        Ok(vm.string(format!("{name}({body})")))
    }
}

fn s_len(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.usize(st(vm, &args.pos()[0])?.len()))
}

fn s_contains(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.bool(st(vm, &args.pos()[0])?.contains(vm, &args.pos()[1])?))
}

fn s_iter(vm: &Vm, args: Args) -> PyResult {
    let o = args.pos()[0].clone();
    let size = st(vm, &o)?.len();
    Ok(crate::objects::iter::new_iter(
        vm,
        &vm.t.set_iterator,
        crate::objects::iter::IterState::Set {
            set: Some(o),
            pos: 0,
            size,
        },
    ))
}

fn s_add(vm: &Vm, args: Args) -> PyResult {
    st(vm, &args.pos()[0])?.add(vm, args.pos()[1].clone())?;
    Ok(vm.none())
}

fn s_discard(vm: &Vm, args: Args) -> PyResult {
    st(vm, &args.pos()[0])?.discard(vm, &args.pos()[1])?;
    Ok(vm.none())
}

fn s_remove(vm: &Vm, args: Args) -> PyResult {
    if !st(vm, &args.pos()[0])?.discard(vm, &args.pos()[1])? {
        return Err(vm.key_error(args.pos()[1].clone()));
    }
    Ok(vm.none())
}

fn s_pop(vm: &Vm, args: Args) -> PyResult {
    st(vm, &args.pos()[0])?
        .pop()
        .ok_or_else(|| vm.key_error(vm.str("pop from an empty set")))
}

fn s_clear(vm: &Vm, args: Args) -> PyResult {
    st(vm, &args.pos()[0])?.clear();
    Ok(vm.none())
}

fn s_copy(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    if o.is_type(&vm.t.frozenset) {
        return Ok(o.clone());
    }
    let c = copy_of(vm, st(vm, o)?)?;
    Ok(same_kind(vm, o, c))
}

fn s_update(vm: &Vm, args: Args) -> PyResult {
    let s = st(vm, &args.pos()[0])?;
    for o in &args.pos()[1..] {
        s.update(vm, o)?;
    }
    Ok(vm.none())
}

fn union_impl(vm: &Vm, o: &PyRef, others: &[PyRef]) -> PyResult {
    let r = copy_of(vm, st(vm, o)?)?;
    for x in others {
        r.update(vm, x)?;
    }
    Ok(same_kind(vm, o, r))
}

fn s_union(vm: &Vm, args: Args) -> PyResult {
    union_impl(vm, &args.pos()[0], &args.pos()[1..])
}

/// CPython's `set_intersection`: iterate the smaller operand.
fn intersection2(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult<PySet> {
    let r = PySet::default();
    let sa = st(vm, a)?;
    if let Some(sb) = b.as_set() {
        let (small, big) = if sb.len() > sa.len() {
            (sa, sb)
        } else {
            (sb, sa)
        };
        for (h, k) in small.entries() {
            if matches!(big.find(vm, &k, h)?, Found::Active(_)) {
                r.add_hashed(vm, k, h)?;
            }
        }
        return Ok(r);
    }
    let it = sequence::iter(vm, b)?;
    while let Some(k) = sequence::next(vm, &it)? {
        let h = compare::hash(vm, &k)?;
        if matches!(sa.find(vm, &k, h)?, Found::Active(_)) {
            r.add_hashed(vm, k, h)?;
        }
    }
    Ok(r)
}

/// Apply `step` (a set and one operand to a new set) across `others`, left to right: the
/// multi-argument forms of `intersection` and `difference`. The result has `o`'s kind.
fn fold_sets(
    vm: &Vm,
    o: &PyRef,
    others: &[PyRef],
    step: fn(&Vm, &PyRef, &PyRef) -> PyResult<PySet>,
) -> PyResult {
    let Some((first, rest)) = others.split_first() else {
        return s_copy(vm, Args::new(&[o.clone()]));
    };
    let mut r = step(vm, o, first)?;
    for x in rest {
        let cur = set_obj(vm, &vm.t.set, r);
        r = step(vm, &cur, x)?;
    }
    Ok(same_kind(vm, o, r))
}

fn intersection_impl(vm: &Vm, o: &PyRef, others: &[PyRef]) -> PyResult {
    fold_sets(vm, o, others, intersection2)
}

fn s_intersection(vm: &Vm, args: Args) -> PyResult {
    intersection_impl(vm, &args.pos()[0], &args.pos()[1..])
}

fn difference2(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult<PySet> {
    let sa = st(vm, a)?;
    let other_len = match b.as_set() {
        Some(s) => s.len(),
        None => match b.as_dict() {
            Some(d) => d.len(),
            None => usize::MAX,
        },
    };
    if (sa.len() >> 2) > other_len || other_len == usize::MAX {
        let r = copy_of(vm, sa)?;
        let it = sequence::iter(vm, b)?;
        while let Some(k) = sequence::next(vm, &it)? {
            r.discard(vm, &k)?;
        }
        return Ok(r);
    }
    let r = PySet::default();
    for (h, k) in sa.entries() {
        let present = match b.as_set() {
            Some(sb) => matches!(sb.find(vm, &k, h)?, Found::Active(_)),
            None => b.as_dict().expect("dict").get_hashed(vm, &k, h)?.is_some(),
        };
        if !present {
            r.add_hashed(vm, k, h)?;
        }
    }
    Ok(r)
}

fn difference_impl(vm: &Vm, o: &PyRef, others: &[PyRef]) -> PyResult {
    fold_sets(vm, o, others, difference2)
}

fn s_difference(vm: &Vm, args: Args) -> PyResult {
    difference_impl(vm, &args.pos()[0], &args.pos()[1..])
}

fn symdiff_impl(vm: &Vm, o: &PyRef, other: &PyRef) -> PyResult<PySet> {
    let r = copy_of(vm, st(vm, o)?)?;
    let other = as_set_like(vm, other)?;
    for (h, k) in st(vm, &other)?.entries() {
        match r.find(vm, &k, h)? {
            Found::Active(_) => {
                r.discard(vm, &k)?;
            }
            Found::Free(..) => r.add_hashed(vm, k, h)?,
        }
    }
    Ok(r)
}

fn s_symmetric_difference(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let r = symdiff_impl(vm, o, &args.pos()[1])?;
    Ok(same_kind(vm, o, r))
}

fn replace_contents(vm: &Vm, o: &PyRef, r: PySet) -> PyResult {
    let s = st(vm, o)?;
    let new = std::mem::take(&mut *r.table.borrow_mut());
    let old = std::mem::replace(&mut *s.table.borrow_mut(), new);
    s.bump();
    drop(old);
    Ok(vm.none())
}

fn s_intersection_update(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let r = intersection_impl(vm, o, &args.pos()[1..])?;
    let c = copy_of(vm, st(vm, &r)?)?;
    replace_contents(vm, o, c)
}

fn s_difference_update(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let s = st(vm, o)?;
    for x in &args.pos()[1..] {
        if x.is(o) {
            s.clear();
            continue;
        }
        let it = sequence::iter(vm, x)?;
        while let Some(k) = sequence::next(vm, &it)? {
            s.discard(vm, &k)?;
        }
    }
    Ok(vm.none())
}

fn s_symmetric_difference_update(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let r = symdiff_impl(vm, o, &args.pos()[1])?;
    replace_contents(vm, o, r)
}

fn subset(vm: &Vm, a: &PySet, b: &PyRef) -> PyResult<bool> {
    let b = as_set_like(vm, b)?;
    let sb = st(vm, &b)?;
    if a.len() > sb.len() {
        return Ok(false);
    }
    for (h, k) in a.entries() {
        if !matches!(sb.find(vm, &k, h)?, Found::Active(_)) {
            return Ok(false);
        }
    }
    Ok(true)
}

fn s_issubset(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.bool(subset(vm, st(vm, &args.pos()[0])?, &args.pos()[1])?))
}

fn s_issuperset(vm: &Vm, args: Args) -> PyResult {
    let o = as_set_like(vm, &args.pos()[1])?;
    Ok(vm.bool(subset(vm, st(vm, &o)?, &args.pos()[0])?))
}

fn s_isdisjoint(vm: &Vm, args: Args) -> PyResult {
    let s = st(vm, &args.pos()[0])?;
    let it = sequence::iter(vm, &args.pos()[1])?;
    while let Some(k) = sequence::next(vm, &it)? {
        if s.contains(vm, &k)? {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}

fn binop(vm: &Vm, args: &Args, f: fn(&Vm, &PyRef, &[PyRef]) -> PyResult) -> PyResult {
    let (a, b) = (&args.pos()[0], &args.pos()[1]);
    if a.as_set().is_none() || b.as_set().is_none() {
        return Ok(vm.not_implemented());
    }
    f(vm, a, std::slice::from_ref(b))
}

fn s_or(vm: &Vm, args: Args) -> PyResult {
    binop(vm, &args, union_impl)
}
fn s_and(vm: &Vm, args: Args) -> PyResult {
    binop(vm, &args, intersection_impl)
}
fn s_sub(vm: &Vm, args: Args) -> PyResult {
    binop(vm, &args, difference_impl)
}
fn s_xor(vm: &Vm, args: Args) -> PyResult {
    let (a, b) = (&args.pos()[0], &args.pos()[1]);
    if a.as_set().is_none() || b.as_set().is_none() {
        return Ok(vm.not_implemented());
    }
    let r = symdiff_impl(vm, a, b)?;
    Ok(same_kind(vm, a, r))
}
fn s_rsub(vm: &Vm, args: Args) -> PyResult {
    let (a, b) = (&args.pos()[0], &args.pos()[1]);
    if a.as_set().is_none() || b.as_set().is_none() {
        return Ok(vm.not_implemented());
    }
    difference_impl(vm, b, std::slice::from_ref(a))
}

fn inplace(vm: &Vm, args: Args, f: fn(&Vm, Args) -> PyResult) -> PyResult {
    if args.pos()[1].as_set().is_none() {
        return Ok(vm.not_implemented());
    }
    f(vm, args)?;
    Ok(args.pos()[0].clone())
}

fn s_ior(vm: &Vm, args: Args) -> PyResult {
    inplace(vm, args, s_update)
}
fn s_iand(vm: &Vm, args: Args) -> PyResult {
    inplace(vm, args, s_intersection_update)
}
fn s_isub(vm: &Vm, args: Args) -> PyResult {
    inplace(vm, args, s_difference_update)
}
fn s_ixor(vm: &Vm, args: Args) -> PyResult {
    inplace(vm, args, s_symmetric_difference_update)
}

fn cmp(vm: &Vm, args: Args, op: CompareOp) -> PyResult {
    let (a, b) = (&args.pos()[0], &args.pos()[1]);
    let (Some(sa), Some(sb)) = (a.as_set(), b.as_set()) else {
        return Ok(vm.not_implemented());
    };
    let r = match op {
        CompareOp::Eq => sa.len() == sb.len() && subset(vm, sa, b)?,
        CompareOp::Ne => !(sa.len() == sb.len() && subset(vm, sa, b)?),
        CompareOp::Le => subset(vm, sa, b)?,
        CompareOp::Lt => sa.len() < sb.len() && subset(vm, sa, b)?,
        CompareOp::Ge => subset(vm, sb, a)?,
        CompareOp::Gt => sb.len() < sa.len() && subset(vm, sb, a)?,
    };
    Ok(vm.bool(r))
}

fn s_eq(vm: &Vm, args: Args) -> PyResult {
    cmp(vm, args, CompareOp::Eq)
}
fn s_ne(vm: &Vm, args: Args) -> PyResult {
    cmp(vm, args, CompareOp::Ne)
}
fn s_lt(vm: &Vm, args: Args) -> PyResult {
    cmp(vm, args, CompareOp::Lt)
}
fn s_le(vm: &Vm, args: Args) -> PyResult {
    cmp(vm, args, CompareOp::Le)
}
fn s_gt(vm: &Vm, args: Args) -> PyResult {
    cmp(vm, args, CompareOp::Gt)
}
fn s_ge(vm: &Vm, args: Args) -> PyResult {
    cmp(vm, args, CompareOp::Ge)
}

/// CPython's `frozenset_hash`: shuffle each entry's hash, xor them, then finalise.
fn fs_hash(vm: &Vm, args: Args) -> PyResult {
    let s = st(vm, &args.pos()[0])?;
    if s.hash.get() != -1 && s.hash.get() != 0 {
        return Ok(vm.int(s.hash.get()));
    }
    let shuffle = |h: u64| -> u64 { ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167) };
    let mut hash: u64 = 0;
    for (h, _) in s.entries() {
        hash ^= shuffle(h as u64);
    }
    // Dummy/empty slots contribute nothing in 3.11 (only active entries are visited).
    hash ^= ((s.len() as u64) + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let mut h = hash as i64;
    if h == -1 {
        h = 590923713;
    }
    s.hash.set(h);
    Ok(vm.int(h))
}

fn s_sizeof(vm: &Vm, args: Args) -> PyResult {
    let n = st(vm, &args.pos()[0])?.table.borrow().slots.len();
    Ok(vm.usize(if n <= 8 { 200 } else { 200 + 16 * n }))
}

fn s_reduce(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let keys = st(vm, o)?.keys();
    Ok(vm.tuple(vec![
        o.class(),
        vm.tuple(vec![vm.list(keys)]),
        o.dict().unwrap_or_else(|| vm.none()),
    ]))
}

fn class_getitem(vm: &Vm, args: Args) -> PyResult {
    crate::modules::builtins::generic_alias(vm, &args.pos()[0], &args.pos()[1])
}

const COMMON: &[MethodDef] = &[
    MethodDef::static_("__new__", s_new),
    MethodDef::method("__init__", s_init),
    MethodDef::method("__repr__", s_repr),
    MethodDef::method("__len__", s_len),
    MethodDef::method("__contains__", s_contains),
    MethodDef::method("__iter__", s_iter),
    MethodDef::method("copy", s_copy),
    MethodDef::method("union", s_union),
    MethodDef::method("intersection", s_intersection),
    MethodDef::method("difference", s_difference),
    MethodDef::method("symmetric_difference", s_symmetric_difference),
    MethodDef::method("issubset", s_issubset),
    MethodDef::method("issuperset", s_issuperset),
    MethodDef::method("isdisjoint", s_isdisjoint),
    MethodDef::method("__or__", s_or),
    MethodDef::method("__ror__", s_or),
    MethodDef::method("__and__", s_and),
    MethodDef::method("__rand__", s_and),
    MethodDef::method("__sub__", s_sub),
    MethodDef::method("__rsub__", s_rsub),
    MethodDef::method("__xor__", s_xor),
    MethodDef::method("__rxor__", s_xor),
    MethodDef::method("__eq__", s_eq),
    MethodDef::method("__ne__", s_ne),
    MethodDef::method("__lt__", s_lt),
    MethodDef::method("__le__", s_le),
    MethodDef::method("__gt__", s_gt),
    MethodDef::method("__ge__", s_ge),
    MethodDef::method("__sizeof__", s_sizeof),
    MethodDef::method("__reduce__", s_reduce),
    MethodDef::class("__class_getitem__", class_getitem),
];

const MUTABLE: &[MethodDef] = &[
    MethodDef::method("add", s_add),
    MethodDef::method("discard", s_discard),
    MethodDef::method("remove", s_remove),
    MethodDef::method("pop", s_pop),
    MethodDef::method("clear", s_clear),
    MethodDef::method("update", s_update),
    MethodDef::method("intersection_update", s_intersection_update),
    MethodDef::method("difference_update", s_difference_update),
    MethodDef::method("symmetric_difference_update", s_symmetric_difference_update),
    MethodDef::method("__ior__", s_ior),
    MethodDef::method("__iand__", s_iand),
    MethodDef::method("__isub__", s_isub),
    MethodDef::method("__ixor__", s_ixor),
];

const FROZEN: &[MethodDef] = &[MethodDef::method("__hash__", fs_hash)];

pub fn init(vm: &Vm) {
    use crate::objects::descr::{add_attr, add_methods};
    let t = &vm.t;
    add_methods(vm, &t.set, COMMON);
    add_methods(vm, &t.set, MUTABLE);
    add_attr(vm, &t.set, "__hash__", vm.none());
    add_methods(vm, &t.frozenset, COMMON);
    add_methods(vm, &t.frozenset, FROZEN);
}
