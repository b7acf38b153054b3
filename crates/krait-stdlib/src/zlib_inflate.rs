//! The decompressor of `zlib`: a resumable DEFLATE decoder (RFC 1951) with the zlib (RFC
//! 1950) and gzip (RFC 1952) wrappers, reporting corrupt data with zlib's own messages
//! (`inflate.c`: `incorrect header check`, `invalid distance too far back` ...), which a
//! general-purpose crate does not give.
//!
//! Input is fed in pieces: each call decodes as far as the input and the output limit allow
//! and stops between two symbols (a block header, a literal, a length/distance pair, a piece
//! of a stored block). A unit that is cut off by the end of the input is rolled back and its
//! bytes kept in `pending` for the next call.

/// The wrapper around the DEFLATE data.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Wrap {
    Raw,
    Zlib,
    Gzip,
    /// zlib or gzip, told by the first bytes (`wbits` 32+).
    Auto,
}

/// Why decoding stopped with an error: zlib's return code and message.
#[derive(Debug, PartialEq, Eq)]
pub enum InflateError {
    /// `Z_DATA_ERROR` (-3) with `strm->msg`.
    Data(&'static str),
    /// `Z_NEED_DICT` (2): a zlib stream made with a preset dictionary.
    NeedDict(u32),
}

/// What a call to `inflate` achieved.
#[derive(Debug, PartialEq, Eq)]
pub enum Status {
    /// All input used; more is needed to go on.
    NeedInput,
    /// The output limit was reached; `consumed` input bytes were used.
    OutputFull,
    /// The end of the stream (trailer checked).
    Done,
}

/// A canonical Huffman code: how many codes of each length, and the symbols in code order.
#[derive(Clone)]
struct Huffman {
    count: [u16; 16],
    symbol: Vec<u16>,
}

impl Huffman {
    /// Build from code lengths; `Err(())` when over-subscribed, or incomplete where zlib
    /// refuses it (anything but a single code of length 1, unless `allow_incomplete`).
    fn new(lengths: &[u8], allow_incomplete: bool) -> Result<Huffman, ()> {
        let mut count = [0u16; 16];
        for &l in lengths {
            count[l as usize] += 1;
        }
        let mut left: i32 = 1;
        for c in count.iter().skip(1) {
            left <<= 1;
            left -= *c as i32;
            if left < 0 {
                return Err(());
            }
        }
        let used = lengths.len() as u16 - count[0];
        let max = (1..16).rev().find(|&l| count[l] > 0).unwrap_or(0);
        if left > 0 && used > 0 && !(allow_incomplete && max == 1) {
            return Err(());
        }
        let mut offs = [0u16; 16];
        for l in 1..15 {
            offs[l + 1] = offs[l] + count[l];
        }
        let mut symbol = vec![0u16; used as usize];
        for (s, &l) in lengths.iter().enumerate() {
            if l != 0 {
                symbol[offs[l as usize] as usize] = s as u16;
                offs[l as usize] += 1;
            }
        }
        count[0] = 0;
        Ok(Huffman { count, symbol })
    }
}

/// Bits read from the input, least significant first.
struct Bits<'a> {
    input: &'a [u8],
    pos: usize,
    buf: u64,
    cnt: u32,
}

impl Bits<'_> {
    /// Make sure `n` (<= 32) bits are buffered; false when the input runs out.
    #[inline]
    fn need(&mut self, n: u32) -> bool {
        while self.cnt < n {
            let Some(&b) = self.input.get(self.pos) else {
                return false;
            };
            self.buf |= (b as u64) << self.cnt;
            self.pos += 1;
            self.cnt += 8;
        }
        true
    }

    #[inline]
    fn take(&mut self, n: u32) -> u32 {
        let v = (self.buf & ((1u64 << n) - 1)) as u32;
        self.buf >>= n;
        self.cnt -= n;
        v
    }

    /// `n` bits, or None at the end of the input.
    #[inline]
    fn get(&mut self, n: u32) -> Option<u32> {
        if self.need(n) {
            Some(self.take(n))
        } else {
            None
        }
    }

    fn byte_align(&mut self) {
        let r = self.cnt % 8;
        self.take(r);
    }

    fn snapshot(&self) -> (usize, u64, u32) {
        (self.pos, self.buf, self.cnt)
    }

    fn restore(&mut self, s: (usize, u64, u32)) {
        (self.pos, self.buf, self.cnt) = s;
    }

    /// One symbol of `h`: `None` at the end of input, `Some(None)` for an invalid code.
    fn decode(&mut self, h: &Huffman) -> Option<Option<u16>> {
        let (mut code, mut first, mut index) = (0i32, 0i32, 0i32);
        for len in 1..16 {
            code |= self.get(1)? as i32;
            let count = h.count[len] as i32;
            if code - first < count {
                return Some(Some(h.symbol[(index + code - first) as usize]));
            }
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        Some(None)
    }
}

const LEN_BASE: [u16; 29] = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131,
    163, 195, 227, 258,
];
const LEN_EXTRA: [u8; 29] = [
    0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const DIST_BASE: [u16; 30] = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537,
    2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DIST_EXTRA: [u8; 30] = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13,
    13,
];
/// The order of the code length code lengths in a dynamic block header.
const CL_ORDER: [usize; 19] = [
    16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15,
];

#[derive(Clone)]
enum State {
    /// Before the zlib/gzip header.
    Header,
    /// At a block header.
    Block,
    /// Inside a stored block with this many bytes left.
    Stored(usize),
    /// Inside a Huffman block, with a match still to copy (length, distance).
    Codes(Box<(Huffman, Huffman)>, usize, usize),
    /// After the last block: the trailer.
    Trailer,
    Done,
}

/// The decoder.
#[derive(Clone)]
pub struct Inflater {
    wrap: Wrap,
    /// The window size from `wbits` (0: taken from the zlib header).
    wbits: u32,
    state: State,
    last: bool,
    /// Bits taken from the input but not used yet.
    bit_buf: u64,
    bit_cnt: u32,
    /// Input of a unit cut off by the end of the previous call.
    pending: Vec<u8>,
    /// The last output (up to the window), for back references; a preset dictionary first.
    history: Vec<u8>,
    /// Checksum of the output: adler32 (zlib) or crc32 (gzip).
    check: u32,
    total: u64,
    dict: Option<Vec<u8>>,
}

const WINDOW: usize = 32768;

impl Inflater {
    pub fn new(wrap: Wrap, wbits: u32) -> Inflater {
        Inflater {
            wrap,
            wbits,
            state: if wrap == Wrap::Raw {
                State::Block
            } else {
                State::Header
            },
            last: false,
            bit_buf: 0,
            bit_cnt: 0,
            pending: Vec::new(),
            history: Vec::new(),
            check: if wrap == Wrap::Gzip { 0 } else { 1 },
            total: 0,
            dict: None,
        }
    }

    /// Set a preset dictionary: used at once for raw streams, when the header asks for it
    /// otherwise (`inflateSetDictionary`).
    pub fn set_dictionary(&mut self, dict: &[u8]) {
        if self.wrap == Wrap::Raw {
            self.push_history(dict);
        } else {
            self.dict = Some(dict.to_vec());
        }
    }

    #[cfg(test)]
    pub fn is_done(&self) -> bool {
        matches!(self.state, State::Done)
    }

    fn push_history(&mut self, data: &[u8]) {
        self.history.extend_from_slice(data);
        if self.history.len() > 4 * WINDOW {
            let cut = self.history.len() - WINDOW;
            self.history.drain(..cut);
        }
    }

    /// Decode `input` into `out` until the input ends, `out` holds `limit` bytes (0: no
    /// limit) or the stream ends. Returns the status and how many bytes of `input` were used;
    /// at `Done` the rest is data after the stream.
    pub fn inflate(
        &mut self,
        input: &[u8],
        out: &mut Vec<u8>,
        limit: usize,
    ) -> Result<(Status, usize), InflateError> {
        let had = self.pending.len();
        let data: Vec<u8>;
        let src: &[u8] = if had == 0 {
            input
        } else {
            let mut d = std::mem::take(&mut self.pending);
            d.extend_from_slice(input);
            data = d;
            &data
        };
        let mut bits = Bits {
            input: src,
            pos: 0,
            buf: self.bit_buf,
            cnt: self.bit_cnt,
        };
        let start = out.len();
        let mut checked = start;
        let r = self.run(&mut bits, out, limit, &mut checked);
        self.update_check(&out[checked..]);
        let produced = &out[start..];
        if produced.len() >= WINDOW {
            self.history.clear();
            self.history
                .extend_from_slice(&produced[produced.len() - WINDOW..]);
        } else {
            self.push_history(produced);
        }
        self.total += produced.len() as u64;
        let status = r?;
        let mut used = bits.pos;
        if status == Status::Done {
            // Whole bytes still buffered belong to the data after the stream.
            used -= (bits.cnt / 8) as usize;
            bits.buf = 0;
            bits.cnt = 0;
        }
        self.bit_buf = bits.buf;
        self.bit_cnt = bits.cnt;
        if status == Status::NeedInput {
            self.pending = src[used..].to_vec();
            used = src.len();
        } else if status == Status::OutputFull && used < had {
            // Stopped inside the input kept from the previous call: keep the rest of it.
            self.pending = src[used..had].to_vec();
            used = had;
        }
        // Report consumption relative to `input` (the pending bytes came first).
        Ok((status, used.saturating_sub(had)))
    }

    fn update_check(&mut self, data: &[u8]) {
        match self.wrap {
            Wrap::Gzip => self.check = crate::zlib::crc32_update(self.check, data),
            Wrap::Zlib => self.check = crate::zlib::adler32_update(self.check, data),
            _ => {}
        }
    }

    /// The byte `dist` back from the end of the output so far.
    fn back(&self, out: &[u8], start: usize, dist: usize) -> u8 {
        let produced = out.len() - start;
        if dist <= produced {
            out[out.len() - dist]
        } else {
            self.history[self.history.len() - (dist - produced)]
        }
    }

    fn run(
        &mut self,
        bits: &mut Bits,
        out: &mut Vec<u8>,
        limit: usize,
        checked: &mut usize,
    ) -> Result<Status, InflateError> {
        let start = out.len();
        let full = |out: &Vec<u8>| limit != 0 && out.len() >= limit;
        loop {
            match std::mem::replace(&mut self.state, State::Done) {
                State::Header => {
                    let snap = bits.snapshot();
                    match self.header(bits)? {
                        Some(()) => self.state = State::Block,
                        None => {
                            bits.restore(snap);
                            self.state = State::Header;
                            return Ok(Status::NeedInput);
                        }
                    }
                }
                State::Block => {
                    if self.last {
                        self.state = State::Trailer;
                        continue;
                    }
                    let snap = bits.snapshot();
                    match self.block_header(bits)? {
                        Some(s) => self.state = s,
                        None => {
                            bits.restore(snap);
                            self.state = State::Block;
                            return Ok(Status::NeedInput);
                        }
                    }
                }
                State::Stored(mut left) => {
                    while left > 0 {
                        if full(out) {
                            self.state = State::Stored(left);
                            return Ok(Status::OutputFull);
                        }
                        // Bytes still in the bit buffer come first (whole bytes after
                        // alignment), then straight from the input.
                        if bits.cnt >= 8 {
                            out.push(bits.take(8) as u8);
                            left -= 1;
                            continue;
                        }
                        let avail = bits.input.len() - bits.pos;
                        if avail == 0 {
                            self.state = State::Stored(left);
                            return Ok(Status::NeedInput);
                        }
                        let mut n = left.min(avail);
                        if limit != 0 {
                            n = n.min(limit - out.len());
                        }
                        out.extend_from_slice(&bits.input[bits.pos..bits.pos + n]);
                        bits.pos += n;
                        left -= n;
                    }
                    self.state = State::Block;
                }
                State::Codes(tables, mut len, dist) => {
                    while len > 0 {
                        if full(out) {
                            self.state = State::Codes(tables, len, dist);
                            return Ok(Status::OutputFull);
                        }
                        let b = self.back(out, start, dist);
                        out.push(b);
                        len -= 1;
                    }
                    match self.codes(bits, out, start, &tables, limit)? {
                        CodesEnd::EndOfBlock => self.state = State::Block,
                        CodesEnd::Copy(l, d) => self.state = State::Codes(tables, l, d),
                        CodesEnd::NeedInput => {
                            self.state = State::Codes(tables, 0, 0);
                            return Ok(Status::NeedInput);
                        }
                        CodesEnd::Full => {
                            self.state = State::Codes(tables, 0, 0);
                            return Ok(Status::OutputFull);
                        }
                    }
                }
                State::Trailer => {
                    self.update_check(&out[*checked..]);
                    *checked = out.len();
                    let snap = bits.snapshot();
                    let total = self.total + (out.len() - start) as u64;
                    match self.trailer(bits, total)? {
                        Some(()) => {
                            self.state = State::Done;
                            return Ok(Status::Done);
                        }
                        None => {
                            bits.restore(snap);
                            self.state = State::Trailer;
                            return Ok(Status::NeedInput);
                        }
                    }
                }
                State::Done => return Ok(Status::Done),
            }
        }
    }

    /// Decode symbols until the end of the block, the end of input, the output limit or a
    /// match that does not fit.
    fn codes(
        &self,
        bits: &mut Bits,
        out: &mut Vec<u8>,
        start: usize,
        tables: &(Huffman, Huffman),
        limit: usize,
    ) -> Result<CodesEnd, InflateError> {
        let (lit, dist_code) = tables;
        let available = |out: &Vec<u8>| self.history.len() + (out.len() - start);
        loop {
            if limit != 0 && out.len() >= limit {
                return Ok(CodesEnd::Full);
            }
            let snap = bits.snapshot();
            macro_rules! get_or_rollback {
                ($e:expr) => {
                    match $e {
                        Some(v) => v,
                        None => {
                            bits.restore(snap);
                            return Ok(CodesEnd::NeedInput);
                        }
                    }
                };
            }
            let sym = get_or_rollback!(bits.decode(lit))
                .ok_or(InflateError::Data("invalid literal/length code"))?;
            if sym < 256 {
                out.push(sym as u8);
                continue;
            }
            if sym == 256 {
                return Ok(CodesEnd::EndOfBlock);
            }
            let li = (sym - 257) as usize;
            if li >= 29 {
                return Err(InflateError::Data("invalid literal/length code"));
            }
            let len =
                LEN_BASE[li] as usize + get_or_rollback!(bits.get(LEN_EXTRA[li] as u32)) as usize;
            let ds = get_or_rollback!(bits.decode(dist_code))
                .ok_or(InflateError::Data("invalid distance code"))? as usize;
            if ds >= 30 {
                return Err(InflateError::Data("invalid distance code"));
            }
            let dist =
                DIST_BASE[ds] as usize + get_or_rollback!(bits.get(DIST_EXTRA[ds] as u32)) as usize;
            // Only the history decides: zlib's own window check depends on its buffer sizes,
            // and streams compressed here for small windows may reach back up to 32 KiB.
            if dist > available(out) {
                return Err(InflateError::Data("invalid distance too far back"));
            }
            let mut n = len;
            while n > 0 {
                if limit != 0 && out.len() >= limit {
                    return Ok(CodesEnd::Copy(n, dist));
                }
                let b = self.back(out, start, dist);
                out.push(b);
                n -= 1;
            }
        }
    }

    /// A block header: `Some(next state)`, or None when the input ends inside it.
    fn block_header(&mut self, bits: &mut Bits) -> Result<Option<State>, InflateError> {
        let Some(h) = bits.get(3) else {
            return Ok(None);
        };
        let last = h & 1 == 1;
        let state = match h >> 1 {
            0 => {
                bits.byte_align();
                let Some(len) = bits.get(16) else {
                    return Ok(None);
                };
                let Some(nlen) = bits.get(16) else {
                    return Ok(None);
                };
                if len != !nlen & 0xffff {
                    return Err(InflateError::Data("invalid stored block lengths"));
                }
                State::Stored(len as usize)
            }
            1 => {
                let mut l = [0u8; 288];
                l[..144].fill(8);
                l[144..256].fill(9);
                l[256..280].fill(7);
                l[280..].fill(8);
                let lit = Huffman::new(&l, true)
                    .map_err(|_| InflateError::Data("invalid literal/lengths set"))?;
                let dist = Huffman::new(&[5u8; 32], true)
                    .map_err(|_| InflateError::Data("invalid distances set"))?;
                State::Codes(Box::new((lit, dist)), 0, 0)
            }
            2 => match dynamic_tables(bits)? {
                Some(t) => State::Codes(Box::new(t), 0, 0),
                None => return Ok(None),
            },
            _ => return Err(InflateError::Data("invalid block type")),
        };
        self.last = last;
        Ok(Some(state))
    }

    /// The zlib or gzip header: `Some(())` when read, None when the input ends inside it.
    fn header(&mut self, bits: &mut Bits) -> Result<Option<()>, InflateError> {
        if self.wrap == Wrap::Auto {
            if !bits.need(16) {
                return Ok(None);
            }
            let magic = bits.buf & 0xffff;
            self.wrap = if magic == 0x8b1f {
                Wrap::Gzip
            } else {
                Wrap::Zlib
            };
            self.check = if self.wrap == Wrap::Gzip { 0 } else { 1 };
        }
        if self.wrap == Wrap::Gzip {
            return self.gzip_header(bits);
        }
        let Some(cmf) = bits.get(8) else {
            return Ok(None);
        };
        let Some(flg) = bits.get(8) else {
            return Ok(None);
        };
        if (cmf * 256 + flg) % 31 != 0 {
            return Err(InflateError::Data("incorrect header check"));
        }
        if cmf & 0x0f != 8 {
            return Err(InflateError::Data("unknown compression method"));
        }
        let w = (cmf >> 4) + 8;
        if self.wbits == 0 {
            self.wbits = w;
        }
        if w > 15 || w > self.wbits {
            return Err(InflateError::Data("invalid window size"));
        }
        if flg & 0x20 != 0 {
            let mut id = 0u32;
            for _ in 0..4 {
                let Some(b) = bits.get(8) else {
                    return Ok(None);
                };
                id = (id << 8) | b;
            }
            match self.dict.take() {
                None => return Err(InflateError::NeedDict(id)),
                Some(d) => {
                    if crate::zlib::adler32_update(1, &d) != id {
                        return Err(InflateError::NeedDict(id));
                    }
                    self.push_history(&d);
                }
            }
        }
        Ok(Some(()))
    }

    fn gzip_header(&mut self, bits: &mut Bits) -> Result<Option<()>, InflateError> {
        let mut header = Vec::new();
        macro_rules! byte {
            () => {
                match bits.get(8) {
                    Some(b) => {
                        header.push(b as u8);
                        b
                    }
                    None => return Ok(None),
                }
            };
        }
        let (id1, id2) = (byte!(), byte!());
        if id1 != 0x1f || id2 != 0x8b {
            return Err(InflateError::Data("incorrect header check"));
        }
        if byte!() != 8 {
            return Err(InflateError::Data("unknown compression method"));
        }
        let flags = byte!();
        if flags & 0xe0 != 0 {
            return Err(InflateError::Data("unknown header flags set"));
        }
        for _ in 0..6 {
            byte!();
        }
        if flags & 4 != 0 {
            let n = byte!() | (byte!() << 8);
            for _ in 0..n {
                byte!();
            }
        }
        for flag in [8, 16] {
            if flags & flag != 0 {
                while byte!() != 0 {}
            }
        }
        if flags & 2 != 0 {
            let want = crate::zlib::crc32_update(0, &header) & 0xffff;
            let got = byte!() | (byte!() << 8);
            if got != want {
                return Err(InflateError::Data("header crc mismatch"));
            }
        }
        if self.wbits == 0 {
            self.wbits = 15;
        }
        Ok(Some(()))
    }

    /// The trailer after the last block; the check already covers all output.
    fn trailer(&mut self, bits: &mut Bits, total: u64) -> Result<Option<()>, InflateError> {
        bits.byte_align();
        let mut word = |big_endian: bool| -> Option<u32> {
            let mut v = 0u32;
            for k in 0..4 {
                let b = bits.get(8)?;
                if big_endian {
                    v = (v << 8) | b;
                } else {
                    v |= b << (8 * k);
                }
            }
            Some(v)
        };
        match self.wrap {
            Wrap::Raw => {}
            Wrap::Zlib | Wrap::Auto => {
                let Some(v) = word(true) else {
                    return Ok(None);
                };
                if v != self.check {
                    return Err(InflateError::Data("incorrect data check"));
                }
            }
            Wrap::Gzip => {
                // zlib checks the CRC as soon as it has it, before the length arrives.
                let Some(crc) = word(false) else {
                    return Ok(None);
                };
                if crc != self.check {
                    return Err(InflateError::Data("incorrect data check"));
                }
                let Some(size) = word(false) else {
                    return Ok(None);
                };
                if size != total as u32 {
                    return Err(InflateError::Data("incorrect length check"));
                }
            }
        }
        Ok(Some(()))
    }
}

enum CodesEnd {
    EndOfBlock,
    Copy(usize, usize),
    NeedInput,
    Full,
}

/// The code tables of a dynamic block; None when the input ends inside the header.
fn dynamic_tables(bits: &mut Bits) -> Result<Option<(Huffman, Huffman)>, InflateError> {
    macro_rules! get {
        ($n:expr) => {
            match bits.get($n) {
                Some(v) => v,
                None => return Ok(None),
            }
        };
    }
    let nlen = get!(5) as usize + 257;
    let ndist = get!(5) as usize + 1;
    let ncode = get!(4) as usize + 4;
    if nlen > 286 || ndist > 30 {
        return Err(InflateError::Data("too many length or distance symbols"));
    }
    let mut cl = [0u8; 19];
    for &i in CL_ORDER.iter().take(ncode) {
        cl[i] = get!(3) as u8;
    }
    let clh =
        Huffman::new(&cl, false).map_err(|_| InflateError::Data("invalid code lengths set"))?;
    let mut lengths = vec![0u8; nlen + ndist];
    let mut i = 0;
    while i < nlen + ndist {
        let sym = match bits.decode(&clh) {
            None => return Ok(None),
            Some(None) => return Err(InflateError::Data("invalid code lengths set")),
            Some(Some(s)) => s,
        };
        if sym < 16 {
            lengths[i] = sym as u8;
            i += 1;
            continue;
        }
        let (value, times) = match sym {
            16 => {
                if i == 0 {
                    return Err(InflateError::Data("invalid bit length repeat"));
                }
                (lengths[i - 1], 3 + get!(2) as usize)
            }
            17 => (0, 3 + get!(3) as usize),
            _ => (0, 11 + get!(7) as usize),
        };
        if i + times > nlen + ndist {
            return Err(InflateError::Data("invalid bit length repeat"));
        }
        lengths[i..i + times].fill(value);
        i += times;
    }
    if lengths[256] == 0 {
        return Err(InflateError::Data("invalid code -- missing end-of-block"));
    }
    let lit = Huffman::new(&lengths[..nlen], true)
        .map_err(|_| InflateError::Data("invalid literal/lengths set"))?;
    let dist = Huffman::new(&lengths[nlen..], true)
        .map_err(|_| InflateError::Data("invalid distances set"))?;
    Ok(Some((lit, dist)))
}
