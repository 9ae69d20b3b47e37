//! One module per subcommand. Each takes its parsed arguments and an [`Io`]
//! and returns the exit code.

pub mod build;
pub mod check;
pub mod completions;
pub mod diff;
pub mod explain;
pub mod fmt;
pub mod i18n;
pub mod init;
pub mod lsp;
pub mod man;
pub mod rules;
#[cfg(feature = "scan")]
pub mod scan;
/// Without the `scan` feature, `policyc scan` only says that it is not built in.
#[cfg(not(feature = "scan"))]
#[path = "scan_off.rs"]
pub mod scan;
pub mod serve;

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::cli::LintArgs;
use crate::diag::Diagnostic;
use crate::session::Session;

/// Where a command writes.
pub struct Io<'a> {
    /// Results (JSON, SARIF, diffs).
    pub out: &'a mut dyn Write,
    /// Diagnostics and summaries for people.
    pub err: &'a mut dyn Write,
    /// ANSI colours on.
    pub color: bool,
}

impl Io<'_> {
    /// Prints diagnostics for people on stderr.
    pub fn report(&mut self, diags: &[Diagnostic]) {
        let width = 100;
        let _ = self
            .err
            .write_all(crate::diag::render_human(diags, self.color, width).as_bytes());
    }
}

/// `--lang de,fr`: each a language the page has words in, once each, in
/// order; any other is a usage error (exit 2), said on stderr.
pub fn lang_args(tags: &[String], io: &mut Io<'_>) -> Result<Vec<crate::i18n::Lang>, i32> {
    let mut langs: Vec<crate::i18n::Lang> = Vec::new();
    for tag in tags {
        match crate::i18n::Lang::parse(tag.trim()) {
            Some(l) if !langs.contains(&l) => langs.push(l),
            Some(_) => {}
            None => {
                let _ = writeln!(
                    io.err,
                    "error: --lang {}: policyc has no translation into that language; supported: {}",
                    crate::diag::escape_control(tag),
                    crate::i18n::Lang::supported_list()
                );
                return Err(crate::cli::EXIT_ERROR);
            }
        }
    }
    Ok(langs)
}

/// Sets up a command that runs the checker: the configuration and the files,
/// or, when it cannot start, the exit code (after reporting why).
pub fn start(
    lint: &LintArgs,
    files: &[PathBuf],
    io: &mut Io<'_>,
    verb: &str,
) -> Result<(Session, Vec<PathBuf>), i32> {
    let setup = Session::new(&lint.into()).map_err(|errors| {
        io.report(&errors);
        crate::cli::EXIT_ERROR
    })?;
    if !setup.warnings.is_empty() {
        io.report(&setup.warnings);
    }
    let files = crate::source::expand(files);
    if files.is_empty() {
        let _ = writeln!(
            io.err,
            "error: no policy files to {verb} (looked for policies/*.policy)"
        );
        return Err(crate::cli::EXIT_ERROR);
    }
    Ok((setup, files))
}

/// The file name without extension, for output names.
pub fn stem(path: &Path) -> String {
    path.file_stem()
        .map_or_else(|| "policy".into(), |s| s.to_string_lossy().into_owned())
}
