//! `purpose-without-legal-basis`: documented in `docs/rules/purpose-without-legal-basis.md`, which `policyc explain purpose-without-legal-basis` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "purpose-without-legal-basis",
    default: Level::Deny,
    applies: &[Family::Gdpr, Family::Lgpd],
    doc: include_str!("../../../docs/rules/purpose-without-legal-basis.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    cx.policy
        .purposes
        .iter()
        .filter(|p| p.bases.is_empty() && p.grounds.is_empty())
        .map(|p| {
            Finding::new(p.id.span, format!("the purpose `{}` states no legal basis", p.id.value), "no `basis`")
                .help("add `basis` with an Art. 6(1) ground (`consent`, `contract`, `legal-obligation`, `vital-interests`, `public-task`, `legitimate-interests`) or the id of a `basis` declaration")
        })
        .collect()
}
