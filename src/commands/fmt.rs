//! `policyc fmt`: rewrite sources in the canonical layout, or with `--check`
//! report (as a unified diff) the files that are not, exiting 1.

use super::Io;
use crate::cli::{FmtArgs, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK};

/// Runs `fmt`.
pub fn run(args: &FmtArgs, io: &mut Io<'_>) -> i32 {
    let files = crate::source::expand(&args.files);
    if files.is_empty() {
        let _ = writeln!(
            io.err,
            "error: no policy files to format (looked for policies/*.policy)"
        );
        return EXIT_ERROR;
    }
    let mut failed = false;
    let mut different = 0;
    let mut rewritten = 0;
    for path in &files {
        let file = match crate::source::read(path) {
            Ok(f) => f,
            Err(d) => {
                io.report(&[*d]);
                failed = true;
                continue;
            }
        };
        let (doc, errors) = crate::syntax::parse(&file);
        if !errors.is_empty() {
            // A file that does not parse is left alone: formatting it would drop what did not parse.
            io.report(&errors);
            failed = true;
            continue;
        }
        let mut formatted = crate::fmt::format(&doc);
        // A byte order mark is kept: the formatter changes layout, not encoding.
        if file.text.starts_with(crate::syntax::BOM) {
            formatted.insert(0, crate::syntax::BOM);
        }
        if args.stdout {
            let _ = io.out.write_all(formatted.as_bytes());
            continue;
        }
        if formatted == *file.text {
            continue;
        }
        different += 1;
        if args.check {
            let name = path.display().to_string();
            let diff = similar::TextDiff::from_lines(&*file.text, formatted.as_str());
            let shown = diff
                .unified_diff()
                .context_radius(2)
                .header(&name, &format!("{name} (formatted)"))
                .to_string();
            // The diff shows source lines: their control characters are made visible.
            for line in shown.split_inclusive('\n') {
                let (body, end) = match line.strip_suffix('\n') {
                    Some(b) => (b, "\n"),
                    None => (line, ""),
                };
                let _ = write!(io.out, "{}{end}", crate::diag::escape_control(body));
            }
        } else if let Err(e) = crate::output::rewrite(path, &formatted) {
            let _ = writeln!(io.err, "error: cannot write {}: {e}", path.display());
            failed = true;
        } else {
            rewritten += 1;
        }
    }
    if failed {
        return EXIT_ERROR;
    }
    if args.check {
        if different > 0 {
            let _ = writeln!(
                io.err,
                "{} not formatted; run `policyc fmt` to format {} (it aligns tables for you)",
                if different == 1 {
                    "1 file is".to_string()
                } else {
                    format!("{different} files are")
                },
                if different == 1 { "it" } else { "them" }
            );
            return EXIT_FINDINGS;
        }
        return EXIT_OK;
    }
    if !args.stdout {
        let _ = writeln!(io.err, "formatted {rewritten} of {} file(s)", files.len());
    }
    EXIT_OK
}
