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
    let answers = &cx.policy.statements.automated_decisions;
    let missing = answers.unanswered(&cx.regimes(Family::Gdpr));
    if missing.is_empty() {
        return Vec::new();
    }
    let message = if answers.is_empty() {
        "the policy does not say whether decisions are made by automated means".to_string()
    } else {
        format!(
            "the policy says whether decisions are made by automated means, but not for {}",
            join_or(
                &missing
                    .iter()
                    .map(|&j| Place::Regime(j).words())
                    .collect::<Vec<_>>()
            )
        )
    };
    vec![Finding::new(
        cx.policy_span(),
        message,
        "no `automated-decisions`",
    )
    .help(
        "add `automated-decisions no \"…\"`, or `yes` with the logic involved and its consequences",
    )]
}
