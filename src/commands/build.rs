//! `policyc build`: render each policy into the output directory.
//!
//! All files are compiled first; nothing is written unless every file
//! compiled. Each output is then written to a temporary file as it is
//! rendered, and all are put in place or none ([`crate::output::Staged`]),
//! so a failed build leaves earlier outputs as they were. Lint findings are
//! summarised in one line; `--strict` refuses to build on deny-level ones.

use std::path::{Path, PathBuf};

use super::{stem, Io};
use crate::cli::{BuildArgs, OutputFormat, EXIT_ERROR, EXIT_FINDINGS, EXIT_OK};
use crate::diag::{Diagnostic, Severity};
use crate::session::check_files;

/// Runs `build`.
pub fn run(args: &BuildArgs, io: &mut Io<'_>) -> i32 {
    // `--lang de,fr`: each a language the page has words in, else a usage error.
    let langs = match super::lang_args(&args.lang, io) {
        Ok(langs) => langs,
        Err(code) => return code,
    };
    let (setup, files) = match super::start(&args.lint, &args.files, io, "build") {
        Ok(started) => started,
        Err(code) => return code,
    };
    let checked = check_files(&files, &setup);
    let errors: Vec<Diagnostic> = checked
        .iter()
        .flat_map(|c| c.errors.iter().cloned())
        .collect();
    if !errors.is_empty() {
        io.report(&errors);
        let _ = writeln!(
            io.err,
            "build failed: {}; nothing was written",
            super::check::plural(errors.len(), "error")
        );
        return EXIT_ERROR;
    }
    // Two sources with the same name would write the same outputs: refuse before writing anything.
    let mut stems: Vec<(String, &std::path::Path)> = checked
        .iter()
        .map(|c| (stem(&c.path), c.path.as_path()))
        .collect();
    stems.sort();
    if let Some(w) = stems.windows(2).find(|w| w[0].0 == w[1].0) {
        let _ = writeln!(
            io.err,
            "error: {} and {} would both be written as {}.*; build them into different directories with -o",
            w[0].1.display(),
            w[1].1.display(),
            w[0].0
        );
        return EXIT_ERROR;
    }
    let findings: Vec<&Diagnostic> = checked.iter().flat_map(|c| c.findings.iter()).collect();
    let count = |s| findings.iter().filter(|d| d.severity == s).count();
    if findings.is_empty() {
        let _ = writeln!(io.err, "policy check: no findings");
    } else {
        let _ = writeln!(
            io.err,
            "policy check: {}; run `policyc check` for details",
            super::check::counts(findings.iter().copied())
        );
    }
    if args.strict && count(Severity::Error) > 0 {
        let _ = writeln!(
            io.err,
            "build refused (--strict): deny-level findings; nothing was written"
        );
        return EXIT_FINDINGS;
    }
    let mut formats = args.format.clone();
    formats.sort();
    formats.dedup();
    let template_dir = args
        .templates
        .as_deref()
        .or(setup.config.templates.as_deref());
    let templates = match crate::render::Templates::load(template_dir) {
        Ok(t) => t,
        Err(errors) => {
            io.report(&errors);
            let _ = writeln!(
                io.err,
                "build failed: the templates have errors; nothing was written"
            );
            return EXIT_ERROR;
        }
    };
    let trust = crate::render::Trust {
        raw_html: setup.config.allow_raw_html,
        remote_resources: setup.config.allow_remote_resources,
    };
    // Each output is written to a temporary file as soon as it is rendered
    // (one output in memory at a time), and put in place only when all are:
    // a template error anywhere leaves every earlier output as it was.
    let mut staged = crate::output::Staged::new();
    let mut write_error: Option<(PathBuf, std::io::Error)> = None;
    let mut stage = |path: PathBuf, text: String| {
        if write_error.is_none() {
            if let Err(e) = staged.stage(&path, &text) {
                write_error = Some(e);
            }
        }
    };
    let mut render_errors = Vec::new();
    // What an export leaves out (a purpose with no `fides` key): reported,
    // and the build goes on; every other format is still written.
    let mut render_warnings: Vec<Diagnostic> = Vec::new();
    for c in &checked {
        let Some(policy) = &c.policy else { continue };
        let name = stem(&c.path);
        // The pages in each language asked for (`--lang`), else the page in
        // the policy's own language and one per `translations` language; the
        // facts once (they are language-neutral).
        let in_language = |l: crate::i18n::Lang| {
            // The writer's words from the translation file beside the policy
            // (current translations only; `policyc check` reports the
            // missing and stale ones).
            let translations = crate::i18n::segments::Translations::load(
                &crate::i18n::segments::po_path(&c.path, l),
            );
            let mut page = match translations {
                Ok(Some(t)) => crate::i18n::segments::apply(policy, &t),
                _ => policy.clone(),
            };
            page.meta.language = Some(l.tag().to_string());
            (
                format!("{name}.{}", l.tag()),
                std::borrow::Cow::<crate::model::Policy>::Owned(page),
            )
        };
        let pages: Vec<(String, std::borrow::Cow<'_, crate::model::Policy>)> = if langs.is_empty() {
            let listed = policy
                .meta
                .translations
                .iter()
                .filter_map(|t| crate::i18n::Lang::parse(&t.value));
            std::iter::once((name.clone(), std::borrow::Cow::Borrowed(policy)))
                .chain(listed.map(in_language))
                .collect()
        } else {
            langs.iter().map(|l| in_language(*l)).collect()
        };
        for f in formats
            .iter()
            .filter(|f| matches!(f, OutputFormat::Html | OutputFormat::Md))
        {
            for (page_name, page) in &pages {
                let (ext, result) = match f {
                    OutputFormat::Html => {
                        ("html", crate::render::html_with(page, &templates, trust))
                    }
                    _ => ("md", crate::render::markdown_with(page, &templates, trust)),
                };
                match result {
                    Ok(text) => stage(args.out_dir.join(format!("{page_name}.{ext}")), text),
                    Err(d) => render_errors.push(d),
                }
            }
        }
        for f in &formats {
            let (ext, result) = match f {
                OutputFormat::Html | OutputFormat::Md => continue,
                OutputFormat::Json => ("json", Ok(crate::render::json(policy))),
                OutputFormat::Jsonld => {
                    ("jsonld", Ok(crate::render::export::jsonld::render(policy)))
                }
                OutputFormat::Fides => {
                    render_warnings.extend(crate::render::export::fides::warnings(policy));
                    ("fides.yml", crate::render::export::fides::render(policy))
                }
                OutputFormat::Ropa => (
                    "ropa.csv",
                    crate::render::export::ropa::render(policy).map_err(|d| vec![d]),
                ),
            };
            match result {
                Ok(text) => stage(args.out_dir.join(format!("{name}.{ext}")), text),
                Err(d) => render_errors.extend(d),
            }
        }
    }
    if !render_warnings.is_empty() {
        io.report(&render_warnings);
    }
    if !render_errors.is_empty() {
        io.report(&render_errors);
        let _ = writeln!(
            io.err,
            "build failed: {}; nothing was written",
            super::check::plural(render_errors.len(), "render error")
        );
        return EXIT_ERROR;
    }
    // All outputs or none: a failed write puts back every file written before it.
    let written = staged.len();
    if let Some((path, e)) = write_error.or_else(|| staged.commit().err()) {
        let _ = writeln!(
            io.err,
            "error: cannot write {}: {e}; nothing was written",
            crate::diag::escape_control(&path.display().to_string())
        );
        return EXIT_ERROR;
    }
    let _ = writeln!(
        io.err,
        "built {} into {}",
        super::check::plural(written, "file"),
        args.out_dir.display()
    );
    EXIT_OK
}

/// Writes `content` to a temporary file beside `path`, then renames it over `path`.
pub fn write_atomic(path: &Path, content: &str) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
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
