//! str: mirrors `Objects/unicodeobject.c`. Stored as UTF-8 with a cached code-point count and
//! hash; ASCII strings (the common case) index in O(1). The methods live in `str_methods.rs`.

use std::cell::Cell;
use std::hash::{Hash, Hasher};
use std::sync::OnceLock;

use crate::object::PyRef;
use crate::objects::Payload;

/// `a + b` as a new str object.
pub fn concat(vm: &crate::vm::Vm, a: &str, b: &str) -> PyRef {
    let mut s = String::with_capacity(a.len() + b.len());
    s.push_str(a);
    s.push_str(b);
    vm.string(s)
}

/// A str's storage.
pub struct PyStr {
    /// A boxed str, not a `String`: a `String`'s capacity has a niche that `Payload` would
    /// take for its discriminant, making every payload match slower.
    s: Box<str>,
    nchars: usize,
    hash: Cell<i64>,
}

impl PyStr {
    pub fn new(s: Box<str>) -> PyStr {
        let nchars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            nchars,
            hash: Cell::new(-1),
        }
    }

    /// A str whose length in characters is known already (`nchars` must be right).
    pub fn with_nchars(s: Box<str>, nchars: usize) -> PyStr {
        debug_assert_eq!(nchars, s.chars().count());
        PyStr {
            s,
            nchars,
            hash: Cell::new(-1),
        }
    }

    /// Append `other` in place (`s += t` when nothing else can see `s`; see
    /// `interp::ops::strcat`). Keeps the cached length right and drops the cached hash.
    pub fn append(&mut self, other: &str, other_nchars: usize) {
        let mut s = std::mem::take(&mut self.s).into_string();
        // Exact: the allocator's realloc then grows within the block's size class without
        // copying most of the time, and the boxed str needs no shrink afterwards.
        s.reserve_exact(other.len());
        s.push_str(other);
        self.s = s.into_boxed_str();
        self.nchars += other_nchars;
        self.hash.set(-1);
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.nchars
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.s.len()
    }

    /// The hash if already computed.
    #[inline]
    pub fn cached_hash(&self) -> Option<i64> {
        let h = self.hash.get();
        if h == -1 {
            None
        } else {
            Some(h)
        }
    }

    /// Byte offset of code point `i` (`i <= char_len`).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i;
        }
        self.s
            .char_indices()
            .nth(i)
            .map_or(self.s.len(), |(b, _)| b)
    }

    /// The code point at index `i` (`i < char_len`).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            return self.s.as_bytes()[i] as char;
        }
        self.s.chars().nth(i).unwrap_or('\0')
    }

    /// The substring of code points `start..end`.
    pub fn slice(&self, start: usize, end: usize) -> &str {
        if self.is_ascii() {
            return &self.s[start..end];
        }
        let a = self.byte_offset(start);
        let b = a + self.s[a..]
            .char_indices()
            .nth(end - start)
            .map_or(self.s.len() - a, |(o, _)| o);
        &self.s[a..b]
    }
}

static HASH_KEYS: OnceLock<(u64, u64)> = OnceLock::new();

/// Fix the hash keys (once, at boot): from PYTHONHASHSEED, or random.
pub fn set_hash_keys(keys: (u64, u64)) {
    let _ = HASH_KEYS.set(keys);
}

/// The hash of str contents (randomised per process unless PYTHONHASHSEED is set, as CPython).
pub fn hash_str(s: &str) -> i64 {
    let keys = HASH_KEYS.get().copied().unwrap_or((0, 0));
    let mut h = std::collections::hash_map::DefaultHasher::new();
    h.write_u64(keys.0);
    s.hash(&mut h);
    h.write_u64(keys.1);
    let v = h.finish() as i64;
    if v == -1 {
        -2
    } else {
        v
    }
}

/// The (cached) hash of a str object.
#[inline]
pub fn str_hash(s: &PyRef) -> i64 {
    match &s.payload {
        Payload::Str(ps) => {
            if let Some(h) = ps.cached_hash() {
                return h;
            }
            let h = hash_str(ps.as_str());
            ps.hash.set(h);
            h
        }
        _ => 0,
    }
}
