//! `ccpa-missing-pi-categories`: documented in `docs/rules/ccpa-missing-pi-categories.md`, which `policyc explain ccpa-missing-pi-categories` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "ccpa-missing-pi-categories",
    default: Level::Deny,
    applies: &[Family::Ccpa],
    doc: include_str!("../../../docs/rules/ccpa-missing-pi-categories.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    cx.policy
        .data
        .iter()
        // The list covers what the business collects; data a third party
        // collects directly under its own policy is that party's to list
        // (Cal. Civ. Code 1798.100(a), 1798.110(c)).
        .filter(|d| d.ccpa_categories.is_empty() && d.collected_by.is_none())
        .map(|d| {
            Finding::new(d.id.span, format!("`{}` is not mapped to a category of Cal. Civ. Code 1798.140(v)", d.id.value), "no `ccpa-category`")
                .help("add `ccpa-category identifiers` (or customer-records, commercial, internet-activity …)")
        })
        .collect()
}
