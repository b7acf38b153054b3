//! _dis: the accelerator of `lib/dis.py`, playing the part of CPython's `_opcode` module and
//! of `Lib/opcode.py`'s tables. Everything here is read from `krait-bytecode`'s opcode table
//! and `dis::arg_kind`, so `dis` knows Krait's opcodes without a second copy of them:
//! `opname`/`opmap`, the `has*` lists, `stack_effect`, `instructions(code)`, which
//! decodes a code object's instructions with their argument values (as
//! `_get_instructions_bytes` does in `Lib/dis.py`), and `describe(opcode, arg)` for raw
//! `co_code` bytes.
//!
//! Offsets are in bytes of `co_code`, two per instruction, so they agree with `co_lines()`,
//! `f_lasti` and `tb_lasti`; jump arguments (instruction indices) become byte offsets.

use std::collections::HashSet;

use krait_bytecode::dis::{arg_kind, format_value_repr, make_function_repr, ArgKind};
use krait_bytecode::opcode::{BinaryOp, CompareOp};
use krait_bytecode::Opcode;
use krait_vm::objects::module::{new_module, set_attr};
use krait_vm::{Args, MethodDef, PyRef, PyResult, Vm};

/// The opcodes whose argument is of one of `kinds`, by number.
fn opcodes_of(vm: &Vm, kinds: &[ArgKind]) -> PyRef {
    vm.list(
        Opcode::ALL
            .iter()
            .filter(|op| kinds.contains(&arg_kind(**op)))
            .map(|op| vm.int(*op as i64))
            .collect(),
    )
}

/// `argval` and `argrepr` of one instruction.
fn arg_value(
    vm: &Vm,
    code: &krait_vm::objects::code::PyCode,
    op: Opcode,
    arg: u32,
) -> PyResult<(PyRef, PyRef)> {
    let found = |v: Option<&PyRef>, repr: Option<PyRef>| match v {
        Some(v) => Ok((v.clone(), repr.unwrap_or_else(|| v.clone()))),
        None => Ok((vm.int(arg as i64), vm.str(""))),
    };
    match arg_kind(op) {
        ArgKind::Const => {
            let c = code.consts.get(arg as usize);
            let repr = match c {
                Some(c) => Some(krait_vm::protocols::repr::repr(vm, c)?),
                None => None,
            };
            found(c, repr)
        }
        ArgKind::Name => found(code.names.get(arg as usize), None),
        ArgKind::GlobalName => {
            let n = code.names.get((arg >> 1) as usize);
            let repr = n
                .filter(|_| arg & 1 == 1)
                .map(|n| vm.string(format!("NULL + {}", n.as_str().unwrap_or_default())));
            found(n, repr)
        }
        ArgKind::Local | ArgKind::Free => found(code.localsplus.get(arg as usize), None),
        _ => code_free_value(vm, op, arg),
    }
}

/// `argval` and `argrepr` of an argument whose meaning needs no code object; arguments that
/// index a code object's tables stay numbers with no description.
fn code_free_value(vm: &Vm, op: Opcode, arg: u32) -> PyResult<(PyRef, PyRef)> {
    let plain = |v: PyRef, r: &str| Ok((v, vm.str(r)));
    match arg_kind(op) {
        ArgKind::None => plain(vm.none(), ""),
        ArgKind::Jump => {
            let target = arg as i64 * 2;
            plain(vm.int(target), &format!("to {target}"))
        }
        ArgKind::Compare => match CompareOp::from_arg(arg) {
            Some(c) => plain(vm.str(c.symbol()), c.symbol()),
            None => plain(vm.int(arg as i64), ""),
        },
        ArgKind::BinaryOp => plain(
            vm.int(arg as i64),
            BinaryOp::from_arg(arg).map_or("", |b| b.symbol()),
        ),
        ArgKind::FormatValue => {
            let converter = match arg & 3 {
                0 => vm.none(),
                n => krait_vm::protocols::attr::getattr_str(
                    vm,
                    &vm.builtins,
                    ["str", "repr", "ascii"][n as usize - 1],
                )?,
            };
            let value = vm.tuple(vec![converter, vm.bool(arg & 4 != 0)]);
            plain(value, &format_value_repr(arg))
        }
        ArgKind::MakeFunction => plain(vm.int(arg as i64), &make_function_repr(arg)),
        _ => plain(vm.int(arg as i64), ""),
    }
}

/// `describe(opcode, arg)`: `(argval, argrepr)` without a code object, for raw `co_code`.
fn f_describe(vm: &Vm, args: Args) -> PyResult {
    let [op, arg] = args.pos() else {
        return Err(vm.type_error("describe() takes exactly 2 arguments"));
    };
    let number = crate::args::c_int(vm, op)?;
    let Some(op) = u8::try_from(number).ok().and_then(Opcode::from_u8) else {
        return Err(vm.value_error("invalid opcode or oparg"));
    };
    let arg = if vm.is_none(arg) {
        0
    } else {
        u32::try_from(crate::args::c_int(vm, arg)?)
            .map_err(|_| vm.value_error("invalid opcode or oparg"))?
    };
    let (value, repr) = code_free_value(vm, op, arg)?;
    Ok(vm.tuple(vec![value, repr]))
}

/// `instructions(code)`: `(opname, opcode, arg, argval, argrepr, offset, is_jump_target)`
/// for every instruction; `arg` is None for opcodes without one. Jump targets include
/// exception handlers, as `dis` marks them.
fn f_instructions(vm: &Vm, args: Args) -> PyResult {
    let [obj] = args.pos() else {
        return Err(vm.type_error("instructions() takes exactly one argument"));
    };
    let Some(code) = obj.as_code() else {
        return Err(vm.type_error(format!(
            "instructions() argument must be code, not {}",
            vm.type_name(obj)
        )));
    };
    let ins = &code.code.instructions;
    let mut targets: HashSet<u32> = ins
        .iter()
        .filter(|i| i.op.is_jump())
        .map(|i| i.arg)
        .collect();
    targets.extend(code.code.exception_table.iter().map(|e| e.target));
    let mut out = Vec::with_capacity(ins.len());
    for (index, i) in ins.iter().enumerate() {
        let (argval, argrepr) = arg_value(vm, code, i.op, i.arg)?;
        let arg = if i.op.has_arg() {
            vm.int(i.arg as i64)
        } else {
            vm.none()
        };
        out.push(vm.tuple(vec![
            vm.intern(i.op.name()),
            vm.int(i.op as i64),
            arg,
            argval,
            argrepr,
            vm.int(index as i64 * 2),
            vm.bool(targets.contains(&(index as u32))),
        ]));
    }
    Ok(vm.list(out))
}

/// `stack_effect(opcode, oparg=None, /, *, jump=None)`: the change in stack depth, the larger
/// of the two when `jump` is None (`_opcode.stack_effect`).
fn f_stack_effect(vm: &Vm, args: Args) -> PyResult {
    let pos = args.pos();
    if pos.is_empty() || pos.len() > 2 {
        return Err(vm.type_error(format!(
            "stack_effect expected at least 1 argument, got {}",
            pos.len()
        )));
    }
    let mut jump = None;
    for (k, v) in args.kwargs() {
        if k != "jump" {
            return Err(vm.type_error(format!(
                "stack_effect() got an unexpected keyword argument '{k}'"
            )));
        }
        jump = Some(v);
    }
    let number = crate::args::c_int(vm, &pos[0])?;
    let oparg = match pos.get(1) {
        Some(o) if !vm.is_none(o) => Some(crate::args::c_int(vm, o)?),
        _ => None,
    };
    let jump = match jump {
        None => None,
        Some(j) if vm.is_none(j) => None,
        Some(j) if j.is(&vm.bool(true)) => Some(true),
        Some(j) if j.is(&vm.bool(false)) => Some(false),
        Some(_) => return Err(vm.value_error("stack_effect: jump must be False, True or None")),
    };
    let op = u8::try_from(number).ok().and_then(Opcode::from_u8);
    let invalid = || vm.value_error("invalid opcode or oparg");
    let Some(op) = op else {
        return Err(invalid());
    };
    let arg = match (op.has_arg(), oparg) {
        (true, None) => {
            return Err(
                vm.value_error("stack_effect: opcode requires oparg but oparg was not specified")
            )
        }
        (false, Some(_)) => {
            return Err(vm
                .value_error("stack_effect: opcode does not permit oparg but oparg was specified"))
        }
        (_, Some(a)) => u32::try_from(a).map_err(|_| invalid())?,
        (false, None) => 0,
    };
    let effect = match jump {
        Some(j) => op.stack_effect(arg, j),
        None => op.stack_effect(arg, true).max(op.stack_effect(arg, false)),
    };
    Ok(vm.int(effect as i64))
}

const FUNCTIONS: &[MethodDef] = &[
    MethodDef::method("instructions", f_instructions),
    MethodDef::method("stack_effect", f_stack_effect),
    MethodDef::method("describe", f_describe),
];

pub fn init(vm: &Vm) -> PyResult {
    let m = new_module(vm, "_dis");
    crate::add_functions(vm, &m, FUNCTIONS);
    let mut names: Vec<PyRef> = (0..256).map(|n| vm.string(format!("<{n}>"))).collect();
    let opmap = vm.dict();
    for op in Opcode::ALL {
        names[*op as usize] = vm.intern(op.name());
        krait_vm::protocols::sequence::setitem(
            vm,
            &opmap,
            &vm.intern(op.name()),
            vm.int(*op as i64),
        )?;
    }
    set_attr(vm, &m, "opname", vm.list(names));
    set_attr(vm, &m, "opmap", opmap);
    set_attr(vm, &m, "hasconst", opcodes_of(vm, &[ArgKind::Const]));
    set_attr(
        vm,
        &m,
        "hasname",
        opcodes_of(vm, &[ArgKind::Name, ArgKind::GlobalName]),
    );
    set_attr(vm, &m, "haslocal", opcodes_of(vm, &[ArgKind::Local]));
    set_attr(vm, &m, "hasfree", opcodes_of(vm, &[ArgKind::Free]));
    set_attr(vm, &m, "hasjabs", opcodes_of(vm, &[ArgKind::Jump]));
    set_attr(vm, &m, "hascompare", opcodes_of(vm, &[ArgKind::Compare]));
    let hasarg = Opcode::ALL
        .iter()
        .filter(|op| op.has_arg())
        .map(|op| vm.int(*op as i64))
        .collect();
    set_attr(vm, &m, "hasarg", vm.list(hasarg));
    Ok(m)
}
