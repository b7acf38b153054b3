//! Krait's bytecode: the one opcode table (`opcode.rs`), the compiler's output format
//! (`code.rs`), the disassembler (`dis.rs`) and the byte encodings of a code object's tables
//! (`tables.rs`). Mirrors CPython's `Include/opcode.h`, `Include/cpython/code.h` and
//! `Lib/dis.py`. This crate knows no runtime types: constants are plain Rust values that the
//! VM turns into objects when it loads a code object.

pub mod code;
pub mod dis;
pub mod marshal;
pub mod opcode;
pub mod tables;

pub use code::{CodeFlags, CodeObject, Constant, ExceptionTableEntry, Instruction, Position};
pub use opcode::Opcode;
