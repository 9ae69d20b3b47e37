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
/// times faster; a yes-or-no question about other text is answered on its
/// ASCII folding ([`fold_ascii`]), and positions in it come from the form
/// [`pattern`] compiles, built only once the folding matches. A pattern
/// whose ASCII form does not compile (a class other than plain punctuation
/// negated) always uses its Unicode form.
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

    /// The ASCII form, when the pattern has one: a negated class (`[^.;]`)
    /// leaves out the bytes of multi-byte characters too, which ASCII text
    /// never holds, so that the form is valid for any `&str`.
    fn ascii(&self) -> Option<&Regex> {
        self.ascii
            .get_or_init(|| {
                if !self.source.is_ascii() {
                    return None;
                }
                regex::RegexBuilder::new(&ascii_negations(self.source))
                    .unicode(false)
                    .build()
                    .ok()
            })
            .as_ref()
    }

    /// The compiled pattern to search `text` with.
    pub fn for_text(&self, text: &str) -> &Regex {
        if text.is_ascii() {
            if let Some(re) = self.ascii() {
                return re;
            }
        }
        self.unicode.get_or_init(|| pattern(self.source))
    }

    /// Whether the pattern matches somewhere in `text`. Other text is read
    /// in its ASCII folding ([`fold_ascii`]): a yes or no needs no
    /// positions, and the rules' patterns are English words, so the Unicode
    /// form (several times dearer to compile) is not built for it.
    pub fn is_match(&self, text: &str) -> bool {
        if text.is_ascii() {
            return self.for_text(text).is_match(text);
        }
        match self.ascii() {
            Some(re) => re.is_match(&fold_ascii(text)),
            None => self.for_text(text).is_match(text),
        }
    }

    /// Where the pattern matches in `text`, as its Unicode form finds it; on
    /// other than ASCII text the Unicode form is compiled only when the
    /// folded text matches at all.
    pub fn find_iter(&self, text: &str) -> Vec<std::ops::Range<usize>> {
        if !text.is_ascii() && !self.is_match(text) {
            return Vec::new();
        }
        self.for_text(text)
            .find_iter(text)
            .map(|m| m.range())
            .collect()
    }
}

/// The pattern with each negated class of plain punctuation (`[^.;]`)
/// written as the ASCII characters it leaves (`[\x00-\x2D\x2F-\x3A…]`): an
/// ASCII-mode pattern for `&str` may not match a lone byte of a multi-byte
/// character, which a negated class would. Other classes are left as they
/// are (the ASCII form then fails to compile, and the Unicode form is used).
fn ascii_negations(source: &str) -> String {
    let mut out = String::with_capacity(source.len());
    let mut rest = source;
    while let Some(at) = rest.find("[^") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        let end = after.find(']');
        let plain = end.filter(|&e| {
            e > 0
                && after[..e]
                    .chars()
                    .all(|c| c.is_ascii_punctuation() && !"\\[]-^&~".contains(c))
        });
        match plain {
            Some(e) => {
                let left_out: Vec<u8> = after[..e].bytes().collect();
                out.push('[');
                let mut start: Option<u8> = None;
                for b in 0u8..=0x80 {
                    let kept = b < 0x80 && !left_out.contains(&b);
                    match (kept, start) {
                        (true, None) => start = Some(b),
                        (false, Some(a)) => {
                            out.push_str(&format!("\\x{a:02X}-\\x{:02X}", b - 1));
                            start = None;
                        }
                        _ => {}
                    }
                }
                out.push(']');
                rest = &after[e + 1..];
            }
            None => {
                out.push_str("[^");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Text with every character outside ASCII replaced by one ASCII character
/// of its kind: a letter or digit by `a` (a word character, as Unicode's
/// `\w` has it), a space by a space, anything else by `#` (neither); the
/// typographic apostrophe, quotes and dashes by their ASCII forms. A
/// pattern of English words matches the folding where its Unicode form
/// matches the text (positions aside).
pub fn fold_ascii(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            c if c.is_ascii() => c,
            '\u{2018}' | '\u{2019}' | '\u{02bc}' => '\'',
            '\u{201c}' | '\u{201d}' => '"',
            '\u{2010}'..='\u{2015}' => '-',
            c if c.is_alphanumeric() => 'a',
            c if c.is_whitespace() => ' ',
            _ => '#',
        })
        .collect()
}

/// Where a [`Pattern`] matches inside one span of the file.
pub fn find_in_pattern(policy: &Policy, span: Span, p: &Pattern) -> Vec<Span> {
    let Some(raw) = policy.file.text.get(span.start..span.end) else {
        return Vec::new();
    };
    p.find_iter(raw)
        .into_iter()
        .map(|r| Span::new(span.start + r.start, span.start + r.end))
        .collect()
}

/// Where a [`Pattern`] matches in the policy's prose ([`texts`]).
pub fn find_pattern(policy: &Policy, p: &Pattern) -> Vec<Span> {
    texts(policy)
        .iter()
        .flat_map(|t| {
            p.find_iter(t.raw)
                .into_iter()
                .map(move |r| Span::new(t.span.start + r.start, t.span.start + r.end))
        })
        .collect()
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
    fn a_pattern_with_a_negated_class_has_an_ascii_form_and_reads_folded_text() {
        let p = Pattern::new(r"(?i)\bages?\b[^.;]{0,40}?\blocal\s+laws?\b");
        assert!(p.ascii().is_some(), "the ASCII form compiles");
        assert!(p.is_match("the age set by local law"));
        // Other text: read folded, without building the Unicode form.
        assert!(p.is_match("l’âge fixé — the age set by local law"));
        assert!(p.is_match("the age (für Kinder) under local laws"));
        assert!(!p.is_match("the age of majority. Local law applies"));
        assert!(p.unicode.get().is_none(), "no Unicode form was compiled");
        // Positions come from the Unicode form, built only on a match.
        let text = "Wir — the age set by local law";
        let unicode = pattern(r"(?i)\bages?\b[^.;]{0,40}?\blocal\s+laws?\b");
        let theirs: Vec<_> = unicode.find_iter(text).map(|m| m.range()).collect();
        assert_eq!(p.find_iter(text), theirs);
        assert!(Pattern::new(r"\bnever\b")
            .find_iter("café crème")
            .is_empty());
    }

    #[test]
    fn negated_punctuation_classes_are_written_as_the_ascii_they_leave() {
        assert_eq!(
            ascii_negations(r"a[^.;]b"),
            r"a[\x00-\x2D\x2F-\x3A\x3C-\x7F]b"
        );
        assert_eq!(ascii_negations(r"[^.]"), r"[\x00-\x2D\x2F-\x7F]");
        assert_eq!(ascii_negations(r"[^\s]x"), r"[^\s]x");
        assert_eq!(ascii_negations("plain"), "plain");
    }

    #[test]
    fn folding_keeps_word_characters_words_and_the_rest_not() {
        assert_eq!(fold_ascii("café’s “x” – é\u{a0}ü!"), "cafa's \"x\" - a a!");
        assert_eq!(fold_ascii("x\u{2122}y"), "x#y");
        assert_eq!(fold_ascii("plain"), "plain");
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
