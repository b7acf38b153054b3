//! _struct: mirrors `Modules/_struct.c`, the native half of `struct` (`lib/struct.py`
//! re-exports it). The `Struct` type, `unpack_iterator`, the module functions with their
//! cache of parsed formats, and `struct.error`. Format parsing and the per-code packing live
//! in `_struct_codes.rs`.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::mem::ManuallyDrop;
use std::rc::Rc;

use krait_vm::objects::module::{new_module, set_attr};
use krait_vm::objects::{NativeData, Payload};
use krait_vm::protocols::{call, compare, number};
use krait_vm::{Args, MethodDef, PyRef, PyResult, Vm};

use crate::_struct_codes::{self as codes, Layout};

/// The module functions cache at most this many parsed formats (`MAXCACHE`).
const MAX_CACHE: usize = 100;

thread_local! {
    static CACHE: RefCell<HashMap<(bool, Vec<u8>), Rc<Layout>>> = RefCell::new(HashMap::new());
}
// Never dropped: a thread-local destructor must not free a heap type after the VM.
static ERROR: krait_vm::object::GilStatic<RefCell<Option<ManuallyDrop<PyRef>>>> =
    krait_vm::object::GilStatic::new(RefCell::new(None));
static TYPES: krait_vm::object::GilStatic<RefCell<Option<(PyRef, PyRef)>>> =
    krait_vm::object::GilStatic::new(RefCell::new(None));

/// A new exception class `module.name` deriving from `base`, made as `PyErr_NewException`
/// does (a heap type with `__module__` set).
pub(crate) fn new_error_class(vm: &Vm, module: &str, name: &str, base: &PyRef) -> PyResult {
    let ns = vm.dict();
    krait_vm::protocols::sequence::setitem(vm, &ns, &vm.str("__module__"), vm.str(module))?;
    let cls = call::call(
        vm,
        &vm.t.type_,
        &[vm.str(name), vm.tuple(vec![base.clone()]), ns],
    )?;
    Ok(cls)
}

/// `struct.error`.
pub(crate) fn error_type(vm: &Vm) -> PyRef {
    if let Some(t) = ERROR.with(|e| e.borrow().as_deref().cloned()) {
        return t;
    }
    let t = new_error_class(vm, "struct", "error", &vm.t.exception)
        .unwrap_or_else(|_| vm.t.exception.clone());
    ERROR.with(|e| *e.borrow_mut() = Some(ManuallyDrop::new(t.clone())));
    t
}

fn struct_error(vm: &Vm, msg: impl Into<String>) -> PyRef {
    vm.new_exc(&error_type(vm), msg)
}

/// The `Struct` and `unpack_iterator` types.
fn types(vm: &Vm) -> (PyRef, PyRef) {
    if let Some(t) = TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let st = krait_vm::modules::builtins::new_native_type(vm, "Struct", "_struct", STRUCT_METHODS);
    krait_vm::objects::descr::add_getset(vm, &st, "format", s_format, None);
    krait_vm::objects::descr::add_getset(vm, &st, "size", s_size, None);
    krait_vm::objects::descr::add_attr(
        vm,
        &st,
        "__doc__",
        vm.str("Struct(fmt) --> compiled struct object\n\n"),
    );
    let it = krait_vm::modules::builtins::new_sealed_native_type(
        vm,
        "unpack_iterator",
        "_struct",
        ITER_METHODS,
    );
    let t = (st, it);
    TYPES.with(|ts| *ts.borrow_mut() = Some(t.clone()));
    t
}

// ---------------------------------------------------------------------------------------------
// Formats

/// The bytes of a format argument (`Struct___init___impl`): str is encoded as ASCII.
fn format_bytes(vm: &Vm, fmt: &PyRef) -> PyResult<Vec<u8>> {
    if let Some(s) = fmt.as_str() {
        return krait_vm::objects::str_codecs::encode_str(vm, s, "ascii", "strict");
    }
    if let Payload::Bytes(b) = &fmt.payload {
        return Ok(b.to_vec());
    }
    Err(vm.type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        vm.type_name(fmt)
    )))
}

fn parse(vm: &Vm, fmt: &[u8]) -> PyResult<Layout> {
    codes::parse(fmt).map_err(|e| struct_error(vm, e.message()))
}

/// The layout of a module function's format argument, through the cache
/// (`cache_struct_converter`): unhashable formats fail the lookup first.
fn cached(vm: &Vm, fmt: &PyRef) -> PyResult<Rc<Layout>> {
    let key = match &fmt.payload {
        Payload::Str(s) => (true, s.as_str().as_bytes().to_vec()),
        Payload::Bytes(b) => (false, b.to_vec()),
        _ => {
            compare::hash(vm, fmt)?;
            return Err(vm.type_error(format!(
                "Struct() argument 1 must be a str or bytes object, not {}",
                vm.type_name(fmt)
            )));
        }
    };
    if let Some(l) = CACHE.with(|c| c.borrow().get(&key).cloned()) {
        return Ok(l);
    }
    let layout = Rc::new(parse(vm, &format_bytes(vm, fmt)?)?);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= MAX_CACHE {
            c.clear();
        }
        c.insert(key, layout.clone());
    });
    Ok(layout)
}

// ---------------------------------------------------------------------------------------------
// The operations, shared by the module functions and the Struct methods

fn do_pack(vm: &Vm, layout: &Layout, values: &[PyRef]) -> PyResult {
    if values.len() != layout.nitems {
        return Err(struct_error(
            vm,
            format!(
                "pack expected {} items for packing (got {})",
                layout.nitems,
                values.len()
            ),
        ));
    }
    let mut out = krait_vm::objects::bytes::zeros(vm, layout.size)?;
    codes::pack_values(vm, layout, values, &mut out)?;
    Ok(vm.bytes_vec(out))
}

/// `pack_into(buffer, offset, *values)`; `args` starts at the buffer.
fn do_pack_into(vm: &Vm, layout: &Layout, args: &[PyRef]) -> PyResult {
    if args.len() != layout.nitems + 2 {
        return Err(struct_error(
            vm,
            match args.len() {
                0 => "pack_into expected buffer argument".to_string(),
                1 => "pack_into expected offset argument".to_string(),
                n => format!(
                    "pack_into expected {} items for packing (got {})",
                    layout.nitems,
                    n - 2
                ),
            },
        ));
    }
    let buf = &args[0];
    let region = krait_vm::objects::memoryview::writable_region(buf);
    let Some((Payload::ByteArray(cell), base, len)) = region
        .as_ref()
        .map(|(o, base, len)| (&o.payload, *base, *len as isize))
    else {
        return Err(vm.type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            vm.type_name(buf)
        )));
    };
    let mut offset = number::index_isize(vm, &args[1])?;
    let size = layout.size as isize;
    if offset < 0 {
        if offset + size > 0 {
            return Err(struct_error(
                vm,
                format!("no space to pack {size} bytes at offset {offset}"),
            ));
        }
        if offset + len < 0 {
            return Err(struct_error(
                vm,
                format!("offset {offset} out of range for {len}-byte buffer"),
            ));
        }
        offset += len;
    }
    let too_small = |len: isize| {
        struct_error(
            vm,
            format!(
                "pack_into requires a buffer of at least {} bytes for packing {size} bytes at \
                 offset {offset} (actual buffer size is {len})",
                size as u128 + offset as u128
            ),
        )
    };
    if len - offset < size {
        return Err(too_small(len));
    }
    let mut out = krait_vm::objects::bytes::zeros(vm, layout.size)?;
    codes::pack_values(vm, layout, &args[2..], &mut out)?;
    // Packing may have run Python code that resized the buffer.
    let mut data = cell.borrow_mut();
    let start = base + offset as usize;
    if data.len() < start + layout.size {
        let n = data.len() as isize;
        drop(data);
        return Err(too_small(n));
    }
    data[start..start + layout.size].copy_from_slice(&out);
    Ok(vm.none())
}

fn do_unpack(vm: &Vm, layout: &Layout, buffer: &PyRef) -> PyResult {
    let data = krait_vm::objects::bytes::buffer(vm, buffer)?;
    if data.len() != layout.size {
        return Err(struct_error(
            vm,
            format!("unpack requires a buffer of {} bytes", layout.size),
        ));
    }
    Ok(vm.tuple(codes::unpack(vm, layout, &data)))
}

fn do_unpack_from(vm: &Vm, layout: &Layout, buffer: &PyRef, offset: Option<&PyRef>) -> PyResult {
    let data = krait_vm::objects::bytes::buffer(vm, buffer)?;
    let mut offset = match offset {
        Some(o) => ssize_arg(vm, o)?,
        None => 0,
    };
    let len = data.len() as isize;
    let size = layout.size as isize;
    if offset < 0 {
        if offset + size > 0 {
            return Err(struct_error(
                vm,
                format!("not enough data to unpack {size} bytes at offset {offset}"),
            ));
        }
        if offset + len < 0 {
            return Err(struct_error(
                vm,
                format!("offset {offset} out of range for {len}-byte buffer"),
            ));
        }
        offset += len;
    }
    if len - offset < size {
        return Err(struct_error(
            vm,
            format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at \
                 offset {offset} (actual buffer size is {len})",
                size as u128 + offset as u128
            ),
        ));
    }
    let start = offset as usize;
    Ok(vm.tuple(codes::unpack(vm, layout, &data[start..start + layout.size])))
}

fn do_iter_unpack(vm: &Vm, layout: Rc<Layout>, buffer: &PyRef) -> PyResult {
    if layout.size == 0 {
        return Err(struct_error(
            vm,
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    let data = krait_vm::objects::bytes::buffer(vm, buffer)?.into_owned();
    if data.len() % layout.size != 0 {
        return Err(struct_error(
            vm,
            format!(
                "iterative unpacking requires a buffer of a multiple of {} bytes",
                layout.size
            ),
        ));
    }
    let it = UnpackIter {
        layout,
        data,
        pos: Cell::new(0),
    };
    Ok(PyRef::new(&types(vm).1, Payload::Native(Box::new(it))))
}

/// `PyNumber_AsSsize_t(o, PyExc_OverflowError)`.
fn ssize_arg(vm: &Vm, o: &PyRef) -> PyResult<isize> {
    let i = number::index(vm, o)?;
    match &i.payload {
        Payload::Int(v) => Ok(*v as isize),
        _ => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

// ---------------------------------------------------------------------------------------------
// Argument handling

fn no_keywords(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.kwnames.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// Bind `args` to `names` the way Argument Clinic does (`_PyArg_UnpackKeywords`): the first
/// `posonly` are positional-only, the first `required` must be given.
pub(crate) fn bind<'a>(
    vm: &Vm,
    args: &Args<'a>,
    fname: &str,
    names: &[&str],
    posonly: usize,
    required: usize,
) -> PyResult<Vec<Option<&'a PyRef>>> {
    let pos = args.pos();
    let total = args.values.len();
    if total > names.len() {
        let s = if names.len() == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} argument{s} ({total} given)",
            names.len()
        )));
    }
    if pos.len() < posonly {
        let s = if posonly == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{fname}() takes at least {posonly} positional argument{s} ({} given)",
            pos.len()
        )));
    }
    let mut out: Vec<Option<&PyRef>> = vec![None; names.len()];
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v);
    }
    let mut invalid = None;
    for (k, v) in args.kwargs() {
        match names.iter().skip(posonly).position(|n| *n == k) {
            Some(i) if out[posonly + i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position ({})",
                    posonly + i + 1
                )));
            }
            Some(i) => out[posonly + i] = Some(v),
            None => invalid = invalid.or(Some(k)),
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(vm.type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    if let Some(k) = invalid {
        return Err(vm.type_error(format!(
            "'{k}' is an invalid keyword argument for {fname}()"
        )));
    }
    Ok(out)
}

// ---------------------------------------------------------------------------------------------
// Module functions

fn m_pack(vm: &Vm, args: Args) -> PyResult {
    no_keywords(vm, &args, "_struct.pack")?;
    let p = args.pos();
    let fmt = p
        .first()
        .ok_or_else(|| vm.type_error("missing format argument"))?;
    do_pack(vm, &*cached(vm, fmt)?, &p[1..])
}

fn m_pack_into(vm: &Vm, args: Args) -> PyResult {
    no_keywords(vm, &args, "_struct.pack_into")?;
    let p = args.pos();
    let fmt = p
        .first()
        .ok_or_else(|| vm.type_error("missing format argument"))?;
    do_pack_into(vm, &*cached(vm, fmt)?, &p[1..])
}

/// The two positional arguments of `unpack`/`iter_unpack`.
fn two_args<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a [PyRef]> {
    no_keywords(vm, args, &format!("_struct.{name}"))?;
    let p = args.pos();
    if p.len() != 2 {
        return Err(vm.type_error(format!("{name} expected 2 arguments, got {}", p.len())));
    }
    Ok(p)
}

fn m_unpack(vm: &Vm, args: Args) -> PyResult {
    let p = two_args(vm, &args, "unpack")?;
    do_unpack(vm, &*cached(vm, &p[0])?, &p[1])
}

fn m_unpack_from(vm: &Vm, args: Args) -> PyResult {
    let a = bind(
        vm,
        &args,
        "unpack_from",
        &["format", "buffer", "offset"],
        1,
        2,
    )?;
    let (Some(fmt), Some(buf)) = (a[0], a[1]) else {
        return Err(vm.type_error("unpack_from() missing required argument 'buffer' (pos 2)"));
    };
    do_unpack_from(vm, &*cached(vm, fmt)?, buf, a[2])
}

fn m_iter_unpack(vm: &Vm, args: Args) -> PyResult {
    let p = two_args(vm, &args, "iter_unpack")?;
    do_iter_unpack(vm, cached(vm, &p[0])?, &p[1])
}

fn m_calcsize(vm: &Vm, args: Args) -> PyResult {
    no_keywords(vm, &args, "_struct.calcsize")?;
    let p = args.pos();
    if p.len() != 1 {
        return Err(vm.type_error(format!(
            "_struct.calcsize() takes exactly one argument ({} given)",
            p.len()
        )));
    }
    Ok(vm.usize(cached(vm, &p[0])?.size))
}

fn m_clearcache(vm: &Vm, _args: Args) -> PyResult {
    CACHE.with(|c| c.borrow_mut().clear());
    Ok(vm.none())
}

// ---------------------------------------------------------------------------------------------
// Struct

/// A `Struct`'s state: its format as bytes and the parsed layout (None before `__init__`).
struct StructState {
    format: RefCell<Vec<u8>>,
    layout: RefCell<Option<Rc<Layout>>>,
}

impl NativeData for StructState {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn state<'a>(vm: &Vm, o: &'a PyRef, method: &str) -> PyResult<&'a StructState> {
    o.native::<StructState>().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor '{method}' for '_struct.Struct' objects doesn't apply to a '{}' object",
            vm.type_name(o)
        ))
    })
}

/// The layout of a `Struct`; one made by `__new__` alone behaves as CPython's, whose size and
/// item count are -1.
fn layout_of(vm: &Vm, st: &StructState, what: &str) -> PyResult<Rc<Layout>> {
    st.layout.borrow().clone().ok_or_else(|| {
        struct_error(
            vm,
            match what {
                "pack" => "pack expected -1 items for packing (got 0)",
                _ => "unpack requires a buffer of -1 bytes",
            },
        )
    })
}

fn s_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    let st = StructState {
        format: RefCell::new(Vec::new()),
        layout: RefCell::new(None),
    };
    Ok(krait_vm::objects::object::alloc_instance(
        vm,
        cls,
        Payload::Native(Box::new(st)),
    ))
}

fn s_init(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let st = state(vm, &p[0], "__init__")?;
    let a = bind(vm, &args.skip_self(), "Struct", &["format"], 0, 1)?;
    let Some(fmt) = a[0] else {
        return Err(vm.type_error("Struct() missing required argument 'format' (pos 1)"));
    };
    let bytes = format_bytes(vm, fmt)?;
    let layout = parse(vm, &bytes)?;
    *st.format.borrow_mut() = bytes;
    *st.layout.borrow_mut() = Some(Rc::new(layout));
    Ok(vm.none())
}

fn s_format(vm: &Vm, o: &PyRef) -> PyResult {
    let st = state(vm, o, "format")?;
    let f = String::from_utf8_lossy(&st.format.borrow()).into_owned();
    Ok(vm.string(f))
}

fn s_size(vm: &Vm, o: &PyRef) -> PyResult {
    let st = state(vm, o, "size")?;
    Ok(match &*st.layout.borrow() {
        Some(l) => vm.usize(l.size),
        None => vm.int(-1),
    })
}

fn s_pack(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let st = state(vm, &p[0], "pack")?;
    no_keywords(vm, &args, "Struct.pack")?;
    do_pack(vm, &*layout_of(vm, st, "pack")?, &p[1..])
}

fn s_pack_into(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let st = state(vm, &p[0], "pack_into")?;
    no_keywords(vm, &args, "Struct.pack_into")?;
    do_pack_into(vm, &*layout_of(vm, st, "pack")?, &p[1..])
}

/// The one positional argument of `Struct.unpack`/`Struct.iter_unpack`.
fn one_arg<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyRef> {
    no_keywords(vm, args, &format!("Struct.{name}"))?;
    let p = args.pos();
    if p.len() != 2 {
        return Err(vm.type_error(format!(
            "Struct.{name}() takes exactly one argument ({} given)",
            p.len() - 1
        )));
    }
    Ok(&p[1])
}

fn s_unpack(vm: &Vm, args: Args) -> PyResult {
    let st = state(vm, &args.pos()[0], "unpack")?;
    let buf = one_arg(vm, &args, "unpack")?;
    do_unpack(vm, &*layout_of(vm, st, "unpack")?, buf)
}

fn s_unpack_from(vm: &Vm, args: Args) -> PyResult {
    let st = state(vm, &args.pos()[0], "unpack_from")?;
    let a = bind(
        vm,
        &args.skip_self(),
        "unpack_from",
        &["buffer", "offset"],
        0,
        1,
    )?;
    let Some(buf) = a[0] else {
        return Err(vm.type_error("unpack_from() missing required argument 'buffer' (pos 1)"));
    };
    do_unpack_from(vm, &*layout_of(vm, st, "unpack")?, buf, a[1])
}

fn s_iter_unpack(vm: &Vm, args: Args) -> PyResult {
    let st = state(vm, &args.pos()[0], "iter_unpack")?;
    let buf = one_arg(vm, &args, "iter_unpack")?;
    do_iter_unpack(vm, layout_of(vm, st, "unpack")?, buf)
}

fn s_sizeof(vm: &Vm, args: Args) -> PyResult {
    let st = state(vm, &args.pos()[0], "__sizeof__")?;
    let ncodes = st.layout.borrow().as_ref().map_or(0, |l| l.codes.len());
    // `sizeof(PyStructObject)` plus one `formatcode` per code and the terminator.
    Ok(vm.usize(64 + 32 * (ncodes + 1)))
}

const STRUCT_METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", s_new),
    MethodDef::method("__init__", s_init),
    MethodDef::method("pack", s_pack),
    MethodDef::method("pack_into", s_pack_into),
    MethodDef::method("unpack", s_unpack),
    MethodDef::method("unpack_from", s_unpack_from),
    MethodDef::method("iter_unpack", s_iter_unpack),
    MethodDef::method("__sizeof__", s_sizeof),
];

// ---------------------------------------------------------------------------------------------
// unpack_iterator

/// The state of `iter_unpack`'s iterator: a copy of the buffer and the next offset.
struct UnpackIter {
    layout: Rc<Layout>,
    data: Vec<u8>,
    pos: Cell<usize>,
}

impl NativeData for UnpackIter {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn iter_state<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a UnpackIter> {
    args.pos()
        .first()
        .and_then(|o| o.native::<UnpackIter>())
        .ok_or_else(|| vm.type_error("expected an unpack_iterator"))
}

fn it_iter(vm: &Vm, args: Args) -> PyResult {
    iter_state(vm, &args)?;
    Ok(args.pos()[0].clone())
}

fn it_next(vm: &Vm, args: Args) -> PyResult {
    let it = iter_state(vm, &args)?;
    let pos = it.pos.get();
    let size = it.layout.size;
    if pos + size > it.data.len() {
        return Err(vm.stop_iteration(None));
    }
    it.pos.set(pos + size);
    Ok(vm.tuple(codes::unpack(vm, &it.layout, &it.data[pos..pos + size])))
}

fn it_length_hint(vm: &Vm, args: Args) -> PyResult {
    let it = iter_state(vm, &args)?;
    Ok(vm.usize((it.data.len() - it.pos.get()) / it.layout.size))
}

const ITER_METHODS: &[MethodDef] = &[
    MethodDef::method("__iter__", it_iter),
    MethodDef::method("__next__", it_next),
    MethodDef::method("__length_hint__", it_length_hint),
];

// ---------------------------------------------------------------------------------------------

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("pack", m_pack),
    MethodDef::method("pack_into", m_pack_into),
    MethodDef::method("unpack", m_unpack),
    MethodDef::method("unpack_from", m_unpack_from),
    MethodDef::method("iter_unpack", m_iter_unpack),
    MethodDef::method("calcsize", m_calcsize),
    MethodDef::method("_clearcache", m_clearcache),
];

const DOC: &str = "Functions to convert between Python values and C structs, described by \
                   format strings: an optional byte order/size/alignment prefix (@ = < > !) \
                   followed by type codes, each with an optional repeat count.";

pub fn init(vm: &Vm) -> PyResult {
    let m = new_module(vm, "_struct");
    crate::add_functions(vm, &m, FUNCTIONS);
    set_attr(vm, &m, "__doc__", vm.str(DOC));
    set_attr(vm, &m, "Struct", types(vm).0);
    set_attr(vm, &m, "error", error_type(vm));
    Ok(m)
}
