//! `policyc check`: parse, resolve and report.

use super::Io;
use crate::cli::{CheckArgs, CheckFormat, EXIT_ERROR, EXIT_OK};
use crate::diag::{Diagnostic, Severity};

/// Runs `check`.
pub fn run(args: &CheckArgs, io: &mut Io<'_>) -> i32 {
    let files = crate::source::expand(&args.files);
    if files.is_empty() {
        let _ = writeln!(
            io.err,
            "error: no policy files to check (looked for policies/*.policy)"
        );
        return EXIT_ERROR;
    }
    let mut diags: Vec<Diagnostic> = Vec::new();
    for result in super::compile_all(&files) {
        match result {
            Ok(c) => diags.extend(c.errors),
            Err(d) => diags.push(*d),
        }
    }
    let errors = diags
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .count();
    match args.format {
        CheckFormat::Human => {
            io.report(&diags);
            let _ = writeln!(io.err, "{}", summary(files.len(), &diags));
        }
        CheckFormat::Json => {
            let json = crate::diag::to_json(&diags);
            let _ = writeln!(io.out, "{json}");
        }
    }
    if errors > 0 {
        EXIT_ERROR
    } else {
        EXIT_OK
    }
}

/// `checked 2 files: 1 error, 3 warnings, 0 infos`.
pub fn summary(files: usize, diags: &[Diagnostic]) -> String {
    let count = |s| diags.iter().filter(|d| d.severity == s).count();
    let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
    format!(
        "checked {}: {}, {}, {}",
        plural(files, "file"),
        plural(count(Severity::Error), "error"),
        plural(count(Severity::Warning), "warning"),
        plural(count(Severity::Info), "info")
    )
}
