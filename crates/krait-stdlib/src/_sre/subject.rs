//! The string a pattern runs over: a str (matched by code point, positions are character
//! indices) or a bytes-like object (matched by byte), and slicing results out of it.

use krait_vm::{Payload, PyRef, PyResult, Vm};
use rustpython_sre_engine::{Request, State};

/// A subject borrowed from its object for the length of one operation.
pub enum Subject<'a> {
    Str {
        text: &'a str,
        /// Byte offset of every code point (and the end), for non-ASCII text.
        offsets: Option<Vec<usize>>,
        nchars: usize,
        /// The text as one byte per code point when every code point is below 256 (ASCII
        /// text borrows its bytes): the engine then runs over bytes, whose cursor moves in
        /// O(1) (over UTF-8 a backward move restarts from the beginning).
        narrow: Option<std::borrow::Cow<'a, [u8]>>,
    },
    Bytes(std::borrow::Cow<'a, [u8]>),
}

impl<'a> Subject<'a> {
    /// The subject of `obj` for a pattern over str (`want_str`) or bytes; the TypeError
    /// CPython gives for the wrong kind.
    pub fn of(vm: &Vm, obj: &'a PyRef, want_str: bool) -> PyResult<Subject<'a>> {
        if let Some(s) = obj.as_pystr() {
            if !want_str {
                return Err(vm.type_error("cannot use a bytes pattern on a string-like object"));
            }
            let text = s.as_str();
            let offsets = (!s.is_ascii()).then(|| {
                let mut v: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
                v.push(text.len());
                v
            });
            let narrow = if s.is_ascii() {
                Some(std::borrow::Cow::Borrowed(text.as_bytes()))
            } else if text.chars().all(|c| (c as u32) < 256) {
                Some(std::borrow::Cow::Owned(
                    text.chars().map(|c| c as u32 as u8).collect(),
                ))
            } else {
                None
            };
            return Ok(Subject::Str {
                text,
                offsets,
                nchars: s.char_len(),
                narrow,
            });
        }
        let bytes = match &obj.payload {
            Payload::Bytes(b) => std::borrow::Cow::Borrowed(&b[..]),
            Payload::ByteArray(b) => std::borrow::Cow::Owned(b.borrow().clone()),
            _ => {
                let v = krait_vm::objects::bytes::bytes_from_object(vm, obj).map_err(|_| {
                    vm.type_error(format!(
                        "expected string or bytes-like object, got '{}'",
                        vm.type_name(obj)
                    ))
                })?;
                std::borrow::Cow::Owned(v)
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

    /// The piece `start..end` as a new str or bytes object.
    pub fn slice(&self, vm: &Vm, start: usize, end: usize) -> PyRef {
        match self {
            Subject::Str { text, offsets, .. } => match offsets {
                None => vm.str(&text[start..end]),
                Some(o) => vm.str(&text[o[start]..o[end]]),
            },
            Subject::Bytes(b) => vm.bytes(&b[start..end]),
        }
    }

    /// An empty piece of the subject's kind.
    pub fn empty(&self, vm: &Vm) -> PyRef {
        match self {
            Subject::Str { .. } => vm.str(""),
            Subject::Bytes(_) => vm.bytes(b""),
        }
    }

    /// Run `f` with an engine request over `pos..endpos`.
    pub fn with_request<R>(
        &self,
        code: &[u32],
        pos: usize,
        endpos: usize,
        match_all: bool,
        f: impl FnOnce(&mut Engine<'_>) -> R,
    ) -> R {
        match self {
            Subject::Str {
                narrow: Some(b), ..
            } => {
                let mut e = Engine::Bytes(Request::new(&b[..], pos, endpos, code, match_all));
                f(&mut e)
            }
            Subject::Str { text, .. } => {
                let mut e = Engine::Str(Request::new(*text, pos, endpos, code, match_all));
                f(&mut e)
            }
            Subject::Bytes(b) => {
                let mut e = Engine::Bytes(Request::new(&b[..], pos, endpos, code, match_all));
                f(&mut e)
            }
        }
    }
}

/// An engine request over either kind of subject.
pub enum Engine<'a> {
    Str(Request<'a, &'a str>),
    Bytes(Request<'a, &'a [u8]>),
}

impl Engine<'_> {
    /// Match at the request's start (`match`/`fullmatch`).
    pub fn py_match(&mut self, state: &mut State) -> bool {
        match self {
            Engine::Str(r) => {
                state.reset(r, r.start);
                state.py_match(r)
            }
            Engine::Bytes(r) => {
                state.reset(r, r.start);
                state.py_match(r)
            }
        }
    }

    /// Search from the request's start.
    pub fn search(&mut self, state: &mut State) -> bool {
        match self {
            Engine::Str(r) => {
                state.reset(r, r.start);
                state.search(*r)
            }
            Engine::Bytes(r) => {
                state.reset(r, r.start);
                state.search(*r)
            }
        }
    }

    pub fn start(&self) -> usize {
        match self {
            Engine::Str(r) => r.start,
            Engine::Bytes(r) => r.start,
        }
    }

    /// Continue after a match ending at `end` (an empty match must move on).
    pub fn advance(&mut self, end: usize, must_advance: bool) {
        match self {
            Engine::Str(r) => {
                r.start = end;
                r.must_advance = must_advance;
            }
            Engine::Bytes(r) => {
                r.start = end;
                r.must_advance = must_advance;
            }
        }
    }

    pub fn end_bound(&self) -> usize {
        match self {
            Engine::Str(r) => r.end,
            Engine::Bytes(r) => r.end,
        }
    }
}
