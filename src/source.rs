//! Reading policy files: refuses what is not a policy (a directory, a binary
//! file, invalid UTF-8, a file far too large) with a diagnostic instead of a panic.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diag::{Code, Diagnostic, SourceFile, Span};

/// Policies larger than this are refused: a real one is tens of kilobytes.
pub const MAX_SOURCE_BYTES: u64 = 8 * 1024 * 1024;

/// Reads a source file from disk.
pub fn read(path: &Path) -> Result<Arc<SourceFile>, Box<Diagnostic>> {
    let name = path.display().to_string();
    let meta = std::fs::metadata(path).map_err(|e| io_error(&name, &e))?;
    if meta.is_dir() {
        let file = SourceFile::new(&name, "");
        return Err(Box::new(
            Diagnostic::error(Code::Io, &file, format!("`{name}` is a directory, not a policy file"))
                .help("name a `.policy` file; `policyc check DIR` checks every `.policy` file below a directory"),
        ));
    }
    if meta.len() > MAX_SOURCE_BYTES {
        let file = SourceFile::new(&name, "");
        return Err(Box::new(
            Diagnostic::error(
                Code::TooLarge,
                &file,
                format!(
                    "`{name}` is {:.1} MiB; policyc reads policies up to {} MiB",
                    meta.len() as f64 / 1_048_576.0,
                    MAX_SOURCE_BYTES / 1_048_576
                ),
            )
            .help("a privacy policy is tens of kilobytes; check that this is the file you meant"),
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| io_error(&name, &e))?;
    from_bytes(&name, bytes)
}

/// Checks bytes read from anywhere (a file, git) and makes a source file of them.
pub fn from_bytes(name: &str, bytes: Vec<u8>) -> Result<Arc<SourceFile>, Box<Diagnostic>> {
    if let Some(pos) = bytes.iter().position(|b| *b == 0) {
        let prefix = String::from_utf8_lossy(&bytes[..pos]).into_owned();
        let at = prefix.len();
        let file = SourceFile::new(name, prefix);
        return Err(Box::new(
            Diagnostic::error(
                Code::BinaryFile,
                &file,
                format!("`{name}` is a binary file, not a policy"),
            )
            .at(Span::new(at, at), "a NUL byte here")
            .help("policy files are UTF-8 text; check the path"),
        ));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(SourceFile::new(name, text)),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            // Shown with U+FFFD in place of the bad bytes; the prefix is unchanged, so offsets hold.
            let shown = String::from_utf8_lossy(&bytes).into_owned();
            let file = SourceFile::new(name, shown);
            Err(Box::new(
                Diagnostic::error(
                    Code::InvalidUtf8,
                    &file,
                    format!("`{name}` is not valid UTF-8"),
                )
                .at(
                    Span::new(valid, valid + '\u{FFFD}'.len_utf8()),
                    "this byte is not UTF-8",
                )
                .help("save the file as UTF-8 (most editors offer it under \"encoding\")"),
            ))
        }
    }
}

fn io_error(name: &str, e: &std::io::Error) -> Box<Diagnostic> {
    let file = SourceFile::new(name, "");
    let hint = match e.kind() {
        std::io::ErrorKind::NotFound => {
            "check the path; with no files, `policyc check` reads every `policies/*.policy`"
        }
        std::io::ErrorKind::PermissionDenied => "check the file's permissions",
        _ => "check that the file can be read",
    };
    Box::new(Diagnostic::error(Code::Io, &file, format!("cannot read `{name}`: {e}")).help(hint))
}

/// Expands command-line arguments to policy files: a file as itself, a
/// directory as every `.policy` file below it (sorted); no arguments as
/// every `policies/*.policy`.
pub fn expand(args: &[PathBuf]) -> Vec<PathBuf> {
    if args.is_empty() {
        return policies_in(Path::new("policies"), false);
    }
    let mut out = Vec::new();
    for a in args {
        if a.is_dir() {
            out.extend(policies_in(a, true));
        } else {
            out.push(a.clone());
        }
    }
    out
}

/// The `.policy` files in `dir` (and below it, when `recursive`). Symlinks
/// are followed, but each directory is read once, by its real path, so a
/// link to a parent or to itself cannot make the walk loop or repeat.
fn policies_in(dir: &Path, recursive: bool) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut seen = std::collections::HashSet::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let real = std::fs::canonicalize(&d).unwrap_or_else(|_| d.clone());
        if !seen.insert(real) {
            continue;
        }
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                if recursive {
                    stack.push(p);
                }
            } else if p.extension().is_some_and(|x| x == "policy") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}
