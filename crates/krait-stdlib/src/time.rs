//! time: mirrors `Modules/timemodule.c` (a first set of functions).

use krait_vm::objects::module::{new_module, set_attr};
use krait_vm::{Args, MethodDef, PyResult, Vm};

fn now(clock: libc::clockid_t) -> f64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes into the timespec it is given.
    unsafe { libc::clock_gettime(clock, &mut ts) };
    ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9
}

fn time(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.float(now(libc::CLOCK_REALTIME)))
}

fn perf_counter(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.float(now(libc::CLOCK_MONOTONIC)))
}

fn process_time(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.float(now(libc::CLOCK_PROCESS_CPUTIME_ID)))
}

fn sleep(vm: &Vm, args: Args) -> PyResult {
    let s = krait_vm::objects::float::to_float(vm, &args.pos()[0])?;
    if s < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative"));
    }
    krait_vm::modules::stdio::flush_stdout(vm);
    std::thread::sleep(std::time::Duration::from_secs_f64(s));
    Ok(vm.none())
}

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("time", time),
    MethodDef::method("perf_counter", perf_counter),
    MethodDef::method("monotonic", perf_counter),
    MethodDef::method("process_time", process_time),
    MethodDef::method("sleep", sleep),
];

pub fn init(vm: &Vm) -> PyResult {
    let m = new_module(vm, "time");
    for def in FUNCTIONS {
        set_attr(
            vm,
            &m,
            def.name,
            krait_vm::objects::builtin_func::new_function(vm, def, Some(m.clone())),
        );
    }
    Ok(m)
}
