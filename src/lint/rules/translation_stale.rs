//! `translation-stale`: documented in `docs/rules/translation-stale.md`, which `policyc explain translation-stale` prints.

use super::prelude::*;
use super::translation_missing::{count, listing, Listing, SHOWN};
use crate::i18n::segments::{self, Status};

/// The rule.
pub const RULE: Rule = Rule {
    id: "translation-stale",
    default: Level::Warn,
    applies: &[],
    doc: include_str!("../../../docs/rules/translation-stale.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    let files = segments::beside(p);
    if files.is_empty() {
        return Vec::new();
    }
    let all = segments::segments(p);
    let mut out = Vec::new();
    for (lang, path, translations) in files {
        let Ok(translations) = translations else {
            continue;
        };
        let Some(Listing {
            hits,
            file,
            names,
            language,
        }) = listing(&all, &translations, Status::Stale, lang, &path)
        else {
            continue;
        };
        let (first, rest) = (hits[0], &hits[1..]);
        let mut f = Finding::new(
            segments::span_of(p, first),
            format!(
                "{} changed in English after {} translated into {language} ({file}): {}",
                count(hits.len()),
                if hits.len() == 1 {
                    "it was"
                } else {
                    "they were"
                },
                names.join(", ")
            ),
            "changed since translated",
        );
        for s in rest.iter().take(SHOWN - 1) {
            f = f.also(segments::span_of(p, s), "changed since translated");
        }
        out.push(f.help(format!("review the entries marked fuzzy in {file} after `policyc i18n extract`, update each translation and clear its fuzzy flag, then run `policyc i18n extract` again to record the new English")));
    }
    out
}
