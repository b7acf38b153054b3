//! The assembler: from a unit's basic blocks to a `CodeObject`. Mirrors CPython 3.11's
//! `assemble()` in `Python/compile.c`: implicit return, stack depth by CFG traversal
//! (`stackdepth`), exception handlers from the pseudo-instructions
//! (`label_exception_targets`), the CFG peephole (`optimize_basic_block`, `extend_block`,
//! unreachable-block removal, `clean_basic_block`), `propagate_line_numbers`,
//! `remove_unused_consts`, then absolute jump targets and the exception table.

use std::collections::HashMap;
use std::rc::Rc;

use krait_bytecode::{
    CodeFlags, CodeObject, Constant, ExceptionTableEntry, Instruction, Opcode, Position,
};

use crate::codegen::{ArgFix, BlockId, CResult, CodegenError, Instr, Op, Unit, UnitKind};
use crate::fold::truthy;
use crate::symtable::Scope;

const MAX_COPY_SIZE: usize = 4;

fn real(i: &Instr) -> Option<Opcode> {
    match i.op {
        Op::Real(op) => Some(op),
        _ => None,
    }
}

fn is_setup(i: &Instr) -> bool {
    matches!(i.op, Op::SetupFinally | Op::SetupCleanup | Op::SetupWith)
}

fn is_jump(i: &Instr) -> bool {
    real(i).is_some_and(|op| op.is_jump())
}

fn ends_flow(i: &Instr) -> bool {
    real(i).is_some_and(|op| op.is_terminator())
}

fn is_exit(i: &Instr) -> bool {
    matches!(
        real(i),
        Some(Opcode::RETURN_VALUE | Opcode::RERAISE | Opcode::RAISE_VARARGS)
    )
}

fn is_exit_without_lineno(block: &[Instr]) -> bool {
    block.last().is_some_and(is_exit) && block.iter().all(|i| i.loc.line == 0)
}

fn stack_effect(i: &Instr, jump: bool) -> i32 {
    match i.op {
        Op::Real(op) => op.stack_effect(i.arg, jump),
        Op::SetupFinally | Op::SetupWith => {
            if jump {
                1
            } else {
                0
            }
        }
        Op::SetupCleanup => {
            if jump {
                2
            } else {
                0
            }
        }
        Op::PopBlock => 0,
    }
}

fn internal(msg: &str) -> CodegenError {
    CodegenError {
        msg: format!("compiler internal error: {msg}"),
        loc: Position::default(),
    }
}

struct Cfg {
    blocks: Vec<Vec<Instr>>,
    order: Vec<BlockId>,
    /// Exception handlers of reachable `SETUP_*`s: kept even when nothing they cover can raise.
    handler_roots: std::collections::HashSet<BlockId>,
}

impl Cfg {
    /// The block laid out after `b` (`b_next`), if any.
    fn next_of(&self, pos: &HashMap<BlockId, usize>, b: BlockId) -> Option<BlockId> {
        pos.get(&b).and_then(|&p| self.order.get(p + 1).copied())
    }

    fn positions(&self) -> HashMap<BlockId, usize> {
        self.order
            .iter()
            .enumerate()
            .map(|(i, &b)| (b, i))
            .collect()
    }

    fn has_fallthrough(&self, b: BlockId) -> bool {
        self.blocks[b].last().is_none_or(|i| !ends_flow(i))
    }

    /// CPython's `stackdepth`: the max depth, and each reached block's start depth.
    fn stackdepth(&self) -> CResult<(u32, HashMap<BlockId, i32>)> {
        let pos = self.positions();
        let mut start: HashMap<BlockId, i32> = HashMap::new();
        let mut work = vec![self.order[0]];
        start.insert(self.order[0], 0);
        let mut maxdepth = 0;
        while let Some(b) = work.pop() {
            let mut depth = start[&b];
            let mut falls = true;
            for ins in &self.blocks[b] {
                let new_depth = depth + stack_effect(ins, false);
                if new_depth < 0 {
                    return Err(internal("negative stack depth"));
                }
                maxdepth = maxdepth.max(new_depth);
                if is_jump(ins) || is_setup(ins) {
                    let target_depth = depth + stack_effect(ins, true);
                    maxdepth = maxdepth.max(target_depth);
                    let t = ins.target.ok_or_else(|| internal("jump without target"))?;
                    if let std::collections::hash_map::Entry::Vacant(e) = start.entry(t) {
                        e.insert(target_depth);
                        work.push(t);
                    }
                }
                depth = new_depth;
                if ends_flow(ins) {
                    falls = false;
                    break;
                }
            }
            if falls {
                if let Some(n) = self.next_of(&pos, b) {
                    if let std::collections::hash_map::Entry::Vacant(e) = start.entry(n) {
                        e.insert(depth);
                        work.push(n);
                    }
                }
            }
        }
        Ok((maxdepth as u32, start))
    }

    /// CPython's `label_exception_targets`: give every instruction its handler block.
    fn label_exception_targets(&mut self, preserve_lasti: &mut HashMap<BlockId, bool>) {
        let pos = self.positions();
        let entry = self.order[0];
        let mut visited: std::collections::HashSet<BlockId> = std::collections::HashSet::new();
        let mut todo: Vec<(BlockId, Vec<BlockId>)> = vec![(entry, Vec::new())];
        visited.insert(entry);
        while let Some((b, mut stack)) = todo.pop() {
            let n = self.blocks[b].len();
            for i in 0..n {
                let ins = self.blocks[b][i];
                if is_setup(&ins) {
                    let t = ins.target.expect("setup has a target");
                    if visited.insert(t) {
                        todo.push((t, stack.clone()));
                    }
                    if matches!(ins.op, Op::SetupCleanup | Op::SetupWith) {
                        preserve_lasti.insert(t, true);
                    }
                    stack.push(t);
                } else if ins.op == Op::PopBlock {
                    stack.pop();
                } else {
                    self.blocks[b][i].handler = stack.last().copied();
                    if is_jump(&ins) {
                        let t = ins.target.expect("jump has a target");
                        if visited.insert(t) {
                            todo.push((t, stack.clone()));
                        }
                    }
                }
            }
            if self.has_fallthrough(b) {
                if let Some(nb) = self.next_of(&pos, b) {
                    if visited.insert(nb) {
                        todo.push((nb, stack));
                    }
                }
            }
        }
        // Unvisited blocks are unreachable.
        self.order.retain(|b| visited.contains(b));
    }

    fn reachable(&self) -> HashMap<BlockId, usize> {
        let pos = self.positions();
        let mut preds: HashMap<BlockId, usize> = HashMap::new();
        let mut seen = std::collections::HashSet::new();
        let entry = self.order[0];
        let mut work = vec![entry];
        seen.insert(entry);
        preds.insert(entry, 1);
        for &h in &self.handler_roots {
            if seen.insert(h) {
                work.push(h);
            }
        }
        while let Some(b) = work.pop() {
            let mut succ = Vec::new();
            for ins in &self.blocks[b] {
                if is_jump(ins) || is_setup(ins) {
                    let t = ins.target.expect("jump has a target");
                    *preds.entry(t).or_insert(0) += 1;
                    succ.push(t);
                }
                if let Some(h) = ins.handler {
                    succ.push(h);
                }
            }
            if self.has_fallthrough(b) {
                if let Some(n) = self.next_of(&pos, b) {
                    *preds.entry(n).or_insert(0) += 1;
                    succ.push(n);
                }
            }
            for s in succ {
                if seen.insert(s) {
                    work.push(s);
                }
            }
        }
        self.order
            .iter()
            .filter(|b| seen.contains(b))
            .map(|&b| (b, preds.get(&b).copied().unwrap_or(0)))
            .collect()
    }

    fn remove_unreachable(&mut self) {
        let r = self.reachable();
        self.order.retain(|b| r.contains_key(b));
    }

    /// Drop empty blocks from the layout, retargeting jumps to the next non-empty block.
    fn eliminate_empty(&mut self) {
        let mut redirect: HashMap<BlockId, BlockId> = HashMap::new();
        let mut pending: Vec<BlockId> = Vec::new();
        let mut keep = Vec::new();
        for &b in &self.order {
            if self.blocks[b].is_empty() {
                pending.push(b);
            } else {
                for p in pending.drain(..) {
                    redirect.insert(p, b);
                }
                keep.push(b);
            }
        }
        if keep.is_empty() {
            return;
        }
        // Trailing empty blocks: only reachable as fallthrough off the end, never targeted by
        // well-formed code; point them at themselves by keeping them.
        for p in pending {
            keep.push(p);
        }
        self.order = keep;
        for b in self.order.clone() {
            for ins in self.blocks[b].iter_mut() {
                if let Some(t) = ins.target {
                    if let Some(&n) = redirect.get(&t) {
                        ins.target = Some(n);
                    }
                }
                if let Some(h) = ins.handler {
                    if let Some(&n) = redirect.get(&h) {
                        ins.handler = Some(n);
                    }
                }
            }
        }
    }

    fn nop(ins: &mut Instr) {
        ins.op = Op::Real(Opcode::NOP);
        ins.arg = 0;
        ins.target = None;
        ins.fix = ArgFix::None;
    }

    /// CPython's `optimize_basic_block` (the parts that change what Krait runs).
    fn optimize_block(
        &mut self,
        b: BlockId,
        consts: &mut Vec<Constant>,
        const_index: &mut HashMap<String, u32>,
    ) {
        let n = self.blocks[b].len();
        if n > 0 {
            self.thread_jump(b, n - 1);
        }
        for i in 0..n {
            let ins = self.blocks[b][i];
            let Some(op) = real(&ins) else { continue };
            let next = self.blocks[b].get(i + 1).copied();
            let nextop = next.as_ref().and_then(real);
            match op {
                Opcode::PUSH_NULL
                    if nextop == Some(Opcode::LOAD_GLOBAL)
                        && next.is_some_and(|x| x.arg & 1 == 0) =>
                {
                    Self::nop(&mut self.blocks[b][i]);
                    self.blocks[b][i + 1].arg |= 1;
                }
                Opcode::LOAD_CONST => {
                    let c = &consts[ins.arg as usize];
                    match nextop {
                        Some(Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE) => {
                            let is_true = truthy(c);
                            let jump_if_true = nextop == Some(Opcode::POP_JUMP_IF_TRUE);
                            Self::nop(&mut self.blocks[b][i]);
                            if is_true == jump_if_true {
                                self.blocks[b][i + 1].op = Op::Real(Opcode::JUMP);
                            } else {
                                Self::nop(&mut self.blocks[b][i + 1]);
                            }
                        }
                        Some(Opcode::JUMP_IF_FALSE_OR_POP | Opcode::JUMP_IF_TRUE_OR_POP) => {
                            let is_true = truthy(c);
                            let jump_if_true = nextop == Some(Opcode::JUMP_IF_TRUE_OR_POP);
                            if is_true == jump_if_true {
                                self.blocks[b][i + 1].op = Op::Real(Opcode::JUMP);
                            } else {
                                Self::nop(&mut self.blocks[b][i]);
                                Self::nop(&mut self.blocks[b][i + 1]);
                            }
                        }
                        Some(Opcode::IS_OP) if matches!(c, Constant::None) => {
                            let jump_op = self.blocks[b].get(i + 2).and_then(real);
                            if matches!(
                                jump_op,
                                Some(Opcode::POP_JUMP_IF_FALSE | Opcode::POP_JUMP_IF_TRUE)
                            ) {
                                let nextarg = self.blocks[b][i + 1].arg;
                                let invert = (jump_op == Some(Opcode::POP_JUMP_IF_FALSE)) as u32;
                                Self::nop(&mut self.blocks[b][i]);
                                Self::nop(&mut self.blocks[b][i + 1]);
                                self.blocks[b][i + 2].op = Op::Real(if nextarg ^ invert != 0 {
                                    Opcode::POP_JUMP_IF_NOT_NONE
                                } else {
                                    Opcode::POP_JUMP_IF_NONE
                                });
                            }
                        }
                        _ => {}
                    }
                }
                Opcode::SWAP => {
                    if ins.arg == 1 {
                        Self::nop(&mut self.blocks[b][i]);
                    } else {
                        let last = self.swaptimize(b, i);
                        self.apply_static_swaps(b, last);
                    }
                }
                Opcode::BUILD_TUPLE => {
                    let count = ins.arg as usize;
                    if nextop == Some(Opcode::UNPACK_SEQUENCE)
                        && next.is_some_and(|x| x.arg as usize == count)
                        && (1..=3).contains(&count)
                    {
                        Self::nop(&mut self.blocks[b][i]);
                        if count == 1 {
                            Self::nop(&mut self.blocks[b][i + 1]);
                        } else {
                            self.blocks[b][i + 1].op = Op::Real(Opcode::SWAP);
                        }
                        continue;
                    }
                    // Fold LOAD_CONST x n; BUILD_TUPLE n.
                    if i >= count {
                        let all_const = self.blocks[b][i - count..i]
                            .iter()
                            .all(|x| real(x) == Some(Opcode::LOAD_CONST));
                        if all_const {
                            let items: Vec<Constant> = self.blocks[b][i - count..i]
                                .iter()
                                .map(|x| consts[x.arg as usize].clone())
                                .collect();
                            let c = Constant::Tuple(items.into());
                            let key = crate::fold::const_key(&c);
                            let idx = *const_index.entry(key).or_insert_with(|| {
                                consts.push(c);
                                (consts.len() - 1) as u32
                            });
                            for k in i - count..i {
                                Self::nop(&mut self.blocks[b][k]);
                            }
                            let t = &mut self.blocks[b][i];
                            t.op = Op::Real(Opcode::LOAD_CONST);
                            t.arg = idx;
                        }
                    }
                }
                _ => {}
            }
        }
        // Anything after an unconditional transfer in this block is dead.
        if let Some(p) = self.blocks[b].iter().position(ends_flow) {
            self.blocks[b].truncate(p + 1);
        }
    }

    /// The first instruction of the block a jump lands on.
    fn target_first(&self, ins: &Instr) -> Option<Instr> {
        self.blocks[ins.target?].first().copied()
    }

    /// Jump threading from CPython's `optimize_basic_block`: a jump to a jump goes straight
    /// to the final target when line numbers allow (`jump_thread`).
    fn thread_jump(&mut self, b: BlockId, i: usize) {
        for _ in 0..100 {
            let ins = self.blocks[b][i];
            let Some(op) = real(&ins) else { return };
            if !op.is_jump() {
                return;
            }
            let Some(target) = self.target_first(&ins) else {
                return;
            };
            let Some(top) = real(&target) else { return };
            let thread = |this: &mut Self, new_op: Opcode| -> bool {
                if ins.loc.line == target.loc.line && ins.target != target.target {
                    let x = &mut this.blocks[b][i];
                    x.target = target.target;
                    x.op = Op::Real(new_op);
                    true
                } else {
                    false
                }
            };
            let changed = match (op, top) {
                (Opcode::JUMP_IF_FALSE_OR_POP, Opcode::POP_JUMP_IF_FALSE) => {
                    thread(self, Opcode::POP_JUMP_IF_FALSE)
                }
                (Opcode::JUMP_IF_FALSE_OR_POP, Opcode::JUMP | Opcode::JUMP_IF_FALSE_OR_POP) => {
                    thread(self, Opcode::JUMP_IF_FALSE_OR_POP)
                }
                (Opcode::JUMP_IF_TRUE_OR_POP, Opcode::POP_JUMP_IF_TRUE) => {
                    thread(self, Opcode::POP_JUMP_IF_TRUE)
                }
                (Opcode::JUMP_IF_TRUE_OR_POP, Opcode::JUMP | Opcode::JUMP_IF_TRUE_OR_POP) => {
                    thread(self, Opcode::JUMP_IF_TRUE_OR_POP)
                }
                (
                    Opcode::JUMP_IF_FALSE_OR_POP,
                    Opcode::JUMP_IF_TRUE_OR_POP | Opcode::POP_JUMP_IF_TRUE,
                )
                | (
                    Opcode::JUMP_IF_TRUE_OR_POP,
                    Opcode::JUMP_IF_FALSE_OR_POP | Opcode::POP_JUMP_IF_FALSE,
                ) => {
                    let t = ins.target.expect("jump has a target");
                    let pos = self.positions();
                    let next = self.next_of(&pos, t);
                    if ins.loc.line == target.loc.line && next.is_some() {
                        let x = &mut self.blocks[b][i];
                        x.op = Op::Real(if op == Opcode::JUMP_IF_FALSE_OR_POP {
                            Opcode::POP_JUMP_IF_FALSE
                        } else {
                            Opcode::POP_JUMP_IF_TRUE
                        });
                        x.target = next;
                        true
                    } else {
                        false
                    }
                }
                (
                    Opcode::POP_JUMP_IF_FALSE
                    | Opcode::POP_JUMP_IF_TRUE
                    | Opcode::POP_JUMP_IF_NONE
                    | Opcode::POP_JUMP_IF_NOT_NONE
                    | Opcode::JUMP,
                    Opcode::JUMP,
                ) => thread(self, op),
                _ => false,
            };
            if !changed {
                return;
            }
        }
    }

    /// CPython's `swaptimize`: replace a run of SWAPs (and NOPs) starting at `start` by the
    /// fewest SWAPs with the same effect. Returns the index of the run's last instruction.
    fn swaptimize(&mut self, b: BlockId, start: usize) -> usize {
        let block = &mut self.blocks[b];
        let mut depth = block[start].arg as usize;
        let mut len = 1;
        let mut more = false;
        while start + len < block.len() {
            match real(&block[start + len]) {
                Some(Opcode::SWAP) => {
                    depth = depth.max(block[start + len].arg as usize);
                    more = true;
                }
                Some(Opcode::NOP) => {}
                _ => break,
            }
            len += 1;
        }
        if !more {
            return start;
        }
        const VISITED: usize = usize::MAX;
        let mut stack: Vec<usize> = (0..depth).collect();
        for ins in &block[start..start + len] {
            if real(ins) == Some(Opcode::SWAP) {
                stack.swap(0, ins.arg as usize - 1);
            }
        }
        let mut current = len as isize - 1;
        for i in 0..depth {
            if stack[i] == VISITED || stack[i] == i {
                continue;
            }
            let mut j = i;
            loop {
                if j != 0 {
                    let ins = &mut block[start + current as usize];
                    ins.op = Op::Real(Opcode::SWAP);
                    ins.arg = j as u32 + 1;
                    current -= 1;
                }
                if stack[j] == VISITED {
                    break;
                }
                let next = stack[j];
                stack[j] = VISITED;
                j = next;
            }
        }
        while current >= 0 {
            Self::nop(&mut block[start + current as usize]);
            current -= 1;
        }
        start + len - 1
    }

    fn next_swappable(&self, b: BlockId, mut i: usize, line: Option<u32>) -> Option<usize> {
        let block = &self.blocks[b];
        loop {
            i += 1;
            let ins = block.get(i)?;
            if line.is_some_and(|l| ins.loc.line != l) {
                return None;
            }
            match real(ins) {
                Some(Opcode::NOP) => continue,
                Some(Opcode::STORE_FAST | Opcode::POP_TOP) => return Some(i),
                _ => return None,
            }
        }
    }

    /// CPython's `apply_static_swaps`: swap the stores instead of the stack items.
    fn apply_static_swaps(&mut self, b: BlockId, from: usize) {
        let mut i = from as isize;
        while i >= 0 {
            let iu = i as usize;
            let swap = self.blocks[b][iu];
            match real(&swap) {
                Some(Opcode::SWAP) => {}
                Some(Opcode::NOP | Opcode::STORE_FAST | Opcode::POP_TOP) => {
                    i -= 1;
                    continue;
                }
                _ => return,
            }
            let Some(j) = self.next_swappable(b, iu, None) else {
                return;
            };
            let line = self.blocks[b][j].loc.line;
            let mut k = j;
            for _ in 1..swap.arg {
                match self.next_swappable(b, k, Some(line)) {
                    Some(n) => k = n,
                    None => return,
                }
            }
            Self::nop(&mut self.blocks[b][iu]);
            self.blocks[b].swap(j, k);
            i -= 1;
        }
    }

    /// CPython's `extend_block`: inline a small exit block reached by an unconditional jump.
    fn extend_block(&mut self, b: BlockId) {
        let Some(last) = self.blocks[b].last().copied() else {
            return;
        };
        if real(&last) != Some(Opcode::JUMP) {
            return;
        }
        let t = last.target.expect("jump has a target");
        let target = &self.blocks[t];
        if is_exit_without_lineno(target) && target.len() <= MAX_COPY_SIZE {
            let copy = target.clone();
            let n = self.blocks[b].len();
            Self::nop(&mut self.blocks[b][n - 1]);
            self.blocks[b].extend(copy);
        }
    }

    /// CPython's `clean_basic_block`: remove NOPs that carry no needed line number.
    fn clean_block(&mut self, b: BlockId, next_first_line: Option<u32>) {
        let instrs = std::mem::take(&mut self.blocks[b]);
        let mut out: Vec<Instr> = Vec::with_capacity(instrs.len());
        let mut prev_line: i64 = -1;
        let n = instrs.len();
        let mut carry: Option<Position> = None;
        for src in 0..n {
            let mut ins = instrs[src];
            if let Some(p) = carry.take() {
                ins.loc = p;
            }
            let line = ins.loc.line;
            if real(&ins) == Some(Opcode::NOP) {
                if line == 0 || prev_line == line as i64 {
                    continue;
                }
                if src + 1 < n {
                    let next_line = instrs[src + 1].loc.line;
                    if next_line == 0 || next_line == line {
                        if next_line == 0 {
                            carry = Some(ins.loc);
                        }
                        continue;
                    }
                } else if next_first_line == Some(line) {
                    continue;
                }
            }
            prev_line = line as i64;
            out.push(ins);
        }
        self.blocks[b] = out;
    }

    /// Run `clean_block` over every block, then drop the blocks left empty.
    fn clean_all(&mut self) {
        let order = self.order.clone();
        for (k, &b) in order.iter().enumerate() {
            let next_first = order[k + 1..]
                .iter()
                .find_map(|&n| self.blocks[n].first().map(|i| i.loc.line));
            self.clean_block(b, next_first);
        }
        self.eliminate_empty();
    }

    /// CPython's `duplicate_exits_without_lineno`: give each jump to a shared line-less exit
    /// block its own copy, so every exit gets the line of its predecessor.
    fn duplicate_exits_without_lineno(&mut self) {
        let preds = self.reachable();
        let mut preds: HashMap<BlockId, usize> = preds;
        for b in self.order.clone() {
            let Some(last) = self.blocks[b].last().copied() else {
                continue;
            };
            if !is_jump(&last) {
                continue;
            }
            let t = last.target.expect("jump has a target");
            if is_exit_without_lineno(&self.blocks[t]) && preds.get(&t).copied().unwrap_or(0) > 1 {
                let mut copy = self.blocks[t].clone();
                copy[0].loc = last.loc;
                self.blocks.push(copy);
                let nb = self.blocks.len() - 1;
                let n = self.blocks[b].len();
                self.blocks[b][n - 1].target = Some(nb);
                *preds.get_mut(&t).expect("counted") -= 1;
                preds.insert(nb, 1);
                let at = self.order.iter().position(|&x| x == t).expect("laid out");
                self.order.insert(at + 1, nb);
            }
        }
        let pos = self.positions();
        for b in self.order.clone() {
            if self.blocks[b].is_empty() || !self.has_fallthrough(b) {
                continue;
            }
            if let Some(n) = self.next_of(&pos, b) {
                if is_exit_without_lineno(&self.blocks[n]) {
                    let loc = self.blocks[b].last().expect("non-empty").loc;
                    self.blocks[n][0].loc = loc;
                }
            }
        }
    }

    /// CPython's `guarantee_lineno_for_exits`: a line-less block ending in RETURN_VALUE takes
    /// the line of the block before it (or the code's first line).
    fn guarantee_lineno_for_exits(&mut self, first_line: u32) {
        let mut line = first_line.max(1);
        for b in self.order.clone() {
            let Some(last) = self.blocks[b].last().copied() else {
                continue;
            };
            if last.loc.line == 0 {
                if real(&last) == Some(Opcode::RETURN_VALUE) {
                    for ins in self.blocks[b].iter_mut() {
                        if ins.loc.line == 0 {
                            ins.loc = Position {
                                line,
                                end_line: line,
                                col: 0,
                                end_col: 0,
                            };
                        }
                    }
                }
            } else {
                line = last.loc.line;
            }
        }
    }

    fn propagate_line_numbers(&mut self) {
        let preds = self.reachable();
        let pos = self.positions();
        for &b in &self.order.clone() {
            if self.blocks[b].is_empty() {
                continue;
            }
            let mut prev = Position::default();
            for ins in self.blocks[b].iter_mut() {
                if ins.loc.line == 0 {
                    ins.loc = prev;
                } else {
                    prev = ins.loc;
                }
            }
            if self.has_fallthrough(b) {
                if let Some(n) = self.next_of(&pos, b) {
                    if preds.get(&n) == Some(&1) {
                        if let Some(first) = self.blocks[n].first_mut() {
                            if first.loc.line == 0 {
                                first.loc = prev;
                            }
                        }
                    }
                }
            }
            let last = *self.blocks[b].last().expect("non-empty");
            if is_jump(&last) {
                let t = last.target.expect("jump has a target");
                if preds.get(&t) == Some(&1) {
                    if let Some(first) = self.blocks[t].first_mut() {
                        if first.loc.line == 0 {
                            first.loc = prev;
                        }
                    }
                }
            }
        }
    }
}

fn code_flags(ste: &Scope, kind: UnitKind) -> u32 {
    let mut flags = 0;
    if ste.is_function() {
        flags |= CodeFlags::NEWLOCALS | CodeFlags::OPTIMIZED;
        if ste.nested {
            flags |= CodeFlags::NESTED;
        }
        if ste.generator && !ste.coroutine {
            flags |= CodeFlags::GENERATOR;
        }
        if !ste.generator && ste.coroutine {
            flags |= CodeFlags::COROUTINE;
        }
        if ste.generator && ste.coroutine {
            flags |= CodeFlags::ASYNC_GENERATOR;
        }
        if ste.varargs {
            flags |= CodeFlags::VARARGS;
        }
        if ste.varkeywords {
            flags |= CodeFlags::VARKEYWORDS;
        }
    }
    let _ = kind;
    flags
}

/// Turn a finished unit into a code object.
pub fn assemble(
    mut unit: Unit<'_>,
    ste: &Scope,
    filename: &Rc<str>,
    add_none: bool,
) -> CResult<CodeObject> {
    // Implicit `return None` at the end (`assemble(c, addNone)`).
    let cur = unit.cur;
    if unit.blocks[cur]
        .instrs
        .last()
        .is_none_or(|i| real(i) != Some(Opcode::RETURN_VALUE))
    {
        let loc = Position::default();
        if add_none {
            let key = crate::fold::const_key(&Constant::None);
            let idx = match unit
                .consts
                .iter()
                .position(|c| crate::fold::const_key(c) == key)
            {
                Some(i) => i as u32,
                None => {
                    unit.consts.push(Constant::None);
                    (unit.consts.len() - 1) as u32
                }
            };
            unit.blocks[cur].instrs.push(Instr {
                op: Op::Real(Opcode::LOAD_CONST),
                arg: idx,
                target: None,
                loc,
                fix: ArgFix::None,
                handler: None,
            });
        }
        unit.blocks[cur].instrs.push(Instr {
            op: Op::Real(Opcode::RETURN_VALUE),
            arg: 0,
            target: None,
            loc,
            fix: ArgFix::None,
            handler: None,
        });
    }

    let mut cfg = Cfg {
        blocks: unit.blocks.iter().map(|b| b.instrs.clone()).collect(),
        order: unit.order.clone(),
        handler_roots: std::collections::HashSet::new(),
    };
    for b in cfg.blocks.iter_mut() {
        if let Some(p) = b.iter().position(ends_flow) {
            b.truncate(p + 1);
        }
    }
    cfg.eliminate_empty();

    // Stack depth and exception handlers; then the pseudo-instructions become NOPs.
    let (max_stack, start_depth) = cfg.stackdepth()?;
    let mut preserve_lasti = HashMap::new();
    cfg.label_exception_targets(&mut preserve_lasti);
    for &b in &cfg.order.clone() {
        for ins in cfg.blocks[b].iter_mut() {
            if !matches!(ins.op, Op::Real(_)) {
                if is_setup(ins) {
                    cfg.handler_roots.extend(ins.target);
                }
                Cfg::nop(ins);
            }
        }
    }
    cfg.clean_all();

    // CFG optimisation (CPython's optimize_cfg).
    let mut const_index: HashMap<String, u32> = unit
        .consts
        .iter()
        .enumerate()
        .filter(|(_, c)| !matches!(c, Constant::Code(_)))
        .map(|(i, c)| (crate::fold::const_key(c), i as u32))
        .collect();
    for &b in &cfg.order.clone() {
        cfg.optimize_block(b, &mut unit.consts, &mut const_index);
    }
    for &b in &cfg.order.clone() {
        cfg.extend_block(b);
    }
    cfg.remove_unreachable();
    cfg.eliminate_empty();
    let pos = cfg.positions();
    for &b in &cfg.order.clone() {
        if let Some(last) = cfg.blocks[b].last().copied() {
            if real(&last) == Some(Opcode::JUMP) && last.target == cfg.next_of(&pos, b) {
                let n = cfg.blocks[b].len();
                Cfg::nop(&mut cfg.blocks[b][n - 1]);
            }
        }
    }
    cfg.clean_all();
    cfg.duplicate_exits_without_lineno();
    cfg.propagate_line_numbers();
    cfg.guarantee_lineno_for_exits(unit.first_line);
    cfg.clean_all();

    // Remove unused constants (index 0 is kept: it may be the docstring).
    let mut used = vec![false; unit.consts.len()];
    if !used.is_empty() {
        used[0] = true;
    }
    for &b in &cfg.order {
        for ins in &cfg.blocks[b] {
            if matches!(real(ins), Some(Opcode::LOAD_CONST | Opcode::KW_NAMES)) {
                used[ins.arg as usize] = true;
            }
        }
    }
    let mut remap = vec![0u32; unit.consts.len()];
    let mut consts = Vec::new();
    for (i, c) in unit.consts.into_iter().enumerate() {
        if used[i] {
            remap[i] = consts.len() as u32;
            consts.push(c);
        }
    }

    // Linearise.
    let mut block_start: HashMap<BlockId, u32> = HashMap::new();
    let mut n = 0u32;
    for &b in &cfg.order {
        block_start.insert(b, n);
        n += cfg.blocks[b].len() as u32;
    }
    let nvar = unit.varnames.len() as u32;
    let ncell = unit.cellvars.len() as u32;
    let mut instructions = Vec::with_capacity(n as usize);
    let mut positions = Vec::with_capacity(n as usize);
    let mut handlers: Vec<Option<BlockId>> = Vec::with_capacity(n as usize);
    for &b in &cfg.order {
        for ins in &cfg.blocks[b] {
            let op = real(ins).ok_or_else(|| internal("pseudo-instruction left"))?;
            let mut arg = ins.arg;
            if let Some(t) = ins.target {
                arg = *block_start
                    .get(&t)
                    .ok_or_else(|| internal("jump to a removed block"))?;
            }
            match ins.fix {
                ArgFix::None => {}
                ArgFix::Cell => arg += nvar,
                ArgFix::Free => arg += nvar + ncell,
            }
            if matches!(op, Opcode::LOAD_CONST | Opcode::KW_NAMES) {
                arg = remap[arg as usize];
            }
            instructions.push(Instruction::new(op, arg));
            positions.push(ins.loc);
            handlers.push(ins.handler);
        }
    }

    // Exception table.
    let mut exception_table = Vec::new();
    let mut i = 0;
    while i < handlers.len() {
        let Some(h) = handlers[i] else {
            i += 1;
            continue;
        };
        let start = i;
        while i < handlers.len() && handlers[i] == Some(h) {
            i += 1;
        }
        let lasti = preserve_lasti.get(&h).copied().unwrap_or(false);
        let sd = *start_depth
            .get(&h)
            .ok_or_else(|| internal("handler without depth"))?;
        let depth = sd - 1 - lasti as i32;
        exception_table.push(ExceptionTableEntry {
            start: start as u32,
            end: i as u32,
            target: *block_start
                .get(&h)
                .ok_or_else(|| internal("handler block removed"))?,
            depth: depth.max(0) as u32,
            push_lasti: lasti,
        });
    }

    let nparams = unit.argcount + unit.kwonlyargcount + ste.varargs as u32 + ste.varkeywords as u32;
    let cell2arg = unit
        .cellvars
        .iter()
        .map(|c| {
            unit.varnames[..(nparams as usize).min(unit.varnames.len())]
                .iter()
                .position(|v| v == c)
                .map(|p| p as u32)
        })
        .collect();
    let to_rc = |v: Vec<String>| -> Vec<Rc<str>> { v.into_iter().map(Rc::from).collect() };
    let first_line = if unit.kind == UnitKind::Module {
        1
    } else {
        unit.first_line
    };
    Ok(CodeObject {
        name: Rc::from(if unit.kind == UnitKind::Module {
            "<module>"
        } else {
            unit.name.as_str()
        }),
        qualname: Rc::from(if unit.kind == UnitKind::Module {
            "<module>"
        } else {
            unit.qualname.as_str()
        }),
        filename: filename.clone(),
        first_line,
        flags: CodeFlags(code_flags(ste, unit.kind)),
        argcount: unit.argcount,
        posonlyargcount: unit.posonlyargcount,
        kwonlyargcount: unit.kwonlyargcount,
        varnames: to_rc(unit.varnames),
        cellvars: to_rc(unit.cellvars),
        freevars: to_rc(unit.freevars),
        cell2arg,
        names: to_rc(unit.names),
        constants: consts,
        instructions,
        positions,
        exception_table,
        max_stack,
    })
}
