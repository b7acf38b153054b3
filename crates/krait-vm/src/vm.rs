//! The VM: interpreter-wide state (builtin types, singletons, interned names, modules) and the
//! per-thread state (frame stack, handled exception, recursion depth), plus constructors for
//! common values and exceptions. Mirrors CPython's `PyInterpreterState`/`PyThreadState`
//! (`Include/internal/pycore_interp.h`, `pycore_pystate.h`).

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::intern::Names;
use crate::object::PyRef;
use crate::objects::types_registry::Types;
use crate::objects::Payload;

/// Result of anything that can raise: the error is the exception instance.
pub type PyResult<T = PyRef> = Result<T, PyRef>;

/// Arguments of a call, CPython's vectorcall shape: `values` holds the positional arguments
/// followed by the keyword arguments' values, whose names are `kwnames` (str objects).
#[derive(Clone, Copy)]
pub struct Args<'a> {
    pub values: &'a [PyRef],
    pub kwnames: &'a [PyRef],
}

impl<'a> Args<'a> {
    pub fn new(values: &'a [PyRef]) -> Args<'a> {
        Args {
            values,
            kwnames: &[],
        }
    }

    pub fn with_kw(values: &'a [PyRef], kwnames: &'a [PyRef]) -> Args<'a> {
        Args { values, kwnames }
    }

    /// The positional arguments.
    #[inline]
    pub fn pos(&self) -> &'a [PyRef] {
        &self.values[..self.values.len() - self.kwnames.len()]
    }

    /// The keyword arguments' values, in `kwnames` order.
    #[inline]
    pub fn kwvalues(&self) -> &'a [PyRef] {
        &self.values[self.values.len() - self.kwnames.len()..]
    }

    /// `(name, value)` pairs of the keyword arguments.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a str, &'a PyRef)> + 'a {
        let names = self.kwnames;
        names
            .iter()
            .map(|n| n.as_str().unwrap_or(""))
            .zip(self.kwvalues().iter())
    }

    /// The value of keyword argument `name`, if passed.
    pub fn kwarg(&self, name: &str) -> Option<&'a PyRef> {
        self.kwargs().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// Arguments with the first positional one removed (the `self` of a method).
    pub fn skip_self(&self) -> Args<'a> {
        Args {
            values: &self.values[1..],
            kwnames: self.kwnames,
        }
    }
}

/// A native function: builtin functions, methods of builtin types (self is the first positional
/// argument) and functions of native modules.
pub type NativeFn = fn(&Vm, Args) -> PyResult;

/// How a native method binds (CPython's `METH_CLASS`/`METH_STATIC`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodKind {
    Instance,
    Class,
    Static,
}

/// One entry of a builtin type's or native module's method table.
pub struct MethodDef {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: MethodKind,
    pub doc: &'static str,
}

impl MethodDef {
    pub const fn method(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef {
            name,
            func,
            kind: MethodKind::Instance,
            doc: "",
        }
    }
    pub const fn class(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef {
            name,
            func,
            kind: MethodKind::Class,
            doc: "",
        }
    }
    pub const fn static_(name: &'static str, func: NativeFn) -> MethodDef {
        MethodDef {
            name,
            func,
            kind: MethodKind::Static,
            doc: "",
        }
    }
}

/// Where the embedded Python standard library comes from (set by `krait-stdlib`).
pub type SourceLookup = fn(&str) -> Option<(&'static str, bool)>;
/// The build-time compiled code of an embedded module (`krait_bytecode::marshal`).
pub type CodeLookup = fn(&str) -> Option<&'static [u8]>;
/// A native module's constructor.
pub type ModuleInit = fn(&Vm) -> PyResult;

/// The interpreter.
pub struct Vm {
    pub t: Types,
    pub names: Names,
    pub none: PyRef,
    pub true_: PyRef,
    pub false_: PyRef,
    pub ellipsis: PyRef,
    pub not_implemented: PyRef,
    /// The null marker of the value stack (`PUSH_NULL`); never visible to Python code.
    pub null: PyRef,
    pub empty_tuple: PyRef,
    pub empty_str: PyRef,
    /// The one-character strings of U+0000..U+00FF, shared (CPython's latin-1 singletons):
    /// `vm.str` of such a character (indexing, iteration, `chr`) returns these; they are
    /// interned. Each is made on first use. Strings computed into a `String` (`vm.string`)
    /// are new objects, as CPython's `replace`, `str(int)` and formatting results are.
    pub(crate) latin1: Box<[std::cell::OnceCell<PyRef>]>,
    pub(crate) small_ints: Box<[PyRef]>,
    pub(crate) interned: RefCell<HashMap<Rc<str>, PyRef>>,
    pub builtins: PyRef,
    pub builtins_dict: PyRef,
    pub sys_modules: PyRef,
    /// The `sys` module, once made.
    pub sys: RefCell<Option<PyRef>>,
    /// The Python frames being executed, innermost last.
    pub frames: RefCell<Vec<PyRef>>,
    /// The exception being handled (`sys.exception()`), if any.
    pub handled: crate::object::ObjSlot,
    /// `sys.settrace`/`sys.setprofile` functions of the running thread (stored and returned
    /// by `gettrace`/`getprofile`; Krait calls no trace or profile hooks).
    pub trace_hooks: [crate::object::ObjSlot; 2],
    pub depth: Cell<u32>,
    pub recursion_limit: Cell<u32>,
    /// Native modules by import name.
    pub native_modules: RefCell<HashMap<&'static str, ModuleInit>>,
    /// The embedded `lib/`: source text and whether it is a package, by module name.
    pub stdlib_source: Cell<Option<SourceLookup>>,
    /// Their precompiled code, when the embedder has it.
    pub stdlib_code: Cell<Option<CodeLookup>>,
    /// Types replaced through `__class__` assignment, kept alive (see `PyObject::ty`).
    pub(crate) retired_types: RefCell<Vec<PyRef>>,
    /// `sys.flags` options the CLI set.
    pub flags: RefCell<crate::modules::sys::Flags>,
    /// Lowest address the Rust stack may grow to before RecursionError (0 = unchecked).
    pub stack_limit: Cell<usize>,
    /// `sys.set_int_max_str_digits` limit.
    pub int_max_str_digits: Cell<usize>,
    /// atexit callbacks, registered order.
    pub atexit: RefCell<Vec<(PyRef, Vec<PyRef>, Vec<(PyRef, PyRef)>)>>,
    /// `gc.garbage` and `gc.callbacks` (the collector appends to and calls them).
    pub gc_garbage: PyRef,
    pub gc_callbacks: PyRef,
    /// Finished, unshared frame objects kept for reuse (see `objects::frame::new_frame`).
    pub frame_pool: RefCell<Vec<PyRef>>,
}

impl Vm {
    /// `None`.
    #[inline]
    pub fn none(&self) -> PyRef {
        self.none.clone()
    }

    #[inline]
    pub fn is_none(&self, o: &PyRef) -> bool {
        o.is(&self.none)
    }

    #[inline]
    pub fn bool(&self, b: bool) -> PyRef {
        if b {
            self.true_.clone()
        } else {
            self.false_.clone()
        }
    }

    #[inline]
    pub fn not_implemented(&self) -> PyRef {
        self.not_implemented.clone()
    }

    /// An int object (small ints are shared, as CPython's cache -5..=256).
    #[inline]
    pub fn int(&self, v: i64) -> PyRef {
        if (-5..=256).contains(&v) {
            self.small_ints[(v + 5) as usize].clone()
        } else {
            PyRef::new_int(&self.t.int, v)
        }
    }

    /// An int object from a big integer, normalised to the machine-word form when it fits.
    pub fn bigint(&self, v: BigInt) -> PyRef {
        match i64::try_from(&v) {
            Ok(i) => self.int(i),
            Err(_) => PyRef::new(&self.t.int, Payload::BigInt(Box::new(v))),
        }
    }

    pub fn usize(&self, v: usize) -> PyRef {
        match i64::try_from(v) {
            Ok(i) => self.int(i),
            Err(_) => self.bigint(BigInt::from(v)),
        }
    }

    #[inline]
    pub fn float(&self, v: f64) -> PyRef {
        PyRef::new_float(&self.t.float, v)
    }

    pub fn complex(&self, re: f64, im: f64) -> PyRef {
        PyRef::new(&self.t.complex, Payload::Complex(re, im))
    }

    /// A str object.
    pub fn str(&self, s: &str) -> PyRef {
        if s.len() <= 2 {
            if let Some(r) = self.short_str(s) {
                return r;
            }
        }
        PyRef::new(
            &self.t.str,
            Payload::Str(crate::objects::str::PyStr::new(s.into())),
        )
    }

    pub fn string(&self, s: String) -> PyRef {
        if s.is_empty() {
            return self.empty_str.clone();
        }
        PyRef::new(
            &self.t.str,
            Payload::Str(crate::objects::str::PyStr::new(s.into_boxed_str())),
        )
    }

    /// A str of the concatenation of `parts` (str objects; anything else counts as empty):
    /// one allocation of exactly the result's size, its length in characters summed.
    pub fn str_concat(&self, parts: &[PyRef]) -> PyRef {
        let mut bytes = 0;
        let mut nchars = 0;
        for p in parts {
            if let Payload::Str(ps) = &p.payload {
                bytes += ps.as_str().len();
                nchars += ps.char_len();
            }
        }
        if bytes == 0 {
            return self.empty_str.clone();
        }
        let mut s = String::with_capacity(bytes);
        for p in parts {
            if let Payload::Str(ps) = &p.payload {
                s.push_str(ps.as_str());
            }
        }
        PyRef::new(
            &self.t.str,
            Payload::Str(crate::objects::str::PyStr::with_nchars(
                s.into_boxed_str(),
                nchars,
            )),
        )
    }

    /// The shared object for `s` when it is empty or one latin-1 character.
    #[inline]
    fn short_str(&self, s: &str) -> Option<PyRef> {
        let mut chars = s.chars();
        match (chars.next(), chars.next()) {
            (None, _) => Some(self.empty_str.clone()),
            (Some(c), None) if (c as u32) < 256 => Some(
                self.latin1[c as usize]
                    .get_or_init(|| {
                        // The interned string of this character (an identifier like `_`,
                        // or `sys.intern`'s) when there is one; otherwise a new one, interned.
                        if let Some(r) = self.interned.borrow().get(s) {
                            return r.clone();
                        }
                        let r = PyRef::new(
                            &self.t.str,
                            Payload::Str(crate::objects::str::PyStr::new(s.into())),
                        );
                        r.make_immortal();
                        self.interned.borrow_mut().insert(Rc::from(s), r.clone());
                        r
                    })
                    .clone(),
            ),
            _ => None,
        }
    }

    pub fn bytes(&self, b: &[u8]) -> PyRef {
        PyRef::new(&self.t.bytes, Payload::Bytes(b.into()))
    }

    pub fn bytes_vec(&self, b: Vec<u8>) -> PyRef {
        PyRef::new(&self.t.bytes, Payload::Bytes(b.into_boxed_slice()))
    }

    pub fn tuple(&self, items: Vec<PyRef>) -> PyRef {
        if items.is_empty() {
            return self.empty_tuple.clone();
        }
        PyRef::new(&self.t.tuple, Payload::Tuple(items.into_boxed_slice()))
    }

    pub fn tuple_from(&self, items: &[PyRef]) -> PyRef {
        if items.is_empty() {
            return self.empty_tuple.clone();
        }
        PyRef::new(&self.t.tuple, Payload::Tuple(items.into()))
    }

    pub fn list(&self, items: Vec<PyRef>) -> PyRef {
        PyRef::new(&self.t.list, Payload::List(RefCell::new(items)))
    }

    pub fn dict(&self) -> PyRef {
        PyRef::new(&self.t.dict, Payload::Dict(Box::default()))
    }

    /// A dict with room for `n` items, as CPython sizes a display's (`unicode`: every key an
    /// exact str).
    pub fn dict_presized(&self, n: usize, unicode: bool) -> PyRef {
        PyRef::new(
            &self.t.dict,
            Payload::Dict(Box::new(crate::objects::dict::PyDict::presized(n, unicode))),
        )
    }

    /// The interned str object for `s` (identifiers, attribute names: shared, `is`-equal).
    pub fn intern(&self, s: &str) -> PyRef {
        if let Some(r) = self.interned.borrow().get(s) {
            return r.clone();
        }
        let r = self.str(s);
        r.make_immortal();
        self.interned.borrow_mut().insert(Rc::from(s), r.clone());
        r
    }

    /// Intern an existing str object (`sys.intern`).
    pub fn intern_obj(&self, s: &PyRef) -> PyRef {
        let text = s.as_str().unwrap_or("");
        if let Some(r) = self.interned.borrow().get(text) {
            return r.clone();
        }
        s.make_immortal();
        self.interned.borrow_mut().insert(Rc::from(text), s.clone());
        s.clone()
    }

    /// The type name of `obj`, as error messages print it.
    pub fn type_name(&self, obj: &PyRef) -> String {
        obj.type_data().name()
    }

    // ----- exceptions -----

    /// A new exception instance of `ty` with one str argument.
    pub fn new_exc(&self, ty: &PyRef, msg: impl Into<String>) -> PyRef {
        let arg = self.string(msg.into());
        crate::objects::exceptions::new_exception(self, ty, vec![arg])
    }

    /// A new exception instance of `ty` with no arguments.
    pub fn new_exc_empty(&self, ty: &PyRef) -> PyRef {
        crate::objects::exceptions::new_exception(self, ty, vec![])
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyRef {
        self.new_exc(&self.t.type_error, msg)
    }
    pub fn value_error(&self, msg: impl Into<String>) -> PyRef {
        self.new_exc(&self.t.value_error, msg)
    }
    pub fn index_error(&self, msg: impl Into<String>) -> PyRef {
        self.new_exc(&self.t.index_error, msg)
    }
    pub fn key_error(&self, key: PyRef) -> PyRef {
        crate::objects::exceptions::new_exception(self, &self.t.key_error, vec![key])
    }
    pub fn attribute_error(&self, msg: impl Into<String>) -> PyRef {
        self.new_exc(&self.t.attribute_error, msg)
    }
    pub fn name_error(&self, msg: impl Into<String>) -> PyRef {
        self.new_exc(&self.t.name_error, msg)
    }
    pub fn runtime_error(&self, msg: impl Into<String>) -> PyRef {
        self.new_exc(&self.t.runtime_error, msg)
    }
    pub fn overflow_error(&self, msg: impl Into<String>) -> PyRef {
        self.new_exc(&self.t.overflow_error, msg)
    }
    pub fn zero_division_error(&self, msg: impl Into<String>) -> PyRef {
        self.new_exc(&self.t.zero_division_error, msg)
    }
    pub fn system_error(&self, msg: impl Into<String>) -> PyRef {
        self.new_exc(&self.t.system_error, msg)
    }
    pub fn memory_error(&self) -> PyRef {
        self.new_exc_empty(&self.t.memory_error)
    }
    pub fn stop_iteration(&self, value: Option<PyRef>) -> PyRef {
        match value {
            Some(v) => {
                crate::objects::exceptions::new_exception(self, &self.t.stop_iteration, vec![v])
            }
            None => self.new_exc_empty(&self.t.stop_iteration),
        }
    }
    pub fn recursion_error_with(&self, msg: String) -> PyRef {
        self.new_exc(&self.t.recursion_error, msg)
    }
    pub fn recursion_error(&self) -> PyRef {
        self.new_exc(&self.t.recursion_error, "maximum recursion depth exceeded")
    }
    pub fn not_implemented_error(&self, msg: impl Into<String>) -> PyRef {
        self.new_exc(&self.t.not_implemented_error, msg)
    }

    /// Whether exception `exc` is an instance of exception type `ty` (or a subclass).
    pub fn exc_matches(&self, exc: &PyRef, ty: &PyRef) -> bool {
        crate::objects::type_::is_subtype(exc.ty(), ty)
    }

    /// Convert a format-helper error into the exception it names.
    pub fn format_err(&self, e: crate::format::FormatError) -> PyRef {
        use crate::format::FormatError;
        match e {
            FormatError::ValueError(m) => self.value_error(m),
            FormatError::TypeError(m) => self.type_error(m),
            FormatError::OverflowError(m) => self.overflow_error(m),
            FormatError::MemoryError => self.memory_error(),
        }
    }

    /// Keep `old`, the type an object stopped being an instance of (`__class__`
    /// assignment), alive for the rest of the run: code that borrowed the object's type
    /// before the assignment may still be using it (see `PyObject::ty`). One reference per
    /// type is enough, so an object whose class is switched back and forth in a loop does
    /// not grow the list (it kept one reference per assignment).
    pub(crate) fn retire_type(&self, old: PyRef) {
        let mut retired = self.retired_types.borrow_mut();
        // Dropping `old` when it is already there cannot free it: the list holds it.
        if !retired.iter().rev().any(|t| t.is(&old)) {
            retired.push(old);
        }
    }

    // ----- recursion -----

    /// Enter one level of Python-visible recursion (a call, or a dunder called from Rust);
    /// RecursionError past `sys.getrecursionlimit()` or when the Rust stack runs low.
    #[inline(always)]
    pub fn enter_recursion(&self) -> PyResult<()> {
        let d = self.depth.get() + 1;
        self.depth.set(d);
        if d > self.recursion_limit.get() || self.stack_low() {
            self.depth.set(d - 1);
            return Err(self.recursion_error());
        }
        Ok(())
    }

    /// `Py_EnterRecursiveCall(where)`: the RecursionError names the operation that crossed
    /// the limit (" in comparison", " while getting the repr of an object").
    pub fn enter_recursion_where(&self, place: &str) -> PyResult<()> {
        let d = self.depth.get() + 1;
        self.depth.set(d);
        if d > self.recursion_limit.get() || self.stack_low() {
            self.depth.set(d - 1);
            return Err(
                self.recursion_error_with(format!("maximum recursion depth exceeded{place}"))
            );
        }
        Ok(())
    }

    #[inline]
    pub fn leave_recursion(&self) {
        self.depth.set(self.depth.get() - 1);
    }

    #[inline]
    fn stack_low(&self) -> bool {
        let marker = 0u8;
        let sp = &marker as *const u8 as usize;
        sp < self.stack_limit.get()
    }

    /// The innermost executing Python frame.
    pub fn current_frame(&self) -> Option<PyRef> {
        self.frames.borrow().last().cloned()
    }

    /// Globals of the innermost frame (the builtins' namespace when none runs).
    pub fn current_globals(&self) -> PyRef {
        match self.current_frame() {
            Some(f) => f
                .as_frame()
                .map(|f| f.globals.clone())
                .unwrap_or_else(|| self.builtins_dict.clone()),
            None => self.builtins_dict.clone(),
        }
    }
}
