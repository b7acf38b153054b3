//! `re.Pattern` and `re.Match`: compiled patterns run by the matcher (`engine.rs`), and the
//! results they give.

use std::cell::RefCell;

use krait_vm::object::GilStatic;
use krait_vm::objects::NativeData;
use krait_vm::protocols::call;
use krait_vm::{Args, MethodDef, Payload, PyRef, PyResult, Vm};

use super::subject::{with_engine, Engine, Subject, Units};

/// A compiled pattern.
pub struct PatternData {
    /// The source, a str or bytes object.
    pub pattern: PyRef,
    pub code: Vec<u32>,
    /// The code's character sets as tables.
    pub sets: super::charset::SetTables,
    pub flags: u32,
    /// Capturing groups (`Pattern.groups`).
    pub groups: usize,
    /// name -> group number, in definition order.
    pub groupindex: Vec<(String, usize)>,
    pub is_bytes: bool,
}

impl NativeData for PatternData {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// The result of a successful match.
pub struct MatchData {
    pub pattern: PyRef,
    pub string: PyRef,
    pub pos: usize,
    pub endpos: usize,
    /// (start, end) of group 0..=groups; -1 when the group did not take part.
    pub regs: Vec<(isize, isize)>,
    pub lastindex: isize,
    /// Character offsets of a non-ASCII str subject, shared by the matches of one
    /// operation so that taking groups does not rescan the text.
    pub offsets: Option<std::rc::Rc<[usize]>>,
}

impl NativeData for MatchData {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

const PATTERN_GETTERS: &[(&str, krait_vm::objects::descr::Getter)] = &[
    ("groups", p_groups),
    ("flags", p_flags),
    ("pattern", p_pattern),
    ("groupindex", p_groupindex),
];
const MATCH_GETTERS: &[(&str, krait_vm::objects::descr::Getter)] = &[
    ("regs", m_regs),
    ("lastindex", m_lastindex),
    ("lastgroup", m_lastgroup),
    ("string", m_string),
    ("re", m_re),
    ("pos", m_pos),
    ("endpos", m_endpos),
];
const SCANNER_GETTERS: &[(&str, krait_vm::objects::descr::Getter)] = &[("pattern", s_pattern)];

static TYPES: GilStatic<RefCell<Option<(PyRef, PyRef, PyRef)>>> =
    GilStatic::new(RefCell::new(None));

/// (Pattern, Match, SRE_Scanner) types.
pub fn types(vm: &Vm) -> (PyRef, PyRef, PyRef) {
    if let Some(t) = TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let mk = |name: &str,
              methods: &'static [MethodDef],
              getters: &'static [(&'static str, krait_vm::objects::descr::Getter)]| {
        let t = krait_vm::modules::builtins::new_sealed_native_type(vm, name, "re", methods);
        for (n, g) in getters {
            krait_vm::objects::descr::add_getset(vm, &t, n, *g, None);
        }
        t
    };
    let all = (
        mk("Pattern", PATTERN_METHODS, PATTERN_GETTERS),
        mk("Match", MATCH_METHODS, MATCH_GETTERS),
        mk("SRE_Scanner", SCANNER_METHODS, SCANNER_GETTERS),
    );
    TYPES.with(|t| *t.borrow_mut() = Some(all.clone()));
    all
}

pub fn new_pattern(vm: &Vm, data: PatternData) -> PyRef {
    let (pattern, ..) = types(vm);
    PyRef::new(&pattern, Payload::Native(Box::new(data)))
}

fn pat<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a PatternData> {
    o.native::<PatternData>()
        .ok_or_else(|| vm.type_error("descriptor requires a 're.Pattern' object"))
}

fn mat<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a MatchData> {
    o.native::<MatchData>()
        .ok_or_else(|| vm.type_error("descriptor requires a 're.Match' object"))
}

/// `(string, pos=0, endpos=sys.maxsize)` of match/search/fullmatch/finditer/findall.
fn string_pos(vm: &Vm, args: &Args, fname: &str) -> PyResult<(PyRef, i64, i64)> {
    let p = &args.pos()[1..];
    let mut vals: [Option<PyRef>; 3] = [None, None, None];
    const NAMES: [&str; 3] = ["string", "pos", "endpos"];
    if p.len() > 3 {
        return Err(vm.type_error(format!(
            "{fname}() takes at most 3 arguments ({} given)",
            p.len()
        )));
    }
    for (i, v) in p.iter().enumerate() {
        vals[i] = Some(v.clone());
    }
    for (k, v) in args.kwargs() {
        let Some(i) = NAMES.iter().position(|n| *n == k) else {
            return Err(vm.type_error(format!(
                "{fname}() got an unexpected keyword argument '{k}'"
            )));
        };
        if vals[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for {fname}() given by name ('{k}') and position ({})",
                i + 1
            )));
        }
        vals[i] = Some(v.clone());
    }
    let Some(string) = vals[0].take() else {
        return Err(vm.type_error(format!(
            "{fname}() missing required argument 'string' (pos 1)"
        )));
    };
    let num = |o: &Option<PyRef>, d: i64| -> PyResult<i64> {
        match o {
            Some(v) => {
                krait_vm::objects::int::to_i64(vm, &krait_vm::protocols::number::index(vm, v)?)
            }
            None => Ok(d),
        }
    };
    Ok((string, num(&vals[1], 0)?, num(&vals[2], i64::MAX)?))
}

/// Clamp pos/endpos to the subject as CPython's `state_init` does.
fn bounds(len: usize, pos: i64, endpos: i64) -> (usize, usize) {
    let len_i = len as i64;
    let start = pos.max(0).min(len_i);
    let end = endpos.max(0).min(len_i);
    (start as usize, end as usize)
}

/// The group spans the engine found, for `groups` groups.
fn regs_of(e: &dyn Engine, groups: usize) -> (Vec<(isize, isize)>, isize) {
    let (s, t) = e.span();
    let mut regs = vec![(s as isize, t as isize)];
    for g in 1..=groups {
        regs.push(
            e.group_span(g)
                .map_or((-1, -1), |(a, b)| (a as isize, b as isize)),
        );
    }
    (regs, e.lastindex())
}

fn new_match(
    vm: &Vm,
    pattern: &PyRef,
    string: &PyRef,
    pos: usize,
    endpos: usize,
    (regs, lastindex): (Vec<(isize, isize)>, isize),
    offsets: Option<std::rc::Rc<[usize]>>,
) -> PyRef {
    let (_, m, _) = types(vm);
    PyRef::new(
        &m,
        Payload::Native(Box::new(MatchData {
            pattern: pattern.clone(),
            string: string.clone(),
            pos,
            endpos,
            regs,
            lastindex,
            offsets,
        })),
    )
}

#[derive(Clone, Copy)]
enum Mode {
    Match,
    FullMatch,
    Search,
}

fn run_one(vm: &Vm, args: &Args, mode: Mode, fname: &str) -> PyResult {
    let me = &args.pos()[0];
    let p = pat(vm, me)?;
    let (string, pos, endpos) = string_pos(vm, args, fname)?;
    let subject = Subject::of(vm, &string, !p.is_bytes)?;
    let (start, end) = bounds(subject.len(), pos, endpos);
    let found = with_engine(vm, &subject.units(), p, end, |e| {
        let ok = match mode {
            Mode::Search => e.search(start, false)?,
            Mode::Match => e.match_at(start, false, false)?,
            Mode::FullMatch => e.match_at(start, true, false)?,
        };
        Ok(ok.then(|| regs_of(e, p.groups)))
    })?;
    Ok(match found {
        Some(regs) => new_match(vm, me, &string, start, end, regs, subject.offsets()),
        None => vm.none(),
    })
}

fn p_match(vm: &Vm, args: Args) -> PyResult {
    run_one(vm, &args, Mode::Match, "match")
}

fn p_fullmatch(vm: &Vm, args: Args) -> PyResult {
    run_one(vm, &args, Mode::FullMatch, "fullmatch")
}

fn p_search(vm: &Vm, args: Args) -> PyResult {
    run_one(vm, &args, Mode::Search, "search")
}

/// Every match of `p` over `subject[start..end]` in order, with CPython's rule for empty
/// matches (one may follow a non-empty match, none at the same place twice), as
/// (state snapshot) callbacks; `f` returns false to stop.
fn each_match(
    vm: &Vm,
    p: &PatternData,
    subject: &Subject<'_>,
    start: usize,
    end: usize,
    mut f: impl FnMut(&dyn Engine) -> bool,
) -> PyResult<()> {
    with_engine(vm, &subject.units(), p, end, |e| {
        let (mut pos, mut must_advance) = (start, false);
        while pos <= end && e.search(pos, must_advance)? {
            let (s, t) = e.span();
            // An empty match where one was refused can only come from code handed to
            // `_sre.compile` directly; stop rather than loop.
            if must_advance && s == t && s == pos {
                break;
            }
            if !f(e) {
                break;
            }
            pos = t;
            must_advance = t == s;
        }
        Ok(())
    })
}

fn p_findall(vm: &Vm, args: Args) -> PyResult {
    let me = &args.pos()[0];
    let p = pat(vm, me)?;
    let (string, pos, endpos) = string_pos(vm, &args, "findall")?;
    let subject = Subject::of(vm, &string, !p.is_bytes)?;
    let (start, end) = bounds(subject.len(), pos, endpos);
    let mut out = Vec::new();
    each_match(vm, p, &subject, start, end, |e| {
        let (regs, _) = regs_of(e, p.groups);
        let piece = |(a, b): (isize, isize)| {
            if a < 0 {
                subject.empty(vm)
            } else {
                subject.slice(vm, a as usize, b as usize)
            }
        };
        out.push(match p.groups {
            0 => piece(regs[0]),
            1 => piece(regs[1]),
            _ => vm.tuple(regs[1..].iter().map(|r| piece(*r)).collect()),
        });
        true
    })?;
    Ok(vm.list(out))
}

/// `finditer`: `iter(self.scanner(string, pos, endpos).search, None)`, a callable_iterator
/// as in CPython, finding each match when asked for it.
fn p_finditer(vm: &Vm, args: Args) -> PyResult {
    let scanner = p_scanner(vm, args)?;
    let search = krait_vm::protocols::attr::getattr_str(vm, &scanner, "search")?;
    let iter = vm
        .builtins_dict
        .as_dict()
        .and_then(|d| d.get_str("iter"))
        .ok_or_else(|| vm.runtime_error("builtins.iter is missing"))?;
    call::call(vm, &iter, &[search, vm.none()])
}

fn p_split(vm: &Vm, args: Args) -> PyResult {
    let me = &args.pos()[0];
    let p = pat(vm, me)?;
    let a = &args.pos()[1..];
    let string = a
        .first()
        .cloned()
        .or_else(|| args.kwarg("string").cloned())
        .ok_or_else(|| vm.type_error("split() missing required argument 'string' (pos 1)"))?;
    let maxsplit = match a.get(1).or_else(|| args.kwarg("maxsplit")) {
        Some(m) => krait_vm::objects::int::to_i64(vm, m)?,
        None => 0,
    };
    let subject = Subject::of(vm, &string, !p.is_bytes)?;
    let len = subject.len();
    let mut out = Vec::new();
    let mut last = 0usize;
    let mut n = 0i64;
    if maxsplit >= 0 {
        each_match(vm, p, &subject, 0, len, |e| {
            let (regs, _) = regs_of(e, p.groups);
            let (s, e) = (regs[0].0 as usize, regs[0].1 as usize);
            out.push(subject.slice(vm, last, s));
            for r in &regs[1..] {
                out.push(if r.0 < 0 {
                    vm.none()
                } else {
                    subject.slice(vm, r.0 as usize, r.1 as usize)
                });
            }
            last = e;
            n += 1;
            maxsplit == 0 || n < maxsplit
        })?;
    }
    out.push(subject.slice(vm, last, len));
    Ok(vm.list(out))
}

fn p_sub(vm: &Vm, args: Args) -> PyResult {
    let (s, _) = substitute(vm, &args, "sub")?;
    Ok(s)
}

fn p_subn(vm: &Vm, args: Args) -> PyResult {
    let (s, n) = substitute(vm, &args, "subn")?;
    Ok(vm.tuple(vec![s, vm.usize(n)]))
}

/// `sub`/`subn`: the new string and the number of replacements.
fn substitute(vm: &Vm, args: &Args, fname: &str) -> PyResult<(PyRef, usize)> {
    let me = &args.pos()[0];
    let p = pat(vm, me)?;
    let a = &args.pos()[1..];
    let get = |i: usize, name: &str| a.get(i).cloned().or_else(|| args.kwarg(name).cloned());
    let repl = get(0, "repl").ok_or_else(|| {
        vm.type_error(format!(
            "{fname}() missing required argument 'repl' (pos 1)"
        ))
    })?;
    let string = get(1, "string").ok_or_else(|| {
        vm.type_error(format!(
            "{fname}() missing required argument 'string' (pos 2)"
        ))
    })?;
    let count = match get(2, "count") {
        Some(c) => krait_vm::objects::int::to_i64(vm, &c)?,
        None => 0,
    };
    // A str or bytes-like template with no backslash is used as is (whatever its kind);
    // otherwise it is parsed once.
    let literal = match repl.as_str() {
        Some(s) => !s.contains('\\'),
        None => krait_vm::objects::bytes::bytes_from_object(vm, &repl)
            .is_ok_and(|b| !b.contains(&b'\\')),
    };
    let template = if literal || call::is_callable(vm, &repl) {
        None
    } else {
        Some(super::template::Template::parse(vm, p, &repl)?)
    };
    let subject = Subject::of(vm, &string, !p.is_bytes)?;
    let len = subject.len();
    // Collect the matches first (no Python code runs inside the engine), then build.
    let mut found: Vec<(Vec<(isize, isize)>, isize)> = Vec::new();
    each_match(vm, p, &subject, 0, len, |e| {
        found.push(regs_of(e, p.groups));
        count <= 0 || (found.len() as i64) < count
    })?;
    let mut pieces: Vec<PyRef> = Vec::new();
    let mut last = 0usize;
    let n = found.len();
    for (regs, lastindex) in found {
        let (s, e) = (regs[0].0 as usize, regs[0].1 as usize);
        if s > last {
            pieces.push(subject.slice(vm, last, s));
        }
        let piece = match &template {
            Some(t) => t.expand_regs(vm, &subject, &regs)?,
            None if literal => repl.clone(),
            None => {
                let m = PyRef::new(
                    &types(vm).1,
                    Payload::Native(Box::new(MatchData {
                        pattern: me.clone(),
                        string: string.clone(),
                        pos: 0,
                        endpos: len,
                        regs: regs.clone(),
                        lastindex,
                        offsets: subject.offsets(),
                    })),
                );
                call::call(vm, &repl, &[m])?
            }
        };
        if !vm.is_none(&piece) {
            pieces.push(piece);
        }
        last = e;
    }
    if last < len {
        pieces.push(subject.slice(vm, last, len));
    }
    let joined = join_pieces(vm, p.is_bytes, &pieces)?;
    Ok((joined, n))
}

/// Join replacement pieces into one str or bytes (a callable's result must be of the kind).
fn join_pieces(vm: &Vm, is_bytes: bool, pieces: &[PyRef]) -> PyResult {
    if is_bytes {
        let mut out = Vec::new();
        for (i, p) in pieces.iter().enumerate() {
            match &p.payload {
                Payload::Bytes(b) => out.extend_from_slice(b),
                _ => out.extend(krait_vm::objects::bytes::bytes_from_object(vm, p).map_err(
                    |_| {
                        vm.type_error(format!(
                            "sequence item {i}: expected a bytes-like object, {} found",
                            vm.type_name(p)
                        ))
                    },
                )?),
            }
        }
        return Ok(vm.bytes_vec(out));
    }
    let mut out = String::new();
    for (i, p) in pieces.iter().enumerate() {
        match p.as_str() {
            Some(s) => out.push_str(s),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    vm.type_name(p)
                )))
            }
        }
    }
    Ok(vm.string(out))
}

fn p_groups(vm: &Vm, me: &PyRef) -> PyResult {
    let args = Args::new(std::slice::from_ref(me));
    Ok(vm.usize(pat(vm, &args.pos()[0])?.groups))
}

fn p_flags(vm: &Vm, me: &PyRef) -> PyResult {
    let args = Args::new(std::slice::from_ref(me));
    Ok(vm.int(pat(vm, &args.pos()[0])?.flags as i64))
}

fn p_pattern(vm: &Vm, me: &PyRef) -> PyResult {
    let args = Args::new(std::slice::from_ref(me));
    Ok(pat(vm, &args.pos()[0])?.pattern.clone())
}

fn p_groupindex(vm: &Vm, me: &PyRef) -> PyResult {
    let args = Args::new(std::slice::from_ref(me));
    let p = pat(vm, &args.pos()[0])?;
    let d = vm.dict();
    for (name, i) in &p.groupindex {
        d.as_dict()
            .expect("dict")
            .set_item_str(vm, vm.str(name), vm.usize(*i))?;
    }
    Ok(PyRef::new(&vm.t.mappingproxy, Payload::MappingProxy(d)))
}

/// Flag names in `repr(Pattern)`, in CPython's order.
const FLAG_NAMES: &[(u32, &str)] = &[
    (1, "re.TEMPLATE"),
    (2, "re.IGNORECASE"),
    (4, "re.LOCALE"),
    (8, "re.MULTILINE"),
    (16, "re.DOTALL"),
    (32, "re.UNICODE"),
    (64, "re.VERBOSE"),
    (128, "re.DEBUG"),
    (256, "re.ASCII"),
];

fn p_repr(vm: &Vm, args: Args) -> PyResult {
    let p = pat(vm, &args.pos()[0])?;
    let r = krait_vm::protocols::repr::repr(vm, &p.pattern)?;
    let mut text: String = r.as_str().unwrap_or("").chars().take(200).collect();
    text.insert_str(0, "re.compile(");
    let mut flags = p.flags;
    if !p.is_bytes {
        // UNICODE is implied for str patterns and not shown.
        flags &= !32;
    }
    if flags != 0 {
        let mut names: Vec<String> = Vec::new();
        for (bit, name) in FLAG_NAMES {
            if flags & bit != 0 {
                names.push(name.to_string());
                flags &= !bit;
            }
        }
        if flags != 0 {
            names.push(format!("0x{flags:x}"));
        }
        text.push_str(", ");
        text.push_str(&names.join("|"));
    }
    text.push(')');
    Ok(vm.string(text))
}

fn p_eq(vm: &Vm, args: Args) -> PyResult {
    let (a, b) = (&args.pos()[0], &args.pos()[1]);
    let (Some(x), Some(y)) = (a.native::<PatternData>(), b.native::<PatternData>()) else {
        return Ok(vm.not_implemented());
    };
    if a.is(b) {
        return Ok(vm.true_.clone());
    }
    let same = x.flags == y.flags
        && x.is_bytes == y.is_bytes
        && x.code == y.code
        && krait_vm::protocols::compare::eq(vm, &x.pattern, &y.pattern)?;
    Ok(vm.bool(same))
}

fn p_hash(vm: &Vm, args: Args) -> PyResult {
    let p = pat(vm, &args.pos()[0])?;
    let h = krait_vm::protocols::compare::hash(vm, &p.pattern)?;
    let mut x = h ^ (p.flags as i64).wrapping_mul(1_000_003);
    for c in &p.code {
        x = x.wrapping_mul(1_000_003) ^ (*c as i64);
    }
    if x == -1 {
        x = -2;
    }
    Ok(vm.int(x))
}

fn p_copy(_vm: &Vm, args: Args) -> PyResult {
    Ok(args.pos()[0].clone())
}

fn p_scanner(vm: &Vm, args: Args) -> PyResult {
    let me = &args.pos()[0];
    let p = pat(vm, me)?;
    let (string, pos, endpos) = string_pos(vm, &args, "scanner")?;
    let subject = Subject::of(vm, &string, !p.is_bytes)?;
    let (start, end) = bounds(subject.len(), pos, endpos);
    let (_, _, scanner) = types(vm);
    Ok(PyRef::new(
        &scanner,
        Payload::Native(Box::new(ScannerData {
            pattern: me.clone(),
            string,
            next_start: std::cell::Cell::new(Some(start)),
            must_advance: std::cell::Cell::new(false),
            end,
            units: std::cell::OnceCell::new(),
            offsets: std::cell::OnceCell::new(),
        })),
    ))
}

fn class_getitem(vm: &Vm, args: Args) -> PyResult {
    krait_vm::objects::generic_alias::class_getitem(vm, args)
}

const PATTERN_METHODS: &[MethodDef] = &[
    MethodDef::method("match", p_match),
    MethodDef::method("fullmatch", p_fullmatch),
    MethodDef::method("search", p_search),
    MethodDef::method("findall", p_findall),
    MethodDef::method("finditer", p_finditer),
    MethodDef::method("split", p_split),
    MethodDef::method("sub", p_sub),
    MethodDef::method("subn", p_subn),
    MethodDef::method("scanner", p_scanner),
    MethodDef::method("__repr__", p_repr),
    MethodDef::method("__eq__", p_eq),
    MethodDef::method("__hash__", p_hash),
    MethodDef::method("__copy__", p_copy),
    MethodDef::method("__deepcopy__", p_copy),
    MethodDef::class("__class_getitem__", class_getitem),
];

// ---------------------------------------------------------------------------------------------
// Match

/// Group number of `g` (an int, or a name of the pattern).
fn group_index(vm: &Vm, m: &MatchData, g: &PyRef) -> PyResult<usize> {
    let p = pat(vm, &m.pattern)?;
    if let Some(krait_vm::objects::int::IntVal::Small(i)) = krait_vm::objects::int::int_val(g) {
        if i >= 0 && (i as usize) <= p.groups {
            return Ok(i as usize);
        }
    } else if let Some(name) = g.as_str() {
        if let Some((_, i)) = p.groupindex.iter().find(|(n, _)| n == name) {
            return Ok(*i);
        }
    }
    Err(vm.index_error("no such group"))
}

fn group_value(vm: &Vm, m: &MatchData, i: usize, default: &PyRef) -> PyResult {
    let (a, b) = m.regs[i];
    if a < 0 {
        return Ok(default.clone());
    }
    let subject = Subject::of(vm, &m.string, !pat(vm, &m.pattern)?.is_bytes)?;
    if let Some(o) = &m.offsets {
        subject.share_offsets(o.clone());
    }
    Ok(subject.slice(vm, a as usize, b as usize))
}

fn m_group(vm: &Vm, args: Args) -> PyResult {
    let me = &args.pos()[0];
    let m = mat(vm, me)?;
    let gs = &args.pos()[1..];
    let none = vm.none();
    match gs.len() {
        0 => group_value(vm, m, 0, &none),
        1 => group_value(vm, m, group_index(vm, m, &gs[0])?, &none),
        _ => {
            let mut out = Vec::new();
            for g in gs {
                out.push(group_value(vm, m, group_index(vm, m, g)?, &none)?);
            }
            Ok(vm.tuple(out))
        }
    }
}

fn m_getitem(vm: &Vm, args: Args) -> PyResult {
    let me = &args.pos()[0];
    let m = mat(vm, me)?;
    group_value(vm, m, group_index(vm, m, &args.pos()[1])?, &vm.none())
}

fn default_arg(vm: &Vm, args: &Args) -> PyRef {
    args.pos()
        .get(1)
        .or_else(|| args.kwarg("default"))
        .cloned()
        .unwrap_or_else(|| vm.none())
}

fn m_groups(vm: &Vm, args: Args) -> PyResult {
    let me = &args.pos()[0];
    let m = mat(vm, me)?;
    let d = default_arg(vm, &args);
    let mut out = Vec::new();
    for i in 1..m.regs.len() {
        out.push(group_value(vm, m, i, &d)?);
    }
    Ok(vm.tuple(out))
}

fn m_groupdict(vm: &Vm, args: Args) -> PyResult {
    let me = &args.pos()[0];
    let m = mat(vm, me)?;
    let d = default_arg(vm, &args);
    let out = vm.dict();
    for (name, i) in &pat(vm, &m.pattern)?.groupindex {
        let v = group_value(vm, m, *i, &d)?;
        out.as_dict()
            .expect("dict")
            .set_item_str(vm, vm.str(name), v)?;
    }
    Ok(out)
}

fn span_of(vm: &Vm, args: &Args) -> PyResult<(isize, isize)> {
    let me = &args.pos()[0];
    let m = mat(vm, me)?;
    let i = match args.pos().get(1) {
        Some(g) => group_index(vm, m, g)?,
        None => 0,
    };
    Ok(m.regs[i])
}

fn m_start(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.int(span_of(vm, &args)?.0 as i64))
}

fn m_end(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.int(span_of(vm, &args)?.1 as i64))
}

fn m_span(vm: &Vm, args: Args) -> PyResult {
    let (a, b) = span_of(vm, &args)?;
    Ok(vm.tuple(vec![vm.int(a as i64), vm.int(b as i64)]))
}

fn m_expand(vm: &Vm, args: Args) -> PyResult {
    let me = &args.pos()[0];
    let m = mat(vm, me)?;
    let p = pat(vm, &m.pattern)?;
    let template = args
        .pos()
        .get(1)
        .ok_or_else(|| vm.type_error("expand() missing required argument 'template' (pos 1)"))?;
    let t = super::template::Template::parse(vm, p, template)?;
    let subject = Subject::of(vm, &m.string, !p.is_bytes)?;
    if let Some(o) = &m.offsets {
        subject.share_offsets(o.clone());
    }
    t.expand_regs(vm, &subject, &m.regs)
}

fn m_regs(vm: &Vm, me: &PyRef) -> PyResult {
    let args = Args::new(std::slice::from_ref(me));
    let m = mat(vm, &args.pos()[0])?;
    Ok(vm.tuple(
        m.regs
            .iter()
            .map(|(a, b)| vm.tuple(vec![vm.int(*a as i64), vm.int(*b as i64)]))
            .collect(),
    ))
}

fn m_lastindex(vm: &Vm, me: &PyRef) -> PyResult {
    let args = Args::new(std::slice::from_ref(me));
    let m = mat(vm, &args.pos()[0])?;
    Ok(if m.lastindex >= 0 {
        vm.int(m.lastindex as i64)
    } else {
        vm.none()
    })
}

fn m_lastgroup(vm: &Vm, me: &PyRef) -> PyResult {
    let args = Args::new(std::slice::from_ref(me));
    let m = mat(vm, &args.pos()[0])?;
    let p = pat(vm, &m.pattern)?;
    Ok(p.groupindex
        .iter()
        .find(|(_, i)| *i as isize == m.lastindex)
        .map(|(n, _)| vm.str(n))
        .unwrap_or_else(|| vm.none()))
}

fn m_string(vm: &Vm, me: &PyRef) -> PyResult {
    let args = Args::new(std::slice::from_ref(me));
    Ok(mat(vm, &args.pos()[0])?.string.clone())
}

fn m_re(vm: &Vm, me: &PyRef) -> PyResult {
    let args = Args::new(std::slice::from_ref(me));
    Ok(mat(vm, &args.pos()[0])?.pattern.clone())
}

fn m_pos(vm: &Vm, me: &PyRef) -> PyResult {
    let args = Args::new(std::slice::from_ref(me));
    Ok(vm.usize(mat(vm, &args.pos()[0])?.pos))
}

fn m_endpos(vm: &Vm, me: &PyRef) -> PyResult {
    let args = Args::new(std::slice::from_ref(me));
    Ok(vm.usize(mat(vm, &args.pos()[0])?.endpos))
}

fn m_repr(vm: &Vm, args: Args) -> PyResult {
    let me = &args.pos()[0];
    let m = mat(vm, me)?;
    let g0 = group_value(vm, m, 0, &vm.none())?;
    let r = krait_vm::protocols::repr::repr(vm, &g0)?;
    Ok(vm.string(format!(
        "<re.Match object; span=({}, {}), match={}>",
        m.regs[0].0,
        m.regs[0].1,
        r.as_str().unwrap_or("")
    )))
}

const MATCH_METHODS: &[MethodDef] = &[
    MethodDef::method("group", m_group),
    MethodDef::method("__getitem__", m_getitem),
    MethodDef::method("groups", m_groups),
    MethodDef::method("groupdict", m_groupdict),
    MethodDef::method("start", m_start),
    MethodDef::method("end", m_end),
    MethodDef::method("span", m_span),
    MethodDef::method("expand", m_expand),
    MethodDef::method("__repr__", m_repr),
    MethodDef::method("__copy__", p_copy),
    MethodDef::method("__deepcopy__", p_copy),
    MethodDef::class("__class_getitem__", class_getitem),
];

// ---------------------------------------------------------------------------------------------
// SRE_Scanner (`Pattern.scanner`): match/search one step at a time.

pub struct ScannerData {
    pattern: PyRef,
    string: PyRef,
    next_start: std::cell::Cell<Option<usize>>,
    must_advance: std::cell::Cell<bool>,
    end: usize,
    /// The subject's characters when they had to be decoded or copied.
    units: std::cell::OnceCell<Units<'static>>,
    offsets: std::cell::OnceCell<Option<std::rc::Rc<[usize]>>>,
}

impl NativeData for ScannerData {
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

fn scanner_step(vm: &Vm, args: &Args, search: bool) -> PyResult {
    let me = &args.pos()[0];
    let s = me
        .native::<ScannerData>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'SRE_Scanner' object"))?;
    let Some(start) = s.next_start.get() else {
        return Ok(vm.none());
    };
    let p = pat(vm, &s.pattern)?;
    let subject = Subject::of(vm, &s.string, !p.is_bytes)?;
    // Decoded or copied characters are kept for all the steps.
    let owned;
    let units: &Units = match s.units.get() {
        Some(u) => u,
        None => match subject.units() {
            Units::Narrow(std::borrow::Cow::Borrowed(b)) => {
                owned = Units::Narrow(std::borrow::Cow::Borrowed(b));
                &owned
            }
            Units::Narrow(b) => s
                .units
                .get_or_init(|| Units::Narrow(std::borrow::Cow::Owned(b.into_owned()))),
            Units::Wide(w) => s.units.get_or_init(|| Units::Wide(w)),
        },
    };
    let offsets = s.offsets.get_or_init(|| subject.offsets()).clone();
    let must_advance = s.must_advance.get();
    let found = with_engine(vm, units, p, s.end, |e| {
        let ok = if search {
            e.search(start, must_advance)?
        } else {
            e.match_at(start, false, must_advance)?
        };
        Ok(ok.then(|| regs_of(e, p.groups)))
    })?;
    let Some(regs) = found else {
        s.next_start.set(None);
        return Ok(vm.none());
    };
    let (a, b) = (regs.0[0].0 as usize, regs.0[0].1 as usize);
    // An empty match where one was refused can only come from code handed to
    // `_sre.compile` directly; end the scan rather than repeat it.
    if must_advance && a == b && a == start {
        s.next_start.set(None);
        return Ok(vm.none());
    }
    s.next_start.set(Some(b));
    s.must_advance.set(a == b);
    Ok(new_match(
        vm, &s.pattern, &s.string, start, s.end, regs, offsets,
    ))
}

fn s_match(vm: &Vm, args: Args) -> PyResult {
    scanner_step(vm, &args, false)
}

fn s_search(vm: &Vm, args: Args) -> PyResult {
    scanner_step(vm, &args, true)
}

fn s_pattern(vm: &Vm, me: &PyRef) -> PyResult {
    let args = Args::new(std::slice::from_ref(me));
    let s = args.pos()[0]
        .native::<ScannerData>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'SRE_Scanner' object"))?;
    Ok(s.pattern.clone())
}

const SCANNER_METHODS: &[MethodDef] = &[
    MethodDef::method("match", s_match),
    MethodDef::method("search", s_search),
];
