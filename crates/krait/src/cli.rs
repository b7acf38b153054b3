//! CPython 3.11's command-line interface: `krait [options] [-c cmd | -m mod | file | -] [args]`,
//! its usage errors (exit 2) and the way `sys.argv` and `sys.path[0]` are set.

use krait_vm::{Config, Interpreter};

const USAGE: &str = "usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n";

const HELP: &str = "usage: krait [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options and arguments (and corresponding environment variables):
-B     : don't write .pyc files on import (accepted; krait writes none)
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered
-v     : verbose (trace import statements)
-V     : print the Python version number and exit (also --version)
-W arg : warning control
-x     : skip first line of source
-X opt : set implementation-specific option
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

enum Program {
    Command(String),
    Module(String),
    File(String),
    Stdin,
}

fn read_stdin() -> Vec<u8> {
    use std::io::Read;
    let mut buf = Vec::new();
    let _ = std::io::stdin().read_to_end(&mut buf);
    buf
}

pub fn main(args: Vec<String>) -> i32 {
    let executable = std::env::current_exe()
        .map(|p| p.to_string_lossy().to_string())
        .unwrap_or_else(|_| args[0].clone());
    let mut flags = krait_vm::modules::sys::Flags::default();
    let mut i = 1;
    let mut program = None;
    let mut skip_first_line = false;
    while i < args.len() {
        let a = &args[i];
        if a == "--" {
            i += 1;
            break;
        }
        if a == "--version" {
            println!("Python 3.11.7");
            return 0;
        }
        if a == "--help" {
            print!("{HELP}");
            return 0;
        }
        if a == "-" || !a.starts_with('-') {
            break;
        }
        if a.starts_with("--") {
            eprint!("unknown option {a}\n{USAGE}");
            return 2;
        }
        let chars: Vec<char> = a[1..].chars().collect();
        let mut j = 0;
        while j < chars.len() {
            let c = chars[j];
            match c {
                'c' | 'm' | 'W' | 'X' => {
                    let rest: String = chars[j + 1..].iter().collect();
                    let value = if !rest.is_empty() {
                        rest
                    } else {
                        i += 1;
                        match args.get(i) {
                            Some(v) => v.clone(),
                            None => {
                                eprint!("Argument expected for the -{c} option\n{USAGE}");
                                return 2;
                            }
                        }
                    };
                    match c {
                        'c' => program = Some(Program::Command(value)),
                        'm' => program = Some(Program::Module(value)),
                        'W' => flags.warnoptions.push(value),
                        _ => flags.xoptions.push(value),
                    }
                    j = chars.len();
                    continue;
                }
                'B' => flags.dont_write_bytecode = true,
                'E' => flags.ignore_environment = true,
                'I' => {
                    flags.ignore_environment = true;
                    flags.no_user_site = true;
                    flags.safe_path = true;
                }
                'i' => {
                    flags.inspect = true;
                    flags.interactive = true;
                }
                'O' => flags.optimize += 1,
                'q' => flags.quiet = true,
                's' => flags.no_user_site = true,
                'S' => flags.no_site = true,
                'u' => flags.unbuffered = true,
                'v' => flags.verbose += 1,
                'x' => skip_first_line = true,
                'P' => flags.safe_path = true,
                'V' => {
                    println!("Python 3.11.7");
                    return 0;
                }
                'h' | '?' => {
                    print!("{HELP}");
                    return 0;
                }
                'b' | 'd' | 'R' => {}
                _ => {
                    eprint!("Unknown option: -{c}\n{USAGE}");
                    return 2;
                }
            }
            j += 1;
        }
        i += 1;
        if program.is_some() {
            break;
        }
    }
    let program = match program {
        Some(p) => p,
        None => match args.get(i) {
            Some(a) if a == "-" => {
                i += 1;
                Program::Stdin
            }
            Some(a) => {
                let f = a.clone();
                i += 1;
                Program::File(f)
            }
            None => Program::Stdin,
        },
    };
    if !flags.unbuffered && !flags.ignore_environment {
        if let Ok(v) = std::env::var("PYTHONUNBUFFERED") {
            if !v.is_empty() {
                flags.unbuffered = true;
            }
        }
    }
    let rest: Vec<String> = args[i.min(args.len())..].to_vec();
    let mut argv = Vec::new();
    let mut path0 = String::new();
    match &program {
        Program::Command(_) => argv.push("-c".to_string()),
        Program::Module(_) => {
            argv.push("-m".to_string());
            path0 = std::env::current_dir()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default();
        }
        Program::File(f) if is_container(f) => {
            // A directory or zip file runs its `__main__` module with itself on sys.path.
            argv.push(f.clone());
            path0 = absolute(f).trim_end_matches('/').to_string();
            if path0.is_empty() {
                path0 = "/".to_string();
            }
        }
        Program::File(f) => {
            argv.push(f.clone());
            let p = std::path::Path::new(f);
            let dir = p
                .parent()
                .map(|d| d.to_string_lossy().to_string())
                .unwrap_or_default();
            path0 = match std::fs::canonicalize(if dir.is_empty() { "." } else { &dir }) {
                Ok(d) => d.to_string_lossy().to_string(),
                Err(_) => dir,
            };
        }
        Program::Stdin => argv.push(
            if matches!(program, Program::Stdin)
                && args.get(i.saturating_sub(1)).is_some_and(|a| a == "-")
            {
                "-".to_string()
            } else {
                String::new()
            },
        ),
    }
    argv.extend(rest);
    let mut path = Vec::new();
    if !flags.safe_path {
        path.push(path0);
    }
    if !flags.ignore_environment {
        if let Ok(pp) = std::env::var("PYTHONPATH") {
            for p in pp.split(':') {
                if !p.is_empty() {
                    path.push(p.to_string());
                }
            }
        }
    }
    path.push(krait_vm::import::LIB_PATH.to_string());
    let config = Config {
        argv,
        path,
        executable,
        flags,
        stdlib: Some(krait_stdlib::lookup),
        stdlib_code: Some(krait_stdlib::lookup_code),
        native_modules: krait_stdlib::native_modules(),
    };
    let interp = match Interpreter::new(config) {
        Ok(i) => i,
        Err(_) => {
            eprintln!("Fatal Python error: init failed");
            return 1;
        }
    };
    let result = match program {
        Program::Command(c) => interp.run_main_source(&c, "<string>", false),
        Program::Module(m) => interp.run_module(&m),
        Program::File(f) if is_container(&f) => interp.run_main_container(),
        Program::File(f) => {
            let bytes = match std::fs::read(&f) {
                Ok(b) => b,
                Err(e) => {
                    let errno = e.raw_os_error().unwrap_or(2);
                    let exe = std::env::args().next().unwrap_or_else(|| "krait".into());
                    let msg = krait_vm::modules::os_error_message(errno);
                    if std::path::Path::new(&f).is_dir() {
                        eprintln!("{exe}: can't find '__main__' module in '{f}'");
                    } else {
                        eprintln!(
                            "{exe}: can't open file '{}': [Errno {errno}] {msg}",
                            absolute(&f)
                        );
                    }
                    return 2;
                }
            };
            let mut bytes = bytes;
            if skip_first_line {
                if let Some(p) = bytes.iter().position(|&b| b == b'\n') {
                    bytes = bytes[p..].to_vec();
                }
            }
            let path = absolute(&f);
            match krait_vm::import::decode_source(&interp.vm, &bytes, &path) {
                Ok(src) => interp.run_main_source(&src, &path, true),
                Err(e) => Err(e),
            }
        }
        Program::Stdin => {
            let bytes = read_stdin();
            match krait_vm::import::decode_source(&interp.vm, &bytes, "<stdin>") {
                Ok(src) => interp.run_main_source(&src, "<stdin>", false),
                Err(e) => Err(e),
            }
        }
    };
    interp.finish(result)
}

/// Whether the program path is a directory or a zip file (CPython runs either through the
/// importer that `sys.path_hooks` gives for it).
fn is_container(f: &str) -> bool {
    let p = std::path::Path::new(f);
    p.is_dir() || (p.is_file() && is_zip_file(p))
}

/// A zip archive has its end-of-central-directory record ("PK\x05\x06") within the last
/// 22 + 65535 bytes (the record and the longest comment).
fn is_zip_file(p: &std::path::Path) -> bool {
    use std::io::{Read, Seek, SeekFrom};
    let Ok(mut file) = std::fs::File::open(p) else {
        return false;
    };
    let Ok(len) = file.seek(SeekFrom::End(0)) else {
        return false;
    };
    let tail = len.min(22 + 65535);
    if tail < 22 || file.seek(SeekFrom::Start(len - tail)).is_err() {
        return false;
    }
    let mut buf = Vec::with_capacity(tail as usize);
    if file.read_to_end(&mut buf).is_err() {
        return false;
    }
    buf.windows(4)
        .rposition(|w| w == b"PK\x05\x06")
        .is_some_and(|i| i + 22 <= buf.len())
}

fn absolute(f: &str) -> String {
    if f.starts_with('/') {
        return f.to_string();
    }
    match std::env::current_dir() {
        Ok(d) => format!("{}/{}", d.to_string_lossy(), f),
        Err(_) => f.to_string(),
    }
}
