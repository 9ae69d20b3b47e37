//! `policyc build`: render each policy into the output directory.
//!
//! All files are compiled first; nothing is written unless every file
//! compiled, and each output is written to a temporary file and renamed, so
//! a failed build leaves earlier outputs as they were.

use std::path::{Path, PathBuf};

use super::Io;
use crate::cli::{BuildArgs, OutputFormat, EXIT_ERROR, EXIT_OK};
use crate::diag::Diagnostic;

/// Runs `build`.
pub fn run(args: &BuildArgs, io: &mut Io<'_>) -> i32 {
    let files = crate::source::expand(&args.files);
    if files.is_empty() {
        let _ = writeln!(
            io.err,
            "error: no policy files to build (looked for policies/*.policy)"
        );
        return EXIT_ERROR;
    }
    let mut errors: Vec<Diagnostic> = Vec::new();
    let mut outputs: Vec<(PathBuf, String)> = Vec::new();
    for (path, result) in files.iter().zip(super::compile_all(&files)) {
        match result {
            Err(d) => errors.push(*d),
            Ok(c) if !c.errors.is_empty() => errors.extend(c.errors),
            Ok(c) => {
                let Some(policy) = c.policy else { continue };
                let stem = path
                    .file_stem()
                    .map_or_else(|| "policy".into(), |s| s.to_string_lossy().into_owned());
                let mut formats = args.format.clone();
                formats.sort();
                formats.dedup();
                for f in formats {
                    match f {
                        OutputFormat::Json => {
                            outputs.push((
                                args.out_dir.join(format!("{stem}.json")),
                                crate::render::json(&policy),
                            ));
                        }
                    }
                }
            }
        }
    }
    if !errors.is_empty() {
        io.report(&errors);
        let _ = writeln!(
            io.err,
            "build failed: {} error(s); nothing was written",
            errors.len()
        );
        return EXIT_ERROR;
    }
    for (path, content) in &outputs {
        if let Err(e) = write_atomic(path, content) {
            let _ = writeln!(io.err, "error: cannot write {}: {e}", path.display());
            return EXIT_ERROR;
        }
    }
    let _ = writeln!(
        io.err,
        "built {} file(s) into {}",
        outputs.len(),
        args.out_dir.display()
    );
    EXIT_OK
}

/// Writes `content` to a temporary file beside `path`, then renames it over `path`.
pub fn write_atomic(path: &Path, content: &str) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    std::fs::write(&tmp, content)?;
    std::fs::rename(&tmp, path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })
}
