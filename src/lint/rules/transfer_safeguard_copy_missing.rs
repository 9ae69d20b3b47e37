//! `transfer-safeguard-copy-missing`: documented in `docs/rules/transfer-safeguard-copy-missing.md`, which `policyc explain transfer-safeguard-copy-missing` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "transfer-safeguard-copy-missing",
    default: Level::Warn,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/transfer-safeguard-copy-missing.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let regimes = cx.regimes(Family::Gdpr);
    cx.policy
        .transfers
        .iter()
        .filter(|t| t.copy.is_none() && t.scope.covers_any(&regimes))
        .filter_map(|t| {
            t.safeguards
                .iter()
                .find(|s| matches!(s.value, Safeguard::Sccs | Safeguard::Bcrs))
        })
        .map(|s| {
            Finding::new(
                s.span,
                format!(
                    "the policy relies on {} but does not say how to get a copy",
                    if s.value == Safeguard::Sccs {
                        "standard contractual clauses"
                    } else {
                        "binding corporate rules"
                    }
                ),
                "how to obtain a copy?",
            )
            .help("add `copy \"write to privacy@… for a copy\"` to the transfer")
        })
        .collect()
}
