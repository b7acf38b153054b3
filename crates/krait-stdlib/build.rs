//! Embeds the Python-written standard library (`lib/`) into the binary: generates a table
//! mapping module names to their source (`include_str!`) and whether they are packages.

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

fn main() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let lib = Path::new(&manifest)
        .join("../../lib")
        .canonicalize()
        .expect("lib/ exists beside the crates");
    println!("cargo:rerun-if-changed={}", lib.display());
    let mut mods = Vec::new();
    walk(&lib, "", &mut mods);
    let mut code = String::from(
        "/// (module name, source, is package)\npub static STDLIB: &[(&str, &str, bool)] = &[\n",
    );
    for (name, path, pkg) in &mods {
        println!("cargo:rerun-if-changed={path}");
        let _ = writeln!(code, "    ({name:?}, include_str!({path:?}), {pkg}),");
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("stdlib.rs");
    std::fs::write(out, code).expect("write stdlib table");
}
