//! Expressions: names, constants, operators, comparisons (3.11's COPY/SWAP chains),
//! boolean operators, conditional jumps, attributes, subscripts, slices, displays with
//! starred items, unpacking targets, yield/await and the walrus. Mirrors
//! `compiler_visit_expr1`, `compiler_jump_if`, `compiler_compare`, `starunpack_helper`,
//! `compiler_dict` and `assignment_helper` in CPython 3.11's `Python/compile.c`.

use ruff_python_ast::{self as ast, BoolOp, CmpOp, Expr, ExprContext, Operator, UnaryOp};

use krait_bytecode::opcode::BinaryOp;
use krait_bytecode::{Constant, Opcode};

use super::{BlockId, CResult, Compiler, Ctx, UnitKind, STACK_USE_GUIDELINE};
use crate::fold::{const_value, dedup};

pub fn binary_op(op: Operator, inplace: bool) -> u8 {
    let b = match op {
        Operator::Add => BinaryOp::Add,
        Operator::Sub => BinaryOp::Subtract,
        Operator::Mult => BinaryOp::Multiply,
        Operator::MatMult => BinaryOp::MatrixMultiply,
        Operator::Div => BinaryOp::TrueDivide,
        Operator::Mod => BinaryOp::Remainder,
        Operator::Pow => BinaryOp::Power,
        Operator::LShift => BinaryOp::Lshift,
        Operator::RShift => BinaryOp::Rshift,
        Operator::BitOr => BinaryOp::Or,
        Operator::BitXor => BinaryOp::Xor,
        Operator::BitAnd => BinaryOp::And,
        Operator::FloorDiv => BinaryOp::FloorDivide,
    } as u8;
    if inplace {
        b + BinaryOp::InplaceAdd as u8
    } else {
        b
    }
}

fn ctx_of(c: ExprContext) -> Ctx {
    match c {
        ExprContext::Store => Ctx::Store,
        ExprContext::Del => Ctx::Del,
        _ => Ctx::Load,
    }
}

/// `not (a is b)` -> `a is not b` and friends (CPython's `fold_unaryop`).
fn inverted_compare(e: &Expr) -> Option<(&ast::ExprCompare, CmpOp)> {
    let Expr::UnaryOp(u) = e else { return None };
    if u.op != UnaryOp::Not {
        return None;
    }
    let Expr::Compare(c) = &*u.operand else {
        return None;
    };
    if c.ops.len() != 1 {
        return None;
    }
    let inv = match c.ops[0] {
        CmpOp::Is => CmpOp::IsNot,
        CmpOp::IsNot => CmpOp::Is,
        CmpOp::In => CmpOp::NotIn,
        CmpOp::NotIn => CmpOp::In,
        _ => return None,
    };
    Some((c, inv))
}

impl<'a> Compiler<'a> {
    pub fn visit_expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        if let Some(c) = const_value(e) {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::BoolOp(b) => self.compile_boolop(b),
            Expr::Named(n) => {
                self.visit_expr(&n.value)?;
                self.emit(Opcode::COPY, 1);
                self.visit_expr(&n.target)
            }
            Expr::BinOp(b) => {
                if b.op == Operator::Mod {
                    if let (Some(Constant::Str(fmt)), Expr::Tuple(t)) =
                        (const_value(&b.left), &*b.right)
                    {
                        if !t.elts.iter().any(|e| matches!(e, Expr::Starred(_)))
                            && const_value(&b.right).is_none()
                            && self.try_percent_format(&fmt, &t.elts)?
                        {
                            return Ok(());
                        }
                    }
                }
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
                self.emit(Opcode::BINARY_OP, binary_op(b.op, false) as u32);
                Ok(())
            }
            Expr::UnaryOp(u) => {
                if let Some((c, inv)) = inverted_compare(e) {
                    self.set_loc(c.range);
                    return self.compile_compare(&c.left, &[inv], &c.comparators);
                }
                self.visit_expr(&u.operand)?;
                self.op(match u.op {
                    UnaryOp::Invert => Opcode::UNARY_INVERT,
                    UnaryOp::Not => Opcode::UNARY_NOT,
                    UnaryOp::UAdd => Opcode::UNARY_POSITIVE,
                    UnaryOp::USub => Opcode::UNARY_NEGATIVE,
                });
                Ok(())
            }
            Expr::Lambda(l) => self.compile_lambda(l),
            Expr::If(i) => {
                let end = self.new_block();
                let next = self.new_block();
                self.jump_if(&i.test, next, false)?;
                self.visit_expr(&i.body)?;
                self.jump_noline(Opcode::JUMP, end);
                self.use_block(next);
                self.visit_expr(&i.orelse)?;
                self.use_block(end);
                Ok(())
            }
            Expr::Dict(d) => self.compile_dict(d),
            Expr::Set(s) => self.starunpack(&s.elts, 0, Seq::Set, false),
            Expr::ListComp(_) | Expr::SetComp(_) | Expr::DictComp(_) | Expr::Generator(_) => {
                self.compile_comprehension(e)
            }
            Expr::Await(a) => {
                if !self.is_top_level_await() {
                    if !self.ste().is_function() {
                        return self.error("'await' outside function");
                    }
                    if !matches!(
                        self.ur().kind,
                        UnitKind::AsyncFunction | UnitKind::Comprehension
                    ) {
                        return self.error("'await' outside async function");
                    }
                }
                self.visit_expr(&a.value)?;
                self.emit(Opcode::GET_AWAITABLE, 0);
                self.load_none();
                self.add_yield_from(true);
                Ok(())
            }
            Expr::Yield(y) => {
                if !self.ste().is_function() {
                    return self.error("'yield' outside function");
                }
                match &y.value {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_none(),
                }
                self.add_yield();
                Ok(())
            }
            Expr::YieldFrom(y) => {
                if !self.ste().is_function() {
                    return self.error("'yield' outside function");
                }
                if self.ur().kind == UnitKind::AsyncFunction {
                    return self.error("'yield from' inside async function");
                }
                self.visit_expr(&y.value)?;
                self.op(Opcode::GET_YIELD_FROM_ITER);
                self.load_none();
                self.add_yield_from(false);
                Ok(())
            }
            Expr::Compare(c) => self.compile_compare(&c.left, &c.ops, &c.comparators),
            Expr::Call(c) => self.compile_call(c),
            Expr::FString(f) => self.compile_fstring(f),
            Expr::TString(_) | Expr::IpyEscapeCommand(_) => self.error("invalid syntax"),
            Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => unreachable!("literals are constants"),
            Expr::Attribute(a) => {
                self.visit_expr(&a.value)?;
                self.attr_loc(a);
                let op = match ctx_of(a.ctx) {
                    Ctx::Load => Opcode::LOAD_ATTR,
                    Ctx::Store => Opcode::STORE_ATTR,
                    Ctx::Del => Opcode::DELETE_ATTR,
                };
                self.emit_name(op, &a.attr);
                Ok(())
            }
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
                self.op(match ctx_of(s.ctx) {
                    Ctx::Load => Opcode::BINARY_SUBSCR,
                    Ctx::Store => Opcode::STORE_SUBSCR,
                    Ctx::Del => Opcode::DELETE_SUBSCR,
                });
                Ok(())
            }
            Expr::Starred(s) => match s.ctx {
                ExprContext::Store => {
                    self.error("starred assignment target must be in a list or tuple")
                }
                _ => self.error("can't use starred expression here"),
            },
            Expr::Name(n) => self.nameop(&n.id, ctx_of(n.ctx)),
            Expr::List(l) => match ctx_of(l.ctx) {
                Ctx::Store => self.assignment_helper(&l.elts),
                Ctx::Load => self.starunpack(&l.elts, 0, Seq::List, false),
                Ctx::Del => self.visit_exprs(&l.elts),
            },
            Expr::Tuple(t) => match ctx_of(t.ctx) {
                Ctx::Store => self.assignment_helper(&t.elts),
                Ctx::Load => self.starunpack(&t.elts, 0, Seq::List, true),
                Ctx::Del => self.visit_exprs(&t.elts),
            },
            Expr::Slice(s) => {
                let mut n = 2;
                match &s.lower {
                    Some(l) => self.visit_expr(l)?,
                    None => self.load_none(),
                }
                match &s.upper {
                    Some(u) => self.visit_expr(u)?,
                    None => self.load_none(),
                }
                if let Some(st) = &s.step {
                    n += 1;
                    self.visit_expr(st)?;
                }
                self.emit(Opcode::BUILD_SLICE, n);
                Ok(())
            }
        }
    }

    pub fn visit_slice_or_expr(&mut self, e: &'a Expr) -> CResult<()> {
        self.visit_expr(e)
    }

    /// Point the location at the attribute name when it sits on a later line than the start
    /// (`update_start_location_to_match_attr`).
    pub fn attr_loc(&mut self, a: &ast::ExprAttribute) {
        let end = self.pos(a.range);
        let u = self.u();
        if u.loc.line != end.end_line {
            u.loc.line = end.end_line;
            let len = a.attr.as_str().len() as u32;
            if len <= end.end_col {
                u.loc.col = end.end_col - len;
            }
            u.loc.end_line = u.loc.end_line.max(u.loc.line);
            if u.loc.line == u.loc.end_line {
                u.loc.end_col = u.loc.end_col.max(u.loc.col);
            }
        }
    }

    fn compile_boolop(&mut self, b: &'a ast::ExprBoolOp) -> CResult<()> {
        let jumpi = match b.op {
            BoolOp::And => Opcode::JUMP_IF_FALSE_OR_POP,
            BoolOp::Or => Opcode::JUMP_IF_TRUE_OR_POP,
        };
        let end = self.new_block();
        let n = b.values.len() - 1;
        for v in &b.values[..n] {
            self.visit_expr(v)?;
            self.jump(jumpi, end);
        }
        self.visit_expr(&b.values[n])?;
        self.use_block(end);
        Ok(())
    }

    fn compare_op(&mut self, op: CmpOp) {
        use krait_bytecode::opcode::CompareOp as C;
        match op {
            CmpOp::Is => self.emit(Opcode::IS_OP, 0),
            CmpOp::IsNot => self.emit(Opcode::IS_OP, 1),
            CmpOp::In => self.emit(Opcode::CONTAINS_OP, 0),
            CmpOp::NotIn => self.emit(Opcode::CONTAINS_OP, 1),
            CmpOp::Eq => self.emit(Opcode::COMPARE_OP, C::Eq as u32),
            CmpOp::NotEq => self.emit(Opcode::COMPARE_OP, C::Ne as u32),
            CmpOp::Lt => self.emit(Opcode::COMPARE_OP, C::Lt as u32),
            CmpOp::LtE => self.emit(Opcode::COMPARE_OP, C::Le as u32),
            CmpOp::Gt => self.emit(Opcode::COMPARE_OP, C::Gt as u32),
            CmpOp::GtE => self.emit(Opcode::COMPARE_OP, C::Ge as u32),
        }
    }

    /// A comparator; the last one of an `in` test gets CPython's list-to-tuple folding.
    fn visit_comparator(
        &mut self,
        ops: &[CmpOp],
        comparators: &'a [Expr],
        i: usize,
    ) -> CResult<()> {
        let last = i + 1 == comparators.len();
        if last && matches!(ops[i], CmpOp::In | CmpOp::NotIn) {
            self.visit_iter(&comparators[i])
        } else {
            self.visit_expr(&comparators[i])
        }
    }

    pub fn compile_compare(
        &mut self,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
    ) -> CResult<()> {
        self.visit_expr(left)?;
        let n = ops.len() - 1;
        if n == 0 {
            self.visit_comparator(ops, comparators, 0)?;
            self.compare_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_block();
        for i in 0..n {
            self.visit_comparator(ops, comparators, i)?;
            self.emit(Opcode::SWAP, 2);
            self.emit(Opcode::COPY, 2);
            self.compare_op(ops[i]);
            self.jump(Opcode::JUMP_IF_FALSE_OR_POP, cleanup);
        }
        self.visit_comparator(ops, comparators, n)?;
        self.compare_op(ops[n]);
        let end = self.new_block();
        self.jump_noline(Opcode::JUMP, end);
        self.use_block(cleanup);
        self.emit(Opcode::SWAP, 2);
        self.op(Opcode::POP_TOP);
        self.use_block(end);
        Ok(())
    }

    /// Jump to `next` when `e`'s truth equals `cond`, else fall through (`compiler_jump_if`).
    pub fn jump_if(&mut self, e: &'a Expr, next: BlockId, cond: bool) -> CResult<()> {
        // 3.11 gives the jumps of a comparison the comparison's own location.
        let compare = match inverted_compare(e) {
            Some((c, _)) => Some(c.range),
            None => matches!(e, Expr::Compare(_)).then(|| ruff_text_size::Ranged::range(e)),
        };
        if let Some(r) = compare {
            // ... and keeps it afterwards, as CPython 3.11 does.
            self.set_loc(r);
        }
        self.jump_if_inner(e, next, cond)
    }

    fn jump_if_inner(&mut self, e: &'a Expr, next: BlockId, cond: bool) -> CResult<()> {
        if let Some((c, inv)) = inverted_compare(e) {
            return self.jump_if_compare(&c.left, &[inv], &c.comparators, next, cond);
        }
        match e {
            Expr::UnaryOp(u) if u.op == UnaryOp::Not && const_value(e).is_none() => {
                return self.jump_if(&u.operand, next, !cond);
            }
            Expr::BoolOp(b) => {
                let n = b.values.len() - 1;
                let cond2 = b.op == BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_block()
                } else {
                    next
                };
                for v in &b.values[..n] {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(&b.values[n], next, cond)?;
                if next2 != next {
                    self.use_block(next2);
                }
                return Ok(());
            }
            Expr::If(i) => {
                let end = self.new_block();
                let next2 = self.new_block();
                self.jump_if(&i.test, next2, false)?;
                self.jump_if(&i.body, next, cond)?;
                self.jump_noline(Opcode::JUMP, end);
                self.use_block(next2);
                self.jump_if(&i.orelse, next, cond)?;
                self.use_block(end);
                return Ok(());
            }
            Expr::Compare(c) if c.ops.len() > 1 => {
                return self.jump_if_compare(&c.left, &c.ops, &c.comparators, next, cond);
            }
            _ => {}
        }
        self.visit_expr(e)?;
        self.jump(
            if cond {
                Opcode::POP_JUMP_IF_TRUE
            } else {
                Opcode::POP_JUMP_IF_FALSE
            },
            next,
        );
        Ok(())
    }

    fn jump_if_compare(
        &mut self,
        left: &'a Expr,
        ops: &[CmpOp],
        comparators: &'a [Expr],
        next: BlockId,
        cond: bool,
    ) -> CResult<()> {
        let n = ops.len() - 1;
        if n == 0 {
            self.visit_expr(left)?;
            self.visit_comparator(ops, comparators, 0)?;
            self.compare_op(ops[0]);
            self.jump(
                if cond {
                    Opcode::POP_JUMP_IF_TRUE
                } else {
                    Opcode::POP_JUMP_IF_FALSE
                },
                next,
            );
            return Ok(());
        }
        let cleanup = self.new_block();
        self.visit_expr(left)?;
        for i in 0..n {
            self.visit_comparator(ops, comparators, i)?;
            self.emit(Opcode::SWAP, 2);
            self.emit(Opcode::COPY, 2);
            self.compare_op(ops[i]);
            self.jump(Opcode::POP_JUMP_IF_FALSE, cleanup);
        }
        self.visit_comparator(ops, comparators, n)?;
        self.compare_op(ops[n]);
        self.jump(
            if cond {
                Opcode::POP_JUMP_IF_TRUE
            } else {
                Opcode::POP_JUMP_IF_FALSE
            },
            next,
        );
        let end = self.new_block();
        self.jump_noline(Opcode::JUMP, end);
        self.use_block(cleanup);
        self.op(Opcode::POP_TOP);
        if !cond {
            self.jump_noline(Opcode::JUMP, next);
        }
        self.use_block(end);
        Ok(())
    }

    /// Unpack TOS into the targets `elts` (`assignment_helper` + `unpack_helper`).
    pub fn assignment_helper(&mut self, elts: &'a [Expr]) -> CResult<()> {
        let n = elts.len();
        let mut seen_star = false;
        for (i, elt) in elts.iter().enumerate() {
            if matches!(elt, Expr::Starred(_)) {
                if seen_star {
                    return self.error("multiple starred expressions in assignment");
                }
                if i >= (1 << 8) || n - i > (i32::MAX >> 8) as usize {
                    return self.error("too many expressions in star-unpacking assignment");
                }
                self.emit(Opcode::UNPACK_EX, (i + ((n - i - 1) << 8)) as u32);
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Opcode::UNPACK_SEQUENCE, n as u32);
        }
        for elt in elts {
            match elt {
                Expr::Starred(s) => self.visit_expr(&s.value)?,
                _ => self.visit_expr(elt)?,
            }
        }
        Ok(())
    }

    /// Build a list/tuple/set display with optional starred items (`starunpack_helper`).
    pub fn starunpack(
        &mut self,
        elts: &'a [Expr],
        pushed: u32,
        kind: Seq,
        tuple: bool,
    ) -> CResult<()> {
        let (build, add, extend) = match kind {
            Seq::List => (Opcode::BUILD_LIST, Opcode::LIST_APPEND, Opcode::LIST_EXTEND),
            Seq::Set => (Opcode::BUILD_SET, Opcode::SET_ADD, Opcode::SET_UPDATE),
        };
        let n = elts.len();
        if n > 2 {
            let consts: Option<Vec<Constant>> = elts.iter().map(const_value).collect();
            if let Some(items) = consts {
                if tuple && pushed == 0 {
                    self.load_const(Constant::Tuple(items.into()));
                } else {
                    let folded = if kind == Seq::Set {
                        Constant::FrozenSet(dedup(items).into())
                    } else {
                        Constant::Tuple(items.into())
                    };
                    self.emit(build, pushed);
                    self.load_const(folded);
                    self.emit(extend, 1);
                    if tuple {
                        self.op(Opcode::LIST_TO_TUPLE);
                    }
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !seen_star && !big {
            self.visit_exprs(elts)?;
            if tuple {
                self.emit(Opcode::BUILD_TUPLE, n as u32 + pushed);
            } else {
                self.emit(build, n as u32 + pushed);
            }
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build, pushed);
            built = true;
        }
        for (i, elt) in elts.iter().enumerate() {
            if let Expr::Starred(s) = elt {
                if !built {
                    self.emit(build, i as u32 + pushed);
                    built = true;
                }
                self.visit_expr(&s.value)?;
                self.emit(extend, 1);
            } else {
                self.visit_expr(elt)?;
                if built {
                    self.emit(add, 1);
                }
            }
        }
        if tuple {
            self.op(Opcode::LIST_TO_TUPLE);
        }
        Ok(())
    }

    fn compile_subdict(&mut self, items: &'a [ast::DictItem]) -> CResult<()> {
        let n = items.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            let keys: Option<Vec<Constant>> = items
                .iter()
                .map(|i| i.key.as_ref().and_then(const_value))
                .collect();
            if let Some(keys) = keys {
                for it in items {
                    self.visit_expr(&it.value)?;
                }
                self.load_const(Constant::Tuple(keys.into()));
                self.emit(Opcode::BUILD_CONST_KEY_MAP, n as u32);
                return Ok(());
            }
        }
        if big {
            self.emit(Opcode::BUILD_MAP, 0);
        }
        for it in items {
            if let Some(k) = &it.key {
                self.visit_expr(k)?;
            }
            self.visit_expr(&it.value)?;
            if big {
                self.emit(Opcode::MAP_ADD, 1);
            }
        }
        if !big {
            self.emit(Opcode::BUILD_MAP, n as u32);
        }
        Ok(())
    }

    fn compile_dict(&mut self, d: &'a ast::ExprDict) -> CResult<()> {
        let items = &d.items[..];
        let n = items.len();
        let mut have_dict = false;
        let mut elements = 0usize;
        for i in 0..n {
            if items[i].key.is_none() {
                if elements > 0 {
                    self.compile_subdict(&items[i - elements..i])?;
                    if have_dict {
                        self.emit(Opcode::DICT_UPDATE, 1);
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Opcode::BUILD_MAP, 0);
                    have_dict = true;
                }
                self.visit_expr(&items[i].value)?;
                self.emit(Opcode::DICT_UPDATE, 1);
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.compile_subdict(&items[i - elements..i + 1])?;
                if have_dict {
                    self.emit(Opcode::DICT_UPDATE, 1);
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.compile_subdict(&items[n - elements..n])?;
            if have_dict {
                self.emit(Opcode::DICT_UPDATE, 1);
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Opcode::BUILD_MAP, 0);
        }
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Seq {
    List,
    Set,
}
