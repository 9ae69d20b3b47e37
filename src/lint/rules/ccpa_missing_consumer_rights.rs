//! `ccpa-missing-consumer-rights`: documented in `docs/rules/ccpa-missing-consumer-rights.md`, which `policyc explain ccpa-missing-consumer-rights` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "ccpa-missing-consumer-rights",
    default: Level::Deny,
    applies: &[Family::Ccpa],
    doc: include_str!("../../../docs/rules/ccpa-missing-consumer-rights.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    const NEEDED: &[(RightKind, &str)] = &[
        (RightKind::Know, "know (1798.100, .110, .115)"),
        (RightKind::Delete, "delete (1798.105)"),
        (RightKind::Correct, "correct (1798.106)"),
        (RightKind::OptOut, "opt out of sale and sharing (1798.120)"),
        (
            RightKind::Limit,
            "limit use of sensitive personal information (1798.121)",
        ),
        (
            RightKind::NonDiscrimination,
            "non-discrimination (1798.125)",
        ),
    ];
    // Sensitive data used only as 11 CCR §7027(m) allows needs no right to
    // limit offered (11 CCR §7014(e), §7027(b), (m)).
    let exempt = cx
        .policy
        .statements
        .limits_sensitive_use
        .under(Jurisdiction::Ccpa)
        .is_some_and(|s| s.answer);
    let needed: Vec<(RightKind, &str)> = NEEDED
        .iter()
        .copied()
        .filter(|(k, _)| !(exempt && *k == RightKind::Limit))
        .collect();
    missing_rights(cx, &needed, |name| {
        format!("the California right to {name} is not described")
    })
}
