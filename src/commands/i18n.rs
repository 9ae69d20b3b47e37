//! `policyc i18n extract`: writes or updates the translation files of the
//! policy's own words, one PO file per language beside each policy
//! (docs/i18n.md). Messages here are for the writer: English.

use super::Io;
use crate::cli::{I18nArgs, I18nCommand, EXIT_ERROR, EXIT_OK};
use crate::i18n::segments;
use crate::i18n::Lang;

/// Runs `i18n`.
pub fn run(args: &I18nArgs, io: &mut Io<'_>) -> i32 {
    match &args.command {
        I18nCommand::Extract(a) => extract(a, io),
    }
}

fn extract(args: &crate::cli::ExtractArgs, io: &mut Io<'_>) -> i32 {
    let langs = match super::lang_args(&args.lang, io) {
        Ok(langs) => langs,
        Err(code) => return code,
    };
    let files = crate::source::expand(&args.files);
    if files.is_empty() {
        let _ = writeln!(
            io.err,
            "error: no policy files to extract from (looked for policies/*.policy)"
        );
        return EXIT_ERROR;
    }
    let mut code = EXIT_OK;
    for path in &files {
        let file = match crate::source::read(path) {
            Ok(f) => f,
            Err(d) => {
                io.report(&[*d]);
                code = EXIT_ERROR;
                continue;
            }
        };
        let compiled = crate::compile(&file);
        let Some(policy) = compiled.policy.filter(|_| compiled.errors.is_empty()) else {
            io.report(&compiled.errors);
            let _ = writeln!(
                io.err,
                "{}: does not compile; no translation file written",
                path.display()
            );
            code = EXIT_ERROR;
            continue;
        };
        let own = policy
            .meta
            .language
            .as_deref()
            .and_then(Lang::parse)
            .unwrap_or(Lang::En);
        // Without --lang: the languages the source lists, and those with a file already.
        let targets: Vec<Lang> = if langs.is_empty() {
            let mut t: Vec<Lang> = policy
                .meta
                .translations
                .iter()
                .filter_map(|t| Lang::parse(&t.value))
                .collect();
            for (l, _, _) in segments::beside(&policy) {
                if !t.contains(&l) {
                    t.push(l);
                }
            }
            t
        } else {
            langs.clone()
        };
        if targets.is_empty() {
            let _ = writeln!(
                io.err,
                "{}: no translation file beside it yet and no `translations` in it; name the languages with --lang (supported: {})",
                path.display(),
                Lang::supported_list()
            );
            code = EXIT_ERROR;
            continue;
        }
        for lang in targets {
            if lang == own {
                let _ = writeln!(
                    io.err,
                    "{}: is written in {}; nothing to translate into it",
                    path.display(),
                    lang.tag()
                );
                continue;
            }
            let po = segments::po_path(path, lang);
            match segments::extract(&policy, &po, lang) {
                Ok(r) => {
                    let _ = writeln!(
                        io.err,
                        "{}: {} new, {} changed (marked fuzzy), {} confirmed, {} removed",
                        po.display(),
                        r.added,
                        r.changed,
                        r.confirmed,
                        r.removed
                    );
                }
                Err(e) => {
                    let _ = writeln!(io.err, "error: {}: {e}", po.display());
                    code = EXIT_ERROR;
                }
            }
        }
    }
    code
}
