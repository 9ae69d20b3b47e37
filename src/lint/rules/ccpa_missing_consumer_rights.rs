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
    // What the separate US state disclosures must contain is judged there.
    if cx.state_disclosures_elsewhere() {
        return Vec::new();
    }
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
    let p = cx.policy;
    // The right to opt out is due from a business that sells or shares
    // (Cal. Civ. Code 1798.120(b), 1798.135(a)); the right to limit from one
    // that uses sensitive personal information beyond the purposes of
    // 11 CCR 7027(m) (1798.121(a); 11 CCR 7014(e), 7027(b)). A business that
    // says it does neither owes neither (11 CCR 7011(e)).
    let says_no = |a: &Answers| a.under(Jurisdiction::Ccpa).is_some_and(|s| !s.answer);
    let no_sale_or_sharing = says_no(&p.statements.sells_data)
        && says_no(&p.statements.shares_data)
        && !p
            .recipients
            .iter()
            .any(|r| r.sold == Some(true) || r.shared == Some(true));
    let limited_use = p
        .statements
        .limits_sensitive_use
        .under(Jurisdiction::Ccpa)
        .is_some_and(|s| s.answer);
    let no_unlimited_sensitive = limited_use
        || p.data
            .iter()
            .all(|d| d.sensitive.is_empty() && d.maybe_sensitive.is_empty());
    let needed: Vec<(RightKind, &str)> = NEEDED
        .iter()
        .copied()
        .filter(|(k, _)| match k {
            RightKind::OptOut => !no_sale_or_sharing,
            RightKind::Limit => !no_unlimited_sensitive,
            // The GDPR's rights to rectification and erasure, offered where
            // Californians are too, are the rights to correct inaccurate
            // personal information (1798.106(a)) and to have it deleted
            // (1798.105(a)) under another name.
            RightKind::Correct => !p.offers_in(RightKind::Rectification, Jurisdiction::Ccpa),
            RightKind::Delete => !p.offers_in(RightKind::Erasure, Jurisdiction::Ccpa),
            _ => true,
        })
        .collect();
    missing_rights(cx, &[Jurisdiction::Ccpa], &needed, |n, names| {
        if n == 1 {
            format!("the California right to {names} is not described")
        } else {
            format!("the California rights to {names} are not described")
        }
    })
}
