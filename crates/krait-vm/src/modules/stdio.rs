//! The standard streams as native text streams over file descriptors 0, 1 and 2, with
//! CPython's buffering: stdout line-buffered on a terminal and block-buffered otherwise,
//! stderr line-buffered, all unbuffered under `-u`. `io.TextIOWrapper` replaces nothing here:
//! these objects answer the text-file methods programs use on `sys.stdout` and friends.

use std::any::Any;
use std::cell::{Cell, RefCell};

use crate::object::PyRef;
use crate::objects::{NativeData, Payload};
use crate::vm::{Args, MethodDef, PyResult, Vm};

pub struct StdStream {
    pub fd: i32,
    pub name: &'static str,
    pub mode: &'static str,
    pub buf: RefCell<Vec<u8>>,
    pub line_buffered: Cell<bool>,
    pub unbuffered: Cell<bool>,
    pub closed: Cell<bool>,
    /// Bytes read ahead on stdin.
    pub pending: RefCell<Vec<u8>>,
    pub eof: Cell<bool>,
}

impl NativeData for StdStream {
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn write_all_fd(fd: i32, mut data: &[u8]) {
    while !data.is_empty() {
        // SAFETY: writing a valid, initialised byte slice to a file descriptor.
        let n = unsafe { libc::write(fd, data.as_ptr() as *const libc::c_void, data.len()) };
        if n <= 0 {
            let err = std::io::Error::last_os_error();
            if err.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return;
        }
        data = &data[n as usize..];
    }
}

impl StdStream {
    pub fn write_str(&self, s: &str) {
        let mut b = self.buf.borrow_mut();
        b.extend_from_slice(s.as_bytes());
        let flush = self.unbuffered.get()
            || (self.line_buffered.get() && s.contains('\n'))
            || b.len() >= 8192;
        if flush {
            let data = std::mem::take(&mut *b);
            drop(b);
            write_all_fd(self.fd, &data);
        }
    }

    pub fn flush(&self) {
        let data = std::mem::take(&mut *self.buf.borrow_mut());
        if !data.is_empty() {
            write_all_fd(self.fd, &data);
        }
    }

    /// Read more input without the GIL; false at end of file. A signal in the main thread
    /// runs its handler (KeyboardInterrupt propagates); other errors count as end of file.
    fn fill(&self, vm: &Vm) -> PyResult<bool> {
        let fd = self.fd;
        loop {
            let mut tmp = vec![0u8; 8192];
            let (n, err) = vm.allow_threads(|| {
                // SAFETY: reading into a buffer of the given length.
                let n = unsafe { libc::read(fd, tmp.as_mut_ptr() as *mut libc::c_void, tmp.len()) };
                (n, std::io::Error::last_os_error().raw_os_error())
            });
            if n < 0 && err == Some(libc::EINTR) {
                crate::modules::_signal::check_after_eintr(vm)?;
                continue;
            }
            if n <= 0 {
                self.eof.set(true);
                return Ok(false);
            }
            self.pending
                .borrow_mut()
                .extend_from_slice(&tmp[..n as usize]);
            return Ok(true);
        }
    }

    /// One line including its newline; empty at EOF.
    pub fn read_line(&self, vm: &Vm) -> PyResult<Vec<u8>> {
        loop {
            {
                let mut p = self.pending.borrow_mut();
                if let Some(i) = p.iter().position(|&b| b == b'\n') {
                    let rest = p.split_off(i + 1);
                    return Ok(std::mem::replace(&mut *p, rest));
                }
            }
            if self.eof.get() || !self.fill(vm)? {
                return Ok(std::mem::take(&mut *self.pending.borrow_mut()));
            }
        }
    }

    pub fn read_all(&self, vm: &Vm) -> PyResult<Vec<u8>> {
        while !self.eof.get() && self.fill(vm)? {}
        Ok(std::mem::take(&mut *self.pending.borrow_mut()))
    }
}

pub fn new_stream(
    vm: &Vm,
    fd: i32,
    name: &'static str,
    mode: &'static str,
    unbuffered: bool,
) -> PyRef {
    // SAFETY: isatty only inspects the descriptor.
    let tty = unsafe { libc::isatty(fd) } == 1;
    let s = StdStream {
        fd,
        name,
        mode,
        buf: RefCell::new(Vec::new()),
        line_buffered: Cell::new(tty || fd == 2),
        unbuffered: Cell::new(unbuffered),
        closed: Cell::new(false),
        pending: RefCell::new(Vec::new()),
        eof: Cell::new(false),
    };
    PyRef::new(&stream_type(vm), Payload::Native(Box::new(s)))
}

static STREAM_TYPE: crate::object::GilStatic<RefCell<Option<PyRef>>> =
    crate::object::GilStatic::new(RefCell::new(None));

fn stream_type(vm: &Vm) -> PyRef {
    if let Some(t) = STREAM_TYPE.with(|t| t.borrow().clone()) {
        return t;
    }
    let t = crate::modules::builtins::new_native_type(vm, "TextIOWrapper", "_io", METHODS);
    crate::objects::descr::add_getset(vm, &t, "encoding", g_encoding, None);
    crate::objects::descr::add_getset(vm, &t, "errors", g_errors, None);
    crate::objects::descr::add_getset(vm, &t, "name", g_name, None);
    crate::objects::descr::add_getset(vm, &t, "mode", g_mode, None);
    crate::objects::descr::add_getset(vm, &t, "closed", g_closed, None);
    crate::objects::descr::add_getset(vm, &t, "line_buffering", g_line_buffering, None);
    STREAM_TYPE.with(|s| *s.borrow_mut() = Some(t.clone()));
    t
}

fn st<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a StdStream> {
    o.native::<StdStream>()
        .ok_or_else(|| vm.type_error("expected a standard stream"))
}

fn s_write(vm: &Vm, args: Args) -> PyResult {
    let s = st(vm, &args.pos()[0])?;
    let t = args
        .pos()
        .get(1)
        .ok_or_else(|| vm.type_error("write() takes exactly one argument (0 given)"))?;
    let Some(text) = t.as_str() else {
        return Err(vm.type_error(format!(
            "write() argument must be str, not {}",
            vm.type_name(t)
        )));
    };
    if s.closed.get() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    s.write_str(text);
    Ok(vm.usize(text.chars().count()))
}

fn s_writelines(vm: &Vm, args: Args) -> PyResult {
    let s = st(vm, &args.pos()[0])?;
    for line in crate::protocols::sequence::collect(vm, &args.pos()[1])? {
        let Some(text) = line.as_str() else {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(&line)
            )));
        };
        s.write_str(text);
    }
    Ok(vm.none())
}

fn s_flush(vm: &Vm, args: Args) -> PyResult {
    st(vm, &args.pos()[0])?.flush();
    Ok(vm.none())
}

fn s_fileno(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.int(st(vm, &args.pos()[0])?.fd as i64))
}

fn s_isatty(vm: &Vm, args: Args) -> PyResult {
    let fd = st(vm, &args.pos()[0])?.fd;
    // SAFETY: isatty only inspects the descriptor.
    Ok(vm.bool(unsafe { libc::isatty(fd) } == 1))
}

fn s_readline(vm: &Vm, args: Args) -> PyResult {
    let s = st(vm, &args.pos()[0])?;
    flush_stdout(vm);
    let line = s.read_line(vm)?;
    Ok(vm.string(String::from_utf8_lossy(&line).into_owned()))
}

fn s_read(vm: &Vm, args: Args) -> PyResult {
    let s = st(vm, &args.pos()[0])?;
    flush_stdout(vm);
    let data = s.read_all(vm)?;
    Ok(vm.string(String::from_utf8_lossy(&data).into_owned()))
}

fn s_readlines(vm: &Vm, args: Args) -> PyResult {
    let s = st(vm, &args.pos()[0])?;
    let mut out = Vec::new();
    loop {
        let line = s.read_line(vm)?;
        if line.is_empty() {
            break;
        }
        out.push(vm.string(String::from_utf8_lossy(&line).into_owned()));
    }
    Ok(vm.list(out))
}

fn s_iter(_vm: &Vm, args: Args) -> PyResult {
    Ok(args.pos()[0].clone())
}

fn s_next(vm: &Vm, args: Args) -> PyResult {
    let s = st(vm, &args.pos()[0])?;
    let line = s.read_line(vm)?;
    if line.is_empty() {
        return Err(vm.stop_iteration(None));
    }
    Ok(vm.string(String::from_utf8_lossy(&line).into_owned()))
}

fn s_true(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.true_.clone())
}

fn s_readable(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.bool(st(vm, &args.pos()[0])?.fd == 0))
}

fn s_writable(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.bool(st(vm, &args.pos()[0])?.fd != 0))
}

fn s_close(vm: &Vm, args: Args) -> PyResult {
    let s = st(vm, &args.pos()[0])?;
    s.flush();
    s.closed.set(true);
    Ok(vm.none())
}

fn s_enter(_vm: &Vm, args: Args) -> PyResult {
    Ok(args.pos()[0].clone())
}

fn s_exit(vm: &Vm, args: Args) -> PyResult {
    s_close(vm, Args::new(&args.pos()[..1]))
}

fn s_reconfigure(vm: &Vm, args: Args) -> PyResult {
    let s = st(vm, &args.pos()[0])?;
    if let Some(lb) = args.kwarg("line_buffering") {
        s.line_buffered
            .set(crate::protocols::compare::is_true(vm, lb)?);
    }
    if let Some(wt) = args.kwarg("write_through") {
        s.unbuffered
            .set(crate::protocols::compare::is_true(vm, wt)?);
    }
    Ok(vm.none())
}

fn s_repr(vm: &Vm, args: Args) -> PyResult {
    let s = st(vm, &args.pos()[0])?;
    Ok(vm.string(format!(
        "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
        s.name, s.mode
    )))
}

fn g_encoding(vm: &Vm, _o: &PyRef) -> PyResult {
    Ok(vm.str("utf-8"))
}
fn g_errors(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.str(if st(vm, o)?.fd == 2 {
        "backslashreplace"
    } else {
        stdio_errors()
    }))
}

/// The error handler of stdin and stdout (`config_get_stdio_errors`): surrogateescape in
/// UTF-8 mode and when the LC_CTYPE locale is C, POSIX, C.UTF-8 (a coercion target) or one
/// not installed (setlocale then leaves C); strict otherwise.
fn stdio_errors() -> &'static str {
    let env = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    if env("PYTHONUTF8").as_deref() == Some("1") {
        return "surrogateescape";
    }
    let name = env("LC_ALL")
        .or_else(|| env("LC_CTYPE"))
        .or_else(|| env("LANG"))
        .unwrap_or_else(|| "C".to_string());
    if matches!(
        name.as_str(),
        "C" | "POSIX" | "C.UTF-8" | "C.utf8" | "UTF-8"
    ) {
        return "surrogateescape";
    }
    let Ok(cname) = std::ffi::CString::new(name) else {
        return "surrogateescape";
    };
    // SAFETY: newlocale reads the NUL-terminated name and returns a new locale object or
    // null; a non-null one is freed at once and never used otherwise.
    let installed = unsafe {
        let loc = libc::newlocale(libc::LC_CTYPE_MASK, cname.as_ptr(), std::ptr::null_mut());
        if loc.is_null() {
            false
        } else {
            libc::freelocale(loc);
            true
        }
    };
    if installed {
        "strict"
    } else {
        "surrogateescape"
    }
}
fn g_name(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.str(st(vm, o)?.name))
}
fn g_mode(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.str(st(vm, o)?.mode))
}
fn g_closed(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.bool(st(vm, o)?.closed.get()))
}
fn g_line_buffering(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(vm.bool(st(vm, o)?.line_buffered.get()))
}

const METHODS: &[MethodDef] = &[
    MethodDef::method("write", s_write),
    MethodDef::method("writelines", s_writelines),
    MethodDef::method("flush", s_flush),
    MethodDef::method("fileno", s_fileno),
    MethodDef::method("isatty", s_isatty),
    MethodDef::method("readline", s_readline),
    MethodDef::method("read", s_read),
    MethodDef::method("readlines", s_readlines),
    MethodDef::method("__iter__", s_iter),
    MethodDef::method("__next__", s_next),
    MethodDef::method("readable", s_readable),
    MethodDef::method("writable", s_writable),
    MethodDef::method("seekable", s_true),
    MethodDef::method("close", s_close),
    MethodDef::method("__enter__", s_enter),
    MethodDef::method("__exit__", s_exit),
    MethodDef::method("reconfigure", s_reconfigure),
    MethodDef::method("__repr__", s_repr),
];

/// Flush `sys.stdout` (before reading input, at exit).
pub fn flush_stdout(vm: &Vm) {
    if let Some(out) = crate::modules::sys::sys_attr(vm, "stdout") {
        if let Some(s) = out.native::<StdStream>() {
            s.flush();
        } else if let Ok(f) = crate::protocols::attr::getattr_str(vm, &out, "flush") {
            let _ = crate::protocols::call::call(vm, &f, &[]);
        }
    }
}

/// Write to `sys.stderr` (or fd 2 directly when it is unusable).
pub fn write_stderr(vm: &Vm, text: &str) {
    if let Some(err) = crate::modules::sys::sys_attr(vm, "stderr") {
        if let Some(s) = err.native::<StdStream>() {
            s.write_str(text);
            s.flush();
            return;
        }
        if let Ok(w) = crate::protocols::attr::getattr_str(vm, &err, "write") {
            if crate::protocols::call::call(vm, &w, &[vm.str(text)]).is_ok() {
                if let Ok(f) = crate::protocols::attr::getattr_str(vm, &err, "flush") {
                    let _ = crate::protocols::call::call(vm, &f, &[]);
                }
                return;
            }
        }
    }
    write_all_fd(2, text.as_bytes());
}
