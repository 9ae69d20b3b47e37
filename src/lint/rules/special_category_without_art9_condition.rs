//! `special-category-without-art9-condition`: documented in `docs/rules/special-category-without-art9-condition.md`, which `policyc explain special-category-without-art9-condition` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "special-category-without-art9-condition",
    default: Level::Deny,
    applies: &[Family::Gdpr],
    doc: include_str!("../../../docs/rules/special-category-without-art9-condition.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let p = cx.policy;
    let mut out = Vec::new();
    for pu in p.purposes.iter().filter(|pu| pu.condition.is_none()) {
        for u in &pu.uses {
            if let Some(special) = p.data_category(&u.value).and_then(|d| d.special.first()) {
                out.push(
                    Finding::new(u.span, format!("the purpose `{}` uses special-category data ({}) without an Art. 9(2) condition", pu.id.value, special.value), "special category used here")
                        .also(special.span, "declared special here")
                        .help("add `condition explicit-consent` (or the Art. 9(2) condition that applies) to the purpose"),
                );
            }
        }
    }
    out
}
