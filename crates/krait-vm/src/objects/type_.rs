//! type: mirrors `Objects/typeobject.c`. Type objects' data, the C3 MRO, attribute lookup
//! along the MRO through the type attribute cache (`object::type_cache`), and class creation (`type(name, bases, ns)`).

use std::cell::{Cell, RefCell};
use std::sync::atomic::{AtomicU64, Ordering};

use crate::object::{ObjSlot, PyObject, PyRef};
use crate::objects::dict::PyDict;
use crate::objects::Payload;

/// Bumped whenever an attribute of any type changes; per-type lookup caches compare it.
static TYPE_EPOCH: AtomicU64 = AtomicU64::new(1);

/// Invalidate every type's lookup cache (a type's namespace or bases changed).
pub fn bump_epoch() {
    TYPE_EPOCH.fetch_add(1, Ordering::Relaxed);
}

/// The current type epoch: the key of every cached type lookup (`object::type_cache`,
/// `object::attr_cache`).
#[inline]
pub fn epoch() -> u64 {
    TYPE_EPOCH.load(Ordering::Relaxed)
}

impl Drop for TypeData {
    /// A freed type's address may be reused by a new type: cached lookups keyed by it
    /// (`object::type_cache`) must not match that one.
    fn drop(&mut self) {
        bump_epoch();
    }
}

/// Type flag: created by a class statement or `type(...)` (CPython's Py_TPFLAGS_HEAPTYPE).
pub const HEAPTYPE: u32 = 1;
/// Type flag: may be subclassed (Py_TPFLAGS_BASETYPE).
pub const BASETYPE: u32 = 2;
/// Type flag: instances get a `__dict__`.
pub const INSTANCE_DICT: u32 = 4;
/// Type flag: a subclass of BaseException.
pub const EXCEPTION: u32 = 8;
/// Type flag: immutable type (builtin types: attributes cannot be set).
pub const IMMUTABLE: u32 = 16;
/// Type flag: the class body defined `__slots__` (instance layout for `__sizeof__`).
pub const SLOTS_DECLARED: u32 = 32;
/// Type flag: the class's `__slots__` name `__weakref__`.
pub const SLOTS_WEAKREF: u32 = 64;
/// Type flag: instances can be weakly referenced (CPython's `tp_weaklistoffset != 0`).
pub const WEAKREFABLE: u32 = 128;
/// Type flag: a builtin type whose native `__getattribute__` replaces the generic lookup
/// (CPython's own `tp_getattro`, e.g. `types.GenericAlias` forwarding to its origin).
pub const NATIVE_GETATTRIBUTE: u32 = 256;
/// Type flag: a builtin type whose native `__setattr__`/`__delattr__` replace the generic
/// ones (`_thread._local`, which picks the calling thread's dict first).
pub const NATIVE_SETATTR: u32 = 512;

/// The data of a type object.
pub struct TypeData {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<PyRef>>,
    /// `__base__`: the solid base (where the instance layout comes from).
    pub base: RefCell<Option<PyRef>>,
    pub mro: RefCell<Vec<PyRef>>,
    /// The namespace (`__dict__` is a mappingproxy over it).
    pub dict: PyDict,
    pub flags: Cell<u32>,
    /// Number of `__slots__` storage cells instances carry (all bases included).
    pub nslots: Cell<usize>,
    /// Weak references to the direct subclasses (`__subclasses__()`).
    pub subclasses: RefCell<Vec<PyRef>>,
    /// The names of the attributes instances keep inline, in key order (see `instance`).
    pub attr_keys: [ObjSlot; crate::objects::instance::MAX_KEYS],
    pub attr_nkeys: Cell<u8>,
    /// An instance needed a dict for its attributes: later instances start with one.
    pub attr_spilled: Cell<bool>,
    /// A builtin type's module when it is not `builtins` (CPython keeps it in `tp_name`,
    /// `types.SimpleNamespace`); heap types keep `__module__` in their namespace instead.
    pub module: Cell<Option<&'static str>>,
    del_cache: Cell<(u64, bool)>,
    /// Which attribute hooks the type overrides (`HOOK_*`), valid for one epoch.
    hook_cache: Cell<(u64, u8)>,
}

/// `__getattribute__` is not `object`'s or `type`'s.
pub const HOOK_GETATTRIBUTE: u8 = 1;
/// `__getattr__` is defined.
pub const HOOK_GETATTR: u8 = 2;
/// `__setattr__` is not `object`'s or `type`'s.
pub const HOOK_SETATTR: u8 = 4;
/// `__delattr__` is not `object`'s or `type`'s.
pub const HOOK_DELATTR: u8 = 8;

impl TypeData {
    pub fn new(name: &str, flags: u32) -> TypeData {
        TypeData {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(Vec::new()),
            base: RefCell::new(None),
            mro: RefCell::new(Vec::new()),
            dict: PyDict::default(),
            flags: Cell::new(flags),
            nslots: Cell::new(0),
            subclasses: RefCell::new(Vec::new()),
            attr_keys: [const { ObjSlot::new(None) }; crate::objects::instance::MAX_KEYS],
            attr_nkeys: Cell::new(0),
            attr_spilled: Cell::new(false),
            module: Cell::new(None),
            del_cache: Cell::new((0, false)),
            hook_cache: Cell::new((0, 0)),
        }
    }

    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }

    /// The type's `__name__`, borrowed (no copy) while no Python code can rename it.
    pub fn name_ref(&self) -> std::cell::Ref<'_, String> {
        self.name.borrow()
    }

    #[inline]
    pub fn has_flag(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }

    pub fn is_heap(&self) -> bool {
        self.has_flag(HEAPTYPE)
    }

    /// Look `name` (a str object, normally interned) up along the MRO; interned names go
    /// through the type attribute cache.
    #[inline]
    pub fn lookup(&self, name: &PyRef) -> Option<PyRef> {
        // Only interned (immortal) names are safe cache keys: their address never gets reused.
        if name.flags() & crate::object::FLAG_IMMORTAL == 0 {
            return self.lookup_uncached(name);
        }
        let ty = self as *const TypeData as usize;
        crate::object::type_cache::lookup(ty, name, epoch(), || self.lookup_uncached(name))
    }

    fn lookup_uncached(&self, name: &PyRef) -> Option<PyRef> {
        let mro = self.mro.borrow();
        for t in mro.iter() {
            if let Some(td) = t.as_type() {
                if let Some(v) = td.dict.get_str_obj(name) {
                    return Some(v);
                }
            }
        }
        None
    }

    /// Lookup by a Rust string (slower; for rare paths).
    pub fn lookup_str(&self, name: &str) -> Option<PyRef> {
        let mro = self.mro.borrow();
        for t in mro.iter() {
            if let Some(td) = t.as_type() {
                let tab = td.dict.table.borrow();
                for e in tab.iter() {
                    if e.key.as_str() == Some(name) {
                        return Some(e.value.clone());
                    }
                }
            }
        }
        None
    }

    /// Whether the type overrides attribute hook `hook` (one of `HOOK_*`); builtin types never
    /// do. Cached per epoch: attribute access asks this on every `obj.name`.
    #[inline]
    pub fn has_hook(&self, vm: &crate::vm::Vm, hook: u8) -> bool {
        if !self.is_heap() {
            return match hook {
                HOOK_GETATTRIBUTE => self.has_flag(NATIVE_GETATTRIBUTE),
                HOOK_SETATTR | HOOK_DELATTR => self.has_flag(NATIVE_SETATTR),
                _ => false,
            };
        }
        let e = epoch();
        let (ce, v) = self.hook_cache.get();
        if ce == e {
            return v & hook != 0;
        }
        let v = self.compute_hooks(vm);
        self.hook_cache.set((e, v));
        v & hook != 0
    }

    fn compute_hooks(&self, vm: &crate::vm::Vm) -> u8 {
        // `object`'s and `type`'s own hooks are the generic algorithm, not an override.
        let generic = |m: &PyRef| match &m.payload {
            crate::objects::Payload::MethodDescr(d) => {
                d.owner.is(&vm.t.object) || d.owner.is(&vm.t.type_)
            }
            _ => false,
        };
        let mut v = 0;
        if self
            .lookup(&vm.names.__getattribute__)
            .is_some_and(|m| !generic(&m))
        {
            v |= HOOK_GETATTRIBUTE;
        }
        if self.lookup(&vm.names.__getattr__).is_some() {
            v |= HOOK_GETATTR;
        }
        if self
            .lookup(&vm.names.__setattr__)
            .is_some_and(|m| !generic(&m))
        {
            v |= HOOK_SETATTR;
        }
        if self
            .lookup(&vm.names.__delattr__)
            .is_some_and(|m| !generic(&m))
        {
            v |= HOOK_DELATTR;
        }
        v
    }

    /// Whether instances have a Python `__del__` (checked at every deallocation; cached).
    pub fn has_del(&self) -> bool {
        if !self.is_heap() {
            return false;
        }
        let e = epoch();
        let (ce, v) = self.del_cache.get();
        if ce == e {
            return v;
        }
        let v = self.lookup_str("__del__").is_some();
        self.del_cache.set((e, v));
        v
    }

    /// Visit the references the type owns (CPython's `type_traverse`, plus the subclass
    /// list, which holds strong references here). Cells mutably borrowed at this moment report
    /// nothing (see `gc::traverse`).
    pub(crate) fn traverse(&self, visit: &mut impl FnMut(&PyObject)) {
        for list in [&self.bases, &self.mro, &self.subclasses] {
            if let Ok(types) = list.try_borrow() {
                for t in types.iter() {
                    visit(t);
                }
            }
        }
        if let Ok(base) = self.base.try_borrow() {
            if let Some(b) = base.as_deref() {
                visit(b);
            }
        }
        self.dict.traverse(visit);
    }

    /// Empty the namespace and the MRO (CPython's `type_clear`). Cached lookups are
    /// invalidated before anything they may name is released (`object::type_cache`).
    pub(crate) fn clear(&self) {
        let namespace = self.dict.take_table();
        let mro = std::mem::take(&mut *self.mro.borrow_mut());
        bump_epoch();
        drop(namespace);
        drop(mro);
    }

    /// The type's dotted name as reprs show it: `module.qualname`, bare for builtins.
    pub fn module_name(&self) -> Option<String> {
        let d = self.dict.table.borrow();
        for e in d.iter() {
            if e.key.as_str() == Some("__module__") {
                return e.value.as_str().map(|s| s.to_string());
            }
        }
        self.module.get().map(str::to_string)
    }
}

/// Whether type `a` is `b` or a subclass of it (MRO membership; `a` and `b` are types).
pub fn is_subtype(a: &PyObject, b: &PyObject) -> bool {
    if a.is(b) {
        return true;
    }
    match &a.payload {
        Payload::Type(t) => t.mro.borrow().iter().any(|m| std::ptr::eq(&**m, b)),
        _ => false,
    }
}

/// C3 linearisation of `bases` for a new type `ty` (CPython's `mro_implementation`); the error
/// text is CPython's for an inconsistent hierarchy.
pub fn c3_mro(ty: &PyRef, bases: &[PyRef]) -> Result<Vec<PyRef>, String> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            let name = b.as_type().map(|t| t.name()).unwrap_or_default();
            return Err(format!("duplicate base class {name}"));
        }
    }
    let mut seqs: Vec<Vec<PyRef>> = Vec::new();
    for b in bases {
        if let Some(td) = b.as_type() {
            seqs.push(td.mro.borrow().clone());
        }
    }
    seqs.push(bases.to_vec());
    let mut result = vec![ty.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(result);
        }
        let mut candidate = None;
        for s in &seqs {
            let head = &s[0];
            let in_tail = seqs.iter().any(|o| o[1..].iter().any(|x| x.is(head)));
            if !in_tail {
                candidate = Some(head.clone());
                break;
            }
        }
        match candidate {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if s[0].is(&c) {
                        s.remove(0);
                    }
                }
                result.push(c);
            }
            None => {
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    let n = s[0].as_type().map(|t| t.name()).unwrap_or_default();
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                ));
            }
        }
    }
}
