//! Boots an interpreter and runs hand-assembled bytecode, so the VM is exercised without the
//! compiler: `x = 6 * 7; r = str(x)`.

use std::rc::Rc;

use krait_bytecode::opcode::BinaryOp;
use krait_bytecode::{CodeFlags, CodeObject, Constant, Instruction, Opcode, Position};
use krait_vm::{Config, Interpreter};

fn code(instrs: Vec<Instruction>, constants: Vec<Constant>, names: Vec<&str>) -> CodeObject {
    let n = instrs.len();
    CodeObject {
        name: Rc::from("<module>"),
        qualname: Rc::from("<module>"),
        filename: Rc::from("<test>"),
        first_line: 1,
        flags: CodeFlags(0),
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        varnames: vec![],
        cellvars: vec![],
        freevars: vec![],
        cell2arg: vec![],
        names: names.into_iter().map(Rc::from).collect(),
        constants,
        instructions: instrs,
        positions: vec![
            Position {
                line: 1,
                end_line: 1,
                col: 0,
                end_col: 1
            };
            n
        ],
        exception_table: vec![],
        max_stack: 8,
    }
}

#[test]
fn runs_arithmetic_and_calls() {
    let interp = Interpreter::new(Config::default()).expect("boot");
    let vm = &interp.vm;
    let c = code(
        vec![
            Instruction::new(Opcode::LOAD_CONST, 0),
            Instruction::new(Opcode::LOAD_CONST, 1),
            Instruction::new(Opcode::BINARY_OP, BinaryOp::Multiply as u32),
            Instruction::new(Opcode::STORE_NAME, 0),
            Instruction::new(Opcode::PUSH_NULL, 0),
            Instruction::new(Opcode::LOAD_NAME, 1),
            Instruction::new(Opcode::LOAD_NAME, 0),
            Instruction::new(Opcode::CALL, 1),
            Instruction::new(Opcode::STORE_NAME, 2),
            Instruction::new(Opcode::LOAD_CONST, 2),
            Instruction::new(Opcode::RETURN_VALUE, 0),
        ],
        vec![Constant::Int(6), Constant::Int(7), Constant::None],
        vec!["x", "str", "r"],
    );
    let code = krait_vm::objects::code::new_code(vm, Rc::new(c));
    let g = vm.dict();
    krait_vm::interp::frame::run_code(vm, &code, &g, Some(g.clone())).expect("runs");
    let r = g.as_dict().unwrap().get_str("r").expect("r is set");
    assert_eq!(r.as_str(), Some("42"));
}
