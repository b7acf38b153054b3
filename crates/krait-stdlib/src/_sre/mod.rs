//! `_sre`: the regular expression engine under `re`. A pattern parser and code generator
//! (`parse.rs`, `compile.rs`) produce the same SRE code words as CPython 3.11's
//! `re._compiler._code(re._parser.parse(pattern, flags), flags)`; `engine.rs` runs them
//! with `_sre`'s semantics over the characters `subject.rs` prepares; `objects.rs` holds
//! `re.Pattern` and `re.Match`.
//!
//! Errors: [`Error::kind`] tells which Python exception CPython raises. `re.error` carries
//! `msg` and `pos`; the others (`ValueError` for flag conflicts, `OverflowError` for huge
//! repeat counts, `RecursionError` for nesting past CPython's recursion limit) only `msg`.
//!
//! `re.DEBUG` (`debug.rs`): the parse-tree dump and the code listing are made as text while
//! compiling and written to `sys.stdout` by `_sre.compile`.
//!
//! Not modelled: RecursionError at exactly CPython's depth when `re.compile` is called from
//! deep Python frames (the limit here is the one seen from module level).

pub mod case_tables;
pub mod charset;
pub mod compile;
pub mod debug;
pub mod engine;
pub mod objects;
pub mod parse;
pub mod program;
pub mod subject;
pub mod template;

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
    /// Under `re.DEBUG`: the parse-tree dump and the code listing.
    pub debug: Option<(String, String)>,
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
    /// Under `re.DEBUG`: the parse-tree dump when the error came after parsing.
    pub debug: Option<String>,
}

impl Error {
    fn new(kind: ErrorKind, msg: &str, pos: Option<usize>) -> Error {
        Error {
            msg: msg.to_string(),
            pos,
            kind,
            warnings: Vec::new(),
            debug: None,
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
    // CPython prints the tree at the end of parsing, the listing after code generation.
    let tree = (flags & parse::FLAG_DEBUG != 0).then(|| debug::dump_tree(&parsed.data));
    let code = match compile::code(&parsed) {
        Ok(code) => code,
        Err(e) => {
            let mut e = with_warnings(e, warnings);
            e.debug = tree;
            return Err(e);
        }
    };
    let debug = tree.map(|tree| (tree, debug::dis(&code)));
    Ok(Compiled {
        code,
        flags: parsed.flags | flags,
        groups: parsed.groupwidths.len(),
        groupindex: parsed.groupindex,
        warnings,
        debug,
    })
}

use krait_vm::objects::module::{add_functions, new_module, set_attr};
use krait_vm::{Args, MethodDef, PyRef, PyResult, Vm};

use objects::PatternData;

/// `_sre.MAGIC` of CPython 3.11 (its opcode numbering, which the engine shares).
const MAGIC: i64 = 20220615;

/// `_sre.compile(pattern, flags)`: parse and compile a str or bytes pattern; or, as CPython's
/// low-level entry point, `_sre.compile(pattern, flags, code, groups, groupindex,
/// indexgroup)`: a Pattern over already compiled code words.
fn sre_compile(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() == 2 {
        return compile_pattern(vm, &p[0], &p[1]);
    }
    if p.len() != 6 {
        return Err(vm.type_error(format!(
            "compile() takes exactly 6 arguments ({} given)",
            p.len()
        )));
    }
    let pattern = p[0].clone();
    let flags = krait_vm::objects::int::to_i64(vm, &p[1])? as u32;
    let code = krait_vm::protocols::sequence::collect(vm, &p[2])?
        .iter()
        .map(|c| krait_vm::objects::int::to_i64(vm, c).map(|v| v as u32))
        .collect::<PyResult<Vec<u32>>>()?;
    let groups = krait_vm::objects::int::to_i64(vm, &p[3])? as usize;
    let mut groupindex = Vec::new();
    if let Some(d) = p[4].as_dict() {
        for (k, v) in d.items() {
            groupindex.push((
                k.as_str().unwrap_or("").to_string(),
                krait_vm::objects::int::to_i64(vm, &v)? as usize,
            ));
        }
    }
    if !program::validate(&code, groups) {
        return Err(vm.runtime_error("invalid SRE code"));
    }
    let is_bytes = pattern.as_str().is_none();
    Ok(objects::new_pattern(
        vm,
        PatternData {
            pattern,
            sets: charset::SetTables::new(&code),
            code,
            flags,
            groups,
            groupindex,
            is_bytes,
        },
    ))
}

/// Runs `f` on the characters (str) or bytes (any buffer) of a pattern object.
fn with_source<R>(
    vm: &Vm,
    pattern: &PyRef,
    f: impl FnOnce(Source<'_>) -> PyResult<R>,
) -> PyResult<R> {
    if let Some(s) = pattern.as_str() {
        return f(Source::Str(s));
    }
    let bytes = krait_vm::objects::bytes::bytes_from_object(vm, pattern)
        .map_err(|_| vm.type_error("first argument must be string or compiled pattern"))?;
    f(Source::Bytes(&bytes))
}

/// The exception a failed compile raises.
fn compile_error(vm: &Vm, e: Error, pattern: &PyRef) -> PyRef {
    match e.kind {
        ErrorKind::Re => match e.pos {
            Some(pos) => template::re_error(vm, e.msg, pattern, pos),
            None => template::re_error_nopos(vm, e.msg),
        },
        ErrorKind::Value => vm.value_error(e.msg),
        ErrorKind::Overflow => vm.overflow_error(e.msg),
        ErrorKind::Recursion => vm.recursion_error_with(e.msg),
    }
}

fn compile_pattern(vm: &Vm, pattern: &PyRef, flags: &PyRef) -> PyResult {
    let flags = krait_vm::objects::int::to_i64(vm, flags)? as u32;
    let is_bytes = pattern.as_str().is_none();
    let c = match with_source(vm, pattern, |source| Ok(compile(source, flags)))? {
        Ok(c) => c,
        Err(e) => {
            if let Some(tree) = &e.debug {
                write_stdout(vm, tree)?;
            }
            return Err(compile_error(vm, e, pattern));
        }
    };
    for w in &c.warnings {
        let (cat, msg) = w.split_once(": ").unwrap_or(("DeprecationWarning", w));
        let category = match cat {
            "FutureWarning" => vm.t.future_warning.clone(),
            _ => vm.t.deprecation_warning.clone(),
        };
        krait_vm::modules::warn(vm, &category, msg, 2)?;
    }
    if let Some((tree, listing)) = &c.debug {
        write_stdout(vm, &format!("{tree}\n{listing}"))?;
    }
    Ok(objects::new_pattern(
        vm,
        PatternData {
            pattern: pattern.clone(),
            sets: charset::SetTables::new(&c.code),
            code: c.code,
            flags: c.flags,
            groups: c.groups.saturating_sub(1),
            groupindex: c.groupindex,
            is_bytes,
        },
    ))
}

/// `_sre.debug_tree(pattern, flags)` (Krait's own): print the parse tree of `pattern` as
/// `re.DEBUG` does, raising parse errors only. `re.Scanner` uses it: CPython's Scanner
/// parses each phrase with the flags (printing its tree) and compiles the joined pattern
/// without them (printing no listing).
fn sre_debug_tree(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() != 2 {
        return Err(vm.type_error(format!(
            "debug_tree() takes exactly 2 arguments ({} given)",
            p.len()
        )));
    }
    let flags = krait_vm::objects::int::to_i64(vm, &p[1])? as u32 | parse::FLAG_DEBUG;
    let tree = match with_source(vm, &p[0], |source| Ok(compile(source, flags)))? {
        Ok(c) => c.debug.map(|(tree, _)| tree),
        Err(e) => match e.debug {
            Some(tree) => Some(tree),
            None => return Err(compile_error(vm, e, &p[0])),
        },
    };
    if let Some(tree) = tree {
        write_stdout(vm, &tree)?;
    }
    Ok(vm.none())
}

/// `print(text, end="")` to `sys.stdout` (nothing when it is missing or None).
fn write_stdout(vm: &Vm, text: &str) -> PyResult<()> {
    let Some(out) = krait_vm::modules::sys::sys_attr(vm, "stdout") else {
        return Ok(());
    };
    if vm.is_none(&out) {
        return Ok(());
    }
    krait_vm::protocols::call::call_method(vm, &out, "write", &[vm.str(text)])?;
    Ok(())
}

fn getcodesize(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.int(4))
}

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("compile", sre_compile),
    MethodDef::method("debug_tree", sre_debug_tree),
    MethodDef::method("getcodesize", getcodesize),
];

pub fn init(vm: &Vm) -> PyResult {
    let m = new_module(vm, "_sre");
    add_functions(vm, &m, FUNCTIONS);
    for (name, v) in [
        ("MAGIC", MAGIC),
        ("CODESIZE", 4),
        ("MAXREPEAT", u32::MAX as i64),
        ("MAXGROUPS", (u32::MAX / 2) as i64),
        ("SRE_FLAG_TEMPLATE", 1),
        ("SRE_FLAG_IGNORECASE", 2),
        ("SRE_FLAG_LOCALE", 4),
        ("SRE_FLAG_MULTILINE", 8),
        ("SRE_FLAG_DOTALL", 16),
        ("SRE_FLAG_UNICODE", 32),
        ("SRE_FLAG_VERBOSE", 64),
        ("SRE_FLAG_DEBUG", 128),
        ("SRE_FLAG_ASCII", 256),
    ] {
        set_attr(vm, &m, name, vm.int(v));
    }
    let (pattern, m_ty, _) = objects::types(vm);
    set_attr(vm, &m, "Pattern", pattern);
    set_attr(vm, &m, "Match", m_ty);
    Ok(m)
}
