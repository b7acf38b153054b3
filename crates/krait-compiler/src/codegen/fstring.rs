//! f-strings: literal pieces merged as CPython's parser merges them, `FORMAT_VALUE` with
//! conversions and nested format specs, `=` self-documenting expressions, `BUILD_STRING`.
//! Mirrors `compiler_joined_str` and `compiler_formatted_value` in CPython 3.11's
//! `Python/compile.c` (and the JoinedStr building of `Parser/string_parser.c`).

use ruff_python_ast::{self as ast, ConversionFlag, InterpolatedStringElement};

use krait_bytecode::opcode::format_value as fv;
use krait_bytecode::{Constant, Opcode};

use super::{CResult, Compiler, STACK_USE_GUIDELINE};

enum Piece<'a> {
    Str(String),
    Value(&'a ast::InterpolatedElement),
}

fn push_str(pieces: &mut Vec<Piece<'_>>, s: &str) {
    if s.is_empty() {
        return;
    }
    if let Some(Piece::Str(last)) = pieces.last_mut() {
        last.push_str(s);
    } else {
        pieces.push(Piece::Str(s.to_string()));
    }
}

fn collect_elements<'a>(elements: &'a [InterpolatedStringElement], pieces: &mut Vec<Piece<'a>>) {
    for el in elements {
        match el {
            InterpolatedStringElement::Literal(l) => push_str(pieces, &l.value),
            InterpolatedStringElement::Interpolation(i) => {
                if let Some(d) = &i.debug_text {
                    push_str(pieces, d.leading());
                    push_str(pieces, d.expression());
                    push_str(pieces, d.trailing());
                }
                pieces.push(Piece::Value(i));
            }
        }
    }
}

impl<'a> Compiler<'a> {
    pub fn compile_fstring(&mut self, f: &'a ast::ExprFString) -> CResult<()> {
        let mut pieces = Vec::new();
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(l) => push_str(&mut pieces, &l.value),
                ast::FStringPart::FString(fs) => collect_elements(&fs.elements, &mut pieces),
            }
        }
        self.joined_str(pieces)
    }

    fn joined_str(&mut self, pieces: Vec<Piece<'a>>) -> CResult<()> {
        let n = pieces.len();
        if n > STACK_USE_GUIDELINE {
            self.load_const(Constant::Str("".into()));
            self.emit_name(Opcode::LOAD_METHOD, "join");
            self.emit(Opcode::BUILD_LIST, 0);
            for p in pieces {
                self.piece(p)?;
                self.emit(Opcode::LIST_APPEND, 1);
            }
            self.emit(Opcode::CALL, 1);
        } else {
            for p in pieces {
                self.piece(p)?;
            }
            if n != 1 {
                self.emit(Opcode::BUILD_STRING, n as u32);
            }
        }
        Ok(())
    }

    fn piece(&mut self, p: Piece<'a>) -> CResult<()> {
        match p {
            Piece::Str(s) => {
                self.load_const(Constant::Str(s.into()));
                Ok(())
            }
            Piece::Value(i) => self.formatted_value(i),
        }
    }

    fn formatted_value(&mut self, i: &'a ast::InterpolatedElement) -> CResult<()> {
        self.visit_expr(&i.expression)?;
        let mut conversion = i.conversion;
        if i.debug_text.is_some() && conversion == ConversionFlag::None && i.format_spec.is_none() {
            conversion = ConversionFlag::Repr;
        }
        let mut oparg = match conversion {
            ConversionFlag::None => 0,
            ConversionFlag::Str => fv::CONV_STR,
            ConversionFlag::Repr => fv::CONV_REPR,
            ConversionFlag::Ascii => fv::CONV_ASCII,
        };
        if let Some(spec) = &i.format_spec {
            let mut pieces = Vec::new();
            collect_elements(&spec.elements, &mut pieces);
            self.joined_str(pieces)?;
            oparg |= fv::HAVE_SPEC;
        }
        self.emit(Opcode::FORMAT_VALUE, oparg);
        Ok(())
    }
}
