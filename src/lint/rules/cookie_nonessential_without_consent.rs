//! `cookie-nonessential-without-consent`: documented in `docs/rules/cookie-nonessential-without-consent.md`, which `policyc explain cookie-nonessential-without-consent` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "cookie-nonessential-without-consent",
    default: Level::Deny,
    applies: &[Family::Eprivacy],
    doc: include_str!("../../../docs/rules/cookie-nonessential-without-consent.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    let Some(table) = &cx.policy.cookies else {
        return Vec::new();
    };
    let valid = table.consent.iter().any(|m| {
        matches!(
            m.value,
            ConsentMechanism::Banner | ConsentMechanism::OptIn | ConsentMechanism::Checkbox
        )
    });
    if valid {
        return Vec::new();
    }
    let nonessential: Vec<&Cookie> = table
        .rows
        .iter()
        .filter(|r| effective_category(cx, r).is_some_and(CookieCategory::needs_consent))
        .collect();
    let Some(first) = nonessential.first() else {
        return Vec::new();
    };
    let (span, label) = match table.consent.first() {
        Some(m) => (m.span, format!("`{}` is not consent", m.value)),
        None => (
            table.header_span,
            "no `consent` for these cookies".to_string(),
        ),
    };
    vec![Finding::new(span, format!("{} that {} not strictly necessary {} set without asking for consent", count(nonessential.len(), "cookie"), if nonessential.len() == 1 { "is" } else { "are" }, if nonessential.len() == 1 { "is" } else { "are" }), label)
        .also(first.name.span, "not strictly necessary")
        .help("ask before setting analytics and marketing cookies: `consent banner` with accept and reject")]
}
