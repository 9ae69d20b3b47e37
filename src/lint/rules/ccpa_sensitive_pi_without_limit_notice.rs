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
    let p = cx.policy;
    if p.offers(RightKind::Limit) {
        return Vec::new();
    }
    p.data
        .iter()
        // Used only for the purposes of 11 CCR 7027(m): no right to limit is due.
        .filter(|d| !d.limited_use.as_ref().is_some_and(|u| u.answer))
        .filter_map(|d| d.sensitive.as_ref().map(|s| (d, s)))
        .map(|(d, s)| {
            Finding::new(s.span, format!("`{}` is sensitive personal information, but the right to limit its use is not offered", d.id.value), "sensitive")
                .help("add `right limit \"…\"` with a \"Limit the Use of My Sensitive Personal Information\" link")
        })
        .collect()
}
