//! `children-age-threshold-inconsistent`: documented in `docs/rules/children-age-threshold-inconsistent.md`, which `policyc explain children-age-threshold-inconsistent` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "children-age-threshold-inconsistent",
    default: Level::Info,
    applies: &[Family::Coppa, Family::Gdpr],
    doc: include_str!("../../../docs/rules/children-age-threshold-inconsistent.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let Some(children) = &cx.policy.children else {
        return Vec::new();
    };
    let ages = &children.minimum_ages;
    let Some(first) = ages.first() else {
        return Vec::new();
    };
    ages.iter()
        .skip(1)
        .filter(|a| a.value != first.value)
        .map(|a| {
            Finding::new(
                a.span,
                "the policy states more than one minimum age",
                "a second minimum age",
            )
            .also(first.span, "first stated here")
            .help("state one minimum age and apply it throughout")
        })
        .collect()
}
