//! `bundled-consent`: documented in `docs/rules/bundled-consent.md`, which `policyc explain bundled-consent` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "bundled-consent",
    default: Level::Warn,
    applies: &[Family::Gdpr, Family::Eprivacy],
    doc: include_str!("../../../docs/rules/bundled-consent.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    let mut out = Vec::new();
    for b in cx
        .bases_under(&[Family::Gdpr, Family::Eprivacy])
        .filter(|b| b.ground.value == GroundClaim::Article6(Ground::Consent))
    {
        let users: Vec<&Purpose> = p
            .purposes
            .iter()
            .filter(|pu| pu.bases.iter().any(|r| r.value == b.id.value))
            .collect();
        if b.covers.len() + b.covers_purposes.len() >= 2 {
            out.push(Finding::new(
                b.id.span,
                format!(
                    "one consent, `{}`, covers {} different things",
                    b.id.value,
                    b.covers.len() + b.covers_purposes.len()
                ),
                "a single consent for several purposes",
            ));
        } else if users.len() >= 2 {
            let mut f = Finding::new(
                b.id.span,
                format!(
                    "one consent, `{}`, is relied on by {} purposes",
                    b.id.value,
                    users.len()
                ),
                "a single consent for several purposes",
            );
            for u in users {
                f = f.also(u.id.span, "relies on it");
            }
            out.push(f);
        }
    }
    out.into_iter()
        .map(|f| f.help("ask for consent separately for each purpose, so that a person can agree to one and refuse another"))
        .collect()
}
