//! The methods of list (`Objects/listobject.c`).

use krait_bytecode::opcode::CompareOp;

use crate::object::PyRef;
use crate::objects::Payload;
use crate::protocols::{compare, sequence};
use crate::vm::{Args, MethodDef, PyResult, Vm};

#[inline]
fn lst<'a>(vm: &Vm, o: &'a PyRef) -> PyResult<&'a std::cell::RefCell<Vec<PyRef>>> {
    o.as_list().ok_or_else(|| {
        vm.type_error(format!(
            "descriptor requires a 'list' object but received a '{}'",
            vm.type_name(o)
        ))
    })
}

fn snapshot(vm: &Vm, o: &PyRef) -> PyResult<Vec<PyRef>> {
    Ok(lst(vm, o)?.borrow().clone())
}

fn l_new(vm: &Vm, args: Args) -> PyResult {
    let cls = &args.pos()[0];
    Ok(crate::objects::object::alloc_instance(
        vm,
        cls,
        Payload::List(std::cell::RefCell::new(Vec::new())),
    ))
}

fn l_init(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    if !args.kwnames.is_empty() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    if args.pos().len() > 2 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            args.pos().len() - 1
        )));
    }
    // `list.__init__` first empties the list; an iterable with a length preallocates it.
    let old = std::mem::take(&mut *lst(vm, o)?.borrow_mut());
    drop(old);
    let Some(it) = args.pos().get(1) else {
        return Ok(vm.none());
    };
    let mut allocated = 0;
    if it.type_data().lookup(&vm.names.__len__).is_some() {
        match sequence::len(vm, it) {
            Ok(n) if n > 0 => allocated = crate::objects::list::preallocated(n),
            Ok(_) => {}
            Err(e) if vm.exc_matches(&e, &vm.t.type_error) => {}
            Err(e) => return Err(e),
        }
    }
    let (mut items, hint) = sequence::gather(vm, it)?;
    let cap = crate::objects::list::extended_capacity(allocated, 0, hint, items.len());
    crate::objects::list::set_capacity(&mut items, cap);
    let old = std::mem::replace(&mut *lst(vm, o)?.borrow_mut(), items);
    drop(old);
    Ok(vm.none())
}

fn l_repr(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let items = snapshot(vm, o)?;
    if items.is_empty() {
        return Ok(vm.str("[]"));
    }
    if !crate::protocols::repr::repr_enter(vm, o) {
        return Ok(vm.str("[...]"));
    }
    let r = crate::objects::tuple::repr_items(vm, &items, "[", "]");
    crate::protocols::repr::repr_leave(vm, o);
    Ok(vm.string(r?))
}

fn l_len(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.usize(lst(vm, &args.pos()[0])?.borrow().len()))
}

pub fn list_getitem(vm: &Vm, o: &PyRef, key: &PyRef) -> PyResult {
    let l = lst(vm, o)?;
    if let Payload::Slice(s) = &key.payload {
        let items = l.borrow();
        let (start, _, step, n) = crate::objects::slice::indices(vm, s, items.len())?;
        let v: Vec<PyRef> = if n == 0 {
            Vec::new()
        } else if step == 1 {
            items[start as usize..start as usize + n].to_vec()
        } else {
            (0..n)
                .map(|i| items[(start + i as isize * step) as usize].clone())
                .collect()
        };
        return Ok(vm.list(v));
    }
    let len = l.borrow().len();
    let i = sequence::normalize_index(vm, key, len, "list index out of range", "list")?;
    Ok(l.borrow()[i].clone())
}

fn l_getitem(vm: &Vm, args: Args) -> PyResult {
    list_getitem(vm, &args.pos()[0], &args.pos()[1])
}

pub fn list_setitem(vm: &Vm, o: &PyRef, key: &PyRef, value: PyRef) -> PyResult<()> {
    let l = lst(vm, o)?;
    if let Payload::Slice(s) = &key.payload {
        let new: Vec<PyRef> = if value.is(o) {
            l.borrow().clone()
        } else {
            sequence::collect(vm, &value).map_err(|e| {
                if vm.exc_matches(&e, &vm.t.type_error) {
                    vm.type_error("can only assign an iterable")
                } else {
                    e
                }
            })?
        };
        let len = l.borrow().len();
        let (start, stop, step, n) = crate::objects::slice::indices(vm, s, len)?;
        if step == 1 {
            let stop = stop.max(start) as usize;
            let removed: Vec<PyRef> = {
                let mut items = l.borrow_mut();
                let (old_cap, old_len) = (items.capacity(), items.len());
                let new_len = old_len - (stop - start as usize) + new.len();
                let removed = items.splice(start as usize..stop, new).collect();
                // list_ass_slice: emptied lists free their items; otherwise list_resize.
                let cap = if new_len == 0 {
                    0
                } else if new_len == old_len {
                    old_cap
                } else {
                    crate::objects::list::resized_capacity(old_cap, old_len, new_len)
                };
                crate::objects::list::set_capacity(&mut items, cap);
                removed
            };
            drop(removed);
            return Ok(());
        }
        if new.len() != n {
            return Err(vm.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new.len(),
                n
            )));
        }
        let mut old = Vec::with_capacity(n);
        {
            let mut items = l.borrow_mut();
            for (i, v) in new.into_iter().enumerate() {
                let idx = (start + i as isize * step) as usize;
                old.push(std::mem::replace(&mut items[idx], v));
            }
        }
        drop(old);
        return Ok(());
    }
    let len = l.borrow().len();
    let i = sequence::normalize_index(vm, key, len, "list assignment index out of range", "list")?;
    let old = std::mem::replace(&mut l.borrow_mut()[i], value);
    drop(old);
    Ok(())
}

fn l_setitem(vm: &Vm, args: Args) -> PyResult {
    list_setitem(vm, &args.pos()[0], &args.pos()[1], args.pos()[2].clone())?;
    Ok(vm.none())
}

pub fn list_delitem(vm: &Vm, o: &PyRef, key: &PyRef) -> PyResult<()> {
    let l = lst(vm, o)?;
    if let Payload::Slice(s) = &key.payload {
        let len = l.borrow().len();
        let (start, _, step, n) = crate::objects::slice::indices(vm, s, len)?;
        let mut idx: Vec<usize> = (0..n)
            .map(|i| (start + i as isize * step) as usize)
            .collect();
        idx.sort_unstable();
        let removed: Vec<PyRef> = {
            let mut items = l.borrow_mut();
            let (old_cap, old_len) = (items.capacity(), items.len());
            let mut out = Vec::new();
            for &i in idx.iter().rev() {
                out.push(items.remove(i));
            }
            // CPython: a step-1 slice goes through list_ass_slice (an emptied list frees its
            // items), any other through list_resize after the removal.
            let cap = if step == 1 {
                if items.is_empty() {
                    0
                } else if n == 0 {
                    old_cap
                } else {
                    crate::objects::list::resized_capacity(old_cap, old_len, items.len())
                }
            } else if n == 0 {
                old_cap
            } else {
                crate::objects::list::resized_capacity(old_cap, items.len(), items.len())
            };
            crate::objects::list::set_capacity(&mut items, cap);
            out
        };
        drop(removed);
        return Ok(());
    }
    let len = l.borrow().len();
    let i = sequence::normalize_index(vm, key, len, "list assignment index out of range", "list")?;
    let old = {
        let mut items = l.borrow_mut();
        let v = items.remove(i);
        crate::objects::list::shrink(&mut items);
        v
    };
    drop(old);
    Ok(())
}

fn l_delitem(vm: &Vm, args: Args) -> PyResult {
    list_delitem(vm, &args.pos()[0], &args.pos()[1])?;
    Ok(vm.none())
}

fn l_contains(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let x = &args.pos()[1];
    let mut i = 0;
    loop {
        let item = match lst(vm, o)?.borrow().get(i) {
            Some(v) => v.clone(),
            None => return Ok(vm.false_.clone()),
        };
        if compare::eq(vm, &item, x)? {
            return Ok(vm.true_.clone());
        }
        i += 1;
    }
}

fn l_iter(vm: &Vm, args: Args) -> PyResult {
    Ok(crate::objects::iter::seq_iter(
        vm,
        &vm.t.list_iterator,
        args.pos()[0].clone(),
    ))
}

fn l_reversed(vm: &Vm, args: Args) -> PyResult {
    Ok(crate::objects::iter::reverse_iter(
        vm,
        &vm.t.list_reverseiterator,
        args.pos()[0].clone(),
    ))
}

fn l_append(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() != 2 {
        return Err(vm.type_error(format!(
            "list.append() takes exactly one argument ({} given)",
            p.len() - 1
        )));
    }
    crate::objects::list::push(&mut lst(vm, &p[0])?.borrow_mut(), p[1].clone());
    Ok(vm.none())
}

fn l_extend(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let it = args
        .pos()
        .get(1)
        .ok_or_else(|| vm.type_error("list.extend() takes exactly one argument (0 given)"))?;
    let (items, hint) = if it.is(o) {
        (snapshot(vm, o)?, None)
    } else {
        sequence::gather(vm, it)?
    };
    crate::objects::list::extend(&mut lst(vm, o)?.borrow_mut(), items, hint);
    Ok(vm.none())
}

fn l_insert(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() != 3 {
        return Err(vm.type_error(format!("insert expected 2 arguments, got {}", p.len() - 1)));
    }
    let l = lst(vm, &p[0])?;
    let len = l.borrow().len() as i64;
    let mut i = crate::objects::int::to_i64(vm, &crate::protocols::number::index(vm, &p[1])?)
        .unwrap_or(
            if matches!(p[1].payload, Payload::BigInt(ref b) if b.sign() == num_bigint::Sign::Minus)
            {
                i64::MIN
            } else {
                i64::MAX
            },
        );
    if i < 0 {
        i = (i + len).max(0);
    }
    let i = i.min(len) as usize;
    crate::objects::list::insert(&mut l.borrow_mut(), i, p[2].clone());
    Ok(vm.none())
}

fn l_pop(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let l = lst(vm, &p[0])?;
    let len = l.borrow().len();
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = match p.get(1) {
        None => len - 1,
        Some(k) => sequence::normalize_index(vm, k, len, "pop index out of range", "list")?,
    };
    let mut items = l.borrow_mut();
    let v = items.remove(i);
    crate::objects::list::shrink(&mut items);
    Ok(v)
}

fn l_remove(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let x = &args.pos()[1];
    let mut i = 0;
    loop {
        let item = match lst(vm, o)?.borrow().get(i) {
            Some(v) => v.clone(),
            None => return Err(vm.value_error("list.remove(x): x not in list")),
        };
        if compare::eq(vm, &item, x)? {
            let l = lst(vm, o)?;
            if i < l.borrow().len() {
                let old = {
                    let mut items = l.borrow_mut();
                    let v = items.remove(i);
                    crate::objects::list::shrink(&mut items);
                    v
                };
                drop(old);
            }
            return Ok(vm.none());
        }
        i += 1;
    }
}

fn l_index(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let x = args
        .pos()
        .get(1)
        .ok_or_else(|| vm.type_error("index expected at least 1 argument, got 0"))?;
    let len = lst(vm, o)?.borrow().len();
    let (start, stop) = sequence::start_stop_args(vm, &args.pos()[2..], len)?;
    let mut i = start;
    while i < stop {
        let item = match lst(vm, o)?.borrow().get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if compare::eq(vm, &item, x)? {
            return Ok(vm.usize(i));
        }
        i += 1;
    }
    let r = crate::protocols::repr::repr(vm, x)?;
    Err(vm.value_error(format!("{} is not in list", r.as_str().unwrap_or(""))))
}

fn l_count(vm: &Vm, args: Args) -> PyResult {
    let items = snapshot(vm, &args.pos()[0])?;
    let x = &args.pos()[1];
    let mut n = 0;
    for v in &items {
        if compare::eq(vm, v, x)? {
            n += 1;
        }
    }
    Ok(vm.usize(n))
}

fn l_clear(vm: &Vm, args: Args) -> PyResult {
    let old = std::mem::take(&mut *lst(vm, &args.pos()[0])?.borrow_mut());
    drop(old);
    Ok(vm.none())
}

fn l_copy(vm: &Vm, args: Args) -> PyResult {
    Ok(vm.list(snapshot(vm, &args.pos()[0])?))
}

fn l_reverse(vm: &Vm, args: Args) -> PyResult {
    lst(vm, &args.pos()[0])?.borrow_mut().reverse();
    Ok(vm.none())
}

fn l_sort(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    if args.pos().len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let mut key = None;
    let mut reverse = false;
    for (k, v) in args.kwargs() {
        match k {
            "key" => key = Some(v.clone()).filter(|k| !vm.is_none(k)),
            "reverse" => reverse = compare::is_true(vm, v)?,
            _ => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for sort()"))
                )
            }
        }
    }
    let l = lst(vm, o)?;
    let mut items = std::mem::take(&mut *l.borrow_mut());
    // The sorted list keeps its allocation, as CPython's.
    let allocated = items.capacity();
    let r = crate::objects::list::sort_items(vm, &mut items, key.as_ref(), reverse);
    crate::objects::list::set_capacity(&mut items, allocated);
    let modified = !l.borrow().is_empty();
    let old = std::mem::replace(&mut *l.borrow_mut(), items);
    drop(old);
    r?;
    if modified {
        return Err(vm.value_error("list modified during sort"));
    }
    Ok(vm.none())
}

fn l_add(vm: &Vm, args: Args) -> PyResult {
    let a = snapshot(vm, &args.pos()[0])?;
    let Some(b) = args.pos()[1].as_list() else {
        return Err(vm.type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            vm.type_name(&args.pos()[1])
        )));
    };
    let b = b.borrow();
    let mut v = Vec::with_capacity(a.len() + b.len());
    v.extend(a);
    v.extend(b.iter().cloned());
    Ok(vm.list(v))
}

fn l_iadd(vm: &Vm, args: Args) -> PyResult {
    l_extend(vm, args)?;
    Ok(args.pos()[0].clone())
}

fn l_mul(vm: &Vm, args: Args) -> PyResult {
    let a = snapshot(vm, &args.pos()[0])?;
    let n = match sequence::repeat_count(vm, &args.pos()[1])? {
        Some(n) => n,
        None => return Err(sequence::not_an_index(vm, &args.pos()[1])),
    };
    if a.len().checked_mul(n).is_none_or(|t| t > (1 << 40)) {
        return Err(vm.memory_error());
    }
    let mut v = Vec::with_capacity(a.len() * n);
    for _ in 0..n {
        v.extend_from_slice(&a);
    }
    Ok(vm.list(v))
}

fn l_imul(vm: &Vm, args: Args) -> PyResult {
    let o = &args.pos()[0];
    let n = match sequence::repeat_count(vm, &args.pos()[1])? {
        Some(n) => n,
        None => return Err(sequence::not_an_index(vm, &args.pos()[1])),
    };
    let a = snapshot(vm, o)?;
    if a.is_empty() || n == 1 {
        return Ok(o.clone());
    }
    if a.len().checked_mul(n).is_none_or(|t| t > (1 << 40)) {
        return Err(vm.memory_error());
    }
    // list_inplace_repeat: cleared for n < 1, else list_resize to the new length.
    let cap = if n == 0 {
        0
    } else {
        let l = lst(vm, o)?.borrow();
        crate::objects::list::resized_capacity(l.capacity(), l.len(), a.len() * n)
    };
    let mut v = Vec::with_capacity(cap);
    for _ in 0..n {
        v.extend_from_slice(&a);
    }
    let old = std::mem::replace(&mut *lst(vm, o)?.borrow_mut(), v);
    drop(old);
    Ok(o.clone())
}

macro_rules! cmp_method {
    ($name:ident, $op:expr) => {
        fn $name(vm: &Vm, args: Args) -> PyResult {
            let a = snapshot(vm, &args.pos()[0])?;
            match args.pos()[1].as_list() {
                Some(b) => {
                    let b = b.borrow().clone();
                    Ok(vm.bool(crate::objects::tuple::compare_sequences(vm, &a, &b, $op)?))
                }
                None => Ok(vm.not_implemented()),
            }
        }
    };
}

cmp_method!(l_lt, CompareOp::Lt);
cmp_method!(l_le, CompareOp::Le);
cmp_method!(l_eq, CompareOp::Eq);
cmp_method!(l_ne, CompareOp::Ne);
cmp_method!(l_gt, CompareOp::Gt);
cmp_method!(l_ge, CompareOp::Ge);

fn l_sizeof(vm: &Vm, args: Args) -> PyResult {
    crate::objects::sizeof::noargs(vm, &args, "list")?;
    lst(vm, &args.pos()[0])?;
    Ok(vm.usize(crate::objects::sizeof::list_sizeof(&args.pos()[0])))
}

const METHODS: &[MethodDef] = &[
    MethodDef::static_("__new__", l_new),
    MethodDef::method("__init__", l_init),
    MethodDef::method("__repr__", l_repr),
    MethodDef::method("__len__", l_len),
    MethodDef::method("__getitem__", l_getitem),
    MethodDef::method("__setitem__", l_setitem),
    MethodDef::method("__delitem__", l_delitem),
    MethodDef::method("__contains__", l_contains),
    MethodDef::method("__iter__", l_iter),
    MethodDef::method("__reversed__", l_reversed),
    MethodDef::method("__add__", l_add),
    MethodDef::method("__iadd__", l_iadd),
    MethodDef::method("__mul__", l_mul),
    MethodDef::method("__rmul__", l_mul),
    MethodDef::method("__imul__", l_imul),
    MethodDef::method("__lt__", l_lt),
    MethodDef::method("__le__", l_le),
    MethodDef::method("__eq__", l_eq),
    MethodDef::method("__ne__", l_ne),
    MethodDef::method("__gt__", l_gt),
    MethodDef::method("__ge__", l_ge),
    MethodDef::method("__sizeof__", l_sizeof),
    MethodDef::method("append", l_append),
    MethodDef::method("extend", l_extend),
    MethodDef::method("insert", l_insert),
    MethodDef::method("pop", l_pop),
    MethodDef::method("remove", l_remove),
    MethodDef::method("index", l_index),
    MethodDef::method("count", l_count),
    MethodDef::method("clear", l_clear),
    MethodDef::method("copy", l_copy),
    MethodDef::method("reverse", l_reverse),
    MethodDef::method("sort", l_sort),
    MethodDef::class(
        "__class_getitem__",
        crate::objects::generic_alias::class_getitem,
    ),
];

pub fn init(vm: &Vm) {
    crate::objects::descr::add_methods(vm, &vm.t.list, METHODS);
    crate::objects::descr::add_attr(vm, &vm.t.list, "__hash__", vm.none());
}
