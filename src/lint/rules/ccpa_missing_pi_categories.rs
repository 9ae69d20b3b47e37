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
    // What the separate US state disclosures must contain is judged there.
    if cx.state_disclosures_elsewhere() {
        return Vec::new();
    }
    let mut out = Vec::new();
    // The list covers what the business collects; data a third party
    // collects directly under its own policy is that party's to list
    // (Cal. Civ. Code 1798.100(a), 1798.110(c)).
    for d in cx.policy.data.iter().filter(|d| d.collected_by.is_none()) {
        // Sensitive personal information is a category of its own
        // (1798.140(v)(1)(L)): the list must name it too.
        let kinds: Vec<String> = d.sensitive.iter().map(|k| k.value.to_string()).collect();
        let held = if kinds.is_empty() {
            String::new()
        } else {
            format!(
                " (it holds sensitive personal information: {})",
                kinds.join(", ")
            )
        };
        if d.ccpa_categories.is_empty() {
            out.push(
                Finding::new(d.id.span, format!("`{}` is not mapped to a category of Cal. Civ. Code 1798.140(v){held}", d.id.value), "no `ccpa-category`")
                    .help("add `ccpa-category identifiers` (or customer-records, commercial, internet-activity …; `sensitive` for sensitive personal information)"),
            );
        }
        // A category whose `sensitive` kinds are stated discloses that it
        // holds sensitive personal information (the page says so on its
        // row), whether or not `ccpa-category` repeats `sensitive`.
    }
    out
}
