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

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let Some(changes) = &cx.policy.changes else {
        return Vec::new();
    };
    let posted = changes.notify_by.contains(&Notice::Posting);
    let only_posted = posted && changes.notify_by.iter().all(|n| *n == Notice::Posting);
    // Other means promised only at the controller's discretion ("if, in our
    // sole discretion, the changes are material, we may also e-mail you")
    // leave posting as the one commitment.
    // "Notice may include an e-mail", "we may also notify you", with no
    // commitment beside it ("we will e-mail you", "we use reasonable
    // efforts to tell you", "we notify you"), is the same discretion.
    static MAY: LazyLock<Regex> = LazyLock::new(|| {
        prose::pattern(
            r"(?i)\bmay\s+(also\s+)?(include|notify|inform|tell|send|e-?mail|contact|provide|display|alert|give|show|issue)\b|\b(as|where|when)\s+appropriate\b",
        )
    });
    static WILL: LazyLock<Regex> = LazyLock::new(|| {
        prose::pattern(
            r"(?i)\b(will|shall|efforts\s+to|we)\s+(also\s+)?(notify|inform|tell|send|e-?mail|contact|alert|let\s+you\s+know)\b",
        )
    });
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
