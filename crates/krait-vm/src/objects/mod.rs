//! The builtin types: one file per Python type (`objects/list.rs` is `list` and its iterator),
//! and the `Payload` enum every object carries. Mirrors CPython's `Objects/` directory.
//!
//! The type registry is `Types` in `types_registry.rs`: one field per builtin type.

pub mod bool_;
pub mod builtin_func;
pub mod bytearray;
pub mod bytes;
pub mod cell;
pub mod code;
pub mod codec_registry;
pub mod complex;
pub mod descr;
pub mod dict;
pub mod dict_methods;
pub mod exceptions;
pub mod float;
pub mod frame;
pub mod function;
pub mod generator;
pub mod generator_async;
pub mod generic_alias;
pub mod instance;
pub mod int;
pub mod iter;
pub mod iter_reduce;
pub mod list;
pub mod list_methods;
pub mod list_sort;
pub mod list_timsort;
pub mod memoryview;
pub mod module;
pub mod namespace;
pub mod none;
pub mod object;
pub mod property;
pub mod range;
pub mod set;
pub mod sizeof;
pub mod slice;
pub mod str;
pub mod str_args;
pub mod str_codecs;
pub mod str_codecs_escape;
pub mod str_codecs_utf7;
pub mod str_format;
pub mod str_methods;
pub mod super_;
pub mod traceback;
pub mod tuple;
pub mod type_;
pub mod type_call;
pub mod types_registry;
pub mod weakref;

use std::any::Any;
use std::cell::RefCell;

use num_bigint::BigInt;

use crate::object::{ObjSlot, PyObject, PyRef};

/// What an object holds beyond its header. The variant is fixed by the object's most-derived
/// builtin base type (`TypeData::layout`): an instance of `class L(list)` has a `List` payload.
pub enum Payload {
    /// No payload: `object()`, `None`, `NotImplemented`, `...`, and instances of plain
    /// classes that keep their attributes in a dict from the start.
    Empty,
    /// Instances of plain classes: attributes stored inline until a dict is needed.
    Instance(instance::InlineAttrs),
    /// Instances of plain classes with more attribute names than fit inline.
    InstanceWide(Box<[ObjSlot]>),
    /// `int` and `bool` values that fit a machine word.
    Int(i64),
    /// `int` values that do not fit an `i64` (never holds one that does).
    BigInt(Box<BigInt>),
    Float(f64),
    Complex(f64, f64),
    Str(str::PyStr),
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    Tuple(Box<[PyRef]>),
    List(RefCell<Vec<PyRef>>),
    Dict(Box<dict::PyDict>),
    /// `set` and `frozenset`.
    Set(Box<set::PySet>),
    Range(Box<range::PyRange>),
    Slice(Box<slice::PySlice>),
    Function(Box<function::PyFunction>),
    Builtin(Box<builtin_func::PyBuiltin>),
    MethodDescr(Box<descr::MethodDescr>),
    GetSet(Box<descr::GetSetDescr>),
    Member(Box<descr::MemberDescr>),
    BoundMethod(Box<function::PyBoundMethod>),
    Code(Box<code::PyCode>),
    Frame(Box<frame::PyFrame>),
    Cell(ObjSlot),
    Type(Box<type_::TypeData>),
    Module(Box<module::PyModule>),
    Property(Box<property::PyProperty>),
    ClassMethod(ObjSlot),
    StaticMethod(ObjSlot),
    Super(Box<super_::PySuper>),
    Exception(Box<exceptions::PyException>),
    Traceback(Box<traceback::PyTraceback>),
    Generator(Box<generator::PyGenerator>),
    Iter(Box<RefCell<iter::IterState>>),
    DictView(Box<dict::DictView>),
    MappingProxy(PyRef),
    /// A fixed record of references of a builtin type that is not a tuple (so that no
    /// tuple fast path takes it for one): `types.GenericAlias`, `types.UnionType`.
    Refs(Box<[PyRef]>),
    /// Values of `__slots__` members, for instances of classes that declare slots.
    Slots(Box<[ObjSlot]>),
    /// `weakref.ref`, its subclasses and weak proxies.
    WeakRef(Box<crate::object::weakref::WeakRef>),
    /// State of a type implemented in a native module (`krait-stdlib`).
    Native(Box<dyn NativeData>),
}

impl Payload {
    /// Whether the payload holds no object references (freeing it frees nothing else).
    #[inline]
    pub fn is_leaf(&self) -> bool {
        matches!(
            self,
            Payload::Empty
                | Payload::Int(_)
                | Payload::BigInt(_)
                | Payload::Float(_)
                | Payload::Complex(..)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
        )
    }
}

/// The state of an object whose type a native module defines.
pub trait NativeData: Any {
    fn as_any(&self) -> &dyn Any;

    /// Call `visit` once for every strong reference the state owns (`gc::traverse`); only
    /// states that hold `PyRef`s implement it.
    fn traverse(&self, _visit: &mut dyn FnMut(&PyObject)) {}

    /// Drop the references that can close a cycle (`gc::clear`). Take them out of their cells
    /// first and drop them after every borrow has ended: dropping may free other objects.
    fn clear(&self) {}
}

/// Whether `obj`'s type has a Python-level finalizer (`__del__`) that must run before freeing.
pub fn has_finalizer(obj: &PyObject) -> bool {
    if let Payload::Generator(g) = &obj.payload {
        return g.started.get() && !g.finished.get();
    }
    match &obj.ty().payload {
        Payload::Type(t) => t.has_del(),
        _ => false,
    }
}

impl PyObject {
    /// The `TypeData` of a type object (None for non-types).
    #[inline]
    pub fn as_type(&self) -> Option<&type_::TypeData> {
        match &self.payload {
            Payload::Type(t) => Some(t),
            _ => None,
        }
    }

    /// The `TypeData` of this object's type.
    #[inline]
    pub fn type_data(&self) -> &type_::TypeData {
        match &self.ty().payload {
            Payload::Type(t) => t,
            _ => unreachable!("an object's type is always a type object"),
        }
    }

    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        match &self.payload {
            Payload::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }

    #[inline]
    pub fn as_pystr(&self) -> Option<&str::PyStr> {
        match &self.payload {
            Payload::Str(s) => Some(s),
            _ => None,
        }
    }

    #[inline]
    pub fn as_tuple(&self) -> Option<&[PyRef]> {
        match &self.payload {
            Payload::Tuple(t) => Some(t),
            _ => None,
        }
    }

    /// The references of a `Payload::Refs` record.
    #[inline]
    pub fn as_refs(&self) -> Option<&[PyRef]> {
        match &self.payload {
            Payload::Refs(t) => Some(t),
            _ => None,
        }
    }

    #[inline]
    pub fn as_list(&self) -> Option<&RefCell<Vec<PyRef>>> {
        match &self.payload {
            Payload::List(l) => Some(l),
            _ => None,
        }
    }

    #[inline]
    pub fn as_dict(&self) -> Option<&dict::PyDict> {
        match &self.payload {
            Payload::Dict(d) => Some(d),
            _ => None,
        }
    }

    #[inline]
    pub fn as_set(&self) -> Option<&set::PySet> {
        match &self.payload {
            Payload::Set(s) => Some(s),
            _ => None,
        }
    }

    #[inline]
    pub fn as_exception(&self) -> Option<&exceptions::PyException> {
        match &self.payload {
            Payload::Exception(e) => Some(e),
            _ => None,
        }
    }

    #[inline]
    pub fn as_function(&self) -> Option<&function::PyFunction> {
        match &self.payload {
            Payload::Function(f) => Some(f),
            _ => None,
        }
    }

    #[inline]
    pub fn as_code(&self) -> Option<&code::PyCode> {
        match &self.payload {
            Payload::Code(c) => Some(c),
            _ => None,
        }
    }

    #[inline]
    pub fn as_frame(&self) -> Option<&frame::PyFrame> {
        match &self.payload {
            Payload::Frame(f) => Some(f),
            _ => None,
        }
    }

    #[inline]
    pub fn as_module(&self) -> Option<&module::PyModule> {
        match &self.payload {
            Payload::Module(m) => Some(m),
            _ => None,
        }
    }

    #[inline]
    pub fn as_generator(&self) -> Option<&generator::PyGenerator> {
        match &self.payload {
            Payload::Generator(g) => Some(g),
            _ => None,
        }
    }

    /// The native state of an object of a native-module type, if it is a `T`.
    pub fn native<T: NativeData>(&self) -> Option<&T> {
        match &self.payload {
            Payload::Native(n) => n.as_any().downcast_ref::<T>(),
            _ => None,
        }
    }
}
