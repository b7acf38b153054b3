//! Interned names the VM looks up from Rust (`__init__`, `__add__` ...): one immortal str
//! object each, made at boot, so lookups compare pointers. Mirrors CPython's
//! `Include/internal/pycore_global_strings.h`.

use crate::object::PyRef;
use crate::objects::str::PyStr;
use crate::objects::Payload;

macro_rules! names {
    ($($field:ident),* $(,)?) => {
        /// The interned identifier strings, one field per name (the field is the name).
        pub struct Names {
            $( pub $field: PyRef, )*
        }

        impl Names {
            pub fn new(str_type: &PyRef) -> Names {
                Names {
                    $( $field: {
                        let s = PyRef::new(str_type, Payload::Str(PyStr::new(stringify!($field).into())));
                        s.make_immortal();
                        s
                    }, )*
                }
            }

            /// Every name, for registering them in the intern table.
            pub fn all(&self) -> Vec<&PyRef> {
                vec![$( &self.$field, )*]
            }
        }
    };
}

names! {
    __abs__, __add__, __aenter__, __aexit__, __aiter__, __all__, __and__, __anext__,
    __annotations__, __await__, __bool__, __build_class__, __builtins__, __bytes__, __call__,
    __ceil__, __class__, __class_getitem__, __classcell__, __complex__, __contains__, __del__,
    __delattr__, __delete__, __delitem__, __dict__, __dir__, __divmod__, __doc__, __enter__,
    __eq__, __exit__, __file__, __float__, __floor__, __floordiv__, __format__, __ge__,
    __get__, __getattr__, __getattribute__, __getitem__, __gt__, __hash__, __iadd__,
    __iand__, __ifloordiv__, __ilshift__, __imatmul__, __imod__, __import__, __imul__,
    __index__, __init__, __init_subclass__, __instancecheck__, __int__, __invert__, __ior__,
    __ipow__, __irshift__, __isub__, __iter__, __itruediv__, __ixor__, __le__, __len__,
    __length_hint__, __loader__, __lshift__, __lt__, __main__, __matmul__, __missing__,
    __mod__, __module__, __mro_entries__, __mul__, __name__, __ne__, __neg__, __new__,
    __next__, __or__, __package__, __path__, __pos__, __pow__, __prepare__, __qualname__,
    __radd__, __rand__, __rdivmod__, __repr__, __reversed__, __rfloordiv__, __rlshift__,
    __rmatmul__, __rmod__, __rmul__, __ror__, __round__, __rpow__, __rrshift__, __rshift__,
    __rsub__, __rtruediv__, __rxor__, __set__, __set_name__, __setattr__, __setitem__,
    __slots__, __spec__, __str__, __sub__, __subclasscheck__, __subclasshook__, __truediv__,
    __trunc__, __weakref__, __xor__, __abstractmethods__, __orig_bases__, __mro__,
    __match_args__, __text_signature__, __wrapped__, __objclass__,
    close, send, throw, keys, items, values, get, append, extend, fileno, flush, write, read,
    readline, mro, stdout, stderr, stdin, encoding, errors, args, excepthook, displayhook,
    builtins, modules, path, argv, code, msg, filename, lineno, offset, text, end_lineno,
    end_offset, print_file_and_line, name, obj, value, strerror, errno, metaclass,
    __firstlineno__, __static_attributes__,
}
