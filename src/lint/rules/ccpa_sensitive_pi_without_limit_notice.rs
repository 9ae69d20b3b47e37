//! `ccpa-sensitive-pi-without-limit-notice`: documented in `docs/rules/ccpa-sensitive-pi-without-limit-notice.md`, which `policyc explain ccpa-sensitive-pi-without-limit-notice` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "ccpa-sensitive-pi-without-limit-notice",
    default: Level::Warn,
    applies: &[Family::Ccpa],
    doc: include_str!("../../../docs/rules/ccpa-sensitive-pi-without-limit-notice.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    // What the separate US state disclosures must contain is judged there.
    if cx.state_disclosures_elsewhere() {
        return Vec::new();
    }
    let p = cx.policy;
    let exempt = p
        .statements
        .limits_sensitive_use
        .under(Jurisdiction::Ccpa)
        .is_some_and(|s| s.answer);
    if p.offers(RightKind::Limit) || exempt {
        return Vec::new();
    }
    p.data
        .iter()
        // "May be sensitive" is sensitive where the statute says so.
        .filter_map(|d| d.sensitive.first().or(d.maybe_sensitive.first()).map(|s| (d, s)))
        .map(|(d, s)| {
            Finding::new(s.span, format!("`{}` is sensitive personal information, but the right to limit its use is not offered", d.id.value), "sensitive")
                .help("add `right limit \"…\"` with a \"Limit the Use of My Sensitive Personal Information\" link")
        })
        .collect()
}
