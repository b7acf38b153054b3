//! Krait's compiler: source text to `CodeObject`. Mirrors CPython's `Python/symtable.c`,
//! `Python/compile.c` and `Python/assemble.c` over ruff's AST.
