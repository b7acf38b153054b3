//! `CALL_FUNCTION_EX`: calls with `*args` and `**kwargs`.

use crate::object::PyRef;
use crate::objects::Payload;
use crate::vm::{PyResult, Vm};

fn callable_name(vm: &Vm, callable: &PyRef) -> String {
    crate::objects::object::function_str(vm, callable)
}

pub fn call_function_ex(
    vm: &Vm,
    callable: &PyRef,
    args: &PyRef,
    kwargs: Option<&PyRef>,
    _null: &PyRef,
) -> PyResult {
    let pos: Vec<PyRef> = match &args.payload {
        Payload::Tuple(t) => t.to_vec(),
        Payload::List(l) => l.borrow().clone(),
        _ => match crate::protocols::sequence::collect(vm, args) {
            Ok(v) => v,
            Err(e)
                if vm.exc_matches(&e, &vm.t.type_error)
                    && !crate::protocols::sequence::is_iterable(vm, args) =>
            {
                return Err(vm.type_error(format!(
                    "{} argument after * must be an iterable, not {}",
                    callable_name(vm, callable),
                    vm.type_name(args)
                )))
            }
            Err(e) => return Err(e),
        },
    };
    let kw = match kwargs {
        Some(k) if k.as_dict().is_some() => Some(k.clone()),
        Some(k) => {
            let d = vm.dict();
            crate::interp::ops::build::dict_merge(vm, &d, k, callable)?;
            Some(d)
        }
        None => None,
    };
    crate::protocols::call::call_with_dict(vm, callable, &pos, kw.as_ref())
}
