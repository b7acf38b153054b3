//! Function definitions and lambdas: decorators, defaults, keyword-only defaults, the
//! annotations tuple, docstrings and the closure. Mirrors `compiler_function`,
//! `compiler_lambda`, `compiler_default_arguments`, `compiler_visit_kwonlydefaults` and
//! `compiler_visit_annotations` in CPython 3.11's `Python/compile.c`.

use ruff_python_ast::{self as ast, Expr, Parameters, Stmt};
use ruff_text_size::Ranged;

use krait_bytecode::opcode::make_function as mf;
use krait_bytecode::{Constant, Opcode};

use super::{CResult, Compiler, Ctx, UnitKind};
use crate::symtable::mangle;

/// The docstring of a body: a first statement that is a plain string literal.
pub fn docstring(body: &[Stmt]) -> Option<String> {
    match body.first() {
        Some(Stmt::Expr(e)) => match &*e.value {
            Expr::StringLiteral(s) => Some(s.value.to_str().to_string()),
            _ => None,
        },
        _ => None,
    }
}

impl<'a> Compiler<'a> {
    fn check_debug_args(&self, p: &Parameters) -> CResult<()> {
        for a in p.iter_non_variadic_params() {
            if a.parameter.name.as_str() == "__debug__" {
                return self.error_at("cannot assign to __debug__", a.parameter.range);
            }
        }
        for v in [&p.vararg, &p.kwarg].into_iter().flatten() {
            if v.name.as_str() == "__debug__" {
                return self.error_at("cannot assign to __debug__", v.range);
            }
        }
        Ok(())
    }

    /// Push the defaults tuple and kw-defaults dict; returns the MAKE_FUNCTION flags.
    fn default_arguments(&mut self, p: &'a Parameters) -> CResult<u32> {
        let mut flags = 0;
        let defaults: Vec<&'a Expr> = p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.visit_expr(d)?;
            }
            self.emit(Opcode::BUILD_TUPLE, defaults.len() as u32);
            flags |= mf::DEFAULTS;
        }
        let mut keys = Vec::new();
        for a in p.kwonlyargs.iter() {
            if let Some(d) = &a.default {
                keys.push(Constant::Str(
                    mangle(self.ur().private.as_deref(), &a.parameter.name).into(),
                ));
                self.visit_expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Constant::Tuple(keys.into()));
            self.emit(Opcode::BUILD_CONST_KEY_MAP, n);
            flags |= mf::KWDEFAULTS;
        }
        Ok(flags)
    }

    fn arg_annotation(
        &mut self,
        name: &str,
        ann: Option<&'a Expr>,
        count: &mut u32,
    ) -> CResult<()> {
        let Some(ann) = ann else { return Ok(()) };
        let mangled = mangle(self.ur().private.as_deref(), name);
        self.load_const(Constant::Str(mangled.into()));
        if self.future_annotations {
            self.visit_annotation(ann)?;
        } else if let Expr::Starred(s) = ann {
            self.visit_expr(&s.value)?;
            self.emit(Opcode::UNPACK_SEQUENCE, 1);
        } else {
            self.visit_expr(ann)?;
        }
        *count += 2;
        Ok(())
    }

    /// Push the flat `(name, value, ...)` annotations tuple; returns whether one was pushed.
    fn annotations(&mut self, p: &'a Parameters, returns: Option<&'a Expr>) -> CResult<bool> {
        let mut n = 0;
        for a in p.args.iter().chain(p.posonlyargs.iter()) {
            self.arg_annotation(&a.parameter.name, a.parameter.annotation.as_deref(), &mut n)?;
        }
        if let Some(v) = &p.vararg {
            self.arg_annotation(&v.name, v.annotation.as_deref(), &mut n)?;
        }
        for a in p.kwonlyargs.iter() {
            self.arg_annotation(&a.parameter.name, a.parameter.annotation.as_deref(), &mut n)?;
        }
        if let Some(k) = &p.kwarg {
            self.arg_annotation(&k.name, k.annotation.as_deref(), &mut n)?;
        }
        self.arg_annotation("return", returns, &mut n)?;
        if n > 0 {
            self.emit(Opcode::BUILD_TUPLE, n);
            return Ok(true);
        }
        Ok(false)
    }

    fn set_arg_counts(&mut self, p: &Parameters) {
        let u = self.u();
        u.posonlyargcount = p.posonlyargs.len() as u32;
        u.argcount = (p.posonlyargs.len() + p.args.len()) as u32;
        u.kwonlyargcount = p.kwonlyargs.len() as u32;
    }

    pub fn compile_function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult<()> {
        self.check_debug_args(&f.parameters)?;
        for d in &f.decorator_list {
            self.visit_expr(&d.expression)?;
        }
        let first_line = match f.decorator_list.first() {
            Some(d) => self.pos(d.expression.range()).line,
            None => self.ur().loc.line,
        };
        let mut flags = self.default_arguments(&f.parameters)?;
        if self.annotations(&f.parameters, f.returns.as_deref())? {
            flags |= mf::ANNOTATIONS;
        }
        let scope = self.st.scope_for(f);
        let kind = if f.is_async {
            UnitKind::AsyncFunction
        } else {
            UnitKind::Function
        };
        self.enter_scope(&f.name, kind, scope, first_line);
        let doc = docstring(&f.body);
        let has_doc = doc.is_some();
        self.add_const(match doc {
            Some(d) => Constant::Str(d.into()),
            None => Constant::None,
        });
        self.set_arg_counts(&f.parameters);
        let body = if has_doc { &f.body[1..] } else { &f.body[..] };
        for s in body {
            if let Err(e) = self.visit_stmt(s) {
                self.units.pop();
                return Err(e);
            }
        }
        let code = self.exit_scope(true)?;
        self.make_closure(code, flags)?;
        self.apply_decorators(&f.decorator_list);
        self.nameop(&f.name, Ctx::Store)
    }

    /// Call each decorator on the result, innermost first, at the decorator's location.
    pub fn apply_decorators(&mut self, decorators: &[ast::Decorator]) {
        let saved = self.ur().loc;
        for d in decorators.iter().rev() {
            self.set_loc(d.expression.range());
            self.emit(Opcode::CALL, 0);
        }
        self.u().loc = saved;
    }

    pub fn compile_lambda(&mut self, l: &'a ast::ExprLambda) -> CResult<()> {
        let mut flags = 0;
        if let Some(p) = &l.parameters {
            self.check_debug_args(p)?;
            flags = self.default_arguments(p)?;
        }
        let scope = self.st.scope_for(l);
        let line = self.pos(l.range).line;
        self.enter_scope("<lambda>", UnitKind::Lambda, scope, line);
        self.add_const(Constant::None);
        if let Some(p) = &l.parameters {
            self.set_arg_counts(p);
        }
        if let Err(e) = self.visit_expr(&l.body) {
            self.units.pop();
            return Err(e);
        }
        let code = if self.ste().generator {
            self.exit_scope(false)?
        } else {
            self.op(Opcode::RETURN_VALUE);
            self.exit_scope(true)?
        };
        self.make_closure(code, flags)
    }
}
