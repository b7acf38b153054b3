//! set and frozenset: mirrors `Objects/setobject.c`, including its exact open-addressing
//! scheme (linear probes then perturbation, resize rules, `pop` finger), so iteration order
//! matches CPython's for the same hashes.

use std::cell::{Cell, RefCell};

use krait_bytecode::opcode::CompareOp;

use crate::object::{PyObject, PyRef};
use crate::objects::dict::fast_eq;
use crate::objects::Payload;
use crate::protocols::{compare, sequence};
use crate::vm::{Args, MethodDef, PyResult, Vm};

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MINSIZE: usize = 8;
/// The hash field of a deleted ("dummy") slot; `hash()` never returns -1.
const DUMMY_HASH: i64 = -1;

/// One table entry, laid out like CPython's `setentry` (16 bytes): an unused slot is
/// `(0, None)`, a dummy is `(-1, None)`, and any slot holding a key is active.
struct Slot {
    hash: i64,
    key: Option<PyRef>,
}

impl Slot {
    const UNUSED: Slot = Slot { hash: 0, key: None };
    const DUMMY: Slot = Slot {
        hash: DUMMY_HASH,
        key: None,
    };
}

fn unused_slots(n: usize) -> Vec<Slot> {
    let mut slots = Vec::with_capacity(n);
    slots.resize_with(n, || Slot::UNUSED);
    slots
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
            slots: unused_slots(MINSIZE),
            fill: 0,
            used: 0,
            finger: 0,
        }
    }
}

impl PySet {
    /// The number of slots of the table (`mask + 1`), for `__sizeof__`.
    pub fn table_size(&self) -> usize {
        self.table.borrow().slots.len()
    }
}

#[derive(Default)]
pub struct PySet {
    pub table: RefCell<Table>,
    /// frozenset hash cache (-1: not computed).
    hash: Cell<i64>,
    /// Bumped on every mutation: a lookup that ran Python `__eq__` restarts when it moved.
    version: Cell<u64>,
}

/// The table size CPython's `set_add_entry` grows to once it is 60% full.
fn grown_size(used: usize) -> usize {
    if used > 50000 {
        used * 2
    } else {
        used * 4
    }
}

/// The table size for `minused` entries: the smallest power of two above it, at least 8.
fn size_above(minused: usize) -> usize {
    let mut size = MINSIZE;
    while size <= minused {
        size <<= 1;
    }
    size
}

/// CPython's `set_insert_clean`: place a key known to be absent into a table without dummies.
fn insert_clean(slots: &mut [Slot], hash: i64, key: PyRef) {
    let mask = slots.len() - 1;
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    if slots[i].key.is_none() {
        slots[i] = Slot {
            hash,
            key: Some(key),
        };
        return;
    }
    loop {
        let run = if i + LINEAR_PROBES <= mask {
            LINEAR_PROBES
        } else {
            0
        };
        for slot in &mut slots[i..=i + run] {
            if slot.key.is_none() {
                *slot = Slot {
                    hash,
                    key: Some(key),
                };
                return;
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
    /// CPython's `set_table_resize`: the smallest power of two above `minused`, dummies dropped.
    fn resize(&mut self, minused: usize) {
        let newsize = size_above(minused);
        if newsize == MINSIZE && self.slots.len() == MINSIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.slots, unused_slots(newsize));
        for s in old {
            if let Some(k) = s.key {
                insert_clean(&mut self.slots, s.hash, k);
            }
        }
        self.fill = self.used;
    }

    /// The first active entry at slot `*pos` or later: (slot, hash, key). When there is
    /// none, `*pos` moves to the end of the table.
    #[inline]
    fn active_from(&self, pos: &mut usize) -> Option<(usize, i64, &PyRef)> {
        let start = *pos;
        let found = self.slots.get(start..).and_then(|rest| {
            rest.iter()
                .enumerate()
                .find_map(|(j, s)| s.key.as_ref().map(|k| (start + j, s.hash, k)))
        });
        if found.is_none() {
            *pos = self.slots.len();
        }
        found
    }

    /// The probe loop of CPython's `set_add_entry` (and `set_lookkey`) when it needs no Python
    /// code: the starting slot and its linear neighbours, then the perturbed next start. A
    /// free result is the last dummy passed, else the unused slot that ended the search.
    /// `None` as soon as a candidate can only be compared by its `__eq__`.
    #[inline(always)]
    fn lookup(&self, key: &PyRef, hash: i64) -> Option<Found> {
        // The first slot settles most lookups; the full loop is kept out of line.
        let i = (hash as u64 as usize) & (self.slots.len() - 1);
        let first = &self.slots[i];
        match &first.key {
            None if first.hash != DUMMY_HASH => return Some(Found::Free(i, false)),
            Some(k) if first.hash == hash && fast_eq(k, key) == Some(true) => {
                return Some(Found::Active(i));
            }
            _ => {}
        }
        self.lookup_probing(key, hash)
    }

    #[inline(never)]
    fn lookup_probing(&self, key: &PyRef, hash: i64) -> Option<Found> {
        let mask = self.slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut freeslot: Option<usize> = None;
        loop {
            let run = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for (j, slot) in self.slots[i..=i + run].iter().enumerate() {
                let Some(k) = &slot.key else {
                    if slot.hash == DUMMY_HASH {
                        freeslot = Some(i + j);
                        continue;
                    }
                    return Some(match freeslot {
                        Some(f) => Found::Free(f, true),
                        None => Found::Free(i + j, false),
                    });
                };
                if slot.hash == hash && fast_eq(k, key)? {
                    return Some(Found::Active(i + j));
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

    /// Store a new key in the free slot `idx` found by a lookup; grow as `set_add_entry`
    /// does once the table is 60% full.
    #[inline]
    fn place(&mut self, idx: usize, was_dummy: bool, hash: i64, key: PyRef) {
        self.slots[idx] = Slot {
            hash,
            key: Some(key),
        };
        self.used += 1;
        if !was_dummy {
            self.fill += 1;
            if self.fill * 5 >= (self.slots.len() - 1) * 3 {
                self.resize(grown_size(self.used));
            }
        }
    }

    /// Turn the active slot `idx` into a dummy; its key.
    #[inline]
    fn remove_at(&mut self, idx: usize) -> Option<PyRef> {
        self.used -= 1;
        std::mem::replace(&mut self.slots[idx], Slot::DUMMY).key
    }
}

enum Found {
    Active(usize),
    /// The slot to insert into, and whether it is a dummy (so `fill` does not grow).
    Free(usize, bool),
}

impl PySet {
    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    fn find(&self, vm: &Vm, key: &PyRef, hash: i64) -> PyResult<Found> {
        if let Some(found) = self.table.borrow().lookup(key, hash) {
            return Ok(found);
        }
        self.find_slow(vm, key, hash)
    }

    /// `Table::lookup` for when some candidate needs its Python `__eq__`: the table is
    /// released around each call, and any mutation of the set meanwhile restarts the search.
    #[inline(never)]
    fn find_slow(&self, vm: &Vm, key: &PyRef, hash: i64) -> PyResult<Found> {
        'restart: loop {
            let version = self.version.get();
            let mut t = self.table.borrow();
            let mask = t.slots.len() - 1;
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            let mut freeslot: Option<usize> = None;
            loop {
                let run = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                for idx in i..=i + run {
                    let slot = &t.slots[idx];
                    let Some(k) = &slot.key else {
                        if slot.hash == DUMMY_HASH {
                            freeslot = Some(idx);
                            continue;
                        }
                        return Ok(match freeslot {
                            Some(f) => Found::Free(f, true),
                            None => Found::Free(idx, false),
                        });
                    };
                    if slot.hash != hash {
                        continue;
                    }
                    match fast_eq(k, key) {
                        Some(true) => return Ok(Found::Active(idx)),
                        Some(false) => continue,
                        None => {}
                    }
                    let k = k.clone();
                    drop(t);
                    let eq = compare::eq(vm, &k, key)?;
                    if self.version.get() != version {
                        continue 'restart;
                    }
                    if eq {
                        return Ok(Found::Active(idx));
                    }
                    t = self.table.borrow();
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

    /// CPython's `set_add_entry`.
    pub fn add_hashed(&self, vm: &Vm, key: PyRef, hash: i64) -> PyResult<()> {
        {
            let mut t = self.table.borrow_mut();
            match t.lookup(&key, hash) {
                Some(Found::Active(_)) => return Ok(()),
                Some(Found::Free(idx, was_dummy)) => {
                    t.place(idx, was_dummy, hash, key);
                    drop(t);
                    self.bump();
                    return Ok(());
                }
                None => {}
            }
        }
        if let Found::Free(idx, was_dummy) = self.find_slow(vm, &key, hash)? {
            self.table.borrow_mut().place(idx, was_dummy, hash, key);
            self.bump();
        }
        Ok(())
    }

    pub fn add(&self, vm: &Vm, key: PyRef) -> PyResult<()> {
        let h = compare::hash(vm, &key)?;
        self.add_hashed(vm, key, h)
    }

    fn contains_hashed(&self, vm: &Vm, key: &PyRef, hash: i64) -> PyResult<bool> {
        Ok(matches!(self.find(vm, key, hash)?, Found::Active(_)))
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
        self.contains_hashed(vm, key, h)
    }

    /// CPython's `set_discard_entry`: whether `key` was present.
    fn discard_hashed(&self, vm: &Vm, key: &PyRef, hash: i64) -> PyResult<bool> {
        let Found::Active(idx) = self.find(vm, key, hash)? else {
            return Ok(false);
        };
        let old = self.table.borrow_mut().remove_at(idx);
        self.bump();
        drop(old);
        Ok(true)
    }

    /// Remove `key`; whether it was present.
    pub fn discard(&self, vm: &Vm, key: &PyRef) -> PyResult<bool> {
        let h = compare::hash(vm, key)?;
        self.discard_hashed(vm, key, h)
    }

    pub fn pop(&self) -> Option<PyRef> {
        let mut t = self.table.borrow_mut();
        if t.used == 0 {
            return None;
        }
        let n = t.slots.len();
        let mut i = t.finger & (n - 1);
        while t.slots[i].key.is_none() {
            i += 1;
            if i >= n {
                i = 0;
            }
        }
        let old = t.remove_at(i);
        t.finger = i + 1;
        drop(t);
        self.bump();
        old
    }

    /// CPython's `set_clear_internal`: the table is emptied first, then the keys released
    /// (a key's `__del__` may touch the set). The `pop` finger is kept, as there.
    pub fn clear(&self) {
        let old = {
            let mut t = self.table.borrow_mut();
            let finger = t.finger;
            std::mem::replace(
                &mut *t,
                Table {
                    finger,
                    ..Table::default()
                },
            )
        };
        self.bump();
        drop(old);
    }

    /// Give this set `other`'s table, leaving `other` empty (CPython's `set_swap_bodies`
    /// into a temporary); the `pop` finger stays.
    fn take_table_of(&self, other: &PySet) {
        let new = std::mem::take(&mut *other.table.borrow_mut());
        let old = {
            let mut t = self.table.borrow_mut();
            let finger = t.finger;
            std::mem::replace(&mut *t, Table { finger, ..new })
        };
        self.bump();
        drop(old);
    }

    /// Visit every key (CPython's `set_traverse`). A table mutably borrowed at this moment
    /// reports nothing (see `gc::traverse`).
    pub(crate) fn traverse(&self, visit: &mut impl FnMut(&PyObject)) {
        if let Ok(t) = self.table.try_borrow() {
            for key in t.slots.iter().filter_map(|s| s.key.as_deref()) {
                visit(key);
            }
        }
    }

    /// Keys in table order.
    pub fn keys(&self) -> Vec<PyRef> {
        let t = self.table.borrow();
        let mut keys = Vec::with_capacity(t.used);
        keys.extend(t.slots.iter().filter_map(|s| s.key.clone()));
        keys
    }

    /// The first active entry at slot `pos` or later: (slot, key).
    pub fn entry_at_or_after(&self, pos: usize) -> Option<(usize, PyRef)> {
        self.entry_from(pos).map(|(i, _, k)| (i, k))
    }

    /// CPython's `set_next`: the first active entry at slot `pos` or later, as
    /// (slot, hash, key). Loops that run Python code per entry step with this, so the table
    /// is not borrowed while that code runs (it may mutate or resize the set).
    fn entry_from(&self, mut pos: usize) -> Option<(usize, i64, PyRef)> {
        let t = self.table.borrow();
        t.active_from(&mut pos).map(|(i, h, k)| (i, h, k.clone()))
    }

    /// Merge another set's entries (CPython's `set_merge`).
    fn merge(&self, vm: &Vm, other: &PySet) -> PyResult<()> {
        if std::ptr::eq(self, other) {
            return Ok(());
        }
        {
            let o = other.table.borrow();
            if o.used == 0 {
                return Ok(());
            }
            let mut t = self.table.borrow_mut();
            let grow = (t.fill + o.used) * 5 >= (t.slots.len() - 1) * 3;
            let newsize = if grow {
                size_above((t.used + o.used) * 2)
            } else {
                t.slots.len()
            };
            if t.fill == 0 && newsize == o.slots.len() && o.fill == o.used {
                // Empty, the same geometry once grown, and no dummies to drop: copy the
                // table as is (instead of growing to a table that would only be overwritten).
                t.slots = o
                    .slots
                    .iter()
                    .map(|s| Slot {
                        hash: s.hash,
                        key: s.key.clone(),
                    })
                    .collect();
                t.used = o.used;
                t.fill = o.used;
                drop(t);
                self.bump();
                return Ok(());
            }
            if grow {
                let minused = (t.used + o.used) * 2;
                t.resize(minused);
            }
            if t.fill == 0 {
                for s in &o.slots {
                    if let Some(k) = &s.key {
                        insert_clean(&mut t.slots, s.hash, k.clone());
                    }
                }
                t.used = o.used;
                t.fill = o.used;
                drop(t);
                self.bump();
                return Ok(());
            }
        }
        walk_entries(
            other,
            |o, pos| {
                let mut t = self.table.borrow_mut();
                while let Some((i, h, k)) = o.active_from(pos) {
                    let Some(found) = t.lookup(k, h) else {
                        *pos = i;
                        break;
                    };
                    if let Found::Free(idx, was_dummy) = found {
                        t.place(idx, was_dummy, h, k.clone());
                    }
                    *pos = i + 1;
                }
                drop(t);
                self.bump();
                true
            },
            |h, k| {
                self.add_hashed(vm, k, h)?;
                Ok(true)
            },
        )
    }

    /// After removals: if more than a quarter of the slots are dummies, rebuild without them
    /// (the tail of CPython's `set_difference_update_internal`).
    fn purge_dummies(&self) {
        let mut t = self.table.borrow_mut();
        if t.fill - t.used <= (t.slots.len() - 1) / 4 {
            return;
        }
        let minused = grown_size(t.used);
        t.resize(minused);
        drop(t);
        self.bump();
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

/// CPython's `set_union`: a copy of `o`, then each operand merged in (`o` itself skipped).
fn union_impl(vm: &Vm, o: &PyRef, others: &[PyRef]) -> PyResult {
    let r = copy_of(vm, st(vm, o)?)?;
    for x in others {
        if !x.is(o) {
            r.update(vm, x)?;
        }
    }
    Ok(same_kind(vm, o, r))
}

fn s_union(vm: &Vm, args: Args) -> PyResult {
    union_impl(vm, &args.pos()[0], &args.pos()[1..])
}

/// Walk `src`'s entries in table order, as CPython's `set_next` loops do. `batch` gets the
/// table and the position to go on from; it handles entries while it can without Python code
/// (borrowing the other tables it needs meanwhile), and stops at the first that needs some,
/// leaving `pos` at it. That entry goes to `slow`, which runs with nothing borrowed, as
/// Python code may mutate or resize any of the sets. Either returns false to stop the walk.
fn walk_entries(
    src: &PySet,
    mut batch: impl FnMut(&Table, &mut usize) -> bool,
    mut slow: impl FnMut(i64, PyRef) -> PyResult<bool>,
) -> PyResult<()> {
    let mut pos = 0;
    loop {
        if !batch(&src.table.borrow(), &mut pos) {
            return Ok(());
        }
        let Some((i, h, k)) = src.entry_from(pos) else {
            return Ok(());
        };
        pos = i + 1;
        if !slow(h, k)? {
            return Ok(());
        }
    }
}

/// `walk_entries` with every entry taken the slow way.
fn for_each_entry(src: &PySet, slow: impl FnMut(i64, PyRef) -> PyResult<bool>) -> PyResult<()> {
    walk_entries(src, |_, _| true, slow)
}

/// The fast part of `intersect_sets` and `difference2`: from slot `*pos` of `src`, copy into
/// `dest` each entry that `other` holds (`present`) or lacks (`!present`), as long as every
/// key compares without Python code; `*pos` is left at the first entry that needs it.
fn copy_where(src: &Table, pos: &mut usize, other: &Table, present: bool, dest: &mut Table) {
    while let Some((i, h, k)) = src.active_from(pos) {
        let Some(in_other) = other.lookup(k, h) else {
            *pos = i;
            break;
        };
        if matches!(in_other, Found::Active(_)) == present {
            let Some(in_dest) = dest.lookup(k, h) else {
                *pos = i;
                break;
            };
            if let Found::Free(idx, was_dummy) = in_dest {
                dest.place(idx, was_dummy, h, k.clone());
            }
        }
        *pos = i + 1;
    }
}

/// CPython's `set_intersection` of two sets: probe the larger with the smaller's entries.
fn intersect_sets(vm: &Vm, a: &PySet, b: &PySet) -> PyResult<PySet> {
    if std::ptr::eq(a, b) {
        return copy_of(vm, a);
    }
    let r = PySet::default();
    let (small, big) = if b.len() > a.len() { (a, b) } else { (b, a) };
    walk_entries(
        small,
        |st, pos| {
            copy_where(
                st,
                pos,
                &big.table.borrow(),
                true,
                &mut r.table.borrow_mut(),
            );
            true
        },
        |h, k| {
            if big.contains_hashed(vm, &k, h)? {
                r.add_hashed(vm, k, h)?;
            }
            Ok(true)
        },
    )?;
    Ok(r)
}

/// CPython's `set_intersection`.
fn intersection2(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult<PySet> {
    let sa = st(vm, a)?;
    if let Some(sb) = b.as_set() {
        return intersect_sets(vm, sa, sb);
    }
    let r = PySet::default();
    let it = sequence::iter(vm, b)?;
    while let Some(k) = sequence::next(vm, &it)? {
        let h = compare::hash(vm, &k)?;
        if sa.contains_hashed(vm, &k, h)? {
            r.add_hashed(vm, k, h)?;
        }
    }
    Ok(r)
}

/// CPython's `set_intersection_multi`: intersect with each operand in turn. The result has
/// `o`'s kind.
fn intersection_impl(vm: &Vm, o: &PyRef, others: &[PyRef]) -> PyResult {
    let Some((first, rest)) = others.split_first() else {
        return s_copy(vm, Args::new(&[o.clone()]));
    };
    let mut r = intersection2(vm, o, first)?;
    for x in rest {
        let cur = set_obj(vm, &vm.t.set, r);
        r = intersection2(vm, &cur, x)?;
    }
    Ok(same_kind(vm, o, r))
}

fn s_intersection(vm: &Vm, args: Args) -> PyResult {
    intersection_impl(vm, &args.pos()[0], &args.pos()[1..])
}

/// CPython's `set_difference_update_internal`: remove `other`'s elements from `s`, then drop
/// the dummies if they are more than a quarter of the table.
fn difference_update_internal(vm: &Vm, s: &PySet, other: &PyRef) -> PyResult<()> {
    if let Some(o) = other.as_set() {
        if std::ptr::eq(s, o) {
            s.clear();
            return Ok(());
        }
        // When `other` is more than 8 times larger, only the common elements matter.
        let common;
        let src = if (o.len() >> 3) > s.len() {
            common = intersect_sets(vm, s, o)?;
            &common
        } else {
            o
        };
        for_each_entry(src, |h, k| {
            s.discard_hashed(vm, &k, h)?;
            Ok(true)
        })?;
    } else {
        let it = sequence::iter(vm, other)?;
        while let Some(k) = sequence::next(vm, &it)? {
            s.discard(vm, &k)?;
        }
    }
    s.purge_dummies();
    Ok(())
}

/// CPython's `set_difference`: a fresh set of `a`'s entries missing from `b`, or, when `b`
/// is not a set or dict or is much smaller than `a`, a copy of `a` with `b`'s removed.
fn difference2(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult<PySet> {
    let sa = st(vm, a)?;
    let exact_dict = b.as_dict().filter(|_| b.is_type(&vm.t.dict));
    let other_len = match (b.as_set(), exact_dict) {
        (Some(s), _) => Some(s.len()),
        (None, Some(d)) => Some(d.len()),
        (None, None) => None,
    };
    if other_len.is_none_or(|n| (sa.len() >> 2) > n) {
        let r = copy_of(vm, sa)?;
        difference_update_internal(vm, &r, b)?;
        return Ok(r);
    }
    let r = PySet::default();
    walk_entries(
        sa,
        |at, pos| {
            let Some(sb) = b.as_set() else {
                return true;
            };
            copy_where(
                at,
                pos,
                &sb.table.borrow(),
                false,
                &mut r.table.borrow_mut(),
            );
            true
        },
        |h, k| {
            let present = match (b.as_set(), exact_dict) {
                (Some(sb), _) => sb.contains_hashed(vm, &k, h)?,
                (None, Some(d)) => d.get_hashed(vm, &k, h)?.is_some(),
                (None, None) => false,
            };
            if !present {
                r.add_hashed(vm, k, h)?;
            }
            Ok(true)
        },
    )?;
    Ok(r)
}

/// CPython's `set_difference_multi`: the first difference makes the result, the later
/// operands are removed from it in place.
fn difference_impl(vm: &Vm, o: &PyRef, others: &[PyRef]) -> PyResult {
    let Some((first, rest)) = others.split_first() else {
        return s_copy(vm, Args::new(&[o.clone()]));
    };
    let r = difference2(vm, o, first)?;
    for x in rest {
        difference_update_internal(vm, &r, x)?;
    }
    Ok(same_kind(vm, o, r))
}

fn s_difference(vm: &Vm, args: Args) -> PyResult {
    difference_impl(vm, &args.pos()[0], &args.pos()[1..])
}

/// Toggle one element: remove it if present, else add it.
fn toggle(vm: &Vm, s: &PySet, key: PyRef, hash: i64) -> PyResult<()> {
    if !s.discard_hashed(vm, &key, hash)? {
        s.add_hashed(vm, key, hash)?;
    }
    Ok(())
}

/// CPython's `set_symmetric_difference_update`.
fn symdiff_update(vm: &Vm, s: &PySet, other: &PyRef) -> PyResult<()> {
    if let Some(o) = other.as_set() {
        if std::ptr::eq(s, o) {
            s.clear();
            return Ok(());
        }
        return walk_entries(
            o,
            |ot, pos| {
                let mut t = s.table.borrow_mut();
                while let Some((i, h, k)) = ot.active_from(pos) {
                    let Some(found) = t.lookup(k, h) else {
                        *pos = i;
                        break;
                    };
                    match found {
                        // Dropping a key runs no Python code (finalizers are deferred).
                        Found::Active(idx) => drop(t.remove_at(idx)),
                        Found::Free(idx, was_dummy) => t.place(idx, was_dummy, h, k.clone()),
                    }
                    *pos = i + 1;
                }
                drop(t);
                s.bump();
                true
            },
            |h, k| {
                toggle(vm, s, k, h)?;
                Ok(true)
            },
        );
    }
    if let Some(d) = other.as_dict().filter(|_| other.is_type(&vm.t.dict)) {
        for e in d.entries() {
            toggle(vm, s, e.key, e.hash)?;
        }
        return Ok(());
    }
    let tmp = PySet::default();
    tmp.update(vm, other)?;
    for_each_entry(&tmp, |h, k| {
        toggle(vm, s, k, h)?;
        Ok(true)
    })
}

/// CPython's `set_symmetric_difference`: a set made from `other`, toggled by `o`'s entries.
fn symdiff_impl(vm: &Vm, o: &PyRef, other: &PyRef) -> PyResult<PySet> {
    st(vm, o)?;
    let r = PySet::default();
    r.update(vm, other)?;
    symdiff_update(vm, &r, o)?;
    Ok(r)
}

fn s_symmetric_difference(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let r = symdiff_impl(vm, o, &args.pos()[1])?;
    Ok(same_kind(vm, o, r))
}

/// CPython's `set_intersection_update_multi`: the intersection's table becomes `o`'s.
fn s_intersection_update(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let s = st(vm, o)?;
    let r = intersection_impl(vm, o, &args.pos()[1..])?;
    if !r.is(o) {
        s.take_table_of(st(vm, &r)?);
    }
    Ok(vm.none())
}

fn s_difference_update(vm: &Vm, args: Args) -> PyResult {
    let s = st(vm, &args.pos()[0])?;
    for x in &args.pos()[1..] {
        difference_update_internal(vm, s, x)?;
    }
    Ok(vm.none())
}

fn s_symmetric_difference_update(vm: &Vm, args: Args) -> PyResult {
    symdiff_update(vm, st(vm, &args.pos()[0])?, &args.pos()[1])?;
    Ok(vm.none())
}

/// CPython's `set_issubset`: every entry of `a` is in `b`.
fn subset(vm: &Vm, a: &PySet, b: &PyRef) -> PyResult<bool> {
    let b = as_set_like(vm, b)?;
    let sb = st(vm, &b)?;
    if a.len() > sb.len() {
        return Ok(false);
    }
    let all = Cell::new(true);
    walk_entries(
        a,
        |at, pos| {
            let bt = sb.table.borrow();
            while let Some((i, h, k)) = at.active_from(pos) {
                match bt.lookup(k, h) {
                    None => {
                        *pos = i;
                        return true;
                    }
                    Some(Found::Free(..)) => {
                        all.set(false);
                        return false;
                    }
                    Some(Found::Active(_)) => *pos = i + 1,
                }
            }
            true
        },
        |h, k| {
            all.set(sb.contains_hashed(vm, &k, h)?);
            Ok(all.get())
        },
    )?;
    Ok(all.get())
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
    for slot in &s.table.borrow().slots {
        if slot.key.is_some() {
            hash ^= shuffle(slot.hash as u64);
        }
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
    let owner = if is_frozen(vm, &args.pos()[0]) {
        "frozenset"
    } else {
        "set"
    };
    crate::objects::sizeof::noargs(vm, &args, owner)?;
    st(vm, &args.pos()[0])?;
    Ok(vm.usize(crate::objects::sizeof::set_sizeof(&args.pos()[0])))
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
    MethodDef::class(
        "__class_getitem__",
        crate::objects::generic_alias::class_getitem,
    ),
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
