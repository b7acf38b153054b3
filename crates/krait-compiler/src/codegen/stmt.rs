//! Statements: assignment of every shape, control flow, imports, assert, raise, return,
//! break/continue. Mirrors `compiler_visit_stmt` and its helpers in CPython 3.11's
//! `Python/compile.c` (`compiler_if`, `compiler_for`, `compiler_while`, `compiler_return`,
//! `compiler_import`, `compiler_augassign`, `compiler_annassign` ...).

use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

use krait_bytecode::{Constant, Opcode};

use super::{CResult, Compiler, Ctx, FBlockKind, FDatum};
use crate::fold::{const_value, is_const};

impl<'a> Compiler<'a> {
    pub fn visit_stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        let range = self.stmt_range(s);
        self.set_loc(range);
        match s {
            Stmt::FunctionDef(f) => self.compile_function_def(f),
            Stmt::ClassDef(c) => self.compile_class(c),
            Stmt::Return(r) => self.compile_return(r),
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                self.visit_expr(&a.value)?;
                let n = a.targets.len();
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < n {
                        self.emit(Opcode::COPY, 1);
                    }
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.compile_augassign(a),
            Stmt::AnnAssign(a) => self.compile_annassign(a),
            Stmt::For(f) => {
                if f.is_async {
                    self.compile_async_for(f)
                } else {
                    self.compile_for(f)
                }
            }
            Stmt::While(w) => self.compile_while(w),
            Stmt::If(i) => self.compile_if(&i.test, &i.body, &i.elif_else_clauses),
            Stmt::With(w) => {
                if w.is_async {
                    self.compile_async_with(w, 0)
                } else {
                    self.compile_with(w, 0)
                }
            }
            Stmt::Match(m) => self.compile_match(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                    n += 1;
                    if let Some(c) = &r.cause {
                        self.visit_expr(c)?;
                        n += 1;
                    }
                }
                self.emit(Opcode::RAISE_VARARGS, n);
                Ok(())
            }
            Stmt::Try(t) => {
                if t.is_star {
                    if t.finalbody.is_empty() {
                        self.compile_try_star_except(t)
                    } else {
                        self.compile_try_finally(t)
                    }
                } else if t.finalbody.is_empty() {
                    self.compile_try_except(t)
                } else {
                    self.compile_try_finally(t)
                }
            }
            Stmt::Assert(a) => self.compile_assert(a),
            Stmt::Import(i) => self.compile_import(i),
            Stmt::ImportFrom(i) => self.compile_import_from(i, s),
            Stmt::Global(_) | Stmt::Nonlocal(_) => Ok(()),
            Stmt::Expr(e) => self.compile_expr_stmt(&e.value),
            Stmt::Pass(_) => {
                self.op(Opcode::NOP);
                Ok(())
            }
            Stmt::Break(_) => self.compile_break(),
            Stmt::Continue(_) => self.compile_continue(),
            Stmt::TypeAlias(_) | Stmt::IpyEscapeCommand(_) => self.error("invalid syntax"),
        }
    }

    fn compile_expr_stmt(&mut self, value: &'a Expr) -> CResult<()> {
        if self.interactive && self.units.len() <= 1 {
            self.visit_expr(value)?;
            self.op(Opcode::PRINT_EXPR);
            return Ok(());
        }
        if is_const(value) {
            self.op(Opcode::NOP);
            return Ok(());
        }
        self.visit_expr(value)?;
        // The POP_TOP is artificial, and CPython leaves the location unset after it.
        self.unset_loc();
        self.op(Opcode::POP_TOP);
        Ok(())
    }

    fn compile_return(&mut self, r: &'a ast::StmtReturn) -> CResult<()> {
        let value = r.value.as_deref();
        let constant = value.and_then(const_value);
        let preserve_tos = value.is_some() && constant.is_none();
        let ste = self.ste();
        if !ste.is_function() {
            return self.error("'return' outside function");
        }
        if value.is_some() && ste.coroutine && ste.generator {
            return self.error("'return' with value in async generator");
        }
        let stmt_loc = self.ur().loc;
        if let Some(v) = value {
            if preserve_tos {
                self.visit_expr(v)?;
            } else {
                self.set_loc(v.range());
                self.op(Opcode::NOP);
            }
        }
        let value_line = value.map(|v| self.pos(v.range()).line);
        if value_line != Some(stmt_loc.line) {
            self.u().loc = stmt_loc;
            self.op(Opcode::NOP);
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        match constant {
            Some(c) => self.load_const(c),
            None if value.is_none() => self.load_none(),
            None => {}
        }
        self.op(Opcode::RETURN_VALUE);
        Ok(())
    }

    fn compile_break(&mut self) -> CResult<()> {
        self.op(Opcode::NOP);
        let loop_ = self.unwind_fblock_stack(false, true)?;
        let Some(loop_) = loop_ else {
            return self.error("'break' outside loop");
        };
        self.unwind_fblock(&loop_, false)?;
        let exit = loop_.exit.expect("loops have an exit block");
        self.jump(Opcode::JUMP, exit);
        Ok(())
    }

    fn compile_continue(&mut self) -> CResult<()> {
        self.op(Opcode::NOP);
        let loop_ = self.unwind_fblock_stack(false, true)?;
        let Some(loop_) = loop_ else {
            return self.error("'continue' not properly in loop");
        };
        let start = loop_.block.expect("loops have a start block");
        self.jump(Opcode::JUMP, start);
        Ok(())
    }

    fn compile_if(
        &mut self,
        test: &'a Expr,
        body: &'a [Stmt],
        clauses: &'a [ast::ElifElseClause],
    ) -> CResult<()> {
        let end = self.new_block();
        let next = if clauses.is_empty() {
            end
        } else {
            self.new_block()
        };
        self.jump_if(test, next, false)?;
        self.visit_body(body)?;
        if let Some((first, rest)) = clauses.split_first() {
            self.jump_noline(Opcode::JUMP, end);
            self.use_block(next);
            match &first.test {
                Some(t) => {
                    self.set_loc(first.range);
                    self.compile_if(t, &first.body, rest)?;
                }
                None => self.visit_body(&first.body)?,
            }
        }
        self.use_block(end);
        Ok(())
    }

    /// The iterable of a `for`, with CPython's `fold_iter`: a list display becomes a tuple.
    pub fn visit_iter(&mut self, iter: &'a Expr) -> CResult<()> {
        if let Expr::List(l) = iter {
            if !l.elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
                let saved = self.ur().loc;
                self.set_loc(iter.range());
                if let Some(c) = crate::fold::fold_iter_const(iter) {
                    self.load_const(c);
                } else {
                    self.visit_exprs(&l.elts)?;
                    self.emit(Opcode::BUILD_TUPLE, l.elts.len() as u32);
                }
                self.u().loc = saved;
                return Ok(());
            }
        }
        if let Expr::Set(s) = iter {
            if let Some(c) = crate::fold::fold_iter_const(iter) {
                if !s.elts.is_empty() {
                    let saved = self.ur().loc;
                    self.set_loc(iter.range());
                    self.load_const(c);
                    self.u().loc = saved;
                    return Ok(());
                }
            }
        }
        self.visit_expr(iter)
    }

    fn compile_for(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        let start = self.new_block();
        let body = self.new_block();
        let cleanup = self.new_block();
        let end = self.new_block();
        self.push_fblock(FBlockKind::ForLoop, Some(start), Some(end), FDatum::None)?;
        self.visit_iter(&f.iter)?;
        self.op(Opcode::GET_ITER);
        self.use_block(start);
        self.jump(Opcode::FOR_ITER, cleanup);
        self.use_block(body);
        self.visit_expr(&f.target)?;
        self.visit_body(&f.body)?;
        self.unset_loc();
        self.jump(Opcode::JUMP, start);
        self.use_block(cleanup);
        self.pop_fblock();
        self.visit_body(&f.orelse)?;
        self.use_block(end);
        Ok(())
    }

    fn compile_async_for(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        if self.ur().kind != super::UnitKind::AsyncFunction {
            return self.error("'async for' outside async function");
        }
        let start = self.new_block();
        let except = self.new_block();
        let end = self.new_block();
        self.visit_expr(&f.iter)?;
        self.op(Opcode::GET_AITER);
        self.use_block(start);
        self.push_fblock(FBlockKind::ForLoop, Some(start), Some(end), FDatum::None)?;
        self.setup(super::Op::SetupFinally, except);
        self.op(Opcode::GET_ANEXT);
        self.load_none();
        self.add_yield_from(true);
        self.pop_block();
        self.visit_expr(&f.target)?;
        self.visit_body(&f.body)?;
        self.unset_loc();
        self.jump(Opcode::JUMP, start);
        self.pop_fblock();
        self.use_block(except);
        self.set_loc(f.iter.range());
        self.op(Opcode::END_ASYNC_FOR);
        self.visit_body(&f.orelse)?;
        self.use_block(end);
        Ok(())
    }

    fn compile_while(&mut self, w: &'a ast::StmtWhile) -> CResult<()> {
        let loop_ = self.new_block();
        let body = self.new_block();
        let anchor = self.new_block();
        let end = self.new_block();
        self.use_block(loop_);
        self.push_fblock(FBlockKind::WhileLoop, Some(loop_), Some(end), FDatum::None)?;
        self.jump_if(&w.test, anchor, false)?;
        self.use_block(body);
        self.visit_body(&w.body)?;
        self.set_loc(w.range);
        self.jump_if(&w.test, body, true)?;
        self.pop_fblock();
        self.use_block(anchor);
        self.visit_body(&w.orelse)?;
        self.use_block(end);
        Ok(())
    }

    fn compile_assert(&mut self, a: &'a ast::StmtAssert) -> CResult<()> {
        let end = self.new_block();
        self.jump_if(&a.test, end, true)?;
        self.op(Opcode::LOAD_ASSERTION_ERROR);
        if let Some(m) = &a.msg {
            self.visit_expr(m)?;
            self.emit(Opcode::CALL, 0);
        }
        self.emit(Opcode::RAISE_VARARGS, 1);
        self.use_block(end);
        Ok(())
    }

    fn compile_import(&mut self, i: &'a ast::StmtImport) -> CResult<()> {
        for alias in &i.names {
            self.load_const(Constant::Int(0));
            self.load_none();
            self.emit_name(Opcode::IMPORT_NAME, &alias.name);
            let name: &str = &alias.name;
            match &alias.asname {
                Some(asname) => {
                    if let Some(dot) = name.find('.') {
                        let parts: Vec<&str> = name[dot + 1..].split('.').collect();
                        for (k, attr) in parts.iter().enumerate() {
                            let idx = self.add_name_raw(attr);
                            self.emit(Opcode::IMPORT_FROM, idx);
                            if k + 1 == parts.len() {
                                break;
                            }
                            self.emit(Opcode::SWAP, 2);
                            self.op(Opcode::POP_TOP);
                        }
                        self.nameop(asname, Ctx::Store)?;
                        self.op(Opcode::POP_TOP);
                    } else {
                        self.nameop(asname, Ctx::Store)?;
                    }
                }
                None => {
                    let first = name.split('.').next().unwrap_or(name);
                    self.nameop(first, Ctx::Store)?;
                }
            }
        }
        Ok(())
    }

    fn compile_import_from(&mut self, i: &'a ast::StmtImportFrom, s: &'a Stmt) -> CResult<()> {
        self.load_const(Constant::Int(i.level as i64));
        let names: Vec<Constant> = i
            .names
            .iter()
            .map(|a| Constant::Str(a.name.as_str().into()))
            .collect();
        let module = i.module.as_ref().map_or("", |m| m.as_str());
        let line = self.pos(s.range()).line;
        if module == "__future__" && line > self.future_lineno {
            return self.error("from __future__ imports must occur at the beginning of the file");
        }
        self.load_const(Constant::Tuple(names.into()));
        self.emit_name(Opcode::IMPORT_NAME, module);
        for (k, alias) in i.names.iter().enumerate() {
            if k == 0 && alias.name.as_str() == "*" {
                self.op(Opcode::IMPORT_STAR);
                return Ok(());
            }
            self.emit_name(Opcode::IMPORT_FROM, &alias.name);
            let store = alias.asname.as_ref().unwrap_or(&alias.name);
            self.nameop(store, Ctx::Store)?;
        }
        self.op(Opcode::POP_TOP);
        Ok(())
    }

    fn compile_augassign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let stmt_loc = self.ur().loc;
        let target = &*a.target;
        self.set_loc(target.range());
        match target {
            Expr::Attribute(at) => {
                self.visit_expr(&at.value)?;
                self.emit(Opcode::COPY, 1);
                self.attr_loc(at);
                self.emit_name(Opcode::LOAD_ATTR, &at.attr);
            }
            Expr::Subscript(sub) => {
                self.visit_expr(&sub.value)?;
                self.visit_slice_or_expr(&sub.slice)?;
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::COPY, 2);
                self.op(Opcode::BINARY_SUBSCR);
            }
            Expr::Name(n) => self.nameop(&n.id, Ctx::Load)?,
            _ => return self.error("illegal expression for augmented assignment"),
        }
        self.u().loc = stmt_loc;
        self.visit_expr(&a.value)?;
        self.emit(Opcode::BINARY_OP, super::expr::binary_op(a.op, true) as u32);
        self.set_loc(target.range());
        match target {
            Expr::Attribute(at) => {
                self.attr_loc(at);
                self.emit(Opcode::SWAP, 2);
                self.emit_name(Opcode::STORE_ATTR, &at.attr);
            }
            Expr::Subscript(_) => {
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::SWAP, 2);
                self.op(Opcode::STORE_SUBSCR);
            }
            Expr::Name(n) => self.nameop(&n.id, Ctx::Store)?,
            _ => {}
        }
        Ok(())
    }

    fn check_ann_expr(&mut self, e: &'a Expr) -> CResult<()> {
        self.visit_expr(e)?;
        self.op(Opcode::POP_TOP);
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a Expr) -> CResult<()> {
        match e {
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.check_ann_expr(part)?;
                }
                Ok(())
            }
            Expr::Tuple(t) => {
                for el in &t.elts {
                    self.check_ann_subscr(el)?;
                }
                Ok(())
            }
            _ => self.check_ann_expr(e),
        }
    }

    fn compile_annassign(&mut self, a: &'a ast::StmtAnnAssign) -> CResult<()> {
        if let Some(v) = &a.value {
            self.visit_expr(v)?;
            self.visit_expr(&a.target)?;
        }
        let module_or_class = matches!(
            self.ur().kind,
            super::UnitKind::Module | super::UnitKind::Class
        );
        match &*a.target {
            Expr::Name(n) => {
                if a.simple && module_or_class {
                    self.visit_annotation(&a.annotation)?;
                    self.emit_name(Opcode::LOAD_NAME, "__annotations__");
                    let mangled = crate::symtable::mangle(self.ur().private.as_deref(), &n.id);
                    self.load_const(Constant::Str(mangled.into()));
                    self.op(Opcode::STORE_SUBSCR);
                }
            }
            Expr::Attribute(at) => {
                if a.value.is_none() {
                    self.check_ann_expr(&at.value)?;
                }
            }
            Expr::Subscript(sub) => {
                if a.value.is_none() {
                    self.check_ann_expr(&sub.value)?;
                    self.check_ann_subscr(&sub.slice)?;
                }
            }
            _ => return self.error("invalid node type for annotated assignment"),
        }
        if !a.simple && !self.future_annotations && module_or_class {
            self.check_ann_expr(&a.annotation)?;
        }
        Ok(())
    }

    /// An annotation value: the expression, or its source text under
    /// `from __future__ import annotations`.
    pub fn visit_annotation(&mut self, ann: &'a Expr) -> CResult<()> {
        if self.future_annotations {
            let text = super::unparse::unparse_expr(ann);
            self.load_const(Constant::Str(text.into()));
            Ok(())
        } else {
            self.visit_expr(ann)
        }
    }
}

/// Whether a statement list contains an annotated assignment outside nested scopes
/// (CPython's `find_ann`).
pub fn find_ann(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match s {
        Stmt::AnnAssign(_) => true,
        Stmt::For(f) => find_ann(&f.body) || find_ann(&f.orelse),
        Stmt::While(w) => find_ann(&w.body) || find_ann(&w.orelse),
        Stmt::If(i) => find_ann(&i.body) || i.elif_else_clauses.iter().any(|c| find_ann(&c.body)),
        Stmt::With(w) => find_ann(&w.body),
        Stmt::Try(t) => {
            t.handlers.iter().any(|h| {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                find_ann(&h.body)
            }) || find_ann(&t.body)
                || find_ann(&t.finalbody)
                || find_ann(&t.orelse)
        }
        _ => false,
    })
}
