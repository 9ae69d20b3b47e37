//! `cookie-missing-field`: documented in `docs/rules/cookie-missing-field.md`, which `policyc explain cookie-missing-field` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "cookie-missing-field",
    default: Level::Deny,
    applies: &[Family::Eprivacy],
    doc: include_str!("../../../docs/rules/cookie-missing-field.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let Some(table) = &cx.policy.cookies else {
        return Vec::new();
    };
    // A table that summarises a separate cookie notice (a layered notice)
    // leaves the detail to that notice.
    if table.rows.is_empty() || table.notice.is_some() {
        return Vec::new();
    }
    let has = |c: &str| table.columns.iter().any(|x| x.as_str() == c);
    let mut out = Vec::new();
    // A table of strictly necessary cookies only: their lifetimes are a
    // defect of the information, a warning, as for one row below.
    let all_necessary = table
        .rows
        .iter()
        .all(|r| effective_category(cx, r) == Some(CookieCategory::Necessary));
    let (required, other): (&[&str], &[&str]) = if all_necessary {
        (&["purpose"], &["provider", "party", "lifetime"])
    } else {
        (&["purpose", "lifetime"], &["provider", "party"])
    };
    let missing_required: Vec<&str> = required.iter().copied().filter(|c| !has(c)).collect();
    let missing_other: Vec<&str> = other.iter().copied().filter(|c| !has(c)).collect();
    let list = |v: &[&str]| {
        v.iter()
            .map(|c| format!("`{c}`"))
            .collect::<Vec<_>>()
            .join(" or ")
    };
    if !missing_required.is_empty() {
        out.push(Finding::new(
            table.header_span,
            format!("the cookie table has no {} column", list(&missing_required)),
            "header row",
        ));
    }
    if !missing_other.is_empty() {
        out.push(
            Finding::new(
                table.header_span,
                format!("the cookie table has no {} column", list(&missing_other)),
                "header row",
            )
            .at_most(Level::Warn),
        );
    }
    for row in &table.rows {
        let mut required = Vec::new();
        let mut other = Vec::new();
        if has("purpose") && row.purpose.is_none() {
            required.push("purpose");
        }
        // A strictly necessary cookie needs no consent (ePrivacy Art. 5(3),
        // second sentence): its missing lifetime is a defect of the
        // information, a warning.
        let necessary = effective_category(cx, row) == Some(CookieCategory::Necessary);
        if has("lifetime") && row.lifetime.is_none() {
            if necessary {
                other.push("lifetime");
            } else {
                required.push("lifetime");
            }
        }
        if has("provider") && row.provider.is_none() {
            other.push("provider");
        }
        if has("party") && row.party.is_none() {
            other.push("party");
        }
        if !required.is_empty() {
            out.push(Finding::new(
                row.span,
                format!(
                    "the cookie `{}` has no {}",
                    row.key(),
                    required.join(" or ")
                ),
                "empty cell",
            ));
        }
        if !other.is_empty() {
            out.push(
                Finding::new(
                    row.span,
                    format!("the cookie `{}` has no {}", row.key(), other.join(" or ")),
                    "empty cell",
                )
                .at_most(Level::Warn),
            );
        }
    }
    out.into_iter()
        .map(|f| f.help("the table's columns should be `| name | provider | party | category | lifetime | purpose |`, each filled in"))
        .collect()
}
