//! `ccpa-financial-incentive-notice-missing`: documented in `docs/rules/ccpa-financial-incentive-notice-missing.md`, which `policyc explain ccpa-financial-incentive-notice-missing` prints.

use super::prelude::*;
use crate::lint::Span;

/// The rule.
pub const RULE: Rule = Rule {
    id: "ccpa-financial-incentive-notice-missing",
    default: Level::Warn,
    applies: &[Family::Ccpa],
    doc: include_str!("../../../docs/rules/ccpa-financial-incentive-notice-missing.md"),
    check,
};

/// Words naming a program that gives people something for their data: a
/// loyalty or rewards program, points, a referral program.
static PROGRAM: prose::Pattern = prose::Pattern::new(
    r"(?i)\b(?:loyalty|rewards?\s+(?:program\w*|scheme|club|account)|points?\s+(?:program\w*|scheme)|refer[- ]a[- ]friend|referral\s+(?:program\w*|scheme|bonus\w*)|cash\s*back|vip|birthday\s+rewards?|member(?:ship)?\s+(?:prices|discounts|rewards|benefits))\b",
);

/// A purpose of advertising or marketing: a program among its activities
/// is one way of promoting, not the program itself.
static MARKETING: prose::Pattern =
    prose::Pattern::new(r"(?i)\b(?:advertis\w*|marketing|promot\w*)\b");

/// Words that give, link or describe the notice of financial incentive.
static NOTICE: prose::Pattern = prose::Pattern::new(r"(?i)\bfinancial\s+incentives?\b");

fn check(cx: &Context<'_>) -> Vec<Finding> {
    // What the separate US state disclosures must contain is judged there.
    if cx.state_disclosures_elsewhere() {
        return Vec::new();
    }
    let p = cx.policy;
    let regimes = cx.regimes(Family::Ccpa);
    let held = |s: &Scope| s.is_everywhere() || s.covers_any(&regimes);
    let data = p
        .data
        .iter()
        .filter(|d| held(&d.scope) && PROGRAM.is_match(&d.label))
        .map(|d| (d.id.span, d.id.value.as_str()));
    let purposes = p
        .purposes
        .iter()
        .filter(|pu| {
            held(&pu.scope)
                && (PROGRAM.is_match(&pu.label)
                    || (!MARKETING.is_match(&pu.label)
                        && pu.includes.iter().any(|i| PROGRAM.is_match(i))))
        })
        .map(|pu| (pu.id.span, pu.id.value.as_str()));
    let found: Vec<(Span, &str)> = data.chain(purposes).collect();
    let Some(((first, name), rest)) = found.split_first() else {
        return Vec::new();
    };
    // The prose is searched only when there is a program to report.
    if !prose::find(p, &NOTICE).is_empty() {
        return Vec::new();
    }
    let mut f = Finding::new(
        *first,
        format!("`{name}` concerns a loyalty, rewards or referral program, but the policy gives no notice of financial incentive"),
        "a financial incentive",
    )
    .help("describe the program's material terms, the personal information it involves, how to opt in and withdraw, and the good-faith estimate of the data's value (11 CCR 7016), or link the notice of financial incentive from the policy");
    for (span, _) in rest.iter().take(11) {
        f = f.also(*span, "the same program");
    }
    vec![f]
}
