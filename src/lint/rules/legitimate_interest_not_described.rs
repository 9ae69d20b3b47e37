//! `legitimate-interest-not-described`: documented in `docs/rules/legitimate-interest-not-described.md`, which `policyc explain legitimate-interest-not-described` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "legitimate-interest-not-described",
    default: Level::Deny,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/legitimate-interest-not-described.md"),
    check,
};

/// Whether the words the purpose gives with this legitimate-interests
/// ground name the interest (`legitimate-interests "e.g. operating the
/// site"`, "the interests of the public in investigating crime"): the
/// policy's own description, as an `interest` would be. Words that say
/// only when the ground applies ("where permitted under applicable law",
/// "where a dispute requires it") name no interest.
fn said_with_the_ground(pu: &Purpose, ground: &Spanned<GroundClaim>) -> bool {
    static NAMES_IT: prose::Pattern = prose::Pattern::new(
        r"(?i)(?:^|\W)(?:e\.g\.|for\s+example\b|for\s+instance\b|such\s+as\b|namely\b|interests?\s+(?:in|of)\b)",
    );
    pu.alternatives.iter().any(|a| {
        a.grounds.iter().any(|x| x.span == ground.span)
            && a.condition
                .as_ref()
                .is_some_and(|c| NAMES_IT.is_match(&c.value))
    })
}

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    let is_li =
        |g: &Spanned<GroundClaim>| g.value == GroundClaim::Article6(Ground::LegitimateInterests);
    let described =
        |i: &Option<Spanned<String>>| i.as_ref().is_some_and(|s| !s.value.trim().is_empty());
    let mut out = Vec::new();
    for b in cx.bases_under(&[Family::Gdpr]) {
        // A basis listed apart, whose every purpose states the interest it
        // serves (`interest "…"` on each purpose that names the basis or
        // that it covers): the interests are told where they apply.
        let users: Vec<&Purpose> = p
            .purposes
            .iter()
            .filter(|pu| pu.bases.iter().any(|r| r.value == b.id.value))
            .collect();
        let told_per_purpose = !users.is_empty() && users.iter().all(|pu| described(&pu.interest));
        if is_li(&b.ground) && !described(&b.interest) && !told_per_purpose {
            out.push(Finding::new(
                b.ground.span,
                format!(
                    "the basis `{}` claims legitimate interests without saying which",
                    b.id.value
                ),
                "which interest?",
            ));
        }
    }
    for pu in &p.purposes {
        for g in pu.grounds.iter().filter(|g| is_li(g)) {
            if !described(&pu.interest) && !said_with_the_ground(pu, g) {
                out.push(Finding::new(
                    g.span,
                    format!(
                        "the purpose `{}` rests on legitimate interests without saying which",
                        pu.id.value
                    ),
                    "which interest?",
                ));
            }
        }
    }
    out.into_iter()
        .map(|f| f.help("state the interest in words: `interest \"preventing fraud against our customers\"`"))
        .collect()
}
