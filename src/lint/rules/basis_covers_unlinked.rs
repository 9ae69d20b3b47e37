//! `basis-covers-unlinked`: documented in `docs/rules/basis-covers-unlinked.md`, which `policyc explain basis-covers-unlinked` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "basis-covers-unlinked",
    default: Level::Info,
    applies: &[Family::Gdpr, Family::Lgpd],
    doc: include_str!("../../../docs/rules/basis-covers-unlinked.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    cx.policy
        .bases
        .iter()
        .flat_map(|b| b.covers.iter().map(move |c| (b, c)))
        .map(|(b, c)| {
            Finding::new(
                c.span,
                format!(
                    "the basis `{}` covers \"{}\", which names no purpose of this policy",
                    b.id.value, c.value
                ),
                "not linked to a purpose",
            )
            .help("write the id of the purpose it covers (`covers newsletter`), so the purpose is known to rest on this basis")
        })
        .collect()
}
