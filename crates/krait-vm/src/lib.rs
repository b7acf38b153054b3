//! Krait's virtual machine: the object core, the builtin types, the interpreter loop and the
//! modules that boot with it. A library first: `Interpreter` is the embedding API and the
//! `krait` binary is a thin client of it. See `docs/internals/` for the design.

pub mod format;
pub mod gc;
pub mod gil;
pub mod import;
pub mod intern;
pub mod interp;
pub mod interpreter;
pub mod modules;
pub mod object;
pub mod objects;
pub mod protocols;
pub mod vm;

pub use interpreter::{Config, Interpreter};
pub use object::PyRef;
pub use objects::Payload;
pub use vm::{Args, MethodDef, NativeFn, PyResult, Vm};

/// The stack size of the thread the interpreter runs on (deep recursion through dunders
/// stays within it; RecursionError is raised before it runs out).
pub const STACK_SIZE: usize = 1 << 30;
