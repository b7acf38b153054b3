//! Krait's compiler: source text to `CodeObject`. Mirrors CPython's `Python/symtable.c`,
//! `Python/compile.c` and `Python/assemble.c` over ruff's AST; `compile()` is CPython's
//! `compile(source, filename, mode)`.

mod assemble;
mod codegen;
mod errors;
mod fold;
mod future;
mod incomplete;
mod source;
mod symtable;

use ruff_python_ast::{Mod, PythonVersion};
use ruff_python_parser::{parse_unchecked, Mode as ParseMode, ParseOptions};
use ruff_text_size::TextRange;

use krait_bytecode::{CodeObject, Position};

use codegen::{Compiler, UnitKind};
use source::SourceIndex;

/// `compile()`'s mode argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// `'exec'`: a module.
    Exec,
    /// `'eval'`: a single expression, its value returned.
    Eval,
    /// `'single'`: one interactive statement; expression statements print their value.
    Single,
}

/// The SyntaxError subclass raised.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl ErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
        }
    }
}

/// A compile-time error with everything `SyntaxError`'s attributes need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: ErrorKind,
    /// CPython's message text, e.g. "invalid syntax", "expected ':'".
    pub msg: String,
    pub filename: String,
    /// 1-based.
    pub lineno: u32,
    /// 1-based column in characters, as `SyntaxError.offset`.
    pub offset: u32,
    pub end_lineno: u32,
    pub end_offset: u32,
    /// The offending source line with its newline, as `SyntaxError.text`.
    pub text: Option<String>,
}

impl std::fmt::Display for CompileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}: {} ({}, line {})",
            self.kind.name(),
            self.msg,
            self.filename,
            self.lineno
        )
    }
}

impl std::error::Error for CompileError {}

impl CompileError {
    /// An error at a byte range of the source, with character offsets (parser errors).
    pub(crate) fn at_range(
        src: &SourceIndex<'_>,
        kind: ErrorKind,
        msg: impl Into<String>,
        filename: &str,
        range: TextRange,
    ) -> CompileError {
        let (line, col) = src.line_col(range.start());
        let (end_line, end_col) = src.line_col(range.end());
        CompileError {
            kind,
            msg: msg.into(),
            filename: filename.to_string(),
            lineno: line,
            offset: src.char_offset(line, col),
            end_lineno: end_line,
            end_offset: src.char_offset(end_line, end_col),
            text: src.line_text(line).map(str::to_string),
        }
    }

    /// An error at a code position, with CPython's byte-based `col_offset + 1` (compiler and
    /// symbol-table errors).
    pub(crate) fn at_position(
        src: &SourceIndex<'_>,
        msg: impl Into<String>,
        filename: &str,
        pos: Position,
    ) -> CompileError {
        CompileError {
            kind: ErrorKind::SyntaxError,
            msg: msg.into(),
            filename: filename.to_string(),
            lineno: pos.line,
            offset: pos.col + 1,
            end_lineno: pos.end_line,
            end_offset: pos.end_col + 1,
            text: src.line_text(pos.line).map(str::to_string),
        }
    }
}

/// Compile `source` (named `filename` in errors and code objects) in `mode`.
pub fn compile(source: &str, filename: &str, mode: Mode) -> Result<CodeObject, CompileError> {
    compile_flags(source, filename, mode, 0)
}

/// `PyCF_DONT_IMPLY_DEDENT`: in `'single'` mode, a block still open at the end of a source
/// without a final newline is an error.
pub const PYCF_DONT_IMPLY_DEDENT: u32 = 0x200;
/// `PyCF_ALLOW_INCOMPLETE_INPUT`: an error where the input stops early reads "incomplete
/// input".
pub const PYCF_ALLOW_INCOMPLETE_INPUT: u32 = 0x4000;

/// `compile()` with CPython's interactive flags (`PYCF_*` above), which `codeop` uses to tell
/// incomplete input from invalid input.
pub fn compile_flags(
    source: &str,
    filename: &str,
    mode: Mode,
    flags: u32,
) -> Result<CodeObject, CompileError> {
    let allow_incomplete = flags & PYCF_ALLOW_INCOMPLETE_INPUT != 0;
    let src = SourceIndex::new(source);
    let parse_mode = match mode {
        Mode::Eval => ParseMode::Expression,
        Mode::Exec | Mode::Single => ParseMode::Module,
    };
    let options = ParseOptions::from(parse_mode).with_target_version(PythonVersion::PY311);
    let parsed = parse_unchecked(source, options);
    let mut error = errors::first_error(&src, filename, &parsed);
    let mut open_block = false;
    if error.is_none()
        && mode == Mode::Single
        && flags & PYCF_DONT_IMPLY_DEDENT != 0
        && incomplete::open_block_at_end(source, &parsed)
    {
        open_block = true;
        let line = src
            .line_col(ruff_text_size::TextSize::from(source.len() as u32))
            .0;
        let mut e = CompileError::at_range(
            &src,
            ErrorKind::SyntaxError,
            "invalid syntax",
            filename,
            TextRange::default(),
        );
        (e.lineno, e.offset, e.end_lineno, e.end_offset) = (line, 0, line, 0);
        e.text = src.line_text(line).map(str::to_string);
        error = Some(e);
    }
    if let Some(mut e) = error {
        if allow_incomplete
            && (open_block
                || incomplete::is_incomplete(&src, &e)
                || incomplete::stops_at_last_token(&src, &e))
        {
            e.kind = ErrorKind::SyntaxError;
            e.msg = "incomplete input".to_string();
        } else {
            incomplete::single_eof_position(&src, mode, &mut e);
        }
        return Err(e);
    }
    let module = parsed.into_syntax();
    let (body, expr) = match &module {
        Mod::Module(m) => (&m.body[..], None),
        Mod::Expression(e) => (&[][..], Some(&*e.body)),
    };
    if mode == Mode::Single && body.len() > 1 {
        use ruff_text_size::Ranged;
        let first_end = src.line_col(body[0].range().end());
        let second = src.line_col(body[1].range().start());
        if incomplete::is_compound(&body[0]) {
            // The interactive grammar ends a compound statement with a blank line.
            let start = body[1].range().start();
            return Err(CompileError::at_range(
                &src,
                ErrorKind::SyntaxError,
                "invalid syntax",
                filename,
                TextRange::new(start, start),
            ));
        }
        if second.0 > first_end.0 {
            let end = body[0].range().end();
            return Err(CompileError::at_range(
                &src,
                ErrorKind::SyntaxError,
                "multiple statements found while compiling a single statement",
                filename,
                TextRange::new(end, end),
            ));
        }
    }
    let features = future::scan(body).map_err(|(msg, range)| {
        let pos = src.position(range);
        CompileError::at_position(&src, msg, filename, pos)
    })?;
    let st = symtable::build(body, expr, features.annotations).map_err(|e| {
        let pos = src.position(e.range);
        CompileError::at_position(&src, e.msg, filename, pos)
    })?;
    let mut c = Compiler::new(&st, &src, filename, features.annotations);
    c.future_lineno = features.last_import.map_or(0, |o| src.line_col(o).0);
    c.enter_scope("<module>", UnitKind::Module, 0, 1);
    let result = (|| {
        match mode {
            Mode::Exec => c.compile_body(body)?,
            Mode::Single => {
                c.interactive = true;
                if codegen::find_ann(body) {
                    c.op(krait_bytecode::Opcode::SETUP_ANNOTATIONS);
                }
                c.visit_body(body)?;
            }
            Mode::Eval => {
                if let Some(e) = expr {
                    c.visit_expr(e)?;
                }
            }
        }
        c.exit_scope(mode != Mode::Eval)
    })();
    result.map_err(|e| CompileError::at_position(&src, e.msg, filename, e.loc))
}
