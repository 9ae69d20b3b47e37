//! `legitimate-interests-for-behavioural-advertising`: documented in `docs/rules/legitimate-interests-for-behavioural-advertising.md`, which `policyc explain legitimate-interests-for-behavioural-advertising` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "legitimate-interests-for-behavioural-advertising",
    default: Level::Warn,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/legitimate-interests-for-behavioural-advertising.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let regimes = cx.regimes(Family::Gdpr);
    let bases: Vec<&Basis> = cx.bases_under(&[Family::Gdpr]).collect();
    let ground = |g: Ground| GroundClaim::Article6(g);
    let mut found = Vec::new();
    for pu in &cx.policy.purposes {
        let words = std::iter::once(pu.label.as_str())
            .chain(pu.includes.iter().map(String::as_str))
            .chain(pu.interest.iter().map(|i| i.value.as_str()));
        if !words.into_iter().any(tailored_advertising) {
            continue;
        }
        // The grounds it rests on where the GDPR applies: its own, and those
        // of the declared bases it names (or that cover it).
        // (A basis named in an alternative `for` other places is not one.)
        let here: Vec<&Alternative> = pu
            .alternatives
            .iter()
            .filter(|a| a.scope.places.is_empty() || a.scope.covers_any(&regimes))
            .collect();
        let own = here
            .iter()
            .flat_map(|a| a.grounds.iter().map(|g| (g.value.clone(), g.span)));
        let named = pu.bases.iter().filter(|r| {
            here.iter()
                .any(|a| a.bases.iter().any(|b| b.value == r.value))
                || !pu
                    .alternatives
                    .iter()
                    .any(|a| a.bases.iter().any(|b| b.value == r.value))
        });
        let declared = named.filter_map(|r| {
            bases
                .iter()
                .find(|b| b.id.value == r.value)
                .map(|b| (b.ground.value.clone(), r.span))
        });
        let grounds: Vec<(GroundClaim, crate::diag::Span)> = own.chain(declared).collect();
        // Consent beside it, without words saying which covers what, is
        // alternative-bases-without-condition's finding.
        if grounds.iter().any(|(g, _)| *g == ground(Ground::Consent)) {
            continue;
        }
        if let Some((_, at)) = grounds
            .iter()
            .find(|(g, _)| *g == ground(Ground::LegitimateInterests))
        {
            found.push(
                Finding::new(
                    *at,
                    format!(
                        "the purpose `{}` tailors advertising to the person on legitimate interests alone",
                        pu.id.value
                    ),
                    "legitimate interests for tailored advertising",
                )
                .help("rest advertising chosen from a person's activity or interests on `consent`, or say the advertising is not tailored"),
            );
        }
    }
    one_finding(found)
}
