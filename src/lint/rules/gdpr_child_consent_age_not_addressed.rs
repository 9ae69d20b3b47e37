//! `gdpr-child-consent-age-not-addressed`: documented in `docs/rules/gdpr-child-consent-age-not-addressed.md`, which `policyc explain gdpr-child-consent-age-not-addressed` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "gdpr-child-consent-age-not-addressed",
    default: Level::Warn,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/gdpr-child-consent-age-not-addressed.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    // Consent the policy infers from use alone is no consent for anyone
    // (consent-by-continued-use reports it, purpose-without-legal-basis the
    // purposes left bare); Art. 8 adds nothing to it.
    let consent = cx
        .bases_under(&[Family::Gdpr])
        .filter(|b| {
            b.consent_by.is_empty()
                || b.consent_by
                    .iter()
                    .any(|m| m.value != ConsentMechanism::ContinuedUse)
        })
        .map(|b| &b.ground)
        .chain(p.purposes.iter().flat_map(|pu| pu.grounds.iter()))
        .find(|g| g.value == GroundClaim::Article6(Ground::Consent));
    let Some(consent) = consent else {
        return Vec::new();
    };
    let children = p.children.as_ref();
    if children
        .is_some_and(|c| c.parental_consent == Some(true) || parents_permit_use_to_sixteen(c))
    {
        return Vec::new();
    }
    let years: Vec<u32> = children
        .map(|c| {
            c.minimum_ages
                .iter()
                .filter(|a| {
                    a.scope.covers(Jurisdiction::Gdpr) || a.scope.covers(Jurisdiction::UkGdpr)
                })
                .filter_map(|a| match &a.value.value {
                    Age::Years(y) => Some(*y),
                    // The age of majority is 18 in every EU member state.
                    Age::Words(w) if w.to_ascii_lowercase().contains("majority") => Some(18),
                    Age::Words(_) => None,
                })
                .collect()
        })
        .unwrap_or_default();
    // A service meant for people of 16 or over (18 where it says "the age of
    // majority") deals with children by excluding them; a second, lower age
    // that contradicts it is children-age-threshold-inconsistent's finding.
    if years.iter().any(|y| *y >= 16) || defers_to_local_age(cx) {
        return Vec::new();
    }
    let (span, label) = match children {
        Some(c) => (
            head(c.span, Keyword::Children),
            "under 16, or no age in years, and no parental consent",
        ),
        None => (consent.span, "consent relied on here"),
    };
    vec![Finding::new(span, "the policy relies on consent but does not say how children under 16 are handled", label)
        .help("set `minimum-age 16` (or the member state's age), or `parental-consent yes` with how it is obtained")]
}

/// A parent's permission to use the service asked of every user up to 16
/// or older: the words name such an age ("users under 18", "between the
/// ages of 13 and 17", "over 13 but under 16") or minors as such ("a minor",
/// "the age of majority"). No child below any Art. 8(1) age then uses the
/// service without a parent's leave, which is what the article asks.
fn parents_permit_use_to_sixteen(c: &Children) -> bool {
    static AGE: prose::Pattern =
        prose::Pattern::new(r"(?i)\b(1[6-9]|2[01])\b|\bminors?\b|\bmajority\b");
    c.parental_consent_to_use == Some(true)
        && c.parental_consent_to_use_statement
            .as_deref()
            .is_some_and(|w| AGE.is_match(w))
}

/// An age that defers to the law where the person lives ("13, or the age
/// your country's law requires", "below the age of consent set by the
/// applicable data protection law"): that is the age Art. 8(1) lets each
/// member state set, so the policy has addressed it, in its children's
/// words or in a prose section on children.
fn defers_to_local_age(cx: &Context<'_>) -> bool {
    let p = cx.policy;
    let words = p
        .children
        .iter()
        .flat_map(|c| c.minimum_ages.iter())
        .filter_map(|a| match &a.value.value {
            Age::Words(w) => Some(w.as_str()),
            Age::Years(_) => None,
        });
    // The children block's own words: what happens on discovery ("under
    // 13, or a higher minimum age that applies locally"), how age is
    // checked.
    let said = p.children.iter().flat_map(|c| {
        c.on_discovery.as_deref().into_iter().chain(
            c.notes
                .iter()
                .flat_map(|n| n.words.iter().map(|w| w.value.as_str())),
        )
    });
    let sections = sections_on(p, Topic::Children).map(|(_, t)| t);
    words.chain(said).chain(sections).any(age_set_by_local_law)
}
