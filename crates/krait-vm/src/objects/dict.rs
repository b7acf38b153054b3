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
///
/// It is sized as CPython 3.11 sizes its keys objects (same growth points, same sizes after
/// literals, copies, merges and deletions), so `dict.__sizeof__` can report CPython's figure.
#[derive(Clone)]
pub struct Table {
    /// The hash index; empty while the dict shares CPython's empty keys (no insertion yet).
    indices: Vec<i32>,
    pub entries: Vec<Option<Entry>>,
    used: usize,
    /// CPython's `dk_usable`: insertions left before the table must grow. Deleted entries
    /// keep using theirs until a resize.
    usable: usize,
    /// CPython's `DICT_KEYS_UNICODE` kind: every key so far an exact str (16-byte entries in
    /// its keys object instead of 24). The empty keys count as unicode.
    unicode: bool,
}

impl Default for Table {
    fn default() -> Table {
        Table {
            indices: Vec::new(),
            entries: Vec::new(),
            used: 0,
            usable: 0,
            unicode: true,
        }
    }
}

/// `PyDict_MINSIZE`.
const MINSIZE: usize = 8;

/// `USABLE_FRACTION`: how many entries a table of `size` slots holds.
#[inline]
fn usable_fraction(size: usize) -> usize {
    (size << 1) / 3
}

/// CPython 3.11's `calculate_log2_keysize`, as a size: the bit length of
/// `((minsize | 8) - 1) | 7`. That rounds 1..=7 up to 16 and a power of two up to the next
/// one; kept as is so tables grow to CPython's sizes.
#[inline]
fn keysize_for(minsize: usize) -> usize {
    let v = ((minsize | MINSIZE) - 1) | (MINSIZE - 1);
    1 << (usize::BITS - v.leading_zeros())
}

/// `estimate_log2_keysize`: the size for a dict that will hold `n` items.
#[inline]
fn estimate_size(n: usize) -> usize {
    keysize_for((n * 3).div_ceil(2))
}

/// `PyUnicode_CheckExact`: a str whose type is `str` itself (the only builtin type with a
/// str payload).
#[inline]
pub fn is_exact_str(key: &PyRef) -> bool {
    matches!(key.payload, Payload::Str(_)) && !key.has_heap_type()
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
        PyDict::from_table(Table::default())
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
    /// A table of `size` slots (`new_keys_object`).
    fn with_size(size: usize, unicode: bool) -> Table {
        Table {
            indices: vec![EMPTY; size],
            entries: Vec::with_capacity(usable_fraction(size)),
            used: 0,
            usable: usable_fraction(size),
            unicode,
        }
    }

    /// `dict_new_presized`: room for `n` items (none allocated up to 5, as `PyDict_New`).
    pub fn presized(n: usize, unicode: bool) -> Table {
        const MAX_PRESIZE: usize = 1 << 17;
        if n <= usable_fraction(MINSIZE) {
            Table::default()
        } else if n > usable_fraction(MAX_PRESIZE) {
            Table::with_size(MAX_PRESIZE, unicode)
        } else {
            Table::with_size(estimate_size(n), unicode)
        }
    }

    /// `_PyDict_KeysSize`: the bytes of CPython's keys object for this table (0 for the
    /// shared empty keys).
    pub fn keys_size(&self) -> usize {
        let size = self.indices.len();
        if size == 0 {
            return 0;
        }
        let index_bytes = if size <= 1 << 7 {
            1
        } else if size <= 1 << 15 {
            2
        } else if size <= 1 << 31 {
            4
        } else {
            8
        };
        let entry = if self.unicode { 16 } else { 24 };
        32 + index_bytes * size + entry * usable_fraction(size)
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

    /// `dictresize`: rebuild with `size` slots, dropping deleted entries; the kind stays
    /// general once general.
    fn resize(&mut self, size: usize, unicode: bool) {
        let old = std::mem::take(&mut self.entries);
        self.indices = vec![EMPTY; size];
        self.entries = Vec::with_capacity(usable_fraction(size).max(self.used));
        self.usable = usable_fraction(size).saturating_sub(self.used);
        self.unicode = unicode && self.unicode;
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

    /// `insertion_resize`: grow (or shrink, after deletions) to fit three times the items.
    fn grow(&mut self) {
        self.resize(keysize_for(self.used * 3), self.unicode);
    }

    /// `insertdict`'s first step for a key that is not an exact str: a str-keyed table turns
    /// general (resized as for growth).
    #[inline]
    fn note_key(&mut self, key: &PyRef) {
        if self.unicode && !self.indices.is_empty() && !is_exact_str(key) {
            self.resize(keysize_for(self.used * 3), false);
        }
    }

    /// The slot a new key with `hash` goes to (the first unused or deleted one).
    fn free_slot(&self, hash: i64) -> usize {
        self.probe(hash, |_| false).0
    }

    /// Insert a new entry at `slot` (which `probe` returned as free), first allocating the
    /// table (`insert_to_emptydict`) or growing it when no usable entry is left.
    fn insert_at(&mut self, slot: usize, hash: i64, key: PyRef, value: PyRef) {
        let mut slot = slot;
        if self.indices.is_empty() {
            *self = Table::with_size(MINSIZE, is_exact_str(&key));
            slot = self.free_slot(hash);
        } else if self.usable == 0 {
            self.grow();
            slot = self.free_slot(hash);
        }
        self.indices[slot] = self.entries.len() as i32;
        self.entries.push(Some(Entry { hash, key, value }));
        self.used += 1;
        self.usable -= 1;
    }

    /// `dict_merge`'s sizing before `other`'s entries are inserted: an empty dict takes a
    /// copy of a compact table outright (true: nothing left to insert); otherwise one resize
    /// makes room for all of them when they cannot fit.
    fn prepare_merge(&mut self, other: &Table) -> bool {
        if other.used == 0 {
            return true;
        }
        if self.used == 0 {
            let osize = other.indices.len();
            if other.used == other.entries.len()
                && (osize == MINSIZE || usable_fraction(osize / 2) < other.used)
            {
                *self = other.clone();
                return true;
            }
        }
        // CPython's shared empty keys have a single slot, so nothing is usable in them.
        if usable_fraction(self.indices.len().max(1)) < other.used {
            self.resize(estimate_size(self.used + other.used), other.unicode);
        }
        false
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
    /// A dict with room for `n` items (`_PyDict_FromItems`, for displays): `unicode` when
    /// every key is an exact str.
    pub fn presized(n: usize, unicode: bool) -> PyDict {
        PyDict::from_table(Table::presized(n, unicode))
    }

    fn from_table(table: Table) -> PyDict {
        PyDict {
            table: RefCell::new(table),
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
            if t.indices.is_empty() {
                return Ok(Probe::Missing(0));
            }
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
        if self.table.borrow().unicode && !is_exact_str(&key) {
            self.table.borrow_mut().note_key(&key);
        }
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
    pub(crate) fn traverse(&self, visit: &mut impl FnMut(&PyObject)) {
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

    /// `PyDict_Copy`: a table with at most a third of its entries deleted is copied as is,
    /// any other is merged into a new dict.
    pub fn copy(&self) -> PyDict {
        let t = self.table.borrow();
        if t.used == 0 {
            return PyDict::default();
        }
        if t.used >= t.entries.len() * 2 / 3 {
            return PyDict::from_table(t.clone());
        }
        let mut n = Table::default();
        if !n.prepare_merge(&t) {
            for e in t.iter() {
                if n.unicode && !is_exact_str(&e.key) {
                    n.note_key(&e.key);
                }
                let slot = if n.indices.is_empty() {
                    0
                } else {
                    n.free_slot(e.hash)
                };
                n.insert_at(slot, e.hash, e.key.clone(), e.value.clone());
            }
        }
        PyDict::from_table(n)
    }

    /// Before `update(other)` inserts `other`'s entries (`dict_merge`): size the table for
    /// them, or take a copy of `other`'s table when this dict is empty. True when that copy
    /// left nothing to insert.
    pub fn prepare_merge(&self, other: &PyDict) -> bool {
        let done = self.table.borrow_mut().prepare_merge(&other.table.borrow());
        self.bump();
        if done && self.table.borrow().holds_container() {
            self.owner.track_owner();
        }
        done
    }

    /// `dict.fromkeys` of an exact dict (`unicode`: its kind) or set into this empty dict:
    /// one resize for its `n` keys up front.
    pub fn presize_for_keys(&self, n: usize, unicode: bool) {
        self.table.borrow_mut().resize(estimate_size(n), unicode);
        self.bump();
    }

    /// Whether every key so far is an exact str (CPython's unicode keys kind).
    pub fn is_unicode(&self) -> bool {
        self.table.borrow().unicode
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
