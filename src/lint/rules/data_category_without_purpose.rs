//! `data-category-without-purpose`: documented in `docs/rules/data-category-without-purpose.md`, which `policyc explain data-category-without-purpose` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "data-category-without-purpose",
    default: Level::Warn,
    applies: &[Family::Gdpr, Family::Ccpa, Family::Lgpd],
    doc: include_str!("../../../docs/rules/data-category-without-purpose.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    // Every id some purpose uses, once: scanning every use for every category cost N².
    let used: std::collections::HashSet<&str> = p
        .purposes
        .iter()
        .flat_map(|pu| pu.uses.iter().map(|u| u.value.as_str()))
        .collect();
    p.data
        .iter()
        // Data a third party collects under its own policy is not the
        // controller's to use.
        .filter(|d| !used.contains(d.id.value.as_str()) && d.collected_by.is_none())
        .map(|d| {
            Finding::new(
                d.id.span,
                format!("no purpose uses the data category `{}`", d.id.value),
                "collected for no stated purpose",
            )
            .help("add it to the `uses` of the purposes it serves, or stop collecting it")
        })
        .collect()
}
