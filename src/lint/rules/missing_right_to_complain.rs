//! `missing-right-to-complain`: documented in `docs/rules/missing-right-to-complain.md`, which `policyc explain missing-right-to-complain` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-right-to-complain",
    default: Level::Deny,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/missing-right-to-complain.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    if cx.policy.offers(RightKind::Complain) {
        return Vec::new();
    }
    vec![Finding::new(
        rights_span(cx),
        "the right to complain to a supervisory authority is not offered",
        "not among the rights",
    )
    .help("add `right complain \"…\" { authority \"…\" }` to `rights`")]
}
