//! Argument parsing for native module functions with named parameters, giving Argument
//! Clinic's error messages (`Python/getargs.c`, `_PyArg_UnpackKeywords`).

use krait_vm::{Args, PyRef, PyResult, Vm};

/// The parameters of a function: names in order, how many may be passed by position (the
/// rest are keyword-only) and how many are required.
pub struct Spec {
    pub fname: &'static str,
    pub names: &'static [&'static str],
    pub positional: usize,
    pub required: usize,
}

/// Bind `args` to `spec`'s parameters; missing optional ones are None.
pub fn parse<'a>(vm: &Vm, args: &Args<'a>, spec: &Spec) -> PyResult<Vec<Option<&'a PyRef>>> {
    let pos = args.pos();
    let mut out: Vec<Option<&PyRef>> = vec![None; spec.names.len()];
    if pos.len() > spec.positional {
        let what = if spec.positional < spec.names.len() {
            "positional argument"
        } else {
            "argument"
        };
        let plural = if spec.positional == 1 { "" } else { "s" };
        let msg = if spec.positional == spec.required && spec.names.len() == spec.positional {
            format!(
                "{}() takes exactly {} {what}{plural} ({} given)",
                spec.fname,
                spec.positional,
                pos.len()
            )
        } else {
            format!(
                "{}() takes at most {} {what}{plural} ({} given)",
                spec.fname,
                spec.positional,
                pos.len()
            )
        };
        return Err(vm.type_error(msg));
    }
    for (slot, v) in out.iter_mut().zip(pos.iter()) {
        *slot = Some(v);
    }
    for (k, v) in args.kwargs() {
        let Some(i) = spec.names.iter().position(|n| *n == k) else {
            return Err(vm.type_error(format!(
                "'{k}' is an invalid keyword argument for {}()",
                spec.fname
            )));
        };
        if out[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for {}() given by name ('{k}') and position ({})",
                spec.fname,
                i + 1
            )));
        }
        out[i] = Some(v);
    }
    for (i, slot) in out.iter().enumerate().take(spec.required) {
        if slot.is_none() {
            return Err(vm.type_error(format!(
                "{}() missing required argument '{}' (pos {})",
                spec.fname,
                spec.names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// An int argument as `i64` (`__index__`), OverflowError past the C long range.
pub fn int_arg(vm: &Vm, o: &PyRef) -> PyResult<i64> {
    krait_vm::objects::int::to_i64(vm, o)
}

/// An int argument that must fit a C int.
pub fn c_int(vm: &Vm, o: &PyRef) -> PyResult<i32> {
    let v = int_arg(vm, o)?;
    i32::try_from(v).map_err(|_| {
        vm.overflow_error(if v > 0 {
            "signed integer is greater than maximum"
        } else {
            "signed integer is less than minimum"
        })
    })
}

/// A boolean argument (any object, by truth value).
pub fn bool_arg(vm: &Vm, o: Option<&PyRef>, default: bool) -> PyResult<bool> {
    match o {
        Some(o) => krait_vm::protocols::compare::is_true(vm, o),
        None => Ok(default),
    }
}
