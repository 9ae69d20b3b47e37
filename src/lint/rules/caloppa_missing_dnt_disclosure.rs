//! `caloppa-missing-dnt-disclosure`: documented in `docs/rules/caloppa-missing-dnt-disclosure.md`, which `policyc explain caloppa-missing-dnt-disclosure` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "caloppa-missing-dnt-disclosure",
    default: Level::Deny,
    applies: &[Family::Caloppa],
    doc: include_str!("../../../docs/rules/caloppa-missing-dnt-disclosure.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    if cx
        .policy
        .statements
        .honors_do_not_track
        .under(Jurisdiction::Caloppa)
        .is_some()
    {
        return Vec::new();
    }
    // The disclosure is owed "if the operator engages in that collection"
    // (22575(b)(5)): a policy that says the operator does not track people
    // over time and across other sites or services owes none.
    static NO_CROSS_SITE: prose::Pattern = prose::Pattern::new(
        r"(?i)\b(?:do(?:es)?\s+not|don't|doesn't|never)\s+(?:\w+\s+){0,2}?(?:track|collect|follow)\b[^.]{0,120}?\b(?:across|over\s+time\s+and\s+across)\s+(?:other|third[- ]party|different|non-affiliated|unaffiliated)\b",
    );
    if !prose::find(cx.policy, &NO_CROSS_SITE).is_empty() {
        return Vec::new();
    }
    // Prose that speaks of the signal without answering is where the answer belongs.
    static DNT: LazyLock<prose::Lean> =
        LazyLock::new(|| prose::phrases(&["do not track", "do-not-track"]));
    if let Some(first) = prose::find(cx.policy, &DNT).first() {
        return vec![Finding::new(
            *first,
            "the prose speaks of Do Not Track, but the policy does not say how it responds to the signal",
            "no answer",
        )
        .help("add `honors-do-not-track yes|no \"…\"` saying what the site does with the signal")];
    }
    vec![Finding::new(
        cx.policy_span(),
        "the policy does not say how it responds to Do Not Track signals",
        "no `honors-do-not-track`",
    )
    .help("add `honors-do-not-track yes|no \"…\"` saying what the site does with the signal")]
}
