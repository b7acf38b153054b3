//! `try`/`except`/`else`/`finally`, `except*`, `with` and `async with`, using the 3.11
//! pseudo-instructions (`SETUP_FINALLY`/`SETUP_CLEANUP`/`SETUP_WITH`/`POP_BLOCK`) that the
//! assembler turns into the exception table. Mirrors `compiler_try_finally`,
//! `compiler_try_except`, `compiler_try_star_except`, `compiler_with`,
//! `compiler_async_with` and `compiler_with_except_finish` in CPython 3.11's `Python/compile.c`.

use ruff_python_ast as ast;
use ruff_text_size::Ranged;

use krait_bytecode::Opcode;

use super::{BlockId, CResult, Compiler, Ctx, FBlockKind, FDatum, Op, UnitKind};

impl<'a> Compiler<'a> {
    /// `COPY 3; POP_EXCEPT; RERAISE 1`.
    fn pop_except_and_reraise(&mut self) {
        self.emit(Opcode::COPY, 3);
        self.op(Opcode::POP_EXCEPT);
        self.emit(Opcode::RERAISE, 1);
    }

    pub fn compile_try_finally(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let body = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.setup(Op::SetupFinally, end);
        self.use_block(body);
        self.push_fblock(
            FBlockKind::FinallyTry,
            Some(body),
            Some(end),
            FDatum::Finally(&t.finalbody),
        )?;
        if !t.handlers.is_empty() {
            if t.is_star {
                self.compile_try_star_except(t)?;
            } else {
                self.compile_try_except(t)?;
            }
        } else {
            self.visit_body(&t.body)?;
        }
        let saved = self.ur().loc;
        self.unset_loc();
        self.pop_block();
        self.u().loc = saved;
        self.pop_fblock();
        self.visit_body(&t.finalbody)?;
        self.jump_noline(Opcode::JUMP, exit);
        self.use_block(end);
        self.unset_loc();
        self.setup(Op::SetupCleanup, cleanup);
        self.op(Opcode::PUSH_EXC_INFO);
        self.push_fblock(FBlockKind::FinallyEnd, Some(end), None, FDatum::None)?;
        self.visit_body(&t.finalbody)?;
        self.pop_fblock();
        self.emit(Opcode::RERAISE, 0);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(exit);
        Ok(())
    }

    pub fn compile_try_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let body = self.new_block();
        let mut except = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        self.setup(Op::SetupFinally, except);
        self.use_block(body);
        self.push_fblock(FBlockKind::TryExcept, Some(body), None, FDatum::None)?;
        self.visit_body(&t.body)?;
        self.pop_fblock();
        let saved = self.ur().loc;
        self.unset_loc();
        self.pop_block();
        self.u().loc = saved;
        self.visit_body(&t.orelse)?;
        self.jump_noline(Opcode::JUMP, end);
        let n = t.handlers.len();
        self.use_block(except);
        self.unset_loc();
        self.setup(Op::SetupCleanup, cleanup);
        self.op(Opcode::PUSH_EXC_INFO);
        self.push_fblock(FBlockKind::ExceptionHandler, None, None, FDatum::None)?;
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            if h.type_.is_none() && i + 1 < n {
                return self.error("default 'except:' must be last");
            }
            except = self.new_block();
            if let Some(ty) = &h.type_ {
                self.visit_expr(ty)?;
                self.op(Opcode::CHECK_EXC_MATCH);
                self.jump(Opcode::POP_JUMP_IF_FALSE, except);
            }
            if let Some(name) = &h.name {
                let cleanup_end = self.new_block();
                let cleanup_body = self.new_block();
                self.nameop(name, Ctx::Store)?;
                self.setup(Op::SetupCleanup, cleanup_end);
                self.use_block(cleanup_body);
                self.push_fblock(
                    FBlockKind::HandlerCleanup,
                    Some(cleanup_body),
                    None,
                    FDatum::Name(Some(name.to_string())),
                )?;
                self.visit_body(&h.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.pop_block();
                self.pop_block();
                self.op(Opcode::POP_EXCEPT);
                self.load_none();
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
                self.jump(Opcode::JUMP, end);
                self.use_block(cleanup_end);
                self.unset_loc();
                self.load_none();
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
                self.emit(Opcode::RERAISE, 1);
            } else {
                let cleanup_body = self.new_block();
                self.op(Opcode::POP_TOP);
                self.use_block(cleanup_body);
                self.push_fblock(
                    FBlockKind::HandlerCleanup,
                    Some(cleanup_body),
                    None,
                    FDatum::Name(None),
                )?;
                self.visit_body(&h.body)?;
                self.pop_fblock();
                self.unset_loc();
                self.pop_block();
                self.op(Opcode::POP_EXCEPT);
                self.jump(Opcode::JUMP, end);
            }
            self.use_block(except);
        }
        self.unset_loc();
        self.pop_fblock();
        self.emit(Opcode::RERAISE, 0);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(end);
        Ok(())
    }

    pub fn compile_try_star_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        let body = self.new_block();
        let mut except = self.new_block();
        let orelse = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        let reraise_star = self.new_block();
        self.setup(Op::SetupFinally, except);
        self.use_block(body);
        self.push_fblock(FBlockKind::TryExcept, Some(body), None, FDatum::None)?;
        self.visit_body(&t.body)?;
        self.pop_fblock();
        let saved = self.ur().loc;
        self.unset_loc();
        self.pop_block();
        self.u().loc = saved;
        self.jump_noline(Opcode::JUMP, orelse);
        let n = t.handlers.len();
        self.use_block(except);
        self.unset_loc();
        self.setup(Op::SetupCleanup, cleanup);
        self.op(Opcode::PUSH_EXC_INFO);
        self.push_fblock(FBlockKind::ExceptionGroupHandler, None, None, FDatum::None)?;
        for (i, h) in t.handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_loc(h.range);
            except = self.new_block();
            let except_with_error = self.new_block();
            let no_match = self.new_block();
            if i == 0 {
                self.emit(Opcode::COPY, 1);
                self.emit(Opcode::BUILD_LIST, 0);
                self.emit(Opcode::SWAP, 2);
            }
            if let Some(ty) = &h.type_ {
                self.visit_expr(ty)?;
                self.op(Opcode::CHECK_EG_MATCH);
                self.emit(Opcode::COPY, 1);
                self.jump(Opcode::POP_JUMP_IF_NONE, no_match);
            }
            let cleanup_end = self.new_block();
            let cleanup_body = self.new_block();
            match &h.name {
                Some(name) => self.nameop(name, Ctx::Store)?,
                None => self.op(Opcode::POP_TOP),
            }
            self.setup(Op::SetupCleanup, cleanup_end);
            self.use_block(cleanup_body);
            self.push_fblock(
                FBlockKind::HandlerCleanup,
                Some(cleanup_body),
                None,
                FDatum::Name(h.name.as_ref().map(|n| n.to_string())),
            )?;
            self.visit_body(&h.body)?;
            self.pop_fblock();
            self.pop_block();
            if let Some(name) = &h.name {
                self.load_none();
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
            }
            self.jump(Opcode::JUMP, except);
            self.use_block(cleanup_end);
            self.unset_loc();
            if let Some(name) = &h.name {
                self.load_none();
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
            }
            self.emit(Opcode::LIST_APPEND, 3);
            self.op(Opcode::POP_TOP);
            self.jump(Opcode::JUMP, except_with_error);
            self.use_block(except);
            self.op(Opcode::NOP);
            self.jump(Opcode::JUMP, except_with_error);
            self.use_block(no_match);
            self.op(Opcode::POP_TOP);
            self.use_block(except_with_error);
            if i + 1 == n {
                self.emit(Opcode::LIST_APPEND, 1);
                self.jump(Opcode::JUMP, reraise_star);
            }
        }
        self.unset_loc();
        self.pop_fblock();
        let reraise = self.new_block();
        self.use_block(reraise_star);
        self.op(Opcode::PREP_RERAISE_STAR);
        self.emit(Opcode::COPY, 1);
        self.jump(Opcode::POP_JUMP_IF_NOT_NONE, reraise);
        self.op(Opcode::POP_TOP);
        self.pop_block();
        self.op(Opcode::POP_EXCEPT);
        self.jump(Opcode::JUMP, end);
        self.use_block(reraise);
        self.pop_block();
        self.emit(Opcode::SWAP, 2);
        self.op(Opcode::POP_EXCEPT);
        self.emit(Opcode::RERAISE, 0);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(orelse);
        self.visit_body(&t.orelse)?;
        self.use_block(end);
        Ok(())
    }

    fn with_except_finish(&mut self, cleanup: BlockId) {
        self.unset_loc();
        let exit = self.new_block();
        self.jump(Opcode::POP_JUMP_IF_TRUE, exit);
        self.emit(Opcode::RERAISE, 2);
        self.use_block(cleanup);
        self.pop_except_and_reraise();
        self.use_block(exit);
        self.op(Opcode::POP_TOP);
        self.pop_block();
        self.op(Opcode::POP_EXCEPT);
        self.op(Opcode::POP_TOP);
        self.op(Opcode::POP_TOP);
    }

    pub fn compile_with(&mut self, w: &'a ast::StmtWith, pos: usize) -> CResult<()> {
        let item = &w.items[pos];
        let body = self.new_block();
        let final_ = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        let stmt_loc = self.pos(w.range);
        self.visit_expr(&item.context_expr)?;
        self.op(Opcode::BEFORE_WITH);
        self.setup(Op::SetupWith, final_);
        self.use_block(body);
        self.push_fblock(
            FBlockKind::With,
            Some(body),
            Some(final_),
            FDatum::Loc(stmt_loc),
        )?;
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.op(Opcode::POP_TOP),
        }
        if pos + 1 == w.items.len() {
            self.visit_body(&w.body)?;
        } else {
            self.compile_with(w, pos + 1)?;
        }
        self.unset_loc();
        self.pop_block();
        self.pop_fblock();
        self.u().loc = stmt_loc;
        self.call_exit_with_nones();
        self.op(Opcode::POP_TOP);
        self.jump(Opcode::JUMP, exit);
        self.use_block(final_);
        self.setup(Op::SetupCleanup, cleanup);
        self.op(Opcode::PUSH_EXC_INFO);
        self.op(Opcode::WITH_EXCEPT_START);
        self.with_except_finish(cleanup);
        self.use_block(exit);
        Ok(())
    }

    pub fn compile_async_with(&mut self, w: &'a ast::StmtWith, pos: usize) -> CResult<()> {
        if self.ur().kind != UnitKind::AsyncFunction {
            return self.error("'async with' outside async function");
        }
        let item = &w.items[pos];
        let block = self.new_block();
        let final_ = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        let stmt_loc = self.pos(w.range());
        self.visit_expr(&item.context_expr)?;
        self.op(Opcode::BEFORE_ASYNC_WITH);
        self.emit(Opcode::GET_AWAITABLE, 1);
        self.load_none();
        self.add_yield_from(true);
        self.setup(Op::SetupWith, final_);
        self.use_block(block);
        self.push_fblock(
            FBlockKind::AsyncWith,
            Some(block),
            Some(final_),
            FDatum::Loc(stmt_loc),
        )?;
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.op(Opcode::POP_TOP),
        }
        if pos + 1 == w.items.len() {
            self.visit_body(&w.body)?;
        } else {
            self.compile_async_with(w, pos + 1)?;
        }
        self.pop_fblock();
        self.pop_block();
        self.u().loc = stmt_loc;
        self.call_exit_with_nones();
        self.emit(Opcode::GET_AWAITABLE, 2);
        self.load_none();
        self.add_yield_from(true);
        self.op(Opcode::POP_TOP);
        self.jump(Opcode::JUMP, exit);
        self.use_block(final_);
        self.setup(Op::SetupCleanup, cleanup);
        self.op(Opcode::PUSH_EXC_INFO);
        self.op(Opcode::WITH_EXCEPT_START);
        self.emit(Opcode::GET_AWAITABLE, 2);
        self.load_none();
        self.add_yield_from(true);
        self.with_except_finish(cleanup);
        self.use_block(exit);
        Ok(())
    }
}
