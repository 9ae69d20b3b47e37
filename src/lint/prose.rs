//! Reading the prose: the policy's own words (prose sections and the
//! statements quoted on yes/no answers), searched with patterns whose matches
//! point at the exact words in the source.

use regex::Regex;

use crate::diag::Span;
use crate::model::Policy;

/// A piece of the policy's own words and where it was written.
pub struct Prose<'a> {
    /// The text as written in the file (a text block keeps its quotes and indentation).
    pub raw: &'a str,
    /// Where `raw` starts in the file.
    pub span: Span,
}

/// Every piece of prose: section texts, then the policy's words on its yes/no answers,
/// bases, transfers and retention criteria, and its notes.
pub fn texts(policy: &Policy) -> Vec<Prose<'_>> {
    let file: &str = &policy.file.text;
    let mut spans: Vec<Span> = policy.sections.iter().map(|s| s.source.span).collect();
    let st = &policy.statements;
    for stance in [
        &st.honors_do_not_track,
        &st.honors_gpc,
        &st.third_party_tracking,
        &st.automated_decisions,
        &st.sells_data,
        &st.shares_data,
        &st.collects_sensitive_data,
        &st.limits_sensitive_use,
    ]
    .into_iter()
    .flat_map(crate::model::Answers::iter)
    {
        spans.extend(stance.statement.as_ref().map(|s| s.span));
    }
    // Notes are the policy's own words too (when a fee is charged, how an
    // agent may act): a rule that reads the prose reads them.
    spans.extend(
        policy
            .notes()
            .into_iter()
            .flat_map(|(_, list)| list.iter())
            .flat_map(|n| n.words.iter().map(|w| w.span)),
    );
    spans
        .into_iter()
        .filter_map(|span| {
            file.get(span.start..span.end)
                .map(|raw| Prose { raw, span })
        })
        .collect()
}

/// Where `re` matches in the policy's prose; the pattern should allow `\s+`
/// between words, since prose wraps across lines.
pub fn find(policy: &Policy, re: &Regex) -> Vec<Span> {
    texts(policy)
        .iter()
        .flat_map(|p| {
            re.find_iter(p.raw)
                .map(move |m| Span::new(p.span.start + m.start(), p.span.start + m.end()))
        })
        .collect()
}

/// Where `re` matches inside one span of the file.
pub fn find_in(policy: &Policy, span: Span, re: &Regex) -> Vec<Span> {
    let Some(raw) = policy.file.text.get(span.start..span.end) else {
        return Vec::new();
    };
    re.find_iter(raw)
        .map(|m| Span::new(span.start + m.start(), span.start + m.end()))
        .collect()
}

/// Builds a case-insensitive pattern from a phrase list: words may be separated by any whitespace.
///
/// Words, spaces, word boundaries and case are ASCII's: the phrases are
/// English words, and Unicode's classes made compiling these patterns the
/// largest part of a run's start-up (a `*` matches ASCII letters, digits and `_`).
pub fn phrases(list: &[&str]) -> Regex {
    // Every word is escaped, so the pattern is valid whatever the list holds;
    // only its size could fail, and the lists given here are the rules' own.
    #[allow(clippy::expect_used)]
    try_phrases(list).expect("escaped phrases form a valid pattern")
}

/// [`phrases`] for words that come from outside the source (a cookie
/// database's vendor names): `None` when the pattern would exceed the
/// regex engine's size limit, never a panic.
pub fn try_phrases(list: &[&str]) -> Option<Regex> {
    let alternatives: Vec<String> = list
        .iter()
        .map(|p| {
            p.split_whitespace()
                .map(|w| regex::escape(w).replace("\\*", "\\w*"))
                .collect::<Vec<_>>()
                .join(r"\s+")
        })
        .collect();
    regex::RegexBuilder::new(&format!(r"\b(?:{})\b", alternatives.join("|")))
        .case_insensitive(true)
        .unicode(false)
        .build()
        .ok()
}

/// A rule's own regular expression. Only patterns written in the source
/// reach it (the parameter is `&'static str`), and each rule's fixtures run
/// it, so a bad pattern fails the tests, not a user's run.
pub fn pattern(re: &'static str) -> Regex {
    #[allow(clippy::expect_used)]
    Regex::new(re).expect("a rule's pattern is valid")
}

/// A rule's pattern, compiled on first use in the form the text needs: on
/// ASCII text, with ASCII classes and case (`\w`, `\b`, `\s`, `(?i)`), which
/// match ASCII text exactly as their Unicode forms do and compile several
/// times faster; on any other text, as [`pattern`] compiles it. A pattern that
/// cannot be compiled without Unicode (a class that could match a byte of a
/// multi-byte character) always uses its Unicode form.
pub struct Pattern {
    source: &'static str,
    ascii: std::sync::OnceLock<Option<Regex>>,
    unicode: std::sync::OnceLock<Regex>,
}

impl Pattern {
    /// A pattern of a rule's source; nothing is compiled yet.
    pub const fn new(source: &'static str) -> Pattern {
        Pattern {
            source,
            ascii: std::sync::OnceLock::new(),
            unicode: std::sync::OnceLock::new(),
        }
    }

    /// The compiled pattern to search `text` with.
    pub fn for_text(&self, text: &str) -> &Regex {
        if text.is_ascii() {
            let ascii = self.ascii.get_or_init(|| {
                regex::RegexBuilder::new(self.source)
                    .unicode(false)
                    .build()
                    .ok()
            });
            if let Some(re) = ascii {
                return re;
            }
        }
        self.unicode.get_or_init(|| pattern(self.source))
    }

    /// Whether the pattern matches somewhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.for_text(text).is_match(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_too_large_for_the_engine_are_refused_not_a_panic() {
        let huge = "word ".repeat(400_000);
        assert!(try_phrases(&[huge.as_str()]).is_none());
        assert!(
            try_phrases(&["Google Analytics"]).is_some_and(|r| r.is_match("by google  analytics"))
        );
    }

    #[test]
    fn a_pattern_matches_ascii_and_other_text_as_its_unicode_form_does() {
        let source = r"(?i)\b(analy[sz]\w*|ads|stra\w*e)\b";
        let p = Pattern::new(source);
        let unicode = pattern(source);
        for text in [
            "Analytics",
            "ANALYSING trends",
            "loads",
            "ads",
            "Straße",
            "strasse",
            "analyséd",
            "\u{212a}ads",
            "x ads\u{a0}y",
            "",
        ] {
            let ours: Vec<_> = p
                .for_text(text)
                .find_iter(text)
                .map(|m| m.range())
                .collect();
            let theirs: Vec<_> = unicode.find_iter(text).map(|m| m.range()).collect();
            assert_eq!(ours, theirs, "{text:?}");
        }
        // A non-ASCII literal in the pattern: ASCII text cannot match it either way.
        let law = r"(?i)(\bact\b|\bart(icle)?\.?\s*\d|§)";
        let (p, unicode) = (Pattern::new(law), pattern(law));
        for text in ["the Act", "Art. 6", "article 9", "§ 3", "factual", ""] {
            assert_eq!(p.is_match(text), unicode.is_match(text), "{text:?}");
        }
        // A class that could match part of a character needs the Unicode form.
        let q = Pattern::new(r"a[^.;]b");
        assert!(q.is_match("axb"));
        assert!(q.is_match("aéb"));
    }

    #[test]
    fn phrases_match_across_line_breaks_in_any_case_and_take_any_words() {
        // A phrase with letters outside ASCII still builds and matches as written.
        let re = phrases(&["advertising partner*", "café crème", "a.b c"]);
        assert!(re.is_match("our Advertising\n   Partners say"));
        assert!(re.is_match("Café   crème"));
        assert!(re.is_match("see a.b c here"));
        assert!(!re.is_match("advertisingpartner"));
        assert!(!re.is_match("readvertising partners"));
    }
}
