//! f-strings: literal pieces merged as CPython's parser merges them, `FORMAT_VALUE` with
//! conversions and nested format specs, `=` self-documenting expressions, `BUILD_STRING`.
//! Mirrors `compiler_joined_str` and `compiler_formatted_value` in CPython 3.11's
//! `Python/compile.c` (and the JoinedStr building of `Parser/string_parser.c`).

use ruff_python_ast::{self as ast, ConversionFlag, Expr, InterpolatedStringElement};

use krait_bytecode::opcode::format_value as fv;
use krait_bytecode::{Constant, Opcode};

use super::{CResult, Compiler, STACK_USE_GUIDELINE};

enum Piece<'a> {
    Str(String),
    Value(&'a ast::InterpolatedElement),
    /// A literal piece of a `%` format: it has no location of its own.
    PercentStr(String),
    /// From `'%s' % (x,)`: the value, its conversion flag and an optional constant spec.
    Percent(&'a Expr, u32, Option<String>),
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
            Piece::PercentStr(s) => {
                let saved = self.ur().loc;
                self.unset_loc();
                self.load_const(Constant::Str(s.into()));
                self.u().loc = saved;
                Ok(())
            }
            Piece::Value(i) => self.formatted_value(i),
            Piece::Percent(e, conv, spec) => {
                // The synthesised FormattedValue carries its argument's location.
                let saved = self.ur().loc;
                self.set_loc(ruff_text_size::Ranged::range(e));
                self.visit_expr(e)?;
                let mut oparg = conv;
                if let Some(spec) = spec {
                    self.load_const(Constant::Str(spec.into()));
                    oparg |= fv::HAVE_SPEC;
                }
                self.emit(Opcode::FORMAT_VALUE, oparg);
                self.u().loc = saved;
                Ok(())
            }
        }
    }

    /// `'...%s...' % (a, b)` compiled as an f-string when every unit is a plain `%s`/`%r`/`%a`
    /// with at most a width and precision (CPython 3.11's `optimize_format` in `ast_opt.c`).
    /// Returns false (emitting nothing) when the format does not qualify.
    pub fn try_percent_format(&mut self, fmt: &str, args: &'a [Expr]) -> CResult<bool> {
        let chars: Vec<char> = fmt.chars().collect();
        let mut pieces: Vec<Piece<'a>> = Vec::new();
        let mut pos = 0;
        let mut cnt = 0;
        loop {
            let mut lit = String::new();
            while pos < chars.len() {
                if chars[pos] != '%' {
                    lit.push(chars[pos]);
                    pos += 1;
                } else if chars.get(pos + 1) == Some(&'%') {
                    lit.push('%');
                    pos += 2;
                } else {
                    break;
                }
            }
            if !lit.is_empty() {
                pieces.push(Piece::PercentStr(lit));
            }
            if pos >= chars.len() {
                break;
            }
            if cnt >= args.len() {
                return Ok(false);
            }
            pos += 1;
            let Some((spec_char, spec)) = parse_percent_unit(&chars, &mut pos) else {
                return Ok(false);
            };
            let conv = match spec_char {
                's' => fv::CONV_STR,
                'r' => fv::CONV_REPR,
                'a' => fv::CONV_ASCII,
                _ => return Ok(false),
            };
            pieces.push(Piece::Percent(&args[cnt], conv, spec));
            cnt += 1;
        }
        if cnt < args.len() {
            return Ok(false);
        }
        self.joined_str(pieces)?;
        Ok(true)
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

/// One `%` unit after the `%`: flags, width and precision of at most 2 digits each, then the
/// conversion character (CPython's `simple_format_arg_parse`). Returns the character and the
/// equivalent format spec.
fn parse_percent_unit(chars: &[char], pos: &mut usize) -> Option<(char, Option<String>)> {
    let mut p = *pos;
    let mut next = || -> Option<char> {
        let c = chars.get(p).copied();
        p += 1;
        c
    };
    let mut ljust = false;
    let mut ch = next()?;
    loop {
        match ch {
            '-' => ljust = true,
            '+' | ' ' | '#' | '0' => {}
            _ => break,
        }
        ch = next()?;
    }
    let mut width: Option<u32> = None;
    if ch.is_ascii_digit() {
        let mut w = 0;
        let mut digits = 0;
        while ch.is_ascii_digit() {
            w = w * 10 + ch.to_digit(10)?;
            ch = next()?;
            digits += 1;
            if digits >= 3 {
                return None;
            }
        }
        width = Some(w);
    }
    let mut prec: Option<u32> = None;
    if ch == '.' {
        ch = next()?;
        let mut v = 0;
        let mut digits = 0;
        while ch.is_ascii_digit() {
            v = v * 10 + ch.to_digit(10)?;
            ch = next()?;
            digits += 1;
            if digits >= 3 {
                return None;
            }
        }
        prec = Some(v);
    }
    *pos = p;
    let mut spec = String::new();
    if !ljust && width.is_some_and(|w| w > 0) {
        spec.push('>');
    }
    if let Some(w) = width {
        spec.push_str(&w.to_string());
    }
    if let Some(pr) = prec {
        spec.push('.');
        spec.push_str(&pr.to_string());
    }
    Some((ch, if spec.is_empty() { None } else { Some(spec) }))
}
