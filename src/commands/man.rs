//! `policyc man`: the roff manual page, generated from the clap definitions.
//! Without `--out-dir` it prints `policyc.1`; with it, it writes `policyc.1`
//! and one page per subcommand (`policyc-check.1`, …) into that directory.

use clap::CommandFactory;

use super::Io;
use crate::cli::{Cli, ManArgs, EXIT_ERROR, EXIT_OK};

/// Runs `man`.
pub fn run(args: &ManArgs, io: &mut Io<'_>) -> i32 {
    let cmd = Cli::command();
    match &args.out_dir {
        None => {
            // Like every command's stdout: a closed pipe (`policyc man | head`) is not an error.
            let _ = clap_mangen::Man::new(cmd).render(io.out);
            EXIT_OK
        }
        Some(dir) => {
            let written =
                std::fs::create_dir_all(dir).and_then(|()| clap_mangen::generate_to(cmd, dir));
            match written {
                Ok(()) => {
                    let _ = writeln!(io.err, "wrote the man pages to {}", dir.display());
                    EXIT_OK
                }
                Err(e) => {
                    let _ = writeln!(
                        io.err,
                        "error: cannot write the man pages to {}: {e}",
                        dir.display()
                    );
                    EXIT_ERROR
                }
            }
        }
    }
}
