//! `consent-by-continued-use`: documented in `docs/rules/consent-by-continued-use.md`, which `policyc explain consent-by-continued-use` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "consent-by-continued-use",
    default: Level::Warn,
    applies: &[Family::Gdpr, Family::Eprivacy],
    doc: include_str!("../../../docs/rules/consent-by-continued-use.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    static CONTINUED: LazyLock<Regex> = LazyLock::new(|| {
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
    let mechanisms = p
        .bases
        .iter()
        .flat_map(|b| b.consent_by.iter())
        .chain(p.purposes.iter().flat_map(|pu| pu.consent_by.iter()))
        .chain(
            p.cookies
                .iter()
                .flat_map(|c| c.consent.iter().flat_map(|w| w.value.iter())),
        );
    for m in mechanisms {
        if matches!(
            m.value,
            ConsentMechanism::ContinuedUse | ConsentMechanism::PreTicked
        ) {
            out.push(Finding::new(
                m.span,
                format!("consent is taken by `{}`", m.value),
                "not a clear affirmative act",
            ));
        }
    }
    if let Some(c) = p
        .changes
        .as_ref()
        .and_then(|c| c.continued_use_is_consent.as_ref())
    {
        if c.value {
            out.push(Finding::new(
                c.span,
                "using the service after a change is taken as consent to it",
                "silence is not consent",
            ));
        }
    }
    for span in prose::find(p, &CONTINUED) {
        out.push(Finding::new(
            span,
            "the prose takes using the service as consent",
            "consent by continued use",
        ));
    }
    out.into_iter()
        .map(|f| f.help("consent needs a clear affirmative act (GDPR Art. 4(11)): ask with an unticked opt-in, and keep consent apart from using the service"))
        .collect()
}
