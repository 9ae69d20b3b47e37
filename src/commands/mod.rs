//! One module per subcommand. Each takes its parsed arguments and an [`Io`]
//! and returns the exit code.

pub mod build;
pub mod check;

use std::io::Write;

use crate::diag::Diagnostic;

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

/// Reads and compiles each file; load failures become diagnostics too.
pub fn compile_all(files: &[std::path::PathBuf]) -> Vec<Result<crate::Compiled, Box<Diagnostic>>> {
    files
        .iter()
        .map(|p| crate::source::read(p).map(|f| crate::compile(&f)))
        .collect()
}
