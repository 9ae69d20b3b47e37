//! `recipient-without-purpose`: documented in `docs/rules/recipient-without-purpose.md`, which `policyc explain recipient-without-purpose` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "recipient-without-purpose",
    default: Level::Warn,
    applies: &[Family::Gdpr, Family::Lgpd],
    doc: include_str!("../../../docs/rules/recipient-without-purpose.md"),
    check,
};

/// Whether a recipient's name says nothing of what kind of body it is: only
/// "partners", "third parties", "other companies" and the like, with no
/// examples of what they are (a name says who, not what kind or why). A
/// category named by what it is ("banks and other financial organisations",
/// "professional service providers, such as auditors and lawyers") says why
/// it receives data by itself, and the GDPR asks for categories of
/// recipients (Art. 13(1)(e)).
fn says_nothing(r: &Recipient) -> bool {
    static VAGUE: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:partners?|third[\s-]+part(?:y|ies)|others?|anyone|affiliates?|compan(?:y|ies)|entit(?:y|ies)|businesses|vendors?)\b",
    );
    static KIND: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:banks?|financ\w*|audit\w*|lawyers?|legal|courts?|accountants?|insur\w*|payments?|hosting|cloud|police|law\s+enforcement|government\w*|authorit\w*|regulat\w*|advis\w*|consult\w*|process\w*|providers?)\b",
    );
    // "… that help provide the services you ask for", "… for marketing":
    // the name says what they do.
    static DOES: prose::Pattern =
        prose::Pattern::new(r"(?i)\b(?:that|who|which)\s+\w+|\b(?:to|for)\s+\w+");
    r.examples.is_empty()
        && VAGUE.is_match(&r.label)
        && !KIND.is_match(&r.label)
        && !DOES.is_match(&r.label)
}

fn check(cx: &Context<'_>) -> Vec<Finding> {
    // The LGPD asks for the purpose of each shared use (Art. 9(V)): there,
    // every recipient without one is reported.
    let strict = cx.targets_family(Family::Lgpd);
    cx.policy
        .recipients
        .iter()
        .filter(|r| r.role.is_none() && r.purpose.is_none() && (strict || says_nothing(r)))
        .map(|r| {
            Finding::new(
                r.id.span,
                format!(
                    "the recipient `{}` has neither a role nor a purpose",
                    r.id.value
                ),
                "why do they receive data?",
            )
            .help("add `role processor` (or controller, authority …) and `purpose \"…\"`")
        })
        .collect()
}
