//! `match` statements: subject, case patterns with the MATCH_* opcodes, guards, captures.
//! Mirrors `compiler_match` and `compiler_pattern*` in CPython 3.11's `Python/compile.c`.

use ruff_python_ast as ast;

use super::{CResult, Compiler};

impl<'a> Compiler<'a> {
    pub fn compile_match(&mut self, _m: &'a ast::StmtMatch) -> CResult<()> {
        self.error("match statements are not supported yet")
    }
}
