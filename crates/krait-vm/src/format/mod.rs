//! Text conversion helpers that know nothing about Krait's object model: float repr and
//! formatting (Python/pystrtod.c, Objects/floatobject.c), the format-spec mini-language
//! (Python/formatter_unicode.c), printf-style `%` formatting (Objects/unicodeobject.c,
//! Objects/bytesobject.c), int/float parsing (Objects/longobject.c, Python/pystrtod.c) and the
//! intricate str methods (strfuncs, Objects/unicodeobject.c) and bytes methods (bytesfuncs,
//! Objects/bytes_methods.c).
//!
//! Plain Rust values go in; `Result<_, FormatError>` comes out, and the VM turns a
//! `FormatError` into the Python exception of the same name with the same message.

pub mod bytesfuncs;
pub mod float_repr;
pub mod number_parse;
pub mod percent;
pub mod spec;
pub mod strfuncs;
mod unicode_tables;

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

/// What was computed from the last few format strings (parsed `%` formats, `str.format`
/// templates), newest last: programs format with a few constant strings over and over.
pub type RecentFormats<T> = RefCell<Vec<(Box<str>, Rc<T>)>>;

/// Entries a `RecentFormats` keeps.
const RECENT_FORMATS: usize = 16;

/// The value `make(text)` computed for a string equal to `text`, from `cache` when it is
/// there, else computed now and remembered (dropping the oldest entry when full).
pub fn recall<T: ?Sized>(
    cache: &RecentFormats<T>,
    text: &str,
    make: impl FnOnce(&str) -> Rc<T>,
) -> Rc<T> {
    let mut cache = cache.borrow_mut();
    if let Some(i) = cache.iter().rposition(|(k, _)| **k == *text) {
        return cache[i].1.clone();
    }
    let value = make(text);
    if cache.len() == RECENT_FORMATS {
        cache.remove(0);
    }
    cache.push((text.into(), value.clone()));
    value
}

/// An error raised by a formatting or parsing helper. The message text is exactly CPython's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormatError {
    ValueError(String),
    TypeError(String),
    OverflowError(String),
    /// The result would not fit in memory (CPython raises `MemoryError()` with no message).
    MemoryError,
}

impl FormatError {
    pub(crate) fn value(msg: impl Into<String>) -> Self {
        FormatError::ValueError(msg.into())
    }

    pub(crate) fn overflow(msg: impl Into<String>) -> Self {
        FormatError::OverflowError(msg.into())
    }

    pub(crate) fn type_error(msg: impl Into<String>) -> Self {
        FormatError::TypeError(msg.into())
    }

    /// The message text, without the exception type.
    pub fn message(&self) -> &str {
        match self {
            FormatError::ValueError(m)
            | FormatError::TypeError(m)
            | FormatError::OverflowError(m) => m,
            FormatError::MemoryError => "",
        }
    }
}

/// An empty String able to hold `bytes` bytes, or `MemoryError` (never an abort) when the
/// request is absurd, e.g. a width of `10**15`.
pub(crate) fn string_with_capacity(bytes: usize) -> Result<String, FormatError> {
    let mut s = String::new();
    s.try_reserve_exact(bytes)
        .map_err(|_| FormatError::MemoryError)?;
    Ok(s)
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self {
            FormatError::ValueError(_) => "ValueError",
            FormatError::TypeError(_) => "TypeError",
            FormatError::OverflowError(_) => "OverflowError",
            FormatError::MemoryError => return f.write_str("MemoryError"),
        };
        write!(f, "{kind}: {}", self.message())
    }
}
