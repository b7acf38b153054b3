//! bool: mirrors `Objects/boolobject.c`. `True`/`False` are ints 1/0 of type bool.

use crate::objects::Payload;
use crate::vm::{Args, MethodDef, PyResult, Vm};

fn b_new(vm: &Vm, args: Args) -> PyResult {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    if args.pos().len() > 2 {
        return Err(vm.type_error(format!(
            "bool expected at most 1 argument, got {}",
            args.pos().len() - 1
        )));
    }
    match args.pos().get(1) {
        Some(x) => Ok(vm.bool(crate::protocols::compare::is_true(vm, x)?)),
        None => Ok(vm.false_.clone()),
    }
}

fn is_b(args: &Args) -> Option<bool> {
    match args.pos().first().map(|o| &o.payload) {
        Some(Payload::Int(i)) => Some(*i != 0),
        _ => None,
    }
}

fn b_repr(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.intern(if is_b(&args) == Some(true) {
        "True"
    } else {
        "False"
    }))
}

macro_rules! bool_op {
    ($name:ident, $op:tt, $dunder:literal) => {
        fn $name(vm: &Vm, args: Args) -> PyResult {
            let p = args.pos();
            if p.len() == 2 && p[0].is_type(&vm.t.bool) && p[1].is_type(&vm.t.bool) {
                let a = is_b(&args).unwrap_or(false);
                let b = matches!(p[1].payload, Payload::Int(i) if i != 0);
                return Ok(vm.bool(a $op b));
            }
            let m = vm.t.int.as_type().and_then(|t| t.lookup_str($dunder)).ok_or_else(|| vm.type_error("int op"))?;
            crate::protocols::call::call(vm, &m, p)
        }
    };
}

bool_op!(b_and, &, "__and__");
bool_op!(b_or, |, "__or__");
bool_op!(b_xor, ^, "__xor__");

const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", b_new),
    MethodDef::method("__repr__", b_repr),
    MethodDef::method("__and__", b_and),
    MethodDef::method("__rand__", b_and),
    MethodDef::method("__or__", b_or),
    MethodDef::method("__ror__", b_or),
    MethodDef::method("__xor__", b_xor),
    MethodDef::method("__rxor__", b_xor),
];

pub fn init(vm: &Vm) {
    crate::objects::descr::add_methods(vm, &vm.t.bool, METHODS);
}
