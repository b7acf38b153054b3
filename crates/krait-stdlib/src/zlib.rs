//! zlib: mirrors `Modules/zlibmodule.c`. Checksums (`crc32`, `adler32`), one-shot
//! `compress`/`decompress`, and the streaming `Compress`/`Decompress` objects, with zlib's
//! wbits conventions (raw deflate for negative values, gzip for 16+, either for 32+) and
//! CPython's `Error N while ...: message` errors.
//!
//! Compression is `miniz_oxide`'s raw deflate wrapped here in the zlib or gzip header and
//! trailer; compressed bytes may differ from zlib's, but every stream is valid. Decompression
//! is `zlib_inflate.rs`, which reports corrupt data with zlib's messages.

use std::any::Any;
use std::cell::RefCell;
use std::mem::ManuallyDrop;

use krait_vm::objects::bytes::buffer;
use krait_vm::objects::module::{new_module, set_attr};
use krait_vm::objects::{NativeData, Payload};
use krait_vm::{Args, MethodDef, PyRef, PyResult, Vm};
use miniz_oxide::deflate::core::{
    compress as deflate, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush,
    TDEFLStatus,
};

use crate::_struct::bind;
use crate::zlib_inflate::{InflateError, Inflater, Status, Wrap};

const DEF_BUF_SIZE: i64 = 16384;
const Z_NO_FLUSH: i32 = 0;
const Z_FINISH: i32 = 4;

// Never dropped: a thread-local destructor must not free a heap type after the VM.
static ERROR: krait_vm::object::GilStatic<RefCell<Option<ManuallyDrop<PyRef>>>> =
    krait_vm::object::GilStatic::new(RefCell::new(None));
static TYPES: krait_vm::object::GilStatic<RefCell<Option<(PyRef, PyRef)>>> =
    krait_vm::object::GilStatic::new(RefCell::new(None));

// ---------------------------------------------------------------------------------------------
// Checksums

const fn crc_table() -> [u32; 256] {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 {
                0xedb8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
}

static CRC_TABLE: [u32; 256] = crc_table();

/// CRC-32 (ISO 3309, as zlib's `crc32`) of `data` continuing from `crc`.
pub(crate) fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    let mut c = !crc;
    for &b in data {
        c = CRC_TABLE[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

/// Adler-32 of `data` continuing from `adler`.
pub(crate) fn adler32_update(adler: u32, data: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (adler & 0xffff, adler >> 16);
    // 5552 bytes is the most that can be summed before the sums overflow 32 bits.
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

/// `crc32(data, value=0, /)` and `adler32(data, value=1, /)`.
fn checksum(vm: &Vm, args: &Args, name: &str, init: u32, f: fn(u32, &[u8]) -> u32) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("zlib.{name}() takes no keyword arguments")));
    }
    let p = args.pos();
    if p.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    if p.len() > 2 {
        return Err(vm.type_error(format!(
            "{name} expected at most 2 arguments, got {}",
            p.len()
        )));
    }
    let data = buffer(vm, &p[0])?;
    let start = match p.get(1) {
        Some(v) => unsigned_mask(vm, v)?,
        None => init,
    };
    Ok(vm.int(f(start, &data) as i64))
}

/// An int argument reduced modulo 2**32 (`PyLong_AsUnsignedLongMask`).
pub(crate) fn unsigned_mask(vm: &Vm, v: &PyRef) -> PyResult<u32> {
    let i = krait_vm::protocols::number::index(vm, v)?;
    let big = krait_vm::objects::int::int_val(&i)
        .map(|x| x.to_big())
        .unwrap_or_default();
    let (_, digits) = (big & num_bigint::BigInt::from(0xffff_ffffu32)).to_u32_digits();
    Ok(digits.first().copied().unwrap_or(0))
}

fn z_crc32(vm: &Vm, args: Args) -> PyResult {
    checksum(vm, &args, "crc32", 0, crc32_update)
}

fn z_adler32(vm: &Vm, args: Args) -> PyResult {
    checksum(vm, &args, "adler32", 1, adler32_update)
}

// ---------------------------------------------------------------------------------------------
// Errors and arguments

/// `zlib.error`.
fn error_type(vm: &Vm) -> PyRef {
    if let Some(t) = ERROR.with(|e| e.borrow().as_deref().cloned()) {
        return t;
    }
    let t = crate::_struct::new_error_class(vm, "zlib", "error", &vm.t.exception)
        .unwrap_or_else(|_| vm.t.exception.clone());
    ERROR.with(|e| *e.borrow_mut() = Some(ManuallyDrop::new(t.clone())));
    t
}

fn zlib_error(vm: &Vm, msg: impl Into<String>) -> PyRef {
    vm.new_exc(&error_type(vm), msg)
}

/// The error of a failed inflate, `while` naming the operation.
fn inflate_error(vm: &Vm, e: InflateError, while_: &str) -> PyRef {
    match e {
        InflateError::Data(m) => zlib_error(vm, format!("Error -3 {while_}: {m}")),
        InflateError::NeedDict(_) => zlib_error(vm, format!("Error 2 {while_}")),
    }
}

/// A C int argument (`_PyLong_AsInt`).
fn c_int(vm: &Vm, o: &PyRef) -> PyResult<i32> {
    let i = krait_vm::protocols::number::index(vm, o)?;
    match &i.payload {
        Payload::Int(v) => i32::try_from(*v)
            .map_err(|_| vm.overflow_error("Python int too large to convert to C int")),
        _ => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

/// A Py_ssize_t argument.
fn ssize(vm: &Vm, o: &PyRef) -> PyResult<i64> {
    let i = krait_vm::protocols::number::index(vm, o)?;
    match &i.payload {
        Payload::Int(v) => Ok(*v),
        _ => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

fn opt_int(vm: &Vm, o: Option<&PyRef>, default: i32) -> PyResult<i32> {
    o.map_or(Ok(default), |o| c_int(vm, o))
}

// ---------------------------------------------------------------------------------------------
// Compression

/// The wrapper and window a compression `wbits` asks for (`deflateInit2`), None if invalid.
fn compress_wrap(wbits: i32) -> Option<(Wrap, i32)> {
    match wbits {
        -15..=-9 => Some((Wrap::Raw, -wbits)),
        8..=15 => Some((Wrap::Zlib, wbits.max(9))),
        25..=31 => Some((Wrap::Gzip, wbits - 16)),
        _ => None,
    }
}

/// Input kept for `Compress.copy()`: miniz_oxide's compressor cannot be cloned, so a copy is
/// a fresh one fed the same calls. Past this many bytes the log is dropped and copying fails.
const COPY_LOG_LIMIT: usize = 16 << 20;

/// A deflate stream in progress, with the wrapper written around it.
struct Deflater {
    comp: Box<CompressorOxide>,
    flags: u32,
    /// Every `(data, flush)` call so far, while under `COPY_LOG_LIMIT`.
    log: Option<Vec<(Vec<u8>, u8)>>,
    logged: usize,
    wrap: Wrap,
    header: Option<Vec<u8>>,
    check: u32,
    total_in: u64,
    finished: bool,
}

impl Deflater {
    /// `None` for invalid parameters.
    fn new(level: i32, wbits: i32, strategy: i32, zdict: Option<&[u8]>) -> Option<Deflater> {
        let (wrap, window) = compress_wrap(wbits)?;
        if !(-1..=9).contains(&level) || !(0..=4).contains(&strategy) {
            return None;
        }
        let level = if level == -1 { 6 } else { level };
        let flags = create_comp_flags_from_zip_params(level, -15, strategy);
        let header = match wrap {
            Wrap::Raw | Wrap::Auto => Vec::new(),
            Wrap::Zlib => {
                let cmf = (((window - 8) << 4) | 8) as u32;
                let flevel: u32 = if strategy >= 2 || level < 2 {
                    0
                } else if level < 6 {
                    1
                } else if level == 6 {
                    2
                } else {
                    3
                };
                let mut flg = (flevel << 6) | if zdict.is_some() { 0x20 } else { 0 };
                flg += 31 - (cmf * 256 + flg) % 31;
                let mut h = vec![cmf as u8, flg as u8];
                if let Some(d) = zdict {
                    h.extend_from_slice(&adler32_update(1, d).to_be_bytes());
                }
                h
            }
            Wrap::Gzip => {
                let xfl = if level == 9 {
                    2
                } else if strategy >= 2 || level < 2 {
                    4
                } else {
                    0
                };
                vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3]
            }
        };
        Some(Deflater {
            comp: Box::new(CompressorOxide::new(flags)),
            flags,
            log: Some(Vec::new()),
            logged: 0,
            wrap,
            header: Some(header),
            check: if wrap == Wrap::Gzip { 0 } else { 1 },
            total_in: 0,
            finished: false,
        })
    }

    /// A copy in the same state (`deflateCopy`), None once the log was dropped.
    fn try_clone(&self) -> Option<Deflater> {
        let log = self.log.clone()?;
        let mut comp = Box::new(CompressorOxide::new(self.flags));
        let mut sink = Vec::new();
        for (data, flush) in &log {
            feed(&mut comp, data, flush_kind(*flush), &mut sink);
            sink.clear();
        }
        Some(Deflater {
            comp,
            flags: self.flags,
            log: Some(log),
            logged: self.logged,
            wrap: self.wrap,
            header: self.header.clone(),
            check: self.check,
            total_in: self.total_in,
            finished: self.finished,
        })
    }

    /// Compress `data` with `flush` (0 none, 2 sync, 3 full, 4 finish), appending to `out`.
    fn run(&mut self, data: &[u8], flush: u8, out: &mut Vec<u8>) {
        if let Some(h) = self.header.take() {
            out.extend_from_slice(&h);
        }
        self.total_in += data.len() as u64;
        self.check = match self.wrap {
            Wrap::Gzip => crc32_update(self.check, data),
            _ => adler32_update(self.check, data),
        };
        self.logged += data.len();
        if self.logged > COPY_LOG_LIMIT {
            self.log = None;
        }
        if let Some(log) = &mut self.log {
            log.push((data.to_vec(), flush));
        }
        feed(&mut self.comp, data, flush_kind(flush), out);
        if flush == 4 {
            match self.wrap {
                Wrap::Zlib => out.extend_from_slice(&self.check.to_be_bytes()),
                Wrap::Gzip => {
                    out.extend_from_slice(&self.check.to_le_bytes());
                    out.extend_from_slice(&(self.total_in as u32).to_le_bytes());
                }
                _ => {}
            }
            self.finished = true;
        }
    }
}

fn flush_kind(flush: u8) -> TDEFLFlush {
    match flush {
        0 => TDEFLFlush::None,
        2 => TDEFLFlush::Sync,
        3 => TDEFLFlush::Full,
        _ => TDEFLFlush::Finish,
    }
}

/// Run the compressor over all of `data`, appending its output to `out`.
fn feed(comp: &mut CompressorOxide, data: &[u8], flush: TDEFLFlush, out: &mut Vec<u8>) {
    let mut buf = vec![0u8; 16384];
    let mut pos = 0;
    loop {
        let (status, used, written) = deflate(comp, &data[pos..], &mut buf, flush);
        pos += used;
        out.extend_from_slice(&buf[..written]);
        match status {
            TDEFLStatus::Okay if pos < data.len() || written == buf.len() => {}
            _ => break,
        }
    }
}

fn z_compress(vm: &Vm, args: Args) -> PyResult {
    let a = bind(vm, &args, "compress", &["data", "level", "wbits"], 1, 1)?;
    let data_obj = a[0].cloned().unwrap_or_else(|| vm.none());
    let data = buffer(vm, &data_obj)?;
    let level = opt_int(vm, a[1], -1)?;
    let wbits = opt_int(vm, a[2], 15)?;
    let Some(mut d) = Deflater::new(level, wbits, 0, None) else {
        return Err(zlib_error(vm, "Bad compression level"));
    };
    let mut out = Vec::new();
    d.log = None;
    d.run(&data, 4, &mut out);
    Ok(vm.bytes_vec(out))
}

/// A `zlib.Compress` object's state.
struct CompressState(RefCell<Deflater>);

impl NativeData for CompressState {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn z_compressobj(vm: &Vm, args: Args) -> PyResult {
    let names = ["level", "method", "wbits", "memLevel", "strategy", "zdict"];
    let a = bind(vm, &args, "compressobj", &names, 0, 0)?;
    let level = opt_int(vm, a[0], -1)?;
    let method = opt_int(vm, a[1], 8)?;
    let wbits = opt_int(vm, a[2], 15)?;
    let mem_level = opt_int(vm, a[3], 8)?;
    let strategy = opt_int(vm, a[4], 0)?;
    let zdict = match a[5] {
        Some(z) => Some(buffer(vm, z)?.into_owned()),
        None => None,
    };
    let d = Deflater::new(level, wbits, strategy, zdict.as_deref())
        .filter(|_| method == 8 && (1..=9).contains(&mem_level))
        .ok_or_else(|| vm.value_error("Invalid initialization option"))?;
    if zdict.is_some() && d.wrap == Wrap::Gzip {
        // deflateSetDictionary refuses gzip streams.
        return Err(vm.value_error("Invalid dictionary"));
    }
    Ok(PyRef::new(
        &types(vm).0,
        Payload::Native(Box::new(CompressState(RefCell::new(d)))),
    ))
}

fn comp_state<'a>(vm: &Vm, args: &Args<'a>) -> PyResult<&'a CompressState> {
    args.pos()
        .first()
        .and_then(|o| o.native::<CompressState>())
        .ok_or_else(|| vm.type_error("descriptor requires a 'zlib.Compress' object"))
}

/// The one positional-only argument of a method (`args` includes self).
fn only_arg<'a>(vm: &Vm, args: &Args<'a>, name: &str) -> PyResult<&'a PyRef> {
    let p = args.pos();
    let total = args.values.len() - 1;
    if total > 1 {
        return Err(vm.type_error(format!("{name}() takes at most 1 argument ({total} given)")));
    }
    if p.len() != 2 {
        return Err(vm.type_error(format!(
            "{name}() takes exactly 1 positional argument ({} given)",
            p.len() - 1
        )));
    }
    Ok(&p[1])
}

fn c_compress(vm: &Vm, args: Args) -> PyResult {
    let st = comp_state(vm, &args)?;
    let data = buffer(vm, only_arg(vm, &args, "compress")?)?;
    let mut d = st.0.borrow_mut();
    if d.finished {
        return Err(zlib_error(
            vm,
            "Error -2 while compressing data: inconsistent stream state",
        ));
    }
    let mut out = Vec::new();
    d.run(&data, 0, &mut out);
    Ok(vm.bytes_vec(out))
}

/// The optional positional-only argument of `flush`.
fn flush_arg(vm: &Vm, args: &Args, default: i64, ssize_t: bool) -> PyResult<i64> {
    let p = args.pos();
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("flush() takes no keyword arguments"));
    }
    if p.len() > 2 {
        return Err(vm.type_error(format!(
            "flush() takes at most 1 argument ({} given)",
            p.len() - 1
        )));
    }
    match p.get(1) {
        Some(v) if ssize_t => ssize(vm, v),
        Some(v) => c_int(vm, v).map(|v| v as i64),
        None => Ok(default),
    }
}

fn c_flush(vm: &Vm, args: Args) -> PyResult {
    let st = comp_state(vm, &args)?;
    let mode = flush_arg(vm, &args, Z_FINISH as i64, false)? as i32;
    if mode == Z_NO_FLUSH {
        return Ok(vm.bytes(b""));
    }
    let flush = match mode {
        1 | 2 | 5 | 6 => 2,
        3 => 3,
        4 => 4,
        _ => {
            return Err(zlib_error(
                vm,
                "Error -2 while flushing: inconsistent stream state",
            ))
        }
    };
    let mut d = st.0.borrow_mut();
    if d.finished {
        return Err(zlib_error(
            vm,
            "Error -2 while flushing: inconsistent stream state",
        ));
    }
    let mut out = Vec::new();
    d.run(&[], flush, &mut out);
    Ok(vm.bytes_vec(out))
}

fn c_copy(vm: &Vm, args: Args) -> PyResult {
    let st = comp_state(vm, &args)?;
    let d = st.0.borrow();
    if d.finished {
        return Err(vm.value_error("Inconsistent stream state"));
    }
    let copy = d
        .try_clone()
        .ok_or_else(|| vm.value_error("Inconsistent stream state"))?;
    Ok(PyRef::new(
        &types(vm).0,
        Payload::Native(Box::new(CompressState(RefCell::new(copy)))),
    ))
}

// ---------------------------------------------------------------------------------------------
// Decompression

/// The wrapper and window a decompression `wbits` asks for (`inflateInit2`).
fn decompress_wrap(wbits: i32) -> Option<(Wrap, u32)> {
    match wbits {
        -15..=-8 => Some((Wrap::Raw, (-wbits) as u32)),
        0 => Some((Wrap::Zlib, 0)),
        8..=15 => Some((Wrap::Zlib, wbits as u32)),
        16 => Some((Wrap::Gzip, 0)),
        24..=31 => Some((Wrap::Gzip, (wbits - 16) as u32)),
        32 => Some((Wrap::Auto, 0)),
        40..=47 => Some((Wrap::Auto, (wbits - 32) as u32)),
        _ => None,
    }
}

fn z_decompress(vm: &Vm, args: Args) -> PyResult {
    let a = bind(vm, &args, "decompress", &["data", "wbits", "bufsize"], 1, 1)?;
    let data_obj = a[0].cloned().unwrap_or_else(|| vm.none());
    let data = buffer(vm, &data_obj)?;
    let wbits = opt_int(vm, a[1], 15)?;
    if let Some(b) = a[2] {
        if ssize(vm, b)? < 0 {
            return Err(vm.value_error("bufsize must be non-negative"));
        }
    }
    let Some((wrap, w)) = decompress_wrap(wbits) else {
        return Err(zlib_error(
            vm,
            "Error -2 while preparing to decompress data: inconsistent stream state",
        ));
    };
    let mut inf = Inflater::new(wrap, w);
    let mut out = Vec::new();
    let (status, _) = inf
        .inflate(&data, &mut out, 0)
        .map_err(|e| inflate_error(vm, e, "while decompressing data"))?;
    if status != Status::Done {
        return Err(zlib_error(
            vm,
            "Error -5 while decompressing data: incomplete or truncated stream",
        ));
    }
    Ok(vm.bytes_vec(out))
}

/// A `zlib.Decompress` object's state.
#[derive(Clone)]
struct Decomp {
    inf: Inflater,
    has_dict: bool,
    eof: bool,
    /// A flush() that reached the end freed zlib's state (`inflateEnd`): copy() then fails.
    released: bool,
    unused_data: Vec<u8>,
    unconsumed_tail: Vec<u8>,
}

struct DecompressState(RefCell<Decomp>);

impl NativeData for DecompressState {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn z_decompressobj(vm: &Vm, args: Args) -> PyResult {
    let a = bind(vm, &args, "decompressobj", &["wbits", "zdict"], 0, 0)?;
    let wbits = opt_int(vm, a[0], 15)?;
    let zdict = match a[1] {
        Some(z) => Some(
            krait_vm::objects::bytes::as_buffer(z)
                .ok_or_else(|| vm.type_error("zdict argument must support the buffer protocol"))?
                .into_owned(),
        ),
        None => None,
    };
    let (wrap, w) =
        decompress_wrap(wbits).ok_or_else(|| vm.value_error("Invalid initialization option"))?;
    let mut inf = Inflater::new(wrap, w);
    if let Some(d) = &zdict {
        inf.set_dictionary(d);
    }
    let st = Decomp {
        inf,
        has_dict: zdict.is_some(),
        eof: false,
        released: false,
        unused_data: Vec::new(),
        unconsumed_tail: Vec::new(),
    };
    Ok(PyRef::new(
        &types(vm).1,
        Payload::Native(Box::new(DecompressState(RefCell::new(st)))),
    ))
}

fn decomp_state<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a DecompressState> {
    o.native::<DecompressState>()
        .ok_or_else(|| vm.type_error("descriptor requires a 'zlib.Decompress' object"))
}

impl Decomp {
    /// Feed `data`, keeping at most `limit` bytes of output (0: all). On an error the output
    /// decoded before it is in `out`.
    fn feed(
        &mut self,
        vm: &Vm,
        data: &[u8],
        limit: usize,
        out: &mut Vec<u8>,
        while_: &str,
    ) -> PyResult<()> {
        if self.eof {
            self.unused_data.extend_from_slice(data);
            return Ok(());
        }
        let (status, used) = self.inf.inflate(data, out, limit).map_err(|e| {
            if self.has_dict && matches!(e, InflateError::NeedDict(_)) {
                zlib_error(vm, "Error -3 while setting zdict: invalid input data")
            } else {
                inflate_error(vm, e, while_)
            }
        })?;
        self.unconsumed_tail.clear();
        match status {
            Status::Done => {
                self.eof = true;
                self.unused_data.extend_from_slice(&data[used..]);
            }
            Status::OutputFull => self.unconsumed_tail = data[used..].to_vec(),
            Status::NeedInput => {}
        }
        Ok(())
    }
}

fn d_decompress(vm: &Vm, args: Args) -> PyResult {
    let self_ = args
        .pos()
        .first()
        .ok_or_else(|| vm.type_error("decompress() needs self"))?;
    let st = decomp_state(vm, self_)?;
    let a = bind(
        vm,
        &args.skip_self(),
        "decompress",
        &["data", "max_length"],
        1,
        1,
    )?;
    let data_obj = a[0].cloned().unwrap_or_else(|| vm.none());
    let data = buffer(vm, &data_obj)?;
    let max = match a[1] {
        Some(m) => ssize(vm, m)?,
        None => 0,
    };
    if max < 0 {
        return Err(vm.value_error("max_length must be non-negative"));
    }
    let mut out = Vec::new();
    st.0.borrow_mut().feed(
        vm,
        &data,
        max as usize,
        &mut out,
        "while decompressing data",
    )?;
    Ok(vm.bytes_vec(out))
}

fn d_flush(vm: &Vm, args: Args) -> PyResult {
    let st = decomp_state(vm, &args.pos()[0])?;
    let length = flush_arg(vm, &args, DEF_BUF_SIZE, true)?;
    if length <= 0 {
        return Err(vm.value_error("length must be greater than zero"));
    }
    let mut d = st.0.borrow_mut();
    let tail = std::mem::take(&mut d.unconsumed_tail);
    let mut out = Vec::new();
    // `Decompress.flush` returns what it decoded and drops errors (`goto save` in
    // zlibmodule.c).
    let _ = d.feed(vm, &tail, 0, &mut out, "while flushing");
    d.unconsumed_tail.clear();
    d.released |= d.eof;
    Ok(vm.bytes_vec(out))
}

fn d_copy(vm: &Vm, args: Args) -> PyResult {
    let st = decomp_state(vm, &args.pos()[0])?;
    if st.0.borrow().released {
        return Err(vm.value_error("Inconsistent stream state"));
    }
    let copy = st.0.borrow().clone();
    Ok(PyRef::new(
        &types(vm).1,
        Payload::Native(Box::new(DecompressState(RefCell::new(copy)))),
    ))
}

fn d_unused_data(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.bytes(&decomp_state(vm, o)?.0.borrow().unused_data))
}

fn d_unconsumed_tail(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.bytes(&decomp_state(vm, o)?.0.borrow().unconsumed_tail))
}

fn d_eof(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.bool(decomp_state(vm, o)?.0.borrow().eof))
}

// ---------------------------------------------------------------------------------------------

const COMPRESS_METHODS: &[MethodDef] = &[
    MethodDef::method("compress", c_compress),
    MethodDef::method("flush", c_flush),
    MethodDef::method("copy", c_copy),
    MethodDef::method("__copy__", c_copy),
    MethodDef::method("__deepcopy__", c_copy),
];

const DECOMPRESS_METHODS: &[MethodDef] = &[
    MethodDef::method("decompress", d_decompress),
    MethodDef::method("flush", d_flush),
    MethodDef::method("copy", d_copy),
    MethodDef::method("__copy__", d_copy),
    MethodDef::method("__deepcopy__", d_copy),
];

/// `zlib.Compress` and `zlib.Decompress` (not exposed as module attributes, as in CPython).
fn types(vm: &Vm) -> (PyRef, PyRef) {
    if let Some(t) = TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let mk = |name, methods| {
        krait_vm::modules::builtins::new_sealed_native_type(vm, name, "zlib", methods)
    };
    let c = mk("Compress", COMPRESS_METHODS);
    let d = mk("Decompress", DECOMPRESS_METHODS);
    krait_vm::objects::descr::add_getset(vm, &d, "unused_data", d_unused_data, None);
    krait_vm::objects::descr::add_getset(vm, &d, "unconsumed_tail", d_unconsumed_tail, None);
    krait_vm::objects::descr::add_getset(vm, &d, "eof", d_eof, None);
    let t = (c, d);
    TYPES.with(|ts| *ts.borrow_mut() = Some(t.clone()));
    t
}

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("adler32", z_adler32),
    MethodDef::method("compress", z_compress),
    MethodDef::method("compressobj", z_compressobj),
    MethodDef::method("crc32", z_crc32),
    MethodDef::method("decompress", z_decompress),
    MethodDef::method("decompressobj", z_decompressobj),
];

const CONSTANTS: &[(&str, i64)] = &[
    ("DEFLATED", 8),
    ("DEF_BUF_SIZE", DEF_BUF_SIZE),
    ("DEF_MEM_LEVEL", 8),
    ("MAX_WBITS", 15),
    ("Z_BEST_COMPRESSION", 9),
    ("Z_BEST_SPEED", 1),
    ("Z_BLOCK", 5),
    ("Z_DEFAULT_COMPRESSION", -1),
    ("Z_DEFAULT_STRATEGY", 0),
    ("Z_FILTERED", 1),
    ("Z_FINISH", 4),
    ("Z_FIXED", 4),
    ("Z_FULL_FLUSH", 3),
    ("Z_HUFFMAN_ONLY", 2),
    ("Z_NO_COMPRESSION", 0),
    ("Z_NO_FLUSH", 0),
    ("Z_PARTIAL_FLUSH", 1),
    ("Z_RLE", 3),
    ("Z_SYNC_FLUSH", 2),
    ("Z_TREES", 6),
];

pub fn init(vm: &Vm) -> PyResult {
    let m = new_module(vm, "zlib");
    crate::add_functions(vm, &m, FUNCTIONS);
    set_attr(
        vm,
        &m,
        "__doc__",
        vm.str(
            "The functions in this module allow compression and decompression using the\n\
             zlib library, which is based on GNU zip.",
        ),
    );
    for (name, v) in CONSTANTS {
        set_attr(vm, &m, name, vm.int(*v));
    }
    set_attr(vm, &m, "ZLIB_VERSION", vm.str("1.2.13"));
    set_attr(vm, &m, "ZLIB_RUNTIME_VERSION", vm.str("1.2.13"));
    set_attr(vm, &m, "error", error_type(vm));
    types(vm);
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checksums_match_zlib() {
        assert_eq!(crc32_update(0, b"hello"), 907_060_870);
        assert_eq!(crc32_update(5, b"hello"), 4_277_152_246);
        assert_eq!(adler32_update(1, b"hello"), 103_547_413);
        assert_eq!(adler32_update(5, b"hello"), 104_858_137);
    }

    #[test]
    fn round_trips() {
        let data: Vec<u8> = (0..20000u32).map(|i| (i * 7 % 251) as u8).collect();
        for wbits in [15, -15, 31, 9] {
            for level in [0, 1, 6, 9] {
                let mut d = Deflater::new(level, wbits, 0, None).expect("valid");
                let mut c = Vec::new();
                d.run(&data, 4, &mut c);
                let (wrap, w) = decompress_wrap(wbits).expect("valid");
                let mut inf = Inflater::new(wrap, w);
                let mut out = Vec::new();
                let (st, _) = inf.inflate(&c, &mut out, 0).expect("inflates");
                assert_eq!(st, Status::Done);
                assert_eq!(out, data);
                // Byte by byte, with a small output limit.
                let mut inf = Inflater::new(wrap, w);
                let mut out = Vec::new();
                for b in &c {
                    let mut tail = vec![*b];
                    loop {
                        let limit = out.len() + 100;
                        let (st, used) = inf.inflate(&tail, &mut out, limit).expect("inflates");
                        tail.drain(..used);
                        if st != Status::OutputFull {
                            break;
                        }
                    }
                }
                assert_eq!(out, data);
                assert!(inf.is_done());
            }
        }
    }
}
