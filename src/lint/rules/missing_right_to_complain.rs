//! `missing-right-to-complain`: documented in `docs/rules/missing-right-to-complain.md`, which `policyc explain missing-right-to-complain` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-right-to-complain",
    default: Level::Deny,
    applies: &[Family::Gdpr, Family::Lgpd],
    doc: include_str!("../../../docs/rules/missing-right-to-complain.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    // Each regime in force needs the right where it applies: a right stated
    // `for eea` tells UK readers nothing (UK GDPR Art. 13(2)(d), 14(2)(e)).
    // The LGPD lists the right to petition the national authority (ANPD)
    // among the rights the person must be told of (LGPD Art. 18 §1, Art. 9).
    let missing: Vec<Jurisdiction> = [Jurisdiction::Gdpr, Jurisdiction::UkGdpr, Jurisdiction::Lgpd]
        .into_iter()
        .filter(|j| cx.targets(*j) && !cx.policy.offers_in(RightKind::Complain, *j))
        .collect();
    // Each law left out is a gap of its own, pointed at that region's rights.
    let offered_somewhere = cx.policy.offers(RightKind::Complain);
    missing
        .into_iter()
        .map(|j| {
            let (place, word) = match j {
                Jurisdiction::Gdpr => ("the EEA", "eea"),
                Jurisdiction::UkGdpr => ("the UK", "uk"),
                _ => ("Brazil", "brazil"),
            };
            let message = if offered_somewhere {
                format!("the right to complain to a supervisory authority is not offered in {place}")
            } else {
                "the right to complain to a supervisory authority is not offered".to_string()
            };
            Finding::new(
                missing_right_span(cx, RightKind::Complain, &[j]),
                message,
                "not among the rights",
            )
            .help(if offered_somewhere {
                format!("add `right complain \"…\" {{ authority \"…\" }} for {word}` to `rights`")
            } else {
                "add `right complain \"…\" { authority \"…\" }` to `rights`, for every region the policy serves".to_string()
            })
        })
        .collect()
}
