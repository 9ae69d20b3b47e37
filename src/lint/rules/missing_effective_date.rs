//! `missing-effective-date`: documented in `docs/rules/missing-effective-date.md`, which `policyc explain missing-effective-date` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-effective-date",
    default: Level::Deny,
    applies: &[Family::Caloppa, Family::Ccpa],
    doc: include_str!("../../../docs/rules/missing-effective-date.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let m = &cx.policy.meta;
    if m.updated.is_some() || m.effective.is_some() {
        return Vec::new();
    }
    vec![Finding::new(
        cx.policy_span(),
        "the policy gives no effective or last-updated date",
        "no date",
    )
    .help("add `updated YYYY-MM-DD` to the `policy` block")]
}
