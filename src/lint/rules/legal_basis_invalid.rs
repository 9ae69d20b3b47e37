//! `legal-basis-invalid`: documented in `docs/rules/legal-basis-invalid.md`, which `policyc explain legal-basis-invalid` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "legal-basis-invalid",
    default: Level::Deny,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/legal-basis-invalid.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    let declared = p.bases.iter().map(|b| &b.ground);
    let direct = p.purposes.iter().flat_map(|pu| pu.grounds.iter());
    declared
        .chain(direct)
        .filter_map(|g| match &g.value {
            GroundClaim::Unrecognised(words) => Some(
                Finding::new(g.span, format!("“{words}” is not a legal basis of GDPR Art. 6(1)"), "not an Art. 6(1) ground")
                    .help("name the ground the processing rests on: `consent`, `contract`, `legal-obligation`, `vital-interests`, `public-task` or `legitimate-interests`"),
            ),
            GroundClaim::Article6(_) => None,
        })
        .collect()
}
