//! memoryview: mirrors `Objects/memoryobject.c`.
//!
//! As in CPython, every view goes through a managed buffer (`managedbuffer`, CPython's
//! `_PyManagedBufferObject`): the one object that holds the exporter (a bytes or a
//! bytearray) for all the views derived from one `memoryview(x)` call: slices, casts,
//! `toreadonly()` and `memoryview(view)` register with their source's managed buffer. The
//! buffer lets the exporter go when its last view is released, and only then does a
//! bytearray's export end.
//!
//! Views share memory rather than copy it: a view is a layout (byte offset of the first item,
//! format, item size, shape, strides) over its exporter's bytes, read and written in place, so
//! writes through a view of a bytearray show in the bytearray and the other way round. A
//! bytearray cannot be resized while it is exported: each live managed buffer over it counts
//! one export (`EXPORTS`), and `FLAG_EXPORTED` in its header tells its resizing methods
//! (`bytearray::check_resizable`) to refuse.
//!
//! Items are packed and unpacked as the `struct` module's native formats (`B b c h H i I l L
//! q Q n N f d ? P`, native sizes and byte order); CPython 3.11's casts do not take `e`.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use krait_bytecode::opcode::CompareOp;

use crate::object::{PyObject, PyRef, FLAG_EXPORTED};
use crate::objects::str_args::{keywords, keywords_from, new_class};
use crate::objects::{NativeData, Payload};
use crate::protocols::{compare, number};
use crate::vm::{Args, MethodDef, PyResult, Vm};

/// `PyBUF_MAX_NDIM`.
const MAX_NDIM: usize = 64;

const RELEASED: &str = "operation forbidden on released memoryview object";

// ---------------------------------------------------------------------------------------------
// Exports of bytearrays

/// Live managed buffers per exported bytearray (by address; each buffer holds its
/// bytearray, so an address cannot be reused while it is listed).
static EXPORTS: crate::object::GilStatic<std::cell::LazyCell<RefCell<HashMap<usize, usize>>>> =
    crate::object::GilStatic::new(std::cell::LazyCell::new(|| RefCell::new(HashMap::new())));

fn start_export(o: &PyRef) {
    EXPORTS.with(|e| *e.borrow_mut().entry(o.id()).or_insert(0) += 1);
    o.set_flag(FLAG_EXPORTED);
}

fn end_export(o: &PyRef) {
    let last = EXPORTS.with(|e| {
        let mut e = e.borrow_mut();
        match e.get_mut(&o.id()) {
            Some(n) if *n > 1 => {
                *n -= 1;
                false
            }
            _ => {
                e.remove(&o.id());
                true
            }
        }
    });
    if last {
        o.clear_flag(FLAG_EXPORTED);
    }
}

// ---------------------------------------------------------------------------------------------
// The managed buffer

/// `_PyManagedBufferObject`: the exporter, shared by the views registered with it.
struct ManagedBuffer {
    /// The exporter; None once released.
    obj: RefCell<Option<PyRef>>,
    /// Whether the exporter is a bytearray whose export this buffer counts.
    counted: bool,
    /// Views registered and not yet released (CPython's `mbuf->exports`).
    views: Cell<usize>,
}

impl ManagedBuffer {
    /// `mbuf_release`: drop the exporter, ending its export.
    fn release(&self) {
        let obj = self.obj.borrow_mut().take();
        if let Some(o) = obj {
            if self.counted {
                end_export(&o);
            }
            drop(o);
        }
    }
}

impl Drop for ManagedBuffer {
    fn drop(&mut self) {
        self.release();
    }
}

impl NativeData for ManagedBuffer {
    fn as_any(&self) -> &dyn Any {
        self
    }

    fn traverse(&self, visit: &mut dyn FnMut(&PyObject)) {
        if let Ok(o) = self.obj.try_borrow() {
            if let Some(o) = o.as_ref() {
                visit(o);
            }
        }
    }

    fn clear(&self) {
        self.release();
    }
}

fn managed(o: &PyRef) -> Option<&ManagedBuffer> {
    o.native::<ManagedBuffer>()
}

// ---------------------------------------------------------------------------------------------
// The view

/// A view's shape over its exporter's bytes (CPython's `Py_buffer` of the view).
#[derive(Clone)]
struct Layout {
    /// Byte offset of the first item (all indices 0) in the exporter's data.
    start: isize,
    /// The format as given (`B`, `@h`...): always one native format character.
    format: Box<str>,
    itemsize: usize,
    shape: Vec<usize>,
    strides: Vec<isize>,
    readonly: bool,
}

impl Layout {
    fn ndim(&self) -> usize {
        self.shape.len()
    }

    /// `view->len`: `product(shape) * itemsize`.
    fn nbytes(&self) -> usize {
        self.shape.iter().product::<usize>() * self.itemsize
    }

    /// The format character (`adjust_fmt`: the format without its `@`).
    fn fmt(&self) -> u8 {
        self.format.as_bytes().last().copied().unwrap_or(b'B')
    }

    /// `MV_C_CONTIGUOUS` (`init_flags`, `_IsCContiguous`).
    fn c_contiguous(&self) -> bool {
        match self.ndim() {
            0 => true,
            1 => self.shape[0] == 1 || self.strides[0] == self.itemsize as isize,
            _ => self.contiguous_in(self.shape.len() - 1, |i| i.checked_sub(1)),
        }
    }

    /// `MV_F_CONTIGUOUS`.
    fn f_contiguous(&self) -> bool {
        match self.ndim() {
            0 => true,
            1 => self.c_contiguous(),
            n => self.contiguous_in(0, |i| (i + 1 < n).then_some(i + 1)),
        }
    }

    /// Whether the strides, walked from dimension `first` by `next`, are those of a packed
    /// array (dimensions of one item do not count; an empty array is contiguous).
    fn contiguous_in(&self, first: usize, next: impl Fn(usize) -> Option<usize>) -> bool {
        if self.nbytes() == 0 {
            return true;
        }
        let mut expected = self.itemsize as isize;
        let mut dim = Some(first);
        while let Some(i) = dim {
            if self.shape[i] > 1 && self.strides[i] != expected {
                return false;
            }
            expected *= self.shape[i] as isize;
            dim = next(i);
        }
        true
    }

    /// The byte offsets of the items, in C order (last index fastest) or, with `fortran`,
    /// in Fortran order.
    fn offsets(&self, fortran: bool) -> Vec<isize> {
        let mut dims: Vec<(usize, isize)> = self
            .shape
            .iter()
            .copied()
            .zip(self.strides.iter().copied())
            .collect();
        if fortran {
            dims.reverse();
        }
        let mut out = Vec::with_capacity(self.shape.iter().product());
        collect_offsets(&dims, self.start, &mut out);
        out
    }
}

fn collect_offsets(dims: &[(usize, isize)], base: isize, out: &mut Vec<isize>) {
    match dims.split_first() {
        None => out.push(base),
        Some((&(n, stride), rest)) => {
            for i in 0..n as isize {
                collect_offsets(rest, base + i * stride, out);
            }
        }
    }
}

/// C-order strides of a packed array of `shape` (`init_strides_from_shape`).
fn c_strides(shape: &[usize], itemsize: usize) -> Vec<isize> {
    let mut strides = vec![0isize; shape.len()];
    let mut step = itemsize as isize;
    for i in (0..shape.len()).rev() {
        strides[i] = step;
        step *= shape[i] as isize;
    }
    strides
}

/// `PyMemoryViewObject`.
pub struct MemoryView {
    /// The managed buffer object; None after the collector cleared the view.
    mbuf: RefCell<Option<PyRef>>,
    released: Cell<bool>,
    layout: Layout,
    /// The cached hash (CPython keeps it after a release).
    hash: Cell<Option<i64>>,
}

impl MemoryView {
    /// `_memory_release`: unregister from the managed buffer, which lets its exporter go
    /// when no other view uses it.
    fn release(&self) {
        if self.released.replace(true) {
            return;
        }
        let mbuf = self.mbuf.borrow().clone();
        if let Some(mb) = mbuf {
            if let Some(m) = managed(&mb) {
                let left = m.views.get().saturating_sub(1);
                m.views.set(left);
                if left == 0 {
                    m.release();
                }
            }
        }
    }

    /// The exporter, or the ValueError of a released view (`CHECK_RELEASED`, which also
    /// catches a managed buffer the collector released first).
    fn exporter(&self, vm: &Vm) -> PyResult<PyRef> {
        if !self.released.get() {
            if let Some(mb) = self.mbuf.borrow().as_ref() {
                if let Some(o) = managed(mb).and_then(|m| m.obj.borrow().clone()) {
                    return Ok(o);
                }
            }
        }
        Err(vm.value_error(RELEASED))
    }

    fn is_accessible(&self) -> bool {
        !self.released.get()
            && self
                .mbuf
                .borrow()
                .as_ref()
                .and_then(managed)
                .is_some_and(|m| m.obj.borrow().is_some())
    }
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        self.release();
    }
}

impl NativeData for MemoryView {
    fn as_any(&self) -> &dyn Any {
        self
    }

    fn traverse(&self, visit: &mut dyn FnMut(&PyObject)) {
        if let Ok(m) = self.mbuf.try_borrow() {
            if let Some(m) = m.as_ref() {
                visit(m);
            }
        }
    }

    fn clear(&self) {
        self.release();
        let mbuf = self.mbuf.borrow_mut().take();
        drop(mbuf);
    }
}

/// `mbuf_add_view`: a new view of `layout` registered with the managed buffer `mbuf`.
fn add_view(vm: &Vm, mbuf: PyRef, layout: Layout) -> PyRef {
    if let Some(m) = managed(&mbuf) {
        m.views.set(m.views.get() + 1);
    }
    let view = MemoryView {
        mbuf: RefCell::new(Some(mbuf)),
        released: Cell::new(false),
        layout,
        hash: Cell::new(None),
    };
    PyRef::new(&vm.t.memoryview, Payload::Native(Box::new(view)))
}

/// The view of a memoryview object.
pub fn as_view(o: &PyRef) -> Option<&MemoryView> {
    o.native::<MemoryView>()
}

fn view<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a MemoryView> {
    as_view(o).ok_or_else(|| {
        vm.type_error(format!(
            "descriptor for 'memoryview' objects doesn't apply to a '{}' object",
            vm.type_name(o)
        ))
    })
}

fn this<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<(&'a PyRef, &'a MemoryView)> {
    let o = args
        .pos()
        .first()
        .ok_or_else(|| vm.type_error("unbound method needs an argument"))?;
    Ok((o, view(vm, o)?))
}

/// `PyMemoryView_FromObject`: a view of `o` (a new managed buffer for a bytes or bytearray,
/// the same one for a memoryview).
pub fn from_object(vm: &Vm, o: &PyRef) -> PyResult {
    if let Some(v) = as_view(o) {
        v.exporter(vm)?;
        let mbuf = v.mbuf.borrow().clone();
        return match mbuf {
            Some(mb) => Ok(add_view(vm, mb, v.layout.clone())),
            None => Err(vm.value_error(RELEASED)),
        };
    }
    let (len, readonly) = match &o.payload {
        Payload::Bytes(b) => (b.len(), true),
        Payload::ByteArray(b) => (b.borrow().len(), false),
        _ => {
            return Err(vm.type_error(format!(
                "memoryview: a bytes-like object is required, not '{}'",
                vm.type_name(o)
            )))
        }
    };
    if !readonly {
        start_export(o);
    }
    let mbuf = PyRef::new(
        &vm.t.managed_buffer,
        Payload::Native(Box::new(ManagedBuffer {
            obj: RefCell::new(Some(o.clone())),
            counted: !readonly,
            views: Cell::new(0),
        })),
    );
    let layout = Layout {
        start: 0,
        format: "B".into(),
        itemsize: 1,
        shape: vec![len],
        strides: vec![1],
        readonly,
    };
    Ok(add_view(vm, mbuf, layout))
}

// ---------------------------------------------------------------------------------------------
// Reading and writing the exporter's bytes

fn with_data<R>(obj: &PyRef, f: impl FnOnce(&[u8]) -> R) -> R {
    match &obj.payload {
        Payload::Bytes(b) => f(b),
        Payload::ByteArray(b) => f(&b.borrow()),
        _ => f(&[]),
    }
}

/// The item at byte offset `at`, unpacked.
fn read_item(vm: &Vm, obj: &PyRef, layout: &Layout, at: isize) -> PyResult {
    let size = layout.itemsize;
    let mut raw = [0u8; 8];
    let ok = with_data(obj, |d| match item_range(d.len(), at, size) {
        Some(r) => {
            raw[..size].copy_from_slice(&d[r]);
            true
        }
        None => false,
    });
    if !ok {
        return Err(vm.value_error(RELEASED));
    }
    Ok(unpack(vm, layout.fmt(), &raw[..size]))
}

fn item_range(len: usize, at: isize, size: usize) -> Option<std::ops::Range<usize>> {
    let at = usize::try_from(at).ok()?;
    let end = at.checked_add(size)?;
    (end <= len).then_some(at..end)
}

/// Store packed items at byte offsets (`raw` holds them back to back).
fn write_items(vm: &Vm, obj: &PyRef, offsets: &[isize], size: usize, raw: &[u8]) -> PyResult<()> {
    let Payload::ByteArray(b) = &obj.payload else {
        return Err(vm.type_error("cannot modify read-only memory"));
    };
    let mut d = b.borrow_mut();
    for (&at, item) in offsets.iter().zip(raw.chunks(size.max(1))) {
        match item_range(d.len(), at, size) {
            Some(r) => d[r].copy_from_slice(item),
            None => return Err(vm.value_error(RELEASED)),
        }
    }
    Ok(())
}

/// The view's bytes in C order (Fortran order with `fortran`): `PyBuffer_ToContiguous`.
fn gather(obj: &PyRef, layout: &Layout, fortran: bool) -> Vec<u8> {
    let size = layout.itemsize;
    // A packed view lies in memory in its own order from its first item.
    let packed = if fortran {
        layout.f_contiguous()
    } else {
        layout.c_contiguous()
    };
    if packed {
        return with_data(obj, |d| {
            let start = usize::try_from(layout.start).unwrap_or(0);
            d.get(start..start + layout.nbytes())
                .map(<[u8]>::to_vec)
                .unwrap_or_default()
        });
    }
    let offsets = layout.offsets(fortran);
    with_data(obj, |d| {
        let mut out = Vec::with_capacity(offsets.len() * size);
        for &at in &offsets {
            if let Some(r) = item_range(d.len(), at, size) {
                out.extend_from_slice(&d[r]);
            }
        }
        out
    })
}

/// The bytes of a memoryview in C order (what `bytes(view)` holds); None for other objects.
pub fn to_bytes(vm: &Vm, o: &PyRef) -> Option<PyResult<Vec<u8>>> {
    let v = as_view(o)?;
    Some(v.exporter(vm).map(|obj| gather(&obj, &v.layout, false)))
}

/// The bytes of a C-contiguous, unreleased memoryview: what a `PyBUF_SIMPLE` request gets
/// (`bytes.as_buffer`); None otherwise.
pub fn simple_buffer(o: &PyRef) -> Option<Vec<u8>> {
    let v = as_view(o)?;
    if !v.is_accessible() || !v.layout.c_contiguous() {
        return None;
    }
    let mbuf = v.mbuf.borrow().clone()?;
    let obj = managed(&mbuf)?.obj.borrow().clone()?;
    Some(gather(&obj, &v.layout, false))
}

/// A writable buffer (`PyBUF_WRITABLE`): the bytearray holding its bytes, the offset of its
/// first byte there and its length. A bytearray is its own; a memoryview must be writable,
/// C-contiguous and not released. None for anything else.
pub fn writable_region(o: &PyRef) -> Option<(PyRef, usize, usize)> {
    if let Payload::ByteArray(b) = &o.payload {
        let len = b.borrow().len();
        return Some((o.clone(), 0, len));
    }
    let v = as_view(o)?;
    if !v.is_accessible() || v.layout.readonly || !v.layout.c_contiguous() {
        return None;
    }
    let mbuf = v.mbuf.borrow().clone()?;
    let obj = managed(&mbuf)?.obj.borrow().clone()?;
    let start = usize::try_from(v.layout.start).ok()?;
    Some((obj, start, v.layout.nbytes()))
}

/// Why a memoryview gives no simple buffer (`memory_getbuf`'s errors); None for other objects.
pub fn simple_buffer_error(vm: &Vm, o: &PyRef) -> Option<PyRef> {
    let v = as_view(o)?;
    Some(if v.is_accessible() {
        vm.new_exc(
            &vm.t.buffer_error,
            "memoryview: underlying buffer is not C-contiguous",
        )
    } else {
        vm.value_error(RELEASED)
    })
}

// ---------------------------------------------------------------------------------------------
// Formats: the native `struct` codes (`unpack_single`, `pack_single`)

/// `get_native_fmtchar`: the character and size of a native single-character format,
/// optionally prefixed with `@`.
fn native_format(fmt: &str) -> Option<(u8, usize)> {
    let f = fmt.strip_prefix('@').unwrap_or(fmt).as_bytes();
    let [c] = f else { return None };
    let size = match c {
        b'c' | b'b' | b'B' | b'?' => 1,
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'q' | b'Q' | b'n' | b'N' | b'd' | b'P' => 8,
        _ => return None,
    };
    Some((*c, size))
}

fn is_byte_format(c: u8) -> bool {
    matches!(c, b'b' | b'B' | b'c')
}

fn unpack(vm: &Vm, fmt: u8, b: &[u8]) -> PyRef {
    let mut raw = [0u8; 8];
    raw[..b.len().min(8)].copy_from_slice(&b[..b.len().min(8)]);
    let [b0, b1, b2, b3, ..] = raw;
    match fmt {
        b'B' => vm.int(i64::from(b0)),
        b'b' => vm.int(i64::from(b0 as i8)),
        b'h' => vm.int(i64::from(i16::from_ne_bytes([b0, b1]))),
        b'H' => vm.int(i64::from(u16::from_ne_bytes([b0, b1]))),
        b'i' => vm.int(i64::from(i32::from_ne_bytes([b0, b1, b2, b3]))),
        b'I' => vm.int(i64::from(u32::from_ne_bytes([b0, b1, b2, b3]))),
        b'l' | b'q' | b'n' => vm.int(i64::from_ne_bytes(raw)),
        b'L' | b'Q' | b'N' | b'P' => {
            let v = u64::from_ne_bytes(raw);
            match i64::try_from(v) {
                Ok(i) => vm.int(i),
                Err(_) => vm.bigint(v.into()),
            }
        }
        b'f' => vm.float(f64::from(f32::from_ne_bytes([b0, b1, b2, b3]))),
        b'd' => vm.float(f64::from_ne_bytes(raw)),
        b'?' => vm.bool(b0 != 0),
        _ => vm.bytes(&[b0]),
    }
}

fn invalid_type(vm: &Vm, fmt: u8) -> PyRef {
    vm.type_error(format!(
        "memoryview: invalid type for format '{}'",
        char::from(fmt)
    ))
}

fn invalid_value(vm: &Vm, fmt: u8) -> PyRef {
    vm.value_error(format!(
        "memoryview: invalid value for format '{}'",
        char::from(fmt)
    ))
}

/// `fix_error_int`: a conversion's TypeError names the format; OverflowError and ValueError
/// become "invalid value".
fn fix_error(vm: &Vm, e: PyRef, fmt: u8) -> PyRef {
    if vm.exc_matches(&e, &vm.t.type_error) {
        invalid_type(vm, fmt)
    } else if vm.exc_matches(&e, &vm.t.overflow_error) || vm.exc_matches(&e, &vm.t.value_error) {
        invalid_value(vm, fmt)
    } else {
        e
    }
}

/// An index-like item as an integer in `i128` (wide enough for every format's range).
fn int_item(vm: &Vm, item: &PyRef, fmt: u8) -> PyResult<i128> {
    let i = number::index(vm, item).map_err(|e| fix_error(vm, e, fmt))?;
    match &i.payload {
        Payload::Int(v) => Ok(i128::from(*v)),
        Payload::BigInt(b) => i128::try_from(&**b).map_err(|_| invalid_value(vm, fmt)),
        _ => Err(invalid_type(vm, fmt)),
    }
}

/// `PyFloat_AsDouble` of an item.
fn float_item(vm: &Vm, item: &PyRef) -> PyResult<f64> {
    if let Some(r) = crate::objects::float::as_f64(vm, item) {
        return r;
    }
    if let Some(r) = crate::protocols::call::call_special(vm, item, &vm.names.__float__, &[])? {
        return match &r.payload {
            Payload::Float(f) => Ok(*f),
            _ => Err(vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(item),
                vm.type_name(&r)
            ))),
        };
    }
    if item.type_data().lookup(&vm.names.__index__).is_some() {
        let i = number::index(vm, item)?;
        if let Some(r) = crate::objects::float::as_f64(vm, &i) {
            return r;
        }
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(item))))
}

/// `pack_single`: `item` as the bytes of one item of format `fmt`. Conversions may run
/// Python code, so callers check the view again before storing.
fn pack(vm: &Vm, fmt: u8, item: &PyRef) -> PyResult<Vec<u8>> {
    let ranged = |lo: i128, hi: i128| -> PyResult<i128> {
        let v = int_item(vm, item, fmt)?;
        if v < lo || v > hi {
            return Err(invalid_value(vm, fmt));
        }
        Ok(v)
    };
    Ok(match fmt {
        b'b' => (ranged(i8::MIN.into(), i8::MAX.into())? as i8)
            .to_ne_bytes()
            .to_vec(),
        b'B' => vec![ranged(0, u8::MAX.into())? as u8],
        b'h' => (ranged(i16::MIN.into(), i16::MAX.into())? as i16)
            .to_ne_bytes()
            .to_vec(),
        b'H' => (ranged(0, u16::MAX.into())? as u16).to_ne_bytes().to_vec(),
        b'i' => (ranged(i32::MIN.into(), i32::MAX.into())? as i32)
            .to_ne_bytes()
            .to_vec(),
        b'I' => (ranged(0, u32::MAX.into())? as u32).to_ne_bytes().to_vec(),
        b'l' | b'q' | b'n' => (ranged(i64::MIN.into(), i64::MAX.into())? as i64)
            .to_ne_bytes()
            .to_vec(),
        b'L' | b'Q' | b'N' => (ranged(0, u64::MAX.into())? as u64).to_ne_bytes().to_vec(),
        // `PyLong_AsVoidPtr` takes negative pointers as longs.
        b'P' => (ranged(i64::MIN.into(), u64::MAX.into())? as u64)
            .to_ne_bytes()
            .to_vec(),
        b'f' | b'd' => {
            let d = float_item(vm, item).map_err(|e| fix_error(vm, e, fmt))?;
            if fmt == b'f' {
                (d as f32).to_ne_bytes().to_vec()
            } else {
                d.to_ne_bytes().to_vec()
            }
        }
        b'?' => vec![u8::from(compare::is_true(vm, item)?)],
        _ => match &item.payload {
            Payload::Bytes(b) if b.len() == 1 => vec![b[0]],
            Payload::Bytes(_) => return Err(invalid_value(vm, fmt)),
            _ => return Err(invalid_type(vm, fmt)),
        },
    })
}

// ---------------------------------------------------------------------------------------------
// Construction, release, context manager

fn mv_new(vm: &Vm, args: Args) -> PyResult {
    new_class(vm, &args, &vm.t.memoryview)?;
    let [object] = keywords_from(vm, &args.pos()[1..], &args, "memoryview", ["object"], 1, 0)?;
    match object {
        Some(o) => from_object(vm, o),
        None => Err(vm.type_error("memoryview() missing required argument 'object' (pos 1)")),
    }
}

/// `METH_NOARGS`: `memoryview.release() takes no arguments (1 given)`.
fn noargs<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<(&'a PyRef, &'a MemoryView)> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("memoryview.{name}() takes no keyword arguments")));
    }
    let n = args.pos().len().saturating_sub(1);
    if n > 0 {
        return Err(vm.type_error(format!(
            "memoryview.{name}() takes no arguments ({n} given)"
        )));
    }
    this(vm, args)
}

fn mv_release(vm: &Vm, args: Args) -> PyResult {
    let (_, v) = noargs(vm, &args, "release")?;
    v.release();
    Ok(vm.none())
}

fn mv_enter(vm: &Vm, args: Args) -> PyResult {
    let (o, v) = noargs(vm, &args, "__enter__")?;
    v.exporter(vm)?;
    Ok(o.clone())
}

fn mv_exit(vm: &Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("memoryview.__exit__() takes no keyword arguments"));
    }
    let (_, v) = this(vm, &args)?;
    v.release();
    Ok(vm.none())
}

fn mv_toreadonly(vm: &Vm, args: Args) -> PyResult {
    let (_, v) = noargs(vm, &args, "toreadonly")?;
    v.exporter(vm)?;
    let mbuf = v.mbuf.borrow().clone();
    let Some(mbuf) = mbuf else {
        return Err(vm.value_error(RELEASED));
    };
    let mut layout = v.layout.clone();
    layout.readonly = true;
    Ok(add_view(vm, mbuf, layout))
}

fn mv_repr(vm: &Vm, args: Args) -> PyResult {
    let (o, v) = this(vm, &args)?;
    let state = if v.released.get() { "released " } else { "" };
    Ok(vm.string(format!("<{state}memory at {:#x}>", o.id())))
}

// ---------------------------------------------------------------------------------------------
// Attributes

macro_rules! getters {
    ($($fn_name:ident => $name:literal, |$vm:ident, $v:ident, $obj:ident| $body:expr;)*) => {
        $(
            fn $fn_name($vm: &Vm, o: &PyRef) -> PyResult {
                let Some($v) = as_view(o) else {
                    return Err($vm.type_error(format!(
                        concat!("descriptor '", $name, "' for 'memoryview' objects doesn't apply to a '{}' object"),
                        $vm.type_name(o)
                    )));
                };
                #[allow(unused_variables)]
                let $obj = $v.exporter($vm)?;
                Ok($body)
            }
        )*
        const GETTERS: &[(&str, crate::objects::descr::Getter)] = &[$(($name, $fn_name),)*];
    };
}

fn int_tuple(vm: &Vm, items: impl Iterator<Item = i64>) -> PyRef {
    vm.tuple(items.map(|i| vm.int(i)).collect())
}

getters! {
    g_obj => "obj", |vm, v, obj| obj;
    g_nbytes => "nbytes", |vm, v, obj| vm.usize(v.layout.nbytes());
    g_readonly => "readonly", |vm, v, obj| vm.bool(v.layout.readonly);
    g_itemsize => "itemsize", |vm, v, obj| vm.usize(v.layout.itemsize);
    g_format => "format", |vm, v, obj| vm.str(&v.layout.format);
    g_ndim => "ndim", |vm, v, obj| vm.usize(v.layout.ndim());
    g_shape => "shape", |vm, v, obj| int_tuple(vm, v.layout.shape.iter().map(|&n| n as i64));
    g_strides => "strides", |vm, v, obj| int_tuple(vm, v.layout.strides.iter().map(|&n| n as i64));
    g_suboffsets => "suboffsets", |vm, v, obj| vm.tuple(Vec::new());
    g_c_contiguous => "c_contiguous", |vm, v, obj| vm.bool(v.layout.c_contiguous());
    g_f_contiguous => "f_contiguous", |vm, v, obj| vm.bool(v.layout.f_contiguous());
    g_contiguous => "contiguous", |vm, v, obj| vm.bool(v.layout.c_contiguous() || v.layout.f_contiguous());
}

// ---------------------------------------------------------------------------------------------
// Length, items, slices

fn mv_len(vm: &Vm, args: Args) -> PyResult {
    let (_, v) = this(vm, &args)?;
    v.exporter(vm)?;
    // CPython 3.11 gives a 0-dim view length 1.
    Ok(vm.usize(v.layout.shape.first().copied().unwrap_or(1)))
}

/// `_PyIndex_Check`: an int or an object with `__index__`.
fn is_index(vm: &Vm, key: &PyRef) -> bool {
    matches!(key.payload, Payload::Int(_) | Payload::BigInt(_))
        || key.type_data().lookup(&vm.names.__index__).is_some()
}

/// `PyNumber_AsSsize_t(key, PyExc_IndexError)`.
fn index_value(vm: &Vm, key: &PyRef) -> PyResult<isize> {
    let i = number::index(vm, key)?;
    match &i.payload {
        Payload::Int(v) => isize::try_from(*v)
            .map_err(|_| vm.index_error("cannot fit 'int' into an index-sized integer")),
        _ => Err(vm.index_error("cannot fit 'int' into an index-sized integer")),
    }
}

/// `lookup_dimension`: the byte offset of item `index` along `dim` from `base`.
fn lookup_dimension(
    vm: &Vm,
    layout: &Layout,
    base: isize,
    dim: usize,
    index: isize,
) -> PyResult<isize> {
    let n = layout.shape[dim] as isize;
    let i = if index < 0 { index + n } else { index };
    if i < 0 || i >= n {
        return Err(vm.index_error(format!("index out of bounds on dimension {}", dim + 1)));
    }
    Ok(base + layout.strides[dim] * i)
}

/// `ptr_from_tuple`: the byte offset of a full tuple index.
fn offset_of_tuple(vm: &Vm, layout: &Layout, key: &[PyRef]) -> PyResult<isize> {
    if key.len() > layout.ndim() {
        return Err(vm.type_error(format!(
            "cannot index {}-dimension view with {}-element tuple",
            layout.ndim(),
            key.len()
        )));
    }
    let mut at = layout.start;
    for (dim, k) in key.iter().enumerate() {
        let i = index_value(vm, k)?;
        at = lookup_dimension(vm, layout, at, dim, i)?;
    }
    Ok(at)
}

fn is_multiindex(vm: &Vm, key: &PyRef) -> bool {
    key.as_tuple()
        .is_some_and(|t| t.iter().all(|x| is_index(vm, x)))
}

fn is_multislice(key: &PyRef) -> bool {
    key.as_tuple()
        .is_some_and(|t| !t.is_empty() && t.iter().all(|x| matches!(x.payload, Payload::Slice(_))))
}

/// `init_slice` on dimension 0 (and `init_len`).
fn sliced(vm: &Vm, layout: &Layout, s: &crate::objects::slice::PySlice) -> PyResult<Layout> {
    let (start, _, step, n) = crate::objects::slice::indices(vm, s, layout.shape[0])?;
    let mut out = layout.clone();
    out.start += layout.strides[0] * start;
    out.shape[0] = n;
    out.strides[0] *= step;
    Ok(out)
}

fn mv_getitem(vm: &Vm, args: Args) -> PyResult {
    let p = crate::objects::str_args::slot_args(vm, &args, "__getitem__", 1)?;
    let (o, v) = this(vm, &args)?;
    let key = &p[0];
    let obj = v.exporter(vm)?;
    let layout = &v.layout;
    if layout.ndim() == 0 {
        if key.as_tuple().is_some_and(|t| t.is_empty()) {
            return read_item(vm, &obj, layout, layout.start);
        }
        if key.is(&vm.ellipsis) {
            return Ok(o.clone());
        }
        return Err(vm.type_error("invalid indexing of 0-dim memory"));
    }
    if is_index(vm, key) {
        let i = index_value(vm, key)?;
        if layout.ndim() > 1 {
            return Err(vm.not_implemented_error("multi-dimensional sub-views are not implemented"));
        }
        let at = lookup_dimension(vm, layout, layout.start, 0, i)?;
        return read_item(vm, &obj, layout, at);
    }
    if let Payload::Slice(s) = &key.payload {
        let new = sliced(vm, layout, s)?;
        let mbuf = v.mbuf.borrow().clone();
        return match mbuf {
            Some(mb) => Ok(add_view(vm, mb, new)),
            None => Err(vm.value_error(RELEASED)),
        };
    }
    if is_multiindex(vm, key) {
        let t = key.as_tuple().unwrap_or(&[]);
        if t.len() < layout.ndim() {
            return Err(vm.not_implemented_error("sub-views are not implemented"));
        }
        let at = offset_of_tuple(vm, layout, t)?;
        return read_item(vm, &obj, layout, at);
    }
    if is_multislice(key) {
        return Err(vm.not_implemented_error("multi-dimensional slicing is not implemented"));
    }
    Err(vm.type_error("memoryview: invalid slice key"))
}

/// The items of a slice assignment's right side (`PyObject_GetBuffer(value, PyBUF_FULL_RO)`):
/// its layout and its bytes in C order.
fn source_items(vm: &Vm, value: &PyRef) -> PyResult<(Layout, Vec<u8>)> {
    if let Some(v) = as_view(value) {
        let obj = v.exporter(vm)?;
        return Ok((v.layout.clone(), gather(&obj, &v.layout, false)));
    }
    let data = crate::objects::bytes::buffer(vm, value)?.into_owned();
    let layout = Layout {
        start: 0,
        format: "B".into(),
        itemsize: 1,
        shape: vec![data.len()],
        strides: vec![1],
        readonly: true,
    };
    Ok((layout, data))
}

/// `equiv_structure`: same format (ignoring `@`), item size and shape.
fn same_structure(dest: &Layout, src: &Layout) -> bool {
    let strip = |f: &str| f.strip_prefix('@').unwrap_or(f).to_string();
    strip(&dest.format) == strip(&src.format)
        && dest.itemsize == src.itemsize
        && same_shape(dest, src)
}

/// `equiv_shape`: equal shapes, up to a zero at the same position.
fn same_shape(a: &Layout, b: &Layout) -> bool {
    if a.ndim() != b.ndim() {
        return false;
    }
    for (x, y) in a.shape.iter().zip(&b.shape) {
        if x != y {
            return false;
        }
        if *x == 0 {
            break;
        }
    }
    true
}

/// `memory_ass_sub`: `view[key] = value`, or `del view[key]` when `value` is None.
fn assign(vm: &Vm, v: &MemoryView, key: &PyRef, value: Option<&PyRef>) -> PyResult<()> {
    v.exporter(vm)?;
    let layout = &v.layout;
    if layout.readonly {
        return Err(vm.type_error("cannot modify read-only memory"));
    }
    let Some(value) = value else {
        return Err(vm.type_error("cannot delete memory"));
    };
    let fmt = layout.fmt();
    let store_one = |at: isize| -> PyResult<()> {
        let raw = pack(vm, fmt, value)?;
        let obj = v.exporter(vm)?;
        write_items(vm, &obj, &[at], layout.itemsize, &raw)
    };
    if layout.ndim() == 0 {
        if key.is(&vm.ellipsis) || key.as_tuple().is_some_and(|t| t.is_empty()) {
            return store_one(layout.start);
        }
        return Err(vm.type_error("invalid indexing of 0-dim memory"));
    }
    if is_index(vm, key) {
        if layout.ndim() > 1 {
            return Err(vm.not_implemented_error("sub-views are not implemented"));
        }
        let i = index_value(vm, key)?;
        let at = lookup_dimension(vm, layout, layout.start, 0, i)?;
        return store_one(at);
    }
    if let (Payload::Slice(s), 1) = (&key.payload, layout.ndim()) {
        let (src, data) = source_items(vm, value)?;
        let dest = sliced(vm, layout, s)?;
        let obj = v.exporter(vm)?;
        if !same_structure(&dest, &src) {
            return Err(vm.value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        return write_items(vm, &obj, &dest.offsets(false), dest.itemsize, &data);
    }
    if is_multiindex(vm, key) {
        let t = key.as_tuple().unwrap_or(&[]);
        if t.len() < layout.ndim() {
            return Err(vm.not_implemented_error("sub-views are not implemented"));
        }
        let at = offset_of_tuple(vm, layout, t)?;
        return store_one(at);
    }
    if matches!(key.payload, Payload::Slice(_)) || is_multislice(key) {
        return Err(vm.not_implemented_error(
            "memoryview slice assignments are currently restricted to ndim = 1",
        ));
    }
    Err(vm.type_error("memoryview: invalid slice key"))
}

fn mv_setitem(vm: &Vm, args: Args) -> PyResult {
    let p = crate::objects::str_args::slot_args(vm, &args, "__setitem__", 2)?;
    let (_, v) = this(vm, &args)?;
    assign(vm, v, &p[0], Some(&p[1]))?;
    Ok(vm.none())
}

fn mv_delitem(vm: &Vm, args: Args) -> PyResult {
    let p = crate::objects::str_args::slot_args(vm, &args, "__delitem__", 1)?;
    let (_, v) = this(vm, &args)?;
    assign(vm, v, &p[0], None)?;
    Ok(vm.none())
}

// ---------------------------------------------------------------------------------------------
// Iteration

/// `memory_iterator`: the view (None once exhausted) and the next index.
struct MemIter {
    seq: RefCell<Option<PyRef>>,
    index: Cell<usize>,
    length: usize,
}

impl NativeData for MemIter {
    fn as_any(&self) -> &dyn Any {
        self
    }

    fn traverse(&self, visit: &mut dyn FnMut(&PyObject)) {
        if let Ok(s) = self.seq.try_borrow() {
            if let Some(s) = s.as_ref() {
                visit(s);
            }
        }
    }

    fn clear(&self) {
        let seq = self.seq.borrow_mut().take();
        drop(seq);
    }
}

fn mv_iter(vm: &Vm, args: Args) -> PyResult {
    crate::objects::str_args::slot_args(vm, &args, "__iter__", 0)?;
    let (o, v) = this(vm, &args)?;
    v.exporter(vm)?;
    match v.layout.ndim() {
        0 => return Err(vm.type_error("invalid indexing of 0-dim memory")),
        1 => {}
        _ => {
            return Err(vm.not_implemented_error("multi-dimensional sub-views are not implemented"))
        }
    }
    let it = MemIter {
        seq: RefCell::new(Some(o.clone())),
        index: Cell::new(0),
        length: v.layout.shape[0],
    };
    Ok(PyRef::new(
        &vm.t.memory_iterator,
        Payload::Native(Box::new(it)),
    ))
}

fn it_iter(vm: &Vm, args: Args) -> PyResult {
    crate::objects::str_args::slot_args(vm, &args, "__iter__", 0)?;
    Ok(args.pos()[0].clone())
}

fn it_next(vm: &Vm, args: Args) -> PyResult {
    crate::objects::str_args::slot_args(vm, &args, "__next__", 0)?;
    let Some(it) = args.pos()[0].native::<MemIter>() else {
        return Err(vm.type_error("descriptor '__next__' requires a 'memory_iterator' object"));
    };
    let seq = it.seq.borrow().clone();
    let Some(seq) = seq else {
        return Err(vm.stop_iteration(None));
    };
    let i = it.index.get();
    if i >= it.length {
        drop(it.seq.borrow_mut().take());
        return Err(vm.stop_iteration(None));
    }
    let v = view(vm, &seq)?;
    let obj = v.exporter(vm)?;
    it.index.set(i + 1);
    let at = v.layout.start + v.layout.strides[0] * i as isize;
    read_item(vm, &obj, &v.layout, at)
}

// ---------------------------------------------------------------------------------------------
// Conversions

/// `tolist_rec`: the items from byte offset `base` along dimensions `dim..`.
fn tolist_rec(vm: &Vm, obj: &PyRef, layout: &Layout, base: isize, dim: usize) -> PyResult {
    let mut items = Vec::with_capacity(layout.shape[dim]);
    for i in 0..layout.shape[dim] as isize {
        let at = base + layout.strides[dim] * i;
        items.push(if dim + 1 == layout.ndim() {
            read_item(vm, obj, layout, at)?
        } else {
            tolist_rec(vm, obj, layout, at, dim + 1)?
        });
    }
    Ok(vm.list(items))
}

fn mv_tolist(vm: &Vm, args: Args) -> PyResult {
    let (_, v) = noargs(vm, &args, "tolist")?;
    let obj = v.exporter(vm)?;
    if v.layout.ndim() == 0 {
        return read_item(vm, &obj, &v.layout, v.layout.start);
    }
    tolist_rec(vm, &obj, &v.layout, v.layout.start, 0)
}

fn mv_tobytes(vm: &Vm, args: Args) -> PyResult {
    let [order] = keywords(vm, &args, "tobytes", ["order"], 0, 0)?;
    let order = match order {
        Some(o) if !vm.is_none(o) => Some(o.as_str().ok_or_else(|| {
            vm.type_error(format!(
                "tobytes() argument 'order' must be str or None, not {}",
                vm.type_name(o)
            ))
        })?),
        _ => None,
    };
    let (_, v) = this(vm, &args)?;
    let obj = v.exporter(vm)?;
    let layout = &v.layout;
    let fortran = match order {
        None | Some("C") => false,
        Some("F") => true,
        // 'A': the memory as it lies for a contiguous view, else C order.
        Some("A") => !layout.c_contiguous() && layout.f_contiguous(),
        Some(_) => return Err(vm.value_error("order must be 'C', 'F' or 'A'")),
    };
    Ok(vm.bytes_vec(gather(&obj, layout, fortran)))
}

fn mv_hex(vm: &Vm, args: Args) -> PyResult {
    let [sep, per] = keywords(vm, &args, "hex", ["sep", "bytes_per_sep"], 0, 0)?;
    let per = match per {
        Some(p) => crate::objects::str_args::c_int(vm, p)?,
        None => 1,
    };
    let (_, v) = this(vm, &args)?;
    let obj = v.exporter(vm)?;
    let sep = crate::objects::bytes::hex_separator(vm, sep)?;
    let data = gather(&obj, &v.layout, false);
    Ok(vm.string(crate::objects::bytes::hex_string(&data, sep, per)))
}

/// `cast_to_1D` and `cast_to_ND` (`memoryview_cast_impl`).
fn mv_cast(vm: &Vm, args: Args) -> PyResult {
    let [format, shape] = keywords(vm, &args, "cast", ["format", "shape"], 1, 0)?;
    let Some(format) = format else {
        return Err(vm.type_error("cast() missing required argument 'format' (pos 1)"));
    };
    let Some(format) = format.as_str() else {
        return Err(vm.type_error(format!(
            "cast() argument 'format' must be str, not {}",
            crate::objects::str_args::clinic_type_name(vm, format)
        )));
    };
    let (_, v) = this(vm, &args)?;
    v.exporter(vm)?;
    let src = &v.layout;
    if !src.c_contiguous() {
        return Err(vm.type_error("memoryview: casts are restricted to C-contiguous views"));
    }
    if (shape.is_some() || src.ndim() != 1) && src.shape.contains(&0) {
        return Err(vm.type_error("memoryview: cannot cast view with zeros in shape or strides"));
    }
    let dims = match shape {
        None => None,
        Some(s) => {
            let items = match &s.payload {
                Payload::Tuple(t) => t.to_vec(),
                Payload::List(l) => l.borrow().clone(),
                _ => return Err(vm.type_error("shape must be a list or a tuple")),
            };
            if items.len() > MAX_NDIM {
                return Err(vm.value_error("memoryview: number of dimensions must not exceed 64"));
            }
            if src.ndim() != 1 && items.len() != 1 {
                return Err(vm.type_error("memoryview: cast must be 1D -> ND or ND -> 1D"));
            }
            Some(items)
        }
    };
    let ascii = crate::objects::str_codecs::encode_str(vm, format, "ascii", "strict")?;
    let ascii = String::from_utf8_lossy(&ascii);
    let Some((dest_char, itemsize)) = native_format(&ascii) else {
        return Err(vm.value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    };
    let src_byte = native_format(&src.format).is_some_and(|(c, _)| is_byte_format(c));
    if !src_byte && !is_byte_format(dest_char) {
        return Err(vm.type_error("memoryview: cannot cast between two non-byte formats"));
    }
    let nbytes = src.nbytes();
    if !nbytes.is_multiple_of(itemsize) {
        return Err(vm.type_error("memoryview: length is not a multiple of itemsize"));
    }
    let mut layout = Layout {
        start: src.start,
        format: ascii.as_ref().into(),
        itemsize,
        shape: vec![nbytes / itemsize],
        strides: vec![itemsize as isize],
        readonly: src.readonly,
    };
    if let Some(items) = dims {
        let mut len = itemsize;
        let mut shape = Vec::with_capacity(items.len());
        for x in &items {
            if !matches!(x.payload, Payload::Int(_) | Payload::BigInt(_)) {
                return Err(vm.type_error("memoryview.cast(): elements of shape must be integers"));
            }
            let n = crate::objects::str_args::ssize(vm, x)?;
            if n <= 0 {
                return Err(
                    vm.value_error("memoryview.cast(): elements of shape must be integers > 0")
                );
            }
            len = len
                .checked_mul(n as usize)
                .filter(|&l| l <= isize::MAX as usize)
                .ok_or_else(|| vm.value_error("memoryview.cast(): product(shape) > SSIZE_MAX"))?;
            shape.push(n as usize);
        }
        if len != nbytes {
            return Err(vm.type_error("memoryview: product(shape) * itemsize != buffer size"));
        }
        layout.strides = c_strides(&shape, itemsize);
        layout.shape = shape;
    }
    let mbuf = v.mbuf.borrow().clone();
    match mbuf {
        Some(mb) => Ok(add_view(vm, mb, layout)),
        None => Err(vm.value_error(RELEASED)),
    }
}

// ---------------------------------------------------------------------------------------------
// Comparison and hash

/// Whether two items of one native format are equal as `unpack_cmp`'s fast path compares
/// them: floats by value, everything else by its bytes.
fn same_format_equal(fmt: u8, a: &[u8], b: &[u8]) -> bool {
    let word = |x: &[u8]| {
        let mut raw = [0u8; 8];
        raw[..x.len().min(8)].copy_from_slice(&x[..x.len().min(8)]);
        raw
    };
    match fmt {
        b'f' => {
            let (x, y) = (word(a), word(b));
            f32::from_ne_bytes([x[0], x[1], x[2], x[3]])
                == f32::from_ne_bytes([y[0], y[1], y[2], y[3]])
        }
        b'd' => f64::from_ne_bytes(word(a)) == f64::from_ne_bytes(word(b)),
        _ => a == b,
    }
}

/// `memory_richcompare` for `==`: Ok(None) when `w` is no buffer.
fn views_equal(vm: &Vm, a: &PyRef, v: &MemoryView, w: &PyRef) -> PyResult<Option<bool>> {
    let Ok(aobj) = v.exporter(vm) else {
        return Ok(Some(a.is(w)));
    };
    let (wlayout, wdata) = match as_view(w) {
        Some(wv) => match wv.exporter(vm) {
            Ok(wobj) => (wv.layout.clone(), gather(&wobj, &wv.layout, false)),
            Err(_) => return Ok(Some(a.is(w))),
        },
        None => match crate::objects::bytes::as_buffer(w) {
            Some(d) => (
                Layout {
                    start: 0,
                    format: "B".into(),
                    itemsize: 1,
                    shape: vec![d.len()],
                    strides: vec![1],
                    readonly: true,
                },
                d.into_owned(),
            ),
            None => return Ok(None),
        },
    };
    let alayout = &v.layout;
    if !same_shape(alayout, &wlayout) {
        return Ok(Some(false));
    }
    let adata = gather(&aobj, alayout, false);
    let (asize, wsize) = (alayout.itemsize, wlayout.itemsize);
    let count = alayout.shape.iter().product::<usize>();
    let afmt = native_format(&alayout.format).map(|(c, _)| c);
    let wfmt = native_format(&wlayout.format).map(|(c, _)| c);
    for i in 0..count {
        let x = adata.get(i * asize..(i + 1) * asize).unwrap_or(&[]);
        let y = wdata.get(i * wsize..(i + 1) * wsize).unwrap_or(&[]);
        let equal = match (afmt, wfmt) {
            (Some(f), Some(g)) if f == g => same_format_equal(f, x, y),
            (Some(f), Some(g)) => {
                let (p, q) = (unpack(vm, f, x), unpack(vm, g, y));
                compare::eq(vm, &p, &q)?
            }
            _ => false,
        };
        if !equal {
            return Ok(Some(false));
        }
    }
    Ok(Some(true))
}

fn mv_compare(vm: &Vm, args: Args, name: &str, op: CompareOp) -> PyResult {
    let p = crate::objects::str_args::slot_args(vm, &args, name, 1)?;
    let (o, v) = this(vm, &args)?;
    let negate = match op {
        CompareOp::Eq => false,
        CompareOp::Ne => true,
        _ => return Ok(vm.not_implemented()),
    };
    match views_equal(vm, o, v, &p[0])? {
        Some(eq) => Ok(vm.bool(eq != negate)),
        None => Ok(vm.not_implemented()),
    }
}

fn mv_eq(vm: &Vm, a: Args) -> PyResult {
    mv_compare(vm, a, "__eq__", CompareOp::Eq)
}
fn mv_ne(vm: &Vm, a: Args) -> PyResult {
    mv_compare(vm, a, "__ne__", CompareOp::Ne)
}
fn mv_lt(vm: &Vm, a: Args) -> PyResult {
    mv_compare(vm, a, "__lt__", CompareOp::Lt)
}
fn mv_le(vm: &Vm, a: Args) -> PyResult {
    mv_compare(vm, a, "__le__", CompareOp::Le)
}
fn mv_gt(vm: &Vm, a: Args) -> PyResult {
    mv_compare(vm, a, "__gt__", CompareOp::Gt)
}
fn mv_ge(vm: &Vm, a: Args) -> PyResult {
    mv_compare(vm, a, "__ge__", CompareOp::Ge)
}

/// `memory_hash`: read-only byte views hash as the bytes they hold.
fn mv_hash(vm: &Vm, args: Args) -> PyResult {
    crate::objects::str_args::slot_args(vm, &args, "__hash__", 0)?;
    let (_, v) = this(vm, &args)?;
    if let Some(h) = v.hash.get() {
        return Ok(vm.int(h));
    }
    let obj = v.exporter(vm)?;
    if !v.layout.readonly {
        return Err(vm.value_error("cannot hash writable memoryview object"));
    }
    if !native_format(&v.layout.format).is_some_and(|(c, _)| is_byte_format(c)) {
        return Err(vm.value_error("memoryview: hashing is restricted to formats 'B', 'b' or 'c'"));
    }
    compare::hash(vm, &obj)?;
    let h = crate::objects::bytes::hash_bytes(&gather(&obj, &v.layout, false));
    v.hash.set(Some(h));
    Ok(vm.int(h))
}

const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", mv_new),
    MethodDef::method("__repr__", mv_repr),
    MethodDef::method("__hash__", mv_hash),
    MethodDef::method("__lt__", mv_lt),
    MethodDef::method("__le__", mv_le),
    MethodDef::method("__eq__", mv_eq),
    MethodDef::method("__ne__", mv_ne),
    MethodDef::method("__gt__", mv_gt),
    MethodDef::method("__ge__", mv_ge),
    MethodDef::method("__iter__", mv_iter),
    MethodDef::method("__len__", mv_len),
    MethodDef::method("__getitem__", mv_getitem),
    MethodDef::method("__setitem__", mv_setitem),
    MethodDef::method("__delitem__", mv_delitem),
    MethodDef::method("release", mv_release),
    MethodDef::method("tobytes", mv_tobytes),
    MethodDef::method("hex", mv_hex),
    MethodDef::method("tolist", mv_tolist),
    MethodDef::method("cast", mv_cast),
    MethodDef::method("toreadonly", mv_toreadonly),
    MethodDef::method("__enter__", mv_enter),
    MethodDef::method("__exit__", mv_exit),
];

const ITER_METHODS: &[MethodDef] = &[
    MethodDef::method("__iter__", it_iter),
    MethodDef::method("__next__", it_next),
];

/// `Py_SIZE` of a memoryview: shape, strides and suboffsets of at least one dimension
/// (`memory_alloc`); 0 for other objects.
pub fn ob_size(o: &PyRef) -> usize {
    as_view(o).map_or(0, |v| 3 * v.layout.ndim().max(1))
}

pub fn init(vm: &Vm) {
    let t = &vm.t.memoryview;
    let td = t.as_type().expect("a type");
    td.flags
        .set(td.flags.get() | crate::objects::type_::WEAKREFABLE);
    crate::objects::descr::add_methods(vm, t, METHODS);
    for &(name, get) in GETTERS {
        crate::objects::descr::add_getset(vm, t, name, get, None);
    }
    crate::objects::descr::add_methods(vm, &vm.t.memory_iterator, ITER_METHODS);
}
