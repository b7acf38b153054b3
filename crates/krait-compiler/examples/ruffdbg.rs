//! Print ruff's raw parse errors for a file (a debugging aid for the SyntaxError mapping).

fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    let options = ruff_python_parser::ParseOptions::from(ruff_python_parser::Mode::Module)
        .with_target_version(ruff_python_ast::PythonVersion::PY311);
    let parsed = ruff_python_parser::parse_unchecked(&src, options);
    for e in parsed.errors() {
        println!("{:?} @ {:?}", e.error, e.location);
    }
    for e in parsed.unsupported_syntax_errors() {
        println!("unsupported {:?}", e);
    }
}
