//! No hand-written function in `src/` is longer than 80 lines, signature to closing brace: a
//! function that long does several things, each of which deserves a name. Generated files (the
//! catalogs' and the route table's data, first line `// Generated` or `// @generated`) are left
//! out; test modules inside `src/` count like any other code.

#![cfg(not(target_arch = "wasm32"))]
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test fails by panicking"
)]

use std::fs;
use std::path::{Path, PathBuf};

const MAX_LINES: usize = 80;

fn sources(dir: &Path, into: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, into);
        } else if path.extension().is_some_and(|e| e == "rs") {
            into.push(path);
        }
    }
}

fn generated(source: &str) -> bool {
    let first = source.lines().next().unwrap_or("");
    first.starts_with("// Generated") || first.starts_with("// @generated")
}

/// `source` with every comment, string and character literal blanked to spaces (line breaks
/// kept), so that the braces left are the code's own.
fn blanked(source: &str) -> Vec<u8> {
    let bytes = source.as_bytes();
    let mut out = bytes.to_vec();
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for byte in &mut out[from..to.min(bytes.len())] {
            if *byte != b'\n' {
                *byte = b' ';
            }
        }
    };
    let mut i = 0;
    while i < bytes.len() {
        let rest = &bytes[i..];
        let end = if rest.starts_with(b"//") {
            i + rest.iter().position(|&b| b == b'\n').unwrap_or(rest.len())
        } else if rest.starts_with(b"/*") {
            i + 2 + source[i + 2..].find("*/").map_or(rest.len(), |at| at + 2)
        } else if rest.starts_with(b"r#\"") || rest.starts_with(b"r\"") {
            let hashes = rest[1..].iter().take_while(|&&b| b == b'#').count();
            let closing = format!("\"{}", "#".repeat(hashes));
            let open = 2 + hashes;
            i + open
                + source[i + open..]
                    .find(&closing)
                    .map_or(rest.len(), |at| at + closing.len())
        } else if rest[0] == b'"' {
            let mut j = i + 1;
            while j < bytes.len() && bytes[j] != b'"' {
                j += if bytes[j] == b'\\' { 2 } else { 1 };
            }
            j + 1
        } else if rest[0] == b'\'' && rest.get(1) == Some(&b'\\') {
            i + 2 + source[i + 2..].find('\'').map_or(rest.len(), |at| at + 1) + 1
        } else if rest[0] == b'\'' && rest.get(2) == Some(&b'\'') {
            i + 3
        } else {
            i += 1;
            continue;
        };
        blank(&mut out, i, end);
        i = end;
    }
    out
}

/// Each function with a body: its name, first line and length in lines.
fn functions(source: &str) -> Vec<(String, usize, usize)> {
    let code = blanked(source);
    let line_of = |at: usize| code[..at].iter().filter(|&&b| b == b'\n').count() + 1;
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut found = Vec::new();
    let mut i = 0;
    while i + 3 < code.len() {
        let keyword = code[i..].starts_with(b"fn ") && (i == 0 || !word(code[i - 1]));
        if !keyword {
            i += 1;
            continue;
        }
        let name_start = i + 3;
        let name_end = name_start + code[name_start..].iter().take_while(|&&b| word(b)).count();
        if name_end == name_start {
            // `fn(…)`, a pointer type.
            i += 3;
            continue;
        }
        let name = String::from_utf8_lossy(&code[name_start..name_end]).into_owned();
        // The body opens at the first `{` outside parentheses and brackets; a `;` there first
        // ends a declaration without one.
        let mut depth = 0i32;
        let mut j = name_end;
        let mut body = None;
        while j < code.len() {
            match code[j] {
                b'(' | b'[' => depth += 1,
                b')' | b']' => depth -= 1,
                b';' if depth == 0 => break,
                b'{' if depth == 0 => {
                    body = Some(j);
                    break;
                }
                _ => {}
            }
            j += 1;
        }
        if let Some(open) = body {
            let mut braces = 0i32;
            let mut k = open;
            while k < code.len() {
                match code[k] {
                    b'{' => braces += 1,
                    b'}' => {
                        braces -= 1;
                        if braces == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                k += 1;
            }
            found.push((name, line_of(i), line_of(k) - line_of(i) + 1));
        }
        i = name_end;
    }
    found
}

#[test]
fn no_hand_written_function_is_over_80_lines() {
    let mut files = Vec::new();
    sources(Path::new("src"), &mut files);
    assert!(files.len() > 50, "the sources are read");
    let mut long = Vec::new();
    let mut counted = 0;
    for file in files {
        let source = fs::read_to_string(&file).unwrap();
        if generated(&source) {
            continue;
        }
        for (name, line, lines) in functions(&source) {
            counted += 1;
            if lines > MAX_LINES {
                long.push(format!("{}:{line} `{name}`: {lines} lines", file.display()));
            }
        }
    }
    assert!(counted > 500, "the functions are found ({counted})");
    assert!(
        long.is_empty(),
        "functions over {MAX_LINES} lines:\n{}",
        long.join("\n")
    );
}

#[test]
fn a_function_is_measured_from_signature_to_closing_brace() {
    let source = "\
/// A comment with fn inside { and a brace.
pub(crate) fn outer(x: [u8; 2]) -> bool {
    let s = \"} fn fake() {\";
    let c = '}';
    let b = b\"{{\";
    let f: fn(u8) -> u8 = |v| v;
    fn inner<'a>(y: &'a str) -> &'a str {
        y
    }
    true
}

trait T {
    fn declared(&self);
}
";
    assert_eq!(
        functions(source),
        vec![("outer".to_owned(), 2, 10), ("inner".to_owned(), 7, 3)]
    );
}

#[test]
fn a_long_function_is_found() {
    let body = "    let _ = 1;\n".repeat(MAX_LINES);
    let source = format!("fn long() {{\n{body}}}\n");
    assert_eq!(
        functions(&source),
        vec![("long".to_owned(), 1, MAX_LINES + 2)]
    );
}
