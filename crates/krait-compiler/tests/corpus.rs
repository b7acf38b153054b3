//! Compile every `.py` file under the repository's `lib/` and `tests/` (whatever exists when
//! the test runs) and assert success, except files CPython itself rejects (their expected
//! stderr names a SyntaxError), plus a corpus of constructs in `tests/snippets/`.

use std::path::{Path, PathBuf};

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

/// Whether CPython rejects this file at compile time (a case whose expected error output
/// is a SyntaxError of the file itself).
fn expected_syntax_error(p: &Path) -> bool {
    let err = p.with_extension("err");
    std::fs::read_to_string(err).is_ok_and(|s| {
        s.lines().any(|l| {
            l.starts_with("SyntaxError")
                || l.starts_with("IndentationError")
                || l.starts_with("TabError")
        }) && !s.contains("Traceback (most recent call last)")
    })
}

fn compile_all(files: &[PathBuf]) -> Vec<String> {
    let mut failures = Vec::new();
    for p in files {
        let Ok(src) = std::fs::read_to_string(p) else {
            continue;
        };
        let name = p.display().to_string();
        let result = std::panic::catch_unwind(|| {
            krait_compiler::compile(&src, &name, krait_compiler::Mode::Exec)
        });
        match result {
            Ok(Ok(_)) => {}
            Ok(Err(e)) => {
                if !expected_syntax_error(p) {
                    failures.push(format!("{name}: {e}"));
                }
            }
            Err(_) => failures.push(format!("{name}: panic")),
        }
    }
    failures
}

#[test]
fn repository_python_files_compile() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut files = Vec::new();
    collect(&root.join("lib"), &mut files);
    collect(&root.join("tests"), &mut files);
    let failures = compile_all(&files);
    assert!(
        failures.is_empty(),
        "{} of {} failed:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}

#[test]
fn snippets_compile() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snippets");
    let mut files = Vec::new();
    collect(&dir, &mut files);
    assert!(!files.is_empty());
    let failures = compile_all(&files);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
