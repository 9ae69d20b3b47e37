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

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    let is_li =
        |g: &Spanned<GroundClaim>| g.value == GroundClaim::Article6(Ground::LegitimateInterests);
    let described =
        |i: &Option<Spanned<String>>| i.as_ref().is_some_and(|s| !s.value.trim().is_empty());
    let mut out = Vec::new();
    for b in cx.bases_under(&[Family::Gdpr]) {
        if is_li(&b.ground) && !described(&b.interest) {
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
            if !described(&pu.interest) {
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
