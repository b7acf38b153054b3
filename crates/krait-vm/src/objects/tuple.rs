//! tuple: mirrors `Objects/tupleobject.c`.

use krait_bytecode::opcode::CompareOp;

use crate::object::PyRef;
use crate::objects::Payload;
use crate::protocols::{compare, sequence};
use crate::vm::{Args, MethodDef, PyResult, Vm};

fn items<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a [PyRef]> {
    o.as_tuple().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'tuple' object but received a '{}'",
            vm.type_name(o)
        ))
    })
}

/// Lexicographic comparison of two sequences (tuple and list share it).
pub fn compare_sequences(vm: &Vm, a: &[PyRef], b: &[PyRef], op: CompareOp) -> PyResult<bool> {
    if a.len() != b.len() && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(op == CompareOp::Ne);
    }
    for (x, y) in a.iter().zip(b.iter()) {
        if !compare::eq(vm, x, y)? {
            return match op {
                CompareOp::Eq => Ok(false),
                CompareOp::Ne => Ok(true),
                _ => compare::compare_bool(vm, x, y, op),
            };
        }
    }
    let (la, lb) = (a.len(), b.len());
    Ok(match op {
        CompareOp::Lt => la < lb,
        CompareOp::Le => la <= lb,
        CompareOp::Eq => la == lb,
        CompareOp::Ne => la != lb,
        CompareOp::Gt => la > lb,
        CompareOp::Ge => la >= lb,
    })
}

/// `repr` of a sequence's items between `open` and `close`.
pub fn repr_items(vm: &Vm, items: &[PyRef], open: &str, close: &str) -> PyResult<String> {
    let mut s = String::from(open);
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        let r = crate::protocols::repr::repr(vm, it)?;
        s.push_str(r.as_str().unwrap_or(""));
    }
    s.push_str(close);
    Ok(s)
}

fn t_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    if args.pos().len() > 2 {
        return Err(vm.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            args.pos().len() - 1
        )));
    }
    let v = match args.pos().get(1) {
        Some(it) => {
            if it.is_type(&vm.t.tuple) && cls.is(&vm.t.tuple) {
                return Ok(it.clone());
            }
            sequence::collect(vm, it)?
        }
        None => Vec::new(),
    };
    if cls.is(&vm.t.tuple) {
        Ok(vm.tuple(v))
    } else {
        Ok(crate::objects::object::alloc_instance(
            vm,
            cls,
            Payload::Tuple(v.into_boxed_slice()),
        ))
    }
}

fn t_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let it = items(vm, o)?;
    if it.len() == 1 {
        let r = crate::protocols::repr::repr(vm, &it[0])?;
        return Ok(vm.string(format!("({},)", r.as_str().unwrap_or(""))));
    }
    if !crate::protocols::repr::repr_enter(vm, o) {
        return Ok(vm.str("(...)"));
    }
    let r = repr_items(vm, it, "(", ")");
    crate::protocols::repr::repr_leave(vm, o);
    Ok(vm.string(r?))
}

fn t_len(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.usize(items(vm, &args.pos()[0])?.len()))
}

fn t_getitem(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let it = items(vm, o)?;
    let key = &args.pos()[1];
    if let Payload::Slice(s) = &key.payload {
        let (start, _, step, n) = crate::objects::slice::indices(vm, s, it.len())?;
        let v: Vec<PyRef> = (0..n)
            .map(|i| it[(start + i as isize * step) as usize].clone())
            .collect();
        return Ok(vm.tuple(v));
    }
    let i = sequence::normalize_index(vm, key, it.len(), "tuple index out of range", "tuple")?;
    Ok(it[i].clone())
}

fn t_contains(vm: &Vm, args: Args) -> PyResult {
    let it = items(vm, &args.pos()[0])?;
    let x = &args.pos()[1];
    for v in it {
        if compare::eq(vm, v, x)? {
            return Ok(vm.true_.clone());
        }
    }
    Ok(vm.false_.clone())
}

fn t_iter(vm: &Vm, args: Args) -> PyResult {
    Ok(crate::objects::iter::seq_iter(
        vm,
        &vm.t.tuple_iterator,
        args.pos()[0].clone(),
    ))
}

fn t_hash(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.int(compare::hash_tuple(vm, items(vm, &args.pos()[0])?)?))
}

fn t_add(vm: &Vm, args: Args) -> PyResult {
    let a = items(vm, &args.pos()[0])?;
    let Some(b) = args.pos()[1].as_tuple() else {
        return Err(vm.type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            vm.type_name(&args.pos()[1])
        )));
    };
    let mut v = a.to_vec();
    v.extend_from_slice(b);
    Ok(vm.tuple(v))
}

fn t_mul(vm: &Vm, args: Args) -> PyResult {
    let a = items(vm, &args.pos()[0])?;
    let n = match sequence::repeat_count(vm, &args.pos()[1])? {
        Some(n) => n,
        None => return Err(sequence::not_an_index(vm, &args.pos()[1])),
    };
    if n == 1 && args.pos()[0].is_type(&vm.t.tuple) {
        return Ok(args.pos()[0].clone());
    }
    if a.len().checked_mul(n).is_none_or(|t| t > (1 << 40)) {
        return Err(vm.memory_error());
    }
    let mut v = Vec::with_capacity(a.len() * n);
    for _ in 0..n {
        v.extend_from_slice(a);
    }
    Ok(vm.tuple(v))
}

fn t_index(vm: &Vm, args: Args) -> PyResult {
    let it = items(vm, &args.pos()[0])?;
    let x = &args.pos()[1];
    let (start, stop) = sequence::start_stop_args(vm, &args.pos()[2..], it.len())?;
    for (i, v) in it.iter().enumerate().take(stop).skip(start) {
        if compare::eq(vm, v, x)? {
            return Ok(vm.usize(i));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn t_count(vm: &Vm, args: Args) -> PyResult {
    let it = items(vm, &args.pos()[0])?;
    let x = &args.pos()[1];
    let mut n = 0;
    for v in it {
        if compare::eq(vm, v, x)? {
            n += 1;
        }
    }
    Ok(vm.usize(n))
}

fn t_getnewargs(vm: &Vm, args: Args) -> PyResult {
    let it = items(vm, &args.pos()[0])?;
    Ok(vm.tuple(vec![vm.tuple(it.to_vec())]))
}

macro_rules! cmp_method {
    ($name:ident, $op:expr) => {
        fn $name(vm: &Vm, args: Args) -> PyResult {
            let a = items(vm, &args.pos()[0])?;
            match args.pos()[1].as_tuple() {
                Some(b) => Ok(vm.bool(compare_sequences(vm, a, b, $op)?)),
                None => Ok(vm.not_implemented()),
            }
        }
    };
}

cmp_method!(t_lt, CompareOp::Lt);
cmp_method!(t_le, CompareOp::Le);
cmp_method!(t_eq, CompareOp::Eq);
cmp_method!(t_ne, CompareOp::Ne);
cmp_method!(t_gt, CompareOp::Gt);
cmp_method!(t_ge, CompareOp::Ge);

const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", t_new),
    MethodDef::method("__repr__", t_repr),
    MethodDef::method("__len__", t_len),
    MethodDef::method("__getitem__", t_getitem),
    MethodDef::method("__contains__", t_contains),
    MethodDef::method("__iter__", t_iter),
    MethodDef::method("__hash__", t_hash),
    MethodDef::method("__add__", t_add),
    MethodDef::method("__mul__", t_mul),
    MethodDef::method("__rmul__", t_mul),
    MethodDef::method("__lt__", t_lt),
    MethodDef::method("__le__", t_le),
    MethodDef::method("__eq__", t_eq),
    MethodDef::method("__ne__", t_ne),
    MethodDef::method("__gt__", t_gt),
    MethodDef::method("__ge__", t_ge),
    MethodDef::method("index", t_index),
    MethodDef::method("count", t_count),
    MethodDef::method("__getnewargs__", t_getnewargs),
    MethodDef::class(
        "__class_getitem__",
        crate::objects::generic_alias::class_getitem,
    ),
];

pub fn init(vm: &Vm) {
    crate::objects::descr::add_methods(vm, &vm.t.tuple, METHODS);
}
