//! Incomplete interactive input: what CPython's parser does under `PyCF_ALLOW_INCOMPLETE_INPUT`
//! (`_PyPegen_run_parser` turns an error into "incomplete input" when the tokenizer had reached
//! the end of the source) and the `'single'` mode rule that a source ending inside an indented
//! block without a final newline is not a complete statement. `codeop` builds on both.

use ruff_python_ast::token::TokenKind;
use ruff_python_ast::{Mod, Stmt};
use ruff_python_parser::Parsed;

use crate::source::SourceIndex;
use crate::{CompileError, ErrorKind, Mode};

/// `'single'` mode without a final newline: an "invalid syntax" at the very end is reported
/// at column 0 of the last line, where CPython's tokenizer puts the implicit NEWLINE.
pub(crate) fn single_eof_position(src: &SourceIndex<'_>, mode: Mode, e: &mut CompileError) {
    let text = src.text;
    if mode != Mode::Single || text.ends_with('\n') || e.msg != "invalid syntax" {
        return;
    }
    if error_byte(src, e) >= text.len() {
        e.offset = 0;
        e.end_offset = 0;
    }
}

/// `'single'` mode: the source does not end with a newline and its last line is still inside an
/// indented block (the tokenizer would owe DEDENT tokens at the end). CPython's interactive
/// grammar rejects that; `'if 1:\n  pass'` needs the blank line that closes the block.
pub(crate) fn open_block_at_end(source: &str, parsed: &Parsed<Mod>) -> bool {
    if source.ends_with('\n') || source.ends_with('\r') {
        return false;
    }
    let mut dedent = false;
    for t in parsed.tokens().iter().rev() {
        match t.kind() {
            TokenKind::EndOfFile => {}
            TokenKind::Dedent => dedent = true,
            TokenKind::Newline | TokenKind::NonLogicalNewline | TokenKind::Comment => {}
            _ => break,
        }
    }
    dedent
}

/// The byte offset in the source of a parser error's (line, character offset).
fn error_byte(src: &SourceIndex<'_>, e: &CompileError) -> usize {
    let Some(line) = src.line_text(e.lineno) else {
        return src.text.len();
    };
    let line_start = line.as_ptr() as usize - src.text.as_ptr() as usize;
    let col = line
        .char_indices()
        .nth(e.offset.saturating_sub(1) as usize)
        .map_or(line.len(), |(b, _)| b);
    line_start + col
}

/// Whether nothing but blanks and comments follows byte `at`.
fn only_trivia_after(text: &str, at: usize) -> bool {
    text.get(at..).is_none_or(|rest| {
        rest.lines().all(|l| {
            let t = l.trim_start();
            t.is_empty() || t.starts_with('#')
        })
    })
}

/// Whether a parse error means the input stopped before the statement did, so that more lines
/// could complete it.
pub(crate) fn is_incomplete(src: &SourceIndex<'_>, e: &CompileError) -> bool {
    let msg = e.msg.as_str();
    if msg.ends_with("was never closed")
        || msg.starts_with("unterminated triple-quoted string literal")
        || msg == "unexpected EOF while parsing"
    {
        return true;
    }
    let text = src.text;
    let at = error_byte(src, e).min(text.len());
    if !only_trivia_after(text, at) {
        return false;
    }
    if msg.starts_with("expected an indented block") {
        return true;
    }
    // The parser wanted a token after the last complete line (a decorator's function, the
    // `except` of a `try`), or the text stops in the middle of a line.
    let line_start = text[..at].rfind('\n').map_or(0, |p| p + 1);
    let before_on_line = text[line_start..at].trim();
    before_on_line.is_empty() || !text.ends_with('\n')
}

/// Without a final newline, CPython's tokenizer reads past the failing token to the end when
/// only that token is left ('a b', "'abc"), which also counts as incomplete.
pub(crate) fn stops_at_last_token(src: &SourceIndex<'_>, e: &CompileError) -> bool {
    let text = src.text;
    // Errors the tokenizer raises on its own (an unmatched bracket, bad indentation) are
    // not deferred.
    if text.ends_with('\n') || e.kind != ErrorKind::SyntaxError || e.msg.starts_with("unmatched") {
        return false;
    }
    let at = error_byte(src, e).min(text.len());
    let rest = &text[at..];
    !rest.contains('\n') && rest.split_whitespace().count() <= 1
}

/// A statement with a block (`compound_stmt` in the grammar).
pub(crate) fn is_compound(stmt: &Stmt) -> bool {
    matches!(
        stmt,
        Stmt::FunctionDef(_)
            | Stmt::ClassDef(_)
            | Stmt::If(_)
            | Stmt::For(_)
            | Stmt::While(_)
            | Stmt::With(_)
            | Stmt::Try(_)
            | Stmt::Match(_)
    )
}
