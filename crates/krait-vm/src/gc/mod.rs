//! The cycle collector (CPython's `Modules/gcmodule.c`): container objects carry a GC head,
//! are linked into one of three generation lists, and a collection finds the groups of them
//! that only reference each other.

pub mod collect;
pub mod traverse;
