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
    // Said to be undated: the finding stands, at the statement that says so.
    let at = m
        .undated
        .as_ref()
        .filter(|u| u.value)
        .map_or_else(|| cx.policy_span(), |u| u.span);
    vec![Finding::new(
        at,
        "the policy gives no effective or last-updated date",
        "no date",
    )
    .help("add `updated YYYY-MM-DD` (or `YYYY-MM`) to the `policy` block")]
}
