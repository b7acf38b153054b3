//! `from __future__ import ...` at the top of a module. Mirrors CPython 3.11's
//! `Python/future.c`: the features Krait knows, "not a chance" and unknown-feature errors.

use ruff_python_ast::{Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

const KNOWN: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// The future features a module turns on.
#[derive(Default)]
pub struct Features {
    pub annotations: bool,
    /// Where the last leading `from __future__ import` starts.
    pub last_import: Option<ruff_text_size::TextSize>,
}

/// Scan the leading future imports (after an optional docstring).
pub fn scan(body: &[Stmt]) -> Result<Features, (String, TextRange)> {
    let mut f = Features::default();
    let mut rest = body;
    if let Some(Stmt::Expr(e)) = body.first() {
        if matches!(&*e.value, Expr::StringLiteral(_)) {
            rest = &body[1..];
        }
    }
    let mut last_end = None;
    for s in rest {
        let Stmt::ImportFrom(i) = s else { break };
        if i.module.as_ref().map(|m| m.as_str()) != Some("__future__") || i.level != 0 {
            break;
        }
        for alias in &i.names {
            let name = alias.name.as_str();
            if name == "annotations" {
                f.annotations = true;
            } else if name == "braces" {
                return Err(("not a chance".to_string(), s.range()));
            } else if !KNOWN.contains(&name) {
                return Err((format!("future feature {name} is not defined"), s.range()));
            }
        }
        last_end = Some(s.range().start());
    }
    f.last_import = last_end;
    Ok(f)
}
