//! Writing files safely: a set of outputs all or nothing, and a source file
//! in place (through a symlink, keeping its permissions).

use std::path::{Path, PathBuf};

/// The directory a path is in (`.` for a bare name).
fn parent(path: &Path) -> &Path {
    path.parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
}

/// A name beside `path` for a temporary file of this process.
fn beside(path: &Path, tag: &str) -> PathBuf {
    let name = path
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    parent(path).join(format!(".{name}.{tag}-{}", std::process::id()))
}

/// Writes every `(path, content)` or none of them.
///
/// Each content is first written to a temporary file beside its path; only
/// when all are written are they renamed into place, each old file kept
/// aside until the last rename succeeded. When any step fails, the files
/// renamed so far are put back as they were (or removed when they are new),
/// the temporary files are removed, and the error names the path.
pub fn write_all(outputs: &[(PathBuf, String)]) -> Result<(), (PathBuf, std::io::Error)> {
    let mut temps: Vec<PathBuf> = Vec::new();
    let cleanup = |temps: &[PathBuf]| {
        for t in temps {
            let _ = std::fs::remove_file(t);
        }
    };
    for (path, content) in outputs {
        let tmp = beside(path, "tmp");
        let written =
            std::fs::create_dir_all(parent(path)).and_then(|()| std::fs::write(&tmp, content));
        if let Err(e) = written {
            let _ = std::fs::remove_file(&tmp);
            cleanup(&temps);
            return Err((path.clone(), e));
        }
        temps.push(tmp);
    }
    // (path, its old content moved aside, if it had one)
    let mut done: Vec<(PathBuf, Option<PathBuf>)> = Vec::new();
    for ((path, _), tmp) in outputs.iter().zip(&temps) {
        let step = (|| {
            let old = if std::fs::symlink_metadata(path).is_ok_and(|m| !m.is_dir()) {
                let aside = beside(path, "old");
                std::fs::rename(path, &aside)?;
                Some(aside)
            } else {
                None
            };
            match std::fs::rename(tmp, path) {
                Ok(()) => Ok(old),
                Err(e) => {
                    if let Some(aside) = &old {
                        let _ = std::fs::rename(aside, path);
                    }
                    Err(e)
                }
            }
        })();
        match step {
            Ok(old) => done.push((path.clone(), old)),
            Err(e) => {
                for (p, old) in done.iter().rev() {
                    match old {
                        Some(aside) => {
                            let _ = std::fs::rename(aside, p);
                        }
                        None => {
                            let _ = std::fs::remove_file(p);
                        }
                    }
                }
                cleanup(&temps);
                return Err((path.clone(), e));
            }
        }
    }
    for (_, old) in done {
        if let Some(aside) = old {
            let _ = std::fs::remove_file(aside);
        }
    }
    Ok(())
}

/// Replaces a file's content atomically, in place: a symlink stays a symlink
/// (the file it points to is rewritten), and the file keeps its permissions.
pub fn rewrite(path: &Path, content: &str) -> std::io::Result<()> {
    let target = std::fs::canonicalize(path)?;
    let permissions = std::fs::metadata(&target)?.permissions();
    let tmp = beside(&target, "tmp");
    let result = std::fs::write(&tmp, content)
        .and_then(|()| std::fs::set_permissions(&tmp, permissions))
        .and_then(|()| std::fs::rename(&tmp, &target));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
