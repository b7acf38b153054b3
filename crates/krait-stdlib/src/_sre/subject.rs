//! The string a pattern runs over: a str (matched by code point, positions are character
//! indices) or a bytes-like object (matched by byte), its characters in the form the
//! matcher reads, and slicing results out of it.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::rc::Rc;

use krait_vm::{Payload, PyRef, PyResult, Vm};

use super::engine::{Interrupted, Matcher, Text};

/// A subject borrowed from its object for the length of one operation.
pub enum Subject<'a> {
    Str {
        text: &'a str,
        nchars: usize,
        /// Byte offset of every code point (and the end) of non-ASCII text, made when a
        /// piece is first sliced out (and shared with the matches made from it).
        offsets: OnceCell<Rc<[usize]>>,
    },
    Bytes(Cow<'a, [u8]>),
}

/// The characters as the matcher reads them: one byte each (bytes, or str text whose code
/// points are all below 256; ASCII text and bytes are borrowed), or one `u32` each.
pub enum Units<'a> {
    Narrow(Cow<'a, [u8]>),
    Wide(Vec<u32>),
}

impl<'a> Subject<'a> {
    /// The subject of `obj` for a pattern over str (`want_str`) or bytes; the TypeError
    /// CPython gives for the wrong kind.
    pub fn of(vm: &Vm, obj: &'a PyRef, want_str: bool) -> PyResult<Subject<'a>> {
        if let Some(s) = obj.as_pystr() {
            if !want_str {
                return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
            }
            return Ok(Subject::Str {
                text: s.as_str(),
                nchars: s.char_len(),
                offsets: OnceCell::new(),
            });
        }
        let bytes = match &obj.payload {
            Payload::Bytes(b) => Cow::Borrowed(&b[..]),
            Payload::ByteArray(b) => Cow::Owned(b.borrow().clone()),
            _ => {
                let v = krait_vm::objects::bytes::bytes_from_object(vm, obj).map_err(|_| {
                    vm.type_error(format!(
                        "expected string or bytes-like object, got '{}'",
                        vm.type_name(obj)
                    ))
                })?;
                Cow::Owned(v)
            }
        };
        if want_str {
            return Err(vm.type_error("cannot use a string pattern on a bytes-like object"));
        }
        Ok(Subject::Bytes(bytes))
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Length in characters (str) or bytes.
    pub fn len(&self) -> usize {
        match self {
            Subject::Str { nchars, .. } => *nchars,
            Subject::Bytes(b) => b.len(),
        }
    }

    /// The characters for the matcher.
    pub fn units(&self) -> Units<'_> {
        match self {
            Subject::Str { text, nchars, .. } if text.len() == *nchars => {
                Units::Narrow(Cow::Borrowed(text.as_bytes()))
            }
            Subject::Str { text, .. } => {
                if text.chars().all(|c| (c as u32) < 256) {
                    Units::Narrow(Cow::Owned(text.chars().map(|c| c as u32 as u8).collect()))
                } else {
                    Units::Wide(text.chars().map(|c| c as u32).collect())
                }
            }
            Subject::Bytes(b) => Units::Narrow(Cow::Borrowed(&b[..])),
        }
    }

    /// The piece `start..end` as a new str or bytes object.
    pub fn slice(&self, vm: &Vm, start: usize, end: usize) -> PyRef {
        match self {
            Subject::Str { text, nchars, .. } => {
                if text.len() == *nchars {
                    return vm.str(&text[start..end]);
                }
                let o = self.offsets().expect("non-ASCII text");
                vm.str(&text[o[start]..o[end]])
            }
            Subject::Bytes(b) => vm.bytes(&b[start..end]),
        }
    }

    /// The byte offsets of the characters of non-ASCII str text (and of its end).
    pub fn offsets(&self) -> Option<Rc<[usize]>> {
        match self {
            Subject::Str {
                text,
                nchars,
                offsets,
            } if text.len() != *nchars => Some(
                offsets
                    .get_or_init(|| {
                        let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
                        v.push(text.len());
                        v.into()
                    })
                    .clone(),
            ),
            _ => None,
        }
    }

    /// Use `offsets` (made from the same text) for slicing.
    pub fn share_offsets(&self, shared: Rc<[usize]>) {
        if let Subject::Str { offsets, .. } = self {
            let _ = offsets.set(shared);
        }
    }

    /// An empty piece of the subject's kind.
    pub fn empty(&self, vm: &Vm) -> PyRef {
        match self {
            Subject::Str { .. } => vm.str(""),
            Subject::Bytes(_) => vm.bytes(b""),
        }
    }
}

/// A matcher over either kind of characters, as the pattern operations use it.
pub trait Engine {
    /// Match anchored at `pos`; `match_all` asks for the whole of `pos..endpos`;
    /// `must_advance` refuses an empty match.
    fn match_at(
        &mut self,
        pos: usize,
        match_all: bool,
        must_advance: bool,
    ) -> Result<bool, Interrupted>;
    /// The first match at `pos` or later; `must_advance` refuses an empty match at `pos`.
    fn search(&mut self, pos: usize, must_advance: bool) -> Result<bool, Interrupted>;
    /// The span of the last match.
    fn span(&self) -> (usize, usize);
    /// The span of group `g` (1-based) of the last match, if it took part.
    fn group_span(&self, g: usize) -> Option<(usize, usize)>;
    fn lastindex(&self) -> isize;
}

impl<T: Text> Engine for Matcher<'_, T> {
    fn match_at(
        &mut self,
        pos: usize,
        match_all: bool,
        must_advance: bool,
    ) -> Result<bool, Interrupted> {
        self.match_all = match_all;
        self.must_advance = must_advance;
        Matcher::match_at(self, pos)
    }

    fn search(&mut self, pos: usize, must_advance: bool) -> Result<bool, Interrupted> {
        self.match_all = false;
        self.must_advance = must_advance;
        Matcher::search(self, pos)
    }

    fn span(&self) -> (usize, usize) {
        (self.start, self.ptr)
    }

    fn group_span(&self, g: usize) -> Option<(usize, usize)> {
        Matcher::group_span(self, g)
    }

    fn lastindex(&self) -> isize {
        Matcher::lastindex(self)
    }
}

/// Run `f` with a matcher of pattern `p` over `units` ending at `endpos`. Signal handlers run
/// while it matches (every few thousand steps, as in CPython); one that raises stops the
/// match, and its exception is the result.
pub fn with_engine<R>(
    vm: &Vm,
    units: &Units<'_>,
    p: &super::objects::PatternData,
    endpos: usize,
    f: impl FnOnce(&mut dyn Engine) -> Result<R, Interrupted>,
) -> PyResult<R> {
    use krait_vm::object::breaker;
    let mut raised = None;
    let mut poll = || {
        if breaker::get() & breaker::SIGNALS != 0 && krait_vm::gil::is_main_thread() {
            if let Err(e) = krait_vm::modules::_signal::run_handlers(vm) {
                raised = Some(e);
                return true;
            }
        }
        false
    };
    let result = match units {
        Units::Narrow(b) => f(&mut Matcher::new(
            &p.code,
            &p.sets,
            &b[..],
            endpos,
            &mut poll,
        )),
        Units::Wide(w) => f(&mut Matcher::new(
            &p.code,
            &p.sets,
            &w[..],
            endpos,
            &mut poll,
        )),
    };
    result.map_err(|stop| match (stop, raised) {
        (Interrupted::Signal, Some(e)) => e,
        _ => vm.memory_error(),
    })
}
