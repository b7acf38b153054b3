//! Source text positions: byte offsets from ruff's AST to CPython's (line, column) pairs.
//! Mirrors the bookkeeping of CPython's tokenizer (`Parser/tokenizer.c`): lines are 1-based,
//! code-object columns are UTF-8 byte offsets, `SyntaxError.offset` counts characters.

use ruff_text_size::{TextRange, TextSize};

use krait_bytecode::Position;

/// Line starts of one source text.
pub struct SourceIndex<'a> {
    pub text: &'a str,
    line_starts: Vec<u32>,
}

impl<'a> SourceIndex<'a> {
    pub fn new(text: &'a str) -> SourceIndex<'a> {
        let mut line_starts = vec![0u32];
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i as u32 + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(i as u32 + 1);
                }
                _ => {}
            }
            i += 1;
        }
        SourceIndex { text, line_starts }
    }

    /// The 1-based line and 0-based byte column of `offset`.
    pub fn line_col(&self, offset: TextSize) -> (u32, u32) {
        let off = u32::from(offset);
        let line = match self.line_starts.binary_search(&off) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, off - self.line_starts[line])
    }

    /// CPython's position of a node spanning `range`.
    pub fn position(&self, range: TextRange) -> Position {
        let (line, col) = self.line_col(range.start());
        let (end_line, end_col) = self.line_col(range.end());
        Position {
            line,
            end_line,
            col,
            end_col,
        }
    }

    /// The text of 1-based `line` including its line terminator, if the line exists.
    pub fn line_text(&self, line: u32) -> Option<&'a str> {
        let idx = line.checked_sub(1)? as usize;
        let start = *self.line_starts.get(idx)? as usize;
        if start > self.text.len() {
            return None;
        }
        let end = self
            .line_starts
            .get(idx + 1)
            .map_or(self.text.len(), |&e| e as usize);
        Some(&self.text[start..end])
    }

    /// The 1-based character column of byte column `byte_col` on `line` (SyntaxError.offset).
    pub fn char_offset(&self, line: u32, byte_col: u32) -> u32 {
        match self.line_text(line) {
            Some(text) => {
                let upto = (byte_col as usize).min(text.len());
                let mut cut = upto;
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                text[..cut].chars().count() as u32 + 1
            }
            None => byte_col + 1,
        }
    }
}
