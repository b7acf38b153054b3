//! `_sre` support for `re`: a pattern parser and code generator producing the same SRE code
//! words as CPython 3.11's `re._compiler._code(re._parser.parse(pattern, flags), flags)`.
//! The matcher that runs the words is a separate engine; this module only builds programs.
//!
//! Errors: [`Error::kind`] tells which Python exception CPython raises. `re.error` carries
//! `msg` and `pos`; the others (`ValueError` for flag conflicts, `OverflowError` for huge
//! repeat counts, `RecursionError` for nesting past CPython's recursion limit) only `msg`.
//!
//! Not modelled: `\N{NAME}` in str patterns (Krait has no Unicode name table yet, so every
//! name is reported as `undefined character name`), the parse-tree dump of `re.DEBUG`, and
//! RecursionError at exactly CPython's depth when `re.compile` is called from deep Python
//! frames (the limit here is the one seen from module level).

pub mod case_tables;
pub mod compile;
pub mod parse;

#[derive(Clone, Copy)]
pub enum Source<'a> {
    Str(&'a str),
    Bytes(&'a [u8]),
}

pub struct Compiled {
    /// `re._compiler._code(p, flags)` in CPython 3.11.
    pub code: Vec<u32>,
    /// `p.state.flags`: inline flags merged, SRE_FLAG_UNICODE added for str patterns.
    pub flags: u32,
    /// `p.state.groups`: the number of groups + 1.
    pub groups: usize,
    /// Named groups in definition order.
    pub groupindex: Vec<(String, usize)>,
    /// Warnings CPython emits while compiling, as `"Category: message"`
    /// (`FutureWarning: Possible nested set at position 1`).
    pub warnings: Vec<String>,
}

/// The Python exception a failed compile raises.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ErrorKind {
    /// `re.error(msg, pattern, pos)`.
    Re,
    /// `ValueError(msg)`: str/bytes and ASCII/UNICODE/LOCALE flag conflicts.
    Value,
    /// `OverflowError(msg)`: a repeat count of MAXREPEAT or more.
    Overflow,
    /// `RecursionError(msg)`: groups nested deeper than CPython's parser can recurse.
    Recursion,
}

#[derive(Debug)]
pub struct Error {
    pub msg: String,
    /// Position in characters (bytes for a bytes pattern); `None` when CPython has none.
    pub pos: Option<usize>,
    pub kind: ErrorKind,
    /// Warnings CPython emits before it raises, like [`Compiled::warnings`].
    pub warnings: Vec<String>,
}

impl Error {
    fn new(kind: ErrorKind, msg: &str, pos: Option<usize>) -> Error {
        Error {
            msg: msg.to_string(),
            pos,
            kind,
            warnings: Vec::new(),
        }
    }

    fn re(msg: &str, pos: Option<usize>) -> Error {
        Error::new(ErrorKind::Re, msg, pos)
    }
}

/// Patterns with more `(` than this may nest deeply enough for the recursive parser to need
/// more stack than the caller has left; they are compiled on a thread of their own.
const SHALLOW_GROUPS: usize = 64;
/// Enough for the deepest nesting the parser accepts (`parse::MAX_NESTING`) in a debug build.
const DEEP_STACK: usize = 16 << 20;

/// `re.compile(pattern, flags)` up to the `_sre.compile` call.
pub fn compile(pattern: Source<'_>, flags: u32) -> Result<Compiled, Error> {
    let opens = match pattern {
        Source::Str(s) => s.bytes().filter(|&b| b == b'(').count(),
        Source::Bytes(b) => b.iter().filter(|&&b| b == b'(').count(),
    };
    if opens <= SHALLOW_GROUPS {
        return compile_here(pattern, flags);
    }
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .stack_size(DEEP_STACK)
            .spawn_scoped(scope, || compile_here(pattern, flags))
            .ok()
            .and_then(|handle| handle.join().ok())
            .unwrap_or_else(|| {
                Err(Error::new(
                    ErrorKind::Recursion,
                    "maximum recursion depth exceeded",
                    None,
                ))
            })
    })
}

fn compile_here(pattern: Source<'_>, flags: u32) -> Result<Compiled, Error> {
    let mut warnings = Vec::new();
    if flags & parse::FLAG_TEMPLATE != 0 {
        warnings.push(
            "DeprecationWarning: The re.TEMPLATE/re.T flag is deprecated as it is an undocumented \
             flag without an obvious purpose. Don't use it."
                .to_string(),
        );
    }
    let with_warnings = |mut e: Error, mut warnings: Vec<String>| {
        warnings.append(&mut e.warnings);
        e.warnings = warnings;
        e
    };
    let parsed = match parse::parse(pattern, flags) {
        Ok(parsed) => parsed,
        Err(e) => return Err(with_warnings(e, warnings)),
    };
    warnings.extend(parsed.warnings.iter().cloned());
    let code = match compile::code(&parsed) {
        Ok(code) => code,
        Err(e) => return Err(with_warnings(e, warnings)),
    };
    Ok(Compiled {
        code,
        flags: parsed.flags | flags,
        groups: parsed.groupwidths.len(),
        groupindex: parsed.groupindex,
        warnings,
    })
}
