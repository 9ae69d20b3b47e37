//! `consent-conditional-on-service`: documented in `docs/rules/consent-conditional-on-service.md`, which `policyc explain consent-conditional-on-service` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "consent-conditional-on-service",
    default: Level::Warn,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/consent-conditional-on-service.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    // "If you do not agree, do not use the services"; "you may not use the
    // services unless you consent".
    static TAKE_IT_OR_LEAVE_IT: prose::Pattern = prose::Pattern::new(
        r"(?i)\bif\s+you\s+(?:do\s+not|don't|did\s+not)\s+(?:agree|consent|accept)\b[^.;]*\b(?:do\s+not|don't|may\s+not|cannot|can\s+not|must\s+not|should\s+not|not\s+to)\s+(?:use|access)\b|\b(?:may\s+not|cannot|can\s+not)\s+(?:access\s+or\s+)?use\b[^.;]*\bunless\s+you\s+(?:agree|consent|accept)\b",
    );
    let p = cx.policy;
    let consent = |g: &Spanned<GroundClaim>| g.value == GroundClaim::Article6(Ground::Consent);
    let basis = cx
        .bases_under(&[Family::Gdpr])
        .find(|b| consent(&b.ground))
        .map(|b| (b.id.span, "consent relied on here"))
        .or_else(|| {
            p.purposes.iter().find_map(|u| {
                u.grounds
                    .iter()
                    .find(|g| consent(g))
                    .map(|g| (g.span, "consent relied on here"))
            })
        });
    let Some((basis_span, label)) = basis else {
        return Vec::new();
    };
    // "If you object to our cookies, … stop using the site"; "if you
    // withdraw consent …, you can delete your account": the only way to
    // refuse is to leave. In the prose, or in how a right is used.
    static LEAVE_TO_REFUSE: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:if|to)\s+(?:you\s+)?(?:object|refuse|withdraw|decline|do\s+not\s+want|don't\s+want)\b[^.]*?\b(?:stop\s+using|delete\s+your\s+(?:user\s+|whole\s+)?account|cease\s+(?:to\s+use|using)|discontinue\s+(?:your\s+)?use)\b",
    );
    // "After withdrawal you may no longer be able to … access it": who
    // withdraws loses the service as a whole, a detriment (Art. 7(3),
    // Recital 42). Losing the features that need the data is not.
    static LOSE_THE_SERVICE: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:after|if|once|when)\s+(?:you\s+)?(?:withdraw\w*|refus\w*|decline\w*)\b[^.]*?\b(?:no\s+longer|not)\s+(?:be\s+)?able\s+to\b[^.]*?\b(?:access|use)\s+(?:it|the\s+(?:site|website|services?|app|platform)|our\s+(?:site|website|services?|app|platform))\b|\b(?:refus\w*|withdraw\w*|decline\w*)\b[^.]*?\byour\s+(?:use\s+of|access\s+to)\s+(?:the|our)\s+(?:site|website|services?|app|platform)\s+may\s+(?:then\s+)?be\s+(?:restricted|limited|suspended)\b",
    );
    let in_rights = p
        .rights
        .rights
        .iter()
        .filter(|r| {
            r.procedure
                .as_deref()
                .is_some_and(|w| LEAVE_TO_REFUSE.is_match(w) || LOSE_THE_SERVICE.is_match(w))
        })
        .map(|r| r.span);
    let Some(first) = prose::find(p, &TAKE_IT_OR_LEAVE_IT)
        .into_iter()
        .chain(prose::find(p, &LEAVE_TO_REFUSE))
        .chain(prose::find(p, &LOSE_THE_SERVICE))
        .chain(in_rights)
        .min_by_key(|s| s.start)
    else {
        return Vec::new();
    };
    vec![Finding::new(
        first,
        "consent is made a condition of using the service: who does not agree may not use it",
        "take it or leave it",
    )
    .also(basis_span, label)
    .help("rest what the service needs on the contract, and ask consent only for the rest, with the service available to those who refuse")]
}
