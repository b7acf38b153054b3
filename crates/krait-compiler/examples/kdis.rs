//! Print Krait's disassembly of a Python file (or `-c source`): `cargo run -p krait-compiler
//! --example kdis -- file.py`. A debugging aid mirroring `python3 -m dis`.

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (source, name) = if args.len() > 2 && args[1] == "-c" {
        (args[2].clone(), "<string>".to_string())
    } else if args.len() > 1 {
        match std::fs::read_to_string(&args[1]) {
            Ok(s) => (s, args[1].clone()),
            Err(e) => {
                eprintln!("{}: {e}", args[1]);
                std::process::exit(2);
            }
        }
    } else {
        eprintln!("usage: kdis FILE | kdis -c SOURCE");
        std::process::exit(2);
    };
    match krait_compiler::compile(&source, &name, krait_compiler::Mode::Exec) {
        Ok(code) => print!("{}", krait_bytecode::dis::disassemble(&code)),
        Err(e) => {
            println!("{e} offset={} text={:?}", e.offset, e.text);
            std::process::exit(1);
        }
    }
}
