//! math: mirrors `Modules/mathmodule.c` (a first set of functions; completed with the rest of
//! the module's API).

use krait_vm::objects::module::{new_module, set_attr};
use krait_vm::{Args, MethodDef, PyResult, Vm};

fn arg_f(vm: &Vm, args: &Args, i: usize) -> PyResult<f64> {
    let o = args
        .pos()
        .get(i)
        .ok_or_else(|| vm.type_error("math function expected an argument"))?;
    krait_vm::objects::float::to_float(vm, o)
}

fn sqrt(vm: &Vm, args: Args) -> PyResult {
    let x = arg_f(vm, &args, 0)?;
    if x < 0.0 {
        return Err(vm.value_error("math domain error"));
    }
    Ok(vm.float(x.sqrt()))
}

fn floor(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    if let Some(v) = krait_vm::objects::int::int_val(o) {
        return Ok(vm.bigint(v.to_big()));
    }
    krait_vm::objects::float::float_to_int(vm, arg_f(vm, &args, 0)?.floor())
}

fn ceil(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    if let Some(v) = krait_vm::objects::int::int_val(o) {
        return Ok(vm.bigint(v.to_big()));
    }
    krait_vm::objects::float::float_to_int(vm, arg_f(vm, &args, 0)?.ceil())
}

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("sqrt", sqrt),
    MethodDef::method("floor", floor),
    MethodDef::method("ceil", ceil),
];

pub fn init(vm: &Vm) -> PyResult {
    let m = new_module(vm, "math");
    for def in FUNCTIONS {
        set_attr(
            vm,
            &m,
            def.name,
            krait_vm::objects::builtin_func::new_function(vm, def, Some(m.clone())),
        );
    }
    set_attr(vm, &m, "pi", vm.float(std::f64::consts::PI));
    set_attr(vm, &m, "e", vm.float(std::f64::consts::E));
    set_attr(vm, &m, "tau", vm.float(std::f64::consts::TAU));
    set_attr(vm, &m, "inf", vm.float(f64::INFINITY));
    set_attr(vm, &m, "nan", vm.float(f64::NAN));
    Ok(m)
}
