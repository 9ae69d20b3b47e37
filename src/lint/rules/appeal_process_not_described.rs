//! `appeal-process-not-described`: documented in `docs/rules/appeal-process-not-described.md`, which `policyc explain appeal-process-not-described` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "appeal-process-not-described",
    default: Level::Warn,
    applies: &[Family::UsStates],
    doc: include_str!("../../../docs/rules/appeal-process-not-described.md"),
    check,
};

/// Whether the words name a way to send the appeal: an address, a link, a
/// form, a setting, a telephone, or the contact details given elsewhere.
fn names_a_channel(text: &str) -> bool {
    static CHANNEL: prose::Pattern = prose::Pattern::new(
        r"(?i)@|https?://|www\.|\b(e-?mail|write|writing|form|portal|setting|settings|call|phone|telephone|toll-free|mail to|contact us|contact section|reply)\b",
    );
    CHANNEL.is_match(text)
}

fn check(cx: &Context<'_>) -> Vec<Finding> {
    // What the separate US state disclosures must contain is judged there.
    if cx.state_disclosures_elsewhere() {
        return Vec::new();
    }
    let p = cx.policy;
    let appeals: Vec<&Right> = p
        .rights
        .rights
        .iter()
        .filter(|r| r.kinds.iter().any(|k| k.value == RightKind::Appeal))
        .collect();
    if appeals.is_empty() {
        return vec![Finding::new(
            missing_right_span(cx, RightKind::Appeal, &cx.regimes(Family::UsStates)),
            "the policy does not say how to appeal a refused request",
            "no `right appeal`",
        )
        .help(
            "add `right appeal \"…\" { procedure \"…\" }` saying where and how to send the appeal",
        )];
    }
    let described = appeals
        .iter()
        .any(|r| names_a_channel(&r.label) || r.procedure.as_deref().is_some_and(names_a_channel));
    if described {
        return Vec::new();
    }
    vec![Finding::new(
        head(appeals[0].span, Keyword::Right),
        "the right to appeal is stated, but not how to use it",
        "no address, link or form for the appeal",
    )
    .help("say in the `procedure` where the appeal goes (an e-mail address, a form, a link); \"the instructions we send with the denial\" describes no process")]
}
