//! `policy-stale`: documented in `docs/rules/policy-stale.md`, which `policyc explain policy-stale` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "policy-stale",
    default: Level::Warn,
    applies: &[Family::Ccpa],
    doc: include_str!("../../../docs/rules/policy-stale.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let m = &cx.policy.meta;
    let Some(date) = m.updated.as_ref().or(m.effective.as_ref()) else {
        return Vec::new();
    };
    let age = cx.today.days_since_epoch() - date.value.days_since_epoch();
    if age <= 365 {
        return Vec::new();
    }
    vec![Finding::new(date.span, format!("the policy was last updated {age} days before {}", cx.today), "more than 12 months ago")
        .help("review the policy at least once every 12 months (Cal. Civ. Code 1798.130(a)(5)) and update the date")]
}
