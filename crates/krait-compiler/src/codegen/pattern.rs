//! `match` statements: the subject, case patterns with the MATCH_* opcodes, guards and
//! captures kept on the stack until the whole pattern matched. Mirrors `compiler_match_inner`,
//! `compiler_pattern*`, `jump_to_fail_pop` and `emit_and_reset_fail_pop` in CPython 3.11's
//! `Python/compile.c`.

use ruff_python_ast::{self as ast, Expr, Pattern, Singleton};
use ruff_text_size::Ranged;

use krait_bytecode::opcode::{BinaryOp, CompareOp};
use krait_bytecode::{Constant, Opcode};

use super::{CResult, Compiler, Ctx};
use crate::fold::{const_key, const_value};

#[derive(Clone, Default)]
struct PatternContext {
    stores: Vec<String>,
    allow_irrefutable: bool,
    fail_pop: Vec<super::BlockId>,
    on_top: usize,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchStar(s) if s.name.is_none())
}

impl<'a> Compiler<'a> {
    pub fn compile_match(&mut self, m: &'a ast::StmtMatch) -> CResult<()> {
        self.visit_expr(&m.subject)?;
        let end = self.new_block();
        let cases = m.cases.len();
        let last = &m.cases[cases - 1];
        let has_default = is_wildcard(&last.pattern) && cases > 1;
        let mut pc = PatternContext::default();
        for (i, case) in m.cases[..cases - has_default as usize].iter().enumerate() {
            self.set_loc(case.pattern.range());
            let not_last = i != cases - has_default as usize - 1;
            if not_last {
                self.emit(Opcode::COPY, 1);
            }
            pc.stores.clear();
            pc.allow_irrefutable = case.guard.is_some() || i == cases - 1;
            pc.fail_pop.clear();
            pc.on_top = 0;
            self.pattern(&case.pattern, &mut pc)?;
            for name in pc.stores.clone() {
                self.nameop(&name, Ctx::Store)?;
            }
            if let Some(g) = &case.guard {
                self.ensure_fail_pop(&mut pc, 0);
                let target = pc.fail_pop[0];
                self.jump_if(g, target, false)?;
            }
            if not_last {
                self.op(Opcode::POP_TOP);
            }
            self.visit_body(&case.body)?;
            self.jump(Opcode::JUMP, end);
            self.set_loc(case.pattern.range());
            self.emit_and_reset_fail_pop(&mut pc);
        }
        if has_default {
            self.set_loc(last.pattern.range());
            if cases == 1 {
                self.op(Opcode::POP_TOP);
            } else {
                self.op(Opcode::NOP);
            }
            if let Some(g) = &last.guard {
                self.jump_if(g, end, false)?;
            }
            self.visit_body(&last.body)?;
        }
        self.use_block(end);
        Ok(())
    }

    fn ensure_fail_pop(&mut self, pc: &mut PatternContext, n: usize) {
        while pc.fail_pop.len() < n + 1 {
            let b = self.new_block();
            pc.fail_pop.push(b);
        }
    }

    fn jump_to_fail_pop(&mut self, pc: &mut PatternContext, op: Opcode) {
        let pops = pc.on_top + pc.stores.len();
        self.ensure_fail_pop(pc, pops);
        let target = pc.fail_pop[pops];
        self.jump(op, target);
    }

    fn emit_and_reset_fail_pop(&mut self, pc: &mut PatternContext) {
        if pc.fail_pop.is_empty() {
            let b = self.new_block();
            self.use_block(b);
            return;
        }
        for k in (1..pc.fail_pop.len()).rev() {
            self.use_block(pc.fail_pop[k]);
            self.op(Opcode::POP_TOP);
        }
        self.use_block(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    fn rotate(&mut self, mut count: usize) {
        while count > 1 {
            self.emit(Opcode::SWAP, count as u32);
            count -= 1;
        }
    }

    fn store_name(
        &mut self,
        name: Option<&ast::Identifier>,
        pc: &mut PatternContext,
    ) -> CResult<()> {
        let Some(n) = name else {
            self.op(Opcode::POP_TOP);
            return Ok(());
        };
        if n.as_str() == "__debug__" {
            return self.error("cannot assign to __debug__");
        }
        if pc.stores.iter().any(|s| s == n.as_str()) {
            return self.error(format!("multiple assignments to name '{n}' in pattern"));
        }
        self.rotate(pc.on_top + pc.stores.len() + 1);
        pc.stores.push(n.to_string());
        Ok(())
    }

    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult<()> {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = saved;
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> CResult<()> {
        self.set_loc(p.range());
        match p {
            Pattern::MatchValue(v) => {
                if const_value(&v.value).is_none() && !matches!(&*v.value, Expr::Attribute(_)) {
                    return self.error("patterns may only match literals and attribute lookups");
                }
                self.visit_expr(&v.value)?;
                self.emit(Opcode::COMPARE_OP, CompareOp::Eq as u32);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
                Ok(())
            }
            Pattern::MatchSingleton(s) => {
                self.load_const(match s.value {
                    Singleton::None => Constant::None,
                    Singleton::True => Constant::Bool(true),
                    Singleton::False => Constant::Bool(false),
                });
                self.emit(Opcode::IS_OP, 0);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
                Ok(())
            }
            Pattern::MatchSequence(s) => self.pattern_sequence(&s.patterns, pc),
            Pattern::MatchMapping(m) => self.pattern_mapping(m, pc),
            Pattern::MatchClass(c) => self.pattern_class(c, pc),
            Pattern::MatchStar(s) => self.store_name(s.name.as_ref(), pc),
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        return match &a.name {
                            Some(n) => self.error(format!(
                                "name capture '{n}' makes remaining patterns unreachable"
                            )),
                            None => self.error("wildcard makes remaining patterns unreachable"),
                        };
                    }
                    self.store_name(a.name.as_ref(), pc)
                }
                Some(inner) => {
                    pc.on_top += 1;
                    self.emit(Opcode::COPY, 1);
                    self.pattern(inner, pc)?;
                    pc.on_top -= 1;
                    self.store_name(a.name.as_ref(), pc)
                }
            },
            Pattern::MatchOr(o) => self.pattern_or(&o.patterns, pc),
        }
    }

    fn pattern_sequence(
        &mut self,
        patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> CResult<()> {
        let size = patterns.len();
        let mut star: Option<usize> = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if matches!(p, Pattern::MatchStar(_)) {
                if star.is_some() {
                    return self.error("multiple starred names in sequence pattern");
                }
                star_wildcard = is_star_wildcard(p);
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        pc.on_top += 1;
        self.op(Opcode::MATCH_SEQUENCE);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        match star {
            None => {
                self.op(Opcode::GET_LEN);
                self.load_const(Constant::Int(size as i64));
                self.emit(Opcode::COMPARE_OP, CompareOp::Eq as u32);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
            }
            Some(_) if size > 1 => {
                self.op(Opcode::GET_LEN);
                self.load_const(Constant::Int(size as i64 - 1));
                self.emit(Opcode::COMPARE_OP, CompareOp::Ge as u32);
                self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
            }
            Some(_) => {}
        }
        pc.on_top -= 1;
        if only_wildcard {
            self.op(Opcode::POP_TOP);
        } else if star_wildcard {
            let star = star.unwrap_or(usize::MAX);
            pc.on_top += 1;
            for (i, p) in patterns.iter().enumerate() {
                if is_wildcard(p) || i == star {
                    continue;
                }
                self.emit(Opcode::COPY, 1);
                if i < star {
                    self.load_const(Constant::Int(i as i64));
                } else {
                    self.op(Opcode::GET_LEN);
                    self.load_const(Constant::Int((size - i) as i64));
                    self.emit(Opcode::BINARY_OP, BinaryOp::Subtract as u32);
                }
                self.op(Opcode::BINARY_SUBSCR);
                self.subpattern(p, pc)?;
            }
            pc.on_top -= 1;
            self.op(Opcode::POP_TOP);
        } else {
            match star {
                Some(i) => {
                    if i >= (1 << 8) {
                        return self
                            .error("too many expressions in star-unpacking sequence pattern");
                    }
                    self.emit(Opcode::UNPACK_EX, (i + ((size - i - 1) << 8)) as u32);
                }
                None => self.emit(Opcode::UNPACK_SEQUENCE, size as u32),
            }
            pc.on_top += size;
            for p in patterns {
                pc.on_top -= 1;
                self.subpattern(p, pc)?;
            }
        }
        Ok(())
    }

    fn pattern_mapping(
        &mut self,
        m: &'a ast::PatternMatchMapping,
        pc: &mut PatternContext,
    ) -> CResult<()> {
        let size = m.keys.len();
        pc.on_top += 1;
        self.op(Opcode::MATCH_MAPPING);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        if size == 0 && m.rest.is_none() {
            pc.on_top -= 1;
            self.op(Opcode::POP_TOP);
            return Ok(());
        }
        if size > 0 {
            self.op(Opcode::GET_LEN);
            self.load_const(Constant::Int(size as i64));
            self.emit(Opcode::COMPARE_OP, CompareOp::Ge as u32);
            self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        }
        let mut seen = std::collections::HashSet::new();
        for key in m.keys.iter() {
            if let Some(c) = const_value(key) {
                if !seen.insert(const_key(&c)) {
                    return self.error(format!(
                        "mapping pattern checks duplicate key ({})",
                        krait_bytecode::dis::constant_repr(&c)
                    ));
                }
            } else if !matches!(key, Expr::Attribute(_)) {
                return self
                    .error("mapping pattern keys may only match literals and attribute lookups");
            }
            self.visit_expr(key)?;
        }
        self.emit(Opcode::BUILD_TUPLE, size as u32);
        self.op(Opcode::MATCH_KEYS);
        pc.on_top += 2;
        self.emit(Opcode::COPY, 1);
        self.load_none();
        self.emit(Opcode::IS_OP, 1);
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
        pc.on_top += size;
        pc.on_top -= 1;
        for p in m.patterns.iter() {
            pc.on_top -= 1;
            self.subpattern(p, pc)?;
        }
        pc.on_top -= 2;
        match &m.rest {
            Some(rest) => {
                self.emit(Opcode::BUILD_MAP, 0);
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::DICT_UPDATE, 2);
                self.emit(Opcode::UNPACK_SEQUENCE, size as u32);
                let mut k = size;
                while k > 0 {
                    self.emit(Opcode::COPY, 1 + k as u32);
                    k -= 1;
                    self.emit(Opcode::SWAP, 2);
                    self.op(Opcode::DELETE_SUBSCR);
                }
                self.store_name(Some(rest), pc)?;
            }
            None => {
                self.op(Opcode::POP_TOP);
                self.op(Opcode::POP_TOP);
            }
        }
        Ok(())
    }

    fn pattern_class(
        &mut self,
        c: &'a ast::PatternMatchClass,
        pc: &mut PatternContext,
    ) -> CResult<()> {
        let patterns = &c.arguments.patterns;
        let kws = &c.arguments.keywords;
        let nargs = patterns.len();
        let nattrs = kws.len();
        for (i, k) in kws.iter().enumerate() {
            if k.attr.as_str() == "__debug__" {
                self.set_loc(k.pattern.range());
                return self.error("cannot assign to __debug__");
            }
            for other in &kws[i + 1..] {
                if other.attr.as_str() == k.attr.as_str() {
                    self.set_loc(other.pattern.range());
                    return self.error(format!(
                        "attribute name repeated in class pattern: {}",
                        k.attr
                    ));
                }
            }
        }
        self.visit_expr(&c.cls)?;
        let names: Vec<Constant> = kws
            .iter()
            .map(|k| Constant::Str(k.attr.as_str().into()))
            .collect();
        self.load_const(Constant::Tuple(names.into()));
        self.emit(Opcode::MATCH_CLASS, nargs as u32);
        self.emit(Opcode::COPY, 1);
        self.load_none();
        self.emit(Opcode::IS_OP, 1);
        pc.on_top += 1;
        self.jump_to_fail_pop(pc, Opcode::POP_JUMP_IF_FALSE);
        self.emit(Opcode::UNPACK_SEQUENCE, (nargs + nattrs) as u32);
        pc.on_top += nargs + nattrs;
        pc.on_top -= 1;
        let all: Vec<&'a Pattern> = patterns
            .iter()
            .chain(kws.iter().map(|k| &k.pattern))
            .collect();
        for p in all {
            pc.on_top -= 1;
            if is_wildcard(p) {
                self.op(Opcode::POP_TOP);
                continue;
            }
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    fn pattern_or(&mut self, alts: &'a [Pattern], pc: &mut PatternContext) -> CResult<()> {
        let end = self.new_block();
        let old = pc.clone();
        let mut control: Option<Vec<String>> = None;
        for (i, alt) in alts.iter().enumerate() {
            self.set_loc(alt.range());
            pc.stores = Vec::new();
            pc.allow_irrefutable = i == alts.len() - 1 && old.allow_irrefutable;
            pc.fail_pop = Vec::new();
            pc.on_top = 0;
            self.emit(Opcode::COPY, 1);
            self.pattern(alt, pc)?;
            let nstores = pc.stores.len();
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(ctl) if ctl.len() != nstores => {
                    return self.error("alternative patterns bind different names");
                }
                Some(ctl) => {
                    for icontrol in (0..nstores).rev() {
                        let name = &ctl[icontrol];
                        let Some(istores) = pc.stores.iter().position(|s| s == name) else {
                            return self.error("alternative patterns bind different names");
                        };
                        if icontrol != istores {
                            let rotations = istores + 1;
                            let rotated: Vec<String> = pc.stores.drain(..rotations).collect();
                            let at = icontrol - istores;
                            for (k, r) in rotated.into_iter().enumerate() {
                                pc.stores.insert(at + k, r);
                            }
                            for _ in 0..rotations {
                                self.rotate(icontrol + 1);
                            }
                        }
                    }
                }
            }
            self.jump(Opcode::JUMP, end);
            self.emit_and_reset_fail_pop(pc);
        }
        *pc = old;
        self.op(Opcode::POP_TOP);
        self.jump_to_fail_pop(pc, Opcode::JUMP);
        self.use_block(end);
        let control = control.unwrap_or_default();
        let nstores = control.len();
        let nrots = nstores + 1 + pc.on_top + pc.stores.len();
        for name in control {
            self.rotate(nrots);
            if pc.stores.contains(&name) {
                return self.error(format!("multiple assignments to name '{name}' in pattern"));
            }
            pc.stores.push(name);
        }
        self.op(Opcode::POP_TOP);
        Ok(())
    }
}
