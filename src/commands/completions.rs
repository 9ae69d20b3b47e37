//! `policyc completions SHELL`: a completion script, generated from the clap
//! definitions so that it always knows every subcommand and option.

use clap::CommandFactory;

use super::Io;
use crate::cli::{Cli, CompletionsArgs, EXIT_OK};

/// Runs `completions`.
pub fn run(args: &CompletionsArgs, io: &mut Io<'_>) -> i32 {
    let mut cmd = Cli::command();
    let name = cmd.get_name().to_string();
    clap_complete::generate(args.shell, &mut cmd, name, io.out);
    EXIT_OK
}
