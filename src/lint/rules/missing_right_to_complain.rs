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
    if missing.is_empty() {
        return Vec::new();
    }
    let message = if cx.policy.offers(RightKind::Complain) {
        let places: Vec<&str> = missing
            .iter()
            .map(|j| match j {
                Jurisdiction::Gdpr => "the EEA",
                Jurisdiction::UkGdpr => "the UK",
                _ => "Brazil",
            })
            .collect();
        format!(
            "the right to complain to a supervisory authority is not offered in {}",
            places.join(" or ")
        )
    } else {
        "the right to complain to a supervisory authority is not offered".to_string()
    };
    vec![Finding::new(rights_span(cx), message, "not among the rights")
        .help("add `right complain \"…\" { authority \"…\" }` to `rights`, for every region the policy serves")]
}
