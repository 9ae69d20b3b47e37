//! `legal-basis-invalid`: documented in `docs/rules/legal-basis-invalid.md`, which `policyc explain legal-basis-invalid` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "legal-basis-invalid",
    default: Level::Deny,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/legal-basis-invalid.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    let declared = cx
        .bases_under(&[Family::Gdpr])
        .filter(|b| !device_rule_beside_a_ground(p, b))
        .map(|b| &b.ground);
    let direct = p.purposes.iter().flat_map(|pu| pu.grounds.iter());
    declared
        .chain(direct)
        .filter_map(|g| match &g.value {
            GroundClaim::Unrecognised(words) => Some(
                Finding::new(g.span, format!("“{words}” is not a legal basis of GDPR Art. 6(1)"), "not an Art. 6(1) ground")
                    .help("name the ground the processing rests on: `consent`, `contract`, `legal-obligation`, `vital-interests`, `public-task` or `legitimate-interests`"),
            ),
            GroundClaim::Article6(_) | GroundClaim::Lgpd(_) => None,
        })
        .chain(lgpd_where_the_gdpr_applies(cx))
        .collect()
}

/// A basis in words that name the law on electronic communications (the
/// national rule on storing and reading information on a device, ePrivacy
/// Directive Art. 5(3)), on purposes that each rest on an Art. 6(1) ground
/// as well: the policy gives the rule for the device beside the ground for
/// the personal data, as the two laws ask (EDPB Opinion 5/2019 on the
/// interplay between the ePrivacy Directive and the GDPR). It claims no
/// Art. 6(1) ground; alone, it would be reported.
fn device_rule_beside_a_ground(p: &Policy, basis: &Basis) -> bool {
    static E_COMMS_LAW: prose::Pattern = prose::Pattern::new(
        r"(?i)\belectronic\s+communications?\b|\btelecommunications?\s+(?:act|law)\b|\bPECR\b|\bT(?:TD|DD)DG\b|\bTelekommunikation|\b2002/58\b|\bcommunications?\s+électroniques\b|\bcomunicaciones\s+electrónicas\b|\bLSSI\b|\bTelecommunicatiewet\b|\bcomunicações\s+eletrónicas\b",
    );
    let GroundClaim::Unrecognised(words) = &basis.ground.value else {
        return false;
    };
    if !E_COMMS_LAW.is_match(words) {
        return false;
    }
    let relying: Vec<&Purpose> = p
        .purposes
        .iter()
        .filter(|pu| pu.bases.iter().any(|b| b.value == basis.id.value))
        .collect();
    let grounded = |pu: &Purpose| {
        pu.grounds
            .iter()
            .map(|g| &g.value)
            .chain(
                pu.bases
                    .iter()
                    .filter(|b| b.value != basis.id.value)
                    .filter_map(|b| p.basis(&b.value))
                    .map(|b| &b.ground.value),
            )
            .any(|g| matches!(g, GroundClaim::Article6(_)))
    };
    !relying.is_empty() && relying.into_iter().all(grounded)
}

/// An LGPD Art. 7 basis with no GDPR counterpart (`credit-protection`) on a
/// basis of a purpose that holds where the GDPR does: under the GDPR it is
/// no basis. Limited to Brazil (`for brazil`), it is the LGPD's own.
fn lgpd_where_the_gdpr_applies(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    let regimes = cx.regimes(Family::Gdpr);
    let mut out = Vec::new();
    let mut seen = Vec::new();
    for a in p
        .purposes
        .iter()
        .flat_map(|pu| pu.alternatives.iter())
        .filter(|a| a.scope.covers_any(&regimes))
    {
        let declared = a
            .bases
            .iter()
            .filter_map(|r| {
                cx.bases_under(&[Family::Gdpr])
                    .find(|b| b.id.value == r.value)
            })
            .map(|b| &b.ground);
        for g in a.grounds.iter().chain(declared) {
            let GroundClaim::Lgpd(lgpd) = g.value else {
                continue;
            };
            if seen.contains(&g.span) {
                continue;
            }
            seen.push(g.span);
            out.push(
                Finding::new(
                    g.span,
                    format!("`{lgpd}` is a basis of Brazil's LGPD (Art. 7), not of GDPR Art. 6(1)"),
                    "not an Art. 6(1) ground",
                )
                .help("limit this basis to Brazil with `for brazil`, and give the Art. 6(1) ground for the places the GDPR covers"),
            );
        }
    }
    out
}
