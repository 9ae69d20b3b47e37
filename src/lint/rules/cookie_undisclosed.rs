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
    cookie_undisclosed(cx)
}
