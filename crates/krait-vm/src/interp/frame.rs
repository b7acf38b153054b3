//! Calling a Python function: binding arguments to parameters with CPython's error messages
//! (`initialize_locals` in `Python/ceval.c`), making cells, and running the frame or wrapping
//! it in a generator/coroutine.

use krait_bytecode::CodeFlags;

use crate::object::PyRef;
use crate::objects::Payload;
use crate::vm::{Args, PyResult, Vm};

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// Bind `args` to the parameters of function `func`, filling `fast`, the (empty) fast slots
/// of its new frame.
#[inline(always)]
pub fn bind_arguments(
    vm: &Vm,
    func: &PyRef,
    args: Args,
    fast: &mut [Option<PyRef>],
) -> PyResult<()> {
    let f = func.as_function().expect("a function");
    if args.kwnames.is_empty() && f.shape.get().binds_plainly(args.values.len()) {
        for (slot, a) in fast.iter_mut().zip(args.values) {
            *slot = Some(a.clone());
        }
        finish_cells(vm, f, fast);
        return Ok(());
    }
    bind_arguments_slow(vm, func, args, fast)
}

/// Everything `bind_arguments`' fast path does not cover: keywords, defaults, `*args`,
/// `**kwargs`, keyword-only parameters and the errors.
#[inline(never)]
fn bind_arguments_slow(
    vm: &Vm,
    func: &PyRef,
    args: Args,
    fast: &mut [Option<PyRef>],
) -> PyResult<()> {
    let f = func.as_function().expect("a function");
    let code_obj = f.code_ref();
    let pc = code_obj.as_code().expect("code");
    let co = &pc.code;
    let argcount = co.argcount as usize;
    let posonly = co.posonlyargcount as usize;
    let kwonly = co.kwonlyargcount as usize;
    let has_varargs = co.flags.has(CodeFlags::VARARGS);
    let has_varkw = co.flags.has(CodeFlags::VARKEYWORDS);
    let pos = args.pos();
    let qualname = || {
        f.qualname
            .get()
            .and_then(|q| q.as_str().map(|s| s.to_string()))
            .unwrap_or_default()
    };

    let kwdict_index = argcount + kwonly + usize::from(has_varargs);
    let kwdict = if has_varkw {
        let d = vm.dict();
        fast[kwdict_index] = Some(d.clone());
        Some(d)
    } else {
        None
    };
    let n = pos.len().min(argcount);
    for i in 0..n {
        fast[i] = Some(pos[i].clone());
    }
    if has_varargs {
        let extra = if pos.len() > argcount {
            pos[argcount..].to_vec()
        } else {
            Vec::new()
        };
        fast[argcount + kwonly] = Some(vm.tuple(extra));
    }
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (name_obj, value) in args.kwnames.iter().zip(args.kwvalues()) {
        let name = name_obj.as_str().unwrap_or("");
        let found = (posonly..argcount + kwonly)
            .find(|&i| pc.localsplus[i].is(name_obj))
            .or_else(|| {
                (posonly..argcount + kwonly).find(|&i| pc.localsplus[i].as_str() == Some(name))
            });
        match found {
            Some(i) => {
                if fast[i].is_some() {
                    return Err(vm.type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        qualname(),
                        name
                    )));
                }
                fast[i] = Some(value.clone());
            }
            None => {
                if let Some(kd) = &kwdict {
                    kd.as_dict()
                        .expect("dict")
                        .set(vm, name_obj.clone(), value.clone())?;
                } else if (0..posonly).any(|i| pc.localsplus[i].as_str() == Some(name)) {
                    posonly_as_kw.push(name.to_string());
                } else {
                    return Err(vm.type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        qualname(),
                        name
                    )));
                }
            }
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(vm.type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname(),
            posonly_as_kw.join(", ")
        )));
    }
    let defaults = f.defaults.get();
    let defaults: &[PyRef] = defaults.as_ref().and_then(|d| d.as_tuple()).unwrap_or(&[]);
    if pos.len() > argcount && !has_varargs {
        let given_kwonly = (argcount..argcount + kwonly)
            .filter(|&i| fast[i].is_some())
            .count();
        let takes = if defaults.is_empty() {
            plural(argcount, "positional argument")
        } else {
            format!(
                "from {} to {} positional arguments",
                argcount - defaults.len(),
                argcount
            )
        };
        let was = if pos.len() == 1 && given_kwonly == 0 {
            "was"
        } else {
            "were"
        };
        let given = if given_kwonly > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{})",
                pos.len(),
                if pos.len() == 1 { "" } else { "s" },
                given_kwonly,
                if given_kwonly == 1 { "" } else { "s" }
            )
        } else {
            pos.len().to_string()
        };
        return Err(vm.type_error(format!(
            "{}() takes {} but {} {} given",
            qualname(),
            takes,
            given,
            was
        )));
    }
    if pos.len() < argcount {
        let first_default = argcount - defaults.len();
        let mut missing = Vec::new();
        for i in pos.len()..argcount {
            if fast[i].is_none() {
                if i >= first_default {
                    fast[i] = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(co.varnames[i].to_string());
                }
            }
        }
        if !missing.is_empty() {
            return Err(vm.type_error(format!(
                "{}() missing {} required positional argument{}: {}",
                qualname(),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
    }
    if kwonly > 0 {
        let kwdefaults = f.kwdefaults.get();
        let mut missing = Vec::new();
        for i in argcount..argcount + kwonly {
            if fast[i].is_none() {
                let d = match kwdefaults.as_ref().and_then(|k| k.as_dict()) {
                    Some(kd) => kd.get_str_obj(&pc.localsplus[i]),
                    None => None,
                };
                match d {
                    Some(v) => fast[i] = Some(v),
                    None => missing.push(co.varnames[i].to_string()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(vm.type_error(format!(
                "{}() missing {} required keyword-only argument{}: {}",
                qualname(),
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            )));
        }
    }
    finish_cells(vm, f, fast);
    Ok(())
}

/// Make the frame's cells (moving arguments that are cell variables into them) and copy the
/// closure's cells into the free-variable slots, when the code has any.
#[inline(always)]
fn finish_cells(vm: &Vm, f: &crate::objects::function::PyFunction, fast: &mut [Option<PyRef>]) {
    if f.shape.get().has_cells {
        make_cells(vm, f, fast);
    }
}

fn make_cells(vm: &Vm, f: &crate::objects::function::PyFunction, fast: &mut [Option<PyRef>]) {
    let pc = f.code_ref().as_code().expect("code");
    let co = &pc.code;
    let nvar = co.varnames.len();
    for (j, arg) in co.cell2arg.iter().enumerate() {
        let initial = arg.and_then(|a| fast[a as usize].take());
        fast[nvar + j] = Some(crate::objects::cell::new_cell(vm, initial));
    }
    // The closure's cells fill the free-variable slots, the last ones.
    if let Some(cells) = f.closure.borrow_ref().and_then(|cl| cl.as_tuple()) {
        let base = nvar + co.cellvars.len();
        for (slot, c) in fast[base..].iter_mut().zip(cells) {
            *slot = Some(c.clone());
        }
    }
}

/// The frame for a `CALL` of a Python function with exactly its positional parameters, the
/// arguments being `stack[args_start..]`: they are moved into the new frame's slots rather
/// than copied, so while the call runs an argument is referenced by the callee's variable, not
/// also by the caller's value stack (as in CPython, where the frame steals them). The eval
/// loop runs the frame inline. None, with the stack untouched, when the call needs the
/// general path (keywords, defaults, `*args`, generators).
#[inline(never)]
pub fn simple_frame(
    vm: &Vm,
    func: &PyRef,
    stack: &mut Vec<PyRef>,
    args_start: usize,
) -> Option<PyRef> {
    let f = func.as_function()?;
    let shape = f.shape.get();
    let nargs = stack.len() - args_start;
    if !shape.runs_inline(nargs) {
        return None;
    }
    let mut frame = function_frame(vm, f, f.code_ref().to_ref(), shape.nslots as usize);
    let fast = crate::objects::frame::fresh_slots(&mut frame);
    // The arguments are the top of the stack: moved into their slots, last one first.
    for slot in fast[..nargs].iter_mut().rev() {
        *slot = stack.pop();
    }
    finish_cells(vm, f, fast);
    Some(frame)
}

/// The frame for a `CALL` of a plain class (metaclass `type`, `object.__new__`, not
/// abstract) whose `__init__` is a Python function taking exactly the arguments, which are
/// `stack[cls_idx + 1..]` after the class: the instance is allocated here and `__init__`'s
/// frame made to run inline, the instance recorded so that its return gives the caller the
/// instance (CPython 3.12's `CALL_NO_KW_ALLOC_AND_ENTER_INIT`; `type_call` in general).
/// None, with the stack untouched, for every other call.
#[inline(never)]
pub fn init_frame(vm: &Vm, stack: &mut Vec<PyRef>, cls_idx: usize) -> Option<PyRef> {
    let cls = &stack[cls_idx];
    let td = cls.as_type()?;
    if !td.is_heap() || !std::ptr::eq(cls.ty(), &*vm.t.type_) {
        return None;
    }
    let new = td.lookup(&vm.names.__new__)?;
    if !matches!(&new.payload, Payload::MethodDescr(d) if d.owner.is(&vm.t.object)) {
        return None;
    }
    let init = td.lookup(&vm.names.__init__)?;
    if !init
        .as_function()?
        .shape
        .get()
        .runs_inline(stack.len() - cls_idx)
    {
        return None;
    }
    if td.lookup(&vm.names.__abstractmethods__).is_some() {
        return None;
    }
    let instance = crate::objects::object::alloc_instance(vm, cls, Payload::Empty);
    let cls = std::mem::replace(&mut stack[cls_idx], instance.clone());
    // `simple_frame` checks exactly what was checked above, so it cannot decline now that the
    // stack holds the instance.
    let frame = simple_frame(vm, &init, stack, cls_idx).expect("arguments checked above");
    drop(cls);
    frame.as_frame()?.init_self.set(Some(instance));
    Some(frame)
}

/// Call Python function `func` with `args`.
pub fn call_function(vm: &Vm, func: &PyRef, args: Args) -> PyResult {
    let f = func.as_function().expect("a function");
    let code = f.code.get().expect("code");
    let co = &code.as_code().expect("code").code;
    let flags = co.flags;
    let mut frame = function_frame(vm, f, code.clone(), co.nlocalsplus());
    let bound = bind_arguments(
        vm,
        func,
        args,
        crate::objects::frame::fresh_slots(&mut frame),
    );
    if let Err(e) = bound {
        crate::objects::frame::recycle_frame(vm, frame);
        return Err(e);
    }
    if is_generator_code(flags) {
        return Ok(crate::objects::generator::new_generator(
            vm, frame, f, flags,
        ));
    }
    run_and_recycle(vm, frame)
}

/// Code whose call makes a generator, coroutine or async generator instead of running.
#[inline(always)]
pub(crate) fn is_generator_code(flags: CodeFlags) -> bool {
    flags.0 & (CodeFlags::GENERATOR | CodeFlags::COROUTINE | CodeFlags::ASYNC_GENERATOR) != 0
}

/// A frame for a call of `f` (whose code is `code`), its slots empty.
#[inline(always)]
fn function_frame(
    vm: &Vm,
    f: &crate::objects::function::PyFunction,
    code: PyRef,
    nslots: usize,
) -> PyRef {
    crate::objects::frame::new_frame(
        vm,
        code,
        f.globals.clone(),
        f.builtins.clone(),
        None,
        nslots,
    )
}

/// Run `frame` to completion and give it back to the frame pool.
#[inline(always)]
fn run_and_recycle(vm: &Vm, frame: PyRef) -> PyResult {
    let r = crate::interp::eval::run_function_frame(vm, &frame);
    crate::objects::frame::recycle_frame(vm, frame);
    r
}

/// Run a module or class body: `code` with `locals` as its namespace.
pub fn run_code(vm: &Vm, code: &PyRef, globals: &PyRef, locals: Option<PyRef>) -> PyResult {
    let builtins = match globals
        .as_dict()
        .and_then(|g| g.get_str_obj(&vm.names.__builtins__))
    {
        Some(b) => match &b.payload {
            Payload::Module(_) => b.dict().unwrap_or_else(|| vm.builtins_dict.clone()),
            Payload::Dict(_) => b,
            _ => vm.builtins_dict.clone(),
        },
        None => {
            if let Some(g) = globals.as_dict() {
                g.set_item_str(vm, vm.names.__builtins__.clone(), vm.builtins.clone())?;
            }
            vm.builtins_dict.clone()
        }
    };
    let n = code.as_code().expect("code").code.nlocalsplus();
    let frame =
        crate::objects::frame::new_frame(vm, code.clone(), globals.clone(), builtins, locals, n);
    let r = crate::interp::eval::run_function_frame(vm, &frame);
    crate::objects::frame::recycle_frame(vm, frame);
    r
}
