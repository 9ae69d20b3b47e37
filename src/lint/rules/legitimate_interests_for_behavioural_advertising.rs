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
