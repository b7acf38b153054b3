//! _imp: mirrors the parts of `Python/import.c`'s `_imp` module that Python-written import
//! code needs: `is_builtin`, `is_frozen`, and `get_frozen_source`, the source of a module of
//! the standard library embedded in the binary (Krait's counterpart of CPython's frozen
//! modules), which `runpy` uses to run one without importing it.

use krait_vm::objects::module::new_module;
use krait_vm::{Args, MethodDef, PyResult, Vm};

fn name_arg(vm: &Vm, args: &Args, fname: &str) -> PyResult<String> {
    match args.pos() {
        [n] => n.as_str().map(str::to_string).ok_or_else(|| {
            vm.type_error(format!(
                "{fname}() argument must be str, not {}",
                vm.type_name(n)
            ))
        }),
        p => Err(vm.type_error(format!(
            "{fname}() takes exactly one argument ({} given)",
            p.len()
        ))),
    }
}

/// `is_builtin(name)`: 1 for a module compiled into the interpreter, else 0.
fn is_builtin(vm: &Vm, args: Args) -> PyResult {
    let name = name_arg(vm, &args, "is_builtin")?;
    Ok(vm.int(i64::from(krait_vm::import::is_builtin_module(vm, &name))))
}

/// `is_frozen(name)`: whether `name` is a module of the embedded standard library.
fn is_frozen(vm: &Vm, args: Args) -> PyResult {
    let name = name_arg(vm, &args, "is_frozen")?;
    Ok(vm.bool(crate::lookup(&name).is_some()))
}

/// `get_frozen_source(name)`: `(source, is_package)` of an embedded module, or None.
fn get_frozen_source(vm: &Vm, args: Args) -> PyResult {
    let name = name_arg(vm, &args, "get_frozen_source")?;
    Ok(match crate::lookup(&name) {
        Some((source, is_package)) => vm.tuple(vec![vm.str(source), vm.bool(is_package)]),
        None => vm.none(),
    })
}

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("is_builtin", is_builtin),
    MethodDef::method("is_frozen", is_frozen),
    MethodDef::method("get_frozen_source", get_frozen_source),
];

pub fn init(vm: &Vm) -> PyResult {
    let m = new_module(vm, "_imp");
    crate::add_functions(vm, &m, FUNCTIONS);
    Ok(m)
}
