//! The embedding API: `Interpreter::new`, running files, source and modules, and the exit
//! protocol of CPython's `Py_RunMain` (SystemExit codes, the default excepthook, atexit,
//! flushing the standard streams). Also the boot sequence that builds a `Vm`.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use crate::intern::Names;
use crate::object::PyRef;
use crate::objects::types_registry::Types;
use crate::objects::Payload;
use crate::vm::{PyResult, SourceLookup, Vm};

/// How an interpreter is set up (what the command line decides).
#[derive(Clone, Default)]
pub struct Config {
    pub argv: Vec<String>,
    pub path: Vec<String>,
    pub executable: String,
    pub flags: crate::modules::sys::Flags,
    pub stdlib: Option<SourceLookup>,
    pub stdlib_code: Option<crate::vm::CodeLookup>,
    pub native_modules: Vec<(&'static str, crate::vm::ModuleInit)>,
}

pub struct Interpreter {
    pub vm: std::mem::ManuallyDrop<Box<Vm>>,
}

fn build_vm(config: &Config) -> Vm {
    let t = Types::boot();
    let names = Names::new(&t.str);
    let singleton = |ty: &PyRef| {
        let o = PyRef::new(ty, Payload::Empty);
        o.make_immortal();
        o
    };
    let none = singleton(&t.none_type);
    let ellipsis = singleton(&t.ellipsis_type);
    let not_implemented = singleton(&t.not_implemented_type);
    let null = singleton(&t.null_type);
    let mk_bool = |v: i64| {
        let o = PyRef::new(&t.bool, Payload::Int(v));
        o.make_immortal();
        o
    };
    let true_ = mk_bool(1);
    let false_ = mk_bool(0);
    let small_ints: Box<[PyRef]> = (-5..=256i64)
        .map(|v| {
            let o = PyRef::new(&t.int, Payload::Int(v));
            o.make_immortal();
            o
        })
        .collect();
    let empty_tuple = PyRef::new(&t.tuple, Payload::Tuple(Box::new([])));
    empty_tuple.make_immortal();
    let empty_str = PyRef::new(
        &t.str,
        Payload::Str(crate::objects::str::PyStr::new("".into())),
    );
    empty_str.make_immortal();
    let builtins = PyRef::new(
        &t.module,
        Payload::Module(Box::new(crate::objects::module::PyModule {})),
    );
    builtins.make_immortal();
    let builtins_dict = PyRef::new(&t.dict, Payload::Dict(Box::default()));
    builtins.set_dict(Some(builtins_dict.clone()));
    let sys_modules = PyRef::new(&t.dict, Payload::Dict(Box::default()));
    let mut interned = HashMap::new();
    for n in names.all() {
        interned.insert(std::rc::Rc::from(n.as_str().unwrap_or("")), n.clone());
    }
    let latin1 = (0..256).map(|_| std::cell::OnceCell::new()).collect();
    let gc_garbage = PyRef::new(&t.list, Payload::List(RefCell::new(Vec::new())));
    let gc_callbacks = PyRef::new(&t.list, Payload::List(RefCell::new(Vec::new())));
    Vm {
        t,
        names,
        none,
        true_,
        false_,
        ellipsis,
        not_implemented,
        null,
        empty_tuple,
        empty_str,
        latin1,
        small_ints,
        interned: RefCell::new(interned),
        builtins,
        builtins_dict,
        sys_modules,
        sys: RefCell::new(None),
        frames: RefCell::new(Vec::new()),
        handled: crate::object::ObjSlot::new(None),
        trace_hooks: [
            crate::object::ObjSlot::new(None),
            crate::object::ObjSlot::new(None),
        ],
        depth: Cell::new(0),
        recursion_limit: Cell::new(1000),
        native_modules: RefCell::new(
            config
                .native_modules
                .iter()
                .cloned()
                .chain(crate::modules::native_modules())
                .collect(),
        ),
        stdlib_source: Cell::new(config.stdlib),
        stdlib_code: Cell::new(config.stdlib_code),
        retired_types: RefCell::new(Vec::new()),
        flags: RefCell::new(config.flags.clone()),
        stack_limit: Cell::new(0),
        int_max_str_digits: Cell::new(4300),
        atexit: RefCell::new(Vec::new()),
        gc_garbage,
        gc_callbacks,
        frame_pool: RefCell::new(Vec::new()),
    }
}

/// Interpreter exit, as far as a program can observe CPython's `finalize_modules`: the
/// globals of `__main__` that have a finalizer are released first, in definition order
/// (each dies at once unless a cycle holds it), then a collection finalizes the cyclic
/// ones, then the other globals are released in order and a last collection frees what
/// they held in cycles. Names are rebound to None, as CPython's module clearing does, so a
/// late `__del__` still finds every name.
fn finalize_main(vm: &Vm) {
    let Some(main) = vm.sys_modules.as_dict().and_then(|d| d.get_str("__main__")) else {
        return;
    };
    let Some(dict) = main.dict() else {
        return;
    };
    let d = dict.as_dict().expect("a module dict");
    for with_finalizer in [true, false] {
        for (k, v) in d.items() {
            if k.as_str() == Some("__builtins__") || vm.is_none(&v) {
                continue;
            }
            let fin =
                v.flags() & crate::object::FLAG_FINALIZED == 0 && crate::objects::has_finalizer(&v);
            if fin != with_finalizer {
                continue;
            }
            drop(v);
            let _ = d.set(vm, k, vm.none());
            crate::objects::object::run_pending_finalizers(vm);
        }
        crate::gc::collect::collect_no_callbacks(vm);
        crate::objects::object::run_pending_finalizers(vm);
    }
}

fn init_types(vm: &Vm) {
    use crate::objects as o;
    o::object::init(vm);
    o::type_call::init(vm);
    o::none::init(vm);
    o::int::init(vm);
    o::bool_::init(vm);
    o::float::init(vm);
    o::complex::init(vm);
    o::str_methods::init(vm);
    o::bytes::init(vm);
    o::bytearray::init(vm);
    o::memoryview::init(vm);
    o::list_methods::init(vm);
    o::tuple::init(vm);
    o::dict_methods::init(vm);
    o::set::init(vm);
    o::range::init(vm);
    o::weakref::init(vm);
    o::slice::init(vm);
    o::function::init(vm);
    o::builtin_func::init(vm);
    o::code::init(vm);
    o::frame::init(vm);
    o::cell::init(vm);
    o::module::init(vm);
    o::property::init(vm);
    o::super_::init(vm);
    o::exceptions::init(vm);
    o::traceback::init(vm);
    o::generator::init(vm);
    o::iter::init(vm);
    o::namespace::init(vm);
    o::generic_alias::init(vm);
    o::generic_alias::init_union(vm);
    vm.t.function.as_type().expect("type").flags.set(
        vm.t.function.as_type().expect("type").flags.get() | crate::objects::type_::INSTANCE_DICT,
    );
    // Every builtin type is "builtins.<name>" and gets a __doc__.
    for ty in vm.t.all() {
        let td = ty.as_type().expect("type");
        if td.dict.get_str("__doc__").is_none() {
            td.dict.set_str(vm, "__doc__", vm.none());
        }
    }
    crate::objects::type_::bump_epoch();
}

impl Interpreter {
    /// Boot an interpreter: types, builtins, sys.
    pub fn new(config: Config) -> PyResult<Interpreter> {
        let hash_seed = std::env::var("PYTHONHASHSEED")
            .ok()
            .and_then(|s| s.parse::<u64>().ok());
        let keys = match hash_seed {
            Some(s) => (s, s.rotate_left(17) ^ 0x9e37_79b9_7f4a_7c15),
            None => {
                let mut buf = [0u8; 16];
                // SAFETY: getrandom fills the buffer it is given.
                unsafe { libc::getrandom(buf.as_mut_ptr() as *mut libc::c_void, 16, 0) };
                (
                    u64::from_le_bytes(buf[..8].try_into().unwrap_or([0; 8])),
                    u64::from_le_bytes(buf[8..].try_into().unwrap_or([0; 8])),
                )
            }
        };
        crate::objects::str::set_hash_keys(keys);
        // The creating thread is the main thread and holds the GIL from now on.
        crate::gil::init_main_thread();
        let vm = Box::new(build_vm(&config));
        let marker = 0u8;
        let sp = &marker as *const u8 as usize;
        vm.stack_limit
            .set(sp.saturating_sub(crate::STACK_SIZE - 512 * 1024));
        init_types(&vm);
        crate::modules::builtins::init(&vm);
        vm.sys_modules
            .as_dict()
            .expect("dict")
            .set_str(&vm, "builtins", vm.builtins.clone());
        crate::modules::sys::init(&vm, &config.argv, &config.path, &config.executable)?;
        crate::modules::_signal::init_signals(&vm);
        Ok(Interpreter {
            vm: std::mem::ManuallyDrop::new(vm),
        })
    }

    /// Compile and run `source` in the namespace dict `globals`.
    pub fn exec_in(vm: &Vm, source: &str, filename: &str, globals: &PyRef) -> PyResult {
        let code = crate::modules::builtins_exec::compile_source(
            vm,
            source,
            filename,
            krait_compiler::Mode::Exec,
        )?;
        crate::interp::frame::run_code(vm, &code, globals, Some(globals.clone()))
    }

    /// A fresh `__main__` module.
    pub fn main_module(&self, file: Option<&str>) -> PyRef {
        let vm = &self.vm;
        let m = crate::objects::module::new_module(vm, "__main__");
        let d = m.dict().expect("dict");
        let dd = d.as_dict().expect("dict");
        dd.set_str(vm, "__builtins__", vm.builtins.clone());
        if let Some(f) = file {
            dd.set_str(vm, "__file__", vm.str(f));
        }
        vm.sys_modules
            .as_dict()
            .expect("dict")
            .set_str(vm, "__main__", m.clone());
        m
    }

    /// Run `source` as the `__main__` module.
    pub fn run_main_source(&self, source: &str, filename: &str, set_file: bool) -> PyResult {
        let m = self.main_module(if set_file { Some(filename) } else { None });
        let d = m.dict().expect("dict");
        if !filename.starts_with('<') {
            crate::modules::tb_print::register_source(filename, source);
        } else if filename == "<string>" {
            // `-c` code: CPython shows no source lines.
        }
        Interpreter::exec_in(&self.vm, source, filename, &d)
    }

    /// Run the `__main__` module of the directory or zip file at `sys.path[0]` as the program,
    /// as CPython does for `python app.zip` (`runpy._run_module_as_main("__main__", False)`).
    pub fn run_main_container(&self) -> PyResult {
        let vm = &self.vm;
        self.main_module(None);
        let runpy = crate::import::import_module(vm, "runpy")?;
        let run = crate::protocols::attr::getattr_str(vm, &runpy, "_run_module_as_main")?;
        crate::protocols::call::call(vm, &run, &[vm.str("__main__"), vm.false_.clone()])
    }

    /// Run module `name` as `__main__` (`-m`).
    pub fn run_module(&self, name: &str) -> PyResult {
        let vm = &self.vm;
        let found = crate::import::find_module_source(vm, name)?;
        match found {
            Some((source, path, is_package)) => {
                if is_package {
                    return self.run_module(&format!("{name}.__main__"));
                }
                let m = crate::objects::module::new_module(vm, "__main__");
                let d = m.dict().expect("dict");
                let dd = d.as_dict().expect("dict");
                dd.set_str(vm, "__builtins__", vm.builtins.clone());
                dd.set_str(vm, "__file__", vm.str(&path));
                let pkg = name.rsplit_once('.').map_or("", |p| p.0);
                dd.set_str(vm, "__package__", vm.str(pkg));
                vm.sys_modules
                    .as_dict()
                    .expect("dict")
                    .set_str(vm, "__main__", m.clone());
                if let Some(argv) = crate::modules::sys::sys_attr(vm, "argv") {
                    if let Some(l) = argv.as_list() {
                        if let Some(first) = l.borrow_mut().first_mut() {
                            *first = vm.str(&path);
                        }
                    }
                }
                crate::modules::tb_print::register_source(&path, &source);
                Interpreter::exec_in(vm, &source, &path, &d)
            }
            None => Err(vm.import_error_msg(&format!("No module named {name}"))),
        }
    }

    /// Turn the result of running the program into an exit status, printing an uncaught
    /// exception as CPython does; then run atexit handlers and flush the streams.
    pub fn finish(&self, result: PyResult) -> i32 {
        let vm = &self.vm;
        crate::objects::object::run_pending_finalizers(vm);
        let mut status = match result {
            Ok(_) => 0,
            Err(e) => self.handle_exception(&e),
        };
        self.wait_for_threads();
        let callbacks: Vec<_> = vm.atexit.borrow_mut().drain(..).collect();
        for (f, args, kwargs) in callbacks.into_iter().rev() {
            let names: Vec<PyRef> = kwargs.iter().map(|(k, _)| k.clone()).collect();
            let mut vals = args.clone();
            vals.extend(kwargs.iter().map(|(_, v)| v.clone()));
            if let Err(e) =
                crate::protocols::call::call_args(vm, &f, crate::vm::Args::with_kw(&vals, &names))
            {
                if vm.exc_matches(&e, &vm.t.system_exit) {
                    status = self.handle_exception(&e);
                } else {
                    let what = crate::protocols::repr::repr(vm, &f)
                        .ok()
                        .and_then(|r| r.as_str().map(|s| s.to_string()));
                    crate::modules::sys::write_unraisable(
                        vm,
                        &e,
                        what.as_deref()
                            .map(|w| format!("atexit callback {w}"))
                            .as_deref(),
                    );
                }
            }
        }
        crate::objects::object::run_pending_finalizers(vm);
        // From here on other threads never run Python code again (daemon threads are
        // abandoned where they stand).
        crate::gil::start_finalizing();
        finalize_main(vm);
        crate::modules::stdio::flush_stdout(vm);
        if let Some(err) = crate::modules::sys::sys_attr(vm, "stderr") {
            if let Some(s) = err.native::<crate::modules::stdio::StdStream>() {
                s.flush();
            }
        }
        status
    }

    /// `threading._shutdown()` when `threading` was imported: wait for every non-daemon
    /// thread (CPython's `wait_for_thread_shutdown`). Errors (Ctrl-C while waiting) are
    /// reported as unraisable.
    fn wait_for_threads(&self) {
        let vm = &self.vm;
        let threading = vm
            .sys_modules
            .as_dict()
            .and_then(|d| d.get_str("threading"));
        let Some(threading) = threading else { return };
        let r = crate::protocols::call::call_method(vm, &threading, "_shutdown", &[]);
        if let Err(e) = r {
            let what = crate::protocols::repr::repr(vm, &threading)
                .ok()
                .and_then(|r| r.as_str().map(|s| s.to_string()));
            crate::modules::sys::write_unraisable(vm, &e, what.as_deref());
        }
        crate::objects::object::run_pending_finalizers(vm);
    }

    /// SystemExit to a status, anything else to the excepthook and status 1.
    pub fn handle_exception(&self, e: &PyRef) -> i32 {
        let vm = &self.vm;
        if vm.exc_matches(e, &vm.t.system_exit) {
            let code = e
                .as_exception()
                .and_then(|x| x.attr("code"))
                .unwrap_or_else(|| vm.none());
            if vm.is_none(&code) {
                return 0;
            }
            if let Payload::Int(i) = code.payload {
                return i as i32;
            }
            crate::modules::stdio::flush_stdout(vm);
            let s = crate::protocols::repr::str(vm, &code)
                .ok()
                .and_then(|s| s.as_str().map(|x| x.to_string()))
                .unwrap_or_default();
            crate::modules::stdio::write_stderr(vm, &format!("{s}\n"));
            return 1;
        }
        crate::modules::stdio::flush_stdout(vm);
        let hook = crate::modules::sys::sys_attr(vm, "excepthook");
        let tb = e
            .as_exception()
            .and_then(|x| x.traceback.get())
            .unwrap_or_else(|| vm.none());
        let r = match hook {
            Some(h) => {
                crate::protocols::call::call(vm, &h, &[e.class(), e.clone(), tb]).map(|_| ())
            }
            None => {
                crate::modules::stdio::write_stderr(vm, "sys.excepthook is missing\n");
                crate::modules::tb_print::print_exception(vm, e);
                Ok(())
            }
        };
        if let Err(e2) = r {
            crate::modules::stdio::write_stderr(vm, "Error in sys.excepthook:\n");
            crate::modules::tb_print::print_exception(vm, &e2);
            crate::modules::stdio::write_stderr(vm, "\nOriginal exception was:\n");
            crate::modules::tb_print::print_exception(vm, e);
        }
        1
    }
}

impl Drop for Interpreter {
    /// Free the VM, then let go of the GIL, so another interpreter can be made in this
    /// process (tests).
    fn drop(&mut self) {
        // SAFETY: the VM is dropped exactly once, here, and `self` is not used afterwards.
        unsafe { std::mem::ManuallyDrop::drop(&mut self.vm) };
        crate::gil::release_for_new_thread();
    }
}
