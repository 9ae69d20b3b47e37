//! `translation-stale`: documented in `docs/rules/translation-stale.md`, which `policyc explain translation-stale` prints.

use super::prelude::*;
use crate::i18n::segments::{self, Status};

/// The rule.
pub const RULE: Rule = Rule {
    id: "translation-stale",
    default: Level::Warn,
    applies: &[],
    doc: include_str!("../../../docs/rules/translation-stale.md"),
    check,
};

/// How many segments one finding marks and names; the rest are counted.
const SHOWN: usize = 12;

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
        let hits: Vec<&segments::Segment> = all
            .iter()
            .filter(|s| translations.status(s) == Status::Stale)
            .collect();
        let Some((first, rest)) = hits.split_first() else {
            continue;
        };
        let file = path.file_name().map_or_else(
            || path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let mut names: Vec<String> = hits
            .iter()
            .take(SHOWN)
            .map(|s| format!("`{}`", s.id))
            .collect();
        if hits.len() > SHOWN {
            names.push(format!("{} more", hits.len() - SHOWN));
        }
        let language = lang_name(lang);
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

/// The language's English name, for messages to the writer.
fn lang_name(l: crate::i18n::Lang) -> &'static str {
    use crate::i18n::Lang;
    match l {
        Lang::En => "English",
        Lang::De => "German",
        Lang::Fr => "French",
        Lang::Es => "Spanish",
        Lang::It => "Italian",
        Lang::Nl => "Dutch",
        Lang::Pt => "Portuguese",
    }
}

/// "1 segment", "3 segments".
fn count(n: usize) -> String {
    if n == 1 {
        "1 segment".into()
    } else {
        format!("{n} segments")
    }
}
