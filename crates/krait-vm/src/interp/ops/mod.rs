//! Opcode handlers too big for the dispatch `match`, grouped by concern.

pub mod arith;
pub mod build;
pub mod call_ex;
pub mod exceptions;
pub mod format;
pub mod function;
pub mod generator;
pub mod names;
pub mod pattern;
pub mod strcat;
pub mod with;
