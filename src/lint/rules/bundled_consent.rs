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

/// Whether the basis is one act of consent: given by ticking a box, by a
/// pre-ticked box or by using the service (each a single act that accepts
/// the policy), or described in its own words as agreeing to or accepting
/// the policy or terms, or as consent "in principle", "generally" or to
/// all processing. A consent that the policy only lists among its grounds
/// ("Your consent", "With your consent", "Consent, where the law requires
/// it") says nothing of how it is asked: each purpose that names it may ask
/// its own (the granularity of EDPB Guidelines 05/2020, 3.1.3, concerns
/// how consent is asked, which a list of grounds does not say).
fn one_act(b: &Basis) -> bool {
    static ACT: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(agree(?:s|d|ing|ment)?|accept(?:s|ed|ing|ance)?|tick(?:s|ed|ing)?|click(?:s|ed|ing)?|by\s+(?:using|accessing|registering)|in\s+principle|generally|deemed|all\s+(?:processing|purposes|the\s+processing)|any\s+processing|(?:processing|use)\s+of\s+your\s+(?:personal\s+)?(?:data|information)\s+(?:generally|related\s+to))\b",
    );
    b.covers_all
        || b.consent_by.iter().any(|c| {
            matches!(
                c.value,
                ConsentMechanism::Checkbox
                    | ConsentMechanism::PreTicked
                    | ConsentMechanism::ContinuedUse
            )
        })
        || ACT.is_match(&b.label)
        || b.covers.iter().any(|c| ACT.is_match(&c.value))
}

/// Whether the basis is the only ground of nearly everything the policy
/// does (at least three purposes, and three in four): consent to the
/// policy in substance, however it is asked.
fn blanket(p: &Policy, basis: &str) -> bool {
    let alone = p
        .purposes
        .iter()
        .filter(|pu| {
            pu.grounds.is_empty()
                && !pu.bases.is_empty()
                && pu.bases.iter().all(|r| r.value == basis)
        })
        .count();
    alone >= 3 && alone * 4 >= p.purposes.len() * 3
}

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    let mut out = Vec::new();
    for b in cx
        .bases_under(&[Family::Gdpr, Family::Eprivacy])
        .filter(|b| b.ground.value == GroundClaim::Article6(Ground::Consent))
        .filter(|b| one_act(b) || blanket(p, &b.id.value))
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
