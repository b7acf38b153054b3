//! Compiles every pattern of tests/data/sre_compile_expected.txt (CPython 3.11's results,
//! written by tools/sre-corpus) with Krait's `_sre` compiler and compares code words, flags,
//! groups, group names, warnings, or the error's kind, message and position.
//! Known differences are listed, with reasons, in tests/data/sre_known_mismatches.txt.

use krait_stdlib::_sre::{compile, ErrorKind, Source};

fn unhex(s: &str) -> Vec<u8> {
    if s == "-" {
        return Vec::new();
    }
    (0..s.len() / 2)
        .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).unwrap())
        .collect()
}

fn unhex_str(s: &str) -> String {
    String::from_utf8(unhex(s)).unwrap()
}

/// The fields of a line before its `  # comment`.
fn fields(line: &str) -> Vec<&str> {
    line.split("  # ").next().unwrap().split(' ').collect()
}

fn actual(kind: &str, flags: u32, pattern: &[u8]) -> Vec<String> {
    let text;
    let source = if kind == "s" {
        text = String::from_utf8(pattern.to_vec()).unwrap();
        Source::Str(&text)
    } else {
        Source::Bytes(pattern)
    };
    let hexs = |s: &str| {
        if s.is_empty() {
            "-".to_string()
        } else {
            s.bytes().map(|b| format!("{b:02x}")).collect()
        }
    };
    match compile(source, flags) {
        Ok(c) => {
            // Every compiled program passes the check code handed to `_sre.compile` gets.
            assert!(
                krait_stdlib::_sre::program::validate(&c.code, c.groups.saturating_sub(1)),
                "compiled code fails validation: {:?} {:?}",
                String::from_utf8_lossy(pattern),
                c.code
            );
            let gi: Vec<String> = c
                .groupindex
                .iter()
                .map(|(k, v)| format!("{}:{v}", hexs(k)))
                .collect();
            let gi = if gi.is_empty() {
                "-".to_string()
            } else {
                gi.join(",")
            };
            let code: Vec<String> = c.code.iter().map(u32::to_string).collect();
            let mut out = vec![format!(
                "ok {} {} {gi} {}",
                c.flags,
                c.groups,
                code.join(" ")
            )];
            out.extend(c.warnings.iter().map(|w| format!("warn {}", hexs(w))));
            out
        }
        Err(e) => {
            let kind = match e.kind {
                ErrorKind::Re => "re",
                ErrorKind::Value => "ValueError",
                ErrorKind::Overflow => "OverflowError",
                ErrorKind::Recursion => "RecursionError",
            };
            let pos = e.pos.map_or("-".to_string(), |p| p.to_string());
            let mut out = vec![format!("err {kind} {pos} {}", hexs(&e.msg))];
            out.extend(e.warnings.iter().map(|w| format!("warn {}", hexs(w))));
            out
        }
    }
}

#[test]
fn sre_compile_matches_cpython() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/data/");
    // SRE_EXPECTED=path runs another file written by tools/sre-corpus (e.g. a fuzz corpus)
    let path =
        std::env::var("SRE_EXPECTED").unwrap_or_else(|_| format!("{root}sre_compile_expected.txt"));
    let expected = std::fs::read_to_string(path).unwrap();
    let known =
        std::fs::read_to_string(format!("{root}sre_known_mismatches.txt")).unwrap_or_default();
    let known: Vec<&str> = known
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split("  # ").next().unwrap().trim())
        .collect();
    let mut cases: Vec<(String, Vec<String>)> = Vec::new();
    for line in expected.lines() {
        if line.starts_with("case ") {
            cases.push((line.to_string(), Vec::new()));
        } else if let Some(case) = cases.last_mut() {
            case.1.push(fields(line).join(" "));
        }
    }
    let mut failures = Vec::new();
    let mut unexpected_known = Vec::new();
    for (case, want) in &cases {
        let f = fields(case);
        let (kind, flags, pattern) = (f[1], f[2].parse::<u32>().unwrap(), unhex(f[3]));
        let got = actual(kind, flags, &pattern);
        let key = format!("{kind} {flags} {}", f[3]);
        let is_known = known.contains(&key.as_str());
        if got != *want {
            if !is_known {
                let text = |v: &[String]| {
                    v.iter()
                        .map(|l| match l.strip_prefix("warn ") {
                            Some(h) => format!("warn {}", unhex_str(h)),
                            None => l.clone(),
                        })
                        .collect::<Vec<_>>()
                        .join(" | ")
                };
                failures.push(format!(
                    "{case}\n  want: {}\n  got:  {}",
                    text(want),
                    text(&got)
                ));
            }
        } else if is_known {
            unexpected_known.push(key);
        }
    }
    assert!(
        cases.len() >= 400 || std::env::var("SRE_EXPECTED").is_ok(),
        "corpus too small: {}",
        cases.len()
    );
    for f in &failures {
        eprintln!("{f}");
    }
    assert!(
        failures.is_empty(),
        "{} of {} patterns differ from CPython",
        failures.len(),
        cases.len()
    );
    assert!(
        unexpected_known.is_empty(),
        "listed as known mismatches but pass: {unexpected_known:?}"
    );
}
