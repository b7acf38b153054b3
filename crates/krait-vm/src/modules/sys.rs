//! The `sys` module: interpreter state visible to Python. Mirrors `Python/sysmodule.c`.
//! Struct sequences (`version_info`, `flags`, `float_info` ...) are made by a short Python
//! bootstrap at the end of `init`.

use crate::object::PyRef;
use crate::objects::Payload;
use crate::protocols::{attr, call};
use crate::vm::{Args, MethodDef, PyResult, Vm};

/// Command-line options that `sys.flags` reports.
#[derive(Clone, Default)]
pub struct Flags {
    pub inspect: bool,
    pub interactive: bool,
    pub optimize: u8,
    pub dont_write_bytecode: bool,
    pub no_user_site: bool,
    pub no_site: bool,
    pub ignore_environment: bool,
    pub verbose: u8,
    pub quiet: bool,
    pub unbuffered: bool,
    pub safe_path: bool,
    pub warnoptions: Vec<String>,
    pub xoptions: Vec<String>,
}

pub const VERSION: &str = "3.11.7 (main, krait 0.1.0) [rustc]";

/// `sys.<name>`, if set.
pub fn sys_attr(vm: &Vm, name: &str) -> Option<PyRef> {
    let sys = vm.sys.borrow().clone()?;
    sys.dict()?.as_dict()?.get_str(name)
}

fn s_exit(vm: &Vm, args: Args) -> PyResult {
    let code = args.pos().first().cloned();
    let e = match code {
        Some(c) => crate::objects::exceptions::new_exception(vm, &vm.t.system_exit, vec![c]),
        None => vm.new_exc_empty(&vm.t.system_exit),
    };
    Err(e)
}

fn s_getrecursionlimit(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.int(vm.recursion_limit.get() as i64))
}

fn s_setrecursionlimit(vm: &Vm, args: Args) -> PyResult {
    let n = crate::objects::int::to_i64(
        vm,
        args.pos().first().ok_or_else(|| {
            vm.type_error("setrecursionlimit() takes exactly one argument (0 given)")
        })?,
    )?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    let depth = vm.depth.get() as i64;
    if n <= depth {
        return Err(vm.recursion_error_with(format!(
            "cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"
        )));
    }
    vm.recursion_limit.set(n.min(u32::MAX as i64) as u32);
    Ok(vm.none())
}

fn s_getrefcount(vm: &Vm, args: Args) -> PyResult {
    let o = args
        .pos()
        .first()
        .ok_or_else(|| vm.type_error("getrefcount() takes exactly one argument (0 given)"))?;
    // The argument slot holds one reference, as in CPython.
    Ok(vm.usize(o.refcount()))
}

/// `sys.getsizeof(object[, default])`: the object's `__sizeof__` plus its GC pre-header;
/// `default` replaces a TypeError (no usable `__sizeof__`).
fn s_getsizeof(vm: &Vm, args: Args) -> PyResult {
    let pos = args.pos();
    let nkw = args.kwnames.len();
    if pos.len() + nkw > 2 {
        return Err(vm.type_error(format!(
            "getsizeof() takes at most 2 arguments ({} given)",
            pos.len() + nkw
        )));
    }
    let mut object = pos.first().cloned();
    let mut default = pos.get(1).cloned();
    for (k, v) in args.kwargs() {
        let (slot, index) = match k {
            "object" => (&mut object, 1),
            "default" => (&mut default, 2),
            _ => {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for getsizeof()"
                )))
            }
        };
        if slot.is_some() {
            return Err(vm.type_error(format!(
                "argument for getsizeof() given by name ('{k}') and position ({index})"
            )));
        }
        *slot = Some(v.clone());
    }
    let o = object
        .ok_or_else(|| vm.type_error("getsizeof() missing required argument 'object' (pos 1)"))?;
    match crate::objects::sizeof::getsizeof(vm, &o) {
        Ok(n) => Ok(vm.usize(n)),
        Err(e) => match default {
            Some(d) if vm.exc_matches(&e, &vm.t.type_error) => Ok(d),
            _ => Err(e),
        },
    }
}

fn s_intern(vm: &Vm, args: Args) -> PyResult {
    let s = args
        .pos()
        .first()
        .ok_or_else(|| vm.type_error("intern() takes exactly one argument (0 given)"))?;
    if !s.is_type(&vm.t.str) {
        return Err(vm.type_error(format!(
            "intern() argument must be str, not {}",
            vm.type_name(s)
        )));
    }
    Ok(vm.intern_obj(s))
}

fn s_exc_info(vm: &Vm, _args: Args) -> PyResult {
    match vm.handled.get() {
        Some(e) => {
            let tb = e
                .as_exception()
                .and_then(|x| x.traceback.get())
                .unwrap_or_else(|| vm.none());
            Ok(vm.tuple(vec![e.class(), e, tb]))
        }
        None => Ok(vm.tuple(vec![vm.none(), vm.none(), vm.none()])),
    }
}

fn s_exception(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.handled.get().unwrap_or_else(|| vm.none()))
}

fn s_getframe(vm: &Vm, args: Args) -> PyResult {
    let depth = match args.pos().first() {
        Some(d) => crate::objects::int::to_i64(vm, d)?,
        None => 0,
    };
    let frames = vm.frames.borrow();
    let n = frames.len() as i64;
    if depth < 0 || depth >= n {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    Ok(frames[(n - 1 - depth) as usize].clone())
}

/// `sys.settrace(f)`/`sys.setprofile(f)`: kept for the calling thread (None clears).
fn set_hook(vm: &Vm, args: &Args, which: usize, fname: &str) -> PyResult {
    let p = args.pos();
    if p.len() != 1 {
        return Err(vm.type_error(format!(
            "{fname}() takes exactly one argument ({} given)",
            p.len()
        )));
    }
    let f = (!vm.is_none(&p[0])).then(|| p[0].clone());
    vm.trace_hooks[which].set(f);
    Ok(vm.none())
}

fn s_settrace(vm: &Vm, args: Args) -> PyResult {
    set_hook(vm, &args, 0, "sys.settrace")
}

fn s_setprofile(vm: &Vm, args: Args) -> PyResult {
    set_hook(vm, &args, 1, "sys.setprofile")
}

fn s_gettrace(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.trace_hooks[0].get().unwrap_or_else(|| vm.none()))
}

fn s_getprofile(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.trace_hooks[1].get().unwrap_or_else(|| vm.none()))
}

/// `sys._current_frames()`: each thread's innermost frame, by thread ident.
fn s_current_frames(vm: &Vm, _args: Args) -> PyResult {
    let d = vm.dict();
    let dd = d.as_dict().expect("dict");
    for (ident, frame) in crate::gil::other_threads_top_frames() {
        dd.set(vm, vm.bigint(ident.into()), frame)?;
    }
    if let Some(top) = vm.current_frame() {
        dd.set(vm, vm.bigint(crate::gil::current_ident().into()), top)?;
    }
    Ok(d)
}

fn s_displayhook(vm: &Vm, args: Args) -> PyResult {
    let v = args.pos().first().cloned().unwrap_or_else(|| vm.none());
    if vm.is_none(&v) {
        return Ok(vm.none());
    }
    let b = vm.builtins_dict.as_dict().expect("dict");
    b.set_str(vm, "_", vm.none());
    let r = crate::protocols::repr::repr(vm, &v)?;
    if let Some(out) = sys_attr(vm, "stdout") {
        call::call_method(vm, &out, "write", &[r])?;
        call::call_method(vm, &out, "write", &[vm.str("\n")])?;
    }
    b.set_str(vm, "_", v);
    Ok(vm.none())
}

fn s_excepthook(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() != 3 {
        return Err(vm.type_error(format!("excepthook expected 3 arguments, got {}", p.len())));
    }
    crate::modules::tb_print::print_exception(vm, &p[1]);
    Ok(vm.none())
}

fn s_getdefaultencoding(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.str("utf-8"))
}

fn s_get_int_max_str_digits(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.usize(vm.int_max_str_digits.get()))
}

fn s_set_int_max_str_digits(vm: &Vm, args: Args) -> PyResult {
    let n = args
        .pos()
        .first()
        .or_else(|| args.kwarg("maxdigits"))
        .ok_or_else(|| {
            vm.type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
        })?;
    let n = crate::objects::int::to_i64(vm, n)?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    vm.int_max_str_digits.set(n as usize);
    Ok(vm.none())
}

fn s_getswitchinterval(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.float(crate::gil::switch_interval()))
}

fn s_setswitchinterval(vm: &Vm, args: Args) -> PyResult {
    let v = crate::objects::float::real_arg(vm, &args.pos()[0])?;
    if v <= 0.0 {
        return Err(vm.value_error("switch interval must be strictly positive"));
    }
    crate::gil::set_switch_interval(v);
    Ok(vm.none())
}

fn s_noop(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

fn s_is_finalizing(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.bool(crate::gil::is_finalizing()))
}

fn s_unraisablehook(vm: &Vm, args: Args) -> PyResult {
    let u = &args.pos()[0];
    let exc = attr::getattr_str(vm, u, "exc_value")?;
    let obj = attr::getattr_str(vm, u, "object")?;
    let msg = attr::getattr_str(vm, u, "err_msg")?;
    let m = if vm.is_none(&msg) {
        "Exception ignored in".to_string()
    } else {
        msg.as_str().unwrap_or("").to_string()
    };
    let what = if vm.is_none(&obj) {
        None
    } else {
        Some(
            crate::protocols::repr::repr(vm, &obj)?
                .as_str()
                .unwrap_or("")
                .to_string(),
        )
    };
    print_unraisable(vm, &exc, &m, what.as_deref());
    Ok(vm.none())
}

fn print_unraisable(vm: &Vm, e: &PyRef, msg: &str, what: Option<&str>) {
    let head = match what {
        Some(w) => format!("{msg}: {w}\n"),
        None => format!("{msg}:\n"),
    };
    crate::modules::stdio::write_stderr(vm, &head);
    crate::modules::tb_print::print_exception(vm, e);
}

/// `PyErr_WriteUnraisable`: "Exception ignored in: <obj>" and the traceback, to stderr.
pub fn write_unraisable(vm: &Vm, e: &PyRef, what: Option<&str>) {
    write_unraisable_msg(vm, e, "Exception ignored in", what);
}

/// `_PyErr_WriteUnraisableMsg`: as `write_unraisable` with another lead-in ("Exception
/// ignored in thread started by").
pub fn write_unraisable_msg(vm: &Vm, e: &PyRef, msg: &str, what: Option<&str>) {
    crate::modules::stdio::flush_stdout(vm);
    print_unraisable(vm, e, msg, what);
}

/// The boot-time struct sequence factory (`_structseq`), for types made on first use.
static STRUCTSEQ: crate::object::GilStatic<std::cell::RefCell<Option<PyRef>>> =
    crate::object::GilStatic::new(std::cell::RefCell::new(None));
/// `UnraisableHookArgs`, the struct sequence a replaced `sys.unraisablehook` receives.
static UNRAISABLE_ARGS: crate::object::GilStatic<std::cell::RefCell<Option<PyRef>>> =
    crate::object::GilStatic::new(std::cell::RefCell::new(None));

/// `UnraisableHookArgs`, made the first time a replaced hook needs it.
fn unraisable_args_type(vm: &Vm) -> PyResult<PyRef> {
    if let Some(t) = UNRAISABLE_ARGS.with(|t| t.borrow().clone()) {
        return Ok(t);
    }
    let t = structseq_type(
        vm,
        "UnraisableHookArgs",
        &[
            "exc_type",
            "exc_value",
            "exc_traceback",
            "err_msg",
            "object",
        ],
    )?;
    UNRAISABLE_ARGS.with(|c| *c.borrow_mut() = Some(t.clone()));
    Ok(t)
}

/// A new struct sequence type `name` ("module.Name") with `fields`, made by the boot-time
/// factory (for the VM's own modules; `krait-stdlib` has its native `structseq`).
pub fn structseq_type(vm: &Vm, name: &str, fields: &[&str]) -> PyResult<PyRef> {
    let factory = STRUCTSEQ
        .with(|t| t.borrow().clone())
        .ok_or_else(|| vm.runtime_error("sys is not initialised"))?;
    let fields = vm.tuple(fields.iter().map(|f| vm.str(f)).collect());
    call::call(vm, &factory, &[vm.str(name), fields])
}

/// `PyErr_WriteUnraisable(obj)`: a replaced `sys.unraisablehook` gets an
/// `UnraisableHookArgs(exc_type, exc_value, exc_traceback, err_msg, object)`; the default
/// writes "Exception ignored in: <obj>" and the traceback (as does a hook that fails).
pub fn write_unraisable_in(vm: &Vm, e: &PyRef, obj: &PyRef) {
    write_unraisable_with(vm, e, None, obj);
}

/// `_PyErr_WriteUnraisableMsg(msg, obj)`: through a replaced `sys.unraisablehook` (which
/// gets `msg` as `err_msg`), else "msg: repr(obj)" and the traceback on stderr.
pub fn write_unraisable_with(vm: &Vm, e: &PyRef, msg: Option<&str>, obj: &PyRef) {
    if let (Some(hook), Some(default)) = (
        sys_attr(vm, "unraisablehook"),
        sys_attr(vm, "__unraisablehook__"),
    ) {
        if !hook.is(&default) && !vm.is_none(&hook) {
            let tb = e
                .as_exception()
                .and_then(|x| x.traceback.get())
                .unwrap_or_else(|| vm.none());
            let err_msg = msg.map(|m| vm.str(m)).unwrap_or_else(|| vm.none());
            let fields = vm.tuple(vec![e.class(), e.clone(), tb, err_msg, obj.clone()]);
            let r = unraisable_args_type(vm)
                .and_then(|ty| call::call(vm, &ty, &[fields]))
                .and_then(|a| call::call(vm, &hook, &[a]));
            match r {
                Ok(_) => return,
                Err(hook_err) => {
                    crate::modules::stdio::flush_stdout(vm);
                    print_unraisable(
                        vm,
                        &hook_err,
                        "Exception ignored in sys.unraisablehook",
                        None,
                    );
                }
            }
        }
    }
    let what = crate::protocols::repr::repr(vm, obj)
        .ok()
        .and_then(|r| r.as_str().map(str::to_string));
    write_unraisable_msg(
        vm,
        e,
        msg.unwrap_or("Exception ignored in"),
        what.as_deref(),
    );
}

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("exit", s_exit),
    MethodDef::method("getrecursionlimit", s_getrecursionlimit),
    MethodDef::method("setrecursionlimit", s_setrecursionlimit),
    MethodDef::method("getrefcount", s_getrefcount),
    MethodDef::method("getsizeof", s_getsizeof),
    MethodDef::method("intern", s_intern),
    MethodDef::method("exc_info", s_exc_info),
    MethodDef::method("exception", s_exception),
    MethodDef::method("_getframe", s_getframe),
    MethodDef::method("displayhook", s_displayhook),
    MethodDef::method("excepthook", s_excepthook),
    MethodDef::method("getdefaultencoding", s_getdefaultencoding),
    MethodDef::method("getfilesystemencoding", s_getdefaultencoding),
    MethodDef::method("get_int_max_str_digits", s_get_int_max_str_digits),
    MethodDef::method("set_int_max_str_digits", s_set_int_max_str_digits),
    MethodDef::method("getswitchinterval", s_getswitchinterval),
    MethodDef::method("setswitchinterval", s_setswitchinterval),
    MethodDef::method("settrace", s_settrace),
    MethodDef::method("setprofile", s_setprofile),
    MethodDef::method("gettrace", s_gettrace),
    MethodDef::method("getprofile", s_getprofile),
    MethodDef::method("audit", s_noop),
    MethodDef::method("addaudithook", s_noop),
    MethodDef::method("is_finalizing", s_is_finalizing),
    MethodDef::method("_current_frames", s_current_frames),
    MethodDef::method("unraisablehook", s_unraisablehook),
];

/// `_values(name, values, min, max)`: a struct sequence constructor's argument as a tuple of
/// `min..=max` items, with `structseq_new`'s errors. (Native, so the bootstrap source that is
/// compiled at every start stays small.)
fn bs_values(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let name = p[0].as_str().unwrap_or("").to_string();
    let values = crate::protocols::sequence::collect(vm, &p[1])
        .map_err(|_| vm.type_error("constructor requires a sequence"))?;
    let min = crate::objects::int::to_i64(vm, &p[2])? as usize;
    let max = crate::objects::int::to_i64(vm, &p[3])? as usize;
    let k = values.len();
    if k < min || k > max {
        let need = if min == max {
            format!("a {min}-sequence")
        } else if k < min {
            format!("an at least {min}-sequence")
        } else {
            format!("an at most {max}-sequence")
        };
        return Err(vm.type_error(format!("{name}() takes {need} ({k}-sequence given)")));
    }
    Ok(vm.tuple(values))
}

/// The setter of struct sequence fields.
fn bs_readonly(vm: &Vm, _args: Args) -> PyResult {
    Err(vm.attribute_error("readonly attribute"))
}

const BOOTSTRAP_HELPERS: &[MethodDef] = &[
    MethodDef::method("_values", bs_values),
    MethodDef::method("_readonly", bs_readonly),
];

const BOOTSTRAP: &str = r#"
def _structseq(name, fields, n_sequence=None):
    n = len(fields) if n_sequence is None else n_sequence
    class S(tuple):
        __slots__ = ()
        n_sequence_fields = n
        n_fields = len(fields)
        n_unnamed_fields = 0
        def __new__(cls, values):
            values = _values(name, values, n, len(fields))
            return tuple.__new__(cls, values[:n])
        def __repr__(self):
            return name + "(" + ", ".join("%s=%r" % (f, v) for f, v in zip(fields, self)) + ")"
        def __reduce__(self):
            return (type(self), (tuple(self),))
    for i, f in enumerate(fields):
        setattr(S, f, property(lambda self, i=i: tuple.__getitem__(self, i), _readonly))
    S.__name__ = name.rpartition(".")[2]
    S.__qualname__ = S.__name__
    S.__module__ = name.rpartition(".")[0] or "builtins"
    return S
"#;

/// Make the `sys` module.
pub fn init(vm: &Vm, argv: &[String], path: &[String], executable: &str) -> PyResult {
    let m = crate::objects::module::new_module(vm, "sys");
    let set = |n: &str, v: PyRef| crate::objects::module::set_attr(vm, &m, n, v);
    for def in FUNCTIONS {
        let f = crate::objects::builtin_func::new_function(vm, def, Some(m.clone()));
        // The original hooks are the same objects (`sys.excepthook is sys.__excepthook__`).
        if matches!(def.name, "displayhook" | "excepthook" | "unraisablehook") {
            set(&format!("__{}__", def.name), f.clone());
        }
        set(def.name, f);
    }
    set("argv", vm.list(argv.iter().map(|a| vm.str(a)).collect()));
    set(
        "orig_argv",
        vm.list(argv.iter().map(|a| vm.str(a)).collect()),
    );
    set("path", vm.list(path.iter().map(|p| vm.str(p)).collect()));
    set("modules", vm.sys_modules.clone());
    set("meta_path", vm.list(vec![]));
    set("path_hooks", vm.list(vec![]));
    set("path_importer_cache", vm.dict());
    set(
        "builtin_module_names",
        vm.tuple(vec![vm.str("builtins"), vm.str("sys")]),
    );
    set(
        "stdlib_module_names",
        crate::objects::set::new_frozenset_from(vm, &[])?,
    );
    set("version", vm.str(VERSION));
    set("hexversion", vm.int(0x030b07f0));
    set("api_version", vm.int(1013));
    set("platform", vm.str("linux"));
    set(
        "byteorder",
        vm.str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    set("maxsize", vm.int(i64::MAX));
    set("maxunicode", vm.int(0x10ffff));
    set("executable", vm.str(executable));
    set("_base_executable", vm.str(executable));
    set("prefix", vm.str("/usr/local"));
    set("exec_prefix", vm.str("/usr/local"));
    set("base_prefix", vm.str("/usr/local"));
    set("base_exec_prefix", vm.str("/usr/local"));
    set("platlibdir", vm.str("lib"));
    set("pycache_prefix", vm.none());
    set("dont_write_bytecode", vm.true_.clone());
    set("copyright", vm.str("Copyright (c) Krait authors."));
    set("float_repr_style", vm.str("short"));
    set("abiflags", vm.str(""));
    let unbuffered = vm.flags.borrow().unbuffered;
    let stdin = crate::modules::stdio::new_stream(vm, 0, "<stdin>", "r", unbuffered);
    let stdout = crate::modules::stdio::new_stream(vm, 1, "<stdout>", "w", unbuffered);
    let stderr = crate::modules::stdio::new_stream(vm, 2, "<stderr>", "w", unbuffered);
    set("stdin", stdin.clone());
    set("stdout", stdout.clone());
    set("stderr", stderr.clone());
    set("__stdin__", stdin);
    set("__stdout__", stdout);
    set("__stderr__", stderr);
    let wo: Vec<PyRef> = vm
        .flags
        .borrow()
        .warnoptions
        .iter()
        .map(|w| vm.str(w))
        .collect();
    set("warnoptions", vm.list(wo));
    set("_xoptions", vm.dict());
    *vm.sys.borrow_mut() = Some(m.clone());
    vm.sys_modules
        .as_dict()
        .expect("dict")
        .set_str(vm, "sys", m.clone());
    // Struct sequences.
    let g = vm.dict();
    g.as_dict()
        .expect("dict")
        .set_str(vm, "__builtins__", vm.builtins.clone());
    g.as_dict()
        .expect("dict")
        .set_str(vm, "__name__", vm.str("sys"));
    for def in BOOTSTRAP_HELPERS {
        let f = crate::objects::builtin_func::new_function(vm, def, None);
        g.as_dict().expect("dict").set_str(vm, def.name, f);
    }
    crate::Interpreter::exec_in(vm, BOOTSTRAP, "<sys bootstrap>", &g)?;
    let ss = g
        .as_dict()
        .expect("dict")
        .get_str("_structseq")
        .expect("bootstrap defines _structseq");
    STRUCTSEQ.with(|t| *t.borrow_mut() = Some(ss.clone()));
    let mk = |name: &str, fields: &[&str], values: Vec<PyRef>| -> PyResult {
        let names = vm.tuple(fields.iter().map(|f| vm.str(f)).collect());
        let ty = call::call(vm, &ss, &[vm.str(name), names])?;
        call::call(vm, &ty, &[vm.tuple(values)])
    };
    set(
        "version_info",
        mk(
            "sys.version_info",
            &["major", "minor", "micro", "releaselevel", "serial"],
            vec![vm.int(3), vm.int(11), vm.int(7), vm.str("final"), vm.int(0)],
        )?,
    );
    let f = vm.flags.borrow().clone();
    let b = |x: bool| vm.int(i64::from(x));
    set(
        "flags",
        mk(
            "sys.flags",
            &[
                "debug",
                "inspect",
                "interactive",
                "optimize",
                "dont_write_bytecode",
                "no_user_site",
                "no_site",
                "ignore_environment",
                "verbose",
                "bytes_warning",
                "quiet",
                "hash_randomization",
                "isolated",
                "dev_mode",
                "utf8_mode",
                "warn_default_encoding",
                "safe_path",
                "int_max_str_digits",
            ],
            vec![
                vm.int(0),
                b(f.inspect),
                b(f.interactive),
                vm.int(f.optimize as i64),
                b(f.dont_write_bytecode),
                b(f.no_user_site),
                b(f.no_site),
                b(f.ignore_environment),
                vm.int(f.verbose as i64),
                vm.int(0),
                b(f.quiet),
                vm.int(1),
                vm.int(0),
                vm.false_.clone(),
                vm.int(0),
                vm.int(0),
                vm.bool(f.safe_path),
                vm.int(-1),
            ],
        )?,
    );
    set(
        "float_info",
        mk(
            "sys.float_info",
            &[
                "max",
                "max_exp",
                "max_10_exp",
                "min",
                "min_exp",
                "min_10_exp",
                "dig",
                "mant_dig",
                "epsilon",
                "radix",
                "rounds",
            ],
            vec![
                vm.float(f64::MAX),
                vm.int(1024),
                vm.int(308),
                vm.float(f64::MIN_POSITIVE),
                vm.int(-1021),
                vm.int(-307),
                vm.int(15),
                vm.int(53),
                vm.float(f64::EPSILON),
                vm.int(2),
                vm.int(1),
            ],
        )?,
    );
    set(
        "int_info",
        mk(
            "sys.int_info",
            &[
                "bits_per_digit",
                "sizeof_digit",
                "default_max_str_digits",
                "str_digits_check_threshold",
            ],
            vec![vm.int(30), vm.int(4), vm.int(4300), vm.int(640)],
        )?,
    );
    set(
        "hash_info",
        mk(
            "sys.hash_info",
            &[
                "width",
                "modulus",
                "inf",
                "nan",
                "imag",
                "algorithm",
                "hash_bits",
                "seed_bits",
                "cutoff",
            ],
            vec![
                vm.int(64),
                vm.int(crate::protocols::compare::HASH_MODULUS as i64),
                vm.int(314159),
                vm.int(0),
                vm.int(1000003),
                vm.str("siphash13"),
                vm.int(64),
                vm.int(128),
                vm.int(0),
            ],
        )?,
    );
    let imp = PyRef::new(&vm.t.simple_namespace, Payload::Empty);
    let d = vm.dict();
    imp.set_dict(Some(d.clone()));
    let dd = d.as_dict().expect("dict");
    dd.set_str(vm, "name", vm.str("krait"));
    dd.set_str(vm, "cache_tag", vm.none());
    dd.set_str(
        vm,
        "version",
        sys_attr(vm, "version_info").unwrap_or_else(|| vm.none()),
    );
    dd.set_str(vm, "hexversion", vm.int(0x030b07f0));
    dd.set_str(vm, "_multiarch", vm.str("x86_64-linux-gnu"));
    set("implementation", imp);
    Ok(m)
}
