//! `cookie-category-mismatch`: documented in `docs/rules/cookie-category-mismatch.md`, which `policyc explain cookie-category-mismatch` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "cookie-category-mismatch",
    default: Level::Warn,
    applies: &[Family::Eprivacy, Family::Gdpr],
    doc: include_str!("../../../docs/rules/cookie-category-mismatch.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let kb = cx.knowledge;
    let mut out = Vec::new();
    for row in cx.policy.cookies.iter().flat_map(|c| c.rows.iter()) {
        let known = kb.lookup_in(
            &row.name.value,
            crate::cookies::Context {
                domain: row.domain.as_deref(),
                provider: row.provider.as_ref().map(|p| p.value.as_str()),
                third_party: None,
            },
        );
        let (Some(declared), Some(known)) = (&row.category, known) else {
            continue;
        };
        let understated = matches!(
            declared.value,
            CookieCategory::Necessary | CookieCategory::Functional
        ) && matches!(
            known.category,
            CookieCategory::Analytics | CookieCategory::Marketing
        );
        if understated {
            let vendor = kb.vendor(known);
            out.push(
                Finding::new(
                    declared.span,
                    format!(
                        "`{}` is declared {}, but {} documents it as {}",
                        row.name.value, declared.value, vendor.name, known.category
                    ),
                    format!("documented as {}", known.category),
                )
                .help(format!(
                    "a cookie used for {} needs consent; source: {}",
                    known.category, known.source
                )),
            );
        }
    }
    out
}
