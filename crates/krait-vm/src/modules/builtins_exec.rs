//! `compile`, `exec` and `eval`: source or code objects run in given namespaces. Mirrors
//! `builtin_compile_impl`, `builtin_exec_impl` and `builtin_eval_impl`.

use crate::object::PyRef;
use crate::objects::Payload;
use crate::vm::{Args, PyResult, Vm};

/// A SyntaxError (or subclass) object for a compiler error.
pub fn syntax_error(vm: &Vm, e: &krait_compiler::CompileError) -> PyRef {
    let ty = match e.kind {
        krait_compiler::ErrorKind::SyntaxError => &vm.t.syntax_error,
        krait_compiler::ErrorKind::IndentationError => &vm.t.indentation_error,
        krait_compiler::ErrorKind::TabError => &vm.t.tab_error,
    };
    let text = match &e.text {
        Some(t) => vm.str(t),
        None => vm.none(),
    };
    let info = vm.tuple(vec![
        vm.str(&e.filename),
        vm.int(e.lineno as i64),
        vm.int(e.offset as i64),
        text,
        vm.int(e.end_lineno as i64),
        vm.int(e.end_offset as i64),
    ]);
    crate::objects::exceptions::new_exception(vm, ty, vec![vm.str(&e.msg), info])
}

/// Compile source text into a code object.
pub fn compile_source(
    vm: &Vm,
    source: &str,
    filename: &str,
    mode: krait_compiler::Mode,
) -> PyResult {
    match krait_compiler::compile(source, filename, mode) {
        Ok(code) => Ok(crate::objects::code::new_code(vm, std::rc::Rc::new(code))),
        Err(e) => Err(syntax_error(vm, &e)),
    }
}

fn source_text(vm: &Vm, src: &PyRef, what: &str) -> PyResult<String> {
    match &src.payload {
        Payload::Str(s) => Ok(s.as_str().to_string()),
        Payload::Bytes(b) => Ok(String::from_utf8_lossy(b).into_owned()),
        Payload::ByteArray(b) => Ok(String::from_utf8_lossy(&b.borrow()).into_owned()),
        _ => Err(vm.type_error(format!(
            "{what}() arg 1 must be a string, bytes or code object"
        ))),
    }
}

pub fn compile(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    let get = |i: usize, name: &str| p.get(i).or_else(|| args.kwarg(name)).cloned();
    let src = get(0, "source")
        .ok_or_else(|| vm.type_error("compile() missing required argument 'source' (pos 1)"))?;
    let filename = get(1, "filename")
        .ok_or_else(|| vm.type_error("compile() missing required argument 'filename' (pos 2)"))?;
    let mode = get(2, "mode")
        .ok_or_else(|| vm.type_error("compile() missing required argument 'mode' (pos 3)"))?;
    let flags = match get(3, "flags") {
        Some(f) => crate::objects::int::to_i64(vm, &f)?,
        None => 0,
    };
    if src.as_code().is_some() {
        return Ok(src);
    }
    let mode = match mode.as_str() {
        Some("exec") => krait_compiler::Mode::Exec,
        Some("eval") => krait_compiler::Mode::Eval,
        Some("single") => krait_compiler::Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    if flags & 0x400 != 0 {
        // PyCF_ONLY_AST: the ast module is not available.
        return Err(vm.not_implemented_error("compile() to an AST is not supported"));
    }
    let text = source_text(vm, &src, "compile")?;
    let fname = crate::protocols::repr::str(vm, &filename)?;
    let interactive =
        krait_compiler::PYCF_DONT_IMPLY_DEDENT | krait_compiler::PYCF_ALLOW_INCOMPLETE_INPUT;
    match krait_compiler::compile_flags(
        &text,
        fname.as_str().unwrap_or("<string>"),
        mode,
        (flags as u32) & interactive,
    ) {
        Ok(code) => Ok(crate::objects::code::new_code(vm, std::rc::Rc::new(code))),
        Err(e) => Err(syntax_error(vm, &e)),
    }
}

/// `exec(src, globals, locals)` / `eval(...)`.
pub fn exec(vm: &Vm, args: Args, is_eval: bool) -> PyResult {
    let name = if is_eval { "eval" } else { "exec" };
    let p = args.pos();
    let src = p
        .first()
        .ok_or_else(|| vm.type_error(format!("{name} expected at least 1 argument, got 0")))?;
    let mut globals = p
        .get(1)
        .or_else(|| args.kwarg("globals"))
        .cloned()
        .filter(|g| !vm.is_none(g));
    let mut locals = p
        .get(2)
        .or_else(|| args.kwarg("locals"))
        .cloned()
        .filter(|g| !vm.is_none(g));
    if let Some(g) = &globals {
        if g.as_dict().is_none() {
            return Err(vm.type_error(if is_eval {
                "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
            } else {
                format!("exec() globals must be a dict, not {}", vm.type_name(g))
            }));
        }
    }
    if globals.is_none() {
        globals = Some(vm.current_globals());
        if locals.is_none() {
            locals = match vm.current_frame() {
                Some(f) => Some(crate::objects::frame::frame_locals(vm, &f)?),
                None => None,
            };
        }
    }
    let globals = globals.expect("set above");
    let locals = locals.unwrap_or_else(|| globals.clone());
    let code = match src.as_code() {
        Some(_) => src.clone(),
        None => {
            let text = source_text(vm, src, name)?;
            let text = if is_eval {
                text.trim_start_matches([' ', '\t']).to_string()
            } else {
                text
            };
            let mode = if is_eval {
                krait_compiler::Mode::Eval
            } else {
                krait_compiler::Mode::Exec
            };
            compile_source(vm, &text, "<string>", mode)?
        }
    };
    let r = crate::interp::frame::run_code(vm, &code, &globals, Some(locals))?;
    Ok(if is_eval { r } else { vm.none() })
}
