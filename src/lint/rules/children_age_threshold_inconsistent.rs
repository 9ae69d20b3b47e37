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
    // Ages for different places (`minimum-age 16 for eea`) are not a contradiction.
    let ages = &children.minimum_ages;
    ages.iter()
        .enumerate()
        .filter_map(|(i, a)| {
            let first = ages[..i]
                .iter()
                .find(|f| f.scope.key() == a.scope.key() && f.value.value != a.value.value)?;
            Some((&a.value, &first.value))
        })
        .map(|(a, first)| {
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
