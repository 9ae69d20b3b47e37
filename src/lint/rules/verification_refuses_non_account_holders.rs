//! `verification-refuses-non-account-holders`: documented in `docs/rules/verification-refuses-non-account-holders.md`, which `policyc explain verification-refuses-non-account-holders` prints.

use super::prelude::*;
use crate::diag::Span;

/// The rule.
pub const RULE: Rule = Rule {
    id: "verification-refuses-non-account-holders",
    default: Level::Warn,
    applies: &[Family::Ccpa],
    doc: include_str!("../../../docs/rules/verification-refuses-non-account-holders.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    static REFUSES: prose::Pattern = prose::Pattern::new(
        r"(?i)(?:\b(without|no|do not have|don't have|not have)\s+an?\s+(\w+\s+)?account|\bunless\s+you\s+(?:have\s+)?(?:created|opened|registered|hold|have)\s+(?:for\s+)?an?\s+(\w+\s+)?account)\b[^.;]*\b(cannot|can't|can not|will not|won't|unable|not able|do not|don't)\b[^.;]*\b(verify|honou?r|process|fulfil|fulfill|respond|complete)",
    );
    let rights = &cx.policy.rights;
    // The same words where the policy says when a request is refused
    // (`refusal "Unless you have created an account, we may be unable to
    // respond"`).
    let regimes = cx.regimes(Family::Ccpa);
    if let Some(n) = rights.notes.iter().find(|n| {
        n.keyword == Keyword::Refusal
            && n.scope.covers_any(&regimes)
            && n.words.iter().any(|w| REFUSES.is_match(&w.value))
    }) {
        return vec![refused(n.words.first().map_or(n.span, |w| w.span))];
    }
    let Some(words) = rights.identity_statement.as_deref() else {
        return Vec::new();
    };
    if !REFUSES.is_match(words) {
        return Vec::new();
    }
    // Point at the statement with these words: the block's `verifies-identity`
    // line whose text holds them.
    let file: &str = &cx.policy.file.text;
    let at = rights.span.map_or_else(
        || cx.policy_span(),
        |s| {
            let block = &file[s.start..s.end];
            let probe: String = words.chars().take(24).collect();
            block
                .find(probe.as_str())
                .and_then(|i| block[..i].rfind("verifies-identity"))
                .map_or_else(
                    || head(s, Keyword::Rights),
                    |j| {
                        Span::new(
                            s.start + j,
                            s.start + j + Keyword::VerifiesIdentity.as_str().len(),
                        )
                    },
                )
        },
    );
    vec![refused(at)]
}

fn refused(at: Span) -> Finding {
    Finding::new(
        at,
        "requests from people without an account are refused, rather than verified another way",
        "no verification for non-account holders",
    )
    .help("describe how people without an account are verified (matching data points you hold, 11 CCR 7062), in `verifies-identity yes \"…\"`")
}
