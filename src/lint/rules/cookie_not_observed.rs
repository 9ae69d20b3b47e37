//! `cookie-not-observed`: documented in `docs/rules/cookie-not-observed.md`, which `policyc explain cookie-not-observed` prints.

use super::prelude::*;

/// The rule.
pub const RULE: Rule = Rule {
    id: "cookie-not-observed",
    default: Level::Info,
    applies: &[],
    doc: include_str!("../../../docs/rules/cookie-not-observed.md"),
    check,
};

fn check(cx: &Context<'_>) -> Vec<Finding> {
    if cx.observed.is_empty() {
        return Vec::new();
    }
    cx.policy
        .cookies
        .iter()
        .flat_map(|c| c.rows.iter())
        .filter(|row| !row.name.value.is_empty())
        .filter(|row| !cx.observed.iter().any(|o| crate::cookies::row_covers(row, o)))
        // Seen, but with the other party: `cookie-undisclosed` says so in one finding.
        .filter(|row| {
            !cx.observed
                .iter()
                .any(|o| crate::cookies::row_differs_only_in_party(row, o))
        })
        .map(|row| {
            Finding::new(row.name.span, format!("`{}` is declared but was not seen in the recording", row.name.value), "not observed")
                .help("if the site no longer sets it, remove the row; if it is set only on some pages or after consent, record those too")
        })
        .collect()
}
