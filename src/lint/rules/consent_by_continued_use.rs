//! `consent-by-continued-use`: documented in `docs/rules/consent-by-continued-use.md`, which `policyc explain consent-by-continued-use` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "consent-by-continued-use",
    default: Level::Deny,
    applies: &[Family::Gdpr, Family::Eprivacy],
    doc: include_str!("../../../docs/rules/consent-by-continued-use.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    static CONTINUED: LazyLock<prose::Lean> = LazyLock::new(|| {
        prose::phrases(&[
            "by continuing to use",
            "continued use",
            "by using this site",
            "by using our site",
            "by using the site",
            "by using our services",
            "by accessing or using",
            "by browsing",
        ])
    });
    let p = cx.policy;
    let mut out = Vec::new();
    let mechanisms = cx
        .bases_under(&[Family::Gdpr, Family::Eprivacy])
        .flat_map(|b| b.consent_by.iter())
        .chain(p.purposes.iter().flat_map(|pu| pu.consent_by.iter()))
        .chain(
            p.cookies
                .iter()
                .flat_map(|c| c.consent.iter().flat_map(|w| w.value.iter())),
        );
    let bad = |m: &Spanned<ConsentMechanism>| {
        matches!(
            m.value,
            ConsentMechanism::ContinuedUse | ConsentMechanism::PreTicked
        )
    };
    for m in mechanisms.filter(|m| bad(m)) {
        out.push(
            Finding::new(
                m.span,
                format!("consent is taken by `{}`", m.value),
                "not a clear affirmative act",
            )
            .at_most(Level::Warn),
        );
    }
    // A transfer on the consent derogation needs explicit consent to that
    // transfer (GDPR Art. 49(1)(a)); use of the service never is one, so the
    // transfer has no ground at all: an error.
    static USE_AS_CONSENT: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:by|and)\s+(?:continuing\s+to\s+use|using|accessing|browsing)\s+(?:the|this|our)\s+(?:site|website|services?|app)\b",
    );
    for t in &p.transfers {
        let on_consent = t
            .derogation
            .as_ref()
            .is_some_and(|d| d.value == Derogation::Consent);
        if on_consent
            && t.consent_by.is_empty()
            && t.statement
                .as_deref()
                .is_some_and(|w| USE_AS_CONSENT.is_match(w))
        {
            out.push(Finding::new(
                t.derogation.as_ref().map_or(t.id.span, |d| d.span),
                format!(
                    "the transfer `{}` rests on consent taken from using the service, which is not the explicit consent Art. 49(1)(a) asks",
                    t.id.value
                ),
                "not explicit consent",
            ));
        }
        for m in t.consent_by.iter().filter(|m| bad(m)) {
            out.push(Finding::new(
                m.span,
                format!(
                    "the transfer `{}` takes consent by `{}`, which is not the explicit consent Art. 49(1)(a) asks",
                    t.id.value, m.value
                ),
                "not explicit consent",
            ));
        }
    }
    if let Some(c) = p
        .changes
        .as_ref()
        .and_then(|c| c.continued_use_is_consent.as_ref())
    {
        if c.value {
            out.push(
                Finding::new(
                    c.span,
                    "using the service after a change is taken as consent to it",
                    "silence is not consent",
                )
                .at_most(Level::Warn),
            );
        }
    }
    for span in prose::find(p, &CONTINUED) {
        out.push(
            Finding::new(
                span,
                "the prose takes using the service as consent",
                "consent by continued use",
            )
            .at_most(Level::Warn),
        );
    }
    out.into_iter()
        .map(|f| f.help("consent needs a clear affirmative act (GDPR Art. 4(11)): ask with an unticked opt-in, and keep consent apart from using the service"))
        .collect()
}
