//! `gpc-account-scope-not-explained`: documented in `docs/rules/gpc-account-scope-not-explained.md`, which `policyc explain gpc-account-scope-not-explained` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "gpc-account-scope-not-explained",
    default: Level::Warn,
    applies: &[Family::Ccpa],
    doc: include_str!("../../../docs/rules/gpc-account-scope-not-explained.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    // Words that reach beyond the browser: the account, a known consumer.
    static BEYOND_BROWSER: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(accounts?|signed[- ]in|logged[- ]in|sign in|log in|profiles?|known (consumer|user|to us)|we know (you|who you are)|when we know)\b",
    );
    let mut out = Vec::new();
    for gpc in cx.policy.statements.honors_gpc.yes() {
        let Some(words) = gpc.statement.as_ref() else {
            continue;
        };
        if BEYOND_BROWSER.is_match(&words.value) {
            continue;
        }
        out.push(
            Finding::new(
                head(gpc.span, Keyword::HonorsGpc),
                "the policy honours Global Privacy Control but does not say whether the opt-out also applies to the consumer's account",
                "browser only?",
            )
            .help("say that the signal opts out the browser or device and, when the consumer is known (signed in), the consumer: 11 CCR 7025(c)(1)"),
        );
    }
    out
}
