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
        // When a recording or the vendor shows the cookie living 13 months or
        // less, a longer declared lifetime is the table overstating it: that is
        // `cookie-lifetime-mismatch`'s finding, not a cookie that lives too long.
        if actual_seconds(cx, row).is_some_and(|s| s <= limit.seconds()) {
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

/// The cookie's lifetime as best known apart from the table: the longest a
/// recording shows for it, else what its vendor documents.
fn actual_seconds(cx: &Context<'_>, row: &Cookie) -> Option<u64> {
    let seen = cx
        .observed
        .iter()
        .filter(|o| crate::cookies::row_covers(row, o))
        .filter_map(|o| o.life.seconds())
        .max();
    seen.or_else(|| {
        let known = cx.knowledge.lookup_in(
            &row.name.value,
            crate::cookies::Context {
                domain: row.domain.as_deref(),
                provider: row.provider.as_ref().map(|p| p.value.as_str()),
                third_party: None,
            },
        )?;
        match known.lifetime.as_ref()? {
            Lifetime::Period { duration, .. } => Some(duration.seconds()),
            Lifetime::Session => Some(0),
            _ => None,
        }
    })
}
