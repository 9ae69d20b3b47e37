//! Writing files safely: a set of outputs all or nothing ([`Staged`]), and a source file
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

/// Outputs written one at a time, then put in place all or none.
///
/// [`Staged::stage`] writes each content to a temporary file beside its
/// path as soon as it is rendered, so a build holds one output in memory at
/// a time, not all of them. [`Staged::commit`] then renames them into
/// place, each old file kept aside until the last rename succeeded; when a
/// rename fails, the files renamed so far are put back as they were (or
/// removed when they are new). Dropped without a commit (a render error
/// after some outputs were staged, a failed write), it removes its
/// temporary files and the directories it created, so a failed build leaves
/// the output directory as it found it.
#[derive(Default)]
pub struct Staged {
    /// (path, its temporary file)
    temps: Vec<(PathBuf, PathBuf)>,
    /// Directories created for the outputs, outermost first.
    created: Vec<PathBuf>,
}

impl Staged {
    /// Nothing staged yet.
    pub fn new() -> Staged {
        Staged::default()
    }

    /// Writes `content` to a temporary file beside `path`.
    pub fn stage(&mut self, path: &Path, content: &str) -> Result<(), (PathBuf, std::io::Error)> {
        let dir = parent(path);
        // The directories this creates, to remove again if nothing is committed.
        let missing: Vec<PathBuf> = dir
            .ancestors()
            .take_while(|d| !d.as_os_str().is_empty() && !d.exists())
            .map(Path::to_path_buf)
            .collect();
        let tmp = beside(path, "tmp");
        let written = std::fs::create_dir_all(dir).and_then(|()| std::fs::write(&tmp, content));
        self.created.extend(missing.into_iter().rev());
        if let Err(e) = written {
            let _ = std::fs::remove_file(&tmp);
            return Err((path.to_path_buf(), e));
        }
        self.temps.push((path.to_path_buf(), tmp));
        Ok(())
    }

    /// How many outputs are staged.
    pub fn len(&self) -> usize {
        self.temps.len()
    }

    /// Whether nothing is staged.
    pub fn is_empty(&self) -> bool {
        self.temps.is_empty()
    }

    /// Renames every staged output into place, or none.
    pub fn commit(mut self) -> Result<(), (PathBuf, std::io::Error)> {
        let temps = std::mem::take(&mut self.temps);
        // (path, its old content moved aside, if it had one)
        let mut done: Vec<(PathBuf, Option<PathBuf>)> = Vec::new();
        let mut failed: Option<(PathBuf, std::io::Error)> = None;
        for (path, tmp) in &temps {
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
                    failed = Some((path.clone(), e));
                    break;
                }
            }
        }
        if let Some(failure) = failed {
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
            // The ones not yet renamed are removed by `drop`.
            self.temps = temps;
            return Err(failure);
        }
        for (_, old) in done {
            if let Some(aside) = old {
                let _ = std::fs::remove_file(aside);
            }
        }
        self.created.clear();
        Ok(())
    }
}

impl Drop for Staged {
    fn drop(&mut self) {
        for (_, tmp) in &self.temps {
            let _ = std::fs::remove_file(tmp);
        }
        // Innermost first; a directory something else was put in stays.
        for dir in self.created.iter().rev() {
            let _ = std::fs::remove_dir(dir);
        }
    }
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

#[cfg(test)]
mod tests {
    use super::Staged;

    fn scratch(name: &str) -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("policyc-staged-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    #[test]
    fn staged_outputs_are_put_in_place_together() {
        let dir = scratch("commit");
        std::fs::write(dir.join("a.html"), "old").unwrap();
        let mut staged = Staged::new();
        staged.stage(&dir.join("a.html"), "new a").unwrap();
        staged.stage(&dir.join("out/b.md"), "new b").unwrap();
        // Nothing is in place before the commit.
        assert_eq!(std::fs::read_to_string(dir.join("a.html")).unwrap(), "old");
        assert!(!dir.join("out/b.md").exists());
        assert_eq!(staged.len(), 2);
        staged.commit().unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.join("a.html")).unwrap(),
            "new a"
        );
        assert_eq!(
            std::fs::read_to_string(dir.join("out/b.md")).unwrap(),
            "new b"
        );
        let names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            names.iter().all(|n| !n.starts_with('.')),
            "temporary files left: {names:?}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn outputs_staged_and_never_committed_leave_nothing_behind() {
        let dir = scratch("drop");
        std::fs::write(dir.join("a.html"), "old").unwrap();
        {
            let mut staged = Staged::new();
            staged.stage(&dir.join("a.html"), "new a").unwrap();
            staged.stage(&dir.join("new/deeper/b.md"), "new b").unwrap();
        }
        assert_eq!(std::fs::read_to_string(dir.join("a.html")).unwrap(), "old");
        let names: Vec<String> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            ["a.html"],
            "the directories it made and its temporary files are gone"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
