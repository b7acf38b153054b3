//! The interpreter: frame setup for Python calls (`frame.rs`) and the evaluation loop
//! (`eval.rs`) with its opcode handlers grouped in `ops/`. Mirrors CPython's
//! `Python/ceval.c` and `Python/bytecodes.c`.

pub mod eval;
pub mod frame;
pub mod ops;
