//! atexit: mirrors `Modules/atexitmodule.c`. Callbacks run in reverse order at exit
//! (`Interpreter::finish`).

use krait_vm::objects::module::new_module;
use krait_vm::{Args, MethodDef, PyResult, Vm};

fn register(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let f = p
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("register() takes at least 1 argument (0 given)"))?;
    if !krait_vm::protocols::call::is_callable(vm, &f) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let kw: Vec<_> = args.kwargs().map(|(k, v)| (vm.str(k), v.clone())).collect();
    vm.atexit
        .borrow_mut()
        .push((f.clone(), p[1..].to_vec(), kw));
    Ok(f)
}

fn unregister(vm: &Vm, args: Args) -> PyResult {
    let f = args
        .pos()
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("unregister() takes exactly one argument (0 given)"))?;
    let mut keep = Vec::new();
    let cbs: Vec<_> = vm.atexit.borrow_mut().drain(..).collect();
    for cb in cbs {
        if !krait_vm::protocols::compare::eq(vm, &cb.0, &f)? {
            keep.push(cb);
        }
    }
    *vm.atexit.borrow_mut() = keep;
    Ok(vm.none())
}

fn run_exitfuncs(vm: &Vm, _args: Args) -> PyResult {
    let cbs: Vec<_> = vm.atexit.borrow_mut().drain(..).collect();
    for (f, a, kw) in cbs.into_iter().rev() {
        let names: Vec<_> = kw.iter().map(|(k, _)| k.clone()).collect();
        let mut vals = a.clone();
        vals.extend(kw.iter().map(|(_, v)| v.clone()));
        krait_vm::protocols::call::call_args(vm, &f, Args::with_kw(&vals, &names))?;
    }
    Ok(vm.none())
}

fn clear(vm: &Vm, _args: Args) -> PyResult {
    vm.atexit.borrow_mut().clear();
    Ok(vm.none())
}

fn ncallbacks(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.usize(vm.atexit.borrow().len()))
}

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("register", register),
    MethodDef::method("unregister", unregister),
    MethodDef::method("_run_exitfuncs", run_exitfuncs),
    MethodDef::method("_clear", clear),
    MethodDef::method("_ncallbacks", ncallbacks),
];

pub fn init(vm: &Vm) -> PyResult {
    let m = new_module(vm, "atexit");
    krait_vm::objects::module::add_functions(vm, &m, FUNCTIONS);
    Ok(m)
}
