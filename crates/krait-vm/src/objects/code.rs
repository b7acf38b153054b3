//! code: mirrors `Objects/codeobject.c`. Wraps the compiler's `CodeObject` with its constants
//! and names turned into objects once, when the code object is loaded.

use std::rc::Rc;

use krait_bytecode::{CodeFlags, CodeObject, Constant};

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
fn g_code(vm: &Vm, o: &PyRef) -> PyResult {
    let c = code_of(vm, o)?;
    let mut b = Vec::with_capacity(c.code.instructions.len() * 2);
    for i in &c.code.instructions {
        b.push(i.op as u8);
        b.push(i.arg.min(255) as u8);
    }
    Ok(vm.bytes_vec(b))
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
    let mut out: Vec<PyRef> = Vec::new();
    let mut start = 0usize;
    let n = c.code.positions.len();
    for i in 1..=n {
        if i == n || c.code.positions[i].line != c.code.positions[start].line {
            let line = c.code.positions[start].line;
            let l = if line == 0 {
                vm.none()
            } else {
                vm.int(line as i64)
            };
            out.push(vm.tuple(vec![vm.int(start as i64 * 2), vm.int(i as i64 * 2), l]));
            start = i;
        }
    }
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

const METHODS: &[crate::vm::MethodDef] = &[
    crate::vm::MethodDef::method("co_positions", m_positions),
    crate::vm::MethodDef::method("co_lines", m_lines),
    crate::vm::MethodDef::method("__repr__", m_repr),
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
}
