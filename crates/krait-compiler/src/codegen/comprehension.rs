//! Comprehensions and generator expressions: each is a nested function called with the
//! iterator of its first `for`. Mirrors `compiler_comprehension`,
//! `compiler_sync_comprehension_generator` and `compiler_async_comprehension_generator` in
//! CPython 3.11's `Python/compile.c`.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use krait_bytecode::Opcode;

use super::{CResult, Compiler, FBlockKind, FDatum, Op, UnitKind};

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompType {
    Gen,
    List,
    Set,
    Dict,
}

impl<'a> Compiler<'a> {
    pub fn compile_comprehension(&mut self, e: &'a Expr) -> CResult<()> {
        let (ty, name, generators, elt, val): (
            _,
            _,
            &'a [ast::Comprehension],
            &'a Expr,
            Option<&'a Expr>,
        ) = match e {
            Expr::ListComp(c) => (
                CompType::List,
                "<listcomp>",
                &c.generators[..],
                &*c.elt,
                None,
            ),
            Expr::SetComp(c) => (CompType::Set, "<setcomp>", &c.generators[..], &*c.elt, None),
            Expr::DictComp(c) => (
                CompType::Dict,
                "<dictcomp>",
                &c.generators[..],
                c.key.as_deref().unwrap_or(&c.value),
                c.key.as_ref().map(|_| &*c.value),
            ),
            Expr::Generator(c) => (CompType::Gen, "<genexpr>", &c.generators[..], &*c.elt, None),
            _ => unreachable!("only comprehensions reach compile_comprehension"),
        };
        let outer_kind = self.ur().kind;
        let scope = self.st.scope_for(e);
        let span = self
            .genexp_ranges
            .get(&(e as *const Expr as usize))
            .copied()
            .unwrap_or_else(|| e.range());
        let saved = self.ur().loc;
        self.set_loc(span);
        let outer_loc = self.ur().loc;
        self.u().loc = saved;
        self.enter_scope(name, UnitKind::Comprehension, scope, outer_loc.line);
        self.set_loc(span);
        let is_async_generator = self.ste().coroutine;
        if is_async_generator
            && ty != CompType::Gen
            && !matches!(
                outer_kind,
                UnitKind::AsyncFunction | UnitKind::Comprehension
            )
        {
            return self.error("asynchronous comprehension outside of an asynchronous function");
        }
        match ty {
            CompType::List => self.emit(Opcode::BUILD_LIST, 0),
            CompType::Set => self.emit(Opcode::BUILD_SET, 0),
            CompType::Dict => self.emit(Opcode::BUILD_MAP, 0),
            CompType::Gen => {}
        }
        self.comprehension_generator(generators, 0, 0, elt, val, ty)?;
        if ty != CompType::Gen {
            self.op(Opcode::RETURN_VALUE);
        }
        let code = self.exit_scope(true)?;
        let saved = self.ur().loc;
        self.u().loc = outer_loc;
        self.make_closure(code, 0)?;
        let outermost = &generators[0];
        self.visit_iter(&outermost.iter)?;
        if outermost.is_async {
            self.op(Opcode::GET_AITER);
        } else {
            self.op(Opcode::GET_ITER);
        }
        self.emit(Opcode::CALL, 0);
        if is_async_generator && ty != CompType::Gen {
            self.emit(Opcode::GET_AWAITABLE, 0);
            self.load_none();
            self.add_yield_from(true);
        }
        self.u().loc = saved;
        Ok(())
    }

    fn comprehension_generator(
        &mut self,
        gens: &'a [ast::Comprehension],
        idx: usize,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        ty: CompType,
    ) -> CResult<()> {
        if gens[idx].is_async {
            self.async_comprehension_generator(gens, idx, depth, elt, val, ty)
        } else {
            self.sync_comprehension_generator(gens, idx, depth, elt, val, ty)
        }
    }

    fn comprehension_element(
        &mut self,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        ty: CompType,
    ) -> CResult<()> {
        match ty {
            CompType::Gen => {
                self.visit_expr(elt)?;
                self.add_yield();
                self.op(Opcode::POP_TOP);
            }
            CompType::List => {
                self.visit_expr(elt)?;
                self.emit(Opcode::LIST_APPEND, depth + 1);
            }
            CompType::Set => {
                self.visit_expr(elt)?;
                self.emit(Opcode::SET_ADD, depth + 1);
            }
            CompType::Dict => {
                self.visit_expr(elt)?;
                if let Some(v) = val {
                    self.visit_expr(v)?;
                }
                self.emit(Opcode::MAP_ADD, depth + 1);
            }
        }
        Ok(())
    }

    fn sync_comprehension_generator(
        &mut self,
        gens: &'a [ast::Comprehension],
        idx: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        ty: CompType,
    ) -> CResult<()> {
        let mut start = Some(self.new_block());
        let if_cleanup = self.new_block();
        let anchor = self.new_block();
        let gen = &gens[idx];
        if idx == 0 {
            self.u().argcount = 1;
            self.emit(Opcode::LOAD_FAST, 0);
        } else {
            let single = match &gen.iter {
                Expr::List(l) if l.elts.len() == 1 => Some(&l.elts[0]),
                Expr::Tuple(t) if t.elts.len() == 1 => Some(&t.elts[0]),
                _ => None,
            };
            match single {
                Some(e) if !matches!(e, Expr::Starred(_)) => {
                    self.visit_expr(e)?;
                    start = None;
                }
                _ => {
                    self.visit_iter(&gen.iter)?;
                    self.op(Opcode::GET_ITER);
                }
            }
        }
        if let Some(s) = start {
            depth += 1;
            self.use_block(s);
            self.jump(Opcode::FOR_ITER, anchor);
        }
        self.visit_expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        if idx + 1 < gens.len() {
            self.comprehension_generator(gens, idx + 1, depth, elt, val, ty)?;
        } else {
            self.comprehension_element(depth, elt, val, ty)?;
        }
        self.use_block(if_cleanup);
        if let Some(s) = start {
            self.jump(Opcode::JUMP, s);
            self.use_block(anchor);
        }
        Ok(())
    }

    fn async_comprehension_generator(
        &mut self,
        gens: &'a [ast::Comprehension],
        idx: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        ty: CompType,
    ) -> CResult<()> {
        let start = self.new_block();
        let except = self.new_block();
        let if_cleanup = self.new_block();
        let gen = &gens[idx];
        if idx == 0 {
            self.u().argcount = 1;
            self.emit(Opcode::LOAD_FAST, 0);
        } else {
            self.visit_expr(&gen.iter)?;
            self.op(Opcode::GET_AITER);
        }
        self.use_block(start);
        self.push_fblock(
            FBlockKind::AsyncComprehensionGenerator,
            Some(start),
            None,
            FDatum::None,
        )?;
        self.setup(Op::SetupFinally, except);
        self.op(Opcode::GET_ANEXT);
        self.load_none();
        self.add_yield_from(true);
        self.pop_block();
        self.visit_expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
        }
        depth += 1;
        if idx + 1 < gens.len() {
            self.comprehension_generator(gens, idx + 1, depth, elt, val, ty)?;
        } else {
            self.comprehension_element(depth, elt, val, ty)?;
        }
        self.use_block(if_cleanup);
        self.jump(Opcode::JUMP, start);
        self.pop_fblock();
        self.use_block(except);
        self.op(Opcode::END_ASYNC_FOR);
        Ok(())
    }
}
