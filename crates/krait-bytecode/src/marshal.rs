//! A compact binary form of `CodeObject`s, so the embedded standard library is compiled at
//! build time and only loaded at import (CPython's `.pyc` files play this part).
//!
//! Layout: a magic number, then a string table (every name and string constant once), then the
//! code object. Integers are LEB128 varints (signed ones zigzag-encoded); a string is its index
//! in the table. The format is private to one build of Krait: `load` refuses any other magic.

use std::rc::Rc;

use num_bigint::BigInt;

use crate::code::{CodeFlags, CodeObject, Constant, ExceptionTableEntry, Instruction, Position};
use crate::opcode::Opcode;

/// Changes whenever the layout (or the opcode table) changes.
const MAGIC: u32 = 0x4b42_0001 ^ ((Opcode::ALL.len() as u32) << 8);

struct Writer {
    out: Vec<u8>,
    strings: Vec<Rc<str>>,
    index: std::collections::HashMap<Rc<str>, u32>,
}

impl Writer {
    fn u(&mut self, mut v: u64) {
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.out.push(b);
                return;
            }
            self.out.push(b | 0x80);
        }
    }

    fn i(&mut self, v: i64) {
        self.u(((v << 1) ^ (v >> 63)) as u64);
    }

    fn bytes(&mut self, b: &[u8]) {
        self.u(b.len() as u64);
        self.out.extend_from_slice(b);
    }

    fn s(&mut self, s: &Rc<str>) {
        let next = self.strings.len() as u32;
        let id = *self.index.entry(s.clone()).or_insert_with(|| {
            self.strings.push(s.clone());
            next
        });
        self.u(id as u64);
    }

    fn names(&mut self, v: &[Rc<str>]) {
        self.u(v.len() as u64);
        for s in v {
            self.s(s);
        }
    }

    fn constant(&mut self, c: &Constant) {
        match c {
            Constant::None => self.out.push(0),
            Constant::Ellipsis => self.out.push(1),
            Constant::Bool(b) => self.out.push(2 + *b as u8),
            Constant::Int(v) => {
                self.out.push(4);
                self.i(*v);
            }
            Constant::BigInt(b) => {
                self.out.push(5);
                self.bytes(&b.to_signed_bytes_le());
            }
            Constant::Float(f) => {
                self.out.push(6);
                self.out.extend_from_slice(&f.to_bits().to_le_bytes());
            }
            Constant::Complex { re, im } => {
                self.out.push(7);
                self.out.extend_from_slice(&re.to_bits().to_le_bytes());
                self.out.extend_from_slice(&im.to_bits().to_le_bytes());
            }
            Constant::Str(s) => {
                self.out.push(8);
                self.s(s);
            }
            Constant::Bytes(b) => {
                self.out.push(9);
                self.bytes(b);
            }
            Constant::Tuple(items) | Constant::FrozenSet(items) => {
                self.out.push(if matches!(c, Constant::Tuple(_)) {
                    10
                } else {
                    11
                });
                self.u(items.len() as u64);
                for it in items.iter() {
                    self.constant(it);
                }
            }
            Constant::Code(code) => {
                self.out.push(12);
                self.code(code);
            }
        }
    }

    fn code(&mut self, c: &CodeObject) {
        self.s(&c.name);
        self.s(&c.qualname);
        self.s(&c.filename);
        self.u(c.first_line as u64);
        self.u(c.flags.0 as u64);
        self.u(c.argcount as u64);
        self.u(c.posonlyargcount as u64);
        self.u(c.kwonlyargcount as u64);
        self.names(&c.varnames);
        self.names(&c.cellvars);
        self.names(&c.freevars);
        self.u(c.cell2arg.len() as u64);
        for a in &c.cell2arg {
            self.u(a.map_or(0, |v| v as u64 + 1));
        }
        self.names(&c.names);
        self.u(c.constants.len() as u64);
        for k in &c.constants {
            self.constant(k);
        }
        self.u(c.instructions.len() as u64);
        for ins in &c.instructions {
            self.out.push(ins.op as u8);
            self.u(ins.arg as u64);
        }
        // Positions: deltas against the previous line keep most of them one byte each.
        self.u(c.positions.len() as u64);
        let mut prev = 0i64;
        for p in &c.positions {
            self.i(p.line as i64 - prev);
            self.i(p.end_line as i64 - p.line as i64);
            self.u(p.col as u64);
            self.u(p.end_col as u64);
            prev = p.line as i64;
        }
        self.u(c.exception_table.len() as u64);
        for e in &c.exception_table {
            self.u(e.start as u64);
            self.u(e.end as u64);
            self.u(e.target as u64);
            self.u(e.depth as u64);
            self.out.push(e.push_lasti as u8);
        }
        self.u(c.max_stack as u64);
    }
}

/// The bytes of `code` (and every code object nested in its constants).
pub fn dump(code: &CodeObject) -> Vec<u8> {
    let mut w = Writer {
        out: Vec::new(),
        strings: Vec::new(),
        index: std::collections::HashMap::new(),
    };
    w.code(code);
    let body = std::mem::take(&mut w.out);
    let strings = std::mem::take(&mut w.strings);
    w.out.extend_from_slice(&MAGIC.to_le_bytes());
    w.u(strings.len() as u64);
    for s in &strings {
        w.bytes(s.as_bytes());
    }
    w.out.extend_from_slice(&body);
    w.out
}

struct Reader<'a> {
    data: &'a [u8],
    at: usize,
    strings: Vec<Rc<str>>,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let b = *self.data.get(self.at)?;
        self.at += 1;
        Some(b)
    }

    fn u(&mut self) -> Option<u64> {
        let mut v = 0u64;
        let mut shift = 0;
        loop {
            let b = self.byte()?;
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Some(v);
            }
            shift += 7;
            if shift > 63 {
                return None;
            }
        }
    }

    fn u32(&mut self) -> Option<u32> {
        u32::try_from(self.u()?).ok()
    }

    fn i(&mut self) -> Option<i64> {
        let v = self.u()?;
        Some(((v >> 1) as i64) ^ -((v & 1) as i64))
    }

    fn raw(&mut self, n: usize) -> Option<&[u8]> {
        let end = self.at.checked_add(n)?;
        let s = self.data.get(self.at..end)?;
        self.at = end;
        Some(s)
    }

    fn bytes(&mut self) -> Option<Vec<u8>> {
        let n = self.u()? as usize;
        self.raw(n).map(|b| b.to_vec())
    }

    fn f64(&mut self) -> Option<f64> {
        let b = self.raw(8)?;
        Some(f64::from_bits(u64::from_le_bytes(b.try_into().ok()?)))
    }

    fn s(&mut self) -> Option<Rc<str>> {
        let id = self.u()? as usize;
        self.strings.get(id).cloned()
    }

    fn names(&mut self) -> Option<Vec<Rc<str>>> {
        let n = self.u()? as usize;
        (0..n).map(|_| self.s()).collect()
    }

    fn constant(&mut self) -> Option<Constant> {
        Some(match self.byte()? {
            0 => Constant::None,
            1 => Constant::Ellipsis,
            2 => Constant::Bool(false),
            3 => Constant::Bool(true),
            4 => Constant::Int(self.i()?),
            5 => Constant::BigInt(BigInt::from_signed_bytes_le(&self.bytes()?)),
            6 => Constant::Float(self.f64()?),
            7 => Constant::Complex {
                re: self.f64()?,
                im: self.f64()?,
            },
            8 => Constant::Str(self.s()?),
            9 => Constant::Bytes(self.bytes()?.into()),
            t @ (10 | 11) => {
                let n = self.u()? as usize;
                let items: Vec<Constant> =
                    (0..n).map(|_| self.constant()).collect::<Option<_>>()?;
                if t == 10 {
                    Constant::Tuple(items.into())
                } else {
                    Constant::FrozenSet(items.into())
                }
            }
            12 => Constant::Code(Rc::new(self.code()?)),
            _ => return None,
        })
    }

    fn code(&mut self) -> Option<CodeObject> {
        let name = self.s()?;
        let qualname = self.s()?;
        let filename = self.s()?;
        let first_line = self.u32()?;
        let flags = CodeFlags(self.u32()?);
        let argcount = self.u32()?;
        let posonlyargcount = self.u32()?;
        let kwonlyargcount = self.u32()?;
        let varnames = self.names()?;
        let cellvars = self.names()?;
        let freevars = self.names()?;
        let n = self.u()? as usize;
        let cell2arg = (0..n)
            .map(|_| self.u32().map(|v| v.checked_sub(1)))
            .collect::<Option<Vec<_>>>()?;
        let names = self.names()?;
        let n = self.u()? as usize;
        let constants = (0..n)
            .map(|_| self.constant())
            .collect::<Option<Vec<_>>>()?;
        let n = self.u()? as usize;
        let mut instructions = Vec::with_capacity(n);
        for _ in 0..n {
            let op = Opcode::from_u8(self.byte()?)?;
            instructions.push(Instruction::new(op, self.u32()?));
        }
        let n = self.u()? as usize;
        let mut positions = Vec::with_capacity(n);
        let mut prev = 0i64;
        for _ in 0..n {
            let line = prev + self.i()?;
            let end_line = line + self.i()?;
            positions.push(Position {
                line: u32::try_from(line).ok()?,
                end_line: u32::try_from(end_line).ok()?,
                col: self.u32()?,
                end_col: self.u32()?,
            });
            prev = line;
        }
        let n = self.u()? as usize;
        let mut exception_table = Vec::with_capacity(n);
        for _ in 0..n {
            exception_table.push(ExceptionTableEntry {
                start: self.u32()?,
                end: self.u32()?,
                target: self.u32()?,
                depth: self.u32()?,
                push_lasti: self.byte()? != 0,
            });
        }
        let max_stack = self.u32()?;
        Some(CodeObject {
            name,
            qualname,
            filename,
            first_line,
            flags,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            varnames,
            cellvars,
            freevars,
            cell2arg,
            names,
            constants,
            instructions,
            positions,
            exception_table,
            max_stack,
        })
    }
}

/// The code object in `data` (from `dump` of the same build), or None when it is not one.
pub fn load(data: &[u8]) -> Option<CodeObject> {
    let magic = u32::from_le_bytes(data.get(..4)?.try_into().ok()?);
    if magic != MAGIC {
        return None;
    }
    let mut r = Reader {
        data,
        at: 4,
        strings: Vec::new(),
    };
    let n = r.u()? as usize;
    for _ in 0..n {
        let b = r.bytes()?;
        r.strings.push(Rc::from(std::str::from_utf8(&b).ok()?));
    }
    let code = r.code()?;
    (r.at == data.len()).then_some(code)
}
