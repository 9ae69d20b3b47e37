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

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let Some(table) = &cx.policy.cookies else {
        return Vec::new();
    };
    let purposes: Vec<&Spanned<String>> = table
        .rows
        .iter()
        .filter_map(|r| r.purpose.as_ref())
        .collect();
    if table.rows.len() < 2 || purposes.len() != table.rows.len() {
        return Vec::new();
    }
    let first = purposes[0];
    if purposes
        .iter()
        .any(|p| !p.value.eq_ignore_ascii_case(&first.value))
    {
        return Vec::new();
    }
    vec![Finding::new(first.span, format!("all {} cookies give the same purpose", purposes.len()), "the same words on every row")
        .help("say what each cookie does: which visitor it distinguishes, what it throttles, what it remembers")]
}
