//! `transfer-relies-on-consent-derogation`: documented in `docs/rules/transfer-relies-on-consent-derogation.md`, which `policyc explain transfer-relies-on-consent-derogation` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "transfer-relies-on-consent-derogation",
    default: Level::Warn,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/transfer-relies-on-consent-derogation.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let regimes = cx.regimes(Family::Gdpr);
    cx.policy
        .transfers
        .iter()
        .filter(|t| t.scope.covers_any(&regimes))
        .filter_map(|t| t.derogation.as_ref().filter(|d| d.value == Derogation::Consent).map(|d| (t, d)))
        .map(|(t, d)| {
            Finding::new(d.span, format!("the transfer `{}` rests on consent, a derogation meant for occasional transfers", t.id.value), "consent derogation")
                .help("use a safeguard of Art. 46 (standard contractual clauses, binding corporate rules) or an adequacy decision for routine transfers")
        })
        .collect()
}
