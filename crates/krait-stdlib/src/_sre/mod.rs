//! `_sre`: the regular expression engine under `re`. Patterns are parsed and compiled to SRE
//! code words (as CPython 3.11's `re._compiler` emits them) and run by the
//! `rustpython-sre_engine` matcher; `objects.rs` holds `re.Pattern` and `re.Match`.

pub mod objects;
pub mod subject;
pub mod template;

use krait_vm::objects::module::{add_functions, new_module, set_attr};
use krait_vm::{Args, MethodDef, PyResult, Vm};

use objects::PatternData;

/// `_sre.MAGIC` of CPython 3.11 (its opcode numbering, which the engine shares).
const MAGIC: i64 = 20220615;

/// `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`: a Pattern over
/// already compiled code words (CPython's low-level entry point).
fn sre_compile(vm: &Vm, args: Args) -> PyResult {
    let p = args.pos();
    if p.len() != 6 {
        return Err(vm.type_error(format!(
            "compile() takes exactly 6 arguments ({} given)",
            p.len()
        )));
    }
    let pattern = p[0].clone();
    let flags = krait_vm::objects::int::to_i64(vm, &p[1])? as u32;
    let code = krait_vm::protocols::sequence::collect(vm, &p[2])?
        .iter()
        .map(|c| krait_vm::objects::int::to_i64(vm, c).map(|v| v as u32))
        .collect::<PyResult<Vec<u32>>>()?;
    let groups = krait_vm::objects::int::to_i64(vm, &p[3])? as usize;
    let mut groupindex = Vec::new();
    if let Some(d) = p[4].as_dict() {
        for (k, v) in d.items() {
            groupindex.push((
                k.as_str().unwrap_or("").to_string(),
                krait_vm::objects::int::to_i64(vm, &v)? as usize,
            ));
        }
    }
    let is_bytes = pattern.as_str().is_none();
    Ok(objects::new_pattern(
        vm,
        PatternData {
            pattern,
            code,
            flags,
            groups,
            groupindex,
            is_bytes,
        },
    ))
}

fn getcodesize(vm: &Vm, _args: Args) -> PyResult {
    Ok(vm.int(4))
}

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("compile", sre_compile),
    MethodDef::method("getcodesize", getcodesize),
];

pub fn init(vm: &Vm) -> PyResult {
    let m = new_module(vm, "_sre");
    add_functions(vm, &m, FUNCTIONS);
    for (name, v) in [
        ("MAGIC", MAGIC),
        ("CODESIZE", 4),
        ("MAXREPEAT", u32::MAX as i64),
        ("MAXGROUPS", (u32::MAX / 2) as i64),
        ("SRE_FLAG_TEMPLATE", 1),
        ("SRE_FLAG_IGNORECASE", 2),
        ("SRE_FLAG_LOCALE", 4),
        ("SRE_FLAG_MULTILINE", 8),
        ("SRE_FLAG_DOTALL", 16),
        ("SRE_FLAG_UNICODE", 32),
        ("SRE_FLAG_VERBOSE", 64),
        ("SRE_FLAG_DEBUG", 128),
        ("SRE_FLAG_ASCII", 256),
    ] {
        set_attr(vm, &m, name, vm.int(v));
    }
    let (pattern, m_ty, _) = objects::types(vm);
    set_attr(vm, &m, "Pattern", pattern);
    set_attr(vm, &m, "Match", m_ty);
    Ok(m)
}
