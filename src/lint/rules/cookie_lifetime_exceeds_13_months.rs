//! `cookie-lifetime-exceeds-13-months`: documented in `docs/rules/cookie-lifetime-exceeds-13-months.md`, which `policyc explain cookie-lifetime-exceeds-13-months` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "cookie-lifetime-exceeds-13-months",
    default: Level::Warn,
    applies: &[Family::Eprivacy],
    doc: include_str!("../../../docs/rules/cookie-lifetime-exceeds-13-months.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let limit = Duration {
        amount: 13,
        unit: Unit::Month,
    };
    let mut out = Vec::new();
    for row in cx.policy.cookies.iter().flat_map(|c| c.rows.iter()) {
        if effective_category(cx, row) == Some(CookieCategory::Necessary) {
            continue;
        }
        if let Some(l) = &row.lifetime {
            if let Lifetime::Period { duration, .. } = &l.value {
                if duration.seconds() > limit.seconds() {
                    out.push(
                        Finding::new(l.span, format!("the cookie `{}` lives {duration}, more than 13 months", row.key()), "longer than 13 months")
                            .help("the CNIL recommends at most 13 months for cookies that are not strictly necessary; shorten it or explain why"),
                    );
                }
            }
        }
    }
    out
}
