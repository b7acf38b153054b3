//! Calls: the 3.11 protocol with `PUSH_NULL`/`LOAD_GLOBAL` low bit, `LOAD_METHOD`,
//! `KW_NAMES` + `CALL`, and `CALL_FUNCTION_EX` for `*args`/`**kwargs`. Mirrors
//! `compiler_call`, `maybe_optimize_method_call`, `compiler_call_helper` and
//! `compiler_subkwargs` in CPython 3.11's `Python/compile.c`.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use krait_bytecode::{Constant, Opcode};

use super::expr::Seq;
use super::{CResult, Compiler, STACK_USE_GUIDELINE};
use crate::symtable::DEF_IMPORT;

impl<'a> Compiler<'a> {
    fn validate_keywords(&self, keywords: &[ast::Keyword]) -> CResult<()> {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            for other in &keywords[i + 1..] {
                if other
                    .arg
                    .as_ref()
                    .is_some_and(|o| o.as_str() == name.as_str())
                {
                    return self
                        .error_at(format!("keyword argument repeated: {name}"), other.range);
                }
            }
        }
        Ok(())
    }

    /// Remember the parenthesised span of a sole generator-expression argument.
    pub fn note_genexp_argument(&mut self, arguments: &ast::Arguments) {
        if let ([e @ Expr::Generator(g)], true) =
            (&arguments.args[..], arguments.keywords.is_empty())
        {
            if !g.parenthesized {
                self.genexp_ranges
                    .insert(e as *const Expr as usize, arguments.range);
            }
        }
    }

    pub fn compile_call(&mut self, c: &'a ast::ExprCall) -> CResult<()> {
        self.validate_keywords(&c.arguments.keywords)?;
        self.note_genexp_argument(&c.arguments);
        if self.maybe_method_call(c)? {
            return Ok(());
        }
        let call_loc = self.ur().loc;
        match &*c.func {
            Expr::Name(n) if self.is_global_load(&n.id) => {
                self.set_loc(c.func.range());
                let mangled = crate::symtable::mangle(self.ur().private.as_deref(), &n.id);
                let i = self.add_name_raw(&mangled);
                self.emit(Opcode::LOAD_GLOBAL, (i << 1) | 1);
                self.u().loc = call_loc;
            }
            _ => {
                self.set_loc(c.func.range());
                self.op(Opcode::PUSH_NULL);
                self.u().loc = call_loc;
                self.visit_expr(&c.func)?;
            }
        }
        self.call_helper(0, &c.arguments.args, &c.arguments.keywords)
    }

    fn is_import_originated(&self, e: &Expr) -> bool {
        match e {
            Expr::Name(n) => self.st.scopes[0].flags(&n.id) & DEF_IMPORT != 0,
            _ => false,
        }
    }

    fn maybe_method_call(&mut self, c: &'a ast::ExprCall) -> CResult<bool> {
        let Expr::Attribute(meth) = &*c.func else {
            return Ok(false);
        };
        if meth.ctx != ast::ExprContext::Load || self.is_import_originated(&meth.value) {
            return Ok(false);
        }
        let args = &c.arguments.args;
        let kwds = &c.arguments.keywords;
        let nk = kwds.len();
        if args.len() + nk + (nk != 0) as usize >= STACK_USE_GUIDELINE {
            return Ok(false);
        }
        if args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || kwds.iter().any(|k| k.arg.is_none())
        {
            return Ok(false);
        }
        self.note_genexp_argument(&c.arguments);
        self.visit_expr(&meth.value)?;
        let saved = self.ur().loc;
        self.set_loc(meth.range);
        self.attr_loc(meth);
        let meth_loc = self.ur().loc;
        self.emit_name(Opcode::LOAD_METHOD, &meth.attr);
        self.visit_exprs(args)?;
        if nk > 0 {
            for k in kwds.iter() {
                self.visit_expr(&k.value)?;
            }
            self.u().loc = meth_loc;
            self.kw_names(kwds);
        }
        self.u().loc = saved;
        self.emit(Opcode::CALL, (args.len() + nk) as u32);
        Ok(true)
    }

    fn kw_names(&mut self, kwds: &[ast::Keyword]) {
        let names: Vec<Constant> = kwds
            .iter()
            .map(|k| Constant::Str(k.arg.as_ref().map_or("", |a| a.as_str()).into()))
            .collect();
        let i = self.add_const(Constant::Tuple(names.into()));
        self.emit(Opcode::KW_NAMES, i);
    }

    /// Push the arguments and call; `n` arguments are already on the stack
    /// (`compiler_call_helper`).
    pub fn call_helper(
        &mut self,
        n: u32,
        args: &'a [Expr],
        keywords: &'a [ast::Keyword],
    ) -> CResult<()> {
        self.validate_keywords(keywords)?;
        let nelts = args.len();
        let nkw = keywords.len();
        let simple = nelts + nkw * 2 <= STACK_USE_GUIDELINE
            && !args.iter().any(|a| matches!(a, Expr::Starred(_)))
            && !keywords.iter().any(|k| k.arg.is_none());
        if simple {
            self.visit_exprs(args)?;
            if nkw > 0 {
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
                self.kw_names(keywords);
            }
            self.emit(Opcode::CALL, n + (nelts + nkw) as u32);
            return Ok(());
        }
        // CALL_FUNCTION_EX: positional arguments as one tuple.
        if n == 0 && nelts == 1 && matches!(args[0], Expr::Starred(_)) {
            if let Expr::Starred(s) = &args[0] {
                self.visit_expr(&s.value)?;
            }
        } else {
            self.starunpack(args, n, Seq::List, true)?;
        }
        if nkw > 0 {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, kw) in keywords.iter().enumerate() {
                if kw.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(&keywords[i - nseen..i])?;
                        if have_dict {
                            self.emit(Opcode::DICT_MERGE, 1);
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Opcode::BUILD_MAP, 0);
                        have_dict = true;
                    }
                    self.visit_expr(&kw.value)?;
                    self.emit(Opcode::DICT_MERGE, 1);
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(&keywords[nkw - nseen..])?;
                if have_dict {
                    self.emit(Opcode::DICT_MERGE, 1);
                }
            }
        }
        self.emit(Opcode::CALL_FUNCTION_EX, (nkw > 0) as u32);
        Ok(())
    }

    fn subkwargs(&mut self, kws: &'a [ast::Keyword]) -> CResult<()> {
        let n = kws.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            for k in kws {
                self.visit_expr(&k.value)?;
            }
            let keys: Vec<Constant> = kws
                .iter()
                .map(|k| Constant::Str(k.arg.as_ref().map_or("", |a| a.as_str()).into()))
                .collect();
            self.load_const(Constant::Tuple(keys.into()));
            self.emit(Opcode::BUILD_CONST_KEY_MAP, n as u32);
            return Ok(());
        }
        if big {
            self.op_noline(Opcode::BUILD_MAP);
        }
        for k in kws {
            let name = k.arg.as_ref().map_or("", |a| a.as_str());
            self.load_const(Constant::Str(name.into()));
            self.visit_expr(&k.value)?;
            if big {
                let saved = self.ur().loc;
                self.unset_loc();
                self.emit(Opcode::MAP_ADD, 1);
                self.u().loc = saved;
            }
        }
        if !big {
            self.emit(Opcode::BUILD_MAP, n as u32);
        }
        Ok(())
    }
}
