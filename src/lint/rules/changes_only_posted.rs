//! `changes-only-posted`: documented in `docs/rules/changes-only-posted.md`, which `policyc explain changes-only-posted` prints.

use super::prelude::*;
use crate::diag::Span;

/// The rule.
pub const RULE: Rule = Rule {
    id: "changes-only-posted",
    default: Level::Warn,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/changes-only-posted.md"),
    check,
};

/// Notice that is only possible ("we may also e-mail you").
static MAY: prose::Pattern = prose::Pattern::new(
    r"(?i)\bmay\s+(also\s+)?(include|notify|inform|tell|send|e-?mail|contact|provide|display|alert|give|show|issue)\b|\b(as|where|when)\s+appropriate\b",
);

/// Notice that is promised ("we will e-mail you").
static WILL: prose::Pattern = prose::Pattern::new(
    r"(?i)\b(will|shall|efforts\s+to|we)\s+(also\s+)?(notify|inform|tell|send|e-?mail|contact|alert|let\s+you\s+know)\b|\b(will|shall)\s+(also\s+)?(provide|give)\s+(you\s+)?(with\s+)?(a\s+|more\s+)?(prominent\s+)?notice\b|\b(are|is|will\s+be|shall\s+be)\s+(notified|e-?mailed)\s+(to\s+you|before)\b|\byou\s+(will|shall)\s+be\s+(notified|informed|told)\b",
);

/// No `changes` block: the policy's prose on changes, when it has some, is
/// all it says. Prose that only says the policy may change (and asks readers
/// to look at it again) and promises no notice leaves posting as the one
/// way people learn of a change: the same gap as `notify-by posting` alone.
fn unstated(cx: &Context<'_>) -> Vec<Finding> {
    // English wording only: in another language, silence is the safe reading.
    if !matches!(crate::lint::language::of(cx.policy), crate::i18n::Lang::En) {
        return Vec::new();
    }
    let Some(section) = cx
        .policy
        .sections
        .iter()
        .find(|s| s.topic == Some(Topic::Changes))
    else {
        return Vec::new();
    };
    // Readers are sent back to the page ("please check it regularly", "come
    // back to it often", "changes are posted here"): posting is the means.
    // Prose that names no means at all is another gap, not this one.
    static LOOK_AGAIN: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:check|review|revisit|visit|consult|read|look\s+at|come\s+back\s+to|return\s+to)\b[^.;]{0,40}\b(?:regularly|periodically|frequently|often|from\s+time\s+to\s+time)\b|\b(?:post|posted|posting|publish|published)\b[^.;]{0,40}\b(?:here|this\s+page|our\s+(?:web)?site)\b",
    );
    let text = &section.source.value;
    if WILL.is_match(text) || MAY.is_match(text) || !LOOK_AGAIN.is_match(text) {
        return Vec::new();
    }
    vec![Finding::new(
        section.id.span,
        "the policy says only that it may change: people are not told of changes, they must look at it again",
        "no notice of changes is promised",
    )
    .help("say how people are told of significant changes: `changes { notify-by email, in-service }` (or banner), besides posting")]
}

/// A promise to "notify" whose means are posting: "we will notify you by
/// updating the date at the top and posting the new policy, or by any
/// other notice required by applicable law". Updating the date is posting,
/// and a notice only "required by law" is none the words commit to; a
/// means that reaches people (an e-mail, a message, a banner) is a notice.
fn notice_by_posting(words: &str) -> bool {
    static BY_POSTING: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:notify|inform|tell|alert|let\s+you\s+know|notice)\b[^.;]{0,40}?\bby\s+(?:updating|posting|revising|changing|publishing|amending|modifying)\b",
    );
    static REACHES: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:e-?mails?|in-?app|in-?product|notifications?|banners?|pop-?ups?|messages?|letters?|prominent|directly|push|sms|text\s+messages?|dashboard|log\s+in|sign\s+in)\b",
    );
    BY_POSTING.is_match(words) && !REACHES.is_match(words)
}

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let Some(changes) = &cx.policy.changes else {
        return unstated(cx);
    };
    let posted = changes.notify_by.contains(&Notice::Posting);
    // Posting alone, unless its own words promise a notice ("we will
    // notify you of material changes").
    // The words on when changes take effect may make the promise too
    // ("changes that affect you are notified before they apply").
    let promised = [
        changes.notify_statement.as_deref(),
        changes.take_effect.as_deref(),
    ]
    .into_iter()
    .flatten()
    .any(|w| WILL.is_match(w) && !notice_by_posting(w));
    let only_posted =
        posted && changes.notify_by.iter().all(|n| *n == Notice::Posting) && !promised;
    // Other means promised only at the controller's discretion ("if, in our
    // sole discretion, the changes are material, we may also e-mail you")
    // leave posting as the one commitment.
    // "Notice may include an e-mail", "we may also notify you", with no
    // commitment beside it ("we will e-mail you", "we use reasonable
    // efforts to tell you", "we notify you"), is the same discretion.
    let discretionary = changes.notify_statement.as_deref().is_some_and(|w| {
        let lower = w.to_lowercase();
        [
            "sole discretion",
            "if we decide",
            "at our discretion",
            "in our discretion",
        ]
        .iter()
        .any(|p| lower.contains(p))
            || (MAY.is_match(w) && !WILL.is_match(w))
    });
    let message = if only_posted {
        "changes are only posted on the policy's page: people are not told of them"
    } else if posted && discretionary {
        "beyond posting the new policy, people are told of changes only at the controller's discretion"
    } else {
        return Vec::new();
    };
    // Point at the `notify-by` statement that makes the commitment, else the block.
    let block = &cx.policy.file.text[changes.span.start..changes.span.end];
    let at = block.find("notify-by").map_or_else(
        || head(changes.span, Keyword::Changes),
        |i| {
            let start = changes.span.start + i;
            Span::new(start, start + Keyword::NotifyBy.as_str().len())
        },
    );
    vec![Finding::new(
        at,
        message,
        "`notify-by posting` is the only commitment",
    )
    .help("say how people are told of significant changes: `notify-by email, in-service` (or banner), besides posting")]
}

#[cfg(test)]
mod tests {
    use super::notice_by_posting;

    #[test]
    fn a_notice_by_posting_is_posting() {
        for (words, posting) in [
            ("we will notify you by updating the \u{201c}Last Updated\u{201d} date at the top of the new Privacy Policy, posting the new Privacy Policy, or by providing any other notice required by applicable law", true),
            ("We will inform you by posting the revised policy on this page", true),
            ("we will notify you by e-mail or by posting a notice in the app", false),
            ("we will notify you if we make any material changes", false),
            ("we will let you know by updating the date and sending you a message", false),
            ("we will give you notice by posting the new policy here", true),
        ] {
            assert_eq!(notice_by_posting(words), posting, "{words}");
        }
    }
}
