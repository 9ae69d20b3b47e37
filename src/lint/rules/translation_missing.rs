//! `translation-missing`: documented in `docs/rules/translation-missing.md`, which `policyc explain translation-missing` prints.

use super::prelude::*;
use crate::i18n::segments::{self, Status};

/// The rule.
pub const RULE: Rule = Rule {
    id: "translation-missing",
    default: Level::Warn,
    applies: &[],
    doc: include_str!("../../../docs/rules/translation-missing.md"),
    check,
};

/// How many segments one finding marks and names; the rest are counted.
pub(super) const SHOWN: usize = 12;

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    let files = segments::beside(p);
    if files.is_empty() {
        return Vec::new();
    }
    let all = segments::segments(p);
    let mut out = Vec::new();
    for (lang, path, translations) in files {
        let translations = match translations {
            Ok(t) => t,
            Err(e) => {
                out.push(
                    Finding::new(
                        p.meta.title.span,
                        format!(
                            "the {} translation file {} cannot be read: {e}",
                            lang_name(lang),
                            path.display()
                        ),
                        "not translated",
                    )
                    .help("a PO file needs its header entry (msgid \"\"); `policyc i18n extract` writes a well-formed one"),
                );
                continue;
            }
        };
        let Some(Listing {
            hits,
            file,
            names,
            language,
        }) = listing(&all, &translations, Status::Missing, lang, &path)
        else {
            continue;
        };
        let (first, rest) = (hits[0], &hits[1..]);
        let mut f = Finding::new(
            segments::span_of(p, first),
            format!(
                "{} of the policy {} no {language} translation ({file}): {}",
                count(hits.len()),
                if hits.len() == 1 { "has" } else { "have" },
                names.join(", ")
            ),
            "not translated",
        );
        for s in rest.iter().take(SHOWN - 1) {
            f = f.also(segments::span_of(p, s), "not translated");
        }
        let tag = lang.tag();
        out.push(f.help(format!("run `policyc i18n extract --lang {tag}` on the policy and translate the new entries (msgstr) of {file}, in a PO editor such as Poedit or Weblate")));
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
pub(super) fn count(n: usize) -> String {
    if n == 1 {
        "1 segment".into()
    } else {
        format!("{n} segments")
    }
}

/// The segments of one status in one translation file, as a finding lists
/// them: at least one, the file's name, the first names and a count of the
/// rest, and the language in words.
pub(super) struct Listing<'a> {
    pub hits: Vec<&'a segments::Segment>,
    pub file: String,
    pub names: Vec<String>,
    pub language: &'static str,
}

/// The listing of `status` in one file; none when no segment has it.
pub(super) fn listing<'a>(
    all: &'a [segments::Segment],
    translations: &segments::Translations,
    status: Status,
    lang: crate::i18n::Lang,
    path: &std::path::Path,
) -> Option<Listing<'a>> {
    let hits: Vec<&segments::Segment> = all
        .iter()
        .filter(|s| translations.status(s) == status)
        .collect();
    if hits.is_empty() {
        return None;
    }
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
    Some(Listing {
        hits,
        file,
        names,
        language: lang_name(lang),
    })
}
