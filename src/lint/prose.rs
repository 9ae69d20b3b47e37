//! Reading the prose: the policy's own words (prose sections and the
//! statements quoted on yes/no answers), searched with patterns whose matches
//! point at the exact words in the source.

use regex::Regex;
use regex_automata::meta;

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

/// A compiled pattern the rules search with: a [`Regex`], a rule's
/// [`Pattern`] or a phrase list ([`Lean`]).
pub trait Matcher {
    /// Where it matches in `text`.
    fn ranges(&self, text: &str) -> Vec<std::ops::Range<usize>>;
}

impl Matcher for Regex {
    fn ranges(&self, text: &str) -> Vec<std::ops::Range<usize>> {
        self.find_iter(text).map(|m| m.range()).collect()
    }
}

impl Matcher for Pattern {
    fn ranges(&self, text: &str) -> Vec<std::ops::Range<usize>> {
        self.find_iter(text)
    }
}

impl<T: Matcher, F: FnOnce() -> T> Matcher for std::sync::LazyLock<T, F> {
    fn ranges(&self, text: &str) -> Vec<std::ops::Range<usize>> {
        T::ranges(self, text)
    }
}

impl Matcher for Lean {
    fn ranges(&self, text: &str) -> Vec<std::ops::Range<usize>> {
        self.find_iter(text)
    }
}

/// Where `re` matches in the policy's prose ([`texts`]); the pattern should
/// allow `\s+` between words, since prose wraps across lines.
pub fn find(policy: &Policy, re: &impl Matcher) -> Vec<Span> {
    texts(policy)
        .iter()
        .flat_map(|p| {
            re.ranges(p.raw)
                .into_iter()
                .map(move |r| Span::new(p.span.start + r.start, p.span.start + r.end))
        })
        .collect()
}

/// Where `re` matches inside one span of the file.
pub fn find_in(policy: &Policy, span: Span, re: &impl Matcher) -> Vec<Span> {
    let Some(raw) = policy.file.text.get(span.start..span.end) else {
        return Vec::new();
    };
    re.ranges(raw)
        .into_iter()
        .map(|r| Span::new(span.start + r.start, span.start + r.end))
        .collect()
}

/// Builds a case-insensitive pattern from a phrase list: words may be separated by any whitespace.
///
/// Words, spaces, word boundaries and case are ASCII's: the phrases are
/// English words, and Unicode's classes made compiling these patterns the
/// largest part of a run's start-up (a `*` matches ASCII letters, digits and `_`).
pub fn phrases(list: &[&str]) -> Lean {
    // Every word is escaped, so the pattern is valid whatever the list holds;
    // only its size could fail, and the lists given here are the rules' own.
    #[allow(clippy::expect_used)]
    try_phrases(list).expect("escaped phrases form a valid pattern")
}

/// [`phrases`] for words that come from outside the source (a cookie
/// database's vendor names): `None` when the pattern would exceed the
/// regex engine's size limit, never a panic.
pub fn try_phrases(list: &[&str]) -> Option<Lean> {
    let alternatives: Vec<String> = list
        .iter()
        .map(|p| {
            p.split_whitespace()
                .map(|w| regex::escape(w).replace("\\*", "\\w*"))
                .collect::<Vec<_>>()
                .join(r"\s+")
        })
        .collect();
    Lean::new(format!(r"(?i)\b(?:{})\b", alternatives.join("|")))
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
/// times faster; other text is searched in its ASCII folding
/// ([`fold_ascii`], [`Folded`]), positions mapped back to the text. A
/// pattern with characters outside ASCII, or whose ASCII form does not
/// compile (a class other than plain punctuation negated), uses its Unicode
/// form ([`pattern`]).
pub struct Pattern {
    source: &'static str,
    ascii: std::sync::OnceLock<Option<Lean>>,
    unicode: std::sync::OnceLock<Regex>,
}

/// How much text a pattern's ASCII form searches before it is compiled
/// again with a prefilter (the literals it must contain, found fast). The
/// prefilter is half the cost of compiling a rule's pattern, and repays it
/// only over some hundreds of kilobytes (docs/performance.md).
const PREFILTER_AFTER: usize = 256 << 10;

/// A pattern in ASCII mode (`\w`, `\b`, `\s` and case are ASCII's),
/// compiled without a prefilter first, and with one once it has searched
/// [`PREFILTER_AFTER`] bytes. Both forms find the same matches (a prefilter
/// only skips text that cannot match).
pub struct Lean {
    source: String,
    /// The pattern was case-insensitive as a whole: it is compiled in lower
    /// case without `(?i)`, and searches the text in lower case.
    lower: bool,
    lean: meta::Regex,
    searched: std::sync::atomic::AtomicUsize,
    fast: std::sync::OnceLock<meta::Regex>,
}

impl Lean {
    fn new(source: String) -> Option<Lean> {
        let (source, lower) = match lowered(&source) {
            Some(l) => (l, true),
            None => (source, false),
        };
        let lean = Self::compile(&source, false)?;
        Some(Lean {
            source,
            lower,
            lean,
            searched: std::sync::atomic::AtomicUsize::new(0),
            fast: std::sync::OnceLock::new(),
        })
    }

    /// The text as the compiled pattern reads it: in lower case when the
    /// pattern is (ASCII lower case keeps every byte where it was).
    fn haystack<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        if self.lower && text.bytes().any(|b| b.is_ascii_uppercase()) {
            std::borrow::Cow::Owned(text.to_ascii_lowercase())
        } else {
            std::borrow::Cow::Borrowed(text)
        }
    }

    fn compile(source: &str, prefilter: bool) -> Option<meta::Regex> {
        meta::Regex::builder()
            .configure(meta::Config::new().auto_prefilter(prefilter))
            .syntax(regex_automata::util::syntax::Config::new().unicode(false))
            .build(source)
            .ok()
    }

    /// The form to search `len` more bytes with.
    fn regex(&self, len: usize) -> &meta::Regex {
        let before = self
            .searched
            .fetch_add(len, std::sync::atomic::Ordering::Relaxed);
        if before.saturating_add(len) < PREFILTER_AFTER {
            return &self.lean;
        }
        self.fast
            .get_or_init(|| Self::compile(&self.source, true).unwrap_or_else(|| self.lean.clone()))
    }

    /// Whether it matches somewhere in `text`.
    pub fn is_match(&self, text: &str) -> bool {
        self.regex(text.len())
            .is_match(self.haystack(text).as_ref())
    }

    /// Where it matches in `text`.
    pub fn find_iter(&self, text: &str) -> Vec<std::ops::Range<usize>> {
        self.regex(text.len())
            .find_iter(self.haystack(text).as_ref())
            .map(|m| m.range())
            .collect()
    }
}

/// An ASCII pattern that is case-insensitive as a whole (`(?i)` first, no
/// other flag anywhere) in lower case without the flag: every letter then
/// compiles to one byte rather than a class of two, a third less work to
/// compile, and it matches the lower-cased text where the pattern matched
/// the text. The character after a backslash is kept as written (`\S`,
/// `\B`); a hex escape's digits may change case, not their value.
fn lowered(source: &str) -> Option<String> {
    let rest = source.strip_prefix("(?i)")?;
    const FLAGS: [&str; 8] = ["(?i", "(?-", "(?s", "(?m", "(?x", "(?u", "(?U", "(?R"];
    if !rest.is_ascii() || FLAGS.iter().any(|f| rest.contains(f)) {
        return None;
    }
    let mut out = String::with_capacity(rest.len());
    let mut escaped = false;
    for c in rest.chars() {
        if escaped {
            out.push(c);
            escaped = false;
        } else {
            escaped = c == '\\';
            out.push(c.to_ascii_lowercase());
        }
    }
    Some(out)
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
    fn ascii(&self) -> Option<&Lean> {
        self.ascii
            .get_or_init(|| {
                if !self.source.is_ascii() {
                    return None;
                }
                Lean::new(ascii_negations(self.source))
            })
            .as_ref()
    }

    /// The Unicode form, compiled on first use.
    fn unicode(&self) -> &Regex {
        self.unicode.get_or_init(|| pattern(self.source))
    }

    /// Whether the pattern matches somewhere in `text`. Other text is read
    /// in its ASCII folding ([`fold_ascii`]): a yes or no needs no
    /// positions, and the rules' patterns are English words, so the Unicode
    /// form (several times dearer to compile) is not built for it.
    pub fn is_match(&self, text: &str) -> bool {
        match self.ascii() {
            Some(re) if text.is_ascii() => re.is_match(text),
            Some(re) => re.is_match(&fold_ascii(text)),
            None => self.unicode().is_match(text),
        }
    }

    /// Where the pattern matches in `text`. Other than ASCII text is
    /// searched in its ASCII folding too, each match mapped back to the
    /// characters it covers ([`Folded`]); only a pattern without an ASCII
    /// form compiles its Unicode form.
    pub fn find_iter(&self, text: &str) -> Vec<std::ops::Range<usize>> {
        match self.ascii() {
            Some(re) if text.is_ascii() => re.find_iter(text),
            Some(re) => {
                let folded = Folded::new(text);
                re.find_iter(&folded.text)
                    .into_iter()
                    .map(|m| folded.original(m.start)..folded.original(m.end))
                    .collect()
            }
            None => self.unicode().find_iter(text).map(|m| m.range()).collect(),
        }
    }

    /// `text` with every match replaced by `with`.
    pub fn replace_all<'t>(&self, text: &'t str, with: &str) -> std::borrow::Cow<'t, str> {
        let found = self.find_iter(text);
        if found.is_empty() {
            return std::borrow::Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for r in found {
            out.push_str(&text[last..r.start]);
            out.push_str(with);
            last = r.end;
        }
        out.push_str(&text[last..]);
        std::borrow::Cow::Owned(out)
    }
}

/// [`fold_ascii`] with the way back: each character outside ASCII folds to
/// one byte, so a position in the folding is the same position in the text
/// plus the extra bytes of the characters before it.
struct Folded {
    text: String,
    /// For each folded character from outside ASCII: its position in the
    /// folding, and the extra bytes of it and of those before it.
    wide: Vec<(usize, usize)>,
}

impl Folded {
    fn new(text: &str) -> Folded {
        let folded = fold_ascii(text);
        let mut wide = Vec::new();
        let mut extra = 0;
        for (at, c) in folded
            .char_indices()
            .zip(text.chars())
            .map(|((at, _), c)| (at, c))
        {
            if !c.is_ascii() {
                extra += c.len_utf8() - 1;
                wide.push((at, extra));
            }
        }
        Folded { text: folded, wide }
    }

    /// The position in the text of position `at` of the folding.
    fn original(&self, at: usize) -> usize {
        let before = self.wide.partition_point(|&(w, _)| w < at);
        at + before.checked_sub(1).map_or(0, |i| self.wide[i].1)
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
/// of its kind: a letter or digit by `_` (a word character, as Unicode's
/// `\w` has it, and no letter, so that `âge` does not read as `age`), a
/// space by a space, anything else by `#` (neither); the
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
            c if c.is_alphanumeric() => '_',
            c if c.is_whitespace() => ' ',
            _ => '#',
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
        // Positions are the Unicode form's, found in the folding.
        let text = "Wir — the âge: the age set by local law, für Sie";
        let unicode = pattern(r"(?i)\bages?\b[^.;]{0,40}?\blocal\s+laws?\b");
        let theirs: Vec<_> = unicode.find_iter(text).map(|m| m.range()).collect();
        assert_eq!(p.find_iter(text), theirs);
        assert!(p.unicode.get().is_none(), "still no Unicode form");
        // A letter outside ASCII folds to no letter: `âge` is not `age`.
        assert!(!Pattern::new(r"(?i)\bage\b").is_match("Wir — âge"));
        assert!(Pattern::new(r"\bnever\b")
            .find_iter("café crème")
            .is_empty());
    }

    #[test]
    fn a_case_insensitive_pattern_is_compiled_in_lower_case_escapes_kept() {
        assert_eq!(
            lowered(r"(?i)\bFoo\S[A-Z]\x4A(?:Bar|\B)").as_deref(),
            Some(r"\bfoo\S[a-z]\x4a(?:bar|\B)")
        );
        assert_eq!(lowered(r"\bFoo"), None, "not case-insensitive");
        assert_eq!(lowered(r"(?i)a(?-i)B"), None, "another flag inside");
        assert_eq!(lowered("(?i)café"), None, "not ASCII");
        let p = Pattern::new(r"(?i)\bDo\s+Not\s+Track\b|\bDNT\b");
        assert_eq!(
            p.find_iter("We honour DO NOT track; dnt."),
            vec![10..22, 24..27]
        );
        assert!(p.ascii().is_some_and(|a| a.lower));
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
        assert_eq!(fold_ascii("café’s “x” – é\u{a0}ü!"), "caf_'s \"x\" - _ _!");
        assert_eq!(fold_ascii("x\u{2122}y"), "x#y");
        assert_eq!(fold_ascii("plain"), "plain");
    }

    #[test]
    fn a_pattern_matches_ascii_and_other_text_as_its_unicode_form_does() {
        let source = r"(?i)\b(analy[sz]\w*|ads|stra\w*e)\b";
        let (lean, fast) = (Pattern::new(source), Pattern::new(source));
        // One has searched enough to be compiled again with its prefilter.
        fast.ascii().map(|a| a.regex(PREFILTER_AFTER));
        assert!(fast.ascii().is_some_and(|a| a.fast.get().is_some()));
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
            let theirs: Vec<_> = unicode.find_iter(text).map(|m| m.range()).collect();
            // On other than ASCII text, found in the folding and mapped back.
            assert_eq!(lean.find_iter(text), theirs, "{text:?}");
            assert_eq!(fast.find_iter(text), theirs, "{text:?}");
            assert_eq!(lean.is_match(text), !theirs.is_empty(), "{text:?}");
        }
        assert!(
            lean.unicode.get().is_none() && fast.unicode.get().is_none(),
            "the ASCII form served every text"
        );
        assert!(lean.ascii().is_some_and(|a| a.fast.get().is_none()));
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
