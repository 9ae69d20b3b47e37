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
    let p = cx.policy;
    if p.controller.is_none() && !p.regional_controllers.is_empty() {
        // Controllers for some places only: each regime in force needs one.
        let missing: Vec<&str> = cx
            .jurisdictions
            .iter()
            .filter(|&&j| p.controller_for(j).is_none())
            .map(|&j| Place::Regime(j).words())
            .collect();
        if missing.is_empty() {
            return Vec::new();
        }
        return vec![Finding::new(
            cx.policy_span(),
            format!(
                "the policy names controllers for some places, but none for {}",
                join_or(&missing)
            ),
            "no controller for everyone",
        )
        .help("add `controller \"Legal name\" { … }` without `for`, or one `for` each place the policy is written for")];
    }
    match &p.controller {
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
