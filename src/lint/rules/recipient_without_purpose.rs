//! `recipient-without-purpose`: documented in `docs/rules/recipient-without-purpose.md`, which `policyc explain recipient-without-purpose` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "recipient-without-purpose",
    default: Level::Warn,
    applies: &[Family::Gdpr, Family::Lgpd],
    doc: include_str!("../../../docs/rules/recipient-without-purpose.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    cx.policy
        .recipients
        .iter()
        .filter(|r| r.role.is_none() && r.purpose.is_none())
        .map(|r| {
            Finding::new(
                r.id.span,
                format!(
                    "the recipient `{}` has neither a role nor a purpose",
                    r.id.value
                ),
                "why do they receive data?",
            )
            .help("add `role processor` (or controller, authority …) and `purpose \"…\"`")
        })
        .collect()
}
