//! code: mirrors `Objects/codeobject.c`. Wraps the compiler's `CodeObject` with its constants
//! and names turned into objects once, when the code object is loaded.

use std::rc::Rc;

use krait_bytecode::dis::{arg_kind, ArgKind};
use krait_bytecode::{tables, CodeFlags, CodeObject, Constant};

use crate::object::PyRef;
use crate::objects::Payload;
use crate::vm::{Args, PyResult, Vm};

pub struct PyCode {
    pub code: Rc<CodeObject>,
    pub consts: Box<[PyRef]>,
    /// `co_names`, interned.
    pub names: Box<[PyRef]>,
    /// Names of every fast slot (`varnames ++ cellvars ++ freevars`), interned.
    pub localsplus: Box<[PyRef]>,
    /// One `LOAD_GLOBAL` cache per entry of `names`.
    pub global_cache: Box<[crate::object::GlobalCache]>,
    /// One `LOAD_ATTR`/`LOAD_METHOD` cache per entry of `names`.
    pub attr_cache: Box<[crate::object::AttrCache]>,
}

impl PyCode {
    pub fn flags(&self) -> CodeFlags {
        self.code.flags
    }
}

/// Turn a compile-time constant into an object.
pub fn constant_to_object(vm: &Vm, c: &Constant) -> PyRef {
    match c {
        Constant::None => vm.none(),
        Constant::Ellipsis => vm.ellipsis.clone(),
        Constant::Bool(b) => vm.bool(*b),
        Constant::Int(i) => vm.int(*i),
        Constant::BigInt(b) => vm.bigint(b.clone()),
        Constant::Float(f) => vm.float(*f),
        Constant::Complex { re, im } => vm.complex(*re, *im),
        Constant::Str(s) => {
            // CPython interns constant strings that look like identifiers.
            if s.len() < 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                vm.intern(s)
            } else {
                vm.str(s)
            }
        }
        Constant::Bytes(b) => vm.bytes(b),
        Constant::Tuple(items) => {
            vm.tuple(items.iter().map(|c| constant_to_object(vm, c)).collect())
        }
        Constant::FrozenSet(items) => {
            let objs: Vec<PyRef> = items.iter().map(|c| constant_to_object(vm, c)).collect();
            crate::objects::set::new_frozenset_from(vm, &objs).unwrap_or_else(|_| vm.none())
        }
        Constant::Code(code) => new_code(vm, code.clone()),
    }
}

/// A code object for the compiler's output.
pub fn new_code(vm: &Vm, code: Rc<CodeObject>) -> PyRef {
    let consts = code
        .constants
        .iter()
        .map(|c| constant_to_object(vm, c))
        .collect();
    new_code_with_consts(vm, code, consts)
}

/// A code object whose `co_consts` are already objects (`replace(co_consts=...)`).
fn new_code_with_consts(vm: &Vm, code: Rc<CodeObject>, consts: Box<[PyRef]>) -> PyRef {
    let names: Box<[PyRef]> = code.names.iter().map(|n| vm.intern(n)).collect();
    let localsplus = (0..code.nlocalsplus())
        .map(|i| vm.intern(code.localsplus_name(i)))
        .collect();
    PyRef::new(
        &vm.t.code,
        Payload::Code(Box::new(PyCode {
            code,
            consts,
            global_cache: (0..names.len()).map(|_| Default::default()).collect(),
            attr_cache: (0..names.len()).map(|_| Default::default()).collect(),
            names,
            localsplus,
        })),
    )
}

fn code_of<'a>(vm: &Vm, obj: &'a PyRef) -> PyResult<&'a PyCode> {
    obj.as_code()
        .ok_or_else(|| vm.type_error("expected a code object"))
}

fn strs(vm: &Vm, items: &[Rc<str>]) -> PyRef {
    vm.tuple(items.iter().map(|s| vm.intern(s)).collect())
}

fn g_name(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.intern(&code_of(vm, o)?.code.name))
}
fn g_qualname(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.str(&code_of(vm, o)?.code.qualname))
}
fn g_filename(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.str(&code_of(vm, o)?.code.filename))
}
fn g_firstlineno(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.int(code_of(vm, o)?.code.first_line as i64))
}
fn g_argcount(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.int(code_of(vm, o)?.code.argcount as i64))
}
fn g_posonlyargcount(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.int(code_of(vm, o)?.code.posonlyargcount as i64))
}
fn g_kwonlyargcount(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.int(code_of(vm, o)?.code.kwonlyargcount as i64))
}
fn g_nlocals(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.int(code_of(vm, o)?.code.varnames.len() as i64))
}
fn g_varnames(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(strs(vm, &code_of(vm, o)?.code.varnames))
}
fn g_cellvars(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(strs(vm, &code_of(vm, o)?.code.cellvars))
}
fn g_freevars(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(strs(vm, &code_of(vm, o)?.code.freevars))
}
fn g_names(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(strs(vm, &code_of(vm, o)?.code.names))
}
fn g_consts(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.tuple_from(&code_of(vm, o)?.consts))
}
fn g_flags(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.int(code_of(vm, o)?.code.flags.0 as i64))
}
fn g_stacksize(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.int(code_of(vm, o)?.code.max_stack as i64))
}
/// `co_code`: two bytes per instruction, the opcode and the argument's low byte (Krait has no
/// `EXTENDED_ARG`, so wider arguments do not round-trip; `dis` reads the instructions
/// themselves through `_dis`).
fn code_bytes(code: &CodeObject) -> Vec<u8> {
    let mut b = Vec::with_capacity(code.instructions.len() * 2);
    for i in &code.instructions {
        b.push(i.op as u8);
        b.push(i.arg.min(255) as u8);
    }
    b
}
fn g_code(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.bytes_vec(code_bytes(&code_of(vm, o)?.code)))
}
fn g_linetable(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.bytes_vec(tables::linetable(&code_of(vm, o)?.code)))
}
fn g_lnotab(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.bytes_vec(tables::lnotab(&code_of(vm, o)?.code)))
}
fn g_exceptiontable(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.bytes_vec(tables::exception_table(&code_of(vm, o)?.code)))
}

fn m_positions(vm: &Vm, args: Args) -> PyResult {
    let c = code_of(vm, &args.pos()[0])?;
    let opt = |v: u32, line: u32| {
        if line == 0 {
            vm.none()
        } else {
            vm.int(v as i64)
        }
    };
    let items: Vec<PyRef> = c
        .code
        .positions
        .iter()
        .map(|p| {
            vm.tuple(vec![
                opt(p.line, p.line),
                opt(p.end_line, p.line),
                opt(p.col, p.line),
                opt(p.end_col, p.line),
            ])
        })
        .collect();
    let list = vm.list(items);
    crate::protocols::sequence::iter(vm, &list)
}

fn m_lines(vm: &Vm, args: Args) -> PyResult {
    let c = code_of(vm, &args.pos()[0])?;
    let out: Vec<PyRef> = tables::line_ranges(&c.code)
        .into_iter()
        .map(|(start, end, line)| {
            let l = if line == 0 {
                vm.none()
            } else {
                vm.int(line as i64)
            };
            vm.tuple(vec![vm.int(start as i64 * 2), vm.int(end as i64 * 2), l])
        })
        .collect();
    let list = vm.list(out);
    crate::protocols::sequence::iter(vm, &list)
}

fn m_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let c = code_of(vm, o)?;
    Ok(vm.string(format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        c.code.name,
        o.id(),
        c.code.filename,
        c.code.first_line
    )))
}

/// `_varname_from_oparg(i)`: the name of fast slot `i`.
fn m_varname_from_oparg(vm: &Vm, args: Args) -> PyResult {
    let [o, i] = args.pos() else {
        return Err(vm.type_error(format!(
            "_varname_from_oparg() takes exactly one argument ({} given)",
            args.pos().len().saturating_sub(1)
        )));
    };
    let c = code_of(vm, o)?;
    let i = crate::objects::int::to_i64(vm, i)?;
    usize::try_from(i)
        .ok()
        .and_then(|i| c.localsplus.get(i))
        .cloned()
        .ok_or_else(|| vm.index_error("tuple index out of range"))
}

/// Constants compare as `_PyCode_ConstantKey` keys: of the same type, floats and complexes by
/// their bits (so `0.0` and `-0.0` differ), tuples and frozensets item by item.
fn const_eq(vm: &Vm, a: &PyRef, b: &PyRef) -> PyResult<bool> {
    if a.is(b) {
        return Ok(true);
    }
    if !a.is_type(&b.class()) {
        return Ok(false);
    }
    match (&a.payload, &b.payload) {
        (Payload::Float(x), Payload::Float(y)) => Ok(x.to_bits() == y.to_bits()),
        _ => match (a.as_tuple(), b.as_tuple()) {
            (Some(x), Some(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                for (p, q) in x.iter().zip(y) {
                    if !const_eq(vm, p, q)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            _ => crate::protocols::compare::eq(vm, a, b),
        },
    }
}

/// `code == other`: CPython 3.11's `code_richcompare` fields (not the file or qualified name).
fn code_eq(vm: &Vm, a: &PyCode, b: &PyCode) -> PyResult<bool> {
    let (x, y) = (&*a.code, &*b.code);
    let same = x.name == y.name
        && x.argcount == y.argcount
        && x.posonlyargcount == y.posonlyargcount
        && x.kwonlyargcount == y.kwonlyargcount
        && x.flags == y.flags
        && x.first_line == y.first_line
        && x.instructions == y.instructions
        && x.names == y.names
        && x.varnames == y.varnames
        && x.cellvars == y.cellvars
        && x.freevars == y.freevars
        && x.positions == y.positions
        && x.exception_table == y.exception_table
        && a.consts.len() == b.consts.len();
    if !same {
        return Ok(false);
    }
    for (p, q) in a.consts.iter().zip(b.consts.iter()) {
        if !const_eq(vm, p, q)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn m_eq(vm: &Vm, args: Args) -> PyResult {
    let a = code_of(vm, &args.pos()[0])?;
    match args.pos().get(1).and_then(|o| o.as_code()) {
        Some(b) => Ok(vm.bool(code_eq(vm, a, b)?)),
        None => Ok(vm.not_implemented()),
    }
}

fn m_ne(vm: &Vm, args: Args) -> PyResult {
    let a = code_of(vm, &args.pos()[0])?;
    match args.pos().get(1).and_then(|o| o.as_code()) {
        Some(b) => Ok(vm.bool(!code_eq(vm, a, b)?)),
        None => Ok(vm.not_implemented()),
    }
}

/// Consistent with `code_eq`: built from fields that equal code objects share.
fn m_hash(vm: &Vm, args: Args) -> PyResult {
    let c = code_of(vm, &args.pos()[0])?;
    let code = &c.code;
    let mut h = crate::objects::str::hash_str(&code.name);
    for part in [
        code.argcount,
        code.posonlyargcount,
        code.kwonlyargcount,
        code.flags.0,
        code.first_line,
        code.instructions.len() as u32,
    ] {
        h = h.wrapping_mul(1_000_003) ^ part as i64;
    }
    if h == -1 {
        h = -2;
    }
    Ok(vm.int(h))
}

/// The keyword arguments `replace()` accepts, and what each must be.
enum Field {
    Int,
    Str,
    Bytes,
    Tuple,
}

fn replace_field(name: &str) -> Option<Field> {
    Some(match name {
        "co_argcount" | "co_posonlyargcount" | "co_kwonlyargcount" | "co_nlocals"
        | "co_stacksize" | "co_flags" | "co_firstlineno" => Field::Int,
        "co_filename" | "co_name" | "co_qualname" => Field::Str,
        "co_code" | "co_linetable" | "co_exceptiontable" => Field::Bytes,
        "co_consts" | "co_names" | "co_varnames" | "co_freevars" | "co_cellvars" => Field::Tuple,
        _ => return None,
    })
}

/// The names of a `co_names`/`co_varnames`-like tuple; SystemError for a non-str item.
fn name_tuple(vm: &Vm, t: &[PyRef]) -> PyResult<Vec<Rc<str>>> {
    t.iter()
        .map(|o| {
            o.as_str()
                .map(Rc::from)
                .ok_or_else(|| vm.system_error("non-string found in code slot"))
        })
        .collect()
}

/// The argument of `kind` opcodes that needs the longest table, plus one.
fn table_len_needed(code: &CodeObject, kinds: &[ArgKind]) -> usize {
    code.instructions
        .iter()
        .filter(|i| kinds.contains(&arg_kind(i.op)))
        .map(|i| {
            let index = if arg_kind(i.op) == ArgKind::GlobalName {
                i.arg >> 1
            } else {
                i.arg
            };
            index as usize + 1
        })
        .max()
        .unwrap_or(0)
}

/// `code.replace(**changes)`: a copy with some fields changed, validated as `code_new` does.
/// Krait runs its own instructions, so `co_code`, `co_linetable` and `co_exceptiontable` may
/// only be given unchanged, and the tables the instructions index must stay long enough.
fn m_replace(vm: &Vm, args: Args) -> PyResult {
    if args.pos().len() != 1 {
        return Err(vm.type_error("replace() takes no positional arguments"));
    }
    let c = code_of(vm, &args.pos()[0])?;
    let mut new = (*c.code).clone();
    let mut consts: Box<[PyRef]> = c.consts.clone();
    let mut nlocals = new.varnames.len() as i64;
    let (mut names, mut varnames, mut freevars, mut cellvars) = (None, None, None, None);
    for (key, value) in args.kwargs() {
        let Some(field) = replace_field(key) else {
            return Err(vm.type_error(format!(
                "'{key}' is an invalid keyword argument for replace()"
            )));
        };
        let wrong = |what: &str| {
            let got = if vm.is_none(value) {
                "None".to_string()
            } else {
                vm.type_name(value)
            };
            vm.type_error(format!(
                "replace() argument '{key}' must be {what}, not {got}"
            ))
        };
        match field {
            Field::Int => {
                let n = crate::objects::int::to_i64(vm, value)
                    .ok()
                    .filter(|n| i32::try_from(*n).is_ok());
                let n = match n {
                    Some(n) => n,
                    None => {
                        crate::protocols::number::index(vm, value)?;
                        return Err(vm.overflow_error("Python int too large to convert to C int"));
                    }
                };
                if n < 0 {
                    return Err(vm.value_error(format!("{key} must be a positive integer")));
                }
                let n32 = n as u32;
                match key {
                    "co_argcount" => new.argcount = n32,
                    "co_posonlyargcount" => new.posonlyargcount = n32,
                    "co_kwonlyargcount" => new.kwonlyargcount = n32,
                    "co_nlocals" => nlocals = n,
                    "co_stacksize" => new.max_stack = n32,
                    "co_flags" => new.flags = CodeFlags(n32),
                    _ => new.first_line = n32,
                }
            }
            Field::Str => {
                let s: Rc<str> = Rc::from(value.as_str().ok_or_else(|| wrong("str"))?);
                match key {
                    "co_filename" => new.filename = s,
                    "co_name" => new.name = s,
                    _ => new.qualname = s,
                }
            }
            Field::Bytes => {
                let Payload::Bytes(b) = &value.payload else {
                    return Err(wrong("bytes"));
                };
                let current = match key {
                    "co_code" => code_bytes(&c.code),
                    "co_linetable" => tables::linetable(&c.code),
                    _ => tables::exception_table(&c.code),
                };
                if **b != *current {
                    return Err(
                        vm.value_error(format!("replace(): Krait cannot run a changed {key}"))
                    );
                }
            }
            Field::Tuple => {
                let t = value.as_tuple().ok_or_else(|| wrong("tuple"))?;
                match key {
                    "co_consts" => consts = t.iter().cloned().collect(),
                    "co_names" => names = Some(t),
                    "co_varnames" => varnames = Some(t),
                    "co_freevars" => freevars = Some(t),
                    _ => cellvars = Some(t),
                }
            }
        }
    }
    let nvarnames = varnames.map_or(new.varnames.len(), |t| t.len());
    if varnames.is_some() && args.kwarg("co_nlocals").is_none() {
        nlocals = nvarnames as i64;
    }
    let flag_args = [CodeFlags::VARARGS, CodeFlags::VARKEYWORDS]
        .iter()
        .filter(|f| new.flags.has(**f))
        .count();
    if new.posonlyargcount > new.argcount {
        return Err(vm.system_error("bad argument to internal function"));
    }
    let nargs = (new.argcount + new.kwonlyargcount) as usize + flag_args;
    if nvarnames < nargs {
        return Err(vm.value_error("code: co_varnames is too small"));
    }
    if nlocals != nvarnames as i64 {
        return Err(vm.value_error("code: co_nlocals != len(co_varnames)"));
    }
    for (table, given) in [
        (&mut new.names, names),
        (&mut new.varnames, varnames),
        (&mut new.freevars, freevars),
        (&mut new.cellvars, cellvars),
    ] {
        if let Some(t) = given {
            *table = name_tuple(vm, t)?;
        }
    }
    if new.varnames.len() != c.code.varnames.len()
        || new.cellvars.len() != c.code.cellvars.len()
        || new.freevars.len() != c.code.freevars.len()
    {
        return Err(vm.value_error(
            "replace(): Krait cannot change the number of local, cell or free variables",
        ));
    }
    if new.names.len() < table_len_needed(&new, &[ArgKind::Name, ArgKind::GlobalName])
        || consts.len() < table_len_needed(&new, &[ArgKind::Const])
    {
        return Err(
            vm.value_error("replace(): co_names or co_consts is too short for the instructions")
        );
    }
    Ok(new_code_with_consts(vm, Rc::new(new), consts))
}

const METHODS: &[crate::vm::MethodDef] = &[
    crate::vm::MethodDef::method("co_positions", m_positions),
    crate::vm::MethodDef::method("co_lines", m_lines),
    crate::vm::MethodDef::method("__repr__", m_repr),
    crate::vm::MethodDef::method("__eq__", m_eq),
    crate::vm::MethodDef::method("__ne__", m_ne),
    crate::vm::MethodDef::method("__hash__", m_hash),
    crate::vm::MethodDef::method("replace", m_replace),
    crate::vm::MethodDef::method("_varname_from_oparg", m_varname_from_oparg),
];

pub fn init(vm: &Vm) {
    use crate::objects::descr::add_getset;
    let t = &vm.t.code;
    crate::objects::descr::add_methods(vm, t, METHODS);
    add_getset(vm, t, "co_name", g_name, None);
    add_getset(vm, t, "co_qualname", g_qualname, None);
    add_getset(vm, t, "co_filename", g_filename, None);
    add_getset(vm, t, "co_firstlineno", g_firstlineno, None);
    add_getset(vm, t, "co_argcount", g_argcount, None);
    add_getset(vm, t, "co_posonlyargcount", g_posonlyargcount, None);
    add_getset(vm, t, "co_kwonlyargcount", g_kwonlyargcount, None);
    add_getset(vm, t, "co_nlocals", g_nlocals, None);
    add_getset(vm, t, "co_varnames", g_varnames, None);
    add_getset(vm, t, "co_cellvars", g_cellvars, None);
    add_getset(vm, t, "co_freevars", g_freevars, None);
    add_getset(vm, t, "co_names", g_names, None);
    add_getset(vm, t, "co_consts", g_consts, None);
    add_getset(vm, t, "co_flags", g_flags, None);
    add_getset(vm, t, "co_stacksize", g_stacksize, None);
    add_getset(vm, t, "co_code", g_code, None);
    add_getset(vm, t, "_co_code_adaptive", g_code, None);
    add_getset(vm, t, "co_linetable", g_linetable, None);
    add_getset(vm, t, "co_lnotab", g_lnotab, None);
    add_getset(vm, t, "co_exceptiontable", g_exceptiontable, None);
}
