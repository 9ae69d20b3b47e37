//! `changes-only-posted`: documented in `docs/rules/changes-only-posted.md`, which `policyc explain changes-only-posted` prints.

use super::prelude::*;

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
    let only_posted =
        !changes.notify_by.is_empty() && changes.notify_by.iter().all(|n| *n == Notice::Posting);
    if !only_posted {
        return Vec::new();
    }
    vec![Finding::new(
        head(changes.span, "changes"),
        "changes are only posted on the policy's page: people are not told of them",
        "`notify-by posting` only",
    )
    .help("say how people are told of significant changes: `notify-by email, in-service` (or banner), besides posting")]
}
