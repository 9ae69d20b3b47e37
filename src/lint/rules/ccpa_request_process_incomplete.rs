//! `ccpa-request-process-incomplete`: documented in `docs/rules/ccpa-request-process-incomplete.md`, which `policyc explain ccpa-request-process-incomplete` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "ccpa-request-process-incomplete",
    default: Level::Warn,
    applies: &[Family::Ccpa],
    doc: include_str!("../../../docs/rules/ccpa-request-process-incomplete.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    // What the separate US state disclosures must contain is judged there.
    if cx.state_disclosures_elsewhere() {
        return Vec::new();
    }
    let rights = &cx.policy.rights;
    // Requests to know, delete and correct are verified (11 CCR 7060(a));
    // only those need the process described.
    let verified_kinds = [RightKind::Know, RightKind::Delete, RightKind::Correct];
    let offered = rights.rights.iter().any(|r| {
        r.kinds.iter().any(|k| verified_kinds.contains(&k.value))
            && r.scope.covers(Jurisdiction::Ccpa)
    });
    if !offered {
        return Vec::new();
    }
    let said = rights.verifies_identity.is_some()
        || rights.identity_statement.is_some()
        || rights.rights.iter().any(|r| r.verifies_identity.is_some());
    if said {
        return Vec::new();
    }
    vec![Finding::new(
        missing_right_span(cx, RightKind::Know, &[Jurisdiction::Ccpa]),
        "the policy does not say how requests to know, delete or correct are verified",
        "no `verifies-identity`",
    )
    .help("add `verifies-identity yes \"…\"` to `rights`, saying what a requester is asked for (matching data points you hold, your account) and how an authorised agent makes a request")]
}
