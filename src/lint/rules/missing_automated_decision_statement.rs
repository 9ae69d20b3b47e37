//! `missing-automated-decision-statement`: documented in `docs/rules/missing-automated-decision-statement.md`, which `policyc explain missing-automated-decision-statement` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-automated-decision-statement",
    default: Level::Info,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/missing-automated-decision-statement.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    // An answer given anywhere, even in one region's section, addresses the
    // question: Art. 13(2)(f) bites only where such decisions are made, and
    // this rule only advises.
    if !cx.policy.statements.automated_decisions.is_empty() {
        return Vec::new();
    }
    vec![Finding::new(
        cx.policy_span(),
        "the policy does not say whether decisions are made by automated means",
        "no `automated-decisions`",
    )
    .help(
        "add `automated-decisions no \"…\"`, or `yes` with the logic involved and its consequences",
    )]
}
