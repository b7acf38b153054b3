//! Object sizes as CPython 3.11 reports them on a 64-bit build: the `__sizeof__` methods
//! (`object_sizeof` is `object.__sizeof__`, the others are the types' own) and
//! `sys.getsizeof` (`Python/sysmodule.c`, `_PySys_GetSizeOf`).
//!
//! Krait's objects are laid out differently, so the figures come from a model of CPython's:
//! each type's `tp_basicsize`/`tp_itemsize` (a table for the builtin types, computed for
//! classes as `type_new` does), plus the variable part each type's `__sizeof__` adds (list
//! allocation, dict keys table, set table...), which the containers track CPython-style.

use crate::object::PyRef;
use crate::objects::type_::{self, TypeData};
use crate::objects::Payload;
use crate::protocols::call;
use crate::vm::{PyResult, Vm};

/// `sizeof(PyGC_Head)`: the header in front of objects of GC types.
const GC_HEAD: usize = 16;
/// The two pointers in front of instances of types with `Py_TPFLAGS_MANAGED_DICT` (3.11).
const MANAGED_DICT_HEAD: usize = 16;
/// `sizeof(PyHeapTypeObject)` and `sizeof(PyTypeObject)`.
const HEAP_TYPE_SIZE: usize = 904;
const STATIC_TYPE_SIZE: usize = 408;
/// `_PyDict_KeysSize` of the shared keys a class with a managed dict caches
/// (`_PyDict_NewKeysForClass`: 64 slots, 42 unicode entries).
const CACHED_KEYS_SIZE: usize = 32 + 64 + 42 * 16;

/// What CPython's type object says about its instances' memory.
#[derive(Clone, Copy, Debug)]
pub struct Layout {
    /// `tp_basicsize`.
    pub basicsize: usize,
    /// `tp_itemsize`.
    pub itemsize: usize,
    /// `Py_TPFLAGS_HAVE_GC`.
    pub gc: bool,
    /// Instances have a weakref list (`tp_weaklistoffset != 0`).
    pub weakref: bool,
    /// Instances have a `__dict__` (`tp_dictoffset != 0`).
    pub dict: bool,
    /// `Py_TPFLAGS_MANAGED_DICT`: the dict pointer lives in the pre-header.
    pub managed_dict: bool,
}

const fn plain(basicsize: usize) -> Layout {
    Layout {
        basicsize,
        itemsize: 0,
        gc: false,
        weakref: false,
        dict: false,
        managed_dict: false,
    }
}

const fn gc(basicsize: usize) -> Layout {
    Layout {
        gc: true,
        ..plain(basicsize)
    }
}

const fn weak(l: Layout) -> Layout {
    Layout { weakref: true, ..l }
}

const fn with_dict(l: Layout) -> Layout {
    Layout { dict: true, ..l }
}

const fn var(l: Layout, itemsize: usize) -> Layout {
    Layout { itemsize, ..l }
}

/// The layout of a builtin (static) type, when it differs from its base's.
fn static_layout(name: &str) -> Option<Layout> {
    Some(match name {
        "object" | "NoneType" | "NotImplementedType" | "ellipsis" | "NULL" => plain(16),
        "int" => var(plain(24), 4),
        // `PyBool_Type.tp_basicsize` is `sizeof(struct _longobject)`, one digit included.
        "bool" => var(plain(32), 4),
        "float" => plain(24),
        "complex" => plain(32),
        "str" => plain(80),
        "bytes" => var(plain(33), 1),
        "bytearray" => plain(56),
        "list" => gc(40),
        "tuple" => var(gc(24), 8),
        "dict" => gc(48),
        "dict_keys" | "dict_values" | "dict_items" => gc(24),
        "set" | "frozenset" => weak(gc(200)),
        "range" => plain(48),
        "slice" => gc(40),
        "function" => with_dict(weak(gc(136))),
        "builtin_function_or_method" => weak(gc(56)),
        "method_descriptor" | "classmethod_descriptor" | "wrapper_descriptor" => gc(56),
        "getset_descriptor" | "member_descriptor" => gc(48),
        "method-wrapper" => gc(32),
        "method" => weak(gc(48)),
        "cell" => gc(24),
        "code" => var(weak(plain(184)), 2),
        "frame" => gc(120),
        "traceback" => gc(40),
        "generator" | "coroutine" | "async_generator" => weak(gc(152)),
        "module" => with_dict(weak(gc(56))),
        "property" => gc(64),
        "classmethod" | "staticmethod" => with_dict(gc(32)),
        "super" => gc(40),
        "mappingproxy" => gc(24),
        "SimpleNamespace" => with_dict(gc(24)),
        "list_iterator"
        | "list_reverseiterator"
        | "tuple_iterator"
        | "str_iterator"
        | "str_ascii_iterator"
        | "bytes_iterator"
        | "bytearray_iterator"
        | "iterator"
        | "callable_iterator" => gc(32),
        "range_iterator" | "longrange_iterator" => plain(48),
        "dict_keyiterator"
        | "dict_valueiterator"
        | "dict_itemiterator"
        | "dict_reversekeyiterator"
        | "dict_reversevalueiterator"
        | "dict_reverseitemiterator" => gc(56),
        "set_iterator" => gc(48),
        "enumerate" => gc(56),
        "zip" => gc(48),
        "map" | "filter" | "reversed" => gc(32),
        "memoryview" => var(weak(gc(144)), 8),
        "memory_iterator" => gc(48),
        "GenericAlias" => weak(gc(64)),
        "UnionType" => gc(32),
        "type" => var(with_dict(weak(gc(HEAP_TYPE_SIZE))), 40),
        "BaseException" => with_dict(gc(72)),
        "StopIteration" | "SystemExit" | "NameError" => with_dict(gc(80)),
        "AttributeError" => with_dict(gc(88)),
        "ImportError" | "BaseExceptionGroup" => with_dict(gc(96)),
        "OSError" | "UnicodeDecodeError" | "UnicodeEncodeError" | "UnicodeTranslateError" => {
            with_dict(gc(112))
        }
        "SyntaxError" => with_dict(gc(136)),
        _ => return None,
    })
}

/// The layout of instances of `ty` (a type object).
pub fn layout(ty: &PyRef) -> Layout {
    let Some(td) = ty.as_type() else {
        return plain(16);
    };
    let base = td.base.borrow().clone();
    if !td.is_heap() {
        // Some builtin types are renamed after boot (`types.SimpleNamespace`).
        let name = td.name_ref();
        if let Some(l) = static_layout(name.rsplit('.').next().unwrap_or(&name)) {
            return l;
        }
        // Builtin types without an entry (most exceptions, native types) inherit the layout.
        return base.map_or(plain(16), |b| layout(&b));
    }
    heap_layout(td, base.map_or(plain(16), |b| layout(&b)))
}

/// `type_new`'s layout for a class: the base's, plus its own slots, a weakref slot and a dict
/// pointer when it adds them (3.11: a dict added to a base without items is "managed", kept
/// in the pre-header instead).
fn heap_layout(td: &TypeData, b: Layout) -> Layout {
    let own_slots = own_slot_count(td);
    let declared = td.has_flag(type_::SLOTS_DECLARED);
    let add_dict = td.has_flag(type_::INSTANCE_DICT) && !b.dict;
    let add_weak =
        !b.weakref && b.itemsize == 0 && (!declared || td.has_flag(type_::SLOTS_WEAKREF));
    let mut size = b.basicsize + 8 * own_slots;
    if add_dict && b.itemsize != 0 {
        size += 8;
    }
    if add_weak {
        size += 8;
    }
    Layout {
        basicsize: size,
        itemsize: b.itemsize,
        // Every heap type is a GC type.
        gc: true,
        weakref: b.weakref || add_weak,
        dict: b.dict || add_dict,
        managed_dict: b.managed_dict || (add_dict && b.itemsize == 0),
    }
}

/// The number of `__slots__` members a class adds to its base's.
fn own_slot_count(td: &TypeData) -> usize {
    let base_slots = td
        .base
        .borrow()
        .as_ref()
        .and_then(|b| b.as_type().map(|b| b.nslots.get()))
        .unwrap_or(0);
    td.nslots.get().saturating_sub(base_slots)
}

/// `_PyType_PreHeaderSize`: what `sys.getsizeof` adds to `__sizeof__` for instances of `ty`.
/// CPython 3.11 decides by the type alone, tracked or not: `{}` is 48 + 16.
pub fn preheader(ty: &PyRef) -> usize {
    let l = layout(ty);
    (if l.gc { GC_HEAD } else { 0 }) + if l.managed_dict { MANAGED_DICT_HEAD } else { 0 }
}

/// CPython's digit count of an int (30-bit digits), negative for negative values (`ob_size`).
fn int_ob_size(o: &PyRef) -> isize {
    match &o.payload {
        Payload::Int(i) => {
            let bits = 64 - i.unsigned_abs().leading_zeros() as isize;
            let n = (bits + 29) / 30;
            if *i < 0 {
                -n
            } else {
                n
            }
        }
        Payload::BigInt(b) => {
            let n = (b.bits() as isize + 29) / 30;
            if b.sign() == num_bigint::Sign::Minus {
                -n
            } else {
                n
            }
        }
        _ => 0,
    }
}

/// `Py_SIZE(o)` for the variable-size types.
fn ob_size(o: &PyRef) -> isize {
    match &o.payload {
        Payload::Int(_) | Payload::BigInt(_) => int_ob_size(o),
        Payload::Tuple(t) => t.len() as isize,
        Payload::Bytes(b) => b.len() as isize,
        Payload::Code(c) => c.code.instructions.len() as isize,
        // A class's own slot members (`PyHeapTypeObject` is allocated with one
        // `PyMemberDef` per slot).
        Payload::Type(td) if td.is_heap() => own_slot_count(td) as isize,
        Payload::Native(_) => crate::objects::memoryview::ob_size(o) as isize,
        _ => 0,
    }
}

/// `object.__sizeof__`: `tp_basicsize + tp_itemsize * Py_SIZE(o)`.
pub fn object_sizeof(o: &PyRef) -> usize {
    let l = layout(&o.class());
    let n = l.basicsize as isize + l.itemsize as isize * ob_size(o);
    n.max(0) as usize
}

/// `int.__sizeof__` (3.11 counts at least one digit, so 0 is 28 like 1).
pub fn int_sizeof(o: &PyRef) -> usize {
    24 + 4 * (int_ob_size(o).unsigned_abs()).max(1)
}

/// `str.__sizeof__`: PEP 393 storage. Exact strs are compact (ASCII: `PyASCIIObject` + len +
/// 1; else `PyCompactUnicodeObject` + (len + 1) * kind); instances of subclasses are not
/// (`PyUnicodeObject` + (len + 1) * kind). A cached UTF-8 copy, which CPython adds for
/// non-ASCII strs that were once asked for one, is never counted.
pub fn str_sizeof(vm: &Vm, o: &PyRef) -> usize {
    let Some(s) = o.as_str() else {
        return object_sizeof(o);
    };
    let max = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let n = s.chars().count();
    let kind = if max < 256 {
        1
    } else if max < 65536 {
        2
    } else {
        4
    };
    if !o.is_type(&vm.t.str) {
        return 80 + (n + 1) * kind;
    }
    if max < 128 {
        48 + n + 1
    } else {
        72 + (n + 1) * kind
    }
}

/// `list.__sizeof__`: the object plus its allocated item array.
pub fn list_sizeof(o: &PyRef) -> usize {
    let cap = o.as_list().map_or(0, |l| l.borrow().capacity());
    layout(&o.class()).basicsize + 8 * cap
}

/// `dict.__sizeof__` (`_PyDict_SizeOf`): the object plus its keys table (none while the dict
/// still shares the empty keys).
pub fn dict_sizeof(o: &PyRef) -> usize {
    let keys = o.as_dict().map_or(0, |d| d.table.borrow().keys_size());
    layout(&o.class()).basicsize + keys
}

/// `set.__sizeof__`: the object (its 8-entry small table included) plus a larger table.
pub fn set_sizeof(o: &PyRef) -> usize {
    let n = o.as_set().map_or(0, |s| s.table_size());
    layout(&o.class()).basicsize + if n > 8 { 16 * n } else { 0 }
}

/// `type.__sizeof__`: `PyHeapTypeObject` plus the cached shared keys of a class whose
/// instances have a managed dict, or `PyTypeObject` for builtin types.
pub fn type_sizeof(o: &PyRef) -> usize {
    match o.as_type() {
        Some(td) if td.is_heap() => {
            HEAP_TYPE_SIZE
                + if layout(o).managed_dict {
                    CACHED_KEYS_SIZE
                } else {
                    0
                }
        }
        _ => STATIC_TYPE_SIZE,
    }
}

/// `generator.__sizeof__` (also coroutines and async generators): the object up to its frame,
/// the frame's specials, then one pointer per local and per value-stack slot.
pub fn generator_sizeof(o: &PyRef) -> usize {
    let slots = match &o.payload {
        Payload::Generator(g) => g
            .frame
            .get()
            .and_then(|f| {
                let f = f.as_frame()?;
                let code = f.code.as_code()?;
                let c = &code.code;
                // CPython merges a cell variable that is also an argument into one slot.
                let cells = c.cell2arg.iter().filter(|a| a.is_none()).count();
                Some(c.varnames.len() + cells + c.freevars.len() + c.max_stack as usize)
            })
            .unwrap_or(0),
        _ => 0,
    };
    152 + 8 * slots
}

/// `_PySys_GetSizeOf`: `type(o).__sizeof__(o)` checked, plus the pre-header.
pub fn getsizeof(vm: &Vm, o: &PyRef) -> PyResult<usize> {
    let Some(method) = o.type_data().lookup_str("__sizeof__") else {
        return Err(vm.type_error(format!(
            "Type {} doesn't define __sizeof__",
            o.type_data().name()
        )));
    };
    let r = call::call_method_obj(vm, &method, o, &[])?;
    let size: isize = match &r.payload {
        Payload::Int(i) => isize::try_from(*i).map_err(|_| ssize_overflow(vm))?,
        Payload::BigInt(_) => return Err(ssize_overflow(vm)),
        _ => return Err(vm.type_error("an integer is required")),
    };
    if size < 0 {
        return Err(vm.value_error("__sizeof__() should return >= 0"));
    }
    Ok(size as usize + preheader(&o.class()))
}

fn ssize_overflow(vm: &Vm) -> PyRef {
    vm.overflow_error("Python int too large to convert to C ssize_t")
}

/// A `__sizeof__` method takes no arguments: `list.__sizeof__() takes no arguments (1 given)`.
pub fn noargs(vm: &Vm, args: &crate::vm::Args, owner: &str) -> PyResult<()> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{owner}.__sizeof__() takes no keyword arguments")));
    }
    let n = args.pos().len().saturating_sub(1);
    if n > 0 {
        return Err(vm.type_error(format!(
            "{owner}.__sizeof__() takes no arguments ({n} given)"
        )));
    }
    Ok(())
}

/// `object.__sizeof__`.
pub fn object_sizeof_method(vm: &Vm, args: crate::vm::Args) -> PyResult {
    noargs(vm, &args, "object")?;
    Ok(vm.usize(object_sizeof(&args.pos()[0])))
}

/// `int.__sizeof__`.
pub fn int_sizeof_method(vm: &Vm, args: crate::vm::Args) -> PyResult {
    noargs(vm, &args, "int")?;
    Ok(vm.usize(int_sizeof(&args.pos()[0])))
}

/// `generator.__sizeof__`, `coroutine.__sizeof__`, `async_generator.__sizeof__`.
pub fn generator_sizeof_method(vm: &Vm, args: crate::vm::Args) -> PyResult {
    noargs(vm, &args, &vm.type_name(&args.pos()[0]))?;
    Ok(vm.usize(generator_sizeof(&args.pos()[0])))
}
