//! Golden `dis` dumps: each `tests/golden/NAME.py` compiles to exactly `NAME.dis`.
//! Regenerate the expected files with `KRAIT_BLESS=1 cargo test -p krait-compiler --test golden`
//! (and review the diff against `python3 -m dis`; `tests/tools/compare_dis.sh` automates that).

use std::path::Path;

#[test]
fn golden_disassembly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let bless = std::env::var_os("KRAIT_BLESS").is_some();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/golden exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    entries.sort();
    assert!(!entries.is_empty());
    let mut failures = Vec::new();
    for py in entries {
        let src = std::fs::read_to_string(&py).expect("readable");
        let name = py
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let got = match krait_compiler::compile(&src, &name, krait_compiler::Mode::Exec) {
            Ok(code) => krait_bytecode::dis::disassemble(&code),
            Err(e) => format!("error: {e}\n"),
        };
        let expected_path = py.with_extension("dis");
        if bless {
            std::fs::write(&expected_path, &got).expect("writable");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if got != expected {
            failures.push(format!("{name}:\n{got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "golden mismatch (KRAIT_BLESS=1 to regenerate):\n{}",
        failures.join("\n")
    );
}
