//! `prose-contradicts-declaration`: documented in `docs/rules/prose-contradicts-declaration.md`, which `policyc explain prose-contradicts-declaration` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "prose-contradicts-declaration",
    default: Level::Warn,
    applies: &[],
    doc: include_str!("../../../docs/rules/prose-contradicts-declaration.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    static NO_PERSONAL_DATA: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i-u)\bcookies?\s+(?:do|does)\s+not\s+(?:in\s+themselves\s+)?(?:carry|contain|collect|store|hold)\s+(?:any\s+)?personal\s+(?:data|information)").unwrap_or_else(|_| prose::phrases(&["cookies do not carry personal data"]))
    });
    static NO_SALE: LazyLock<Regex> = LazyLock::new(|| {
        prose::phrases(&[
            "we do not sell",
            "we don't sell",
            "we never sell",
            "we will not sell",
        ])
    });
    let p = cx.policy;
    let mut out = Vec::new();
    // Cookies that identify a browser: a row of the cookie table, or a data category of cookie identifiers.
    let row = p
        .cookies
        .iter()
        .flat_map(|c| c.rows.iter())
        .next()
        .map(|r| (r.name.span, "a cookie that identifies a browser"));
    let category = p
        .data
        .iter()
        .find(|d| d.id.value.contains("cookie") || d.label.to_lowercase().contains("cookie"))
        .map(|d| (d.id.span, "cookie data declared as personal data"));
    if let Some((span_declared, label)) = row.or(category) {
        for span in prose::find(p, &NO_PERSONAL_DATA) {
            out.push(
                Finding::new(span, "the prose says cookies carry no personal data, but the policy declares identifying cookies", "contradicted")
                    .also(span_declared, label)
                    .help("cookie identifiers are online identifiers (GDPR Recital 30): describe what the cookies hold instead"),
            );
        }
    }
    if let Some(sells) = p.statements.sells_data.everywhere().filter(|s| s.answer) {
        for span in prose::find(p, &NO_SALE) {
            out.push(Finding::new(span, "the prose says no personal information is sold, but the policy declares a sale", "contradicted").also(head(sells.span, "sells-data"), "sale declared here"));
        }
    }
    out
}
