//! `AttrCache`: the inline cache of one attribute name in a code object, used by `LOAD_ATTR`
//! and `LOAD_METHOD` (CPython 3.11's `LOAD_ATTR_WITH_HINT`, `LOAD_METHOD_WITH_DICT` and
//! `LOAD_METHOD_NO_DICT` specialisations). It remembers, for the receiver type last seen,
//! what the type's MRO holds under the name, and where in an instance dict the name was last
//! found.
//!
//! Entries are keyed like `type_cache`: the receiver type object's address and the global
//! type epoch, which changes whenever any type's namespace or bases change and whenever a type
//! is freed (so a new type at a freed one's address never matches). The descriptor found on
//! the type is held *without* a reference count, so the cache keeps nothing alive; that is
//! sound for the reason given in `type_cache`: while the epoch is unchanged, the namespace the
//! descriptor was read from is unchanged and still holds a counted reference to it.

use std::cell::Cell;
use std::ptr::NonNull;

use super::{PyObject, PyRef};

/// What the receiver type's MRO holds under the name.
#[derive(Clone, Copy)]
pub enum TypeAttr {
    /// Nothing: the attribute can only come from the instance dict.
    Absent,
    /// A non-data descriptor or plain class attribute (an instance dict entry shadows it);
    /// `binds` says whether it has a `__get__` to apply.
    Shadowable {
        descr: NonNull<PyObject>,
        binds: bool,
    },
    /// A data descriptor (property, slot member, getset, or a class defining `__set__` or
    /// `__delete__`): it decides, before the instance dict is consulted.
    Data(NonNull<PyObject>),
}

/// `AttrCache::get` flag: reading the attribute is `object.__getattribute__`'s generic kind.
pub const GENERIC_GET: u8 = 1;
/// `AttrCache::get` flag: assigning the attribute is `object.__setattr__`'s generic kind.
pub const GENERIC_SET: u8 = 2;

/// Receiver types remembered per name (a site that sees several classes, such as a base
/// class method run on instances of its subclasses, keeps one way per class).
const WAYS: usize = 4;

pub struct AttrCache {
    ways: [Way; WAYS],
    /// The way the next fill replaces (round robin).
    next: Cell<u8>,
}

struct Way {
    /// (receiver type object address, type epoch) of the entry; (0, 0) when empty.
    key: Cell<(usize, u64)>,
    attr: Cell<TypeAttr>,
    /// `GENERIC_GET` and `GENERIC_SET` as they hold for the receiver type.
    generic: Cell<u8>,
    /// The entry index in an instance dict where the name was last found.
    hint: Cell<u32>,
}

impl Default for Way {
    fn default() -> Way {
        Way {
            key: Cell::new((0, 0)),
            attr: Cell::new(TypeAttr::Absent),
            generic: Cell::new(0),
            hint: Cell::new(0),
        }
    }
}

impl Default for AttrCache {
    fn default() -> AttrCache {
        AttrCache {
            ways: Default::default(),
            next: Cell::new(0),
        }
    }
}

/// A cached type attribute.
pub enum Cached {
    Absent,
    Shadowable { descr: PyRef, binds: bool },
    Data(PyRef),
}

impl AttrCache {
    /// What the type at `ty` holds under the name, if a way was filled for that type at
    /// `epoch` (else None): Some(None) when its attribute access lacks one of the `generic`
    /// flags, otherwise the attribute with the way's instance-dict entry hint.
    #[inline]
    pub fn get(&self, ty: usize, epoch: u64, generic: u8) -> Option<Option<(Cached, &Cell<u32>)>> {
        let way = self.ways.iter().find(|w| w.key.get() == (ty, epoch))?;
        if way.generic.get() & generic != generic {
            return Some(None);
        }
        // SAFETY (both reads): the entry is of the current epoch, so (module docs) the type
        // namespace the descriptor was read from still holds a counted reference to it: it is
        // alive, and `to_ref` takes a reference of our own.
        let c = match way.attr.get() {
            TypeAttr::Absent => Cached::Absent,
            TypeAttr::Shadowable { descr, binds } => Cached::Shadowable {
                descr: unsafe { descr.as_ref() }.to_ref(),
                binds,
            },
            TypeAttr::Data(descr) => Cached::Data(unsafe { descr.as_ref() }.to_ref()),
        };
        Some(Some((c, &way.hint)))
    }

    /// Remember what the type at `ty` holds at `epoch`, in the way of that type if one is
    /// still of this epoch, else in the next way in turn; returns the way's entry hint. The
    /// caller looked it up with no Python code run since `epoch` was read.
    #[inline]
    pub fn fill(&self, ty: usize, epoch: u64, generic: u8, attr: &Cached) -> &Cell<u32> {
        let way = match self.ways.iter().find(|w| w.key.get() == (ty, epoch)) {
            Some(w) => w,
            None => {
                let i = self.next.get() as usize % WAYS;
                self.next.set(((i + 1) % WAYS) as u8);
                &self.ways[i]
            }
        };
        way.key.set((ty, epoch));
        way.generic.set(generic);
        way.attr.set(match attr {
            Cached::Absent => TypeAttr::Absent,
            Cached::Shadowable { descr, binds } => TypeAttr::Shadowable {
                descr: NonNull::from(&**descr),
                binds: *binds,
            },
            Cached::Data(descr) => TypeAttr::Data(NonNull::from(&**descr)),
        });
        &way.hint
    }
}
