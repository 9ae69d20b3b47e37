//! `policyc check`: parse, resolve, run the rules, report.

use super::Io;
use crate::cli::{CheckArgs, CheckFormat, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK};
use crate::diag::{Diagnostic, Severity};
use crate::session::check_files;

/// Runs `check`.
pub fn run(args: &CheckArgs, io: &mut Io<'_>) -> i32 {
    let (setup, files) = match super::start(&args.lint, &args.files, io, "check") {
        Ok(started) => started,
        Err(code) => return code,
    };
    let checked = check_files(&files, &setup);
    let compile_failed = checked.iter().any(|c| !c.errors.is_empty());
    let diags: Vec<Diagnostic> = checked
        .into_iter()
        .flat_map(|c| c.errors.into_iter().chain(c.findings))
        .collect();
    match args.format {
        CheckFormat::Human => {
            io.report(&diags);
            let _ = writeln!(io.err, "{}", summary(files.len(), &diags));
        }
        CheckFormat::Json => {
            let _ = writeln!(io.out, "{}", crate::report::json(&diags));
        }
        CheckFormat::Sarif => {
            let _ = writeln!(io.out, "{}", crate::report::sarif(&diags));
        }
        CheckFormat::Github => {
            let _ = write!(io.out, "{}", crate::report::github(&diags));
        }
    }
    if compile_failed {
        EXIT_ERROR
    } else if diags.iter().any(|d| d.severity == Severity::Error) {
        EXIT_FINDINGS
    } else {
        EXIT_OK
    }
}

/// `checked 2 files: 1 error, 3 warnings, 0 infos`.
pub fn summary(files: usize, diags: &[Diagnostic]) -> String {
    format!(
        "checked {}: {}",
        plural(files, "file"),
        counts(diags.iter())
    )
}

/// `1 error, 3 warnings, 0 infos`: the findings by severity, as `check` and `build` say them.
pub fn counts<'a>(diags: impl Iterator<Item = &'a Diagnostic> + Clone) -> String {
    let count = |s| diags.clone().filter(|d| d.severity == s).count();
    format!(
        "{}, {}, {}",
        plural(count(Severity::Error), "error"),
        plural(count(Severity::Warning), "warning"),
        plural(count(Severity::Info), "info")
    )
}

/// `1 file`, `2 files`.
pub fn plural(n: usize, word: &str) -> String {
    format!("{n} {word}{}", if n == 1 { "" } else { "s" })
}
