//! `dpo-not-designated`: documented in `docs/rules/dpo-not-designated.md`, which `policyc explain dpo-not-designated` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "dpo-not-designated",
    default: Level::Info,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/dpo-not-designated.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    // Tracking and profiling, for behavioural advertising above all: the
    // regular and systematic monitoring of Art. 37(1)(b).
    static MONITORING: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(targeted|personalised|personalized|behavioural|behavioral|interest-based|cross-context)\s+(ads?|advertising|advertisements|offers)\b|\bprofiling\b|\btracking\b|\bremarketing\b",
    );
    let p = cx.policy;
    if p.dpos().next().is_some() {
        return Vec::new();
    }
    // Advertising chosen for the person, in the purpose's label or in what
    // it includes, is such monitoring too.
    let Some(u) = p.purposes.iter().find(|u| {
        MONITORING.is_match(&u.label)
            || MONITORING.is_match(&u.id.value)
            || tailored_advertising(&u.label)
            || u.includes.iter().any(|i| tailored_advertising(i))
    }) else {
        return Vec::new();
    };
    vec![Finding::new(
        cx.policy_span(),
        "the policy names no data protection officer, though it tracks or profiles people for advertising",
        "no `dpo`",
    )
    .also(u.id.span, "regular and systematic monitoring")
    .help("if a DPO is designated, add `dpo \"…\" { email \"…\" }`; if the processing needs none, say why in the policy's prose")]
}
