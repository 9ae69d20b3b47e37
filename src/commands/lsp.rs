//! `policyc lsp`: the language server, over stdin and stdout (see [`crate::lsp`]).

use crate::cli::LspArgs;

/// Runs `lsp` until the client says `exit`.
pub fn run(_args: &LspArgs) -> i32 {
    crate::lsp::run_stdio()
}
