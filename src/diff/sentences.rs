//! Prose compared sentence by sentence.

use super::*;

/// Sentences of a text: split after `.`, `!` or `?` when the next word
/// starts a sentence (a capital, a digit, a quote) and the word is not an
/// abbreviation ("Example, Inc. and its affiliates", "e.g.", "U.S."); a list
/// item (`- `, `* `, `1. `) starts a sentence of its own.
pub(super) fn sentences(text: &str) -> Vec<String> {
    /// Words that end in a full stop without ending a sentence.
    const ABBREVIATIONS: &[&str] = &[
        "inc", "ltd", "co", "corp", "llc", "plc", "gmbh", "ag", "sa", "bv", "nv", "no", "nos",
        "st", "art", "arts", "sec", "para", "mr", "mrs", "ms", "dr", "vs", "cf", "approx", "fig",
        "ch", "ave", "dept",
    ];
    let marker = |w: &str| {
        matches!(w, "-" | "*" | "+")
            || w.strip_suffix(['.', ')'])
                .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    let abbreviation = |w: &str| {
        let bare = w
            .trim_end_matches(['.', '!', '?'])
            .trim_start_matches(['(', '"', '\u{201C}']);
        bare.contains('.')
            || (bare.chars().count() == 1 && bare.chars().all(char::is_alphabetic))
            || ABBREVIATIONS.contains(&bare.to_lowercase().as_str())
    };
    let starts_sentence = |w: &str| {
        w.chars().next().is_some_and(|c| {
            c.is_uppercase()
                || c.is_ascii_digit()
                || matches!(c, '"' | '\u{201C}' | '(' | '[' | '*' | '_')
        })
    };
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    let mut current = String::new();
    for (i, w) in words.iter().enumerate() {
        // A list item after the sentence before it.
        let after_stop = i > 0 && words[i - 1].ends_with(['.', ':', ';', '!', '?']);
        if !current.is_empty() && marker(w) && (matches!(*w, "-" | "*" | "+") || after_stop) {
            out.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(w);
        let ends = w.ends_with(['!', '?']) || (w.ends_with('.') && !marker(w) && !abbreviation(w));
        let next_starts = words
            .get(i + 1)
            .is_none_or(|n| starts_sentence(n) || marker(n));
        if ends && next_starts {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Sentence-level edits between two texts (a rewrap is no edit: texts are collapsed first).
pub fn sentence_diff(old: &str, new: &str) -> Vec<SentenceEdit> {
    let (a, b) = (sentences(old), sentences(new));
    let ops = similar::capture_diff_slices(similar::Algorithm::Myers, &a, &b);
    let mut out = Vec::new();
    for op in ops {
        for (tag, s) in op.iter_changes(&a, &b).map(|c| (c.tag(), c.value())) {
            out.push(SentenceEdit {
                op: match tag {
                    similar::ChangeTag::Equal => "equal",
                    similar::ChangeTag::Delete => "delete",
                    similar::ChangeTag::Insert => "insert",
                },
                text: s.clone(),
            });
        }
    }
    out
}
