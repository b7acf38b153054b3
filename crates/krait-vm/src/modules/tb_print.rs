//! Printing an uncaught exception the way CPython 3.11's default `sys.excepthook` does:
//! chained exceptions with their separators, `File "...", line N, in f`, the source line,
//! the `~~~^^^~~~` caret line under the failing expression, repeated-frame collapsing,
//! `SyntaxError` layout, notes, and the "Did you mean" suggestions of Name/AttributeError.
//! Mirrors `Lib/traceback.py` (`TracebackException.format`) and `Python/pythonrun.c`.

use std::collections::HashMap;

use crate::object::PyRef;
use crate::objects::type_::is_subtype;
use crate::objects::Payload;
use crate::vm::Vm;

/// Source lines by file name, shared by every thread (a `-c` program's text is registered
/// once and shown in any thread's traceback).
type Sources = std::cell::RefCell<HashMap<String, Option<Vec<String>>>>;
static SOURCES: crate::object::GilStatic<std::cell::LazyCell<Sources>> =
    crate::object::GilStatic::new(std::cell::LazyCell::new(|| {
        std::cell::RefCell::new(HashMap::new())
    }));

/// Register source text for a filename that is not on disk (`-c`, stdin are not shown).
pub fn register_source(filename: &str, text: &str) {
    SOURCES.with(|s| {
        s.borrow_mut().insert(
            filename.to_string(),
            Some(text.lines().map(|l| l.to_string()).collect()),
        );
    });
}

/// Line `lineno` of `filename` (with its indentation), if available.
pub fn source_line(filename: &str, lineno: u32) -> Option<String> {
    if lineno == 0 {
        return None;
    }
    SOURCES.with(|s| {
        let mut s = s.borrow_mut();
        let entry = s.entry(filename.to_string()).or_insert_with(|| {
            if filename.starts_with('<') {
                return None;
            }
            std::fs::read(filename).ok().map(|b| {
                String::from_utf8_lossy(&b)
                    .lines()
                    .map(|l| l.to_string())
                    .collect()
            })
        });
        entry
            .as_ref()
            .and_then(|lines| lines.get(lineno as usize - 1).cloned())
    })
}

fn str_of(vm: &Vm, o: &PyRef) -> String {
    match crate::protocols::repr::str(vm, o) {
        Ok(s) => s.as_str().unwrap_or("").to_string(),
        Err(_) => "<exception str() failed>".to_string(),
    }
}

/// `ValueError: message` (CPython's `format_exception_only` for the last line).
pub fn exception_only(vm: &Vm, exc: &PyRef) -> String {
    let td = exc.type_data();
    let q = td.qualname.borrow().clone();
    let name = match td.module_name() {
        Some(m) if m != "builtins" && m != "__main__" => format!("{m}.{q}"),
        _ => q,
    };
    let mut out = String::new();
    if is_subtype(exc.ty(), &vm.t.syntax_error) {
        if let Some(e) = exc.as_exception() {
            let filename = e
                .attr("filename")
                .filter(|f| !vm.is_none(f))
                .map(|f| str_of(vm, &f))
                .unwrap_or_else(|| "<string>".into());
            let lineno = e
                .attr("lineno")
                .and_then(|l| crate::objects::int::to_i64(vm, &l).ok());
            if let Some(l) = lineno {
                out.push_str(&format!("  File \"{filename}\", line {l}\n"));
            }
            let text = e
                .attr("text")
                .filter(|t| !vm.is_none(t))
                .and_then(|t| t.as_str().map(|s| s.to_string()));
            if let Some(text) = text {
                let rtext = text.trim_end_matches(['\n', '\r']);
                let ltext = rtext.trim_start_matches([' ', '\t', '\x0c']);
                let spaces = rtext.chars().count() - ltext.chars().count();
                out.push_str(&format!("    {ltext}\n"));
                let offset = e
                    .attr("offset")
                    .and_then(|o| crate::objects::int::to_i64(vm, &o).ok());
                if let Some(off) = offset {
                    let end_offset = e
                        .attr("end_offset")
                        .and_then(|o| crate::objects::int::to_i64(vm, &o).ok())
                        .filter(|&x| x > 0);
                    let end_lineno = e
                        .attr("end_lineno")
                        .and_then(|o| crate::objects::int::to_i64(vm, &o).ok());
                    let caret_start = off - 1 - spaces as i64;
                    let mut caret_end = match (end_offset, end_lineno) {
                        (Some(eo), Some(el)) if Some(el) == lineno => eo - 1 - spaces as i64,
                        (Some(_), Some(_)) => ltext.chars().count() as i64,
                        _ => caret_start + 1,
                    };
                    if caret_end <= caret_start {
                        caret_end = caret_start + 1;
                    }
                    if caret_start >= 0 {
                        out.push_str(&format!(
                            "    {}{}\n",
                            " ".repeat(caret_start as usize),
                            "^".repeat((caret_end - caret_start) as usize)
                        ));
                    }
                }
            }
            let msg = e.attr("msg").map(|m| str_of(vm, &m)).unwrap_or_default();
            out.push_str(&format!("{name}: {msg}\n"));
            append_notes(vm, exc, &mut out);
            return out;
        }
    }
    let s = str_of(vm, exc);
    let mut line = if s.is_empty() {
        name
    } else {
        format!("{name}: {s}")
    };
    if let Some(sugg) = suggestion(vm, exc) {
        line.push_str(&format!(". Did you mean: '{sugg}'?"));
    }
    out.push_str(&line);
    out.push('\n');
    append_notes(vm, exc, &mut out);
    out
}

fn append_notes(vm: &Vm, exc: &PyRef, out: &mut String) {
    let Some(d) = exc.dict() else { return };
    let Some(notes) = d.as_dict().and_then(|x| x.get_str("__notes__")) else {
        return;
    };
    match crate::protocols::sequence::collect(vm, &notes) {
        Ok(items) if !matches!(notes.payload, Payload::Str(_)) => {
            for n in items {
                match n.as_str() {
                    Some(s) => {
                        out.push_str(s);
                        out.push('\n');
                    }
                    None => {
                        out.push_str(
                            &crate::protocols::repr::repr(vm, &n)
                                .map(|r| r.as_str().unwrap_or("").to_string())
                                .unwrap_or_default(),
                        );
                        out.push('\n');
                    }
                }
            }
        }
        _ => {
            out.push_str(
                &crate::protocols::repr::repr(vm, &notes)
                    .map(|r| r.as_str().unwrap_or("").to_string())
                    .unwrap_or_default(),
            );
            out.push('\n');
        }
    }
}

/// CPython's `_levenshtein_distance` with its move/case costs.
fn levenshtein(a: &str, b: &str, max_cost: usize) -> usize {
    const MOVE: usize = 2;
    const CASE: usize = 1;
    if a == b {
        return 0;
    }
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let (mut pre, mut post) = (0, 0);
    while pre < a.len() && pre < b.len() && a[pre] == b[pre] {
        pre += 1;
    }
    let (a, b) = (&a[pre..], &b[pre..]);
    while post < a.len() && post < b.len() && a[a.len() - 1 - post] == b[b.len() - 1 - post] {
        post += 1;
    }
    let (a, b) = (&a[..a.len() - post], &b[..b.len() - post]);
    if a.is_empty() || b.is_empty() {
        return MOVE * (a.len() + b.len());
    }
    if a.len().abs_diff(b.len()) * MOVE > max_cost {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE).collect();
    let mut result = 0;
    for (bi, bc) in b.iter().enumerate() {
        let mut distance = bi * MOVE;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, ac) in a.iter().enumerate() {
            let substitute = distance
                + if ac == bc {
                    0
                } else if ac.to_lowercase().eq(bc.to_lowercase()) {
                    CASE
                } else {
                    MOVE
                };
            distance = row[index];
            let insert_delete = result.min(distance) + MOVE;
            result = insert_delete.min(substitute);
            row[index] = result;
            if result < minimum {
                minimum = result;
            }
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

fn best_match(wrong: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() > 750 || wrong.len() > 40 {
        return None;
    }
    let mut best: Option<(usize, &String)> = None;
    for c in candidates {
        if c == wrong {
            continue;
        }
        let max = (c.chars().count() + wrong.chars().count() + 3) * 2 / 6;
        let d = levenshtein(wrong, c, max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c.clone())
}

fn suggestion(vm: &Vm, exc: &PyRef) -> Option<String> {
    let e = exc.as_exception()?;
    let name = e
        .attr("name")
        .and_then(|n| n.as_str().map(|s| s.to_string()))?;
    if is_subtype(exc.ty(), &vm.t.attribute_error) {
        let obj = e.attr("obj")?;
        let d = crate::modules::builtins::dir(vm, Some(&obj)).ok()?;
        let names: Vec<String> = crate::protocols::sequence::collect(vm, &d)
            .ok()?
            .iter()
            .filter_map(|n| n.as_str().map(|s| s.to_string()))
            .collect();
        return best_match(&name, &names);
    }
    if is_subtype(exc.ty(), &vm.t.name_error) {
        let mut tb = e.traceback.get()?;
        loop {
            let next = match &tb.payload {
                Payload::Traceback(t) => t.next.get(),
                _ => None,
            };
            match next {
                Some(n) => tb = n,
                None => break,
            }
        }
        let Payload::Traceback(t) = &tb.payload else {
            return None;
        };
        let f = t.frame.as_frame()?;
        let mut names: Vec<String> = f
            .code()
            .code
            .varnames
            .iter()
            .map(|s| s.to_string())
            .collect();
        for d in [&f.globals, &f.builtins] {
            if let Some(dd) = d.as_dict() {
                names.extend(
                    dd.keys()
                        .iter()
                        .filter_map(|k| k.as_str().map(|s| s.to_string())),
                );
            }
        }
        if let Some(l) = &f.locals {
            if let Some(dd) = l.as_dict() {
                names.extend(
                    dd.keys()
                        .iter()
                        .filter_map(|k| k.as_str().map(|s| s.to_string())),
                );
            }
        }
        return best_match(&name, &names);
    }
    None
}

fn byte_to_char(line: &str, byte: usize) -> usize {
    let b = byte.min(line.len());
    let mut b2 = b;
    while b2 > 0 && !line.is_char_boundary(b2) {
        b2 -= 1;
    }
    line[..b2].chars().count()
}

/// The caret anchors of a one-line segment (CPython's `_extract_caret_anchors_from_line_segment`).
fn anchors(segment: &str) -> Option<(usize, usize)> {
    use ruff_python_ast::{Expr, Stmt};
    use ruff_text_size::Ranged;
    let parsed = ruff_python_parser::parse_module(segment).ok()?;
    let body = &parsed.syntax().body;
    if body.len() != 1 {
        return None;
    }
    let Stmt::Expr(e) = &body[0] else { return None };
    let seg_chars: Vec<char> = segment.chars().collect();
    let norm = |b: usize| byte_to_char(segment, b);
    match &*e.value {
        Expr::BinOp(bin) => {
            let op_start = norm(bin.left.range().end().to_usize());
            let op_end = norm(bin.right.range().start().to_usize());
            let op_str: String = seg_chars.get(op_start..op_end)?.iter().collect();
            let offset = op_str.chars().count() - op_str.trim_start().chars().count();
            let mut left = op_start + offset;
            let mut right = left + 1;
            let opc: Vec<char> = op_str.chars().collect();
            if offset + 1 < opc.len() && !opc[offset + 1].is_whitespace() {
                right += 1;
            }
            while left < seg_chars.len()
                && (seg_chars[left].is_whitespace()
                    || seg_chars[left] == ')'
                    || seg_chars[left] == '#')
            {
                left += 1;
                right += 1;
            }
            Some((left, right))
        }
        Expr::Subscript(sub) => {
            let start = norm(sub.value.range().end().to_usize());
            let end = norm(sub.slice.range().end().to_usize()) + 1;
            Some((start, end))
        }
        _ => None,
    }
}

fn format_frame(
    vm: &Vm,
    filename: &str,
    lineno: u32,
    name: &str,
    pos: Option<krait_bytecode::Position>,
) -> String {
    let _ = vm;
    let mut out = format!("  File \"{filename}\", line {lineno}, in {name}\n");
    let Some(line) = source_line(filename, lineno) else {
        return out;
    };
    let stripped = line.trim();
    if stripped.is_empty() {
        return out;
    }
    out.push_str(&format!("    {stripped}\n"));
    let Some(p) = pos else { return out };
    if p.line == 0 || p.line != lineno || p.end_line == 0 {
        return out;
    }
    let lstripped = line.trim_start();
    let stripped_chars = line.chars().count() - lstripped.chars().count();
    let start = byte_to_char(&line, p.col as usize) + 1;
    let mut end = byte_to_char(&line, p.end_col as usize) + 1;
    let mut anch = None;
    if p.line == p.end_line {
        let seg: String = line
            .chars()
            .skip(start - 1)
            .take(end.saturating_sub(start))
            .collect();
        anch = anchors(&seg);
    } else {
        // A range over several lines is underlined to the end of its first line.
        end = stripped_chars + stripped.chars().count() + 1;
    }
    let show =
        end.saturating_sub(start) < stripped.chars().count() || anch.is_some_and(|(l, r)| r > l);
    if !show {
        return out;
    }
    out.push_str("    ");
    out.push_str(&" ".repeat(start.saturating_sub(stripped_chars + 1)));
    match anch {
        Some((l, r)) => {
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r - l));
            out.push_str(&"~".repeat((end - start).saturating_sub(r)));
        }
        None => out.push_str(&"^".repeat(end.saturating_sub(start).max(1))),
    }
    out.push('\n');
    out
}

/// The "Traceback (most recent call last):" block of one exception.
pub fn format_tb(vm: &Vm, tb: Option<PyRef>) -> String {
    let mut out = String::new();
    let mut cur = tb;
    let mut last: Option<(String, u32, String)> = None;
    let mut repeat = 0usize;
    let flush_repeat = |out: &mut String, repeat: usize| {
        if repeat > 3 {
            let n = repeat - 3;
            out.push_str(&format!(
                "  [Previous line repeated {} more time{}]\n",
                n,
                if n == 1 { "" } else { "s" }
            ));
        }
    };
    while let Some(t) = cur {
        let Payload::Traceback(tbd) = &t.payload else {
            break;
        };
        let f = tbd.frame.as_frame().expect("traceback frame");
        let code = f.code();
        let filename = code.code.filename.to_string();
        let name = code.code.name.to_string();
        let key = (filename.clone(), tbd.lineno, name.clone());
        if last.as_ref() == Some(&key) {
            repeat += 1;
        } else {
            flush_repeat(&mut out, repeat);
            repeat = 1;
            last = Some(key);
        }
        if repeat <= 3 {
            let pos = code.code.positions.get(tbd.lasti as usize).copied();
            out.push_str(&format_frame(vm, &filename, tbd.lineno, &name, pos));
        }
        cur = tbd.next.get();
    }
    flush_repeat(&mut out, repeat);
    out
}

/// The full report of `exc` with its chain.
pub fn format_exception(vm: &Vm, exc: &PyRef) -> String {
    let mut seen: Vec<usize> = Vec::new();
    let mut ctx = GroupCtx {
        depth: 0,
        need_close: false,
    };
    format_chain(vm, exc, &mut seen, &mut ctx)
}

/// Exception groups print as nested boxes: every line of a member is indented two columns per
/// level and led by a margin (`| `, or `+ ` on the header of the outermost group), members are
/// separated by numbered rules, at most 15 members and 10 levels are shown.
struct GroupCtx {
    depth: usize,
    need_close: bool,
}

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

impl GroupCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// `text` with each line led by the current indent and margin.
    fn emit(&self, text: &str, margin: char) -> String {
        if self.depth == 0 {
            return text.to_string();
        }
        let lead = format!("{}{margin} ", self.indent());
        let mut out = String::with_capacity(text.len() + 8);
        for line in text.split_inclusive('\n') {
            out.push_str(&lead);
            out.push_str(line);
        }
        out
    }
}

fn format_chain(vm: &Vm, exc: &PyRef, seen: &mut Vec<usize>, ctx: &mut GroupCtx) -> String {
    seen.push(exc.id());
    let mut out = String::new();
    let mut tb = None;
    if let Some(e) = exc.as_exception() {
        if let Some(cause) = e.cause.get() {
            if !seen.contains(&cause.id()) {
                // A chained group closes its own box, not the one this exception is in.
                let need_close = ctx.need_close;
                out.push_str(&format_chain(vm, &cause, seen, ctx));
                ctx.need_close = need_close;
                out.push_str(&ctx.emit(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                    '|',
                ));
            }
        } else if let Some(cx) = e.context.get() {
            if !e.suppress_context.get() && !seen.contains(&cx.id()) {
                let need_close = ctx.need_close;
                out.push_str(&format_chain(vm, &cx, seen, ctx));
                ctx.need_close = need_close;
                out.push_str(&ctx.emit(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                    '|',
                ));
            }
        }
        tb = e.traceback.get();
    }
    if !is_subtype(exc.ty(), &vm.t.base_exception_group) {
        if let Some(tb) = tb {
            out.push_str(&ctx.emit("Traceback (most recent call last):\n", '|'));
            out.push_str(&ctx.emit(&format_tb(vm, Some(tb)), '|'));
        }
        out.push_str(&ctx.emit(&exception_only(vm, exc), '|'));
        return out;
    }
    if ctx.depth > MAX_GROUP_DEPTH {
        out.push_str(&ctx.emit(
            &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
            '|',
        ));
        return out;
    }
    let top = ctx.depth == 0;
    if top {
        ctx.depth += 1;
    }
    if let Some(tb) = tb {
        out.push_str(&ctx.emit(
            "Exception Group Traceback (most recent call last):\n",
            if top { '+' } else { '|' },
        ));
        out.push_str(&ctx.emit(&format_tb(vm, Some(tb)), '|'));
    }
    out.push_str(&ctx.emit(&exception_only(vm, exc), '|'));
    let members: Vec<PyRef> = crate::protocols::attr::getattr_str(vm, exc, "exceptions")
        .ok()
        .and_then(|t| t.as_tuple().map(|t| t.to_vec()))
        .unwrap_or_default();
    let shown = if members.len() > MAX_GROUP_WIDTH {
        MAX_GROUP_WIDTH + 1
    } else {
        members.len()
    };
    ctx.need_close = false;
    for i in 0..shown {
        let last = i + 1 == shown;
        if last {
            // A nested group that closes the box too clears this.
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        out.push_str(&format!(
            "{}{}+---------------- {title} ----------------\n",
            ctx.indent(),
            if i == 0 { "+-" } else { "  " }
        ));
        ctx.depth += 1;
        if truncated {
            let more = members.len() - MAX_GROUP_WIDTH;
            out.push_str(&ctx.emit(
                &format!(
                    "and {more} more exception{}\n",
                    if more > 1 { "s" } else { "" }
                ),
                '|',
            ));
        } else {
            out.push_str(&format_chain(vm, &members[i], seen, ctx));
        }
        if last && ctx.need_close {
            out.push_str(&format!(
                "{}+------------------------------------\n",
                ctx.indent()
            ));
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if top {
        ctx.depth = 0;
    }
    out
}

/// Print `exc` to `sys.stderr` as the default excepthook does.
pub fn print_exception(vm: &Vm, exc: &PyRef) {
    let text = format_exception(vm, exc);
    crate::modules::stdio::write_stderr(vm, &text);
}
