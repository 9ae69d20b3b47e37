//! `policyc scan` in a build without the `scan` feature (`cargo build
//! --no-default-features`): the command is listed, so that scripts and
//! completions are the same in every build, and says that it is not built in.

use super::Io;
use crate::cli::{ScanArgs, EXIT_ERROR};

/// Says that this build has no `scan`, and how to get one that has.
pub fn run(_args: &ScanArgs, io: &mut Io<'_>) -> i32 {
    let _ = writeln!(
        io.err,
        "error: `policyc scan` is not built into this policyc (it was built without the `scan` feature)\n\
         help: build it with the default features: `cargo install --locked policyc` (or `cargo build --release` in a clone); \
         `check --observed` still reads recordings made elsewhere (HAR, storageState, `policyc scan -o`)"
    );
    EXIT_ERROR
}
