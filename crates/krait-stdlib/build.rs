//! Embeds the Python-written standard library (`lib/`) into the binary: generates a table
//! mapping module names to their source (`include_str!`), whether they are packages, and
//! their code compiled now (`krait_bytecode::marshal`), so importing one parses nothing.
//! A module that does not compile gets no code and is compiled (and reports its error) at
//! import, as before.

use std::fmt::Write;
use std::path::Path;

fn walk(dir: &Path, prefix: &str, out: &mut Vec<(String, String, bool)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let p = e.path();
        let name = e.file_name().to_string_lossy().to_string();
        if p.is_dir() {
            if name == "__pycache__" || name.starts_with('.') {
                continue;
            }
            let init = p.join("__init__.py");
            let modname = format!("{prefix}{name}");
            if init.is_file() {
                out.push((modname.clone(), init.to_string_lossy().to_string(), true));
            }
            walk(&p, &format!("{modname}."), out);
        } else if let Some(stem) = name.strip_suffix(".py") {
            if stem == "__init__" {
                continue;
            }
            out.push((
                format!("{prefix}{stem}"),
                p.to_string_lossy().to_string(),
                false,
            ));
        }
    }
}

/// Where the VM says embedded modules live (`krait_vm::import::LIB_PATH`): their code
/// objects carry file names under it.
const LIB_PATH: &str = "/usr/lib/krait3.11";

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let lib = Path::new(&manifest)
        .join("../../lib")
        .canonicalize()
        .expect("lib/ exists beside the crates");
    println!("cargo:rerun-if-changed={}", lib.display());
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let code_dir = Path::new(&out_dir).join("code");
    std::fs::create_dir_all(&code_dir).expect("make the code directory");
    let mut mods = Vec::new();
    walk(&lib, "", &mut mods);
    let mut code = String::from(
        "/// (module name, source, is package, compiled code or empty)\n\
         pub static STDLIB: &[(&str, &str, bool, &[u8])] = &[\n",
    );
    for (name, path, pkg) in &mods {
        println!("cargo:rerun-if-changed={path}");
        let rel = Path::new(path)
            .strip_prefix(&lib)
            .map(|p| p.to_string_lossy().to_string())
            .unwrap_or_default();
        let filename = format!("{LIB_PATH}/{rel}");
        let source = std::fs::read_to_string(path).unwrap_or_default();
        let compiled = krait_compiler::compile(&source, &filename, krait_compiler::Mode::Exec)
            .ok()
            .map(|c| krait_bytecode::marshal::dump(&c));
        let bytes = match compiled {
            Some(b) => {
                let file = code_dir.join(format!("{name}.kbc"));
                std::fs::write(&file, b).expect("write compiled module");
                format!("include_bytes!({:?})", file.to_string_lossy())
            }
            None => "&[]".to_string(),
        };
        let _ = writeln!(
            code,
            "    ({name:?}, include_str!({path:?}), {pkg}, {bytes}),"
        );
    }
    code.push_str("];\n");
    let out = Path::new(&out_dir).join("stdlib.rs");
    std::fs::write(out, code).expect("write stdlib table");
}
