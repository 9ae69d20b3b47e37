//! `third-party-cookies-disclaimed`: documented in `docs/rules/third-party-cookies-disclaimed.md`, which `policyc explain third-party-cookies-disclaimed` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "third-party-cookies-disclaimed",
    default: Level::Warn,
    applies: &[Family::Eprivacy, Family::Gdpr],
    doc: include_str!("../../../docs/rules/third-party-cookies-disclaimed.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    // One sentence that speaks of cookies and disclaims them, either order.
    static DISCLAIMED: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(cookies?|tracking)\b[^.;]*\b(does not cover|do not cover|is not covered|are not covered|not covered by|are not responsible for|is not responsible for|do not control|does not control|cannot control|can ?not control|does not apply to|do not apply to)\b|\b(does not cover|not covered by|not responsible for|does not apply to|cannot control)\b[^.;]*\b(cookies?|tracking)\b",
    );
    // In the prose, or in what a recipient is said to do with the data
    // ("advertisers … may use cookies; this notice does not apply to them").
    let in_recipients = cx
        .policy
        .recipients
        .iter()
        .filter(|r| r.purpose.as_deref().is_some_and(|w| DISCLAIMED.is_match(w)))
        .map(|r| r.id.span);
    let Some(first) = prose::find(cx.policy, &DISCLAIMED)
        .into_iter()
        .chain(in_recipients)
        .min_by_key(|s| s.start)
    else {
        return Vec::new();
    };
    vec![Finding::new(
        first,
        "the policy disclaims the third-party cookies on its own site",
        "disclaimed",
    )
    .help("the site that embeds a third party's cookies decides that they are set: name them in the cookie table, ask consent for them, and say who receives what they collect")]
}
