//! `missing-source-for-indirect-data`: documented in `docs/rules/missing-source-for-indirect-data.md`, which `policyc explain missing-source-for-indirect-data` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-source-for-indirect-data",
    default: Level::Deny,
    applies: &[Family::Gdpr, Family::Ccpa],
    doc: include_str!("../../../docs/rules/missing-source-for-indirect-data.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    for d in cx.policy.data.iter().filter(|d| d.providers.is_empty()) {
        if let Some(s) = d.sources.iter().find(|s| s.value == Source::ThirdParty) {
            out.push(
                Finding::new(
                    s.span,
                    format!(
                        "`{}` comes from a third party, but the policy does not say which",
                        d.id.value
                    ),
                    "from whom?",
                )
                .help("add `from \"…\"` naming the source or the category of sources"),
            );
        }
    }
    out
}
