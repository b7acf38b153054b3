//! _json: the native accelerator of the `json` package (the role of CPython's
//! `Modules/_json.c`). It provides `scanstring`, `encode_basestring`,
//! `encode_basestring_ascii`, `make_scanner` (a callable `Scanner` decoding one JSON value)
//! and `make_encoder` (a callable `Encoder` producing the whole compact encoding at once).
//! Messages and error positions are those of CPython's accelerated json; positions are code
//! point indices although the work is done on the UTF-8 bytes.

use std::any::Any;
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use krait_vm::objects::module::{new_module, set_attr};
use krait_vm::objects::NativeData;
use krait_vm::protocols::attr::getattr_str;
use krait_vm::protocols::call::{call, call_method};
use krait_vm::protocols::compare::is_true;
use krait_vm::{Args, MethodDef, Payload, PyRef, PyResult, Vm};

// ----- shared helpers -----

fn not_a_string(vm: &Vm, o: &PyRef) -> PyRef {
    vm.type_error(format!(
        "first argument must be a string, not {}",
        vm.type_name(o)
    ))
}

/// Code point index of byte offset `b` in `s`.
fn char_index(s: &str, ascii: bool, b: usize) -> usize {
    if ascii {
        b
    } else {
        s[..b.min(s.len())].chars().count()
    }
}

/// `json.decoder.JSONDecodeError(msg, doc, pos)` (or whatever building it raised).
fn decode_error(vm: &Vm, doc: &PyRef, msg: &str, pos: i64) -> PyRef {
    let build = || -> PyResult {
        let module = krait_vm::import::import_module(vm, "json.decoder")?;
        let cls = getattr_str(vm, &module, "JSONDecodeError")?;
        call(vm, &cls, &[vm.str(msg), doc.clone(), vm.int(pos)])
    };
    match build() {
        Ok(e) | Err(e) => e,
    }
}

/// Where a string scan failed: at a byte offset, or at the opening quote.
enum StrErr {
    At(&'static str, usize),
    Unterminated,
}

fn hex4(b: &[u8]) -> Option<u32> {
    if b.len() != 4 {
        return None;
    }
    let mut v = 0u32;
    for &c in b {
        let d = (c as char).to_digit(16)?;
        v = v * 16 + d;
    }
    Some(v)
}

/// Decode the body of a JSON string starting at byte `start` (just past the quote); returns
/// the text and the byte offset past the closing quote.
fn scan_body(s: &str, start: usize, strict: bool) -> Result<(String, usize), StrErr> {
    let b = s.as_bytes();
    let n = b.len();
    let mut out = String::new();
    let mut i = start;
    loop {
        let chunk = i;
        while i < n {
            let c = b[i];
            if c == b'"' || c == b'\\' {
                break;
            }
            if c < 0x20 && strict {
                return Err(StrErr::At("Invalid control character at", i));
            }
            i += 1;
        }
        if i >= n {
            return Err(StrErr::Unterminated);
        }
        if b[i] == b'"' {
            if out.is_empty() {
                return Ok((s[chunk..i].to_string(), i + 1));
            }
            out.push_str(&s[chunk..i]);
            return Ok((out, i + 1));
        }
        out.push_str(&s[chunk..i]);
        // A backslash escape.
        i += 1;
        if i >= n {
            return Err(StrErr::Unterminated);
        }
        let kind = b[i];
        if kind != b'u' {
            let ch = match kind {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                _ => return Err(StrErr::At("Invalid \\escape", i - 1)),
            };
            out.push(ch);
            i += 1;
            continue;
        }
        let digits = i + 1;
        let after = digits + 4;
        if after >= n {
            return Err(StrErr::At("Invalid \\uXXXX escape", i));
        }
        let mut cp = hex4(&b[digits..after]).ok_or(StrErr::At("Invalid \\uXXXX escape", i))?;
        let mut j = after;
        if (0xd800..=0xdbff).contains(&cp) && j + 6 < n && b[j] == b'\\' && b[j + 1] == b'u' {
            let low = hex4(&b[j + 2..j + 6]).ok_or(StrErr::At("Invalid \\uXXXX escape", j + 1))?;
            if (0xdc00..=0xdfff).contains(&low) {
                cp = 0x10000 + (((cp - 0xd800) << 10) | (low - 0xdc00));
                j += 6;
            }
        }
        out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
        i = j;
    }
}

fn str_error(vm: &Vm, doc: &PyRef, s: &str, ascii: bool, start: usize, e: StrErr) -> PyRef {
    match e {
        StrErr::At(msg, b) => decode_error(vm, doc, msg, char_index(s, ascii, b) as i64),
        StrErr::Unterminated => decode_error(
            vm,
            doc,
            "Unterminated string starting at",
            char_index(s, ascii, start) as i64 - 1,
        ),
    }
}

/// `scanstring(string, end, strict=True)` -> `(str, end)`.
fn j_scanstring(vm: &Vm, args: Args) -> PyResult {
    let a = crate::args::parse(
        vm,
        &args,
        &crate::args::Spec {
            fname: "scanstring",
            names: &["string", "end", "strict"],
            positional: 3,
            required: 2,
        },
    )?;
    let (doc, end) = (a[0].unwrap_or(&vm.none()).clone(), a[1].cloned());
    let strict = crate::args::bool_arg(vm, a[2], true)?;
    let Some(ps) = doc.as_pystr() else {
        return Err(not_a_string(vm, &doc));
    };
    let end = crate::args::int_arg(vm, &end.unwrap_or_else(|| vm.none()))?;
    if end < 0 || end as usize > ps.char_len() {
        return Err(vm.value_error("end is out of bounds"));
    }
    let s = ps.as_str();
    let ascii = ps.is_ascii();
    let start = ps.byte_offset(end as usize);
    match scan_body(s, start, strict) {
        Ok((text, stop)) => {
            Ok(vm.tuple(vec![vm.string(text), vm.usize(char_index(s, ascii, stop))]))
        }
        Err(e) => Err(str_error(vm, &doc, s, ascii, start, e)),
    }
}

// ----- string encoding -----

fn escape_into(out: &mut String, s: &str, ascii_only: bool) {
    out.reserve(s.len() + 2);
    out.push('"');
    let b = s.as_bytes();
    let mut run = 0;
    for (i, &c) in b.iter().enumerate() {
        let needs = match c {
            b'"' | b'\\' | 0..=0x1f => true,
            0x7f => ascii_only,
            0x80..=0xff => ascii_only && s.is_char_boundary(i),
            _ => false,
        };
        if !needs {
            continue;
        }
        out.push_str(&s[run..i]);
        if c >= 0x80 {
            // A whole non-ASCII character starts here.
            let ch = s[i..].chars().next().unwrap_or('\u{fffd}');
            let cp = ch as u32;
            if cp < 0x10000 {
                push_u(out, cp);
            } else {
                let v = cp - 0x10000;
                push_u(out, 0xd800 | (v >> 10));
                push_u(out, 0xdc00 | (v & 0x3ff));
            }
            run = i + ch.len_utf8();
            continue;
        }
        match c {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            0x08 => out.push_str("\\b"),
            0x0c => out.push_str("\\f"),
            _ => push_u(out, c as u32),
        }
        run = i + 1;
    }
    out.push_str(&s[run..]);
    out.push('"');
}

fn push_u(out: &mut String, v: u32) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push_str("\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((v >> shift) & 0xf) as usize] as char);
    }
}

fn one_str_arg<'a>(vm: &Vm, args: &Args<'a>, fname: &str) -> PyResult<&'a PyRef> {
    let p = args.pos();
    if p.len() != 1 || !args.kwnames.is_empty() {
        return Err(vm.type_error(format!(
            "{fname}() takes exactly one argument ({} given)",
            args.values.len()
        )));
    }
    Ok(&p[0])
}

fn j_encode_basestring_ascii(vm: &Vm, args: Args) -> PyResult {
    let o = one_str_arg(vm, &args, "encode_basestring_ascii")?;
    let Some(s) = o.as_str() else {
        return Err(not_a_string(vm, o));
    };
    let mut out = String::new();
    escape_into(&mut out, s, true);
    Ok(vm.string(out))
}

fn j_encode_basestring(vm: &Vm, args: Args) -> PyResult {
    let o = one_str_arg(vm, &args, "encode_basestring")?;
    let Some(s) = o.as_str() else {
        return Err(not_a_string(vm, o));
    };
    let mut out = String::new();
    escape_into(&mut out, s, false);
    Ok(vm.string(out))
}

// ----- the scanner -----

struct Hooks {
    object_hook: Option<PyRef>,
    pairs_hook: Option<PyRef>,
    /// None: the builtin `float` / `int`.
    parse_float: Option<PyRef>,
    parse_int: Option<PyRef>,
    parse_constant: Option<PyRef>,
}

struct Scanner {
    strict: bool,
    hooks: RefCell<Hooks>,
}

impl NativeData for Scanner {
    fn as_any(&self) -> &dyn Any {
        self
    }

    fn traverse(&self, visit: &mut dyn FnMut(&krait_vm::object::PyObject)) {
        if let Ok(h) = self.hooks.try_borrow() {
            for o in [
                &h.object_hook,
                &h.pairs_hook,
                &h.parse_float,
                &h.parse_int,
                &h.parse_constant,
            ]
            .into_iter()
            .flatten()
            {
                visit(o);
            }
        }
    }

    fn clear(&self) {
        let Ok(mut hooks) = self.hooks.try_borrow_mut() else {
            return;
        };
        let old = std::mem::replace(
            &mut *hooks,
            Hooks {
                object_hook: None,
                pairs_hook: None,
                parse_float: None,
                parse_int: None,
                parse_constant: None,
            },
        );
        drop(hooks);
        drop(old);
    }
}

static TYPES: krait_vm::object::GilStatic<RefCell<Option<(PyRef, PyRef)>>> =
    krait_vm::object::GilStatic::new(RefCell::new(None));

fn types(vm: &Vm) -> (PyRef, PyRef) {
    if let Some(t) = TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let mk = |name, methods| {
        krait_vm::modules::builtins::new_sealed_native_type(vm, name, "_json", methods)
    };
    let t = (
        mk("Scanner", SCANNER_METHODS),
        mk("Encoder", ENCODER_METHODS),
    );
    TYPES.with(|ts| *ts.borrow_mut() = Some(t.clone()));
    t
}

fn opt_attr(vm: &Vm, o: &PyRef, name: &str) -> PyResult<Option<PyRef>> {
    let v = getattr_str(vm, o, name)?;
    Ok(if vm.is_none(&v) { None } else { Some(v) })
}

/// `make_scanner(context)`: a Scanner reading its options from the decoder `context`.
fn j_make_scanner(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() != 1 {
        return Err(vm.type_error(format!(
            "make_scanner() takes exactly 1 argument ({} given)",
            p.len()
        )));
    }
    let ctx = &p[0];
    let strict = is_true(vm, &getattr_str(vm, ctx, "strict")?)?;
    let object_hook = opt_attr(vm, ctx, "object_hook")?;
    let pairs_hook = opt_attr(vm, ctx, "object_pairs_hook")?;
    let parse_float = opt_attr(vm, ctx, "parse_float")?.filter(|f| !f.is(&vm.t.float));
    let parse_int = opt_attr(vm, ctx, "parse_int")?.filter(|f| !f.is(&vm.t.int));
    let parse_constant = opt_attr(vm, ctx, "parse_constant")?;
    let sc = Scanner {
        strict,
        hooks: RefCell::new(Hooks {
            object_hook,
            pairs_hook,
            parse_float,
            parse_int,
            parse_constant,
        }),
    };
    Ok(PyRef::new(&types(vm).0, Payload::Native(Box::new(sc))))
}

struct Parse<'a> {
    vm: &'a Vm,
    doc: &'a PyRef,
    s: &'a str,
    b: &'a [u8],
    ascii: bool,
    strict: bool,
    hooks: &'a Hooks,
    memo: HashMap<String, PyRef>,
}

impl Parse<'_> {
    fn pos(&self, b: usize) -> usize {
        char_index(self.s, self.ascii, b)
    }

    fn fail(&self, msg: &str, b: usize) -> PyRef {
        decode_error(self.vm, self.doc, msg, self.pos(b) as i64)
    }

    fn stop(&self, b: usize) -> PyRef {
        self.vm.stop_iteration(Some(self.vm.usize(self.pos(b))))
    }

    fn ws(&self, mut i: usize) -> usize {
        while i < self.b.len() && matches!(self.b[i], b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        i
    }

    fn has(&self, i: usize, word: &[u8]) -> bool {
        self.b.get(i..i + word.len()) == Some(word)
    }

    fn constant(&self, name: &str) -> PyResult {
        match &self.hooks.parse_constant {
            Some(f) => call(self.vm, f, &[self.vm.str(name)]),
            None => Ok(self.vm.float(match name {
                "NaN" => f64::NAN,
                "Infinity" => f64::INFINITY,
                _ => f64::NEG_INFINITY,
            })),
        }
    }

    fn value(&mut self, i: usize) -> PyResult<(PyRef, usize)> {
        let vm = self.vm;
        let Some(&c) = self.b.get(i) else {
            return Err(self.stop(i));
        };
        match c {
            b'"' => {
                let (text, end) = self.string(i + 1)?;
                Ok((vm.string(text), end))
            }
            b'{' => {
                vm.enter_recursion_where(" while decoding a JSON object from a unicode string")?;
                let r = self.object(i + 1);
                vm.leave_recursion();
                r
            }
            b'[' => {
                vm.enter_recursion_where(" while decoding a JSON array from a unicode string")?;
                let r = self.array(i + 1);
                vm.leave_recursion();
                r
            }
            b'n' if self.has(i, b"null") => Ok((vm.none(), i + 4)),
            b't' if self.has(i, b"true") => Ok((vm.bool(true), i + 4)),
            b'f' if self.has(i, b"false") => Ok((vm.bool(false), i + 5)),
            b'N' if self.has(i, b"NaN") => Ok((self.constant("NaN")?, i + 3)),
            b'I' if self.has(i, b"Infinity") => Ok((self.constant("Infinity")?, i + 8)),
            b'-' if self.has(i, b"-Infinity") => Ok((self.constant("-Infinity")?, i + 9)),
            _ => self.number(i),
        }
    }

    fn string(&self, start: usize) -> PyResult<(String, usize)> {
        scan_body(self.s, start, self.strict)
            .map_err(|e| str_error(self.vm, self.doc, self.s, self.ascii, start, e))
    }

    fn number(&self, start: usize) -> PyResult<(PyRef, usize)> {
        let vm = self.vm;
        let b = self.b;
        let digit = |j: usize| b.get(j).is_some_and(|c| c.is_ascii_digit());
        let mut j = start;
        if b.get(j) == Some(&b'-') {
            j += 1;
        }
        match b.get(j) {
            Some(b'1'..=b'9') => {
                j += 1;
                while digit(j) {
                    j += 1;
                }
            }
            Some(b'0') => j += 1,
            _ => return Err(self.stop(start)),
        }
        let mut real = false;
        if b.get(j) == Some(&b'.') && digit(j + 1) {
            j += 2;
            while digit(j) {
                j += 1;
            }
            real = true;
        }
        if matches!(b.get(j), Some(b'e' | b'E')) {
            let mut k = j + 1;
            if matches!(b.get(k), Some(b'+' | b'-')) {
                k += 1;
            }
            if digit(k) {
                while digit(k) {
                    k += 1;
                }
                j = k;
                real = true;
            }
        }
        let text = &self.s[start..j];
        let v = if real {
            match &self.hooks.parse_float {
                Some(f) => call(vm, f, &[vm.str(text)])?,
                None => vm.float(text.parse::<f64>().unwrap_or(f64::NAN)),
            }
        } else {
            match &self.hooks.parse_int {
                Some(f) => call(vm, f, &[vm.str(text)])?,
                None => match text.parse::<i64>() {
                    Ok(v) if text.len() <= 18 => vm.int(v),
                    _ => call(vm, &vm.t.int, &[vm.str(text)])?,
                },
            }
        };
        Ok((v, j))
    }

    fn key(&mut self, text: String) -> PyRef {
        if let Some(k) = self.memo.get(&text) {
            return k.clone();
        }
        let k = self.vm.string(text.clone());
        self.memo.insert(text, k.clone());
        k
    }

    fn object(&mut self, mut i: usize) -> PyResult<(PyRef, usize)> {
        let vm = self.vm;
        let mut pairs: Vec<(PyRef, PyRef)> = Vec::new();
        i = self.ws(i);
        if self.b.get(i) == Some(&b'}') {
            i += 1;
        } else {
            loop {
                if self.b.get(i) != Some(&b'"') {
                    return Err(self.fail("Expecting property name enclosed in double quotes", i));
                }
                let (text, j) = self.string(i + 1)?;
                let key = self.key(text);
                i = self.ws(j);
                if self.b.get(i) != Some(&b':') {
                    return Err(self.fail("Expecting ':' delimiter", i));
                }
                i = self.ws(i + 1);
                let (v, j) = self.value(i)?;
                pairs.push((key, v));
                i = self.ws(j);
                match self.b.get(i) {
                    Some(b'}') => {
                        i += 1;
                        break;
                    }
                    Some(b',') => i = self.ws(i + 1),
                    _ => return Err(self.fail("Expecting ',' delimiter", i)),
                }
            }
        }
        if let Some(h) = &self.hooks.pairs_hook {
            let items = pairs
                .into_iter()
                .map(|(k, v)| vm.tuple(vec![k, v]))
                .collect();
            return Ok((call(vm, h, &[vm.list(items)])?, i));
        }
        let d = vm.dict_presized(pairs.len(), true);
        if let Some(dd) = d.as_dict() {
            for (k, v) in pairs {
                dd.set_item_str(vm, k, v)?;
            }
        }
        if let Some(h) = &self.hooks.object_hook {
            return Ok((call(vm, h, &[d])?, i));
        }
        Ok((d, i))
    }

    fn array(&mut self, mut i: usize) -> PyResult<(PyRef, usize)> {
        let mut items = Vec::new();
        i = self.ws(i);
        if self.b.get(i) == Some(&b']') {
            return Ok((self.vm.list(items), i + 1));
        }
        loop {
            let (v, j) = self.value(i)?;
            items.push(v);
            i = self.ws(j);
            match self.b.get(i) {
                Some(b']') => return Ok((self.vm.list(items), i + 1)),
                Some(b',') => i = self.ws(i + 1),
                _ => return Err(self.fail("Expecting ',' delimiter", i)),
            }
        }
    }
}

fn scanner_call(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let Some(sc) = p.first().and_then(|o| o.native::<Scanner>()) else {
        return Err(vm.type_error("expected a _json.Scanner"));
    };
    let a = crate::args::parse(
        vm,
        &args.skip_self(),
        &crate::args::Spec {
            fname: "__call__",
            names: &["string", "idx"],
            positional: 2,
            required: 2,
        },
    )?;
    let (Some(doc), Some(idx)) = (a[0], a[1]) else {
        return Err(vm.type_error("__call__() missing required argument"));
    };
    let Some(ps) = doc.as_pystr() else {
        return Err(not_a_string(vm, doc));
    };
    let idx = crate::args::int_arg(vm, idx)?;
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    let idx = idx as usize;
    if idx >= ps.char_len() {
        return Err(vm.stop_iteration(Some(vm.usize(idx))));
    }
    let hooks = sc.hooks.borrow();
    let s = ps.as_str();
    let mut parse = Parse {
        vm,
        doc,
        s,
        b: s.as_bytes(),
        ascii: ps.is_ascii(),
        strict: sc.strict,
        hooks: &hooks,
        memo: HashMap::new(),
    };
    let start = ps.byte_offset(idx);
    let (v, end) = parse.value(start)?;
    let end = if parse.ascii {
        end
    } else {
        idx + s[start..end].chars().count()
    };
    Ok(vm.tuple(vec![v, vm.usize(end)]))
}

const SCANNER_METHODS: &[MethodDef] = &[MethodDef::method("__call__", scanner_call)];

// ----- the encoder -----

#[derive(Clone, Copy, PartialEq)]
enum Quote {
    Ascii,
    Plain,
    Custom,
}

struct Encoder {
    check_circular: bool,
    default: RefCell<Option<PyRef>>,
    quote_fn: RefCell<Option<PyRef>>,
    quote: Quote,
    key_sep: String,
    item_sep: String,
    /// The per-level indent string; None for the single-line layout.
    indent: Option<String>,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
}

impl NativeData for Encoder {
    fn as_any(&self) -> &dyn Any {
        self
    }

    fn traverse(&self, visit: &mut dyn FnMut(&krait_vm::object::PyObject)) {
        for cell in [&self.default, &self.quote_fn] {
            if let Ok(o) = cell.try_borrow() {
                if let Some(o) = o.as_ref() {
                    visit(o);
                }
            }
        }
    }

    fn clear(&self) {
        let a = self
            .default
            .try_borrow_mut()
            .ok()
            .and_then(|mut o| o.take());
        let b = self
            .quote_fn
            .try_borrow_mut()
            .ok()
            .and_then(|mut o| o.take());
        drop((a, b));
    }
}

/// `make_encoder(markers, default, encoder, indent, key_separator, item_separator,
/// sort_keys, skipkeys, allow_nan)`: an Encoder; `indent` is None (one line) or the str
/// repeated once per nesting level.
fn j_make_encoder(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() != 9 {
        return Err(vm.type_error(format!(
            "make_encoder() takes exactly 9 arguments ({} given)",
            p.len()
        )));
    }
    if !vm.is_none(&p[0]) && p[0].as_dict().is_none() {
        return Err(vm.type_error(format!(
            "make_encoder() argument 1 must be dict or None, not {}",
            vm.type_name(&p[0])
        )));
    }
    let sep = |i: usize| -> PyResult<String> {
        p[i].as_str().map(str::to_string).ok_or_else(|| {
            vm.type_error(format!(
                "make_encoder() argument {} must be str, not {}",
                i + 1,
                vm.type_name(&p[i])
            ))
        })
    };
    let key_sep = sep(4)?;
    let item_sep = sep(5)?;
    let indent = if vm.is_none(&p[3]) {
        None
    } else {
        Some(sep(3)?)
    };
    let module = krait_vm::import::import_module(vm, "_json")?;
    let quote = if p[2].is(&getattr_str(vm, &module, "encode_basestring_ascii")?) {
        Quote::Ascii
    } else if p[2].is(&getattr_str(vm, &module, "encode_basestring")?) {
        Quote::Plain
    } else {
        Quote::Custom
    };
    let enc = Encoder {
        check_circular: !vm.is_none(&p[0]),
        default: RefCell::new(Some(p[1].clone())),
        quote_fn: RefCell::new(Some(p[2].clone())),
        quote,
        key_sep,
        item_sep,
        indent,
        sort_keys: is_true(vm, &p[6])?,
        skipkeys: is_true(vm, &p[7])?,
        allow_nan: is_true(vm, &p[8])?,
    };
    Ok(PyRef::new(&types(vm).1, Payload::Native(Box::new(enc))))
}

struct Emit<'a> {
    vm: &'a Vm,
    enc: &'a Encoder,
    out: String,
    markers: HashSet<usize>,
    depth: usize,
}

fn addr(o: &PyRef) -> usize {
    &**o as *const krait_vm::object::PyObject as usize
}

impl Emit<'_> {
    /// Open a nesting level: in the indented layout, a newline and the deeper indent.
    fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        if let Some(ind) = &self.enc.indent {
            self.depth += 1;
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str(ind);
            }
        }
    }

    fn between(&mut self) {
        self.out.push_str(&self.enc.item_sep);
        if let Some(ind) = &self.enc.indent {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str(ind);
            }
        }
    }

    fn close(&mut self, bracket: char) {
        if let Some(ind) = &self.enc.indent {
            self.depth -= 1;
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str(ind);
            }
        }
        self.out.push(bracket);
    }

    /// The allow_nan=False error: the indented layout reports the value as json's
    /// pure-Python float formatter does.
    fn nan_error(&self, o: &PyRef) -> PyRef {
        let msg = "Out of range float values are not JSON compliant";
        if self.enc.indent.is_none() {
            return self.vm.value_error(msg);
        }
        match krait_vm::protocols::repr::repr(self.vm, o) {
            Ok(r) => self
                .vm
                .value_error(format!("{msg}: {}", r.as_str().unwrap_or(""))),
            Err(e) => e,
        }
    }

    fn float(&mut self, o: &PyRef, f: f64) -> PyResult<()> {
        if f.is_finite() {
            self.out
                .push_str(&krait_vm::format::float_repr::float_repr(f));
            return Ok(());
        }
        if !self.enc.allow_nan {
            return Err(self.nan_error(o));
        }
        self.out.push_str(if f.is_nan() {
            "NaN"
        } else if f > 0.0 {
            "Infinity"
        } else {
            "-Infinity"
        });
        Ok(())
    }

    fn quoted(&mut self, o: &PyRef, s: &str) -> PyResult<()> {
        match self.enc.quote {
            Quote::Ascii => escape_into(&mut self.out, s, true),
            Quote::Plain => escape_into(&mut self.out, s, false),
            Quote::Custom => {
                let f = self.enc.quote_fn.borrow().clone();
                let Some(f) = f else {
                    return Err(self.vm.runtime_error("encoder cleared"));
                };
                let r = call(self.vm, &f, std::slice::from_ref(o))?;
                match r.as_str() {
                    Some(t) => self.out.push_str(t),
                    None => {
                        return Err(self.vm.type_error(format!(
                            "encoder() must return a string, not {}",
                            self.vm.type_name(&r)
                        )))
                    }
                }
            }
        }
        Ok(())
    }

    fn mark(&mut self, o: &PyRef) -> PyResult<Option<usize>> {
        if !self.enc.check_circular {
            return Ok(None);
        }
        let a = addr(o);
        if !self.markers.insert(a) {
            return Err(self.vm.value_error("Circular reference detected"));
        }
        Ok(Some(a))
    }

    fn unmark(&mut self, m: Option<usize>) {
        if let Some(a) = m {
            self.markers.remove(&a);
        }
    }

    fn value(&mut self, o: &PyRef) -> PyResult<()> {
        let vm = self.vm;
        if vm.is_none(o) {
            self.out.push_str("null");
            return Ok(());
        }
        if o.is_type(&vm.t.bool) {
            self.out.push_str(if o.is(&vm.bool(true)) {
                "true"
            } else {
                "false"
            });
            return Ok(());
        }
        match &o.payload {
            Payload::Str(s) => self.quoted(o, s.as_str()),
            Payload::Int(i) => {
                self.out.push_str(&i.to_string());
                Ok(())
            }
            Payload::BigInt(b) => {
                self.out.push_str(&b.to_string());
                Ok(())
            }
            Payload::Float(f) => self.float(o, *f),
            Payload::List(l) => {
                let items = l.borrow().clone();
                self.sequence(o, &items)
            }
            Payload::Tuple(t) => {
                let items = t.to_vec();
                self.sequence(o, &items)
            }
            Payload::Dict(_) => self.mapping(o),
            _ => self.other(o),
        }
    }

    fn sequence(&mut self, o: &PyRef, items: &[PyRef]) -> PyResult<()> {
        if items.is_empty() {
            self.out.push_str("[]");
            return Ok(());
        }
        let m = self.mark(o)?;
        self.vm
            .enter_recursion_where(" while encoding a JSON object")?;
        self.open('[');
        let mut r = Ok(());
        for (n, item) in items.iter().enumerate() {
            if n > 0 {
                self.between();
            }
            r = self.value(item);
            if r.is_err() {
                break;
            }
        }
        self.vm.leave_recursion();
        r?;
        self.close(']');
        self.unmark(m);
        Ok(())
    }

    fn key_text(&mut self, k: &PyRef) -> PyResult<Option<PyRef>> {
        let vm = self.vm;
        if k.as_str().is_some() {
            return Ok(Some(k.clone()));
        }
        let text = if let Payload::Float(f) = &k.payload {
            let f = *f;
            if f.is_finite() {
                krait_vm::format::float_repr::float_repr(f)
            } else {
                if !self.enc.allow_nan {
                    return Err(self.nan_error(k));
                }
                (if f.is_nan() {
                    "NaN"
                } else if f > 0.0 {
                    "Infinity"
                } else {
                    "-Infinity"
                })
                .to_string()
            }
        } else if k.is_type(&vm.t.bool) {
            (if k.is(&vm.bool(true)) {
                "true"
            } else {
                "false"
            })
            .to_string()
        } else if vm.is_none(k) {
            "null".to_string()
        } else if let Payload::Int(i) = &k.payload {
            i.to_string()
        } else if let Payload::BigInt(b) = &k.payload {
            b.to_string()
        } else if self.enc.skipkeys {
            return Ok(None);
        } else {
            return Err(vm.type_error(format!(
                "keys must be str, int, float, bool or None, not {}",
                vm.type_name(k)
            )));
        };
        Ok(Some(vm.string(text)))
    }

    fn mapping(&mut self, o: &PyRef) -> PyResult<()> {
        let vm = self.vm;
        let exact = o.is_type(&vm.t.dict);
        let pairs: Vec<(PyRef, PyRef)> = match o.as_dict() {
            Some(d) if exact => d.items(),
            _ => {
                let items = call_method(vm, o, "items", &[])?;
                let mut v = Vec::new();
                for it in krait_vm::protocols::sequence::collect(vm, &items)? {
                    let kv = krait_vm::protocols::sequence::collect(vm, &it)?;
                    if kv.len() != 2 {
                        return Err(vm.value_error("items must return 2-tuples"));
                    }
                    v.push((kv[0].clone(), kv[1].clone()));
                }
                v
            }
        };
        if pairs.is_empty() {
            self.out.push_str("{}");
            return Ok(());
        }
        let pairs = if self.enc.sort_keys {
            let list = vm.list(
                pairs
                    .into_iter()
                    .map(|(k, v)| vm.tuple(vec![k, v]))
                    .collect(),
            );
            call_method(vm, &list, "sort", &[])?;
            let sorted = list
                .as_list()
                .map(|l| l.borrow().clone())
                .unwrap_or_default();
            sorted
                .iter()
                .filter_map(|t| t.as_tuple().map(|t| (t[0].clone(), t[1].clone())))
                .collect()
        } else {
            pairs
        };
        let m = self.mark(o)?;
        vm.enter_recursion_where(" while encoding a JSON object")?;
        self.open('{');
        let mut first = true;
        let mut r = Ok(());
        for (k, v) in &pairs {
            let key = match self.key_text(k) {
                Ok(Some(key)) => key,
                Ok(None) => continue,
                Err(e) => {
                    r = Err(e);
                    break;
                }
            };
            if !first {
                self.between();
            }
            first = false;
            let text = key.as_str().unwrap_or("").to_string();
            r = self.quoted(&key, &text);
            if r.is_err() {
                break;
            }
            self.out.push_str(&self.enc.key_sep);
            r = self.value(v);
            if r.is_err() {
                break;
            }
        }
        vm.leave_recursion();
        r?;
        self.close('}');
        self.unmark(m);
        Ok(())
    }

    fn other(&mut self, o: &PyRef) -> PyResult<()> {
        let m = self.mark(o)?;
        let f = self.enc.default.borrow().clone();
        let Some(f) = f else {
            return Err(self.vm.runtime_error("encoder cleared"));
        };
        let replacement = call(self.vm, &f, std::slice::from_ref(o))?;
        self.vm
            .enter_recursion_where(" while encoding a JSON object")?;
        let r = self.value(&replacement);
        self.vm.leave_recursion();
        r?;
        self.unmark(m);
        Ok(())
    }
}

fn encoder_call(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let Some(enc) = p.first().and_then(|o| o.native::<Encoder>()) else {
        return Err(vm.type_error("expected a _json.Encoder"));
    };
    if p.len() != 3 {
        return Err(vm.type_error(format!(
            "__call__() takes exactly 2 arguments ({} given)",
            p.len().saturating_sub(1)
        )));
    }
    let mut emit = Emit {
        vm,
        enc,
        out: String::new(),
        markers: HashSet::new(),
        depth: usize::try_from(crate::args::int_arg(vm, &p[2])?).unwrap_or(0),
    };
    emit.value(&p[1])?;
    Ok(vm.tuple(vec![vm.string(emit.out)]))
}

const ENCODER_METHODS: &[MethodDef] = &[MethodDef::method("__call__", encoder_call)];

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("scanstring", j_scanstring),
    MethodDef::method("encode_basestring_ascii", j_encode_basestring_ascii),
    MethodDef::method("encode_basestring", j_encode_basestring),
    MethodDef::method("make_scanner", j_make_scanner),
    MethodDef::method("make_encoder", j_make_encoder),
];

pub fn init(vm: &Vm) -> PyResult {
    let m = new_module(vm, "_json");
    crate::add_functions(vm, &m, FUNCTIONS);
    set_attr(vm, &m, "__doc__", vm.str("json speedups\n"));
    Ok(m)
}
