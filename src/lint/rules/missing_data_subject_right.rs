//! `missing-data-subject-right`: documented in `docs/rules/missing-data-subject-right.md`, which `policyc explain missing-data-subject-right` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-data-subject-right",
    default: Level::Deny,
    applies: &[Family::Gdpr, Family::Lgpd],
    doc: include_str!("../../../docs/rules/missing-data-subject-right.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    const NEEDED: &[(RightKind, &str)] = &[
        (RightKind::Access, "access (Art. 15)"),
        (RightKind::Rectification, "rectification (Art. 16)"),
        (RightKind::Erasure, "erasure (Art. 17)"),
        (
            RightKind::Restriction,
            "restriction of processing (Art. 18)",
        ),
        (RightKind::Objection, "object (Art. 21)"),
        (RightKind::Portability, "data portability (Art. 20)"),
    ];
    missing_rights(cx, NEEDED, |name| {
        format!("the right to {name} is not offered")
    })
}
