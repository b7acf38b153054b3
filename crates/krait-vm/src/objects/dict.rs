//! dict: mirrors `Objects/dictobject.c`. An insertion-ordered compact table (an index array
//! probed with CPython's perturbation scheme, pointing into a dense entry vector), with
//! Python-level `__hash__`/`__eq__` and fast paths for str and int keys. Also the views
//! (`dict_keys`, `dict_values`, `dict_items`) and their iterators live here.

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::object::{PyObject, PyRef};
use crate::objects::Payload;
use crate::vm::{PyResult, Vm};

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;

#[derive(Clone)]
pub struct Entry {
    pub hash: i64,
    pub key: PyRef,
    pub value: PyRef,
}

/// The table. Deleted entries leave `None` holes in `entries` until the next resize.
#[derive(Default)]
pub struct Table {
    indices: Vec<i32>,
    pub entries: Vec<Option<Entry>>,
    used: usize,
}

/// A dict's storage; also embedded in type objects and modules' namespaces.
pub struct PyDict {
    pub table: RefCell<Table>,
    /// Changed on every mutation to a value no other dict state ever had (CPython's
    /// `ma_version_tag`): lookups that call Python `__eq__` restart when it moves, iterators
    /// detect "changed size during iteration", and `LOAD_GLOBAL` caches are keyed by it.
    pub version: Cell<u64>,
    /// The dict object holding this table (see `GcOwner`).
    pub(crate) owner: crate::object::gc_head::GcOwner,
}

/// The last dict version handed out. Only the GIL holder mutates dicts, so a plain
/// load/store pair (no locked read-modify-write) is enough.
static DICT_VERSION: AtomicU64 = AtomicU64::new(0);

/// A dict version never used before.
#[inline]
fn next_version() -> u64 {
    let v = DICT_VERSION.load(Ordering::Relaxed) + 1;
    DICT_VERSION.store(v, Ordering::Relaxed);
    v
}

impl Default for PyDict {
    fn default() -> PyDict {
        PyDict::with_capacity(0)
    }
}

/// Key equality without Python code, when it can be decided so (dict and set keys).
#[inline]
pub(crate) fn fast_eq(a: &PyRef, b: &PyRef) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    match (&a.payload, &b.payload) {
        (Payload::Str(x), Payload::Str(y)) => Some(x.as_str() == y.as_str()),
        (Payload::Int(x), Payload::Int(y)) => Some(x == y),
        _ => None,
    }
}

impl Table {
    fn with_capacity(n: usize) -> Table {
        let mut size = 8;
        while size * 2 < n * 3 {
            size <<= 1;
        }
        Table {
            indices: vec![EMPTY; size],
            entries: Vec::with_capacity(n),
            used: 0,
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Probe for `hash`, calling `check(entry_index)` on each candidate; returns
    /// (slot of the match or of the first free slot, entry index if matched).
    #[inline]
    fn probe(&self, hash: i64, mut check: impl FnMut(usize) -> bool) -> (usize, Option<usize>) {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free: Option<usize> = None;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return (free.unwrap_or(i), None);
            }
            if ix == DUMMY {
                if free.is_none() {
                    free = Some(i);
                }
            } else if check(ix as usize) {
                return (i, Some(ix as usize));
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    fn resize(&mut self, min_used: usize) {
        let mut size = 8;
        while size * 2 < min_used * 3 + 1 {
            size <<= 1;
        }
        let old = std::mem::take(&mut self.entries);
        self.indices = vec![EMPTY; size];
        self.entries = Vec::with_capacity(min_used.max(self.used));
        let mask = size - 1;
        for e in old.into_iter().flatten() {
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                perturb >>= 5;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(perturb as usize)
                    .wrapping_add(1))
                    & mask;
            }
            self.indices[i] = self.entries.len() as i32;
            self.entries.push(Some(e));
        }
    }

    fn ensure_indices(&mut self) {
        if self.indices.is_empty() {
            self.indices = vec![EMPTY; 8];
        }
    }

    /// Insert a new entry at `slot` (which `probe` returned as free).
    fn insert_at(&mut self, slot: usize, hash: i64, key: PyRef, value: PyRef) {
        self.indices[slot] = self.entries.len() as i32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.used += 1;
        if self.entries.len() * 3 >= self.indices.len() * 2 {
            self.resize(self.used * 3);
        }
    }

    /// Lookup of a key whose equality is decided by `fast_eq` (no Python code).
    pub fn get_fast(&self, key: &PyRef, hash: i64) -> Option<&Entry> {
        self.index_fast(key, hash)
            .and_then(|ix| self.entries[ix].as_ref())
    }

    /// The entry index of a key that `fast_eq` finds equal to `key` (no Python code runs).
    fn index_fast(&self, key: &PyRef, hash: i64) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let (_, found) = self.probe(hash, |ix| {
            let e = self.entries[ix]
                .as_ref()
                .expect("index points at a live entry");
            e.hash == hash && fast_eq(&e.key, key) == Some(true)
        });
        found
    }

    /// Lookup by str contents (for names looked up from Rust).
    pub fn get_str(&self, key: &str, hash: i64) -> Option<&Entry> {
        if self.indices.is_empty() {
            return None;
        }
        let (_, found) = self.probe(hash, |ix| {
            let e = self.entries[ix]
                .as_ref()
                .expect("index points at a live entry");
            e.hash == hash && e.key.as_str() == Some(key)
        });
        found.and_then(|ix| self.entries[ix].as_ref())
    }

    /// Whether a key or value may be tracked (the dict must then be tracked).
    pub(crate) fn holds_container(&self) -> bool {
        self.iter().any(|e| {
            crate::object::gc_head::may_be_tracked(&e.key)
                || crate::object::gc_head::may_be_tracked(&e.value)
        })
    }

    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().flatten()
    }

    /// The entry at position `pos` or later that is live, and the position after it
    /// (iteration by index, robust to mutation).
    pub fn next_entry(&self, pos: usize) -> Option<(usize, &Entry)> {
        let mut p = pos;
        while p < self.entries.len() {
            if let Some(e) = &self.entries[p] {
                return Some((p + 1, e));
            }
            p += 1;
        }
        None
    }

    /// Remove and return the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<Entry> {
        while let Some(last) = self.entries.pop() {
            if let Some(e) = last {
                let pos = self.entries.len();
                let (slot, _) = self.probe(e.hash, |ix| ix == pos);
                self.indices[slot] = DUMMY;
                self.used -= 1;
                return Some(e);
            }
        }
        None
    }
}

/// How a candidate key compares, deciding with Python `__eq__` when needed.
enum Probe {
    Found(usize),
    Missing(usize),
}

impl PyDict {
    pub fn with_capacity(n: usize) -> PyDict {
        PyDict {
            table: RefCell::new(Table::with_capacity(n)),
            version: Cell::new(next_version()),
            owner: crate::object::gc_head::GcOwner::none(),
        }
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    #[inline]
    fn bump(&self) {
        self.version.set(next_version());
    }

    /// Find `key`; Python `__eq__` may run (and may mutate the dict, which restarts the probe).
    fn find(&self, vm: &Vm, key: &PyRef, hash: i64) -> PyResult<Probe> {
        'restart: loop {
            let version = self.version.get();
            let mut t = self.table.borrow_mut();
            t.ensure_indices();
            let mask = t.indices.len() - 1;
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            let mut free: Option<usize> = None;
            loop {
                let ix = t.indices[i];
                if ix == EMPTY {
                    return Ok(Probe::Missing(free.unwrap_or(i)));
                }
                if ix == DUMMY {
                    if free.is_none() {
                        free = Some(i);
                    }
                } else {
                    let e = t.entries[ix as usize]
                        .as_ref()
                        .expect("index points at a live entry");
                    if e.hash == hash {
                        match fast_eq(&e.key, key) {
                            Some(true) => return Ok(Probe::Found(ix as usize)),
                            Some(false) => {}
                            None => {
                                let candidate = e.key.clone();
                                drop(t);
                                let eq = crate::protocols::compare::eq(vm, &candidate, key)?;
                                if self.version.get() != version {
                                    continue 'restart;
                                }
                                if eq {
                                    return Ok(Probe::Found(ix as usize));
                                }
                                t = self.table.borrow_mut();
                            }
                        }
                    }
                }
                perturb >>= 5;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(perturb as usize)
                    .wrapping_add(1))
                    & mask;
            }
        }
    }

    /// `d.get(key)` with a known hash.
    pub fn get_hashed(&self, vm: &Vm, key: &PyRef, hash: i64) -> PyResult<Option<PyRef>> {
        {
            let t = self.table.borrow();
            if t.used == 0 {
                return Ok(None);
            }
            if let Some(e) = t.get_fast(key, hash) {
                return Ok(Some(e.value.clone()));
            }
        }
        match self.find(vm, key, hash)? {
            Probe::Found(ix) => Ok(self.table.borrow().entries[ix]
                .as_ref()
                .map(|e| e.value.clone())),
            Probe::Missing(_) => Ok(None),
        }
    }

    pub fn get(&self, vm: &Vm, key: &PyRef) -> PyResult<Option<PyRef>> {
        let hash = crate::protocols::compare::hash(vm, key)?;
        self.get_hashed(vm, key, hash)
    }

    /// Lookup by a Rust string (never runs Python code: only str keys can match).
    pub fn get_str(&self, key: &str) -> Option<PyRef> {
        let hash = crate::objects::str::hash_str(key);
        self.table
            .borrow()
            .get_str(key, hash)
            .map(|e| e.value.clone())
    }

    /// Lookup of an interned-or-str key object without Python code (globals, attributes).
    #[inline]
    pub fn get_str_obj(&self, key: &PyRef) -> Option<PyRef> {
        let t = self.table.borrow();
        if t.used == 0 {
            return None;
        }
        let hash = crate::objects::str::str_hash(key);
        t.get_fast(key, hash).map(|e| e.value.clone())
    }

    /// `get_str_obj` for an interned name that tries entry `hint` first (the name's position
    /// in dicts of the same shape) and remembers where the name was found.
    #[inline]
    pub fn get_str_hinted(&self, key: &PyRef, hint: &Cell<u32>) -> Option<PyRef> {
        let t = self.table.borrow();
        if let Some(Some(e)) = t.entries.get(hint.get() as usize) {
            if e.key.is(key) {
                return Some(e.value.clone());
            }
        }
        if t.used == 0 {
            return None;
        }
        let ix = t.index_fast(key, crate::objects::str::str_hash(key))?;
        hint.set(ix as u32);
        t.entries[ix].as_ref().map(|e| e.value.clone())
    }

    /// `set_item_str` for an interned name that tries entry `hint` first (see
    /// `get_str_hinted`): rebinding it there replaces the value in place.
    #[inline]
    pub fn set_str_hinted(
        &self,
        vm: &Vm,
        key: &PyRef,
        value: PyRef,
        hint: &Cell<u32>,
    ) -> PyResult<()> {
        self.owner.maintain(key, &value);
        let old = {
            let mut t = self.table.borrow_mut();
            match t.entries.get_mut(hint.get() as usize) {
                Some(Some(e)) if e.key.is(key) => std::mem::replace(&mut e.value, value),
                _ => {
                    drop(t);
                    self.set_item_str(vm, key.clone(), value)?;
                    let t = self.table.borrow();
                    if let Some(ix) = t.index_fast(key, crate::objects::str::str_hash(key)) {
                        hint.set(ix as u32);
                    }
                    return Ok(());
                }
            }
        };
        self.bump();
        drop(old);
        Ok(())
    }

    pub fn set_hashed(&self, vm: &Vm, key: PyRef, hash: i64, value: PyRef) -> PyResult<()> {
        self.owner.maintain(&key, &value);
        // Rebinding a key found without Python equality (a str or int key already present:
        // every module-level assignment to an existing name) replaces the value in place.
        let found = self.table.borrow().index_fast(&key, hash);
        if let Some(ix) = found {
            let old = {
                let mut t = self.table.borrow_mut();
                let e = t.entries[ix].as_mut().expect("found entry is live");
                std::mem::replace(&mut e.value, value)
            };
            self.bump();
            drop(old);
            return Ok(());
        }
        let old = match self.find(vm, &key, hash)? {
            Probe::Found(ix) => {
                let mut t = self.table.borrow_mut();
                let e = t.entries[ix].as_mut().expect("found entry is live");
                Some(std::mem::replace(&mut e.value, value))
            }
            Probe::Missing(slot) => {
                self.table.borrow_mut().insert_at(slot, hash, key, value);
                None
            }
        };
        self.bump();
        drop(old);
        Ok(())
    }

    pub fn set(&self, vm: &Vm, key: PyRef, value: PyRef) -> PyResult<()> {
        let hash = crate::protocols::compare::hash(vm, &key)?;
        self.set_hashed(vm, key, hash, value)
    }

    /// Store under a str key (no Python code can run).
    pub fn set_str(&self, vm: &Vm, key: &str, value: PyRef) {
        let k = vm.intern(key);
        let _ = self.set_item_str(vm, k, value);
    }

    /// Store with a str key object.
    pub fn set_item_str(&self, vm: &Vm, key: PyRef, value: PyRef) -> PyResult<()> {
        let hash = crate::objects::str::str_hash(&key);
        self.set_hashed(vm, key, hash, value)
    }

    /// Remove `key`, returning its value (None when missing).
    pub fn remove_hashed(&self, vm: &Vm, key: &PyRef, hash: i64) -> PyResult<Option<PyRef>> {
        match self.find(vm, key, hash)? {
            Probe::Found(ix) => {
                let e = {
                    let mut t = self.table.borrow_mut();
                    let (slot, _) = t.probe(hash, |j| j == ix);
                    t.indices[slot] = DUMMY;
                    t.used -= 1;
                    t.entries[ix].take()
                };
                self.bump();
                Ok(e.map(|e| e.value))
            }
            Probe::Missing(_) => Ok(None),
        }
    }

    pub fn remove(&self, vm: &Vm, key: &PyRef) -> PyResult<Option<PyRef>> {
        let hash = crate::protocols::compare::hash(vm, key)?;
        self.remove_hashed(vm, key, hash)
    }

    pub fn remove_str(&self, vm: &Vm, key: &str) -> Option<PyRef> {
        let k = vm.str(key);
        self.remove(vm, &k).ok().flatten()
    }

    pub fn contains(&self, vm: &Vm, key: &PyRef) -> PyResult<bool> {
        Ok(self.get(vm, key)?.is_some())
    }

    pub fn clear(&self) {
        drop(self.take_table());
    }

    /// Empty the dict, handing the old entries back: the caller drops them once it has
    /// finished its own bookkeeping (a type invalidates its cached lookups first).
    pub(crate) fn take_table(&self) -> Table {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        self.bump();
        old
    }

    /// Visit every key and value (CPython's `dict_traverse`). A table mutably borrowed at
    /// this moment reports nothing (see `gc::traverse`).
    pub(crate) fn traverse(&self, visit: &mut dyn FnMut(&PyObject)) {
        if let Ok(t) = self.table.try_borrow() {
            for e in t.iter() {
                visit(&e.key);
                visit(&e.value);
            }
        }
    }

    /// Snapshot of the entries (keys and values), in order.
    pub fn items(&self) -> Vec<(PyRef, PyRef)> {
        self.table
            .borrow()
            .iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    pub fn keys(&self) -> Vec<PyRef> {
        self.table.borrow().iter().map(|e| e.key.clone()).collect()
    }

    pub fn values(&self) -> Vec<PyRef> {
        self.table
            .borrow()
            .iter()
            .map(|e| e.value.clone())
            .collect()
    }

    /// Entries with their hashes (for copies and merges without rehashing).
    pub fn entries(&self) -> Vec<Entry> {
        self.table.borrow().iter().cloned().collect()
    }

    pub fn copy(&self) -> PyDict {
        let t = self.table.borrow();
        let mut n = Table::with_capacity(t.used);
        for e in t.iter() {
            let (slot, _) = n.probe(e.hash, |_| false);
            n.insert_at(slot, e.hash, e.key.clone(), e.value.clone());
        }
        PyDict {
            table: RefCell::new(n),
            version: Cell::new(next_version()),
            owner: crate::object::gc_head::GcOwner::none(),
        }
    }

    pub fn pop_last(&self) -> Option<Entry> {
        let e = self.table.borrow_mut().pop_last();
        self.bump();
        e
    }
}

/// Which view of a dict.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

pub struct DictView {
    pub dict: PyRef,
    pub kind: ViewKind,
}
