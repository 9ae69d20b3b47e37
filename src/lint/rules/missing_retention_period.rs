//! `missing-retention-period`: documented in `docs/rules/missing-retention-period.md`, which `policyc explain missing-retention-period` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-retention-period",
    default: Level::Deny,
    applies: &[Family::Gdpr, Family::Ccpa, Family::Lgpd],
    doc: include_str!("../../../docs/rules/missing-retention-period.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    // A general period or criterion covers every category (GDPR Art.
    // 13(2)(a) accepts "the criteria used to determine that period"; whether
    // the criterion is too generic is retention-open-ended's finding), except
    // under CCPA, which asks per category in the notice at collection
    // (Cal. Civ. Code 1798.100(a)(3); 11 CCR 7012(e)(6)): this policy owes it
    // unless the notice at collection is a separate document.
    let ccpa_per_category = cx.targets_family(Family::Ccpa)
        && p.meta.notice_at_collection.is_none()
        && !cx.state_disclosures_elsewhere();
    let general = cx.targets_family(Family::Gdpr) || cx.targets_family(Family::Lgpd);
    let covered = p.retention.iter().any(|r| {
        !matches!(r.value.value, Lifetime::Indefinite) && r.scope.covers_any(cx.jurisdictions)
    });
    if !ccpa_per_category && (!general || covered) {
        return Vec::new();
    }
    p.data
        .iter()
        // Data a third party collects under its own policy is not kept by the controller.
        // Nor is data whose every purpose says how long it is kept.
        .filter(|d| {
            d.retention.is_empty() && d.collected_by.is_none() && !p.kept_per_purpose(&d.id.value)
        })
        .map(|d| {
            // With a general criterion, the category is not left unsaid: what
            // the CCPA misses is a period of its own.
            let message = if covered {
                format!(
                    "the policy gives `{}` no retention period of its own, only the general criterion",
                    d.id.value
                )
            } else {
                format!("the policy does not say how long `{}` is kept", d.id.value)
            };
            Finding::new(d.id.span, message, "no `retention`")
                .help("add `retention 2 years` (optionally `after some-event`), or the criterion that decides it")
        })
        .collect()
}
