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
    // Consent is relied on when a purpose rests on it (directly, or through
    // a `basis` it names or that covers it), or when a transfer rests on the
    // consent derogation. A consent basis no purpose uses is not processing
    // on consent.
    let used_basis = |b: &Basis| {
        p.purposes
            .iter()
            .any(|pu| pu.bases.iter().any(|r| r.value == b.id.value))
    };
    let first = p
        .purposes
        .iter()
        .flat_map(|pu| pu.grounds.iter())
        .chain(
            cx.bases_under(&[Family::Gdpr, Family::Lgpd])
                .filter(|b| used_basis(b))
                .map(|b| &b.ground),
        )
        .find(|g| consent(g))
        .map(|g| g.span)
        .or_else(|| {
            p.transfers
                .iter()
                .find(|t| {
                    t.derogation
                        .as_ref()
                        .is_some_and(|d| d.value == Derogation::Consent)
                })
                .map(|t| t.id.span)
        });
    first
        .map(|span| {
            Finding::new(
                span,
                "processing rests on consent, but the right to withdraw it is not offered",
                "consent used here",
            )
            .help("add `right withdraw-consent \"…\"` to `rights`, saying how to withdraw")
        })
        .into_iter()
        .collect()
}
