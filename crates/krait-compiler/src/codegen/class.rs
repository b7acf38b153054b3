//! Class definitions and module/class bodies: `__build_class__` with bases and keywords,
//! `__module__`, `__qualname__`, `__classcell__`, docstrings and `SETUP_ANNOTATIONS`.
//! Mirrors `compiler_class` and `compiler_body` in CPython 3.11's `Python/compile.c`.

use ruff_python_ast::{self as ast, Stmt};
use ruff_text_size::Ranged;

use krait_bytecode::{Constant, Opcode};

use super::function::docstring;
use super::stmt::find_ann;
use super::{ArgFix, CResult, Compiler, Ctx, UnitKind};

impl<'a> Compiler<'a> {
    /// A module or class body (`compiler_body`).
    pub fn compile_body(&mut self, stmts: &'a [Stmt]) -> CResult<()> {
        if self.ur().kind == UnitKind::Module {
            if let Some(first) = stmts.first() {
                let r = self.stmt_range(first);
                self.set_loc(r);
            }
        }
        if find_ann(stmts) {
            self.op(Opcode::SETUP_ANNOTATIONS);
        }
        if stmts.is_empty() {
            return Ok(());
        }
        let mut rest = stmts;
        if let Some(doc) = docstring(stmts) {
            rest = &stmts[1..];
            let r = stmts[0].range();
            self.set_loc(r);
            self.load_const(Constant::Str(doc.into()));
            self.unset_loc();
            self.nameop("__doc__", Ctx::Store)?;
        }
        self.visit_body(rest)
    }

    pub fn compile_class(&mut self, c: &'a ast::StmtClassDef) -> CResult<()> {
        for d in &c.decorator_list {
            self.visit_expr(&d.expression)?;
        }
        let first_line = match c.decorator_list.first() {
            Some(d) => self.pos(d.expression.range()).line,
            None => self.ur().loc.line,
        };
        let stmt_loc = self.ur().loc;
        let scope = self.st.scope_for(c);
        self.enter_scope(&c.name, UnitKind::Class, scope, first_line);
        self.u().private = Some(c.name.to_string());
        self.nameop("__name__", Ctx::Load)?;
        self.nameop("__module__", Ctx::Store)?;
        let qualname = self.ur().qualname.clone();
        self.load_const(Constant::Str(qualname.into()));
        self.nameop("__qualname__", Ctx::Store)?;
        self.compile_body(&c.body)?;
        self.unset_loc();
        if self.ste().needs_class_closure {
            self.emit_fixed(Opcode::LOAD_CLOSURE, 0, ArgFix::Cell);
            self.emit(Opcode::COPY, 1);
            self.nameop("__classcell__", Ctx::Store)?;
        } else {
            self.load_none();
        }
        self.op(Opcode::RETURN_VALUE);
        let code = self.exit_scope(true)?;
        self.u().loc = stmt_loc;
        self.op(Opcode::PUSH_NULL);
        self.op(Opcode::LOAD_BUILD_CLASS);
        self.make_closure(code, 0)?;
        self.load_const(Constant::Str(c.name.as_str().into()));
        match &c.arguments {
            Some(args) => {
                self.note_genexp_argument(args);
                self.call_helper(2, &args.args, &args.keywords)?
            }
            None => self.emit(Opcode::CALL, 2),
        }
        self.apply_decorators(&c.decorator_list);
        self.nameop(&c.name, Ctx::Store)
    }
}
