//! Architecture tests: which modules may depend on which, read from the
//! sources (as rust-analyzer's tidy tests do).

use std::path::{Path, PathBuf};

use crate::util::root;

/// Every `.rs` file under `dir`, in a stable order.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

/// The language server starts from the library core (`crate::session`), not
/// from the command line: nothing under src/lsp/ names `commands` or `cli`.
#[test]
fn lsp_does_not_depend_on_the_command_line() {
    const FORBIDDEN: &[&str] = &[
        "crate::commands",
        "crate::cli",
        "super::super::commands",
        "super::super::cli",
    ];
    let files = rust_files(&root().join("src/lsp"));
    assert!(files.len() >= 5, "src/lsp/ has too few files: {files:?}");
    let mut found = Vec::new();
    for path in &files {
        let text = std::fs::read_to_string(path).unwrap();
        let name = path.strip_prefix(root()).unwrap().display().to_string();
        for (i, line) in text.lines().enumerate() {
            for word in FORBIDDEN {
                if line.contains(word) {
                    found.push(format!("{name}:{}: {}", i + 1, line.trim()));
                }
            }
        }
        // A grouped import (`use crate::{cli, …};`) names them without `crate::` in front.
        for statement in text
            .split(';')
            .filter_map(|s| s.find("use crate::{").map(|at| &s[at..]))
        {
            let named = statement
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .any(|w| w == "commands" || w == "cli");
            if named {
                found.push(format!("{name}: {}", statement.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "src/lsp/ must not depend on src/commands/ or src/cli.rs; use crate::session:\n{}",
        found.join("\n")
    );
}
