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
    // An age in words that defers to the law where the person lives ("or
    // older where your country's law requires") refines a number; it does
    // not contradict it.
    let ages: Vec<_> = children
        .minimum_ages
        .iter()
        .filter(|a| !matches!(&a.value.value, Age::Words(w) if age_set_by_local_law(w)))
        .collect();
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
