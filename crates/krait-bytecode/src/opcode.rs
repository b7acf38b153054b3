//! The opcode table: every instruction Krait's VM executes, written once with its stack effect
//! and a one-line description. Mirrors CPython 3.11's `Lib/opcode.py` and `Python/ceval.c`:
//! names and stack semantics are CPython 3.11's, with these deliberate differences:
//!
//! - an instruction is an opcode plus a full `u32` argument: there is no `EXTENDED_ARG`,
//!   no `CACHE` entries, no `RESUME`, no `PRECALL`;
//! - every jump argument is an **absolute instruction index** (not a relative byte offset),
//!   so CPython's `JUMP_FORWARD`/`JUMP_BACKWARD` are one `JUMP`, and the
//!   `POP_JUMP_FORWARD_IF_*`/`POP_JUMP_BACKWARD_IF_*` pairs are one `POP_JUMP_IF_*` each;
//!   the VM checks its eval breaker on every jump whose target is not after the jump;
//! - a generator's code does not start with `RETURN_GENERATOR; POP_TOP`: calling a generator
//!   function makes the generator object directly, and the first `send(None)` resumes at
//!   instruction 0 without pushing anything;
//! - cells are made when the frame is set up, so there is no `MAKE_CELL`/`COPY_FREE_VARS`:
//!   a frame's fast slots are `varnames ++ cellvars ++ freevars`, and every `*_DEREF`/
//!   `LOAD_CLOSURE` argument is an index into that combined array. An argument that is also a
//!   cell variable is named in both `varnames` and `cellvars`; the VM copies the argument into
//!   its cell when the frame starts (see `CodeObject::cell2arg`).
//!
//! Stack notation in the docs: `[a, b] -> [c]` means `b` is on top before, `c` after.
//! "NULL" is the VM's null marker, pushed by `PUSH_NULL` and tested by `CALL`.

macro_rules! opcodes {
    ($( $(#[doc = $doc:literal])* $name:ident = $num:literal, $has_arg:literal ;)*) => {
        /// One VM instruction kind; see the module docs for the conventions.
        #[repr(u8)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        pub enum Opcode {
            $( $(#[doc = $doc])* $name = $num, )*
        }

        impl Opcode {
            /// Every opcode, in numbering order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name,)*];

            /// The opcode's name as `dis` prints it.
            pub fn name(self) -> &'static str {
                match self { $(Opcode::$name => stringify!($name),)* }
            }

            /// Whether the argument means anything (`dis` prints it only then).
            pub fn has_arg(self) -> bool {
                match self { $(Opcode::$name => $has_arg,)* }
            }

            /// The opcode with this number, if any.
            pub fn from_u8(n: u8) -> Option<Opcode> {
                match n { $($num => Some(Opcode::$name),)* _ => None }
            }
        }
    };
}

opcodes! {
    /// Do nothing.
    NOP = 0, false;
    /// `[a] -> []`.
    POP_TOP = 1, false;
    /// `[] -> [NULL]`: marks a plain (non-method) call for `CALL`.
    PUSH_NULL = 2, false;
    /// `[.., x] -> [.., x, x']` where `x'` is the item `arg` places down (1 = top).
    COPY = 3, true;
    /// Swap the top with the item `arg` places down (arg >= 2).
    SWAP = 4, true;
    /// `[a] -> [+a]`.
    UNARY_POSITIVE = 5, false;
    /// `[a] -> [-a]`.
    UNARY_NEGATIVE = 6, false;
    /// `[a] -> [not a]`.
    UNARY_NOT = 7, false;
    /// `[a] -> [~a]`.
    UNARY_INVERT = 8, false;
    /// `[a, b] -> [a OP b]`; `arg` is a `BinaryOp` (in-place forms included).
    BINARY_OP = 9, true;
    /// `[a, b] -> [a OP b]`; `arg` is a `CompareOp`.
    COMPARE_OP = 10, true;
    /// `[a, b] -> [a is b]`, negated when `arg` is 1.
    IS_OP = 11, true;
    /// `[a, b] -> [a in b]`, negated when `arg` is 1.
    CONTAINS_OP = 12, true;
    /// `[container, key] -> [container[key]]`.
    BINARY_SUBSCR = 13, false;
    /// `[value, container, key] -> []`: `container[key] = value`.
    STORE_SUBSCR = 14, false;
    /// `[container, key] -> []`: `del container[key]`.
    DELETE_SUBSCR = 15, false;
    /// `[start, stop] -> [slice]` (arg 2) or `[start, stop, step] -> [slice]` (arg 3).
    BUILD_SLICE = 16, true;
    /// `[] -> [consts[arg]]`.
    LOAD_CONST = 17, true;
    /// `[] -> [fast[arg]]`; UnboundLocalError when unbound.
    LOAD_FAST = 18, true;
    /// `[v] -> []`: `fast[arg] = v`.
    STORE_FAST = 19, true;
    /// Unbind `fast[arg]`; UnboundLocalError when unbound.
    DELETE_FAST = 20, true;
    /// `[] -> [v]`: `names[arg]` looked up in locals, globals, builtins.
    LOAD_NAME = 21, true;
    /// `[v] -> []`: `locals[names[arg]] = v`.
    STORE_NAME = 22, true;
    /// `del locals[names[arg]]`; NameError when missing.
    DELETE_NAME = 23, true;
    /// `[] -> [v]` or `[] -> [NULL, v]` when `arg & 1`: `names[arg >> 1]` in globals, builtins.
    LOAD_GLOBAL = 24, true;
    /// `[v] -> []`: `globals[names[arg]] = v`.
    STORE_GLOBAL = 25, true;
    /// `del globals[names[arg]]`.
    DELETE_GLOBAL = 26, true;
    /// `[] -> [cell contents]` of the cell in fast slot `arg`; NameError/UnboundLocalError when empty.
    LOAD_DEREF = 27, true;
    /// Class bodies: `[] -> [v]`, the name of cell `arg` looked up in the locals dict first.
    LOAD_CLASSDEREF = 28, true;
    /// `[v] -> []`: store into the cell in fast slot `arg`.
    STORE_DEREF = 29, true;
    /// Empty the cell in fast slot `arg`.
    DELETE_DEREF = 30, true;
    /// `[] -> [cell]`: the cell object itself in fast slot `arg` (for building closures).
    LOAD_CLOSURE = 31, true;
    /// `[obj] -> [obj.names[arg]]`.
    LOAD_ATTR = 32, true;
    /// `[v, obj] -> []`: `obj.names[arg] = v`.
    STORE_ATTR = 33, true;
    /// `[obj] -> []`: `del obj.names[arg]`.
    DELETE_ATTR = 34, true;
    /// `[obj] -> [meth, obj]` when `names[arg]` is a plain method found on the type,
    /// else `[obj] -> [NULL, obj.names[arg]]`.
    LOAD_METHOD = 35, true;
    /// `[] -> []`: the next `CALL` takes its last `len(consts[arg])` arguments by these keywords.
    KW_NAMES = 36, true;
    /// `[NULL, f, a1..an] -> [f(a1..an)]` or `[m, self, a1..an] -> [m(self, a1..an)]`; `arg` = n.
    CALL = 37, true;
    /// `[NULL, f, args_tuple] -> [f(*args)]`, with `arg & 1`: `[NULL, f, args, kwargs] -> [f(*args, **kwargs)]`.
    CALL_FUNCTION_EX = 38, true;
    /// `[code] -> [function]`, first popping (from the top) closure tuple (`arg & 8`),
    /// annotations tuple (`arg & 4`), kw-defaults dict (`arg & 2`), defaults tuple (`arg & 1`)
    /// which sit below `code` in that order.
    MAKE_FUNCTION = 39, true;
    /// `[a1..an] -> [(a1..an)]`.
    BUILD_TUPLE = 40, true;
    /// `[a1..an] -> [[a1..an]]`.
    BUILD_LIST = 41, true;
    /// `[a1..an] -> [{a1..an}]`.
    BUILD_SET = 42, true;
    /// `[k1, v1 .. kn, vn] -> [{k1: v1 ..}]`.
    BUILD_MAP = 43, true;
    /// `[v1..vn, keys_tuple] -> [dict(zip(keys, values))]`.
    BUILD_CONST_KEY_MAP = 44, true;
    /// `[s1..sn] -> [s1 + .. + sn]` (all str).
    BUILD_STRING = 45, true;
    /// `[.., list, ..(arg-1 items).., v] -> [.., list, ..]`: `list.append(v)` where list is `arg` down after popping v.
    LIST_APPEND = 46, true;
    /// As `LIST_APPEND` for a set: `set.add(v)`.
    SET_ADD = 47, true;
    /// `[.., dict, .., k, v] -> [.., dict, ..]`: `dict[k] = v`, dict `arg` down after popping both.
    MAP_ADD = 48, true;
    /// `[.., list, .., it] -> [.., list, ..]`: `list.extend(it)`.
    LIST_EXTEND = 49, true;
    /// `[.., set, .., it] -> [.., set, ..]`: `set.update(it)`.
    SET_UPDATE = 50, true;
    /// `[.., dict, .., m] -> [.., dict, ..]`: `dict.update(m)` (dict displays).
    DICT_UPDATE = 51, true;
    /// As `DICT_UPDATE` but for `**m` in calls: duplicate keys are a TypeError naming the callee
    /// (the callable sits `arg + 2` places down).
    DICT_MERGE = 52, true;
    /// `[list] -> [tuple(list)]`.
    LIST_TO_TUPLE = 53, false;
    /// `[seq] -> [x_n .. x_1]`: unpack exactly `arg` items, first item on top.
    UNPACK_SEQUENCE = 54, true;
    /// `[seq] -> [after.., list, before..]`: `arg & 0xff` items before the star, `arg >> 8` after.
    UNPACK_EX = 55, true;
    /// Jump to instruction `arg`.
    JUMP = 56, true;
    /// `[v] -> []`, jump to `arg` if `v` is false.
    POP_JUMP_IF_FALSE = 57, true;
    /// `[v] -> []`, jump to `arg` if `v` is true.
    POP_JUMP_IF_TRUE = 58, true;
    /// `[v] -> []`, jump to `arg` if `v` is None.
    POP_JUMP_IF_NONE = 59, true;
    /// `[v] -> []`, jump to `arg` if `v` is not None.
    POP_JUMP_IF_NOT_NONE = 60, true;
    /// If TOS is false jump to `arg` keeping it, else pop it.
    JUMP_IF_FALSE_OR_POP = 61, true;
    /// If TOS is true jump to `arg` keeping it, else pop it.
    JUMP_IF_TRUE_OR_POP = 62, true;
    /// `[it] -> [it, next(it)]`, or when exhausted `[it] -> []` and jump to `arg`.
    FOR_ITER = 63, true;
    /// `[obj] -> [iter(obj)]`.
    GET_ITER = 64, false;
    /// `[obj] -> [iter]` for `yield from`: generators and coroutines pass through.
    GET_YIELD_FROM_ITER = 65, false;
    /// `[recv, v] -> [recv, yielded]` (recv.send(v)/next(recv)), or when recv returns
    /// `[recv, v] -> [retval]` and jump to `arg`.
    SEND = 66, true;
    /// `[v] -> []`: suspend the frame yielding v; on resume `[] -> [sent]`.
    YIELD_VALUE = 67, false;
    /// `[v] -> []`: return v from the frame.
    RETURN_VALUE = 68, false;
    /// `[obj] -> [awaitable iterator]`; `arg` 1 = after `__aenter__`, 2 = after `__aexit__` (for messages).
    GET_AWAITABLE = 69, true;
    /// `[obj] -> [obj.__aiter__()]`.
    GET_AITER = 70, false;
    /// `[aiter] -> [aiter, awaitable of aiter.__anext__()]`.
    GET_ANEXT = 71, false;
    /// `[aiter, exc] -> []`: end `async for` if exc is StopAsyncIteration, else re-raise exc.
    END_ASYNC_FOR = 72, false;
    /// `[v] -> [wrapped v]`: marks a value yielded by an async generator.
    ASYNC_GEN_WRAP = 73, false;
    /// `[mgr] -> [mgr.__exit__ bound, mgr.__enter__()]`.
    BEFORE_WITH = 74, false;
    /// `[mgr] -> [mgr.__aexit__ bound, mgr.__aenter__()]` (the result is then awaited).
    BEFORE_ASYNC_WITH = 75, false;
    /// `[exit, lasti, prev_exc, exc] -> [exit, lasti, prev_exc, exc, exit(type(exc), exc, tb)]`.
    WITH_EXCEPT_START = 76, false;
    /// `[exc] -> [prev_exc, exc]`: saves the handled exception and makes exc the handled one.
    PUSH_EXC_INFO = 77, false;
    /// `[prev_exc] -> []`: restores the handled exception.
    POP_EXCEPT = 78, false;
    /// `[.., exc] -> raise exc`; if `arg` is non-zero the frame's lasti is first set from the
    /// item `arg` places below exc.
    RERAISE = 79, true;
    /// `[exc, type] -> [exc, bool]`: isinstance-based match of an `except` clause.
    CHECK_EXC_MATCH = 80, false;
    /// `[eg, type] -> [rest, match]` for `except*` (`match` None when nothing matched).
    CHECK_EG_MATCH = 81, false;
    /// `[orig, list] -> [exc_or_None]`: the exception group to re-raise after `except*`.
    PREP_RERAISE_STAR = 82, false;
    /// `raise` (arg 0), `raise exc` (1), `raise exc from cause` (2).
    RAISE_VARARGS = 83, true;
    /// `[] -> [AssertionError]`.
    LOAD_ASSERTION_ERROR = 84, false;
    /// `[] -> [builtins.__build_class__]`.
    LOAD_BUILD_CLASS = 85, false;
    /// Create `__annotations__` in the locals dict if missing.
    SETUP_ANNOTATIONS = 86, false;
    /// `[level, fromlist] -> [module]`: `__import__(names[arg], globals, locals, fromlist, level)`.
    IMPORT_NAME = 87, true;
    /// `[module] -> [module, module.names[arg]]` (falls back to `sys.modules`; ImportError text).
    IMPORT_FROM = 88, true;
    /// `[module] -> []`: `from module import *` into the locals dict.
    IMPORT_STAR = 89, false;
    /// `[v] -> [formatted str]` or `[v, spec] -> [str]` when `arg & 4`;
    /// `arg & 3`: 0 none, 1 `!s`, 2 `!r`, 3 `!a`.
    FORMAT_VALUE = 90, true;
    /// `[v] -> []`: the interactive display hook (`sys.displayhook(v)`).
    PRINT_EXPR = 91, false;
    /// `[obj] -> [obj, len(obj)]`.
    GET_LEN = 92, false;
    /// `[subj] -> [subj, bool]`: subj is a collections.abc.Mapping for `match`.
    MATCH_MAPPING = 93, false;
    /// `[subj] -> [subj, bool]`: subj is a non-str/bytes Sequence for `match`.
    MATCH_SEQUENCE = 94, false;
    /// `[subj, keys] -> [subj, keys, values_tuple_or_None]`.
    MATCH_KEYS = 95, false;
    /// `[subj, cls, kw_names] -> [attrs_tuple_or_None]`; `arg` positional sub-patterns.
    MATCH_CLASS = 96, true;
    /// `[subj, keys] -> [subj, rest_dict]`: copy of subj without keys (for `**rest`).
    COPY_DICT_WITHOUT_KEYS = 97, false;
}

/// The operation of a `BINARY_OP`: CPython 3.11's `NB_*` numbering.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinaryOp {
    Add = 0,
    And = 1,
    FloorDivide = 2,
    Lshift = 3,
    MatrixMultiply = 4,
    Multiply = 5,
    Remainder = 6,
    Or = 7,
    Power = 8,
    Rshift = 9,
    Subtract = 10,
    TrueDivide = 11,
    Xor = 12,
    InplaceAdd = 13,
    InplaceAnd = 14,
    InplaceFloorDivide = 15,
    InplaceLshift = 16,
    InplaceMatrixMultiply = 17,
    InplaceMultiply = 18,
    InplaceRemainder = 19,
    InplaceOr = 20,
    InplacePower = 21,
    InplaceRshift = 22,
    InplaceSubtract = 23,
    InplaceTrueDivide = 24,
    InplaceXor = 25,
}

impl BinaryOp {
    const ALL: [BinaryOp; 26] = [
        BinaryOp::Add,
        BinaryOp::And,
        BinaryOp::FloorDivide,
        BinaryOp::Lshift,
        BinaryOp::MatrixMultiply,
        BinaryOp::Multiply,
        BinaryOp::Remainder,
        BinaryOp::Or,
        BinaryOp::Power,
        BinaryOp::Rshift,
        BinaryOp::Subtract,
        BinaryOp::TrueDivide,
        BinaryOp::Xor,
        BinaryOp::InplaceAdd,
        BinaryOp::InplaceAnd,
        BinaryOp::InplaceFloorDivide,
        BinaryOp::InplaceLshift,
        BinaryOp::InplaceMatrixMultiply,
        BinaryOp::InplaceMultiply,
        BinaryOp::InplaceRemainder,
        BinaryOp::InplaceOr,
        BinaryOp::InplacePower,
        BinaryOp::InplaceRshift,
        BinaryOp::InplaceSubtract,
        BinaryOp::InplaceTrueDivide,
        BinaryOp::InplaceXor,
    ];

    /// The operation with this `BINARY_OP` argument.
    pub fn from_arg(arg: u32) -> Option<BinaryOp> {
        BinaryOp::ALL.get(arg as usize).copied()
    }

    /// The operator as source text (`+`, `+=` ...), as `dis` and error messages show it.
    pub fn symbol(self) -> &'static str {
        [
            "+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^", "+=", "&=", "//=",
            "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^=",
        ][self as usize]
    }

    /// Whether this is an augmented-assignment form.
    pub fn is_inplace(self) -> bool {
        self as u8 >= BinaryOp::InplaceAdd as u8
    }

    /// The plain operation of an in-place one (`+=` -> `+`); plain ones map to themselves.
    pub fn base(self) -> BinaryOp {
        if self.is_inplace() {
            BinaryOp::ALL[self as usize - BinaryOp::InplaceAdd as usize]
        } else {
            self
        }
    }
}

/// The comparison of a `COMPARE_OP`: CPython's `Py_LT` .. `Py_GE` numbering.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompareOp {
    Lt = 0,
    Le = 1,
    Eq = 2,
    Ne = 3,
    Gt = 4,
    Ge = 5,
}

impl CompareOp {
    /// The comparison with this `COMPARE_OP` argument.
    pub fn from_arg(arg: u32) -> Option<CompareOp> {
        [
            CompareOp::Lt,
            CompareOp::Le,
            CompareOp::Eq,
            CompareOp::Ne,
            CompareOp::Gt,
            CompareOp::Ge,
        ]
        .get(arg as usize)
        .copied()
    }

    /// The operator as source text.
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }

    /// The comparison with the operands swapped (`a < b` is `b > a`).
    pub fn swapped(self) -> CompareOp {
        match self {
            CompareOp::Lt => CompareOp::Gt,
            CompareOp::Le => CompareOp::Ge,
            CompareOp::Eq => CompareOp::Eq,
            CompareOp::Ne => CompareOp::Ne,
            CompareOp::Gt => CompareOp::Lt,
            CompareOp::Ge => CompareOp::Le,
        }
    }
}

/// `MAKE_FUNCTION` flag bits.
pub mod make_function {
    pub const DEFAULTS: u32 = 0x01;
    pub const KWDEFAULTS: u32 = 0x02;
    pub const ANNOTATIONS: u32 = 0x04;
    pub const CLOSURE: u32 = 0x08;
}

/// `FORMAT_VALUE` flag bits.
pub mod format_value {
    pub const CONVERSION_MASK: u32 = 0x03;
    pub const CONV_STR: u32 = 0x01;
    pub const CONV_REPR: u32 = 0x02;
    pub const CONV_ASCII: u32 = 0x03;
    pub const HAVE_SPEC: u32 = 0x04;
}

impl Opcode {
    /// Whether `arg` is a jump target.
    pub fn is_jump(self) -> bool {
        matches!(
            self,
            Opcode::JUMP
                | Opcode::POP_JUMP_IF_FALSE
                | Opcode::POP_JUMP_IF_TRUE
                | Opcode::POP_JUMP_IF_NONE
                | Opcode::POP_JUMP_IF_NOT_NONE
                | Opcode::JUMP_IF_FALSE_OR_POP
                | Opcode::JUMP_IF_TRUE_OR_POP
                | Opcode::FOR_ITER
                | Opcode::SEND
        )
    }

    /// Whether control never falls through to the next instruction.
    pub fn is_terminator(self) -> bool {
        matches!(
            self,
            Opcode::JUMP | Opcode::RETURN_VALUE | Opcode::RERAISE | Opcode::RAISE_VARARGS
        )
    }

    /// The change in stack depth; `jump` selects the effect when the jump is taken.
    /// Mirrors CPython's `stack_effect()` in `Python/compile.c`.
    pub fn stack_effect(self, arg: u32, jump: bool) -> i32 {
        let n = arg as i32;
        use Opcode::*;
        match self {
            NOP
            | SWAP
            | UNARY_POSITIVE
            | UNARY_NEGATIVE
            | UNARY_NOT
            | UNARY_INVERT
            | GET_ITER
            | GET_YIELD_FROM_ITER
            | LOAD_ATTR
            | KW_NAMES
            | LIST_TO_TUPLE
            | GET_AWAITABLE
            | GET_AITER
            | ASYNC_GEN_WRAP
            | SETUP_ANNOTATIONS
            | CHECK_EXC_MATCH
            | CHECK_EG_MATCH
            | COPY_DICT_WITHOUT_KEYS
            | DELETE_FAST
            | DELETE_NAME
            | DELETE_GLOBAL
            | DELETE_DEREF
            | YIELD_VALUE
            | JUMP => 0,
            POP_TOP | BINARY_OP | COMPARE_OP | IS_OP | CONTAINS_OP | BINARY_SUBSCR | STORE_FAST
            | STORE_NAME | STORE_GLOBAL | STORE_DEREF | DELETE_ATTR | LIST_APPEND | SET_ADD
            | LIST_EXTEND | SET_UPDATE | DICT_UPDATE | DICT_MERGE | POP_JUMP_IF_FALSE
            | POP_JUMP_IF_TRUE | POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE | RETURN_VALUE
            | POP_EXCEPT | RERAISE | PREP_RERAISE_STAR | IMPORT_NAME | IMPORT_STAR | PRINT_EXPR => {
                -1
            }
            PUSH_NULL | COPY | LOAD_CONST | LOAD_FAST | LOAD_NAME | LOAD_DEREF
            | LOAD_CLASSDEREF | LOAD_CLOSURE | LOAD_METHOD | GET_ANEXT | BEFORE_WITH
            | BEFORE_ASYNC_WITH | WITH_EXCEPT_START | PUSH_EXC_INFO | LOAD_ASSERTION_ERROR
            | LOAD_BUILD_CLASS | IMPORT_FROM | GET_LEN | MATCH_MAPPING | MATCH_SEQUENCE
            | MATCH_KEYS => 1,
            STORE_SUBSCR => -3,
            DELETE_SUBSCR | STORE_ATTR | MAP_ADD | END_ASYNC_FOR | MATCH_CLASS => -2,
            BUILD_SLICE => 1 - n,
            LOAD_GLOBAL => 1 + (n & 1),
            CALL => -n - 1,
            CALL_FUNCTION_EX => -2 - (n & 1),
            MAKE_FUNCTION => -((arg & 0x0f).count_ones() as i32),
            BUILD_TUPLE | BUILD_LIST | BUILD_SET | BUILD_STRING => 1 - n,
            BUILD_MAP => 1 - 2 * n,
            BUILD_CONST_KEY_MAP => -n,
            UNPACK_SEQUENCE => n - 1,
            UNPACK_EX => (n & 0xff) + (n >> 8),
            JUMP_IF_FALSE_OR_POP | JUMP_IF_TRUE_OR_POP => {
                if jump {
                    0
                } else {
                    -1
                }
            }
            FOR_ITER => {
                if jump {
                    -1
                } else {
                    1
                }
            }
            SEND => {
                if jump {
                    -1
                } else {
                    0
                }
            }
            RAISE_VARARGS => -n,
            FORMAT_VALUE => {
                if arg & format_value::HAVE_SPEC != 0 {
                    -1
                } else {
                    0
                }
            }
        }
    }
}
