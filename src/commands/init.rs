//! `policyc init`: a commented starter policy and configuration, never over
//! an existing file.

use super::Io;
use crate::cli::{InitArgs, EXIT_ERROR, EXIT_OK};

const CONFIG: &str = include_str!("../../templates/starter/policyc.yaml");
const POLICY: &str = include_str!("../../templates/starter/privacy.policy");

/// Runs `init`.
pub fn run(args: &InitArgs, io: &mut Io<'_>) -> i32 {
    let files = [
        (args.dir.join("policyc.yaml"), CONFIG),
        (args.dir.join("policies").join("privacy.policy"), POLICY),
    ];
    if let Some((existing, _)) = files.iter().find(|(p, _)| p.exists()) {
        let _ = writeln!(
            io.err,
            "error: {} already exists; policyc init never overwrites a file",
            existing.display()
        );
        return EXIT_ERROR;
    }
    for (path, content) in &files {
        if let Err(e) = super::build::write_atomic(path, content) {
            let _ = writeln!(io.err, "error: cannot write {}: {e}", path.display());
            return EXIT_ERROR;
        }
        let _ = writeln!(io.err, "wrote {}", path.display());
    }
    let _ = writeln!(
        io.err,
        "next: edit policies/privacy.policy, then run `policyc check` and `policyc build`"
    );
    EXIT_OK
}
