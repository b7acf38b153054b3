//! `posix.scandir` and `posix.DirEntry`: mirrors the scandir part of
//! `Modules/posixmodule.c`. Entries carry the directory entry's type, so `is_dir()` and
//! friends need no system call unless they must follow a symlink; `stat()` results are
//! cached per entry.

use std::any::Any;
use std::cell::RefCell;
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::DirEntryExt;

use krait_vm::object::PyObject;
use krait_vm::objects::descr::add_getset;
use krait_vm::objects::NativeData;
use krait_vm::{Args, MethodDef, Payload, PyRef, PyResult, Vm};

use crate::args::{bool_arg, parse, Spec};
use crate::posix::{os_name, path_arg, stat_raw, stat_result, Accepts};

/// What the directory entry says about the file's type.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Dir,
    File,
    Symlink,
    Other,
}

pub struct DirEntry {
    name: PyRef,
    path: PyRef,
    c_path: CString,
    kind: Kind,
    ino: u64,
    stat: RefCell<Option<PyRef>>,
    lstat: RefCell<Option<PyRef>>,
}

impl NativeData for DirEntry {
    fn as_any(&self) -> &dyn Any {
        self
    }

    fn traverse(&self, visit: &mut dyn FnMut(&PyObject)) {
        visit(&self.name);
        visit(&self.path);
        for cache in [&self.stat, &self.lstat] {
            if let Ok(c) = cache.try_borrow() {
                if let Some(st) = c.as_deref() {
                    visit(st);
                }
            }
        }
    }

    fn clear(&self) {
        // `RefCell::take` has ended its borrow by the time the value is dropped.
        drop(self.stat.take());
        drop(self.lstat.take());
    }
}

pub struct ScandirIter {
    dir: RefCell<Option<std::fs::ReadDir>>,
    /// The directory as given (joined with each name for `DirEntry.path`).
    base: Vec<u8>,
    is_bytes: bool,
    path_obj: PyRef,
}

impl NativeData for ScandirIter {
    fn as_any(&self) -> &dyn Any {
        self
    }

    fn traverse(&self, visit: &mut dyn FnMut(&PyObject)) {
        visit(&self.path_obj);
    }
}

static TYPES: krait_vm::object::GilStatic<RefCell<Option<(PyRef, PyRef)>>> =
    krait_vm::object::GilStatic::new(RefCell::new(None));

/// A native type named `module.name` with the short name as its qualname.
fn named_type(vm: &Vm, name: &str, qualname: &str, methods: &'static [MethodDef]) -> PyRef {
    // Not subclassable from Python, as in CPython.
    let t = krait_vm::modules::builtins::new_sealed_native_type(vm, name, "posix", methods);
    if let Some(td) = t.as_type() {
        *td.qualname.borrow_mut() = qualname.to_string();
    }
    t
}

fn types(vm: &Vm) -> (PyRef, PyRef) {
    if let Some(t) = TYPES.with(|t| t.borrow().clone()) {
        return t;
    }
    let entry = named_type(vm, "posix.DirEntry", "DirEntry", ENTRY_METHODS);
    add_getset(vm, &entry, "name", g_name, None);
    add_getset(vm, &entry, "path", g_path, None);
    let iter = named_type(vm, "posix.ScandirIterator", "ScandirIterator", ITER_METHODS);
    let t = (entry, iter);
    TYPES.with(|ts| *ts.borrow_mut() = Some(t.clone()));
    t
}

pub fn dir_entry_type(vm: &Vm) -> PyRef {
    types(vm).0
}

/// `scandir(path='.')`.
pub fn scandir(vm: &Vm, args: Args) -> PyResult {
    const SPEC: Spec = Spec {
        fname: "scandir",
        names: &["path"],
        positional: 1,
        required: 0,
    };
    let a = parse(vm, &args, &SPEC)?;
    let dot = vm.str(".");
    let p = a[0].filter(|p| !vm.is_none(p)).unwrap_or(&dot);
    let path = path_arg(vm, p, "scandir", "path", Accepts::PathFdOrNone)?;
    let os = std::ffi::OsStr::from_bytes(path.bytes());
    let rd = std::fs::read_dir(os).map_err(|e| {
        krait_vm::objects::exceptions::os_error_from_errno(
            vm,
            e.raw_os_error().unwrap_or(0),
            Some(path.obj.clone()),
        )
    })?;
    let it = ScandirIter {
        dir: RefCell::new(Some(rd)),
        base: path.bytes().to_vec(),
        is_bytes: path.is_bytes,
        path_obj: path.obj.clone(),
    };
    Ok(PyRef::new(&types(vm).1, Payload::Native(Box::new(it))))
}

fn iter_state<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a ScandirIter> {
    o.native::<ScandirIter>()
        .ok_or_else(|| vm.type_error("expected a ScandirIterator"))
}

fn entry_state<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a DirEntry> {
    o.native::<DirEntry>().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'posix.DirEntry' object but received a '{}'",
            vm.type_name(o)
        ))
    })
}

fn it_iter(_vm: &Vm, args: Args) -> PyResult {
    Ok(args.pos()[0].clone())
}

fn it_next(vm: &Vm, args: Args) -> PyResult {
    let st = iter_state(vm, &args.pos()[0])?;
    let next = match st.dir.borrow_mut().as_mut() {
        Some(rd) => rd.next(),
        None => None,
    };
    let Some(entry) = next else {
        st.dir.borrow_mut().take();
        return Err(vm.stop_iteration(None));
    };
    let entry = entry.map_err(|e| {
        krait_vm::objects::exceptions::os_error_from_errno(
            vm,
            e.raw_os_error().unwrap_or(0),
            Some(st.path_obj.clone()),
        )
    })?;
    let name = entry.file_name();
    let name = name.as_bytes();
    let mut full = st.base.clone();
    if !full.ends_with(b"/") {
        full.push(b'/');
    }
    full.extend_from_slice(name);
    let kind = match entry.file_type() {
        Ok(t) if t.is_symlink() => Kind::Symlink,
        Ok(t) if t.is_dir() => Kind::Dir,
        Ok(t) if t.is_file() => Kind::File,
        _ => Kind::Other,
    };
    let e = DirEntry {
        name: os_name(vm, name, st.is_bytes),
        path: os_name(vm, &full, st.is_bytes),
        c_path: CString::new(full).map_err(|_| vm.value_error("embedded null byte"))?,
        kind,
        ino: entry.ino(),
        stat: RefCell::new(None),
        lstat: RefCell::new(None),
    };
    Ok(PyRef::new(&types(vm).0, Payload::Native(Box::new(e))))
}

fn it_close(vm: &Vm, args: Args) -> PyResult {
    iter_state(vm, &args.pos()[0])?.dir.borrow_mut().take();
    Ok(vm.none())
}

fn it_enter(_vm: &Vm, args: Args) -> PyResult {
    Ok(args.pos()[0].clone())
}

fn it_exit(vm: &Vm, args: Args) -> PyResult {
    it_close(vm, Args::new(&args.pos()[..1]))?;
    Ok(vm.false_.clone())
}

const ITER_METHODS: &[MethodDef] = &[
    MethodDef::method("__iter__", it_iter),
    MethodDef::method("__next__", it_next),
    MethodDef::method("close", it_close),
    MethodDef::method("__enter__", it_enter),
    MethodDef::method("__exit__", it_exit),
];

fn g_name(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(entry_state(vm, o)?.name.clone())
}

fn g_path(vm: &Vm, o: &PyRef) -> PyResult {
    Ok(entry_state(vm, o)?.path.clone())
}

/// The entry's stat result, following symlinks or not; cached.
fn entry_stat(vm: &Vm, e: &DirEntry, follow: bool) -> PyResult {
    let follow = follow && e.kind == Kind::Symlink;
    let cache = if follow { &e.stat } else { &e.lstat };
    if let Some(s) = cache.borrow().clone() {
        return Ok(s);
    }
    let st = stat_raw(libc::AT_FDCWD, &e.c_path, follow).map_err(|err| {
        krait_vm::objects::exceptions::os_error_from_errno(vm, err, Some(e.path.clone()))
    })?;
    let r = stat_result(vm, &st);
    *cache.borrow_mut() = Some(r.clone());
    Ok(r)
}

const FOLLOW_SPEC: Spec = Spec {
    fname: "is_dir",
    names: &["follow_symlinks"],
    positional: 0,
    required: 0,
};

/// `is_dir`/`is_file`: the entry's own type, or the target's when following a symlink
/// (a dangling link is neither).
fn test_kind(vm: &Vm, args: Args, want: Kind, mode_bits: u32) -> PyResult {
    let e = entry_state(vm, &args.pos()[0])?;
    let a = parse(vm, &args.skip_self(), &FOLLOW_SPEC)?;
    let follow = bool_arg(vm, a[0], true)?;
    if follow && e.kind == Kind::Symlink {
        return match entry_stat(vm, e, true) {
            Ok(st) => {
                let mode = krait_vm::protocols::sequence::getitem(vm, &st, &vm.int(0))?;
                let mode = crate::args::int_arg(vm, &mode)? as u32;
                Ok(vm.bool(mode & libc::S_IFMT == mode_bits))
            }
            Err(err) if vm.exc_matches(&err, &vm.t.file_not_found_error) => Ok(vm.false_.clone()),
            Err(err) => Err(err),
        };
    }
    Ok(vm.bool(e.kind == want))
}

fn e_is_dir(vm: &Vm, args: Args) -> PyResult {
    test_kind(vm, args, Kind::Dir, libc::S_IFDIR)
}

fn e_is_file(vm: &Vm, args: Args) -> PyResult {
    test_kind(vm, args, Kind::File, libc::S_IFREG)
}

fn e_is_symlink(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.bool(entry_state(vm, &args.pos()[0])?.kind == Kind::Symlink))
}

fn e_stat(vm: &Vm, args: Args) -> PyResult {
    let e = entry_state(vm, &args.pos()[0])?;
    let a = parse(vm, &args.skip_self(), &FOLLOW_SPEC)?;
    entry_stat(vm, e, bool_arg(vm, a[0], true)?)
}

fn e_inode(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.bigint(entry_state(vm, &args.pos()[0])?.ino.into()))
}

fn e_fspath(vm: &Vm, args: Args) -> PyResult {
    Ok(entry_state(vm, &args.pos()[0])?.path.clone())
}

fn e_repr(vm: &Vm, args: Args) -> PyResult {
    let e = entry_state(vm, &args.pos()[0])?;
    let r = krait_vm::protocols::repr::repr(vm, &e.name)?;
    Ok(vm.string(format!("<DirEntry {}>", r.as_str().unwrap_or(""))))
}

const ENTRY_METHODS: &[MethodDef] = &[
    MethodDef::method("is_dir", e_is_dir),
    MethodDef::method("is_file", e_is_file),
    MethodDef::method("is_symlink", e_is_symlink),
    MethodDef::method("stat", e_stat),
    MethodDef::method("inode", e_inode),
    MethodDef::method("__fspath__", e_fspath),
    MethodDef::method("__repr__", e_repr),
];
