//! `missing-provision-requirement-statement`: documented in `docs/rules/missing-provision-requirement-statement.md`, which `policyc explain missing-provision-requirement-statement` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-provision-requirement-statement",
    default: Level::Info,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/missing-provision-requirement-statement.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    cx.policy
        .data
        .iter()
        // Data a third party collects under its own policy is not asked for
        // by the controller: the third party says whether it is required.
        .filter(|d| {
            d.provision.is_none()
                && d.collected_by.is_none()
                && d.sources.iter().any(|s| s.value == Source::Person)
        })
        .map(|d| {
            Finding::new(
                d.id.span,
                format!(
                    "the policy does not say whether giving `{}` is required",
                    d.id.value
                ),
                "statutory, contractual or optional?",
            )
            .help("add `required statutory`, `required contractual` or `required optional`")
        })
        .collect()
}
