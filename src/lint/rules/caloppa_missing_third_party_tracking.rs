//! `caloppa-missing-third-party-tracking`: documented in `docs/rules/caloppa-missing-third-party-tracking.md`, which `policyc explain caloppa-missing-third-party-tracking` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "caloppa-missing-third-party-tracking",
    default: Level::Deny,
    applies: &[Family::Caloppa],
    doc: include_str!("../../../docs/rules/caloppa-missing-third-party-tracking.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    if cx
        .policy
        .statements
        .third_party_tracking
        .under(Jurisdiction::Caloppa)
        .is_some()
    {
        return Vec::new();
    }
    vec![Finding::new(
        cx.policy_span(),
        "the policy does not say whether third parties may track people across sites",
        "no `third-party-tracking`",
    )
    .help("add `third-party-tracking yes|no \"…\"`")]
}
