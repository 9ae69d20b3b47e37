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

/// Whether, for the places where the GDPR applies (the alternatives are
/// stated `for` them), consent is one alternative that holds only "where
/// required by law", with legitimate interests for the rest ("consent where
/// required under applicable law, or legitimate interests otherwise, for
/// eea, uk"): the policy then decides for itself where consent is required
/// in the very places where such advertising needs it, and the rest rests
/// on legitimate interests, which is the finding. Alternatives for
/// everyone ("legitimate interests in countries where consent is not
/// required") leave consent to the GDPR's places.
fn consent_only_where_required(pu: &Purpose, regimes: &[Jurisdiction]) -> bool {
    let is = |a: &Alternative, g: Ground| {
        a.grounds
            .iter()
            .any(|x| x.value == GroundClaim::Article6(g))
    };
    pu.alternatives.iter().any(|a| {
        is(a, Ground::Consent)
            && a.condition
                .as_ref()
                .is_some_and(|c| defers_to_the_law(&c.value))
    }) && pu.alternatives.iter().any(|a| {
        is(a, Ground::LegitimateInterests)
            && !a.scope.places.is_empty()
            && a.scope.covers_any(regimes)
    })
}

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let ground = |g: Ground| GroundClaim::Article6(g);
    let mut found = Vec::new();
    for pu in &cx.policy.purposes {
        let words = std::iter::once(pu.label.as_str())
            .chain(pu.includes.iter().map(String::as_str))
            .chain(pu.interest.iter().map(|i| i.value.as_str()));
        if !words.into_iter().any(tailored_advertising) {
            continue;
        }
        let grounds = purpose_grounds(cx, pu, &[Family::Gdpr]);
        // Consent beside it, without words saying which covers what, is
        // alternative-bases-without-condition's finding; consent only where
        // the policy finds it required is this one's.
        if grounds.iter().any(|(g, _)| *g == ground(Ground::Consent))
            && !consent_only_where_required(pu, &cx.regimes(Family::Gdpr))
        {
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
