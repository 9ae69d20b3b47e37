//! `consent-basis-without-withdrawal-right`: documented in `docs/rules/consent-basis-without-withdrawal-right.md`, which `policyc explain consent-basis-without-withdrawal-right` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "consent-basis-without-withdrawal-right",
    default: Level::Deny,
    applies: &[Family::Gdpr, Family::Lgpd],
    doc: include_str!("../../../docs/rules/consent-basis-without-withdrawal-right.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    if p.offers(RightKind::WithdrawConsent) {
        return Vec::new();
    }
    let consent = |g: &Spanned<GroundClaim>| g.value == GroundClaim::Article6(Ground::Consent);
    let first = p
        .bases
        .iter()
        .map(|b| &b.ground)
        .chain(p.purposes.iter().flat_map(|pu| pu.grounds.iter()))
        .find(|g| consent(g));
    first
        .map(|g| {
            Finding::new(
                g.span,
                "processing rests on consent, but the right to withdraw it is not offered",
                "consent used here",
            )
            .help("add `right withdraw-consent \"…\"` to `rights`, saying how to withdraw")
        })
        .into_iter()
        .collect()
}
