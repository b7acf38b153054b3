//! The compiler's output: a code object with its instructions, constants, names, positions and
//! exception table. Mirrors CPython's `PyCodeObject` (`Include/cpython/code.h`) minus anything
//! that needs runtime objects: constants are `Constant` values the VM converts on load.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::opcode::Opcode;

/// One instruction: an opcode and its full 32-bit argument (0 when unused).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Instruction {
    pub op: Opcode,
    pub arg: u32,
}

impl Instruction {
    pub fn new(op: Opcode, arg: u32) -> Instruction {
        Instruction { op, arg }
    }
}

/// The source span an instruction came from. Lines are 1-based; columns are 0-based UTF-8
/// byte offsets into the line, as CPython's `co_positions()`. `line == 0` means "no position"
/// (CPython's `None`), e.g. for instructions the compiler adds for cleanup.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}

/// One row of the zero-cost exception table (CPython 3.11's `co_exceptiontable`): an exception
/// raised by an instruction in `start..end` jumps to `target` after the value stack is popped
/// down to `depth` items; if `push_lasti`, the raising instruction's index is pushed (as an int)
/// before the exception itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExceptionTableEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// A compile-time constant. Tuples and frozensets of constants appear after constant folding
/// (`x in (1, 2)`, keyword-name tuples of `KW_NAMES`, `BUILD_CONST_KEY_MAP` keys).
#[derive(Clone, Debug)]
pub enum Constant {
    None,
    Ellipsis,
    Bool(bool),
    Int(i64),
    BigInt(BigInt),
    Float(f64),
    Complex { re: f64, im: f64 },
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<[Constant]>),
    FrozenSet(Rc<[Constant]>),
    Code(Rc<CodeObject>),
}

/// `co_flags` bits, CPython's values (`Include/cpython/code.h`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CodeFlags(pub u32);

impl CodeFlags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
    pub const COROUTINE: u32 = 0x0080;
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    pub const ASYNC_GENERATOR: u32 = 0x0200;

    pub fn has(self, bit: u32) -> bool {
        self.0 & bit != 0
    }
}

/// A compiled function, class body, module, lambda or comprehension.
#[derive(Clone, Debug)]
pub struct CodeObject {
    /// `co_name`: the function's name, `<module>`, `<lambda>`, `<listcomp>` ...
    pub name: Rc<str>,
    /// `co_qualname`: `outer.<locals>.inner`, `C.method` ...
    pub qualname: Rc<str>,
    /// `co_filename`.
    pub filename: Rc<str>,
    /// `co_firstlineno`.
    pub first_line: u32,
    pub flags: CodeFlags,
    /// `co_argcount`: positional parameters, positional-only ones included.
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// `co_varnames`: parameters first (positional, keyword-only, `*args`, `**kwargs`), then
    /// other locals. Fast slots `0..varnames.len()`.
    pub varnames: Vec<Rc<str>>,
    /// `co_cellvars`: fast slots `varnames.len()..+cellvars.len()`.
    pub cellvars: Vec<Rc<str>>,
    /// `co_freevars`: the last fast slots, filled from the function's closure tuple in order.
    pub freevars: Vec<Rc<str>>,
    /// For each cell variable, the index in `varnames` of the argument it starts with, if any.
    pub cell2arg: Vec<Option<u32>>,
    /// `co_names`: attribute, global and imported names.
    pub names: Vec<Rc<str>>,
    /// `co_consts`; element 0 is the docstring for functions that have one (else None, as CPython).
    pub constants: Vec<Constant>,
    pub instructions: Vec<Instruction>,
    /// One position per instruction.
    pub positions: Vec<Position>,
    pub exception_table: Vec<ExceptionTableEntry>,
    /// `co_stacksize`.
    pub max_stack: u32,
}

impl CodeObject {
    /// The number of fast slots (`co_nlocalsplus`).
    pub fn nlocalsplus(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// The name of fast slot `i` (a local, cell or free variable).
    pub fn localsplus_name(&self, i: usize) -> &str {
        let nv = self.varnames.len();
        let nc = self.cellvars.len();
        if i < nv {
            &self.varnames[i]
        } else if i < nv + nc {
            &self.cellvars[i - nv]
        } else {
            &self.freevars[i - nv - nc]
        }
    }

    /// The exception-table row covering instruction `index`, if any (CPython's
    /// `get_exception_handler`). Rows never overlap; the innermost handler wins.
    pub fn handler_for(&self, index: u32) -> Option<&ExceptionTableEntry> {
        self.exception_table
            .iter()
            .find(|e| e.start <= index && index < e.end)
    }

    /// The source line of instruction `index` (0 when it has none).
    pub fn line_of(&self, index: usize) -> u32 {
        self.positions.get(index).map_or(0, |p| p.line)
    }
}
