//! Code generation: the compiler state, code units, basic blocks, name resolution and the
//! frame-block stack. Mirrors the infrastructure half of CPython 3.11's `Python/compile.c`
//! (`compiler_unit`, `compiler_enter_scope`, `compiler_nameop`, `compiler_unwind_fblock`,
//! `compiler_make_closure`); the visitors live in the sibling files by construct.

mod call;
mod class;
mod comprehension;
mod expr;
mod fstring;
mod function;
mod pattern;
mod stmt;
mod try_with;
pub mod unparse;

pub use stmt::find_ann;

use std::collections::HashMap;
use std::rc::Rc;

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};

use krait_bytecode::{CodeObject, Constant, Opcode, Position};

use crate::fold::const_key;
use crate::source::SourceIndex;
use crate::symtable::{mangle, BlockKind, NameScope, ScopeId, SymbolTable, DEF_FREE_CLASS};

pub type BlockId = usize;

/// An instruction kind inside the compiler: a real opcode or one of CPython's pseudo-ops that
/// the assembler turns into exception-table entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Real(Opcode),
    SetupFinally,
    SetupCleanup,
    SetupWith,
    PopBlock,
}

/// How an instruction's argument is finished by the assembler.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgFix {
    None,
    /// Index into `cellvars`: becomes `varnames.len() + arg`.
    Cell,
    /// Index into `freevars`: becomes `varnames.len() + cellvars.len() + arg`.
    Free,
}

#[derive(Clone, Copy, Debug)]
pub struct Instr {
    pub op: Op,
    pub arg: u32,
    pub target: Option<BlockId>,
    pub loc: Position,
    pub fix: ArgFix,
    /// The handler block covering this instruction (set by the assembler).
    pub handler: Option<BlockId>,
}

#[derive(Default, Debug, Clone)]
pub struct Block {
    pub instrs: Vec<Instr>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FBlockKind {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

#[derive(Clone)]
pub enum FDatum<'a> {
    None,
    Finally(&'a [Stmt]),
    Loc(Position),
    Name(Option<String>),
}

#[derive(Clone)]
pub struct FBlock<'a> {
    pub kind: FBlockKind,
    pub block: Option<BlockId>,
    pub exit: Option<BlockId>,
    pub datum: FDatum<'a>,
}

/// One code object being built (CPython's `struct compiler_unit`).
pub struct Unit<'a> {
    pub scope: ScopeId,
    pub kind: UnitKind,
    pub name: String,
    pub qualname: String,
    pub private: Option<String>,
    pub blocks: Vec<Block>,
    pub order: Vec<BlockId>,
    pub cur: BlockId,
    pub consts: Vec<Constant>,
    const_index: HashMap<String, u32>,
    pub names: Vec<String>,
    name_index: HashMap<String, u32>,
    pub varnames: Vec<String>,
    varname_index: HashMap<String, u32>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub first_line: u32,
    pub loc: Position,
    pub fblocks: Vec<FBlock<'a>>,
}

/// A compile-time error raised during code generation (SyntaxError at `loc`).
#[derive(Debug)]
pub struct CodegenError {
    pub msg: String,
    pub loc: Position,
}

pub type CResult<T> = Result<T, CodegenError>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ctx {
    Load,
    Store,
    Del,
}

pub struct Compiler<'a> {
    pub st: &'a SymbolTable,
    pub src: &'a SourceIndex<'a>,
    pub filename: Rc<str>,
    pub units: Vec<Unit<'a>>,
    pub future_annotations: bool,
    pub interactive: bool,
    /// Line of the last `from __future__ import` at the top of the module.
    pub future_lineno: u32,
    /// The span CPython gives a generator expression that is a call's only argument: it
    /// includes the call's parentheses. Keyed by the expression's address.
    pub genexp_ranges: HashMap<usize, TextRange>,
}

/// Most items CPython puts on the stack for one display/call before switching to
/// incremental building (`STACK_USE_GUIDELINE`).
pub const STACK_USE_GUIDELINE: usize = 30;

impl<'a> Compiler<'a> {
    pub fn new(
        st: &'a SymbolTable,
        src: &'a SourceIndex<'a>,
        filename: &str,
        future_annotations: bool,
    ) -> Compiler<'a> {
        Compiler {
            st,
            src,
            filename: Rc::from(filename),
            units: Vec::new(),
            future_annotations,
            interactive: false,
            future_lineno: 0,
            genexp_ranges: HashMap::new(),
        }
    }

    pub fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a code unit is active")
    }

    pub fn ur(&self) -> &Unit<'a> {
        self.units.last().expect("a code unit is active")
    }

    pub fn ste(&self) -> &'a crate::symtable::Scope {
        &self.st.scopes[self.ur().scope]
    }

    // ---- positions -------------------------------------------------------------------

    pub fn pos(&self, range: TextRange) -> Position {
        self.src.position(range)
    }

    pub fn set_loc(&mut self, range: TextRange) {
        let p = self.pos(range);
        self.u().loc = p;
    }

    pub fn unset_loc(&mut self) {
        self.u().loc = Position::default();
    }

    pub fn error<T>(&self, msg: impl Into<String>) -> CResult<T> {
        Err(CodegenError {
            msg: msg.into(),
            loc: self.ur().loc,
        })
    }

    pub fn error_at<T>(&self, msg: impl Into<String>, range: TextRange) -> CResult<T> {
        Err(CodegenError {
            msg: msg.into(),
            loc: self.pos(range),
        })
    }

    /// The span CPython gives a statement: a `def`/`class` starts at its keyword, not at its
    /// decorators.
    pub fn stmt_range(&self, s: &Stmt) -> TextRange {
        match s {
            Stmt::FunctionDef(f) if !f.decorator_list.is_empty() => TextRange::new(
                self.keyword_start(f.name.range.start(), f.is_async),
                f.range.end(),
            ),
            Stmt::ClassDef(c) if !c.decorator_list.is_empty() => TextRange::new(
                self.keyword_start(c.name.range.start(), false),
                c.range.end(),
            ),
            _ => s.range(),
        }
    }

    /// Scan back from a def/class name over whitespace and the keyword(s) before it.
    fn keyword_start(&self, name_start: TextSize, is_async: bool) -> TextSize {
        let text = self.src.text.as_bytes();
        let mut i = u32::from(name_start) as usize;
        let skip_ws = |mut i: usize| {
            while i > 0 && matches!(text[i - 1], b' ' | b'\t' | b'\x0c' | b'\\' | b'\n' | b'\r') {
                i -= 1;
            }
            i
        };
        let skip_word = |mut i: usize| {
            while i > 0 && text[i - 1].is_ascii_alphabetic() {
                i -= 1;
            }
            i
        };
        i = skip_word(skip_ws(i));
        if is_async {
            i = skip_word(skip_ws(i));
        }
        TextSize::from(i as u32)
    }

    // ---- blocks and instructions -----------------------------------------------------

    pub fn new_block(&mut self) -> BlockId {
        let u = self.u();
        u.blocks.push(Block::default());
        u.blocks.len() - 1
    }

    /// Make `b` the current block, laid out after the previous one (`compiler_use_next_block`).
    pub fn use_block(&mut self, b: BlockId) {
        let u = self.u();
        u.order.push(b);
        u.cur = b;
    }

    fn push_instr(&mut self, op: Op, arg: u32, target: Option<BlockId>, fix: ArgFix) {
        let u = self.u();
        let loc = u.loc;
        let cur = u.cur;
        u.blocks[cur].instrs.push(Instr {
            op,
            arg,
            target,
            loc,
            fix,
            handler: None,
        });
    }

    pub fn emit(&mut self, op: Opcode, arg: u32) {
        self.push_instr(Op::Real(op), arg, None, ArgFix::None);
        if op.is_terminator() {
            let b = self.new_block();
            self.use_block(b);
        }
    }

    pub fn op(&mut self, op: Opcode) {
        self.emit(op, 0);
    }

    pub fn emit_fixed(&mut self, op: Opcode, arg: u32, fix: ArgFix) {
        self.push_instr(Op::Real(op), arg, None, fix);
    }

    /// Emit a jump; the code after it goes into a new block (jumps end blocks).
    pub fn jump(&mut self, op: Opcode, target: BlockId) {
        self.push_instr(Op::Real(op), 0, Some(target), ArgFix::None);
        let b = self.new_block();
        self.use_block(b);
    }

    /// A jump with no line number of its own (`ADDOP_JUMP_NOLINE`).
    pub fn jump_noline(&mut self, op: Opcode, target: BlockId) {
        let saved = self.ur().loc;
        self.unset_loc();
        self.jump(op, target);
        self.u().loc = saved;
    }

    pub fn op_noline(&mut self, op: Opcode) {
        let saved = self.ur().loc;
        self.unset_loc();
        self.op(op);
        self.u().loc = saved;
    }

    pub fn setup(&mut self, op: Op, target: BlockId) {
        self.push_instr(op, 0, Some(target), ArgFix::None);
    }

    pub fn pop_block(&mut self) {
        self.push_instr(Op::PopBlock, 0, None, ArgFix::None);
    }

    // ---- tables ----------------------------------------------------------------------

    pub fn add_const(&mut self, c: Constant) -> u32 {
        let key = const_key(&c);
        let u = self.u();
        if let Some(&i) = u.const_index.get(&key) {
            return i;
        }
        let i = u.consts.len() as u32;
        u.consts.push(c);
        u.const_index.insert(key, i);
        i
    }

    pub fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Opcode::LOAD_CONST, i);
    }

    pub fn load_none(&mut self) {
        self.load_const(Constant::None);
    }

    pub fn add_name_raw(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        let i = u.names.len() as u32;
        u.names.push(name.to_string());
        u.name_index.insert(name.to_string(), i);
        i
    }

    /// Add a name to `co_names`, mangled for the current class (`compiler_addop_name`).
    pub fn add_name(&mut self, name: &str) -> u32 {
        let m = mangle(self.ur().private.as_deref(), name);
        self.add_name_raw(&m)
    }

    pub fn emit_name(&mut self, op: Opcode, name: &str) {
        let i = self.add_name(name);
        self.emit(op, i);
    }

    fn varname_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.varname_index.get(name) {
            return i;
        }
        let i = u.varnames.len() as u32;
        u.varnames.push(name.to_string());
        u.varname_index.insert(name.to_string(), i);
        i
    }

    // ---- names -----------------------------------------------------------------------

    /// Load, store or delete a name with the opcode its scope calls for (`compiler_nameop`).
    pub fn nameop(&mut self, name: &str, ctx: Ctx) -> CResult<()> {
        if name == "__debug__" {
            match ctx {
                Ctx::Store => return self.error("cannot assign to __debug__"),
                Ctx::Del => return self.error("cannot delete __debug__"),
                Ctx::Load => {}
            }
        }
        let mangled = mangle(self.ur().private.as_deref(), name);
        let ste = self.ste();
        let is_func = ste.kind == BlockKind::Function;
        let scope = ste.scope_of(&mangled);
        enum How {
            Deref(ArgFix, u32),
            Fast,
            Global,
            Name,
        }
        let how = match scope {
            NameScope::Free => {
                let i = self.ur().freevars.iter().position(|n| *n == mangled);
                match i {
                    Some(i) => How::Deref(ArgFix::Free, i as u32),
                    None => {
                        return self.error(format!("compiler: free variable '{mangled}' not found"))
                    }
                }
            }
            NameScope::Cell => {
                let i = self.ur().cellvars.iter().position(|n| *n == mangled);
                match i {
                    Some(i) => How::Deref(ArgFix::Cell, i as u32),
                    None => {
                        return self.error(format!("compiler: cell variable '{mangled}' not found"))
                    }
                }
            }
            NameScope::Local if is_func => How::Fast,
            NameScope::GlobalImplicit if is_func => How::Global,
            NameScope::GlobalExplicit => How::Global,
            _ => How::Name,
        };
        match how {
            How::Deref(fix, i) => {
                let op = match ctx {
                    Ctx::Load if ste.kind == BlockKind::Class => Opcode::LOAD_CLASSDEREF,
                    Ctx::Load => Opcode::LOAD_DEREF,
                    Ctx::Store => Opcode::STORE_DEREF,
                    Ctx::Del => Opcode::DELETE_DEREF,
                };
                self.emit_fixed(op, i, fix);
            }
            How::Fast => {
                let i = self.varname_index(&mangled);
                let op = match ctx {
                    Ctx::Load => Opcode::LOAD_FAST,
                    Ctx::Store => Opcode::STORE_FAST,
                    Ctx::Del => Opcode::DELETE_FAST,
                };
                self.emit(op, i);
            }
            How::Global => {
                let i = self.add_name_raw(&mangled);
                match ctx {
                    Ctx::Load => self.emit(Opcode::LOAD_GLOBAL, i << 1),
                    Ctx::Store => self.emit(Opcode::STORE_GLOBAL, i),
                    Ctx::Del => self.emit(Opcode::DELETE_GLOBAL, i),
                }
            }
            How::Name => {
                let i = self.add_name_raw(&mangled);
                let op = match ctx {
                    Ctx::Load => Opcode::LOAD_NAME,
                    Ctx::Store => Opcode::STORE_NAME,
                    Ctx::Del => Opcode::DELETE_NAME,
                };
                self.emit(op, i);
            }
        }
        Ok(())
    }

    /// Whether loading `name` would be a `LOAD_GLOBAL` (so a call can fold `PUSH_NULL` into it).
    pub fn is_global_load(&self, name: &str) -> bool {
        if name == "__debug__" {
            return false;
        }
        let mangled = mangle(self.ur().private.as_deref(), name);
        let ste = self.ste();
        match ste.scope_of(&mangled) {
            NameScope::GlobalExplicit => true,
            NameScope::GlobalImplicit => ste.kind == BlockKind::Function,
            _ => false,
        }
    }

    // ---- scopes ----------------------------------------------------------------------

    pub fn enter_scope(&mut self, name: &str, kind: UnitKind, scope: ScopeId, first_line: u32) {
        let ste = &self.st.scopes[scope];
        let varnames = ste.varnames.clone();
        let mut cellvars = ste.sorted_names(NameScope::Cell, 0);
        // Cells that are parameters come first, in parameter order (CPython's localsplus).
        cellvars.sort_by_key(|c| varnames.iter().position(|v| v == c).unwrap_or(usize::MAX));
        if ste.needs_class_closure {
            cellvars.insert(0, "__class__".to_string());
        }
        let freevars = ste.sorted_names(NameScope::Free, DEF_FREE_CLASS);
        let private = self.units.last().and_then(|u| u.private.clone());
        let qualname = self.qualname_for(name, kind);
        let varname_index = varnames
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect();
        let mut unit = Unit {
            scope,
            kind,
            name: name.to_string(),
            qualname,
            private,
            blocks: vec![Block::default()],
            order: vec![0],
            cur: 0,
            consts: Vec::new(),
            const_index: HashMap::new(),
            names: Vec::new(),
            name_index: HashMap::new(),
            varnames,
            varname_index,
            cellvars,
            freevars,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            first_line,
            loc: Position::default(),
            fblocks: Vec::new(),
        };
        if kind == UnitKind::Module {
            unit.loc = Position::default();
        } else {
            unit.loc = Position {
                line: first_line,
                end_line: first_line,
                col: 0,
                end_col: 0,
            };
        }
        self.units.push(unit);
    }

    /// CPython's `compiler_set_qualname`.
    fn qualname_for(&self, name: &str, kind: UnitKind) -> String {
        let Some(parent) = self.units.last() else {
            return name.to_string();
        };
        if parent.kind == UnitKind::Module {
            return name.to_string();
        }
        if matches!(
            kind,
            UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Class
        ) {
            let mangled = mangle(parent.private.as_deref(), name);
            if self.st.scopes[parent.scope].scope_of(&mangled) == NameScope::GlobalExplicit {
                return name.to_string();
            }
        }
        let base = if matches!(
            parent.kind,
            UnitKind::Function | UnitKind::AsyncFunction | UnitKind::Lambda
        ) {
            format!("{}.<locals>", parent.qualname)
        } else {
            parent.qualname.clone()
        };
        format!("{base}.{name}")
    }

    /// Finish the current unit into a code object and pop it (`assemble` + `compiler_exit_scope`).
    pub fn exit_scope(&mut self, add_none: bool) -> CResult<CodeObject> {
        let unit = self.units.pop().expect("a code unit is active");
        let ste = &self.st.scopes[unit.scope];
        crate::assemble::assemble(unit, ste, &self.filename, add_none)
    }

    /// Push a function made from `code` with its closure (`compiler_make_closure`).
    pub fn make_closure(&mut self, code: CodeObject, mut flags: u32) -> CResult<()> {
        if !code.freevars.is_empty() {
            for name in code.freevars.iter() {
                let name: &str = name;
                let reftype = if self.ur().kind == UnitKind::Class && name == "__class__" {
                    NameScope::Cell
                } else {
                    self.ste().scope_of(name)
                };
                let (list, fix) = if reftype == NameScope::Cell {
                    (&self.ur().cellvars, ArgFix::Cell)
                } else {
                    (&self.ur().freevars, ArgFix::Free)
                };
                let Some(i) = list.iter().position(|n| n == name) else {
                    return self.error(format!(
                        "compiler_lookup_arg(name='{name}') failed in {}",
                        self.ur().name
                    ));
                };
                self.emit_fixed(Opcode::LOAD_CLOSURE, i as u32, fix);
            }
            flags |= krait_bytecode::opcode::make_function::CLOSURE;
            self.emit(Opcode::BUILD_TUPLE, code.freevars.len() as u32);
        }
        let i = {
            let u = self.u();
            let i = u.consts.len() as u32;
            u.consts.push(Constant::Code(Rc::new(code)));
            i
        };
        self.emit(Opcode::LOAD_CONST, i);
        self.emit(Opcode::MAKE_FUNCTION, flags);
        Ok(())
    }

    // ---- frame blocks ----------------------------------------------------------------

    pub fn push_fblock(
        &mut self,
        kind: FBlockKind,
        block: Option<BlockId>,
        exit: Option<BlockId>,
        datum: FDatum<'a>,
    ) -> CResult<()> {
        if self.ur().fblocks.len() >= 20 {
            return self.error("too many statically nested blocks");
        }
        self.u().fblocks.push(FBlock {
            kind,
            block,
            exit,
            datum,
        });
        Ok(())
    }

    pub fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    /// Emit the code that leaves one frame block early (`compiler_unwind_fblock`).
    pub fn unwind_fblock(&mut self, info: &FBlock<'a>, preserve_tos: bool) -> CResult<()> {
        match info.kind {
            FBlockKind::WhileLoop
            | FBlockKind::ExceptionHandler
            | FBlockKind::ExceptionGroupHandler
            | FBlockKind::AsyncComprehensionGenerator => {}
            FBlockKind::ForLoop => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.op(Opcode::POP_TOP);
            }
            FBlockKind::TryExcept => self.pop_block(),
            FBlockKind::FinallyTry => {
                self.pop_block();
                if preserve_tos {
                    self.push_fblock(FBlockKind::PopValue, None, None, FDatum::None)?;
                }
                if let FDatum::Finally(body) = info.datum {
                    self.visit_body(body)?;
                }
                if preserve_tos {
                    self.pop_fblock();
                }
                self.unset_loc();
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.op(Opcode::POP_TOP);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.pop_block();
                self.op(Opcode::POP_EXCEPT);
            }
            FBlockKind::With | FBlockKind::AsyncWith => {
                if let FDatum::Loc(p) = info.datum {
                    self.u().loc = p;
                }
                self.pop_block();
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.call_exit_with_nones();
                if info.kind == FBlockKind::AsyncWith {
                    self.emit(Opcode::GET_AWAITABLE, 2);
                    self.load_none();
                    self.add_yield_from(true);
                }
                self.op(Opcode::POP_TOP);
                self.unset_loc();
            }
            FBlockKind::HandlerCleanup => {
                let name = match &info.datum {
                    FDatum::Name(n) => n.clone(),
                    _ => None,
                };
                if name.is_some() {
                    self.pop_block();
                }
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.pop_block();
                self.op(Opcode::POP_EXCEPT);
                if let Some(n) = name {
                    self.load_none();
                    self.nameop(&n, Ctx::Store)?;
                    self.nameop(&n, Ctx::Del)?;
                }
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.op(Opcode::POP_TOP);
            }
        }
        Ok(())
    }

    /// Unwind frame blocks up to the innermost loop (returned) or all of them
    /// (`compiler_unwind_fblock_stack`).
    pub fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        stop_at_loop: bool,
    ) -> CResult<Option<FBlock<'a>>> {
        let Some(top) = self.ur().fblocks.last().cloned() else {
            return Ok(None);
        };
        if top.kind == FBlockKind::ExceptionGroupHandler {
            return self
                .error("'break', 'continue' and 'return' cannot appear in an except* block");
        }
        if stop_at_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        let r = self
            .unwind_fblock(&top, preserve_tos)
            .and_then(|_| self.unwind_fblock_stack(preserve_tos, stop_at_loop));
        self.u().fblocks.push(top);
        r
    }

    /// `__exit__(None, None, None)` on the bound exit method below TOS.
    pub fn call_exit_with_nones(&mut self) {
        self.load_none();
        self.load_none();
        self.load_none();
        self.emit(Opcode::CALL, 2);
    }

    /// The `SEND`/`YIELD_VALUE` loop of `yield from` and `await` (`compiler_add_yield_from`).
    pub fn add_yield_from(&mut self, _is_await: bool) {
        let start = self.new_block();
        let exit = self.new_block();
        self.use_block(start);
        self.jump(Opcode::SEND, exit);
        self.op(Opcode::YIELD_VALUE);
        self.jump(Opcode::JUMP, start);
        self.use_block(exit);
    }

    /// `yield` of TOS, wrapped for async generators (`ADDOP_YIELD`).
    pub fn add_yield(&mut self) {
        let ste = self.ste();
        if ste.coroutine && ste.generator {
            self.op(Opcode::ASYNC_GEN_WRAP);
        }
        self.op(Opcode::YIELD_VALUE);
    }

    pub fn visit_body(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    /// Compile an expression with its own location, restoring the outer one after
    /// (`compiler_visit_expr`).
    pub fn visit_expr(&mut self, e: &'a Expr) -> CResult<()> {
        let saved = self.ur().loc;
        self.set_loc(e.range());
        let r = self.visit_expr_inner(e);
        self.u().loc = saved;
        r
    }

    pub fn visit_exprs(&mut self, es: &'a [Expr]) -> CResult<()> {
        for e in es {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    pub fn is_top_level_await(&self) -> bool {
        false
    }
}
