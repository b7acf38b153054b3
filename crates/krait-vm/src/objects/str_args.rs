//! Argument handling shared by the str, bytes and bytearray methods, with CPython's exact
//! messages: the method-descriptor checks of `METH_NOARGS`/`METH_O`/no-keyword methods
//! (`Objects/descrobject.c`), `_PyArg_CheckPositional`, the counts of `PyArg_ParseTuple`
//! (`Python/getargs.c`), Argument Clinic's keyword parser `_PyArg_UnpackKeywords`, the slot
//! wrappers' `check_num_args` (`Objects/typeobject.c`), and the conversions of index-like
//! arguments (`PyNumber_AsSsize_t`, `_PyLong_AsInt`, `_PyEval_SliceIndex`).
//!
//! Every `args` here is a method's full argument list, `self` first.

use crate::object::PyRef;
use crate::objects::Payload;
use crate::vm::{Args, PyResult, Vm};

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The name CPython's descriptors print for a method of `self_`'s builtin layout
/// (`str.upper`, `bytearray.pop`): the defining type, whatever subclass `self_` is.
pub fn owner_name(self_: &PyRef) -> &'static str {
    match self_.payload {
        Payload::Bytes(_) => "bytes",
        Payload::ByteArray(_) => "bytearray",
        _ => "str",
    }
}

/// How Clinic's `_PyArg_BadArgument` names an argument's type: `None` for None.
pub fn clinic_type_name(vm: &Vm, o: &PyRef) -> String {
    if vm.is_none(o) {
        "None".to_string()
    } else {
        vm.type_name(o)
    }
}

/// `TypeError: str.center() takes no keyword arguments` for methods without keywords.
pub fn no_kwargs(vm: &Vm, args: &Args, method: &str) -> PyResult<()> {
    if args.kwnames.is_empty() {
        return Ok(());
    }
    let owner = args.pos().first().map_or("str", owner_name);
    Err(vm.type_error(format!("{owner}.{method}() takes no keyword arguments")))
}

/// A `METH_NOARGS` method: `str.upper() takes no arguments (1 given)`.
pub fn noargs(vm: &Vm, args: &Args, method: &str) -> PyResult<()> {
    no_kwargs(vm, args, method)?;
    let n = args.pos().len().saturating_sub(1);
    if n == 0 {
        return Ok(());
    }
    let owner = owner_name(&args.pos()[0]);
    Err(vm.type_error(format!("{owner}.{method}() takes no arguments ({n} given)")))
}

/// A `METH_O` method's one argument: `str.join() takes exactly one argument (0 given)`.
pub fn one_arg<'a>(vm: &Vm, args: &Args<'a>, method: &str) -> PyResult<&'a PyRef> {
    no_kwargs(vm, args, method)?;
    let pos = args.pos();
    if pos.len() == 2 {
        return Ok(&pos[1]);
    }
    let owner = pos.first().map_or("str", owner_name);
    Err(vm.type_error(format!(
        "{owner}.{method}() takes exactly one argument ({} given)",
        pos.len().saturating_sub(1)
    )))
}

/// A positional-only Clinic method (`_PyArg_CheckPositional`): the arguments after `self`,
/// `min..=max` of them, else `center expected at least 1 argument, got 0`.
pub fn positional<'a>(
    vm: &Vm,
    args: &Args<'a>,
    method: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [PyRef]> {
    no_kwargs(vm, args, method)?;
    let p = &args.pos()[1.min(args.pos().len())..];
    check_positional(vm, method, p.len(), min, max)?;
    Ok(p)
}

/// `_PyArg_CheckPositional`'s messages for `n` arguments.
pub fn check_positional(vm: &Vm, name: &str, n: usize, min: usize, max: usize) -> PyResult<()> {
    if n < min {
        let at = if min == max { "" } else { "at least " };
        return Err(vm.type_error(format!(
            "{name} expected {at}{min} argument{}, got {n}",
            plural(min)
        )));
    }
    if n > max {
        let at = if min == max { "" } else { "at most " };
        return Err(vm.type_error(format!(
            "{name} expected {at}{max} argument{}, got {n}",
            plural(max)
        )));
    }
    Ok(())
}

/// A `METH_VARARGS` method parsed by `PyArg_ParseTuple` (`find`, `count`, `startswith`):
/// `find() takes at least 1 argument (0 given)`.
pub fn tuple_args<'a>(
    vm: &Vm,
    args: &Args<'a>,
    method: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [PyRef]> {
    no_kwargs(vm, args, method)?;
    let p = &args.pos()[1.min(args.pos().len())..];
    let n = p.len();
    if n < min || n > max {
        let (how, count) = if min == max {
            ("exactly", min)
        } else if n < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        return Err(vm.type_error(format!(
            "{method}() takes {how} {count} argument{} ({n} given)",
            plural(count)
        )));
    }
    Ok(p)
}

/// Argument Clinic's keyword parser (`_PyArg_UnpackKeywords`) for a method taking `names`
/// (the first `posonly` of them positional-only), the first `required` of them required.
/// `args` includes `self`, which is skipped.
pub fn keywords<'a, const N: usize>(
    vm: &Vm,
    args: &Args<'a>,
    fname: &str,
    names: [&str; N],
    required: usize,
    posonly: usize,
) -> PyResult<[Option<&'a PyRef>; N]> {
    let all = args.pos();
    let pos = &all[1.min(all.len())..];
    keywords_from(vm, pos, args, fname, names, required, posonly)
}

/// `keywords` for a `__new__`, whose first positional argument is the class.
pub fn keywords_from<'a, const N: usize>(
    vm: &Vm,
    pos: &'a [PyRef],
    args: &Args<'a>,
    fname: &str,
    names: [&str; N],
    required: usize,
    posonly: usize,
) -> PyResult<[Option<&'a PyRef>; N]> {
    let nargs = pos.len();
    let nkw = args.kwnames.len();
    if nargs + nkw > N {
        return Err(vm.type_error(format!(
            "{fname}() takes at most {N} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            plural(N),
            nargs + nkw
        )));
    }
    if nargs < posonly.min(required) {
        let min = posonly.min(required);
        let how = if min < N { "at least" } else { "exactly" };
        return Err(vm.type_error(format!(
            "{fname}() takes {how} {min} positional argument{} ({nargs} given)",
            plural(min)
        )));
    }
    let mut out: [Option<&'a PyRef>; N] = [None; N];
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v);
    }
    let mut left = nkw;
    for i in nargs.max(posonly)..N {
        let v = if left > 0 { args.kwarg(names[i]) } else { None };
        match v {
            Some(_) => left -= 1,
            None if i < required => {
                return Err(vm.type_error(format!(
                    "{fname}() missing required argument '{}' (pos {})",
                    names[i],
                    i + 1
                )))
            }
            None => {}
        }
        out[i] = v;
    }
    if left > 0 {
        for (i, name) in names.iter().enumerate().take(nargs).skip(posonly) {
            if args.kwarg(name).is_some() {
                return Err(vm.type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
        }
        for (k, _) in args.kwargs() {
            if !names[posonly..].contains(&k) {
                return Err(vm.type_error(format!(
                    "'{k}' is an invalid keyword argument for {fname}()"
                )));
            }
        }
    }
    Ok(out)
}

/// A slot wrapper (`'a'.__add__`): exactly `n` arguments after `self`, no keywords.
pub fn slot_args<'a>(vm: &Vm, args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [PyRef]> {
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("wrapper {name}() takes no keyword arguments")));
    }
    let p = &args.pos()[1.min(args.pos().len())..];
    if p.len() != n {
        // The `sq_repeat` wrappers unpack with an empty function name, leaving a space.
        let lead = if matches!(name, "__mul__" | "__rmul__" | "__imul__") {
            " "
        } else {
            ""
        };
        return Err(vm.type_error(format!(
            "{lead}expected {n} argument{}, got {}",
            plural(n),
            p.len()
        )));
    }
    Ok(p)
}

/// `PyNumber_AsSsize_t(x, PyExc_OverflowError)`: an index, OverflowError when it does not fit.
pub fn ssize(vm: &Vm, x: &PyRef) -> PyResult<isize> {
    let i = crate::protocols::number::index(vm, x)?;
    match &i.payload {
        Payload::Int(v) => isize::try_from(*v)
            .map_err(|_| vm.overflow_error("Python int too large to convert to C ssize_t")),
        _ => Err(vm.overflow_error("Python int too large to convert to C ssize_t")),
    }
}

/// `PyNumber_AsSsize_t(x, NULL)`: an index clamped to the `isize` range.
pub fn ssize_clamped(vm: &Vm, x: &PyRef) -> PyResult<isize> {
    let i = crate::protocols::number::index(vm, x)?;
    Ok(match &i.payload {
        Payload::Int(v) => {
            isize::try_from(*v).unwrap_or(if *v < 0 { isize::MIN } else { isize::MAX })
        }
        Payload::BigInt(b) if b.sign() == num_bigint::Sign::Minus => isize::MIN,
        _ => isize::MAX,
    })
}

/// `_PyLong_AsInt` of an index-like argument (`expandtabs(tabsize)`, `splitlines(keepends)`).
pub fn c_int(vm: &Vm, x: &PyRef) -> PyResult<i32> {
    let i = crate::protocols::number::index(vm, x)?;
    match &i.payload {
        Payload::Int(v) => i32::try_from(*v)
            .map_err(|_| vm.overflow_error("Python int too large to convert to C int")),
        _ => Err(vm.overflow_error("Python int too large to convert to C int")),
    }
}

/// `_PyEval_SliceIndex`: a `start`/`end` argument, `None` meaning open; big ints clamp.
pub fn slice_index(vm: &Vm, x: Option<&PyRef>) -> PyResult<Option<isize>> {
    let Some(x) = x else { return Ok(None) };
    if vm.is_none(x) {
        return Ok(None);
    }
    if !matches!(x.payload, Payload::Int(_) | Payload::BigInt(_))
        && x.type_data().lookup(&vm.names.__index__).is_none()
    {
        return Err(
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        );
    }
    ssize_clamped(vm, x).map(Some)
}

/// The optional `start` and `end` of a search method.
pub fn window(vm: &Vm, rest: &[PyRef]) -> PyResult<(Option<isize>, Option<isize>)> {
    Ok((
        slice_index(vm, rest.first())?,
        slice_index(vm, rest.get(1))?,
    ))
}

/// The class argument of a builtin `__new__`, checked as `tp_new_wrapper` does.
pub fn new_class<'a>(vm: &Vm, args: &Args<'a>, owner: &PyRef) -> PyResult<&'a PyRef> {
    let owner_name = owner.as_type().map(|t| t.name()).unwrap_or_default();
    let Some(cls) = args.pos().first() else {
        return Err(vm.type_error(format!("{owner_name}.__new__(): not enough arguments")));
    };
    let Some(td) = cls.as_type() else {
        return Err(vm.type_error(format!(
            "{owner_name}.__new__(X): X is not a type object ({})",
            vm.type_name(cls)
        )));
    };
    if !crate::objects::type_::is_subtype(cls, owner) {
        let name = td.name();
        return Err(vm.type_error(format!(
            "{owner_name}.__new__({name}): {name} is not a subtype of {owner_name}"
        )));
    }
    Ok(cls)
}
