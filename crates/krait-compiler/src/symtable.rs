//! The symbol table: which scope every name lives in. Mirrors CPython 3.11's
//! `Python/symtable.c`: a first pass records how each block uses each name (flags), then
//! `analyze_block` resolves every name to local, global (explicit or implicit), free or cell,
//! propagating free variables up and bindings down exactly as CPython does.

use std::collections::{HashMap, HashSet};

use ruff_python_ast::{self as ast, Expr, ExprContext, Parameters, Pattern, Stmt};
use ruff_text_size::{Ranged, TextRange};

pub const DEF_GLOBAL: u32 = 1;
pub const DEF_LOCAL: u32 = 2;
pub const DEF_PARAM: u32 = 4;
pub const DEF_NONLOCAL: u32 = 8;
pub const USE: u32 = 16;
pub const DEF_FREE_CLASS: u32 = 64;
pub const DEF_IMPORT: u32 = 128;
pub const DEF_ANNOT: u32 = 256;
pub const DEF_COMP_ITER: u32 = 512;
pub const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

pub type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    Module,
    Class,
    Function,
}

/// Which comprehension a function block is (CPython's `_Py_comprehension_ty`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    NotComprehension,
    List,
    Set,
    Dict,
    Generator,
}

/// A resolved name scope (CPython's `LOCAL` .. `CELL`); `Unknown` for names never seen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameScope {
    Unknown,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Copy, Debug)]
pub struct Symbol {
    pub flags: u32,
    pub scope: NameScope,
}

/// One block: CPython's `PySTEntryObject`.
#[derive(Debug)]
pub struct Scope {
    pub kind: BlockKind,
    names: Vec<String>,
    symbols: HashMap<String, Symbol>,
    /// Parameters in definition order (`ste_varnames`).
    pub varnames: Vec<String>,
    pub children: Vec<ScopeId>,
    pub nested: bool,
    pub generator: bool,
    pub coroutine: bool,
    pub comprehension: CompKind,
    pub varargs: bool,
    pub varkeywords: bool,
    pub child_free: bool,
    pub has_free: bool,
    pub needs_class_closure: bool,
    comp_iter_target: bool,
    comp_iter_expr: u32,
    directives: HashMap<String, TextRange>,
}

impl Scope {
    fn new(kind: BlockKind, nested: bool) -> Scope {
        Scope {
            kind,
            names: Vec::new(),
            symbols: HashMap::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            nested,
            generator: false,
            coroutine: false,
            comprehension: CompKind::NotComprehension,
            varargs: false,
            varkeywords: false,
            child_free: false,
            has_free: false,
            needs_class_closure: false,
            comp_iter_target: false,
            comp_iter_expr: 0,
            directives: HashMap::new(),
        }
    }

    pub fn flags(&self, name: &str) -> u32 {
        self.symbols.get(name).map_or(0, |s| s.flags)
    }

    pub fn scope_of(&self, name: &str) -> NameScope {
        self.symbols
            .get(name)
            .map_or(NameScope::Unknown, |s| s.scope)
    }

    /// Names with the given scope (or flag), sorted as CPython's `dictbytype` does.
    pub fn sorted_names(&self, scope: NameScope, flag: u32) -> Vec<String> {
        let mut v: Vec<String> = self
            .names
            .iter()
            .filter(|n| {
                let s = &self.symbols[*n];
                s.scope == scope || (flag != 0 && s.flags & flag != 0)
            })
            .cloned()
            .collect();
        v.sort();
        v
    }

    pub fn is_function(&self) -> bool {
        self.kind == BlockKind::Function
    }
}

/// The symbol table of one module.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    /// The scope made for the AST node at `node` (a def, class, lambda or comprehension).
    pub fn scope_for<T>(&self, node: &T) -> ScopeId {
        self.by_node[&(node as *const T as usize)]
    }
}

/// A symbol-table SyntaxError: message and the node it points at.
#[derive(Debug)]
pub struct SymtableError {
    pub msg: String,
    pub range: TextRange,
}

type Res<T> = Result<T, SymtableError>;

fn err<T>(msg: String, range: TextRange) -> Res<T> {
    Err(SymtableError { msg, range })
}

/// CPython's `_Py_Mangle`: `__x` inside class `C` becomes `_C__x`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    if let Some(class) = private {
        if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') {
            let stripped = class.trim_start_matches('_');
            if !stripped.is_empty() {
                return format!("_{stripped}{name}");
            }
        }
    }
    name.to_string()
}

struct Builder {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    stack: Vec<ScopeId>,
    private: Option<String>,
    future_annotations: bool,
}

/// Build and analyse the symbol table of a module (or an `eval` expression).
pub fn build(body: &[Stmt], expr: Option<&Expr>, future_annotations: bool) -> Res<SymbolTable> {
    let mut b = Builder {
        scopes: vec![Scope::new(BlockKind::Module, false)],
        by_node: HashMap::new(),
        stack: vec![0],
        private: None,
        future_annotations,
    };
    for s in body {
        b.visit_stmt(s)?;
    }
    if let Some(e) = expr {
        b.visit_expr(e)?;
    }
    let mut analyzer = Analyzer {
        scopes: &mut b.scopes,
    };
    let mut free = HashSet::new();
    let mut global = HashSet::new();
    analyzer.analyze_block(0, None, &mut free, &mut global)?;
    Ok(SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
    })
}

impl Builder {
    fn cur(&mut self) -> &mut Scope {
        let id = *self.stack.last().expect("scope stack never empty");
        &mut self.scopes[id]
    }

    fn lookup(&self, name: &str) -> u32 {
        let mangled = mangle(self.private.as_deref(), name);
        self.scopes[self.cur_id()].flags(&mangled)
    }

    fn cur_id(&self) -> ScopeId {
        *self.stack.last().expect("scope stack never empty")
    }

    fn enter<T>(&mut self, node: &T, kind: BlockKind) {
        let parent = self.cur_id();
        let nested = self.scopes[parent].nested || self.scopes[parent].kind == BlockKind::Function;
        let id = self.scopes.len();
        self.scopes.push(Scope::new(kind, nested));
        self.scopes[parent].children.push(id);
        self.by_node.insert(node as *const T as usize, id);
        self.stack.push(id);
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    fn add_def(&mut self, name: &str, flag: u32, range: TextRange) -> Res<()> {
        let id = self.cur_id();
        self.add_def_in(id, name, flag, range)
    }

    fn add_def_in(&mut self, id: ScopeId, name: &str, mut flag: u32, range: TextRange) -> Res<()> {
        let mangled = mangle(self.private.as_deref(), name);
        let scope = &mut self.scopes[id];
        let mut val = scope.flags(&mangled);
        if flag & DEF_PARAM != 0 && val & DEF_PARAM != 0 {
            return err(
                format!("duplicate argument '{name}' in function definition"),
                range,
            );
        }
        if scope.comp_iter_target && flag & DEF_LOCAL != 0 {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                return err(
                    format!("comprehension inner loop cannot rebind assignment expression target '{name}'"),
                    range,
                );
            }
            flag |= DEF_COMP_ITER;
        }
        val |= flag;
        if !scope.symbols.contains_key(&mangled) {
            scope.names.push(mangled.clone());
        }
        scope.symbols.insert(
            mangled.clone(),
            Symbol {
                flags: val,
                scope: NameScope::Unknown,
            },
        );
        if flag & DEF_PARAM != 0 {
            scope.varnames.push(mangled);
        } else if flag & DEF_GLOBAL != 0 && id != 0 {
            let top = &mut self.scopes[0];
            let v = top.flags(&mangled) | flag;
            if !top.symbols.contains_key(&mangled) {
                top.names.push(mangled.clone());
            }
            top.symbols.insert(
                mangled,
                Symbol {
                    flags: v,
                    scope: NameScope::Unknown,
                },
            );
        }
        Ok(())
    }

    fn record_directive(&mut self, name: &str, range: TextRange) {
        let mangled = mangle(self.private.as_deref(), name);
        self.cur().directives.entry(mangled).or_insert(range);
    }

    fn visit_body(&mut self, body: &[Stmt]) -> Res<()> {
        for s in body {
            self.visit_stmt(s)?;
        }
        Ok(())
    }

    fn visit_stmt(&mut self, s: &Stmt) -> Res<()> {
        match s {
            Stmt::FunctionDef(f) => {
                self.add_def(&f.name, DEF_LOCAL, f.name.range)?;
                self.visit_defaults(&f.parameters)?;
                self.visit_annotations(&f.parameters, f.returns.as_deref())?;
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.enter(f, BlockKind::Function);
                if f.is_async {
                    self.cur().coroutine = true;
                }
                self.visit_params(&f.parameters)?;
                self.visit_body(&f.body)?;
                self.exit();
            }
            Stmt::ClassDef(c) => {
                self.add_def(&c.name, DEF_LOCAL, c.name.range)?;
                if let Some(args) = &c.arguments {
                    for a in args.args.iter() {
                        self.visit_expr(a)?;
                    }
                    for k in args.keywords.iter() {
                        self.visit_expr(&k.value)?;
                    }
                }
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression)?;
                }
                self.enter(c, BlockKind::Class);
                let saved = self.private.replace(c.name.to_string());
                self.visit_body(&c.body)?;
                self.private = saved;
                self.exit();
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.visit_expr(t)?;
                }
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.visit_expr(t)?;
                }
                self.visit_expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let cur = self.lookup(&n.id);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && self.cur_id() != 0 && a.simple {
                        let kind = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return err(
                            format!("annotated name '{}' can't be {kind}", n.id),
                            s.range(),
                        );
                    }
                    if a.simple {
                        self.add_def(&n.id, DEF_ANNOT | DEF_LOCAL, n.range)?;
                    } else if a.value.is_some() {
                        self.add_def(&n.id, DEF_LOCAL, n.range)?;
                    }
                } else {
                    self.visit_expr(&a.target)?;
                }
                if !self.future_annotations {
                    self.visit_expr(&a.annotation)?;
                }
                if let Some(v) = &a.value {
                    self.visit_expr(v)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.visit_expr(&a.target)?;
                self.visit_expr(&a.value)?;
            }
            Stmt::For(f) => {
                self.visit_expr(&f.target)?;
                self.visit_expr(&f.iter)?;
                self.visit_body(&f.body)?;
                self.visit_body(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.visit_expr(&w.test)?;
                self.visit_body(&w.body)?;
                self.visit_body(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_body(&i.body)?;
                for c in &i.elif_else_clauses {
                    if let Some(t) = &c.test {
                        self.visit_expr(t)?;
                    }
                    self.visit_body(&c.body)?;
                }
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.visit_expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v)?;
                    }
                }
                self.visit_body(&w.body)?;
            }
            Stmt::Match(m) => {
                self.visit_expr(&m.subject)?;
                for case in &m.cases {
                    self.visit_pattern(&case.pattern)?;
                    if let Some(g) = &case.guard {
                        self.visit_expr(g)?;
                    }
                    self.visit_body(&case.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.visit_expr(e)?;
                }
                if let Some(c) = &r.cause {
                    self.visit_expr(c)?;
                }
            }
            Stmt::Try(t) => {
                self.visit_body(&t.body)?;
                self.visit_body(&t.orelse)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.visit_expr(ty)?;
                    }
                    if let Some(name) = &h.name {
                        self.add_def(name, DEF_LOCAL, name.range)?;
                    }
                    self.visit_body(&h.body)?;
                }
                self.visit_body(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.visit_expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.visit_expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for alias in &i.names {
                    self.visit_alias(alias)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for alias in &i.names {
                    self.visit_alias(alias)?;
                }
            }
            Stmt::Global(g) => {
                for name in &g.names {
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and global")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to global declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("name '{name}' is assigned to before global declaration")
                        };
                        return err(msg, s.range());
                    }
                    self.add_def(name, DEF_GLOBAL, s.range())?;
                    self.record_directive(name, s.range());
                }
            }
            Stmt::Nonlocal(n) => {
                for name in &n.names {
                    let cur = self.lookup(name);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        };
                        return err(msg, s.range());
                    }
                    self.add_def(name, DEF_NONLOCAL, s.range())?;
                    self.record_directive(name, s.range());
                }
            }
            Stmt::Expr(e) => self.visit_expr(&e.value)?,
            Stmt::TypeAlias(_)
            | Stmt::Pass(_)
            | Stmt::Break(_)
            | Stmt::Continue(_)
            | Stmt::IpyEscapeCommand(_) => {}
        }
        Ok(())
    }

    fn visit_alias(&mut self, alias: &ast::Alias) -> Res<()> {
        let name: &str = match &alias.asname {
            Some(a) => a,
            None => alias.name.split('.').next().unwrap_or(""),
        };
        if name == "*" {
            if self.cur_id() != 0 {
                return err(
                    "import * only allowed at module level".to_string(),
                    alias.range,
                );
            }
            return Ok(());
        }
        self.add_def(name, DEF_IMPORT, alias.range)
    }

    fn visit_defaults(&mut self, p: &Parameters) -> Res<()> {
        for a in p.posonlyargs.iter().chain(p.args.iter()) {
            if let Some(d) = &a.default {
                self.visit_expr(d)?;
            }
        }
        for a in p.kwonlyargs.iter() {
            if let Some(d) = &a.default {
                self.visit_expr(d)?;
            }
        }
        Ok(())
    }

    fn visit_annotations(&mut self, p: &Parameters, returns: Option<&Expr>) -> Res<()> {
        if self.future_annotations {
            return Ok(());
        }
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            if let Some(ann) = &a.parameter.annotation {
                self.visit_expr(ann)?;
            }
        }
        for a in [&p.vararg, &p.kwarg].into_iter().flatten() {
            if let Some(ann) = &a.annotation {
                self.visit_expr(ann)?;
            }
        }
        if let Some(r) = returns {
            self.visit_expr(r)?;
        }
        Ok(())
    }

    fn visit_params(&mut self, p: &Parameters) -> Res<()> {
        for a in p
            .posonlyargs
            .iter()
            .chain(p.args.iter())
            .chain(p.kwonlyargs.iter())
        {
            self.add_def(&a.parameter.name, DEF_PARAM, a.parameter.range)?;
        }
        if let Some(v) = &p.vararg {
            self.add_def(&v.name, DEF_PARAM, v.range)?;
            self.cur().varargs = true;
        }
        if let Some(k) = &p.kwarg {
            self.add_def(&k.name, DEF_PARAM, k.range)?;
            self.cur().varkeywords = true;
        }
        Ok(())
    }

    fn visit_pattern(&mut self, p: &Pattern) -> Res<()> {
        match p {
            Pattern::MatchValue(v) => self.visit_expr(&v.value)?,
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => {
                for p in &s.patterns {
                    self.visit_pattern(p)?;
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add_def(n, DEF_LOCAL, n.range)?;
                }
            }
            Pattern::MatchMapping(m) => {
                for k in m.keys.iter() {
                    self.visit_expr(k)?;
                }
                for p in m.patterns.iter() {
                    self.visit_pattern(p)?;
                }
                if let Some(r) = &m.rest {
                    self.add_def(r, DEF_LOCAL, r.range)?;
                }
            }
            Pattern::MatchClass(c) => {
                self.visit_expr(&c.cls)?;
                for p in c.arguments.patterns.iter() {
                    self.visit_pattern(p)?;
                }
                for k in c.arguments.keywords.iter() {
                    self.visit_pattern(&k.pattern)?;
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(p) = &a.pattern {
                    self.visit_pattern(p)?;
                }
                if let Some(n) = &a.name {
                    self.add_def(n, DEF_LOCAL, n.range)?;
                }
            }
            Pattern::MatchOr(o) => {
                for p in &o.patterns {
                    self.visit_pattern(p)?;
                }
            }
        }
        Ok(())
    }

    fn visit_exprs(&mut self, es: &[Expr]) -> Res<()> {
        for e in es {
            self.visit_expr(e)?;
        }
        Ok(())
    }

    fn visit_expr(&mut self, e: &Expr) -> Res<()> {
        match e {
            Expr::Named(n) => {
                if self.cur().comp_iter_expr > 0 {
                    return err(
                        "assignment expression cannot be used in a comprehension iterable expression"
                            .to_string(),
                        e.range(),
                    );
                }
                if self.cur().comprehension != CompKind::NotComprehension {
                    self.extend_namedexpr_scope(&n.target)?;
                }
                self.visit_expr(&n.value)?;
                self.visit_expr(&n.target)?;
            }
            Expr::BoolOp(b) => self.visit_exprs(&b.values)?,
            Expr::BinOp(b) => {
                self.visit_expr(&b.left)?;
                self.visit_expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.visit_expr(&u.operand)?,
            Expr::Lambda(l) => {
                if let Some(p) = &l.parameters {
                    self.visit_defaults(p)?;
                }
                self.enter(l, BlockKind::Function);
                if let Some(p) = &l.parameters {
                    self.visit_params(p)?;
                }
                self.visit_expr(&l.body)?;
                self.exit();
            }
            Expr::If(i) => {
                self.visit_expr(&i.test)?;
                self.visit_expr(&i.body)?;
                self.visit_expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for item in &d.items {
                    if let Some(k) = &item.key {
                        self.visit_expr(k)?;
                    }
                    self.visit_expr(&item.value)?;
                }
            }
            Expr::Set(s) => self.visit_exprs(&s.elts)?,
            Expr::ListComp(c) => {
                self.handle_comprehension(e, CompKind::List, &c.generators, &c.elt, None)?
            }
            Expr::SetComp(c) => {
                self.handle_comprehension(e, CompKind::Set, &c.generators, &c.elt, None)?
            }
            Expr::DictComp(c) => self.handle_comprehension(
                e,
                CompKind::Dict,
                &c.generators,
                c.key.as_deref().unwrap_or(&c.value),
                c.key.as_ref().map(|_| &*c.value),
            )?,
            Expr::Generator(c) => {
                self.handle_comprehension(e, CompKind::Generator, &c.generators, &c.elt, None)?
            }
            Expr::Yield(y) => {
                self.check_yield_in_comprehension(e)?;
                if let Some(v) = &y.value {
                    self.visit_expr(v)?;
                }
                self.cur().generator = true;
            }
            Expr::YieldFrom(y) => {
                self.check_yield_in_comprehension(e)?;
                self.visit_expr(&y.value)?;
                self.cur().generator = true;
            }
            Expr::Await(a) => {
                self.visit_expr(&a.value)?;
                self.cur().coroutine = true;
            }
            Expr::Compare(c) => {
                self.visit_expr(&c.left)?;
                self.visit_exprs(&c.comparators)?;
            }
            Expr::Call(c) => {
                self.visit_expr(&c.func)?;
                self.visit_exprs(&c.arguments.args)?;
                for k in c.arguments.keywords.iter() {
                    self.visit_expr(&k.value)?;
                }
            }
            Expr::FString(f) => {
                for el in f.value.elements() {
                    self.visit_fstring_element(el)?;
                }
            }
            Expr::TString(_)
            | Expr::StringLiteral(_)
            | Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_)
            | Expr::IpyEscapeCommand(_) => {}
            Expr::Attribute(a) => self.visit_expr(&a.value)?,
            Expr::Subscript(s) => {
                self.visit_expr(&s.value)?;
                self.visit_expr(&s.slice)?;
            }
            Expr::Starred(s) => self.visit_expr(&s.value)?,
            Expr::Name(n) => {
                let flag = if n.ctx == ExprContext::Load {
                    USE
                } else {
                    DEF_LOCAL
                };
                self.add_def(&n.id, flag, n.range)?;
                if n.ctx == ExprContext::Load
                    && self.cur().kind == BlockKind::Function
                    && n.id.as_str() == "super"
                {
                    self.add_def("__class__", USE, n.range)?;
                }
            }
            Expr::List(l) => self.visit_exprs(&l.elts)?,
            Expr::Tuple(t) => self.visit_exprs(&t.elts)?,
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.visit_expr(part)?;
                }
            }
        }
        Ok(())
    }

    fn visit_fstring_element(&mut self, el: &ast::InterpolatedStringElement) -> Res<()> {
        if let ast::InterpolatedStringElement::Interpolation(i) = el {
            self.visit_expr(&i.expression)?;
            if let Some(spec) = &i.format_spec {
                for el in spec.elements.iter() {
                    self.visit_fstring_element(el)?;
                }
            }
        }
        Ok(())
    }

    fn check_yield_in_comprehension(&mut self, e: &Expr) -> Res<()> {
        let msg = match self.cur().comprehension {
            CompKind::NotComprehension => return Ok(()),
            CompKind::List => "'yield' inside list comprehension",
            CompKind::Set => "'yield' inside set comprehension",
            CompKind::Dict => "'yield' inside dict comprehension",
            CompKind::Generator => "'yield' inside generator expression",
        };
        err(msg.to_string(), e.range())
    }

    fn extend_namedexpr_scope(&mut self, target: &Expr) -> Res<()> {
        let Expr::Name(n) = target else {
            return Ok(());
        };
        let name = n.id.as_str();
        for i in (0..self.stack.len()).rev() {
            let id = self.stack[i];
            let scope = &self.scopes[id];
            if scope.comprehension != CompKind::NotComprehension {
                if scope.flags(name) & DEF_COMP_ITER != 0 {
                    return err(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{name}'"
                        ),
                        n.range,
                    );
                }
                continue;
            }
            match scope.kind {
                BlockKind::Function => {
                    if scope.flags(name) & DEF_GLOBAL != 0 {
                        self.add_def(name, DEF_GLOBAL, n.range)?;
                    } else {
                        self.add_def(name, DEF_NONLOCAL, n.range)?;
                    }
                    self.record_directive(name, n.range);
                    return self.add_def_in(id, name, DEF_LOCAL, n.range);
                }
                BlockKind::Module => {
                    self.add_def(name, DEF_GLOBAL, n.range)?;
                    self.record_directive(name, n.range);
                    return self.add_def_in(id, name, DEF_GLOBAL, n.range);
                }
                BlockKind::Class => {
                    return err(
                        "assignment expression within a comprehension cannot be used in a class body"
                            .to_string(),
                        n.range,
                    );
                }
            }
        }
        Ok(())
    }

    fn handle_comprehension(
        &mut self,
        e: &Expr,
        kind: CompKind,
        generators: &[ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> Res<()> {
        let outermost = &generators[0];
        self.cur().comp_iter_expr += 1;
        self.visit_expr(&outermost.iter)?;
        self.cur().comp_iter_expr -= 1;
        self.enter(e, BlockKind::Function);
        self.cur().comprehension = kind;
        if outermost.is_async {
            self.cur().coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, e.range())?;
        self.cur().comp_iter_target = true;
        self.visit_expr(&outermost.target)?;
        self.cur().comp_iter_target = false;
        self.visit_exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.cur().comp_iter_target = true;
            self.visit_expr(&g.target)?;
            self.cur().comp_iter_target = false;
            self.cur().comp_iter_expr += 1;
            self.visit_expr(&g.iter)?;
            self.cur().comp_iter_expr -= 1;
            self.visit_exprs(&g.ifs)?;
            if g.is_async {
                self.cur().coroutine = true;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v)?;
        }
        self.visit_expr(elt)?;
        let is_generator = kind == CompKind::Generator;
        self.cur().generator = is_generator;
        let is_async = self.cur().coroutine && !is_generator;
        self.exit();
        if is_async {
            self.cur().coroutine = true;
        }
        Ok(())
    }
}

struct Analyzer<'a> {
    scopes: &'a mut Vec<Scope>,
}

type NameSet = HashSet<String>;

impl Analyzer<'_> {
    /// CPython's `analyze_block`.
    fn analyze_block(
        &mut self,
        id: ScopeId,
        bound: Option<&mut NameSet>,
        free: &mut NameSet,
        global: &mut NameSet,
    ) -> Res<()> {
        let mut local = NameSet::new();
        let mut scopes: HashMap<String, NameScope> = HashMap::new();
        let mut newglobal = NameSet::new();
        let mut newfree = NameSet::new();
        let mut newbound = NameSet::new();
        let kind = self.scopes[id].kind;
        let is_module = bound.is_none();
        let mut bound_owned = bound;

        if kind == BlockKind::Class {
            newglobal.extend(global.iter().cloned());
            if let Some(b) = bound_owned.as_deref() {
                newbound.extend(b.iter().cloned());
            }
        }

        let names = self.scopes[id].names.clone();
        for name in &names {
            let flags = self.scopes[id].symbols[name].flags;
            self.analyze_name(
                id,
                &mut scopes,
                name,
                flags,
                bound_owned.as_deref_mut(),
                &mut local,
                free,
                global,
            )?;
        }

        if kind != BlockKind::Class {
            if kind == BlockKind::Function {
                newbound.extend(local.iter().cloned());
            }
            if let Some(b) = bound_owned.as_deref() {
                newbound.extend(b.iter().cloned());
            }
            newglobal.extend(global.iter().cloned());
        } else {
            newbound.insert("__class__".to_string());
        }

        let mut allfree = NameSet::new();
        let children = self.scopes[id].children.clone();
        for child in children {
            let mut temp_bound = newbound.clone();
            let mut temp_free = newfree.clone();
            let mut temp_global = newglobal.clone();
            self.analyze_block(
                child,
                Some(&mut temp_bound),
                &mut temp_free,
                &mut temp_global,
            )?;
            allfree.extend(temp_free);
            if self.scopes[child].has_free || self.scopes[child].child_free {
                self.scopes[id].child_free = true;
            }
        }
        newfree.extend(allfree);

        if kind == BlockKind::Function {
            // analyze_cells
            for (name, sc) in scopes.iter_mut() {
                if *sc == NameScope::Local && newfree.contains(name) {
                    *sc = NameScope::Cell;
                    newfree.remove(name);
                }
            }
        } else if kind == BlockKind::Class && newfree.remove("__class__") {
            self.scopes[id].needs_class_closure = true;
        }

        // update_symbols
        let scope = &mut self.scopes[id];
        for name in &names {
            let s = scope.symbols.get_mut(name).expect("symbol recorded");
            s.scope = scopes.get(name).copied().unwrap_or(NameScope::Unknown);
        }
        let mut newfree_sorted: Vec<&String> = newfree.iter().collect();
        newfree_sorted.sort();
        for name in newfree_sorted {
            if let Some(s) = scope.symbols.get_mut(name) {
                if kind == BlockKind::Class && s.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                    s.flags |= DEF_FREE_CLASS;
                }
                continue;
            }
            if !is_module && !bound_owned.as_deref().is_some_and(|b| b.contains(name)) {
                continue;
            }
            if is_module {
                continue;
            }
            scope.names.push(name.clone());
            scope.symbols.insert(
                name.clone(),
                Symbol {
                    flags: 0,
                    scope: NameScope::Free,
                },
            );
        }
        free.extend(newfree);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn analyze_name(
        &mut self,
        id: ScopeId,
        scopes: &mut HashMap<String, NameScope>,
        name: &str,
        flags: u32,
        bound: Option<&mut NameSet>,
        local: &mut NameSet,
        free: &mut NameSet,
        global: &mut NameSet,
    ) -> Res<()> {
        let directive = |s: &Scope| {
            s.directives
                .get(name)
                .copied()
                .unwrap_or_else(TextRange::default)
        };
        if flags & DEF_GLOBAL != 0 {
            if flags & DEF_NONLOCAL != 0 {
                return err(
                    format!("name '{name}' is nonlocal and global"),
                    directive(&self.scopes[id]),
                );
            }
            scopes.insert(name.to_string(), NameScope::GlobalExplicit);
            global.insert(name.to_string());
            if let Some(b) = bound {
                b.remove(name);
            }
            return Ok(());
        }
        if flags & DEF_NONLOCAL != 0 {
            let Some(b) = bound else {
                return err(
                    "nonlocal declaration not allowed at module level".to_string(),
                    directive(&self.scopes[id]),
                );
            };
            if !b.contains(name) {
                return err(
                    format!("no binding for nonlocal '{name}' found"),
                    directive(&self.scopes[id]),
                );
            }
            scopes.insert(name.to_string(), NameScope::Free);
            self.scopes[id].has_free = true;
            free.insert(name.to_string());
            return Ok(());
        }
        if flags & DEF_BOUND != 0 {
            scopes.insert(name.to_string(), NameScope::Local);
            local.insert(name.to_string());
            global.remove(name);
            return Ok(());
        }
        if bound.as_deref().is_some_and(|b| b.contains(name)) {
            scopes.insert(name.to_string(), NameScope::Free);
            self.scopes[id].has_free = true;
            free.insert(name.to_string());
            return Ok(());
        }
        if global.contains(name) {
            scopes.insert(name.to_string(), NameScope::GlobalImplicit);
            return Ok(());
        }
        if self.scopes[id].nested {
            self.scopes[id].has_free = true;
        }
        scopes.insert(name.to_string(), NameScope::GlobalImplicit);
        Ok(())
    }
}
