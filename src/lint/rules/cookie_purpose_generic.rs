//! `cookie-purpose-generic`: documented in `docs/rules/cookie-purpose-generic.md`, which `policyc explain cookie-purpose-generic` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "cookie-purpose-generic",
    default: Level::Info,
    applies: &[Family::Eprivacy],
    doc: include_str!("../../../docs/rules/cookie-purpose-generic.md"),
    check,
};

/// Purposes that only repeat a category's name: they say nothing about what
/// the cookie does.
const BARE: &[&str] = &[
    "analytics",
    "analytic",
    "marketing",
    "advertising",
    "ads",
    "functional",
    "functionality",
    "performance",
    "necessary",
    "strictly necessary",
    "essential",
    "statistics",
    "statistical",
    "tracking",
    "preferences",
    "cookie",
    "cookies",
    "other",
    "various",
    "general",
    "misc",
];

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let Some(table) = &cx.policy.cookies else {
        return Vec::new();
    };
    // A table that summarises a separate cookie notice leaves the detail to it.
    if table.notice.is_some() {
        return Vec::new();
    }
    let purposes: Vec<&Spanned<String>> = table
        .rows
        .iter()
        .filter_map(|r| r.purpose.as_ref())
        .collect();
    let help = "say what each cookie does: which visitor it distinguishes, what it throttles, what it remembers";
    if table.rows.len() >= 2 && purposes.len() == table.rows.len() {
        let first = purposes[0];
        if purposes
            .iter()
            .all(|p| p.value.eq_ignore_ascii_case(&first.value))
        {
            return vec![Finding::new(
                first.span,
                format!("all {} cookies give the same purpose", purposes.len()),
                "the same words on every row",
            )
            .help(help)];
        }
    }
    table
        .rows
        .iter()
        .filter_map(|r| r.purpose.as_ref().map(|p| (r, p)))
        .filter(|(_, p)| {
            let words = p
                .value
                .trim()
                .trim_end_matches(['.', ';', ':'])
                .to_ascii_lowercase();
            BARE.contains(&words.as_str())
        })
        .map(|(r, p)| {
            Finding::new(
                p.span,
                format!(
                    "the purpose of the cookie `{}` only names a category",
                    r.key()
                ),
                "a category, not a purpose",
            )
            .help(help)
        })
        .collect()
}
