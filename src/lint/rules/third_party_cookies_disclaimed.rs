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
    static DISCLAIMED: LazyLock<Regex> = LazyLock::new(|| {
        prose::pattern(
            r"(?i)\bcookies?\b[^.;]*\b(does not cover|do not cover|is not covered|are not covered|not covered by|are not responsible for|is not responsible for|do not control|does not control)\b|\b(does not cover|not covered by|not responsible for)\b[^.;]*\bcookies?\b",
        )
    });
    let Some(first) = prose::find(cx.policy, &DISCLAIMED).into_iter().next() else {
        return Vec::new();
    };
    vec![Finding::new(
        first,
        "the policy disclaims the third-party cookies on its own site",
        "disclaimed",
    )
    .help("the site that embeds a third party's cookies decides that they are set: name them in the cookie table, ask consent for them, and say who receives what they collect")]
}
