//! `missing-change-notification-process`: documented in `docs/rules/missing-change-notification-process.md`, which `policyc explain missing-change-notification-process` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-change-notification-process",
    default: Level::Warn,
    applies: &[Family::Caloppa],
    doc: include_str!("../../../docs/rules/missing-change-notification-process.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    match &p.changes {
        Some(c) if !c.notify_by.is_empty() => Vec::new(),
        Some(c) => vec![Finding::new(
            head(c.span, Keyword::Changes),
            "the policy does not say how people are told of changes",
            "no `notify-by`",
        )
        .help("add `notify-by email, posting` (or in-service, banner)")],
        // At the prose that speaks of changes, when there is some: that is
        // the text the fix belongs in.
        None => vec![Finding::new(
            p.sections
                .iter()
                .find(|s| s.topic == Some(Topic::Changes))
                .map_or_else(|| cx.policy_span(), |s| s.id.span),
            "the policy does not say how people are told of changes",
            "no `changes`",
        )
        .help("add `changes { notify-by email, posting }`")],
    }
}
