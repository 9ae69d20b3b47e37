//! `cookie-undisclosed`: documented in `docs/rules/cookie-undisclosed.md`, which `policyc explain cookie-undisclosed` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "cookie-undisclosed",
    default: Level::Deny,
    applies: &[Family::Eprivacy, Family::Gdpr],
    doc: include_str!("../../../docs/rules/cookie-undisclosed.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let mut found = cookie_undisclosed(cx);
    // A tracker declared only by its kind does not say whose it is: it is
    // mentioned, not disclosed.
    for t in cx.policy.trackers.iter().filter(|t| t.provider.is_none()) {
        found.push(
            Finding::new(
                t.id.span,
                format!(
                    "the tracker `{}` is declared without saying whose it is",
                    t.id.value
                ),
                "no provider",
            )
            .help("name who provides it: `provider \"…\"`, and the cookies or data it reads"),
        );
    }
    // What the table leaves out is one gap, however many trackers it concerns.
    one_finding(found)
}
