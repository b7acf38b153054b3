//! The abstract object protocols: what the interpreter and builtins call to operate on any
//! object, with fast paths for exact builtin types and dunder dispatch for the rest. Mirrors
//! CPython's `Objects/abstract.c`, `Objects/object.c` and `Objects/call.c`.

pub mod attr;
pub mod call;
pub mod compare;
pub mod number;
pub mod repr;
pub mod sequence;
