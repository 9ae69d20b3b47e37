//! `missing-rights-request-method`: documented in `docs/rules/missing-rights-request-method.md`, which `policyc explain missing-rights-request-method` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-rights-request-method",
    default: Level::Warn,
    applies: &[Family::Gdpr, Family::Ccpa],
    doc: include_str!("../../../docs/rules/missing-rights-request-method.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let rights = &cx.policy.rights;
    if rights.rights.is_empty() || !rights.request_via.is_empty() {
        return Vec::new();
    }
    vec![Finding::new(
        rights_span(cx),
        "the policy lists rights but not how to send a request",
        "how do people ask?",
    )
    .help(
        "add `request-via \"e-mail to privacy@…\"` (and a toll-free number or web form under CCPA)",
    )]
}
