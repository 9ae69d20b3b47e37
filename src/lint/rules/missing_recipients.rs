//! `missing-recipients`: documented in `docs/rules/missing-recipients.md`, which `policyc explain missing-recipients` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-recipients",
    default: Level::Deny,
    applies: &[Family::Gdpr, Family::Ccpa, Family::Caloppa, Family::Lgpd],
    doc: include_str!("../../../docs/rules/missing-recipients.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    if !p.recipients.is_empty() || p.no_recipients {
        return Vec::new();
    }
    vec![Finding::new(cx.policy_span(), "the policy does not say who receives personal data", "no `recipient`")
        .help("declare each recipient or category of recipients with `recipient id \"…\" { … }`, or write `recipients none`")]
}
