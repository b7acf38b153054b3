//! The case suite: runs every program under `tests/cases/<area>/` and `tests/regress/` with the
//! `krait` binary and compares stdout, stderr and exit status with what CPython 3.11 produced
//! (`NAME.out`, `NAME.err`, `NAME.exit`, written by `tools/regen-expected`). The MicroPython
//! way: a test is a plain program whose output is diffed against CPython's.
//!
//! - A case is `NAME.py` directly inside an area folder (or inside `tests/regress/`); deeper
//!   folders hold helper modules and packages. It runs with cwd = its folder and argument
//!   `NAME.py`, stdin from `/dev/null`, a clean environment and a 20 s limit.
//! - CPython shows the script as an absolute path (`__file__`, tracebacks): the case's folder
//!   followed by `/` is removed from both outputs, here and in `tools/regen-expected`, so the
//!   expected files read `File "NAME.py"` wherever the tree lives.
//! - `NAME.out` is compared always, `NAME.err` only when present, `NAME.exit` (absent = 0).
//! - An optional first line `# krait-test: args=a b; stdin=FILE; flags=-u` adds arguments after
//!   the script, a stdin file (relative to the case) and interpreter flags before the script.
//! - `tests/xfail.txt` lists cases known to fail (`PATH reason`, paths relative to `tests/`):
//!   they run and are reported but do not fail the test.
//! - `KRAIT_TEST_INTERP` runs another interpreter instead (e.g. `/usr/bin/python3.11`, to check
//!   the suite itself), `KRAIT_TEST_FILTER` keeps the cases whose path contains the substring,
//!   `KRAIT_TEST_JOBS` sets the number of worker threads.

use std::collections::BTreeMap;
use std::fs;
use std::io::{Read, Write};
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(20);

/// The optional `# krait-test:` header of a case.
#[derive(Default)]
struct Header {
    args: Vec<String>,
    flags: Vec<String>,
    stdin: Option<String>,
}

fn parse_header(source: &[u8]) -> Header {
    let mut header = Header::default();
    let first = source.split(|&b| b == b'\n').next().unwrap_or(b"");
    let first = String::from_utf8_lossy(first);
    let Some(rest) = first.trim().strip_prefix("# krait-test:") else {
        return header;
    };
    for item in rest.split(';') {
        let Some((key, value)) = item.split_once('=') else {
            continue;
        };
        let words = value.split_whitespace().map(String::from).collect();
        match key.trim() {
            "args" => header.args = words,
            "flags" => header.flags = words,
            "stdin" => header.stdin = Some(value.trim().to_string()),
            other => panic!("unknown key {other:?} in krait-test header"),
        }
    }
    header
}

struct Outcome {
    stdout: Vec<u8>,
    stderr: Vec<u8>,
    /// Exit status as CPython's `subprocess` reports it: negative for a signal.
    status: i32,
    timed_out: bool,
}

fn read_pipe(pipe: Option<impl Read + Send + 'static>) -> thread::JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut pipe) = pipe {
            // A read error leaves what was read so far, which the comparison then reports.
            let _ = pipe.read_to_end(&mut buf);
        }
        buf
    })
}

/// Runs one case and kills its whole process group if it outlives `TIMEOUT`.
fn run(interp: &[String], case: &Path, header: &Header) -> Result<Outcome, String> {
    let dir = case.parent().ok_or("case has no folder")?;
    let dir = &fs::canonicalize(dir).map_err(|e| e.to_string())?;
    let name = case.file_name().ok_or("case has no name")?;
    let stdin = match &header.stdin {
        Some(file) => Stdio::from(
            fs::File::open(dir.join(file)).map_err(|e| format!("stdin file {file}: {e}"))?,
        ),
        None => Stdio::null(),
    };
    let mut command = Command::new(&interp[0]);
    command
        .args(&interp[1..])
        .args(&header.flags)
        .arg(name)
        .args(&header.args)
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", std::env::var_os("HOME").unwrap_or_default())
        .env("LC_ALL", "C.UTF-8")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot start {}: {e}", interp[0]))?;
    let out = read_pipe(child.stdout.take());
    let err = read_pipe(child.stderr.take());
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() > TIMEOUT => {
                timed_out = true;
                // Kill the group so that grandchildren holding the pipes go too.
                let _ = Command::new("kill")
                    .args(["-KILL", &format!("-{}", child.id())])
                    .status();
                let _ = child.kill();
                break child.wait().map_err(|e| e.to_string())?;
            }
            Ok(None) => thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(e.to_string()),
        }
    };
    let code = status
        .code()
        .unwrap_or_else(|| -status.signal().unwrap_or(0));
    let mut prefix = dir.as_os_str().as_encoded_bytes().to_vec();
    prefix.push(b'/');
    Ok(Outcome {
        stdout: remove_all(&out.join().unwrap_or_default(), &prefix),
        stderr: remove_all(&err.join().unwrap_or_default(), &prefix),
        status: code,
        timed_out,
    })
}

/// `data` without any occurrence of `needle`.
fn remove_all(data: &[u8], needle: &[u8]) -> Vec<u8> {
    let mut kept = Vec::with_capacity(data.len());
    let mut i = 0;
    while i < data.len() {
        if data[i..].starts_with(needle) {
            i += needle.len();
        } else {
            kept.push(data[i]);
            i += 1;
        }
    }
    kept
}

/// The first differing line of two outputs, with a line of context either side.
fn short_diff(what: &str, want: &[u8], got: &[u8]) -> String {
    let want = String::from_utf8_lossy(want);
    let got = String::from_utf8_lossy(got);
    let want: Vec<&str> = want.split_inclusive('\n').collect();
    let got: Vec<&str> = got.split_inclusive('\n').collect();
    let at = (0..want.len().max(got.len()))
        .find(|&i| want.get(i) != got.get(i))
        .unwrap_or(0);
    let mut text = format!("    {what} differs at line {}:\n", at + 1);
    for i in at.saturating_sub(1)..(at + 2) {
        let (w, g) = (want.get(i), got.get(i));
        if w.is_none() && g.is_none() {
            break;
        }
        if w == g {
            text += &format!("       {:?}\n", w.unwrap_or(&""));
        } else {
            let show = |l: Option<&&str>| l.map_or("<missing>".to_string(), |l| format!("{l:?}"));
            text += &format!("      -{}\n      +{}\n", show(w), show(g));
        }
    }
    text
}

/// Checks one case; `Ok(())` when it matches CPython, else a short report.
fn check(interp: &[String], case: &Path) -> Result<(), String> {
    let source = fs::read(case).map_err(|e| e.to_string())?;
    let header = parse_header(&source);
    let want_out = fs::read(case.with_extension("out"))
        .map_err(|_| "no .out file: run tools/regen-expected".to_string())?;
    let want_err = fs::read(case.with_extension("err")).ok();
    let want_status = match fs::read_to_string(case.with_extension("exit")) {
        Ok(text) => text
            .trim()
            .parse::<i32>()
            .map_err(|e| format!("bad .exit file: {e}"))?,
        Err(_) => 0,
    };
    let got = run(interp, case, &header)?;
    if got.timed_out {
        return Err(format!("    timed out after {}s\n", TIMEOUT.as_secs()));
    }
    let mut report = String::new();
    if got.status != want_status {
        report += &format!("    exit status {} (want {want_status})\n", got.status);
        let tail = String::from_utf8_lossy(&got.stderr);
        if let Some(last) = tail.lines().rev().find(|l| !l.trim().is_empty()) {
            report += &format!(
                "    stderr ends: {}\n",
                last.chars().take(160).collect::<String>()
            );
        }
    }
    if got.stdout != want_out {
        report += &short_diff("stdout", &want_out, &got.stdout);
    }
    if let Some(want_err) = want_err {
        if got.stderr != want_err {
            report += &short_diff("stderr", &want_err, &got.stderr);
        }
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(report)
    }
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    entries.sort();
    entries
}

fn is_program(path: &Path) -> bool {
    path.is_file() && path.extension().is_some_and(|e| e == "py")
}

/// `tests/cases/<area>/*.py` and `tests/regress/*.py`.
fn collect_cases(tests: &Path) -> Vec<PathBuf> {
    let mut cases = Vec::new();
    for area in sorted_entries(&tests.join("cases")) {
        if area.is_dir() {
            cases.extend(sorted_entries(&area).into_iter().filter(|p| is_program(p)));
        }
    }
    cases.extend(
        sorted_entries(&tests.join("regress"))
            .into_iter()
            .filter(|p| is_program(p)),
    );
    cases
}

/// `tests/xfail.txt`: `PATH reason` per line, `#` starts a comment line.
fn read_xfail(tests: &Path) -> BTreeMap<String, String> {
    let text = fs::read_to_string(tests.join("xfail.txt")).unwrap_or_default();
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once(char::is_whitespace) {
            Some((path, reason)) => (path.to_string(), reason.trim().to_string()),
            None => (l.to_string(), String::new()),
        })
        .collect()
}

#[test]
fn cases() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let tests = root.join("tests");
    let interp: Vec<String> = match std::env::var("KRAIT_TEST_INTERP") {
        Ok(cmd) if !cmd.trim().is_empty() => cmd.split_whitespace().map(String::from).collect(),
        _ => vec![env!("CARGO_BIN_EXE_krait").to_string()],
    };
    let filter = std::env::var("KRAIT_TEST_FILTER").unwrap_or_default();
    let relative = |p: &Path| {
        p.strip_prefix(&tests)
            .unwrap_or(p)
            .to_string_lossy()
            .into_owned()
    };
    let cases: Vec<PathBuf> = collect_cases(&tests)
        .into_iter()
        .filter(|c| relative(c).contains(&filter))
        .collect();
    assert!(!cases.is_empty(), "no case matches {filter:?}");
    let xfail = read_xfail(&tests);
    let stale: Vec<&String> = xfail.keys().filter(|k| !tests.join(k).is_file()).collect();

    let jobs = std::env::var("KRAIT_TEST_JOBS")
        .ok()
        .and_then(|j| j.parse().ok())
        .unwrap_or_else(|| thread::available_parallelism().map_or(2, |n| n.get()));
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<(usize, Result<(), String>)>> = Mutex::new(Vec::new());
    thread::scope(|scope| {
        for _ in 0..jobs.max(1) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(case) = cases.get(i) else { break };
                let result = check(&interp, case);
                results
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .push((i, result));
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_else(|p| p.into_inner());
    results.sort_by_key(|(i, _)| *i);

    // Write past the test harness's capture so the tally shows on success too.
    let mut out = std::io::stdout().lock();
    let (mut passed, mut failed, mut xfail_failing) = (0, 0, 0);
    let mut xfail_passing = Vec::new();
    for (i, result) in &results {
        let name = relative(&cases[*i]);
        let expected_to_fail = xfail.contains_key(&name);
        match (result, expected_to_fail) {
            (Ok(()), false) => passed += 1,
            (Ok(()), true) => {
                passed += 1;
                xfail_passing.push(name);
            }
            (Err(_), true) => xfail_failing += 1,
            (Err(report), false) => {
                failed += 1;
                let _ = write!(out, "FAIL {name}\n{report}");
            }
        }
    }
    for name in &xfail_passing {
        let _ = writeln!(out, "XPASS {name}");
    }
    for name in &stale {
        let _ = writeln!(out, "tests/xfail.txt names a missing case: {name}");
    }
    if !xfail.is_empty() {
        let _ = writeln!(
            out,
            "xfail: {xfail_failing} still failing, {} now pass{}",
            xfail_passing.len(),
            if xfail_passing.is_empty() {
                ""
            } else {
                " — remove them from tests/xfail.txt"
            }
        );
    }
    let _ = writeln!(out, "{passed} passed, {failed} failed");
    let _ = out.flush();
    assert!(failed == 0, "{failed} case(s) differ from CPython 3.11");
}
