//! The builtin functions (`abs` ... `zip`'s siblings), one native function each. Mirrors the
//! `builtin_*` functions of `Python/bltinmodule.c`.

use krait_bytecode::opcode::{BinaryOp, CompareOp};

use crate::modules::builtins as b;
use crate::object::PyRef;
use crate::objects::Payload;
use crate::protocols::{attr, call, compare, number, repr, sequence};
use crate::vm::{Args, MethodDef, PyResult, Vm};

fn no_kw(vm: &Vm, args: &Args, name: &str) -> PyResult<()> {
    if args.kwnames.is_empty() {
        Ok(())
    } else {
        Err(vm.type_error(format!("{name}() takes no keyword arguments")))
    }
}

fn exact(vm: &Vm, args: &Args, name: &str, n: usize) -> PyResult<()> {
    no_kw(vm, args, name)?;
    let got = args.pos().len();
    if got != n {
        return Err(vm.type_error(if n == 1 {
            format!("{name}() takes exactly one argument ({got} given)")
        } else {
            format!("{name} expected {n} arguments, got {got}")
        }));
    }
    Ok(())
}

fn f_abs(vm: &Vm, args: Args) -> PyResult {
    exact(vm, &args, "abs", 1)?;
    let x = &args.pos()[0];
    match &x.payload {
        Payload::Int(i) if x.is_type(&vm.t.int) => Ok(match i.checked_abs() {
            Some(v) => vm.int(v),
            None => vm.bigint(-num_bigint::BigInt::from(*i)),
        }),
        Payload::Float(f) if x.is_type(&vm.t.float) => Ok(vm.float(f.abs())),
        _ => call::call_special(vm, x, &vm.names.__abs__, &[])?.ok_or_else(|| {
            vm.type_error(format!("bad operand type for abs(): '{}'", vm.type_name(x)))
        }),
    }
}

fn f_all(vm: &Vm, args: Args) -> PyResult {
    exact(vm, &args, "all", 1)?;
    let it = sequence::iter(vm, &args.pos()[0])?;
    while let Some(v) = sequence::next(vm, &it)? {
        if !compare::is_true(vm, &v)? {
            return Ok(vm.false_.clone());
        }
    }
    Ok(vm.true_.clone())
}

fn f_any(vm: &Vm, args: Args) -> PyResult {
    exact(vm, &args, "any", 1)?;
    let it = sequence::iter(vm, &args.pos()[0])?;
    while let Some(v) = sequence::next(vm, &it)? {
        if compare::is_true(vm, &v)? {
            return Ok(vm.true_.clone());
        }
    }
    Ok(vm.false_.clone())
}

fn f_ascii(vm: &Vm, args: Args) -> PyResult {
    exact(vm, &args, "ascii", 1)?;
    repr::ascii(vm, &args.pos()[0])
}

fn radix(vm: &Vm, args: &Args, name: &str, base: u32, prefix: &str) -> PyResult {
    exact(vm, args, name, 1)?;
    let i = number::index(vm, &args.pos()[0])?;
    let v = crate::objects::int::int_val(&i)
        .map(|v| v.to_big())
        .unwrap_or_default();
    let neg = v.sign() == num_bigint::Sign::Minus;
    let digits = if neg {
        (-v).to_str_radix(base)
    } else {
        v.to_str_radix(base)
    };
    Ok(vm.string(format!(
        "{}{}{}",
        if neg { "-" } else { "" },
        prefix,
        digits
    )))
}

fn f_bin(vm: &Vm, args: Args) -> PyResult {
    radix(vm, &args, "bin", 2, "0b")
}
fn f_oct(vm: &Vm, args: Args) -> PyResult {
    radix(vm, &args, "oct", 8, "0o")
}
fn f_hex(vm: &Vm, args: Args) -> PyResult {
    radix(vm, &args, "hex", 16, "0x")
}

fn f_callable(vm: &Vm, args: Args) -> PyResult {
    exact(vm, &args, "callable", 1)?;
    Ok(vm.bool(call::is_callable(vm, &args.pos()[0])))
}

fn f_chr(vm: &Vm, args: Args) -> PyResult {
    exact(vm, &args, "chr", 1)?;
    let i = number::index(vm, &args.pos()[0])?;
    let v = crate::objects::int::to_i64(vm, &i)
        .map_err(|_| vm.overflow_error("Python int too large to convert to C int"))?;
    match u32::try_from(v).ok().and_then(char::from_u32) {
        Some(c) => Ok(vm.str(c.encode_utf8(&mut [0; 4]))),
        None if (0..0x110000).contains(&v) => {
            Ok(vm.string(char::REPLACEMENT_CHARACTER.to_string()))
        }
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn f_ord(vm: &Vm, args: Args) -> PyResult {
    exact(vm, &args, "ord", 1)?;
    let x = &args.pos()[0];
    match &x.payload {
        Payload::Str(s) => {
            if s.char_len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )));
            }
            Ok(vm.int(s.char_at(0) as i64))
        }
        Payload::Bytes(bs) if bs.len() == 1 => Ok(vm.int(bs[0] as i64)),
        Payload::Bytes(bs) => Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            bs.len()
        ))),
        _ => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(x)
        ))),
    }
}

fn f_delattr(vm: &Vm, args: Args) -> PyResult {
    exact(vm, &args, "delattr", 2)?;
    let p = args.pos();
    let name = p[1].as_str().ok_or_else(|| {
        vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&p[1])
        ))
    })?;
    let n = vm.intern(name);
    attr::setattr(vm, &p[0], &n, None)?;
    Ok(vm.none())
}

fn f_getattr(vm: &Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "getattr")?;
    let p = args.pos();
    if p.len() < 2 || p.len() > 3 {
        return Err(vm.type_error(format!(
            "getattr expected at least 2 arguments, got {}",
            p.len()
        )));
    }
    let name = p[1].as_str().ok_or_else(|| {
        vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&p[1])
        ))
    })?;
    let n = vm.intern(name);
    match p.get(2) {
        None => attr::getattr(vm, &p[0], &n),
        Some(d) => match attr::getattr_opt(vm, &p[0], &n) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => Ok(d.clone()),
            Err(e) if vm.exc_matches(&e, &vm.t.attribute_error) => Ok(d.clone()),
            Err(e) => Err(e),
        },
    }
}

fn f_setattr(vm: &Vm, args: Args) -> PyResult {
    exact(vm, &args, "setattr", 3)?;
    let p = args.pos();
    let name = p[1].as_str().ok_or_else(|| {
        vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&p[1])
        ))
    })?;
    let n = vm.intern(name);
    attr::setattr(vm, &p[0], &n, Some(p[2].clone()))?;
    Ok(vm.none())
}

fn f_hasattr(vm: &Vm, args: Args) -> PyResult {
    exact(vm, &args, "hasattr", 2)?;
    let p = args.pos();
    let name = p[1].as_str().ok_or_else(|| {
        vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&p[1])
        ))
    })?;
    let n = vm.intern(name);
    Ok(vm.bool(attr::hasattr(vm, &p[0], &n)?))
}

fn f_dir(vm: &Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "dir")?;
    b::dir(vm, args.pos().first())
}

fn f_divmod(vm: &Vm, args: Args) -> PyResult {
    exact(vm, &args, "divmod", 2)?;
    let p = args.pos();
    let r = number::binary_op1(
        vm,
        &p[0],
        &p[1],
        &vm.names.__divmod__,
        &vm.names.__rdivmod__,
    )?;
    if r.is(&vm.not_implemented) {
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(&p[0]),
            vm.type_name(&p[1])
        )));
    }
    Ok(r)
}

fn f_format(vm: &Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "format")?;
    let p = args.pos();
    let spec = p.get(1).cloned().unwrap_or_else(|| vm.empty_str.clone());
    if spec.as_str().is_none() {
        return Err(vm.type_error(format!(
            "format() argument 2 must be str, not {}",
            vm.type_name(&spec)
        )));
    }
    repr::format(vm, &p[0], &spec)
}

fn f_globals(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.current_globals())
}

fn f_locals(vm: &Vm, _args: Args) -> PyResult {
    match vm.current_frame() {
        Some(f) => crate::objects::frame::frame_locals(vm, &f),
        None => Ok(vm.current_globals()),
    }
}

fn f_vars(vm: &Vm, args: Args) -> PyResult {
    match args.pos().first() {
        None => f_locals(vm, args),
        Some(o) => match attr::getattr_opt(vm, o, &vm.names.__dict__)? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn f_hash(vm: &Vm, args: Args) -> PyResult {
    exact(vm, &args, "hash", 1)?;
    Ok(vm.int(compare::hash(vm, &args.pos()[0])?))
}

fn f_id(vm: &Vm, args: Args) -> PyResult {
    exact(vm, &args, "id", 1)?;
    Ok(vm.usize(args.pos()[0].id()))
}

fn f_input(vm: &Vm, args: Args) -> PyResult {
    if let Some(prompt) = args.pos().first() {
        let s = repr::str(vm, prompt)?;
        if let Some(out) = crate::modules::sys::sys_attr(vm, "stdout") {
            call::call_method(vm, &out, "write", &[s])?;
        }
    }
    crate::modules::stdio::flush_stdout(vm);
    let stdin = crate::modules::sys::sys_attr(vm, "stdin")
        .ok_or_else(|| vm.runtime_error("input(): lost sys.stdin"))?;
    let line = call::call_method(vm, &stdin, "readline", &[])?;
    let s = line.as_str().unwrap_or("");
    if s.is_empty() {
        return Err(vm.new_exc(&vm.t.eof_error, "EOF when reading a line"));
    }
    Ok(vm.str(s.strip_suffix('\n').unwrap_or(s)))
}

fn f_isinstance(vm: &Vm, args: Args) -> PyResult {
    exact(vm, &args, "isinstance", 2)?;
    Ok(vm.bool(b::isinstance(vm, &args.pos()[0], &args.pos()[1])?))
}

fn f_issubclass(vm: &Vm, args: Args) -> PyResult {
    exact(vm, &args, "issubclass", 2)?;
    Ok(vm.bool(b::issubclass(vm, &args.pos()[0], &args.pos()[1])?))
}

fn f_iter(vm: &Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "iter")?;
    let p = args.pos();
    match p.len() {
        1 => sequence::iter(vm, &p[0]),
        2 => {
            if !call::is_callable(vm, &p[0]) {
                return Err(vm.type_error("iter(v, w): v must be callable"));
            }
            Ok(crate::objects::iter::new_iter(
                vm,
                &vm.t.callable_iterator,
                crate::objects::iter::IterState::Callable {
                    func: Some(p[0].clone()),
                    sentinel: p[1].clone(),
                },
            ))
        }
        n => Err(vm.type_error(format!("iter expected at most 2 arguments, got {n}"))),
    }
}

fn f_next(vm: &Vm, args: Args) -> PyResult {
    no_kw(vm, &args, "next")?;
    let p = args.pos();
    if p.is_empty() || p.len() > 2 {
        return Err(vm.type_error(format!(
            "next expected at least 1 argument, got {}",
            p.len()
        )));
    }
    let it = &p[0];
    if it.type_data().lookup(&vm.names.__next__).is_none() {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    let m = it.type_data().lookup(&vm.names.__next__).expect("checked");
    match call::call_method_obj(vm, &m, it, &[]) {
        Ok(v) => Ok(v),
        Err(e) if vm.exc_matches(&e, &vm.t.stop_iteration) && p.len() == 2 => Ok(p[1].clone()),
        Err(e) => Err(e),
    }
}

fn f_len(vm: &Vm, args: Args) -> PyResult {
    exact(vm, &args, "len", 1)?;
    Ok(vm.usize(sequence::len(vm, &args.pos()[0])?))
}

fn minmax(vm: &Vm, args: Args, name: &str, op: CompareOp) -> PyResult {
    let p = args.pos();
    let mut key = None;
    let mut default = None;
    for (k, v) in args.kwargs() {
        match k {
            "key" => key = Some(v.clone()).filter(|k| !vm.is_none(k)),
            "default" => default = Some(v.clone()),
            _ => {
                return Err(
                    vm.type_error(format!("{name}() got an unexpected keyword argument '{k}'"))
                )
            }
        }
    }
    let items: Vec<PyRef> = match p.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => sequence::collect(vm, &p[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            p.to_vec()
        }
    };
    let mut best: Option<(PyRef, PyRef)> = None;
    for it in items {
        let k = match &key {
            Some(f) => call::call(vm, f, &[it.clone()])?,
            None => it.clone(),
        };
        best = match best {
            None => Some((k, it)),
            Some((bk, bv)) => {
                if compare::compare_bool(vm, &k, &bk, op)? {
                    Some((k, it))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default.ok_or_else(|| vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn f_max(vm: &Vm, args: Args) -> PyResult {
    minmax(vm, args, "max", CompareOp::Gt)
}
fn f_min(vm: &Vm, args: Args) -> PyResult {
    minmax(vm, args, "min", CompareOp::Lt)
}

fn f_pow(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let mut base = p.first().cloned();
    let mut exp = p.get(1).cloned();
    let mut m = p.get(2).cloned();
    for (k, v) in args.kwargs() {
        match k {
            "base" => base = Some(v.clone()),
            "exp" => exp = Some(v.clone()),
            "mod" => m = Some(v.clone()),
            _ => {
                return Err(vm.type_error(format!("pow() got an unexpected keyword argument '{k}'")))
            }
        }
    }
    let (Some(base), Some(exp)) = (base, exp) else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    match m {
        Some(m) if !vm.is_none(&m) => number::pow3(vm, &base, &exp, &m),
        _ => number::binary_op(vm, &base, &exp, BinaryOp::Power),
    }
}

fn f_print(vm: &Vm, args: Args) -> PyResult {
    let mut sep: Option<PyRef> = None;
    let mut end: Option<PyRef> = None;
    let mut file: Option<PyRef> = None;
    let mut flush = false;
    for (k, v) in args.kwargs() {
        match k {
            "sep" => sep = Some(v.clone()).filter(|s| !vm.is_none(s)),
            "end" => end = Some(v.clone()).filter(|s| !vm.is_none(s)),
            "file" => file = Some(v.clone()).filter(|s| !vm.is_none(s)),
            "flush" => flush = compare::is_true(vm, v)?,
            _ => {
                return Err(
                    vm.type_error(format!("'{k}' is an invalid keyword argument for print()"))
                )
            }
        }
    }
    for (what, v) in [("sep", &sep), ("end", &end)] {
        if let Some(v) = v {
            if v.as_str().is_none() {
                return Err(vm.type_error(format!(
                    "{} must be None or a string, not {}",
                    what,
                    vm.type_name(v)
                )));
            }
        }
    }
    let file = match file {
        Some(f) => f,
        None => match crate::modules::sys::sys_attr(vm, "stdout") {
            Some(f) if !vm.is_none(&f) => f,
            _ => return Ok(vm.none()),
        },
    };
    let sep_s = sep.as_ref().and_then(|s| s.as_str()).unwrap_or(" ");
    let end_s = end.as_ref().and_then(|s| s.as_str()).unwrap_or("\n");
    if let Some(stream) = file.native::<crate::modules::stdio::StdStream>() {
        let mut out = String::new();
        for (i, a) in args.pos().iter().enumerate() {
            if i > 0 {
                out.push_str(sep_s);
            }
            let s = repr::str(vm, a)?;
            out.push_str(s.as_str().unwrap_or(""));
        }
        out.push_str(end_s);
        if stream.closed.get() {
            return Err(vm.value_error("I/O operation on closed file."));
        }
        stream.write_str(&out);
        if flush {
            stream.flush();
        }
        return Ok(vm.none());
    }
    let write = attr::getattr_str(vm, &file, "write")?;
    for (i, a) in args.pos().iter().enumerate() {
        if i > 0 {
            call::call(vm, &write, &[vm.str(sep_s)])?;
        }
        let s = repr::str(vm, a)?;
        call::call(vm, &write, &[s])?;
    }
    call::call(vm, &write, &[vm.str(end_s)])?;
    if flush {
        call::call_method(vm, &file, "flush", &[])?;
    }
    Ok(vm.none())
}

fn f_repr(vm: &Vm, args: Args) -> PyResult {
    exact(vm, &args, "repr", 1)?;
    repr::repr(vm, &args.pos()[0])
}

fn f_round(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let mut number = p.first().cloned();
    let mut nd = p.get(1).cloned();
    for (k, v) in args.kwargs() {
        match k {
            "number" => number = Some(v.clone()),
            "ndigits" => nd = Some(v.clone()),
            _ => {
                return Err(
                    vm.type_error(format!("round() got an unexpected keyword argument '{k}'"))
                )
            }
        }
    }
    let number = number
        .ok_or_else(|| vm.type_error("round() missing required argument 'number' (pos 1)"))?;
    let m = number
        .type_data()
        .lookup(&vm.names.__round__)
        .ok_or_else(|| {
            vm.type_error(format!(
                "type {} doesn't define __round__ method",
                vm.type_name(&number)
            ))
        })?;
    match nd {
        Some(n) if !vm.is_none(&n) => call::call_method_obj(vm, &m, &number, &[n]),
        _ => call::call_method_obj(vm, &m, &number, &[]),
    }
}

fn f_sorted(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", p.len())));
    }
    // PySequence_List: an empty list extended by the iterable.
    let (mut items, hint) = sequence::gather(vm, &p[0])?;
    let cap = crate::objects::list::extended_capacity(0, 0, hint, items.len());
    crate::objects::list::set_capacity(&mut items, cap);
    let list = vm.list(items);
    let sort = attr::getattr_str(vm, &list, "sort")?;
    call::call_args(vm, &sort, Args::with_kw(args.kwvalues(), args.kwnames))?;
    Ok(list)
}

fn f_sum(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.is_empty() {
        return Err(vm.type_error("sum() takes at least 1 positional argument (0 given)"));
    }
    let mut acc = p
        .get(1)
        .cloned()
        .or_else(|| args.kwarg("start").cloned())
        .unwrap_or_else(|| vm.int(0));
    match &acc.payload {
        Payload::Str(_) => {
            return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"))
        }
        Payload::Bytes(_) => {
            return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"))
        }
        Payload::ByteArray(_) => {
            return Err(vm.type_error("sum() can't sum bytearray [use b''.join(seq) instead]"))
        }
        _ => {}
    }
    let it = sequence::iter(vm, &p[0])?;
    while let Some(v) = sequence::next(vm, &it)? {
        acc = number::binary_op(vm, &acc, &v, BinaryOp::Add)?;
    }
    Ok(acc)
}

fn f_import(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let name = p
        .first()
        .or_else(|| args.kwarg("name"))
        .cloned()
        .ok_or_else(|| vm.type_error("__import__() missing required argument 'name' (pos 1)"))?;
    let globals = p.get(1).or_else(|| args.kwarg("globals")).cloned();
    let fromlist = p.get(3).or_else(|| args.kwarg("fromlist")).cloned();
    let level = match p.get(4).or_else(|| args.kwarg("level")) {
        Some(l) => crate::objects::int::to_i64(vm, l)?,
        None => 0,
    };
    let n = name.as_str().ok_or_else(|| {
        vm.type_error(format!(
            "module name must be str, not {}",
            vm.type_name(&name)
        ))
    })?;
    crate::import::import_full(vm, n, globals.as_ref(), fromlist.as_ref(), level)
}

fn f_compile(vm: &Vm, args: Args) -> PyResult {
    crate::modules::builtins_exec::compile(vm, args)
}
fn f_exec(vm: &Vm, args: Args) -> PyResult {
    crate::modules::builtins_exec::exec(vm, args, false)
}
fn f_eval(vm: &Vm, args: Args) -> PyResult {
    crate::modules::builtins_exec::exec(vm, args, true)
}

fn f_build_class(vm: &Vm, args: Args) -> PyResult {
    crate::objects::type_call::build_class(vm, args)
}

fn f_aiter(vm: &Vm, args: Args) -> PyResult {
    exact(vm, &args, "aiter", 1)?;
    crate::interp::ops::generator::get_aiter(vm, args.pos()[0].clone())
}

fn f_anext(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let m = p[0]
        .type_data()
        .lookup(&vm.names.__anext__)
        .ok_or_else(|| {
            vm.type_error(format!(
                "'{}' object is not an async iterator",
                vm.type_name(&p[0])
            ))
        })?;
    call::call_method_obj(vm, &m, &p[0], &[])
}

fn f_open(vm: &Vm, args: Args) -> PyResult {
    let io = crate::import::import_module(vm, "io")?;
    let open = attr::getattr_str(vm, &io, "open")?;
    call::call_args(vm, &open, args)
}

fn f_breakpoint(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.none())
}

pub const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("abs", f_abs),
    MethodDef::method("all", f_all),
    MethodDef::method("any", f_any),
    MethodDef::method("ascii", f_ascii),
    MethodDef::method("bin", f_bin),
    MethodDef::method("oct", f_oct),
    MethodDef::method("hex", f_hex),
    MethodDef::method("callable", f_callable),
    MethodDef::method("chr", f_chr),
    MethodDef::method("ord", f_ord),
    MethodDef::method("delattr", f_delattr),
    MethodDef::method("getattr", f_getattr),
    MethodDef::method("setattr", f_setattr),
    MethodDef::method("hasattr", f_hasattr),
    MethodDef::method("dir", f_dir),
    MethodDef::method("divmod", f_divmod),
    MethodDef::method("format", f_format),
    MethodDef::method("globals", f_globals),
    MethodDef::method("locals", f_locals),
    MethodDef::method("vars", f_vars),
    MethodDef::method("hash", f_hash),
    MethodDef::method("id", f_id),
    MethodDef::method("input", f_input),
    MethodDef::method("isinstance", f_isinstance),
    MethodDef::method("issubclass", f_issubclass),
    MethodDef::method("iter", f_iter),
    MethodDef::method("next", f_next),
    MethodDef::method("len", f_len),
    MethodDef::method("max", f_max),
    MethodDef::method("min", f_min),
    MethodDef::method("pow", f_pow),
    MethodDef::method("print", f_print),
    MethodDef::method("repr", f_repr),
    MethodDef::method("round", f_round),
    MethodDef::method("sorted", f_sorted),
    MethodDef::method("sum", f_sum),
    MethodDef::method("__import__", f_import),
    MethodDef::method("compile", f_compile),
    MethodDef::method("exec", f_exec),
    MethodDef::method("eval", f_eval),
    MethodDef::method("__build_class__", f_build_class),
    MethodDef::method("aiter", f_aiter),
    MethodDef::method("anext", f_anext),
    MethodDef::method("open", f_open),
    MethodDef::method("breakpoint", f_breakpoint),
];
