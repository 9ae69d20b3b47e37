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

/// Whether one piece of the purpose's words (its label, one of its
/// `includes`, its `interest`) speaks of advertising chosen for the person:
/// an advertising word and a word of tailoring in the same piece. Where the
/// ad appears ("on other sites") does not say it was chosen for the person:
/// an advertiser may buy space there for everyone.
fn behavioural(text: &str) -> bool {
    static ADS: prose::Pattern = prose::Pattern::new(r"(?i)\b(ads?|advert\w*|marketing)\b");
    static TAILORED: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(personali[sz]\w*|tailor\w*|targe?t\w*|interest-based|interest\s+based|behaviou?ral\w*|re-?target\w*|remarket\w*|(past|previous)\s+visitors|customi[sz]\w*|relevant|your\s+interests|interests\s+you|(off-?site|other\s+(sites|websites|apps)\W+)\s*activit\w*|based\s+on\s+(your\s+)?(interests?|activit\w*|behaviou?r|browsing))\b",
    );
    ADS.is_match(text) && TAILORED.is_match(text)
}

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let regimes = cx.regimes(Family::Gdpr);
    let bases: Vec<&Basis> = cx.bases_under(&[Family::Gdpr]).collect();
    let ground = |g: Ground| GroundClaim::Article6(g);
    let mut found = Vec::new();
    for pu in &cx.policy.purposes {
        let words = std::iter::once(pu.label.as_str())
            .chain(pu.includes.iter().map(String::as_str))
            .chain(pu.interest.iter().map(|i| i.value.as_str()));
        if !words.into_iter().any(behavioural) {
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
