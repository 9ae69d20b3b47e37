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

/// Whether each purpose relying on the consent basis says when or how its
/// own consent is asked: words of its own on its reference to the basis
/// ("b-consent \"when you choose to share your location\""), or a
/// `consent-by` of its own. Such a basis is the policy's list of grounds,
/// each consent asked apart, not one consent for all of them. The same words
/// on every reference ("in principle") are one consent still.
fn asked_apart(users: &[&Purpose], basis: &str) -> bool {
    let mut words: Vec<&str> = Vec::new();
    for u in users {
        let said = u.alternatives.iter().find_map(|a| {
            a.bases
                .iter()
                .any(|r| r.value == basis)
                .then_some(a.condition.as_ref())
                .flatten()
        });
        match said {
            Some(c) if words.contains(&c.value.as_str()) => return false,
            Some(c) => words.push(c.value.as_str()),
            None if !u.consent_by.is_empty() => {}
            None => return false,
        }
    }
    true
}

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
        } else if users.len() >= 2 && !asked_apart(&users, &b.id.value) {
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
