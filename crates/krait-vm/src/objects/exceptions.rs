//! The builtin exception hierarchy: mirrors `Objects/exceptions.c`. Every exception object
//! carries args, traceback, cause, context and the suppress-context flag; the per-class
//! attributes (`StopIteration.value`, `OSError.errno`, `SyntaxError.lineno` ...) are kept in
//! `attrs` and exposed by getset descriptors.

use std::cell::{Cell, RefCell};

use crate::object::{ObjSlot, PyRef};
use crate::objects::type_::is_subtype;
use crate::objects::Payload;
use crate::vm::{Args, MethodDef, PyResult, Vm};

pub struct PyException {
    pub args: ObjSlot,
    pub traceback: ObjSlot,
    pub cause: ObjSlot,
    pub context: ObjSlot,
    pub suppress_context: Cell<bool>,
    pub attrs: RefCell<Vec<(&'static str, PyRef)>>,
}

impl PyException {
    pub fn new(args: PyRef) -> PyException {
        PyException {
            args: ObjSlot::new(Some(args)),
            traceback: ObjSlot::new(None),
            cause: ObjSlot::new(None),
            context: ObjSlot::new(None),
            suppress_context: Cell::new(false),
            attrs: RefCell::new(Vec::new()),
        }
    }

    pub fn args_vec(&self) -> Vec<PyRef> {
        self.args
            .get()
            .and_then(|a| a.as_tuple().map(|t| t.to_vec()))
            .unwrap_or_default()
    }

    pub fn attr(&self, name: &str) -> Option<PyRef> {
        self.attrs
            .borrow()
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
    }

    pub fn set_attr(&self, name: &'static str, v: PyRef) {
        let mut a = self.attrs.borrow_mut();
        let old = match a.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => Some(std::mem::replace(&mut slot.1, v)),
            None => {
                a.push((name, v));
                None
            }
        };
        drop(a);
        drop(old);
    }

    /// `AttributeError.name/obj` and `NameError.name`.
    pub fn set_attr_name_obj(&self, name: PyRef, obj: PyRef) {
        self.set_attr("name", name);
        self.set_attr("obj", obj);
    }
}

/// An instance of exception type `ty` with `args`, without running Python `__init__`.
pub fn new_exception(vm: &Vm, ty: &PyRef, args: Vec<PyRef>) -> PyRef {
    let e = PyRef::new(
        ty,
        Payload::Exception(Box::new(PyException::new(vm.tuple(args.clone())))),
    );
    init_special(vm, &e, &args);
    e
}

/// Which builtin exception class with constructor-filled attributes an exception type
/// derives from (the first such class in its MRO).
#[derive(Clone, Copy)]
enum Special {
    /// UnicodeDecodeError/UnicodeEncodeError: (encoding, object, start, end, reason).
    Unicode5,
    /// UnicodeTranslateError: (object, start, end, reason).
    Unicode4,
    StopIteration,
    SystemExit,
    OsError,
    SyntaxError,
    ImportError,
}

fn special_of(vm: &Vm, ty: &PyRef) -> Option<Special> {
    let t = &vm.t;
    let td = ty.as_type()?;
    let mro = td.mro.borrow();
    mro.iter().find_map(|c| {
        Some(
            if c.is(&t.unicode_decode_error) || c.is(&t.unicode_encode_error) {
                Special::Unicode5
            } else if c.is(&t.unicode_translate_error) {
                Special::Unicode4
            } else if c.is(&t.stop_iteration) || c.is(&t.stop_async_iteration) {
                Special::StopIteration
            } else if c.is(&t.system_exit) {
                Special::SystemExit
            } else if c.is(&t.os_error) {
                Special::OsError
            } else if c.is(&t.syntax_error) {
                Special::SyntaxError
            } else if c.is(&t.import_error) {
                Special::ImportError
            } else {
                return None;
            },
        )
    })
}

/// Fill the class-specific attributes from the constructor arguments (the work of each
/// exception class's `__init__` in CPython). One walk of the type's MRO decides which.
fn init_special(vm: &Vm, e: &PyRef, args: &[PyRef]) {
    let Some(ex) = e.as_exception() else { return };
    let ty = e.class();
    let Some(kind) = special_of(vm, &ty) else {
        return;
    };
    let t = &vm.t;
    match kind {
        Special::Unicode5 => {
            if args.len() == 5 {
                for (name, v) in ["encoding", "object", "start", "end", "reason"]
                    .into_iter()
                    .zip(args)
                {
                    ex.set_attr(name, v.clone());
                }
            }
        }
        Special::Unicode4 => {
            if args.len() == 4 {
                for (name, v) in ["object", "start", "end", "reason"].into_iter().zip(args) {
                    ex.set_attr(name, v.clone());
                }
            }
        }
        Special::StopIteration => {
            ex.set_attr("value", args.first().cloned().unwrap_or_else(|| vm.none()));
        }
        Special::SystemExit => {
            let code = match args.len() {
                0 => vm.none(),
                1 => args[0].clone(),
                _ => vm.tuple(args.to_vec()),
            };
            ex.set_attr("code", code);
        }
        Special::OsError => {
            let blocking = is_subtype(&ty, &t.blocking_io_error)
                && args.len() == 3
                && matches!(args[2].payload, Payload::Int(_) | Payload::BigInt(_));
            if blocking {
                // BlockingIOError(errno, strerror, characters_written)
                ex.set_attr("errno", args[0].clone());
                ex.set_attr("strerror", args[1].clone());
                ex.set_attr("characters_written", args[2].clone());
            } else if (2..=5).contains(&args.len()) {
                ex.set_attr("errno", args[0].clone());
                ex.set_attr("strerror", args[1].clone());
                // A None filename is no filename: args keep it and str() omits it
                // (`oserror_init`).
                if let Some(f) = args.get(2).filter(|f| !vm.is_none(f)) {
                    ex.set_attr("filename", f.clone());
                    if let Some(f2) = args.get(4).filter(|f| !vm.is_none(f)) {
                        ex.set_attr("filename2", f2.clone());
                    }
                    ex.args.set(Some(vm.tuple(args[..2].to_vec())));
                }
            }
        }
        Special::SyntaxError => {
            if let Some(m) = args.first() {
                ex.set_attr("msg", m.clone());
            }
            if let Some(info) = args.get(1).and_then(|i| i.as_tuple()) {
                let names = [
                    "filename",
                    "lineno",
                    "offset",
                    "text",
                    "end_lineno",
                    "end_offset",
                ];
                for (n, v) in names.iter().zip(info.iter()) {
                    ex.set_attr(n, v.clone());
                }
            }
        }
        Special::ImportError => {
            ex.set_attr("msg", args.first().cloned().unwrap_or_else(|| vm.none()));
        }
    }
}

/// Record that `exc` passes through `frame` at instruction `lasti`: prepend a traceback entry
/// and, for a freshly raised exception, set its context from the handled one.
pub fn record_raise(vm: &Vm, exc: &PyRef, frame: &PyRef, lasti: u32) {
    let Some(ex) = exc.as_exception() else { return };
    if ex.traceback.get().is_none() {
        set_context_from_handled(vm, exc);
    }
    let tb = crate::objects::traceback::new_traceback(vm, ex.traceback.get(), frame.clone(), lasti);
    ex.traceback.set(Some(tb));
}

/// Implicit chaining: `exc.__context__` = the exception being handled (CPython's
/// `_PyErr_SetObject`, which also breaks cycles in the context chain).
pub fn set_context_from_handled(vm: &Vm, exc: &PyRef) {
    let handled = vm.handled.get();
    let Some(h) = handled else { return };
    if h.is(exc) {
        return;
    }
    // Break a cycle: if exc is already in h's context chain, cut it out.
    let mut o = h.clone();
    loop {
        let next = o.as_exception().and_then(|e| e.context.get());
        match next {
            Some(n) if n.is(exc) => {
                if let Some(oe) = o.as_exception() {
                    oe.context.set(None);
                }
                break;
            }
            Some(n) => o = n,
            None => break,
        }
    }
    if let Some(ex) = exc.as_exception() {
        ex.context.set(Some(h));
    }
}

/// `StopIteration.value` of a StopIteration instance.
pub fn stop_iteration_value(vm: &Vm, e: &PyRef) -> PyRef {
    e.as_exception()
        .and_then(|x| x.attr("value"))
        .unwrap_or_else(|| vm.none())
}

fn exc<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a PyException> {
    o.as_exception()
        .ok_or_else(|| vm.type_error("descriptor requires an exception"))
}

fn be_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    let rest = args.pos()[1..].to_vec();
    let e = PyRef::new(
        cls,
        Payload::Exception(Box::new(PyException::new(vm.tuple(rest.clone())))),
    );
    init_special(vm, &e, &rest);
    Ok(e)
}

/// The keyword arguments a builtin exception's `__init__` accepts, with the name its
/// error message uses: ImportError(name=, path=), AttributeError(name=, obj=), NameError(name=).
fn init_keywords(vm: &Vm, o: &PyRef) -> Option<(&'static str, &'static [&'static str])> {
    let ty = o.ty();
    if is_subtype(ty, &vm.t.import_error) {
        Some(("ImportError", &["name", "path"]))
    } else if is_subtype(ty, &vm.t.attribute_error) {
        Some(("AttributeError", &["name", "obj"]))
    } else if is_subtype(ty, &vm.t.name_error) {
        Some(("NameError", &["name"]))
    } else {
        None
    }
}

fn be_init(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let keywords = if args.kwnames.is_empty() {
        None
    } else {
        init_keywords(vm, o)
    };
    if !args.kwnames.is_empty()
        && keywords.is_none()
        && o.type_data()
            .lookup_str("__init__")
            .is_none_or(|i| matches!(i.payload, Payload::MethodDescr(_)))
    {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", vm.type_name(o))));
    }
    let rest = args.pos()[1..].to_vec();
    let e = exc(vm, o)?;
    e.args.set(Some(vm.tuple(rest.clone())));
    init_special(vm, o, &rest);
    if let Some((owner, allowed)) = keywords {
        for (k, v) in args.kwargs() {
            match allowed.iter().find(|a| **a == k) {
                Some(a) => e.set_attr(a, v.clone()),
                None => {
                    return Err(vm.type_error(format!(
                        "'{k}' is an invalid keyword argument for {owner}()"
                    )))
                }
            }
        }
    }
    Ok(vm.none())
}

/// `str()` of a UnicodeDecodeError/EncodeError/TranslateError from its attributes
/// (`'utf-8' codec can't decode byte 0xff in position 0: invalid start byte`); None for
/// other exceptions.
fn unicode_error_str(vm: &Vm, o: &PyRef, e: &PyException) -> PyResult<Option<String>> {
    let ty = o.ty();
    let t = &vm.t;
    let decode = is_subtype(ty, &t.unicode_decode_error);
    let encode = is_subtype(ty, &t.unicode_encode_error);
    let translate = is_subtype(ty, &t.unicode_translate_error);
    if !(decode || encode || translate) {
        return Ok(None);
    }
    let (Some(obj), Some(start), Some(end), Some(reason)) = (
        e.attr("object"),
        e.attr("start"),
        e.attr("end"),
        e.attr("reason"),
    ) else {
        return Ok(None);
    };
    let (Payload::Int(start), Payload::Int(end)) = (&start.payload, &end.payload) else {
        return Ok(None);
    };
    let (start, end) = (*start, *end);
    let reason = crate::protocols::repr::str(vm, &reason)?;
    let reason = reason.as_str().unwrap_or("");
    let encoding = match e.attr("encoding") {
        Some(enc) => crate::protocols::repr::str(vm, &enc)?
            .as_str()
            .unwrap_or("")
            .to_string(),
        None => String::new(),
    };
    let single = end == start + 1;
    if decode {
        let byte = crate::objects::bytes::as_buffer(&obj)
            .and_then(|b| usize::try_from(start).ok().and_then(|i| b.get(i).copied()));
        return Ok(Some(match byte {
            Some(b) if single => format!(
                "'{encoding}' codec can't decode byte 0x{b:02x} in position {start}: {reason}"
            ),
            _ => format!(
                "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                end - 1
            ),
        }));
    }
    let ch = obj
        .as_str()
        .and_then(|s| usize::try_from(start).ok().and_then(|i| s.chars().nth(i)));
    let what = match ch {
        Some(c) if single => {
            let n = c as u32;
            let esc = if n < 0x100 {
                format!("\\x{n:02x}")
            } else if n < 0x10000 {
                format!("\\u{n:04x}")
            } else {
                format!("\\U{n:08x}")
            };
            format!("character '{esc}' in position {start}")
        }
        _ => format!("characters in position {start}-{}", end - 1),
    };
    Ok(Some(if encode {
        format!("'{encoding}' codec can't encode {what}: {reason}")
    } else {
        format!("can't translate {what}: {reason}")
    }))
}

/// `str(exc)`.
pub fn exception_str(vm: &Vm, o: &PyRef) -> PyResult<String> {
    let e = exc(vm, o)?;
    let ty = o.ty();
    let args = e.args_vec();
    if is_subtype(ty, &vm.t.key_error) && args.len() == 1 {
        return Ok(crate::protocols::repr::repr(vm, &args[0])?
            .as_str()
            .unwrap_or("")
            .to_string());
    }
    if let Some(text) = unicode_error_str(vm, o, e)? {
        return Ok(text);
    }
    if is_subtype(ty, &vm.t.os_error) {
        if let (Some(errno), Some(strerror)) = (e.attr("errno"), e.attr("strerror")) {
            let se = crate::protocols::repr::str(vm, &strerror)?;
            let en = crate::protocols::repr::str(vm, &errno)?;
            if let Some(f) = e.attr("filename") {
                let fr = crate::protocols::repr::repr(vm, &f)?;
                if let Some(f2) = e.attr("filename2") {
                    let f2r = crate::protocols::repr::repr(vm, &f2)?;
                    return Ok(format!(
                        "[Errno {}] {}: {} -> {}",
                        en.as_str().unwrap_or(""),
                        se.as_str().unwrap_or(""),
                        fr.as_str().unwrap_or(""),
                        f2r.as_str().unwrap_or("")
                    ));
                }
                return Ok(format!(
                    "[Errno {}] {}: {}",
                    en.as_str().unwrap_or(""),
                    se.as_str().unwrap_or(""),
                    fr.as_str().unwrap_or("")
                ));
            }
            return Ok(format!(
                "[Errno {}] {}",
                en.as_str().unwrap_or(""),
                se.as_str().unwrap_or("")
            ));
        }
    }
    if is_subtype(ty, &vm.t.syntax_error) {
        if let Some(msg) = e.attr("msg") {
            let m = crate::protocols::repr::str(vm, &msg)?
                .as_str()
                .unwrap_or("")
                .to_string();
            let file = e.attr("filename").filter(|f| !vm.is_none(f));
            let line = e.attr("lineno").filter(|f| !vm.is_none(f));
            let fname = file
                .as_ref()
                .and_then(|f| f.as_str())
                .map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
            return Ok(match (fname, line) {
                (Some(f), Some(l)) => format!(
                    "{} ({}, line {})",
                    m,
                    f,
                    crate::protocols::repr::str(vm, &l)?.as_str().unwrap_or("")
                ),
                (Some(f), None) => format!("{m} ({f})"),
                (None, Some(l)) => format!(
                    "{} (line {})",
                    m,
                    crate::protocols::repr::str(vm, &l)?.as_str().unwrap_or("")
                ),
                (None, None) => m,
            });
        }
    }
    if is_subtype(ty, &vm.t.base_exception_group) {
        let msg = args
            .first()
            .map(|m| crate::protocols::repr::str(vm, m))
            .transpose()?;
        let n = args
            .get(1)
            .map(|l| crate::protocols::sequence::len(vm, l))
            .transpose()?
            .unwrap_or(0);
        return Ok(format!(
            "{} ({} sub-exception{})",
            msg.as_ref().and_then(|m| m.as_str()).unwrap_or(""),
            n,
            if n == 1 { "" } else { "s" }
        ));
    }
    match args.len() {
        0 => Ok(String::new()),
        1 => Ok(crate::protocols::repr::str(vm, &args[0])?
            .as_str()
            .unwrap_or("")
            .to_string()),
        _ => Ok(crate::protocols::repr::repr(vm, &vm.tuple(args))?
            .as_str()
            .unwrap_or("")
            .to_string()),
    }
}

fn be_str(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.string(exception_str(vm, &args.pos()[0])?))
}

fn be_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let e = exc(vm, o)?;
    let name = o.type_data().name();
    let a = e.args_vec();
    if is_subtype(o.ty(), &vm.t.base_exception_group) && a.len() == 2 {
        let m = crate::protocols::repr::repr(vm, &a[0])?;
        let l = crate::protocols::repr::repr(vm, &a[1])?;
        return Ok(vm.string(format!(
            "{}({}, {})",
            name,
            m.as_str().unwrap_or(""),
            l.as_str().unwrap_or("")
        )));
    }
    if a.len() == 1 {
        let r = crate::protocols::repr::repr(vm, &a[0])?;
        return Ok(vm.string(format!("{}({})", name, r.as_str().unwrap_or(""))));
    }
    let r = crate::protocols::repr::repr(vm, &vm.tuple(a))?;
    let s = r.as_str().unwrap_or("()");
    Ok(vm.string(format!("{name}{s}")))
}

fn be_with_traceback(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let tb = args.pos().get(1).cloned().unwrap_or_else(|| vm.none());
    exc(vm, o)?
        .traceback
        .set(if vm.is_none(&tb) { None } else { Some(tb) });
    Ok(o.clone())
}

fn be_add_note(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let Some(note) = args.pos().get(1) else {
        return Err(vm.type_error("add_note() takes exactly one argument (0 given)"));
    };
    if note.as_str().is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(note))));
    }
    let notes_name = vm.intern("__notes__");
    let notes = match crate::protocols::attr::getattr_opt(vm, o, &notes_name)? {
        Some(n) => n,
        None => {
            let l = vm.list(vec![]);
            crate::protocols::attr::setattr(vm, o, &notes_name, Some(l.clone()))?;
            l
        }
    };
    match notes.as_list() {
        Some(l) => crate::objects::list::push(&mut l.borrow_mut(), note.clone()),
        None => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(vm.none())
}

fn be_reduce(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let e = exc(vm, o)?;
    let a = e.args.get().unwrap_or_else(|| vm.empty_tuple.clone());
    match o.dict() {
        Some(d) if d.as_dict().is_some_and(|x| !x.is_empty()) => {
            Ok(vm.tuple(vec![o.class(), a, d]))
        }
        _ => Ok(vm.tuple(vec![o.class(), a])),
    }
}

/// `__setstate__(state)`: the attributes `__reduce__` returned in its dict.
fn be_setstate(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let Some(state) = args.pos().get(1) else {
        return Err(
            vm.type_error("BaseException.__setstate__() takes exactly one argument (0 given)")
        );
    };
    if state.is(&vm.none()) {
        return Ok(vm.none());
    }
    let Some(d) = state.as_dict() else {
        return Err(vm.type_error("state is not a dictionary"));
    };
    for (k, v) in d.items() {
        crate::protocols::attr::setattr(vm, o, &k, Some(v))?;
    }
    Ok(vm.none())
}

/// `OSError.characters_written`: set only by `BlockingIOError(errno, msg, written)` or by
/// assignment.
fn g_characters_written(vm: &Vm, o: &PyRef) -> PyResult {
    exc(vm, o)?
        .attr("characters_written")
        .ok_or_else(|| vm.attribute_error("characters_written"))
}
fn s_characters_written(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let e = exc(vm, o)?;
    match v {
        Some(v) => {
            let n = crate::protocols::number::index(vm, &v)?;
            e.set_attr("characters_written", n);
        }
        None => {
            let mut a = e.attrs.borrow_mut();
            let Some(i) = a.iter().position(|(n, _)| *n == "characters_written") else {
                drop(a);
                return Err(vm.attribute_error("characters_written"));
            };
            let old = a.remove(i);
            drop(a);
            drop(old);
        }
    }
    Ok(())
}

fn g_args(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(exc(vm, o)?
        .args
        .get()
        .unwrap_or_else(|| vm.empty_tuple.clone()))
}
fn s_args(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let v = v.ok_or_else(|| vm.type_error("args may not be deleted"))?;
    let t = crate::protocols::sequence::collect(vm, &v)?;
    exc(vm, o)?.args.set(Some(vm.tuple(t)));
    Ok(())
}
fn g_tb(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(exc(vm, o)?.traceback.get().unwrap_or_else(|| vm.none()))
}
fn s_tb(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let v = v.filter(|v| !vm.is_none(v));
    if let Some(t) = &v {
        if !t.is_type(&vm.t.traceback) {
            return Err(vm.type_error("__traceback__ must be a traceback or None"));
        }
    }
    exc(vm, o)?.traceback.set(v);
    Ok(())
}
fn g_cause(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(exc(vm, o)?.cause.get().unwrap_or_else(|| vm.none()))
}
fn s_cause(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let e = exc(vm, o)?;
    let v = v.filter(|v| !vm.is_none(v));
    if let Some(c) = &v {
        if !is_subtype(c.ty(), &vm.t.base_exception) {
            return Err(vm.type_error("exception cause must be None or derive from BaseException"));
        }
    }
    e.cause.set(v);
    e.suppress_context.set(true);
    Ok(())
}
fn g_context(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(exc(vm, o)?.context.get().unwrap_or_else(|| vm.none()))
}
fn s_context(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let v = v.filter(|v| !vm.is_none(v));
    if let Some(c) = &v {
        if !is_subtype(c.ty(), &vm.t.base_exception) {
            return Err(
                vm.type_error("exception context must be None or derive from BaseException")
            );
        }
    }
    exc(vm, o)?.context.set(v);
    Ok(())
}
fn g_suppress(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.bool(exc(vm, o)?.suppress_context.get()))
}
fn s_suppress(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
    let b = match v {
        Some(v) => crate::protocols::compare::is_true(vm, &v)?,
        None => false,
    };
    exc(vm, o)?.suppress_context.set(b);
    Ok(())
}

macro_rules! attr_getset {
    ($($get:ident, $set:ident, $name:literal;)*) => {
        $(
            fn $get(vm: &Vm, o: &PyRef) -> PyResult {
                Ok(exc(vm, o)?.attr($name).unwrap_or_else(|| vm.none()))
            }
            fn $set(vm: &Vm, o: &PyRef, v: Option<PyRef>) -> PyResult<()> {
                exc(vm, o)?.set_attr($name, v.unwrap_or_else(|| vm.none()));
                Ok(())
            }
        )*
    };
}

attr_getset! {
    g_value, s_value, "value";
    g_code, s_code, "code";
    g_errno, s_errno, "errno";
    g_strerror, s_strerror, "strerror";
    g_filename, s_filename, "filename";
    g_filename2, s_filename2, "filename2";
    g_msg, s_msg, "msg";
    g_lineno, s_lineno, "lineno";
    g_offset, s_offset, "offset";
    g_text, s_text, "text";
    g_end_lineno, s_end_lineno, "end_lineno";
    g_end_offset, s_end_offset, "end_offset";
    g_print_file_and_line, s_print_file_and_line, "print_file_and_line";
    g_name, s_name, "name";
    g_obj, s_obj, "obj";
    g_path, s_path, "path";
    g_encoding, s_encoding, "encoding";
    g_object, s_object, "object";
    g_start, s_start, "start";
    g_end, s_end, "end";
    g_reason, s_reason, "reason";
}

const BASE_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", be_new),
    MethodDef::method("__init__", be_init),
    MethodDef::method("__str__", be_str),
    MethodDef::method("__repr__", be_repr),
    MethodDef::method("with_traceback", be_with_traceback),
    MethodDef::method("add_note", be_add_note),
    MethodDef::method("__reduce__", be_reduce),
    MethodDef::method("__setstate__", be_setstate),
];

/// `ExceptionGroup(msg, excs)`: `args` holds the exceptions as a list (`except*` re-raising
/// several) or a tuple (`except*` wrapping a naked exception), as CPython builds them.
pub fn new_exception_group(vm: &Vm, msg: &str, excs: Vec<PyRef>, as_list: bool) -> PyResult {
    let all_exc = excs.iter().all(|e| is_subtype(e.ty(), &vm.t.exception));
    let ty = if all_exc {
        &vm.t.exception_group
    } else {
        &vm.t.base_exception_group
    };
    let seq = if as_list {
        vm.list(excs.clone())
    } else {
        vm.tuple(excs.clone())
    };
    let e = new_exception(vm, ty, vec![vm.str(msg), seq]);
    if let Some(x) = e.as_exception() {
        x.set_attr("exceptions", vm.tuple(excs));
    }
    Ok(e)
}

fn eg_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    let p = &args.pos()[1..];
    if p.len() != 2 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            p.len()
        )));
    }
    if p[0].as_str().is_none() {
        return Err(vm.type_error(format!(
            "argument 1 must be str, not {}",
            vm.type_name(&p[0])
        )));
    }
    let excs = crate::protocols::sequence::collect(vm, &p[1])
        .map_err(|_| vm.type_error("second argument (exceptions) must be a sequence"))?;
    if excs.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    for (i, e) in excs.iter().enumerate() {
        if !is_subtype(e.ty(), &vm.t.base_exception) {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
    }
    let all_exc = excs.iter().all(|e| is_subtype(e.ty(), &vm.t.exception));
    let mut cls = cls.clone();
    if cls.is(&vm.t.base_exception_group) && all_exc {
        cls = vm.t.exception_group.clone();
    } else if is_subtype(&cls, &vm.t.exception) && !all_exc {
        return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
    }
    // `args` keeps the sequence as given (a list stays a list in the repr); `exceptions` is
    // the tuple taken from it now.
    let e = PyException::new(vm.tuple(vec![p[0].clone(), p[1].clone()]));
    e.set_attr("exceptions", vm.tuple(excs));
    Ok(PyRef::new(&cls, Payload::Exception(Box::new(e))))
}

fn eg_message(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(exc(vm, o)?
        .args_vec()
        .first()
        .cloned()
        .unwrap_or_else(|| vm.str("")))
}
fn eg_exceptions(vm: &Vm, o: &PyRef) -> PyResult {
    let e = exc(vm, o)?;
    if let Some(t) = e.attr("exceptions") {
        return Ok(t);
    }
    let a = e.args_vec();
    let l = a.get(1).cloned().unwrap_or_else(|| vm.empty_tuple.clone());
    Ok(vm.tuple(crate::protocols::sequence::collect(vm, &l)?))
}

fn eg_excs(vm: &Vm, o: &PyRef) -> Vec<PyRef> {
    eg_exceptions(vm, o)
        .ok()
        .and_then(|t| t.as_tuple().map(|x| x.to_vec()))
        .unwrap_or_default()
}

fn eg_derive_with(vm: &Vm, o: &PyRef, excs: Vec<PyRef>) -> PyResult {
    let d = crate::protocols::call::call_method(vm, o, "derive", &[vm.list(excs)])?;
    if let (Some(src), Some(dst)) = (o.as_exception(), d.as_exception()) {
        dst.traceback.set(src.traceback.get());
        dst.cause.set(src.cause.get());
        dst.context.set(src.context.get());
    }
    if let Some(notes) = crate::protocols::attr::getattr_opt(vm, o, &vm.intern("__notes__"))? {
        crate::protocols::attr::setattr_str(vm, &d, "__notes__", notes)?;
    }
    Ok(d)
}

/// Split `o` by predicate into (matching, rest) groups (None when empty).
fn eg_split_by(
    vm: &Vm,
    o: &PyRef,
    pred: &dyn Fn(&PyRef) -> PyResult<bool>,
) -> PyResult<(Option<PyRef>, Option<PyRef>)> {
    if pred(o)? {
        return Ok((Some(o.clone()), None));
    }
    if !is_subtype(o.ty(), &vm.t.base_exception_group) {
        return Ok((None, Some(o.clone())));
    }
    let mut m = Vec::new();
    let mut r = Vec::new();
    for e in eg_excs(vm, o) {
        let (a, b) = eg_split_by(vm, &e, pred)?;
        if let Some(a) = a {
            m.push(a);
        }
        if let Some(b) = b {
            r.push(b);
        }
    }
    let mk = |v: Vec<PyRef>| -> PyResult<Option<PyRef>> {
        if v.is_empty() {
            Ok(None)
        } else {
            eg_derive_with(vm, o, v).map(Some)
        }
    };
    Ok((mk(m)?, mk(r)?))
}

fn make_pred(cond: &PyRef) -> Box<dyn Fn(&PyRef) -> PyResult<bool>> {
    let cond = cond.clone();
    if matches!(cond.payload, Payload::Type(_) | Payload::Tuple(_)) {
        let c = cond.clone();
        Box::new(move |e: &PyRef| {
            Ok(match &c.payload {
                Payload::Tuple(items) => items.iter().any(|t| is_subtype(e.ty(), t)),
                _ => is_subtype(e.ty(), &c),
            })
        })
    } else {
        Box::new(move |_e: &PyRef| Ok(false))
    }
}

fn eg_split(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let cond = args
        .pos()
        .get(1)
        .cloned()
        .ok_or_else(|| vm.type_error("split() takes exactly one argument"))?;
    let (m, r) = if matches!(cond.payload, Payload::Type(_) | Payload::Tuple(_)) {
        eg_split_by(vm, o, &*make_pred(&cond))?
    } else {
        eg_split_by(vm, o, &|e: &PyRef| {
            let r = crate::protocols::call::call(vm, &cond, &[e.clone()])?;
            crate::protocols::compare::is_true(vm, &r)
        })?
    };
    Ok(vm.tuple(vec![
        m.unwrap_or_else(|| vm.none()),
        r.unwrap_or_else(|| vm.none()),
    ]))
}

fn eg_subgroup(vm: &Vm, args: Args) -> PyResult {
    let r = eg_split(vm, args)?;
    Ok(r.as_tuple()
        .map(|t| t[0].clone())
        .unwrap_or_else(|| vm.none()))
}

fn eg_derive(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let excs = args
        .pos()
        .get(1)
        .cloned()
        .unwrap_or_else(|| vm.empty_tuple.clone());
    let msg = eg_message(vm, o)?;
    crate::protocols::call::call(vm, &vm.t.base_exception_group, &[msg, excs])
}

fn eg_init(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

const EG_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", eg_new),
    MethodDef::method("__init__", eg_init),
    MethodDef::method("split", eg_split),
    MethodDef::method("subgroup", eg_subgroup),
    MethodDef::method("derive", eg_derive),
    MethodDef::class(
        "__class_getitem__",
        crate::objects::generic_alias::class_getitem,
    ),
];

/// Identities of the leaf exceptions of a group (or the exception itself).
pub fn leaf_ids(e: &PyRef) -> Vec<usize> {
    let Some(ex) = e.as_exception() else {
        return vec![e.id()];
    };
    let a = ex.args_vec();
    match a.get(1).map(|l| &l.payload) {
        Some(Payload::Tuple(items))
            if a.len() == 2
                && items.iter().all(|i| i.as_exception().is_some())
                && e.type_data().name().contains("ExceptionGroup") =>
        {
            items.iter().flat_map(leaf_ids).collect()
        }
        _ => vec![e.id()],
    }
}

/// Whether every leaf of `e` is a leaf of `orig`.
pub fn is_part_of(_vm: &Vm, e: &PyRef, orig: &PyRef) -> bool {
    let all = leaf_ids(orig);
    leaf_ids(e).iter().all(|i| all.contains(i))
}

/// The sub-group of `orig` whose leaves are in `keep`.
pub fn project_group(vm: &Vm, orig: &PyRef, keep: &[usize]) -> PyResult<Option<PyRef>> {
    let (m, _) = eg_split_by(vm, orig, &|e: &PyRef| {
        Ok(leaf_ids(e).iter().all(|i| keep.contains(i))
            && !is_subtype(e.ty(), &vm.t.base_exception_group))
    })?;
    Ok(m)
}

/// The OSError subclass CPython picks for an errno (`OSError(errno, ...)` construction).
pub fn oserror_subclass(vm: &Vm, errno: i64) -> PyRef {
    let t = &vm.t;
    match errno as i32 {
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => t.blocking_io_error.clone(),
        libc::ECHILD => t.child_process_error.clone(),
        libc::EPIPE | libc::ESHUTDOWN => t.broken_pipe_error.clone(),
        libc::ECONNABORTED => t.connection_aborted_error.clone(),
        libc::ECONNREFUSED => t.connection_refused_error.clone(),
        libc::ECONNRESET => t.connection_reset_error.clone(),
        libc::EEXIST => t.file_exists_error.clone(),
        libc::ENOENT => t.file_not_found_error.clone(),
        libc::EISDIR => t.is_a_directory_error.clone(),
        libc::ENOTDIR => t.not_a_directory_error.clone(),
        libc::EINTR => t.interrupted_error.clone(),
        libc::EACCES | libc::EPERM => t.permission_error.clone(),
        libc::ESRCH => t.process_lookup_error.clone(),
        libc::ETIMEDOUT => t.timeout_error.clone(),
        _ => t.os_error.clone(),
    }
}

fn os_new(vm: &Vm, args: Args) -> PyResult {
    let mut cls = args.pos()[0].clone();
    let rest = args.pos()[1..].to_vec();
    if cls.is(&vm.t.os_error) && (2..=5).contains(&rest.len()) {
        if let Payload::Int(errno) = rest[0].payload {
            cls = oserror_subclass(vm, errno);
        }
    }
    let e = PyRef::new(
        &cls,
        Payload::Exception(Box::new(PyException::new(vm.tuple(rest.clone())))),
    );
    init_special(vm, &e, &rest);
    Ok(e)
}

/// An OSError (of the errno's subclass) for a failed system call.
pub fn os_error_from_errno(vm: &Vm, errno: i32, filename: Option<PyRef>) -> PyRef {
    let msg = crate::modules::os_error_message(errno);
    let mut args = vec![vm.int(errno as i64), vm.string(msg)];
    if let Some(f) = filename {
        args.push(f);
    }
    let cls = oserror_subclass(vm, errno as i64);
    new_exception(vm, &cls, args)
}

pub fn init(vm: &Vm) {
    use crate::objects::descr::{add_getset, add_methods};
    let t = &vm.t;
    let be = &t.base_exception;
    add_methods(vm, be, BASE_METHODS);
    add_getset(vm, be, "args", g_args, Some(s_args));
    add_getset(vm, be, "__traceback__", g_tb, Some(s_tb));
    add_getset(vm, be, "__cause__", g_cause, Some(s_cause));
    add_getset(vm, be, "__context__", g_context, Some(s_context));
    add_getset(vm, be, "__suppress_context__", g_suppress, Some(s_suppress));
    add_getset(
        vm,
        be,
        "__dict__",
        crate::objects::function::g_dict,
        Some(crate::objects::function::s_dict),
    );
    add_getset(vm, &t.stop_iteration, "value", g_value, Some(s_value));
    add_getset(vm, &t.system_exit, "code", g_code, Some(s_code));
    let os = &t.os_error;
    crate::objects::descr::add_methods(vm, os, OS_METHODS);
    add_getset(vm, os, "errno", g_errno, Some(s_errno));
    add_getset(vm, os, "strerror", g_strerror, Some(s_strerror));
    add_getset(vm, os, "filename", g_filename, Some(s_filename));
    add_getset(vm, os, "filename2", g_filename2, Some(s_filename2));
    add_getset(
        vm,
        os,
        "characters_written",
        g_characters_written,
        Some(s_characters_written),
    );
    let se = &t.syntax_error;
    add_getset(vm, se, "msg", g_msg, Some(s_msg));
    add_getset(vm, se, "filename", g_filename, Some(s_filename));
    add_getset(vm, se, "lineno", g_lineno, Some(s_lineno));
    add_getset(vm, se, "offset", g_offset, Some(s_offset));
    add_getset(vm, se, "text", g_text, Some(s_text));
    add_getset(vm, se, "end_lineno", g_end_lineno, Some(s_end_lineno));
    add_getset(vm, se, "end_offset", g_end_offset, Some(s_end_offset));
    add_getset(
        vm,
        se,
        "print_file_and_line",
        g_print_file_and_line,
        Some(s_print_file_and_line),
    );
    let ie = &t.import_error;
    add_getset(vm, ie, "msg", g_msg, Some(s_msg));
    add_getset(vm, ie, "name", g_name, Some(s_name));
    add_getset(vm, ie, "path", g_path, Some(s_path));
    add_getset(vm, &t.name_error, "name", g_name, Some(s_name));
    add_getset(vm, &t.attribute_error, "name", g_name, Some(s_name));
    add_getset(vm, &t.attribute_error, "obj", g_obj, Some(s_obj));
    for u in [
        &t.unicode_decode_error,
        &t.unicode_encode_error,
        &t.unicode_translate_error,
    ] {
        add_getset(vm, u, "encoding", g_encoding, Some(s_encoding));
        add_getset(vm, u, "object", g_object, Some(s_object));
        add_getset(vm, u, "start", g_start, Some(s_start));
        add_getset(vm, u, "end", g_end, Some(s_end));
        add_getset(vm, u, "reason", g_reason, Some(s_reason));
    }
    let eg = &t.base_exception_group;
    add_methods(vm, eg, EG_METHODS);
    add_getset(vm, eg, "message", eg_message, None);
    add_getset(vm, eg, "exceptions", eg_exceptions, None);
    // ExceptionGroup(BaseExceptionGroup, Exception), made like a class statement would.
    let egt = t.exception_group.as_type().expect("type");
    egt.dict.set_str(vm, "__module__", vm.intern("builtins"));
    add_getset(
        vm,
        &t.exception_group,
        "__weakref__",
        crate::objects::weakref::weakref_getter,
        None,
    );
    *egt.bases.borrow_mut() = vec![t.base_exception_group.clone(), t.exception.clone()];
    if let Ok(mro) = crate::objects::type_::c3_mro(
        &t.exception_group,
        &[t.base_exception_group.clone(), t.exception.clone()],
    ) {
        *egt.mro.borrow_mut() = mro;
    }
}

const OS_METHODS: &[MethodDef] = &[MethodDef::static_("__new__", os_new)];
