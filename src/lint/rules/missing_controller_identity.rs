//! `missing-controller-identity`: documented in `docs/rules/missing-controller-identity.md`, which `policyc explain missing-controller-identity` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-controller-identity",
    default: Level::Deny,
    applies: &[],
    doc: include_str!("../../../docs/rules/missing-controller-identity.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    match &cx.policy.controller {
        None => vec![Finding::new(
            cx.policy_span(),
            "the policy does not say who the controller is",
            "no `controller` in this policy",
        )
        .help("add `controller \"Legal name\" { … }` with the organisation's full legal name")],
        Some(c) if c.name.value.trim().is_empty() => {
            vec![
                Finding::new(c.name.span, "the controller has no name", "empty name")
                    .help("write the controller's full legal name"),
            ]
        }
        Some(_) => Vec::new(),
    }
}
